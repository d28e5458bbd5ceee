package loader

import (
	"strings"
	"testing"
)

func TestJobNumbers(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"V.12-57117", true},
		{"10 V.12-57117", true},
		{"V.12-57117 (C)", true},
		{"V.12-57117 (C) 3", true},
		{"V.12-54321 (C)    160812    170812", true},
		{"V.13-80001 (C)\t010213", true},
		{"14-58012 (C)", true},
		{"14-58012(E)", true},
		{"14-58012 (C)    061114    071114", true},
		{"2 14-58012 (C)    061114    071114", true},
		{"14-58012 (C)    061114    071114    5", true},
		{"14-58012", false},                          // no language letter: a number in text
		{"14-58012 061114", false},                   // the same, dated
		{"2014-58012 (C)", false},                    // a job number's year has two digits
		{"14-5801 (C)", false},                       // and its serial five
		{"14-58012 (C) 号文件", false},                  // text after it
		{"见 14-58012 (C)", false},                    // text before it
		{"14-58012 (C) 061114 071114 081114", false}, // two dates at most
		{"14-58012 (c)", false},
		{"2012-2015 (A)", false},
	} {
		if got := jobNumberRE.MatchString(tc.line); got != tc.want {
			t.Errorf("jobNumberRE.MatchString(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestJobNumbersAndTheirRunningHeadLeaveTheText: a page break inside a paragraph, with the
// later form of job number and the running head beside it, heals into one paragraph; a
// paragraph that begins with such a number stays.
func TestJobNumbersAndTheirRunningHeadLeaveTheText(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // the blocks
	}{
		{"dated, before the head",
			" 3. 决定工作组应继续作为缔约方\n\n会议的固定组成部分。\n\n14-58012 (C)    061114    071114\n\nCTOC/COP/2014/13\n\n 4. 请秘书处报告。\n",
			[]string{"3. 决定工作组应继续作为缔约方会议的固定组成部分。", "4. 请秘书处报告。"}},
		{"mid-sentence, head first, page number after",
			" 3. 决定工作组应继续作为缔约方\nCTOC/COP/2014/13\n\n15-01234 (C)  7\n会议的固定组成部分。\n",
			[]string{"3. 决定工作组应继续作为缔约方会议的固定组成部分。"}},
		{"the older form, dated",
			" 4. 工作组举行了会议（见 CTOC/COP/2012/5）。\n\nV.12-54321 (C)    160812    170812\n\nCTOC/COP/2012/2\n\n 5. 秘书长的报告载有进一步资料。\n",
			[]string{"4. 工作组举行了会议（见 CTOC/COP/2012/5）。", "5. 秘书长的报告载有进一步资料。"}},
		{"a number in text is no furniture",
			" 6. 文件编号为\n14-58012，\n另见 14-58012 (C)。\n",
			[]string{"6. 文件编号为14-58012，另见 14-58012 (C)。"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := clean(tc.text)
			var got []string
			for _, b := range blocks(c.lines) {
				got = append(got, b.text)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestLineBreaksKeepTwoSymbolsApart: lines are joined without a space, as Chinese text is;
// two symbols on consecutive lines stay two, and a symbol broken across lines heals.
func TestLineBreaksKeepTwoSymbolsApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want []string // the symbols the joined text gives
	}{
		{"E/2013/30", "E/CN.15/2013/27", []string{"E/2013/30", "E/CN.15/2013/27"}},
		{"联合国 A/RES/66/181", "A/C.3/66/L.12/Rev.1", []string{"A/RES/66/181", "A/C.3/66/L.12/Rev.1"}},
		{"A/68/5", "S/2013/100", []string{"A/68/5", "S/2013/100"}},
		{"（见 CTOC/COP/2012/5", "CTOC/COP/WG.1/2012/2）", []string{"CTOC/COP/2012/5", "CTOC/COP/WG.1/2012/2"}},
		{"CTOC/COP/ 2012/CRP.7", "E/CN.15/2013/27", []string{"CTOC/COP/2012/CRP.7", "E/CN.15/2013/27"}},
		{"A/RES/49/35B", "A/RES/49/36", []string{"A/RES/49/35B", "A/RES/49/36"}},
		{"A/66/87 和 Corr.1", "E/CN.15/2012/6", []string{"A/66/87", "A/66/87/Corr.1", "E/CN.15/2012/6"}},
		{"CTOC/COP/2012/L.1 和 Add.1-2", "CTOC/COP/2012/CRP.6", []string{"CTOC/COP/2012/L.1", "CTOC/COP/2012/L.1/Add.1", "CTOC/COP/2012/L.1/Add.2", "CTOC/COP/2012/CRP.6"}},
		{"第 2225 卷，第 39574", "A/55/383 号文件", []string{"A/55/383"}},
		// One symbol broken across the lines heals.
		{"提案（CTOC/", "COP/2014/CRP.4）", []string{"CTOC/COP/2014/CRP.4"}},
		{"草案（CTOC/COP/2014/L.2/", "Rev.1）", []string{"CTOC/COP/2014/L.2/Rev.1"}},
		{"（CTO", "C/COP/2012/12）", []string{"CTOC/COP/2012/12"}},
		{"CTOC/COP/WG.2/2012/5-", "CTOC/COP/WG.3/2012/6", []string{"CTOC/COP/WG.2/2012/5", "CTOC/COP/WG.3/2012/6"}},
		{"A/CONF.", "192/15", []string{"A/CONF.192/15"}},
		{"E/CN.15/2013/L", ".12", []string{"E/CN.15/2013/L.12"}},
		// A line that begins with a number joins as before.
		{"第 64/2", "93 号决议，见 A/64/1", []string{"A/64/1"}},
	} {
		joined := joinLines(tc.a, tc.b)
		var got []string
		for _, m := range findSymbols(joined) {
			got = append(got, m.symbol)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("joinLines(%q, %q) = %q gives %q, want %q", tc.a, tc.b, joined, got, tc.want)
		}
	}
}

// TestTwoSymbolsOfATitlePage: a report's title page lists its symbols one a line; the first
// names the document, the second is cited as itself, and a footnote that goes on over two
// lines keeps its two symbols too.
func TestTwoSymbolsOfATitlePage(t *testing.T) {
	text := "E/2014/30\nE/CN.15/2014/20\n\n预防犯罪和刑事司法委员会\n第二十三届会议报告\n\n第 23/1 号决议\n标题\n 预防犯罪和刑事司法委员会，\n 回顾其报告1，\n__________________\n 1 E/2013/30\nE/CN.15/2013/27。\n"
	g, err := Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if g.Source != "doc:E/2014/30" {
		t.Errorf("source = %s, want doc:E/2014/30", g.Source)
	}
	have := map[string]bool{}
	for _, n := range g.Nodes {
		have[n.ID] = true
	}
	for _, id := range []string{"doc:E/CN.15/2014/20", "doc:E/2013/30", "doc:E/CN.15/2013/27"} {
		if !have[id] {
			t.Errorf("missing %s", id)
		}
	}
	for id := range have {
		if strings.Count(id, "/") > 4 {
			t.Errorf("two symbols run together: %s", id)
		}
	}
}

package loader

import (
	"slices"
	"strings"
	"testing"

	"copgraph/kg"
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
		{"V.18-08561       3/24", true},
		{"21-07412 1", true},
		{"3 21-07412", true},
		{"2/6                                       V.19-02381", true},
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
		{"a page number of the pages, mid-sentence",
			" 7. 缔约方会议通过了由法国提交的决议草案\n\n3/10\n（CTOC/COP/2016/L.3）。\n",
			[]string{"7. 缔约方会议通过了由法国提交的决议草案（CTOC/COP/2016/L.3）。"}},
		{"an act's number alone is no page number",
			" 8. 回顾其第\n6/1\n号决议。\n",
			[]string{"8. 回顾其第6/1号决议。"}},
		{"the running head with the title, after the title page's symbol",
			"联 合 国 A/RES/70/178\n\n 回顾其第 55/25 号决议，\n\nA/RES/70/178 联合国预防犯罪和刑事司法方案\n\n 1. 请秘书长提交报告。\n",
			[]string{"联 合 国 A/RES/70/178", "回顾其第 55/25 号决议，", "1. 请秘书长提交报告。"}},
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
		{"S/2013/1-A/RES/49/35B", "A/68/5", []string{"S/2013/1", "A/RES/49/35B", "A/68/5"}},
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
		// A date on the line after a symbol is not its number.
		{"UNODC/CCPCJ/EG.4/2013/4", "2013 年 3 月 7 日", []string{"UNODC/CCPCJ/EG.4/2013/4"}},
		{"CTOC/COP/2012/15", "2012年10月", []string{"CTOC/COP/2012/15"}},
		{"A/RES/66/", "2013 年", []string{"A/RES/66/2013"}},
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
// names the document and the second is another symbol of it (an alias, not a document
// cited), and a footnote that goes on over two lines keeps its two symbols too.
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
	for _, id := range []string{"doc:E/2013/30", "doc:E/CN.15/2013/27"} {
		if !have[id] {
			t.Errorf("missing %s", id)
		}
	}
	if have["doc:E/CN.15/2014/20"] {
		t.Error("the report's second symbol is a document of its own")
	}
	for _, n := range g.Nodes {
		if n.ID == g.Source {
			if a, _ := n.Properties.Get(kg.PropAliases).([]string); !slices.Contains(a, "E/CN.15/2014/20") {
				t.Errorf("the report's aliases %v lack its second symbol", n.Properties.Get(kg.PropAliases))
			}
		}
	}
	for id := range have {
		if strings.Count(id, "/") > 4 {
			t.Errorf("two symbols run together: %s", id)
		}
	}
}

// TestFootnotesMarkedBySymbols: a footnote marked "*" or "**" (or full-width "＊") is a
// footnote as a numbered one is: apart from the body, carried by the paragraph whose word
// the marker is glued to, and the marker gone from the word; numbered footnotes after it
// are read as before.
func TestFootnotesMarkedBySymbols(t *testing.T) {
	const sep = "__________________\n"
	for _, tc := range []struct {
		name, text string
		notes      []string          // the footnotes, as "label text"
		carriers   map[string]string // footnote label → a text the paragraph that carries it holds
		facts      []string          // relationships "start TYPE end" the graph must hold
	}{
		{"a title page's provisional agenda, then numbered footnotes",
			"联合国打击跨国有组织犯罪公约缔约方会议\n第七届会议\n2014 年 10 月 6 日至 10 日，维也纳\n临时议程*项目 3\n打击偷运移民\n\n 秘书处的说明\n\n1. 《公约》1和《偷运移民议定书》2规定了缔约方会议的职能。\n" +
				sep + " * CTOC/COP/2014/1。\n 1 联合国，《条约汇编》，第 2225 卷，第 39574 号。\n 2 同上，第 2241 卷，第 39574 号。\n",
			[]string{"* CTOC/COP/2014/1。", "1 联合国，《条约汇编》，第 2225 卷，第 39574 号。", "2 同上，第 2241 卷，第 39574 号。"},
			map[string]string{"*": "临时议程项目 3", "1": "《公约》和《偷运移民议定书》规定"},
			[]string{"doc:file:x.txt#u1 CITES doc:CTOC/COP/2014/1", "doc:file:x.txt#n1 CITES inst:untoc", "doc:file:x.txt#n1 CITES inst:smuggling-protocol",
				"session:cop:7 HAS_AGENDA_ITEM agenda:cop:7:3"}},
		{"full-width, with no space after it, on a note's title",
			"预防犯罪和刑事司法委员会\n第二十三届会议\n临时议程项目 4\n\n 执行主任的报告＊\n\n1. 本报告依照第 22/1 号决议编写。\n" +
				sep + " ＊本报告迟交是因为需要征求 E/CN.15/2014/1 所列各方的意见。\n",
			[]string{"* 本报告迟交是因为需要征求 E/CN.15/2014/1 所列各方的意见。"},
			map[string]string{"*": "执行主任的报告"},
			[]string{"doc:file:x.txt#u1 CITES doc:E/CN.15/2014/1"}},
		{"two of them, and a numbered one between, over two pages",
			"第八届会议\n临时议程*项目 2\n\n 秘书处的说明**\n\n1. 大会第 55/25 号决议通过了《公约》1。\n" +
				sep + " * CTOC/COP/2016/1。\n ** 本文件因技术原因\n重新印发。\n 1 联合国，《条约汇编》，第 2225 卷，第 39574 号。\n\n16-01234 (C)    010816    020816\n\n2. 缔约方会议第 7/1 号决议2请秘书处提供协助。\n" +
				sep + " 2 另见 A/69/100。\n",
			[]string{"* CTOC/COP/2016/1。", "** 本文件因技术原因重新印发。", "1 联合国，《条约汇编》，第 2225 卷，第 39574 号。", "2 另见 A/69/100。"},
			map[string]string{"*": "临时议程项目 2", "**": "秘书处的说明", "1": "通过了《公约》。", "2": "第 7/1 号决议请秘书处"},
			[]string{"doc:file:x.txt#n1 CITES inst:untoc", "doc:file:x.txt#n2 CITES doc:A/69/100"}},
		{"after a symbol: reissued",
			"E/CN.15/2014/1*\n\n预防犯罪和刑事司法委员会\n第二十三届会议\n\n1. 委员会审议了第 22/1 号决议。\n" +
				sep + " * 因技术原因重新印发。\n",
			[]string{"* 因技术原因重新印发。"},
			map[string]string{"*": "E/CN.15/2014/1预防犯罪"},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := segmentText(tc.text)
			var notes []string
			for _, n := range d.footnotes {
				notes = append(notes, n.label()+" "+n.text)
			}
			if strings.Join(notes, "\n") != strings.Join(tc.notes, "\n") {
				t.Errorf("footnotes:\n%s\nwant:\n%s", strings.Join(notes, "\n"), strings.Join(tc.notes, "\n"))
			}
			paras := d.narrative
			for _, a := range d.acts {
				paras = append(paras, a.paras...)
			}
			carried := map[string]string{}
			for _, p := range paras {
				if strings.ContainsAny(p.text, "*＊") || strings.Contains(p.text, "____") {
					t.Errorf("paragraph %s keeps a marker or the separator: %q", p.key, p.text)
				}
				for _, r := range p.notes {
					carried[d.notes[r.num].label()] = p.text
				}
			}
			for label, holds := range tc.carriers {
				if !strings.Contains(carried[label], holds) {
					t.Errorf("footnote %s is carried by %q, want the paragraph with %q", label, carried[label], holds)
				}
			}
			g, err := Parse("x.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			for _, r := range g.Relationships {
				have[r.Start+" "+r.Type+" "+r.End] = true
				if n, ok := r.Properties.Get(kg.PropFootnote).(int64); ok && n <= 0 {
					t.Errorf("%s gives footnote %d", r.ID, n)
				}
			}
			for _, f := range tc.facts {
				if !have[f] {
					t.Errorf("missing %s", f)
				}
			}
		})
	}
}

// TestAsterisksThatMarkNoFootnote: asterisks with no footnote of theirs, or not under a
// separator, are text.
func TestAsterisksThatMarkNoFootnote(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string // want: a block the text must hold
	}{
		{"no footnote marked by a symbol", " 1. 临时议程*项目 2 见第 5/1 号决议1。\n__________________\n 1 CTOC/COP/2012/1。\n", "1. 临时议程*项目 2 见第 5/1 号决议。"},
		{"not under a separator", " 1. 见说明*。\n * 这是正文。\n", "* 这是正文。"},
		{"a bullet at the start of a block", " * 各国代表。\n__________________\n * CTOC/COP/2012/1。\n", "* 各国代表。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := segmentText(tc.text)
			found := false
			for _, b := range d.blocks {
				found = found || b.text == tc.want
			}
			if !found {
				t.Errorf("no block %q in %q", tc.want, d.text())
			}
		})
	}
}

// TestFootnotesInSuperscripts: a note typeset with superscript numbers (决议¹ in the body,
// "¹ 见…" or "1 见…" at the page foot) keeps its footnotes apart from the body, and each
// citation starts at the paragraph whose word carries the superscript.
func TestFootnotesInSuperscripts(t *testing.T) {
	const sep = "__________________\n"
	for _, tc := range []struct {
		name, text string
		notes      []string // the footnotes, as "label text"
		facts      []string // relationships "start TYPE end" the graph must hold
		wantNot    []string
	}{
		{"superscripts at both ends, one note to a paragraph",
			"1. 委员会在其第30/4号决议⁴中请执行主任提交报告。\n2. 会员国的答复⁵见附件。\n3. 报告的结论载于第二章⁶。\n" +
				sep + "⁴ 见E/CN.15/2021/17。\n⁵ 另见E/CN.15/2022/5。\n⁶ 见CTOC/COP/2020/9。\n",
			[]string{"4 见E/CN.15/2021/17。", "5 另见E/CN.15/2022/5。", "6 见CTOC/COP/2020/9。"},
			[]string{"doc:file:x.txt#n1 CITES doc:E/CN.15/2021/17", "doc:file:x.txt#n2 CITES doc:E/CN.15/2022/5", "doc:file:x.txt#n3 CITES doc:CTOC/COP/2020/9"},
			[]string{"doc:file:x.txt#n3 CITES doc:E/CN.15/2021/17", "doc:file:x.txt#n3 CITES doc:E/CN.15/2022/5"}},
		{"superscript markers, plain footnote numbers, two digits",
			"8. 大会第70/174号决议¹⁰回顾了《多哈宣言》。\n9. 秘书处编写了一份说明¹¹。\n" +
				sep + "10 另见A/70/PV.80。\n11 CAC/COSP/2019/3。\n",
			[]string{"10 另见A/70/PV.80。", "11 CAC/COSP/2019/3。"},
			[]string{"doc:file:x.txt#n8 CITES doc:A/70/PV.80", "doc:file:x.txt#n9 CITES doc:CAC/COSP/2019/3"},
			nil},
		{"no space after the superscript, a note over two lines",
			"1. 工作组第二届会议²的报告已印发。\n" +
				sep + "²CTOC/COP/WG.2/2011/4，\n第二章。\n",
			[]string{"2 CTOC/COP/WG.2/2011/4，第二章。"},
			[]string{"doc:file:x.txt#n1 CITES doc:CTOC/COP/WG.2/2011/4"},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := segmentText(tc.text)
			var notes []string
			for _, n := range d.footnotes {
				notes = append(notes, n.label()+" "+n.text)
			}
			if strings.Join(notes, "\n") != strings.Join(tc.notes, "\n") {
				t.Errorf("footnotes:\n%s\nwant:\n%s", strings.Join(notes, "\n"), strings.Join(tc.notes, "\n"))
			}
			for _, p := range d.narrative {
				if strings.ContainsAny(p.text, "¹²³⁴⁵⁶⁷⁸⁹⁰") || strings.Contains(p.text, "。"+tc.notes[0][:1]) {
					t.Errorf("paragraph %s keeps a marker or a footnote: %q", p.key, p.text)
				}
			}
			g, err := Parse("x.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			for _, r := range g.Relationships {
				have[r.Start+" "+r.Type+" "+r.End] = true
			}
			for _, f := range tc.facts {
				if !have[f] {
					t.Errorf("missing %s", f)
				}
			}
			for _, f := range tc.wantNot {
				if have[f] {
					t.Errorf("unwanted %s", f)
				}
			}
		})
	}
}

// TestSuperscriptsThatMarkNoFootnote: a superscript with no footnote of that number, or
// standing apart from the text, stays in the text.
func TestSuperscriptsThatMarkNoFootnote(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string // want: a block the text must hold
	}{
		{"no footnote of its number", "1. 面积为500平方米²。\n__________________\n1 CTOC/COP/2012/1。\n", "1. 面积为500平方米²。"},
		{"no footnotes at all", "1. 见第5/1号决议¹。\n", "1. 见第5/1号决议¹。"},
		{"a run of four", "1. 见第5/1号决议¹²³⁴。\n__________________\n⁴ CTOC/COP/2012/1。\n", "1. 见第5/1号决议¹²³⁴。"},
		{"after a space", "1. 见 ¹ 第5/1号决议。\n__________________\n¹ CTOC/COP/2012/1。\n", "1. 见 ¹ 第5/1号决议。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := segmentText(tc.text)
			found := false
			for _, b := range d.blocks {
				found = found || b.text == tc.want
			}
			if !found {
				t.Errorf("no block %q in %q", tc.want, d.text())
			}
		})
	}
}

package loader

import (
	"os"
	"path/filepath"
	"testing"

	"copgraph/kg"
)

// TestFamily15FindingsStayFixed: family15's high findings on a document's structure (its
// agenda, an act's closing lines, page furniture), fixed since, one fact each (the finding's
// number in testdata/review/family15/EXPECTED.md).
func TestFamily15FindingsStayFixed(t *testing.T) {
	for _, tc := range []struct {
		finding, file string
		want, wantNot []string
	}{
		{"family15 K1: an annotated agenda whose headings stand at the margin", "family15/d09.txt",
			[]string{"doc:CTOC/COP/2026/CRP.1 CONSIDERED_UNDER agenda:cop:13:1(d)"}, nil},
		{"family15 K3: an act's closing, a meeting that is no plenary, then the day", "family15/d06.txt",
			[]string{"act:hrc:resolution:58/14 date=2025-04-03"}, nil},
		{"family15 K3: the closing is no preambular paragraph", "family15/d03.txt",
			nil, []string{"act:cnd:resolution:68/2#pp4"}},
		{"family15 K4: a Geneva job number is page furniture, and the vote line under it is read", "family15/d06.txt",
			[]string{"act:hrc:resolution:58/14 withoutVote=true"}, nil},
	} {
		t.Run(tc.finding, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "review", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			checkFacts(t, conventionFacts(t, tc.file, string(data)), tc.want, tc.wantNot)
		})
	}
}

// TestFamily15Structure: the rules for family15's findings on an act's closing lines and
// page furniture, tried on texts of other bodies, numbers and phrasings than the reviewers'.
func TestFamily15Structure(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"K3: a commission's meeting, then its day, each set off to the right",
			"第 35/2 号决议\n\n  预防犯罪和刑事司法委员会，\n  回顾大会第 79/186 号决议，\n  1. 请秘书处报告执行情况。\n\n" +
				"                                   第 9 次会议\n                                   2026年5月22日\n",
			[]string{"act:ccpcj:resolution:35/2 date=2026-05-22", "act:ccpcj:resolution:35/2 ADOPTED_IN meeting:ccpcj:35:9"},
			[]string{"act:ccpcj:resolution:35/2#pp2", "act:ccpcj:resolution:35/2#pp3"}},
		{"K3: the Human Rights Council's, full-width digits",
			"61/3. 打击腐败\n\n     人权理事会，\n     回顾其第 58/14 号决议，\n     1. 请秘书处报告。\n\n" +
				"                          第４１次会议\n                          ２０２６年３月３１日\n",
			[]string{"act:hrc:resolution:61/3 date=2026-03-31", "act:hrc:resolution:61/3 ADOPTED_IN meeting:hrc:61:41"},
			[]string{"act:hrc:resolution:61/3#pp2"}},
		{"K3: a meeting alone with no day under it stays a paragraph",
			"第 35/2 号决议\n\n  预防犯罪和刑事司法委员会，\n  回顾其第三十四届会议\n  第 9 次会议\n  注意到秘书处的报告，\n  1. 请秘书处报告执行情况。\n",
			nil, []string{"act:ccpcj:resolution:35/2 meeting=9"}},
		{"K4: a Geneva job number under the note of adoption",
			"61/7. 打击腐败\n\n     人权理事会，\n     回顾其第 58/14 号决议，\n     1. 请秘书处报告。\n\n" +
				"                          第４１次会议\n                          ２０２６年３月３１日\n\n     [以 30 票对 5 票、12 票弃权获得通过。]\n\nGE.26-06112  (C)    030426    040426\n",
			[]string{"act:hrc:resolution:61/7 votesInFavour=30"},
			[]string{"act:hrc:resolution:61/7#pp2", "act:hrc:resolution:61/7#pp3"}},
		{"K13: articles listed in words before the marker",
			"CTOC/COP/2028/4\n\n1. 缔约方会议提及《人口贩运议定书》第六条第三款和第九条1，并审议了执行情况。\n\n__________________\n1 联合国，《条约汇编》，第 2237 卷，第 39574 号。\n",
			[]string{"doc:CTOC/COP/2028/4#n1 CITES inst:trafficking-protocol role=treaty_series"}, nil},
		{"K13: the Model Law named after the Protocol, with its sales number",
			"CTOC/COP/WG.6/2028/3\n\n1. 工作组建议各国参考《枪支议定书》示范法1修订本国立法。\n\n__________________\n1 出售品编号：C.12.V.3。\n",
			[]string{"doc:CTOC/COP/WG.6/2028/3#n1 CITES inst:firearms-model-law role=sales_number"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "f15.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestJobNumberOffices: a job number gives its office in one letter or two (Vienna's
// "V.", Geneva's "GE."), with or without its language letter, dates and page number.
func TestJobNumberOffices(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"GE.26-06112 (C)", true},
		{"GE.26-06112", true},
		{"GE.19-01234  (C)    030419    040419", true},
		{"4 GE.19-01234 (C)", true},
		{"GE.19-01234 (C) 3/12", true},
		{"N.18-01234 (C)", true},
		{"GE.17-18194 (C) 271017 iii", true}, // a page of the front matter
		{"iv V.21-01234 (C)", true},
		{"V.21-01234 (C) 号", false},
		{"vii", false},
		{"GEN.19-01234 (C)", false}, // three letters are no office's
		{"GE.2019-01234 (C)", false},
		{"GE.19-01234 (C) 号文件", false},
		{"见 GE.19-01234 (C)", false},
	} {
		if got := jobNumberRE.MatchString(tc.line); got != tc.want {
			t.Errorf("jobNumberRE.MatchString(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestGroupHoldsItsSessionOnce: a group's report that dates its meeting on the title page
// and numbers it in the narrative gives the group's session once (K20).
func TestGroupHoldsItsSessionOnce(t *testing.T) {
	text := " 联合国                                CTOC/COP/WG.3/2027/4\n\n国际合作问题工作组\n2027年6月2日至4日，维也纳\n议程项目 4\n通过报告\n\n" +
		"          国际合作问题工作组2027年6月2日至4日\n          在维也纳举行的会议的报告\n\n一. 导言\n\n" +
		"1. 缔约方会议在其第 5/1 号决议中设立了国际合作问题工作组。\n\n2. 国际合作问题工作组第十六届会议于2027年6月2日至4日在维也纳举行。工作组共举行了4次会议。\n"
	g, err := Parse("wg.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range g.Relationships {
		if r.Type == kg.RelHasSession {
			n++
			t.Logf("%s", r.ID)
		}
	}
	if n != 1 {
		t.Errorf("HAS_SESSION %d times, want once", n)
	}
}

package loader

import (
	"slices"
	"strings"
	"testing"

	"copgraph/kg"
)

// The rules for the shapes family12's reviewers found (a draft submitted as an L. document,
// a draft quoted in an act, an annex numbered again, an act's bracketed adoption note),
// tried on texts of other bodies, numbers and phrasings than theirs.

func TestSponsorsDraft(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"日本、巴西和南非：决议草案", []string{"日本", "巴西", "南非"}},
		{"墨西哥：订正决定草案", []string{"墨西哥"}},
		{"大韩民国和欧洲联盟：决议草案", []string{"大韩民国", "欧洲联盟"}},
		{"决议草案：", nil},
		{"委员会建议经济及社会理事会通过的决议草案", nil},
		{"预防犯罪和刑事司法问题：决议草案", nil}, // a subject, no sponsor
		{"主席的提案：决议草案", nil},
		{"日本和泰国：决议草案的所涉方案预算问题", nil},
	} {
		if got := sponsorsDraft(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("sponsorsDraft(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestQuotedDraftBounds(t *testing.T) {
	for _, tc := range []struct {
		text        string
		leads, ends bool
	}{
		{"1. 建议大会通过下列决议草案：", true, false},
		{"建议人权理事会通过下列决定草案：", true, false},
		{"建议大会通过决议草案（A/C.3/79/L.12）。", false, false},
		{"“3. 请秘书长向大会第八十一届会议报告。”", false, true},
		{"“(b) 加强合作。”；", false, true},
		{"“2. 决定题为“预防犯罪”", false, false}, // a title quoted at the end, the draft goes on
		{"“回顾其第 72/196 号决议，", false, false},
	} {
		if got := leadsDraft(tc.text); got != tc.leads {
			t.Errorf("leadsDraft(%q) = %v", tc.text, got)
		}
		if got := closesQuote(tc.text); got != tc.ends {
			t.Errorf("closesQuote(%q) = %v", tc.text, got)
		}
	}
}

func TestAdoptionNoteAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"[未经表决获得通过。]", true},
		{"第 41 次会议2023 年 7 月 12 日[以 30 票对 10 票、7 票弃权获得通过。]", true},
		{"［以协商一致方式通过］", true},
		{"[根据第三委员会的报告（A/66/463）通过]", false},
		{"见附件[第 3 段]", false},
	} {
		if got := adoptionNoteAt(tc.text) >= 0; got != tc.want {
			t.Errorf("adoptionNoteAt(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestFamily12Shapes(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"a Commission's draft submitted by its sponsors",
			" 联 合 国 E/CN.15/2025/L.3\n\n预防犯罪和刑事司法委员会\n第三十四届会议\n\n 日本和泰国：决议草案\n\n 预防犯罪和刑事司法委员会，\n\n 回顾其 2023 年 5 月 26 日第 32/1 号决议，\n\n 1. 请联合国毒品和犯罪问题办公室继续提供技术援助；\n\n (a) 特别是向最不发达国家；\n\n 2. 鼓励会员国交流信息。\n",
			[]string{"doc:E/CN.15/2025/L.3#op1 MANDATES actor:unodc", "doc:E/CN.15/2025/L.3#op1(a)", "doc:E/CN.15/2025/L.3#pp1 REFERS_TO act:ccpcj:resolution:32/1",
				"state:jpn SPONSORED doc:E/CN.15/2025/L.3 role=sponsor", "state:tha SPONSORED doc:E/CN.15/2025/L.3"},
			nil},
		{"an annex of a Commission's report numbered again",
			" 联 合 国 E/CN.7/2023/15\n\n一. 导言\n\n1. 麻醉药品委员会于 2023 年 3 月 13 日至 17 日在维也纳举行了第六十六届会议。\n\n2. 委员会通过了议程。\n\n附件二\n\n专题讨论摘要\n\n1. 许多代表回顾大会 2022 年 12 月 15 日第 77/238 号决议。\n\n2. 一位代表提到第 65/1 号决议。\n",
			[]string{"doc:E/CN.7/2023/15#annex2-n1 REFERS_TO act:ga:resolution:77/238", "doc:E/CN.7/2023/15#annex2-n2", "doc:E/CN.7/2023/15#n2"},
			nil},
		{"a Council resolution quoting a GA draft, its lead numbered",
			"2019/22. 打击贩运文化财产\n\n 经济及社会理事会，\n\n 回顾其 2016 年 7 月 27 日第 2016/19 号决议，\n\n 1. 建议大会通过下列决议草案：\n\n “大会，\n\n “回顾其第 73/130 号决议，\n\n “1. 敦促会员国加强合作；\n\n “(a) 交流信息。”\n\n 2. 请秘书长将本决议转交大会。\n\n 2019 年 7 月 23 日\n 第 41 次全体会议\n",
			[]string{"act:ecosoc:resolution:2019/22#op1 MANDATES actor:ga relation=recommends", "act:ecosoc:resolution:2019/22#draft-op1 MANDATES actor:member-states",
				"act:ecosoc:resolution:2019/22#draft-op1(a)", "act:ecosoc:resolution:2019/22#op2 MANDATES actor:secretary-general", "act:ecosoc:resolution:2019/22 meeting=41"},
			[]string{"act:ecosoc:resolution:2019/22#pp2", "act:ecosoc:resolution:2019/22#op2(a)"}},
		{"a Council resolution whose unnumbered lead follows its opening",
			"2015/19. 标题\n\n 经济及社会理事会，\n\n 建议大会通过下列决议草案：\n\n “大会，\n\n “1. 请会员国提供资源。”\n\n 2015 年 7 月 21 日\n 第 44 次全体会议\n",
			[]string{"act:ecosoc:resolution:2015/19#op MANDATES actor:ga relation=recommends", "act:ecosoc:resolution:2015/19#draft-op1 MANDATES actor:member-states"},
			[]string{"act:ecosoc:resolution:2015/19#pp1"}},
		{"an HRC resolution closing with its meeting and a vote",
			"53/2. 贩运人口问题\n\n 人权理事会，\n\n 重申其第 50/7 号决议，\n\n 1. 请联合国人权事务高级专员提交报告。\n\n第 41 次会议\n2023 年 7 月 12 日\n\n[以 30 票对 10 票、7 票弃权获得通过。]\n",
			[]string{"act:hrc:resolution:53/2 meeting=41", "act:hrc:resolution:53/2 date=2023-07-12"},
			[]string{"act:hrc:resolution:53/2#pp2", "act:hrc:resolution:53/2 withoutVote=true"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "x.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

func TestChapterCrossReferenceIsNoHeading(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"第十章", true},
		{"第三章 组织事项", true},
		{"第 二 章：通过报告", true},
		{"第十二章）。", false},
		{"第二章，第 4 段）。", false},
		{"第五章第 3 节。", false},
		{"第二章第二十七届会议续会", true}, // the heading and its title on the next line, joined
		{"第七章 A 节中的建议。", false},
	} {
		if got := isChapterHead(tc.text); got != tc.want {
			t.Errorf("isChapterHead(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestTableCaption(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"表", true},
		{"表 2", true},
		{"表三截至 2023 年 6 月 30 日的批准情况", true},
		{"表决情况", false},
		{"表示赞赏的代表团", false},
		{"表 1 显示，缔约国数目增加了。", false}, // a sentence
	} {
		if got := isTableCaption(tc.text); got != tc.want {
			t.Errorf("isTableCaption(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestContinuesNote(t *testing.T) {
	for _, tc := range []struct {
		note, line string
		want       bool
	}{
		{"另见《公约》的批准情况", "（https://treaties.un.org）。", true},
		{"见秘书长的报告，", "第 12 段。", true},
		{"A/78/132", "（见附件）。", false},              // a note may end with a symbol
		{"另见《公约》的批准情况", "回顾其第 5/1 号决议，", false},    // a preambular paragraph
		{"另见《公约》的批准情况", "4. 缔约国会议似宜审议本报告。", false}, // a numbered paragraph
		{"另见《公约》的批准情况", "二. 建议。", false},
	} {
		if got := continuesNote(tc.note, tc.line); got != tc.want {
			t.Errorf("continuesNote(%q, %q) = %v, want %v", tc.note, tc.line, got, tc.want)
		}
	}
}

// A table's rows, and a footnote continued at the top of the next page, in a note of the
// Conference of the States Parties.
func TestTableAndNoteOverAPage(t *testing.T) {
	text := " 联 合 国 CAC/COSP/2025/4\n\n一. 批准情况\n\n1. 缔约国会议在其第 10/1 号决议中请秘书处报告。下表列出了缔约国数目。\n\n表 1\n截至 2025 年 6 月 30 日的缔约国数目\n\n 区域 缔约国\n 非洲国家 54\n 亚洲-太平洋国家 53\n\n2. 缔约国数目见秘书长的报告1。\n\n__________________\n 1 另见《联合国反腐败公约》的批准情况\n\n3 25-01234\n\nCAC/COSP/2025/4\n\n （https://www.unodc.org）。\n\n3. 缔约国会议似宜注意到本报告。\n"
	g, err := Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, n := range g.Nodes {
		if s, ok := n.Properties.Get("text").(string); ok {
			texts[n.ID] = s
		}
	}
	var rows bool
	for id, s := range texts {
		if contains(s, "非洲国家 54") && contains(s, "截至 2025 年 6 月 30 日") && contains(s, "区域 缔约国") {
			rows = true
		}
		if contains(s, "unodc.org") {
			t.Errorf("the footnote's continuation is in %s: %q", id, s)
		}
	}
	if !rows {
		t.Errorf("the table's caption, header and first row are not one paragraph: %q", texts)
	}
}

// TestRunKey: a numbering that starts again from 1 keys each run apart, in the body and in
// an annex, never reusing a key of a run before.
func TestRunKey(t *testing.T) {
	for _, tc := range []struct {
		key  string
		k    int
		want string
	}{
		{"n", 2, "r2-n"},
		{"r2-n", 3, "r3-n"},
		{"annex-n", 2, "annex-r2-n"},
		{"annex2-n", 2, "annex2-r2-n"},
		{"annex2-r2-n", 3, "annex2-r3-n"},
	} {
		if got := runKey(tc.key, tc.k); got != tc.want {
			t.Errorf("runKey(%q, %d) = %q, want %q", tc.key, tc.k, got, tc.want)
		}
	}
}

// TestANumberingStartedAgain: a report whose numbers start again from 1 where no annex
// heading says so keeps every paragraph of the second run apart, under keys of its own.
func TestANumberingStartedAgain(t *testing.T) {
	text := "CTOC/COP/WG.2/2031/4\n\n联合国打击跨国有组织犯罪公约缔约方会议\n\n技术援助问题工作组 2031 年 3 月 4 日和 5 日在维也纳举行的会议的报告\n\n" +
		"一. 导言\n\n1. 工作组于 2031 年 3 月 4 日和 5 日在维也纳举行了会议。\n\n2. 工作组审议了议程项目 2。\n\n" +
		"主席的总结\n\n1. 多位发言者欢迎秘书处编写的背景文件。\n\n2. 一位发言者建议秘书处继续收集数据。\n\n3. 许多发言者强调国际合作的重要性。\n"
	g, err := Parse("wg.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, n := range g.Nodes {
		if s, ok := n.Properties.Get("text").(string); ok && n.Properties.Get(kg.PropKind) == "narrative" {
			texts[n.ID[strings.Index(n.ID, "#")+1:]] = s
		}
	}
	for key, opens := range map[string]string{"n1": "1. 工作组于", "n2": "2. 工作组审议", "r2-n1": "1. 多位发言者", "r2-n2": "2. 一位发言者", "r2-n3": "3. 许多发言者"} {
		if !strings.HasPrefix(texts[key], opens) || strings.Contains(texts[key], "\n") {
			t.Errorf("paragraph %s = %q, want one paragraph opening %q (all: %v)", key, texts[key], opens, texts)
		}
	}
}

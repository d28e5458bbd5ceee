package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"copgraph/kg"
)

// TestAdoptingSession: the session an act's number names; the Council's by its year.
func TestAdoptingSession(t *testing.T) {
	for _, tc := range []struct {
		name string
		key  kg.ActKey
		want string
	}{
		{"a Conference act is of the session before its slash", kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindDecision, Number: "7/2"}, "session:cop:7"},
		{"an Assembly act likewise", kg.ActKey{Body: kg.BodyGA, Kind: kg.KindResolution, Number: "67/186"}, "session:ga:67"},
		{"a Council resolution is of its year's session", kg.ActKey{Body: kg.BodyECOSOC, Kind: kg.KindResolution, Number: "2013/40"}, "session:ecosoc:2013"},
		{"a Council decision too, numbered from 201", kg.ActKey{Body: kg.BodyECOSOC, Kind: kg.KindDecision, Number: "2019/245"}, "session:ecosoc:2019"},
		{"a Council act numbered the old way is of no session", kg.ActKey{Body: kg.BodyECOSOC, Kind: kg.KindResolution, Number: "1296 (XLIV)"}, ""},
		{"a Council act numbered by a session is no year's", kg.ActKey{Body: kg.BodyECOSOC, Kind: kg.KindResolution, Number: "30/1"}, ""},
		{"a Security Council act is of none", kg.ActKey{Body: kg.BodySC, Kind: kg.KindResolution, Number: "2195 (2014)"}, ""},
		{"a special session's act is of that session, not of the numbered one", kg.ActKey{Body: kg.BodyGA, Kind: kg.KindResolution, Number: "S-20/2"}, "session:ga:s-20"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := adoptingSession(tc.key); got != tc.want {
				t.Errorf("adoptingSession(%+v) = %q, want %q", tc.key, got, tc.want)
			}
		})
	}
}

// TestACouncilActIsAdoptedInAMeetingOfItsYear: a Council resolution that closes with its
// day and plenary meeting is ADOPTED_IN that meeting of its year's session, and ADOPTED_AT
// the session; its mandates name the session; an act it recalls is of its own year's session
// and of no meeting.
func TestACouncilActIsAdoptedInAMeetingOfItsYear(t *testing.T) {
	text := "2014/23. 加强打击野生动植物非法贩运的国际合作\n\n 经济及社会理事会，\n\n 回顾其 2013 年 7 月 25 日第 2013/40 号决议，\n\n" +
		" 1. 请联合国毒品和犯罪问题办公室继续提供技术援助。\n\n2014 年 7 月 16 日\n第 36 次全体会议\n"
	g, err := Parse("ecosoc.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	act, meeting, session := "act:ecosoc:resolution:2014/23", "meeting:ecosoc:2014:36", "session:ecosoc:2014"
	if m := nodes[meeting]; m.Properties.Get(kg.PropPlenary) != true || m.Properties.Get(kg.PropDate) != "2014-07-16" || m.Properties.Get(kg.PropSession) != session {
		t.Errorf("meeting 36: %v", m.Properties)
	}
	if s := nodes[session]; s.Properties.Get(kg.PropBody) != "ECOSOC" || s.Properties.Get(kg.PropNumber) != int64(2014) {
		t.Errorf("the 2014 session: %v", s.Properties)
	}
	for _, id := range []string{
		act + "-[ADOPTED_IN]->" + meeting,
		act + "-[ADOPTED_AT]->" + session,
		session + "-[HAS_MEETING]->" + meeting,
		"act:ecosoc:resolution:2013/40-[ADOPTED_AT]->session:ecosoc:2013",
	} {
		if !rels[id] {
			t.Errorf("no %s", id)
		}
	}
	for _, r := range g.Relationships {
		switch {
		case r.Type == kg.RelMandates && r.Properties.Get(kg.PropSession) != session:
			t.Errorf("mandate %s names session %v, want %s", r.ID, r.Properties.Get(kg.PropSession), session)
		case r.Type == kg.RelAdoptedIn && r.Start != act:
			t.Errorf("%s: only the act the text adopts was adopted in a meeting", r.ID)
		}
	}
}

// TestListedDraftsEachGiveTheirAct: a sentence that adopts a list of drafts names each
// item's draft beside its note; every item after the first is read by its note, and takes
// the draft its own item names, not none and not the first's.
func TestListedDraftsEachGiveTheirAct(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string // act number -> draft
	}{
		{"three decisions, the last two by their notes",
			"7. 在第 4 次会议上，缔约国会议通过了以下决定草案：(a) 题为“甲”的决定草案（CAC/COSP/2031/L.3）（案文见第一章，第 14/1 号决定）；(b) 题为“乙”的决定草案（CAC/COSP/2031/L.4）（案文见第一章，第 14/2 号决定）；(c) 经口头订正的决定草案（CAC/COSP/2031/L.9/Rev.1）（案文见第一章，第 14/3 号决定）。",
			map[string]string{"14/1": "CAC/COSP/2031/L.3", "14/2": "CAC/COSP/2031/L.4", "14/3": "CAC/COSP/2031/L.9/Rev.1"}},
		{"an item without a draft gives none",
			"7. 在第 4 次会议上，缔约国会议通过了以下决定草案：(a) 题为“甲”的决定草案（CAC/COSP/2031/L.3）（案文见第一章，第 14/1 号决定）；(b) 第十五届会议临时议程（案文见第一章，第 14/2 号决定）。",
			map[string]string{"14/1": "CAC/COSP/2031/L.3", "14/2": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			for _, a := range findAdoptions(tc.text, kg.BodyCOSP) {
				got[a.act.Number] = a.draft
			}
			for n, d := range tc.want {
				if got[n] != d {
					t.Errorf("%s: draft %q, want %q (all: %v)", n, got[n], d, got)
				}
			}
		})
	}
}

// TestPlenaryDrafts: the draft (and its addenda) an Assembly resolution adopted without
// reference to a Main Committee names on its title page; a committee's report is no draft.
func TestPlenaryDrafts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"[未经发交主要委员会而通过（A/81/L.12 和 Add.1-2）]", []string{"A/81/L.12", "A/81/L.12/Add.1", "A/81/L.12/Add.2"}},
		{"［未经交付主要委员会而通过（A/72/L.3）］", []string{"A/72/L.3"}},
		{"[根据第三委员会的报告（A/80/461）通过]", nil},
		{"大会决定将该项目分配给主要委员会（A/80/250）", nil},
	} {
		var got []string
		for _, s := range plenaryDrafts(tc.text) {
			got = append(got, s.symbol)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("plenaryDrafts(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTitleMoreItems: the items a title page names after its first.
func TestTitleMoreItems(t *testing.T) {
	for _, tc := range []struct {
		rest, first string
		want        []string
	}{
		{" 和 121", "14", []string{"121"}},
		{"、 64 和 130", "9", []string{"64", "130"}},
		{" 和 (c)", "27(b)", []string{"27(c)"}},
		{"\n\n第三委员会的报告", "105", nil},
		{" 和秘书处的说明", "3", nil},
	} {
		if got := titleMoreItems(tc.rest, tc.first); !slices.Equal(got, tc.want) {
			t.Errorf("titleMoreItems(%q, %q) = %v, want %v", tc.rest, tc.first, got, tc.want)
		}
	}
}

// TestAdoptionTitle: the title an adoption's sentence gives the draft it adopts, found by
// the draft's symbol (G14); none where the words between the title and the draft are more
// than its name.
func TestAdoptionTitle(t *testing.T) {
	for _, tc := range []struct{ quote, draft, want string }{
		{"委员会经协商一致通过了墨西哥和挪威提交的题为“加强司法协助”的决议草案（E/CN.15/2027/L.4）。（案文见第一章，B 节，第 36/2 号决议。）", "E/CN.15/2027/L.4", "加强司法协助"},
		{"以 70 票赞成、3 票反对通过了一项题为“预算外资源”的订正决定草案 (CTOC/COP/2028/L.2/Rev.1)。", "CTOC/COP/2028/L.2/Rev.1", "预算外资源"},
		{"通过了以下决定草案：(a) 题为“甲事项”的决定草案（CTOC/COP/2028/L.6）（案文见…）；(b) 题为“乙事项”的决定草案（CTOC/COP/2028/L.7）（案文见第一章，第 14/3 号决定）", "CTOC/COP/2028/L.6", "甲事项"},
		{"通过了以下决定草案：(a) 题为“甲事项”的决定草案（CTOC/COP/2028/L.6）（案文见…）；(b) 题为“乙事项”的决定草案（CTOC/COP/2028/L.7）（案文见第一章，第 14/3 号决定）", "CTOC/COP/2028/L.7", "乙事项"},
		{"在第 4 次会议上，审议组通过了题为“国别审议的期限”的第 15/2 号决定。", "", "国别审议的期限"},
		{"审议了题为“某报告”的说明之后，通过了决议草案（A/C.3/80/L.9）。", "A/C.3/80/L.9", ""},
		{"通过了决议草案（A/C.3/80/L.9）。", "A/C.3/80/L.9", ""},
	} {
		if got := adoptionTitle(tc.quote, tc.draft); got != tc.want {
			t.Errorf("adoptionTitle(%q, %q) = %q, want %q", tc.quote, tc.draft, got, tc.want)
		}
	}
}

// TestTitlePreliminaryListItem: a report issued before the Assembly adopts its agenda
// names the item of the preliminary list, with or without the footnote's marker; the
// item keeps its number on the agenda.
func TestTitlePreliminaryListItem(t *testing.T) {
	for _, tc := range []struct {
		text, item, title string
	}{
		{"A/81/205\n\n大 会\n\n第八十一届会议\n暂定项目清单*项目 27\n社会发展\n\n 秘书长的报告\n\n1. 本报告。\n", "27", "社会发展"},
		{"A/80/99\n\n大 会\n\n第八十届会议\n暂定项目清单项目 64(b)\n人权问题\n\n1. 本报告。\n", "64(b)", "人权问题"},
		{"A/80/99\n\n大 会\n\n第八十届会议\n项目清单草案\n\n1. 本报告。\n", "", ""},
	} {
		d := segmentText(tc.text)
		if d.item != tc.item || d.itemTitle != tc.title {
			t.Errorf("segmentText(%q): item %q title %q, want %q %q", tc.text, d.item, d.itemTitle, tc.item, tc.title)
		}
	}
}

// TestAdoptionTitleIsWeak: the title the narrative gives an act is a default the act's own
// text overrides, whichever the report sets out first.
func TestAdoptionTitleIsWeak(t *testing.T) {
	text := "一. 缔约方会议通过的决议\n\n第 15/1 号决议\n\n加强国际合作打击网络犯罪\n\n 缔约方会议，\n\n 1. 请秘书处提供协助。\n\n二. 会议经过\n\n1. 在 2030 年 10 月 18 日第 8 次会议上，缔约方会议通过了题为“网络犯罪”的决议草案（CTOC/COP/2030/L.3）。（案文见第一章，第 15/1 号决议。）\n"
	g, err := Parse("CTOC-COP-2030-9.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range g.Nodes {
		if n.ID == "act:cop:resolution:15/1" {
			if got := kg.String(n.Properties, kg.PropTitle); got != "加强国际合作打击网络犯罪" {
				t.Errorf("title = %q, want the act's own", got)
			}
			return
		}
	}
	t.Errorf("no act:cop:resolution:15/1 in %v", g.Nodes)
}

// TestFindReportDrafts: a session's report adopted from its L. drafts, orally revised or
// not; reports of others, or from documents that are no drafts, are not the report's drafts.
func TestFindReportDrafts(t *testing.T) {
	for _, tc := range []struct {
		text   string
		want   []string
		orally bool
	}{
		{"20. 在 2031 年 5 月 23 日第 12 次会议上，委员会通过了经口头修正的本届会议报告（E/CN.15/2031/L.1 和 Add.1-3）。",
			[]string{"E/CN.15/2031/L.1", "E/CN.15/2031/L.1/Add.1", "E/CN.15/2031/L.1/Add.2", "E/CN.15/2031/L.1/Add.3"}, true},
		{"工作组在闭幕会议上通过了本次会议报告（CAC/COSP/WG.4/2030/L.1）。", []string{"CAC/COSP/WG.4/2030/L.1"}, false},
		{"委员会通过了其第四十届会议的报告草稿（E/CN.7/2029/L.1/Add.2）。", []string{"E/CN.7/2029/L.1/Add.2"}, false},
		{"委员会通过了秘书长的报告（A/86/112）。", nil, false},
		{"缔约方会议通过了本届会议报告（CTOC/COP/2030/9）。", nil, false},
		{"大会通过了第三委员会的报告（A/C.3/85/L.9）。", nil, false},
	} {
		var got []string
		orally := false
		syms, ats := findSymbolsAt(tc.text)
		for _, r := range findReportDrafts(tc.text, syms, ats) {
			for _, d := range r.drafts {
				got = append(got, d.symbol)
			}
			orally = orally || r.orallyRevised
		}
		if !slices.Equal(got, tc.want) || orally != tc.orally {
			t.Errorf("findReportDrafts(%q) = %v orally %v, want %v %v", tc.text, got, orally, tc.want, tc.orally)
		}
	}
	for s, want := range map[string]bool{"通过了经口头修订的题为“甲”的决议草案": true, "经口头订正的决定草案": true, "通过了该决议草案，并作了口头发言": false} {
		if got := orallyRevised(s); got != want {
			t.Errorf("orallyRevised(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAdoptedAt: the meeting of an adoption, with a bracket that says which it was or
// without, the leftmost of the two.
func TestAdoptedAt(t *testing.T) {
	for _, tc := range []struct{ sentence, want string }{
		{"在 2031 年 6 月 3 日第 14 次会议（闭幕会议）上，委员会通过了决议草案", "14"},
		{"在第 2 次全体会议（开幕全体会议）上，理事会通过了决定草案", "2"},
		{"在第 5 次会议上，委员会通过了第 6 次会议（闭幕会议）的议程", "5"},
		{"在第 7 次会议（闭幕会议）上，在第 6 次会议上审议的草案获得通过", "7"},
		{"在第 7 次会议（第二部分）上，委员会通过了草案", ""},
	} {
		got := ""
		if w := adoptedAt(tc.sentence); w != nil {
			got = tc.sentence[w[8]:w[9]]
		}
		if got != tc.want {
			t.Errorf("adoptedAt(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestReportDraftMatches holds reportDraftMatches to reportDraftRE.
func TestReportDraftMatches(t *testing.T) {
	for _, s := range []string{
		"通过了经口头修订的本届会议报告（CTOC/COP/2024/L.1 和 Add.1-6）。",
		"通过了报告 （A/B/L.1）",
		"通过了报告草稿（E/CN.7/2029/L.1/Add.2）并通过了本次会议报告（X/L.1）",
		"通过了报告（短）通过了" + strings.Repeat("字", 41) + "报告（CTOC/COP/L.1）",
		"通过了" + strings.Repeat("字", 40) + "报告（CTOC/COP/L.1）",
		"通过了报告书报告（A/1/L.1）", "通过了报告（" + strings.Repeat("x", 161) + "）", "通过了报告（" + strings.Repeat("x", 160) + "）",
		"通过了。报告（A/1/L.1）", "通过了报告（A（1）/L.1）", "通过了报告草（A/1/L.1）", "通过了\xff报告（A/1/L.1）",
	} {
		got, want := reportDraftMatches(s), reportDraftRE.FindAllStringSubmatchIndex(s, -1)
		if len(got) != len(want) {
			t.Errorf("reportDraftMatches(%q) = %v, want %v", s, got, want)
			continue
		}
		for i := range got {
			if !slices.Equal(got[i], want[i]) {
				t.Errorf("reportDraftMatches(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestADraftAdoptedAsTheOneBefore: "通过了该决议草案" adopts the draft a sentence before
// named, with its title, submitter, later sponsors and meeting.
func TestADraftAdoptedAsTheOneBefore(t *testing.T) {
	for _, tc := range []struct {
		name, quote, before string
		back                bool
		want                draftBefore
	}{
		{"submitted, joined later", "委员会通过了该订正决定草案（案文见第一章B节第33/2号决定）",
			"2. 委员会审议了由智利和葡萄牙提交的题为“保护记者”的订正决定草案（E/CN.15/2025/L.3/Rev.1），后来加纳加入为提案国。", true,
			draftBefore{symbol: "E/CN.15/2025/L.3/Rev.1", submitter: "智利和葡萄牙", title: "保护记者", joined: []string{"加纳"}}},
		{"proposed, seconded, titled after, at a meeting", "理事会通过了经口头修正的该决议草案。",
			"在2021年6月3日第5次会议上，理事会审议了由日本和泰国提出、后经越南附议的决议草案，题为“海上安全”（E/2021/L.9）。", true,
			draftBefore{symbol: "E/2021/L.9", submitter: "日本和泰国", title: "海上安全", joined: []string{"越南"}}},
		{"the draft adopted in its own sentence", "会议通过了该决议草案（案文见第4/1号决议）",
			"会议通过了决议草案（CAC/COSP/2011/L.2）（案文见第4/2号决议）。", true, draftBefore{}},
		{"no 该", "会议通过了决议草案（案文见第4/1号决议）", "", false, draftBefore{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := refersBackToDraft(tc.quote); got != tc.back {
				t.Fatalf("refersBackToDraft = %v", got)
			}
			got, _ := lastDraftIn(tc.before)
			got.sentence, got.at = "", nil
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(draftBefore{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestAdoptionsOfTheDraftBefore: the draft, title, sponsors and meeting of "该决议草案" are
// those the sentence that named it gives, in the paragraph or the one before.
func TestAdoptionsOfTheDraftBefore(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"in the paragraph", "CTOC/COP/2030/9\n\n1. 在2030年10月18日第9次会议上，缔约方会议审议了由智利提交的题为“合作”的决议草案（CTOC/COP/2030/L.3），随后秘鲁加入为提案国。缔约方会议通过了该决议草案（案文见第一章A节第15/3号决议）。\n",
			[]string{"act:cop:resolution:15/3 DRAFTED_AS doc:CTOC/COP/2030/L.3", "act:cop:resolution:15/3 title=合作", "state:chl SPONSORED doc:CTOC/COP/2030/L.3 role=submitter", "state:per SPONSORED doc:CTOC/COP/2030/L.3 role=sponsor"}},
		{"in the paragraph before, its meeting", "E/CN.15/2031/20\n\n4. 在2031年5月20日第7次会议上，委员会审议了由日本和泰国提出、后经越南附议的决议草案，题为“海上安全”（E/CN.15/2031/L.9）。\n5. 委员会通过了经口头修正的该决议草案。（案文见第一章C节第40/2号决议。）\n",
			[]string{"act:ccpcj:resolution:40/2 DRAFTED_AS doc:E/CN.15/2031/L.9", "act:ccpcj:resolution:40/2 title=海上安全", "act:ccpcj:resolution:40/2 meeting=7",
				"state:jpn SPONSORED doc:E/CN.15/2031/L.9 role=submitter", "state:vnm SPONSORED doc:E/CN.15/2031/L.9 role=sponsor"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, tc.name+".txt", tc.text), tc.want, nil)
		})
	}
}

// TestADraftPutForwardAndSeconded: "由…提出、后经…附议的决议草案" names its submitters and
// those who joined them, in the sentence that adopts it too.
func TestADraftPutForwardAndSeconded(t *testing.T) {
	text := "E/CN.7/2032/15\n\n3. 在2032年3月18日第4次会议上，委员会通过了由摩洛哥和塞内加尔提出、后经马里附议的决议草案（E/CN.7/2032/L.5）（案文见第一章B节第75/2号决议）。\n"
	checkFacts(t, conventionFacts(t, "seconded.txt", text), []string{
		"act:cnd:resolution:75/2 DRAFTED_AS doc:E/CN.7/2032/L.5", "state:mar SPONSORED doc:E/CN.7/2032/L.5 role=submitter",
		"state:sen SPONSORED doc:E/CN.7/2032/L.5 role=submitter", "state:mli SPONSORED doc:E/CN.7/2032/L.5 role=sponsor"}, nil)
}

package graph_test

import (
	"encoding/json"
	"maps"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"copgraph/graph"
)

// familyTexts are texts of the family beside the corpus: a corrigendum to the report, a
// Commission's report that recommends a draft to the Council, a Council resolution that
// closes with its meeting, and a Commission's report of a session held in two parts.
var familyTexts = [][2]string{
	{"corr.txt", "联合国                                CTOC/COP/2012/15/Corr.2\n\n联合国打击跨国有组织犯罪\n公约缔约方会议\n\n" +
		"2012 年 10 月 15 日至 19 日在维也纳举行的联合国打击跨国有组织犯罪公约缔约方会议第六届会议的报告\n\n更正\n\n" +
		"1. 第 1 段，第 6/1 号决议，序言部分第 2 段\n 第二行，“2010 年”应改为“2011 年”。\n"},
	{"ccpcj.txt", "E/2013/30\nE/CN.15/2013/27\n\n预防犯罪和刑事司法委员会\n第二十二届会议报告\n\n" +
		"第一章\n\n提请经济及社会理事会注意或要求其采取行动的事项\n\nA. 建议经济及社会理事会通过的决议草案\n\n" +
		"1. 委员会建议经济及社会理事会通过下列决议草案：\n\n决议草案一\n\n打击贩运文化财产\n\n 经济及社会理事会，\n\n" +
		" 回顾其第 2010/19 号决议，\n\n 1. 请联合国毒品和犯罪问题办公室继续提供技术援助；\n\n 2. 又请秘书长提交报告。\n"},
	{"ecosoc.txt", "2014/23. 加强打击野生动植物非法贩运的国际合作\n\n 经济及社会理事会，\n\n 回顾其 2013 年 7 月 25 日第 2013/40 号决议，\n\n" +
		" 1. 请联合国毒品和犯罪问题办公室继续提供技术援助。\n\n2014 年 7 月 16 日\n第 36 次全体会议\n"},
	{"parts.txt", "E/2021/30\nE/CN.15/2021/17\n\n预防犯罪和刑事司法委员会\n第三十届会议报告\n\n第一章\n\n会议安排\n\n" +
		"1. 预防犯罪和刑事司法委员会第三十届会议于 2020 年 12 月 11 日在维也纳开幕，并于 2021 年 5 月 17 日至 21 日续会。\n\n" +
		"2. 委员会在 5 月 17 日第 2 次会议上审议了议程项目 3。\n"},
	{"year.txt", "CAC/COSP/2021/17\n\n联合国反腐败公约缔约国会议\n第九届会议报告\n\n第一章\n\n缔约国会议通过的决议和决定\n\nB. 决定\n\n" +
		"第 9/3 号决定\n\n缔约国会议第十届会议的举办地点\n\n 1. 决定缔约国会议第十届会议于 2023 年在美国亚特兰大举行；\n\n 2. 请秘书处作出必要安排。\n"},
}

// familyQuery asks what the texts add: who is asked by proposed mandates and by decided
// ones, the corrigendum's amendment seen from the act, and the Council's meeting.
const familyQuery = `{
  all: mandates(first: 1) { totalCount }
  proposed: mandates(proposed: true) { totalCount edges { act { number } verb addressee { ... on Actor { key } } paragraph { key } } }
  decided: mandates(proposed: false, first: 1) { totalCount }
  requestsProposed: mandates(proposed: true, relation: REQUESTS, verb: "请", first: 1) { totalCount }
  actors(nameEn: "United Nations Office on Drugs and Crime") { edges { node {
    proposed: mandates(proposed: true) { totalCount edges { proposed } }
    decided: mandates(proposed: false, first: 1) { totalCount edges { proposed } } } } }
  r61: act(kind: RESOLUTION, number: "6/1") {
    proposed: mandates(proposed: true) { totalCount }
    decided: mandates(proposed: false, first: 1) { totalCount }
    referencedIn { totalCount edges { relation verb quote source paragraph { key text } document { symbol revisionOf { symbol } } } }
    amendedIn: referencedIn(relation: AMENDS) { totalCount }
    recalledIn: referencedIn(relation: RECALLS) { totalCount }
  }
  r64: act(kind: RESOLUTION, number: "6/4") { referencedIn { edges { relation document { symbol } paragraph { localKey } } } }
  council: act(body: ECOSOC, kind: RESOLUTION, number: "2014/23") {
    meeting date
    adoptedIn { key number date plenary session { key body number } acts { number } }
    session { key number meetings { number } acts { edges { node { number } } } }
    mandates { edges { proposed } }
  }
  councilMandates: mandates(session: 2014, sessionBody: ECOSOC) { totalCount }
  recalled: act(body: ECOSOC, kind: RESOLUTION, number: "2013/40") { adoptedIn { key } session { key } }
  inParts: session(body: CCPCJ, number: 30) { startDate endDate parts { startDate endDate } meetings { number date } }
  atOnce: session(body: COP, number: 6) { year parts { startDate } }
  setForAYear: session(body: COSP, number: 10) { year place startDate }
}`

// TestFieldsAcrossTheFamily: the proposed filter, Act.referencedIn and the Council's
// meetings answer alike on both stores, and as the texts say.
func TestFieldsAcrossTheFamily(t *testing.T) {
	answers := map[string]string{}
	for name, s := range stores(t, familyTexts...) {
		srv := httptest.NewServer(graph.NewHandler(s, quiet))
		defer srv.Close()
		status, r, raw := post(t, srv, familyQuery)
		if status != 200 || len(r.Errors) > 0 {
			t.Fatalf("%s: status %d: %s", name, status, raw)
		}
		answers[name] = string(indent(t, r.Data))
	}
	if diff := cmp.Diff(answers["memstore"], answers["neo4jstore"]); diff != "" {
		t.Errorf("the stores answer differently (-memstore +neo4jstore):\n%s", diff)
	}
	if testing.Verbose() {
		t.Log(answers["memstore"])
	}
	type count struct{ TotalCount int }
	var a struct {
		All, Decided, RequestsProposed count
		Proposed                       struct {
			TotalCount int
			Edges      []struct {
				Act       *struct{ Number string }
				Verb      string
				Addressee struct{ Key string }
			}
		}
		Actors struct {
			Edges []struct {
				Node struct {
					Proposed, Decided struct {
						TotalCount int
						Edges      []struct{ Proposed bool }
					}
				}
			}
		}
		R61 struct {
			Proposed, Decided, AmendedIn, RecalledIn count
			ReferencedIn                             struct {
				TotalCount int
				Edges      []struct {
					Relation, Quote, Source string
					Verb                    *string
					Paragraph               struct{ Key string }
					Document                struct {
						Symbol     string
						RevisionOf struct{ Symbol string }
					}
				}
			}
		}
		R64 struct {
			ReferencedIn struct {
				Edges []struct {
					Relation string
					Document struct{ Symbol string }
				}
			}
		}
		Council struct {
			Meeting   string
			AdoptedIn struct {
				Key     string
				Number  int
				Date    string
				Plenary bool
				Session struct {
					Key    string
					Body   string
					Number int
				}
				Acts []struct{ Number string }
			}
			Session struct {
				Key      string
				Meetings []struct{ Number int }
			}
		}
		CouncilMandates count
		InParts         struct {
			StartDate, EndDate string
			Parts              []struct{ StartDate, EndDate string }
			Meetings           []struct {
				Number int
				Date   string
			}
		}
		AtOnce struct {
			Year  *int
			Parts []struct{ StartDate string }
		}
		SetForAYear struct {
			Year      *int
			Place     string
			StartDate *string
		}
		Recalled struct {
			AdoptedIn *struct{ Key string }
			Session   struct{ Key string }
		}
	}
	if err := json.Unmarshal([]byte(answers["memstore"]), &a); err != nil {
		t.Fatal(err)
	}
	// proposed splits the mandates in two: the recommended draft's two requests and the
	// Commission's recommendation that the Council adopt it (no act has decided them),
	// and the rest.
	if a.Proposed.TotalCount != 3 || a.Proposed.TotalCount+a.Decided.TotalCount != a.All.TotalCount || a.RequestsProposed.TotalCount != 2 {
		t.Errorf("proposed %d + decided %d != all %d, or the proposed requests are %d, want 3 and 2", a.Proposed.TotalCount, a.Decided.TotalCount, a.All.TotalCount, a.RequestsProposed.TotalCount)
	}
	verbs := map[string]int{}
	for _, e := range a.Proposed.Edges {
		verbs[e.Verb+" "+e.Addressee.Key]++
		if e.Act != nil {
			t.Errorf("a proposed mandate of act %v: a draft's and a report's have none", e.Act)
		}
	}
	if verbs["建议 actor:ecosoc"] != 1 || verbs["请 actor:unodc"] != 1 {
		t.Errorf("the proposed mandates by verb and addressee: %v, want 建议 to the Council and 请 to UNODC among them", verbs)
	}
	if len(a.Actors.Edges) != 1 {
		t.Fatalf("UNODC: %+v", a.Actors)
	}
	unodc := a.Actors.Edges[0].Node
	if unodc.Proposed.TotalCount != 1 || !unodc.Proposed.Edges[0].Proposed || unodc.Decided.TotalCount == 0 || unodc.Decided.Edges[0].Proposed {
		t.Errorf("UNODC's mandates: %+v", unodc)
	}
	if a.R61.Proposed.TotalCount != 0 || a.R61.Decided.TotalCount == 0 {
		t.Errorf("6/1's mandates: proposed %d, decided %d", a.R61.Proposed.TotalCount, a.R61.Decided.TotalCount)
	}
	// The corrigendum's amendment is seen from the act it amends, with its document.
	var amends int
	for _, e := range a.R61.ReferencedIn.Edges {
		if e.Relation == "AMENDS" {
			amends++
			if e.Document.Symbol != "CTOC/COP/2012/15/Corr.2" || e.Document.RevisionOf.Symbol != "CTOC/COP/2012/15" ||
				e.Paragraph.Key != "doc:CTOC/COP/2012/15/Corr.2#n1" || e.Source != "doc:CTOC/COP/2012/15/Corr.2" || e.Verb != nil {
				t.Errorf("the amendment: %+v", e)
			}
		}
	}
	if amends != 1 || a.R61.AmendedIn.TotalCount != 1 || a.R61.RecalledIn.TotalCount != 0 {
		t.Errorf("6/1 is amended in %d paragraphs (filtered: %d), recalled in %d; want 1, 1, 0: %+v", amends, a.R61.AmendedIn.TotalCount, a.R61.RecalledIn.TotalCount, a.R61.ReferencedIn)
	}
	// The report's narrative refers to 6/4 too.
	if e := a.R64.ReferencedIn.Edges; len(e) == 0 || e[0].Document.Symbol != "CTOC/COP/2012/15" {
		t.Errorf("6/4 referenced in %+v, want the report's narrative", e)
	}
	// The Council's act is adopted in a meeting of its year's session.
	c := a.Council
	if c.Meeting != "36" || c.AdoptedIn.Key != "meeting:ecosoc:2014:36" || c.AdoptedIn.Date != "2014-07-16" || !c.AdoptedIn.Plenary ||
		c.AdoptedIn.Session.Key != "session:ecosoc:2014" || c.AdoptedIn.Session.Body != "ECOSOC" || c.AdoptedIn.Session.Number != 2014 ||
		len(c.AdoptedIn.Acts) != 1 || c.Session.Key != "session:ecosoc:2014" || len(c.Session.Meetings) != 1 {
		t.Errorf("the Council's act: %+v", c)
	}
	if a.CouncilMandates.TotalCount != 1 {
		t.Errorf("the mandates of the Council's 2014 session = %d, want 1", a.CouncilMandates.TotalCount)
	}
	// A session held in two parts lists them, and dates its meetings by the part they fall
	// in; a session held at once has none.
	p := a.InParts
	if p.StartDate != "2020-12-11" || p.EndDate != "2021-05-21" || len(p.Parts) != 2 ||
		p.Parts[0].StartDate != "2020-12-11" || p.Parts[0].EndDate != "2020-12-11" || p.Parts[1].StartDate != "2021-05-17" || p.Parts[1].EndDate != "2021-05-21" ||
		len(p.Meetings) != 1 || p.Meetings[0].Date != "2021-05-17" {
		t.Errorf("the session held in parts: %+v", p)
	}
	if len(a.AtOnce.Parts) != 0 {
		t.Errorf("COP 6, held at once, has parts %+v", a.AtOnce.Parts)
	}
	// A session's year is its first day's, or the year a decision set it for before its
	// days were known.
	if a.AtOnce.Year == nil || *a.AtOnce.Year != 2012 {
		t.Errorf("COP 6's year = %v, want 2012 (from its first day)", a.AtOnce.Year)
	}
	if y := a.SetForAYear; y.Year == nil || *y.Year != 2023 || y.Place != "美国亚特兰大" || y.StartDate != nil {
		t.Errorf("COSP 10, set for 2023 in Atlanta: %+v", y)
	}
	if a.Recalled.AdoptedIn != nil || a.Recalled.Session.Key != "session:ecosoc:2013" {
		t.Errorf("a recalled Council act: %+v, want its session and no meeting", a.Recalled)
	}
}

// TestEveryMandateRelationAnswers: the relations of mandates the loader writes, the recent
// ones too (授权, 建议 to another body, 应), are values of MandateRelation on both stores;
// one the schema lacked would fail the whole field.
func TestEveryMandateRelationAnswers(t *testing.T) {
	text := "第 9/1 号决议\n\n加强国际合作\n\n 缔约方会议，\n\n 1. 建议经济及社会理事会鼓励会员国加强合作；\n\n" +
		" 2. 授权缔约方会议主席团处理闭会期间的事项；\n\n 3. 缔约国应考虑提供资源。\n"
	const query = `{ act(kind: RESOLUTION, number: "9/1") { mandates { edges { relation proposed addressee { ... on Actor { key } } } } } }`
	for name, s := range stores(t, [2]string{"rec.txt", text}) {
		var a struct {
			Act struct {
				Mandates struct {
					Edges []struct {
						Relation  string
						Proposed  bool
						Addressee struct{ Key string }
					}
				}
			}
		}
		ask(t, name, s, query, &a)
		got := map[string]bool{}
		for _, e := range a.Act.Mandates.Edges {
			got[e.Relation+" "+e.Addressee.Key] = true
		}
		for _, want := range []string{"RECOMMENDS actor:ecosoc", "AUTHORIZES actor:bureau", "SHOULD actor:states-parties"} {
			if !got[want] {
				t.Errorf("%s: no mandate %s in %v", name, want, got)
			}
		}
	}
}

// TestEveryStatementKindAnswers: the kinds of statement the loader writes, the recent ones
// too (an explanation of position, a reply, a panelist), are values of StatementKind on
// both stores; one the schema lacked would answer a value no typed client knows.
func TestEveryStatementKindAnswers(t *testing.T) {
	text := "CTOC/COP/2030/9\n\n联合国打击跨国有组织犯罪\n公约缔约方会议\n\n" +
		"2030 年 10 月 7 日至 11 日在维也纳举行的联合国打击跨国有组织犯罪公约缔约方会议第十五届会议的报告\n\n第二章\n\n审议情况\n\n" +
		"1. 在 2030 年 10 月 8 日第 3 次会议上，缔约方会议审议了议程项目 4。\n\n" +
		"2. 小组成员有：Ana Pereira（葡萄牙）、Kofi Mensah（加纳）和 Chen Jie（中国）。\n\n" +
		"3. 在同次会议上，芬兰代表代表欧洲联盟作了解释立场的发言。\n\n4. 阿塞拜疆代表行使答辩权作了发言。\n"
	const query = `{ session(body: COP, number: 15) { agenda { number statements { edges { kind meeting onBehalfOf speaker { key } } } } } }`
	for name, s := range stores(t, [2]string{"kinds.txt", text}) {
		var a struct {
			Session struct {
				Agenda []struct {
					Number     string
					Statements struct {
						Edges []struct {
							Kind       string
							Meeting    *string
							OnBehalfOf *string
							Speaker    struct{ Key string }
						}
					}
				}
			}
		}
		ask(t, name, s, query, &a)
		got := map[string]string{}
		for _, item := range a.Session.Agenda {
			for _, e := range item.Statements.Edges {
				got[e.Speaker.Key] = item.Number + " " + e.Kind
				if e.Kind == "EXPLANATION" && (e.Meeting == nil || *e.Meeting != "3" || e.OnBehalfOf == nil) {
					t.Errorf("%s: the explanation of position: meeting %v, on behalf of %v; want the same meeting, 3, and the Union", name, e.Meeting, e.OnBehalfOf)
				}
			}
		}
		want := map[string]string{"state:fin": "4 EXPLANATION", "state:aze": "4 REPLY", "person:Ana Pereira": "4 PANELIST", "person:Kofi Mensah": "4 PANELIST", "person:Chen Jie": "4 PANELIST"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: statements by speaker (-want +got):\n%s", name, diff)
		}
	}
}

// TestASpecialSession: an act of a special session of the Assembly hangs on that session,
// which says it is special, and on its meeting; both stores answer alike.
func TestASpecialSession(t *testing.T) {
	text := "S-32/1. 我们对有效应对腐败挑战和采取措施预防和打击腐败及加强国际合作的共同承诺\n\n 大会，\n\n 通过本决议所附政治宣言。\n\n2021 年 6 月 2 日\n第 1 次全体会议\n"
	const query = `{ act(body: GA, kind: RESOLUTION, number: "S-32/1") { session { key number special } adoptedIn { key date session { key } } }
  regular: session(body: COP, number: 6) { special } }`
	for name, s := range stores(t, [2]string{"s32.txt", text}) {
		var a struct {
			Act struct {
				Session struct {
					Key     string
					Number  int
					Special bool
				}
				AdoptedIn struct {
					Key, Date string
					Session   struct{ Key string }
				}
			}
			Regular struct{ Special bool }
		}
		ask(t, name, s, query, &a)
		if s := a.Act.Session; s.Key != "session:ga:s-32" || s.Number != 32 || !s.Special || a.Regular.Special {
			t.Errorf("%s: the special session %+v, COP 6 special %v", name, s, a.Regular.Special)
		}
		if m := a.Act.AdoptedIn; m.Key != "meeting:ga:s-32:1" || m.Date != "2021-06-02" || m.Session.Key != "session:ga:s-32" {
			t.Errorf("%s: adopted in %+v", name, m)
		}
	}
}

// TestWhatDraftsAndReportsSay: the facts read from family documents the loader once missed
// answer alike on both stores: an L. draft's sponsors (one for a group of States) and the
// group it proposes to set up; a report adopted from its L. documents as orally revised,
// with acts so revised and statements timed against the adoption; statements at a meeting
// between sessions.
func TestWhatDraftsAndReportsSay(t *testing.T) {
	var texts [][2]string
	for _, f := range []string{"family13/d13.txt", "family12/d05.gb18030.txt", "family12/d17.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "loader", "testdata", "review", f))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, [2]string{filepath.Base(f), string(data)})
	}
	const query = `{
  draft: document(symbol: "A/79/L.41") { roles sponsors { actor { key } onBehalfOf }
    draftOf { number } }
  groups: workingGroups(first: 200) { edges { node { key establishedBy { edges { act { number } draft { symbol } proposed verb } } } } }
  report: document(symbol: "CTOC/COP/2024/9") { orallyRevised drafts { symbol draftOfReport { symbol } draftOf { number } } }
  l1: document(symbol: "CTOC/COP/2024/L.1") { draftOf { number } draftOfReport { symbol } }
  r122: act(kind: RESOLUTION, number: "12/2") { orallyRevised }
  d122: act(kind: DECISION, number: "12/2") { orallyRevised }
  ccpcj: session(body: CCPCJ, number: 34) { statements { edges { speaker { key } intersessional date meeting } } }
  cop: session(body: COP, number: 12) { agenda { number statements { edges { speaker { key } timing } } } }
}`
	for name, s := range stores(t, texts...) {
		var a struct {
			Draft struct {
				Roles    []string
				Sponsors []struct {
					Actor      struct{ Key string }
					OnBehalfOf *string
				}
				DraftOf *struct{ Number string }
			}
			Groups struct {
				Edges []struct {
					Node struct {
						Key           string
						EstablishedBy struct {
							Edges []struct {
								Act      *struct{ Number string }
								Draft    *struct{ Symbol string }
								Proposed bool
								Verb     string
							}
						}
					}
				}
			}
			Report struct {
				OrallyRevised bool
				Drafts        []struct {
					Symbol        string
					DraftOfReport *struct{ Symbol string }
					DraftOf       *struct{ Number string }
				}
			}
			L1 struct {
				DraftOf       *struct{ Number string }
				DraftOfReport *struct{ Symbol string }
			}
			R122, D122 struct{ OrallyRevised bool }
			CCPCJ      struct {
				Statements struct {
					Edges []struct {
						Speaker        struct{ Key string }
						Intersessional bool
						Date           *string
						Meeting        *string
					}
				}
			}
			COP struct {
				Agenda []struct {
					Number     string
					Statements struct {
						Edges []struct {
							Speaker struct{ Key string }
							Timing  *string
						}
					}
				}
			}
		}
		ask(t, name, s, query, &a)
		// The L. draft: its sponsors, Canada for the Union's States; a draft of no act yet.
		var canada *string
		for _, sp := range a.Draft.Sponsors {
			if sp.Actor.Key == "state:can" {
				canada = sp.OnBehalfOf
			}
		}
		if !slices.Contains(a.Draft.Roles, "DRAFT") || len(a.Draft.Sponsors) < 2 || canada == nil || a.Draft.DraftOf != nil {
			t.Errorf("%s: the L. draft: %+v (Canada on behalf of %v)", name, a.Draft, canada)
		}
		// The group it proposes to set up: no act, the draft, proposed.
		proposals := 0
		for _, g := range a.Groups.Edges {
			for _, e := range g.Node.EstablishedBy.Edges {
				if e.Draft != nil {
					proposals++
					if e.Act != nil || !e.Proposed || e.Draft.Symbol != "A/79/L.41" || e.Verb == "" {
						t.Errorf("%s: %s proposed by %+v", name, g.Node.Key, e)
					}
				} else if e.Act == nil || e.Proposed {
					t.Errorf("%s: %s established by %+v: an act, decided", name, g.Node.Key, e)
				}
			}
		}
		if proposals != 1 {
			t.Errorf("%s: %d groups proposed by a draft, want 1", name, proposals)
		}
		// The report, orally revised, from L.1 and its six addenda: drafts of the report,
		// of no act.
		if !a.Report.OrallyRevised || len(a.Report.Drafts) != 7 {
			t.Errorf("%s: the report: revised %v, drafts %+v", name, a.Report.OrallyRevised, a.Report.Drafts)
		}
		for _, d := range a.Report.Drafts {
			if d.DraftOfReport == nil || d.DraftOfReport.Symbol != "CTOC/COP/2024/9" || d.DraftOf != nil {
				t.Errorf("%s: draft %+v", name, d)
			}
		}
		if a.L1.DraftOf != nil || a.L1.DraftOfReport == nil {
			t.Errorf("%s: L.1 %+v, want the report's draft and no act's", name, a.L1)
		}
		if !a.R122.OrallyRevised || a.D122.OrallyRevised {
			t.Errorf("%s: orally revised: resolution 12/2 %v (want true), decision 12/2 %v (want false)", name, a.R122.OrallyRevised, a.D122.OrallyRevised)
		}
		// Statements at a meeting between sessions: dated, no meeting of the session.
		between := 0
		for _, e := range a.CCPCJ.Statements.Edges {
			if e.Intersessional {
				between++
				if e.Date == nil || *e.Date != "2025-02-24" || e.Meeting != nil {
					t.Errorf("%s: intersessional statement %+v", name, e)
				}
			}
		}
		if between != 4 {
			t.Errorf("%s: %d intersessional statements, want 4", name, between)
		}
		// Timed statements: the United Kingdom before the adoption, Russia and Iran after.
		timing := map[string]string{}
		for _, item := range a.COP.Agenda {
			for _, e := range item.Statements.Edges {
				if e.Timing != nil {
					timing[e.Speaker.Key] = *e.Timing
				}
			}
		}
		if want := map[string]string{"state:gbr": "BEFORE", "state:rus": "AFTER", "state:irn": "AFTER"}; !maps.Equal(timing, want) {
			t.Errorf("%s: timing %v, want %v", name, timing, want)
		}
	}
}

// TestStatementsSayWhatTheyExplainAndWhere: an explanation of vote answers the act it
// explains and its meeting; a statement the report places at two meetings without saying
// at which answers both, and no single meeting (family14 d09 and d01, on both stores).
func TestStatementsSayWhatTheyExplainAndWhere(t *testing.T) {
	var texts [][2]string
	for _, f := range []string{"family14/d09.txt", "family14/d01.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "loader", "testdata", "review", f))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, [2]string{filepath.Base(f), string(data)})
	}
	const query = `{
  cosp: session(body: COSP, number: 10) { statements(first: 500) { edges { speaker { key } kind timing meeting meetings explains { number } } } }
  cop: session(body: COP, number: 12) { agenda { number statements(first: 500) { edges { speaker { key } meeting meetings explains { number } } } } }
}`
	type statement struct {
		Speaker  struct{ Key string }
		Kind     string
		Timing   *string
		Meeting  *string
		Meetings []string
		Explains *struct{ Number string }
	}
	for name, s := range stores(t, texts...) {
		var a struct {
			COSP struct{ Statements struct{ Edges []statement } }
			COP  struct {
				Agenda []struct {
					Number     string
					Statements struct{ Edges []statement }
				}
			}
		}
		ask(t, name, s, query, &a)
		explained := map[string]string{}
		for _, e := range a.COSP.Statements.Edges {
			if e.Explains != nil {
				if e.Meeting == nil || *e.Meeting != "8" || !slices.Equal(e.Meetings, []string{"8"}) {
					t.Errorf("%s: %s explains %s at meeting %v (%v), want 8", name, e.Speaker.Key, e.Explains.Number, e.Meeting, e.Meetings)
				}
				explained[e.Speaker.Key] = e.Explains.Number
			}
		}
		if explained["state:rus"] != "10/5" || explained["state:irn"] != "10/5" {
			t.Errorf("%s: explanations %v, want rus and irn on 10/5", name, explained)
		}
		both := 0
		for _, it := range a.COP.Agenda {
			for _, e := range it.Statements.Edges {
				if slices.Equal(e.Meetings, []string{"3", "4"}) {
					both++
					if e.Meeting != nil {
						t.Errorf("%s: %s at meetings 3 and 4 answers the one meeting %s", name, e.Speaker.Key, *e.Meeting)
					}
				}
			}
		}
		if both == 0 {
			t.Errorf("%s: no statement at meetings 3 and 4 on COP-12's agenda", name)
		}
	}
}

// TestAgendaItemsKeepTheirScheduledDays: an organisation of work's table gives each item
// the days it is set for, and an item of a session with no such table answers none
// (family12 d09 and the corpus, on both stores).
func TestAgendaItemsKeepTheirScheduledDays(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "loader", "testdata", "review", "family12", "d09.txt"))
	if err != nil {
		t.Fatal(err)
	}
	const query = `{ session(body: COP, number: 12) { agenda { number scheduled } }
  cop6: session(body: COP, number: 6) { agenda { number scheduled } } }`
	for name, s := range stores(t, [2]string{"d09.txt", string(data)}) {
		var a struct {
			Session, COP6 struct {
				Agenda []struct {
					Number    string
					Scheduled []string
				}
			}
		}
		ask(t, name, s, query, &a)
		if len(a.COP6.Agenda) == 0 {
			t.Errorf("%s: the corpus's session has no agenda", name)
		}
		for _, it := range a.COP6.Agenda {
			if len(it.Scheduled) != 0 {
				t.Errorf("%s: COP-6 item %s scheduled %v, want none", name, it.Number, it.Scheduled)
			}
		}
		got := map[string][]string{}
		for _, it := range a.Session.Agenda {
			got[it.Number] = it.Scheduled
		}
		for number, want := range map[string][]string{"1(a)": {"2024-10-14"}, "3": {"2024-10-15"}, "9": {"2024-10-18"}} {
			if !slices.Equal(got[number], want) {
				t.Errorf("%s: item %s scheduled %v, want %v (agenda %v)", name, number, got[number], want, got)
			}
		}
	}
}

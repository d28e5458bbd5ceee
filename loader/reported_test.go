package loader

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"copgraph/kg"
)

// mandateFacts parses text and returns its MANDATES as "start -[relation]-> end act=… proposed=…"
// (act and proposed as the relationship holds them, <nil> where it holds none).
func mandateFacts(t *testing.T, name, text string) map[string]bool {
	t.Helper()
	g, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	have := map[string]bool{}
	for _, r := range g.Relationships {
		if r.Type == kg.RelMandates {
			have[fmt.Sprintf("%s -[%v]-> %s act=%v proposed=%v", r.Start, r.Properties.Get(kg.PropRelation), r.End, r.Properties.Get(kg.PropAct), r.Properties.Get(kg.PropProposed))] = true
		}
	}
	return have
}

// TestReportedMandates: what a text tells an act it names asked ("…第 N 号决议中请…", "…号
// 决议，其中…请…") is that act's mandate, from the paragraph that tells it; the text's own
// requests stay its own. Bodies, numbers and phrasings other than the reviewers'.
func TestReportedMandates(t *testing.T) {
	const cnd = "联合国                                                E/CN.7/2031/4\n\n麻醉药品委员会\n第七十四届会议\n\n 秘书处的说明\n\n"
	const cosp = "联合国反腐败公约缔约国会议第十四届会议报告\n\n"
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"a note tells two requests of one act, joined by 并",
			cnd + "1. 麻醉药品委员会在其第 73/5 号决议中，请毒品和犯罪问题办公室编写报告，并鼓励会员国提供资料。\n",
			[]string{"doc:E/CN.7/2031/4#n1 -[requests]-> actor:unodc act=act:cnd:resolution:73/5 proposed=<nil>",
				"doc:E/CN.7/2031/4#n1 -[encourages]-> actor:member-states act=act:cnd:resolution:73/5 proposed=<nil>"},
			[]string{"doc:E/CN.7/2031/4#n1 -[requests]-> actor:unodc act=<nil> proposed=true"}},
		{"two lists of acts joined by 以及 ask together",
			cnd + "1. 委员会在其第 72/1 号决议中，以及第 71/102 号决定中，请秘书处提交报告。\n",
			[]string{"doc:E/CN.7/2031/4#n1 -[requests]-> actor:secretariat act=act:cnd:resolution:72/1 proposed=<nil>",
				"doc:E/CN.7/2031/4#n1 -[requests]-> actor:secretariat act=act:cnd:decision:71/102 proposed=<nil>"}, nil},
		{"each act its own words: the next act named in the sentence asks what follows it",
			cosp + "1. 缔约国会议在第 12/3 号决议中请秘书处编写研究报告，并在第 13/2 号决议中邀请会员国提供资料。\n",
			[]string{"doc:file:r.txt#n1 -[requests]-> actor:secretariat act=act:cosp:resolution:12/3 proposed=<nil>",
				"doc:file:r.txt#n1 -[invites]-> actor:member-states act=act:cosp:resolution:13/2 proposed=<nil>"},
			[]string{"doc:file:r.txt#n1 -[invites]-> actor:member-states act=act:cosp:resolution:12/3 proposed=<nil>"}},
		{"another body's act, its words after 其中 and the body's name",
			"第 35/2 号决议\n\n 预防犯罪和刑事司法委员会，\n 回顾经济及社会理事会第 2030/14 号决议，其中理事会请会员国加强合作，\n 1. 请秘书处报告执行情况。\n",
			[]string{"act:ccpcj:resolution:35/2#pp1 -[requests]-> actor:member-states act=act:ecosoc:resolution:2030/14 proposed=<nil>",
				"act:ccpcj:resolution:35/2#op1 -[requests]-> actor:secretariat act=act:ccpcj:resolution:35/2 proposed=<nil>"},
			[]string{"act:ccpcj:resolution:35/2#pp1 -[requests]-> actor:member-states act=act:ccpcj:resolution:35/2 proposed=<nil>"}},
		{"an act's clause that notes another act's request asks nothing itself",
			"第 35/3 号决议\n\n 预防犯罪和刑事司法委员会，\n 1. 注意到大会在其第 85/17 号决议中，请秘书长提交报告；\n",
			[]string{"act:ccpcj:resolution:35/3#op1 -[requests]-> actor:secretary-general act=act:ga:resolution:85/17 proposed=<nil>"},
			[]string{"act:ccpcj:resolution:35/3#op1 -[requests]-> actor:secretary-general act=act:ccpcj:resolution:35/3 proposed=<nil>"}},
		{"what an act holds (中的) is no words of its own",
			"第 35/4 号决议\n\n 预防犯罪和刑事司法委员会，\n 1. 请秘书处落实第 34/6 号决议中的建议；\n",
			[]string{"act:ccpcj:resolution:35/4#op1 -[requests]-> actor:secretariat act=act:ccpcj:resolution:35/4 proposed=<nil>"},
			[]string{"act:ccpcj:resolution:35/4#op1 -[requests]-> actor:secretariat act=act:ccpcj:resolution:34/6 proposed=<nil>"}},
		{"a bare 工作组 in a group's report is the group",
			"关于 2031 年 9 月 1 日至 3 日在维也纳举行的预防腐败问题工作组会议的报告\n\n1. 缔约国会议在其第 13/4 号决议中请工作组继续审议良好做法。\n",
			[]string{"doc:file:r.txt#n1 -[requests]-> wg:uncac-prevention act=act:cosp:resolution:13/4 proposed=<nil>"}, nil},
		{"an act that recommends another ask proposes it",
			cnd + "1. 委员会在其第 73/8 号决议中建议经济及社会理事会请秘书长提交报告。\n",
			[]string{"doc:E/CN.7/2031/4#n1 -[recommends]-> actor:ecosoc act=act:cnd:resolution:73/8 proposed=<nil>",
				"doc:E/CN.7/2031/4#n1 -[requests]-> actor:secretary-general act=act:cnd:resolution:73/8 proposed=true"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, mandateFacts(t, "r.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestAReportAsksInALaterSentenceOrClause: a report's body asks by its common noun at the
// head of any sentence of a paragraph, and after a clause that recalls what it builds on.
func TestAReportAsksInALaterSentenceOrClause(t *testing.T) {
	const head = "关于 2031 年 6 月 2 日至 4 日在维也纳举行的网络犯罪问题专家组会议的报告\n\n"
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"the second sentence's subject asks",
			head + "1. 在第 3 次会议上，专家组审议了议程项目 4。专家组请秘书处分发调查问卷。\n",
			[]string{"doc:file:r.txt#n1 -[requests]-> actor:secretariat act=<nil> proposed=true"}, nil},
		{"a request after a recall, in one sentence",
			head + "1. 专家组回顾经济及社会理事会第 2030/9 号决议，邀请会员国提供资料。\n",
			[]string{"doc:file:r.txt#n1 -[invites]-> actor:member-states act=<nil> proposed=true"}, nil},
		{"what the body decided to do asks no one",
			head + "1. 专家组审议了议程项目 5，决定将该项目列入下届会议议程。\n", nil, nil},
		{"a speaker's request is no body's",
			head + "1. 专家组审议了议程项目 5。一位发言者请秘书处提供更多资料。\n", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			have := mandateFacts(t, "r.txt", tc.text)
			checkFacts(t, have, tc.want, tc.wantNot)
			if tc.want == nil && len(have) > 0 {
				t.Errorf("mandates %v, want none", have)
			}
		})
	}
}

// TestAddresseesByShape: a mandate holder's title and a task force's full name are
// addressees the lexicon need not list; a bare title is the holder the act named before,
// and a bare task force none.
func TestAddresseesByShape(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"a Special Rapporteur and an independent expert by title",
			"第 61/3 号决议\n\n 人权理事会，\n 1. 请移民人权问题特别报告员提交报告；\n 2. 请老年人享有所有人权问题独立专家与各国合作；\n",
			[]string{"act:hrc:resolution:61/3#op1 -[requests]-> actor:移民人权问题特别报告员 act=act:hrc:resolution:61/3 proposed=<nil>",
				"act:hrc:resolution:61/3#op2 -[requests]-> actor:老年人享有所有人权问题独立专家 act=act:hrc:resolution:61/3 proposed=<nil>"}, nil},
		{"the bare title is the mandate the act named",
			"第 61/4 号决议\n\n 人权理事会，\n 欢迎贩运人口问题特别报告员的工作，\n 1. 请特别报告员继续开展工作；\n",
			[]string{"act:hrc:resolution:61/4#op1 -[requests]-> actor:sr-trafficking act=act:hrc:resolution:61/4 proposed=<nil>"},
			[]string{"act:hrc:resolution:61/4#op1 -[requests]-> actor:特别报告员 act=act:hrc:resolution:61/4 proposed=<nil>"}},
		{"the Task Force by its older name; a regional one by shape; a bare one none",
			"第 14/2 号决议\n\n 联合国反腐败公约缔约国会议，\n 1. 邀请反洗钱金融行动特别工作组继续合作；\n 2. 邀请中东和北非金融行动特别工作组提供资料；\n 3. 请特别工作组继续合作；\n",
			[]string{"act:cosp:resolution:14/2#op1 -[invites]-> actor:fatf act=act:cosp:resolution:14/2 proposed=<nil>",
				"act:cosp:resolution:14/2#op2 -[invites]-> actor:中东和北非金融行动特别工作组 act=act:cosp:resolution:14/2 proposed=<nil>"},
			[]string{"act:cosp:resolution:14/2#op2 -[invites]-> actor:fatf act=act:cosp:resolution:14/2 proposed=<nil>",
				"act:cosp:resolution:14/2#op3 -[requests]-> actor:特别工作组 act=act:cosp:resolution:14/2 proposed=<nil>"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, mandateFacts(t, "r.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestActsNamedBySubject: "大会关于…的第 N 号决议" names the Assembly's act, with the date
// and verb before the subject; with no body before 关于, the text's own.
func TestActsNamedBySubject(t *testing.T) {
	type ref struct{ ID, Verb, Date string }
	for _, tc := range []struct {
		name, text string
		want       []ref
	}{
		{"the Council by subject", "回顾经济及社会理事会关于打击网络犯罪的第 2031/7 号决议",
			[]ref{{"act:ecosoc:resolution:2031/7", "回顾", ""}}},
		{"the Assembly, dated, by subject", "注意到大会2030年12月4日关于预防犯罪的第 85/190 号决议",
			[]ref{{"act:ga:resolution:85/190", "注意到", "2030-12-04"}}},
		{"the Human Rights Council's list by subject", "重申人权理事会关于移民问题的第 60/12 号和第 61/3 号决议",
			[]ref{{"act:hrc:resolution:60/12", "重申", ""}, {"act:hrc:resolution:61/3", "重申", ""}}},
		{"no body before the subject: the text's own", "回顾关于枪支的第 7/2 号决议",
			[]ref{{"act:cop:resolution:7/2", "回顾", ""}}},
		{"a subject that spans a clause is none", "大会审议了该问题，并关于枪支的第 7/3 号决议",
			[]ref{{"act:cop:resolution:7/3", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []ref
			for _, m := range findActRefs(tc.text, kg.BodyCOP) {
				got = append(got, ref{m.key.ID(), m.verb, m.date})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestEstablishedByTheActASentenceTells: a group set up in a later clause of the words a
// sentence tells of an act is the act's.
func TestEstablishedByTheActASentenceTells(t *testing.T) {
	text := "联合国反腐败公约缔约国会议第十四届会议报告\n\n1. 缔约国会议在其题为“预防”的第 2/4 号决议中，核可了有关建议，并设立了预防腐败问题工作组。\n"
	checkFacts(t, conventionFacts(t, "r.txt", text), []string{"act:cosp:resolution:2/4 ESTABLISHES wg:uncac-prevention"}, nil)
}

// FuzzReported: the readers of what a text tells an act asked keep to the text: stretches in
// order and apart within it, a head before a subject that is a prefix of the text, and
// mandates within it.
func FuzzReported(f *testing.F) {
	f.Add("缔约国会议在其第10/6号决议中，请工作组审议，并在第 11/2 号决议中邀请会员国。")
	f.Add("回顾第 5/1 号决议，其中理事会请各国；第 5/2 号决议中的建议")
	f.Add("大会关于小武器的第 78/48 号决议。委员会回顾其第 1/2 号决议，请秘书处报告。")
	f.Add("在其第 1/2 号决议中，以及第 3/4 号决定中，请特别报告员提交报告，邀请中东金融行动特别工作组合作")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		last := -1
		for _, s := range reportedSpans(text, nil) {
			if s.refEnd < last || s.refEnd > s.start || s.start > s.end || s.end > len(text) {
				t.Fatalf("reportedSpans(%q): %+v after %d", text, s, last)
			}
			last = s.end
		}
		if head, ok := subjectBefore(text); ok && !strings.HasPrefix(text, head) {
			t.Fatalf("subjectBefore(%q) = %q", text, head)
		}
		_ = asksLater(text)
		_ = subjectAsks(text)
		refs := findActRefs(text, kg.BodyCOP)
		n := utf8.RuneCountInString(text)
		for _, m := range findReportedMandates(text, refs, "", findEntities(text), nil) {
			if m.start < 0 || m.end > n || m.start > m.end {
				t.Fatalf("findReportedMandates(%q): %+v", text, m)
			}
		}
		for at := 0; at <= len(text); at++ {
			_ = reportedActAt(text, at, refs)
		}
		_ = unknownOrganization(text)
	})
}

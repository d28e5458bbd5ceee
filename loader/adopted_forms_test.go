package loader

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"copgraph/kg"
)

// conventionFacts parses a small document and states its graph as lines a test can look
// for: each node's id, its labels as "id label=Draft", and its adopted, date, meeting,
// withoutVote, plenary, votes, days and the like as "id prop=value"; each relationship as
// "start TYPE end", and with its relation, verb, role, statement, timing or onBehalfOf as
// "start TYPE end relation=…", "… onBehalfOf=…".
func conventionFacts(t *testing.T, name, text string) map[string]bool {
	t.Helper()
	g, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	have := map[string]bool{}
	for _, n := range g.Nodes {
		have[n.ID] = true
		for _, l := range n.Labels {
			have[n.ID+" label="+l] = true
		}
		for _, k := range []string{kg.PropAdopted, kg.PropDate, kg.PropMeeting, "withoutVote", kg.PropTitle, kg.PropPlenary, kg.PropNumber, kg.PropPlace, kg.PropOrallyRevised,
			kg.PropVotesInFavour, kg.PropVotesAgainst, kg.PropAbstentions, kg.PropStartDate, kg.PropEndDate} {
			if v, ok := n.Properties.Lookup(k); ok {
				have[fmt.Sprintf("%s %s=%v", n.ID, k, v)] = true
			}
		}
	}
	for _, r := range g.Relationships {
		edge := r.Start + " " + r.Type + " " + r.End
		have[edge] = true
		for _, k := range []string{kg.PropRelation, kg.PropVerb, kg.PropRole, kg.PropStatement, kg.PropTiming, kg.PropIntersessional, kg.PropDate, kg.PropOnBehalfOf, kg.PropMeeting, kg.PropMeetings, kg.PropExplains} {
			if v, ok := r.Properties.Lookup(k); ok {
				have[fmt.Sprintf("%s %s=%v", edge, k, v)] = true
			}
		}
	}
	return have
}

// checkFacts reports the lines of want that have lacks and those of wantNot it holds.
func checkFacts(t *testing.T, have map[string]bool, want, wantNot []string) {
	t.Helper()
	for _, w := range want {
		if !have[w] {
			t.Errorf("missing %q", w)
		}
	}
	for _, w := range wantNot {
		if have[w] {
			t.Errorf("unwanted %q", w)
		}
	}
	if t.Failed() {
		var all []string
		for k := range have {
			all = append(all, k)
		}
		sort.Strings(all)
		t.Logf("the graph:\n%s", strings.Join(all, "\n"))
	}
}

// TestActsTheAssemblyDatedAndQuoted: an act named by date and number alone whose number is
// of the session the General Assembly held at that date is the Assembly's, in a text of any
// other body; and the acts a corrigendum names inside the words it quotes are named by the
// corrected text, not corrected by it.
func TestActsTheAssemblyDatedAndQuoted(t *testing.T) {
	const head = "联合国反腐败公约缔约国会议第九届会议报告\n（2021 年 12 月 13 日至 17 日在沙姆沙伊赫举行）\n\n"
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"a date in the Assembly's session, early in the year after it opened",
			head + "5. 缔约国会议回顾 2020 年 3 月 2 日第 74/276 号决议和 2021 年 6 月 2 日第 S-32/1 号决议。\n",
			[]string{"act:ga:resolution:74/276"}, []string{"act:cosp:resolution:74/276"}},
		{"a list goes on as the guess it began with",
			head + "5. 缔约国会议回顾 2018 年 12 月 17 日第 73/190 号决议和 2019 年 12 月 18 日第 74/177 号决议。\n",
			[]string{"act:ga:resolution:73/190", "act:ga:resolution:74/177"}, []string{"act:cosp:resolution:74/177"}},
		{"an act of the body itself, dated, stays its own",
			head + "5. 缔约国会议回顾其 2019 年 12 月 20 日第 8/1 号决议。\n",
			[]string{"act:cosp:resolution:8/1 date=2019-12-20"}, nil},
		{"a Commission's act dated in its own session is no Assembly act",
			"预防犯罪和刑事司法委员会第二十九届会议报告\n\n5. 委员会回顾 2019 年 5 月 24 日第 28/1 号决议。\n",
			[]string{"act:ccpcj:resolution:28/1"}, []string{"act:ga:resolution:28/1"}},
		{"a corrigendum amends the act it names, not those its quoted words name",
			" 联 合 国 CAC/COSP/2021/15/Corr.1\n\n联合国反腐败公约缔约国会议第九届会议报告\n\n 更正\n\n1. 第 1 段，第 9/2 号决议，序言部分第 3 段\n\n 将“2015 年 9 月 25 日第 70/1 号决议”改为“2015 年 9 月 25 日第 70/1 号决议和 2019 年 12 月 18 日第 74/177 号决议”。\n",
			[]string{"doc:CAC/COSP/2021/15/Corr.1#n1 REFERS_TO act:cosp:resolution:9/2 relation=amends",
				"doc:CAC/COSP/2021/15/Corr.1#n1 REFERS_TO act:ga:resolution:70/1 relation=refers_to",
				"doc:CAC/COSP/2021/15/Corr.1#n1 REFERS_TO act:ga:resolution:74/177 relation=refers_to"},
			[]string{"doc:CAC/COSP/2021/15/Corr.1#n1 REFERS_TO act:ga:resolution:70/1 relation=amends", "session:cosp:70"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "t.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestDecidedLabels: the act a sentence says its body decided, named in brackets after the
// words that say so, and a bracketed act that a noun 决定 or another verb names.
func TestDecidedLabels(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"right after 决定", "在第 7 次会议上，委员会决定（第 30/1 号决定）将该报告转交理事会。", []string{"第 30/1 号决定"}},
		{"at the end of the sentence, with 还", "12. 在同次会议上，缔约方会议还决定，其第十二届会议应在维也纳举行（第 11/3 号决定）。", []string{"第 11/3 号决定"}},
		{"compact, the Council", "理事会决定（第2020/201号决定）核准该议程。", []string{"第2020/201号决定"}},
		{"adverbs between the body and 决定", "委员会随后还未经表决决定（第 30/2 号决定）推迟审议。", []string{"第 30/2 号决定"}},
		{"决定 as a noun: recalled, not decided", "缔约方会议根据其决定（第 10/1 号决定）审议了该事项。", nil},
		{"决定 as a noun after 根据 and the body", "秘书处根据委员会决定（第 28/2 号决定）介绍了报告。", nil},
		{"决定 as a noun after 按照其 and the body's full name", "按照其缔约方会议决定（第 9/1 号决定），秘书处编写了本说明。", nil},
		{"决定 as a noun after 为落实 and the body", "为落实理事会决定（第2020/201号决定），委员会审议了该议程。", nil},
		{"no 决定 in the sentence", "委员会注意到（第 30/1 号决议）所载的请求。", nil},
		{"decided in the sentence before", "委员会决定将该报告转交理事会。该报告见第 30/1 号决定（第 30/1 号决定）。", nil},
		{"a bracket that says more than the number", "委员会决定（第 30/1 号决定附件所列）将该报告转交理事会。", nil},
		{"a lead that points to the act", "委员会决定（见第 30/1 号决定）将该报告转交理事会。", []string{"第 30/1 号决定"}},
		{"a lead that is no pointer", "委员会决定（按第 30/1 号决定）将该报告转交理事会。", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range findDecidedLabels(tc.text) {
				got = append(got, l.ref)
				if tc.text[l.start:l.end] != l.ref {
					t.Errorf("ref %q is not at [%d, %d)", l.ref, l.start, l.end)
				}
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAnActDecidedInTheReport: an act of the report's session that its body decided in a
// sentence of the report is adopted at that sentence's meeting; the verbs before the
// bracket govern other acts, not it; an act of an earlier session so labelled is not the
// report's to adopt.
func TestAnActDecidedInTheReport(t *testing.T) {
	const head = " 联 合 国 CTOC/COP/2024/9\n\n联合国打击跨国有组织犯罪公约缔约方会议第十二届会议报告\n（2024 年 10 月 14 日至 18 日在维也纳举行）\n\n"
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"decided, the meeting the sentence names",
			head + "30. 在 2024 年 10 月 18 日第 9 次会议上，缔约方会议决定（第 12/3 号决定）将该报告转交大会。\n",
			[]string{"act:cop:decision:12/3 adopted=true", "act:cop:decision:12/3 meeting=9", "act:cop:decision:12/3 date=2024-10-18",
				"act:cop:decision:12/3 ADOPTED_IN meeting:cop:12:9"}, nil},
		{"decided at the same meeting, a verb before the bracket governing another act",
			head + "30. 在 2024 年 10 月 18 日第 9 次会议上，缔约方会议通过了议程。\n\n31. 在同次会议上，缔约方会议决定，工作组应当继续依照第 9/1 号决议开展工作（第 12/4 号决定）。\n",
			[]string{"act:cop:decision:12/4 meeting=9", "doc:CTOC/COP/2024/9#n31 REFERS_TO act:cop:decision:12/4 relation=refers_to",
				"doc:CTOC/COP/2024/9#n31 REFERS_TO act:cop:resolution:9/1 verb=依照"},
			[]string{"doc:CTOC/COP/2024/9#n31 REFERS_TO act:cop:decision:12/4 verb=依照"}},
		{"decided under the agenda item the paragraphs before considered",
			head + "29. 在 2024 年 10 月 17 日第 7 次会议上，缔约方会议审议了议程项目 3。\n\n30. 在同次会议上，缔约方会议未经表决决定（第 12/5 号决定）推迟审议该事项。\n",
			[]string{"act:cop:decision:12/5 CONSIDERED_UNDER agenda:cop:12:3", "act:cop:decision:12/5 meeting=7", "act:cop:decision:12/5 date=2024-10-17",
				"act:cop:decision:12/5 withoutVote=true"}, nil},
		{"an earlier session's act is recalled, not adopted",
			head + "30. 在 2024 年 10 月 18 日第 9 次会议上，缔约方会议决定，工作组应当继续开展工作（第 10/1 号决定）。\n",
			[]string{"act:cop:decision:10/1 adopted=false"}, []string{"act:cop:decision:10/1 meeting=9"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "t.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestDraftsNamedByTheirActs: a report names after the adoption the draft of each act, by
// the act, and who submitted it.
func TestDraftsNamedByTheirActs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"two, after a semicolon", "第 12/1 号决议的决议草案（CTOC/COP/2024/L.2）由墨西哥和挪威提交；第 12/2 号决定的决定草案（CTOC/COP/2024/L.5）由主席团提交。",
			[]string{"act:cop:resolution:12/1 CTOC/COP/2024/L.2 墨西哥和挪威", "act:cop:decision:12/2 CTOC/COP/2024/L.5 主席团"}},
		{"a revised draft, submitted in a clause, compact", "第29/1号决议的订正决议草案（E/CN.15/2020/L.3/Rev.1），该草案由日本（代表东道国）提交。",
			[]string{"act:cop:resolution:29/1 E/CN.15/2020/L.3/Rev.1 日本（代表东道国）"}},
		{"no submitter named", "第 12/1 号决议的决议草案载于 CTOC/COP/2024/L.2。第 12/3 号决议的决议草案（CTOC/COP/2024/L.8）经口头修正。",
			[]string{"act:cop:resolution:12/3 CTOC/COP/2024/L.8 "}},
		{"white space after 的, as the pattern allows", "第 11/1 号决议的 决议草案（CTOC/COP/2022/L.4）由秘鲁和法国提交。",
			[]string{"act:cop:resolution:11/1 CTOC/COP/2022/L.4 秘鲁和法国"}},
		{"a draft about an act is not its draft", "关于第 12/1 号决议执行情况的决议草案（CTOC/COP/2024/L.2）由墨西哥提交。", nil},
		{"是由…提交的, after a semicolon too", "第 12/1 号决议的决议草案（CTOC/COP/2024/L.2）是由智利提交的；第 12/2 号决定的决定草案（CTOC/COP/2024/L.6）是由肯尼亚和挪威提交的。",
			[]string{"act:cop:resolution:12/1 CTOC/COP/2024/L.2 智利", "act:cop:decision:12/2 CTOC/COP/2024/L.6 肯尼亚和挪威"}},
		{"issued as a document, submitted after a comma", "第 12/4 号决议的草案以 CTOC/COP/2024/L.10 号文件印发，由加拿大（代表一个国家集团）提交。",
			[]string{"act:cop:resolution:12/4 CTOC/COP/2024/L.10 加拿大（代表一个国家集团）"}}, // whom it submits for: submitters reads it
		{"issued as a document, compact, no submitter", "第12/5号决定的草案作为CTOC/COP/2024/L.11号文件分发。",
			[]string{"act:cop:decision:12/5 CTOC/COP/2024/L.11 "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range findDraftsOfActs(tc.text, kg.BodyCOP) {
				got = append(got, d.act.ID()+" "+d.draft+" "+d.submitter)
				if rs := []rune(tc.text); string(rs[d.start:d.end]) != d.quote {
					t.Errorf("quote %q is not at [%d, %d)", d.quote, d.start, d.end)
				}
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestADecisionAtTheSameMeeting: a decision of a compilation that opens "在同次会议上" was
// adopted at the meeting of the act before it, and its one sentence is what it decides.
func TestADecisionAtTheSameMeeting(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"the Assembly, plenary",
			"75/560. 某项报告\n\n 在 2020 年 12 月 16 日第 46 次全体会议上，大会注意到秘书长的报告。\n\n75/561. 另一项目\n\n 在同次会议上，大会决定将该项目列入大会第七十六届会议临时议程。\n",
			[]string{"act:ga:decision:75/561 date=2020-12-16", "act:ga:decision:75/561 meeting=46", "act:ga:decision:75/561 HAS_PARAGRAPH act:ga:decision:75/561#op",
				"act:ga:decision:75/561 ADOPTED_IN meeting:ga:75:46"},
			[]string{"act:ga:decision:75/561#pp1"}},
		{"the Council, compact, three in a row",
			"2021/201. 甲\n\n 在2021年2月9日第2次全体会议上，经济及社会理事会决定推迟审议。\n\n2021/202. 乙\n\n 又在同次会议上，经济及社会理事会注意到该报告。\n\n2021/203. 丙\n\n 在同次会议上，经济及社会理事会决定核准临时议程。\n",
			[]string{"act:ecosoc:decision:2021/202 meeting=2", "act:ecosoc:decision:2021/203 meeting=2", "act:ecosoc:decision:2021/203 date=2021-02-09"}, nil},
		{"the Assembly, at that meeting again",
			"75/560. 甲\n\n 在 2020 年 12 月 16 日第 46 次全体会议上，大会注意到该报告。\n\n75/561. 乙\n\n 也在该次会议上，大会决定推迟审议。\n\n75/562. 丙\n\n 在同一会议上，大会决定核准该议程。\n",
			[]string{"act:ga:decision:75/561 meeting=46", "act:ga:decision:75/562 meeting=46", "act:ga:decision:75/562 date=2020-12-16"}, nil},
		{"a decision that gives its own meeting keeps it",
			"75/560. 甲\n\n 在 2020 年 12 月 16 日第 46 次全体会议上，大会注意到该报告。\n\n75/561. 乙\n\n 在 2020 年 12 月 17 日第 47 次全体会议上，大会决定推迟审议。\n",
			[]string{"act:ga:decision:75/561 meeting=47"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "t.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestDraftsAdoptedNamedByTheirActs: a sentence that adopts drafts each named by the act it
// became ("第 12/1 号决议草案（…）") adopts those acts at its meeting, whatever the note
// after it names or whether there is one.
func TestDraftsAdoptedNamedByTheirActs(t *testing.T) {
	const head = " 联 合 国 CTOC/COP/2024/9\n\n联合国打击跨国有组织犯罪公约缔约方会议第十二届会议报告\n（2024 年 10 月 14 日至 18 日在维也纳举行）\n\n"
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"two, revised, a note naming the kind only",
			head + "30. 在 2024 年 10 月 18 日第 9 次会议上，缔约方会议未经表决通过了第 12/1 号决议草案（CTOC/COP/2024/L.3）和关于技术援助的第 12/2 号决议的订正决议草案（CTOC/COP/2024/L.5/Rev.1）。（各项决议案文分别载于第一章。）\n",
			[]string{"act:cop:resolution:12/1 meeting=9", "act:cop:resolution:12/1 date=2024-10-18", "act:cop:resolution:12/1 withoutVote=true",
				"act:cop:resolution:12/1 DRAFTED_AS doc:CTOC/COP/2024/L.3", "act:cop:resolution:12/2 meeting=9",
				"act:cop:resolution:12/2 DRAFTED_AS doc:CTOC/COP/2024/L.5/Rev.1", "act:cop:resolution:12/2 ADOPTED_IN meeting:cop:12:9"}, nil},
		{"one decision, no note, at the same meeting",
			head + "30. 在 2024 年 10 月 18 日第 9 次会议上，缔约方会议通过了议程。\n\n31. 在同次会议上，缔约方会议通过了第 12/4 号决定草案（CTOC/COP/2024/L.9）。\n",
			[]string{"act:cop:decision:12/4 meeting=9", "act:cop:decision:12/4 DRAFTED_AS doc:CTOC/COP/2024/L.9"}, nil},
		{"a draft named otherwise is left; the one named by its act is read",
			head + "30. 在 2024 年 10 月 18 日第 9 次会议上，缔约方会议通过了一项决定草案（CTOC/COP/2024/L.6）和第 12/3 号决议草案（CTOC/COP/2024/L.7）。\n",
			[]string{"act:cop:resolution:12/3 meeting=9", "act:cop:resolution:12/3 DRAFTED_AS doc:CTOC/COP/2024/L.7"},
			[]string{"act:cop:resolution:12/3 DRAFTED_AS doc:CTOC/COP/2024/L.6"}},
		{"a note naming the acts in another order: each draft's own name pairs it",
			head + "30. 在 2024 年 10 月 16 日第 6 次会议上，缔约方会议通过了第 12/2 号决议草案（CTOC/COP/2024/L.12）和第 12/1 号决议草案（CTOC/COP/2024/L.11）（案文分别见第一章，第 12/1 号和第 12/2 号决议）。\n",
			[]string{"act:cop:resolution:12/1 DRAFTED_AS doc:CTOC/COP/2024/L.11", "act:cop:resolution:12/2 DRAFTED_AS doc:CTOC/COP/2024/L.12",
				"act:cop:resolution:12/2 meeting=6"},
			[]string{"act:cop:resolution:12/1 DRAFTED_AS doc:CTOC/COP/2024/L.12"}},
		{"another body's act is not the draft's",
			head + "30. 在 2024 年 10 月 18 日第 9 次会议上，缔约方会议通过了关于大会第 74/177 号决议草案（CTOC/COP/2024/L.4）。\n",
			[]string{"act:ga:resolution:74/177 adopted=false"}, []string{"act:cop:resolution:74/177"}},
		{"a draft about an act is not its draft",
			head + "30. 在 2024 年 10 月 18 日第 9 次会议上，缔约方会议通过了关于第 11/1 号决议执行情况的决议草案（CTOC/COP/2024/L.4）。\n",
			[]string{"act:cop:resolution:11/1 adopted=false"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "t.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestRespectivelyNoteAt: the note that places the texts of several drafts may name their
// kind before 案文, and say 见 or 载于.
func TestRespectivelyNoteAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"。（案文分别见第二章。）", len("。")},
		{"。（决定案文分别载于第一章 B 节。）", len("。")},
		{"。（决议和决定案文分别见附件一。）", len("。")},
		{"。 （ 各项决议案文分别见第一章。）", len("。 ")},
		{"。（案文见第一章，第 12/1 号决议。）", -1},
		{"。（秘书处编写的案文分别见各项文件。）", -1}, // not the kind of the texts adopted
		{"。案文分别见第二章。", -1},
	} {
		if got := respectivelyNoteAt(tc.text); got != tc.want {
			t.Errorf("respectivelyNoteAt(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestADecisionBracketedWithALead: the bracket that names the act a body decided may point
// to it (见, 参看, 载于): the act is adopted in that sentence all the same, and the lead is
// no verb of the reference.
func TestADecisionBracketedWithALead(t *testing.T) {
	const head = " 联 合 国 CTOC/COP/2024/9\n\n联合国打击跨国有组织犯罪公约缔约方会议第十二届会议报告\n（2024 年 10 月 14 日至 18 日在维也纳举行）\n\n"
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"参看, the meeting the sentence names",
			head + "30. 在 2024 年 10 月 17 日第 8 次会议上，缔约方会议决定（参看第 12/6 号决定）将该事项推迟审议。\n",
			[]string{"act:cop:decision:12/6 meeting=8", "act:cop:decision:12/6 date=2024-10-17",
				"doc:CTOC/COP/2024/9#n30 REFERS_TO act:cop:decision:12/6 relation=refers_to"},
			[]string{"doc:CTOC/COP/2024/9#n30 REFERS_TO act:cop:decision:12/6 relation=see_also"}},
		{"载于, with white space",
			head + "30. 在 2024 年 10 月 17 日第 8 次会议上，缔约方会议还决定（ 载于 第 12/7 号决定）其下届会议于 2026 年举行。\n",
			[]string{"act:cop:decision:12/7 meeting=8"}, nil},
		{"an earlier session's act is recalled, not adopted",
			head + "30. 在 2024 年 10 月 17 日第 8 次会议上，缔约方会议决定，工作组应当继续开展工作（见第 10/1 号决定）。\n",
			[]string{"act:cop:decision:10/1 adopted=false"}, []string{"act:cop:decision:10/1 meeting=8"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "t.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestARecordedVoteAfterTheAct: the Commission and the Assembly give a recorded vote after
// the act it adopted ("…，表决结果为…"), and say of the act adopted that it was amended
// (经口头修正的), which is no reference that amends it.
func TestARecordedVoteAfterTheAct(t *testing.T) {
	const head = " 联 合 国 CTOC/COP/2024/9\n\n联合国打击跨国有组织犯罪公约缔约方会议第十二届会议报告\n（2024 年 10 月 14 日至 18 日在维也纳举行）\n\n"
	text := head + "30. 在 2024 年 10 月 18 日第 9 次会议上，缔约方会议以记录表决方式通过了经 口头修正后的第 12/5 号决议，结果为 60 票赞成、3 票反对、10 票弃权。\n"
	checkFacts(t, conventionFacts(t, "t.txt", text),
		[]string{"act:cop:resolution:12/5 meeting=9", "act:cop:resolution:12/5 date=2024-10-18",
			"doc:CTOC/COP/2024/9#n30 REFERS_TO act:cop:resolution:12/5 relation=refers_to"},
		[]string{"doc:CTOC/COP/2024/9#n30 REFERS_TO act:cop:resolution:12/5 relation=amends"})
	for _, tc := range []struct {
		sentence string
		want     *kg.Vote
	}{
		{"委员会以记录表决方式通过了第 33/2 号决议，表决结果为 30 票赞成、2 票反对、1 票弃权", &kg.Vote{InFavour: 30, Against: 2, Abstaining: 1}},
		{"大会通过了该决议，表决结果是 120 票赞成、5 票反对、40 票弃权", &kg.Vote{InFavour: 120, Against: 5, Abstaining: 40}},
		{"以 9 票赞成、0 票反对、2 票弃权通过了第 33/3 号决议", &kg.Vote{InFavour: 9, Against: 0, Abstaining: 2}},
		{"表决结果见附件", nil},
		{"委员会以记录表决方式通过了该决议，表决结果如下：赞成 25 票，反对 4 票，弃权 6 票", &kg.Vote{InFavour: 25, Against: 4, Abstaining: 6}},
		{"赞成：25 票；反对：4 票；弃权：6 票", &kg.Vote{InFavour: 25, Against: 4, Abstaining: 6}},
	} {
		got, _ := voteOf(tc.sentence)
		if (got == nil) != (tc.want == nil) || got != nil && *got != *tc.want {
			t.Errorf("voteOf(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestAParticipleIsNoVerb: a verb written as what was done to the text named after it
// (经…的) does not introduce the reference; the sentence's verb before it does.
func TestAParticipleIsNoVerb(t *testing.T) {
	for _, tc := range []struct{ before, verb, rel string }{
		{"回顾经修正的", "回顾", "recalls"},
		{"委员会通过了经口头修正的", "", relRefers},
		{"委员会通过了经 口头 修正的", "", relRefers},
		{"决定修正", "修正", "amends"},
		{"重申经修正后的", "重申", "reaffirms"},
	} {
		verb, rel := verbBefore(tc.before)
		if verb != tc.verb || rel != tc.rel {
			t.Errorf("verbBefore(%q) = %q, %q; want %q, %q", tc.before, verb, rel, tc.verb, tc.rel)
		}
	}
}

// TestAnAppositionGovernsNoLaterAct: the clause after an act that says what the act did
// ("，委员会在该决议中请…，") lends its verb to no act named after it; the sentence's verb
// before the act governs them all. An act named inside the clause is the clause's verb's.
func TestAnAppositionGovernsNoLaterAct(t *testing.T) {
	for _, tc := range []struct{ before, verb string }{
		{"重申其第 26/3 号决议，委员会在该决议中赞同了工作计划，以及第 28/1 号决议，并", "重申"},
		{"注意到 2019 年 12 月 18 日第 74/173 号决议，其中大会核可了该宣言，和", "注意到"},
		{"回顾第 8/2 号决定，缔约国会议在这项决定中欢迎各国的贡献，又", "回顾"},
		{"回顾第 70/174 号决议，大会在该决议中核可了", "核可"},     // a reference inside the clause
		{"回顾第 70/174 号决议，大会核可了《多哈宣言》，以及", "核可"}, // no apposition word: the rule reads none
	} {
		if verb, _ := verbBefore(tc.before); verb != tc.verb {
			t.Errorf("verbBefore(%q) = %q, want %q", tc.before, verb, tc.verb)
		}
	}
}

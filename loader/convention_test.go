package loader

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"copgraph/kg"
)

// conventionFacts parses a small document and states its graph as lines a test can look
// for: each node's id, and its adopted, date, meeting and withoutVote as "id prop=value";
// each relationship as "start TYPE end", and with its relation or verb and role as
// "start TYPE end relation=…", "… verb=…", "… role=…".
func conventionFacts(t *testing.T, name, text string) map[string]bool {
	t.Helper()
	g, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	have := map[string]bool{}
	for _, n := range g.Nodes {
		have[n.ID] = true
		for _, k := range []string{kg.PropAdopted, kg.PropDate, kg.PropMeeting, "withoutVote", kg.PropTitle} {
			if v, ok := n.Properties[k]; ok {
				have[fmt.Sprintf("%s %s=%v", n.ID, k, v)] = true
			}
		}
	}
	for _, r := range g.Relationships {
		edge := r.Start + " " + r.Type + " " + r.End
		have[edge] = true
		for _, k := range []string{kg.PropRelation, kg.PropVerb, kg.PropRole} {
			if v, ok := r.Properties[k]; ok {
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

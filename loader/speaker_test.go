package loader

import (
	"strings"
	"testing"
	"unicode/utf8"

	"copgraph/kg"
)

// TestTheCouncilForShort: "理事会" alone is the Council whose act the number can be, by the
// way each Council numbers its acts; where the number tells none, the speaking Council.
func TestTheCouncilForShort(t *testing.T) {
	for _, tc := range []struct {
		number  string
		speaker kg.Body
		want    kg.Body
	}{
		{"2015/23", kg.BodyHRC, kg.BodyECOSOC},
		{"1999/261", kg.BodyGA, kg.BodyECOSOC},
		{"41/2", kg.BodyHRC, kg.BodyHRC},
		{"35/14", kg.BodyECOSOC, kg.BodyHRC}, // no Council numbers 35/14 but the HRC
		{"S-30/1", kg.BodyCOP, kg.BodyHRC},
		{"1373 (2001)", kg.BodyGA, kg.BodySC},
		{"663", kg.BodySC, kg.BodySC},
		{"663", kg.BodyCOP, kg.BodyECOSOC},
	} {
		if got := councilOf(tc.number, tc.speaker); got != tc.want {
			t.Errorf("councilOf(%q, %s) = %s, want %s", tc.number, tc.speaker, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name, text string
		speaker    kg.Body
		want       []string
	}{
		{"an HRC resolution's own earlier act", "回顾理事会 2019 年 6 月 21 日第 41/2 号决议", kg.BodyHRC,
			[]string{"act:hrc:resolution:41/2 2019-06-21"}},
		{"the Council's act by year in an HRC text", "注意到理事会第 2015/23 号决议", kg.BodyHRC,
			[]string{"act:ecosoc:resolution:2015/23 "}},
		{"one list, two Councils", "回顾理事会第 44/4 号和第 2019/12 号决议", kg.BodyGA,
			[]string{"act:hrc:resolution:44/4 ", "act:ecosoc:resolution:2019/12 "}},
		{"a list that repeats 号决议 goes on with the number's Council", "回顾理事会第 2019/12 号决议和第 47/3 号决议", kg.BodyCND,
			[]string{"act:ecosoc:resolution:2019/12 ", "act:hrc:resolution:47/3 "}},
		{"the Security Council's form", "回顾理事会第 1373（2001）号决议", kg.BodySC,
			[]string{"act:sc:resolution:1373(2001) "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range findActRefs(tc.text, tc.speaker) {
				got = append(got, m.key.ID()+" "+m.date)
			}
			if !equalStrings(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAListItemTakesTheDateBeforeIt: in one list of numbers, a number without its own date
// is of the date nearest before it, not of the list's first.
func TestAListItemTakesTheDateBeforeIt(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"joined by 和 after a dated item", "回顾大会 2019 年 12 月 18 日第 74/176 号、2021 年 12 月 16 日第 76/185 号和第 76/187 号决议"},
		{"joined by 及, the number's 第 left out", "重申缔约国会议 2019 年 12 月 20 日第 8/1 号、2021 年 12 月 17 日第 9/3 及 9/4 号决议"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := findActRefs(tc.text, kg.BodyCOP)
			if len(ms) != 3 {
				t.Fatalf("%d references: %v", len(ms), ms)
			}
			if ms[0].date == ms[1].date || ms[2].date != ms[1].date {
				t.Errorf("dates %q, %q, %q: the third should be the second's", ms[0].date, ms[1].date, ms[2].date)
			}
		})
	}
	// A date before the whole list dates every item that follows it, as before.
	ms := findActRefs("回顾 2008 年 10 月 17 日第 4/1 号、第 4/2 号和第 4/3 号决定", kg.BodyCOP)
	if len(ms) != 3 || ms[2].date != "2008-10-17" {
		t.Errorf("got %v", ms)
	}
}

// TestTheCommissionInItsOwnText: "委员会" alone, in a Commission's text, is that Commission,
// though the text named the other in full before; unless the act is of a session the
// speaking Commission has not held and the other named before has.
func TestTheCommissionInItsOwnText(t *testing.T) {
	for _, tc := range []struct{ name, symbol, text, want, wantNot string }{
		{"a CCPCJ draft naming the CND first", "E/CN.15/2021/L.3",
			"E/CN.15/2021/L.3\n预防犯罪和刑事司法委员会第三十届会议\n\n 预防犯罪和刑事司法委员会，\n\n 回顾麻醉药品委员会 2020 年 3 月 6 日第 63/4 号决议和委员会第 29/2 号决议，\n\n 1. 请秘书处报告。\n",
			"act:ccpcj:resolution:29/2", "act:cnd:resolution:29/2"},
		{"a CND draft naming the CCPCJ with 在其…中", "E/CN.7/2022/L.2",
			"E/CN.7/2022/L.2\n麻醉药品委员会第六十五届会议\n\n 麻醉药品委员会，\n\n 又回顾预防犯罪和刑事司法委员会第 30/2 号决议，以及委员会在其第 64/1 号决议中的请求，\n\n 1. 请执行主任报告。\n",
			"act:cnd:resolution:64/1", "act:ccpcj:resolution:64/1"},
		{"a CCPCJ report: a CND act of a session the CCPCJ never held", "E/CN.15/2019/16",
			"E/CN.15/2019/16\n预防犯罪和刑事司法委员会第二十八届会议报告\n\n1. 麻醉药品委员会主席介绍了委员会第 62/1 号决议。\n",
			"act:cnd:resolution:62/1", "act:ccpcj:resolution:62/1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse(tc.symbol+".txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			nodes, _ := graphFacts(g)
			if nodes[tc.want].ID == "" || nodes[tc.wantNot].ID != "" {
				t.Errorf("want %s, not %s, in %v", tc.want, tc.wantNot, facts(g))
			}
		})
	}
}

// TestAnUnnamedActBeyondItsBodysSessions: an act named by number alone, of a session later
// than any the document knows of its body, and with no body named in its sentence, is the
// Assembly's; one the sentence names a body for is that body's, and one within the
// body's sessions stays its own.
func TestAnUnnamedActBeyondItsBodysSessions(t *testing.T) {
	for _, tc := range []struct{ name, symbol, text, want, wantNot string }{
		{"a corrigendum quoting the words it corrects", "CTOC/COP/2018/13/Corr.1",
			"CTOC/COP/2018/13/Corr.1\n缔约方会议第九届会议报告\n\n更正\n\n第 9/2 号决议\n\n第二行中的“第 60/1 号决议”应改为“第 60/1 号和第 70/174 号决议”。\n",
			"act:ga:resolution:70/174", "act:cop:resolution:70/174"},
		{"the sentence names another body", "CAC/COSP/2021/17",
			"CAC/COSP/2021/17\n缔约国会议第九届会议报告\n\n1. 会议回顾了人权理事会的工作及第 41/9 号决议。\n",
			"act:hrc:resolution:41/9", "act:ga:resolution:41/9"},
		{"within the body's sessions", "CAC/COSP/2021/17",
			"CAC/COSP/2021/17\n缔约国会议第九届会议报告\n\n1. 会议回顾了第 8/2 号决议。\n",
			"act:cosp:resolution:8/2", "act:ga:resolution:8/2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse(tc.symbol+".txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			nodes, _ := graphFacts(g)
			if nodes[tc.want].ID == "" || nodes[tc.wantNot].ID != "" {
				t.Errorf("want %s, not %s, in %v", tc.want, tc.wantNot, facts(g))
			}
		})
	}
}

// TestAnActNamedBackAsTheMandate: "根据该决议" (依照, 按照…, 该决定) makes the reference to the
// act it names back pursuant_to, where the text named the act with no verb of its own.
func TestAnActNamedBackAsTheMandate(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // id relation verb, in order
	}{
		{"the note's mandate", "大会在其第 77/112 号决议中请秘书长提交报告。本报告依照该决议提交。",
			[]string{"act:ga:resolution:77/112 pursuant_to 依照"}},
		{"a decision", "缔约国会议在其第 9/6 号决定中请秘书处编写一份说明。按照该决定编写了本文件。",
			[]string{"act:cosp:decision:9/6 pursuant_to 按照"}},
		{"the last act of the kind named before", "缔约国会议在其第 8/2 号决议中，并在其第 9/3 号决议中请秘书处报告。本说明根据该决议编写。",
			[]string{"act:cosp:resolution:8/2 refers_to ", "act:cosp:resolution:9/3 pursuant_to 根据"}},
		{"a verb of its own stays", "回顾第 9/3 号决议。本说明根据该决议编写。",
			[]string{"act:cosp:resolution:9/3 recalls 回顾"}},
		{"a list is no one act", "缔约国会议在其第 8/2 号和第 9/3 号决议中请秘书处报告。本说明根据该决议编写。",
			[]string{"act:cosp:resolution:8/2 refers_to ", "act:cosp:resolution:9/3 refers_to "}},
		{"a draft is not the act", "缔约国会议在其第 9/3 号决议中请秘书处报告。根据该决议草案，",
			[]string{"act:cosp:resolution:9/3 refers_to "}},
		{"a decision named back is not the resolution", "缔约国会议在其第 9/3 号决议中请秘书处报告。根据该决定，",
			[]string{"act:cosp:resolution:9/3 refers_to "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range pursuantBack(tc.text, findActRefs(tc.text, kg.BodyCOSP)) {
				got = append(got, m.key.ID()+" "+m.rel+" "+m.verb)
			}
			if !equalStrings(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestABodysPresidentAsked: "请大会主席…" asks the body's president, not the body; the
// Bureau and the Friends of the Chair are others. "民间社会" is civil society, and a
// qualifier may stand after a join.
func TestABodysPresidentAsked(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the Assembly's president", "3. 请大会主席在第八十一届会议期间召开一次高级别会议。", []string{"requests actor:ga-president"}},
		{"the Conference's president", "3. 请缔约方会议主席与主席团协商编写一份说明。", []string{"requests actor:cop-president"}},
		{"the Security Council's president", "3. 请安全理事会主席将本决议提请安理会成员注意。", []string{"requests actor:sc-president"}},
		{"the Bureau", "3. 请缔约方会议主席团审议该事项。", []string{"requests actor:bureau"}},
		{"friends of the chair", "3. 请主席之友小组编写一份报告。", nil},
		{"the Congress's president is no Assembly's", "3. 请第十五届联合国预防犯罪和刑事司法大会主席介绍成果。", nil},
		{"civil society after a qualified join", "3. 邀请各会员国、其他捐助方以及民间社会提供预算外资源。",
			[]string{"invites actor:member-states", "invites actor:donors", "invites actor:civil-society"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range findMandates(tc.text, nil) {
				got = append(got, m.rel+" "+m.ent.id)
			}
			if !equalStrings(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzCouncilAndNamedBack: no reference leaves findActRefs with the bare Council for its
// body, pursuantBack changes only relations and verbs, and a president is asked only where
// "主席" is written.
func FuzzCouncilAndNamedBack(f *testing.F) {
	f.Add("回顾理事会第 44/4 号和第 2019/12 号决议，理事会第 1373（2001）号决议")
	f.Add("理事会第 2019/12 号决议和第 47/3 号决议，以及第 S-30/1 号决议")
	f.Add("在其第 8/2 号决议中请秘书处报告。本说明根据该决议编写。依照该决定")
	f.Add("根据该决议草案，根据该决")
	f.Add("3. 请大会主席、缔约方会议主席团和主席之友以及民间社会")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		refs := findActRefs(s, kg.BodyHRC)
		before := append([]mention(nil), refs...)
		for i, m := range pursuantBack(s, refs) {
			if m.key.Body == council {
				t.Fatalf("%q: the bare Council left as %v's body", s, m.key)
			}
			b := before[i]
			b.rel, b.verb = m.rel, m.verb
			if b != m {
				t.Fatalf("%q: pursuantBack changed %v to %v", s, before[i], m)
			}
		}
		for _, m := range findMandates(s, nil) {
			if strings.HasSuffix(m.ent.id, "-president") && !strings.Contains(m.quote, "主席") {
				t.Fatalf("%q: a president from %q", s, m.quote)
			}
		}
	})
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

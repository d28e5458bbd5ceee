package loader

import (
	"slices"
	"strings"
	"testing"

	"copgraph/kg"
)

// TestBodyNamedBeforeTheNumberHeadsItsAct: a heading that names the body before the act's
// number, alone on its line, heads that body's act, as compendia print them.
func TestBodyNamedBeforeTheNumberHeadsItsAct(t *testing.T) {
	for _, tc := range []struct {
		name, in, act, title string
	}{
		{"the Assembly's resolution", "大会第 77/232 号决议\n\n加强国际合作\n\n 大会，\n\n 回顾其第 76/185 号决议，\n\n 1. 请秘书长提交报告；\n\n2022 年 12 月 15 日\n第 55 次全体会议\n", "act:ga:resolution:77/232", "加强国际合作"},
		{"the Conference's decision under its instrument's title", "《联合国打击跨国有组织犯罪公约》缔约方会议第 11/3 号决定\n\n 缔约方会议决定其第十二届会议于 2024 年在维也纳举行。\n", "act:cop:decision:11/3", ""},
		{"the Commission on Narcotic Drugs' resolution", "麻醉药品委员会第 65/2 号决议\n\n预防吸毒\n\n 麻醉药品委员会，\n\n 1. 鼓励会员国交流经验；\n", "act:cnd:resolution:65/2", "预防吸毒"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("heading.txt", []byte(tc.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			nodes, _ := graphFacts(g)
			n, ok := nodes[tc.act]
			if !ok {
				t.Fatalf("no node %s", tc.act)
			}
			if n.Properties.Get(kg.PropAdopted) != true || kg.String(n.Properties, kg.PropTitle) != tc.title {
				t.Errorf("%s = %v, want adopted, title %q", tc.act, n.Properties, tc.title)
			}
		})
	}
	// In a sentence, or with more than the body before the number, it heads nothing.
	for _, line := range []string{"大会第 77/232 号决议。", "回顾大会第 77/232 号决议", "缔约方会议第十届会议第 10/1 号决议"} {
		if _, _, _, ok := actHeading(line); ok {
			t.Errorf("actHeading(%q) is a heading", line)
		}
	}
}

// TestCorrigendumHeadingsLocateCorrections: in a corrigendum an act's heading locates what
// is corrected; it opens no act, and the act is amended, not adopted or retitled.
func TestCorrigendumHeadingsLocateCorrections(t *testing.T) {
	for _, tc := range []struct {
		name, in  string
		amended   []string
		paragraph string // a narrative paragraph's text, whole
	}{
		{"by symbol", "CAC/COSP/2023/15/Corr.1\n\n缔约国会议第十届会议报告\n\n第 10/2 号决定\n\n执行部分第 1 段\n 将“两年”改为“三年”。\n\n第 10/5 号决议\n\n删除序言部分第 4 段。\n",
			[]string{"act:cosp:decision:10/2", "act:cosp:resolution:10/5"}, "第 10/2 号决定\n执行部分第 1 段\n将“两年”改为“三年”。"},
		{"by its title page, a paragraph's locator", "缔约方会议第十一届会议报告\n\n 更正\n\n第 11/1 号决议\n\n序言部分第三段\n\n“第 9/1 号决议”应为“第 9/1 号和第 10/1 号决议”。\n\n第 31 段\n\n在“秘书处”之后加上“和主席团”。\n",
			[]string{"act:cop:resolution:11/1"}, "第 31 段在“秘书处”之后加上“和主席团”。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := segmentText(tc.in)
			if len(d.acts) != 0 {
				t.Errorf("acts = %v, want none", d.acts)
			}
			if !slices.ContainsFunc(d.narrative, func(p paragraph) bool { return p.text == tc.paragraph }) {
				t.Errorf("no narrative paragraph %q in %v", tc.paragraph, d.narrative)
			}
			g, err := Parse("corr.txt", []byte(tc.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			nodes, _ := graphFacts(g)
			for _, id := range tc.amended {
				n, ok := nodes[id]
				if !ok {
					t.Fatalf("no node %s", id)
				}
				if n.Properties.Get(kg.PropAdopted) == true || kg.String(n.Properties, kg.PropTitle) != "" {
					t.Errorf("%s = %v, want neither adopted nor titled", id, n.Properties)
				}
				amends := false
				for _, r := range g.Relationships {
					amends = amends || r.Type == kg.RelRefersTo && r.End == id && r.Properties.Get(kg.PropRelation) == "amends"
				}
				if !amends {
					t.Errorf("no REFERS_TO amends %s", id)
				}
			}
		})
	}
	// A numbered correction's own lines are its: indented, "第 2 段应改为：" locates nothing.
	d := segmentText("A/CONF.9/5/Corr.1\n\n1. 第 4 段，第 2/1 号决定\n 第 2 段应改为：\n “2. 请秘书处提交报告；”\n")
	if len(d.narrative) != 2 || !strings.Contains(d.narrative[1].text, "第 2 段应改为") {
		t.Errorf("narrative = %v, want the correction's lines in its paragraph", d.narrative)
	}
	if !isCorrigendum("", []block{{text: "报告（2020 年 10 月 12 日至 16 日在维也纳举行）更正"}}) || isCorrigendum("CTOC/COP/2020/10/Add.1", nil) {
		t.Error("isCorrigendum: a title ending with 更正 is one, an addendum is none")
	}
}

// TestDecisionNumberAloneHeadsIt: the Assembly and the Council print a decision without a
// title by its number alone on its line; a resolution's number, or another body's, so
// printed heads nothing.
func TestDecisionNumberAloneHeadsIt(t *testing.T) {
	in := "经济及社会理事会决定\n\n2022/301. 麻醉药品委员会的报告\n\n 在 2022 年 7 月 21 日第 30 次全体会议上，经济及社会理事会注意到麻醉药品委员会的报告。\n\n" +
		"2022/302\n\n 在同一次会议上，经济及社会理事会决定其下届会议于 2023 年举行。\n"
	d := segmentText(in)
	if len(d.acts) != 2 {
		t.Fatalf("acts = %v, want 2022/301 and 2022/302", d.acts)
	}
	a := d.acts[1]
	if a.key.ID() != "act:ecosoc:decision:2022/302" || a.meeting != "30" || a.date != "2022-07-21" || len(a.paras) != 1 || a.paras[0].key != "op" {
		t.Errorf("act = %+v, want ECOSOC decision 2022/302 of meeting 30 on 2022-07-21, its sentence operative", a)
	}
	for _, tc := range []struct {
		line string
		ok   bool
	}{{"77/512", true}, {"2022/302.", true}, {"2022/15", false}, {"77/190", false}, {"10/1", false}, {"2022/302 号", false}} {
		if _, kind, _, ok := actHeading(tc.line); ok != tc.ok || ok && kind != kg.KindDecision {
			t.Errorf("actHeading(%q) = %v %v, want %v", tc.line, kind, ok, tc.ok)
		}
	}
}

// TestAnAgendaAnActSetsOutBelowIsAnnexed: the items of a provisional agenda that an act's
// paragraph approves "below" are the agenda of the session it names, not the act's
// operative paragraphs.
func TestAnAgendaAnActSetsOutBelowIsAnnexed(t *testing.T) {
	in := "经济及社会理事会决定\n\n2023/250. 麻醉药品委员会的报告\n\n 在 2023 年 7 月 25 日第 40 次全体会议上，经济及社会理事会：\n\n" +
		" (a) 注意到麻醉药品委员会第六十六届会议的报告；\n\n (b) 核准如下麻醉药品委员会第六十七届会议临时议程：\n\n 临时议程\n\n" +
		" 1. 选举主席团成员。\n\n 2. 一般性辩论。\n"
	d := segmentText(in)
	if len(d.acts) != 1 {
		t.Fatalf("acts = %v, want one", d.acts)
	}
	var keys []string
	for _, p := range d.acts[0].paras {
		keys = append(keys, p.key)
	}
	if want := []string{"op(a)", "op(b)", "annex1", "annex2"}; !slices.Equal(keys, want) {
		t.Errorf("paragraphs = %v, want %v", keys, want)
	}
	g, err := Parse("agenda.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := graphFacts(g)
	for _, id := range []string{"agenda:cnd:67:1", "agenda:cnd:67:2"} {
		if _, ok := nodes[id]; !ok {
			t.Errorf("no %s", id)
		}
	}
	// A heading that no paragraph announces, or a sentence, is no agenda's.
	for _, tc := range []struct {
		last, t string
	}{{"(b) 注意到委员会的报告。", "委员会第六十七届会议临时议程"}, {"(b) 核准下文所载的临时议程。", "委员会将审议议程项目 3。"}, {"", "临时议程"}} {
		number := "(b)"
		if tc.last == "" { // the act's one sentence sets it out: its own text
			tc.last, number = "缔约国会议核准其第十一届会议临时议程如下。", ""
		}
		if agendaBelow([]paragraph{{text: tc.last, number: number}}, tc.t) {
			t.Errorf("agendaBelow(%q, %q)", tc.last, tc.t)
		}
	}
}

// TestSameMeetingOpeningThenTheDecision: a sentence that opens with the meeting it was
// taken at ("在同次会议上，") decides as it would without it.
func TestSameMeetingOpeningThenTheDecision(t *testing.T) {
	for _, tc := range []struct {
		t    string
		want bool
	}{
		{"在同次会议上，经济及社会理事会决定委员会第三十二届会议续会于 2023 年 12 月举行。", true},
		{"也在同一次会议上，理事会核准了委员会第三十二届会议临时议程。", false}, // 理事会 alone is no body's name
		{"在同一次会议上，请秘书长提交报告。", true},
		{"在同一次会议上，经济及社会理事会注意到秘书长的报告。", false},
	} {
		if got := decides(tc.t); got != tc.want {
			t.Errorf("decides(%q) = %v, want %v", tc.t, got, tc.want)
		}
	}
}

// TestDecisionNumbersListedHeadNothing: decision numbers one a line, as an index lists
// them, head no act and fail no parse.
func TestDecisionNumbersListedHeadNothing(t *testing.T) {
	g, err := Parse("index.txt", []byte("经济及社会理事会根据其第 2021/20 号决议通过了下列决定。\n\n2022/301\n\n2022/302\n\n2022/303\n"))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	for _, n := range g.Nodes {
		if n.Properties.Get(kg.PropAdopted) == true {
			t.Errorf("%s adopted", n.ID)
		}
	}
}

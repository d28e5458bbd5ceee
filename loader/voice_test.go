package loader

import (
	"slices"
	"testing"

	"copgraph/kg"
)

// TestARecommendedDraftSpeaksForItsBody: the text of a draft a report recommends opens with
// the body that would adopt it; "其" in it is that body, its operative paragraphs' mandates
// are proposed, and the report's numbered paragraphs after it are the report's again.
func TestARecommendedDraftSpeaksForItsBody(t *testing.T) {
	text := "E/2013/30\nE/CN.15/2013/27\n\n" +
		"预防犯罪和刑事司法委员会\n第二十二届会议报告\n\n" +
		"第一章\n\n提请经济及社会理事会注意或要求其采取行动的事项\n\n" +
		"A. 建议经济及社会理事会提请大会通过的决议草案\n\n" +
		"1. 委员会建议经济及社会理事会核准下列决议草案，以便提交大会通过：\n\n" +
		"决议草案一\n\n" +
		"加强技术合作能力\n\n" +
		" 大会，\n\n" +
		" 回顾其 2012 年 12 月 20 日第 67/189 号决议，\n\n" +
		" 又回顾经济及社会理事会第 2012/19 号决议，\n\n" +
		" 1. 请联合国毒品和犯罪问题办公室继续提供技术援助；\n\n" +
		" 2. 又请秘书长提交报告；\n\n" +
		" 3. 决定继续审议这一问题。\n\n" +
		"B. 提请理事会注意的事项\n\n" +
		"2. 委员会还回顾其第 21/1 号决议。\n\n" +
		"第二章\n\n会议安排\n\n" +
		"3. 在 2013 年 4 月 26 日第 10 次会议上，委员会审议了议程项目 10，题为“临时议程”。委员会决定其第二十三届会议将于 2014 年 5 月 12 日至 16 日在维也纳举行。\n"
	g, err := Parse("e2013-30.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	for _, id := range []string{"act:ga:resolution:67/189", "act:ecosoc:resolution:2012/19", "act:ccpcj:resolution:21/1"} {
		if _, ok := nodes[id]; !ok {
			t.Errorf("no %s", id)
		}
	}
	if _, ok := nodes["act:ccpcj:resolution:67/189"]; ok {
		t.Error("其 in the Assembly's draft read as the Commission's")
	}
	var mandate *kg.Relationship
	for i, r := range g.Relationships {
		if r.Type == kg.RelMandates && r.End == "actor:unodc" {
			mandate = &g.Relationships[i]
		}
	}
	if mandate == nil || mandate.Properties.Get(kg.PropProposed) != true || mandate.Properties.Get(kg.PropAct) != nil {
		t.Errorf("the draft's request to UNODC is not a proposed mandate: %+v", mandate)
	}
	// The session reported on is the title page's, not the one decided for the future.
	for _, id := range []string{"session:ccpcj:22-[HAS_AGENDA_ITEM]->agenda:ccpcj:22:10", "session:ccpcj:22-[HAS_MEETING]->meeting:ccpcj:22:10"} {
		if !rels[id] {
			t.Errorf("no %s", id)
		}
	}
	if n := nodes["session:ccpcj:23"]; kg.String(n.Properties, kg.PropStartDate) != "2014-05-12" {
		t.Errorf("the session decided for the future lacks its dates: %v", n.Properties)
	}
}

// TestAnActOfALaterSessionIsAnothersBody: a report of the fifth session cannot cite its own
// body's act 55/255; the body the sentence named last is its.
func TestAnActOfALaterSessionIsAnothersBody(t *testing.T) {
	for _, tc := range []struct {
		name, sentence, want string
	}{
		{"the Assembly named before", "回顾大会第 55/25 号决议，其中大会通过了《公约》，以及 2001 年 5 月 31 日第 55/255 号决议，", "act:ga:resolution:55/255"},
		{"own session: own body", "回顾其第 4/1 号决定，", "act:cop:decision:4/1"},
		{"no other body named: left as written", "回顾第 55/255 号决议，", "act:cop:resolution:55/255"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "第 5/1 号决议\n标题\n 缔约方会议，\n " + tc.sentence + "\n 1. 请秘书处报告。\n"
			g, err := Parse("cop5.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if nodes, _ := graphFacts(g); nodes[tc.want].ID == "" {
				t.Errorf("no %s in %v", tc.want, facts(g))
			}
		})
	}
}

// TestRecommendationsOfAReport: the recommendations a report sets out under a heading that
// says so are proposed mandates; a report's other lists are not mandates.
func TestRecommendationsOfAReport(t *testing.T) {
	text := "CTOC/COP/WG.4/2013/5\n贩运人口问题工作组会议的报告\n\n二. 建议\n\n4. 工作组通过了下列建议：\n\n (a) 缔约国应考虑不予起诉；\n\n (b) 请联合国毒品和犯罪问题办公室继续协助缔约国；\n\n三. 会议安排\n\n5. 工作组收到了下列文件：\n\n (a) 请秘书处编写的说明（CTOC/COP/WG.4/2013/2）。\n"
	g, err := Parse("wg.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range g.Relationships {
		if r.Type == kg.RelMandates {
			got = append(got, r.End+" "+kg.String(r.Properties, kg.PropRelation))
			if r.Properties.Get(kg.PropProposed) != true {
				t.Errorf("%s is not marked proposed", r.ID)
			}
		}
	}
	slices.Sort(got)
	if want := []string{"actor:states-parties should", "actor:unodc requests"}; !slices.Equal(got, want) {
		t.Errorf("mandates %v, want %v", got, want)
	}
}

// TestACorrigendum: a corrigendum corrects the document its symbol names, and the acts it
// names without a verb are the ones it amends.
func TestACorrigendum(t *testing.T) {
	text := "CTOC/COP/2012/15/Corr.1\n缔约方会议第六届会议的报告\n\n更正\n\n1. 第 1 段，第 6/2 号决议，执行部分第 3 段\n 第 3 段应改为：“3. 请秘书处继续支持工作组的工作；”\n"
	g, err := Parse("corr.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	_, rels := graphFacts(g)
	if !rels["doc:CTOC/COP/2012/15/Corr.1-[REVISES]->doc:CTOC/COP/2012/15"] {
		t.Error("the corrigendum does not revise the report")
	}
	for _, r := range g.Relationships {
		if r.Type == kg.RelRefersTo && r.End == "act:cop:resolution:6/2" && kg.String(r.Properties, kg.PropRelation) != "amends" {
			t.Errorf("the corrigendum's reference to 6/2 is %q, not amends", kg.String(r.Properties, kg.PropRelation))
		}
	}
	for symbol, want := range map[string]string{"CTOC/COP/2012/15/Corr.1": "CTOC/COP/2012/15 corrigendum", "A/66/87/Add.2": "A/66/87 addendum",
		"CTOC/COP/2012/L.4/Rev.2": "CTOC/COP/2012/L.4 revision", "CTOC/COP/2012/15": " ", "E/CN.15/2013/L.12/Rev.": " "} {
		base, role, _ := revisionOf(symbol)
		if got := base + " " + role; got != want {
			t.Errorf("revisionOf(%q) = %q, want %q", symbol, got, want)
		}
	}
}

// TestTheCommissionForShort: "委员会" alone is the Commission the text named in full before,
// else the document's own Commission, never the document's other body.
func TestTheCommissionForShort(t *testing.T) {
	for _, tc := range []struct{ name, symbol, text, want string }{
		{"named in full in the sentence, in a GA resolution", "A/RES/69/196", "69/196. 标题\n\n 大会，\n\n 欢迎预防犯罪和刑事司法委员会第二十三届会议的工作，并注意到委员会第 23/1 号决议，\n\n 1. 请秘书长报告。\n", "act:ccpcj:resolution:23/1"},
		{"the Commission on Narcotic Drugs named before", "A/RES/69/200", "69/200. 标题\n\n 大会，\n\n 回顾麻醉药品委员会的工作，又回顾委员会第 56/1 号决议，\n\n 1. 请秘书长报告。\n", "act:cnd:resolution:56/1"},
		{"the document's own Commission", "E/CN.15/2014/20", "E/CN.15/2014/20\n预防犯罪和刑事司法委员会第二十三届会议报告\n\n1. 委员会在其第 22/7 号决议中请专家组继续开展工作。\n", "act:ccpcj:resolution:22/7"},
		{"a COP report: the Commission all the same", "CTOC/COP/2014/13", "CTOC/COP/2014/13\n缔约方会议第七届会议报告\n\n1. 预防犯罪和刑事司法委员会在其第 22/7 号决议中请专家组继续工作，委员会在其第 22/8 号决议中也请秘书处报告。\n", "act:ccpcj:resolution:22/8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse(tc.symbol+".txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if nodes, _ := graphFacts(g); nodes[tc.want].ID == "" {
				t.Errorf("no %s in %v", tc.want, facts(g))
			}
		})
	}
}

// TestSessionsAndBodiesOfNumbersAndSymbols: an act of a special session is of no regular
// session; an expert group's symbol of the UNODC series is its Commission's.
func TestSessionsAndBodiesOfNumbersAndSymbols(t *testing.T) {
	for number, want := range map[string]string{"S-20/2": "", "20/2": "session:ga:20", "55/25": "session:ga:55"} {
		if got := actSession(kg.ActKey{Body: kg.BodyGA, Kind: kg.KindResolution, Number: number}); got != want {
			t.Errorf("actSession(GA %s) = %q, want %q", number, got, want)
		}
	}
	for symbol, want := range map[string]kg.Body{"UNODC/CCPCJ/EG.4/2013/4": kg.BodyCCPCJ, "UNODC/CND/2014/1": kg.BodyCND, "CTOC/COP/WG.4/2013/5": kg.BodyCOP} {
		if got := documentBody([]string{symbol}, nil); got != want {
			t.Errorf("documentBody(%s) = %s, want %s", symbol, got, want)
		}
	}
}

func TestArticleNumbers(t *testing.T) {
	for in, want := range map[string]int{"1": 1, "32": 32, "三十二": 32, "十": 10, "一百": 100, "一百零五": 105, "二百四十": 240} {
		if got := articleNumber(in); got != want {
			t.Errorf("articleNumber(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestAQuestionIsNoGroup: "…这一问题的工作组" speaks of a group by its task, not by a name.
func TestAQuestionIsNoGroup(t *testing.T) {
	for _, s := range []string{"讨论这一问题的工作组", "审议此问题的专家组", "处理该问题的工作组"} {
		if ms := findEntities(s); len(ms) > 0 {
			t.Errorf("findEntities(%q) = %s", s, ms[0].ent.id)
		}
	}
}

// TestADraftAnActRecommends: an act that recommends a draft to another body quotes it;
// the draft's "其" is that body, its verbs open after the quotation marks, and what it
// asks is proposed.
func TestADraftAnActRecommends(t *testing.T) {
	for _, tc := range []struct{ name, text, mandate string }{
		{"in a Council resolution", "2016/19. 联合国预防犯罪和刑事司法方案\n\n 经济及社会理事会，\n\n 建议大会通过下列决议草案：\n\n “大会，\n\n “回顾其第 70/178 号决议，\n\n “1. 请秘书长提交报告。”\n\n 2016 年 7 月 27 日\n 第 49 次全体会议\n",
			"act:ecosoc:resolution:2016/19#draft-op1-[MANDATES:requests]->actor:secretary-general"},
		{"in a draft a report recommends", "E/CN.15/2016/13\n预防犯罪和刑事司法委员会第二十五届会议报告\n\n1. 委员会建议经济及社会理事会通过下列决议草案：\n\n决议草案二\n\n联合国预防犯罪和刑事司法方案\n\n 经济及社会理事会，\n\n 建议大会通过下列决议草案：\n\n “大会，\n\n “回顾其 2015 年 12 月 17 日第 70/178 号决议，\n\n “1. 请秘书长提交报告。”\n",
			"doc:E/CN.15/2016/13#u7-[MANDATES:requests]->actor:secretary-general"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("x.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			var recalls, proposed bool
			for _, r := range g.Relationships {
				if r.Type == kg.RelRefersTo && r.End == "act:ga:resolution:70/178" && kg.String(r.Properties, kg.PropRelation) == "recalls" {
					recalls = true
				}
				if r.ID == tc.mandate && r.Properties.Get(kg.PropProposed) == true {
					proposed = true
				}
			}
			if !recalls {
				t.Errorf("the draft does not recall the Assembly's 70/178: %v", facts(g))
			}
			if !proposed {
				t.Errorf("no proposed %s: %v", tc.mandate, facts(g))
			}
			if nodes, _ := graphFacts(g); nodes["act:ecosoc:resolution:70/178"].ID != "" {
				t.Error("其 in the Assembly's draft read as the Council's")
			}
		})
	}
}

// TestTheOwnConventionAndTheCouncil: "《公约》" in a report of the Conference of the States
// Parties is the Convention against Corruption; an act numbered by year is the Council's
// whatever the document's body; a resolution cited by number and symbol is cited once; a
// draft's symbol after an act adopted by number is its draft.
func TestTheOwnConventionAndTheCouncil(t *testing.T) {
	text := "CAC/COSP/2015/10\n联合国反腐败公约缔约国会议第六届会议报告\n\n第 6/1 号决议\n\n标题\n\n 缔约国会议，\n\n 回顾《公约》第 13 条，\n\n 铭记大会第 58/4 号决议（A/RES/58/4），\n\n 又回顾理事会第 2014/17 号决议和其第 2013/40 号决议，\n\n 1. 请秘书处报告。\n\n三. 会议安排\n\n5. 在 2015 年 11 月 6 日第 9 次全体会议上，缔约国会议通过了第 6/2 号决议（CAC/COSP/2015/L.12）。\n"
	g, err := Parse("cosp6.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	if nodes["inst:untoc"].ID != "" || nodes["inst:uncac"].ID == "" {
		t.Errorf("《公约》 in a COSP report is not the Convention against Corruption: %v", facts(g))
	}
	for _, id := range []string{"act:ecosoc:resolution:2014/17", "act:ecosoc:resolution:2013/40"} {
		if nodes[id].ID == "" {
			t.Errorf("no %s", id)
		}
	}
	n := 0
	for _, r := range g.Relationships {
		if r.Type == kg.RelRefersTo && r.End == "act:ga:resolution:58/4" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("GA 58/4 is referred to %d times, want once", n)
	}
	if !rels["act:cosp:resolution:6/2-[DRAFTED_AS]->doc:CAC/COSP/2015/L.12"] {
		t.Error("6/2 was not drafted as L.12")
	}
}

// TestAnAnnexedInstrumentAsksNothingOfTheAct: the articles of an instrument an act annexes
// say what the instrument asks ("各国应…"); they are no mandates of the act.
func TestAnAnnexedInstrumentAsksNothingOfTheAct(t *testing.T) {
	text := "2016/18. 示范条款\n\n 经济及社会理事会，\n\n 1. 请秘书长分发示范条款。\n\n附件\n\n示范条款\n\n第 3 条\n\n中央机关\n\n 各国应指定一个中央机关。\n"
	g, err := Parse("e.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range g.Relationships {
		if r.Type == kg.RelMandates && r.End != "actor:secretary-general" {
			t.Errorf("an article's clause became a mandate of the act: %s", r.ID)
		}
	}
}

package loader

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"copgraph/kg"
)

func TestSessionRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want []session
	}{
		{"held, place after the dates", "缔约方会议于 2012 年 10 月 15 日至 19 日在维也纳举行了第六届会议。",
			[]session{{number: 6, place: "维也纳", start: "2012-10-15", end: "2012-10-19"}}},
		{"held, compact, across months", "在2014年9月29日至10月3日于纽约举行的第十一届会议上",
			[]session{{number: 11, place: "纽约", start: "2014-09-29", end: "2014-10-03"}}},
		{"decided for the future", "缔约方会议决定其第七届会议将于 2014 年 10 月 6 日至 10 日举行。",
			[]session{{number: 7, start: "2014-10-06", end: "2014-10-10", future: true}}},
		{"decided, no 将", "委员会决定其第二十三届会议于 2014 年 5 月 12 日至 16 日在维也纳举行。",
			[]session{{number: 23, place: "维也纳", start: "2014-05-12", end: "2014-05-16", future: true}}},
		{"no dates, no session", "缔约方会议第七届会议临时议程", nil},
		{"the city after its State", "委员会第九届会议于2019年11月4日至8日在大不列颠及北爱尔兰联合王国伦敦举行。",
			[]session{{number: 9, place: "伦敦", start: "2019-11-04", end: "2019-11-08"}}},
		{"the city after a federation", "于 2016 年 4 月 11 日至 13 日在俄罗斯联邦喀山举行了第四届会议。",
			[]session{{number: 4, place: "喀山", start: "2016-04-11", end: "2016-04-13"}}},
		{"a State alone stays the place", "第三届会议于2009年11月9日至13日在卡塔尔举行。",
			[]session{{number: 3, place: "卡塔尔", start: "2009-11-09", end: "2009-11-13"}}},
		{"in parts joined by 及", "委员会第二十六届会议于 2016 年 12 月 8 日及 2017 年 5 月 22 日至 26 日在维也纳举行。",
			[]session{{number: 26, place: "维也纳", start: "2016-12-08", end: "2017-05-26", parts: []span{{"2016-12-08", "2016-12-08"}, {"2017-05-22", "2017-05-26"}}}}},
		{"held, the session named first", "第六届会议于 2015 年 11 月 2 日至 6 日在圣彼得堡举行。",
			[]session{{number: 6, place: "圣彼得堡", start: "2015-11-02", end: "2015-11-06"}}},
		{"held on one day", "委员会于 2018 年 12 月 7 日在维也纳举行了第二十七届会议。",
			[]session{{number: 27, place: "维也纳", start: "2018-12-07", end: "2018-12-07"}}},
		{"one part across a year end", "第八届会议于 2020 年 12 月 28 日至 2021 年 1 月 3 日在维也纳举行。",
			[]session{{number: 8, place: "维也纳", start: "2020-12-28", end: "2021-01-03"}}},
		{"one part across a year end, the year left out", "于 2020 年 12 月 28 日至 1 月 3 日在维也纳举行了第八届会议。",
			[]session{{number: 8, place: "维也纳", start: "2020-12-28", end: "2021-01-03"}}},
		{"opened, then resumed (续会)", "委员会第三十届会议于 2020 年 12 月 11 日在维也纳开幕，并于 2021 年 5 月 17 日至 21 日续会。",
			[]session{{number: 30, place: "维也纳", start: "2020-12-11", end: "2021-05-21", parts: []span{{"2020-12-11", "2020-12-11"}, {"2021-05-17", "2021-05-21"}}}}},
		{"opened, then the resumed part held", "第二十五届会议于 2015 年 12 月 11 日开幕，续会于 2016 年 5 月 23 日至 27 日举行。",
			[]session{{number: 25, start: "2015-12-11", end: "2016-05-27", parts: []span{{"2015-12-11", "2015-12-11"}, {"2016-05-23", "2016-05-27"}}}}},
		{"opened, then reconvened (复会) elsewhere", "第十届会议于 2019 年 12 月 6 日在纽约开幕，随后于 2020 年 3 月 2 日至 6 日在维也纳复会。",
			[]session{{number: 10, place: "纽约", start: "2019-12-06", end: "2020-03-06", parts: []span{{"2019-12-06", "2019-12-06"}, {"2020-03-02", "2020-03-06"}}}}},
		{"opened, and no more: no days", "第三十届会议于 2020 年 12 月 11 日在维也纳开幕。", nil},
		{"opened, then something held: no resumption said", "第三十届会议于 2020 年 12 月 11 日开幕，并于 2021 年 5 月 17 日至 21 日举行了专题讨论。", nil},
		{"held in parts joined by 和", "麻醉药品委员会于 2012 年 12 月 7 日和 2013 年 3 月 11 日至 15 日在维也纳举行了第五十六届会议。",
			[]session{{number: 56, place: "维也纳", start: "2012-12-07", end: "2013-03-15", parts: []span{{"2012-12-07", "2012-12-07"}, {"2013-03-11", "2013-03-15"}}}}},
		{"a resumed part held", "委员会第二十九届会议续会于 2020 年 12 月 10 日至 11 日在维也纳举行。",
			[]session{{number: 29, place: "维也纳", start: "2020-12-10", end: "2020-12-11", resumed: true}}},
		{"a resumed part held on one day", "实施情况审议组第四届会议复会于 2013 年 11 月 26 日在巴拿马城举行。",
			[]session{{number: 4, place: "巴拿马城", start: "2013-11-26", end: "2013-11-26", resumed: true, group: true}}},
		{"a group's session, the group the subject", "工作组于 2015 年 11 月 2 日至 6 日在维也纳举行了第五届会议。",
			[]session{{number: 5, place: "维也纳", start: "2015-11-02", end: "2015-11-06", group: true}}},
		{"a body's session a group met during", "枪支问题工作组在缔约方会议于 2012 年 10 月 15 日至 19 日在维也纳举行的第六届会议期间举行了会议。",
			[]session{{number: 6, place: "维也纳", start: "2012-10-15", end: "2012-10-19"}}},
		{"a second part", "大会第六十五届会议第二部分于 2011 年 4 月 11 日至 15 日在纽约举行。",
			[]session{{number: 65, place: "纽约", start: "2011-04-11", end: "2011-04-15", resumed: true, body: kg.BodyGA}}},
		{"another body's, named", "决定预防犯罪和刑事司法委员会第二十八届会议续会将于 2019 年 12 月 12 日和 13 日在维也纳举行。",
			[]session{{number: 28, place: "维也纳", start: "2019-12-12", end: "2019-12-13", resumed: true, future: true, body: kg.BodyCCPCJ}}},
		{"a resumed part, the session named after", "于 2018 年 12 月 7 日在维也纳举行的第二十七届会议续会",
			[]session{{number: 27, place: "维也纳", start: "2018-12-07", end: "2018-12-07", resumed: true}}},
		{"a resumed part decided for the future", "委员会决定其第三十届会议续会将于 2021 年 5 月 17 日至 21 日举行。",
			[]session{{number: 30, start: "2021-05-17", end: "2021-05-21", resumed: true, future: true}}},
		// A manner stands where a place may, in a session held in parts and in a resumption.
		{"in parts, a manner", "麻醉药品委员会于 2020 年 12 月 2 日和 2021 年 4 月 12 日至 16 日以混合形式在维也纳举行了第六十四届会议。",
			[]session{{number: 64, place: "维也纳", start: "2020-12-02", end: "2021-04-16", parts: []span{{"2020-12-02", "2020-12-02"}, {"2021-04-12", "2021-04-16"}}}}},
		{"opened, then resumed in a manner", "委员会第三十届会议于 2020 年 12 月 11 日在维也纳开幕，续会于 2021 年 5 月 17 日至 21 日以线上线下结合方式举行。",
			[]session{{number: 30, place: "维也纳", start: "2020-12-11", end: "2021-05-21", parts: []span{{"2020-12-11", "2020-12-11"}, {"2021-05-17", "2021-05-21"}}}}},
		// The manner of holding it, before or after the place, says nothing of when or where.
		{"held online, the manner before the place", "委员会于 2021 年 4 月 12 日至 16 日以线上形式在维也纳举行了第十四届会议。",
			[]session{{number: 14, place: "维也纳", start: "2021-04-12", end: "2021-04-16"}}},
		{"held hybrid, the manner after the place", "在2020年10月12日至16日在维也纳以线上线下结合方式举行的第十届会议上",
			[]session{{number: 10, place: "维也纳", start: "2020-10-12", end: "2020-10-16"}}},
		{"held virtually, no place", "缔约国会议于 2021 年 12 月 13 日至 17 日以虚拟形式举行第九届会议。",
			[]session{{number: 9, start: "2021-12-13", end: "2021-12-17"}}},
		// A session held in parts, each named: the first part, then the resumed one.
		{"the first part, then the resumed part", "工作组第五届会议第一部分于 2020 年 11 月 2 日至 4 日以线上形式举行，续会于 2021 年 2 月 8 日在维也纳举行。",
			[]session{{number: 5, place: "维也纳", start: "2020-11-02", end: "2021-02-08", parts: []span{{"2020-11-02", "2020-11-04"}, {"2021-02-08", "2021-02-08"}}, group: true}}},
		{"held, then resumed", "第三届会议于 2018 年 5 月 7 日至 9 日在纽约举行，随后于 2018 年 10 月 1 日至 3 日在纽约复会。",
			[]session{{number: 3, place: "纽约", start: "2018-05-07", end: "2018-10-03", parts: []span{{"2018-05-07", "2018-05-09"}, {"2018-10-01", "2018-10-03"}}}}},
		{"the first part alone", "第四届会议第一部分于 2019 年 3 月 4 日至 6 日在维也纳举行。",
			[]session{{number: 4, place: "维也纳", start: "2019-03-04", end: "2019-03-06"}}},
		{"held, then something else held: no resumption said", "第四届会议于 2019 年 3 月 4 日至 6 日在维也纳举行，并于 2019 年 3 月 7 日举行了专家会议。",
			[]session{{number: 4, place: "维也纳", start: "2019-03-04", end: "2019-03-06"}}},
		{"a group's future session, its subject holding it (其)", "根据第 12/3 号决议，专家组将于 2032 年 2 月 9 日至 11 日在内罗毕举行其第四届会议。",
			[]session{{number: 4, place: "内罗毕", start: "2032-02-09", end: "2032-02-11", future: true, group: true}}},
		{"held its session (举行了其)", "委员会于 2030 年 3 月 4 日在日内瓦举行了其第二届会议。",
			[]session{{number: 2, place: "日内瓦", start: "2030-03-04", end: "2030-03-04"}}},
		{"decided, a manner", "缔约方会议决定其第十二届会议将于 2024 年 10 月 14 日至 18 日以现场和线上相结合的方式在维也纳举行。",
			[]session{{number: 12, place: "维也纳", start: "2024-10-14", end: "2024-10-18", future: true}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findSessions(tc.text)
			for i := range got {
				got[i].start0, got[i].end0, got[i].quote = 0, 0, ""
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(session{}, span{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	for in, want := range map[string]int{"六": 6, "十": 10, "十一": 11, "二十": 20, "二十三": 23} {
		if got := chineseNumber(in); got != want {
			t.Errorf("chineseNumber(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestAgendaItemRules(t *testing.T) {
	for _, tc := range []struct {
		text, number, title string
	}{
		{"缔约方会议在第 4 次会议上审议了议程项目 2(a)，其标题为“审议实施情况：《公约》”。", "2(a)", "审议实施情况：《公约》"},
		{"缔约方会议审议了题为“技术援助”的议程项目 5。为便于审议该项目，", "5", "技术援助"},
		{"缔约方会议审议了议程项目 3。", "3", ""},
		{"大会审议了议程项目 103。", "103", ""},
		{"委员会审议了议程项目 2（a）。", "2(a)", ""},
		{"在审议议程项目 2 期间，下列国家的专家作了发言：德国和法国。", "2", ""},
		{"缔约国会议审议了议程项目 2，题为“实施情况审议机制”。", "2", "实施情况审议机制"},
	} {
		its := findAgendaItems(tc.text)
		if len(its) != 1 || its[0].number != tc.number || its[0].title != tc.title {
			t.Errorf("findAgendaItems(%q) = %+v, want item %s titled %q", tc.text, its, tc.number, tc.title)
		}
	}
}

// TestCorpusSessions pins what the corpus says of sessions and agendas.
func TestCorpusSessions(t *testing.T) {
	g, err := Parse("CTOC-COP-2012-15.zh.txt", readCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	nodes := map[string]kg.Node{}
	for _, n := range g.Nodes {
		nodes[n.ID] = n
	}
	s6 := nodes["session:cop:6"].Properties
	if s6.Get(kg.PropPlace) != "维也纳" || s6.Get(kg.PropStartDate) != "2012-10-15" || s6.Get(kg.PropEndDate) != "2012-10-19" {
		t.Errorf("session 6 = %v", s6)
	}
	if s7 := nodes["session:cop:7"].Properties; s7.Get(kg.PropStartDate) != "2014-10-06" || s7.Get(kg.PropEndDate) != "2014-10-10" {
		t.Errorf("session 7 = %v", s7)
	}
	rels := map[string]bool{}
	items7 := 0
	for _, r := range g.Relationships {
		rels[r.Start+" "+r.Type+" "+r.End] = true
		if r.Type == kg.RelHasAgendaItem && r.Start == "session:cop:7" {
			items7++
		}
	}
	if items7 != 19 {
		t.Errorf("the provisional agenda of session 7 has %d items, want 19 (9 items, 10 sub-items)", items7)
	}
	for _, want := range []string{
		"act:cop:resolution:6/1 ADOPTED_AT session:cop:6",
		"act:cop:resolution:5/1 ADOPTED_AT session:cop:5",
		"act:ga:resolution:64/293 ADOPTED_AT session:ga:64",
		"act:cop:resolution:6/1 CONSIDERED_UNDER agenda:cop:6:2(a)",
		"act:cop:resolution:6/4 CONSIDERED_UNDER agenda:cop:6:5",
		"doc:CTOC/COP/2012/CRP.4 CONSIDERED_UNDER agenda:cop:6:3",
	} {
		if !rels[want] {
			t.Errorf("missing %s", want)
		}
	}
	if rels["act:cop:decision:6/2 CONSIDERED_UNDER agenda:cop:6:7"] {
		t.Errorf("decision 6/2, adopted in another chapter, is put under item 7")
	}
}

func TestBureauRules(t *testing.T) {
	text := "6. 缔约方会议选出下列主席团成员：\n主席:   Rachmat Budiman（印度尼西亚）\n副主席:   Simona Marin（罗马尼亚）\nEugenio María Curia（阿根廷）\n报告员：Consolata Kiragu(肯尼亚)\n会议还决定："
	want := []officer{
		{"president", "Rachmat Budiman", "印度尼西亚"},
		{"vice-president", "Simona Marin", "罗马尼亚"},
		{"vice-president", "Eugenio María Curia", "阿根廷"},
		{"rapporteur", "Consolata Kiragu", "肯尼亚"},
	}
	if diff := cmp.Diff(want, findBureau(text), cmp.AllowUnexported(officer{})); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for text, want := range map[string][]officer{
		"5. 在第1次会议上，缔约方会议以鼓掌方式选举 Fernando Núñez（巴拿马）为主席。":                     {{"president", "Fernando Núñez", "巴拿马"}},
		"5. 委员会选举了下列主席团成员：\n第一副主席：   Shigeru Kaneko（日本）\n第二副主席：Ana Silva（巴西）": {{"vice-president", "Shigeru Kaneko", "日本"}, {"vice-president", "Ana Silva", "巴西"}},
		"在开幕会议上，工作组选举Hana Novotná（捷克）为会议主席。":                                  {{"president", "Hana Novotná", "捷克"}},
		"委员会以鼓掌方式选举 Kwame Mensah（加纳）为本届会议副主席。":                                {{"vice-president", "Kwame Mensah", "加纳"}},
		"缔约国会议选举Pedro Alves（葡萄牙）为第十一届会议主席。":                                   {{"president", "Pedro Alves", "葡萄牙"}},
		"缔约方会议选举 Li Na（中国）为委员会报告员。":                                           {{"rapporteur", "Li Na", "中国"}},
		"委员会选举主席团成员的工作推迟。":                                                    nil,
	} {
		if diff := cmp.Diff(want, findBureau(text), cmp.AllowUnexported(officer{})); diff != "" {
			t.Errorf("findBureau(%q) (-want +got):\n%s", text, diff)
		}
	}
}

// TestABureauListedAtTheMargin: the lines of a list of officers open with their roles, at
// the margin as well as indented, and are not glued to the sentence before.
func TestABureauListedAtTheMargin(t *testing.T) {
	text := "E/CN.7/2013/13\n麻醉药品委员会\n第五十六届会议报告\n\n5. 在 2013 年 3 月 11 日第 1 次会议上，委员会选举了下列主席团成员：\n\n主席：       Carmen Buján Freire（西班牙）\n副主席：   Joseph Bayo（尼日利亚）\n报告员：     Natalia Sakharova（俄罗斯联邦）\n"
	g, err := Parse("cnd.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	_, rels := graphFacts(g)
	for _, id := range []string{"person:Carmen Buján Freire-[ELECTED]->session:cnd:56", "person:Joseph Bayo-[ELECTED]->session:cnd:56", "person:Natalia Sakharova-[MEMBER_OF]->state:rus"} {
		if !rels[id] {
			t.Errorf("no %s", id)
		}
	}
}

func TestAgendaTitlesInEnglish(t *testing.T) {
	for zh, en := range map[string]string{
		"技术援助":              "Technical assistance",
		"组织事项：一般性讨论":        "Organizational matters: general discussion",
		"缔约方会议第十一届会议开幕":     "Opening of the eleventh session of the Conference",
		"通过缔约方会议第二十三届会议的报告": "Adoption of the report of the Conference on its 23rd session",
		"一个本届会议才有的新项目":      "",
	} {
		if got := agendaTitleEn(zh); got != en {
			t.Errorf("agendaTitleEn(%q) = %q, want %q", zh, got, en)
		}
	}
}

// TestAnItemsAccountEndsWithItsSection: a statement in a section of its own is not on the
// item the section before considered; the parts of one account ("审议情况", "采取的行动")
// are.
func TestAnItemsAccountEndsWithItsSection(t *testing.T) {
	text := "二. 组织事项\n\n1. 缔约方会议于 2014 年 10 月 6 日至 10 日在维也纳举行了第七届会议。\n\nB. 技术援助\n\n2. 缔约方会议审议了议程项目 3。\n\nA. 审议情况\n\n3. 挪威的代表作了发言。\n\nC. 其他事项\n\n4. 秘鲁的代表作了发言。\n"
	g, err := Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	on := map[string]string{}
	for _, r := range g.Relationships {
		if r.Type == kg.RelSpokeOn {
			on[r.Start] = r.End
		}
	}
	if on["state:nor"] != "agenda:cop:7:3" || on["state:per"] != "session:cop:7" {
		t.Errorf("Norway spoke on %q, Peru on %q; want agenda:cop:7:3 and session:cop:7", on["state:nor"], on["state:per"])
	}
}

// TestAnAgendaListedInTheNarrative: a report that says it adopted its agenda "其内容如下："
// lists the items after, on the paragraph's own lines or in unnumbered paragraphs; each is
// an item of the session, sub-items numbered under their item.
func TestAnAgendaListedInTheNarrative(t *testing.T) {
	for name, list := range map[string]string{
		"lines of the paragraph":  "6. 缔约方会议在第 1 次会议上通过了 CTOC/COP/2010/1 号文件所载的临时议程，其内容如下：\n 1. 组织事项：\n  (a) 会议开幕；\n  (b) 选举主席团成员。\n 2. 技术援助。\n",
		"paragraphs of their own": "6. 缔约方会议在第 1 次会议上通过了议程如下：\n\n 1. 组织事项：\n\n  (a) 会议开幕；\n\n  (b) 选举主席团成员。\n\n 2. 技术援助。\n\n7. 缔约方会议审议了议程项目 2。\n",
	} {
		t.Run(name, func(t *testing.T) {
			text := "CTOC/COP/2010/17\n联合国打击跨国有组织犯罪公约缔约方会议第五届会议的报告\n\n" + list
			g, err := Parse("cop5.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			nodes, rels := graphFacts(g)
			for id, title := range map[string]string{"agenda:cop:5:1": "组织事项", "agenda:cop:5:1(a)": "会议开幕", "agenda:cop:5:1(b)": "选举主席团成员", "agenda:cop:5:2": "技术援助"} {
				if got := kg.String(nodes[id].Properties, kg.PropTitle); got != title {
					t.Errorf("%s titled %q, want %q", id, got, title)
				}
				if !rels["session:cop:5-[HAS_AGENDA_ITEM]->"+id] {
					t.Errorf("no HAS_AGENDA_ITEM to %s", id)
				}
			}
			if kg.String(nodes["agenda:cop:5:1(a)"].Properties, kg.PropTitleEn) != "Opening of the session" {
				t.Errorf("1(a) has no English title: %v", nodes["agenda:cop:5:1(a)"].Properties)
			}
		})
	}
}

// TestSessionDatesOnTheTitlePage: a document that says nothing of its session's days in
// its narrative (a note for the session) gives them on its title page.
func TestSessionDatesOnTheTitlePage(t *testing.T) {
	for _, tc := range []struct {
		name, title, start, end, place string
		parts                          []string
		narrative                      string // "" for a note's, which dates nothing
	}{
		{"days and place", "第六届会议\n2012 年 10 月 15 日至 19 日，维也纳\n临时议程项目 2\n", "2012-10-15", "2012-10-19", "维也纳", nil, ""},
		{"opened, then resumed: both parts", "第二十二届会议\n（2012 年 12 月 7 日和 2013 年 4 月 22 日至 26 日）\n", "2012-12-07", "2013-04-26", "",
			[]string{"2012-12-07/2012-12-07", "2013-04-22/2013-04-26"}, ""},
		{"in parts, with the place", "第二十二届会议\n（2012 年 12 月 7 日和 2013 年 4 月 22 日至 26 日，维也纳）\n", "2012-12-07", "2013-04-26", "维也纳",
			[]string{"2012-12-07/2012-12-07", "2013-04-22/2013-04-26"}, ""},
		{"two days joined by 和: one part", "第六届会议\n2012 年 10 月 15 日和 16 日，维也纳\n", "2012-10-15", "2012-10-16", "维也纳", nil, ""},
		{"across months, compact", "第七届会议\n2014年9月29日至10月3日，纽约\n", "2014-09-29", "2014-10-03", "纽约", nil, ""},
		// A report's subtitle says where the session was held as its narrative would.
		{"a subtitle, held at", "第十届会议报告\n（2020 年 10 月 12 日至 16 日在维也纳举行）\n", "2020-10-12", "2020-10-16", "维也纳", nil, ""},
		{"a subtitle, held hybrid", "第九届会议报告\n（2021年12月13日至17日以混合形式于沙姆沙伊赫举行）\n", "2021-12-13", "2021-12-17", "沙姆沙伊赫", nil, ""},
		// A resumed part dated under its label: the session's later part, not its days.
		{"the resumed part under its label", "第三十三届会议\n2024 年 5 月 13 日至 17 日，维也纳\n复会\n2024 年 12 月 5 日至 6 日，维也纳\n", "2024-05-13", "2024-12-06", "维也纳",
			[]string{"2024-05-13/2024-05-17", "2024-12-05/2024-12-06"}, ""},
		// A narrative that dates the session and names no place says nothing of where it
		// met; one that names a place says where.
		{"the narrative's days without a place", "第十一届会议报告\n（2022 年 10 月 17 日至 21 日，多哈）\n", "2022-10-17", "2022-10-21", "多哈", nil,
			"1. 缔约方会议第十一届会议于 2022 年 10 月 17 日至 21 日以线上线下结合方式举行。\n\n2. 缔约方会议在其第 5/1 号决议中请秘书处编写本说明。\n"},
		{"the narrative's days and place", "第十一届会议报告\n（2022 年 10 月 17 日至 21 日，多哈）\n", "2022-10-17", "2022-10-21", "维也纳", nil,
			"1. 缔约方会议第十一届会议于 2022 年 10 月 17 日至 21 日在维也纳举行。\n\n2. 缔约方会议在其第 5/1 号决议中请秘书处编写本说明。\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			narrative := tc.narrative
			if narrative == "" {
				narrative = "1. 缔约方会议在其第 5/1 号决议中请秘书处编写本说明。\n"
			}
			text := "CTOC/COP/2012/2\n联合国打击跨国有组织犯罪公约缔约方会议\n" + tc.title + "\n秘书处的说明\n\n" + narrative
			g, err := Parse("note.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			var session kg.Node
			for _, n := range g.Nodes {
				if n.Label(kg.LabelSession) && kg.String(n.Properties, kg.PropStartDate) != "" {
					session = n
				}
			}
			p := session.Properties
			parts, _ := p.Get(kg.PropParts).([]string)
			if kg.String(p, kg.PropStartDate) != tc.start || kg.String(p, kg.PropEndDate) != tc.end || kg.String(p, kg.PropPlace) != tc.place ||
				!slices.Equal(parts, tc.parts) {
				t.Errorf("session %s: %v, want %s to %s at %q in parts %v", session.ID, p, tc.start, tc.end, tc.place, tc.parts)
			}
		})
	}
}

// TestAWorkingGroupsReport: a working group's report of its meeting is the report of a
// session of the group: its days and place, its agenda, its meetings (the group's, here),
// who opened it and who spoke.
func TestAWorkingGroupsReport(t *testing.T) {
	text := "CTOC/COP/WG.4/2013/5\n2013 年 11 月 6 日至 8 日在维也纳举行的贩运人口问题工作组会议的报告\n\n" +
		"一. 会议安排\n\n" +
		"1. 会议由工作组主席 Vanessa Roi（秘鲁）宣布开幕。\n\n" +
		"2. 工作组在 2013 年 11 月 6 日第 1 次会议上通过了下列议程：\n\n 1. 组织事项。\n\n 2. 其他事项。\n\n" +
		"3. 在第 1 次会议上，下列缔约国的代表作了发言：阿根廷和奥地利。\n\n" +
		"4. 专家组报告员 Li Wei（新加坡）作了介绍性发言。\n"
	g, err := Parse("wg4.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	const session = "session:wg:trafficking-in-persons:2013-11-06"
	p := nodes[session].Properties
	if kg.String(p, kg.PropStartDate) != "2013-11-06" || kg.String(p, kg.PropEndDate) != "2013-11-08" || kg.String(p, kg.PropPlace) != "维也纳" || kg.String(p, kg.PropGroup) != "wg:trafficking-in-persons" {
		t.Errorf("session %v", p)
	}
	for _, id := range []string{
		"wg:trafficking-in-persons-[HAS_SESSION]->" + session,
		session + "-[HAS_AGENDA_ITEM]->agenda:wg:trafficking-in-persons:2013-11-06:1",
		session + "-[HAS_AGENDA_ITEM]->agenda:wg:trafficking-in-persons:2013-11-06:2",
		session + "-[HAS_MEETING]->meeting:wg:trafficking-in-persons:2013-11-06:1",
		"person:Vanessa Roi-[SPOKE_ON]->" + session,
		"person:Vanessa Roi-[MEMBER_OF]->state:per",
		"state:arg-[SPOKE_ON]->" + session,
		"state:aut-[SPOKE_ON]->" + session,
		// The statement is the office's; its holder, named with the State, is a delegate.
		"actor:专家组报告员-[SPOKE_ON]->" + session,
		"person:Li Wei-[MEMBER_OF]->state:sgp",
	} {
		if !rels[id] {
			t.Errorf("no %s", id)
		}
	}
}

// TestANoteForAWorkingGroupsSession: a note whose symbol is of a group's series and whose
// title page gives the group, its days and place, and the item it is before; a meeting the
// note dates in another year is not the session's.
func TestANoteForAWorkingGroupsSession(t *testing.T) {
	text := "CTOC/COP/WG.6/2014/2\n\n枪支问题工作组\n2014 年 5 月 26 日和 27 日，维也纳\n临时议程项目 2\n枪支议定书的批准和实施情况\n\n秘书处的说明\n\n" +
		"1. 工作组在 2012 年 5 月 21 日和 22 日举行的第一次会议上建议，各国应考虑批准该议定书。\n"
	g, err := Parse("wg6.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	const session = "session:wg:firearms:2014-05-26"
	if p := nodes[session].Properties; kg.String(p, kg.PropEndDate) != "2014-05-27" || kg.String(p, kg.PropPlace) != "维也纳" {
		t.Errorf("session %v", p)
	}
	if !rels["doc:CTOC/COP/WG.6/2014/2-[CONSIDERED_UNDER]->agenda:wg:firearms:2014-05-26:2"] {
		t.Error("the note is not before item 2 of the group's session")
	}
	if got := kg.String(nodes["agenda:wg:firearms:2014-05-26:2"].Properties, kg.PropTitle); got != "枪支议定书的批准和实施情况" {
		t.Errorf("item 2 is titled %q, not as the title page gives it", got)
	}
	for id := range nodes {
		if strings.HasPrefix(id, "meeting:") {
			t.Errorf("a meeting of another session became this one's: %s", id)
		}
	}
}

// TestAnItemQuotedWithItsSubItems: "审议了议程项目 8，内容如下：“8. …：(a)…(b)…”" gives the
// item's title and its sub-items.
func TestAnItemQuotedWithItsSubItems(t *testing.T) {
	text := "E/CN.7/2013/13\n\n麻醉药品委员会第五十六届会议报告\n\n8. 在 2013 年 3 月 14 日第 7 次会议上，委员会审议了议程项目 8，内容如下：\n\n“8. 大会第二十届特别会议成果的后续行动：\n  (a) 减少需求和相关措施；\n  (b) 减少供应和相关措施。”\n"
	g, err := Parse("cnd.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := graphFacts(g)
	for id, title := range map[string]string{"agenda:cnd:56:8": "大会第二十届特别会议成果的后续行动", "agenda:cnd:56:8(a)": "减少需求和相关措施", "agenda:cnd:56:8(b)": "减少供应和相关措施"} {
		if got := kg.String(nodes[id].Properties, kg.PropTitle); got != title {
			t.Errorf("%s titled %q, want %q", id, got, title)
		}
	}
}

// TestDocumentsBeforeAnItemInTheNextParagraph: the documents a paragraph says the body
// had before it, under an item, were before that item.
func TestDocumentsBeforeAnItemInTheNextParagraph(t *testing.T) {
	text := "E/CN.7/2013/13\n\n麻醉药品委员会第五十六届会议报告\n\n6. 在 2013 年 3 月 12 日第 3 次会议上，委员会审议了议程项目 6。\n\n7. 为审议该项目，委员会收到了下列文件：\n (a) 秘书处关于世界毒品问题的报告（E/CN.7/2013/2）；\n (b) 执行主任的报告（E/CN.7/2013/3）。\n\n8. 委员会还收到了 E/CN.7/2013/9 号文件。\n"
	g, err := Parse("cnd.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	_, rels := graphFacts(g)
	for _, sym := range []string{"E/CN.7/2013/2", "E/CN.7/2013/3", "E/CN.7/2013/9"} {
		if !rels["doc:"+sym+"-[CONSIDERED_UNDER]->agenda:cnd:56:6"] {
			t.Errorf("%s was not before item 6", sym)
		}
	}
}

// TestAnAgendaListedAtTheMargin: an adopted agenda whose items stand at the margin, their
// numbers restarting at 1, is a list of the paragraph that opens it, not text to drop.
func TestAnAgendaListedAtTheMargin(t *testing.T) {
	text := "CTOC/COP/2016/15\n缔约方会议第八届会议报告\n\n5. 缔约方会议在第 1 次会议上通过了下列议程：\n\n1. 组织事项：\n\n (a) 会议开幕；\n\n (b) 选举主席团成员。\n\n2. 技术援助。\n\n3. 通过报告。\n\n6. 缔约方会议审议了议程项目 2。\n\n一. 审议情况\n\n7. 发言者强调合作。\n"
	g, err := Parse("cop8.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := graphFacts(g)
	for id, title := range map[string]string{"agenda:cop:8:1": "组织事项", "agenda:cop:8:1(a)": "会议开幕", "agenda:cop:8:1(b)": "选举主席团成员", "agenda:cop:8:2": "技术援助", "agenda:cop:8:3": "通过报告"} {
		if got := kg.String(nodes[id].Properties, kg.PropTitle); got != title {
			t.Errorf("%s titled %q, want %q", id, got, title)
		}
	}
	if p := kg.String(nodes["doc:CTOC/COP/2016/15#n5"].Properties, kg.PropText); !strings.Contains(p, "3. 通过报告。") {
		t.Errorf("the list is not in the paragraph that opens it: %q", p)
	}
}

func TestTheTitleATitlePageGivesItsItem(t *testing.T) {
	for _, tc := range []struct{ name, page, want string }{
		{"two lines, then the document's title set further in", "第八届会议\n临时议程*项目 2(b)\n审议《公约》及其各项议定书的实施情况：\n《偷运移民议定书》\n\n   毒品和犯罪问题办公室开展的活动\n\n   秘书处的说明**\n",
			"审议《公约》及其各项议定书的实施情况：《偷运移民议定书》"},
		{"all indented alike", " 第九届会议\n 临时议程*项目 2\n 审议机制\n\n   贩运人口问题工作组的说明\n", "审议机制"},
		{"an Assembly resolution's: none", "第六十九届会议\n议程项目 105\n\n2014 年 12 月 18 日大会决议\n\n[根据第三委员会的报告（A/69/484）通过]\n", ""},
		{"the same, a line that names the resolution", "第六十七届会议\n议程项目 103\n\n大会决议\n\n[根据第三委员会的报告（A/67/458）通过]\n", ""},
		{"a committee's report", "A/67/458\n第六十七届会议\n议程项目 103\n\n预防犯罪和刑事司法\n\n第三委员会的报告\n", "预防犯罪和刑事司法"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := titleItemTitle(clean(tc.page).lines); got != tc.want {
				t.Errorf("titleItemTitle = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAWorkingGroupsReportDatedWith和: the days of a group's meeting given one and the
// other, and "举行会议" without 了 or 的.
func TestAWorkingGroupsReportDatedWith和(t *testing.T) {
	text := "CTOC/COP/WG.2/2019/4\n2019 年 9 月 9 日和 10 日在维也纳举行的不限成员名额技术援助问题临时政府专家工作组会议的报告\n\n1. 工作组于 2019 年 9 月 9 日和 10 日在维也纳举行会议。\n"
	g, err := Parse("wg2.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	const session = "session:wg:technical-assistance:2019-09-09"
	if !rels["wg:technical-assistance-[HAS_SESSION]->"+session] || kg.String(nodes[session].Properties, kg.PropEndDate) != "2019-09-10" {
		t.Errorf("no session of the technical assistance group on 9 and 10 September: %v", facts(g))
	}
}

// TestAReportsOwnAgendaAndTheNext: the items of an agenda a paragraph lists indented are
// the list's, not the report's next paragraphs; the provisional agenda of the next session
// is that session's; a joint report's running heads give its body (the Commission's, not
// the Council's).
func TestAReportsOwnAgendaAndTheNext(t *testing.T) {
	text := "E/2021/30\nE/CN.15/2021/17\n\n预防犯罪和刑事司法委员会\n第三十届会议报告\n\n" +
		"1. 在第 1 次会议上，委员会通过了下列议程：\n\n 1. 组织事项。\n\n 2. 技术援助。\n\n 3. 通过报告。\n\n" +
		"2. 下列国家派代表出席了会议：巴西。\n\n3. 委员会核准了第三十一届会议临时议程如下：\n\n 1. 选举主席团成员。\n\n 2. 一般性辩论。\n\n" +
		"E/2021/30\nE/CN.15/2021/17\n\n4. 在第 8 次会议上，委员会通过了本报告。\n\nE/2021/30\nE/CN.15/2021/17\n"
	g, err := Parse("e2021.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	for id, title := range map[string]string{"agenda:ccpcj:30:1": "组织事项", "agenda:ccpcj:30:3": "通过报告", "agenda:ccpcj:31:1": "选举主席团成员", "agenda:ccpcj:31:2": "一般性辩论"} {
		if got := kg.String(nodes[id].Properties, kg.PropTitle); got != title {
			t.Errorf("%s titled %q, want %q", id, got, title)
		}
	}
	if !strings.Contains(kg.String(nodes["doc:E/2021/30#n2"].Properties, kg.PropText), "巴西") {
		t.Errorf("the report's paragraph 2 is lost: %v", nodes["doc:E/2021/30#n2"].Properties)
	}
	if !rels["session:ccpcj:30-[HAS_MEETING]->meeting:ccpcj:30:8"] {
		t.Errorf("the session is not the Commission's: %v", facts(g))
	}
}

// TestReadParts: the days of a session or of its parts, as a text writes them.
func TestReadParts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []span
	}{
		{"2012 年 10 月 15 日至 19 日", []span{{"2012-10-15", "2012-10-19"}}},
		{"2014年9月29日至10月3日", []span{{"2014-09-29", "2014-10-03"}}},
		{"2020 年 12 月 28 日至 1 月 3 日", []span{{"2020-12-28", "2021-01-03"}}},
		{"2014 年 5 月 26 日和 27 日", []span{{"2014-05-26", "2014-05-27"}}},
		{"2014 年 5 月 26 日和 28 日", []span{{"2014-05-26", "2014-05-26"}, {"2014-05-28", "2014-05-28"}}},
		{"2015 年 12 月 11 日和 2016 年 5 月 23 日至 27 日", []span{{"2015-12-11", "2015-12-11"}, {"2016-05-23", "2016-05-27"}}},
		// The opening day written after the main part: the parts in the order of their days.
		{"2010 年 12 月 4 日和 2010 年 5 月 17 日至 21 日", []span{{"2010-05-17", "2010-05-21"}, {"2010-12-04", "2010-12-04"}}},
	} {
		if got := readParts(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("readParts(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	// A title page's days: a span, or parts, or a day with its place; not a day alone (the
	// date of issue), nor parts out of order.
	for text, want := range map[string]bool{
		"2012 年 10 月 15 日至 19 日": true, "（2012 年 12 月 7 日和 2013 年 4 月 22 日至 26 日）": true, "2013 年 11 月 26 日，巴拿马城": true,
		"（2021 年 3 月 1 日至 5 日以线上形式举行）": true, "（2016 年 12 月 8 日及 2017 年 5 月 22 日至 26 日）": true,
		"2013 年 9 月 20 日": false, "（2010 年 12 月 4 日和 2010 年 5 月 17 日至 21 日）": false,
	} {
		m := titleDatesRE.FindStringSubmatch(text)
		if _, _, ok := titleDays(m); ok != want {
			t.Errorf("titleDays(%q) = %v, want %v", text, ok, want)
		}
	}
}

// TestCalendarYears: a day written without its year takes the year of the session's part it
// falls in, or else of the part nearest to it.
func TestCalendarYears(t *testing.T) {
	oneYear := newCalendar([]span{{"2012-10-15", "2012-10-19"}})
	inParts := newCalendar([]span{{"2020-12-11", "2020-12-11"}, {"2021-05-17", "2021-05-21"}})
	acrossYearEnd := newCalendar([]span{{"2020-12-28", "2021-01-03"}})
	for _, tc := range []struct {
		name       string
		cal        calendar
		month, day string
		want       string
	}{
		{"one part, a day in it", oneYear, "10", "16", "2012"},
		{"one part, a day out of it: its year all the same", oneYear, "11", "6", "2012"},
		{"one part, a day months before it: its year all the same", oneYear, "1", "20", "2012"},
		{"the opening day", inParts, "12", "11", "2020"},
		{"a day of the resumed part", inParts, "5", "21", "2021"},
		{"between the parts, nearer the second", inParts, "3", "1", "2021"},
		{"before the opening, nearer it", inParts, "11", "30", "2020"},
		{"one part across a year end: December", acrossYearEnd, "12", "30", "2020"},
		{"one part across a year end: January", acrossYearEnd, "1", "2", "2021"},
		{"no part, a year", calendar{year: "2013"}, "4", "26", "2013"},
		{"nothing known", calendar{}, "4", "26", ""},
		{"days across more year ends than a session runs: their first year", newCalendar([]span{{"0001-01-01", "0001-01-01"}, {"9999-01-01", "9999-01-02"}}), "5", "17", "0001"},
		{"a part no valid dates is no nearer than any", newCalendar([]span{{"2020-12-11", "2020-12-11"}, {"2021-02-40", "2021-02-40"}, {"2021-05-17", "2021-05-21"}}), "3", "1", "2021"},
		{"29 February, in the one leap year", newCalendar([]span{{"2019-12-06", "2019-12-06"}, {"2020-03-02", "2020-03-06"}}), "2", "29", "2020"},
	} {
		if got := tc.cal.yearOf(tc.month, tc.day); got != tc.want {
			t.Errorf("%s: yearOf(%s, %s) = %q, want %q", tc.name, tc.month, tc.day, got, tc.want)
		}
	}
}

// TestResumedPartsReport: the report of a session's resumed part dates that part on its
// title page, not the session's first day.
func TestResumedPartsReport(t *testing.T) {
	text := "E/2019/30/Add.1\nE/CN.15/2019/12/Add.1\n\n预防犯罪和刑事司法委员会\n第二十八届会议续会报告\n（2019 年 12 月 12 日和 13 日）\n\n" +
		"第一章\n\n会议安排\n\n1. 在 12 月 13 日第 11 次会议上，委员会通过了其第二十八届会议续会报告。\n"
	g, err := Parse("add1.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := graphFacts(g)
	p := nodes["session:ccpcj:28"].Properties
	parts, _ := p.Get(kg.PropParts).([]string)
	if _, has := p.Lookup(kg.PropStartDate); has || kg.String(p, kg.PropEndDate) != "2019-12-13" || !slices.Equal(parts, []string{"2019-12-12/2019-12-13"}) {
		t.Errorf("session 28 = %v, want no start, the end 2019-12-13, the part 2019-12-12/2019-12-13", p)
	}
	if got := kg.String(nodes["meeting:ccpcj:28:11"].Properties, kg.PropDate); got != "2019-12-13" {
		t.Errorf("meeting 11 dated %q, want 2019-12-13", got)
	}
}

// TestAResumedPartsReportLabelFirst: a title that puts the label before the session,
// "续会第二十六届会议", is of the resumed part as much as "第二十六届会议续会", even where the
// narrative dates the part without saying so: the session's first day is not the part's.
func TestAResumedPartsReportLabelFirst(t *testing.T) {
	for _, title := range []string{"麻醉药品委员会续会第六十一届会议的报告（2018 年 12 月 6 日和 7 日）", "麻醉药品委员会复会第六十一届会议报告\n（2018 年 12 月 6 日至 7 日）"} {
		text := "E/CN.7/2018/13/Add.1\n\n" + title + "\n\n一. 组织事项\n\n1. 委员会于 2018 年 12 月 6 日和 7 日在维也纳举行了会议。\n"
		g, err := Parse("cnd.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		nodes, _ := graphFacts(g)
		p := nodes["session:cnd:61"].Properties
		parts, _ := p.Get(kg.PropParts).([]string)
		if _, has := p.Lookup(kg.PropStartDate); has || kg.String(p, kg.PropEndDate) != "2018-12-07" || !slices.Equal(parts, []string{"2018-12-06/2018-12-07"}) {
			t.Errorf("%s: session 61 = %v, want no start, the end 2018-12-07, the part 2018-12-06/2018-12-07", title, p)
		}
	}
}

// TestAMeetingOutsideTheDaysKnown: a meeting dated, year and all, after the days a report
// gives its session is the session's (a resumed part the report does not date); one dated
// before its first day is an earlier session's, as is one the paragraph names with another
// session, and a day without its year outside the days has no year known.
func TestAMeetingOutsideTheDaysKnown(t *testing.T) {
	text := "CTOC/COP/2018/13\n\n联合国打击跨国有组织犯罪公约缔约方会议\n第九届会议\n2018 年 10 月 15 日至 19 日，维也纳\n\n" +
		"1. 在 2018 年 10 月 15 日第 1 次会议上，缔约方会议审议了议程项目 2。\n\n" +
		"2. 在 2019 年 2 月 12 日续会第 9 次会议上，缔约方会议审议了议程项目 3。\n\n" +
		"3. 在 2018 年 6 月 4 日第 2 次会议上，缔约方会议审议了议程项目 4。\n\n" +
		"4. 在 11 月 20 日第 7 次会议上，工作组通过了报告。\n\n" +
		"5. 第十届会议定于 2020 年举行，缔约方会议在 2019 年 6 月 3 日第 3 次会议上审议了筹备工作。\n"
	g, err := Parse("cop9.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	for id, want := range map[string]bool{
		"session:cop:9-[HAS_MEETING]->meeting:cop:9:1": true,
		"session:cop:9-[HAS_MEETING]->meeting:cop:9:9": true,
		"session:cop:9-[HAS_MEETING]->meeting:cop:9:2": false,
		"session:cop:9-[HAS_MEETING]->meeting:cop:9:7": false,
		"session:cop:9-[HAS_MEETING]->meeting:cop:9:3": false,
	} {
		if rels[id] != want {
			t.Errorf("%s: %v, want %v", id, rels[id], want)
		}
	}
	if got := kg.String(nodes["meeting:cop:9:9"].Properties, kg.PropDate); got != "2019-02-12" {
		t.Errorf("meeting 9 dated %q, want 2019-02-12", got)
	}
}

// TestAWorkingGroupMetInAManner: a group's meeting held online or hybrid ("以线上形式",
// "以混合形式", before or after the place) is a session of the group all the same.
func TestAWorkingGroupMetInAManner(t *testing.T) {
	for _, tc := range []struct{ name, title, para, place string }{
		{"the manner in the title, before the place", "2020 年 7 月 6 日至 8 日以线上形式在维也纳举行的贩运人口问题工作组会议的报告", "1. 工作组共举行了 4 次会议。", "维也纳"},
		{"the manner in the narrative, after the place", "贩运人口问题工作组会议的报告", "1. 贩运人口问题工作组于 2020 年 7 月 6 日至 8 日在维也纳以混合形式举行了会议。", "维也纳"},
		// Online meetings often name no place: the manner says the group met all the same.
		{"the manner alone in the title", "关于 2020 年 7 月 6 日至 8 日以在线方式举行的贩运人口问题工作组会议的报告", "1. 工作组共举行了 4 次会议。", ""},
		{"the manner alone in the narrative", "贩运人口问题工作组会议的报告", "1. 贩运人口问题工作组第十次会议于 2020 年 7 月 6 日至 8 日以视频会议形式举行。", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "CTOC/COP/WG.4/2020/4\n" + tc.title + "\n\n一. 会议安排\n\n" + tc.para + "\n\n2. 在第 1 次会议上，奥地利的代表作了发言。\n"
			g, err := Parse("wg4.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			nodes, rels := graphFacts(g)
			const session = "session:wg:trafficking-in-persons:2020-07-06"
			if p := nodes[session].Properties; kg.String(p, kg.PropEndDate) != "2020-07-08" || kg.String(p, kg.PropPlace) != tc.place {
				t.Errorf("session %v", p)
			}
			for _, id := range []string{"wg:trafficking-in-persons-[HAS_SESSION]->" + session, "state:aut-[SPOKE_ON]->" + session} {
				if !rels[id] {
					t.Errorf("no %s: %v", id, facts(g))
				}
			}
		})
	}
}

// TestASubsidiaryBodysOwnSession: the session a title page or a sentence names belongs to
// the body it names: "实施情况审议组第七届会议" is the group's seventh, not its parent's.
func TestASubsidiaryBodysOwnSession(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string // relationships and nodes there, and not
	}{
		{"a review group's report, its title bare",
			"CAC/COSP/IRG/2016/4\n\n联合国反腐败公约缔约国会议\n\n实施情况审议组\n第七届会议\n2016 年 6 月 20 日至 24 日，维也纳\n\n" +
				"1. 审议组在 2016 年 6 月 20 日第 1 次会议上通过了议程。奥地利的代表作了发言。\n",
			[]string{"wg:uncac-implementation-review-group-[HAS_SESSION]->session:wg:uncac-implementation-review-group:2016-06-20",
				"session:wg:uncac-implementation-review-group:2016-06-20-[HAS_MEETING]->meeting:wg:uncac-implementation-review-group:2016-06-20:1"},
			[]string{"session:cosp:7"}},
		{"a review group's report, the group the title's subject",
			"CAC/COSP/IRG/2016/4\n\n实施情况审议组 2016 年 6 月 20 日至 24 日在维也纳举行的第七届会议的报告\n\n" +
				"1. 审议组在 2016 年 6 月 21 日第 2 次会议上审议了议程项目 3。\n",
			[]string{"wg:uncac-implementation-review-group-[HAS_SESSION]->session:wg:uncac-implementation-review-group:2016-06-20",
				"agenda:wg:uncac-implementation-review-group:2016-06-20:3-[CONSIDERED_AT]->meeting:wg:uncac-implementation-review-group:2016-06-20:2"},
			[]string{"session:cosp:7"}},
		{"a review group's report, the resumed part under its label on the title page",
			"CAC/COSP/IRG/2024/9\n\n实施情况审议组\n第十五届会议\n2024 年 6 月 10 日至 14 日，维也纳\n续会\n2024 年 9 月 2 日至 4 日，维也纳\n\n" +
				"1. 在 2024 年 9 月 3 日第 6 次会议上，审议组审议了议程项目 4。\n",
			[]string{"session:wg:uncac-implementation-review-group:2024-06-10-[HAS_MEETING]->meeting:wg:uncac-implementation-review-group:2024-06-10:6"},
			[]string{"session:wg:uncac-implementation-review-group:2024-09-02", "session:cosp:15"}},
		// A committee a body sets up for a task numbers its sessions apart, as a group does,
		// whether or not the lexicon knows it: its name on the title page names it.
		{"an ad hoc committee's report",
			"A/AC.261/5\n\n大会\n\n谈判一项反腐败公约特设委员会\n第三届会议\n2002 年 9 月 30 日至 10 月 11 日，维也纳\n\n" +
				"1. 特设委员会第三届会议于 2002 年 9 月 30 日至 10 月 11 日在维也纳举行。\n\n2. 在 2002 年 10 月 1 日第 3 次会议上，特设委员会审议了议程项目 3。\n",
			[]string{"wg:谈判一项反腐败公约特设委员会-[HAS_SESSION]->session:wg:谈判一项反腐败公约特设委员会:2002-09-30",
				"agenda:wg:谈判一项反腐败公约特设委员会:2002-09-30:3-[CONSIDERED_AT]->meeting:wg:谈判一项反腐败公约特设委员会:2002-09-30:3"},
			[]string{"session:ga:3"}},
		{"a committee the lexicon knows: its id",
			"A/AC.291/12\n\n大会\n\n拟订一项关于打击为犯罪目的使用信息和通信技术行为的全面国际公约特设委员会\n第四届会议\n2023 年 1 月 9 日至 20 日，维也纳\n\n" +
				"1. 在 2023 年 1 月 10 日第 3 次会议上，特设委员会审议了议程项目 4。\n",
			[]string{"wg:cybercrime-ad-hoc-committee-[HAS_SESSION]->session:wg:cybercrime-ad-hoc-committee:2023-01-09",
				"agenda:wg:cybercrime-ad-hoc-committee:2023-01-09:4-[CONSIDERED_AT]->meeting:wg:cybercrime-ad-hoc-committee:2023-01-09:3"},
			[]string{"session:ga:4"}},
		{"a preparatory committee's report",
			"A/CONF.300/PC/4\n\n大会\n\n可持续发展问题会议筹备委员会\n第二届会议\n2011 年 3 月 7 日至 8 日，纽约\n\n" +
				"1. 在 2011 年 3 月 7 日第 1 次会议上，筹备委员会审议了议程项目 2。\n",
			[]string{"session:wg:可持续发展问题会议筹备委员会:2011-03-07-[HAS_MEETING]->meeting:wg:可持续发展问题会议筹备委员会:2011-03-07:1"},
			[]string{"session:ga:2"}},
		{"the body's report names a committee's session: not the body's",
			"A/76/150\n\n大会\n第七十六届会议\n\n1. 特设委员会第二届会议于 2022 年 5 月 30 日至 6 月 10 日在维也纳举行。大会第 75/282 号决议决定了其会议安排。\n",
			nil, []string{"session:ga:2"}},
		{"a group named in full before the ordinal",
			"CTOC/COP/WG.6/2015/4\n\n枪支问题工作组第三届会议\n2015 年 5 月 18 日至 20 日，维也纳\n\n1. 在第 2 次会议上，工作组审议了议程项目 2。\n",
			[]string{"wg:firearms-[HAS_SESSION]->session:wg:firearms:2015-05-18",
				"agenda:wg:firearms:2015-05-18:2-[CONSIDERED_AT]->meeting:wg:firearms:2015-05-18:2"},
			[]string{"session:cop:3"}},
		{"the parent's report: its own session",
			"CAC/COSP/2017/14\n\n联合国反腐败公约缔约国会议\n第七届会议\n2017 年 11 月 6 日至 10 日，维也纳\n\n1. 在第 1 次会议上，缔约国会议审议了议程项目 2。\n",
			[]string{"session:cosp:7-[HAS_MEETING]->meeting:cosp:7:1"}, nil},
		{"a sentence of the parent's report names the group's session",
			"CAC/COSP/2019/17\n\n联合国反腐败公约缔约国会议\n第八届会议\n\n1. 实施情况审议组于 2019 年 5 月 27 日至 29 日在维也纳举行了第十届会议。\n\n2. 在第 1 次会议上，缔约国会议审议了议程项目 2。\n",
			[]string{"wg:uncac-implementation-review-group-[HAS_SESSION]->session:wg:uncac-implementation-review-group:2019-05-27",
				"session:cosp:8-[HAS_MEETING]->meeting:cosp:8:1"},
			[]string{"session:cosp:10"}},
		{"a group's sentence, the body's session",
			"CTOC/COP/2012/15\n\n联合国打击跨国有组织犯罪公约缔约方会议\n\n1. 枪支问题工作组在缔约方会议于 2012 年 10 月 15 日至 19 日在维也纳举行的第六届会议期间举行了会议。\n",
			[]string{"session:cop:6"}, []string{"wg:firearms-[HAS_SESSION]->session:wg:firearms:2012-10-15"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("s.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			nodes, rels := graphFacts(g)
			for _, id := range tc.want {
				if !rels[id] && nodes[id].ID == "" {
					t.Errorf("no %s: %v", id, facts(g))
				}
			}
			for _, id := range tc.not {
				if rels[id] || nodes[id].ID != "" {
					t.Errorf("%s, which the text does not say", id)
				}
			}
		})
	}
	// The group's session keeps its number.
	g, err := Parse("irg.txt", []byte("CAC/COSP/IRG/2016/4\n\n实施情况审议组\n第七届会议\n2016 年 6 月 20 日至 24 日，维也纳\n\n1. 审议组通过了议程。\n"))
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := graphFacts(g)
	if p := nodes["session:wg:uncac-implementation-review-group:2016-06-20"].Properties; kg.Int(p, kg.PropNumber) != 7 || kg.String(p, kg.PropEndDate) != "2016-06-24" {
		t.Errorf("the group's session: %v", p)
	}

	// A group's session held in parts: opened, then resumed. Its first day keys it; the
	// parts, its last day and its meetings are the group's, as a body's would be.
	g, err = Parse("irg10.txt", []byte("CAC/COSP/IRG/2019/7\n\n联合国反腐败公约缔约国会议\n\n实施情况审议组\n第十届会议\n2019 年 5 月 27 日至 29 日，维也纳\n续会\n2019 年 9 月 4 日至 6 日，维也纳\n\n"+
		"实施情况审议组 2019 年 5 月 27 日至 29 日和 9 月 4 日至 6 日在维也纳举行的第十届会议的报告\n\n一. 会议安排\n\n1. 实施情况审议组第十届会议于 2019 年 5 月 27 日在维也纳开幕，续会于 2019 年 9 月 4 日至 6 日举行。\n\n"+
		"2. 审议组在 9 月 5 日续会第 5 次会议上审议了议程项目 3。\n"))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	const irg10 = "session:wg:uncac-implementation-review-group:2019-05-27"
	p := nodes[irg10].Properties
	parts, _ := p.Get(kg.PropParts).([]string)
	if kg.Int(p, kg.PropNumber) != 10 || kg.String(p, kg.PropStartDate) != "2019-05-27" || kg.String(p, kg.PropEndDate) != "2019-09-06" ||
		!slices.Equal(parts, []string{"2019-05-27/2019-05-29", "2019-09-04/2019-09-06"}) {
		t.Errorf("the group's session in parts: %v", p)
	}
	if !rels[irg10+"-[HAS_MEETING]->meeting:wg:uncac-implementation-review-group:2019-05-27:5"] || nodes["session:cosp:10"].ID != "" {
		t.Errorf("the resumed part's meeting is not the group's: %v", facts(g))
	}
	if d := kg.String(nodes["meeting:wg:uncac-implementation-review-group:2019-05-27:5"].Properties, kg.PropDate); d != "2019-09-05" {
		t.Errorf("meeting 5 dated %q, want 2019-09-05", d)
	}
	// The parent's report names the resumed part alone of a group's session: the group's,
	// known by its number, with no first day.
	g, err = Parse("cosp5.txt", []byte("CAC/COSP/2013/18\n\n联合国反腐败公约缔约国会议\n第五届会议\n\n1. 实施情况审议组第四届会议续会于 2013 年 11 月 26 日在巴拿马城举行。\n"))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels = graphFacts(g)
	const irg4 = "session:wg:uncac-implementation-review-group:4"
	p = nodes[irg4].Properties
	if _, has := p.Lookup(kg.PropStartDate); has || kg.String(p, kg.PropEndDate) != "2013-11-26" || kg.String(p, kg.PropPlace) != "巴拿马城" ||
		!rels["wg:uncac-implementation-review-group-[HAS_SESSION]->"+irg4] || nodes["session:cosp:4"].ID != "" {
		t.Errorf("the group's resumed part: %v", facts(g))
	}
}

// TestAJointMeetingOfTwoGroups: a joint meeting's report is of one session of both groups;
// a group a report names that did not host the meeting holds no session of it.
func TestAJointMeetingOfTwoGroups(t *testing.T) {
	joint := "CTOC/COP/WG.3/2022/2–CTOC/COP/WG.2/2022/2\n\n关于 2022 年 6 月 1 日至 3 日在维也纳举行的技术援助问题政府专家工作组和国际合作问题工作组联席会议的报告\n\n1. 两个工作组通过了议程。\n"
	single := "CTOC/COP/WG.4/2022/2\n\n贩运人口问题工作组\n2022 年 6 月 1 日至 3 日，维也纳\n临时议程项目 3\n偷运移民问题工作组建议的后续行动\n\n秘书处的说明\n\n1. 工作组请秘书处编写本说明。\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"joint", joint, []string{"wg:technical-assistance-[HAS_SESSION]->session:wg:technical-assistance:2022-06-01",
			"wg:international-cooperation-[HAS_SESSION]->session:wg:technical-assistance:2022-06-01"}, nil},
		{"one group's", single, []string{"wg:trafficking-in-persons-[HAS_SESSION]->session:wg:trafficking-in-persons:2022-06-01"},
			[]string{"wg:smuggling-of-migrants-[HAS_SESSION]->session:wg:trafficking-in-persons:2022-06-01"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("j.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			_, rels := graphFacts(g)
			for _, id := range tc.want {
				if !rels[id] {
					t.Errorf("no %s: %v", id, facts(g))
				}
			}
			for _, id := range tc.not {
				if rels[id] {
					t.Errorf("%s", id)
				}
			}
		})
	}
}

// TestClauseGroup: the working group a clause names as holding a session, if any.
func TestClauseGroup(t *testing.T) {
	irg := entityNamed("《联合国反腐败公约》实施情况审议组")
	for _, tc := range []struct {
		clause string
		body   kg.Body
		own    *entity
		want   string
	}{
		{"预防腐败问题工作组于 2018 年 9 月 6 日至 7 日在维也纳举行了", kg.BodyCOSP, nil, "wg:uncac-prevention"},
		{"实施情况审议组", kg.BodyCOSP, nil, "wg:uncac-implementation-review-group"},
		{"实施情况审议组", kg.BodyCOP, nil, ""}, // the Organized Crime Convention's, which the lexicon lacks
		{"审议组于 2016 年 6 月 20 日至 24 日在维也纳举行了", kg.BodyCOSP, irg, "wg:uncac-implementation-review-group"},
		{"审议组于 2016 年 6 月 20 日至 24 日在维也纳举行了", kg.BodyCOSP, nil, ""},
		{"资产追回工作组在缔约国会议于 2015 年 11 月 2 日至 6 日在圣彼得堡举行的", kg.BodyCOSP, nil, ""},
		{"缔约方会议于 2020 年 10 月 12 日至 16 日在维也纳举行了", kg.BodyCOP, nil, ""},
	} {
		got := ""
		if g, _ := clauseGroup(tc.clause, tc.body, tc.own); g != nil {
			got = g.id
		}
		if got != tc.want {
			t.Errorf("clauseGroup(%q, %s) = %q, want %q", tc.clause, tc.body, got, tc.want)
		}
	}
}

// TestAListOfAgendaItems: a sentence that considered several items names each: with their
// numbers, by letter alone, or as a range; the list ends where no item follows.
func TestAListOfAgendaItems(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"委员会在第 5 次会议上审议了议程项目 4(a)和 4(b)。", []string{"4(a)", "4(b)"}},
		{"缔约方会议审议了议程项目 3（a）和（b）。", []string{"3(a)", "3(b)"}},
		{"缔约方会议审议了议程项目 6、7 和 8。", []string{"6", "7", "8"}},
		{"工作组审议了议程项目 3 至 5。", []string{"3", "4", "5"}},
		{"委员会审议了议程项目 5(a)至(c)。", []string{"5(a)", "5(b)", "5(c)"}},
		{"缔约方会议审议了议程项目 2 及项目 9。", []string{"2", "9"}},
		{"缔约方会议审议了议程项目 2 和秘书处的报告。", []string{"2"}},
		{"委员会审议了议程项目 4 至 2019 年的报告。", []string{"4"}}, // no range runs so far
		{"缔约方会议审议了议程项目 5(c)至(a)。", []string{"5(c)"}}, // nor backwards
		{"在审议议程项目 4(a)和(b)期间，下列国家的代表作了发言：德国。", []string{"4(a)", "4(b)"}},
		{"在审议议程项目 6 和 7 时，奥地利的代表作了发言。", []string{"6", "7"}},
		{"在审议议程项目 2 期间，下列国家的专家作了发言：德国和法国。", []string{"2"}},
	} {
		its := findAgendaItems(tc.text)
		if len(its) != 1 {
			t.Errorf("%q: %d items found", tc.text, len(its))
			continue
		}
		if got := append([]string{its[0].number}, its[0].more...); !slices.Equal(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
	// What the paragraph says of the first it says of each.
	text := "E/2019/30\nE/CN.15/2019/12\n\n预防犯罪和刑事司法委员会\n第二十八届会议报告\n\n一. 审议情况\n\n1. 在 2019 年 5 月 21 日第 5 次会议上，委员会审议了议程项目 4(a)和(b)。委员会收到了秘书长的报告（E/CN.15/2019/4）。\n\n2. 墨西哥的代表作了发言。\n"
	g, err := Parse("e.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	_, rels := graphFacts(g)
	for _, it := range []string{"agenda:ccpcj:28:4(a)", "agenda:ccpcj:28:4(b)"} {
		for _, id := range []string{it + "-[CONSIDERED_AT]->meeting:ccpcj:28:5", "doc:E/CN.15/2019/4-[CONSIDERED_UNDER]->" + it, "state:mex-[SPOKE_ON]->" + it} {
			if !rels[id] {
				t.Errorf("no %s: %v", id, facts(g))
			}
		}
	}
}

// TestCalendarOfManyPartsIsQuick: a report whose session's parts run across centuries, and
// many of them, each dated against every day written without a year, once took minutes
// (the calendar tried every year and every part for each day).
func TestCalendarOfManyPartsIsQuick(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("CTOC/COP/2012/15\n1. 缔约方会议于 2012 年 1 月 1 日至 2 日在维也纳举行了第一届会议。\n")
	for i := range 1000 {
		fmt.Fprintf(&sb, " %d. 第一届会议续会于 %d 年 %d 月 %d 日在维也纳举行。在 5 月 17 日第 %d 次会议上，缔约方会议通过了议程。\n", i+2, 1000+i, 1+i%12, 1+i%28, i+1)
	}
	done := make(chan error, 1)
	go func() {
		_, err := Parse("x.txt", []byte(sb.String()))
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Parse did not return within 10 s")
	}
}

// TestManyMentionsOfPartsAreQuick: a session a document says was resumed on many days
// joined its parts at each mention, in time quadratic in the mentions.
func TestManyMentionsOfPartsAreQuick(t *testing.T) {
	done := make(chan []span, 1)
	go func() {
		var sd sessionDays
		for i := range 30000 {
			day := fmt.Sprintf("%04d-%02d-%02d", 1000+i/168, 1+i%168/14, 1+2*(i%14))
			sd.add(session{start: day, end: day, resumed: true})
		}
		done <- sd.days()
	}()
	select {
	case days := <-done:
		if len(days) != 30000 || days[0].start != "1000-01-01" || days[len(days)-1].end != "1178-07-23" {
			t.Fatalf("got %d parts, %v to %v", len(days), days[0], days[len(days)-1])
		}
	case <-time.After(10 * time.Second):
		t.Fatal("30000 mentions of parts took more than 10 s")
	}
}

// TestNamedSubsidiary: a committee the lexicon does not know is named by the Chinese
// characters before the session, an act's number among them where the act set it up.
func TestNamedSubsidiary(t *testing.T) {
	for _, tc := range []struct{ clause, want string }{
		{"拟订一项关于打击为犯罪目的使用信息和通信技术行为的全面国际公约特设委员会", "拟订一项关于打击为犯罪目的使用信息和通信技术行为的全面国际公约特设委员会"},
		{"大会拟订一项全面国际公约特设委员会 ", "拟订一项全面国际公约特设委员会"},
		{"根据大会第 51/210 号决议设立的特设委员会", "根据大会第 51/210 号决议设立的特设委员会"},
		{"A/AC.252/1 根据大会第 51/210 号决议设立的特设委员会", "根据大会第 51/210 号决议设立的特设委员会"},
		{"大会 1996 年 12 月 17 日第 51/210 号决议所设特设委员会", "1996 年 12 月 17 日第 51/210 号决议所设特设委员会"},
		{"大会根据大会 1996 年 12 月 17 日第 51/210 号决议设立的特设委员会", "根据大会 1996 年 12 月 17 日第 51/210 号决议设立的特设委员会"},
		{"特设委员会", ""},
		{"大会设立的特设委员会", "大会设立的特设委员会"},
		{"经济及社会理事会所设特设委员会 ", "经济及社会理事会所设特设委员会"},
		{"大会所设立的特设委员会", "大会所设立的特设委员会"},
		{"大会设立特设委员会", "大会设立特设委员会"},
	} {
		got := ""
		if e, at := namedSubsidiary(tc.clause); e != nil {
			got = e.nameZh
			if !strings.HasPrefix(tc.clause[at:], got) {
				t.Errorf("namedSubsidiary(%q): %q not at %d", tc.clause, got, at)
			}
		}
		if got != tc.want {
			t.Errorf("namedSubsidiary(%q) = %q, want %q", tc.clause, got, tc.want)
		}
	}
}

// TestStatementsAtTheSameMeeting: a paragraph that names no meeting but says "在同次会议上"
// gives its statements, in every sentence, the meeting the narrative named last; one that
// says nothing of a meeting gives none.
func TestStatementsAtTheSameMeeting(t *testing.T) {
	text := "二. 组织事项\n\n1. 缔约国会议于 2031 年 11 月 3 日至 7 日在多哈举行了第十四届会议。\n\n" +
		"2. 在第 6 次和第 7 次会议上，缔约国会议审议了议程项目 5。\n\n" +
		"3. 在同次会议上，缔约国会议通过了一项决定。在通过该决定之后，智利和挪威的代表作了解释立场的发言。\n\n" +
		"4. 秘鲁的代表作了发言。\n"
	g, err := Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	meeting := map[string]any{}
	kind := map[string]any{}
	for _, r := range g.Relationships {
		if r.Type == kg.RelSpokeOn {
			meeting[r.Start], kind[r.Start] = r.Properties.Get(kg.PropMeeting), r.Properties.Get(kg.PropStatement)
		}
	}
	for id, want := range map[string]any{"state:chl": "7", "state:nor": "7", "state:per": nil} {
		if meeting[id] != want {
			t.Errorf("%s spoke at meeting %v, want %v", id, meeting[id], want)
		}
	}
	if kind["state:chl"] != "explanation" || kind["state:per"] != "statement" {
		t.Errorf("kinds %v", kind)
	}
}

// TestAResumedPartAnnounced: a resumed part a report says will be held ("续会将于…举行") is
// planned, not met: the session's days stay those it held, with no part added.
func TestAResumedPartAnnounced(t *testing.T) {
	for _, line := range []string{
		"5. 主席宣布，委员会第五十九届会议续会将于 2016 年 12 月 8 日和 9 日在维也纳举行。",
		"5. 委员会决定，第五十九届会议续会将于 2016 年 12 月 8 日举行。",
	} {
		text := " 联 合 国 E/CN.15/2016/13\n\n 经济及社会理事会\n\nDistr.: General\n30 May 2016\n\n 预防犯罪和刑事司法委员会第五十九届会议的报告\n\n 一. 会议的组织\n\n1. 预防犯罪和刑事司法委员会于 2016 年 5 月 23 日至 27 日在维也纳举行了第五十九届会议，共举行了 8 次会议（第 1 至第 8 次会议）。\n\n" + line + "\n"
		g, err := Parse("ccpcj.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		nodes, _ := graphFacts(g)
		p := nodes["session:ccpcj:59"].Properties
		if kg.String(p, kg.PropStartDate) != "2016-05-23" || kg.String(p, kg.PropEndDate) != "2016-05-27" || p.Has(kg.PropParts) {
			t.Errorf("%s: session 59 = %v, want 2016-05-23 to 2016-05-27, no parts", line, p)
		}
	}
}

// TestAResumedPartSetByTheCouncil: a decision that sets a resumed part ("…续会将于…举行"),
// where nothing dates the session's days, dates the part: it is all the text says of them.
func TestAResumedPartSetByTheCouncil(t *testing.T) {
	text := "经济及社会理事会决定\n\n2020/245. 麻醉药品委员会第六十三届会议续会\n\n 在 2020 年 7 月 22 日第 36 次全体会议上，经济及社会理事会决定，麻醉药品委员会第六十三届会议续会将于 2020 年 12 月 2 日至 4 日在维也纳举行，并请秘书长为续会提供必要的服务。\n"
	g, err := Parse("dec.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := graphFacts(g)
	p := nodes["session:cnd:63"].Properties
	parts, _ := p.Get(kg.PropParts).([]string)
	if p.Has(kg.PropStartDate) || kg.String(p, kg.PropEndDate) != "2020-12-04" || !slices.Equal(parts, []string{"2020-12-02/2020-12-04"}) || kg.String(p, kg.PropPlace) != "维也纳" {
		t.Errorf("session 63 = %v, want the part 2020-12-02/2020-12-04 in 维也纳, ending the session, no start", p)
	}
}

// TestTheFirstMeetingOfACount: a count of meetings after the days the session met dates
// the first on the first day, and all where it met on one day; a count in another sentence
// dates none, and a meeting the report dates itself keeps its day.
func TestTheFirstMeetingOfACount(t *testing.T) {
	for _, c := range []struct {
		line string
		want map[string]string
	}{
		{"1. 麻醉药品委员会于 2030 年 3 月 11 日至 15 日在维也纳举行了第七十三届会议，共举行了 3 次会议（第 1 至第 3 次会议）。",
			map[string]string{"1": "2030-03-11", "2": "", "3": ""}},
		{"1. 麻醉药品委员会于 2030 年 12 月 5 日在维也纳举行了第七十三届会议续会，共举行了 2 次会议（第 9 和第 10 次会议）。",
			map[string]string{"9": "2030-12-05", "10": "2030-12-05"}},
		{"1. 麻醉药品委员会于 2030 年 3 月 11 日至 15 日在维也纳举行了第七十三届会议。委员会共举行了 3 次会议（第 1 至第 3 次会议）。",
			map[string]string{"1": "", "2": "", "3": ""}},
		{"1. 麻醉药品委员会于 2030 年 3 月 11 日至 15 日在维也纳举行了第七十三届会议，共举行了 3 次会议（第 1 至第 3 次会议）。\n\n2. 在 2030 年 3 月 12 日第 1 次会议上，委员会选举了主席。",
			map[string]string{"1": "2030-03-12"}},
	} {
		text := " 联 合 国 E/CN.7/2030/15\n\n 经济及社会理事会\n\nDistr.: General\n\n 麻醉药品委员会第七十三届会议的报告\n\n 一. 会议的组织\n\n" + c.line + "\n"
		g, err := Parse("cnd.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		nodes, _ := graphFacts(g)
		for n, want := range c.want {
			m, ok := nodes["meeting:cnd:73:"+n]
			if !ok {
				t.Errorf("%s: no meeting %s", c.line, n)
				continue
			}
			if got := kg.String(m.Properties, kg.PropDate); got != want {
				t.Errorf("%s: meeting %s dated %q, want %q", c.line, n, got, want)
			}
		}
	}
}

// TestGroupNumber: the number a group's report gives its meeting, where the days match the
// session's first.
func TestGroupNumber(t *testing.T) {
	para := func(texts ...string) []paragraph {
		var out []paragraph
		for _, s := range texts {
			out = append(out, paragraph{text: s})
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		paras []paragraph
		first string
		want  int
	}{
		{"Chinese numeral, 次", para("1. 导言。", "2. 打击网络犯罪问题工作组第十二次会议于 2031 年 3 月 4 日至 6 日在维也纳举行。"), "2031-03-04", 12},
		{"digits, 届, an expert group", para("1. 专家组第 7 届会议于 2029 年 11 月 2 日和 3 日在纽约举行。"), "2029-11-02", 7},
		{"two meetings: the one of the session's days", para("3. 工作组第二十次会议于 2030 年 5 月 2 日举行，第二十一次会议于 2030 年 9 月 9 日至 11 日举行。"), "2030-09-09", 21},
		{"days of another meeting", para("2. 工作组第三次会议于 2027 年 1 月 5 日举行。"), "2028-01-05", 0},
		{"no number", para("2. 工作组会议于 2027 年 1 月 5 日举行。"), "2027-01-05", 0},
	} {
		if got := groupNumber(tc.paras, tc.first); got != tc.want {
			t.Errorf("%s: groupNumber = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestHeadingItem: a heading that names an agenda item (G26), in the chapter or the section.
func TestHeadingItem(t *testing.T) {
	for _, tc := range []struct{ section, want string }{
		{"三. 议程项目 5 下的小组讨论", "5"},
		{"第四章 关于议程项目 3（b）的一般性辩论", "3(b)"},
		{"二. 实质性事项 › C. 议程项目 7：技术援助", "7"},
		{"二. 议程项目 2 和 3 下的专题讨论", "2"},
		{"一. 通过议程项目清单", ""},
		{"一. 组织事项 › A. 会议开幕", ""},
	} {
		if got := headingItem(tc.section); got != tc.want {
			t.Errorf("headingItem(%q) = %q, want %q", tc.section, got, tc.want)
		}
	}
}

// TestPlaceBefore: the place a title page writes before a session's days.
func TestPlaceBefore(t *testing.T) {
	for _, tc := range []struct{ before, want string }{
		{"麻醉药品委员会第七十一届会议纽约，", "纽约"},
		{"Original: English亚的斯亚贝巴， ", "亚的斯亚贝巴"},
		{"日内瓦，", "日内瓦"},
		{"第十届会议，", ""},
		{"大会，", ""},
		{"临时议程项目 3", ""},
		{"这是一段很长的没有界限的中文文字，", ""},
	} {
		if got := placeBefore(tc.before); got != tc.want {
			t.Errorf("placeBefore(%q) = %q, want %q", tc.before, got, tc.want)
		}
	}
}

// TestIntersessionalMeeting: a statement at a meeting held between sessions is marked, with
// the day the sentence gives that meeting.
func TestIntersessionalMeeting(t *testing.T) {
	for _, tc := range []struct {
		text    string
		at      string // the speaker, whose offset is asked
		want    bool
		wantDay intersessionalDay
	}{
		{"5. 在 2031 年 11 月 3 日的闭会期间会议上，下列国家的代表作了发言：奥地利和智利。", "奥地利", true, intersessionalDay{date: "2031-11-03"}},
		{"在 9 月 8 日举行的专题闭会期间会议上，加纳代表作了发言。", "加纳", true, intersessionalDay{monthDay: "09-08"}},
		{"在闭会期间会议上，秘鲁代表作了发言。", "秘鲁", true, intersessionalDay{}},
		{"委员会于 3 月 3 日举行了闭会期间会议。在第 2 次会议上，泰国代表作了发言。", "泰国", false, intersessionalDay{}},
		{"闭会期间会议的成果载于附件，瑞士代表作了发言。", "瑞士", false, intersessionalDay{}},
	} {
		at := strings.Index(tc.text, tc.at)
		if got, day := intersessionalMeeting(tc.text, at); got != tc.want || day != tc.wantDay {
			t.Errorf("intersessionalMeeting(%q, %q) = %v %+v, want %v %+v", tc.text, tc.at, got, day, tc.want, tc.wantDay)
		}
	}
}

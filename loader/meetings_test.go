package loader

import (
	"fmt"
	"regexp"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"copgraph/kg"
)

func TestMeetingRules(t *testing.T) {
	type want struct {
		numbers []int
		dates   []string
		plenary bool
	}
	for _, tc := range []struct {
		name string
		text string
		want []want
	}{
		{"one meeting, dated", "缔约方会议在 2012 年 10 月 16 日第 4 次会议上审议了议程项目 2(a)。",
			[]want{{[]int{4}, []string{"2012-10-16"}, false}}},
		{"a date for each meeting", "在 2012 年 10 月 16 日和 17 日第 4 和第 5 次会议上",
			[]want{{[]int{4, 5}, []string{"2012-10-16", "2012-10-17"}, false}}},
		{"one date for two meetings", "在2012年10月19日第9和第10次会议上",
			[]want{{[]int{9, 10}, []string{"2012-10-19", "2012-10-19"}, false}}},
		{"a range, two days: no pairing", "在 2012 年 10 月 15 日和 16 日举行的第 1 至第 4 次会议上",
			[]want{{[]int{1, 2, 3, 4}, []string{"", "", "", ""}, false}}},
		{"a list, undated", "缔约方会议在第 1、第 7 和第 10 次会议上审议了全权证书问题。",
			[]want{{[]int{1, 7, 10}, []string{"", "", ""}, false}}},
		{"each number with its own 次", "在 2013 年 3 月 12 日第 3 次和第 4 次会议上，委员会审议了议程项目 6。",
			[]want{{[]int{3, 4}, []string{"2013-03-12", "2013-03-12"}, false}}},
		{"Chinese numeral", "在 2012 年 10 月 15 日第一次会议上，缔约方会议以鼓掌方式选出",
			[]want{{[]int{1}, []string{"2012-10-15"}, false}}},
		{"no year: the report's", "委员会在 5 月 13 日其第 2 次全体会议上",
			[]want{{[]int{2}, []string{"2013-05-13"}, true}}},
		{"plenary, its own", "委员会在其第 2 次全体会议上通过了",
			[]want{{[]int{2}, []string{""}, true}}},
		{"the session's own, named", "在本届会议 2012 年 10 月 15 日第 1 次会议上，作开幕发言的有：",
			[]want{{[]int{1}, []string{"2012-10-15"}, false}}},
		{"a meeting of the resumed part", "审议组在 2019 年 9 月 5 日续会第 5 次会议上审议了议程项目 3。",
			[]want{{[]int{5}, []string{"2019-09-05"}, false}}},
		{"a meeting of the resumed part, undated", "委员会在续会的第 7 次会议上通过了",
			[]want{{[]int{7}, []string{""}, false}}},
		{"the bureau's meetings are its own", "主席团在其第 4 次会议上听取了", nil},
		{"the Committee of the Whole's", "全体委员会在 5 月 14 日第 3 次会议上审议了", nil},
		{"a working group's", "工作组在第 1 次会议上选举了主席", nil},
		{"a range that runs backwards", "在第 4 至第 2 次会议上", []want{}},
		{"no meeting", "缔约方会议下一次会议上", nil},
		// The date in brackets after the meeting, with "在" before it or without.
		{"bracket: two meetings, a date for each, no 在", "8. 第 5 和第 6 次会议（2023 年 3 月 14 日和 15 日）上，麻醉药品委员会审议了议程项目 5。",
			[]want{{[]int{5, 6}, []string{"2023-03-14", "2023-03-15"}, false}}},
		{"bracket: the Council's plenary meeting, with 在", "在第 30 次全体会议（2022 年 7 月 21 日）上，经济及社会理事会注意到该报告。",
			[]want{{[]int{30}, []string{"2022-07-21"}, true}}},
		{"bracket: no year, the report's", "2. 第 2 次会议（5 月 13 日）上，委员会选举了主席团成员。",
			[]want{{[]int{2}, []string{"2013-05-13"}, false}}},
		{"bracket: after the subject, spaces and a line break inside", "委员会在第 7 次会议（ 2021 年 12 月\n10 日 ）上审议了议程项目 4。",
			[]want{{[]int{7}, []string{"2021-12-10"}, false}}},
		{"bracket: a span of days, no pairing", "第 1 至第 4 次会议（2012 年 10 月 15 日至 16 日）上，缔约方会议审议了议程项目 2。",
			[]want{{[]int{1, 2, 3, 4}, []string{"", "", "", ""}, false}}},
		{"bracket: one date for two meetings", "在第 3 和第 4 次会议（2019 年 5 月 21 日）上", []want{{[]int{3, 4}, []string{"2019-05-21", "2019-05-21"}, false}}},
		{"bracket: the closing meeting, no 在", "第 2 次会议（闭幕会议）上，委员会通过了报告。", []want{{[]int{2}, []string{""}, false}}},
		{"bracket: the opening plenary meeting, with 在 and a date", "在 2027 年 6 月 2 日第 1 次全体会议（ 开幕全体会议 ）上，理事会选举了主席。", []want{{[]int{1}, []string{"2027-06-02"}, true}}},
		{"bracket: a note that names no meeting, not read", "第 3 次会议（闭幕）上，委员会通过了报告。", nil},
		{"no 在 and no bracket: a subject as often as a time", "第 1 次会议上的发言载于附件。", nil},
		{"bracket: the bureau's meeting is its own", "主席团第 4 次会议（5 月 14 日）上审议了", nil},
		{"a count with its numbers in brackets is no mention", "委员会举行了两次会议（第 9 次和第 10 次会议）。", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []want
			for _, m := range findMeetings(tc.text, "2013") {
				got = append(got, want{m.numbers, m.dates, m.plenary})
				if rs := []rune(tc.text); string(rs[m.start:m.end]) != m.quote || tc.text[:m.byteEnd] != string(rs[:m.end]) {
					t.Errorf("mention %+v is not at its offsets", m)
				}
			}
			if len(tc.want) == 0 {
				tc.want = nil
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestMeetingsOfAReport checks the meetings the graph holds for a report's narrative: the
// session's meetings with their dates, the agenda items each considered, the acts adopted
// at each, and the date an act takes from its meeting.
func TestMeetingsOfAReport(t *testing.T) {
	text := "缔约方会议第七届会议报告\n" +
		"一. 导言\n" +
		"1. 缔约方会议于 2014 年 10 月 6 日至 10 日在维也纳举行了第七届会议。\n" +
		"2. 缔约方会议在 2014 年 10 月 6 日和 7 日第 2 和第 3 次会议上审议了议程项目 2，其标题为“审议实施情况”。\n" +
		"3. 在 2014 年 10 月 10 日第 9 次会议上，缔约方会议通过了一份决议草案（CTOC/COP/2014/L.2）。（案文见第一章，第 7/1 号决议。）\n" +
		"4. 在第 9 次会议上，缔约方会议还通过了一份决定草案（CTOC/COP/2014/L.3）。（案文见第一章，第 7/1 号决定。）\n" +
		"5. 主席团在其第 2 次会议上审议了全权证书。\n"
	g, err := Parse("cop7.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	for id, date := range map[string]string{"meeting:cop:7:2": "2014-10-06", "meeting:cop:7:3": "2014-10-07", "meeting:cop:7:9": "2014-10-10"} {
		n, ok := nodes[id]
		if !ok {
			t.Errorf("no meeting %s", id)
			continue
		}
		if got := n.Properties.Get("date"); got != date {
			t.Errorf("%s date = %v, want %s", id, got, date)
		}
		if !rels["session:cop:7-[HAS_MEETING]->"+id] {
			t.Errorf("no HAS_MEETING to %s", id)
		}
	}
	if len(nodes) == 0 || nodes["act:cop:decision:7/1"].Properties.Get("date") != "2014-10-10" {
		t.Errorf("decision 7/1 does not take the date of the meeting that adopted it: %v", nodes["act:cop:decision:7/1"].Properties)
	}
	for _, id := range []string{
		"agenda:cop:7:2-[CONSIDERED_AT]->meeting:cop:7:2",
		"agenda:cop:7:2-[CONSIDERED_AT]->meeting:cop:7:3",
		"act:cop:resolution:7/1-[ADOPTED_IN]->meeting:cop:7:9",
		"act:cop:decision:7/1-[ADOPTED_IN]->meeting:cop:7:9",
	} {
		if !rels[id] {
			t.Errorf("no %s", id)
		}
	}
	for id, n := range nodes {
		if n.Label(kg.LabelMeeting) && id != "meeting:cop:7:2" && id != "meeting:cop:7:3" && id != "meeting:cop:7:9" {
			t.Errorf("unexpected meeting %s (the bureau's meetings are not the session's)", id)
		}
	}
}

// FuzzFindMeetings checks that the meeting rules never panic, that every mention's offsets
// hold its quote, and that every meeting has its date slot.
func FuzzFindMeetings(f *testing.F) {
	f.Add("在 2012 年 10 月 16 日和 17 日第 4 和第 5 次会议上")
	f.Add("在第 1 至第 60 次全体会议上")
	f.Add("在其第十一、第十二至第二十次会议上")
	f.Add("第 1 次会议上，第 3 和第 4 次会议（2022 年 5 月 17 日和 18 日）上，在第 5 次全体会议（5 月 19 日）上")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		if len(text) < maxMeetingMention {
			if got, want := meetingMatches(text), meetingsKeptRE(text); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Fatalf("meetingMatches(%q) = %v, want %v", text, got, want)
			}
		}
		rs := []rune(text)
		for _, m := range findMeetings(text, "2012") {
			if m.start < 0 || m.end > len(rs) || string(rs[m.start:m.end]) != m.quote || len(m.dates) != len(m.numbers) {
				t.Fatalf("mention %+v does not match the text", m)
			}
			if len(m.numbers) > 3*maxMeetingsSpan {
				t.Fatalf("mention %+v names too many meetings", m)
			}
		}
	})
}

// graphFacts indexes a graph's nodes by id and its relationships' ids.
func graphFacts(g kg.Graph) (map[string]kg.Node, map[string]bool) {
	nodes, rels := map[string]kg.Node{}, map[string]bool{}
	for _, n := range g.Nodes {
		nodes[n.ID] = n
	}
	for _, r := range g.Relationships {
		rels[r.ID] = true
	}
	return nodes, rels
}

// TestTheSameMeeting: "在同次会议上" is the meeting the narrative named last, here or in a
// paragraph before; its date is that meeting's, and the year of a date that gives none is
// the title page's when the narrative says of no session held.
func TestTheSameMeeting(t *testing.T) {
	text := "E/CN.15/2013/27\n预防犯罪和刑事司法委员会\n第二十二届会议报告\n（2012 年 12 月 7 日和 2013 年 4 月 22 日至 26 日）\n\n" +
		"1. 在 4 月 26 日第 10 次会议上，委员会建议经济及社会理事会核准一项决议草案（E/CN.15/2013/L.12），以便提交大会通过，该决议草案的提案国为：阿根廷、奥地利和泰国。（案文见第一章，A 节，决议草案一。）\n\n" +
		"2. 在同次会议上，委员会以 32 票赞成、1 票反对、2 票弃权，通过了一份决议草案（E/CN.15/2013/L.8），该草案由意大利提交。（案文见第一章，C 节，第 22/1 号决议。）\n\n" +
		"3. 委员会决定其第二十三届会议将于 2014 年 5 月 12 日至 16 日在维也纳举行。\n"
	g, err := Parse("e-cn15-2013-27.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	act := nodes["act:ccpcj:resolution:22/1"]
	if act.Properties.Get("meeting") != "10" || act.Properties.Get("date") != "2013-04-26" {
		t.Errorf("22/1 was adopted at the 10th meeting on 2013-04-26, not %v", act.Properties)
	}
	for _, id := range []string{
		"act:ccpcj:resolution:22/1-[ADOPTED_IN]->meeting:ccpcj:22:10",
		"state:ita-[SPONSORED]->doc:E/CN.15/2013/L.8",
		"state:arg-[SPONSORED]->doc:E/CN.15/2013/L.12", // a draft recommended to another body
		"state:tha-[SPONSORED]->doc:E/CN.15/2013/L.12",
	} {
		if !rels[id] {
			t.Errorf("no %s", id)
		}
	}
	if v := kg.ActFromNode(act).Vote; v == nil || *v != (kg.Vote{InFavour: 32, Against: 1, Abstaining: 2}) {
		t.Errorf("22/1 was adopted by 32 votes to 1, with 2 abstentions, not %+v", v)
	}
	if !nodes["doc:E/CN.15/2013/L.12"].Label(kg.LabelDraft) {
		t.Errorf("a sponsored document is a draft: %v", nodes["doc:E/CN.15/2013/L.12"].Labels)
	}
}

func TestVoteRules(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		vote     *kg.Vote
		without  bool
	}{
		{"在同次会议上，委员会以 32 票赞成、1 票反对、2 票弃权，通过了一份决议草案（E/CN.15/2013/L.8）", &kg.Vote{InFavour: 32, Against: 1, Abstaining: 2}, false},
		{"委员会以32票赞成，0票反对，3票弃权通过了决议草案", &kg.Vote{InFavour: 32, Abstaining: 3}, false},
		{"委员会在同次会议上未经表决通过了决定草案一", nil, true},
		{"缔约方会议通过了一份决议草案（CTOC/COP/2012/L.9）", nil, false},
		{"以 30 票当选", nil, false},
		// By consensus is without a vote; a recall of how another act was taken, or a
		// consensus not reached, is not.
		{"在第 3 次会议上，缔约国会议以协商一致方式通过了经订正的决议草案（CAC/COSP/2019/L.4）", nil, true},
		{"委员会经协商一致通过了决定草案二", nil, true},
		{"大会协商一致地通过了该决议", nil, true},
		{"回顾其以协商一致方式通过的第 7/2 号决议", nil, false},
		{"缔约国会议审议了决议草案（CAC/COSP/2019/L.9），但未能就该草案达成协商一致", nil, false},
		{"由于无法以协商一致方式通过该草案，会议推迟了审议", nil, false},
	} {
		vote, without := voteOf(tc.sentence)
		if !cmp.Equal(vote, tc.vote) || without != tc.without {
			t.Errorf("voteOf(%q) = %+v, %v; want %+v, %v", tc.sentence, vote, without, tc.vote, tc.without)
		}
	}
}

// TestAdoptionsToldOtherwise: the parts of an adoption wherever the sentence puts them: a
// vote between the meeting and 通过了, submitters listed before the draft, a draft named
// before "通过了该草案", and acts adopted by their numbers, a range among them.
func TestAdoptionsToldOtherwise(t *testing.T) {
	text := "CAC/COSP/2013/18\n联合国反腐败公约缔约国会议第五届会议报告\n\n" +
		"第 5/1 号决议\n\n标题\n\n 缔约国会议，\n\n 1. 请秘书处提供支助。\n\n" +
		"第 5/6 号决议\n\n标题\n\n 缔约国会议，\n\n 1. 请秘书处报告。\n\n" +
		"三. 会议安排\n\n" +
		"6. 在 2013 年 11 月 29 日第 9 次会议上，缔约国会议审议了巴拿马提交的订正决议草案（CAC/COSP/2013/L.1/Rev.1），并通过了该草案。（案文见第二章，第 5/1 号决议。）\n\n" +
		"7. 缔约国会议在 2013 年 11 月 29 日第 9 次全体会议上通过了第 5/2 至 5/4 号决议。\n\n" +
		"8. 在 2013 年 11 月 29 日第 10 次会议上，缔约国会议以 112 票赞成、2 票反对、5 票弃权，通过了由墨西哥、挪威和秘鲁提交的订正决议草案（CAC/COSP/2013/L.6/Rev.1）。（案文见第二章，第 5/6 号决议。）\n"
	g, err := Parse("cosp5.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	for _, id := range []string{
		"act:cosp:resolution:5/1-[DRAFTED_AS]->doc:CAC/COSP/2013/L.1/Rev.1",
		"state:pan-[SPONSORED]->doc:CAC/COSP/2013/L.1/Rev.1",
		"act:cosp:resolution:5/3-[ADOPTED_IN]->meeting:cosp:5:9",
		"act:cosp:resolution:5/6-[ADOPTED_IN]->meeting:cosp:5:10",
		"state:mex-[SPONSORED]->doc:CAC/COSP/2013/L.6/Rev.1",
		"state:nor-[SPONSORED]->doc:CAC/COSP/2013/L.6/Rev.1",
		"state:per-[SPONSORED]->doc:CAC/COSP/2013/L.6/Rev.1",
	} {
		if !rels[id] {
			t.Errorf("no %s", id)
		}
	}
	for _, n := range []string{"5/2", "5/3", "5/4"} {
		a := kg.ActFromNode(nodes["act:cosp:resolution:"+n])
		if !a.Adopted || a.Date != "2013-11-29" || a.Meeting != "9" {
			t.Errorf("resolution %s: %+v, want adopted at the 9th meeting on 2013-11-29", n, a)
		}
	}
	if a := kg.ActFromNode(nodes["act:cosp:resolution:5/6"]); a.Date != "2013-11-29" || a.Vote == nil || a.Vote.InFavour != 112 {
		t.Errorf("resolution 5/6: %+v", a)
	}
}

// TestAdoptionsToldOtherwiseStill: the third review's forms: a resolution and a decision
// adopted by number in one list, without a vote; the Assembly's way of giving a vote;
// sponsors who joined later; a submitter's bracket before the draft; a single 决定草案.
func TestAdoptionsToldOtherwiseStill(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // relationship ids, or "act: date meeting vote" summaries
	}{
		{"a resolution and a decision by number, without a vote",
			"CTOC/COP/2016/15\n缔约方会议第八届会议报告\n\n第一章\n\n1. 在 2016 年 10 月 20 日第 8 次会议上，缔约方会议未经表决通过了第 8/3 号决议和第 8/1 号决定。\n",
			[]string{"act:cop:resolution:8/3 2016-10-20 8 without", "act:cop:decision:8/1 2016-10-20 8 without"}},
		{"the Assembly's way of giving a vote, and sponsors who joined later",
			"CTOC/COP/2016/15\n缔约方会议第八届会议报告\n\n第一章\n\n1. 在 2016 年 10 月 21 日第 10 次会议上，缔约方会议以 98 票对 2 票、4 票弃权，通过了法国提交的决议草案（CTOC/COP/2016/L.3）。随后，阿根廷、智利和乌拉圭加入为提案国。（案文见第二章，第 8/1 号决议。）\n",
			[]string{"act:cop:resolution:8/1 2016-10-21 10 98-2-4", "state:fra-[SPONSORED]->doc:CTOC/COP/2016/L.3", "state:ury-[SPONSORED]->doc:CTOC/COP/2016/L.3"}},
		{"a submitter's bracket before the draft",
			"E/CN.15/2016/13\n预防犯罪和刑事司法委员会第二十五届会议报告\n\n1. 委员会在 2016 年 5 月 27 日第 9 次会议上通过了由南非（代表属于 77 国集团和中国的联合国会员国）提交的订正决议草案（E/CN.15/2016/L.3/Rev.1）（案文见第一章，C 节，第 25/1 号决议）。\n",
			[]string{"act:ccpcj:resolution:25/1-[DRAFTED_AS]->doc:E/CN.15/2016/L.3/Rev.1", "state:zaf-[SPONSORED]->doc:E/CN.15/2016/L.3/Rev.1"}},
		{"an act of the resumed session before, adopted by number and titled",
			"E/CN.15/2019/12\n预防犯罪和刑事司法委员会第二十八届会议报告\n\n第 28/1 号决议\n\n标题\n\n 委员会，\n\n 1. 请秘书处报告。\n\n一. 会议安排\n\n4. 在续会上，委员会在 2018 年 12 月 7 日第 12 次会议上通过了第 27/6 号决议，其标题为“联合国预防犯罪和刑事司法基金的预算”。\n",
			[]string{"act:ccpcj:resolution:27/6 2018-12-07 12 "}},
		{"a draft considered, sponsors joining, adopted sentences later",
			"E/CN.7/2013/13\n麻醉药品委员会第五十六届会议报告\n\n10. 在 2013 年 3 月 15 日第 9 次会议上，委员会审议了由德国、日本和瑞典提交的订正决议草案（E/CN.7/2013/L.2/Rev.1）。随后，奥地利、意大利和泰国加入为提案国。委员会未经表决通过了该决议草案。（案文见第一章 A 节第 56/1 号决议。）\n",
			[]string{"act:cnd:resolution:56/1 2013-03-15 9 without", "act:cnd:resolution:56/1-[DRAFTED_AS]->doc:E/CN.7/2013/L.2/Rev.1",
				"state:swe-[SPONSORED]->doc:E/CN.7/2013/L.2/Rev.1", "state:tha-[SPONSORED]->doc:E/CN.7/2013/L.2/Rev.1"}},
		{"submitters and later sponsors listed after a colon, adopted 在该次会议上",
			"CTOC/COP/2020/10\n缔约方会议第十届会议报告\n\n第一章\n\n1. 在 2020 年 10 月 16 日第 8 次会议上，缔约方会议审议了议程项目 2。\n\n2. 在该次会议上，缔约方会议通过了订正决议草案（CTOC/COP/2020/L.4/Rev.1）。该草案由下列国家提交：阿尔巴尼亚、哥伦比亚和菲律宾。随后，下列国家加入为提案国：加拿大和挪威。（案文见第一章，第 10/3 号决议。）\n",
			[]string{"act:cop:resolution:10/3-[ADOPTED_IN]->meeting:cop:10:8", "state:alb-[SPONSORED]->doc:CTOC/COP/2020/L.4/Rev.1",
				"state:phl-[SPONSORED]->doc:CTOC/COP/2020/L.4/Rev.1", "state:nor-[SPONSORED]->doc:CTOC/COP/2020/L.4/Rev.1"}},
		{"a draft considered, then recommended to another body, with its submitter",
			"E/CN.15/2016/13\n预防犯罪和刑事司法委员会第二十五届会议报告\n\n4. 委员会在 2016 年 5 月 27 日第 9 次会议上审议了由南非（代表属于 77 国集团和中国的联合国会员国）提交的订正决议草案（E/CN.15/2016/L.3/Rev.1），并未经表决建议经济及社会理事会通过该草案（见第一章，A 节，决议草案一）。\n",
			[]string{"state:zaf-[SPONSORED]->doc:E/CN.15/2016/L.3/Rev.1"}},
		{"a single 决定草案 is a draft's text, its clauses proposed",
			"E/CN.15/2016/13\n预防犯罪和刑事司法委员会第二十五届会议报告\n\n2. 委员会建议经济及社会理事会通过下列决定草案：\n\n决定草案\n\n委员会第二十五届会议报告\n\n 经济及社会理事会：\n\n (a) 注意到委员会第二十五届会议报告；\n\n (b) 请秘书长编写报告。\n",
			[]string{"doc:E/CN.15/2016/13#u5-[MANDATES:requests]->actor:secretary-general"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("x.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			for _, n := range g.Nodes {
				if a := kg.ActFromNode(n); n.Label(kg.LabelAct) && a.Adopted {
					v := ""
					if a.WithoutVote {
						v = "without"
					} else if a.Vote != nil {
						v = fmt.Sprintf("%d-%d-%d", a.Vote.InFavour, a.Vote.Against, a.Vote.Abstaining)
					}
					have[fmt.Sprintf("%s %s %s %s", n.ID, a.Date, a.Meeting, v)] = true
				}
			}
			for _, r := range g.Relationships {
				have[r.ID] = true
			}
			for _, w := range tc.want {
				if !have[w] {
					t.Errorf("no %q in %v", w, have)
				}
			}
		})
	}
}

// TestAPlenaryMeetingAClosingNames: the meeting an Assembly resolution closes with is a
// plenary one, and the act was adopted in it.
func TestAPlenaryMeetingAClosingNames(t *testing.T) {
	g, err := Parse("a.txt", []byte("55/25. 联合国打击跨国有组织犯罪公约\n\n 大会，\n\n 1. 请秘书长提供服务。\n\n2000 年 11 月 15 日\n第 62 次全体会议\n"))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	if m := nodes["meeting:ga:55:62"]; m.Properties.Get(kg.PropPlenary) != true || m.Properties.Get(kg.PropDate) != "2000-11-15" {
		t.Errorf("meeting 62: %v", m.Properties)
	}
	if !rels["act:ga:resolution:55/25-[ADOPTED_IN]->meeting:ga:55:62"] {
		t.Error("55/25 was not adopted in its closing's meeting")
	}
}

// TestATableOfAdoptedActs: a table of the acts a session adopted gives each its day, on
// its own row; the day that ends a row is not the next row's.
func TestATableOfAdoptedActs(t *testing.T) {
	text := "CTOC/COP/2018/13\n缔约方会议第九届会议报告\n\n1. 缔约方会议第九届会议通过了下列决议和决定：\n\n  编号            标题                     通过日期\n  第 9/2 号决议   执行国际合作的规定       2018 年 10 月 17 日\n  第 9/3 号决议   执行《枪支议定书》       2018 年 10 月 18 日\n  第 9/1 号决定   第十届会议的日期和地点   2018 年 10 月 19 日\n"
	g, err := Parse("cop9.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := graphFacts(g)
	for id, date := range map[string]string{"act:cop:resolution:9/2": "2018-10-17", "act:cop:resolution:9/3": "2018-10-18", "act:cop:decision:9/1": "2018-10-19"} {
		if a := kg.ActFromNode(nodes[id]); !a.Adopted || a.Date != date {
			t.Errorf("%s: %+v, want adopted on %s", id, a, date)
		}
	}
}

// TestResumedSessionDatesItsMeetings: a report of a session opened on a day and resumed
// months later, in the next year, dates the meetings and adoptions it writes without a year
// by the part they fall in; a session within one year dates them as before.
func TestResumedSessionDatesItsMeetings(t *testing.T) {
	const head = "E/2021/30\nE/CN.15/2021/17\n\n预防犯罪和刑事司法委员会\n第三十届会议报告\n%s\n\n第一章\n\n会议安排\n\n1. %s\n\n"
	const body = "2. 在 12 月 11 日第 1 次会议上，委员会选举了主席团成员。\n\n" +
		"3. 在 5 月 17 日第 2 次会议上，委员会审议了议程项目 3。\n\n" +
		"4. 在 5 月 21 日第 8 次会议上，委员会未经表决通过了决议草案（E/CN.15/2021/L.4）。（案文见第一章，B 节，第 30/1 号决议。）\n"
	inParts := map[string]string{"meeting:ccpcj:30:1": "2020-12-11", "meeting:ccpcj:30:2": "2021-05-17", "meeting:ccpcj:30:8": "2021-05-21",
		"act:ccpcj:resolution:30/1": "2021-05-21"}
	parts := []string{"2020-12-11/2020-12-11", "2021-05-17/2021-05-21"}
	for _, tc := range []struct {
		name, title, first string
		start, end         string
		parts              []string
		dates              map[string]string
	}{
		{"title page and narrative", "（2020 年 12 月 11 日和 2021 年 5 月 17 日至 21 日）",
			"预防犯罪和刑事司法委员会第三十届会议于 2020 年 12 月 11 日在维也纳开幕，并于 2021 年 5 月 17 日至 21 日续会。",
			"2020-12-11", "2021-05-21", parts, inParts},
		{"the narrative alone: 续会于…举行", "",
			"委员会第三十届会议于 2020 年 12 月 11 日在维也纳开幕，续会于 2021 年 5 月 17 日至 21 日举行。",
			"2020-12-11", "2021-05-21", parts, inParts},
		{"the title page alone", "（2020 年 12 月 11 日和 2021 年 5 月 17 日至 21 日）", "委员会第二十九届会议续会于 2020 年 12 月 10 日至 11 日在维也纳举行。",
			"2020-12-11", "2021-05-21", parts, inParts},
		{"one part within a year: as before", "",
			"委员会于 2021 年 5 月 17 日至 21 日在维也纳举行了第三十届会议。",
			"2021-05-17", "2021-05-21", nil,
			// 12 月 11 日 is no day of the session: its year is the session's all the same, and
			// the meeting, outside the session's days, is not the session's.
			map[string]string{"meeting:ccpcj:30:1": "", "meeting:ccpcj:30:2": "2021-05-17", "meeting:ccpcj:30:8": "2021-05-21", "act:ccpcj:resolution:30/1": "2021-05-21"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("report.txt", []byte(fmt.Sprintf(head, tc.title, tc.first)+body))
			if err != nil {
				t.Fatal(err)
			}
			nodes, _ := graphFacts(g)
			s := nodes["session:ccpcj:30"].Properties
			got, _ := s.Get(kg.PropParts).([]string)
			if kg.String(s, kg.PropStartDate) != tc.start || kg.String(s, kg.PropEndDate) != tc.end || !slices.Equal(got, tc.parts) {
				t.Errorf("session 30 = %v, want %s to %s in parts %v", s, tc.start, tc.end, tc.parts)
			}
			for id, want := range tc.dates {
				n, ok := nodes[id]
				if want == "" {
					if ok {
						t.Errorf("%s = %v, want none", id, n.Properties)
					}
					continue
				}
				if got := kg.String(n.Properties, kg.PropDate); got != want {
					t.Errorf("%s dated %q, want %q", id, got, want)
				}
			}
		})
	}
}

// TestSessionAcrossAYearEndDatesItsMeetings: a session held at once across a year end dates
// December's meetings in its first year and January's in its second.
func TestSessionAcrossAYearEndDatesItsMeetings(t *testing.T) {
	text := "CTOC/COP/2021/9\n\n联合国打击跨国有组织犯罪公约缔约方会议\n第八届会议报告\n\n一. 会议安排\n\n" +
		"1. 缔约方会议第八届会议于 2020 年 12 月 28 日至 2021 年 1 月 3 日在维也纳举行。\n\n" +
		"2. 在 12 月 30 日第 2 次会议上，缔约方会议审议了议程项目 2。\n\n" +
		"3. 在 1 月 2 日第 5 次会议上，缔约方会议审议了议程项目 3。\n"
	g, err := Parse("cop8.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := graphFacts(g)
	s := nodes["session:cop:8"].Properties
	if kg.String(s, kg.PropStartDate) != "2020-12-28" || kg.String(s, kg.PropEndDate) != "2021-01-03" || s.Get(kg.PropParts) != nil {
		t.Errorf("session 8 = %v, want 2020-12-28 to 2021-01-03, no parts", s)
	}
	for id, want := range map[string]string{"meeting:cop:8:2": "2020-12-30", "meeting:cop:8:5": "2021-01-02"} {
		if got := kg.String(nodes[id].Properties, kg.PropDate); got != want {
			t.Errorf("%s dated %q, want %q", id, got, want)
		}
	}
}

// TestMeetingsNumberedAfterTheirCount: "举行了 N 次会议（第…次会议）" numbers the meetings the
// session held; a bracket that is no list of meetings, or a body's own, gives none.
func TestMeetingsNumberedAfterTheirCount(t *testing.T) {
	for _, tc := range []struct {
		text  string
		group bool
		want  []int
	}{
		{"委员会在续会期间举行了 3 次会议（第 12、第 13 和第 14 次会议）。", false, []int{12, 13, 14}},
		{"缔约方会议共举行了 8 次全体会议(第 1-8 次会议)。", false, []int{1, 2, 3, 4, 5, 6, 7, 8}},
		{"本届会议举行了两次会议（第五次和第六次会议）。", false, []int{5, 6}},
		{"工作组共举行了4次会议（第1至第4次会议）。", true, []int{1, 2, 3, 4}},
		{"工作组共举行了4次会议（第1至第4次会议）。", false, nil}, // the group's, in its parent's report
		{"主席团举行了 2 次会议（第 3 和第 4 次会议）。", false, nil},
		{"在第 2 次会议（2019 年 5 月 28 日）上，委员会审议了议程项目 3。", false, nil},
		{"委员会举行了 2 次会议（见第 10 段）。", false, nil},
	} {
		var got []int
		for _, m := range heldMeetings(tc.text, tc.group) {
			got = append(got, m.numbers...)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("heldMeetings(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestAReportsCountedMeetings: a report's session holds the meetings it numbers after
// counting them, with none of the paragraph's business.
func TestAReportsCountedMeetings(t *testing.T) {
	text := "E/2020/30/Add.1\nE/CN.15/2020/15/Add.1\n\n预防犯罪和刑事司法委员会\n第二十九届会议续会报告\n\n一. 会议安排\n\n" +
		"1. 委员会在续会期间举行了 2 次全体会议（第 9 和第 10 次会议）。\n\n2. 在 2020 年 12 月 11 日第 10 次会议上，委员会审议了议程项目 4。\n"
	g, err := Parse("e.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	for _, id := range []string{"session:ccpcj:29-[HAS_MEETING]->meeting:ccpcj:29:9", "session:ccpcj:29-[HAS_MEETING]->meeting:ccpcj:29:10", "agenda:ccpcj:29:4-[CONSIDERED_AT]->meeting:ccpcj:29:10"} {
		if !rels[id] {
			t.Errorf("no %s: %v", id, facts(g))
		}
	}
	if rels["agenda:ccpcj:29:4-[CONSIDERED_AT]->meeting:ccpcj:29:9"] {
		t.Error("item 4 considered at a meeting only counted")
	}
	if d := kg.String(nodes["meeting:ccpcj:29:10"].Properties, kg.PropDate); d != "2020-12-11" {
		t.Errorf("meeting 10 dated %q", d)
	}
}

// TestABracketDatedMeetingOfAReport: a meeting dated in brackets after it, with no "在"
// before it, is the session's, dated; the item considered there, and the statements on it,
// are at it.
func TestABracketDatedMeetingOfAReport(t *testing.T) {
	text := "E/2019/28\nE/CN.7/2019/15\n\n麻醉药品委员会\n第六十二届会议报告\n\n一. 审议情况\n\n" +
		"1. 第 4 和第 5 次会议（2019 年 3 月 15 日和 18 日）上，委员会审议了议程项目 6。下列国家的代表作了发言：秘鲁和泰国。\n"
	g, err := Parse("e.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	for _, id := range []string{"session:cnd:62-[HAS_MEETING]->meeting:cnd:62:4", "agenda:cnd:62:6-[CONSIDERED_AT]->meeting:cnd:62:4", "agenda:cnd:62:6-[CONSIDERED_AT]->meeting:cnd:62:5"} {
		if !rels[id] {
			t.Errorf("no %s: %v", id, facts(g))
		}
	}
	for id, want := range map[string]string{"meeting:cnd:62:4": "2019-03-15", "meeting:cnd:62:5": "2019-03-18"} {
		if d := kg.String(nodes[id].Properties, kg.PropDate); d != want {
			t.Errorf("%s dated %q, want %s", id, d, want)
		}
	}
}

// TestConvenedMeetings: a meeting a sentence says the body convened or held, by its number,
// is the session's where the sentence names no other session; the day the sentence gives
// before it is its date.
func TestConvenedMeetings(t *testing.T) {
	cal := newCalendar([]span{{"2016-12-08", "2016-12-08"}, {"2017-05-22", "2017-05-26"}})
	for _, tc := range []struct {
		name, text string
		number     int
		date       string // "" for none found; "-" for a meeting without a date
	}{
		{"convened, its session named", "委员会于 2016 年 12 月 8 日第二十五届会议续会闭幕后召开了第二十六届会议第 1 次会议，以选举主席团成员。", 1, "2016-12-08"},
		{"held, a plenary meeting, the year left out", "缔约方会议于 5 月 22 日上午举行了第 2 次全体会议。", 2, "2017-05-22"},
		{"held, no date", "委员会随后举行了第三次会议。", 3, "-"},
		{"the day nearest the verb", "委员会于 2017 年 5 月 22 日开幕，并于 5 月 23 日举行了第 2 次会议。", 2, "2017-05-23"},
		{"the session's days, then the meeting's", "会议于 2017 年 5 月 22 日至 26 日举行，委员会于 2017 年 5 月 24 日召开了第 5 次会议。", 5, "2017-05-24"},
		{"another session's meeting", "委员会于 2016 年 12 月 8 日召开了第二十五届会议第 9 次会议。", 0, ""},
		{"a count, not a number", "委员会共举行了 9 次会议。", 0, ""},
		{"the bureau's meeting", "主席团于 2017 年 5 月 21 日举行了第 1 次会议。", 0, ""},
		{"held, without 了", "委员会于 2017 年 5 月 25 日上午举行第 7 次会议，审议议程项目 5。", 7, "2017-05-25"},
		{"convened, without 了, its session named", "委员会于 5 月 23 日召开第二十六届会议第 4 次全体会议。", 4, "2017-05-23"},
		{"without 了, the bureau's", "主席团于 2017 年 5 月 21 日召开第 2 次会议。", 0, ""},
	} {
		got := convenedMeetings(tc.text, 26, cal)
		if tc.number == 0 {
			if len(got) > 0 {
				t.Errorf("%s: %+v, want none", tc.name, got)
			}
			continue
		}
		date := tc.date
		if date == "-" {
			date = ""
		}
		if len(got) != 1 || !slices.Equal(got[0].numbers, []int{tc.number}) || got[0].dates[0] != date {
			t.Errorf("%s: %+v, want meeting %d on %q", tc.name, got, tc.number, date)
		}
	}
}

// TestResumedOther: a paragraph that names the resumed part of another session than the
// one a document is for; its own resumed part, or none, is not.
func TestResumedOther(t *testing.T) {
	for _, tc := range []struct {
		text    string
		current int
		want    bool
	}{
		{"麻醉药品委员会第六十八届会议续会于 2025 年 12 月 4 日在维也纳举行。在续会的第 2 次会议上，…", 69, true},
		{"委员会第二十九届会议续会于 2020 年 12 月 10 日举行。", 29, false},
		{"在 2019 年 9 月 5 日续会第 5 次会议上，委员会通过了…", 28, false},
		{"在续会的第 1 次会议上", 12, false},
	} {
		if got := resumedOther(tc.text, tc.current); got != tc.want {
			t.Errorf("resumedOther(%q, %d) = %v, want %v", tc.text, tc.current, got, tc.want)
		}
	}
}

// TestAdoptedAtAResumedPartsMeeting: an act a note adopts by number, said of what it is
// about, at a meeting of the resumed part of the session before: ADOPTED_IN that session's
// meeting, which is not the next session's.
func TestAdoptedAtAResumedPartsMeeting(t *testing.T) {
	text := "E/CN.7/2030/1/Add.1\n麻醉药品委员会\n第七十三届会议\n\n 秘书处的说明\n\n" +
		"1. 麻醉药品委员会第七十二届会议续会于 2029 年 12 月 6 日在维也纳举行。在续会的第 2 次会议上，委员会通过了关于方案预算的第 72/5 号决定。\n\n" +
		"2. 委员会第七十三届会议于 2029 年 12 月 7 日开幕。在 12 月 7 日第 1 次会议上，委员会选出了主席团成员。\n"
	g, err := Parse("cnd.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := graphFacts(g)
	if a := nodes["act:cnd:decision:72/5"]; a.Properties.Get(kg.PropAdopted) != true || a.Properties.Get(kg.PropMeeting) != "2" {
		t.Errorf("72/5: %v", a)
	}
	if !rels["act:cnd:decision:72/5-[ADOPTED_IN]->meeting:cnd:72:2"] {
		t.Error("72/5 not ADOPTED_IN meeting 2 of the 72nd session")
	}
	if _, ok := nodes["meeting:cnd:73:2"]; ok {
		t.Error("the resumed part's meeting given to the 73rd session")
	}
}

// TestSameMeetingParagraph: a paragraph that says it reports on the meeting named before
// and names none of its own.
func TestSameMeetingParagraph(t *testing.T) {
	for text, want := range map[string]bool{
		"在同次会议上，秘鲁代表作了发言。":           true,
		"又在同一次会议上，委员会听取了发言。":         true,
		"在同一会议上，智利代表作了发言。":           true,
		"在该次会议上，挪威代表作了发言。":           true,
		"在这次会议上，以及随后，日本代表作了发言。":      true,
		"在同次会议上，在第 4 次会议上，秘鲁代表作了发言。": false,
		"委员会举行了 9 次会议。秘鲁代表作了发言。":     false,
	} {
		if got := sameMeetingParagraph(text); got != want {
			t.Errorf("sameMeetingParagraph(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestMeetingNoteEnd holds meetingNoteEnd to meetingNotePattern.
func TestMeetingNoteEnd(t *testing.T) {
	re := regexp.MustCompile(`^` + meetingNotePattern)
	for _, s := range []string{"（闭幕会议）上", "（开幕会议）", "（ 开幕全体会议\t）上", "（闭幕全体会议）", "（闭幕）上", "（闭幕会议上", "(闭幕会议)上",
		"（第一次会议）上", "（闭幕会议 ）", "（开幕全体）", "（ 闭幕\n会议）", "", "（"} {
		want := 0
		if m := re.FindStringIndex(s); m != nil {
			want = m[1]
		}
		if got := meetingNoteEnd(s); got != want {
			t.Errorf("meetingNoteEnd(%q) = %d, want %d", s, got, want)
		}
	}
}

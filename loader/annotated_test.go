package loader

import (
	"slices"
	"strings"
	"testing"

	"copgraph/kg"
)

// TestAnnotatedAgenda: a provisional agenda with annotations gives the session's items
// with their titles, and the documents each item's annotation lists CONSIDERED_UNDER it.
func TestAnnotatedAgenda(t *testing.T) {
	text := " 联 合 国 E/CN.15/2026/1\n\n 经济及社会理事会\n\nDistr.: General\n2 March 2026\n\nChinese\nOriginal: English\n\n" +
		"预防犯罪和刑事司法委员会\n第三十五届会议\n2026 年 5 月 18 日至 22 日，维也纳\n\n 临时议程和说明\n\n 临时议程\n\n" +
		"1. 选举主席团成员。\n\n2. 通过议程和其他组织事项。\n\n3. 专题讨论：\n (a) 网络犯罪；\n (b) 环境犯罪。\n\n4. 通过委员会第三十五届会议的报告。\n\n" +
		"说明\n\n1. 选举主席团成员\n\n 委员会将选举主席团成员。\n\n 文件\n\n 秘书处的说明（E/CN.15/2026/2）\n\n" +
		"3. 专题讨论\n\n (a) 网络犯罪\n\n 委员会将审议网络犯罪问题。\n\n 文件\n\n 秘书处关于网络犯罪的报告（E/CN.15/2026/3 和 Add.1）\n\n" +
		"4. 通过委员会第三十五届会议的报告\n\n 委员会将通过其报告。\n"
	checkFacts(t, conventionFacts(t, "note.txt", text), []string{
		"session:ccpcj:35 HAS_AGENDA_ITEM agenda:ccpcj:35:1",
		"agenda:ccpcj:35:2 title=通过议程和其他组织事项",
		"agenda:ccpcj:35:3(a) title=网络犯罪",
		"agenda:ccpcj:35:3(b) title=环境犯罪",
		"agenda:ccpcj:35:4 title=通过委员会第三十五届会议的报告",
		"doc:E/CN.15/2026/2 CONSIDERED_UNDER agenda:ccpcj:35:1",
		"doc:E/CN.15/2026/3 CONSIDERED_UNDER agenda:ccpcj:35:3(a)",
		"doc:E/CN.15/2026/3/Add.1 CONSIDERED_UNDER agenda:ccpcj:35:3(a)",
	}, []string{"doc:E/CN.15/2026/3 CONSIDERED_UNDER agenda:ccpcj:35:3", "agenda:ccpcj:35:5"})
}

// TestAnnotatedAgendaListsItself: the agenda lists itself under the item that adopts the
// agenda, and is CONSIDERED_UNDER that item, as the other documents under theirs.
func TestAnnotatedAgendaListsItself(t *testing.T) {
	for _, tc := range []struct{ name, text, item string }{
		{"COP, letter-numbered items", " 联 合 国 CTOC/COP/2028/1\n\n缔约方会议\n第十四届会议\n2028 年 10 月 9 日至 13 日，维也纳\n\n 临时议程和说明\n\n 临时议程\n\n" +
			"1. 组织事项：\n (a) 会议开幕；\n (b) 通过议程和工作安排。\n\n2. 技术援助。\n\n 说明\n\n1. 组织事项\n\n (b) 通过议程和工作安排\n\n 缔约方会议将通过其议程。\n\n 文件\n\n" +
			" 临时议程和说明（CTOC/COP/2028/1）\n\n 秘书处关于工作安排的说明（CTOC/COP/2028/2）\n\n2. 技术援助\n\n 文件\n\n 秘书处的报告（CTOC/COP/2028/3）\n",
			"agenda:cop:14:1(b)"},
		{"CND, the agenda under item 3", " 联 合 国 E/CN.7/2029/1\n\n麻醉药品委员会\n第七十二届会议\n2029 年 3 月 12 日至 16 日，维也纳\n\n 临时议程和说明\n\n 临时议程\n\n" +
			"1. 一般性辩论。\n\n2. 选举主席团成员。\n\n3. 通过议程。\n\n 临时议程说明\n\n3. 通过议程\n\n 文件\n\n 临时议程、说明和拟议工作安排（E/CN.7/2029/1）\n",
			"agenda:cnd:72:3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			have := conventionFacts(t, "agenda.txt", tc.text)
			self := tc.text[len(" 联 合 国 "):index(tc.text, "\n")]
			checkFacts(t, have, []string{"doc:" + self + " CONSIDERED_UNDER " + tc.item}, nil)
			for k := range have {
				if strings.HasPrefix(k, "doc:"+self+" CONSIDERED_UNDER ") && !strings.HasSuffix(k, " "+tc.item) {
					t.Errorf("unwanted %q", k)
				}
			}
		})
	}
}

// TestAgendaWordsAlike: 以下 and 下列 are one word to the family: "通过了以下议程：" lists
// the agenda as "通过了下列议程：" does.
func TestAgendaWordsAlike(t *testing.T) {
	for _, w := range []string{"以下", "下列"} {
		text := "CTOC/COP/WG.3/2026/4\n\n2026 年 2 月 9 日至 11 日在维也纳举行的国际合作问题工作组会议的报告\n\n一. 导言\n\n" +
			"1. 国际合作问题工作组于 2026 年 2 月 9 日至 11 日在维也纳举行了会议。\n\n2. 工作组通过了" + w + "议程：\n\n 1. 组织事项。\n\n 2. 引渡。\n\n 3. 通过报告。\n"
		checkFacts(t, conventionFacts(t, "wg.txt", text), []string{
			"agenda:wg:international-cooperation:2026-02-09:2 title=引渡",
			"agenda:wg:international-cooperation:2026-02-09:3 title=通过报告",
		}, nil)
	}
}

// TestAnnexedAgendaIndentedHeading: an annexed agenda whose heading is indented as a
// paragraph is the next session's agenda all the same; a session set for a year before
// its days has its place and year, and the Conference deciding it is asked nothing.
func TestAnnexedAgendaIndentedHeading(t *testing.T) {
	text := "CAC/COSP/2019/17\n\n第 8/14 号决定\n\n缔约国会议第九届和第十届会议的举办地点\n\n 联合国反腐败公约缔约国会议，\n\n" +
		" 1. 决定缔约国会议第十届会议于 2023 年在维也纳举行；\n\n 2. 决定其第十一届会议于 2025 年举行；\n\n" +
		" 3. 核准缔约国会议第九届会议的临时议程，该议程载于本决定附件。\n\n附件\n\n 缔约国会议第九届会议临时议程\n\n1. 组织事项：\n (a) 会议开幕；\n (b) 通过议程。\n\n2. 预防。\n"
	have := conventionFacts(t, "dec.txt", text)
	checkFacts(t, have, []string{
		"agenda:cosp:9:1(a) title=会议开幕",
		"agenda:cosp:9:2 title=预防",
		"session:cosp:10", "session:cosp:11",
	}, []string{"act:cosp:decision:8/14#op1 MANDATES actor:states-parties"})
	g, err := Parse("dec.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range g.Nodes {
		switch n.ID {
		case "session:cosp:10":
			if n.Properties.Get(kg.PropYear) != int64(2023) || n.Properties.Get(kg.PropPlace) != "维也纳" {
				t.Errorf("session 10: %v", n.Properties)
			}
		case "session:cosp:11":
			if n.Properties.Get(kg.PropYear) != int64(2025) || n.Properties.Get(kg.PropPlace) != nil {
				t.Errorf("session 11: %v", n.Properties)
			}
		}
	}
}

// TestSessionYearNotAGroups: a group's session set for a year is not the body's.
func TestSessionYearNotAGroups(t *testing.T) {
	text := "CAC/COSP/2024/3\n\n 1. 根据缔约国会议第 10/1 号决议，实施情况审议组第十六届会议于 2025 年在维也纳举行。\n"
	checkFacts(t, conventionFacts(t, "n.txt", text), nil, []string{"session:cosp:16"})
}

// TestFollowingWordsAlike: where a list follows, 以下 is read as 下列 is: the sponsors
// who joined, and an agenda an act's last paragraph sets out below.
func TestFollowingWordsAlike(t *testing.T) {
	for _, w := range []string{"以下", "下列"} {
		got := joinedSponsors("随后，" + w + "国家加入为提案国：智利、新西兰和菲律宾。")
		if len(got) != 3 || got[0] != "智利" {
			t.Errorf("%s: joined sponsors %q", w, got)
		}
		paras := []paragraph{{number: "2", text: "2. 核准" + w + "所载的委员会第三十六届会议临时议程。"}}
		if !agendaBelow(paras, "委员会第三十六届会议临时议程") {
			t.Errorf("%s: the agenda below is not the annex", w)
		}
	}
}

// TestOrganisationOfWork: the table of an organisation of work puts each item on the day
// the rows above it opened; its rows stay apart in the paragraph.
func TestOrganisationOfWork(t *testing.T) {
	text := " 联 合 国 CAC/COSP/2027/1/Add.1\n\n缔约国会议\n第十二届会议\n2027 年 11 月 8 日至 12 日，多哈\n\n 拟议工作安排\n\n" +
		"1. 拟议工作安排载于本说明附件，供缔约国会议审议。\n\n附件\n\n 拟议工作安排\n\n日期和时间 项目 标题\n2027 年 11 月 8 日，星期一\n" +
		"上午 10 时至下午 1 时 1(a) 会议开幕\n 1(b) 通过议程\n下午 3 时至 6 时 2 审议机制\n2027 年 11 月 9 日，星期二\n上午 10 时 30 分至下午 1 时 2 审议机制（续）\n" +
		"下午 3 时至 6 时 5 资产追回\n"
	have := conventionFacts(t, "add1.txt", text)
	checkFacts(t, have, []string{"agenda:cosp:12:1(a) title=会议开幕", "agenda:cosp:12:1(b) title=通过议程", "agenda:cosp:12:5 title=资产追回",
		"session:cosp:12 HAS_AGENDA_ITEM agenda:cosp:12:2"}, []string{"agenda:cosp:12:30", "agenda:cosp:12:10"})
	g, err := Parse("add1.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"agenda:cosp:12:1(b)": {"2027-11-08"}, "agenda:cosp:12:2": {"2027-11-08", "2027-11-09"}, "agenda:cosp:12:5": {"2027-11-09"}}
	for _, n := range g.Nodes {
		if w, ok := want[n.ID]; ok {
			if got, _ := n.Properties.Get(kg.PropScheduled).([]string); !slices.Equal(got, w) {
				t.Errorf("%s scheduled %v, want %v", n.ID, got, w)
			}
			delete(want, n.ID)
		}
	}
	if len(want) > 0 {
		t.Errorf("no items %v", want)
	}
	// A sentence wrapped before its hours is no table: its lines join as they did.
	d := segmentText("CTOC/COP/2030/9\n\n1. 会前协商将于 2030 年 10 月 13 日\n下午 3 时至 6 时在维也纳国际中心举行。\n")
	if len(d.narrative) == 0 || contains(d.narrative[len(d.narrative)-1].text, "\n") {
		t.Errorf("a wrapped sentence kept apart: %+v", d.narrative)
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"2027 年 11 月 8 日，星期一", true},
		{"下午 3 时至 6 时 2 审议机制", true},
		{"上午10时至下午1时 3 预防", true},
		{"2027 年 11 月 8 日星期一将举行非正式协商。", false},
		{"下午的会议将审议项目 3", false},
		{"上午", false},
	} {
		if got := scheduleRow(tc.line); got != tc.want {
			t.Errorf("scheduleRow(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

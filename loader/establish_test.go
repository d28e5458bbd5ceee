package loader

import (
	"strings"
	"testing"
	"unicode/utf8"

	"copgraph/kg"
)

// TestGroupNamedByItsNoun: a clause that names a group by its common noun alone ("决定，工作
// 组应继续…", "该工作组") extends the group named last before it, else the report's own;
// "应作为/成为…固定组成部分" made a group permanent, an extension without end.
func TestGroupNamedByItsNoun(t *testing.T) {
	firearms := entityNamed("枪支问题工作组")
	own := kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "7/1"}
	for _, tc := range []struct {
		name, text string
		act        kg.ActKey
		group      *entity
		want       string
	}{
		{"made a constant feature, 成为", "缔约方会议第 6/2 号决议决定，偷运移民问题工作组应成为缔约方会议的一个固定组成部分。", kg.ActKey{}, nil,
			"act:cop:resolution:6/2 EXTENDS wg:smuggling-of-migrants 固定组成部分"},
		{"made a constant feature, 作为, after 在其…中决定", "缔约方会议在其第 9/4 号决议中决定，技术援助问题工作组应作为缔约方会议的一个固定组成部分。", kg.ActKey{}, nil,
			"act:cop:resolution:9/4 EXTENDS wg:technical-assistance 固定组成部分"},
		{"the bare noun: the group named before", "缔约方会议在其第 4/4 号决议中设立了人口贩运问题工作组。缔约方会议在其第 8/2 号决议中决定，工作组应继续开展工作。", kg.ActKey{}, nil,
			"act:cop:resolution:4/4 ESTABLISHES wg:trafficking-in-persons 设立; act:cop:resolution:8/2 EXTENDS wg:trafficking-in-persons 继续"},
		{"该工作组 in the act's own clause", "2. 注意到国际合作问题工作组的报告，并决定该工作组应继续举行会议；", own, nil,
			"act:cop:resolution:7/1 EXTENDS wg:international-cooperation 继续"},
		{"an expert group's noun", "缔约方会议在其第 6/5 号决议中设立了保护文化财产免遭贩运问题专家组，并在第 8/1 号决议中决定，专家组应继续开展工作。", kg.ActKey{}, nil,
			"act:cop:resolution:6/5 ESTABLISHES wg:cultural-property-experts 设立; act:cop:resolution:8/1 EXTENDS wg:cultural-property-experts 继续"},
		{"in a group's report, the nearer group named wins", "缔约方会议在其第 5/3 号决议中设立了偷运移民问题工作组。缔约方会议在其第 10/3 号决议中决定，工作组应继续存在。", kg.ActKey{}, firearms,
			"act:cop:resolution:5/3 ESTABLISHES wg:smuggling-of-migrants 设立; act:cop:resolution:10/3 EXTENDS wg:smuggling-of-migrants 继续"},
		{"in a group's report, a group of another noun named", "缔约方会议在其第 6/5 号决议中提及保护文化财产免遭贩运问题专家组，并在第 10/3 号决议中决定，工作组应继续存在。", kg.ActKey{}, firearms,
			"act:cop:resolution:10/3 EXTENDS wg:firearms 继续"},
		{"no group to stand for", "缔约方会议在其第 10/3 号决议中决定，工作组应继续举行会议。", kg.ActKey{}, nil, ""},
		{"a noun with words before it is another group", "缔约方会议在其第 4/4 号决议中设立了人口贩运问题工作组，在第 8/2 号决议中决定其他工作组应继续开展工作。", kg.ActKey{}, nil,
			"act:cop:resolution:4/4 ESTABLISHES wg:trafficking-in-persons 设立"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, g := range findGroupActsOf(tc.text, findEntities(tc.text), findActRefs(tc.text, kg.BodyCOP), tc.act, tc.group) {
				got = append(got, g.act.ID()+" "+g.rel+" "+g.group.id+" "+g.verb)
				if rs := []rune(tc.text); string(rs[g.start:g.end]) != g.quote {
					t.Errorf("quote %q is not at [%d, %d)", g.quote, g.start, g.end)
				}
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

// TestEstablishedGroups: a group the lexicon lacks, set up where the act decides it, is a
// group named as written; one with no topic, or set up by others, is none.
func TestEstablishedGroups(t *testing.T) {
	own := kg.ActKey{Body: kg.BodyCOSP, Kind: kg.KindResolution, Number: "9/6"}
	for _, tc := range []struct {
		name, text string
		act        kg.ActKey
		want       string
	}{
		{"decided by the act, 关于…的", "2. 决定设立一个关于海洋犯罪与非法捕鱼之间联系的政府间专家组，并决定该专家组应举行一届会议；", own,
			"act:cosp:resolution:9/6 ESTABLISHES wg:关于海洋犯罪与非法捕鱼之间联系的政府间专家组 设立"},
		{"recalled in a report, the act of the clause", "缔约国会议在其第 9/4 号决议中决定设立一个审查受益所有权透明度的不限成员名额工作组。", kg.ActKey{},
			"act:cosp:resolution:9/4 ESTABLISHES wg:审查受益所有权透明度的不限成员名额工作组 设立"},
		{"a topic of the lexicon's is its group", "3. 决定设立一个不限成员名额政府间枪支工作组；", own,
			"act:cosp:resolution:9/6 ESTABLISHES wg:firearms 设立"},
		{"no topic: the group of its act", "1. 决定设立一个不限成员名额政府间专家组；", own,
			"act:cosp:resolution:9/6 ESTABLISHES wg:不限成员名额政府间专家组@cosp:resolution:9/6 设立"},
		{"no topic, the lexicon's topic in its purpose", "1. 请预防犯罪和刑事司法委员会设立一个不限成员名额政府间专家组，对网络犯罪问题进行全面研究；", own,
			"act:cosp:resolution:9/6 ESTABLISHES wg:cybercrime-experts 设立"},
		{"成立, an expert working group", "4. 决定成立一个海上贩毒问题政府间专家工作组，并请该工作组报告；", own,
			"act:cosp:resolution:9/6 ESTABLISHES wg:海上贩毒问题政府间专家工作组 成立"},
		{"a lettered clause after the lead's 决定：, an ad hoc committee", "(a) 设立一个贩运野生动植物问题特设委员会，向委员会第三十六届会议报告；", own,
			"act:cosp:resolution:9/6 ESTABLISHES wg:贩运野生动植物问题特设委员会 设立"},
		{"a group noun inside the name", "(a) 设立一个腐败问题特设委员会后续工作专家组；", own,
			"act:cosp:resolution:9/6 ESTABLISHES wg:腐败问题特设委员会后续工作专家组 设立"},
		{"an organ asked to convene it", "(b) 请执行主任召集一个洗钱统计问题专家组，于 2027 年举行会议；", own,
			"act:cosp:resolution:9/6 ESTABLISHES wg:洗钱统计问题专家组 召集"},
		{"a draft's clause: its document", "2. 决定召集一个开放式政府间专家组，审查最佳做法。", draftOwn("A/80/L.9"),
			"doc:A/80/L.9 ESTABLISHES wg:开放式政府间专家组@doc:A/80/L.9 召集"},
		{"States asked to convene one", "3. 请会员国召集一个洗钱统计问题专家组；", own, ""},
		{"a meeting of a group convened", "3. 决定召集一个洗钱统计问题专家组会议；", own, ""},
		{"延长 a group the lexicon lacks", "(c) 延长毒品统计技术咨询小组的任务授权至 2028 年；", own,
			"act:cosp:resolution:9/6 EXTENDS wg:毒品统计技术咨询小组 延长"},
		{"others' groups extended", "5. 鼓励会员国延长国家协调小组的任务授权；", own, ""},
		{"a lettered clause the group opens, 应继续", "(d) 关于司法廉正问题机构间小组应继续开展工作。", own,
			"act:cosp:resolution:9/6 EXTENDS wg:关于司法廉正问题机构间小组 继续"},
		{"decided in a recalled act, 应继续存在", "缔约国会议在其第 8/4 号决议中决定，资产冻结事项工作组应继续存在。", kg.ActKey{},
			"act:cosp:resolution:8/4 EXTENDS wg:资产冻结事项工作组 继续"},
		{"decided in each act of a list", "缔约国会议在其第 3/2、第 5/3 和第 8/4 号决议中决定，资产冻结事项工作组应继续存在。", kg.ActKey{},
			"act:cosp:resolution:8/4 EXTENDS wg:资产冻结事项工作组 继续; act:cosp:resolution:5/3 EXTENDS wg:资产冻结事项工作组 继续; act:cosp:resolution:3/2 EXTENDS wg:资产冻结事项工作组 继续"},
		{"an act before the list's, apart", "根据第 2/1 号决定，缔约国会议在其第 8/4 号决议中决定，资产冻结事项工作组应继续存在。", kg.ActKey{},
			"act:cosp:resolution:8/4 EXTENDS wg:资产冻结事项工作组 继续"},
		{"those groups, no name", "(e) 这些工作组应继续开展工作。", own, ""},
		{"set up by others", "4. 鼓励缔约国设立关于腐败与洗钱之间联系的国家工作组；", own, ""},
		{"a group of the lexicon's named in what others set up", "5. 鼓励缔约国设立枪支问题工作组的国家联络点；", own, ""},
		{"others asked to set up a group of the lexicon's", "6. 邀请会员国设立人口贩运问题工作组；", own, ""},
		{"the act decides, though it encourages too", "7. 鼓励会员国参与，并决定设立枪支问题工作组；", own,
			"act:cosp:resolution:9/6 ESTABLISHES wg:firearms 设立"},
		{"a preamble decides nothing", "注意到设立了关于腐败与洗钱之间联系的专家组，", kg.ActKey{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			refs := findActRefs(tc.text, kg.BodyCOSP)
			named := withEstablishedGroups(tc.text, findEntities(tc.text), refs, tc.act)
			var got []string
			for _, g := range findGroupActs(tc.text, named, refs, tc.act) {
				got = append(got, groupActSource(g.act)+" "+g.rel+" "+g.group.id+" "+g.verb)
				if rs := []rune(tc.text); string(rs[g.start:g.end]) != g.quote {
					t.Errorf("quote %q is not at [%d, %d)", g.quote, g.start, g.end)
				}
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

// TestExpertGroupAddressed: "请专家组" asks the expert group named before (one just set
// up); a working group carried over is not an expert group.
func TestExpertGroupAddressed(t *testing.T) {
	experts := &entity{id: "wg:关于海洋犯罪的专家组", labels: []string{kg.LabelWorkingGroup}, nameZh: "关于海洋犯罪的专家组"}
	for _, tc := range []struct {
		name, text string
		carried    *entity
		want       string
	}{
		{"请专家组", "3. 请专家组向缔约国会议第十届会议报告其工作；", experts, "requests wg:关于海洋犯罪的专家组"},
		{"请该专家组", "4. 又请该专家组与秘书处合作；", experts, "requests wg:关于海洋犯罪的专家组"},
		{"a working group is no expert group", "3. 请专家组向缔约国会议第十届会议报告其工作；", entityNamed("枪支问题工作组"), ""},
		{"请工作组 as before", "5. 请工作组审议该问题；", entityNamed("枪支问题工作组"), "requests wg:firearms"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range findMandates(tc.text, tc.carried) {
				got = append(got, m.rel+" "+m.ent.id)
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

// TestConferenceIsNoAddressee: 缔约国 opening 缔约国会议 is the Conference deciding of its
// own session, not States parties asked to act.
func TestConferenceIsNoAddressee(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"2. 决定缔约国会议第九届会议于 2021 年在沙姆沙伊赫举行；", ""},
		{"1. 吁请缔约国加强合作；", "calls_upon actor:states-parties"},
	} {
		var got []string
		for _, m := range findMandates(tc.text, nil) {
			got = append(got, m.rel+" "+m.ent.id)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// FuzzGroupsSetUpOrExtended: the readers of groups set up or extended in other words
// (newGroupAt after each verb, groupsExtendedAfter, purposeGroup, subjectAsks, a title
// page's group line) never panic,
// and every group they name stands in the text where they say.
func FuzzGroupsSetUpOrExtended(f *testing.F) {
	f.Add("(a) 设立一个网络犯罪问题特设委员会后续行动不限成员名额专家组；(b) 请秘书长召集一个专家组会议；")
	f.Add("(c) 延长打击犯罪统计国际分类技术咨询小组的任务授权至 2027 年；(d) 关于儿童问题机构间小组应继续开展工作。")
	f.Add("2. 决定召集一个开放式政府间专家组，就资产追回问题提供咨询，对网络犯罪问题进行研究。")
	f.Add("3. 审议组请秘书处继续编写摘要。委员会还请")
	f.Add("设立一个，召集一个小组小组工作组的任务应应")
	f.Add("Distr.: General技术援助工作组2025 年工作组会议的报告")
	own := kg.ActKey{Body: kg.BodyECOSOC, Kind: kg.KindDecision, Number: "2025/230"}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		subjectAsks(text)
		purposeGroup(text)
		titleGroupLine(document{blocks: []block{{text: text}}})
		for _, m := range groupsExtendedAfter(text) {
			if text[m.startByte:m.endByte] != m.quote {
				t.Fatalf("groupsExtendedAfter(%q): %q is not at [%d, %d)", text, m.quote, m.startByte, m.endByte)
			}
		}
		for i := 0; i <= len(text); i++ {
			if m, ok, _ := newGroupAt(text, i); ok && text[m.startByte:m.endByte] != m.quote {
				t.Fatalf("newGroupAt(%q, %d): %q is not at [%d, %d)", text, i, m.quote, m.startByte, m.endByte)
			}
		}
		named := withEstablishedGroups(text, findEntities(text), nil, own)
		rs := []rune(text)
		for _, g := range findGroupActs(text, named, nil, own) {
			if g.start < 0 || g.end > len(rs) || string(rs[g.start:g.end]) != g.quote {
				t.Fatalf("findGroupActs(%q): %q is not at [%d, %d)", text, g.quote, g.start, g.end)
			}
		}
	})
}

// TestTitleGroupLine: a note for a group whose title page names it in words neither the
// lexicon nor groupRE reads is the group's, by its topic or as written; a run of characters
// that goes on past the noun names none.
func TestTitleGroupLine(t *testing.T) {
	for _, tc := range []struct{ block, want string }{
		{"联合国打击跨国有组织犯罪公约缔约方会议Distr.: General3 May 2026技术援助工作组2026 年 7 月 1 日至 3 日，维也纳", "wg:technical-assistance"},
		{"Distr.: General资产冻结事项工作组2026 年 7 月 1 日", "wg:资产冻结事项工作组"},
		{"Distr.: General关于工作组会议的报告", ""},
		{"Distr.: General不限成员名额政府间专家组2026 年", ""},
	} {
		got := ""
		if g := titleGroupLine(document{blocks: []block{{text: tc.block}}}); g != nil {
			got = g.id
		}
		if got != tc.want {
			t.Errorf("titleGroupLine(%q) = %q, want %q", tc.block, got, tc.want)
		}
	}
}

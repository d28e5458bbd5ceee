package loader

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"copgraph/kg"
)

// TestActReferenceRules runs the reference rules on forms of the family, most of them
// not in the corpus: other bodies, compact and full-width forms, lists, suffixes, verbs.
func TestActReferenceRules(t *testing.T) {
	type ref struct{ ID, Verb, Rel, Date string }
	for _, tc := range []struct {
		name string
		text string
		want []ref
	}{
		{"a COP resolution with a date and spaces", "回顾其 2010 年 10 月 22 日第 5/1 号决议，",
			[]ref{{"act:cop:resolution:5/1", "回顾", "recalls", "2010-10-22"}}},
		{"the compact form without spaces", "回顾其2010年10月22日第5/1号决议，",
			[]ref{{"act:cop:resolution:5/1", "回顾", "recalls", "2010-10-22"}}},
		{"full-width digits and slash, once folded", foldWidth("重申大会第６４／２９３号决议"),
			[]ref{{"act:ga:resolution:64/293", "重申", "reaffirms", ""}}},
		{"a General Assembly resolution with its date between body and number", "铭记大会2000年11月15日第55/25号决议",
			[]ref{{"act:ga:resolution:55/25", "铭记", "bears_in_mind", "2000-11-15"}}},
		{"an ECOSOC resolution numbered by year", "注意到经济及社会理事会第 1997/22 号决议",
			[]ref{{"act:ecosoc:resolution:1997/22", "注意到", "notes", ""}}},
		{"two acts in one reference", "根据缔约方会议第 5/1 号和第 5/8 号决议",
			[]ref{{"act:cop:resolution:5/1", "根据", "pursuant_to", ""}, {"act:cop:resolution:5/8", "根据", "pursuant_to", ""}}},
		{"two numbers sharing one 号", "欢迎第 5/1 和 5/8 号决定",
			[]ref{{"act:cop:decision:5/1", "欢迎", "welcomes", ""}, {"act:cop:decision:5/8", "欢迎", "welcomes", ""}}},
		{"a suffix letter", "回顾大会第 49/35 A 号决议",
			[]ref{{"act:ga:resolution:49/35A", "回顾", "recalls", ""}}},
		{"a suffix letter glued to the number", "回顾大会第49/35A号决议",
			[]ref{{"act:ga:resolution:49/35A", "回顾", "recalls", ""}}},
		{"the body in its own words, with 在其", "回顾大会在其第 55/25 号决议中通过了公约",
			[]ref{{"act:ga:resolution:55/25", "回顾", "recalls", ""}}},
		{"endorses, with 核可", "核可人权理事会第 20/1 号决议",
			[]ref{{"act:hrc:resolution:20/1", "核可", "endorses", ""}}},
		{"the nearest verb of the clause, not the paragraph's first", "回顾公约第 32 条，重申其第 4/6 号决定",
			[]ref{{"act:cop:decision:4/6", "重申", "reaffirms", ""}}},
		{"a verb inside a quoted title does not count", "回顾其题为“根据公约开展工作”的第 5/1 号决议",
			[]ref{{"act:cop:resolution:5/1", "回顾", "recalls", ""}}},
		{"no verb in the sentence", "第 4/7 号决定对议事规则作了修正",
			[]ref{{"act:cop:decision:4/7", "", "refers_to", ""}}},
		{"a list that repeats 号决议 keeps its body", "回顾大会第64/293号决议和第65/232号决议",
			[]ref{{"act:ga:resolution:64/293", "回顾", "recalls", ""}, {"act:ga:resolution:65/232", "回顾", "recalls", ""}}},
		{"a list with dates keeps its body", "回顾大会2009年12月18日第64/179号决议和2010年12月21日第65/232号决议",
			[]ref{{"act:ga:resolution:64/179", "回顾", "recalls", "2009-12-18"}, {"act:ga:resolution:65/232", "回顾", "recalls", "2010-12-21"}}},
		{"a title between the body and the number", "重申大会题为“全球行动计划”的2010年7月30日第64/293号决议",
			[]ref{{"act:ga:resolution:64/293", "重申", "reaffirms", "2010-07-30"}}},
		{"a list whose second item has its own date", "重申第4/6号和2010年10月22日第5/1号决议",
			[]ref{{"act:cop:resolution:4/6", "重申", "reaffirms", ""}, {"act:cop:resolution:5/1", "重申", "reaffirms", "2010-10-22"}}},
		{"a year alone inside a list keeps the items before it and dates none", "回顾其第 7/2 号、第 8/5 号和 2019 年第 9/4 号决定",
			[]ref{{"act:cop:decision:7/2", "回顾", "recalls", ""}, {"act:cop:decision:8/5", "回顾", "recalls", ""}, {"act:cop:decision:9/4", "回顾", "recalls", ""}}},
		{"a year alone after a dated item is not that item's date", "注意到大会2017年12月19日第72/196号决议和2019年第74/177号决议",
			[]ref{{"act:ga:resolution:72/196", "注意到", "notes", "2017-12-19"}, {"act:ga:resolution:74/177", "注意到", "notes", ""}}},
		{"suffix letters in a list", "回顾大会第 49/35 A和B 号决议",
			[]ref{{"act:ga:resolution:49/35A", "回顾", "recalls", ""}, {"act:ga:resolution:49/35B", "回顾", "recalls", ""}}},
		{"a Security Council resolution numbered with its year", "回顾安全理事会第1325（2000）号决议",
			[]ref{{"act:sc:resolution:1325(2000)", "回顾", "recalls", ""}}},
		{"the session that adopted them between the body and the numbers", "核可预防犯罪和刑事司法委员会第二十七届会议通过的第 27/2 号和第 27/5 号决议",
			[]ref{{"act:ccpcj:resolution:27/2", "核可", "endorses", ""}, {"act:ccpcj:resolution:27/5", "核可", "endorses", ""}}},
		{"the session with 在其…上, compact", "欢迎缔约国会议在其第5届会议上通过的第5/4号决议",
			[]ref{{"act:cosp:resolution:5/4", "欢迎", "welcomes", ""}}},
		{"a session phrase with no body before it is the text's own body's", "回顾第三届会议通过的第 3/2 号决定",
			[]ref{{"act:cop:decision:3/2", "回顾", "recalls", ""}}},
		{"affirms, with the date before the title", "申明大会 2000 年 11 月 15 日题为“联合国打击跨国有组织犯罪公约”的第 55/25 号决议",
			[]ref{{"act:ga:resolution:55/25", "申明", "affirms", "2000-11-15"}}},
		{"dated in the General Assembly's session, no body named: the Assembly's", "回顾 2015 年 9 月 25 日第 70/1 号决议和 2016 年 3 月 2 日第 70/262 号决议",
			[]ref{{"act:ga:resolution:70/1", "回顾", "recalls", "2015-09-25"}, {"act:ga:resolution:70/262", "回顾", "recalls", "2016-03-02"}}},
		{"dated outside the Assembly's session: the text's own body's", "回顾 2020 年 10 月 16 日第 10/1 号决议",
			[]ref{{"act:cop:resolution:10/1", "回顾", "recalls", "2020-10-16"}}},
		{"an article is not an act", "依照《公约》第 16 和 18 条", nil},
		{"a count of meetings is not an act", "共举行了 10 次会议", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []ref
			for _, m := range findActRefs(tc.text, kg.BodyCOP) {
				got = append(got, ref{m.key.ID(), m.verb, m.rel, m.date})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestMandateRules(t *testing.T) {
	smuggling := groupTopics["偷运移民"]
	for _, tc := range []struct {
		name string
		text string
		want []string // relation addressee-id
	}{
		{"a request to the Office", "4. 请联合国毒品和犯罪问题办公室继续提供技术援助；", []string{"requests actor:unodc"}},
		{"与 is 'with', not 'and'", "2. 鼓励毒品和犯罪问题办公室与会员国协商，继续开展工作；", []string{"encourages actor:unodc"}},
		{"two addressees joined by 及", "21. 请会员国及其他捐助方提供预算外资源。", []string{"requests actor:member-states", "requests actor:donors"}},
		{"a qualified addressee", "1. 再次吁请尚未批准或加入的会员国考虑批准《公约》；", []string{"calls_upon actor:member-states"}},
		{"还 and 又 before the verb, and a second clause", "5. 还促请各缔约国加强合作，并鼓励秘书处提供协助；", []string{"urges actor:states-parties", "encourages actor:secretariat"}},
		{"a lettered sub-paragraph", "(c) 请各国及其他捐助方：", []string{"requests actor:states", "requests actor:donors"}},
		{"States, as 国家, qualified by an instrument", "2. 促请尚未批准或加入《枪支议定书》的国家考虑批准；", []string{"urges actor:states"}},
		{"all States and regional economic organizations", "3. 促请所有国家和区域经济组织签署《公约》；", []string{"urges actor:states", "urges actor:regional-economic-integration-organizations"}},
		{"a qualifier holding an instrument", "4. 吁请尚未批准《公约》的会员国予以批准；", []string{"calls_upon actor:member-states"}},
		{"developing countries are not States at large", "5. 请发展中国家提出需求；", nil},
		{"a group of States is not States", "6. 请拉丁美洲和加勒比国家组提名；", nil},
		{"an organisation the lexicon lacks", "2. 邀请国际海事组织继续提供援助；", []string{"invites actor:国际海事组织"}},
		{"a pronoun is no organisation", "3. 请该机构继续提供援助；", nil},
		{"该办公室 is the Office named before", "3. 欢迎联合国毒品和犯罪问题办公室的工作，并请该办公室继续提供援助；", []string{"requests actor:unodc"}},
		{"该组织 is the organisation named before", "4. 注意到国际刑事警察组织的合作，请该组织与秘书处协作；", []string{"requests actor:interpol"}},
		{"words that end in no organisation's word", "4. 请继续提供援助；", nil},
		{"a request a recommendation passes on", "(b) 工作组建议缔约方会议请联合国毒品和犯罪问题办公室继续提供援助；", []string{"recommends actor:cop", "requests actor:unodc"}},
		{"a recommendation to no body asks nothing", "(c) 工作组建议加强合作；", nil},
		{"a request decided", "决定请秘书长将该报告转交各会员国；", []string{"requests actor:secretary-general"}},
		{"the addressee first: should", "(a) 缔约国应考虑规定不予起诉；", []string{"should actor:states-parties"}},
		{"应对 is not should", "(b) 各国政府应对这一挑战；", nil},
		{"a list inside the paragraph", "4. 工作组通过了下列建议：\n(a) 缔约国应确保培训；\n(b) 请秘书处编写背景文件。", []string{"should actor:states-parties", "requests actor:secretariat"}},
		{"a working group under another name folds into one", "9. 请偷运移民问题不限成员名额政府间临时工作组提出建议；", []string{"requests wg:smuggling-of-migrants"}},
		{"该工作组 is the group named before", "20. 还决定该工作组应举行一次闭会期间会议；", []string{"decides wg:smuggling-of-migrants"}},
		{"an unknown working group by its name", "3. 请海盗问题政府专家工作组继续工作；", []string{"requests wg:海盗问题政府专家工作组"}},
		{"an unknown expert group by its name", "4. 请海盗问题不限成员名额政府间专家组报告；", []string{"requests wg:海盗问题不限成员名额政府间专家组"}},
		{"a group of the lexicon under another name, by its topic", "5. 请网络犯罪问题政府专家工作组继续工作；", []string{"requests wg:cybercrime-experts"}},
		{"a request without an addressee", "(b) 请将拨给缔约方会议的资源保持在同样数额的水平上。", nil},
		{"notes is no mandate", "7. 注意到秘书处的报告；", nil},
		{"the body that asks is the subject", "2. 缔约方会议请秘书处提交报告。", []string{"requests actor:secretariat"}},
		{"a body's secretariat is the Secretariat", "5. 请缔约国会议秘书处继续协助审议组；又请委员会秘书处编写说明；", []string{"requests actor:secretariat", "requests actor:secretariat"}},
		{"the body with its instrument's title", "《联合国打击跨国有组织犯罪公约》缔约方会议决定请秘书处编写报告。", []string{"requests actor:secretariat"}},
		{"all parties are a collective", "3. 鼓励各方加强合作；并呼吁有关各方提供资源；请各有关方面协助秘书处；", []string{"encourages actor:all-parties", "calls_upon actor:all-parties", "requests actor:all-parties"}},
		{"all parties, then 向 (to), not 方向 (direction)", "(b) 鼓励各方向联合国毒品和犯罪问题办公室提供资源；", []string{"encourages actor:all-parties"}},
		{"in every respect (各方面) is no party", "4. 请各方面专家提供意见；", nil},
		{"a body named inside the request is no subject", "3. 请秘书长指定毒品和犯罪问题办公室作为《公约》缔约方会议的秘书处；", []string{"requests actor:secretary-general"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range findMandates(tc.text, smuggling) {
				got = append(got, m.rel+" "+m.ent.id)
				if rs := []rune(tc.text); string(rs[m.start:m.end]) != m.quote {
					t.Errorf("span [%d,%d) holds %q, quote is %q", m.start, m.end, string(rs[m.start:m.end]), m.quote)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestEntityNamesFoldIntoOneNode(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"人口贩运问题工作组", "wg:trafficking-in-persons"},
		{"贩运人口问题工作组", "wg:trafficking-in-persons"},
		{"《公约》", "inst:untoc"},
		{"《有组织犯罪公约》", "inst:untoc"},
		{"《联合国打击跨国有组织犯罪公约》", "inst:untoc"},
		{"《联合国打击跨国有组织犯罪公约关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》", "inst:firearms-protocol"},
		{"《关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》", "inst:firearms-protocol"},
		{"《打击非法制造和贩运枪支及其零部件和弹药的议定书》", "inst:firearms-protocol"},
		{"《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的议定书》", "inst:smuggling-protocol"},
		{"资产追回工作组", "wg:uncac-asset-recovery"},
		{"关于偷运移民问题的工作组", "wg:smuggling-of-migrants"},
		{"不限成员名额技术援助问题临时政府专家工作组", "wg:technical-assistance"},
		{"关于海盗问题的政府间专家组", "wg:海盗问题政府间专家组"},
		{"《枪支议定书》", "inst:firearms-protocol"},
		{"欢迎技术援助问题工作组的工作", "wg:technical-assistance"},
	} {
		ms := findEntities(tc.text)
		if len(ms) != 1 || ms[0].ent.id != tc.want {
			var ids []string
			for _, m := range ms {
				ids = append(ids, m.ent.id)
			}
			t.Errorf("findEntities(%q) = %v, want [%s]", tc.text, ids, tc.want)
		}
	}
}

func TestMandateAddressees(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"1. 请执行主任向缔约方会议第八届会议报告；", "requests actor:executive-director"},
		{"2. 鼓励各国政府和国际社会加强合作；", "encourages actor:governments, encourages actor:international-community"},
		{"3. 请联合国系统各实体和区域组织提供援助；", "requests actor:un-entities, requests actor:regional-organizations"},
		{"4. 邀请预防犯罪和刑事司法委员会审议这一问题；", "invites actor:ccpcj"},
		{"5. 请缔约方会议主席团与秘书处协商；", "requests actor:bureau"},
		{"6. 敦促所有缔约国和签署国执行《公约》；", "urges actor:states-parties, urges actor:signatories"},
		{"7. 请其他捐助方提供资源；", "requests actor:donors"},
		{"8. 请在会议上发言的国家提供资料；", "requests actor:states"},
	} {
		var got []string
		for _, m := range findMandates(tc.text, nil) {
			got = append(got, m.rel+" "+m.ent.id)
		}
		if g := strings.Join(got, ", "); g != tc.want {
			t.Errorf("findMandates(%q) = %q, want %q", tc.text, g, tc.want)
		}
	}
}

func TestGroupActRules(t *testing.T) {
	own := kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "7/1"}
	for _, tc := range []struct {
		name, text string
		own        kg.ActKey
		want       string
	}{
		{"recalled: the act the clause names", "回顾缔约方会议在其第 5/3 号决议中设立了一个偷运移民问题不限成员名额政府间临时工作组，", kg.ActKey{},
			"act:cop:resolution:5/3 ESTABLISHES wg:smuggling-of-migrants 设立"},
		{"decided by the act itself", "1. 决定设立一个技术援助问题不限成员名额临时工作组；", own,
			"act:cop:resolution:7/1 ESTABLISHES wg:technical-assistance 设立"},
		{"a mandate renewed", "12. 决定人口贩运问题工作组的任务授权应予续延；", own,
			"act:cop:resolution:7/1 EXTENDS wg:trafficking-in-persons 续延"},
		{"a mandate extended, the verb first", "3. 决定延长枪支问题工作组的任务期限；", own,
			"act:cop:resolution:7/1 EXTENDS wg:firearms 延长"},
		{"decided to continue", "19. 决定偷运移民问题工作组应继续履行其职能；", own,
			"act:cop:resolution:7/1 EXTENDS wg:smuggling-of-migrants 继续"},
		{"a request to continue is a mandate, not an extension", "9. 请枪支问题工作组继续履行职能；", own, ""},
		{"an expert group the lexicon knows", "2. 决定设立一个保护文化财产免遭贩运问题专家组；", own,
			"act:cop:resolution:7/1 ESTABLISHES wg:cultural-property-experts 设立"},
		{"a group whose qualifiers come first", "1. 决定设立一个不限成员名额政府间预防腐败问题工作组；", own,
			"act:cop:resolution:7/1 ESTABLISHES wg:uncac-prevention 设立"},
		{"an expert group's mandate renewed", "3. 决定网络犯罪问题不限成员名额政府间专家组的任务授权应予续延；", own,
			"act:cop:resolution:7/1 EXTENDS wg:cybercrime-experts 续延"},
		{"an expert group the lexicon lacks", "4. 决定设立一个海盗问题专家组；", own,
			"act:cop:resolution:7/1 ESTABLISHES wg:海盗问题专家组 设立"},
		{"a preamble of the act itself decides nothing", "注意到设立了枪支问题工作组，", kg.ActKey{}, ""},
		{"其中: the act named in the clause before", "回顾其第5/3号决议，其中决定设立偷运移民问题工作组，", kg.ActKey{},
			"act:cop:resolution:5/3 ESTABLISHES wg:smuggling-of-migrants 设立"},
		{"decided in the clause before, continued as a standing part", "缔约方会议在其第 5/2 号决议中决定，贩运人口问题工作组应作为缔约方会议的一个常设组成部分继续存在。", kg.ActKey{},
			"act:cop:resolution:5/2 EXTENDS wg:trafficking-in-persons 继续"},
		{"two groups continued", "3. 决定国际合作问题工作组和技术援助问题政府专家工作组应继续作为缔约方会议的常设组成部分；", own,
			"act:cop:resolution:7/1 EXTENDS wg:international-cooperation 继续; act:cop:resolution:7/1 EXTENDS wg:technical-assistance 继续"},
		{"named after 即, with 关于…的", "缔约方会议在其第 5/3 号决议中决定设立一个不限成员名额临时政府间工作组，即关于偷运移民问题的工作组。", kg.ActKey{},
			"act:cop:resolution:5/3 ESTABLISHES wg:smuggling-of-migrants 设立"},
		{"the act named before, as 该决议 in the clause that decides", "工作组回顾了缔约方会议第 9/3 号决议，缔约方会议在该决议中决定技术援助问题工作组应当继续作为缔约方会议的常设组成部分。", kg.ActKey{},
			"act:cop:resolution:9/3 EXTENDS wg:technical-assistance 继续"},
		{"该决定: the last decision named before, compact", "回顾第8/1号决议和第8/2号决定，缔约方会议在该决定中决定设立枪支问题工作组。", kg.ActKey{},
			"act:cop:decision:8/2 ESTABLISHES wg:firearms 设立"},
		{"该决议 with no resolution named in the sentence", "缔约方会议通过了第 9/3 号决议。缔约方会议在该决议中决定枪支问题工作组应当继续。", kg.ActKey{}, ""},
		{"established, told in the passive after the group", "1. 枪支问题工作组系根据缔约方会议题为“枪支”的第 5/4 号决议设立，其任务是…", kg.ActKey{},
			"act:cop:resolution:5/4 ESTABLISHES wg:firearms 设立"},
		{"the passive with 是…的, compact", "技术援助问题工作组是依照第1/5号决定成立的。", kg.ActKey{},
			"act:cop:decision:1/5 ESTABLISHES wg:technical-assistance 成立"},
		{"a group that sets up, in the active, establishes nothing", "枪支问题工作组根据第 5/4 号决议设立了一个专家小组。", kg.ActKey{}, ""},
		{"the passive naming no act establishes nothing", "枪支问题工作组系根据缔约方会议的决定设立。", kg.ActKey{}, ""},
		{"a clause after a full stop is not the act's", "缔约方会议通过了第 5/2 号决议。工作组应继续存在。", kg.ActKey{}, ""},
		{"the passive naming the act before as 该决议", "回顾其第 3/2 号决议，技术援助问题工作组系根据该决议设立，", kg.ActKey{},
			"act:cop:resolution:3/2 ESTABLISHES wg:technical-assistance 设立"},
		{"a mandate extended with 予以, no 的", "4. 决定偷运移民问题工作组任务授权予以延长一年；", own,
			"act:cop:resolution:7/1 EXTENDS wg:smuggling-of-migrants 延长"},
		{"a decision in brackets, then the mandate extended", "缔约方会议决定（第 8/3 号决定），国际合作问题工作组的任务期限将延长至下届会议。", kg.ActKey{},
			"act:cop:decision:8/3 EXTENDS wg:international-cooperation 延长"},
		{"two acts after a semicolon, then the two groups continued", "第 2/3 号决议设立了枪支问题工作组；第 2/4 号决议设立了技术援助问题工作组。缔约方会议在其第 7/5 号决议中决定上述两个工作组继续履行职能。", kg.ActKey{},
			"act:cop:resolution:2/3 ESTABLISHES wg:firearms 设立; act:cop:resolution:2/4 ESTABLISHES wg:technical-assistance 设立; act:cop:resolution:7/5 EXTENDS wg:firearms 继续; act:cop:resolution:7/5 EXTENDS wg:technical-assistance 继续"},
		{"continuing without 应, pursuant to a decision, is no extension", "根据第 9/2 号决定，枪支问题工作组继续审议该问题。", kg.ActKey{}, ""},
		{"两个工作组 with one group named before", "缔约方会议在其第 7/5 号决议中决定这两个工作组继续履行职能，枪支问题工作组除外。", kg.ActKey{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, g := range findGroupActs(tc.text, findEntities(tc.text), findActRefs(tc.text, kg.BodyCOP), tc.own) {
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

// TestTheReportsOwnGroup: in a group's report, a paragraph that names no group names the
// group by its common noun; an act named in the clause before "…决议中，" does what the
// clause after says.
func TestTheReportsOwnGroup(t *testing.T) {
	firearms, experts := entityNamed("枪支问题工作组"), entityNamed("网络犯罪问题专家组")
	for _, tc := range []struct {
		name, text string
		own        *entity
		want       string
	}{
		{"the bare noun, with qualifiers", "缔约方会议在其第 5/4 号决议中设立了一个不限成员名额政府间工作组，以提供咨询意见。", firearms,
			"act:cop:resolution:5/4 ESTABLISHES wg:firearms 设立"},
		{"the act in the clause before 中，", "缔约方会议在其第 6/5 号决议中，请秘书处依照《曼谷宣言》设立一个专家组。", experts,
			"act:cop:resolution:6/5 ESTABLISHES wg:cybercrime-experts 设立"},
		{"another kind of group is not the report's", "缔约方会议在其第 5/4 号决议中设立了一个工作组。", experts, ""},
		{"other groups are not the report's", "缔约方会议在其第 5/4 号决议中决定设立其他工作组。", firearms, ""},
		{"a group named is the one", "缔约方会议在其第 5/3 号决议中设立了偷运移民问题工作组。", firearms,
			"act:cop:resolution:5/3 ESTABLISHES wg:smuggling-of-migrants 设立"},
		{"no report's group, no noun read", "缔约方会议在其第 5/4 号决议中设立了一个工作组。", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, g := range findGroupActsOf(tc.text, findEntities(tc.text), findActRefs(tc.text, kg.BodyCOP), kg.ActKey{}, tc.own) {
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

func TestAdoptionRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want []adoption
	}{
		{"a revised draft with a date, a meeting and sponsors",
			"40. 在 2012 年 10 月 19 日第 10 次会议上，缔约方会议通过了一份订正决议草案（CTOC/COP/2012/L.4/Rev.2），该草案的提案方为哥斯达黎加、欧洲联盟和美国。（案文见第一章，A 节，第 6/1 号决议。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "6/1"}, date: "2012-10-19", meeting: "10", draft: "CTOC/COP/2012/L.4/Rev.2", sponsors: []string{"哥斯达黎加", "欧洲联盟", "美国"}}}},
		{"a draft submitted by a chair, compact form, no date",
			"在第7次会议上，缔约方会议还通过了由枪支问题工作组主席提交的一份决定草案（CTOC/COP/2014/L.3）。（案文见第一章，B节，第7/2号决定。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindDecision, Number: "7/2"}, meeting: "7", draft: "CTOC/COP/2014/L.3", submitter: "枪支问题工作组主席"}}},
		{"a sponsor with a parenthesis, and 提案国",
			"缔约方会议通过了一份订正决议草案（CTOC/COP/2012/L.5/Rev.2），该草案的提案国为萨尔瓦多（代表拉丁美洲和加勒比国家组）和美国。（案文见第一章，A 节，第 6/2 号决议。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "6/2"}, draft: "CTOC/COP/2012/L.5/Rev.2", sponsors: []string{"萨尔瓦多", "美国"}}}},
		{"sponsors whose names hold 和 and end in 共和国",
			"缔约方会议通过了一份决议草案（CTOC/COP/2014/L.7），该草案的提案国为奥地利、中非共和国、挪威和特立尼达和多巴哥以及多米尼加共和国。（案文见第一章，第 7/4 号决议。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "7/4"}, draft: "CTOC/COP/2014/L.7", sponsors: []string{"奥地利", "中非共和国", "挪威", "特立尼达和多巴哥", "多米尼加共和国"}}}},
		{"a date without its year",
			"在 11 月 6 日第 9 次会议上，缔约国会议通过了一份决议草案（CAC/COSP/2015/L.2）。（案文见第一章，第 6/1 号决议。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "6/1"}, monthDay: "11-06", meeting: "9", draft: "CAC/COSP/2015/L.2"}}},
		{"an adoption whose text the report does not place is not read", "缔约方会议通过了一份决议草案（CTOC/COP/2012/L.9）。", nil},
		{"an adoption without a draft",
			"123. 在 2012 年 10 月 19 日第 10 次会议上，缔约方会议通过了第七届会议临时议程。（案文见第一章，B 节，第 6/1 号决定。）缔约方会议决定其第七届会议将于 2014 年举行。",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindDecision, Number: "6/1"}, date: "2012-10-19", meeting: "10"}}},
		{"an adoption without a draft after one with a draft, compact",
			"在第9次会议上，缔约方会议通过了一份决议草案（CTOC/COP/2014/L.2）。（案文见第一章，A节，第7/1号决议。）在第10次会议上，缔约方会议通过了其报告。（案文见第一章，B节，第7/5号决定。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "7/1"}, meeting: "9", draft: "CTOC/COP/2014/L.2"},
				{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindDecision, Number: "7/5"}, meeting: "10"}}},
		{"a note on a text not adopted in its sentence is not an adoption", "缔约方会议审议了该事项。（案文见第一章，B 节，第 6/3 号决定。）", nil},
		{"submitted, without 由",
			"在同次会议上，缔约方会议通过了主席提交的一份决议草案（CTOC/COP/2010/L.3）。（案文见第一章，A 节，第 5/1 号决议。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "5/1"}, draft: "CTOC/COP/2010/L.3", submitter: "主席"}}},
		{"submitted, said after the symbol",
			"委员会以 32 票赞成、1 票反对、2 票弃权，通过了一份决议草案（E/CN.15/2013/L.8），该草案由意大利（代表欧洲联盟成员国）提交。（案文见第一章，C 节，第 22/1 号决议。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "22/1"}, draft: "E/CN.15/2013/L.8", submitter: "意大利（代表欧洲联盟成员国）"}}}, // whom it submits for: submitters reads it
		{"由 after 通过了 is not the submitter's name",
			"缔约方会议通过了由扩大主席团提交的一份决定草案（CTOC/COP/2012/L.11）。（案文见第一章，B 节，第 6/2 号决定。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindDecision, Number: "6/2"}, draft: "CTOC/COP/2012/L.11", submitter: "扩大主席团"}}},
		{"two drafts in one sentence, their texts placed by one note, respectively",
			"在 2021 年 12 月 17 日第 9 次全体会议上，缔约方会议未经表决通过了墨西哥提交的决议草案（CTOC/COP/2020/L.7），以及经主席团提交的决定草案（CTOC/COP/2020/L.9）。（案文分别见第一章，A 节，第 10/3 号决议，和 B 节，第 10/1 号决定。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "10/3"}, date: "2021-12-17", meeting: "9", draft: "CTOC/COP/2020/L.7", submitter: "墨西哥"},
				{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindDecision, Number: "10/1"}, date: "2021-12-17", meeting: "9", draft: "CTOC/COP/2020/L.9", submitter: "主席团"}}},
		{"two adoptions in one sentence, one note for both, compact",
			"在第9次会议上，委员会通过了由哥伦比亚提交的决议草案（E/CN.15/2020/L.3），并通过了主席提交的决定草案（E/CN.15/2020/L.4）。（案文分别见第一章，B节，第29/2号决议和C节，第29/1号决定。）",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "29/2"}, meeting: "9", draft: "E/CN.15/2020/L.3", submitter: "哥伦比亚"},
				{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindDecision, Number: "29/1"}, meeting: "9", draft: "E/CN.15/2020/L.4", submitter: "主席"}}},
		{"a note that names fewer acts than the sentence adopts drafts pairs nothing",
			"缔约方会议通过了决议草案（CTOC/COP/2020/L.2）和决议草案（CTOC/COP/2020/L.3）。（案文分别见第一章，第 10/2 号决议。）", nil},
		{"a note that pairs nothing ends the drafts before it: those after pair with the next note",
			"缔约方会议通过了决议草案（CTOC/COP/2020/L.1）（案文分别见第 10/1 号决议和第 10/2 号决议），通过了决议草案（CTOC/COP/2020/L.2）和决议草案（CTOC/COP/2020/L.3）（案文分别见第 10/3 号决议和第 10/4 号决议）。",
			[]adoption{{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "10/3"}, draft: "CTOC/COP/2020/L.2"},
				{act: kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "10/4"}, draft: "CTOC/COP/2020/L.3"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findAdoptions(tc.text, kg.BodyCOP)
			for i := range got {
				got[i].start, got[i].end, got[i].quote = 0, 0, ""
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(adoption{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestDocumentsOfOtherShapes parses documents of the family that are not reports: a
// General Assembly resolution as the Assembly prints it, an act whose heading carries its
// title, a number broken over two lines.
func TestDocumentsOfOtherShapes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // node ids and relationship summaries that must be there
	}{
		{"a General Assembly resolution", "66/181. 加强联合国预防犯罪和刑事司法方案，特别是其技术\n合作能力\n \n 大会，\n \n 回顾其 2010 年 12 月 21 日第 65/232 号决议，\n \n 1. 请联合国毒品和犯罪问题办公室继续提供技术援助；\n",
			[]string{"act:ga:resolution:66/181 加强联合国预防犯罪和刑事司法方案，特别是其技术合作能力", "act:ga:resolution:66/181 REFERS_TO act:ga:resolution:65/232", "act:ga:resolution:66/181#op1 MANDATES actor:unodc"}},
		{"a convention adopted by the Assembly, titled without brackets", "55/25. 联合国打击跨国有组织犯罪公约\n \n 大会，\n \n 1. 通过本决议所附《联合国打击跨国有组织犯罪公约》；\n",
			[]string{"act:ga:resolution:55/25 CONCERNS inst:untoc"}},
		{"a Council decision whose number stands alone above its title, and one opening with the body and its meeting",
			"决定\n\n２０１８／２４４．\n预防犯罪和刑事司法委员会第二十七届会议报告\n\n 在 2018 年 7 月 24 日第 48 次全体会议上，经济及社会理事会注意到委员会的报告（E/2018/30）。\n\n2018/246. 筹备工作\n\n 经济及社会理事会 2018 年 7 月 24 日第 48 次全体会议回顾其第 2017/229 号决定，决定请秘书长将报告转交各会员国。\n",
			[]string{"act:ecosoc:decision:2018/244 预防犯罪和刑事司法委员会第二十七届会议报告", "act:ecosoc:decision:2018/244 adopted 2018-07-24 at meeting 48",
				"act:ecosoc:decision:2018/246 adopted 2018-07-24 at meeting 48", "act:ecosoc:decision:2018/246#op MANDATES actor:secretary-general"}},
		{"a Council compilation: parts headed 决议 and 决定, a decision of one sentence",
			"决议\n\n2012/12. 加强方案\n\n 经济及社会理事会，\n\n 1. 请秘书长报告。\n\n2012 年 7 月 26 日\n第 44 次全体会议\n\n决定\n\n2012/235. 麻醉药品委员会第五十五届会议报告\n\n 在 2012 年 7 月 26 日第 44 次全体会议上，经济及社会理事会注意到麻醉药品委员会第五十五届会议报告（E/2012/28）。\n",
			[]string{"act:ecosoc:resolution:2012/12 加强方案", "act:ecosoc:resolution:2012/12 adopted 2012-07-26 at meeting 44",
				"act:ecosoc:decision:2012/235 adopted 2012-07-26 at meeting 44", "act:ecosoc:decision:2012/235#op CITES doc:E/2012/28"}},
		{"a Commission's decision of one sentence, by a vote",
			"第 56/2 号决定\n\n将某物质列入附表一\n\n 在 2013 年 3 月 13 日第 5 次会议上，麻醉药品委员会以 50 票赞成、0 票反对、1 票弃权，决定将某物质列入附表一。\n",
			[]string{"act:cop:decision:56/2 adopted 2013-03-13 at meeting 5", "act:cop:decision:56/2 vote 50-0-1"}},
		{"an instrument annexed, by articles",
			"55/25. 联合国打击跨国有组织犯罪公约\n\n 大会，\n\n 1. 通过本决议所附《联合国打击跨国有组织犯罪公约》；\n\n附件一\n\n联合国打击跨国有组织犯罪公约\n\n第 1 条\n\n宗旨\n\n 本公约的宗旨是促进合作。\n\n第三十二条\n\n公约缔约方会议\n\n 1. 兹设立公约缔约方会议。\n\n 2. 秘书长应召开缔约方会议。\n",
			[]string{"act:ga:resolution:55/25 HAS_PARAGRAPH act:ga:resolution:55/25#annex-art1-p1", "act:ga:resolution:55/25 HAS_PARAGRAPH act:ga:resolution:55/25#annex-art32-1",
				"act:ga:resolution:55/25 HAS_PARAGRAPH act:ga:resolution:55/25#annex-art32-2"}},
		{"a Commission's decision of one sentence, at a meeting not plenary",
			"第 56/1 号决定\n\n将甲氧麻黄酮列入附表二\n\n 在 2013 年 3 月 13 日第 5 次会议上，麻醉药品委员会决定将甲氧麻黄酮列入附表二。\n",
			[]string{"act:cop:decision:56/1 adopted 2013-03-13 at meeting 5"}},
		{"a Security Council resolution, headed by its adoption, untitled",
			"第 2195（2014）号决议\n\n2014 年 12 月 19 日安全理事会第 7351 次会议通过\n\n 安全理事会，\n\n 重申其第 1373（2001）号决议，\n\n 1. 吁请会员国加强合作。\n",
			[]string{"act:sc:resolution:2195(2014) adopted 2014-12-19 at meeting 7351", "act:sc:resolution:2195(2014) REFERS_TO act:sc:resolution:1373(2001)"}},
		{"a closing with the meeting first, as English layouts print it",
			"55/25. 联合国打击跨国有组织犯罪公约\n\n 大会，\n\n 回顾其第 53/111 号决议，\n\n 1. 请秘书长提供服务。\n\n第 62 次全体会议\n2000 年 11 月 15 日\n",
			[]string{"act:ga:resolution:55/25 adopted 2000-11-15 at meeting 62"}},
		{"a closing set off to the right: the day and the meeting indented, apart",
			"2016/18. 加强合作\n\n 经济及社会理事会，\n\n 回顾其第 2010/19 号决议，\n\n 1. 促请会员国加强合作。\n\n 2016 年 7 月 27 日\n\n 第 49 次全体会议\n",
			[]string{"act:ecosoc:resolution:2016/18 adopted 2016-07-27 at meeting 49"}},
		{"the same, the date on a line apart",
			"55/25. 联合国打击跨国有组织犯罪公约\n\n 大会，\n\n 1. 请秘书长提供服务。\n\n第 62 次全体会议\n\n2000 年 11 月 15 日\n",
			[]string{"act:ga:resolution:55/25 adopted 2000-11-15 at meeting 62"}},
		{"a General Assembly decision, numbered from 401", "66/522. 联合国毒品和犯罪问题办公室的工作\n \n 大会注意到秘书长的报告。\n",
			[]string{"act:ga:decision:66/522 联合国毒品和犯罪问题办公室的工作"}},
		{"an Economic and Social Council resolution, numbered by year", "2012/19. 加强国际合作打击跨国有组织犯罪\n \n 回顾其第 2011/33 号决议，\n",
			[]string{"act:ecosoc:resolution:2012/19 加强国际合作打击跨国有组织犯罪", "act:ecosoc:resolution:2012/19 REFERS_TO act:ecosoc:resolution:2011/33"}},
		{"a note without numbered paragraphs", "秘书处的说明\n\n 缔约方会议在其第 5/1 号决议中请秘书处编写本报告。本说明还参考了 CTOC/COP/WG.2/2012/5 号文件\n以及大会第 64/293 号决议。人口贩运问题工作组于 2012 年 10 月 10 日举行了会议。\n",
			[]string{"doc:file:other.txt#u1 REFERS_TO act:cop:resolution:5/1", "doc:file:other.txt#u1 REFERS_TO act:ga:resolution:64/293",
				"doc:file:other.txt#u1 CITES doc:CTOC/COP/WG.2/2012/5", "doc:file:other.txt#u1 MENTIONS wg:trafficking-in-persons"}},
		{"resolutions cited by their documents' symbols", "秘书处的说明\n\n 本说明依照 A/RES/55/25 号决议和 E/RES/2011/33 号决议编写，并参考了 S/RES/1373 (2001)。\n",
			[]string{"doc:file:other.txt#u1 REFERS_TO act:ga:resolution:55/25", "doc:file:other.txt#u1 REFERS_TO act:ecosoc:resolution:2011/33",
				"doc:file:other.txt#u1 REFERS_TO act:sc:resolution:1373(2001)", "doc:file:other.txt#u1 CITES doc:A/RES/55/25"}},
		{"a Council decision: numbered from 201, dated by its opening line, setting out the Commission's agenda",
			"2011/259. 预防犯罪和刑事司法委员会第二十一届会议临时议程\n\n 在 2011 年 7 月 28 日第 44 次全体会议上，经济及社会理事会：\n\n (a) 注意到委员会第二十届会议的报告；\n\n (b) 核准下文所载委员会第二十一届会议临时议程：\n\n 1. 选举主席团成员。\n\n 2. 通过议程和其他组织事项。\n",
			[]string{"act:ecosoc:decision:2011/259 预防犯罪和刑事司法委员会第二十一届会议临时议程", "session:ccpcj:21 HAS_AGENDA_ITEM agenda:ccpcj:21:1", "agenda:ccpcj:21:2 通过议程和其他组织事项"}},
		{"a heading with its title", "第 7/1 号决议：执行《公约》\n \n 《联合国打击跨国有组织犯罪公约》缔约方会议，\n \n 重申其第 6/1 号决议，\n",
			[]string{"act:cop:resolution:7/1 执行《公约》", "act:cop:resolution:7/1 REFERS_TO act:cop:resolution:6/1", "act:cop:resolution:7/1 CONCERNS inst:untoc"}},
		{"a number broken over two lines", "第 7/2 号决定\n标题\n \n 缔约方会议，\n \n 回顾大会第 64/2\n93 号决议，\n",
			[]string{"act:cop:decision:7/2 REFERS_TO act:ga:resolution:64/293"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("other.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			for _, n := range g.Nodes {
				have[n.ID+" "+kg.String(n.Properties, kg.PropTitle)] = true
				if v := kg.ActFromNode(n).Vote; v != nil {
					have[fmt.Sprintf("%s vote %d-%d-%d", n.ID, v.InFavour, v.Against, v.Abstaining)] = true
				}
				if d := kg.String(n.Properties, kg.PropDate); d != "" {
					have[n.ID+" adopted "+d+" at meeting "+kg.String(n.Properties, kg.PropMeeting)] = true
				}
			}
			for _, r := range g.Relationships {
				have[r.Start+" "+r.Type+" "+r.End] = true
			}
			for _, w := range tc.want {
				if !have[w] {
					t.Errorf("missing %q; have %v", w, have)
				}
			}
		})
	}
}

// TestAMissedFootnoteMarkerDoesNotHideTheNext: marker 1 is glued to a symbol, where no rule
// can see it; marker 2 after it must still be found and carry its footnote's reference.
func TestAMissedFootnoteMarkerDoesNotHideTheNext(t *testing.T) {
	text := "第 7/1 号决议\n标题\n 缔约方会议，\n 注意到 CTOC/COP/2012/81，\n 回顾行动计划2的重要性，\n__________________\n 1 同上。\n 2 大会第 64/293 号决议。\n"
	g, err := Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range g.Relationships {
		if r.Type == kg.RelRefersTo && r.End == "act:ga:resolution:64/293" && kg.Int(r.Properties, kg.PropFootnote) == 2 && kg.String(r.Properties, kg.PropParagraph) == "pp2" {
			found = true
		}
	}
	if !found {
		t.Errorf("footnote 2's reference is not attached to pp2: %v", g.Relationships)
	}
}

func TestAforementionedActsResolveOnlyWhenUnambiguous(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"one resolution named before", "第 7/1 号决议\n标题\n 缔约方会议，\n 回顾其第 6/2 号决议，\n 1. 请秘书处依照上述决议提供协助；\n", "act:cop:resolution:6/2"},
		{"two resolutions named before: left out", "第 7/1 号决议\n标题\n 缔约方会议，\n 回顾其第 6/2 号决议和第 6/3 号决议，\n 1. 请秘书处依照上述决议提供协助；\n", ""},
		{"a decision does not answer for a resolution", "第 7/1 号决议\n标题\n 缔约方会议，\n 回顾其第 6/2 号决定，\n 1. 请秘书处依照上述决议提供协助；\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("x.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, r := range g.Relationships {
				if r.Type == kg.RelRefersTo && kg.String(r.Properties, kg.PropQuote) == "上述决议" {
					got = r.End
				}
			}
			if got != tc.want {
				t.Errorf("上述决议 resolved to %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAFootnoteGoesOnOnTheNextPage: footnote 1 breaks off at the foot of a page and ends
// under the next page's separator, before footnote 2.
func TestAFootnoteGoesOnOnTheNextPage(t *testing.T) {
	text := "第 7/1 号决议\n标题\n 缔约方会议，\n 回顾行动计划1的重要性，\n__________________\n 1 《联合国小武器和轻武器非法贸易各方面问题大会的报告，\n\n3 V.14-00001\n\n 又回顾行动计划2的重要性，\n__________________\n （A/CONF.192/15），第四章。\n 2 大会第 64/293 号决议。\n"
	g, err := Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rels := map[string]string{}
	for _, r := range g.Relationships {
		rels[r.Type+" "+r.End] = kg.String(r.Properties, kg.PropParagraph)
	}
	if rels["CITES doc:A/CONF.192/15"] != "pp1" || rels["REFERS_TO act:ga:resolution:64/293"] != "pp2" {
		t.Errorf("the continued footnote is not read as footnote 1, or footnote 2 is lost: %v", rels)
	}
	for _, n := range g.Nodes {
		if n.Label(kg.LabelParagraph) && strings.Contains(kg.String(n.Properties, kg.PropText), "A/CONF.192/15") {
			t.Errorf("the footnote's continuation became body text: %s", n.ID)
		}
	}
}

// TestReportsOfOtherBodies reads reports of other bodies of the family: the Conference of
// the States Parties to the Convention against Corruption (chapters "二. …", its symbol on
// the title page) and the Commission on Crime Prevention and Criminal Justice (chapters
// "第二章", its session named only on the title page). Their narratives' acts, sessions and
// agenda items are those bodies', not the Conference of the Parties'.
func TestReportsOfOtherBodies(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []string
	}{
		{"testdata/cosp-report-excerpt.txt", []string{
			"act:cosp:resolution:4/1 DRAFTED_AS doc:CAC/COSP/2011/L.12/Rev.1",
			"act:cosp:resolution:4/1 CONSIDERED_UNDER agenda:cosp:4:2",
			"act:cosp:resolution:4/1 REFERS_TO act:cosp:resolution:3/1",
			"act:cosp:resolution:4/1 REFERS_TO act:cnd:resolution:54/12",
			"session:cosp:4 HAS_AGENDA_ITEM agenda:cosp:4:2",
			"state:gbr SPOKE_ON session:cosp:4",
			"state:tto SPOKE_ON agenda:cosp:4:2",
			"state:aut SPONSORED doc:CAC/COSP/2011/L.12/Rev.1",
		}},
		{"testdata/ccpcj-report-excerpt.txt", []string{
			"act:ccpcj:resolution:21/1 DRAFTED_AS doc:E/CN.15/2012/L.5/Rev.1",
			"act:ccpcj:resolution:21/1 CONSIDERED_UNDER agenda:ccpcj:21:3",
			"act:ccpcj:resolution:21/1 REFERS_TO act:ga:resolution:66/181",
			"act:ccpcj:resolution:21/1#op1 MANDATES actor:unodc",
			"session:ccpcj:21 HAS_AGENDA_ITEM agenda:ccpcj:21:3",
			"state:bol SPOKE_ON agenda:ccpcj:21:3",
			"state:nga SPONSORED doc:E/CN.15/2012/L.5/Rev.1",
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			g, err := Parse(tc.file, data)
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			for _, n := range g.Nodes {
				have[n.ID] = true
			}
			for _, r := range g.Relationships {
				have[r.Start+" "+r.Type+" "+r.End] = true
			}
			for _, w := range tc.want {
				if !have[w] {
					t.Errorf("missing %q", w)
				}
			}
			for id := range have {
				if strings.HasPrefix(id, "act:cop:") || strings.HasPrefix(id, "session:cop:") {
					t.Errorf("%s: the report's acts and sessions are not the Conference of the Parties'", id)
				}
			}
		})
	}
}

// TestAGeneralAssemblyResolutionAsPublished reads a resolution as the Assembly publishes
// it: its symbol on the first line, the committee report it was adopted on, and the date
// and plenary meeting that close it.
func TestAGeneralAssemblyResolutionAsPublished(t *testing.T) {
	data, err := os.ReadFile("testdata/ga-resolution.txt")
	if err != nil {
		t.Fatal(err)
	}
	g, err := Parse("ga.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if g.Source != "doc:A/RES/66/181" {
		t.Errorf("source %q, want doc:A/RES/66/181, the symbol of the first line", g.Source)
	}
	var act kg.Act
	cited := map[string]string{}
	for _, n := range g.Nodes {
		if n.ID == "act:ga:resolution:66/181" {
			act = kg.ActFromNode(n)
		}
		if n.ID == "act:ga:resolution:66/181#op2" && strings.Contains(kg.String(n.Properties, kg.PropText), "全体会议") {
			t.Errorf("the closing date and meeting stay in the last paragraph: %q", kg.String(n.Properties, kg.PropText))
		}
	}
	under := ""
	for _, r := range g.Relationships {
		if r.Type == kg.RelCites {
			cited[r.End] = kg.String(r.Properties, kg.PropRole)
		}
		if r.Type == kg.RelConsideredUnder && r.Start == "act:ga:resolution:66/181" {
			under = r.End
		}
	}
	if under != "agenda:ga:66:103" {
		t.Errorf("adopted under %q, want agenda:ga:66:103, the item of its title page", under)
	}
	if act.Date != "2011-12-19" || act.Meeting != "89" {
		t.Errorf("adopted %q at meeting %q, want 2011-12-19 at 89", act.Date, act.Meeting)
	}
	if cited["doc:A/66/463"] != "committee_report" || cited["inst:untoc"] != "treaty_series" {
		t.Errorf("citations %v, want the committee report and the Treaty Series", cited)
	}
}

// TestAYearlessDateTakesTheSessionsYear: reports write a meeting's date without its year;
// the adoption takes the year of the session the report is of.
func TestAYearlessDateTakesTheSessionsYear(t *testing.T) {
	text := "CAC/COSP/2015/10\n\n二. 组织事项\n\n1. 《联合国反腐败公约》缔约国会议于 2015 年 11 月 2 日至 6 日在圣彼得堡举行了第六届会议。\n\n2. 在 11 月 6 日第 9 次会议上，缔约国会议通过了一份决议草案（CAC/COSP/2015/L.2）。（案文见第一章，第 6/1 号决议。）\n"
	g, err := Parse("yl.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range g.Nodes {
		if n.ID == "act:cosp:resolution:6/1" {
			if a := kg.ActFromNode(n); a.Date != "2015-11-06" || a.Meeting != "9" {
				t.Errorf("adopted %q at meeting %q, want 2015-11-06 at 9", a.Date, a.Meeting)
			}
			return
		}
	}
	t.Errorf("act:cosp:resolution:6/1 is missing")
}

// TestARecommendedDraftKeepsOutOfTheNarrative: a report's chapter I holds the drafts it
// recommends to another body ("决议草案一"); their numbered paragraphs are not the
// narrative's, whose numbering goes on after them, and what they say is kept.
func TestARecommendedDraftKeepsOutOfTheNarrative(t *testing.T) {
	data, err := os.ReadFile("testdata/ccpcj-draft-excerpt.txt")
	if err != nil {
		t.Fatal(err)
	}
	g, err := Parse("draft.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, r := range g.Relationships {
		have[r.Type+" "+r.End] = true
	}
	for _, n := range g.Nodes {
		if n.ID == "doc:E/CN.15/2010/20#n2" && !strings.Contains(kg.String(n.Properties, kg.PropText), "第十九届会议") {
			t.Errorf("narrative paragraph 2 is %q, not the report's own", kg.String(n.Properties, kg.PropText))
		}
	}
	for _, w := range []string{"SPOKE_ON session:ccpcj:19", "REFERS_TO act:ga:resolution:64/179"} {
		if !have[w] {
			t.Errorf("missing %s", w)
		}
	}
}

// TestDecisiveSentences types the sentences by which an act without numbered paragraphs
// decides as operative, and leaves a preamble and a numbered act as they are.
func TestDecisiveSentences(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string // an act's unnumbered paragraphs, or numbered ones
		want  []string // kind key
	}{
		{"one sentence: the body decides", []string{"缔约方会议决定其第八届会议将于 2016 年 10 月 17 日至 21 日在维也纳举行。"},
			[]string{"operative op"}},
		{"the body with its instrument's title, and 核准", []string{"《联合国打击跨国有组织犯罪公约》缔约方会议核准其第六届会议的临时议程。"},
			[]string{"operative op"}},
		{"a preamble, then two decisions", []string{"回顾其第 5/1 号决定，", "决定请秘书处编写报告。", "又决定继续审议该问题。"},
			[]string{"preambular pp1", "operative op1", "operative op2"}},
		{"a preamble alone stays one", []string{"回顾其第 5/1 号决定，", "铭记大会第 55/25 号决议，"},
			[]string{"preambular pp1", "preambular pp2"}},
		{"a sentence that notes decides nothing", []string{"缔约方会议注意到秘书处的报告。"},
			[]string{"preambular pp1"}},
		{"a comma ends a preambular paragraph, whatever its verb", []string{"决定加强合作，"},
			[]string{"preambular pp1"}},
		{"an act that numbers its paragraphs keeps them", []string{"缔约方会议核准临时议程如下。", "1. 组织事项。"},
			[]string{"preambular pp1", "operative op1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ps []paragraph
			for i, text := range tc.paras {
				p := paragraph{text: text, kind: paraPreambular, key: "pp" + itoa(i+1)}
				if n := listNumber(text); n != "" {
					p.kind, p.number, p.key = paraOperative, n, "op"+strings.TrimSuffix(n, ".")
				}
				ps = append(ps, p)
			}
			decisiveSentences(ps)
			var got []string
			for _, p := range ps {
				got = append(got, p.kind+" "+p.key)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestADecisionDatedBelowItsText takes the day a decision printed on its own closes with
// for the day of its adoption, not for a paragraph; a date inside its text stays text.
func TestADecisionDatedBelowItsText(t *testing.T) {
	for _, tc := range []struct {
		name, text, date string
		paras            []string
	}{
		{"the day below", "第 3/2 号决定\n关于报告的决定\n\n    缔约方会议决定请秘书处提交报告。\n\n2008 年 10 月 17 日\n",
			"2008-10-17", []string{"op"}},
		{"a day in the sentence", "第 3/2 号决定\n关于会议的决定\n\n    缔约方会议决定其下届会议于 2010 年 10 月 18 日举行。\n",
			"", []string{"op"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("d.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			var paras []string
			date := "missing"
			for _, n := range g.Nodes {
				switch {
				case n.ID == "act:cop:decision:3/2":
					date = kg.ActFromNode(n).Date
				case strings.HasPrefix(n.ID, "act:cop:decision:3/2#"):
					paras = append(paras, strings.TrimPrefix(n.ID, "act:cop:decision:3/2#"))
				}
			}
			if date != tc.date || !slices.Equal(paras, tc.paras) {
				t.Errorf("date %q, paragraphs %q; want %q, %q", date, paras, tc.date, tc.paras)
			}
		})
	}
}

// TestADraftApprovedForAnotherBody: a Commission approves drafts for the Council to adopt
// ("核准了一项供经济及社会理事会通过的决议草案（…）"); they are drafts, with their sponsors,
// those who joined them and their submitters, as drafts recommended are.
func TestADraftApprovedForAnotherBody(t *testing.T) {
	text := "E/2016/30\nE/CN.15/2016/13\n\n预防犯罪和刑事司法委员会\n第二十五届会议报告\n\n" +
		"1. 在 2016 年 5 月 27 日第 9 次会议上，委员会核准了一项供经济及社会理事会提请大会通过的决议草案（E/CN.15/2016/L.4），该草案的提案国为：巴西、智利和秘鲁。随后，下列国家加入为提案国：加拿大和挪威。（案文见第一章，A 节，决议草案一。）\n\n" +
		"2. 在同次会议上，委员会核准了一项供经济及社会理事会通过的决议草案（E/CN.15/2016/L.6），该草案由墨西哥提交。（案文见第一章，B 节。）\n"
	g, err := Parse("approved.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, r := range g.Relationships {
		if r.Type == kg.RelSponsored {
			got[r.End] = append(got[r.End], r.Start+" "+kg.String(r.Properties, kg.PropRole))
		}
	}
	want := map[string][]string{
		"doc:E/CN.15/2016/L.4": {"state:bra sponsor", "state:can sponsor", "state:chl sponsor", "state:nor sponsor", "state:per sponsor"},
		"doc:E/CN.15/2016/L.6": {"state:mex submitter"},
	}
	for _, v := range got {
		slices.Sort(v)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SPONSORED (-want +got):\n%s", diff)
	}
	for _, n := range g.Nodes {
		if strings.HasPrefix(n.ID, "doc:E/CN.15/2016/L.") && !n.Label(kg.LabelDraft) {
			t.Errorf("%s is not labelled a draft: %v", n.ID, n.Labels)
		}
	}
}

// TestSubmitters reads who a submitter's words name, and whom each submits for.
func TestSubmitters(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  []draftSponsor
	}{
		{"墨西哥、挪威和秘鲁", []draftSponsor{{name: "墨西哥"}, {name: "挪威"}, {name: "秘鲁"}}},
		{"南非代表非洲国家组", []draftSponsor{{name: "南非", onBehalfOf: "非洲国家组"}}},
		{"巴西代表拉丁美洲和加勒比国家组", []draftSponsor{{name: "巴西", onBehalfOf: "拉丁美洲和加勒比国家组"}}},
		{"联合国毒品和犯罪问题办公室", []draftSponsor{{name: "联合国毒品和犯罪问题办公室"}}},
		{"扩大主席团", []draftSponsor{{name: "扩大主席团"}}},
		{"主席代表主席团", []draftSponsor{{name: "主席代表主席团"}}}, // no State: the words stay one name
		// A group's coordinator submits for it, the group in brackets.
		{"肯尼亚（代表非洲国家组）", []draftSponsor{{name: "肯尼亚", onBehalfOf: "非洲国家组"}}},
		{"巴拉圭（代表 77 国集团和中国）", []draftSponsor{{name: "巴拉圭", onBehalfOf: "77国集团和中国"}}},
		{"布基纳法索（代表非洲国家组）", []draftSponsor{{name: "布基纳法索", onBehalfOf: "非洲国家组"}}},
		// Another bracket is no part of the name, nor is a behalf that is no State's.
		{"主席（墨西哥）", []draftSponsor{{name: "主席"}}},
		{"主席（代表主席团）", []draftSponsor{{name: "主席"}}},
		{"奥地利和秘鲁（代表欧洲联盟）", []draftSponsor{{name: "奥地利"}, {name: "秘鲁"}}}, // whose behalf: unsaid
	} {
		if diff := cmp.Diff(tc.want, submitters(tc.words), cmp.AllowUnexported(draftSponsor{})); diff != "" {
			t.Errorf("submitters(%q) (-want +got):\n%s", tc.words, diff)
		}
	}
}

// TestRecommendationLeads: a sentence of the body's own introduces a list of
// recommendations anywhere in a report; one who spoke made none.
func TestRecommendationLeads(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		list       string // the text after the lead, or "" for none
	}{
		{"a group adopted them, at a meeting", "5. 工作组在 5 月 3 日第 4 次会议上通过了下列建议：\n1. 请秘书处继续收集数据。", "\n1. 请秘书处继续收集数据。"},
		{"after a time clause, 以下 and a half-width colon", "6. 在第 2 次会议上，专家组提出了以下建议:\n(a) 鼓励各方合作；", "\n(a) 鼓励各方合作；"},
		{"a group by its name, 各项", "枪支问题工作组核可了下列各项建议：(a) 缔约国应考虑…", "(a) 缔约国应考虑…"},
		{"a body by its name, after another sentence", "3. 会议审议了议程项目 2。缔约方会议通过了如下建议：\n(a) 请秘书处…", "\n(a) 请秘书处…"},
		{"the body as the subject of 建议 alone", "3. 工作组还建议：\n(a) 鼓励各方提供资源；", "\n(a) 鼓励各方提供资源；"},
		{"another's recommendations, named", "4. 工作组审议了秘书处提出的建议：\n(a) 请…", ""},
		{"a recommendation the Secretariat makes", "5. 秘书处建议：\n(a) 请…", ""},
		{"speakers' suggestions", "7. 一些发言者提出了以下建议：\n(a) 请秘书处举办讲习班。", ""},
		{"speakers' suggestions, bare", "7. 一些发言者建议：\n(a) 请秘书处举办讲习班。", ""},
		{"a delegation's proposal", "8. 日本代表提出了下列建议：\n(a) 请秘书处…", ""},
		{"recommendations named, no list", "9. 工作组通过了下列建议，载于附件。", ""},
		{"a list of something else", "10. 工作组通过了下列议程：\n1. 组织事项。", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if at := recommendationsAt(tc.text); at >= 0 {
				got = tc.text[at:]
			}
			if got != tc.list {
				t.Errorf("recommendationsAt(%q) leaves %q, want %q", tc.text, got, tc.list)
			}
		})
	}
}

// TestRecommendationsOutsideTheirSection: the list a lead sets out in a section not titled
// 建议 asks what the recommendations would, proposed; the narrative before the lead and
// speakers' suggestions ask nothing.
func TestRecommendationsOutsideTheirSection(t *testing.T) {
	text := `联合国                                                    CTOC/COP/WG.6/2030/3

枪支问题工作组
2030 年 5 月 2 日至 3 日在维也纳举行的会议的报告

一. 会议安排

1. 枪支问题工作组于 2030 年 5 月 2 日至 3 日在维也纳举行了会议。

2. 工作组在 5 月 3 日第 4 次会议上请秘书处编写一份报告。工作组还通过了下列建议：
(a) 请联合国毒品和犯罪问题办公室继续收集数据；
(b) 鼓励各方提供预算外资源。

3. 一些发言者提出了以下建议：
(a) 请秘书处举办讲习班。
`
	g, err := Parse("wg.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range g.Relationships {
		if r.Type == kg.RelMandates {
			got = append(got, fmt.Sprintf("%s %s %s proposed=%v", strings.TrimPrefix(r.Start, g.Source), r.Properties.Get(kg.PropRelation), r.End, r.Properties.Get(kg.PropProposed)))
		}
	}
	want := []string{"#n2 encourages actor:all-parties proposed=true", "#n2 requests actor:unodc proposed=true"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestBodyForms: a body's documents give its own convention and organs bare names, which
// name another entity, or none, in another body's documents.
func TestBodyForms(t *testing.T) {
	const text = "回顾《公约》第 63 条和《联合国打击跨国有组织犯罪公约》，请实施情况审议组继续工作，并注意到《联合国反腐败公约》实施情况审议组的报告"
	for _, tc := range []struct {
		body kg.Body
		want []string
	}{
		{kg.BodyCOSP, []string{"《公约》 inst:uncac", "《联合国打击跨国有组织犯罪公约》 inst:untoc", "实施情况审议组 wg:uncac-implementation-review-group", "《联合国反腐败公约》实施情况审议组 wg:uncac-implementation-review-group"}},
		{kg.BodyCOP, []string{"《公约》 inst:untoc", "《联合国打击跨国有组织犯罪公约》 inst:untoc", "《联合国反腐败公约》实施情况审议组 wg:uncac-implementation-review-group"}},
		{"", []string{"《公约》 inst:untoc", "《联合国打击跨国有组织犯罪公约》 inst:untoc", "《联合国反腐败公约》实施情况审议组 wg:uncac-implementation-review-group"}},
	} {
		t.Run(string(tc.body), func(t *testing.T) {
			var got []string
			for _, m := range findEntitiesOf(text, tc.body) {
				got = append(got, m.quote+" "+m.ent.id)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	var got []string
	for _, m := range mandatesIn("2. 请实施情况审议组继续履行其任务授权；", kg.BodyCOSP, nil, nil, nil) {
		got = append(got, m.rel+" "+m.ent.id)
	}
	if want := []string{"requests wg:uncac-implementation-review-group"}; !slices.Equal(got, want) {
		t.Errorf("a COSP request to the bare group: %q, want %q", got, want)
	}
	if ms := findMandates("2. 请实施情况审议组继续履行其任务授权；", nil); len(ms) != 0 {
		t.Errorf("outside COSP the bare group is none of the lexicon's, yet %s is asked", ms[0].ent.id)
	}
}

// TestOpeningPlenaryMeeting: a Council decision's opening, or a one-sentence decision, or a
// Council resolution's heading, that names a plenary meeting marks it plenary, as a
// closing does (G21); a meeting not called plenary is not.
func TestOpeningPlenaryMeeting(t *testing.T) {
	for _, tc := range []struct {
		text, meeting string
		plenary       bool
	}{
		{"2024/251. 某委员会的报告\n\n 在 2024 年 7 月 19 日第 41 次全体会议上，经济及社会理事会决定：\n\n (a) 注意到该报告；\n", "meeting:ecosoc:2024:41", true},
		{"2023/240. 筹备工作\n\n 在 2023 年 6 月 7 日第 22 次全体会议上，经济及社会理事会注意到秘书长的说明。\n", "meeting:ecosoc:2023:22", true},
		{"第 61/3 号决定\n\n某物质\n\n 在 2018 年 3 月 14 日第 6 次会议上，麻醉药品委员会决定将某物质列入附表一。\n", "", false},
	} {
		g, err := Parse("x.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		found := tc.meeting == "" // "": no meeting may be plenary
		for _, n := range g.Nodes {
			if n.ID == tc.meeting || tc.meeting == "" && n.Label(kg.LabelMeeting) {
				found = true
				if got, _ := n.Properties.Get(kg.PropPlenary).(bool); got != tc.plenary {
					t.Errorf("%s plenary = %v, want %v", n.ID, got, tc.plenary)
				}
			}
		}
		if !found {
			t.Errorf("no %s in %q", tc.meeting, tc.text)
		}
	}
}

package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// The rules for family14's findings on officers, speakers and their meetings, tried on
// texts of other bodies, numbers and phrasings than the reviewers'.

const f14GroupHead = "枪支问题工作组2025年4月7日至9日在维也纳举行的会议的报告\n\n一. 会议安排\n\n1. 工作组于2025年4月7日至9日在维也纳举行会议。\n"

func TestFamily14Speakers(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"M5: a working group's 主席 who presided is its chair",
			f14GroupHead + "2. 会议由工作组主席Ana Silva（巴西）主持。\n",
			[]string{"person:Ana Silva ELECTED session:wg:firearms:2025-04-07 role=chair"},
			[]string{"person:Ana Silva ELECTED session:wg:firearms:2025-04-07 role=president"}},
		{"M5: a working group's vice-chair elected in a sentence",
			f14GroupHead + "2. 在第1次会议上，工作组选举Kenji Sato（日本）为副主席。\n",
			[]string{"person:Kenji Sato ELECTED session:wg:firearms:2025-04-07 role=vice-chair"}, nil},
		{"M5: a conference's 主席 stays its president",
			"联合国反腐败公约缔约国会议第十一届会议报告\n\n1. 在开幕会议上，缔约国会议选举Lina Haddad（约旦）为会议主席。\n",
			[]string{"person:Lina Haddad ELECTED session:cosp:11 role=president"}, nil},
		{"M1: statements at two meetings named together carry both, and neither alone",
			"麻醉药品委员会第六十八届会议报告\n\n第四章\n战略执行\n\n1. 在2025年3月11日第4次和第5次会议上，委员会审议了议程项目5。在一般性辩论中，下列会员国代表作了发言：秘鲁、泰国和加纳。\n",
			[]string{"state:per SPOKE_ON agenda:cnd:68:5 meetings=[4 5]"},
			[]string{"state:per SPOKE_ON agenda:cnd:68:5 meeting=5"}},
		{"M1: one 次 for both meetings",
			"麻醉药品委员会第六十八届会议报告\n\n第四章\n战略执行\n\n1. 在2025年3月11日第 9 和第 10 次会议上，委员会审议了议程项目5。下列会员国代表作了发言：秘鲁和泰国。\n",
			[]string{"state:tha SPOKE_ON agenda:cnd:68:5 meetings=[9 10]"},
			[]string{"state:tha SPOKE_ON agenda:cnd:68:5 meeting=10"}},
		{"M2: the meeting the chapter's first paragraph names carried to its statements",
			"麻醉药品委员会第六十八届会议报告\n\n第四章\n战略执行\n\n1. 委员会在2025年3月12日第7次会议上审议了议程项目6。\n2. 秘书处代表作了介绍性发言。\n3. 下列会员国代表作了发言：秘鲁、泰国和加纳。\n",
			[]string{"state:gha SPOKE_ON agenda:cnd:68:6 meeting=7", "actor:secretariat SPOKE_ON agenda:cnd:68:6 meeting=7"}, nil},
		{"M2: two meetings carried, and not past another chapter",
			"麻醉药品委员会第六十八届会议报告\n\n第四章\n战略执行\n\n1. 委员会在2025年3月12日第7次和第8次会议上审议了议程项目6。\n2. 下列会员国代表作了发言：秘鲁和泰国。\n\n第五章\n其他事项\n\n3. 下列会员国代表作了发言：加纳。\n",
			[]string{"state:per SPOKE_ON agenda:cnd:68:6 meetings=[7 8]"},
			[]string{"state:gha SPOKE_ON session:cnd:68 meetings=[7 8]"}},
		{"M2: a paragraph that names another meeting ends the carried ones",
			"麻醉药品委员会第六十八届会议报告\n\n第四章\n战略执行\n\n1. 委员会在2025年3月12日第7次会议上审议了议程项目6。\n2. 在第8次和第9次会议上，委员会通过了一项决议。\n3. 下列会员国代表作了发言：加纳。\n",
			nil, []string{"state:gha SPOKE_ON agenda:cnd:68:6 meeting=7"}},
		{"M2: an officer named by office and State is that State's delegate in the office",
			"麻醉药品委员会第六十八届会议报告\n\n第四章\n战略执行\n\n1. 委员会在2025年3月12日第7次会议上审议了议程项目6。\n2. 委员会报告员（肯尼亚）作了介绍性发言。工作组主席（智利）作了发言。\n",
			[]string{"state:ken SPOKE_ON agenda:cnd:68:6", "state:chl SPOKE_ON agenda:cnd:68:6"},
			[]string{"actor:委员会报告员 SPOKE_ON agenda:cnd:68:6", "actor:工作组主席 SPOKE_ON agenda:cnd:68:6"}},
		{"M2: an officer named with a person stays the office, the person a delegate",
			"麻醉药品委员会第六十八届会议报告\n\n第四章\n战略执行\n\n1. 委员会在2025年3月12日第7次会议上审议了议程项目6。\n2. 委员会副主席Li Na（新加坡）作了发言。\n",
			[]string{"person:Li Na MEMBER_OF state:sgp"}, []string{"state:sgp SPOKE_ON agenda:cnd:68:6"}},
		{"M2: a branch's chief is the Office's",
			"麻醉药品委员会第六十八届会议报告\n\n第四章\n战略执行\n\n1. 委员会在2025年3月12日第7次会议上审议了议程项目6。\n2. 毒品和犯罪问题办公室禁毒科科长和联合国毒品和犯罪问题办公室预防处处长作了发言。\n",
			[]string{"actor:unodc SPOKE_ON agenda:cnd:68:6"},
			[]string{"actor:联合国毒品和犯罪问题办公室预防处处长 SPOKE_ON agenda:cnd:68:6"}},
		{"M4: an explanation after the adoption the paragraph tells is on that act, at its meeting",
			"联合国反腐败公约缔约国会议第十一届会议报告\n\n二. 通过决议\n\n1. 在2025年12月19日第9次全体会议上，缔约国会议审议了由智利和挪威提出的决议草案，题为“加强资产追回”（CAC/COSP/2025/L.7）。\n2. 缔约国会议通过了该决议草案。（案文见第一章A节第11/4号决议。）在通过该决议草案之后，古巴代表作了解释立场的发言。\n",
			[]string{"state:cub SPOKE_ON session:cosp:11 explains=act:cosp:resolution:11/4", "state:cub SPOKE_ON session:cosp:11 meeting=9"}, nil},
		{"M4: before the vote, a paragraph after the one adoption",
			"联合国打击跨国有组织犯罪公约缔约方会议第十四届会议报告\n\n四. 通过决议\n\n1. 在2028年10月20日第8次会议上，缔约方会议以50票赞成、3票反对、4票弃权通过了决议草案（CTOC/COP/2028/L.3）。（案文见第一章，第14/2号决议。）\n2. 在表决前，秘鲁代表作了解释投票的发言。\n",
			[]string{"state:per SPOKE_ON session:cop:14 explains=act:cop:resolution:14/2", "state:per SPOKE_ON session:cop:14 meeting=8"}, nil},
		{"M4: after a paragraph of two adoptions, which one is not said",
			"联合国打击跨国有组织犯罪公约缔约方会议第十四届会议报告\n\n四. 通过决议\n\n1. 在2028年10月20日第8次会议上，缔约方会议通过了决议草案（CTOC/COP/2028/L.3）（案文见第一章，第14/2号决议）和决议草案（CTOC/COP/2028/L.4）（案文见第一章，第14/3号决议）。\n2. 在通过决议草案之后，秘鲁代表作了解释立场的发言。\n",
			nil, []string{"state:per SPOKE_ON session:cop:14 explains=act:cop:resolution:14/2", "state:per SPOKE_ON session:cop:14 explains=act:cop:resolution:14/3"}},
		{"M4: a statement with no timing explains nothing",
			"联合国打击跨国有组织犯罪公约缔约方会议第十四届会议报告\n\n四. 通过决议\n\n1. 在2028年10月20日第8次会议上，缔约方会议通过了决议草案（CTOC/COP/2028/L.3）（案文见第一章，第14/2号决议）。\n2. 在同次会议上，秘鲁代表作了解释立场的发言。\n",
			nil, []string{"state:per SPOKE_ON session:cop:14 explains=act:cop:resolution:14/2"}},
		{"H4: an Assembly resolution cites the committee report it was adopted on, and the file keeps its name",
			"第79/181号决议\n2024年12月17日大会决议\n[根据第六委员会的报告（A/79/512）通过]\n\n打击洗钱\n\n 大会，\n 回顾其第 64/293 号决议，\n 1. 请秘书长提交报告。\n",
			[]string{"act:ga:resolution:79/181 CITES doc:A/79/512 role=committee_report", "doc:file:f14s.txt"},
			[]string{"doc:file:f14s.txt label=CommitteeReport", "doc:A/79/512 label=Report"}},
		{"H4: a Council resolution adopted on a commission's recommendation",
			"第2025/9号决议\n2025年7月22日经济及社会理事会决议\n［根据麻醉药品委员会的建议（E/2025/28）通过］\n\n加强合作\n\n 经济及社会理事会，\n 1. 请秘书长提交报告。\n",
			[]string{"act:ecosoc:resolution:2025/9 CITES doc:E/2025/28 role=committee_report"}, nil},
		{"H4: a bracket that says nothing of a report cites nothing from the act",
			"第79/182号决议\n2024年12月17日大会决议\n[未经发交主要委员会而通过（A/79/L.40）]\n\n打击洗钱\n\n 大会，\n 1. 请秘书长提交报告。\n",
			[]string{"act:ga:resolution:79/182 DRAFTED_AS doc:A/79/L.40"}, []string{"act:ga:resolution:79/182 CITES doc:A/79/L.40"}},
		{"M1: an agenda the report adopted, its symbol in brackets, sub-items on the item's line",
			"联合国反腐败公约缔约国会议第十一届会议报告\n\n一. 会议安排\n\n1. 缔约国会议在第1次全体会议上通过了以下议程（CAC/COSP/2025/1）：\n 1. 组织事项：(a) 选举主席团成员；(b) 通过议程。\n 2. 资产追回。\n 3. 预防。\n",
			[]string{"agenda:cosp:11:1", "agenda:cosp:11:1(a)", "agenda:cosp:11:1(b)", "agenda:cosp:11:2", "agenda:cosp:11:3"}, nil},
		{"M3: a recalled act that adopted an instrument, named by its short title",
			"第 34/2 号决议\n\n 预防犯罪和刑事司法委员会，\n 回顾大会2015年12月17日第70/175号决议，其中大会通过了《纳尔逊·曼德拉规则》，\n 1. 请秘书处报告执行情况。\n",
			[]string{"act:ga:resolution:70/175 CONCERNS inst:mandela-rules verb=通过"}, nil},
		{"M3: an instrument adopted in an act, named after it",
			"第 35/1 号决议\n\n 预防犯罪和刑事司法委员会，\n 铭记大会在其第 64/293 号决议中通过的《联合国打击贩运人口的全球行动计划》，\n 1. 请秘书处报告执行情况。\n",
			[]string{"act:ga:resolution:64/293 CONCERNS inst:global-plan-of-action verb=通过"}, nil},
		{"M3: each instrument of the list the act adopted",
			"第 35/3 号决议\n\n 预防犯罪和刑事司法委员会，\n 回顾大会第 55/25 号决议，其中大会通过了《联合国打击跨国有组织犯罪公约》、《偷运移民议定书》和《人口贩运议定书》，并回顾《联合国反腐败公约》，\n 1. 请秘书处报告执行情况。\n",
			[]string{"act:ga:resolution:55/25 CONCERNS inst:untoc", "act:ga:resolution:55/25 CONCERNS inst:smuggling-protocol", "act:ga:resolution:55/25 CONCERNS inst:trafficking-protocol"},
			[]string{"act:ga:resolution:55/25 CONCERNS inst:uncac"}},
		{"M3: the Commission's 2019 declaration named by the session that adopted it",
			"第 68/2 号决议\n\n 麻醉药品委员会，\n 重申委员会第六十二届会议部长级部分通过的部长级宣言，\n 1. 请秘书处报告执行情况。\n",
			[]string{"act:cnd:resolution:68/2#pp1 MENTIONS inst:cnd-ministerial-declaration-2019"}, nil},
		{"M3: an instrument named after an act for another reason is not adopted by it",
			"第 35/2 号决议\n\n 预防犯罪和刑事司法委员会，\n 回顾大会第 64/293 号决议，并回顾《联合国打击贩运人口的全球行动计划》，\n 1. 请秘书处报告执行情况。\n",
			nil, []string{"act:ga:resolution:64/293 CONCERNS inst:global-plan-of-action"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "f14s.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestFamily14SpeakersReview holds the findings on the reviewers' documents.
func TestFamily14SpeakersReview(t *testing.T) {
	for _, tc := range []struct {
		finding, file string
		want, wantNot []string
	}{
		{"family14 M1: statements at the 3rd and 4th meetings", "family14/d01.txt",
			[]string{"state:bra SPOKE_ON agenda:cop:12:2 meetings=[3 4]"}, []string{"state:bra SPOKE_ON agenda:cop:12:2 meeting=4"}},
		{"family14 M2: the meetings the chapter opens with, carried", "family14/d03.txt",
			[]string{"state:jpn SPOKE_ON agenda:ccpcj:33:6 meetings=[5 6]", "actor:interpol SPOKE_ON agenda:ccpcj:33:6 meetings=[5 6]"}, nil},
		{"family14 M2: the Vice-Chair (Indonesia) and the Office's branch chief", "family14/d03.txt",
			[]string{"state:idn SPOKE_ON agenda:ccpcj:33:6 statement=introductory", "actor:unodc SPOKE_ON agenda:ccpcj:33:6"},
			[]string{"actor:委员会副主席 SPOKE_ON agenda:ccpcj:33:6", "actor:联合国毒品和犯罪问题办公室研究和趋势分析处处长 SPOKE_ON agenda:ccpcj:33:6"}},
		{"family14 M4: explanations after the adoption of 10/5, at meeting 8", "family14/d09.txt",
			[]string{"state:rus SPOKE_ON session:cosp:10 explains=act:cosp:resolution:10/5", "state:irn SPOKE_ON session:cosp:10 meeting=8"}, nil},
		{"family14 H4: 78/229 adopted on the Third Committee's report, the file no report A/78/461", "family14/d04.txt",
			[]string{"act:ga:resolution:78/229 CITES doc:A/78/461 role=committee_report", "doc:file:d04.txt"},
			[]string{"doc:A/78/461 label=Report"}},
		{"family14 M1: the agenda's three items and item 1's two", "family14/d01.txt",
			[]string{"agenda:cop:12:1", "agenda:cop:12:1(b)", "agenda:cop:12:3"}, nil},
		{"family14 M3: 70/175 adopted the Nelson Mandela Rules", "family14/d04.txt",
			[]string{"act:ga:resolution:70/175 CONCERNS inst:mandela-rules verb=通过"}, nil},
		{"family14 M3: the 2019 ministerial declaration 67/1 recalls", "family14/d08.txt",
			[]string{"act:cnd:resolution:67/1#pp2 MENTIONS inst:cnd-ministerial-declaration-2019"}, nil},
		{"family14 M3: 64/293 adopted the Global Plan of Action", "family14/d10.txt",
			[]string{"act:ga:resolution:64/293 CONCERNS inst:global-plan-of-action verb=通过"}, nil},
		{"family14 M5: the chair of a working group's session", "family14/d06.txt",
			[]string{"person:Thomas Müller ELECTED session:wg:technical-assistance:2024-06-03 role=chair"}, nil},
	} {
		t.Run(tc.finding, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "review", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			checkFacts(t, conventionFacts(t, tc.file, string(data)), tc.want, tc.wantNot)
		})
	}
}

func TestJoinedMeetingBefore(t *testing.T) {
	for before, want := range map[string]bool{
		"在第 3 次和":    true,
		"在第3次全体会议、":  true,
		"在第 9 和":     true,
		"在第12次会议以及 ": true,
		"在5月3日":      false,
		"在第 3 次会议上和": false,
		"第1234次和":    false,
		"和":          false,
		"":           false,
		"审议了第3项和":    false,
	} {
		if got := joinedMeetingBefore(before); got != want {
			t.Errorf("joinedMeetingBefore(%q) = %v, want %v", before, got, want)
		}
	}
}

func FuzzJoinedMeetingBefore(f *testing.F) {
	f.Add("在第 3 次和")
	f.Add("第 9 和")
	f.Add("次和")
	f.Fuzz(func(t *testing.T, s string) {
		_ = joinedMeetingBefore(s)
		_ = paragraphMeeting(s)
	})
}

func TestCommitteeReports(t *testing.T) {
	for text, want := range map[string]string{
		"[根据第三委员会的报告（A/78/461）通过]":          "A/78/461",
		" ［根据预防犯罪和刑事司法委员会的建议（E/2024/30）通过］": "E/2024/30",
		"[未经发交主要委员会而通过（A/78/L.47）]":         "",
		"根据第三委员会的报告（A/78/461）通过":            "",
		"[根据第三委员会的报告（A/78/461）]":            "",
		"[根据第三委员会的报告（A/78/461":              "",
	} {
		got := ""
		for _, s := range committeeReports(text) {
			got = s.symbol
		}
		if got != want {
			t.Errorf("committeeReports(%q) = %q, want %q", text, got, want)
		}
	}
}

func FuzzCommitteeReports(f *testing.F) {
	f.Add("[根据第三委员会的报告（A/78/461）通过]")
	f.Add("［根据委员会的建议（")
	f.Fuzz(func(t *testing.T, s string) {
		_ = committeeReports(s)
	})
}

func TestAdoptsInstrument(t *testing.T) {
	for gap, want := range map[string]bool{
		"，其中通过了":       true,
		"，其中大会通过了":     true,
		" 中通过的":        true,
		"通过的":          true,
		"，其中缔约方会议通过了":  true,
		"，并回顾":         false,
		"，其中大会在序言中通过了": false,
		"，其中注意到":       false,
		"":             false,
	} {
		if got := adoptsInstrument(gap); got != want {
			t.Errorf("adoptsInstrument(%q) = %v, want %v", gap, got, want)
		}
	}
}

func FuzzAdoptsInstrument(f *testing.F) {
	f.Add("，其中大会通过了")
	f.Add("第 1/2 号决议通过的《公约》")
	f.Fuzz(func(t *testing.T, s string) {
		_ = adoptsInstrument(s)
		_, _ = Parse("f.txt", []byte("第 1/2 号决议\n\n 委员会，\n 回顾"+s+"\n"))
	})
}

func TestSplitSubItems(t *testing.T) {
	for _, tc := range []struct {
		text, title string
		subs        []string // number=title
	}{
		{"组织事项：(a) 会议开幕；(b) 通过议程和工作安排。", "组织事项", []string{"(a)=会议开幕", "(b)=通过议程和工作安排。"}},
		{"组织事项: （a）选举主席团成员", "组织事项", []string{"(a)=选举主席团成员"}},
		{"审议机制。", "审议机制。", nil},
		{"审议：资产追回和预防", "审议：资产追回和预防", nil},
		{"组织事项：(b) 通过议程", "组织事项：(b) 通过议程", nil},
		{"组织事项：(a) 开幕；以及其他", "组织事项：(a) 开幕；以及其他", nil},
	} {
		title, subs := splitSubItems(tc.text)
		var got []string
		for _, s := range subs {
			got = append(got, s[0]+"="+s[1])
		}
		if title != tc.title || strings.Join(got, "|") != strings.Join(tc.subs, "|") {
			t.Errorf("splitSubItems(%q) = %q, %q; want %q, %q", tc.text, title, got, tc.title, tc.subs)
		}
	}
}

func FuzzSplitSubItems(f *testing.F) {
	f.Add("组织事项：(a) 会议开幕；(b) 通过议程和工作安排。")
	f.Add("：(a)；")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = splitSubItems(s)
	})
}

// TestAgendaListedBracket holds agendaListedBracket to the pattern it stands in for where
// agendaListedRE finds nothing: (?:下列|以下)议程\s*[（(][^（）()\n]{1,60}[）)]\s*[：:].
func TestAgendaListedBracket(t *testing.T) {
	re := regexp.MustCompile(`(?:下列|以下)议程\s*[（(][^（）()\n]{1,60}[）)]\s*[：:]`)
	for _, text := range []string{
		"缔约方会议在第1次会议上通过了下列议程（CTOC/COP/2024/1）：\n 1. 组织事项。",
		"通过了以下议程 (E/CN.7/2025/1) :",
		"通过了下列议程（）：",
		"通过了下列议程（CTOC/COP/2024/1",
		"通过了下列议程（见（附件））：",
		"通过了下列议程（A\nB）：",
		"通过了下列议程（CTOC/COP/2024/1）。",
		"通过了下列议程",
		"下列议程（" + strings.Repeat("字", 61) + "）：",
		"下列议程（" + strings.Repeat("字", 60) + "）：",
	} {
		want := re.FindStringIndex(text)
		got := agendaListedBracket(text)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("agendaListedBracket(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzAgendaListedBracket(f *testing.F) {
	f.Add("通过了下列议程（CTOC/COP/2024/1）：")
	f.Add("以下议程 (")
	re := regexp.MustCompile(`(?:下列|以下)议程\s*[（(][^（）()\n]{1,60}[）)]\s*[：:]`)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.Count(s, "议程") > 1 {
			return // the reports are valid UTF-8; with one such phrase the first is the match
		}
		if got, want := agendaListedBracket(s), re.FindStringIndex(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("agendaListedBracket(%q) = %v, want %v", s, got, want)
		}
	})
}

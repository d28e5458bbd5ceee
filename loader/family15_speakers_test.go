package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"copgraph/kg"
)

// family15's findings on statements, sponsors and officers (K10, K11, K18), held by one
// fact each over the review documents, and the rules tried on texts of other bodies,
// numbers and phrasings than the reviewer's.

func TestFamily15SpeakersFindingsStayFixed(t *testing.T) {
	for _, tc := range []struct {
		finding, file string
		want, wantNot []string
	}{
		{"family15 K10: explanations of vote in an excerpt whose report adopts its session's", "family15/d03.txt",
			[]string{"state:rus SPOKE_ON session:cnd:68 timing=before", "state:irn SPOKE_ON session:cnd:68 timing=after"}, nil},
		{"family15 K11: a submitter on behalf of a group, in brackets", "family15/d03.txt",
			[]string{"state:col SPONSORED doc:E/CN.7/2025/L.7 onBehalfOf=拉丁美洲和加勒比国家组"}, nil},
		{"family15 K18: the group's chair who opened its session", "family15/d02.txt",
			[]string{"person:Ikrom Nazarov ELECTED session:wg:uncac-implementation-review-group:2025-06-16"}, nil},
		{"family15 d01 n7 (not listed): statements under the item the paragraph names, 在议程项目2下", "family15/d01.txt",
			[]string{"state:ukr SPOKE_ON agenda:wg:uncac-asset-recovery:2025-09-03:2", "doc:CAC/COSP/WG.2/2025/CRP.1 CONSIDERED_UNDER agenda:wg:uncac-asset-recovery:2025-09-03:2"},
			[]string{"state:ukr SPOKE_ON session:wg:uncac-asset-recovery:2025-09-03"}},
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

func TestFamily15SpeakersRules(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"K10: a commission's excerpt, its chapter adopting the session's report",
			"E/2024/30\nE/CN.15/2024/14\n\n第八章\n\n通过委员会第三十三届会议的报告\n\n" +
				"12. 在2024年5月24日第9次会议上，委员会审议了由墨西哥提交的决议草案（E/CN.15/2024/L.4）。\n\n" +
				"13. 在同次会议上，委员会经记录表决，以30票赞成、2票反对、5票弃权，通过了该决议草案（案文见第一章C节第33/5号决议）。\n\n" +
				"14. 在表决前，古巴代表作了解释投票的发言。表决后，日本和巴西的代表作了发言。\n",
			[]string{"state:cub SPOKE_ON session:ccpcj:33 statement=explanation", "state:cub SPOKE_ON session:ccpcj:33 timing=before",
				"state:jpn SPOKE_ON session:ccpcj:33 timing=after", "state:bra SPOKE_ON session:ccpcj:33 timing=after"}, nil},
		{"K10: the body adopts its session's report in a sentence",
			"CTOC/COP/2018/13\n\n七. 通过报告\n\n" +
				"30. 在2018年10月19日第10次会议上，挪威代表作了发言。缔约方会议通过了其第九届会议报告。\n",
			[]string{"state:nor SPOKE_ON session:cop:9"}, nil},
		{"K10: a group's report adopted is no session of the body",
			"CAC/COSP/2019/7\n\n五. 通过报告\n\n" +
				"9. 在第3次会议上，秘鲁代表就第 7/1 号决议作了发言。工作组通过了其第五届会议报告。\n",
			nil, []string{"session:cosp:5", "state:per SPOKE_ON session:cosp:5"}},
		{"K10: an excerpt that names its session only by the acts its body adopted at its meetings",
			"CAC/COSP/2019/15\n\n" +
				"1. 在12月20日第8次会议上，缔约国会议通过了由秘鲁提交的决议草案（CAC/COSP/2019/L.5）。（案文见第一章，第 8/4 号决议。）\n\n" +
				"2. 在同次会议上，下列国家的代表作了发言：埃及和印度。\n",
			[]string{"state:egy SPOKE_ON session:cosp:8"}, nil},
		{"K10: acts of two sessions name none",
			"CAC/COSP/2019/15\n\n" +
				"1. 在12月20日第8次会议上，缔约国会议通过了决议草案（CAC/COSP/2019/L.5）（案文见第一章，第 8/4 号决议）和决议草案（CAC/COSP/2019/L.6）（案文见第一章，第 7/9 号决议）。\n\n" +
				"2. 在同次会议上，下列国家的代表作了发言：埃及和印度。\n",
			nil, []string{"state:egy SPOKE_ON session:cosp:8", "state:egy SPOKE_ON session:cosp:7"}},
		{"K11: a submitter on behalf of a group, adopted in the sentence",
			"E/CN.15/2022/L.9\n\n1. 在2022年5月20日第8次会议上，委员会未经表决通过了由巴拉圭（代表77国集团和中国）提交的决议草案（E/CN.15/2022/L.5）（案文见第一章B节第31/2号决议）。\n",
			[]string{"state:pry SPONSORED doc:E/CN.15/2022/L.5 onBehalfOf=77国集团和中国", "state:pry SPONSORED doc:E/CN.15/2022/L.5 role=submitter"}, nil},
		{"K11: a sponsor on behalf of a group, in the list of sponsors",
			"E/CN.15/2022/L.9\n\n1. 在2022年5月20日第8次会议上，委员会通过了一份决议草案（E/CN.15/2022/L.5），该草案的提案国为乌拉圭（代表南方共同市场）和智利。（案文见第一章B节第31/3号决议。）\n",
			[]string{"state:ury SPONSORED doc:E/CN.15/2022/L.5 onBehalfOf=南方共同市场", "state:chl SPONSORED doc:E/CN.15/2022/L.5 role=sponsor"},
			[]string{"state:chl SPONSORED doc:E/CN.15/2022/L.5 onBehalfOf=南方共同市场"}},
		{"K11: a submitter on behalf of a group, said after the symbol",
			"E/CN.7/2023/L.9\n\n2. 委员会以协商一致方式通过了一份决议草案（E/CN.7/2023/L.3），该草案由肯尼亚（代表非洲国家组）提交。（案文见第一章B节第66/1号决议。）\n",
			[]string{"state:ken SPONSORED doc:E/CN.7/2023/L.3 onBehalfOf=非洲国家组"}, nil},
		{"d01 n7: statements under the item the paragraph names",
			"CTOC/COP/WG.6/2024/3\n\n枪支问题工作组会议的报告\n\n" +
				"1. 枪支问题工作组会议于2024年5月6日至7日在维也纳举行。\n\n" +
				"2. 在议程项目 3 下，秘书处介绍了其说明（CTOC/COP/WG.6/2024/2）。下列国家的代表作了发言：秘鲁和泰国。\n",
			[]string{"state:tha SPOKE_ON agenda:wg:firearms:2024-05-06:3", "doc:CTOC/COP/WG.6/2024/2 CONSIDERED_UNDER agenda:wg:firearms:2024-05-06:3"}, nil},
		{"K18: a working group's chair opened its meeting",
			"CTOC/COP/WG.6/2024/3\n\n枪支问题工作组会议的报告\n\n" +
				"1. 枪支问题工作组会议于2024年5月6日至7日在维也纳举行。\n\n" +
				"2. 会议由工作组主席 María Gómez（阿根廷）宣布开幕。\n",
			[]string{"person:María Gómez ELECTED session:wg:firearms:2024-05-06", "person:María Gómez MEMBER_OF state:arg"}, nil},
		{"K18: the president of the session before opens the Conference's, no officer of it",
			"CTOC/COP/2020/10\n\n联合国打击跨国有组织犯罪公约缔约方会议第十届会议报告\n\n" +
				"1. 缔约方会议第十届会议于2020年10月12日至16日在维也纳举行。\n\n" +
				"2. 会议由第九届会议主席 Maria Pia Ruiz（意大利）宣布开幕。\n",
			[]string{"person:Maria Pia Ruiz MEMBER_OF state:ita"}, []string{"person:Maria Pia Ruiz ELECTED session:cop:10"}},
		{"K18: an officer the report elects is not added again",
			"CTOC/COP/WG.6/2024/4\n\n枪支问题工作组会议的报告\n\n" +
				"1. 枪支问题工作组会议于2024年7月1日至2日在维也纳举行。\n\n" +
				"2. 会议由工作组主席 Lena Berg（瑞典）宣布开幕。\n\n3. 工作组选举 Lena Berg（瑞典）为主席。\n",
			[]string{"person:Lena Berg ELECTED session:wg:firearms:2024-07-01"},
			[]string{"person:Lena Berg ELECTED session:wg:firearms:2024-07-01#2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "f15.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

func TestItemsStoodUnder(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // each item's number, then those listed after it
	}{
		{"5. 在议程项目 3(b) 下，秘书处介绍了其说明（CTOC/COP/WG.4/2023/2）。", []string{"3(b)"}},
		{"5. 在议程项目4和5下，下列国家的代表作了发言：秘鲁和泰国。", []string{"4 5"}},
		{"5. 在议程项目 6 下审议的文件有：…", []string{"6"}},
		{"5. 在议程项目 2 下，…。在审议议程项目 1 期间，…", []string{"2", "1"}}, // in the order of the text
		{"5. 在审议议程项目 1 期间，…。在议程项目 2 下，…", []string{"1", "2"}},
		{"5. 根据议程项目 2 下的讨论，…", nil}, // no item the paragraph stands under
	} {
		var got []string
		for _, it := range findAgendaItems(tc.text) {
			got = append(got, strings.Join(append([]string{it.number}, it.more...), " "))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findAgendaItems(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestBehalfIn(t *testing.T) {
	for _, tc := range []struct {
		names []string
		text  string
		want  []draftSponsor
	}{
		{[]string{"萨尔瓦多", "美国"}, "该草案的提案国为萨尔瓦多（代表拉丁美洲和加勒比国家组）和美国。",
			[]draftSponsor{{name: "萨尔瓦多", onBehalfOf: "拉丁美洲和加勒比国家组"}, {name: "美国"}}},
		{[]string{"奥地利", "肯尼亚"}, "提案国为奥地利、肯尼亚 (代表 非洲国家组)",
			[]draftSponsor{{name: "奥地利"}, {name: "肯尼亚", onBehalfOf: "非洲国家组"}}},
		// A bracket that says no behalf, or opens another, is none.
		{[]string{"联合国毒品和犯罪问题办公室"}, "由联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）提交",
			[]draftSponsor{{name: "联合国毒品和犯罪问题办公室"}}},
		{[]string{"日本"}, "提案国为日本（代表（东道国）", []draftSponsor{{name: "日本"}}},
		// A name the text does not hold as written reads no bracket, nor stops the next.
		{[]string{"大韩民国", "秘鲁"}, "提案国为大韩\n民国（代表某国）和秘鲁（代表太平洋联盟）",
			[]draftSponsor{{name: "大韩民国"}, {name: "秘鲁", onBehalfOf: "太平洋联盟"}}},
		{nil, "提案国为秘鲁（代表太平洋联盟）", nil},
		{[]string{"秘鲁", "智利"}, "提案国为秘鲁", []draftSponsor{{name: "秘鲁"}, {name: "智利"}}}, // the text ends at a name
	} {
		if diff := cmp.Diff(tc.want, behalfIn(tc.names, tc.text), cmp.AllowUnexported(draftSponsor{})); diff != "" {
			t.Errorf("behalfIn(%q, %q) (-want +got):\n%s", tc.names, tc.text, diff)
		}
	}
}

func TestOpeningChairs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []officer
	}{
		{"2. 会议由工作组主席 Ana Lima（巴西）宣布开幕。", []officer{{role: "president", name: "Ana Lima", state: "巴西"}}},
		{"3. 会议由委员会主席Tomás Vidal（乌拉圭）宣布开幕。", []officer{{role: "president", name: "Tomás Vidal", state: "乌拉圭"}}},
		{"3. 会议由专家组副主席 Jan Novak（捷克）宣布开幕。", []officer{{role: "vice-president", name: "Jan Novak", state: "捷克"}}},
		{"3. 会议由第十一届会议主席 Omar Ali（卡塔尔）宣布开幕。", nil}, // the session before's
		{"3. 会议由缔约方会议主席 Omar Ali（卡塔尔）宣布开幕。", nil},  // the Conference's, until it elects
		{"3. 会议由工作组临时主席 Omar Ali（卡塔尔）宣布开幕。", nil},  // interim
		{"3. 会议由工作组主席 Omar Ali（某地）宣布开幕。", nil},     // no State the lexicon knows
		{"3. 工作组主席 Omar Ali（卡塔尔）作了发言。", nil},       // spoke, opened nothing
	} {
		if diff := cmp.Diff(tc.want, openingChairsIn(tc.text), cmp.AllowUnexported(officer{})); diff != "" {
			t.Errorf("openingChairsIn(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestEndsWithOwnBody(t *testing.T) {
	for _, tc := range []struct {
		words string
		body  string
		want  bool
	}{
		{"委员会", "CCPCJ", true},
		{"在同次会议上，委员会", "CND", true},
		{"麻醉药品委员会", "CND", true},
		{"预防犯罪和刑事司法委员会", "CND", false}, // another commission
		{"特设委员会", "CCPCJ", false},
		{"缔约方会议", "COP", true},
		{"缔约国会议", "COSP", true},
		{"缔约国会议", "COP", false},
		{"委员会", "COP", false},
		{"工作组", "COP", false},
		{"审议组", "COSP", false},
		{"理事会", "HRC", true},
		{"", "CCPCJ", false},
	} {
		if got := endsWithOwnBody(tc.words, kg.Body(tc.body)); got != tc.want {
			t.Errorf("endsWithOwnBody(%q, %s) = %v, want %v", tc.words, tc.body, got, tc.want)
		}
	}
}

func FuzzFamily15Speakers(f *testing.F) {
	f.Add("会议由审议组主席Ikrom Nazarov（乌兹别克斯坦）宣布开幕。")
	f.Add("第十章\n\n通过委员会第六十八届会议的报告\n\n4. 在表决前，俄罗斯联邦代表作了解释投票的发言。")
	f.Add("由哥伦比亚（代表拉丁美洲和加勒比国家组）提交的决议草案（E/CN.7/2025/L.7）")
	f.Add("在议程项目2(a)和(b)下，下列国家的代表作了发言：秘鲁。")
	f.Add("该草案的提案国为萨尔瓦多（代表拉丁美洲和加勒比国家组）和美国。")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = Parse("f.txt", []byte(s))
		_ = openingChairsIn(s)
		_ = submitters(s)
		_ = endsWithOwnBody(s, "CCPCJ")
		_ = findAgendaItems(s)
		_ = behalfIn(splitNames(s), s)
	})
}

// BenchmarkAdversarialFamily15 is BenchmarkAdversarial for family15's readers of statements,
// sponsors and officers, on an excerpt whose title page names no session: compare each
// pair's ns/op (linear: about four times).
//
//	go test ./loader -run XXX -bench AdversarialFamily15 -benchtime 3x -cpu 1
func BenchmarkAdversarialFamily15(b *testing.B) {
	const head = "E/2024/30\nE/CN.15/2024/14\n\n第八章\n\n1. 委员会回顾了第 32/1 号决议。\n\n"
	benchAdversarial(b, head, []adversarialCase{
		// adoptedReportSession: every adoption of a report read, none the body's own.
		{"reports adopted", "5. ", "工作组通过了其第五届会议报告，", "。", 4000},
		// openingChairs: each opener looked up among the session's officers.
		{"openers", "5. 委员会通过了第三十三届会议的报告。", "会议由工作组主席 Ana Lima（巴西）宣布开幕，", "。", 2000},
		// submitters: each bracket read after the names.
		{"submitters", "5. 委员会通过了", "由巴西（代表非洲国家组）提交的决议草案（E/CN.15/2024/L.1），", "。", 1000},
		// behalfIn: each sponsor sought after the one before.
		{"sponsors", "5. 委员会通过了一份决议草案（E/CN.15/2024/L.1），该草案的提案国为", "巴西（代表非洲国家组）、", "智利。（案文见第一章B节第33/1号决议。）", 1000},
		// underItemRE: items the paragraph stands under.
		{"items stood under", "5. 委员会通过了第三十三届会议的报告。", "在议程项目 2 下，", "下列国家的代表作了发言：巴西。", 4000},
		// findAgendaItems counted each item's rune offsets from the paragraph's start.
		{"items considered", "5. 委员会通过了第三十三届会议的报告。", "在审议议程项目 2 期间，", "下列国家的代表作了发言：巴西。", 4000},
		{"items reviewed", "5. 委员会通过了第三十三届会议的报告。", "委员会审议了议程项目 2，", "下列国家的代表作了发言：巴西。", 4000},
	})
}

package loader

import (
	"fmt"
	"strings"
	"testing"

	"copgraph/kg"
	"github.com/google/go-cmp/cmp"
)

// TestMandatesOfTheFamilysShapes: recommendations labelled one by one, a group or body as
// the subject that asks, 授权, and bodies as addressees.
func TestMandatesOfTheFamilysShapes(t *testing.T) {
	trafficking := groupTopics["贩运人口"]
	for _, tc := range []struct {
		name, text string
		want       []string // relation addressee-id
	}{
		// Recommendations labelled "建议 N.".
		{"labelled recommendations in a list", "1. 工作组通过了下列建议：\n 建议 1. 请秘书处编写一份背景文件；\n 建议 2. 缔约国应交流信息。", []string{"requests actor:secretariat", "should actor:states-parties"}},
		{"a paragraph that opens with its label", "建议 3．邀请世界海关组织提供培训。", []string{"invites actor:wco"}},
		{"a label with full-width digits, no stop", "建议１２ 鼓励各国政府提供资源。", []string{"encourages actor:governments"}},
		{"a label and a colon", "建议 4：请毒品和犯罪问题办公室继续提供援助。", []string{"requests actor:unodc"}},
		{"a label and a colon, then the group that asks", "1. 工作组通过了下列建议：\n建议 5：工作组请秘书处编写报告；", []string{"requests actor:secretariat"}},
		{"建议 as a verb is no label", "建议缔约方会议请秘书处编写报告。", []string{"recommends actor:cop", "requests actor:secretariat"}},
		{"labels inline, after the lead's colon and each stop", "2. 工作组商定了下列建议：建议 7： 缔约国应交流最佳做法。建议 8：工作组邀请国际移民组织参加。", []string{"should actor:states-parties", "invites actor:iom"}},
		{"a label after a semicolon, then the group that recommends", "建议 2： 审议组建议缔约国加强合作；建议 3： 审议组请秘书处编写报告。", []string{"recommends actor:states-parties", "requests actor:secretariat"}},
		{"a recommendation's number in the text is no label", "4. 工作组审议了建议 6，请秘书处编写报告。", []string{"requests actor:secretariat"}},

		// The group or body that asks, as the subject.
		{"an expert group's request", "3. 专家组请秘书处继续收集资料；", []string{"requests actor:secretariat"}},
		{"the group, 还, in a lettered line", "2. 工作组通过了下列建议：\n(a) 缔约国应开展培训；\n(b) 工作组还鼓励各国政府交流信息。", []string{"should actor:states-parties", "encourages actor:governments"}},
		{"a group by its name", "4. 技术援助问题工作组请毒品和犯罪问题办公室继续提供援助。", []string{"requests actor:unodc"}},
		{"two groups together", "5. 两个工作组邀请国际刑警组织参加下次会议。", []string{"invites actor:interpol"}},
		{"the group recommends a request", "6. 人口贩运问题工作组建议缔约方会议请秘书处编写报告。", []string{"recommends actor:cop", "requests actor:secretariat"}},

		// 建议 recommends: whom it is made to is asked to act; what a body so asked would ask
		// is a proposal; a draft recommended by its symbol is no mandate, the text that follows is.
		{"a Council recommended to, its own request unread", "4. 建议人权理事会鼓励各区域机制加强合作。", []string{"recommends actor:hrc"}},
		{"States recommended to", "(c) 建议各国政府考虑提供资源；", []string{"recommends actor:governments"}},
		{"a draft whose text follows recommended for adoption", "1. 委员会建议大会通过下列决议草案：", []string{"recommends actor:ga"}},
		{"以下 as 下列", "2. 麻醉药品委员会建议经济及社会理事会通过以下决定草案：", []string{"recommends actor:ecosoc"}},
		{"a draft by its symbol recommended for adoption", "1. 委员会建议大会通过决议草案（E/CN.15/2016/L.3）。", nil},
		{"what the group should do names it first", "7. 工作组应继续审议该问题。", []string{"should wg:trafficking-in-persons"}},
		{"a decision reported, not made", "2. 重申第 4/3 号决定，在该决定中，缔约方会议决定该工作组应成为常设组成部分。", nil},
		{"a group reported inside the paragraph", "8. 注意到，工作组在上届会议上请秘书处编写报告。", nil},

		// 授权 authorizes.
		{"authorizes the extended Bureau", "3. 授权扩大主席团在闭会期间作出必要决定；", []string{"authorizes actor:extended-bureau"}},
		{"a body's Bureau by the body's common noun", "5. 授权缔约国会议主席团在闭会期间审议提案；", []string{"authorizes actor:bureau"}},

		// Bodies as addressees.
		{"the General Assembly invited", "2. 邀请大会审议本决议。", []string{"invites actor:ga"}},
		{"the Conference with its instrument's title", "4. 请《联合国打击跨国有组织犯罪公约》缔约方会议考虑采取后续行动；", []string{"requests actor:cop"}},
		{"two bodies joined", "5. 请缔约国会议和缔约方会议加强合作；", []string{"requests actor:cosp", "requests actor:cop"}},
		{"two bodies, the second by its convention's bare title, then 为", "5. 邀请麻醉药品委员会和联合国打击跨国有组织犯罪公约缔约方会议为审查提供意见；", []string{"invites actor:cnd", "invites actor:cop"}},
		{"the Councils by their names", "6. 邀请人权理事会和安全理事会注意本决议。", []string{"invites actor:hrc", "invites actor:sc"}},
		{"a body a report goes to is no addressee", "7. 请秘书长向大会第八十届会议报告本决议的执行情况；", []string{"requests actor:secretary-general"}},
		{"a body's session decided", "8. 决定缔约方会议第十二届会议于 2030 年举行；", nil},
		{"a body's organ is not the body", "9. 请缔约方会议主席团与秘书处协商；", []string{"requests actor:bureau"}},
		{"a Commission in the lexicon, as before", "10. 请麻醉药品委员会审议本决议。", []string{"requests actor:cnd"}},
		{"the Conference of the Parties of another treaty", "11. 邀请缔约方大会审议本决议。", nil},

		// 提请.
		{"提请 submits a draft", "1. 预防犯罪和刑事司法委员会建议经济及社会理事会提请大会通过下列决议草案：", []string{"recommends actor:ecosoc"}},
		{"提请…注意 draws attention", "12. 提请缔约国注意《公约》第 31 条；", []string{"draws_attention actor:states-parties"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range findMandates(tc.text, trafficking) {
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

func TestRecommendationLabel(t *testing.T) {
	for text, want := range map[string]string{
		"建议 1. 请秘书处": "建议 1. ",
		"建议12．鼓励":    "建议12．",
		"建议 ３ 缔约国应":  "建议 ３ ",
		"建议 4：请":     "建议 4",
		"建议缔约方会议请":   "",
		"建议：(a) 请":   "",
		"一. 建议":      "",
		"建议 十. 请秘书处": "",
	} {
		if got := text[:recommendationLabel(text)]; got != want {
			t.Errorf("recommendationLabel(%q) takes %q, want %q", text, got, want)
		}
	}
}

// TestLeadsOfRecommendationsAndSuggestions: recommendations for a body's consideration,
// and the action a note suggests its body take, lead a list of proposed mandates.
func TestLeadsOfRecommendationsAndSuggestions(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		list       string // the text after the lead, or "" for none
	}{
		{"for the Conference's consideration", "1. 两个工作组通过了下列建议，供缔约方会议审议：\n建议 1. 请…", "\n建议 1. 请…"},
		{"for consideration and adoption, half-width comma", "2. 专家组提出了以下建议,供委员会审议和通过：(a) 鼓励…", "(a) 鼓励…"},
		{"for reference, no list", "3. 工作组通过了下列建议，供参考。", ""},
		{"the Conference may wish to", "5. 缔约方会议似宜：\n(a) 鼓励缔约国…", "\n(a) 鼓励缔约国…"},
		{"the Commission may wish to consider", "12. 因此，委员会不妨考虑采取下列行动：(a) 请…", "(a) 请…"},
		{"may wish, word for word", "13. 委员会可能希望：\n(a) 请…", "\n(a) 请…"},
		{"may consider", "14. 缔约方会议可考虑采取下列行动：(a) 鼓励…", "(a) 鼓励…"},
		{"what States parties may consider is no note's suggestion", "15. 缔约国可考虑：(a) 加强…", ""},
		{"a group by its name", "4. 枪支问题工作组似宜审议下列问题：\n(a) 请…", "\n(a) 请…"},
		{"a speaker's view", "6. 一些发言者认为，缔约方会议似宜：(a) 请…", ""},
		{"no list follows", "7. 缔约方会议似宜注意到本报告。", ""},
		{"the Secretariat is not the body", "8. 秘书处似宜：(a) 编写…", ""},
		{"the chair's suggestions are not the group's", "10. 工作组主席提出了以下建议：(a) 请秘书处…", ""},
		{"the chair's own view", "11. 委员会主席建议：(a) 请…", ""},
		{"the members' suggestions are not the group's", "16. 工作组成员提出了下列建议：(a) 鼓励…", ""},
		{"a long phrase is no lead", "9. 缔约方会议似宜在其下届会议上审议秘书处编写的关于审议机制运作情况的报告：", ""},
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

// TestANotesSuggestedAction: what a note by the Secretariat suggests its body might do is
// proposed, as a report's recommendations are; its narrative before asks nothing of its
// own, and tells what the act it answers asked (14/2's, decided: findReportedMandates).
func TestANotesSuggestedAction(t *testing.T) {
	text := `联合国                                                         CTOC/COP/2030/4

第十五届会议
2030 年 10 月 7 日至 11 日，维也纳
临时议程项目 4

 秘书处的说明

1. 缔约方会议在其第 14/2 号决议中请秘书处编写本报告。

2. 缔约方会议似宜：
(a) 邀请大会注意本说明；
(b) 请秘书处继续提供支助。
`
	g, err := Parse("note.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range g.Relationships {
		if r.Type == kg.RelMandates {
			got = append(got, fmt.Sprintf("%s %s %s proposed=%v act=%v", strings.TrimPrefix(r.Start, g.Source), r.Properties.Get(kg.PropRelation), r.End, r.Properties.Get(kg.PropProposed), r.Properties.Get(kg.PropAct)))
		}
	}
	want := []string{"#n1 requests actor:secretariat proposed=<nil> act=act:cop:resolution:14/2", "#n2 invites actor:ga proposed=true act=<nil>", "#n2 requests actor:secretariat proposed=true act=<nil>"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestTheBodyOfACouncilRecord: a report the Council publishes as its official record is the
// Commission's its title says it reports, else the one its supplement number tells.
func TestTheBodyOfACouncilRecord(t *testing.T) {
	blocks := func(texts ...string) []block {
		var bs []block
		for _, t := range texts {
			bs = append(bs, block{text: t})
		}
		return bs
	}
	for _, tc := range []struct {
		name    string
		symbols []string
		title   []block
		want    kg.Body
	}{
		{"the Commission's report by its supplement", []string{"E/2031/30"}, nil, kg.BodyCCPCJ},
		{"an addendum of the narcotics report", []string{"E/2031/28/Add.1"}, nil, kg.BodyCND},
		{"another record is the Council's", []string{"E/2031/99"}, nil, kg.BodyECOSOC},
		{"the title over the number", []string{"E/2031/45"}, blocks("预防犯罪和刑事司法委员会", "第三十届会议续会报告\n（2031 年 12 月 4 日和 5 日）"), kg.BodyCCPCJ},
		{"the title over the supplement's number", []string{"E/2031/30"}, blocks("麻醉药品委员会第七十四届会议报告"), kg.BodyCND},
		{"the first commission the title reports", []string{"E/2031/12"}, blocks("麻醉药品委员会第七十四届会议报告，又见预防犯罪和刑事司法委员会第三十届会议报告"), kg.BodyCND},
		{"a report on a session, dated", []string{"E/2031/12"}, blocks("麻醉药品委员会关于第七十四届会议（2031 年 3 月 1 日至 5 日）的报告"), kg.BodyCND},
		{"under the records' heading", []string{"E/2031/12"}, blocks("经济及社会理事会正式记录", "预防犯罪和刑事司法委员会第三十届会议报告"), kg.BodyCCPCJ},
		{"a report about the Commission is no report of its session", []string{"E/2031/77"}, blocks("秘书长的报告", "预防犯罪和刑事司法委员会的工作方法"), kg.BodyECOSOC},
		{"the Commission's own symbol, as before", []string{"E/2031/30", "E/CN.15/2031/12"}, nil, kg.BodyCCPCJ},
		{"a resolution of the Council", []string{"E/RES/2031/30"}, nil, kg.BodyECOSOC},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := documentBody(tc.symbols, tc.title); got != tc.want {
				t.Errorf("documentBody(%v) = %s, want %s", tc.symbols, got, tc.want)
			}
		})
	}
}

// TestABodyDecidesNothingOfItself: "决定缔约方会议…" in the Conference's own document plans
// its work; in another body's it asks the Conference.
func TestABodyDecidesNothingOfItself(t *testing.T) {
	const text = "3. 决定缔约方会议在其下届会议上审议该问题；"
	for body, want := range map[kg.Body][]string{kg.BodyCOP: nil, kg.BodyGA: {"decides actor:cop"}} {
		var got []string
		for _, m := range mandatesIn(text, body, findEntitiesOf(text, body), nil, nil) {
			got = append(got, m.rel+" "+m.ent.id)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("in a document of %s (-want +got):\n%s", body, diff)
		}
	}
}

// TestSubjectAsksInNarrative: a report's narrative paragraph that opens with its group or body
// by its common noun, asking, gives mandates; one that tells what the group did, none.
func TestSubjectAsksInNarrative(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"3. 审议组请秘书处继续编写国别审议报告摘要。", true},
		{"12. 专家组还请会员国提供资料。", true},
		{"委员会鼓励各国加强合作。", true},
		{"4. 审议组审议了议程项目 2。", false},
		{"5. 工作组应继续开展工作。", false},
		{"6. 秘书处请审议组注意该报告。", false},
	} {
		if got := subjectAsks(tc.text); got != tc.want {
			t.Errorf("subjectAsks(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

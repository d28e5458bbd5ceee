package loader

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The rules for family13's findings on the family's layouts (indented paragraphs, L.
// drafts' headings, closings, titles, quoted drafts, title pages), tried on texts of other
// bodies, numbers and phrasings than the reviewers'.

func TestDraftSponsors(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []draftSponsor
	}{
		{"挪威、77 国集团和中国以及欧洲联盟：决议草案", []draftSponsor{{"挪威", ""}, {"77国集团和中国", ""}, {"欧洲联盟", ""}}},
		{"提交国：墨西哥和非洲国家组", []draftSponsor{{"墨西哥", ""}, {"非洲国家组", ""}}},
		{"提案国：泰国", []draftSponsor{{"泰国", ""}}},
		{"南非（代表非洲国家组）和联合国毒品和犯罪问题办公室：订正决定草案", []draftSponsor{{"南非", "非洲国家组"}, {"联合国毒品和犯罪问题办公室", ""}}},
		{"*挪威、瑞士和新西兰：决定草案", []draftSponsor{{"挪威", ""}, {"瑞士", ""}, {"新西兰", ""}}},
		{"预防犯罪和刑事司法问题：决议草案", nil}, // a subject
		{"提交国：见下文", nil},
		{"日本和某项倡议的工作方式问题：决议草案", nil}, // what it cannot read outweighs the State
		{"墨西哥提交的决议草案", nil},
		{"提交国：巴西，并经口头修订", nil}, // a sentence, no heading
	} {
		got := draftSponsors(draftHeading(tc.text))
		if !slices.Equal(got, tc.want) {
			t.Errorf("draftSponsors(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestBareAdoptionNote(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		ok         bool
	}{
		{"以 98 票赞成、3 票反对、60 票弃权获得通过", "", true},
		{"2023 年 12 月 19 日以 150 票赞成、2 票反对、9 票弃权获得通过", "2023-12-19", true},
		{"未经表决获得通过。", "", true},
		{"2022 年 6 月 30 日经协商一致通过", "2022-06-30", true},
		{"（记录表决）", "", true},
		{"决定在第七十九届会议上审议本项目，并以协商一致方式通过", "", false}, // a clause
		{"2023 年 12 月 19 日", "", false},
		{"请秘书长报告本决议的执行情况。", "", false},
	} {
		date, ok := bareAdoptionNote(tc.text)
		if date != tc.date || ok != tc.ok {
			t.Errorf("bareAdoptionNote(%q) = %q, %v, want %q, %v", tc.text, date, ok, tc.date, tc.ok)
		}
	}
}

func TestSymbolThenWord(t *testing.T) {
	for _, tc := range []struct {
		a, b, want string
	}{
		{"联 合 国 A/HRC/57/12", "Distr.: General", " "},
		{"CTOC/COP/WG.4/2024/3", "General Assembly", " "},
		{"CTOC/COP/WG.4/", "2024/3", ""},      // a symbol wraps after its "/"
		{"E/CN.7/2024/L", ".5", ""},           // or before its "."
		{"参见 A/79/L.41", "号文件", ""},           // Chinese text joins
		{"Working Group on", "Firearms", " "}, // two Latin words, as before
	} {
		if got := lineBreak(tc.a, tc.b); got != tc.want {
			t.Errorf("lineBreak(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestIsQuotedDraftKey(t *testing.T) {
	for key, want := range map[string]bool{"draft-pp1": true, "draft2-op": true, "draft12-op3(a)": true, "op1": false, "draftop": false, "annex-n1": false} {
		if got := isQuotedDraftKey(key); got != want {
			t.Errorf("isQuotedDraftKey(%q) = %v", key, got)
		}
	}
}

func TestFamily13Shapes(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"a Commission's report whose paragraphs are indented by a space",
			" 联 合 国 E/CN.15/2024/15\n\n 一. 组织事项\n\n 1. 委员会于 2024 年 5 月 13 日至 17 日在维也纳举行了第三十三届会议。\n\n 2. 在 2024 年 5 月 17 日第 8 次会议上，委员会未经表决通过了决议草案（E/CN.15/2024/L.4）。\n\n 3. 委员会通过了下列议程：\n\n 1. 选举主席团成员。\n\n 2. 一般性辩论。\n\n 4. 日本代表作了发言。\n",
			[]string{"doc:E/CN.15/2024/15#n1", "doc:E/CN.15/2024/15#n2", "doc:E/CN.15/2024/15#n4"},
			[]string{"doc:E/CN.15/2024/15#u2", "doc:E/CN.15/2024/15#n5"}},
		{"a CND draft: submitters above its kind, an indented title",
			" 联 合 国 E/CN.7/2026/L.2\n\n麻醉药品委员会\n第六十九届会议\n\n 提交国：秘鲁、非洲国家组和欧洲联盟\n\n 决议草案\n\n 加强替代发展合作\n\n 麻醉药品委员会，\n\n 回顾其第 68/1 号决议，\n\n 1. 请联合国毒品和犯罪问题办公室提供援助。\n\n 2. 邀请世界旅游组织继续与会员国合作。\n",
			[]string{"doc:E/CN.7/2026/L.2 label=Draft", "doc:E/CN.7/2026/L.2#op2 MANDATES actor:世界旅游组织", "state:per SPONSORED doc:E/CN.7/2026/L.2 role=sponsor", "actor:非洲国家组 SPONSORED doc:E/CN.7/2026/L.2",
				"actor:eu SPONSORED doc:E/CN.7/2026/L.2", "doc:E/CN.7/2026/L.2#pp1 REFERS_TO act:cnd:resolution:68/1", "doc:E/CN.7/2026/L.2#op1 MANDATES actor:unodc"},
			[]string{"doc:E/CN.7/2026/L.2 label=Report", "doc:E/CN.7/2026/L.2#pp2"}},
		{"a draft set at the margin throughout, under its title page",
			"联 合 国 E/CN.15/2026/L.4\n预防犯罪和刑事司法委员会\n第三十五届会议\n议程项目 4\n提交国：菲律宾和泰国\n决议草案\n加强司法协助\n预防犯罪和刑事司法委员会，\n回顾其第 34/2 号决议，\n",
			[]string{"doc:E/CN.15/2026/L.4 label=Draft", "state:phl SPONSORED doc:E/CN.15/2026/L.4", "state:tha SPONSORED doc:E/CN.15/2026/L.4"},
			nil},
		{"a CCPCJ draft decision: a State for a group, and an institute",
			" 联 合 国 E/CN.15/2026/L.7\n\n 南非（代表非洲国家组）和联合国区域间犯罪和司法研究所：决定草案\n\n 网络犯罪问题\n\n 预防犯罪和刑事司法委员会决定：\n\n (a) 请秘书处编写报告；\n",
			[]string{"doc:E/CN.15/2026/L.7 label=Draft", "state:zaf SPONSORED doc:E/CN.15/2026/L.7 onBehalfOf=非洲国家组", "actor:unicri SPONSORED doc:E/CN.15/2026/L.7"},
			nil},
		{"a GA draft whose sponsor a footnote says acts for others",
			" 联 合 国 A/80/L.12\n\n 大 会\n\n第八十届会议\n议程项目 108\n\n 挪威、*瑞典和冰岛：决议草案\n\n 打击网络犯罪\n\n 大会，\n\n 回顾其第 79/243 号决议，\n\n 1. 请秘书长提交报告。\n\n__________________\n * 代表北欧国家。\n",
			[]string{"state:swe SPONSORED doc:A/80/L.12 onBehalfOf=北欧国家", "state:nor SPONSORED doc:A/80/L.12", "state:isl SPONSORED doc:A/80/L.12"},
			[]string{"state:nor SPONSORED doc:A/80/L.12 onBehalfOf=北欧国家"}},
		{"a GA resolution closing with a bare vote under its meeting",
			"78/250. 打击洗钱\n\n 大会，\n\n 回顾其第 76/185 号决议，\n\n 1. 请秘书长提交报告。\n\n第 60 次全体会议\n2023 年 12 月 22 日\n以 150 票赞成、2 票反对、9 票弃权获得通过\n",
			[]string{"act:ga:resolution:78/250 date=2023-12-22", "act:ga:resolution:78/250 meeting=60", "act:ga:resolution:78/250 votesInFavour=150", "act:ga:resolution:78/250 abstentions=9"},
			[]string{"act:ga:resolution:78/250#pp2"}},
		{"an HRC resolution whose title is indented under its heading",
			"第 57/3 号决议\n\n 打击贩运人口\n\n 人权理事会，\n\n 重申其第 50/7 号决议，\n\n 1. 请各国加强合作。\n",
			[]string{"act:hrc:resolution:57/3 title=打击贩运人口", "act:hrc:resolution:57/3 REFERS_TO act:hrc:resolution:50/7"},
			[]string{"act:hrc:resolution:57/3#pp2"}},
		{"a Council resolution recommending a resolution and a decision",
			"2026/9. 标题\n\n 经济及社会理事会，\n\n 1. 建议大会通过下列决议草案：\n\n “大会，\n\n “1. 请会员国提供资源；\n\n “2. 请秘书长报告；”\n\n 2. 又建议大会通过下述决定草案：\n\n “大会决定将本项目列入其第八十二届会议临时议程。”\n\n 3. 请秘书长转交本决议。\n\n第 30 次全体会议\n2026 年 7 月 20 日\n",
			[]string{"act:ecosoc:resolution:2026/9#draft-op2 MANDATES actor:secretary-general", "act:ecosoc:resolution:2026/9#draft2-op",
				"act:ecosoc:resolution:2026/9#op2 MANDATES actor:ga relation=recommends", "act:ecosoc:resolution:2026/9#op3 MANDATES actor:secretary-general"},
			[]string{"act:ecosoc:resolution:2026/9#draft-op2#2", "act:ecosoc:resolution:2026/9#draft-pp1"}},
		{"a title page without the body's line",
			" 联 合 国 CTOC/COP/WG.7/2026/2\n\nDistr.: General\n3 March 2026\n\n1. 工作组于 2026 年 2 月 2 日在维也纳举行了会议，审议了第 10/1 号决议的执行情况。\n",
			[]string{"doc:CTOC/COP/WG.7/2026/2"},
			[]string{"doc:CTOC/COP/WG.7/2026/2Distr"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "x.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestDraftTitle: the title printed between a draft's sponsors' line (and the kind's line
// under it) and its opening line is the draft Document's title.
func TestDraftTitle(t *testing.T) {
	for _, tc := range []struct{ name, text, doc, title string }{
		{"indented, under the sponsors", " 联 合 国 E/CN.15/2027/L.7\n\n预防犯罪和刑事司法委员会\n第三十六届会议\n\n 摩洛哥、挪威和乌拉圭：决议草案\n\n 打击贩运文化财产\n\n 预防犯罪和刑事司法委员会，\n\n" +
			" 回顾其第 31/2 号决议，\n\n 1. 请各会员国加强合作；\n", "doc:E/CN.15/2027/L.7", "打击贩运文化财产"},
		{"under 提交国 and the kind's line, at the margin", "A/HRC/61/L.9\n\n人权理事会\n第六十一届会议\n\n提交国：加纳、秘鲁和瑞士\n\n决议草案\n\n打击腐败对享有人权的负面影响\n\n人权理事会，\n\n" +
			"回顾其第 58/3 号决议，\n\n1. 吁请各国批准《联合国反腐败公约》；\n", "doc:A/HRC/61/L.9", "打击腐败对享有人权的负面影响"},
		{"a title over two lines, a footnote's mark", " 联 合 国 E/CN.7/2028/L.2\n\n麻醉药品委员会\n第七十一届会议\n\n 泰国：决议草案\n\n 加强替代发展方面的区域\n合作*\n\n 麻醉药品委员会，\n\n" +
			" 回顾其第 67/3 号决议，\n\n 1. 鼓励各会员国分享经验；\n", "doc:E/CN.7/2028/L.2", "加强替代发展方面的区域合作"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "l.txt", tc.text), []string{tc.doc + " label=Draft", tc.doc + " title=" + tc.title}, nil)
		})
	}
}

// TestDraftUnnumberedClauses: a draft printed all at the margin, without numbers, keeps
// its clauses apart (each opens with its verb after a clause closed by a comma or a
// semicolon), and those from the first that asks on are operative.
func TestDraftUnnumberedClauses(t *testing.T) {
	text := "E/CN.15/2029/L.4\n\n预防犯罪和刑事司法委员会\n第三十八届会议\n\n智利和菲律宾：决议草案\n\n减少再犯罪\n\n预防犯罪和刑事司法委员会，\n\n" +
		"回顾其第 33/2 号决议，\n深信监狱改革有助于\n减少再犯罪，\n又回顾《联合国囚犯待遇最低限度标准规则》，\n" +
		"鼓励会员国分享良好做法；\n请联合国毒品和犯罪问题办公室提供技术援助。\n"
	have := conventionFacts(t, "l.txt", text)
	checkFacts(t, have, []string{"doc:E/CN.15/2029/L.4 title=减少再犯罪", "doc:E/CN.15/2029/L.4#pp3", "doc:E/CN.15/2029/L.4#op2",
		"doc:E/CN.15/2029/L.4#pp1 REFERS_TO act:ccpcj:resolution:33/2"},
		[]string{"doc:E/CN.15/2029/L.4#pp4", "doc:E/CN.15/2029/L.4#op3"})
	for _, tc := range []struct {
		prev, line string
		want       bool
	}{
		{"预防犯罪和刑事司法委员会，", "回顾其第 33/2 号决议，", true},
		{"回顾其第 33/2 号决议，", "又回顾其第 34/1 号决议，", true},
		{"注意到秘书处的报告，", "请秘书处继续开展工作；", true},
		{"减少再犯罪", "预防犯罪和刑事司法委员会，", true},
		{"回顾其第 33/2 号决议，其中委员会", "请秘书处继续开展工作；", false},              // a clause wrapped mid-sentence
		{"1. 委员会在 2029 年 5 月 20 日第 3 次会议上，", "请秘书处继续开展工作；", false}, // a numbered paragraph's line
		{"委员会审议了这一项目，", "决定将其推迟。", false},                          // a report's sentence
		{"欢迎在京都举行的第十四届联合国预防犯罪和刑", "事司法大会的成果，并赞赏东道国，", false},       // a clause wrapped mid-word
	} {
		if got := opensUnnumberedClause(tc.prev, tc.line); got != tc.want {
			t.Errorf("opensUnnumberedClause(%q, %q) = %v, want %v", tc.prev, tc.line, got, tc.want)
		}
	}
}

// TestRunHeading: a short line over paragraphs numbered from 1 again, with no "附件"
// heading above it, titles them: their section, and no line of the paragraph before.
func TestRunHeading(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string // key → section
		noHeading  string            // the key whose text must not hold the line
	}{
		{"in an annex", "CTOC/COP/WG.2/2027/4\n\n一. 导言\n\n1. 工作组于 2027 年 6 月 7 日在维也纳举行会议。\n\n2. 工作组通过了报告。\n\n附件\n\n 与会者名单\n\n" +
			"1. 出席会议的有：智利、法国、日本。\n\n2. 观察员：国际刑警组织。\n\n 主席的总结\n\n1. 主席感谢各发言者，并指出技术援助需求有所增加。\n\n2. 主席建议工作组继续审议这一问题。\n",
			map[string]string{"annex-n2": "附件 › 与会者名单", "annex-r2-n1": "附件 › 主席的总结", "annex-r2-n2": "附件 › 主席的总结"}, "annex-n2"},
		{"after the body, unindented", "E/CN.7/2028/9\n\n一. 导言\n\n1. 专家组于 2028 年 1 月 15 日至 17 日在维也纳举行会议。\n\n2. 专家组审议了前体问题。\n\n3. 专家组通过了本报告。\n\n专题小组讨论摘要\n\n" +
			"1. 专题小组成员介绍了各自国家的经验，并回答了问题。\n",
			map[string]string{"n3": "一. 导言", "r2-n1": "专题小组讨论摘要"}, "n3"},
		{"a list's line, then no restart", "E/CN.7/2028/9\n\n一. 导言\n\n1. 专家组于 2028 年 1 月 15 日至 17 日在维也纳举行会议。\n\n2. 下列国家出席了会议：\n\n 阿根廷\n\n3. 专家组通过了本报告。\n",
			map[string]string{"n2": "一. 导言", "n3": "一. 导言"}, ""},
		{"indented paragraphs", "CTOC/COP/WG.2/2027/4\n\n一. 导言\n\n 1. 工作组于 2027 年 6 月 7 日在维也纳举行会议。\n\n 2. 工作组通过了报告。\n\n 主席的总结\n\n" +
			" 1. 主席感谢各发言者，并指出技术援助需求有所增加。\n\n 2. 主席建议工作组继续审议这一问题。\n",
			map[string]string{"n2": "一. 导言", "r2-n1": "主席的总结", "r2-n2": "主席的总结"}, "n2"},
		{"family13 G9: d04's chair's summary, read from testdata/review", "",
			map[string]string{"annex2-n2": "附件二 › 专题讨论概要", "annex2-r2-n1": "附件二 › 主席摘要", "annex2-r2-n2": "附件二 › 主席摘要"}, "annex2-n2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.text == "" {
				data, err := os.ReadFile(filepath.Join("testdata", "review", "family13", "d04.txt"))
				if err != nil {
					t.Fatal(err)
				}
				tc.text = string(data)
			}
			got := map[string]paragraph{}
			for _, p := range segmentText(tc.text).narrative {
				got[p.key] = p
			}
			for k, want := range tc.want {
				if p, ok := got[k]; !ok || p.section != want {
					t.Errorf("%s: section %q, want %q (%d paragraphs)", k, p.section, want, len(got))
				}
			}
			if p := got[tc.noHeading]; tc.noHeading != "" && strings.Contains(p.text, "\n") {
				t.Errorf("%s holds a heading: %q", tc.noHeading, p.text)
			}
		})
	}
}

// TestFamily13FindingsStayFixed: one or two facts per finding fixed, on the reviewers'
// documents (testdata/review/family13, EXPECTED.md there).
func TestFamily13FindingsStayFixed(t *testing.T) {
	for _, tc := range []struct {
		finding, file string
		want, wantNot []string
	}{
		{"family13 G1: a draft title indented under the sponsors", "family13/d13.txt",
			[]string{"doc:A/79/L.41 label=Draft", "state:can SPONSORED doc:A/79/L.41", "state:kor SPONSORED doc:A/79/L.41"}, nil},
		{"family13 G25: the sponsor line's * footnote", "family13/d13.txt",
			[]string{"state:can SPONSORED doc:A/79/L.41 onBehalfOf=联合国会员国中属于欧洲联盟成员国的国家"}, nil},
		{"family13 G2: a State for a group, and an institute", "family13/d02.txt",
			[]string{"state:bra SPONSORED doc:E/CN.15/2025/L.3/Rev.1 onBehalfOf=77国集团和中国", "actor:unicri SPONSORED doc:E/CN.15/2025/L.3/Rev.1"}, nil},
		{"family13 G3: 提交国 above 决议草案", "family13/d01.txt",
			[]string{"doc:E/CN.7/2025/L.5 label=Draft", "state:col SPONSORED doc:E/CN.7/2025/L.5", "actor:eu SPONSORED doc:E/CN.7/2025/L.5", "doc:E/CN.7/2025/L.5#pp3 REFERS_TO act:ccpcj:resolution:33/4", "doc:E/CN.7/2025/L.5#op4",
				"doc:E/CN.7/2025/L.5#op3 MANDATES actor:incb relation=invites"},
			[]string{"doc:E/CN.7/2025/L.5 label=Report"}},
		{"family13 G6: a bare vote under the GA closing", "family13/d05.txt",
			[]string{"act:ga:resolution:79/188 votesInFavour=120", "act:ga:resolution:79/188 date=2024-12-17", "meeting:ga:79:52 date=2024-12-17"},
			[]string{"act:ga:resolution:79/188#pp3"}},
		{"family13 G10: a report's paragraphs indented by a space", "family13/d10.indented.txt",
			[]string{"doc:CTOC/COP/2026/8#n6", "doc:CTOC/COP/2026/8#n1 REFERS_TO act:cop:resolution:13/1"}, []string{"doc:CTOC/COP/2026/8#u2"}},
		{"family13 G13: a second recommended draft", "family13/d03.txt",
			[]string{"act:ecosoc:resolution:2025/15#op2 MANDATES actor:ga", "act:ecosoc:resolution:2025/15#draft2-op"}, []string{"act:ecosoc:resolution:2025/15#draft-pp3"}},
		{"family13 G19: a symbol above Distr.", "family13/d11.gb18030.txt",
			nil, []string{"doc:UNODC/CCPCJ/EG.4/2025/2Distr"}},
		{"family13 G22: the agenda listed under its annotation's item", "family13/d09.txt",
			[]string{"doc:E/CN.15/2026/1 CONSIDERED_UNDER agenda:ccpcj:35:2", "doc:E/CN.15/2026/2 CONSIDERED_UNDER agenda:ccpcj:35:3"}, nil},
		{"family13 (brief FB): a draft's title", "family13/d13.txt",
			[]string{"doc:A/79/L.41 title=加强预防犯罪合作"}, nil},
		{"family13 G20: a title under 第 68/4 号决议", "family13/d06.txt",
			[]string{"act:cnd:resolution:68/4 title=将性别观点纳入药物相关政策", "act:cnd:resolution:68/4 REFERS_TO act:ccpcj:resolution:33/1", "act:cnd:resolution:68/4#pp4"}, nil},
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

// FuzzFamily13Readers checks the readers added for family13: none panics, a draft's
// sponsors are named in its heading, and a closing note's day is a date.
func FuzzFamily13Readers(f *testing.F) {
	f.Add("巴西（代表 77 国集团和中国）和联合国区域间犯罪和司法研究所：订正决定草案")
	f.Add("提交国：哥伦比亚、秘鲁、77 国集团和中国以及欧洲联盟")
	f.Add("*加拿大、（代表（代表）：决议草案")
	f.Add("2024 年 12 月 17 日以 120 票赞成、10 票反对、45 票弃权获得通过")
	f.Add("A/79/L.41")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, s := range draftSponsors(draftHeading(text)) {
			if s.name == "" {
				t.Fatalf("draftSponsors(%q): an empty name", text)
			}
		}
		if date, ok := bareAdoptionNote(text); date != "" && (!ok || len(date) != len("2006-01-02")) {
			t.Fatalf("bareAdoptionNote(%q) = %q, %v", text, date, ok)
		}
		lineBreak(text, "Distr.: General")
		lineBreak("A/79/L.41", text)
		if isQuotedDraftKey(text) && !strings.HasPrefix(text, "draft") {
			t.Fatalf("isQuotedDraftKey(%q) = true", text)
		}
	})
}

// TestClauseVerbLeadsGate: the first-rune gate of opensWithClauseVerb answers as trying
// every verb does, on each verb, after 又, 还 or 并, and on the family's paragraphs.
func TestClauseVerbLeadsGate(t *testing.T) {
	slow := tryClauseVerbs
	texts := familyTexts(t)
	for v := range verbs {
		texts = append(texts, v+"其决议，", "又"+v, "并"+v+"，")
	}
	for _, v := range append(slices.Clone(clauseVerbs), "请", "决定", "还请", "鼓励") {
		texts = append(texts, v+"各国，", "又"+v)
	}
	for _, text := range texts {
		if got, want := opensWithClauseVerb(text), slow(text); got != want {
			t.Fatalf("opensWithClauseVerb(%q) = %v, want %v", text, got, want)
		}
	}
}

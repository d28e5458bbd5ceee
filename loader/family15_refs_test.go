package loader

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFamily15RefsStayFixed: one fact per high finding of family15 on references,
// mandates and groups (K2, K5–K9), and the medium K12 and K14, on the reviewers' documents (testdata/review/family15,
// EXPECTED.md there). Mandates are read with the act they are of (mandateFacts).
func TestFamily15RefsStayFixed(t *testing.T) {
	for _, tc := range []struct {
		finding, file string
		mandates      bool // want and wantNot are mandateFacts', else conventionFacts'
		want, wantNot []string
	}{
		{"family15 K2: 大会关于…的第 78/48 号决议 is the Assembly's", "family15/d07.txt", false,
			[]string{"doc:CTOC/COP/WG.6/2025/2#n3 REFERS_TO act:ga:resolution:78/48"}, []string{"act:cop:resolution:78/48", "session:cop:78"}},
		{"family15 K8: a note tells what 10/6 asked the group", "family15/d01.txt", true,
			[]string{"doc:CAC/COSP/WG.2/2025/4#n2 -[requests]-> wg:uncac-asset-recovery act=act:cosp:resolution:10/6 proposed=<nil>"}, nil},
		{"family15 K8: the requests of 11/4 and 10/2", "family15/d07.txt", true,
			[]string{"doc:CTOC/COP/WG.6/2025/2#n1 -[requests]-> actor:secretariat act=act:cop:resolution:11/4 proposed=<nil>",
				"doc:CTOC/COP/WG.6/2025/2#n4 -[requests]-> actor:secretariat act=act:cop:resolution:10/2 proposed=<nil>"}, nil},
		{"family15 K8: the Assembly's and the Council's requests", "family15/d08.txt", true,
			[]string{"doc:A/80/178#n1 -[requests]-> actor:secretary-general act=act:ga:resolution:79/186 proposed=<nil>",
				"doc:A/80/178#n3 -[urges]-> actor:member-states act=act:ecosoc:resolution:2024/21 proposed=<nil>"}, nil},
		{"family15 K6: a request after a recall in one sentence", "family15/d11.txt", true,
			[]string{"doc:file:d11.txt#n4 -[requests]-> actor:secretariat act=<nil> proposed=true"}, nil},
		{"family15 K7: a report's request in a paragraph's second sentence", "family15/d02.txt", true,
			[]string{"doc:CAC/COSP/IRG/2025/7#n9 -[encourages]-> actor:states-parties act=<nil> proposed=true"}, nil},
		{"family15 K5: the Special Rapporteur the resolution named", "family15/d06.txt", true,
			[]string{"act:hrc:resolution:58/14#op2 -[requests]-> actor:sr-trafficking act=act:hrc:resolution:58/14 proposed=<nil>"}, nil},
		{"family15 K5: the Financial Action Task Force", "family15/d12.txt", true,
			[]string{"act:cosp:resolution:11/3#op3 -[invites]-> actor:fatf act=act:cosp:resolution:11/3 proposed=<nil>"}, nil},
		{"family15 K9: 3/1 established the review group, a clause after it adopted the terms", "family15/d02.txt", false,
			[]string{"act:cosp:resolution:3/1 ESTABLISHES wg:uncac-implementation-review-group"}, nil},
		{"family15 K12: the protocol's title with 补充 and without 关于", "family15/d04.txt", false,
			[]string{"act:ga:resolution:79/187#pp3 CITES inst:trafficking-protocol"}, []string{"inst:预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书"}},
		{"family15 K14: 通过了本报告 from its drafts", "family15/d01.txt", false,
			[]string{"doc:CAC/COSP/WG.2/2025/4 DRAFTED_AS doc:CAC/COSP/WG.2/2025/L.1/Add.3", "doc:CAC/COSP/WG.2/2025/L.1 label=Draft"}, nil},
	} {
		t.Run(tc.finding, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "review", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(tc.file)
			if tc.mandates {
				checkFacts(t, mandateFacts(t, name, string(data)), tc.want, tc.wantNot)
			} else {
				checkFacts(t, conventionFacts(t, name, string(data)), tc.want, tc.wantNot)
			}
		})
	}
}

// TestProtocolTitlesWithSupplementary: each protocol's title without 关于 but with 补充, as
// the Assembly writes it, is the protocol; and a group's report adopted as "本报告" from its
// drafts is drafted as them. Other protocols and groups than the reviewers'.
func TestProtocolTitlesWithSupplementary(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"the smuggling protocol",
			"第 86/5 号决议\n\n 大会，\n 回顾《打击陆、海、空偷运移民的补充议定书》，\n 1. 请秘书长提交报告。\n",
			[]string{"act:ga:resolution:86/5#pp1 MENTIONS inst:smuggling-protocol"}, []string{"inst:打击陆、海、空偷运移民的补充议定书"}},
		{"the firearms protocol",
			"第 86/6 号决议\n\n 大会，\n 回顾《打击非法制造和贩运枪支及其零部件和弹药的补充议定书》，\n 1. 请秘书长提交报告。\n",
			[]string{"act:ga:resolution:86/6#pp1 MENTIONS inst:firearms-protocol"}, nil},
		{"a group's present report, orally revised",
			"联合国                                                CTOC/COP/WG.4/2031/6\n\n关于 2031 年 5 月 5 日在维也纳举行的国际合作问题工作组会议的报告\n\n1. 工作组于 2031 年 5 月 6 日通过了经口头修订的本报告（CTOC/COP/WG.4/2031/L.1 和 Add.1）。\n",
			[]string{"doc:CTOC/COP/WG.4/2031/6 DRAFTED_AS doc:CTOC/COP/WG.4/2031/L.1", "doc:CTOC/COP/WG.4/2031/6 DRAFTED_AS doc:CTOC/COP/WG.4/2031/L.1/Add.1"}, nil},
		{"another's report is not the present one",
			"联合国                                                CTOC/COP/WG.4/2031/7\n\n关于 2031 年 5 月 5 日在维也纳举行的国际合作问题工作组会议的报告\n\n1. 工作组通过了日本报告（CTOC/COP/WG.4/2031/L.1）。\n",
			nil, []string{"doc:CTOC/COP/WG.4/2031/7 DRAFTED_AS doc:CTOC/COP/WG.4/2031/L.1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "p.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

package loader

import (
	"os"
	"path/filepath"
	"testing"
)

// The documents under testdata/review were written by reviewers as documents of the family
// the loader had never seen (each family's EXPECTED.md says what a careful reader finds in
// them, and lists what the loader got wrong then). They are kept as inputs in the encodings
// they were written in: UTF-8 with and without BOM, CRLF, GB18030, UTF-16LE and BE.

// TestReviewDocumentsParse: every review document parses, and states facts beyond its own
// paragraphs.
func TestReviewDocumentsParse(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "review", "*", "*.txt"))
	if err != nil || len(files) < 30 {
		t.Fatalf("review documents: %d (%v)", len(files), err)
	}
	for _, f := range files {
		t.Run(filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			g, err := Parse(f, data)
			if err != nil {
				t.Fatal(err)
			}
			if !statesFacts(g) {
				t.Errorf("no fact beyond its paragraphs")
			}
		})
	}
}

// TestReviewFindingsStayFixed: facts the reviews found missing or wrong, fixed since, one
// or two per high finding (the finding's number in its family's EXPECTED.md).
func TestReviewFindingsStayFixed(t *testing.T) {
	for _, tc := range []struct {
		finding, file string
		want, wantNot []string
	}{
		{"family10 F1: a subsidiary body's own session", "family10/d2.txt",
			[]string{"session:wg:uncac-implementation-review-group:2019-05-27"}, []string{"session:cosp:10"}},
		{"family10 F3: a meeting held in a manner", "family10/d11.txt",
			[]string{"session:wg:firearms:2021-05-03"}, nil},
		{"family10 F5: speakers under category labels", "family10/d9.txt",
			[]string{"state:egy SPOKE_ON agenda:cop:11:3"}, nil},
		{"family10 F7: 代表…发言的…代表", "family10/d17.txt",
			[]string{"state:guy SPOKE_ON agenda:ccpcj:29:3"}, nil},
		{"family10 F8: the adopting session between body and number", "family10/d6.txt",
			[]string{"act:ccpcj:resolution:28/1"}, []string{"act:ga:resolution:28/1"}},
		{"family10 F9: acts paired by a respectively note", "family10/d1.txt",
			[]string{"act:cosp:resolution:8/3 meeting=10", "act:cosp:resolution:8/3 withoutVote=true"}, nil},
		{"family10 F10: an act decided in the report", "family10/d8.txt",
			[]string{"act:ccpcj:decision:28/2 adopted=true", "act:ccpcj:decision:28/2 meeting=11"}, nil},
		{"family10 F13: several officers on a line", "family10/d14.txt",
			[]string{"person:Amna Ali Al Ali ELECTED session:cop:11", "person:Amna Ali Al Ali MEMBER_OF state:qat"}, nil},
		{"family10 F15: a corrigendum's quoted acts are the Assembly's", "family10/d7.txt",
			[]string{"act:ga:resolution:70/1"}, []string{"session:cosp:70"}},
		{"family11 1: an ad hoc committee's session", "family11/d13.txt",
			[]string{"session:wg:cybercrime-ad-hoc-committee:2022-02-28"}, []string{"session:ga:1"}},
		{"family11 3: a session held online with no place", "family11/d9.txt",
			[]string{"session:wg:trafficking-in-persons:2021-07-05"}, nil},
		{"family11 4: a corrigendum's headings adopt nothing", "family11/d7.txt",
			[]string{"act:cop:resolution:10/4 adopted=false"}, nil},
		{"family11 5: a heading that names its body", "family11/d17.txt",
			[]string{"act:ecosoc:resolution:2021/20 meeting=18"}, []string{"session:ecosoc:30"}},
		{"family11 6: drafts named by their acts", "family11/d8.txt",
			[]string{"act:cop:resolution:10/1 meeting=10"}, nil},
		{"family11 8: a list of speakers over clauses", "family11/d1.txt",
			[]string{"state:mar SPOKE_ON agenda:wg:uncac-implementation-review-group:2021-06-14:2"}, nil},
		{"family11 9 and 19: a recorded vote, a meeting with its date in brackets", "family11/d12.txt",
			[]string{"act:ccpcj:resolution:31/1 meeting=8", "meeting:ccpcj:31:1 date=2022-05-16"}, nil},
		{"family11 4: a corrigendum's acts quoted without their body are the Assembly's", "family11/d7.txt",
			[]string{"act:ga:resolution:55/255"}, []string{"act:cop:resolution:55/25", "session:cop:55"}},
		{"family14 H7: a session held in a city after its State", "family14/d09.txt",
			[]string{"session:cosp:10 place=亚特兰大"}, nil},
		{"family14 H8: elected 为会议主席 in a sentence", "family14/d09.txt",
			[]string{"person:Omar Farouk ELECTED session:cosp:10 role=president", "person:Omar Farouk MEMBER_OF state:egy"}, nil},
		{"family14 H1: 通过了该订正决议草案 adopts the draft of the paragraph before", "family14/d01.txt",
			[]string{"act:cop:resolution:12/3 DRAFTED_AS doc:CTOC/COP/2024/L.4/Rev.1", "state:arg SPONSORED doc:CTOC/COP/2024/L.4/Rev.1 role=submitter",
				"state:zaf SPONSORED doc:CTOC/COP/2024/L.4/Rev.1 role=sponsor", "act:cop:resolution:12/3 title=加强打击贩运文化财产的国际合作"}, nil},
		{"family14 H9: 经口头订正的该决议草案, proposed, seconded, at the meeting before", "family14/d09.txt",
			[]string{"act:cosp:resolution:10/5 DRAFTED_AS doc:CAC/COSP/2023/L.12", "state:aut SPONSORED doc:CAC/COSP/2023/L.12 role=submitter",
				"state:can SPONSORED doc:CAC/COSP/2023/L.12 role=sponsor", "act:cosp:resolution:10/5 meeting=8", "act:cosp:resolution:10/5 date=2023-12-15"}, nil},
		{"family12 F5: 理事会 in an HRC resolution is the HRC", "family12/d13.txt",
			[]string{"act:hrc:resolution:56/7 REFERS_TO act:hrc:resolution:53/2"}, []string{"act:ecosoc:resolution:53/2"}},
		{"family12 F6: 委员会 in a CND text is the CND", "family12/d12.txt",
			[]string{"act:cnd:resolution:66/1"}, []string{"act:ccpcj:resolution:66/1", "session:ccpcj:66"}},
		{"family12 F7: a number joined to a dated one takes its date", "family12/d07.utf16le.txt",
			[]string{"act:cop:resolution:10/4 date=2020-10-16"}, []string{"act:cop:resolution:10/4 date=2018-10-19"}},
		{"family12 F22: 本说明根据该决议编写", "family12/d03.txt",
			[]string{"doc:CTOC/COP/2024/2#n1 REFERS_TO act:cop:resolution:10/1 relation=pursuant_to"}, nil},
		{"family12 F18: the President of the Assembly and civil society asked", "family12/d11.txt",
			[]string{"act:ga:resolution:78/267#op4 MANDATES actor:ga-president", "act:ga:resolution:78/267#op2 MANDATES actor:civil-society"}, nil},
		{"family12 F1: a draft its sponsors submit as an L. document", "family12/d04.txt",
			[]string{"doc:CAC/COSP/2023/L.9/Rev.1#op6 MANDATES actor:secretariat", "doc:CAC/COSP/2023/L.9/Rev.1#op1(a)㈡",
				"state:nor SPONSORED doc:CAC/COSP/2023/L.9/Rev.1 role=sponsor"}, nil},
		{"family12 F1: a CND draft", "family12/d12.txt",
			[]string{"doc:E/CN.7/2024/L.4/Rev.1#op2 MANDATES actor:unodc", "state:tha SPONSORED doc:E/CN.7/2024/L.4/Rev.1"}, nil},
		{"family12 F2: a GA draft quoted in a Council resolution", "family12/d02.txt",
			[]string{"act:ecosoc:resolution:2024/18#draft-op3 MANDATES actor:unodc", "act:ecosoc:resolution:2024/18#op MANDATES actor:ga relation=recommends",
				"act:ecosoc:resolution:2024/18#op1 MANDATES actor:secretary-general"},
			[]string{"act:ecosoc:resolution:2024/18#op1#2", "act:ecosoc:resolution:2024/18#op3"}},
		{"family12 F3: an annex numbered again from 1", "family12/d01.txt",
			[]string{"doc:CTOC/COP/WG.6/2024/4#annex-n1 REFERS_TO act:ga:resolution:78/47", "doc:CTOC/COP/WG.6/2024/4#annex-n2"}, nil},
		{"family12 F24: an HRC resolution's closing lines", "family12/d13.txt",
			[]string{"act:hrc:resolution:56/7 meeting=40", "act:hrc:resolution:56/7 date=2024-07-10", "act:hrc:resolution:56/7 withoutVote=true"},
			[]string{"act:hrc:resolution:56/7#pp4"}},
		{"family12 F4: a provisional agenda with annotations", "family12/d08.txt",
			[]string{"session:cosp:11 HAS_AGENDA_ITEM agenda:cosp:11:1(c)", "doc:CAC/COSP/WG.2/2025/5 CONSIDERED_UNDER agenda:cosp:11:3"}, nil},
		{"family12 F8: a group the act establishes", "family12/v04a.txt",
			[]string{"act:cosp:resolution:10/12 ESTABLISHES wg:关于腐败与其他犯罪形式之间联系的不限成员名额政府间专家组",
				"act:cosp:resolution:10/12#op3 MANDATES wg:关于腐败与其他犯罪形式之间联系的不限成员名额政府间专家组"}, nil},
		{"family12 F9: a group extended under its bare noun, and made a constant feature", "family12/d01.txt",
			[]string{"act:cop:resolution:11/3 EXTENDS wg:firearms", "act:cop:resolution:5/4 EXTENDS wg:firearms verb=固定组成部分"}, nil},
		{"family12 F14: 以下议程 as 下列议程", "family12/d15.txt",
			[]string{"agenda:wg:uncac-prevention:2024-06-12:2 title=预防腐败与教育"}, nil},
		{"family12 F20: an annexed agenda, a session set for a year", "family12/d18.txt",
			[]string{"agenda:cosp:11:1(b) title=通过议程和工作安排", "session:cosp:12"},
			[]string{"act:cosp:decision:10/12#op2 MANDATES actor:states-parties"}},
		{"family12 F10, F11, F12: by consensus, a listed draft, a second speaker", "family12/d05.gb18030.txt",
			[]string{"act:cop:decision:12/3 withoutVote=true", "act:cop:decision:12/3 DRAFTED_AS doc:CTOC/COP/2024/L.7", "state:usa SPOKE_ON agenda:cop:12:8"}, nil},
		{"family12 F17: a plenary resolution's draft and second item", "family12/d11.txt",
			[]string{"act:ga:resolution:78/267 DRAFTED_AS doc:A/78/L.47", "doc:A/78/L.47/Add.1 REVISES doc:A/78/L.47 role=addendum", "act:ga:resolution:78/267 CONSIDERED_UNDER agenda:ga:78:117"}, nil},
		{"family12 F19: a meeting of the reconvened session before", "family12/d17.txt",
			[]string{"act:ccpcj:decision:33/3 ADOPTED_IN meeting:ccpcj:33:1"}, nil},
		{"family12 F12: an explanation of position before or after the adoption", "family12/d05.gb18030.txt",
			[]string{"state:gbr SPOKE_ON agenda:cop:12:8 timing=before", "state:rus SPOKE_ON agenda:cop:12:8 timing=after"},
			[]string{"state:hun SPOKE_ON agenda:cop:12:8 timing=before", "state:hun SPOKE_ON agenda:cop:12:8 timing=after"}},
		{"family12 F25: a group's numbered meeting", "family12/d14.txt",
			[]string{"session:wg:smuggling-of-migrants:2025-01-27 number=10"}, nil},
		{"family12 F25, F26: a place before the days; an intersessional meeting's statements", "family12/d17.txt",
			[]string{"session:ccpcj:34 place=维也纳", "state:egy SPOKE_ON session:ccpcj:34 intersessional=true", "state:egy SPOKE_ON session:ccpcj:34 date=2025-02-24"}, nil},
		{"family12 F28: a group's future session in a note", "family12/d08.txt",
			[]string{"wg:uncac-implementation-review-group HAS_SESSION session:wg:uncac-implementation-review-group:2025-06-16",
				"session:wg:uncac-implementation-review-group:2025-06-16 number=16", "session:wg:uncac-implementation-review-group:2025-06-16 place=维也纳"}, nil},
		{"family12 F27: an organisation of work's items", "family12/d09.txt",
			[]string{"session:cop:12 HAS_AGENDA_ITEM agenda:cop:12:1(c)", "agenda:cop:12:9 title=通过缔约方会议第十二届会议的报告"}, nil},
		{"family12 F28: an item of the preliminary list", "family12/d16.txt",
			[]string{"doc:A/79/112 CONSIDERED_UNDER agenda:ga:79:109"}, nil},
		{"family12 F29: the report's own drafts, orally revised", "family12/d05.gb18030.txt",
			[]string{"doc:CTOC/COP/2024/9 DRAFTED_AS doc:CTOC/COP/2024/L.1", "doc:CTOC/COP/2024/9 DRAFTED_AS doc:CTOC/COP/2024/L.1/Add.6",
				"doc:CTOC/COP/2024/9 orallyRevised=true", "act:cop:resolution:12/2 orallyRevised=true", "act:cop:decision:12/1 orallyRevised=true"},
			[]string{"act:cop:decision:12/2 orallyRevised=true"}},
		{"family13 G4: groups set up in other words (设立一个…特设委员会, 请秘书长召集一个…专家组, a draft's 召集)", "family13/d08.txt",
			[]string{"act:ecosoc:decision:2025/230 ESTABLISHES wg:犯罪统计问题特设委员会 verb=设立", "act:ecosoc:decision:2025/230 ESTABLISHES wg:网络犯罪统计问题专家组 verb=召集"}, nil},
		{"family13 G4: a draft's group with no topic, proposed", "family13/d13.txt",
			[]string{"doc:A/79/L.41 ESTABLISHES wg:开放式政府间专家组@doc:A/79/L.41 verb=召集"}, nil},
		{"family13 G4: a group noun inside the name", "family13/d02.txt",
			[]string{"doc:E/CN.15/2025/L.3/Rev.1 ESTABLISHES wg:网络犯罪问题特设委员会后续行动不限成员名额专家组"}, nil},
		{"family13 G5: extended in other words (延长…的任务授权, …应继续开展工作)", "family13/d08.txt",
			[]string{"act:ecosoc:decision:2025/230 EXTENDS wg:打击犯罪统计国际分类技术咨询小组 verb=延长", "act:ecosoc:decision:2025/230 EXTENDS wg:关于刑事司法系统中的儿童问题机构间小组 verb=继续"}, nil},
		{"family13 G27: 审议组请秘书处", "family13/d04.txt",
			[]string{"doc:CAC/COSP/IRG/2025/9#n3 MANDATES actor:secretariat"}, nil},
		{"family13 G24: OHCHR without 联合国", "family13/d14.txt",
			[]string{"act:hrc:resolution:58/12#op1 MANDATES actor:ohchr"}, nil},
		{"family13 G12: a note for a group named on its title page in words of its own", "family13/d07.txt",
			[]string{"wg:technical-assistance HAS_SESSION session:wg:technical-assistance:2025-06-04", "doc:CTOC/COP/WG.2/2025/3#n1 MENTIONS wg:technical-assistance"}, nil},
		{"family12 F23: 工作组会议由…主持", "family12/d01.txt",
			[]string{"person:Ignacio Baylina Ruíz ELECTED session:wg:firearms:2024-05-28 role=chair"}, nil},
		{"family13 G11: a year alone inside a list of acts", "family13/d07.txt",
			[]string{"act:cop:decision:2/1", "act:cop:decision:3/4", "act:cop:decision:4/3"}, nil},
		{"family13 G14, G15: titles named in the adoption, a right of reply", "family13/d10.txt",
			[]string{"act:cop:resolution:13/1 title=打击偷运移民", "act:cop:decision:13/1 title=第十四届会议的日期和地点", "state:irn SPOKE_ON session:cop:13 statement=reply"}, nil},
		{"family13 G17, G18, G26: a keynote, a panelist named in Chinese, an opening by video, a heading's item", "family13/d11.gb18030.txt",
			[]string{"person:Maria Lopez SPOKE_ON agenda:wg:cybercrime-experts:2025-04-08:2 statement=keynote", "person:李明 MEMBER_OF state:chn",
				"actor:executive-director SPOKE_ON session:wg:cybercrime-experts:2025-04-08 statement=opening"}, nil},
		{"family13 G21: a plenary meeting named in a Council decision's opening", "family13/d08.txt",
			[]string{"meeting:ecosoc:2025:36 plenary=true"}, nil},
		{"family14 H5: footnotes marked in superscript digits", "family14/d07.txt",
			[]string{"doc:file:d07.txt#n1 CITES doc:CTOC/COP/2022/12", "doc:file:d07.txt#n2 CITES doc:A/AC.291/22", "doc:file:d07.txt#n3 CITES doc:CTOC/COP/WG.3/2023/2"},
			[]string{"doc:file:d07.txt#n3 CITES doc:CTOC/COP/2022/12", "doc:file:d07.txt#n3 CITES doc:A/AC.291/22"}},
		{"family14 H2: the session named under the heading with its days and place", "family14/d02.txt",
			[]string{"session:cosp:10 place=亚特兰大"}, []string{"act:cosp:resolution:10/2 title=《联合国反腐败公约》缔约国会议第十届会议2023年12月11日至15日，亚特兰大"}},
		{"family14 H3: the body named after the number", "family14/d03.txt",
			[]string{"doc:file:d03.txt#n8 REFERS_TO act:ecosoc:resolution:2022/18"}, nil},
		{"family14 H4: the day under an Assembly resolution's heading, the bracket after it", "family14/d04.txt",
			[]string{"act:ga:resolution:78/229 date=2023-12-19", "act:ga:resolution:78/229 title=加强联合国预防犯罪和刑事司法方案，特别是其技术合作能力"}, nil},
		{"family14 H6: a closing with the day first and a meeting that is no plenary", "family14/d08.txt",
			[]string{"act:cnd:resolution:67/1 date=2024-03-22", "act:cnd:resolution:67/1 ADOPTED_IN meeting:cnd:67:7"}, []string{"act:cnd:resolution:67/1#pp4"}},
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

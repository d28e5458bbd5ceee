package loader

import "testing"

// The rules for family14's findings on the headings and closings of acts published alone,
// tried on texts of other bodies, numbers and phrasings than the reviewers'.

func TestFamily14HeadingsAndClosings(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"H6: the day, then a meeting of a commission",
			"第 33/4 号决议\n\n  预防犯罪和刑事司法委员会，\n  回顾大会第 75/194 号决议，\n  1. 请秘书处报告执行情况。\n\n  2025年5月23日\n  第11次会议\n",
			[]string{"act:ccpcj:resolution:33/4 date=2025-05-23", "act:ccpcj:resolution:33/4 meeting=11", "act:ccpcj:resolution:33/4 ADOPTED_IN meeting:ccpcj:33:11"},
			[]string{"act:ccpcj:resolution:33/4#pp2", "act:ccpcj:resolution:33/4#op2"}},
		{"H6: a sentence that ends with a meeting stays",
			"第 33/4 号决议\n\n  预防犯罪和刑事司法委员会，\n  回顾其第三十二届会议第 9 次会议\n  1. 请秘书处报告执行情况。\n",
			[]string{"act:ccpcj:resolution:33/4#pp1"}, []string{"act:ccpcj:resolution:33/4 meeting=9"}},
		{"H4: the day under the heading, the bracket of a plenary adoption",
			"第79/180号决议\n2024年12月17日大会决议\n[未经发交主要委员会而通过（A/79/L.33）]\n\n打击贩运人口\n\n 大会，\n 回顾其第 64/293 号决议，\n 1. 请秘书长提交报告。\n",
			[]string{"act:ga:resolution:79/180 date=2024-12-17", "act:ga:resolution:79/180 title=打击贩运人口"}, nil},
		{"H4: the title on the heading's line, the day and the bracket below",
			"77/232. 加强联合国预防犯罪和刑事司法方案\n2022年12月15日大会决议\n[根据第三委员会的报告（A/77/457）通过]\n\n 大会，\n 回顾其第 76/187 号决议，\n 1. 请秘书长提交报告。\n",
			[]string{"act:ga:resolution:77/232 date=2022-12-15", "act:ga:resolution:77/232 title=加强联合国预防犯罪和刑事司法方案"}, nil},
		{"H4: a title that names an act by its day stays whole",
			"77/233. 关于2019年12月18日大会决议的后续行动\n\n 大会，\n 回顾其第 76/187 号决议，\n 1. 请秘书长提交报告。\n",
			[]string{"act:ga:resolution:77/233 title=关于2019年12月18日大会决议的后续行动"}, []string{"act:ga:resolution:77/233 date=2019-12-18"}},
		{"H4: the Council's day, a committee's report",
			"第2024/15号决议\n2024年7月23日经济及社会理事会决议\n［根据预防犯罪和刑事司法委员会的建议（E/2024/30）通过］\n\n加强合作\n\n 经济及社会理事会，\n 回顾其第 2023/18 号决议，\n 1. 请秘书长提交报告。\n",
			[]string{"act:ecosoc:resolution:2024/15 date=2024-07-23", "act:ecosoc:resolution:2024/15 title=加强合作"}, nil},
		{"H2: the session under the heading, its days across a month",
			"第 11/3 号决议\n\n联合国打击跨国有组织犯罪公约缔约方会议第十一届会议\n2022年10月17日至11月2日，维也纳\n\n 缔约方会议，\n 回顾其第 10/1 号决议，\n 1. 请秘书处报告执行情况。\n",
			[]string{"session:cop:11 startDate=2022-10-17", "session:cop:11 endDate=2022-11-02", "session:cop:11 place=维也纳"},
			[]string{"act:cop:resolution:11/3 title=联合国打击跨国有组织犯罪公约缔约方会议第十一届会议2022年10月17日至11月2日，维也纳"}},
		{"H2: a title joined after the place is not the place",
			"第 11/4 号决议\n\n缔约方会议第十一届会议\n2022年10月17日至21日，维也纳\n\n加强打击贩运人口的国际合作\n\n 缔约方会议，\n 1. 请秘书处报告执行情况。\n",
			nil, []string{"session:cop:11 place=维也纳加强打击贩运人口的国际合作"}},
		{"H2: another session's days are not the act's",
			"第 11/3 号决议\n\n联合国打击跨国有组织犯罪公约缔约方会议第十届会议\n2020年10月12日至16日，维也纳\n\n 缔约方会议，\n 1. 请秘书处报告执行情况。\n",
			nil, []string{"session:cop:11 place=维也纳", "session:cop:10 place=维也纳"}},
		{"H3: the body after the number",
			"1. 一位代表呼吁各国执行第2019/23号经济及社会理事会决议和第 73/186 号大会决议。\n",
			[]string{"doc:file:f14.txt#n1 REFERS_TO act:ecosoc:resolution:2019/23", "doc:file:f14.txt#n1 REFERS_TO act:ga:resolution:73/186"}, nil},
		{"H3: no body's name after the number is no body",
			"1. 委员会注意到第 2019/23 号相关决议和第 2019/24 号决议。\n",
			nil, []string{"doc:file:f14.txt#n1 REFERS_TO act:ecosoc:resolution:2019/23"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "f14.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

func FuzzFamily14Heads(f *testing.F) {
	f.Add("第 33/4 号决议\n\n  委员会，\n  1. 请。\n\n  2025年5月23日\n  第11次会议\n")
	f.Add("第79/180号决议\n2024年12月17日大会决议\n[根据第三委员会的报告（A/79/459）通过]\n\n标题\n")
	f.Add("第 11/3 号决议\n\n缔约方会议第十一届会议\n2022年10月17日至11月2日，维也纳\n")
	f.Add("执行第2022/18号经济及社会理事会决议和第 1/2 号 大会 决定")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = Parse("f.txt", []byte(s))
		_ = closingNonPlenaryIndex(s)
		_ = adoptedOnLineEnd(s)
		_ = findActRefSpans(s)
		_, _, _ = datedTitleTail(s)
	})
}

package loader

import "testing"

// TestAnnotatedAgendaAtMargin: text taken from a PDF puts the headings of a provisional
// agenda with annotations at the margin, where the segmenter joins "临时议程" to the title
// above it, an item's heading to the first line of its annotation and "文件" to the first
// document it lists. The agenda and the documents under each item are read all the same;
// a title that ends with "临时议程" over numbered prose is no agenda.
func TestAnnotatedAgendaAtMargin(t *testing.T) {
	cases := []struct {
		name, text    string
		want, wantNot []string
	}{
		{"cnd", "E/CN.7/2027/1\n\n麻醉药品委员会\n第七十届会议\n2027年3月15日至19日，维也纳\n\n临时议程和说明\n\n临时议程\n\n" +
			"1. 选举主席团成员。\n2. 通过议程。\n3. 一般性辩论：\n (a) 部长级会议；\n (b) 专题讨论。\n4. 通过报告。\n\n说明\n\n" +
			"1. 选举主席团成员\n\n委员会将选举主席团成员。\n\n文件\n\n秘书处的说明（E/CN.7/2027/2）\n\n3. 一般性辩论\n\n(b) 专题讨论\n\n" +
			"文件\n\n秘书处的报告（E/CN.7/2027/4 和 Add.1）\n\n4. 通过报告\n\n委员会将通过其报告。\n",
			[]string{
				"session:cnd:70 HAS_AGENDA_ITEM agenda:cnd:70:3(b)",
				"agenda:cnd:70:4 title=通过报告",
				"doc:E/CN.7/2027/2 CONSIDERED_UNDER agenda:cnd:70:1",
				"doc:E/CN.7/2027/4/Add.1 CONSIDERED_UNDER agenda:cnd:70:3(b)",
			}, []string{"doc:E/CN.7/2027/4 CONSIDERED_UNDER agenda:cnd:70:3"}},
		// The heading runs on the session's line, an item's heading on its annotation and
		// on "文件" with its documents.
		{"cosp", "CAC/COSP/2027/1\n\n第十二届会议\n2027年12月6日至10日，多哈\n临时议程\n\n1. 组织事项：\n (a) 会议开幕；\n (b) 通过议程。\n" +
			"2. 预防措施。\n3. 资产追回。\n\n说明\n\n2. 预防措施\n缔约国会议将审议预防措施，并听取报告。\n\n文件\n秘书处的说明（CAC/COSP/2027/3）\n\n" +
			"3. 资产追回\n文件\n工作组的报告（CAC/COSP/WG.2/2027/2）\n",
			[]string{
				"agenda:cosp:12:1(b) title=通过议程",
				"doc:CAC/COSP/2027/3 CONSIDERED_UNDER agenda:cosp:12:2",
				"doc:CAC/COSP/WG.2/2027/2 CONSIDERED_UNDER agenda:cosp:12:3",
			}, nil},
		{"prose", "CAC/COSP/2027/5\n\n缔约国会议第十二届会议临时议程\n\n1. 根据第 11/1 号决议，秘书处编写了本说明。\n2. 会议将审议预防措施。\n",
			nil, []string{"agenda:cosp:12:1", "agenda:cosp:12:2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, c.name+".txt", c.text), c.want, c.wantNot)
		})
	}
}

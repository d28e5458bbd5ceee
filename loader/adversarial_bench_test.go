package loader

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkAdversarial parses one long paragraph of many triggers with no "。", at n and at
// 4n repetitions, for the readers that were once super-linear on such input (issue #3:
// linear in the input's size). Linear, the 4n case takes about four times the n case's
// time; each was 15 to 30 times before its fix. Compare the pairs' ns/op:
//
//	go test ./loader -run XXX -bench Adversarial -benchtime 3x -cpu 1
//
// Timings are the benchmark's, never a test's: a loaded machine would fail a timed test.
func BenchmarkAdversarial(b *testing.B) {
	const head = "关于 2024 年 5 月 28 日至 30 日在维也纳举行的枪支问题工作组会议的报告\n\n1. 工作组于 2024 年 5 月 28 日在维也纳举行会议。\n\n"
	benchAdversarial(b, head, []adversarialCase{
		// The statements' rune offsets counted from the paragraph's start for each speaker,
		// and each speaker's sentence read back to it (voteTiming, intersessionalMeeting).
		{"vote", "5. 在表决前，下列国家的代表作了解释投票的发言：", "中国、巴西、印度、", "。", 4000},
		{"intersessional", "5. 在 2025 年 2 月 24 日的闭会期间会议上，下列会员国的代表作了发言：", "中国、巴西、印度、", "。", 4000},
		// The paragraph's meeting and opening read again for each panelist and video message
		// (openers); each panel list's end searched over the whole paragraph (findPanelists).
		{"video messages", "5. ", "巴西外交部长 João Silva 通过视频致辞，", "。", 4000},
		{"panelists", "5. 小组成员有：", "Maria Souza（巴西）、", "。", 4000},
		{"panels", "5. ", "主持人是 B（巴西），小组成员为 A（中国）", "。", 4000},
		// pursuantBack read every mention of the text for each "该决议".
		{"named back", "5. ", "缔约方会议在其第 10/1 号决议中吁请。本说明根据该决议编写", "。", 3000},
		// findGroupActsOf read each group's clause back to the paragraph's start.
		{"groups of one clause", "5. 缔约方会议第 5/1 号决议决定", "法律事项工作组应继续", "存在。", 2000},
		// The role of each symbol read back to its sentence's start (textRoleBefore), and the
		// symbols inside each report's bracket sought among all of the sentence's
		// (findReportDrafts).
		{"symbols of one sentence", "5. ", "通过了本届会议报告（CTOC/COP/2024/L.1 和 Add.1-6）", "。", 1000},
		// Each bare group noun sought among all the groups named (withBareGroups), and the
		// report's own group's noun among all the entities and inserted (withOwnGroup).
		{"bare group nouns", "5. 缔约方会议第 5/1 号决议决定", "枪支问题工作组，工作组，", "应继续存在。", 2000},
		{"own group nouns", "5. 缔约方会议第 5/1 号决议决定", "中国、工作组、", "应继续存在。", 2000},
		// What each act asked, told one after another in one sentence (findReportedMandates),
		// and a body that asks sentence after sentence (subjectAsks).
		{"acts' requests of one sentence", "5. ", "缔约方会议在其第 10/1 号决议中请秘书处报告；", "。", 2000},
		{"a body's sentences", "5. 在第 3 次会议上，委员会审议了议程项目 2。", "委员会回顾了大会关于枪支的第 78/48 号决议，请秘书处报告。", "", 2000},
	})
}

// adversarialCase is one paragraph of a BenchmarkAdversarial: open, then each n times,
// then close.
type adversarialCase struct {
	name, open, each, close string
	n                       int
}

// benchAdversarial parses head and each case's paragraph at n and at 4n repetitions.
func benchAdversarial(b *testing.B, head string, cases []adversarialCase) {
	for _, c := range cases {
		for _, n := range []int{c.n, 4 * c.n} {
			data := []byte(head + c.open + strings.Repeat(c.each, n) + c.close + "\n")
			b.Run(fmt.Sprintf("%s/%d", c.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if _, err := Parse("long.txt", data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestSentenceRolesAsTextRoleBefore: reading a text's symbols' roles on from one to the
// next gives what textRoleBefore gives of the text before each.
func TestSentenceRolesAsTextRoleBefore(t *testing.T) {
	for _, text := range append(roleTexts(), "") {
		checkSentenceRoles(t, text)
	}
}

// FuzzSentenceRoles: sentenceRoles is textRoleBefore on any text, at its symbols and at
// every rune.
func FuzzSentenceRoles(f *testing.F) {
	for _, s := range roleTexts() {
		f.Add(s)
	}
	f.Fuzz(checkSentenceRoles)
}

func roleTexts() []string {
	return []string{
		"与会者名单载于 CTOC/COP/2012/INF/2。所涉方案预算问题的说明（CTOC/COP/2012/L.9）；根据第三委员会的报告（A/78/461）通过。",
		"根据第三委员会的建议，大会通过了 A/C.3/78/L.5。秘书处的说明（A/78/1）和所涉经费问题（A/78/2）。",
		"所涉方案预算问题的说明见 A/1；所涉财务问题见 E/2；委员会的报告 根据 A/3 与会者名单 A/4",
		strings.Repeat("通过了本届会议报告（CTOC/COP/2024/L.1 和 Add.1-6）", 40),
	}
}

func checkSentenceRoles(t *testing.T, text string) {
	r := sentenceRoles{text: text}
	_, ats := findSymbolsAt(text)
	for _, at := range ats {
		if got, want := r.before(at), textRoleBefore(text[:at]); got != want {
			t.Fatalf("%q at %d: %q, want %q", text, at, got, want)
		}
	}
	r = sentenceRoles{text: text}
	for at := range text {
		if got, want := r.before(at), textRoleBefore(text[:at]); got != want {
			t.Fatalf("%q at rune %d: %q, want %q", text, at, got, want)
		}
	}
}

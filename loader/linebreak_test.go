package loader

import (
	"strings"
	"testing"
)

// FuzzLastLineBreak checks lastLineBreak against strings.LastIndexByte, on texts long and
// short, with line breaks near their ends and far from them.
func FuzzLastLineBreak(f *testing.F) {
	long := strings.Repeat("缔约方会议，", 40)
	for _, s := range []string{"", "\n", "a\n", "\na", long, long + "\n", "\n" + long, long + "\n1. 组织事项：", "a\nb\n" + long} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastLineBreak(s), strings.LastIndexByte(s, '\n'); got != want {
			t.Fatalf("lastLineBreak(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzListMemo checks listMemo against listGoesOn and listNext, asked of two texts in turn.
func FuzzListMemo(f *testing.F) {
	for _, s := range []string{"", "\n", "通过了下列议程：\n1. 组织事项：\n2. 一般性辩论", "5. 会议\n", "12. x\n“3. y\n  4. z  \n", "a："} {
		f.Add(s, "1. a\n2. b", 2, 3)
		f.Add(s, s+"\n3. c", 1, 4)
	}
	f.Fuzz(func(t *testing.T, a, b string, n, k int) {
		var m listMemo
		for _, s := range []string{a, a, b, a, b, b} {
			if got, want := m.goesOn(s), listGoesOn(s); got != want {
				t.Fatalf("goesOn(%q) = %v, want %v", s, got, want)
			}
			for _, x := range []int{n, k, 1} {
				if got, want := m.next(s, x), listNext(s, x); got != want {
					t.Fatalf("next(%q, %d) = %v, want %v", s, x, got, want)
				}
			}
		}
	})
}

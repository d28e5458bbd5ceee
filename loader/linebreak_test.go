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

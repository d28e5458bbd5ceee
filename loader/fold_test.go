package loader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFoldedLines checks foldedLines against splitting the text folded whole.
func FuzzFoldedLines(f *testing.F) {
	for _, s := range []string{"", "\n", "第６４／２９３号\n\n", "\u3000\u3000缔约方会议，\n\u00a0Ａ．\nｘ", "a\nb\n", "\n１", "（ａ）\n，\n－"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got, want := foldedLines(nil, s, foldsIn(s)), strings.Split(strings.Map(foldRune, s), "\n")
		if len(got) != len(want) {
			t.Fatalf("foldedLines(%q) = %q, want %q", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("foldedLines(%q) = %q, want %q", s, got, want)
			}
		}
	})
}

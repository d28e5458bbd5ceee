package loader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Tests of the fast paths of the segmentation stage against the plain code they replace.

// FuzzIndentOf checks indentOf against strings.TrimLeft.
func FuzzIndentOf(f *testing.F) {
	f.Add(" \u3000\t缔约方会议")
	f.Add("\u3000")
	f.Add("  \u2028x")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indentOf(s), len(s)-len(strings.TrimLeft(s, " \t\u3000")); got != want {
			t.Fatalf("indentOf(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzTrimSpaceBlanks checks trimSpace on lines with blanks of every kind at their ends.
func FuzzTrimSpaceBlanks(f *testing.F) {
	f.Add(" \t", "缔约方会议，", "\u3000 ")
	f.Add("  ", "\u0085", "\v")
	f.Add("\r", "A/66/1", " \u00a0")
	f.Fuzz(func(t *testing.T, a, s, b string) {
		s = a + s + b
		if !utf8.ValidString(s) {
			return
		}
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

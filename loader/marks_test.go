package loader

import (
	"math/rand/v2"
	"strings"
	"testing"
)

var markSets = []string{"。；", "。；;", "，；。：", "。（，", "a"}

func checkMarks(t *testing.T, s string) {
	t.Helper()
	for _, chars := range markSets {
		if got, want := newRuneMarks(chars).lastIndex(s), lastIndexAny(s, chars); got != want {
			t.Fatalf("lastIndex(%q, %q) = %d, want %d", s, chars, got, want)
		}
	}
}

func TestRuneMarksFindWhatLastIndexAnyFinds(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	pieces := []string{"。", "；", ";", "，", "：", "（", "文", "a", " ", "\x82", "\x9b", "\xe3\x80", "\xbc", "𝄞", strings.Repeat("字", 5)}
	for range 50000 {
		var b strings.Builder
		for n := r.IntN(20); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkMarks(t, b.String())
	}
	checkMarks(t, string(readCorpus(t)))
}

func FuzzRuneMarks(f *testing.F) {
	f.Add("会议。回顾；其第 5/1 号决议，")
	f.Fuzz(func(t *testing.T, s string) {
		checkMarks(t, s)
	})
}

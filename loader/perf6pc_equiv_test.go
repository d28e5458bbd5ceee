package loader

import (
	"math/rand/v2"
	"testing"
)

// jointEnd and listJoinEnd stand in for jointRE and listJoinRE: each is compared with its
// regexp on the family's texts from every byte at which a symbol may end, and on texts
// made at random of the words the regexps read.

func checkJoinEnds(t *testing.T, s string) int {
	t.Helper()
	found := 0
	for _, c := range []struct {
		name string
		re   *anchoredRE
		end  func(string) int
	}{{"jointEnd", jointRE, jointEnd}, {"listJoinEnd", listJoinRE, listJoinEnd}} {
		want := -1
		if loc := c.re.FindStringIndex(s); loc != nil {
			want = loc[1]
			found++
		}
		if got := c.end(s); got != want {
			t.Fatalf("%s(%q) = %d, want %d", c.name, s, got, want)
		}
	}
	return found
}

func TestJoinEndsAsRE(t *testing.T) {
	found := 0
	for _, text := range familyTexts(t) {
		for i := 0; i < len(text); i++ {
			if isAlnum(text[i]) && (i+1 == len(text) || !isAlnum(text[i+1])) {
				found += checkJoinEnds(t, text[i+1:])
			}
		}
	}
	words := []string{" ", "\t", "-", "–", "—", "以及", "以", "及", "和", "与", "、", ",", "，", "and", "and ", "and\t", "an", "a",
		"nd", "Corr.1", "A/60/88", "x", "。", "\n"}
	r := rand.New(rand.NewPCG(6, 3))
	for range 300000 {
		found += checkJoinEnds(t, randomText(r, words, r.IntN(8)))
	}
	t.Logf("%d matches", found)
}

func FuzzJoinEndsAsRE(f *testing.F) {
	f.Add(" 和 Corr.1")
	f.Add("- CTOC/COP/2012/5")
	f.Add(", and Add.2")
	f.Fuzz(func(t *testing.T, s string) { checkJoinEnds(t, s) })
}

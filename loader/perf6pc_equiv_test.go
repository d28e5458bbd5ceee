package loader

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"copgraph/kg"
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

// indexAny and trimLeftAny stand in for strings.IndexAny and strings.TrimLeft on valid
// UTF-8, and on valid UTF-8 cut inside its last rune, as a phrase cut at a byte count is.
func checkAnyOf(t *testing.T, s, chars string) {
	t.Helper()
	if got, want := indexAny(s, chars), strings.IndexAny(s, chars); got != want {
		t.Fatalf("indexAny(%q, %q) = %d, want %d", s, chars, got, want)
	}
	if !utf8.ValidString(s) {
		return
	}
	if got, want := trimLeftAny(s, chars), strings.TrimLeft(s, chars); got != want {
		t.Fatalf("trimLeftAny(%q, %q) = %q, want %q", s, chars, got, want)
	}
}

var anyOfSets = []string{"，。：", "，。", "《》", "，；", "。，；：", "：:。；，\n", "“", " “", "“\"", "a", ""}

func TestAnyOfAsStrings(t *testing.T) {
	texts := familyTexts(t)
	words := []string{"，", "。", "：", ":", "；", "\n", "《", "》", "“", "\"", " ", "a", "议", "会", "\xef\xbc", "é", "😀"}
	r := rand.New(rand.NewPCG(6, 4))
	for range 100000 {
		texts = append(texts, randomText(r, words, r.IntN(10)))
	}
	for _, s := range texts {
		for _, chars := range anyOfSets {
			checkAnyOf(t, s, chars)
			if len(s) > 1 {
				checkAnyOf(t, s[:len(s)-1], chars) // cut inside its last rune, where it ends in one of more bytes
			}
		}
	}
}

func FuzzAnyOfAsStrings(f *testing.F) {
	f.Add("大会，请秘书长：", uint8(0))
	f.Add("“ “1. 请", uint8(6))
	f.Fuzz(func(t *testing.T, s string, k uint8) {
		if !utf8.ValidString(s) {
			return
		}
		checkAnyOf(t, s, anyOfSets[int(k)%len(anyOfSets)])
		if len(s) > 1 {
			checkAnyOf(t, s[:len(s)-1], anyOfSets[int(k)%len(anyOfSets)])
		}
	})
}

// bodyNamedBySearch is bodyNamed as it was: the last occurrence of each name in the tail of
// t that can hold one, the one that ends last winning.
func bodyNamedBySearch(t string) (kg.Body, bool) {
	end := len(t)
	for n := 0; n < 3 && end > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(t[:end])
		end -= size
	}
	maxLen := 0
	for _, bn := range bodyNames {
		maxLen = max(maxLen, len(bn.name))
	}
	from := max(0, end-maxLen)
	best, at := kg.Body(""), -1
	for _, bn := range bodyNames {
		if i := strings.LastIndex(t[from:], bn.name); i >= 0 && from+i+len(bn.name) > at {
			best, at = bn.body, from+i+len(bn.name)
		}
	}
	if at < end {
		return "", false
	}
	return best, true
}

func checkBodyNamed(t *testing.T, s string) bool {
	t.Helper()
	body, ok := bodyNamed(s)
	wantBody, wantOK := bodyNamedBySearch(s)
	if body != wantBody || ok != wantOK {
		t.Fatalf("bodyNamed(%q) = %q, %v, want %q, %v", s, body, ok, wantBody, wantOK)
	}
	return ok
}

func TestBodyNamedAsSearched(t *testing.T) {
	found := 0
	for _, text := range familyTexts(t) {
		for _, l := range strings.Split(text, "\n") {
			for _, s := range []string{l, strings.TrimSuffix(l, "，"), strings.TrimSuffix(l, "：")} {
				if checkBodyNamed(t, s) {
					found++
				}
			}
		}
	}
	words := []string{"，", "：", "》", "《公约》", "会", "议", "大", "国", "x", " "}
	for _, bn := range bodyNames {
		words = append(words, bn.name)
	}
	r := rand.New(rand.NewPCG(6, 5))
	for range 200000 {
		if checkBodyNamed(t, randomText(r, words, r.IntN(6))) {
			found++
		}
	}
	t.Logf("%d named", found)
}

func FuzzBodyNamedAsSearched(f *testing.F) {
	f.Add("《联合国打击跨国有组织犯罪公约》缔约方会议，")
	f.Add("联合国反腐败公约缔约国会议")
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.ValidString(s) {
			checkBodyNamed(t, s)
		}
	})
}

// FuzzDecodeRune checks decodeRune against utf8.DecodeRuneInString, on any bytes.
func FuzzDecodeRune(f *testing.F) {
	f.Add("，")
	f.Add("\xed\xa0\x80")
	f.Add("\xe0\x80\x80")
	f.Add("\xef\xbf\xbd")
	f.Fuzz(func(t *testing.T, s string) {
		r, n := decodeRune(s)
		wr, wn := utf8.DecodeRuneInString(s)
		if r != wr || n != wn {
			t.Fatalf("decodeRune(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
		}
	})
}

// FuzzDecodeLastRune checks decodeLastRune against utf8.DecodeLastRuneInString, on any
// bytes.
func FuzzDecodeLastRune(f *testing.F) {
	f.Add("，")
	f.Add("\xf0\xe4\x80\x80")
	f.Add("\xed\xa0\x80")
	f.Add("a\xbf\xbd")
	f.Fuzz(func(t *testing.T, s string) {
		r, n := decodeLastRune(s)
		wr, wn := utf8.DecodeLastRuneInString(s)
		if r != wr || n != wn {
			t.Fatalf("decodeLastRune(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
		}
	})
}

package loader

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// readKeywords stands in for contains(text, word) for each of its words, which stays its
// specification: compared on the family's paragraphs, on texts made at random of the words,
// their characters and characters that share an anchor's lookup (keywordsByRune) with them,
// and by FuzzKeywords.
func TestKeywordsAsContains(t *testing.T) {
	words := []string{"x", " ", "\n", "A/78/L.1", "é", "𠀀", "，", "。"}
	for _, w := range keywordWords {
		words = append(words, w.word)
		for _, r := range w.word {
			words = append(words, string(r))
			// The same low bits under another first byte: looked up as the anchor, and no
			// match.
			if b := []byte(string(r)); len(b) == 3 {
				for _, lead := range []byte{0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xef, 0xf0} {
					if c := append([]byte{lead}, b[1:]...); utf8.Valid(c) {
						words = append(words, string(c))
					}
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(11, 6))
	texts := familyTexts(t)
	for range 100000 {
		texts = append(texts, randomText(r, words, r.IntN(12)))
	}
	held := make([]int, len(keywordWords))
	for _, text := range texts {
		checkKeywords(t, text)
		for k, w := range keywordWords {
			if strings.Contains(text, w.word) {
				held[k]++
			}
		}
	}
	for k, n := range held {
		if n == 0 {
			t.Errorf("no text holds %q", keywordWords[k].word)
		}
	}
}

func FuzzKeywords(f *testing.F) {
	for _, w := range keywordWords {
		f.Add("在第 3 次会议上，" + w.word + "。")
	}
	f.Fuzz(func(t *testing.T, text string) {
		if utf8.ValidString(text) { // Decode makes every text valid
			checkKeywords(t, text)
		}
	})
}

func checkKeywords(t *testing.T, text string) {
	t.Helper()
	p := paragraph{text: text}
	readParagraphWords([]paragraph{p}) // a copy: p itself has no set
	if text != "" && !p.mayHold(1) {   // "" holds no word, set or none
		t.Fatalf("a paragraph with no set rules out a word")
	}
	ps := []paragraph{p}
	readParagraphWords(ps)
	for k, w := range keywordWords {
		if got, want := ps[0].mayHold(1<<k), contains(text, w.word); got != want {
			t.Fatalf("mayHold(%q) in %q = %v, want %v", w.word, text, got, want)
		}
	}
	// A rule that changes a paragraph's text leaves the set of the text read, which then
	// rules out nothing.
	q := ps[0]
	q.text += "x"
	if !q.mayHold(^keywords(0)) {
		t.Fatalf("a paragraph whose text changed rules out a word by the set of its former text")
	}
}

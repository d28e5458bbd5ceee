package loader

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"copgraph/kg"
)

// The gates and scans that stand in for the rules' plain searches must find what those
// find. These tests compare each with the search it replaces, as that was written: on the
// paragraphs of the corpus and of the family's documents at hand, and on texts made at
// random of the words the rules read.

// familyTexts returns the texts of the paragraphs, narrative and acts, of the corpus and of
// the documents of testdata.
func familyTexts(t *testing.T) []string {
	t.Helper()
	files := []string{corpusPath}
	more, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	files = append(files, more...)
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := Decode(data)
		if err != nil {
			continue
		}
		for p := range allParagraphs(segmentText(text)) {
			out = append(out, p.text)
		}
	}
	return out
}

// nearText returns a text near the one the pieces of template make: each piece kept, left
// out, or replaced by a word of words, and words put between them, at random.
func nearText(r *rand.Rand, template, words []string) string {
	var b strings.Builder
	for _, p := range template {
		switch r.IntN(12) {
		case 0:
		case 1:
			b.WriteString(words[r.IntN(len(words))])
		case 2:
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(p)
		default:
			b.WriteString(p)
		}
	}
	return b.String()
}

// findDraftsOfActsPlain is findDraftsOfActs as it was written, with a search for each of
// the words of its gate.
func findDraftsOfActsPlain(text string, body kg.Body) []draftOfAct {
	if !strings.Contains(text, "的决议草案") && !strings.Contains(text, "的决定草案") && !strings.Contains(text, "的订正") {
		return nil
	}
	var out []draftOfAct
	runes := runeOffsets{text: text}
	for _, m := range draftOfActRE.FindAllStringSubmatchIndex(text, -1) {
		syms := findSymbols(text[m[6]:m[7]])
		if len(syms) == 0 {
			continue
		}
		kind := kg.KindResolution
		if text[m[4]:m[5]] == "决定" {
			kind = kg.KindDecision
		}
		d := draftOfAct{act: kg.ActKey{Body: body, Kind: kind, Number: normNumber(text[m[2]:m[3]])}, draft: syms[0].symbol,
			start: runes.of(m[0]), end: runes.of(m[1]), quote: text[m[0]:m[1]]}
		if m[8] >= 0 {
			d.submitter = text[m[8]:m[9]]
		}
		out = append(out, d)
	}
	return out
}

func TestFindDraftsOfActsAsPlain(t *testing.T) {
	words := []string{"第", "第 ", "11/1", "29/1", " ", "号", "决议", "决定", "的", "订正", "草案", "决议草案", "（", "）",
		"CTOC/COP/2022/L.4", "E/CN.15/2020/L.3", "，", "该草案", "由", "秘鲁", "和", "法国", "提交", "。", "x"}
	r := rand.New(rand.NewPCG(5, 1))
	texts := familyTexts(t)
	template := []string{"在", "第 ", "11/1", " ", "号", "决议", "的", "订正", "决议", "草案", "（", "CTOC/COP/2022/L.4", "）",
		"，", "该草案", "由", "秘鲁", "和", "法国", "提交", "。"}
	for k := range 100000 {
		if k%2 == 0 {
			texts = append(texts, randomText(r, words, 1+r.IntN(30)))
		} else {
			texts = append(texts, randomText(r, words, r.IntN(5))+nearText(r, template, words)+randomText(r, words, r.IntN(5)))
		}
	}
	found := 0
	for _, text := range texts {
		got, want := findDraftsOfActs(text, kg.BodyCOP), findDraftsOfActsPlain(text, kg.BodyCOP)
		found += len(want)
		if !slices.Equal(got, want) {
			t.Fatalf("findDraftsOfActs(%q) = %v, want %v", text, got, want)
		}
	}
	t.Logf("%d drafts", found)
}

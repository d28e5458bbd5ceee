package loader

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"copgraph/kg"
)

// The tests of this file check that the hand-written readers of the references' rules find
// what the patterns they stand in for find: on the corpus, and on texts made of the
// patterns' tokens at random, which come near a match in every way.

// bodyBeforeByRE is bodyBefore as the patterns state it.
func bodyBeforeByRE(before string) (body kg.Body, at int, ok bool) {
	at = len(before)
	if m := dateEndRE.FindStringIndex(before); m != nil {
		at = m[0]
	}
	prefix := prefixRE
	if !strings.Contains(before, "题为") {
		prefix = untitledPrefixRE
	}
	loc := prefix.FindStringIndex(before)
	head := strings.TrimRight(before[:loc[0]], " ")
	for _, bn := range bodyNames {
		if strings.HasSuffix(head, bn.name) {
			return bn.body, len(head) - len(bn.name), true
		}
	}
	if strings.HasSuffix(head, "委员会") && !strings.HasSuffix(head, "全体委员会") {
		return commission, len(head) - len("委员会"), true
	}
	if strings.HasSuffix(head, "理事会") {
		return council, len(head) - len("理事会"), true
	}
	return "", at, false
}

// tailTokens are the pieces the texts before a reference are made of, at random.
var tailTokens = []string{"在", "其", "在其", " ", "\t", "\n", "\u3000", "2010", "201", "1", "12", "123", "年", "月", "日",
	"的", "题为", "“", "”", "\"", "大会", "委员会", "全体委员会", "理事会", "安全理事会", "经社理事会", "，", "。", "x", "联合国"}

func randomTail(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(14); n >= 0; n-- {
		b.WriteString(tailTokens[r.IntN(len(tailTokens))])
	}
	return b.String()
}

func checkTail(t *testing.T, before string) {
	t.Helper()
	tail := readTail(before)
	body, at, ok := bodyBefore(before, tail)
	wbody, wat, wok := bodyBeforeByRE(before)
	if body != wbody || at != wat || ok != wok {
		t.Fatalf("bodyBefore(%q) = %q %d %v, want %q %d %v", before, body, at, ok, wbody, wat, wok)
	}
	m := dateEndRE.FindStringSubmatchIndex(before)
	if tail.dated != (m != nil) || m != nil && !slices.Equal(tail.date[:], m) {
		t.Fatalf("readTail(%q).date = %v %v, want %v", before, tail.date, tail.dated, m)
	}
	if w := untitledPrefixRE.FindStringIndex(before)[0]; tail.prefix != w {
		t.Fatalf("readTail(%q).prefix = %d, want %d", before, tail.prefix, w)
	}
	if !tail.mayTitle && (titledRE.MatchString(before) || prefixRE.FindStringIndex(before)[0] != tail.prefix) {
		t.Fatalf("readTail(%q) rules out a title that matches", before)
	}
}

func TestReadTailFindsWhatThePatternsFind(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		checkTail(t, randomTail(r))
	}
	corpus := string(readCorpus(t))
	for i := 0; ; {
		j := strings.Index(corpus[i:], "第")
		if j < 0 {
			break
		}
		i += j
		checkTail(t, corpus[max(0, i-300):i])
		i += len("第")
	}
}

func FuzzReadTail(f *testing.F) {
	f.Add("大会在其 2010 年 10 月 22 日")
	f.Add("委员会题为“打击”的 2012年1月1日 ")
	f.Fuzz(func(t *testing.T, before string) {
		checkTail(t, before)
	})
}

// refTokens are the pieces references to acts are made of, at random.
var refTokens = []string{"第", " ", "\t", "1", "5", "12", "2012", "12345", "/", "／", "S-", "号", "决议", "决定", "和", "至", "、",
	"A", "B", "-", "(", "（", ")", "）", "年", "月", "日", "x", "号决议"}

func randomRef(r *rand.Rand, tokens []string) string {
	var b strings.Builder
	for n := r.IntN(10); n >= 0; n-- {
		b.WriteString(tokens[r.IntN(len(tokens))])
	}
	return b.String()
}

func checkRef(t *testing.T, s string) {
	t.Helper()
	if got, want := actRefAt(s), actRefAtRE.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("actRefAt(%q) = %v, want %v", s, got, want)
	}
	got, want := listItems(s), listItemRE.FindAllStringSubmatchIndex(s, -1)
	if len(got) != len(want) {
		t.Fatalf("listItems(%q) = %v, want %v", s, got, want)
	}
	for i := range got {
		if !slices.Equal(got[i], want[i]) {
			t.Fatalf("listItems(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestRefReadersFindWhatThePatternsFind(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		s := randomRef(r, refTokens)
		checkRef(t, s)
		checkRef(t, "第"+s)
		checkRef(t, "第"+s+"号决议")
		checkRef(t, "第 "+s+" 号 决定")
	}
	for _, p := range segmentText(string(readCorpus(t))).narrative {
		for _, loc := range actRefRE.FindAllStringSubmatchIndex(p.text, -1) {
			checkRef(t, p.text[loc[0]:loc[1]])
			checkRef(t, p.text[loc[2]:loc[3]])
		}
	}
}

func FuzzRefReaders(f *testing.F) {
	f.Add("第 5/1 号决议")
	f.Add("5/1")
	f.Fuzz(func(t *testing.T, s string) {
		checkRef(t, s)
	})
}

// maskQuotedByBuilder is maskQuoted as first written.
func maskQuotedByBuilder(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '“':
			depth++
		case r == '”' && depth > 0:
			depth--
		case depth > 0:
			b.WriteString(strings.Repeat("\x00", len(string(r))))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func checkRunes(t *testing.T, s string) {
	t.Helper()
	if got, want := maskQuoted(s), maskQuotedByBuilder(s); got != want {
		t.Fatalf("maskQuoted(%q) = %q, want %q", s, got, want)
	}
	for end := len(s); end > 0; end-- {
		if _, want := utf8.DecodeLastRuneInString(s[:end]); lastRuneSize(s[:end]) != want {
			t.Fatalf("lastRuneSize(%q) = %d, want %d", s[:end], lastRuneSize(s[:end]), want)
		}
	}
}

func TestRuneReadersReadAsUTF8Does(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"“", "”", "文", "a", " ", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xe0\x80\x80", "\xff", "\x80", "\xe6\x96", "𝄞", "é"}
	for range 50000 {
		var b strings.Builder
		for n := r.IntN(10); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkRunes(t, b.String())
	}
}

func FuzzRuneReaders(f *testing.F) {
	f.Add("回顾“题为“X”的”决议")
	f.Fuzz(func(t *testing.T, s string) {
		checkRunes(t, s)
	})
}

// TestBodyNamesEndAsBodyBeforeExpects checks the gate of bodyBefore: every name it looks
// for ends with 会 or 议.
func TestBodyNamesEndAsBodyBeforeExpects(t *testing.T) {
	names := []string{"委员会", "理事会"}
	for _, bn := range bodyNames {
		names = append(names, bn.name)
	}
	for _, n := range names {
		if !strings.HasSuffix(n, "会") && !strings.HasSuffix(n, "议") {
			t.Errorf("bodyBefore's gate leaves out %q", n)
		}
	}
}

package loader

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// adoptedTokens are the pieces of adoptedRE's matches, and what comes near them.
var adoptedTokens = []string{"在", " ", "\n", "2012", "12345", "年", "10", "1", "123", "月", "19", "日", "举行的", "第", "次",
	"全体", "会议上，", "会议上", "（闭幕会议）", "会议", "上，", "，", "。", "（", "）", "通过了", "决议", "决定", "草案", "CTOC/COP/2012/L.4", "L.4",
	"缔约方会议", "一份", "该", strings.Repeat("文", 15), strings.Repeat("字", 58), strings.Repeat("长", 77), "\xff", "x"}

func checkAdopted(t *testing.T, s string) {
	t.Helper()
	got, want := adoptedMatches(s), adoptedRE.FindAllStringSubmatchIndex(s, -1)
	if len(got) != len(want) {
		t.Fatalf("adoptedMatches(%q) = %v, want %v", s, got, want)
	}
	for i := range got {
		if !slices.Equal(got[i], want[i]) {
			t.Fatalf("adoptedMatches(%q) = %v, want %v", s, got, want)
		}
	}
}

// adoptedParts are the parts of a match in order, each with its variants: a text made of
// one variant of each, some left out or taken from adoptedTokens, comes near a match.
var adoptedParts = [][]string{
	{"", "x", "。", "，"},
	{"在", "在 "},
	{"", "2012 年 ", "2012年", "201 年", "12345年"},
	{"10 月 ", "1月", "123月"},
	{"19 日", "9日", "123 日"},
	{"", " 举行的", "举行的"},
	{"第 10 次", "第1次", "第 1234 次", "第次"},
	{"", "全体"},
	{"会议上，", "会议上", "会议（闭幕会议）上，", "会议（ 开幕全体会议）上，", "会议（闭幕）上，"},
	{"", "缔约方会议", strings.Repeat("文", 19), strings.Repeat("文", 21), "，", "（"},
	{"通过了"},
	{"", "一份", "由南非（代表非洲国家）提交的", "（" + strings.Repeat("字", 61) + "）", "。", "（", "决议", "通过了"},
	{"决议", "决定", "决"},
	{"草案", "案"},
	{"", " ", "  "},
	{"（CTOC/COP/2012/L.4）", "（L.4）", "（L4）", "（" + strings.Repeat("长", 81) + "）", "（CTOC/COP/2012/L.4", "(L.4)"},
	{"", "。", "，并通过了决定草案（E/CN.15/L.2）", "通过了决议草案（A/B/C/1）"},
}

func randomAdopted(r *rand.Rand) string {
	var b strings.Builder
	for _, vs := range adoptedParts {
		switch k := r.IntN(20); {
		case k == 0:
			continue
		case k == 1:
			b.WriteString(adoptedTokens[r.IntN(len(adoptedTokens))])
		}
		b.WriteString(vs[r.IntN(len(vs))])
	}
	return b.String()
}

func TestAdoptedMatchesFindsWhatTheRegexpFinds(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 15000 {
		var b strings.Builder
		for n := r.IntN(16); n >= 0; n-- {
			b.WriteString(adoptedTokens[r.IntN(len(adoptedTokens))])
		}
		checkAdopted(t, b.String())
		checkAdopted(t, randomAdopted(r)+randomAdopted(r))
	}
	for _, s := range []string{
		"在 2012 年 10 月 19 日第 10 次会议上，缔约方会议通过了一份订正决议草案（CTOC/COP/2012/L.4/Rev.2）",
		"在 11 月 6 日举行的第 9 次全体会议上，委员会通过了由主席（代表主席团）提交的决定草案（E/CN.15/2013/L.2）。",
	} {
		checkAdopted(t, s)
	}
	for _, p := range segmentText(string(readCorpus(t))).narrative {
		checkAdopted(t, p.text)
	}
}

func FuzzAdoptedMatches(f *testing.F) {
	f.Add("在 2012 年 10 月 19 日第 10 次会议上，缔约方会议通过了一份订正决议草案（CTOC/COP/2012/L.4/Rev.2）")
	f.Fuzz(func(t *testing.T, s string) {
		checkAdopted(t, s)
	})
}

// textAtTokens are the pieces of textAtRE's matches, and what comes near them.
var textAtTokens = []string{"（案文见", "（案文见第一章，A 节，", "第", "第一章", "第S", "第 S-26/2", " ", "6/1", "6 / 1", "49/35 A", "49/35 AB", "1373（2001）", "1373 (2001)",
	"号", "决议", "决定", "。", "）", "（", "x", strings.Repeat("文", 29), "A", "B-C", "S-26/2"}

func checkTextAt(t *testing.T, s string) {
	t.Helper()
	if got, want := textAtIn(s), textAtRE.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("textAtIn(%q) = %v, want %v", s, got, want)
	}
	got, want := textAtAll(s), textAtRE.FindAllStringSubmatchIndex(s, -1)
	if len(got) != len(want) {
		t.Fatalf("textAtAll(%q) = %v, want %v", s, got, want)
	}
	for i := range got {
		if !slices.Equal(got[i], want[i]) {
			t.Fatalf("textAtAll(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTextAtFindsWhatTheRegexpFinds(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	hits := 0
	for range 100000 {
		var b strings.Builder
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(textAtTokens[r.IntN(len(textAtTokens))])
		}
		notes := []string{"（案文见第 6/1 号决议。）", "（案文见第一章，A 节，第 6/3 号决定）", "（案文见第一章第 6/3号 决议。。）", ""}
		b.WriteString(notes[r.IntN(len(notes))])
		checkTextAt(t, b.String())
		if textAtIn(b.String()) != nil {
			hits++
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d texts hold a match", hits)
	}
	for _, p := range segmentText(string(readCorpus(t))).narrative {
		checkTextAt(t, p.text)
	}
}

func FuzzTextAt(f *testing.F) {
	f.Add("（案文见第一章，A 节，第 6/1 号决议。）")
	f.Fuzz(func(t *testing.T, s string) {
		checkTextAt(t, s)
	})
}

// namesTokens are the pieces of submittedRE's and sponsorsRE's matches, and what comes near
// them.
var namesTokens = []string{"由", "通过了", "审议了", "一份", "一项", "南非", "主席", "（代表非洲国家）", "（", "）", "提交的", "提交",
	"，", "。", " ", "  ", "：", ":", "提案", "国", "方", "为", "是", "提案国为", "哥斯达黎加、美国", "x", "\xff",
	strings.Repeat("文", 40), strings.Repeat("字", 79), strings.Repeat("长", 299), "\n"}

func checkNames(t *testing.T, s string) {
	t.Helper()
	if got, want := submittedIn(s), submittedRE.FindStringSubmatch(s); !slices.Equal(got, want) {
		t.Fatalf("submittedIn(%q) = %q, want %q", s, got, want)
	}
	if got, want := sponsorsIn(s), sponsorsRE.Regexp.FindStringSubmatch(s); !slices.Equal(got, want) {
		t.Fatalf("sponsorsIn(%q) = %q, want %q", s, got, want)
	}
}

func TestNamesFindWhatTheRegexpsFind(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	submitted, sponsored := 0, 0
	for range 40000 {
		var b strings.Builder
		for n := r.IntN(14); n >= 0; n-- {
			b.WriteString(namesTokens[r.IntN(len(namesTokens))])
		}
		s := b.String()
		checkNames(t, s)
		if submittedIn(s) != nil {
			submitted++
		}
		if sponsorsIn(s) != nil {
			sponsored++
		}
	}
	if submitted < 500 || sponsored < 500 {
		t.Fatalf("only %d and %d texts hold a match", submitted, sponsored)
	}
	for _, p := range segmentText(string(readCorpus(t))).narrative {
		checkNames(t, p.text)
	}
}

func FuzzNames(f *testing.F) {
	f.Add("由南非（代表非洲国家）提交的决议草案。该草案的提案国为：哥斯达黎加、美国。")
	f.Fuzz(func(t *testing.T, s string) {
		checkNames(t, s)
	})
}

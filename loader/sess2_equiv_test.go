package loader

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The second round's matchers of the sessions stage, each held to what it replaces.

// cutBracketsByRune is cutBrackets as it was: the name read and copied rune by rune.
func cutBracketsByRune(name string) (string, string) {
	var (
		b      strings.Builder
		behalf string
		depth  int
		open   int
	)
	for i, r := range name {
		switch r {
		case '（', '(':
			if depth == 0 {
				open = i + utf8.RuneLen(r)
			}
			depth++
		case '）', ')':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 {
				if inner := strings.TrimSpace(name[open:i]); strings.HasPrefix(inner, "代表") && behalf == "" {
					behalf = singleSpaced(strings.TrimPrefix(inner, "代表"))
				}
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String(), behalf
}

// speakerWords are the pieces of the random lists and names the tests read.
var speakerWords = []string{"（", "）", "(", ")", "代表", "代表 ", " 77 国集团", "和", "和平", "以及", "及", "以", "、", "，", ",", "：", "；", " ", "  ", "\t", "\n",
	"\u00a0", "\u3000", "\u2003", "\u0085", "\u205f", "德国", "法国", "美利坚合众国", "波斯尼亚和黑塞哥维那", "联合国毒品和犯罪问题办公室", "观察员", "的代表", "x", "ab", "…", "“"}

func TestCutBracketsAsByRune(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 100000 {
		text := randomText(r, speakerWords, r.IntN(12))
		gotName, gotBehalf := cutBrackets(text)
		wantName, wantBehalf := cutBracketsByRune(text)
		if gotName != wantName || gotBehalf != wantBehalf {
			t.Fatalf("cutBrackets(%q) = %q, %q, want %q, %q", text, gotName, gotBehalf, wantName, wantBehalf)
		}
	}
}

func TestSpaceHelpersAsUnicode(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 100000 {
		text := randomText(r, speakerWords, r.IntN(8))
		if got, want := trimRightSpace(text), strings.TrimRightFunc(text, unicode.IsSpace); got != want {
			t.Fatalf("trimRightSpace(%q) = %q, want %q", text, got, want)
		}
		if got, want := hasSpace(text), strings.IndexFunc(text, unicode.IsSpace) >= 0; got != want {
			t.Fatalf("hasSpace(%q) = %v, want %v", text, got, want)
		}
		for i := range len(text) {
			want := 0
			if r, size := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				want = size
			}
			if got := spaceAt(text, i); got != want {
				t.Fatalf("spaceAt(%q, %d) = %d, want %d", text, i, got, want)
			}
			want = 0
			if r, size := utf8.DecodeLastRuneInString(text[:i+1]); unicode.IsSpace(r) {
				want = size
			}
			if got := trailingSpace(text[:i+1]); got != want {
				t.Fatalf("trailingSpace(%q) = %d, want %d", text[:i+1], got, want)
			}
		}
		he := strings.HasPrefix(text, "和") && !opensHeWord(text)
		if n := joinPrefix(text); n != 0 && !strings.HasPrefix(text, "以及") && !he && !strings.HasPrefix(text, "及") ||
			n == 0 && (strings.HasPrefix(text, "以及") || he || strings.HasPrefix(text, "及")) {
			t.Fatalf("joinPrefix(%q) = %d", text, n)
		}
		for _, sub := range []string{"听取了", "和", "代表", "x"} {
			if got, want := lastIndex(text, sub), strings.LastIndex(text, sub); got != want {
				t.Fatalf("lastIndex(%q, %q) = %d, want %d", text, sub, got, want)
			}
		}
	}
	// Every rune unicode.IsSpace reports, alone and after a Chinese character.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsSpace(r) {
			continue
		}
		for _, s := range []string{string(r), "中" + string(r), "中文字" + string(r)} {
			if trailingSpace(s) != utf8.RuneLen(r) || spaceAt(s, len(s)-utf8.RuneLen(r)) != utf8.RuneLen(r) || !hasSpace(s) {
				t.Fatalf("the space %U is missed in %q", r, s)
			}
		}
	}
}

// TestMaySpace holds maySpace to its bytes: true for a word with any of them, at any place,
// and false for words of Chinese text without them.
func TestMaySpace(t *testing.T) {
	for c := range 256 {
		want := c < 0x21 || c == 0xC2 || c >= 0xE0 && c <= 0xE3
		for k := range 8 {
			w := []byte("中文字x")[:8]
			copy(w, "中文字x")
			w[k] = byte(c)
			if got := maySpace(load64(string(w))); want && !got {
				t.Fatalf("maySpace misses byte %#x at %d", c, k)
			}
		}
	}
	if maySpace(load64("中文字xy")) {
		t.Fatal("maySpace: a Chinese word holds none of its bytes")
	}
}

func TestHoldsBracketByte(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 100000 {
		text := randomText(r, speakerWords, r.IntN(10))
		want := strings.ContainsAny(text, "()") || strings.IndexByte(text, 0xEF) >= 0
		if got := holdsBracketByte(text); got != want {
			t.Fatalf("holdsBracketByte(%q) = %v, want %v", text, got, want)
		}
	}
	// Each byte at each place of a text of nine bytes: in the word tested eight at a time
	// and in the byte after it.
	for c := range 256 {
		for k := range 9 {
			w := []byte("中文字")
			w[k] = byte(c)
			want := c == '(' || c == ')' || c == 0xEF
			if got := holdsBracketByte(string(w)); got != want {
				t.Fatalf("holdsBracketByte(% x) = %v, want %v", w, got, want)
			}
		}
	}
}

func TestTrimItemTitleAsTrimRight(t *testing.T) {
	words := []string{"；", "：", "。", ";", ":", ".", " ", "组织事项", "选举主席团成员", "，", "\u3000", "\xef\xbc", "\x9b", "x"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 100000 {
		text := randomText(r, words, r.IntN(8))
		if got, want := trimItemTitle(text), strings.TrimRight(text, "；：。;:. "); got != want {
			t.Fatalf("trimItemTitle(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestMayTellAdoption(t *testing.T) {
	words := []string{"草", "案", "文", "见", "草案", "案文见", "方案", "x", "。", "\xa1", "\xe6\xa1"}
	r := rand.New(rand.NewPCG(15, 16))
	for range 100000 {
		text := randomText(r, words, r.IntN(8))
		if got, want := mayTellAdoption(text), strings.Contains(text, "草案") || strings.Contains(text, "案文见"); got != want {
			t.Fatalf("mayTellAdoption(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestAdoptedByNumberMatchesAsRE(t *testing.T) {
	words := []string{"通过了", "通过了 ", "通过", "了", " ", "\t", "\n", "\v", "第", "第 ", "6/1", "6/2 至 6/4", "27/6", "号", "号 ", "决议", "决定", "。", "（",
		"，", "、", "和", "委员会", "x", "通过了第", "号决议", "号决定"}
	r := rand.New(rand.NewPCG(17, 18))
	found := 0
	for range 100000 {
		text := randomText(r, words, r.IntN(14))
		got, want := adoptedByNumberMatches(text), adoptedByNumberRE.FindAllStringSubmatchIndex(text, -1)
		if len(got) != len(want) || len(got) > 0 && !equalMatches(got, want) {
			t.Fatalf("adoptedByNumberMatches(%q) = %v, want %v", text, got, want)
		}
		found += len(want)
	}
	if found < 1000 {
		t.Fatalf("only %d matches in the random texts", found)
	}
	// A list longer than the pattern's bound of 80 characters between 第 and 号.
	long := "通过了第 " + strings.Repeat("6/1、", 30) + "6/9 号决议，又通过了第 6/10 号决定"
	if got, want := adoptedByNumberMatches(long), adoptedByNumberRE.FindAllStringSubmatchIndex(long, -1); !equalMatches(got, want) {
		t.Fatalf("adoptedByNumberMatches(%q) = %v, want %v", long, got, want)
	}
}

func TestSaysSpanAsContainsAny(t *testing.T) {
	words := []string{"至", "-", "–", "—", "10 月", "15 日", "和", "、", " ", "x", "\xe2\x80", "\x93"}
	r := rand.New(rand.NewPCG(19, 20))
	for range 50000 {
		text := randomText(r, words, r.IntN(6))
		if !utf8.ValidString(text) {
			continue // the loader's texts are valid UTF-8
		}
		if got, want := saysSpan(text), strings.ContainsAny(text, "至-–"); got != want {
			t.Fatalf("saysSpan(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestKnownPrefixTrimsAsTrimLeftFunc(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for range 50000 {
		text := randomText(r, speakerWords, r.IntN(6))
		want := 0
		if _, _, rest, ok := speakerActor(strings.TrimLeftFunc(text, unicode.IsSpace)); ok {
			want = len(text) - len(rest)
		}
		if got := knownPrefix(text); got != want {
			t.Fatalf("knownPrefix(%q) = %d, want %d", text, got, want)
		}
	}
}

// findSpeakersBySentence is findSpeakers as it was: every sentence cut out, and read where
// namesStatement finds a statement in it.
func findSpeakersBySentence(text string) []speaker {
	if !strings.Contains(text, "发言") && !strings.Contains(text, "发了言") { // G15: "…行使答辩权发了言"
		return nil
	}
	var (
		out  []speaker
		kind = "statement"
	)
	for from := 0; from < len(text); {
		end := indexBy(text[from:], "。", len("。")-1)
		if end < 0 {
			end = len(text)
		} else {
			end += from
		}
		sent := text[from:end]
		if namesStatement(sent) {
			out = appendStatementClauses(out, text, from, end, &kind) // a sentence's clauses, as findSpeakers reads them
		}
		from = end + len("。")
	}
	return out
}

// namesStatement reports whether a sentence speaks of a statement, not only of speakers in
// general ("几位发言者…").
func namesStatement(sent string) bool {
	at, _ := nextStatement(sent, 0)
	return at >= 0
}

func TestFindSpeakersAsBySentence(t *testing.T) {
	words := []string{"。", "发言", "发言者", "发言时", "发了言", "发了", "言", "发", "作了发言", "的代表作了发言", "发言的有：", "发言的还有",
		"德国", "法国", "和", "、", "，", "日本", "观察员", "开幕", "介绍性", "也", " ", "听取了", "的发言", "x"}
	r := rand.New(rand.NewPCG(23, 24))
	found := 0
	for range 50000 {
		text := randomText(r, words, r.IntN(16))
		got, want := findSpeakers(text), findSpeakersBySentence(text)
		if len(got) != len(want) {
			t.Fatalf("findSpeakers(%q) = %v, want %v", text, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("findSpeakers(%q) = %v, want %v", text, got, want)
			}
		}
		found += len(want)
	}
	if found < 1000 {
		t.Fatalf("only %d speakers in the random texts", found)
	}
}

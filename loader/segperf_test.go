package loader

import (
	"slices"
	"strings"
	"testing"
	"unicode"
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

// FuzzFootnoteLine checks footnoteLine against footnoteRE, which defines it.
func FuzzFootnoteLine(f *testing.F) {
	for _, s := range []string{"1 联合国，《条约汇编》。", "12  x", "1234 x", "** 本文件", "*本文件", "****x", "* *x",
		"3\t", "7 a\nb", "1 \xff", "", "*", "12", "(1) x", "** ", "001 x", "1\n2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		digits, stars, text, ok := footnoteLine(s)
		m := footnoteRE.FindStringSubmatch(s)
		if ok != (m != nil) || ok && (digits != m[1] || stars != m[2] || text != m[3]) {
			t.Fatalf("footnoteLine(%q) = %q, %q, %q, %v; footnoteRE gives %q", s, digits, stars, text, ok, m)
		}
	})
}

// FuzzSuperscriptNoteLine checks superscriptNoteLine against footnoteLine on the line with
// its superscript digits spelled in ASCII and a space after them, which it reads as the same.
func FuzzSuperscriptNoteLine(f *testing.F) {
	for _, s := range []string{"¹ 见CTOC/COP/2022/12。", "¹²另见A/AC.291/22。", "⁴⁵⁶⁷ x", "⁰", "³*x", "² a\nb", "\xc2", "\xe2\x81", "\xe2\x81\xb1 x", "x¹"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		digits, text, ok := superscriptNoteLine(s)
		i, plain := 0, ""
		for {
			d, size := superscriptDigit(s[i:])
			if size == 0 {
				break
			}
			plain, i = plain+string(d), i+size
		}
		wantDigits, _, wantText, wantOK := footnoteLine(plain + " " + s[i:])
		if plain == "" || s[i:] == "" {
			wantOK = false
		}
		if ok != wantOK || ok && (digits != wantDigits || text != wantText) {
			t.Fatalf("superscriptNoteLine(%q) = %q, %q, %v; want %q, %q, %v", s, digits, text, ok, wantDigits, wantText, wantOK)
		}
	})
}

// FuzzLeadRune checks leadRune against utf8.DecodeRuneInString.
func FuzzLeadRune(f *testing.F) {
	for _, s := range []string{"第", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbf\xbd", "\xe1\x80", "a", "（a）", "\xf0\x9f\x98\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return
		}
		if got, want := leadRune(s), []rune(s)[0]; got != want {
			t.Fatalf("leadRune(%q) = %U, want %U", s, got, want)
		}
	})
}

// FuzzFirstRunes checks the bits of the sets of first runes against their ranges.
func FuzzFirstRunes(f *testing.F) {
	for _, s := range []string{"第 6/1 号决议", "㈠", "ⅻ", "（a）", "12. 请", "A. 决议", "附件", "回顾", "\xff", "", "_____", "*123*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, set := range []*firstRunes{blockOpenerStart, actHeadStart, closerStart, furnitureStart} {
			if got, want := set.begins(s), set.set.begins(s); got != want {
				t.Fatalf("begins(%q) = %v, its ranges say %v", s, got, want)
			}
		}
	})
}

// FuzzSegmentHelpers checks the fast paths of segment against the code they stand for.
func FuzzSegmentHelpers(f *testing.F) {
	for _, s := range []string{"二. 组织事项", " 第二章组织事项", "A.  会议开幕", "第二章\u3000x", "a\u00a0b", "“1. 请", "“\"“(a)",
		"\xe3\xe3\x80\x80", "2011 年 12 月 19 日第 89 次全体会议 \t", "第 62 次全体会议 2000 年 11 月 15 日", "x日\n", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := spacesFolded(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Fatalf("spacesFolded(%q) = %v, want %v", s, got, want)
		}
		if got, want := trimOpeningQuotes(s), strings.TrimLeft(s, "“\""); got != want {
			t.Fatalf("trimOpeningQuotes(%q) = %q, want %q", s, got, want)
		}
		if got, want := closingIndex(s), closingRE.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("closingIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := closingMeetingFirstIndex(s), closingMeetingFirstRE.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("closingMeetingFirstIndex(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzScanUTF8InText checks scanUTF8 on bytes set in Chinese text at any offset, where its
// test of four runes at a time meets them.
func FuzzScanUTF8InText(f *testing.F) {
	f.Add([]byte("\xef\xbf\xbd"), uint16(7))
	f.Add([]byte("\xed\xa0\x80"), uint16(30))
	f.Add([]byte("\xe0\xa0\x80\x01"), uint16(12))
	f.Add([]byte("\xe4\xb8"), uint16(0))
	f.Add([]byte("\xc2\x85"), uint16(99))
	f.Fuzz(func(t *testing.T, in []byte, at uint16) {
		text := []byte("《联合国打击跨国有组织犯罪公约》缔约方会议，回顾其题为“确保有效实施”的决议，铭记促进普遍批准和充分实施")
		k := int(at) % (len(text) + 1)
		data := append(append(append([]byte(nil), text[:k]...), in...), text[k:]...)
		valid, mayHold := scanUTF8(data)
		if valid != utf8.Valid(data) {
			t.Fatalf("scanUTF8(%q) says valid %v", data, valid)
		}
		if valid && mayHold != mayHoldNonText(string(data)) {
			t.Fatalf("scanUTF8(%q) says it may hold non-text: %v", data, mayHold)
		}
	})
}

// TestFoldNeedles checks that every rune foldRune changes begins with one of foldNeedles.
func TestFoldNeedles(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if foldRune(r) == r {
			continue
		}
		if !slices.ContainsFunc(foldNeedles[:], func(n string) bool { return strings.HasPrefix(string(r), n) }) {
			t.Errorf("%U folds but begins with none of foldNeedles", r)
		}
	}
}

// FuzzHeads checks isChapterHead and isSectionHead against chapterRE and sectionRE.
func FuzzHeads(f *testing.F) {
	for _, s := range []string{"二. 组织事项", "十一、 x", "一二三", "一 .", "一 . ", "第 二 章", "第二章组织", "第章", "第 十一", "A. 决议", "B 、 《公约》",
		"C.“", "D. a", "A.", "二.\xff", "一\u3000.x", "第\xe4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isChapterHead(s), chapterRE.MatchString(s); got != want {
			t.Fatalf("isChapterHead(%q) = %v, want %v", s, got, want)
		}
		if got, want := isSectionHead(s), sectionRE.MatchString(s); got != want {
			t.Fatalf("isSectionHead(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzLineBreak checks lastRune against utf8.DecodeLastRuneInString, and lineBreak against
// its plain form.
func FuzzLineBreak(f *testing.F) {
	for _, s := range []string{"Khaled", "Shamaa", "第", "é", "\xed\x9f\xbf", "a\xe4\xb8", "CTO", "C/COP/2012/12", "Ǆa", "ǅ"} {
		f.Add(s, s)
	}
	f.Add("Khaled", "Shamaa")
	f.Add("é", "Éa")
	f.Fuzz(func(t *testing.T, a, b string) {
		if a != "" {
			if got, want := lastRune(a), []rune(a)[len([]rune(a))-1]; utf8.ValidString(a) && got != want {
				t.Fatalf("lastRune(%q) = %U, want %U", a, got, want)
			}
			if want, _ := utf8.DecodeLastRuneInString(a); lastRune(a) != want {
				t.Fatalf("lastRune(%q) = %U, want %U", a, lastRune(a), want)
			}
		}
		last, _ := utf8.DecodeLastRuneInString(a)
		first, n := utf8.DecodeRuneInString(b)
		second, _ := utf8.DecodeRuneInString(b[n:])
		want := ""
		if a != "" && b != "" && isLetter(last) && isLetter(first) && (unicode.IsLower(last) || len(b) > n && unicode.IsLower(second)) ||
			twoSymbols(a, b) || symbolThenDate(a, b) {
			want = " "
		}
		if got := lineBreak(a, b); got != want {
			t.Fatalf("lineBreak(%q, %q) = %q, want %q", a, b, got, want)
		}
	})
}

// TestWideSpace checks wideSpace against unicode.IsSpace beyond ASCII.
func TestWideSpace(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= utf8.MaxRune; r++ {
		if wideSpace(r) != unicode.IsSpace(r) {
			t.Errorf("wideSpace(%U) = %v", r, wideSpace(r))
		}
	}
}

// FuzzCountRunes checks countRunes against runeLen.
func FuzzCountRunes(f *testing.F) {
	f.Add("《联合国打击跨国有组织犯罪公约》缔约方会议，回顾其题为“确保有效实施”的决议 2012 年")
	f.Add("\x80\xbf\xc0\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countRunes(s), runeLen(s); got != want {
			t.Fatalf("countRunes(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzHeadGates checks the gated heading tests against their patterns.
func FuzzHeadGates(f *testing.F) {
	for _, s := range []string{"决议草案一", "决定草案二：标题", "决议", "其他决定", "决议和决定", "决议 ", "附件", "附件 三", "附件三x", "决议草案 \u3000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isDraftHead(s) != draftHeadRE.MatchString(s) || isPartHead(s) != partHeadRE.MatchString(s) || isAnnexHead(s) != annexHeadRE.MatchString(s) {
			t.Fatalf("%q: draft %v, part %v, annex %v", s, isDraftHead(s), isPartHead(s), isAnnexHead(s))
		}
	})
}

// FuzzMarkerRunAt checks markerRunAt against reading every run of digits, as takeMarkers did.
func FuzzMarkerRunAt(f *testing.F) {
	f.Add("2012 年 10 月 15 日的决议12，议定书1", byte(1), byte(1), byte(1))
	f.Add("第 2225、2237 卷9", byte(9), byte(1), byte(10))
	f.Add("1", byte(1), byte(10), byte(10))
	f.Fuzz(func(t *testing.T, s string, a, b, c byte) {
		digit := func(x byte) byte { // a digit, or 0 for none, as markerFirsts gives
			if x%11 == 10 {
				return 0
			}
			return '0' + x%11
		}
		firsts := [3]byte{digit(a), digit(b), digit(c)}
		want := -1
		for i := 0; i < len(s); {
			k := indexDigit(s[i:])
			if k < 0 {
				break
			}
			if i += k; slices.Contains(firsts[:], s[i]) {
				want = i
				break
			}
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
		}
		if got := markerRunAt(s, firsts); got != want {
			t.Fatalf("markerRunAt(%q, %q) = %d, want %d", s, firsts, got, want)
		}
	})
}

// FuzzFurniture checks isSeparator and the gates of isFurniture against the patterns.
func FuzzFurniture(f *testing.F) {
	for _, s := range []string{"_____", "____", "______ ", "V.12-57117", "10 V.12-57117", "12", "- 12 -", "3/24", "*1257117*", "1. 请", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isSeparator(s) != separatorRE.MatchString(s) {
			t.Fatalf("isSeparator(%q) = %v", s, isSeparator(s))
		}
		for _, re := range []*anchoredRE{jobNumberRE, pageNumberRE} {
			if re.MatchString(s) && !endsAs(re, s) {
				t.Fatalf("%q matches %v but does not end as it", s, re)
			}
		}
	})
}

// FuzzLineTests checks beginsWithSpace against unicode.IsSpace of the first rune, and
// opensWithRole against the roles it stands for.
func FuzzLineTests(f *testing.F) {
	for _, s := range []string{" x", "\u3000x", "\u0085", "主席：", "第二副主席：", "副主席", "共同主席", "报告员", "第 6/1 号决议", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lead, _ := utf8.DecodeRuneInString(s)
		if got, want := beginsWithSpace(s), unicode.IsSpace(lead); got != want {
			t.Fatalf("beginsWithSpace(%q) = %v, want %v", s, got, want)
		}
		want := strings.HasPrefix(s, "第") && strings.Contains(s, "副主席")
		for role := range bureauRoles {
			want = want || strings.HasPrefix(s, role)
		}
		if got := opensWithRole(s); got != want {
			t.Fatalf("opensWithRole(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzMatchCircled checks matchCircled against circledRE.
func FuzzMatchCircled(f *testing.F) {
	for _, s := range []string{"㈠ 请", "㈩", "ⅰ.", "ⅻ  x", "(iv) x", "（xii）", "(i", "()", "(a)", "（v)", "(ivx）\t", "\xe3\x88", "ⅼ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end, from, to := matchCircled(s)
		m := circledRE.FindStringSubmatchIndex(s)
		if (end >= 0) != (m != nil) || end >= 0 && (m[0] != 0 || m[1] != end || m[2] != from || m[3] != to) {
			t.Fatalf("matchCircled(%q) = %d, %d, %d; circledRE gives %v", s, end, from, to, m)
		}
	})
}

// FuzzSuperscriptAt checks superscriptAt against reading s byte by byte.
func FuzzSuperscriptAt(f *testing.F) {
	for _, s := range []string{"决议¹中", "决议⁴⁵", "“见”⁹¹", "\xc2\xb7¹", "\xe2\x81\xb1\xe2\x81\xb0", "\xc2", "\xe2\x81", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := -1
		for i := range len(s) {
			if _, size := superscriptDigit(s[i:]); size > 0 {
				want = i
				break
			}
		}
		if got := superscriptAt(s); got != want {
			t.Fatalf("superscriptAt(%q) = %d, want %d", s, got, want)
		}
	})
}

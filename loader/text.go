package loader

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// The texts the rules read are valid UTF-8: Decode makes them so.

// runeLen returns the number of runes in s: in valid UTF-8 every byte but a continuation
// byte (10xxxxxx) begins a rune. Counting those eight
// bytes at a time is several times faster than decoding the text.
func runeLen(s string) int {
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i : i+8])
		n -= bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080) // top bits 10: continuation
	}
	for ; i < len(s); i++ {
		if s[i]&0xc0 == 0x80 {
			n--
		}
	}
	return n
}

// load64 returns the eight bytes of b as an integer, little-endian: the compiler reads
// them with one load, and checks the bounds once, on the slicing of b to eight bytes,
// where indexing the text at i, i+1, … i+7 checked them eight times.
func load64(b string) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// indexDigit returns the index of the first ASCII digit in s, or -1. Digits are rare in
// Chinese text: it tests eight bytes at a time for one between '0' and '9' (a byte above
// 0x7f is none), as in Bit Twiddling Hacks' hasbetween.
func indexDigit(s string) int {
	const (
		ones = 0x0101010101010101
		low7 = 0x7f * ones
		high = 0x80 * ones
	)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i : i+8])
		// In each byte, the top bit says: below '9'+1, above '0'-1, and ASCII.
		if t := ((127+'9'+1)*ones - x&low7) & ((x & low7) + (127-'0'+1)*ones) &^ x & high; t != 0 {
			return i + bits.TrailingZeros64(t)/8
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return i
		}
	}
	return -1
}

// runeOffsets converts byte offsets in a text to rune offsets, counting on from the offset
// asked for last: asked in order, it reads the text once, where counting from the start
// each time would read it once per offset.
type runeOffsets struct {
	text           string
	byteAt, runeAt int
}

// An offset before the last is counted back from it, not from the start: callers ask for a
// span's end before its start (a statement's), and a reset to 0 there read a paragraph once
// per span, quadratic in a long paragraph of many spans (issue #3).
func (c *runeOffsets) of(b int) int {
	if b < c.byteAt {
		if b < c.byteAt-b {
			c.byteAt, c.runeAt = 0, 0 // nearer the start: count from there
		} else {
			c.runeAt -= runeLen(c.text[b:c.byteAt])
			c.byteAt = b
			return c.runeAt
		}
	}
	c.runeAt += runeLen(c.text[c.byteAt:b])
	c.byteAt = b
	return c.runeAt
}

// index returns strings.Index(s, sub), faster on Chinese text: it looks for the last byte of
// sub. The first byte of a Chinese character is one of the few that begin nearly every
// character, which sends strings.Index through false starts all along the text; the last
// is one of 64.
//
// At each stop the byte before is compared first: it tells most false stops (another
// character that ends in the same byte) without the call a comparison of strings makes.
func index(s, sub string) int {
	last := sub[len(sub)-1]
	if len(sub) == 1 {
		return strings.IndexByte(s, last)
	}
	prev := sub[len(sub)-2]
	for i := len(sub) - 1; i < len(s); i++ {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return -1
		}
		if i += j; s[i-1] == prev && s[i+1-len(sub):i+1] == sub {
			return i + 1 - len(sub)
		}
	}
	return -1
}

// contains reports whether s holds sub, as index does.
func contains(s, sub string) bool { return index(s, sub) >= 0 }

// runeSize returns the length in bytes of the rune that begins with c in valid UTF-8.
func runeSize(c byte) int {
	switch {
	case c < 0xc0:
		return 1
	case c < 0xe0:
		return 2
	case c < 0xf0:
		return 3
	}
	return 4
}

// byteOffset returns the byte offset in s of its rune r (len(s) for r = runeLen(s)), and
// false when s has fewer runes than r or r < 0.
func byteOffset(s string, r int) (int, bool) {
	if r < 0 {
		return 0, false
	}
	for i := 0; i < len(s); i += runeSize(s[i]) { // from rune to rune: s is valid UTF-8
		if r == 0 {
			return i, true
		}
		r--
	}
	return len(s), r == 0
}

// lastIndexAny returns strings.LastIndexAny(s, chars) for valid UTF-8 s. That one decodes
// every rune of s from its end and looks each up in chars, which costs more than the
// search it serves on the long Chinese texts the rules cut at a clause mark; this compares
// each byte with the last bytes of chars' runes and checks a rune only where one may end.
func lastIndexAny(s, chars string) int {
	var ends [256]bool // the last bytes of the runes of chars
	for i := 0; i < len(chars); i++ {
		if i+1 == len(chars) || utf8.RuneStart(chars[i+1]) {
			ends[chars[i]] = true
		}
	}
	for i := len(s) - 1; i >= 0; i-- {
		if !ends[s[i]] {
			continue
		}
		// In valid UTF-8 a rune of chars that ends here is the rune that ends here.
		for _, c := range chars {
			if w := utf8.RuneLen(c); w <= i+1 && s[i+1-w:i+1] == string(c) {
				return i + 1 - w
			}
		}
	}
	return -1
}

// indexBy returns strings.Index(s, sub), searching for sub's byte at offset k, as index does
// for its last byte; the caller picks a byte that is rare in Chinese text. The last byte
// of "届会议" is that of 议, which ends 会议 and 决议 and fills a report: one search for
// it stops dozens of times in a paragraph, where one for a byte of 届 stops a few times.
func indexBy(s, sub string, k int) int {
	c, end := sub[k], len(s)-(len(sub)-1-k) // no match has its byte k at or past end
	// The byte after k (or before, for the last) is compared first, as index does: a
	// match's neighbour lies within s, since byte k of a match lies before end.
	n := k + 1
	if n == len(sub) {
		n = k - 1
	}
	if n < 0 {
		return strings.IndexByte(s, c)
	}
	for i := k; i < end; i++ {
		j := strings.IndexByte(s[i:end], c)
		if j < 0 {
			return -1
		}
		if i += j; s[i-k+n] == sub[n] && s[i-k:i-k+len(sub)] == sub {
			return i - k
		}
	}
	return -1
}

// isRESpace reports whether c is white space as \s matches it in a regexp: space, \t,
// \n, \f or \r. The hand-written matchers that stand in for regexps skip spaces so.
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// skipRESpaces returns where the run of white space (isRESpace) from byte i of s ends.
func skipRESpaces(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// shifted adds by to each index of the match m that is set (>= 0), which turns the indexes
// of a match in s[by:] into indexes in s, and returns m.
func shifted(m []int, by int) []int {
	for k := range m {
		if m[k] >= 0 {
			m[k] += by
		}
	}
	return m
}

// openBracket returns the length of the bracket "(" or "（" at byte i of s, or 0.
func openBracket(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "("):
		return 1
	case strings.HasPrefix(s[i:], "（"):
		return len("（")
	}
	return 0
}

// closeBracket returns the length of the bracket ")" or "）" at byte i of s, or 0.
func closeBracket(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], ")"):
		return 1
	case strings.HasPrefix(s[i:], "）"):
		return len("）")
	}
	return 0
}

// lastIndex returns strings.LastIndex(s, sub) for a sub that is not empty, faster on
// Chinese text as index is: it looks back for the last byte of sub, and compares the whole
// only where that byte stands.
func lastIndex(s, sub string) int {
	last := sub[len(sub)-1]
	for i := len(s) - 1; i >= len(sub)-1; i-- {
		if s[i] == last && s[i+1-len(sub):i+1] == sub {
			return i + 1 - len(sub)
		}
	}
	return -1
}

// spaceBefore returns end less the white space (\s) that ends s[:end].
func spaceBefore(s string, end int) int {
	for end > 0 && isRESpace(s[end-1]) {
		end--
	}
	return end
}

// indexAny returns strings.IndexAny(s, chars) for valid UTF-8 s: it searches for each rune
// of chars (as index does) in the part of s before the first found so far, where
// strings.IndexAny decodes every rune of s when chars are not ASCII, and the rules search
// long paragraphs for a few marks of punctuation. In valid UTF-8 a rune found before
// another's place ends by it.
func indexAny(s, chars string) int {
	end, found := len(s), false
	for i := 0; i < len(chars); {
		n := runeSize(chars[i])
		if k := index(s[:end], chars[i:i+n]); k >= 0 {
			end, found = k, true
		}
		i += n
	}
	if !found {
		return -1
	}
	return end
}

// trimLeftAny returns strings.TrimLeft(s, chars) for valid UTF-8 s, which decodes the runes
// of s when chars are not ASCII: it tests the runes that open s for one of chars' encodings.
func trimLeftAny(s, chars string) string {
	for s != "" {
		n := runeSize(s[0])
		if n > len(s) || !strings.Contains(chars, s[:n]) {
			return s
		}
		s = s[n:]
	}
	return s
}

// sentenceStarts returns where the sentence that holds byte at of text opens: after the last
// "。" wholly before at, or 0, as lastIndex(text[:at], "。") gives it. Asked in order, it
// reads the text once, where lastIndex read back to the paragraph's start for each of a
// long sentence's speakers: quadratic in a paragraph of many without a "。" (issue #3).
type sentenceStarts struct {
	text           string
	scanned, start int // text[:scanned] is read; start is where its last sentence opens
}

func (c *sentenceStarts) of(at int) int {
	if at < c.scanned {
		c.scanned, c.start = 0, 0
	}
	for {
		k := index(c.text[c.scanned:at], "。")
		if k < 0 {
			break
		}
		c.start = c.scanned + k + len("。")
		c.scanned = c.start
	}
	// A "。" that at cuts is read again from its first byte on the next call.
	c.scanned = max(c.scanned, at-len("。")+1)
	return c.start
}

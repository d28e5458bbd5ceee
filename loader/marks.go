package loader

import "unicode/utf8"

// runeMarks is a set of runes, most often punctuation that ends a sentence or a clause,
// that the rules look back for: lastIndex returns lastIndexAny(s, chars), eight bytes at a
// time. lastIndexAny tests every byte of s against the last bytes of chars' runes; most
// words of eight bytes hold none, which one test per word over the whole word tells, so
// only the words that do are read byte by byte as lastIndexAny reads them.
type runeMarks struct {
	chars string
	ends  [256]bool // the last bytes of the runes of chars, as lastIndexAny has them
	words []uint64  // each of those bytes, repeated eight times
	encs  []string  // the runes of chars, in UTF-8, in order
}

func newRuneMarks(chars string) *runeMarks {
	m := &runeMarks{chars: chars}
	for _, c := range chars {
		m.encs = append(m.encs, string(c))
	}
	for i := 0; i < len(chars); i++ {
		if i+1 == len(chars) || utf8.RuneStart(chars[i+1]) {
			if !m.ends[chars[i]] {
				m.words = append(m.words, uint64(chars[i])*0x0101010101010101)
			}
			m.ends[chars[i]] = true
		}
	}
	return m
}

// mayHold reports whether the eight bytes of x may hold a last byte of the set: false only
// where none is one (a byte equal to one leaves a zero byte in x^w, which the borrow test
// always finds; it may also flag a byte above a zero one, which the caller reads anyway).
func (m *runeMarks) mayHold(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for _, w := range m.words {
		if v := x ^ w; (v-ones)&^v&highs != 0 {
			return true
		}
	}
	return false
}

// lastIndex returns lastIndexAny(s, m.chars).
func (m *runeMarks) lastIndex(s string) int {
	i := len(s) - 1
	for i >= 0 {
		if i >= 7 && !m.mayHold(load64(s[i-7:i+1])) {
			i -= 8
			continue
		}
		// Byte by byte through this word (or what is left), as lastIndexAny reads.
		for stop := max(i-8, -1); i > stop; i-- {
			if !m.ends[s[i]] {
				continue
			}
			for _, c := range m.encs {
				if c[len(c)-1] == s[i] && len(c) <= i+1 && s[i+1-len(c):i+1] == c {
					return i + 1 - len(c)
				}
			}
		}
	}
	return -1
}

var (
	sentenceMarks = newRuneMarks("。；")   // a sentence's or a clause's end, for textRole
	verbMarks     = newRuneMarks("。；;")  // where verbBefore stops
	clauseMarks   = newRuneMarks("，；。：") // where clauseBefore stops
	adoptedMarks  = newRuneMarks("。（，")  // where findAdopted's stretches begin
)

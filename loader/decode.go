package loader

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Decode turns the bytes of a file into text. It accepts UTF-8 (with or without a byte
// order mark), UTF-16 in either byte order (with a BOM, or detected by its zero bytes) and
// GB18030 (which includes GBK and GB2312), and folds CRLF and CR line ends to LF. Bytes that
// are none of these, or that decode to something other than text, are an error.
func Decode(data []byte) (string, string, error) {
	var (
		text string
		enc  string
		// plain is set where the bytes were read as UTF-8 and hold none that begins a rune
		// firstNonText looks for: the text need not be read again.
		plain bool
	)
	switch valid, mayHold := scanUTF8(data); {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		enc, data = "UTF-8", data[3:]
		if !utf8.Valid(data) {
			return "", enc, fmt.Errorf("byte order mark says UTF-8 but the bytes at offset %d are not", invalidUTF8At(data)+3)
		}
		text = string(data)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		enc, text = "UTF-16LE", decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc, text = "UTF-16BE", decodeUTF16(data[2:], true)
	case valid && !looksUTF16(data):
		enc, text, plain = "UTF-8", string(data), !mayHold
	case looksUTF16(data):
		enc = "UTF-16LE"
		if zeroShare(data, 0) > zeroShare(data, 1) {
			enc = "UTF-16BE"
		}
		text = decodeUTF16(data, enc == "UTF-16BE")
	default:
		enc = "GB18030"
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil {
			return "", enc, fmt.Errorf("not UTF-8, UTF-16 or GB18030 text: %v", err)
		}
		text = string(out)
	}
	if !plain {
		if bad, ok := firstNonText(text); ok {
			return "", enc, fmt.Errorf("not text: read as %s it holds %U at character %d", enc, bad.r, bad.at)
		}
	}
	if strings.IndexByte(text, '\r') >= 0 { // one search spares the two replacements theirs
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	return text, enc, nil
}

// scanUTF8 reports whether b is valid UTF-8, as utf8.Valid does, and if so whether it may
// hold a rune that firstNonText looks for, as mayHoldNonText does: one reading of the
// bytes serves both. It is faster than utf8.Valid on Chinese text: most of its runes are of
// three bytes and begin with a byte that puts no limit on the next but its top bits (all
// but E0 and ED), which a test of the top bits of the next two alone validates.
func scanUTF8(b []byte) (valid, mayHold bool) {
	var odd byte // nonTextLead of the ASCII bytes, or'ed
	i, n := 0, len(b)
	for i < n {
		// A run of such runes. A lead that limits the next byte (E0, ED) or may begin a rune
		// firstNonText looks for (EF: U+FFFD to U+FFFF, and the full-width forms) is left to
		// the tests below.
		for i+8 <= n {
			w := b[i : i+8 : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			if x&0xc0c0f0c0c0f0 != 0x8080e08080e0 || !plainLead[byte(x)] || !plainLead[byte(x>>24)] {
				break
			}
			i += 6
		}
		if i >= n {
			break
		}
		switch c := b[i]; {
		case c < utf8.RuneSelf:
			for odd |= nonTextLead[c]; i+1 < n && b[i+1] < utf8.RuneSelf; i++ { // the rest of a run of ASCII
				odd |= nonTextLead[b[i+1]]
			}
			i++
		case c >= 0xe1 && c != 0xed && c <= 0xef && i+2 < n && b[i+1]&0xc0 == 0x80 && b[i+2]&0xc0 == 0x80:
			mayHold = mayHold || c == 0xef && b[i+1] == 0xbf && b[i+2] >= 0xbd
			i += 3
		default:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return false, false
			}
			mayHold = mayHold || c == 0xc2 && b[i+1] <= 0x9f
			i += size
		}
	}
	return true, mayHold || odd != 0
}

// plainLead holds the leads of the three-byte runes that scanUTF8 takes in a run: all but
// E0 and ED, which limit the byte after them, and EF, which may begin a rune that
// firstNonText looks for.
var plainLead = func() (lead [256]bool) {
	for c := 0xe1; c <= 0xee; c++ {
		lead[c] = c != 0xed
	}
	return lead
}()

func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// looksUTF16 reports whether data is probably UTF-16 without a BOM: text in it has a zero
// byte in nearly every other position (ASCII) or at least many zero bytes aligned on one
// parity, which UTF-8 and GB18030 text never has.
func looksUTF16(data []byte) bool {
	if len(data) < 4 || len(data)%2 != 0 || bytes.IndexByte(data, 0) < 0 {
		return false
	}
	return zeroShare(data, 0) > 0.2 || zeroShare(data, 1) > 0.2
}

// zeroShare returns the share of the bytes at positions of the given parity that are zero.
func zeroShare(data []byte, parity int) float64 {
	zeros, n := 0, 0
	for i := parity; i < len(data); i += 2 {
		n++
		if data[i] == 0 {
			zeros++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(zeros) / float64(n)
}

func decodeUTF16(data []byte, bigEndian bool) string {
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u))
}

type badRune struct {
	r  rune
	at int
}

// firstNonText finds the first rune that no text file holds: a control character other
// than tab and line ends, a replacement character left by a failed decoding, or a
// non-character. s is valid UTF-8, as every branch of Decode makes it.
func firstNonText(s string) (badRune, bool) {
	if !mayHoldNonText(s) {
		return badRune{}, false // most text holds none: spare decoding it
	}
	i := 0
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f':
		case r == utf8.RuneError, r == 0xFFFE, r == 0xFFFF, unicode.IsControl(r):
			return badRune{r, i}, true
		}
		i++
	}
	return badRune{}, false
}

// mayHoldNonText reports whether s, valid UTF-8, may hold a rune that firstNonText looks
// for, by the bytes that begin one: a control character, 0xC2 (the C1 controls) or 0xEF
// (U+FFFD to U+FFFF).
func mayHoldNonText(s string) bool {
	// The bytes looked for never stand in a rune's tail, which is skipped.
	for i := 0; i < len(s); i += runeSize(s[i]) {
		if nonTextLead[s[i]] != 0 {
			switch s[i] {
			case 0xc2:
				if i+1 < len(s) && s[i+1] <= 0x9f {
					return true
				}
			case 0xef:
				if i+2 < len(s) && s[i+1] == 0xbf && s[i+2] >= 0xbd {
					return true
				}
			default:
				return true
			}
		}
	}
	return false
}

var nonTextLead = func() (lead [256]byte) {
	for c := range 0x20 {
		if c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			lead[c] = 1
		}
	}
	lead[0x7f], lead[0xc2], lead[0xef] = 1, 1, 1
	return lead
}()

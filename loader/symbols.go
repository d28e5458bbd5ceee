package loader

import (
	"strconv"
	"strings"
)

// symbolMention is a UN document symbol found in a text.
type symbolMention struct {
	symbol string // normalised: no spaces, e.g. "CTOC/COP/2012/L.4/Rev.2"
	start  int    // rune offset in the text where the written form begins
	end    int    // rune offset just past it
	quote  string // the text as written between start and end (so string([]rune(text)[start:end]) == quote)
}

// maxSymbolRange is the largest range of addenda or corrigenda ("Add.1-9") read as a list of
// documents. A larger one is more likely a misreading than fifty documents cited at once, so
// it is kept as written.
const maxSymbolRange = 50

var (
	// symbolAtRE matches where a symbol may begin: an organ prefix in capitals ("A", "E",
	// "S", "CTOC", "UNODC") and a slash, with the spaces PDF extraction leaves before it.
	// Act numbers ("5/1", "64/293") and dates ("2012/5") have no such prefix.
	symbolAtRE = mustAnchored(`^[A-Z]+[ \t]*/`)
	// modifierRE matches the parts that mark a document issued against another: an addendum,
	// a corrigendum, a revision, an amendment ("Add.1", "Corr.2", "Rev.2", "Add.1-9"). Only
	// these may be listed after a symbol without repeating it ("A/60/88 和 Corr.2").
	modifierRE = mustAnchored(`^(?:Add|Corr|Rev|Amend)\.\d+(?:[-–](?:(?:Add|Corr|Rev|Amend)\.)?\d+)?$`)
	// rangeRE matches a part that numbers several documents at once: "Add.1-9", "Add.1–9",
	// "Add.1-Add.9". The word after the dash, if written, must be the same.
	rangeRE = mustAnchored(`^([A-Za-z]+)\.(\d{1,4})[-–](?:([A-Za-z]+)\.)?(\d{1,4})$`)
	// listJoinRE matches what joins a symbol to a modifier listed after it: 和, 及, 以及, 与,
	// "、", "and", a comma, or a comma and a word (", and").
	listJoinRE = mustAnchored(`^[ \t]*(?:(?:以及|和|及|与|、|,|，|and[ \t])[ \t]*)+`)
	// jointRE matches the hyphen of a joint symbol, "CTOC/COP/WG.2/2012/5- CTOC/COP/WG.3/2012/6":
	// one document issued under the symbols of two bodies. It joins only if a symbol follows.
	jointRE = mustAnchored(`^[ \t]*[-–][ \t]*`)
	// srYearRE matches the year a Security Council resolution's symbol carries after its
	// number: "S/RES/1373 (2001)", in ASCII or Chinese brackets (which cleaning leaves as is).
	srYearRE = mustAnchored(`^[ \t]*[(（][ \t]*(\d{4})[ \t]*[)）]`)
)

// findSymbols returns every UN document symbol in text, in order of appearance; a written
// form that names several documents (a range, a joint symbol, "X 和 Corr.2") yields one
// mention per document, all with the same span and quote.
func findSymbols(text string) []symbolMention {
	return symbolsIn(text, nil)
}

// findSymbolsAt is findSymbols, with the byte offset in text where each mention's written
// form begins.
func findSymbolsAt(text string) ([]symbolMention, []int) {
	var ats []int
	out := symbolsIn(text, &ats)
	return out, ats
}

// symbolsIn returns the symbols of text, as findSymbols does, and appends to *ats, unless
// ats is nil, the byte offset where each begins: most callers need none.
func symbolsIn(text string, ats *[]int) []symbolMention {
	var (
		out   []symbolMention
		runes = runeOffsets{text: text}
	)
	if !strings.Contains(text, "/") {
		return nil // every symbol has a slash
	}
	// The parts of the symbol read last: only a joint symbol's or a listed modifier's
	// documents keep parts of their own.
	var partBuf [6]string
	for i := 0; i < len(text); {
		s, e, found := symbolStart(text[i:])
		if !found {
			break
		}
		at := i + s
		// A prefix glued to a letter, digit, dot or slash before it is the tail of something
		// else ("X/COP/1" read from its second part, "E.11.V/..."); every later start inside the
		// same run of capitals is glued too, so go on after the slash.
		if at > 0 && gluedBefore(text[:at]) {
			i += e
			continue
		}
		parts, end, ok := scanSymbol(text, at, partBuf[:0])
		if !ok {
			// A suffix of a series that failed is no symbol either: no need to look inside it.
			i = max(i+e, end)
			continue
		}
		// A joint symbol: another full symbol after a hyphen. first, the first document's
		// parts, stays apart from the documents after it, docs: it is partBuf's.
		first, docs := parts, [][]string(nil)
		for {
			j := jointEnd(text[end:])
			if j < 0 {
				break
			}
			next, e, ok := scanSymbol(text, end+j, nil)
			if !ok {
				break
			}
			docs, parts, end = append(docs, next), next, e
		}
		// Modifiers listed after the (last) symbol, each joined by 和, 及, "、" or a comma.
		for {
			j := listJoinEnd(text[end:])
			if j < 0 {
				break
			}
			from := end + j
			to := scanPart(text, from)
			if to == from || !modifierRE.MatchString(text[from:to]) || (to < len(text) && text[to] == '/') {
				break
			}
			docs, end = append(docs, withModifier(parts, text[from:to])), to
		}
		start, stop := runes.of(at), runes.of(end)
		if len(docs) == 0 && writtenAs(text[at:end], parts) && !isRange(parts[len(parts)-1]) {
			// The usual symbol, one document written without spaces: its symbol is the text
			// as written (expandRange would join the same parts).
			out = append(out, symbolMention{symbol: text[at:end], start: start, end: stop, quote: text[at:end]})
			if ats != nil {
				*ats = append(*ats, at)
			}
			i = end
			continue
		}
		for k := -1; k < len(docs); k++ {
			d := first
			if k >= 0 {
				d = docs[k]
			}
			for _, sym := range expandRange(d) {
				out = append(out, symbolMention{symbol: sym, start: start, end: stop, quote: text[at:end]})
				if ats != nil {
					*ats = append(*ats, at)
				}
			}
		}
		i = end
	}
	return out
}

// jointEnd returns the end of jointRE's match at the start of s, or -1, without the regexp
// machine, which cost more than the rest of findSymbols where a symbol is followed by a
// blank. Each run of blanks is taken whole: the dash is none.
func jointEnd(s string) int {
	i := skipBlanks(s, 0)
	switch {
	case strings.HasPrefix(s[i:], "-"):
		i++
	case strings.HasPrefix(s[i:], "–"):
		i += len("–")
	default:
		return -1
	}
	return skipBlanks(s, i)
}

// listJoins are the words of listJoinRE, in its order: none begins another, so at most one
// stands at a place, and the pattern's repetition, greedy, takes them while they follow
// one another.
var listJoins = []string{"以及", "和", "及", "与", "、", ",", "，", "and "}

// listJoinEnd returns the end of listJoinRE's match at the start of s, or -1, as jointEnd
// does jointRE's. "and" is followed by a blank, a space or a tab.
func listJoinEnd(s string) int {
	end := -1
	for i := skipBlanks(s, 0); ; {
		n := 0
		for _, w := range listJoins {
			if w == "and " {
				if len(s)-i >= len(w) && s[i:i+3] == "and" && (s[i+3] == ' ' || s[i+3] == '\t') {
					n = len(w)
				}
			} else if strings.HasPrefix(s[i:], w) {
				n = len(w)
			}
			if n > 0 {
				break
			}
		}
		if n == 0 {
			return end
		}
		i = skipBlanks(s, i+n)
		end = i
	}
}

// symbolStart returns the span [start, end) of the first place in text where symbolAtRE
// matches; found is false when there is none. It looks for slashes, which are rare, and
// reads back from each, where a search by regexp would start at every character.
func symbolStart(text string) (start, end int, found bool) {
	for from := 0; ; {
		k := strings.IndexByte(text[from:], '/')
		if k < 0 {
			return 0, 0, false
		}
		slash := from + k
		s := slash
		for s > 0 && (text[s-1] == ' ' || text[s-1] == '\t') {
			s--
		}
		blanks := s
		for s > 0 && text[s-1] >= 'A' && text[s-1] <= 'Z' {
			s--
		}
		if s < blanks {
			return s, slash + 1, true
		}
		from = slash + 1
	}
}

// gluedBefore reports whether before ends with a character that would make a prefix after
// it part of a longer token: an ASCII letter or digit, a dot, a slash, an underscore.
func gluedBefore(before string) bool {
	c := before[len(before)-1]
	return isAlnum(c) || c == '.' || c == '/' || c == '_'
}

// scanSymbol reads the symbol that begins at byte offset at: an organ prefix and one or more
// parts, each after a slash. Spaces around a slash are healed over (PDF extraction breaks
// "CTOC/COP/ 2012/CRP.7"), but nowhere else: "A/60/88 和 Corr.2" ends at "88". It returns
// the parts, in buf's room (nil for room of their own), and the byte offset just past the
// last one. ok is false when there is no part after the prefix, or no digit in the parts: a
// UN symbol always numbers its document, while "TCP/IP" or "A/B" do not.
func scanSymbol(text string, at int, buf []string) (parts []string, end int, ok bool) {
	end = at // the first part, the organ's prefix: capitals
	for end < len(text) && text[end] >= 'A' && text[end] <= 'Z' {
		end++
	}
	if end == at {
		return nil, at, false
	}
	if buf == nil {
		buf = make([]string, 0, 6) // room for a symbol's usual parts
	}
	parts = append(buf[:0], text[at:end])
	digits := false
	for {
		j := skipBlanks(text, end)
		if j >= len(text) || text[j] != '/' {
			break
		}
		k := skipBlanks(text, j+1)
		e := scanPart(text, k)
		if e == k {
			break // a slash that ends the series: not part of it
		}
		part := text[k:e]
		digits = digits || indexDigit(part) >= 0
		parts, end = append(parts, part), e
	}
	if len(parts) < 2 || !digits {
		return nil, end, false
	}
	// A Security Council resolution carries its year: "S/RES/1373 (2001)". It is kept in the
	// symbol, without the space, so that resolutions of different years never merge.
	if len(parts) == 3 && parts[0] == "S" && parts[1] == "RES" && allDigits(parts[2]) {
		if y := srYearRE.FindStringSubmatchIndex(text[end:]); y != nil {
			parts[2] += "(" + text[end+y[2]:end+y[3]] + ")"
			end += y[1]
		}
	}
	return parts, end, true
}

// scanPart returns the byte offset just past the part that begins at k: runs of ASCII
// letters and digits joined by dots or hyphens ("L.4", "CONF.192", "S-26", "Add.1-9"). A dot
// or a hyphen that nothing alphanumeric follows ends the part without being in it, so a
// sentence's full stop or a dangling hyphen before Chinese text is left out; so is a hyphen
// after which a new symbol begins (a joint symbol written without spaces).
func scanPart(text string, k int) int {
	j := k
	for {
		r := j
		for r < len(text) && isAlnum(text[r]) {
			r++
		}
		if r == j {
			return j
		}
		j = r
		sep := 0
		switch {
		case strings.HasPrefix(text[j:], "."), strings.HasPrefix(text[j:], "-"):
			sep = 1
		case strings.HasPrefix(text[j:], "–"):
			sep = len("–")
		}
		if sep == 0 || j+sep >= len(text) || !isAlnum(text[j+sep]) {
			return j
		}
		if text[j] != '.' && symbolAtRE.MatchString(text[j+sep:]) {
			return j
		}
		j += sep
	}
}

// withModifier returns the symbol of the document a modifier listed after base names. It
// stands beside a modifier of its own kind already in base's trailing modifiers
// ("X/Add.1 和 Add.2" is X/Add.2; "X/Add.1/Corr.1 和 Add.2" is X/Add.2) and otherwise is
// issued against base as written ("A/60/88 和 Corr.2" is A/60/88/Corr.2; "X/Rev.1 和 Corr.1"
// is X/Rev.1/Corr.1).
func withModifier(base []string, mod string) []string {
	word := mod[:strings.IndexByte(mod, '.')]
	cut := len(base)
	for k := len(base) - 1; k > 0 && modifierRE.MatchString(base[k]); k-- {
		if strings.HasPrefix(base[k], word+".") {
			cut = k
		}
	}
	return append(append([]string(nil), base[:cut]...), mod)
}

// expandRange returns the symbols a series of parts names: one, or, when its last part is a
// range ("Add.1-9"), one per number in it. A range that runs backwards, spans more than
// maxSymbolRange numbers, or writes its numbers with a leading zero (which expanding would
// lose) is not read as one and is kept as written.
func expandRange(parts []string) []string {
	last := parts[len(parts)-1]
	if !isRange(last) {
		return []string{strings.Join(parts, "/")}
	}
	head := strings.Join(parts[:len(parts)-1], "/") + "/"
	m := rangeRE.FindStringSubmatch(last)
	if m == nil || (m[3] != "" && m[3] != m[1]) {
		return []string{head + last}
	}
	from, _ := strconv.Atoi(m[2])
	to, _ := strconv.Atoi(m[4])
	if from >= to || to-from+1 > maxSymbolRange || strings.HasPrefix(m[2], "0") {
		return []string{head + last}
	}
	out := make([]string, 0, to-from+1)
	for n := from; n <= to; n++ {
		out = append(out, head+m[1]+"."+strconv.Itoa(n))
	}
	return out
}

// isRange reports whether a symbol's last part may number several documents: rangeRE
// matches only a part with a dash.
func isRange(last string) bool {
	return strings.IndexByte(last, '-') >= 0 || strings.Contains(last, "–")
}

// writtenAs reports whether written is parts joined by slashes.
func writtenAs(written string, parts []string) bool {
	for i, part := range parts {
		if i > 0 {
			if written == "" || written[0] != '/' {
				return false
			}
			written = written[1:]
		}
		if !strings.HasPrefix(written, part) {
			return false
		}
		written = written[len(part):]
	}
	return written == ""
}

func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// byteOffsets converts rune offsets in a text to byte offsets (as byteOffset does), counting
// on from the offset asked for last: asked in order, it reads the text once, where counting
// from the start each time would read it once per offset.
type byteOffsets struct {
	text           string
	byteAt, runeAt int
}

func (c *byteOffsets) of(r int) (int, bool) {
	if r < c.runeAt {
		c.byteAt, c.runeAt = 0, 0
	}
	b, ok := byteOffset(c.text[c.byteAt:], r-c.runeAt)
	if !ok {
		return 0, false
	}
	c.byteAt, c.runeAt = c.byteAt+b, r
	return c.byteAt, true
}

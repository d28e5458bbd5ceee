package loader

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// line is one line of body text after cleaning.
type line struct {
	text string // without leading and trailing space
	// no and indent are 32 bits, where a line's 40 bytes were 32: a document of two
	// billion lines, or a line indented as far, is no document of the family.
	no       int32 // 1-based line number in the file
	indent   int32 // how many bytes of white space it began with
	indented bool  // it began with white space: in this family, a paragraph starts so
	// afterBreak reports whether page furniture or a footnote block stood between this line
	// and the body line before it: the text may go on mid-sentence there, indented or not.
	afterBreak bool
}

// footnote is the text of one footnote, apart from the body.
type footnote struct {
	// num is the footnote's number; a footnote marked by a symbol instead ("*", "**"), as
	// a title page's are, is numbered -1, -2, … in the order of the document, so that each
	// has a key of its own and none passes for a numbered one.
	num  int
	mark string // the symbol that marks it, or "" for a numbered footnote
	text string
	line int
	sup  bool // numbered in superscript digits ("¹ 见…"): its marker is one too
}

// label returns the footnote's marker as printed: its number or its symbol.
func (n footnote) label() string {
	if n.mark != "" {
		return n.mark
	}
	return itoa(n.num)
}

// cleaned is the text of a document with its page furniture removed and its footnotes apart.
type cleaned struct {
	lines     []line
	footnotes []footnote
	// symbol is the document's own UN symbol, read from its running heads; "" when it has none.
	symbol string
	// heads are every symbol its running heads give: a joint report's are two
	// ("E/2021/30", "E/CN.15/2021/17").
	heads []string
}

var (
	// A job number with the page number before or after it: "10 V.12-57117", "V.12-57117 (C)",
	// and the later form without the office's letter, "14-58012 (C)". Either may carry the
	// dates it was processed, ddmmyy ("061114    071114"). The later form needs its language
	// letter: "14-58012" alone on a line could be text.
	// The page number may be of the pages, "3/24".
	// The later form without its letter is one where a page number stands beside it.
	// The office is one letter or two: Vienna's "V.", Geneva's "GE.25-05231 (C)" (the Human
	// Rights Council's, and many E/ and A/HRC documents printed there). A page of the front
	// matter is numbered in small Roman figures ("GE.17-18194 (C) 271017 iii").
	jobNumberRE = mustAnchored(`^(?:(?:(?:\d{1,4}(?:/\d{1,4})?|[ivx]{1,5})\s+)?(?:[A-Z]{1,2}\.\d{2}-\d{5}(?:\s*\([A-Z]\))?|\d{2}-\d{5}\s*\([A-Z]\))(?:\s+\d{6}){0,2}(?:\s+(?:\d{1,4}(?:/\d{1,4})?|[ivx]{1,5}))?|\d{2}-\d{5}\s+\d{1,4}|\d{1,4}\s+\d{2}-\d{5})$`)
	// A bar-code line of a job number ("*1257117*") or a lone page number ("12", "- 12 -").
	pageNumberRE = mustAnchored(`^(?:\*\d{5,}\*|-?\s*\d{1,4}\s*-?|\d{1,3}\s*/\s*\d{1,3})$`)
	separatorRE  = mustAnchored(`^_{5,}$`)
	// A footnote: its number and a space, or the asterisks that mark a footnote by symbol,
	// which need no space, as no text begins with them ("* CTOC/COP/2012/1。", "**本文件…").
	footnoteRE = mustAnchored(`^(?:(\d{1,3})\s+|(\*{1,3})\s*)([^\s*].*)$`)
	// A line that is nothing but a UN document symbol: a running head candidate.
	loneSymbolRE = mustAnchored(`^[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.\-]+)+$`)
)

// foldWidth maps full-width ASCII letters, digits and the slash, full stop, hyphen,
// asterisk (a footnote's marker) and space to their half-width forms, one rune for one,
// so that offsets stay valid and rules see one form. Chinese punctuation (，。：；（）) is
// left as it is: it is part of the quote.
// s is valid UTF-8 (decoded text).
func foldWidth(s string) string {
	return foldAt(s, foldsIn(s))
}

// foldAt returns s with its runes at the byte offsets at, which foldsIn gives, folded.
func foldAt(s string, at []int) string {
	if len(at) == 0 {
		return s // most documents: nothing to fold
	}
	var b strings.Builder
	b.Grow(len(s))
	done := 0 // bytes of s written to b
	for _, i := range at {
		r, n := foldLeadRune(s, i)
		b.WriteString(s[done:i])
		b.WriteRune(foldRune(r))
		done = i + n
	}
	b.WriteString(s[done:])
	return b.String()
}

// foldsIn returns the byte offsets in s, valid UTF-8, of the runes that foldRune changes, in
// order. Only three bytes begin a rune that folds: 0xEF (the full-width forms), 0xE3
// (U+3000) and 0xC2 (U+00A0). They are looked for with strings.Index (foldNeedles), each on
// its own: in valid UTF-8 each begins a rune, wherever it stands, and few runes begin with
// one, where a reading from rune to rune would decode them all.
func foldsIn(s string) []int {
	var (
		at []int
		// next holds, for each of foldNeedles, where it next stands: len(s) for nowhere.
		next [len(foldNeedles)]int
	)
	for k, needle := range foldNeedles {
		next[k] = indexFrom(s, 0, needle)
	}
	for {
		k := 0 // the lead that stands first
		for j := 1; j < len(next); j++ {
			if next[j] < next[k] {
				k = j
			}
		}
		i := next[k]
		if i == len(s) {
			return at
		}
		r, n := foldLeadRune(s, i)
		next[k] = indexFrom(s, i+n, foldNeedles[k])
		if foldRune(r) != r {
			at = append(at, i)
		}
	}
}

// foldedLines appends to lines the lines of s, as strings.Split(foldWidth(s), "\n") gives
// them: folding changes no line break, and only the lines that hold a rune to fold are
// copied, where folding the text copied it whole. at is foldsIn(s), which it uses up.
func foldedLines(lines []string, s string, at []int) []string {
	lines = slices.Grow(lines, strings.Count(s, "\n")+1)
	for start := 0; ; {
		end := len(s)
		if i := strings.IndexByte(s[start:], '\n'); i >= 0 {
			end = start + i
		}
		k := 0 // the runes to fold in this line
		for k < len(at) && at[k] < end {
			k++
		}
		l := s[start:end]
		if k > 0 {
			for j := range at[:k] {
				at[j] -= start
			}
			l = foldAt(l, at[:k])
			at = at[k:]
		}
		lines = append(lines, l)
		if end == len(s) {
			return lines
		}
		start = end + 1
	}
}

// foldNeedles begin every rune that foldRune changes: the byte that begins the full-width
// forms, and the two spaces whole, as the other runes their first bytes begin (、。《》,
// © …) fold to nothing. Chinese punctuation begins with E3 more often than not.
var foldNeedles = [...]string{"\xef", "\u3000", "\u00a0"}

// indexFrom returns where needle next stands in s at or after from, or len(s).
func indexFrom(s string, from int, needle string) int {
	if k := strings.Index(s[from:], needle); k >= 0 {
		return from + k
	}
	return len(s)
}

// foldLeadRune decodes the rune at s[i:], which begins with one of foldNeedles. It decodes
// by hand: s is valid UTF-8, and the leads are of two- and three-byte runes (full-width
// punctuation, 。 and 、 among them), which utf8 decodes on its slow path.
func foldLeadRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xe0 {
		return rune(c&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f), 3
	}
	return rune(s[i]&0x1f)<<6 | rune(s[i+1]&0x3f), 2
}

func foldRune(r rune) rune {
	switch {
	case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
		return r - '０' + '0' // the full-width forms sit at a fixed distance from ASCII
	case r == '／':
		return '/'
	case r == '．':
		return '.'
	case r == '－':
		return '-'
	case r == '＊':
		return '*'
	case r == '\u3000', r == '\u00a0':
		return ' '
	}
	return r
}

// margin is what clean reads of a line's white space before it trims it: eight bytes a
// line, where the line as it stood took sixteen.
type margin struct {
	indent   int32
	indented bool
}

// cleanRoom is the room clean reads every line of a text in, which it keeps none of:
// parses one after another reuse it, emptied, where each allocated its own.
type cleanRoom struct {
	lines   []string
	margins []margin
}

var cleanRooms = sync.Pool{New: func() any { return new(cleanRoom) }}

// release empties r, which then holds nothing of the text, and puts it back.
func (r *cleanRoom) release() {
	if cap(r.lines) > maxPooled {
		return
	}
	clear(r.lines)
	r.lines = r.lines[:0]
	cleanRooms.Put(r)
}

// clean splits text into lines, drops page furniture (job numbers, page numbers, running
// heads) and moves footnotes apart from the body.
func clean(text string) cleaned {
	text = strings.ReplaceAll(text, "\f", "\n")
	room := cleanRooms.Get().(*cleanRoom)
	defer room.release()
	// The lines trimmed of space, in the slice that held them as they stood: what a body's
	// line keeps of its white space is read first (its margin).
	trimmed := foldedLines(room.lines, text, foldsIn(text))
	margins := slices.Grow(room.margins[:0], len(trimmed))[:len(trimmed)]
	clear(margins)
	room.lines, room.margins = trimmed, margins
	kept := 0 // the lines that are not blank: room for the body's lines, which are fewer
	for i, r := range trimmed {
		if trimmed[i] = trimSpace(r); trimmed[i] != "" { // a blank line is dropped: no margin
			margins[i] = margin{indent: int32(indentOf(r)), indented: beginsWithSpace(r)}
			kept++
		}
	}
	heads := runningHeads(trimmed)
	own := titleSymbolsOf(trimmed)
	var (
		c         = cleaned{lines: make([]line, 0, kept)}
		inNotes   bool
		broken    bool
		lastNote  = 0
		marked    = 0     // footnotes marked by a symbol so far
		noteOpen  = false // the last footnote has not ended with a full stop yet
		noteIndex = -1
		// bodyOpen is true where the body's last line before the footnotes ends no
		// sentence; carry, that a footnote was left open at a page break while the body was
		// closed: the next page's first line may end the note ("（https://treaties.un.org）。").
		bodyOpen bool
		carry    bool
	)
	for i, t := range trimmed {
		switch {
		case t == "":
			continue
		case furnitureStart.begins(t) && isFurniture(t, heads, own):
			// A footnote left open stays open: it goes on under the next page's separator.
			if inNotes {
				carry = noteOpen && !bodyOpen
			}
			broken, inNotes = true, false
			continue
		case isSeparator(t):
			bodyOpen = len(c.lines) > 0 && !endsSentence(c.lines[len(c.lines)-1].text)
			inNotes, broken = true, true
			continue
		}
		if carry {
			carry = false
			if noteIndex >= 0 && continuesNote(c.footnotes[noteIndex].text, t) {
				c.footnotes[noteIndex].text += lineBreak(c.footnotes[noteIndex].text, t) + t
				noteOpen = false
				continue
			}
		}
		if inNotes {
			digits, stars, text, ok := footnoteLine(t)
			sup := false
			if !ok {
				digits, text, ok = superscriptNoteLine(t)
				sup = ok
			}
			if ok {
				// A footnote marked by a symbol stands outside the numbering: the numbered
				// ones after it go on from the last number.
				if stars != "" {
					marked++
					c.footnotes = append(c.footnotes, footnote{num: -marked, mark: stars, text: text, line: i + 1})
					noteIndex, noteOpen = len(c.footnotes)-1, !endsNote(text)
					continue
				}
				n, _ := strconv.Atoi(digits)
				if lastNote == 0 || (n > lastNote && n <= lastNote+3) {
					c.footnotes = append(c.footnotes, footnote{num: n, text: text, line: i + 1, sup: sup})
					noteIndex, lastNote, noteOpen = len(c.footnotes)-1, n, !endsNote(text)
					continue
				}
			}
			if noteOpen && noteIndex >= 0 {
				c.footnotes[noteIndex].text += lineBreak(c.footnotes[noteIndex].text, t) + t
				noteOpen = !endsNote(t)
				continue
			}
			inNotes = false
		}
		c.lines = append(c.lines, line{
			no:         int32(i + 1),
			text:       t,
			indented:   margins[i].indented,
			indent:     margins[i].indent,
			afterBreak: broken,
		})
		broken = false
	}
	// The document's own symbol is the running head beside its job numbers, else the one
	// that recurs most; a tie goes to the smaller, so the choice is stable.
	best := -1
	for h, score := range heads {
		if score > best || score == best && h < c.symbol {
			c.symbol, best = h, score
		}
		c.heads = append(c.heads, h)
	}
	slices.Sort(c.heads) // a joint report's heads give all its symbols: one order in every run
	return c
}

// furnitureStart holds the runes that page furniture begins with: job numbers, page
// numbers and running heads, which are symbols (a running head with the title after it
// begins with its symbol). Most lines begin with another.
var furnitureStart = newFirstRunes(jobNumberRE, pageNumberRE, loneSymbolRE)

// Where each kind of page furniture can begin: loneSymbolStart for running heads.
var (
	jobNumberStart  = newFirstRunes(jobNumberRE)
	pageNumberStart = newFirstRunes(pageNumberRE)
	loneSymbolStart = newFirstRunes(loneSymbolRE)
)

// isFurniture reports whether a line is a job number, a page number or a running head,
// each tried only where the line begins as it can: a running head is one of heads, or
// gives its symbol first (headWithTitle), and heads are lone symbols.
func isFurniture(t string, heads map[string]int, own map[string]bool) bool {
	return jobNumberStart.begins(t) && endsAs(jobNumberRE, t) && jobNumberRE.MatchString(t) ||
		pageNumberStart.begins(t) && endsAs(pageNumberRE, t) && pageNumberRE.MatchString(t) && pageOfPages(t) ||
		loneSymbolStart.begins(t) && (heads[t] > 0 || headWithTitle(t, heads, own))
}

// endsAs reports whether t ends with a byte that ends a rune a match of re, anchored at the
// end, can end with: the first test anchoredRE.may makes there.
func endsAs(re *anchoredRE, t string) bool {
	return re.last.all || t != "" && re.last.tails[t[len(t)-1]]
}

// isSeparator reports whether separatorRE matches t: five underscores or more, and nothing
// else.
func isSeparator(t string) bool {
	if len(t) < 5 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '_' {
			return false
		}
	}
	return true
}

// footnoteLine matches a footnote's line as footnoteRE does, without the regexp machine,
// which costs a footnote's length many times over as it backtracks through its .*: it
// returns the footnote's number or its asterisks (one of them "") and its text.
// Either run is taken whole: with fewer digits or asterisks than stand there, the next
// would have to be white space or, after asterisks, the text, which begins with none.
// The text goes on to the end, holding no line break (.), and begins with a character
// other than white space (\s, after the longest run of it) and an asterisk.
func footnoteLine(t string) (digits, stars, text string, ok bool) {
	i := 0
	switch {
	case t != "" && t[0] >= '0' && t[0] <= '9':
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		digits = t[:i]
		if i > 3 || i == len(t) || !isRESpace(t[i]) {
			return "", "", "", false
		}
	case strings.HasPrefix(t, "*"):
		for i < len(t) && t[i] == '*' {
			i++
		}
		stars = t[:i]
		if i > 3 {
			return "", "", "", false
		}
	default:
		return "", "", "", false
	}
	i = skipRESpaces(t, i)
	if i == len(t) || t[i] == '*' || strings.IndexByte(t[i:], '\n') >= 0 {
		return "", "", "", false
	}
	return digits, stars, t[i:], true
}

// superscriptNoteLine reads a footnote whose number is printed in superscript digits
// ("¹ 见CTOC/COP/2022/12。", "¹²另见A/AC.291/22。"), as notes typeset from word processors
// give them: it returns the number in ASCII digits and the text. A superscript number
// stands for nothing else at a line's start, so no space need follow it.
func superscriptNoteLine(t string) (digits, text string, ok bool) {
	var buf [3]byte
	i, n := 0, 0
	for n < len(buf) {
		d, size := superscriptDigit(t[i:])
		if size == 0 {
			break
		}
		buf[n], n, i = d, n+1, i+size
	}
	if n == 0 {
		return "", "", false
	}
	if _, size := superscriptDigit(t[i:]); size > 0 {
		return "", "", false // four digits or more: no footnote's number
	}
	i = skipRESpaces(t, i)
	if i == len(t) || t[i] == '*' || strings.IndexByte(t[i:], '\n') >= 0 {
		return "", "", false
	}
	return string(buf[:n]), t[i:], true
}

// superscriptDigit returns the ASCII digit of the superscript digit s begins with (¹ ² ³
// U+00B9 U+00B2 U+00B3, ⁰ ⁴–⁹ U+2070 U+2074–U+2079) and its length in bytes; 0, 0 for none.
func superscriptDigit(s string) (byte, int) {
	switch {
	case len(s) >= 2 && s[0] == 0xc2:
		switch s[1] {
		case 0xb9:
			return '1', 2
		case 0xb2:
			return '2', 2
		case 0xb3:
			return '3', 2
		}
	case len(s) >= 3 && s[0] == 0xe2 && s[1] == 0x81 && (s[2] == 0xb0 || s[2] >= 0xb4 && s[2] <= 0xb9):
		return '0' + s[2] - 0xb0, 3
	}
	return 0, 0
}

// trimSpace is strings.TrimSpace, faster on the lines of a document. It trims ASCII white
// space, which strings.TrimSpace trims too, byte by byte; what is left needs no more
// trimming where the runes at its ends are no white space, as they seldom are: most are
// told by their first byte (plainByte); the others are decoded by hand where they are of
// three bytes (Chinese punctuation), and only a rune that may be white space is looked up.
// strings.TrimSpace decodes the runes at both ends of a line that does not begin with
// ASCII, as most lines here do after their indent. s is valid UTF-8.
func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && asciiSpace[s[i]] {
		i++
	}
	for j > i && asciiSpace[s[j-1]] {
		j--
	}
	if s = s[i:j]; s == "" || (plainByte(s[0]) || !wideSpace(leadRune(s))) && (plainEnd(s) || !wideSpace(lastRune(s))) {
		return s
	}
	return strings.TrimSpace(s) // the white space left is the same
}

// plainByte reports whether c, the first byte of a rune, begins one that is no white space
// at a glance: an ASCII character other than white space, or a character of three bytes
// that begins with E4 to EF (Chinese characters and full-width forms).
func plainByte(c byte) bool {
	return c > ' ' && c < 0x7f || c >= 0xe4 && c <= 0xef
}

// plainEnd reports whether s, valid UTF-8, ends with a rune that plainByte passes.
func plainEnd(s string) bool {
	n := len(s)
	if s[n-1] < utf8.RuneSelf {
		return plainByte(s[n-1])
	}
	return n >= 3 && s[n-3] >= 0xe4 && s[n-3] <= 0xef // the last rune's lead
}

// wideSpace reports whether r is white space beyond ASCII: U+0085, U+00A0, or one of
// U+1680 to U+3000.
func wideSpace(r rune) bool {
	return r >= 0x85 && (r <= 0xa0 || r >= 0x1680 && r <= 0x3000) && unicode.IsSpace(r)
}

// asciiSpace holds the ASCII bytes that unicode.IsSpace, and so strings.TrimSpace, counts
// as white space.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// beginsWithSpace reports whether s begins with white space, as unicode.IsSpace of its first
// rune does: an ASCII byte is looked up, and only a rune beyond ASCII decoded.
func beginsWithSpace(s string) bool {
	return s != "" && (asciiSpace[s[0]] || s[0] >= utf8.RuneSelf && wideSpace(leadRune(s)))
}

// indentOf returns how many bytes of blanks (space, tab, U+3000) s begins with, as
// len(s) - len(strings.TrimLeft(s, " \t\u3000")) does without its decoding.
func indentOf(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u3000"):
			i += len("\u3000")
		default:
			return i
		}
	}
	return i
}

// pageOfPages reports whether a page number written "page/total" ("3/10") has its page
// within the total; a lone number always does. An act's number alone on a line ("6/1")
// does not.
func pageOfPages(t string) bool {
	page, total, ok := strings.Cut(t, "/")
	if !ok {
		return true
	}
	return atoi(strings.TrimSpace(page)) <= atoi(strings.TrimSpace(total))
}

// headWithTitle reports whether a line is a running head that gives the document's title
// after its symbol ("A/RES/70/178 联合国预防犯罪和刑事司法方案"): one of the document's
// running heads or its title page's symbol, then words that close no sentence.
func headWithTitle(t string, heads map[string]int, own map[string]bool) bool {
	if len(t) < 5 || t[0] < 'A' || t[0] > 'Z' {
		return false // the symbol's tests below, before the search for its end
	}
	sym, rest, ok := strings.Cut(t, " ")
	if !ok || len(sym) < 5 || sym[0] < 'A' || sym[0] > 'Z' || heads[sym] == 0 && !own[sym] {
		return false
	}
	rest = trimSpace(rest)
	return rest != "" && indexAny(rest, "。，；：") < 0 && runeLen(rest) <= 80
}

// titleSymbolsOf returns the symbols that end the first lines of a document, where its
// title page gives its own ("联合国 A/RES/70/178").
func titleSymbolsOf(lines []string) map[string]bool {
	own := map[string]bool{}
	for i, seen := 0, 0; i < len(lines) && seen < 5; i++ {
		if lines[i] == "" {
			continue
		}
		seen++
		if k := strings.LastIndexByte(lines[i], ' '); k >= 0 && loneSymbolRE.MatchString(lines[i][k+1:]) {
			own[lines[i][k+1:]] = true
		} else if loneSymbolRE.MatchString(lines[i]) {
			own[lines[i]] = true
		}
	}
	return own
}

// runningHeads finds the document's running heads: lines (trimmed of space) that hold only
// a UN symbol and recur, or stand next to a job number. A symbol alone on one line in
// running text is not one of them.
func runningHeads(lines []string) map[string]int {
	seen := map[string]int{}
	nearJob := map[string]bool{}
	for i, t := range lines {
		if !loneSymbolStart.begins(t) || !loneSymbolRE.MatchString(t) {
			continue
		}
		seen[t]++
		for j := max(0, i-4); j < min(len(lines), i+5); j++ {
			if jobNumberStart.begins(lines[j]) && jobNumberRE.MatchString(lines[j]) {
				nearJob[t] = true
			}
		}
	}
	// A head's score: how often it stands alone, and far more when it stands by a job number.
	heads := map[string]int{}
	for s, n := range seen {
		switch {
		case nearJob[s]:
			heads[s] = n + 1000
		case n >= 2:
			heads[s] = n
		}
	}
	return heads
}

// endsSentence reports whether s ends with punctuation that closes a sentence or a clause
// list item, after which a new paragraph may start.
func endsSentence(s string) bool {
	s = trimSpace(s)
	if s == "" {
		return true
	}
	switch r, _ := decodeLastRune(s); r {
	case '。', '；', '：', ';', ':', '.', '，', '”', '」':
		return true
	}
	return false
}

// continuesNote reports whether t, the first line of a page, ends the footnote note that
// the page before left open mid-sentence (its text ends with a word or a comma, not a
// symbol or a number, which a note may end with): t ends the note, and opens no paragraph,
// list item or heading.
func continuesNote(note, t string) bool {
	r, _ := utf8.DecodeLastRuneInString(note)
	if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("，、；：", r) || !endsNote(t) {
		return false
	}
	return listNumber(t) == "" && !isChapterHead(t) && !isSectionHead(t)
}

// endsNote reports whether a footnote's text is complete: footnotes end with a full stop.
func endsNote(s string) bool {
	s = trimSpace(s)
	if s == "" {
		return true
	}
	switch r, _ := decodeLastRune(s); r {
	case '。', '.', '）', ')':
		return true
	}
	return false
}

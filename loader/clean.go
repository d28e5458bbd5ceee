package loader

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// line is one line of body text after cleaning.
type line struct {
	no       int    // 1-based line number in the file
	text     string // without leading and trailing space
	indented bool   // it began with white space: in this family, a paragraph starts so
	// afterBreak reports whether page furniture or a footnote block stood between this line
	// and the body line before it: the text may go on mid-sentence there, indented or not.
	afterBreak bool
}

// footnote is the text of one footnote, apart from the body.
type footnote struct {
	num  int
	text string
	line int
}

// cleaned is the text of a document with its page furniture removed and its footnotes apart.
type cleaned struct {
	lines     []line
	footnotes []footnote
	// symbol is the document's own UN symbol, read from its running heads; "" when it has none.
	symbol string
}

var (
	// A job number with the page number before or after it: "10 V.12-57117", "V.12-57117 (C)".
	jobNumberRE = regexp.MustCompile(`^(?:\d{1,4}\s+)?[A-Z]\.\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{1,4})?$`)
	// A bar-code line of a job number ("*1257117*") or a lone page number ("12", "- 12 -").
	pageNumberRE = regexp.MustCompile(`^(?:\*\d{5,}\*|-?\s*\d{1,4}\s*-?)$`)
	separatorRE  = regexp.MustCompile(`^_{5,}$`)
	footnoteRE   = regexp.MustCompile(`^(\d{1,3})\s+(\S.*)$`)
	// A line that is nothing but a UN document symbol: a running head candidate.
	loneSymbolRE = regexp.MustCompile(`^[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.\-]+)+$`)
)

// foldWidth maps full-width ASCII letters, digits and the slash, full stop, hyphen and
// space to their half-width forms, one rune for one, so that offsets stay valid and rules
// see one form. Chinese punctuation (，。：；（）) is left as it is: it is part of the quote.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
			return r - '０' + '0' // the full-width forms sit at a fixed distance from ASCII
		case r == '／':
			return '/'
		case r == '．':
			return '.'
		case r == '－':
			return '-'
		case r == '\u3000', r == '\u00a0':
			return ' '
		}
		return r
	}, s)
}

// clean splits text into lines, drops page furniture (job numbers, page numbers, running
// heads) and moves footnotes apart from the body.
func clean(text string) cleaned {
	raw := strings.Split(foldWidth(strings.ReplaceAll(text, "\f", "\n")), "\n")
	heads := runningHeads(raw)
	var (
		c         cleaned
		inNotes   bool
		broken    bool
		lastNote  = 0
		noteOpen  = false // the last footnote has not ended with a full stop yet
		noteIndex = -1
	)
	for i, r := range raw {
		t := strings.TrimSpace(r)
		switch {
		case t == "":
			continue
		case jobNumberRE.MatchString(t), pageNumberRE.MatchString(t), heads[t]:
			broken, noteOpen = true, false
			inNotes = false
			continue
		case separatorRE.MatchString(t):
			inNotes, broken = true, true
			continue
		}
		if inNotes {
			if m := footnoteRE.FindStringSubmatch(t); m != nil {
				n, _ := strconv.Atoi(m[1])
				if lastNote == 0 || (n > lastNote && n <= lastNote+3) {
					c.footnotes = append(c.footnotes, footnote{num: n, text: m[2], line: i + 1})
					noteIndex, lastNote, noteOpen = len(c.footnotes)-1, n, !endsNote(m[2])
					continue
				}
			}
			if noteOpen && noteIndex >= 0 {
				c.footnotes[noteIndex].text += t
				noteOpen = !endsNote(t)
				continue
			}
			inNotes = false
		}
		c.lines = append(c.lines, line{
			no:         i + 1,
			text:       t,
			indented:   len(r) > 0 && unicode.IsSpace([]rune(r)[0]),
			afterBreak: broken,
		})
		broken = false
	}
	for h := range heads {
		if c.symbol == "" || h < c.symbol {
			c.symbol = h
		}
	}
	return c
}

// runningHeads finds the document's running heads: lines that hold only a UN symbol and
// recur, or stand next to a job number. A symbol alone on one line in running text is not
// one of them.
func runningHeads(raw []string) map[string]bool {
	seen := map[string]int{}
	nearJob := map[string]bool{}
	for i, r := range raw {
		t := strings.TrimSpace(r)
		if !loneSymbolRE.MatchString(t) {
			continue
		}
		seen[t]++
		for j := max(0, i-4); j < min(len(raw), i+5); j++ {
			if jobNumberRE.MatchString(strings.TrimSpace(raw[j])) {
				nearJob[t] = true
			}
		}
	}
	heads := map[string]bool{}
	for s, n := range seen {
		if n >= 2 || nearJob[s] {
			heads[s] = true
		}
	}
	return heads
}

// endsSentence reports whether s ends with punctuation that closes a sentence or a clause
// list item, after which a new paragraph may start.
func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	r := []rune(s)
	switch r[len(r)-1] {
	case '。', '；', '：', ';', ':', '.', '，', '”', '」':
		return true
	}
	return false
}

// endsNote reports whether a footnote's text is complete: footnotes end with a full stop.
func endsNote(s string) bool {
	r := []rune(strings.TrimSpace(s))
	if len(r) == 0 {
		return true
	}
	switch r[len(r)-1] {
	case '。', '.', '）', ')':
		return true
	}
	return false
}

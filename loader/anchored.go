package loader

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// anchoredRE is a regexp anchored at the start of the text (^…), at its end (…$) or both,
// that knows which runes a match can begin or end with there, and which strings every
// match holds. The rules test every line and block of a document against a dozen such
// patterns and most fail on the first rune, or lack a slash or a full stop: looking at
// that costs a small fraction of starting the regexp machine. A pattern anchored at the
// end only is searched for at every position of the text; when its matches are short, it
// is run on the end of the text that can hold one.
type anchoredRE struct {
	*regexp.Regexp
	first, last runeSet
	needs       []string
	// tail is, for a pattern anchored at the end only, the most runes other than white
	// space (\s) that a match can hold; -1 when that is not bounded or not of use.
	tail int
}

// runeSet is a set of runes as ranges lo, hi, lo, hi, …; a nil set with all true holds
// every rune. leads and tails are the bytes that begin and end the runes of the set in
// UTF-8, for a test that needs no decoding (they hold every byte ≥ 0x80 when the set holds
// U+FFFD, as bytes that are not UTF-8 decode to it).
type runeSet struct {
	ranges       []rune
	all          bool
	leads, tails [256]bool
}

func (s *runeSet) has(r rune) bool {
	for i := 0; i+1 < len(s.ranges); i += 2 {
		if s.ranges[i] <= r && r <= s.ranges[i+1] {
			return true
		}
	}
	return s.all
}

// mustAnchored compiles expr, which must be anchored at the start or the end of the text.
func mustAnchored(expr string) *anchoredRE {
	re := &anchoredRE{Regexp: regexp.MustCompile(expr), first: runeSet{all: true}, last: runeSet{all: true}}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	subs := []*syntax.Regexp{tree}
	if tree.Op == syntax.OpConcat {
		subs = tree.Sub
	}
	start, end := subs[0].Op == syntax.OpBeginText, subs[len(subs)-1].Op == syntax.OpEndText
	if !start && !end {
		panic("loader: " + expr + " is not anchored")
	}
	if start {
		if set, empty := edgeRunes(tree, false); !empty {
			re.first = set.withBytes()
		}
	}
	if end {
		if set, empty := edgeRunes(tree, true); !empty {
			re.last = set.withBytes()
		}
	}
	re.needs = needs(tree)
	re.tail = -1
	if n, ok := maxRunes(tree); ok && end && !start && !looksBehind(tree) {
		re.tail = n
	}
	return re
}

// maxRunes returns the most runes other than white space (\s) that a match of re can hold,
// and false when there is no such bound.
func maxRunes(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpNoMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, true
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if !isSpaceRE(r) {
				n++
			}
		}
		return n, true
	case syntax.OpCharClass:
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !isSpaceRE(r) {
					return 1, true
				}
			}
		}
		return 0, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1, true
	case syntax.OpCapture, syntax.OpQuest:
		return maxRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		n, ok := maxRunes(re.Sub[0])
		switch {
		case ok && n == 0:
			return 0, true // white space only: as much as there is
		case !ok || re.Op != syntax.OpRepeat || re.Max < 0:
			return 0, false
		}
		return n * re.Max, true
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n, ok := maxRunes(sub)
			if !ok {
				return 0, false
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total, true
	}
	return 0, false
}

// isSpaceRE reports whether r is white space as \s matches it.
func isSpaceRE(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// looksBehind reports whether re tests what stands before a position (^, \b): run on the
// end of a text, it could then match where it does not in the whole.
func looksBehind(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	for _, sub := range re.Sub {
		if looksBehind(sub) {
			return true
		}
	}
	return false
}

// from returns where in s a match can begin at the earliest: after the rune, counted from
// the end and leaving white space out, that would be one more than tail.
func (re *anchoredRE) from(s string) int {
	n := 0
	for i := len(s); i > 0; {
		// A Chinese character is a rune of three bytes that is no space: told by its bytes,
		// as utf8 would decode it, where utf8 takes its slow path for it.
		r, size := rune(utf8.RuneError), 3
		if c := s[i-1]; c < utf8.RuneSelf {
			r, size = rune(c), 1
		} else if i < 3 || s[i-3]&0xf0 != 0xe0 || s[i-3] == 0xe0 || s[i-3] == 0xed || s[i-2]&0xc0 != 0x80 || c&0xc0 != 0x80 {
			r, size = decodeLastRune(s[:i])
		}
		if !isSpaceRE(r) {
			if n++; n > re.tail {
				return i
			}
		}
		i -= size
	}
	return 0
}

// needs returns strings that every match of re holds.
func needs(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return []string{string(re.Rune)}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return needs(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return needs(re.Sub[0])
		}
	case syntax.OpConcat:
		var out []string
		for _, sub := range re.Sub {
			out = append(out, needs(sub)...)
		}
		return out
	}
	return nil
}

// edgeRunes returns the runes that a match of re can begin with (or end with, when last),
// and whether it can match the empty string, when the rune after it decides. It may hold
// more runes than can be; never fewer.
func edgeRunes(re *syntax.Regexp, last bool) (set runeSet, empty bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return runeSet{}, false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return runeSet{}, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return runeSet{}, true
		}
		r := re.Rune[0]
		if last {
			r = re.Rune[len(re.Rune)-1]
		}
		set.ranges = []rune{r, r}
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				set.ranges = append(set.ranges, f, f)
			}
		}
		return set, false
	case syntax.OpCharClass:
		return runeSet{ranges: re.Rune}, false
	case syntax.OpCapture, syntax.OpPlus:
		return edgeRunes(re.Sub[0], last)
	case syntax.OpStar, syntax.OpQuest:
		set, _ = edgeRunes(re.Sub[0], last)
		return set, true
	case syntax.OpRepeat:
		set, empty = edgeRunes(re.Sub[0], last)
		return set, empty || re.Min == 0
	case syntax.OpConcat:
		for i := range re.Sub {
			sub := re.Sub[i]
			if last {
				sub = re.Sub[len(re.Sub)-1-i]
			}
			s, e := edgeRunes(sub, last)
			set = set.union(s)
			if !e {
				return set, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, e := edgeRunes(sub, last)
			set, empty = set.union(s), empty || e
		}
		return set, empty
	}
	return runeSet{all: true}, false // any character, or an operator not known here
}

// firstOfAny returns the runes that a match of any of res, anchored at the start, can begin
// with: a text that begins with another rune matches none of them.
func firstOfAny(res ...*anchoredRE) runeSet {
	var set runeSet
	for _, re := range res {
		if re.first.all {
			return runeSet{all: true}
		}
		set = set.union(re.first)
	}
	return set.withBytes()
}

// begins reports whether s begins with a rune of set, which has its leads.
func (set *runeSet) begins(s string) bool {
	if set.all {
		return true
	}
	if s == "" || !set.leads[s[0]] {
		return false
	}
	r, _ := decodeRune(s)
	return set.has(r)
}

// withBytes returns s with its leads and tails.
func (s runeSet) withBytes() runeSet {
	lead := func(r rune) int {
		switch {
		case r < 0x80:
			return int(r)
		case r < 0x800:
			return 0xc0 | int(r>>6)
		case r < 0x10000:
			return 0xe0 | int(r>>12)
		}
		return 0xf0 | int(r>>18)
	}
	for i := 0; i+1 < len(s.ranges); i += 2 {
		lo, hi := s.ranges[i], s.ranges[i+1]
		for b := lead(lo); b <= lead(hi); b++ {
			s.leads[b] = true
		}
		for r := lo; r <= hi && r < 0x80; r++ {
			s.tails[r] = true
		}
		for r := max(lo, 0x80); r <= hi && r < max(lo, 0x80)+0x40; r++ {
			s.tails[0x80|r&0x3f] = true
		}
		if lo <= utf8.RuneError && utf8.RuneError <= hi {
			for b := 0x80; b < 0x100; b++ {
				s.leads[b], s.tails[b] = true, true
			}
		}
	}
	return s
}

func (s runeSet) union(t runeSet) runeSet {
	return runeSet{ranges: append(append([]rune(nil), s.ranges...), t.ranges...), all: s.all || t.all}
}

// may reports whether s can hold a match: false when its first or last rune rules one out,
// or it lacks a string that a match holds.
func (re *anchoredRE) may(s string) bool {
	if !re.first.all {
		if s == "" || !re.first.leads[s[0]] {
			return false
		}
		if r, _ := decodeRune(s); !re.first.has(r) {
			return false
		}
	}
	if !re.last.all {
		if s == "" || !re.last.tails[s[len(s)-1]] {
			return false
		}
		if r, _ := decodeLastRune(s); !re.last.has(r) {
			return false
		}
	}
	for _, n := range re.needs {
		if !contains(s, n) {
			return false
		}
	}
	return true
}

func (re *anchoredRE) MatchString(s string) bool {
	if re.tail >= 0 {
		s = s[re.from(s):]
	}
	return re.may(s) && re.Regexp.MatchString(s)
}

func (re *anchoredRE) FindStringIndex(s string) []int {
	return re.index(s, re.Regexp.FindStringIndex)
}

func (re *anchoredRE) FindStringSubmatch(s string) []string {
	if re.tail >= 0 {
		s = s[re.from(s):]
	}
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindStringSubmatch(s)
}

func (re *anchoredRE) FindStringSubmatchIndex(s string) []int {
	return re.index(s, re.Regexp.FindStringSubmatchIndex)
}

// index runs find on the part of s that can hold a match, and gives its indexes in s.
func (re *anchoredRE) index(s string, find func(string) []int) []int {
	from := 0
	if re.tail >= 0 {
		from = re.from(s)
	}
	if !re.may(s[from:]) {
		return nil
	}
	loc := find(s[from:])
	shifted(loc, from)
	return loc
}

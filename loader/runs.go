package loader

import (
	"regexp"
	"regexp/syntax"
	"unicode"
)

// runRE is a regexp whose matches can hold only runes of a set that leaves out the
// punctuation around them (a date and a place, say: digits, white space and Chinese
// characters). A match then lies in one run of such runes, and a run that lacks a string
// every match holds has none: the regexp is run only on the runs around its anchor, the
// longest such string, where running it on the whole text would start the machine at every
// character. As the pattern tests nothing of what stands around a match (no ^, $ or \b),
// each run yields the matches that the whole text has in it.
type runRE struct {
	*regexp.Regexp
	anchor string
	needs  []string
	// in holds the runes of the Basic Multilingual Plane that a match can hold, one bit
	// each; wide holds those beyond it as ranges lo, hi, lo, hi, ….
	in   *[1 << 16 / 64]uint64
	wide []rune
}

// mustRuns compiles expr for runRE; it panics when a match can hold any rune, tests what
// stands around it, or holds no string that every match must.
func mustRuns(expr string) *runRE {
	re := &runRE{Regexp: regexp.MustCompile(expr), in: new([1 << 16 / 64]uint64)}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	if !re.addRunes(tree) {
		panic("loader: a match of " + expr + " may hold any rune, or depends on what stands around it")
	}
	re.needs = needs(tree)
	for _, n := range re.needs {
		if len(n) > len(re.anchor) {
			re.anchor = n
		}
	}
	if re.anchor == "" {
		panic("loader: " + expr + " has no string that every match holds")
	}
	return re
}

// addRunes adds to re's set the runes that a match of t can hold, and reports false when
// that is every rune or t looks at the text around its match.
func (re *runRE) addRunes(t *syntax.Regexp) bool {
	add := func(lo, hi rune) {
		for r := lo; r <= hi && r < 1<<16; r++ {
			re.in[r/64] |= 1 << (r % 64)
		}
		if hi >= 1<<16 {
			re.wide = append(re.wide, max(lo, 1<<16), hi)
		}
	}
	switch t.Op {
	case syntax.OpEmptyMatch, syntax.OpNoMatch:
	case syntax.OpLiteral:
		for _, r := range t.Rune {
			add(r, r)
			if t.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					add(f, f)
				}
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(t.Rune); i += 2 {
			add(t.Rune[i], t.Rune[i+1])
		}
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat,
		syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range t.Sub {
			if !re.addRunes(sub) {
				return false
			}
		}
	default: // any character, ^, $, \b and the like
		return false
	}
	return true
}

// has reports whether a match can hold r.
func (re *runRE) has(r rune) bool {
	if r < 1<<16 {
		return re.in[r/64]&(1<<(r%64)) != 0
	}
	for i := 0; i+1 < len(re.wide); i += 2 {
		if re.wide[i] <= r && r <= re.wide[i+1] {
			return true
		}
	}
	return false
}

// FindAllStringSubmatchIndex is regexp's, for all matches (n = -1 only).
func (re *runRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if n != -1 {
		panic("loader: runRE finds all matches only")
	}
	var out [][]int
	for from := 0; from < len(s); {
		i := index(s[from:], re.anchor)
		if i < 0 {
			break
		}
		start, end := from+i, from+i+len(re.anchor)
		for start > 0 {
			r, size := decodeLastRune(s[:start])
			if !re.has(r) {
				break
			}
			start -= size
		}
		for end < len(s) {
			r, size := decodeRune(s[end:])
			if !re.has(r) {
				break
			}
			end += size
		}
		from = end
		if !re.holdsNeeds(s[start:end]) {
			continue
		}
		for _, m := range re.Regexp.FindAllStringSubmatchIndex(s[start:end], -1) {
			shifted(m, start)
			out = append(out, m)
		}
	}
	return out
}

func (re *runRE) holdsNeeds(run string) bool {
	for _, n := range re.needs {
		if n != re.anchor && !contains(run, n) {
			return false
		}
	}
	return true
}

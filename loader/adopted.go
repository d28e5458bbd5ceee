package loader

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"copgraph/kg"
)

// adoptedMatches returns adoptedRE.FindAllStringSubmatchIndex(s, -1), read by hand: the
// regexp machine, started at every character of a long stretch of narrative, costs far
// more than the few places a match can begin.
//
// adoptedRE is M? P 通过了 B T, where
//
//	M = 在\s*(?:DATE\s*)?(?:举行的)?第\s*(\d{1,3})\s*次(?:全体)?会议(?:NOTE)?上，   (groups 1–4)
//	P = [^。（，]{0,20}?
//	B = ((?:[^。（]|（[^（）]{0,60}）)*?)                               (group 5)
//	T = (决议|决定)草案\s*（([^（）]{4,80})）                           (groups 6, 7)
//
// Each part but the lazy P and B can match at a place in one way only: every optional or
// repeated piece is followed by a token that it cannot itself begin with (white space
// before a digit or a character, digits before 年, 月, 日 or 次), so giving any of it back
// fails. A unit of B is one rune other than 。 or （, or a bracket of at most 60 runes
// other than brackets: at each place one of the two, if any, can be taken. So a match at a
// place is the first in the regexp's order of: M, then none; then the fewest runes of P
// before a 通过了; then the fewest units of B before a T. The leftmost match is the one at the
// first place that has one, and the next is searched for after it.
func adoptedMatches(s string) [][]int {
	var out [][]int
	for pos := 0; pos < len(s); {
		m := adoptedMatchFrom(s, pos)
		if m == nil {
			break
		}
		out = append(out, m)
		pos = m[1] // a match is never empty
	}
	return out
}

// adoptedMatchFrom returns the leftmost match of adoptedRE in s that begins at or after pos.
func adoptedMatchFrom(s string, pos int) []int {
	var (
		next = -1 // where the first 通过了 at or after at stands
		// Whether P can reach it from at: no 。（， between, and at most 20 runes.
		lastStop = -1 // the last of 。（， before next
		runes    = 0  // the runes from at to next
		memo     = draftMemo{u: -1}
		m        = new([16]int)
	)
	for at := pos; at < len(s); {
		if next < at {
			// Every match holds a 通过了 after its start: none after at, none at all.
			i := index(s[at:], "通过了")
			if i < 0 {
				return nil
			}
			next, lastStop, runes = at+i, -1, 0
			for p := at; p < next; runes++ {
				r, size := utf8.DecodeRuneInString(s[p:])
				if r == '。' || r == '（' || r == '，' {
					lastStop = p
				}
				p += size
			}
		}
		// Without M, P reads from at to the first 通过了 before any later one (a stop or the
		// 20 runes end it first); with M, the place begins with 在.
		if at > lastStop && runes <= 20 || strings.HasPrefix(s[at:], "在") {
			if adoptedMatchAt(s, at, m, &memo) {
				return m[:]
			}
		}
		_, size := utf8.DecodeRuneInString(s[at:])
		at += size
		runes--
	}
	return nil
}

// adoptedMatchAt reads the match of adoptedRE that begins at at into m, and reports
// whether there is one.
func adoptedMatchAt(s string, at int, m *[16]int, memo *draftMemo) bool {
	reset := func() {
		for i := range m {
			m[i] = -1
		}
		m[0] = at
	}
	reset()
	if strings.HasPrefix(s[at:], "在") {
		if end, ok := meetingClause(s, at, m[:]); ok && adoptedAfter(s, end, m[:], memo) {
			return true
		}
		reset() // groups 1–4 are M's, which took no part
	}
	return adoptedAfter(s, at, m[:], memo)
}

// meetingClause reads M at at, setting groups 1–4 of m, and returns where it ends.
func meetingClause(s string, at int, m []int) (int, bool) {
	p := skipRESpaces(s, at+len("在"))
	if q, ok := meetingDay(s, p, m); ok {
		p = skipRESpaces(s, q)
	}
	if strings.HasPrefix(s[p:], "举行的") {
		p += len("举行的")
	}
	if !strings.HasPrefix(s[p:], "第") {
		return 0, false
	}
	p = skipRESpaces(s, p+len("第"))
	q := digitRun(s, p)
	if q == p || q-p > 3 {
		return 0, false
	}
	m[8], m[9] = p, q
	p = skipRESpaces(s, q)
	if !strings.HasPrefix(s[p:], "次") {
		return 0, false
	}
	p += len("次")
	if strings.HasPrefix(s[p:], "全体") {
		p += len("全体")
	}
	if !strings.HasPrefix(s[p:], "会议") {
		return 0, false
	}
	p += len("会议")
	p += meetingNoteEnd(s[p:]) // "（闭幕会议）"
	if !strings.HasPrefix(s[p:], "上，") {
		return 0, false
	}
	return p + len("上，"), true
}

// meetingDay reads meetingDatePattern at p, setting groups 1–3 of m, and returns where it
// ends. A year is exactly four digits before 年, a month or a day one or two before 月 or
// 日: a longer run of digits leaves the next token no digit to begin with.
func meetingDay(s string, p int, m []int) (int, bool) {
	y0, y1 := -1, -1
	if q := digitRun(s, p); q-p == 4 {
		if r := skipRESpaces(s, q); strings.HasPrefix(s[r:], "年") {
			y0, y1 = p, q
			p = skipRESpaces(s, r+len("年"))
		}
	}
	mo := digitRun(s, p)
	if mo == p || mo-p > 2 {
		return 0, false
	}
	q := skipRESpaces(s, mo)
	if !strings.HasPrefix(s[q:], "月") {
		return 0, false
	}
	d0 := skipRESpaces(s, q+len("月"))
	d1 := digitRun(s, d0)
	if d1 == d0 || d1-d0 > 2 {
		return 0, false
	}
	q = skipRESpaces(s, d1)
	if !strings.HasPrefix(s[q:], "日") {
		return 0, false
	}
	m[2], m[3], m[4], m[5], m[6], m[7] = y0, y1, p, mo, d0, d1
	return q + len("日"), true
}

// digitRun returns the end of the run of ASCII digits at p.
func digitRun(s string, p int) int {
	for p < len(s) && s[p] >= '0' && s[p] <= '9' {
		p++
	}
	return p
}

// adoptedAfter reads P 通过了 B T from p, setting groups 5–7 of m and its end: P takes the
// fewest runes, and B the fewest units, that let the rest match.
func adoptedAfter(s string, p int, m []int, memo *draftMemo) bool {
	for k := 0; ; k++ {
		if strings.HasPrefix(s[p:], "通过了") && memo.draftAfter(s, p+len("通过了"), m) {
			return true
		}
		if k == 20 || p >= len(s) {
			return false
		}
		r, size := utf8.DecodeRuneInString(s[p:])
		if r == '。' || r == '（' || r == '，' {
			return false
		}
		p += size
	}
}

// draftMemo holds what draftAfter read from the last place it read from: the places that
// begin a match try, one after another, the same 通过了 and so the same B T after it.
type draftMemo struct {
	u      int
	ok     bool
	groups [7]int // m[1] and m[10:16]
}

// draftAfter is draftAfter, remembered for the last u.
func (memo *draftMemo) draftAfter(s string, u int, m []int) bool {
	if memo.u != u {
		memo.u, memo.ok = u, draftAfter(s, u, m)
		if memo.ok {
			memo.groups[0] = m[1]
			copy(memo.groups[1:], m[10:16])
		}
	}
	if memo.ok {
		m[1] = memo.groups[0]
		copy(m[10:16], memo.groups[1:])
	}
	return memo.ok
}

// draftAfter reads B T from u.
func draftAfter(s string, u int, m []int) bool {
	for v := u; ; {
		if end, ok := draftNamed(s, v, m); ok {
			m[1], m[10], m[11] = end, u, v
			return true
		}
		if v >= len(s) {
			return false
		}
		r, size := utf8.DecodeRuneInString(s[v:])
		switch r {
		case '。':
			return false
		case '（':
			n, q := nonBrackets(s, v+size, 60)
			if n > 60 || !strings.HasPrefix(s[q:], "）") {
				return false
			}
			v = q + len("）")
		default:
			v += size
		}
	}
}

// draftNamed reads T at v, setting groups 6 and 7 of m, and returns where it ends.
func draftNamed(s string, v int, m []int) (int, bool) {
	if !strings.HasPrefix(s[v:], "决议草案") && !strings.HasPrefix(s[v:], "决定草案") {
		return 0, false
	}
	p := skipRESpaces(s, v+len("决议草案"))
	if !strings.HasPrefix(s[p:], "（") {
		return 0, false
	}
	p += len("（")
	n, q := nonBrackets(s, p, 80)
	if n < 4 || n > 80 || !strings.HasPrefix(s[q:], "）") {
		return 0, false
	}
	m[12], m[13], m[14], m[15] = v, v+len("决议"), p, q
	return q + len("）"), true
}

// nonBrackets counts the runes from p up to the first （ or ） (or the end of s), counting
// no further than most+1, and returns the count and where it stopped.
func nonBrackets(s string, p, most int) (int, int) {
	n := 0
	for p < len(s) && n <= most {
		r, size := utf8.DecodeRuneInString(s[p:])
		if r == '（' || r == '）' {
			break
		}
		n++
		p += size
	}
	return n, p
}

// textAtStartRE is textAtRE matching at the start of the text only.
var textAtStartRE = regexp.MustCompile(`^(?:` + textAtRE.String() + `)`)

// textAtIn returns textAtRE.FindStringSubmatchIndex(s). A match begins with "（案文见" and
// ends at the first or the second "）" after it (a number may be bracketed: "第 1373（2001）
// 号决议"), and the pattern tests nothing outside it but for a \b after a letter in it: the
// regexp is run at each "（案文见" in turn, on the text up to the second "）" after it. Run on
// the whole text, it costs in proportion to all of it, where a note is a few dozen
// characters.
func textAtIn(s string) []int {
	for from := 0; ; {
		i := index(s[from:], "（案文见")
		if i < 0 {
			return nil
		}
		at := from + i
		if m := textAtPlain(s, at); m != nil {
			return m
		}
		end := len(s)
		if j := index(s[at:], "）"); j >= 0 {
			if k := index(s[at+j+len("）"):], "）"); k >= 0 {
				end = at + j + len("）") + k + len("）")
			}
		}
		if m := textAtStartRE.FindStringSubmatchIndex(s[at:end]); m != nil {
			shifted(m, at)
			return m
		}
		from = at + len("（案文见")
	}
}

// textAtPlain reads the usual note at at, "（案文见第一章，A 节，第 6/1 号决议。）": the regexp
// tries each 第 within 30 runes, none of them a bracket, in turn; a 第 that no digit or "S-"
// follows cannot begin the number, and a plain number ("6/1": no suffix letter can follow
// it before 号) leaves no choice in the rest. It returns nil where the note is another,
// which the regexp then reads.
func textAtPlain(s string, at int) []int {
	p := at + len("（案文见")
	for n := 0; ; n++ {
		if strings.HasPrefix(s[p:], "第") {
			if n0 := skipRESpaces(s, p+len("第")); n0 < len(s) && (s[n0] >= '0' && s[n0] <= '9' || s[n0] == 'S') {
				return textAtNumber(s, at, n0)
			}
		}
		if n == 30 || p >= len(s) {
			return nil
		}
		r, size := utf8.DecodeRuneInString(s[p:])
		if r == '（' || r == '）' {
			return nil
		}
		p += size
	}
}

// textAtNumber reads the rest of a note from the number at n0, where it is plain.
func textAtNumber(s string, at, n0 int) []int {
	q := skipDigits(s, n0, 4)
	if q == n0 {
		return nil
	}
	q = skipRESpaces(s, q)
	if q >= len(s) || s[q] != '/' {
		return nil
	}
	q = skipRESpaces(s, q+1)
	n1 := skipDigits(s, q, 4)
	if n1 == q {
		return nil
	}
	q = skipRESpaces(s, n1)
	if !strings.HasPrefix(s[q:], "号") {
		return nil
	}
	k := skipRESpaces(s, q+len("号"))
	if !strings.HasPrefix(s[k:], "决议") && !strings.HasPrefix(s[k:], "决定") {
		return nil
	}
	end := k + len("决议")
	if strings.HasPrefix(s[end:], "。）") {
		end += len("。）")
	} else if strings.HasPrefix(s[end:], "）") {
		end += len("）")
	} else {
		return nil
	}
	return []int{at, end, n0, n1, k, k + len("决议")}
}

// textAtAll returns textAtRE.FindAllStringSubmatchIndex(s, -1): each match, by textAtIn,
// after the one before (a match is never empty).
func textAtAll(s string) [][]int {
	var out [][]int
	for pos := 0; ; {
		m := textAtIn(s[pos:])
		if m == nil {
			return out
		}
		shifted(m, pos)
		out = append(out, m)
		pos = m[1]
	}
}

// submittedIn returns submittedRE.FindStringSubmatch(s), read by hand. A match begins
// with 由, 通过了 or 审议了 (the latter two with 一份 or 一项 after them where that lets the rest
// match, as the greedy ? tries it first), then the fewest runes, two or more and at most
// 80, none of ，。（）由, that are followed by 提交的, or by a bracket of at most 80 runes other
// than brackets and then 提交的 (tried first). The leftmost place that begins a match gives
// it.
func submittedIn(s string) []string {
	if !contains(s, "提交的") {
		return nil // every match ends with it
	}
	for a := 0; a < len(s); {
		var heads []int // where the submitter may begin, in the order the regexp tries them
		switch rest := s[a:]; {
		case strings.HasPrefix(rest, "由"):
			heads = []int{a + len("由")}
		case strings.HasPrefix(rest, "通过了"), strings.HasPrefix(rest, "审议了"):
			b := a + len("通过了")
			if strings.HasPrefix(s[b:], "一份") || strings.HasPrefix(s[b:], "一项") {
				heads = []int{b + len("一份"), b}
			} else {
				heads = []int{b}
			}
		}
		for _, b := range heads {
			if e, end, ok := submitterFrom(s, b); ok {
				return []string{s[a:end], s[b:e]}
			}
		}
		_, size := utf8.DecodeRuneInString(s[a:])
		a += size
	}
	return nil
}

// submitterFrom reads submittedRE's group and what follows it from b: the group's end and
// the match's.
func submitterFrom(s string, b int) (e, end int, ok bool) {
	e = b
	for n := 0; n <= 80; n++ {
		if n >= 2 {
			if strings.HasPrefix(s[e:], "（") {
				k, q := nonBrackets(s, e+len("（"), 80)
				if k <= 80 && strings.HasPrefix(s[q:], "）") && strings.HasPrefix(s[q+len("）"):], "提交的") {
					return e, q + len("）提交的"), true
				}
			}
			if strings.HasPrefix(s[e:], "提交的") {
				return e, e + len("提交的"), true
			}
		}
		if n == 80 || e >= len(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[e:])
		if r == '，' || r == '。' || r == '（' || r == '）' || r == '由' {
			break
		}
		e += size
	}
	return 0, 0, false
}

// sponsorsIn returns sponsorsRE.FindStringSubmatch(s), read by hand. A match begins with
// 提案方 or 提案国 and 为 or 是; then white space, a colon and white space, each optional and
// tried greedily; then the sponsors, 2 to 600 runes up to the first 。 after them. The
// sponsors can hold no 。, so where they begin decides the match: the first place, in the
// regexp's order, from which the next 。 stands 2 to 600 runes on.
func sponsorsIn(s string) []string {
	for from := 0; ; {
		i := index(s[from:], "提案")
		if i < 0 {
			return nil
		}
		a := from + i
		from = a + len("提案")
		p := from
		if !strings.HasPrefix(s[p:], "方") && !strings.HasPrefix(s[p:], "国") {
			continue
		}
		p += len("方")
		if !strings.HasPrefix(s[p:], "为") && !strings.HasPrefix(s[p:], "是") {
			continue
		}
		p += len("为")
		// \s*[：:]?\s*: the first \s* gives back its spaces one by one, and at each length
		// the colon is tried, then none, each with the second \s* giving back its own.
		sp := skipRESpaces(s, p)
		c := sp // past the colon, if any
		if strings.HasPrefix(s[sp:], "：") {
			c += len("：")
		} else if strings.HasPrefix(s[sp:], ":") {
			c++
		}
		if sp-p > 8 || skipRESpaces(s, c)-c > 8 {
			// Long white space: the tries below would be many, each reading on to the 。.
			return sponsorsRE.FindStringSubmatch(s)
		}
		for x := sp; x >= p; x-- {
			for _, colon := range []bool{true, false} {
				y := x
				if colon {
					switch {
					case strings.HasPrefix(s[x:], "："):
						y += len("：")
					case strings.HasPrefix(s[x:], ":"):
						y++
					default:
						continue
					}
				}
				for g := skipRESpaces(s, y); g >= y; g-- {
					if e, ok := sponsorsEnd(s, g); ok {
						return []string{s[a : e+len("。")], s[g:e]}
					}
				}
			}
		}
	}
}

// sponsorsEnd returns where the 。 after g stands, where 2 to 600 runes lie between.
func sponsorsEnd(s string, g int) (int, bool) {
	n := 0
	for p := g; p < len(s) && n <= 600; {
		r, size := utf8.DecodeRuneInString(s[p:])
		if r == '。' {
			return p, n >= 2
		}
		n++
		p += size
	}
	return 0, false
}

// adoptedInstrumentGaps are the words between an act a text names and an instrument that
// say the act adopted it: "第 70/175 号决议通过的《…规则》", "在其第 64/293 号决议中通过
// 的《全球行动计划》".
var adoptedInstrumentGaps = []string{"通过的", "所通过的", "中通过的", "中所通过的"}

// adoptsInstrument reports whether gap, the text between the end of an act's reference and
// an instrument's name, says the act adopted the instrument: one of adoptedInstrumentGaps,
// or a clause on the act, "，其中通过了", "，其中大会通过了".
func adoptsInstrument(gap string) bool {
	gap = trimSpace(gap)
	for _, g := range adoptedInstrumentGaps {
		if gap == g {
			return true
		}
	}
	rest, ok := strings.CutPrefix(gap, "，其中")
	if !ok {
		rest, ok = strings.CutPrefix(gap, ",其中")
	}
	if !ok {
		return false
	}
	rest, ok = strings.CutSuffix(trimSpace(rest), "通过了")
	if !ok {
		return false
	}
	// The body that adopted it, if named: a name of a few characters ("经济及社会理事会"),
	// with no place or part of the act in it ("在序言中").
	body := trimSpace(rest)
	return trailingHan(body) == body && utf8.RuneCountInString(body) <= 8 && !strings.ContainsAny(body, "在中")
}

// joinsInstruments reports whether gap, the text between two instruments' names, joins
// them in one list: "、", "和", "及" or "以及".
func joinsInstruments(gap string) bool {
	gap = trimSpace(gap)
	for _, j := range []string{"、", "和", "及", "以及"} {
		if gap == j {
			return true
		}
	}
	return false
}

// adoptedInstruments adds CONCERNS, with the verb 通过, from each act a paragraph names to the
// instrument it names right after as adopted by that act ("又回顾其第 70/175 号决议，其中
// 通过了《联合国囚犯待遇最低限度标准规则》（《纳尔逊·曼德拉规则》）"): the instrument is
// what the recalled act concerns, as a title that names it is. refs are the paragraph's acts
// and named its entities, each in the order of the text.
func (b *graphBuilder) adoptedInstruments(p paragraph, named []entityMention, refs []mention) {
	if len(refs) == 0 || !slices.ContainsFunc(named, func(m entityMention) bool { return m.ent.labels[0] == kg.LabelInstrument }) || !contains(p.text, "通过") {
		return
	}
	k := 0         // the first of refs not yet passed
	listEnd := -1  // where the last instrument adopted ends, for those listed after it
	var by mention // the act that adopted it
	for _, m := range named {
		if m.ent.labels[0] != kg.LabelInstrument {
			continue
		}
		for k < len(refs) && refs[k].at+len(refs[k].quote) <= m.startByte {
			k++
		}
		if k == 0 {
			continue
		}
		r := refs[k-1]
		end := r.at + len(r.quote)
		if listEnd > end && listEnd <= m.startByte && joinsInstruments(p.text[listEnd:m.startByte]) {
			r = by // "其中通过了《公约》、《…议定书》和《…议定书》": each of the list
		} else if gap := p.text[end:m.startByte]; len(gap) > 60 || !adoptsInstrument(gap) {
			listEnd = -1
			continue // the clause is a few characters; nothing farther is read
		}
		listEnd, by = m.endByte, r
		act := r.key.ID()
		b.entity(m.ent)
		b.relOnce(kg.Relationship{ID: b.relID(act, kg.RelConcerns, m.ent.id), Type: kg.RelConcerns, Start: act, End: m.ent.id, Properties: b.props.alloc(6).
			With(kg.PropParagraph, b.keyBox.of(p.key)).With(kg.PropQuote, m.quote).With(kg.PropSource, b.sourceValue).
			With(kg.PropSpanEnd, int64(p.offset+m.end)).With(kg.PropSpanStart, int64(p.offset+m.start)).With(kg.PropVerb, "通过")})
	}
}

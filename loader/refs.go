package loader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

// actNumberPattern matches an act number: session or year, a slash, a serial, and an
// optional letter suffix ("5/1", "64/293", "1997/22", "49/35 A", "S-26/2").
const actNumberPattern = `(?:(?:S-)?\d{1,4}\s*/\s*\d{1,4}(?:\s?[A-H](?:-[A-H])?\b)?|\d{1,5}\s*[(（]\s*\d{4}\s*[)）])`

// listItemPattern is what follows a joiner in a list of act numbers: another number,
// perhaps with its own date, or its year alone, and 第 ("第 4/6 号和 2010 年 10 月 22 日第
// 5/1 号决议", "第 3/4 号和 2008 年第 4/3 号决定"), or a lone suffix letter ("第 49/35 A 和
// B 号决议").
const listItemPattern = `(?:\d{4}\s*年\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?)?第?\s*` + actNumberPattern + `|[A-H]\b`

// Parts of prefixRE.
const (
	prefixOwn   = `(?:在其|其|在)?\s*`
	prefixTitle = `(?:题为\s*[“"][^”"]{0,200}[”"]\s*的\s*)?`
	prefixDate  = `(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?$`
)

var (
	// actRefRE matches a reference to one or more acts by number: "第 5/1 号决议",
	// "第 5/1 号和第 5/8 号决议", "第 5/1 和 5/8 号决定".
	actRefRE = regexp.MustCompile(`第\s*(` + actNumberPattern + `(?:\s*号?\s*(?:和|及|以及|与|、|,|，|至)\s*(?:` + listItemPattern + `))*)\s*号\s*(决议|决定)`)
	// listItemRE finds the items of a list of act numbers, each with the date before it, or
	// the year alone (no month nor day).
	listItemRE = regexp.MustCompile(`(?:(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*)?)?第?\s*(` + actNumberPattern + `|[A-H]\b)`)
	// actRefAtRE is actRefRE matching the whole text.
	actRefAtRE = mustAnchored(`^(?:` + actRefRE.String() + `)$`)
	// dateRE matches a date as this family writes it: "2010 年 10 月 22 日".
	dateRE = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	// A date before a reference dates it only on its line: in a table, the date that ends
	// a row is its own act's, not the next row's.
	dateEndRE = mustAnchored(dateRE.String() + `[ \t\x{3000}]*$`)
	// prefixRE matches what may stand between a body's name and "第": "其", "在其", a title,
	// a date.
	// The date may stand before the title as well as after it: "其 2015 年 9 月 25 日题为
	// “…”的第 70/1 号决议".
	prefixRE = mustAnchored(prefixOwn + `(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?` + prefixTitle + prefixDate)
	// untitledPrefixRE is prefixRE where no title can be (no 题为): a title may run to 200
	// characters, which makes prefixRE costly to run.
	untitledPrefixRE = mustAnchored(prefixOwn + prefixDate)
	// listGapRE matches what may stand between two references of one list that each repeat
	// 号决议: "大会第 64/293 号决议和第 65/232 号决议" names two General Assembly acts, as does
	// "…和 2019 年第 74/177 号决议", a year alone before the second.
	listGapRE = mustAnchored(`^\s*(?:和|及|以及|、|,|，)\s*(?:其\s*)?(?:\d{4}\s*年\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?)?$`)
	// titledRE matches "题为“…”的" right before a reference, which gives the act's title,
	// and the date before it, which dates the act where no date follows the title.
	titledRE = mustAnchored(`(?:(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*)?题为\s*[“"]([^”"]{2,200})[”"]\s*的\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?$`)
)

// bodyNames maps the names of bodies, as the Chinese texts of the family write them, to
// bodies. Longer names come first so that the longest match wins.
var bodyNames = []bodyName{
	{"联合国反腐败公约缔约国会议", kg.BodyCOSP},
	{"预防犯罪和刑事司法委员会", kg.BodyCCPCJ},
	{"经济及社会理事会", kg.BodyECOSOC},
	{"麻醉药品委员会", kg.BodyCND},
	{"缔约国会议", kg.BodyCOSP},
	{"经社理事会", kg.BodyECOSOC},
	{"安全理事会", kg.BodySC},
	{"人权理事会", kg.BodyHRC},
	{"联合国大会", kg.BodyGA},
	{"缔约方会议", kg.BodyCOP},
	{"安理会", kg.BodySC},
	{"大会", kg.BodyGA},
}

type bodyName struct {
	name string
	body kg.Body
}

// bodyNamed returns the body a preamble's opening line names: the last body name in it,
// as in "《联合国打击跨国有组织犯罪公约》缔约方会议，".
func bodyNamed(t string) (kg.Body, bool) {
	// The name must end in the last three runes: only the tail that can hold such a name is
	// searched, where searching the whole line for every name reads it a dozen times.
	end := len(t)
	for n := 0; n < 3 && end > 0; n++ {
		_, size := decodeLastRune(t[:end])
		end -= size
	}
	// The name that ends last, the first of bodyNames where two end at one place: each
	// place from the end of t back to end is tried, only where a name's last byte stands.
	for e := len(t); e >= end && e > 0; e-- {
		if !bodyNameLasts[t[e-1]] {
			continue
		}
		for _, bn := range bodyNames {
			if strings.HasSuffix(t[:e], bn.name) {
				return bn.body, true
			}
		}
	}
	return "", false
}

// bodyNameLasts holds the last bytes of bodyNames.
var bodyNameLasts = func() (lasts [256]bool) {
	for _, bn := range bodyNames {
		lasts[bn.name[len(bn.name)-1]] = true
	}
	return lasts
}()

// bodyBefore returns the body named right before a reference (allowing "其", "在其" and a
// date between them), or false when the text names none there. at is the byte offset in
// before where the mention begins: at the body's name, else at the date, else len(before).
// tail is what stands at the end of before (readTail).
func bodyBefore(before string, tail refTail) (body kg.Body, at int, ok bool) {
	at = len(before)
	if tail.dated {
		at = tail.date[0]
	}
	// Where prefixRE's match begins: untitledPrefixRE's, read back by hand, unless a title
	// can end it. prefixRE is chosen where the text holds 题为; where no title can end the
	// text, its matches are untitledPrefixRE's, so the choice needs the search for 题为
	// only where one can.
	start := tail.prefix
	if tail.mayTitle && contains(before, "题为") {
		start = prefixRE.FindStringIndex(before)[0]
	}
	// No gate on the names being in before: head is cut from before, so it ends with a name
	// only where before holds it.
	head := strings.TrimRight(before[:start], " ")
	head = head[:sessionAdoptedBefore(head)]
	if !strings.HasSuffix(head, "会") && !strings.HasSuffix(head, "议") {
		return "", at, false // every name below ends with one or the other
	}
	for _, bn := range bodyNames {
		if strings.HasSuffix(head, bn.name) {
			return bn.body, len(head) - len(bn.name), true
		}
	}
	if strings.HasSuffix(head, "委员会") && !strings.HasSuffix(head, "全体委员会") {
		return commission, len(head) - len("委员会"), true
	}
	if strings.HasSuffix(head, "理事会") {
		// The Council for short: which Council, the number tells (councilOf).
		return council, len(head) - len("理事会"), true
	}
	return "", at, false
}

// subjectBefore returns the text before a reference up to the subject it names the act by
// ("大会关于小武器和轻武器非法贸易的第 78/48 号决议", "理事会2023年7月26日关于…的第 2023/18 号
// 决议"), where a body's name stands right before the subject: the family names another
// body's act so, and the body, date and verb are then read before "关于" as before "第".
// The subject is one phrase, with no mark that ends a clause, no quotation and no
// reference of its own; false where before ends with no such subject.
func subjectBefore(before string) (string, bool) {
	t := strings.TrimRight(before, " ")
	if !strings.HasSuffix(t, "的") {
		return "", false
	}
	subject := t[:len(t)-len("的")]
	// A subject is a phrase of a few dozen characters: the search reads back no further.
	lo := max(0, len(subject)-subjectWindow)
	k := lastIndex(subject[lo:], "关于")
	if k < 0 {
		return "", false
	}
	k += lo
	if s := subject[k+len("关于"):]; s == "" || indexAny(s, "，。；：“”\n") >= 0 || contains(s, "号决") {
		return "", false
	}
	head := strings.TrimRight(subject[:k], " ")
	if _, _, ok := bodyBefore(head, readTail(head)); !ok {
		return "", false
	}
	return head, true
}

// subjectWindow is how many bytes back from a reference's "的" subjectBefore looks for
// "关于": 60 characters.
const subjectWindow = 180

// sessionAdoptedBefore returns where the words that say at which of its sessions a body
// adopted the acts named next begin, where head ends with them, else len(head): "预防犯罪和
// 刑事司法委员会第二十八届会议通过的第 28/1 号决议", "缔约方会议在其第五届会议上通过的…".
// The acts are the body's, named before the words, not those of the text's own body.
func sessionAdoptedBefore(head string) int {
	p, ok := len(head), false
	if p, ok = cutSuffixAt(head, p, "通过的"); !ok {
		return len(head)
	}
	p, _ = cutSuffixAt(head, p, "上")
	if p, ok = cutSuffixAt(head, p, "会议"); !ok {
		return len(head)
	}
	p, _ = cutSuffixAt(head, p, "特别")
	if p, ok = cutSuffixAt(head, p, "届"); !ok {
		return len(head)
	}
	p = spaceBefore(head, p)
	n := p
	for n > 0 {
		r, size := decodeLastRune(head[:n])
		if !strings.ContainsRune("0123456789一二三四五六七八九十百零〇", r) {
			break
		}
		n -= size
	}
	if n == p {
		return len(head)
	}
	if p, ok = cutSuffixAt(head, spaceBefore(head, n), "第"); !ok {
		return len(head)
	}
	for _, own := range []string{"在其", "其", "在"} {
		if q, ok := cutSuffixAt(head, p, own); ok {
			return q
		}
	}
	return p
}

// cutSuffixAt returns where suffix begins in s[:end], and whether s[:end] ends with it;
// end where it does not.
func cutSuffixAt(s string, end int, suffix string) (int, bool) {
	if strings.HasSuffix(s[:end], suffix) {
		return end - len(suffix), true
	}
	return end, false
}

// refTail is what the end of the text before a reference holds, read back from its end by
// readTail where the patterns anchored at the end (dateEndRE, untitledPrefixRE, titledRE)
// would each search the whole text for a match that can only stand at its end.
type refTail struct {
	// date is dateEndRE's match: its bounds and those of its year, month and day, where
	// dated.
	date  [8]int
	dated bool
	// prefix is where untitledPrefixRE's match (it always matches) begins.
	prefix int
	// mayTitle is false where neither prefixRE's title nor titledRE can match: both end
	// with "的", white space and an optional date, before the end.
	mayTitle bool
}

// readTail reads what before ends with. Each pattern is a series of tokens back from the
// end that the white space between them (\s, or for dateEndRE's last, [ \t\x{3000}]) cannot
// be confused with, so each match, and so the leftmost, is the one reading back finds.
func readTail(before string) refTail {
	var t refTail
	end := len(before)
	for {
		if end > 0 && (before[end-1] == ' ' || before[end-1] == '\t') {
			end--
		} else if strings.HasSuffix(before[:end], "\u3000") {
			end -= len("\u3000")
		} else {
			break
		}
	}
	t.date, t.dated = dateEndingAt(before, end)
	t.date[1] = len(before) // the white space after the date is the match's
	// untitledPrefixRE: (?:在其|其|在)?\s*(?:DATE\s*)?$. A date, where one ends there, makes
	// the match begin earlier than none would.
	p := spaceBefore(before, len(before))
	if d, ok := dateEndingAt(before, p); ok {
		p = d[0]
	}
	p = spaceBefore(before, p)
	t.mayTitle = strings.HasSuffix(before[:p], "的")
	switch {
	case strings.HasSuffix(before[:p], "在其"):
		p -= len("在其")
	case strings.HasSuffix(before[:p], "其"), strings.HasSuffix(before[:p], "在"):
		p -= len("其")
	}
	t.prefix = p
	return t
}

// dateEndingAt reads back from byte end of s a date as dateRE matches it, ending with 日 right
// before end: its bounds, then those of its year, month and day. The month and the day are
// each the whole run of one or two digits before 月 or 日 (and the white space between);
// the year the last four digits before 年.
func dateEndingAt(s string, end int) (loc [8]int, ok bool) {
	// digitsBefore returns where the run of digits that ends at p begins.
	digitsBefore := func(p int) int {
		for p > 0 && s[p-1] >= '0' && s[p-1] <= '9' {
			p--
		}
		return p
	}
	p := end
	if !strings.HasSuffix(s[:p], "日") {
		return loc, false
	}
	p = spaceBefore(s, p-len("日"))
	loc[6], loc[7] = digitsBefore(p), p
	if n := loc[7] - loc[6]; n < 1 || n > 2 {
		return loc, false
	}
	if p = spaceBefore(s, loc[6]); !strings.HasSuffix(s[:p], "月") {
		return loc, false
	}
	p = spaceBefore(s, p-len("月"))
	loc[4], loc[5] = digitsBefore(p), p
	if n := loc[5] - loc[4]; n < 1 || n > 2 {
		return loc, false
	}
	if p = spaceBefore(s, loc[4]); !strings.HasSuffix(s[:p], "年") {
		return loc, false
	}
	p = spaceBefore(s, p-len("年"))
	if p-digitsBefore(p) < 4 {
		return loc, false
	}
	loc[2], loc[3] = p-4, p
	loc[0], loc[1] = loc[2], end
	return loc, true
}

// commission is the body of an act a text names with "委员会" alone ("委员会第 23/1 号决议",
// "委员会在其第 22/7 号决议中"): the Commission the text named in full before, which the
// builder resolves (commissionOf).
const commission kg.Body = "commission"

// council is the body of an act a text names with "理事会" alone ("理事会第 53/2 号决议"):
// the Council whose act the number can be (councilOf).
const council kg.Body = "council"

// councilOf returns the Council a text of speaker means by "理事会" alone for the act
// numbered so. Each Council numbers its acts its own way: the Economic and Social Council
// by year (2013/40), the Security Council serially with the year (2220 (2015)), the Human
// Rights Council by session (53/2, S-30/1); so the number tells them apart, and the
// Council's own name in an HRC resolution ("理事会 2023 年 7 月 12 日第 53/2 号决议") is
// never the Economic and Social Council's. A number that tells none is the speaking body's
// where that is a Council, else the Economic and Social Council's, this family's usual.
func councilOf(number string, speaker kg.Body) kg.Body {
	if byYear(number) {
		return kg.BodyECOSOC
	}
	if strings.HasSuffix(number, ")") {
		return kg.BodySC
	}
	if _, ok := kg.Session(number); ok {
		return kg.BodyHRC
	}
	if speaker == kg.BodyHRC || speaker == kg.BodySC {
		return speaker
	}
	return kg.BodyECOSOC
}

// submatches returns the texts of a match's groups, "" for a group that took no part.
func submatches(s string, ix []int) []string {
	out := make([]string, len(ix)/2)
	for i := range out {
		if ix[2*i] >= 0 {
			out[i] = s[ix[2*i]:ix[2*i+1]]
		}
	}
	return out
}

// actsBetween returns the numbers strictly between two act numbers of one session ("5/2"
// and "5/4" have "5/3" between them), none where they are of two sessions or too far apart
// to be a range a text would write.
func actsBetween(a, b string) []string {
	sa, na, ok1 := strings.Cut(a, "/")
	sb, nb, ok2 := strings.Cut(b, "/")
	x, err1 := strconv.Atoi(na)
	y, err2 := strconv.Atoi(nb)
	if !ok1 || !ok2 || sa != sb || err1 != nil || err2 != nil || y <= x || y-x > 50 {
		return nil
	}
	var out []string
	for n := x + 1; n < y; n++ {
		out = append(out, sa+"/"+strconv.Itoa(n))
	}
	return out
}

// lastBodyIn returns the body whose name ends last in t: the body a sentence spoke of last.
func lastBodyIn(t string) (kg.Body, bool) {
	best, at := kg.Body(""), -1
	for _, bn := range bodyNames {
		if i := strings.LastIndex(t, bn.name); i >= 0 && i+len(bn.name) > at {
			best, at = bn.body, i+len(bn.name)
		}
	}
	return best, at >= 0
}

// assemblySession reports whether an act named with a date is, by its number, of the
// session the General Assembly held at that date: the Assembly's session n opens in
// September of the year 1945+n and runs into the next ("2015 年 9 月 25 日第 70/1 号决议" is
// the Assembly's 70/1). No other body of the family numbers a session so in that year (the
// Commission's n meets in 1991+n, the Conferences every other year since 2004 and 2006),
// so an act named so without its body, in a text of another, is the Assembly's.
func assemblySession(k kg.ActKey, date string) bool {
	if k.Body == kg.BodyGA || len(date) < 4 || actSession(k) == "" {
		return false
	}
	n, ok := kg.Session(k.Number)
	year, err := strconv.Atoi(date[:4])
	return ok && err == nil && (n == int64(year-1945) || n == int64(year-1946))
}

// quotedAt reports whether byte at of text stands inside Chinese quotation marks.
func quotedAt(text string, at int) bool {
	if at > len(text) {
		return false
	}
	return strings.Count(text[:at], "“") > strings.Count(text[:at], "”")
}

// normNumber writes an act number in one form (kg.NormNumber).
func normNumber(s string) string { return kg.NormNumber(s) }

// mention is a reference to an act found in a text.
type mention struct {
	key   kg.ActKey
	date  string // ISO date given right before the reference
	title string // title given by "题为“…”的"
	verb  string
	rel   string
	start int // rune offsets in the text searched
	end   int
	quote string
	// implicit is true where no body is named for the act: defaultBody is a guess.
	implicit bool
	// commission is true where the text names the body "委员会" alone.
	commission bool
	at         int // byte offset of the quote in the text searched
}

// findActRefs returns the references to acts by number in text, in order. An act without a
// body named before it is an act of defaultBody (the body whose text it is: "其第 5/1 号决议"
// is its own).
func findActRefs(text string, defaultBody kg.Body) []mention {
	var (
		out          []mention
		prevEnd      = -1    // byte offset just past the previous reference
		prevBody     kg.Body // its body
		prevImplicit bool    // and whether that was a guess
		runes        = runeOffsets{text: text}
	)
	if !contains(text, "号") {
		return nil // every reference by number has 号; the regexp need not run
	}
	for _, loc := range findActRefSpans(text) {
		before := text[:loc[0]]
		tail := readTail(before)
		if tail.mayTitle {
			if head, ok := subjectBefore(before); ok {
				before, tail = head, readTail(head) // "大会关于…的第 78/48 号决议": the body before the subject
			}
		}
		body, from, ok := bodyBefore(before, tail)
		if named, after := bodyAfterNumber(strings.TrimSpace(text[loc[3]:loc[4]])); after {
			body, ok = named, true // "第2022/18号经济及社会理事会决议": the name after the number
		}
		implicit, short := false, body == commission
		if short {
			body = defaultBody
		}
		switch {
		case !ok && prevEnd >= 0 && listGapRE.MatchString(text[prevEnd:loc[0]]):
			body, implicit = prevBody, prevImplicit // the list goes on: same body, as sure
		case !ok:
			body, implicit = defaultBody, true
		}
		prevEnd, prevBody, prevImplicit = loc[1], body, implicit
		bareCouncil := body == council // each number of the list tells its Council
		kind := kg.KindResolution
		if text[loc[4]:loc[5]] == "决定" {
			kind = kg.KindDecision
		}
		date := ""
		if d := tail.date; tail.dated {
			date = isoDate(before[d[2]:d[3]], before[d[4]:d[5]], before[d[6]:d[7]])
		}
		title := ""
		if tail.mayTitle { // titledRE ends as prefixRE's title does
			if m := titledRE.FindStringSubmatch(before); m != nil {
				title = m[4]
				if date == "" && m[1] != "" {
					date = isoDate(m[1], m[2], m[3])
				}
			}
		}
		verb, rel := verbBefore(before)
		start, end := runes.of(from), runes.of(loc[1])
		list, last, prevItemEnd := text[loc[2]:loc[3]], "", 0
		// A date before the list dates every item up to the next item with its own, which
		// dates those after it in turn: in "2018 年…第 9/1 号、2020 年 10 月 16 日第 10/1 号
		// 和第 10/4 号", 10/4 is joined to 10/1 and is of its date.
		prevDate := date
		for _, ix := range listItems(list) {
			it := submatches(list, ix)
			gap := list[prevItemEnd:ix[0]]
			prevItemEnd = ix[1]
			n := it[4]
			if strings.Contains(gap, "至") && last != "" {
				// "第 5/2 至 5/4 号决议": the acts between the two are named too.
				for _, between := range actsBetween(last, normNumber(n)) {
					out = append(out, mention{key: kg.ActKey{Body: itemBody(body, bareCouncil, between, defaultBody), Kind: kind, Number: between}, date: prevDate, verb: verb, rel: rel,
						start: start, end: end, quote: text[from:loc[1]], implicit: implicit, commission: short, at: from})
				}
			}
			if len(n) == 1 && last != "" { // a lone suffix letter: the last number's base with it
				n = strings.TrimRight(last, "ABCDEFGH- ") + " " + n
			} else if len(n) == 1 {
				continue
			}
			last = normNumber(n)
			d := prevDate
			switch {
			case it[2] != "":
				d = isoDate(it[1], it[2], it[3])
			case it[1] != "":
				// "2008 年第 4/3 号": the act's year, which is no day; nor is an earlier
				// item's date its own.
				d = ""
			}
			prevDate = d
			key, guessed := kg.ActKey{Body: itemBody(body, bareCouncil, last, defaultBody), Kind: kind, Number: last}, implicit
			if guessed && assemblySession(key, d) {
				key.Body, guessed = kg.BodyGA, false
			}
			out = append(out, mention{
				key:        key,
				date:       d,
				title:      title,
				verb:       verb,
				rel:        rel,
				start:      start,
				end:        end,
				quote:      text[from:loc[1]],
				implicit:   guessed,
				commission: short,
				at:         from,
			})
		}
	}
	return out
}

// itemBody returns the body of the act numbered number in a list of body's acts: where the
// list's body is the bare "理事会" (bareCouncil), the Council the number tells.
func itemBody(body kg.Body, bareCouncil bool, number string, speaker kg.Body) kg.Body {
	if bareCouncil {
		return councilOf(number, speaker)
	}
	return body
}

// findActRefSpans returns actRefRE.FindAllStringSubmatchIndex(text, -1), running the
// regexp only on the text that a match starting at a "第" can span. No character before
// the "决" that ends a match can be "决", so a match that starts at a "第" ends with the
// first "决" after it (and the "议" or "定" that follows).
func findActRefSpans(text string) [][]int {
	var (
		out [][]int
		jue = -1 // where the first "决" after the "第" being tried stands
	)
	for pos := 0; ; {
		i := index(text[pos:], "第")
		if i < 0 {
			return out
		}
		start := pos + i
		if jue < start {
			j := index(text[start:], "决")
			if j < 0 {
				return out // no match can end after here
			}
			jue = start + j
		}
		end := jue + len("决议")
		if end > len(text) || (text[jue:end] != "决议" && text[jue:end] != "决定") {
			pos = jue + len("决") // no "第" before this "决" starts a match
			continue
		}
		m := actRefAt(text[start:end])
		if m == nil {
			m = bodyAfterNumberAt(text[start:end])
		}
		if m == nil {
			pos = start + len("第")
			continue
		}
		shifted(m, start)
		out = append(out, m)
		pos = end
	}
}

// actRefAt returns actRefAtRE.FindStringSubmatchIndex(s). A reference to one act by a plain
// number, "第 5/1 号决议", is read by hand: the regexp matches it whole, its list (group 1)
// the number, which no suffix or later item follows.
func actRefAt(s string) []int {
	if !strings.HasPrefix(s, "第") {
		return actRefAtRE.FindStringSubmatchIndex(s)
	}
	p := skipRESpaces(s, len("第"))
	if p >= len(s) || (s[p] < '0' || s[p] > '9') && s[p] != 'S' {
		return nil // the number begins with a digit or "S-": "第一届会议…决议" names no act
	}
	n0 := p
	p = skipDigits(s, p, 4)
	if p == n0 {
		return actRefAtRE.FindStringSubmatchIndex(s)
	}
	p = skipRESpaces(s, p)
	if p >= len(s) || s[p] != '/' {
		return actRefAtRE.FindStringSubmatchIndex(s)
	}
	p = skipRESpaces(s, p+1)
	q := skipDigits(s, p, 4)
	if q == p {
		return actRefAtRE.FindStringSubmatchIndex(s)
	}
	p = skipRESpaces(s, q)
	if !strings.HasPrefix(s[p:], "号") {
		return actRefAtRE.FindStringSubmatchIndex(s)
	}
	p = skipRESpaces(s, p+len("号"))
	if s[p:] != "决议" && s[p:] != "决定" {
		return actRefAtRE.FindStringSubmatchIndex(s)
	}
	return []int{0, len(s), n0, q, p, len(s)}
}

// bodyAfterNumberAt reads a reference that names its body between the number and the
// kind, "第2022/18号经济及社会理事会决议", as actRefAt reads one without: the same groups,
// the body's name between the list (group 1) and the kind (group 2), for bodyAfterNumber.
func bodyAfterNumberAt(s string) []int {
	if !contains(s, "号") {
		return nil
	}
	p := skipRESpaces(s, len("第"))
	n0 := p
	p = skipDigits(s, p, 4)
	if p == n0 || p >= len(s) || s[p] != '/' {
		return nil
	}
	q := skipDigits(s, p+1, 4)
	if q == p+1 {
		return nil
	}
	p = skipRESpaces(s, q)
	if !strings.HasPrefix(s[p:], "号") {
		return nil
	}
	k := len(s) - len("决议") // findActRefSpans ends s with 决议 or 决定
	if _, ok := bodyAfterNumber(s[p:k]); !ok {
		return nil
	}
	return []int{0, len(s), n0, q, k, len(s)}
}

// bodyAfterNumber returns the body named between a reference's number and its kind, "号经济
// 及社会理事会" (white space around the name allowed), or false where none is there.
func bodyAfterNumber(between string) (kg.Body, bool) {
	name, ok := strings.CutPrefix(between, "号")
	if !ok {
		return "", false
	}
	name = strings.TrimSpace(name)
	for _, bn := range bodyNames {
		if name == bn.name {
			return bn.body, true
		}
	}
	return "", false
}

// skipDigits returns the end of the run of ASCII digits at p, or p where the run is longer
// than most.
func skipDigits(s string, p, most int) int {
	q := p
	for q < len(s) && s[q] >= '0' && s[q] <= '9' {
		q++
	}
	if q-p > most {
		return p
	}
	return q
}

// listItems returns listItemRE.FindAllStringSubmatchIndex(list, -1). A list that is one
// number, "5/1" (digits, a slash, digits), is one item, of act number alone (group 4).
func listItems(list string) [][]int {
	if i := strings.IndexByte(list, '/'); i > 0 && i <= 4 && len(list)-i-1 >= 1 && len(list)-i-1 <= 4 &&
		allDigits(list[:i]) && allDigits(list[i+1:]) {
		return [][]int{{0, len(list), -1, -1, -1, -1, -1, -1, 0, len(list)}}
	}
	return listItemRE.FindAllStringSubmatchIndex(list, -1)
}

func isoDate(y, m, d string) string {
	pad := func(s string) string {
		if len(s) == 1 {
			return "0" + s
		}
		return s
	}
	return y + "-" + pad(m) + "-" + pad(d)
}

// verbs maps the verbs that introduce a reference, as written, to the relation they
// express. The rightmost verb before a reference in its sentence introduces it.
var verbs = map[string]string{
	"回顾":  "recalls",
	"重申":  "reaffirms",
	"申明":  "affirms",
	"铭记":  "bears_in_mind",
	"注意到": "notes",
	"欢迎":  "welcomes",
	"欣见":  "welcomes",
	"根据":  "pursuant_to",
	"依照":  "pursuant_to",
	"按照":  "pursuant_to",
	"依据":  "pursuant_to",
	"遵照":  "pursuant_to",
	"核可":  "endorses",
	"赞同":  "endorses",
	"认可":  "endorses",
	"确认":  "recognizes",
	"承认":  "recognizes",
	"考虑到": "takes_into_account",
	"强调":  "emphasizes",
	"落实":  "implements",
	"另见":  "see_also",
	"参看":  "see_also",
	"修正":  "amends",
	"取代":  "supersedes",
	"提及":  "mentions",
	"履行":  "implements",
	"提到":  "mentions",
}

// Relations of references that no verb introduces.
const (
	relRefers = "refers_to" // a reference in running text with no verb before it
	relCites  = "cites"     // a reference in a footnote with no verb of its own
)

// verbBefore returns the verb that introduces a reference whose text is preceded by
// before: the rightmost verb of the lexicon in the same sentence, outside quotation marks.
func verbBefore(before string) (string, string) {
	if i := verbMarks.lastIndex(before); i >= 0 {
		before = before[i:]
	}
	if contains(before, "“") {
		// A paragraph of a text quoted in another opens with a quotation mark it never
		// closes ("“回顾其…"): that one quotes no title.
		if t := strings.TrimLeft(before, " "); strings.HasPrefix(t, "“") {
			before = t[len("“"):]
		}
		before = maskQuoted(before)
	}
	// Read back from the end: the verb that ends last wins, and of two that end at one place
	// the longer.
	for end := len(before); end > 0; {
		if !verbEnds[before[end-1]] {
			end -= lastRuneSize(before[:end]) // no verb ends with this byte: spare the look-up
			continue
		}
		r, size := decodeLastRune(before[:end])
		best := ""
		for _, v := range verbsByLastRune[r] {
			if len(v) > len(best) && strings.HasSuffix(before[:end], v) {
				best = v
			}
		}
		if best != "" && !attributive(before, end-len(best), end) {
			if open, ok := appositionAround(before, end-len(best), end); ok {
				end = open // the clause's verb is the act's before it: read on before the clause
				continue
			}
			return best, verbs[best]
		}
		end -= size
	}
	return "", relRefers
}

// pursuantBackWords say that what a text is or does is done under an act it names back
// ("本说明根据该决议编写", "依照该决议"): the verbs of verbs that say pursuant_to.
var pursuantBackWords = []string{"根据", "依照", "按照", "依据", "遵照"}

// pursuantBack marks as pursuant_to the reference to the act that "根据该决议" (依照, 按照…;
// 该决定) names back: the last act of that kind the text named before it, where the text
// named it with no verb of its own ("缔约方会议在其…第 10/1 号决议中吁请…。本说明根据该决议
// 编写": the note's mandate, as "本报告根据…第 78/229 号决议提交" says it at once). An act
// named in a list with others is no one act, and is left as it is. It returns ms.
func pursuantBack(text string, ms []mention) []mention {
	if len(ms) == 0 || !contains(text, "该决") {
		return ms
	}
	cur := mentionCursor{sorted: slices.IsSortedFunc(ms, func(a, b mention) int { return a.at - b.at }), last: [2]int{-1, -1}}
	for from := 0; ; {
		i := index(text[from:], "该决")
		if i < 0 {
			return ms
		}
		at := from + i
		from = at + len("该决")
		kind := kg.KindResolution
		switch rest := text[from:]; {
		case strings.HasPrefix(rest, "议草案"), strings.HasPrefix(rest, "定草案"):
			continue // a draft, not the act
		case strings.HasPrefix(rest, "定"):
			kind = kg.KindDecision
		case !strings.HasPrefix(rest, "议"):
			continue
		}
		head, word := strings.TrimRight(text[:at], " "), ""
		for _, w := range pursuantBackWords {
			if strings.HasSuffix(head, w) {
				word = w
			}
		}
		if word == "" {
			continue
		}
		k := lastBefore(ms, at, kind, &cur)
		if k < 0 || ms[k].rel != relRefers || (k > 0 && ms[k-1].at == ms[k].at) || (k+1 < len(ms) && ms[k+1].at == ms[k].at) {
			continue
		}
		ms[k].verb, ms[k].rel = word, verbs[word]
	}
}

// appositionWords open, or stand in, a clause that says what an act just named did: "…第
// 70/174 号决议，大会在该决议中核可了《多哈宣言》，以及…第 75/188 号决议" (in which the
// Assembly endorsed), "，其中请秘书长…". The clause's verbs are the act's, not the
// sentence's.
var appositionWords = []string{"在该决议中", "在该决定中", "在这项决议中", "在这项决定中", "在这些决议中", "在这些决定中", "在此决议中"}

// appositionAround reports whether the verb at before[start:end] stands in an apposition
// clause that closes before the end of before: a clause from a "，" to the next, opening
// with 其中 or holding one of appositionWords. It returns where the clause opens. A clause
// still open at the end of before is the one a reference stands in, whose verb is its. A
// clause is sought no further than maxApposition bytes either way, so that a long text
// without commas is not read again for each reference in it.
func appositionAround(before string, start, end int) (int, bool) {
	after := before[end:min(len(before), end+maxApposition)]
	close := index(after, "，")
	if close < 0 {
		return 0, false
	}
	from := max(0, start-maxApposition)
	open := lastIndex(before[from:start], "，")
	if open < 0 {
		return 0, false
	}
	open += from
	clause := strings.TrimLeftFunc(before[open+len("，"):end+close], unicode.IsSpace)
	if strings.HasPrefix(clause, "其中") || containsAny(clause, appositionWords) {
		return open, true
	}
	return 0, false
}

// maxApposition bounds the bytes an apposition clause is sought over on either side of its
// verb: a hundred characters, longer than the family's.
const maxApposition = 300

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if contains(s, w) {
			return true
		}
	}
	return false
}

// attributive reports whether the verb at before[start:end] is written as a participle
// that says what was done to the text named after it, "经口头修正的第 31/1 号决议" (as orally
// amended), "经修正后的《公约》": 经 before it, 的 (or 后的) after. It is no verb of the sentence, which
// does something else with the text (adopts it, recalls it).
func attributive(before string, start, end int) bool {
	if after := strings.TrimPrefix(before[end:], "后"); !strings.HasPrefix(after, "的") {
		return false
	}
	head := strings.TrimRightFunc(before[:start], unicode.IsSpace)
	head = strings.TrimRightFunc(strings.TrimSuffix(head, "口头"), unicode.IsSpace)
	return strings.HasSuffix(head, "经")
}

// verbsByLastRune lists the verbs by their last rune.
var verbsByLastRune = func() map[rune][]string {
	m := map[rune][]string{}
	for v := range verbs {
		r, _ := decodeLastRune(v)
		m[r] = append(m[r], v)
	}
	return m
}()

// verbEnds holds the last bytes of the verbs.
var verbEnds = func() (ends [256]bool) {
	for v := range verbs {
		ends[v[len(v)-1]] = true
	}
	return ends
}()

// maskQuoted blanks out text between Chinese quotation marks, which quote titles whose
// words are not the sentence's verbs. Each rune is copied as utf8 writes it (a byte that is
// not UTF-8 as U+FFFD), and a blanked one as as many zero bytes as that takes.
func maskQuoted(s string) string {
	out := make([]byte, 0, len(s))
	depth := 0
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		written := s[i : i+size]
		if r == utf8.RuneError && size == 1 {
			written = string(utf8.RuneError)
		}
		i += size
		switch {
		case r == '“':
			depth++
		case r == '”' && depth > 0:
			depth--
		case depth > 0:
			for range len(written) {
				out = append(out, 0)
			}
			continue
		}
		out = append(out, written...)
	}
	return string(out)
}

// lastRuneSize returns the size of the last rune of s as utf8.DecodeLastRuneInString reads
// it (s is not empty). A Chinese character, three bytes whose lead is neither E0 nor ED
// (whose second byte is bounded), is told by its bytes, where utf8 takes its slow path.
func lastRuneSize(s string) int {
	i := len(s)
	if c := s[i-1]; c < utf8.RuneSelf {
		return 1
	} else if i >= 3 && s[i-3]&0xf0 == 0xe0 && s[i-3] != 0xe0 && s[i-3] != 0xed && s[i-2]&0xc0 == 0x80 && c&0xc0 == 0x80 {
		return 3
	}
	_, size := decodeLastRune(s)
	return size
}

// mentionCursor walks a text's mentions, in the order of their places, as pursuantBack asks
// of them at places further on: the last of each kind before the place.
type mentionCursor struct {
	sorted bool
	next   int    // ms[:next] are before the place asked last
	last   [2]int // the last of ms[:next] that is a resolution, a decision; -1 for none
}

// lastBefore returns the index of the last of ms (in their order) of kind that stands before
// byte at, or -1. Asked at places in order of ms sorted by place, it reads ms once, where
// reading all of them for each "根据该决议" was quadratic in a text of many (issue #3).
func lastBefore(ms []mention, at int, kind kg.ActKind, c *mentionCursor) int {
	if !c.sorted || kind != kg.KindResolution && kind != kg.KindDecision {
		k := -1
		for j, m := range ms {
			if m.at < at && m.key.Kind == kind {
				k = j
			}
		}
		return k
	}
	for ; c.next < len(ms) && ms[c.next].at < at; c.next++ {
		switch ms[c.next].key.Kind {
		case kg.KindResolution:
			c.last[0] = c.next
		case kg.KindDecision:
			c.last[1] = c.next
		}
	}
	if kind == kg.KindResolution {
		return c.last[0]
	}
	return c.last[1]
}

package loader

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

// mannerPattern is the manner of holding a meeting that may stand between its days and its
// place, or between its place and "举行": "以混合形式", "以线上形式", "以虚拟方式", "以线上
// 线下结合方式", "以现场和线上相结合的方式". Meetings since 2020 are held so more often than
// not, and the words say nothing of when or where.
const mannerPattern = `(?:` + mannerWords + `)?`

// mannerWords is mannerPattern's manner, not optional.
const mannerWords = `以\p{Han}{1,12}?(?:形式|方式)\s*`

// heldAtPattern is how a text says where and how a meeting was held before "举行": at a
// place, in a manner or not around it ("在维也纳", "以混合形式在维也纳"), or in a manner
// alone ("以虚拟方式"): online meetings often name no place, and one that names a manner
// says it was held as surely as one that names a place. The place is its group.
const heldAtPattern = `(?:` + mannerPattern + `[在于]\s*(\p{Han}{2,8}?)\s*` + mannerPattern + `|` + mannerWords + `)`

var (
	// sessionHeldRE finds where and when a session met: "于 2012 年 10 月 15 日至 19 日在维也纳
	// 举行了第六届会议", "在 2012 年 10 月 15 日至 19 日于维也纳举行的第六届会议", "于 2012 年 12
	// 月 7 日和 2013 年 3 月 11 日至 15 日在维也纳举行了第五十六届会议", a resumed part, "于
	// 2018 年 12 月 7 日举行的第二十七届会议续会", and one held in a manner (mannerPattern), "于
	// 2021 年 5 月 31 日至 6 月 4 日以混合形式在维也纳举行了第十二届会议", and one its subject
	// holds, "实施情况审议组将于 2025 年 6 月 16 日至 20 日在维也纳举行其第十六届会议".
	sessionHeldRE = mustRuns(`(` + partsPattern + `)\s*` + mannerPattern + `(?:[于在]\s*(` + placePattern + `)\s*)?` + mannerPattern + `举行(?:了|的)?\s*(?:其\s*)?第([一二三四五六七八九十]{1,3})届会议(` + resumedPattern + `)?`)
	// sessionFutureRE finds a session named before its days: held, "第六届会议于 2015 年 11 月
	// 2 日至 6 日在圣彼得堡举行", decided for the future, "第七届会议将于 2014 年 10 月 6 日至 10
	// 日举行", its resumed part, "第二十九届会议续会于 2020 年 12 月 10 日至 11 日在维也纳举行",
	// or opened on a day and resumed later ("第三十届会议于 2020 年 12 月 11 日在维也纳开幕，",
	// which resumedTailRE reads on); a manner may stand around the place, as in sessionHeldRE.
	sessionFutureRE = mustRuns(`第([一二三四五六七八九十]{1,3})届会议(?:(` + resumedPattern + `)\s*|` + firstPartWord + `\s*)?(?:将)?\s*[于在]\s*(` + partsPattern + `)\s*` + mannerPattern + `(?:[于在]\s*(` + placePattern + `)\s*)?` + mannerPattern + `(举行|开幕)`)
	// resumedTailRE reads, after a session's opening ("…于 2020 年 12 月 11 日在维也纳开幕"),
	// the days it was resumed: "，并于 2021 年 5 月 17 日至 21 日续会", "，续会于 2016 年 5 月 23
	// 日至 27 日举行", "，随后于 2013 年 4 月 22 日至 26 日在维也纳复会", "，续会于 2021 年 12 月
	// 6 日以线上形式举行".
	resumedTailRE = regexp.MustCompile(`^\s*[，,]?\s*(?:并|随后|其后|之后)?\s*(?:(` + resumedPattern + `)\s*)?[于在]\s*(` + partsPattern + `)\s*` + mannerPattern + `(?:[于在]\s*(` + placePattern + `)\s*)?` + mannerPattern + `(举行了?(?:` + resumedPattern + `)?|` + resumedPattern + `)`)
	// agendaItemRE finds an agenda item considered in a report's narrative, with its title
	// before ("审议了题为“…”的议程项目 3") or after ("审议了议程项目 2(a)，其标题为“…”").
	agendaItemRE = regexp.MustCompile(`审议了(?:题为\s*“([^”]{2,200})”\s*的)?议程项目\s*(\d{1,3}\s*(?:[(（]\s*[a-z]\s*[)）])?)(?:[，,]\s*(?:其标题为|标题为|题为)\s*“([^”]{2,200})”)?`)
	// agendaItemLooseRE is agendaItemRE with no bounds on the length of a title. Counting
	// to 200 makes the regexp machine hold hundreds of states at each character; where
	// every title it finds is within the bounds, it has found what agendaItemRE finds.
	agendaItemLooseRE = regexp.MustCompile(strings.ReplaceAll(agendaItemRE.String(), `{2,200}`, `*`))
	// duringItemRE finds an item a paragraph says it reports the consideration of: "在审议
	// 议程项目 2 期间", and the items listed after it (group 2), "在审议议程项目 4(a)和(b)时".
	duringItemRE = regexp.MustCompile(`在审议议程项目\s*(\d{1,3}\s*(?:[(（]\s*[a-z]\s*[)）])?)((?:\s*(?:以及|和|、|及|至)\s*(?:议程项目|项目)?\s*(?:\d{1,3})?\s*(?:[(（]\s*[a-z]\s*[)）])?)*)\s*(?:期间|时|的过程中)`)
	// underItemRE finds an item a paragraph says its account stands under, as duringItemRE
	// reads one considered: "在议程项目 2 下，秘书处介绍了…。下列国家的代表作了发言：…".
	underItemRE = regexp.MustCompile(`在议程项目\s*(\d{1,3}\s*(?:[(（]\s*[a-z]\s*[)）])?)((?:\s*(?:以及|和|、|及|至)\s*(?:议程项目|项目)?\s*(?:\d{1,3})?\s*(?:[(（]\s*[a-z]\s*[)）])?)*)\s*下`)
	// provisionalAgendaRE reads the session whose provisional agenda an act sets out: "…第七届会议临时议程".
	provisionalAgendaRE = regexp.MustCompile(`第([一二三四五六七八九十]{1,3})届会议临时议程`)
)

const (
	// placePattern is the place a session met, after "在": a city ("维也纳"), or a city after
	// the State it lies in ("美利坚合众国亚特兰大", "俄罗斯联邦圣彼得堡"), as reports write a
	// place far from the United Nations' offices. sessionOf keeps the city.
	placePattern = `(?:\p{Han}{2,12}?(?:国|联邦))?\p{Han}{2,8}?`
	// partsPattern is the days a session, or each of its parts, met, as a text writes them:
	// a day, a span ("2012 年 10 月 15 日至 19 日"), or several joined by 和 ("2015 年 12 月
	// 11 日和 2016 年 5 月 23 日至 27 日", or by 及, as the Commission's subtitles write it,
	// "2019 年 12 月 13 日及 2020 年 5 月 18 日至 22 日"). The first day gives its year and
	// month; a later one gives them where they change. readParts reads it.
	partsPattern = `\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:至|和|及)\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)*`
	// resumedPattern is what names a later part of a session after "第…届会议": "续会",
	// "复会", "第二部分".
	resumedPattern = `续会|复会|第二部分`
	// firstPartWord names the first part of a session held in parts, "第十二届会议第一部分于…
	// 举行，续会于…举行": its days are the session's first, the resumption after it
	// (resumedAfter) its later part.
	firstPartWord = `第一部分`
)

// span is the days a session, or one of its parts, met: ISO dates, from start to end.
type span struct{ start, end string }

// interval writes a span as an ISO 8601 interval, "2021-05-17/2021-05-21", as kg.PropParts
// holds it.
func (s span) interval() string { return s.start + "/" + s.end }

// session is a session of a body that a text says met, or will meet, at a place and dates.
type session struct {
	number     int
	place      string
	start, end string // ISO dates: the first and the last day of the days the mention gives
	// parts are the days of each part, in order, where the mention gives more than one (a
	// session opened on a day and resumed months later); nil for a session met at once.
	parts []span
	// resumed is set where the mention dates a later part only ("第二十九届会议续会于…举行"):
	// start is that part's, not the session's.
	resumed bool
	start0  int // rune offsets of the mention in the text
	end0    int
	quote   string
	future  bool // decided for the future ("第七届会议将于…举行"), not reported on
	// body is the body whose name the session's follows ("大会第七十五届会议"), or "" for
	// the document's own.
	body kg.Body
	// group is set where the clause names a subsidiary group before the session ("实施情况
	// 审议组第四届会议续会于…举行"): the session is likely the group's, numbered apart from
	// the body's.
	group bool
}

// sessionBody returns the body whose name ends the text (white space aside), the longest
// that does: "预防犯罪和刑事司法委员会" before "第二十八届会议续会将于…". "" where none does.
func sessionBody(t string) kg.Body {
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	best, size := kg.Body(""), 0
	for _, bn := range bodyNames {
		if len(bn.name) > size && strings.HasSuffix(t, bn.name) {
			best, size = bn.body, len(bn.name)
		}
	}
	return best
}

// groupWords name the subsidiary groups whose sessions are numbered apart from their
// parent body's: working, review and expert groups, and the committees a body sets up for
// a task (committeeWords).
var groupWords = append([]string{"工作组", "审议组", "专家组", "小组"}, committeeWords...)

// committeeWords end the names of the committees a body sets up for a task, which number
// their sessions apart from it: the Assembly's ad hoc committee that negotiates a
// convention ("…全面国际公约特设委员会第一届会议"), a conference's preparatory committee,
// an intergovernmental negotiating committee.
var committeeWords = []string{"特设委员会", "筹备委员会", "谈判委员会"}

// groupClauseMarks end the clause groupClause reads.
const groupClauseMarks = "。；;，,"

// groupClause reports whether the clause that ends where a session's mention begins names a
// subsidiary group as its holder: not where a body is named after the group ("工作组在缔约方
// 会议于…举行的第六届会议期间", the body's session).
func groupClause(before string) bool {
	if i := lastIndexAny(before, groupClauseMarks); i >= 0 {
		before = before[i:]
	}
	for _, w := range groupWords {
		if i := lastIndex(before, w); i >= 0 {
			if _, ok := firstBodyNamed(before[i+len(w):]); !ok {
				return true
			}
		}
	}
	return false
}

// wordsSince reads whether a text up to an end holds one of words after the last of marks
// before that end (groupClause, decidedFor), for ends taken in order: each mark and word is
// sought once, where a search back from each end made a paragraph of many mentions cost
// time quadratic in them.
type wordsSince struct {
	text, marks string
	words       []string
	longest     int // the length of the longest word
	seen        int // text[:seen] has been read
	mark        int // where the last mark read begins, or 0
	word        int // where the last word read begins, or -1
}

func newWordsSince(text, marks string, words []string) *wordsSince {
	w := &wordsSince{text: text, marks: marks, words: words, word: -1}
	for _, word := range words {
		w.longest = max(w.longest, len(word))
	}
	return w
}

// at reports whether text[:end] holds one of the words after its last mark (anywhere, where
// it holds none).
func (w *wordsSince) at(end int) bool {
	if end < w.seen {
		w.seen, w.mark, w.word = 0, 0, -1 // an end before the last: read afresh
	}
	if i := lastIndexAny(w.text[w.seen:end], w.marks); i >= 0 {
		w.mark = w.seen + i
	}
	from := max(0, w.seen-w.longest+1) // a word may straddle where the last read ended
	for _, word := range w.words {
		if i := lastIndex(w.text[from:end], word); i >= 0 {
			w.word = max(w.word, from+i)
		}
	}
	w.seen = end
	return w.word >= w.mark
}

// groupsSince reads, for mentions taken in order, whether the clause before each names a
// subsidiary group as its holder, as groupClause decides, reading the text once
// (wordsSince) and groupClause only from the last group word on.
type groupsSince struct{ *wordsSince }

func newGroupsSince(text string) groupsSince {
	return groupsSince{newWordsSince(text, groupClauseMarks, groupWords)}
}

// holds reports whether the clause that ends at end names a group as its holder: it names
// one, and no body after the last (groupClause).
func (g groupsSince) holds(end int) bool {
	return g.at(end) && groupClause(g.text[g.word:end])
}

// spans returns the parts of a session the mention gives, one where it met at once.
func (s session) spans() []span {
	if s.parts != nil {
		return s.parts
	}
	return []span{{s.start, s.end}}
}

// findSessions returns the sessions a text says were or will be held.
func findSessions(text string) []session {
	if indexBy(text, "届会议", 1) < 0 { // by a byte of 届, rarer than the last of 议
		return nil // both patterns hold it: one look for it spares the two
	}
	if indexBy(text, "举行", 2) < 0 && !contains(text, "开幕") { // by the last byte of 举, rarer than that of 行
		return nil // as both hold one: most texts that name a session say nothing of where it met
	}
	held, future := sessionMentions(text)
	var out []session
	// A paragraph may name many sessions: what stands before each is read on from the one
	// before, not from the paragraph's start.
	runes, group := runeOffsets{text: text}, newGroupsSince(text)
	for _, m := range heldMatches(text, held) {
		g := func(i int) string { return submatch(text, m, i) }
		s := sessionOf(chineseNumber(g(3)), g(2), readParts(g(1)))
		s.resumed, s.group = g(4) != "", group.holds(m[0])
		s.start0, s.end0, s.quote = runes.of(m[0]), runes.of(m[1]), text[m[0]:m[1]]
		// "审议组将于 2025 年 6 月 16 日至 20 日在维也纳举行其第十六届会议": to be held.
		s.future = strings.HasSuffix(trimRightSpace(text[:m[0]]), "将于")
		out = append(out, s)
	}
	runes, group = runeOffsets{text: text}, newGroupsSince(text)
	decided := newWordsSince(text, "。", decidedWords)
	for _, m := range futureMatches(text, future) {
		g := func(i int) string { return submatch(text, m, i) }
		parts, place, end := readParts(g(3)), g(4), m[1]
		// An opening says when the session began; the resumption after it, when it ended.
		// An opening alone gives no session's days. A session (or its first part) held on
		// days and resumed later ("…于…举行，续会于…举行") met in both parts.
		later, at, n, ok := resumedAfter(text[end:])
		if !ok && g(5) == "开幕" {
			continue
		}
		if ok && (g(5) == "开幕" || g(2) == "") {
			parts, place, end = append(parts, later...), cmp.Or(place, at), end+n
		}
		s := sessionOf(chineseNumber(g(1)), place, joinParts(parts))
		s.resumed, s.group, s.body = g(2) != "", group.holds(m[0]), sessionBody(text[:m[0]])
		s.start0, s.end0, s.quote, s.future = runes.of(m[0]), runes.of(end), text[m[0]:end], decided.at(end)
		out = append(out, s)
	}
	return out
}

// resumedAfter reads the resumption a session's opening is followed by at the start of t
// (resumedTailRE): the days and place of the resumed part, and the bytes read. The tail
// must say it is a resumption, "…续会" after the days or "续会于…举行" around them: "，并于
// 5 月 17 日举行" alone is no part.
func resumedAfter(t string) (parts []span, place string, n int, ok bool) {
	m := resumedTailRE.FindStringSubmatchIndex(t)
	if m == nil {
		return nil, "", 0, false
	}
	if verb := strings.TrimPrefix(strings.TrimPrefix(t[m[8]:m[9]], "举行"), "了"); m[2] < 0 && verb == "" {
		return nil, "", 0, false
	}
	return readParts(t[m[4]:m[5]]), submatch(t, m, 3), m[1], true
}

// submatch returns the text of group i of a match's indexes, or "".
func submatch(text string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

// sessionOf returns the session numbered number that met at place on the days of parts
// (one or more, in order).
func sessionOf(number int, place string, parts []span) session {
	s := session{number: number, place: cityOf(place), start: parts[0].start, end: parts[len(parts)-1].end}
	if len(parts) > 1 {
		s.parts = parts
	}
	return s
}

// cityOf returns the city of a place named after its State ("美利坚合众国亚特兰大"): the
// session's place is the city, as where the text names the city alone. A place that opens
// with no State of the lexicon, or is one, stays whole.
func cityOf(place string) string {
	if len(place) < 12 { // a State of two runes and a city of two at the least
		return place
	}
	if f, _ := stateFormAt(place, 0); f != nil && f.state != nil && len(place)-len(f.form) >= 6 { // two runes
		return place[len(f.form):]
	}
	return place
}

// readParts reads the days of partsPattern: each day carries the year and month of the one
// before where it gives none; "至" ends a span at the day after it, "和" or "及" opens another.
// Days joined by 和 that follow one another are one span ("2014 年 5 月 26 日和 27 日").
func readParts(s string) []span { return joinParts(listParts(s)) }

// listParts is readParts, the parts in the order the text writes them, not joined.
func listParts(s string) []span {
	var out []span
	year, month, prev := "", "", 0
	for i := 0; i < len(s); {
		m, ok := meetingDayAt(s, i)
		if !ok {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		year, month = cmp.Or(m[1], year), cmp.Or(m[2], month)
		day := isoDate(year, month, m[3])
		if len(out) > 0 && saysSpan(s[prev:i]) {
			if last := &out[len(out)-1]; day < last.start && m[1] == "" {
				// "2012 年 12 月 28 日至 1 月 3 日": the span runs into the next year.
				year = nextYear(year)
				day = isoDate(year, month, m[3])
			}
			out[len(out)-1].end = day
		} else {
			out = append(out, span{day, day})
		}
		i += len(m[0])
		prev = i
	}
	return out
}

// inOrder reports whether parts, as a text writes them, run in the order of their days, as
// the family writes a session's parts: the opening day first.
func inOrder(parts []span) bool {
	return slices.IsSortedFunc(parts, func(a, b span) int { return strings.Compare(a.start, b.start) })
}

// joinParts returns parts in the order of their days, those that overlap or follow one
// another the next day made one. A title page may list the opening day after the main part.
func joinParts(parts []span) []span {
	slices.SortStableFunc(parts, func(a, b span) int { return strings.Compare(a.start, b.start) })
	out := parts[:0:0]
	for _, p := range parts {
		if p.end < p.start {
			p.end = p.start // "10 月 19 日至 15 日": misread, the first day stands
		}
		if n := len(out); n > 0 && p.start <= dayAfter(out[n-1].end) {
			out[n-1].end = max(out[n-1].end, p.end)
			continue
		}
		out = append(out, p)
	}
	return out
}

// nextYear returns the year after a year of four digits.
func nextYear(year string) string {
	n, err := strconv.Atoi(year)
	if err != nil {
		return year
	}
	return strconv.Itoa(n + 1)
}

// dayAfter returns the ISO date of the day after an ISO date, or the date itself where it
// is no valid date.
func dayAfter(date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return t.AddDate(0, 0, 1).Format(time.DateOnly)
}

// heldMatches returns sessionHeldRE.FindAllStringSubmatchIndex(text, -1), or nil without
// running it where held, as sessionMentions gives it, is false.
func heldMatches(text string, held bool) [][]int {
	if !held {
		return nil
	}
	return sessionHeldRE.FindAllStringSubmatchIndex(text, -1)
}

// futureMatches returns sessionFutureRE.FindAllStringSubmatchIndex(text, -1), or nil
// without running it where future, as sessionMentions gives it, is false.
func futureMatches(text string, future bool) [][]int {
	if !future {
		return nil
	}
	return sessionFutureRE.FindAllStringSubmatchIndex(text, -1)
}

// resumedWords are resumedPattern's words.
var resumedWords = strings.Split(resumedPattern, "|")

// sessionPartWords are the words that may name a part of a session after "第…届会议" in
// sessionFutureRE: resumedWords and firstPartWord.
var sessionPartWords = append(slices.Clip(resumedWords), firstPartWord)

// sessionMentions reports whether a text may hold a match of sessionHeldRE (held) and of
// sessionFutureRE (future), from what stands around each "第…届会议" in it: a match of the
// first has before it "举行", "举行了" or "举行的", white space, and "其" or not; one of the second opens
// with "第…届会议", a word of resumedWords and white space or not, "将" or not, white space
// and "于" or "在". Where neither stands
// around any, the patterns cannot match, and are not run over the runs of Chinese
// characters around each "届会议", which cost more than the texts that name sessions.
func sessionMentions(text string) (held, future bool) {
	for from := 0; ; {
		i := indexBy(text[from:], "届会议", 1)
		if i < 0 {
			return held, future
		}
		at := from + i
		from = at + len("届会议")
		// 第([一二三四五六七八九十]{1,3})届会议: the ordinal of any length from 1 to 3 that
		// "第" opens.
		ordinal := -1
		for n, k := 0, at; n < 3 && k >= len("十") && opensWithChineseNumeral(text[k-len("十"):]); n++ {
			k -= len("十")
			if strings.HasSuffix(text[:k], "第") {
				ordinal = k - len("第")
				break
			}
		}
		if ordinal < 0 {
			continue
		}
		t := ordinal
		for t > 0 && isRESpace(text[t-1]) {
			t--
		}
		if strings.HasSuffix(text[:t], "其") { // "举行其第十六届会议"
			for t -= len("其"); t > 0 && isRESpace(text[t-1]); t-- {
			}
		}
		if before := text[:t]; strings.HasSuffix(before, "举行") || strings.HasSuffix(before, "举行了") || strings.HasSuffix(before, "举行的") {
			held = true
		}
		after := text[from:]
		for _, w := range sessionPartWords {
			if rest, ok := strings.CutPrefix(after, w); ok {
				after = rest[skipRESpaces(rest, 0):]
				break // the words open differently: one alone can stand here
			}
		}
		after = strings.TrimPrefix(after, "将")
		if after = after[skipRESpaces(after, 0):]; strings.HasPrefix(after, "于") || strings.HasPrefix(after, "在") {
			future = true
		}
	}
}

// decidedFor reports whether the sentence that ends a session's mention at the end of t
// sets the session for the future ("第七届会议将于…举行", "决定其第二十三届会议于…举行"),
// where "第六届会议于…举行。" reports one held.
func decidedFor(t string) bool {
	if i := lastIndex(t, "。"); i >= 0 {
		t = t[i:]
	}
	for _, w := range decidedWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// decidedWords say, in a session's sentence, that it is decided for the future.
var decidedWords = []string{"将于", "决定"}

// agendaItem is an item of a session's agenda.
type agendaItem struct {
	number string   // "2(a)"
	more   []string // the items the sentence lists after it, considered with it: "2(a)和 2(b)"
	title  string
	start  int // rune offsets of the mention
	end    int
	quote  string
}

// findAgendaItems returns the agenda items a narrative paragraph says were considered.
func findAgendaItems(text string) []agendaItem {
	if indexBy(text, "议程项目", len("议程")-1) < 0 { // by the last byte of 程, rarer than 议's
		return nil
	}
	if !contains(text, "审议了") {
		// "在审议议程项目 2 期间，下列国家的专家作了发言": considered all the same, as is an
		// item the paragraph stands under ("在议程项目 2 下，…").
		var out []agendaItem
		for _, re := range [...]*regexp.Regexp{duringItemRE, underItemRE} {
			runes := runeOffsets{text: text} // counted on from match to match: a paragraph of many items is read once
			for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
				it := agendaItem{number: itemNumber(text[m[2]:m[3]]), start: runes.of(m[0]), end: runes.of(m[1]), quote: text[m[0]:m[1]]}
				it.more = moreItems(text[m[4]:m[5]], it.number)
				out = append(out, it)
			}
		}
		slices.SortStableFunc(out, func(a, b agendaItem) int { return a.start - b.start }) // in the order of the text
		return out
	}
	var out []agendaItem
	runes := runeOffsets{text: text}
	for _, m := range agendaItemMatches(text) {
		it := agendaItem{number: itemNumber(text[m[4]:m[5]]), start: runes.of(m[0]), end: runes.of(m[1]), quote: text[m[0]:m[1]]}
		switch {
		case m[2] >= 0:
			it.title = text[m[2]:m[3]]
		case m[6] >= 0:
			it.title = text[m[6]:m[7]]
		}
		if m[6] < 0 {
			it.more = moreItems(text[m[1]:], it.number)
		}
		out = append(out, it)
	}
	return out
}

// itemListSeparators join the items of a list: "2(a)和 2(b)", "3、4 和 5", "4(a)至(c)".
var itemListSeparators = [...]string{"以及", "和", "、", "及", "至"}

// maxItemsSpan bounds a range of items ("3 至 5", "2(a)至(e)"): an agenda has tens of them.
const maxItemsSpan = 20

// moreItems reads the items a list names after its first, first, from the start of rest:
// each after a separator, with its number ("和 2(b)", "和项目 5") or its letter alone, of the
// item before's number ("和(b)"); a range ("至") gives every item between. The list ends
// where no item follows a separator ("审议了议程项目 2 和秘书处的报告").
func moreItems(rest, first string) []string {
	var out []string
	prev := first
	for p := 0; ; {
		q := skipRESpaces(rest, p)
		sep := ""
		for _, w := range itemListSeparators {
			if strings.HasPrefix(rest[q:], w) {
				sep = w
				break
			}
		}
		if sep == "" {
			return out
		}
		q = skipRESpaces(rest, q+len(sep))
		for _, w := range [...]string{"议程项目", "项目"} {
			if strings.HasPrefix(rest[q:], w) {
				q = skipRESpaces(rest, q+len(w))
				break
			}
		}
		n, e := itemNumberAt(rest, q, prev)
		if n == "" {
			return out
		}
		if sep == "至" {
			between, ok := itemsBetween(prev, n)
			if !ok {
				return out
			}
			out = append(out, between...)
		}
		out = append(out, n)
		prev, p = n, e
	}
}

// itemNumberAt reads an item's number at byte q of s, "2(b)", "5", or a letter alone, "(b)",
// of prev's number; it returns the number in itemNumber's form and where it ends, or "".
func itemNumberAt(s string, q int, prev string) (string, int) {
	e := q
	for e < len(s) && e-q < 3 && s[e] >= '0' && s[e] <= '9' {
		e++
	}
	head := s[q:e]
	if head == "" {
		head, _, _ = strings.Cut(prev, "(")
	}
	r := skipRESpaces(s, e)
	if b := openBracket(s, r); b > 0 {
		l := skipRESpaces(s, r+b)
		if l < len(s) && s[l] >= 'a' && s[l] <= 'z' {
			if c := closeBracket(s, skipRESpaces(s, l+1)); c > 0 {
				return head + "(" + s[l:l+1] + ")", skipRESpaces(s, l+1) + c
			}
		}
	}
	if e == q {
		return "", q // neither a number nor a letter
	}
	return head, e
}

// itemsBetween returns the items a range from a to b holds between them: "3" to "5" holds
// "4", "2(a)" to "2(c)" holds "2(b)"; ok is false for a range of items of two numbers'
// letters, one that runs backwards or too far.
func itemsBetween(a, b string) ([]string, bool) {
	aHead, aLetter, _ := strings.Cut(a, "(")
	bHead, bLetter, _ := strings.Cut(b, "(")
	var out []string
	switch {
	case aLetter == "" && bLetter == "":
		from, err1 := strconv.Atoi(aHead)
		to, err2 := strconv.Atoi(bHead)
		if err1 != nil || err2 != nil || to <= from || to-from > maxItemsSpan {
			return nil, false
		}
		for n := from + 1; n < to; n++ {
			out = append(out, strconv.Itoa(n))
		}
	case aHead == bHead && aLetter != "" && bLetter != "":
		from, to := aLetter[0], bLetter[0]
		if to <= from || int(to-from) > maxItemsSpan {
			return nil, false
		}
		for c := from + 1; c < to; c++ {
			out = append(out, aHead+"("+string(rune(c))+")")
		}
	default:
		return nil, false
	}
	return out, true
}

// itemNumber writes an agenda item's number in one form: "2 （a）" is "2(a)".
func itemNumber(s string) string {
	return fullWidthBrackets.Replace(squeezeSpace(s))
}

// fullWidthBrackets writes full-width brackets as ASCII ones. A Replacer builds its tables
// on first use: one for the package builds them once, where one per call built them each
// time.
var fullWidthBrackets = strings.NewReplacer("（", "(", "）", ")")

// agendaItemMatches returns agendaItemRE.FindAllStringSubmatchIndex(text, -1).
func agendaItemMatches(text string) [][]int {
	ms := agendaItemLooseMatches(text)
	for _, m := range ms {
		for _, g := range []int{1, 3} { // the titles
			if from, to := m[2*g], m[2*g+1]; from >= 0 && !between(runeLen(text[from:to]), 2, 200) {
				return agendaItemRE.FindAllStringSubmatchIndex(text, -1)
			}
		}
	}
	return ms
}

// agendaItemLooseMatches returns agendaItemLooseRE.FindAllStringSubmatchIndex(text, -1),
// read without the regexp machine: each match opens with "审议了", where agendaItemLooseAt
// reads it.
func agendaItemLooseMatches(text string) [][]int {
	var out [][]int
	for from := 0; ; {
		k := index(text[from:], "审议了")
		if k < 0 {
			return out
		}
		at := from + k
		if m := agendaItemLooseAt(text, at); m != nil {
			out = append(out, m)
			from = m[1]
			continue
		}
		from = at + len("审议了")
	}
}

// agendaItemLooseAt matches agendaItemLooseRE at byte at of text, where "审议了" stands, or
// returns nil. Its choices are few: a title is all that stands to the next "”" (a greedy
// [^”]* can give back none of it, as a "”" must follow), and once the item's number is read
// the rest is optional, so that the first way the regexp tries succeeds: the digits and
// the spaces after them, the letter in brackets where it follows, the title after where it
// follows.
func agendaItemLooseAt(text string, at int) []int {
	m := []int{at, -1, -1, -1, -1, -1, -1, -1}
	p := at + len("审议了")
	// (?:题为\s*“([^”]*)”\s*的)?, taken where it can be and the item follows.
	if t, ok := strings.CutPrefix(text[p:], "题为"); ok {
		q := len(text) - len(t)
		q = skipRESpaces(text, q)
		if strings.HasPrefix(text[q:], "“") {
			q += len("“")
			if j := strings.Index(text[q:], "”"); j >= 0 {
				r := skipRESpaces(text, q+j+len("”"))
				if strings.HasPrefix(text[r:], "的") && strings.HasPrefix(text[r+len("的"):], "议程项目") {
					m[2], m[3] = q, q+j
					p = r + len("的")
				}
			}
		}
	}
	if !strings.HasPrefix(text[p:], "议程项目") {
		return nil
	}
	// (\d{1,3}\s*(?:[(（]\s*[a-z]\s*[)）])?)
	n := skipRESpaces(text, p+len("议程项目"))
	e := n
	for e < len(text) && e-n < 3 && text[e] >= '0' && text[e] <= '9' {
		e++
	}
	if e == n {
		return nil
	}
	e = skipRESpaces(text, e)
	if b := openBracket(text, e); b > 0 {
		l := skipRESpaces(text, e+b)
		if l < len(text) && text[l] >= 'a' && text[l] <= 'z' {
			if c := closeBracket(text, skipRESpaces(text, l+1)); c > 0 {
				e = skipRESpaces(text, l+1) + c
			}
		}
	}
	m[4], m[5], m[1] = n, e, e
	// (?:[，,]\s*(?:其标题为|标题为|题为)\s*“([^”]*)”)?
	q := e
	switch {
	case strings.HasPrefix(text[q:], "，"):
		q += len("，")
	case strings.HasPrefix(text[q:], ","):
		q++
	default:
		return m
	}
	q = skipRESpaces(text, q)
	for _, w := range [...]string{"其标题为", "标题为", "题为"} {
		if strings.HasPrefix(text[q:], w) {
			q = skipRESpaces(text, q+len(w))
			if strings.HasPrefix(text[q:], "“") {
				q += len("“")
				if j := strings.Index(text[q:], "”"); j >= 0 {
					m[6], m[7], m[1] = q, q+j, q+j+len("”")
				}
			}
			break // the words open differently: one alone can stand here
		}
	}
	return m
}

func between(n, lo, hi int) bool { return lo <= n && n <= hi }

// chineseNumber reads a Chinese numeral up to 99: 六, 十, 十一, 二十, 二十三.
func chineseNumber(s string) int {
	n, cur := 0, 0
	for _, r := range s {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		cur = chineseDigits[r]
	}
	return n + cur
}

// chineseDigits are the values of the Chinese digits, made once rather than at each call
// of chineseNumber (any other rune is 0).
var chineseDigits = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// sessionID returns the id of the Session node of a body's session.
func sessionID(body string, number int) string {
	return kg.SessionID(kg.Body(body), int64(number))
}

// agendaItemID returns the id of an agenda item of a session.
func agendaItemID(session, number string) string {
	return "agenda:" + strings.TrimPrefix(session, "session:") + ":" + number
}

// agendaTitlesEn are the English titles of the agenda items the Conference's agendas
// repeat from session to session; a title found here (its Chinese exactly, numbers aside)
// gets its English too.
var agendaTitlesEn = map[string]string{
	"组织事项":         "Organizational matters",
	"会议开幕":         "Opening of the session",
	"届会开幕":         "Opening of the session",
	"选举主席团成员":      "Election of officers",
	"通过议程和工作安排":    "Adoption of the agenda and organization of work",
	"与会事宜":         "Participation of observers",
	"通过主席团的全权证书报告": "Adoption of the report of the Bureau on credentials",
	"一般性讨论":        "General discussion",
	"组织事项：一般性讨论":   "Organizational matters: general discussion",
	"技术援助":         "Technical assistance",
	"财务和预算事项":      "Financial and budgetary matters",
	"其他事项":         "Other matters",
	"《公约》界定的其他严重犯罪，包括跨国有组织犯罪的新形式和新方面":           "Other serious crimes, as defined in the Convention, including new forms and dimensions of transnational organized crime",
	"《公约》所界定的其他严重犯罪，包括跨国有组织犯罪的新形式和新方面":          "Other serious crimes, as defined in the Convention, including new forms and dimensions of transnational organized crime",
	"审议《联合国打击跨国有组织犯罪公约》及其各项议定书的实施情况":            "Review of the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto",
	"《联合国打击跨国有组织犯罪公约》":                          "United Nations Convention against Transnational Organized Crime",
	"《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的议定书》":            "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
	"《关于打击陆、海、空偷运移民的议定书》":                       "Protocol against the Smuggling of Migrants by Land, Sea and Air",
	"《关于打击非法制造和贩运枪支及其零部件和弹药的议定书》":               "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition",
	"国际合作，尤其侧重于引渡、司法协助和没收事宜国际合作，以及中央主管机关的设立与加强": "International cooperation, with particular emphasis on extradition, mutual legal assistance and international cooperation for the purpose of confiscation, and the establishment and strengthening of central authorities",
}

// agendaTitlePatterns give English to the titles that name a session: the opening, the
// provisional agenda of a later session, the adoption of the report.
var agendaTitlePatterns = []struct {
	re *regexp.Regexp
	en string // %s is the session's ordinal
}{
	{regexp.MustCompile(`^缔约方会议第([一二三四五六七八九十]{1,3})届会议开幕$`), "Opening of the %s session of the Conference"},
	{regexp.MustCompile(`^缔约方会议第([一二三四五六七八九十]{1,3})届会议临时议程$`), "Provisional agenda for the %s session of the Conference"},
	{regexp.MustCompile(`^通过缔约方会议第([一二三四五六七八九十]{1,3})届会议的报告$`), "Adoption of the report of the Conference on its %s session"},
}

// agendaTitleEn returns the English title of a known agenda item, or "".
func agendaTitleEn(title string) string {
	if en, ok := agendaTitlesEn[title]; ok {
		return en
	}
	if head, tail, ok := strings.Cut(title, "："); ok {
		if a, b := agendaTitlesEn[head], agendaTitlesEn[tail]; a != "" && b != "" {
			return a + ": " + b
		}
	}
	if !contains(title, "届会议") {
		return "" // every pattern names a session
	}
	for _, p := range agendaTitlePatterns {
		if m := p.re.FindStringSubmatch(title); m != nil {
			return fmt.Sprintf(p.en, ordinal(chineseNumber(m[1])))
		}
	}
	return ""
}

// ordinal writes n as an English ordinal word up to twenty, else as "21st".
func ordinal(n int) string {
	words := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	if n > 0 && n < len(words) {
		return words[n]
	}
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

// calendar is the days of the session a report is of, which give the year of a day it
// writes without one ("在 5 月 17 日第 1 次会议上"): its parts, or else a year alone.
type calendar struct {
	parts []span // in order
	year  string // where no part is known
	// days are the parts that are valid dates, read once, in order and apart: yearOf
	// measures each day a report writes without a year against them.
	days []daySpan
}

// daySpan is a span read as days.
type daySpan struct{ start, end time.Time }

// maxSessionYears is the most year ends yearOf lets the days of one session run across:
// the family holds a session within a year, or opens it in one year and resumes it in the
// next (one more leaves room for a resumption a year later). Days said to run across more
// are misread, "0001 年…和 9999 年…", and trying each year they span for every day a report
// writes without one would take minutes.
const maxSessionYears = 2

// newCalendar returns the calendar of a session held on the days of parts, in order.
func newCalendar(parts []span) calendar {
	c := calendar{parts: parts}
	for _, p := range parts {
		start, err := time.Parse(time.DateOnly, p.start)
		end, err2 := time.Parse(time.DateOnly, p.end)
		if err != nil || err2 != nil {
			continue // no day of it can be measured: it is as far as can be from every day
		}
		if n := len(c.days); n > 0 && !start.After(c.days[n-1].end) {
			if end.After(c.days[n-1].end) {
				c.days[n-1].end = end
			}
			continue // what overlaps is one stretch of days, as near to any day as its parts
		}
		c.days = append(c.days, daySpan{start, end})
	}
	return c
}

// yearOf returns the year of a day a report writes without one: the year, of those the
// session runs through, that puts the day in one of its parts, else nearest to one. A
// session within one year gives that year to every day; one opened in December and resumed
// in May gives December's days the first year and May's the second.
func (c calendar) yearOf(month, day string) string {
	if len(c.parts) == 0 {
		return c.year
	}
	first, last := c.parts[0].start, c.parts[len(c.parts)-1].end
	y0, err0 := strconv.Atoi(first[:min(4, len(first))])
	y1, err1 := strconv.Atoi(last[:min(4, len(last))])
	if err0 != nil || err1 != nil || y0 >= y1 || y1-y0 > maxSessionYears {
		return first[:min(4, len(first))]
	}
	best, bestGap := strconv.Itoa(y1), -1
	for y := y0; y <= y1; y++ {
		t, err := time.Parse(time.DateOnly, isoDate(strconv.Itoa(y), month, day))
		if err != nil {
			continue // no such day (2 月 29 日 out of a leap year): another year may have it
		}
		if gap := c.daysOutside(t); bestGap < 0 || gap < bestGap {
			best, bestGap = strconv.Itoa(y), gap
		}
	}
	return best
}

// daysOutside returns how many days t lies before or after the nearest of the calendar's
// days, 0 within one, or a large number where none is valid dates.
func (c calendar) daysOutside(t time.Time) int {
	// The first stretch that ends on or after t, and the one before it, are the nearest.
	i, _ := slices.BinarySearchFunc(c.days, t, func(d daySpan, t time.Time) int { return d.end.Compare(t) })
	gap := 1 << 30
	if i < len(c.days) {
		gap = 0
		if d := c.days[i]; t.Before(d.start) {
			gap = int(d.start.Sub(t).Hours() / 24)
		}
	}
	if i > 0 {
		gap = min(gap, int(t.Sub(c.days[i-1].end).Hours()/24))
	}
	return gap
}

// dated returns the ISO date of a day written without its year, "11-06", in the calendar's
// year for it, or "" where no year is known.
func (c calendar) dated(monthDay string) string {
	month, day, ok := strings.Cut(monthDay, "-")
	if !ok {
		return ""
	}
	if y := c.yearOf(month, day); y != "" {
		return y + "-" + monthDay
	}
	return ""
}

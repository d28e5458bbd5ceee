package loader

import (
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"copgraph/kg"
)

var (
	// meetingsRE finds where a report says what its session did at one or more of its
	// meetings: "在 2012 年 10 月 16 日第 4 次会议上", "在 2012 年 10 月 16 日和 17 日第 4 和第 5
	// 次会议上", "在第 1、第 7 和第 10 次会议上", "在 2012 年 10 月 15 日和 16 日举行的第 1 至第
	// 4 次会议上", "在其第一次全体会议上", "在本届会议 2012 年 10 月 15 日第 1 次会议上", and
	// one of a resumed part, numbered on from the session's first, "在 2019 年 9 月 5 日续会第 5
	// 次会议上". The date may follow the meeting in brackets, "在第 1 次会议（2022 年 5 月 16
	// 日）上", and with it the mention may open at "第": "第 3 和第 4 次会议（5 月 17 日）上，委员会
	// 审议了…". A mention without "在" or a bracket ("第 1 次会议上") is matched only to be
	// dropped (meetingKept): RE2 cannot make the bracket required where "在" is left out.
	// The bracket may instead say which meeting it was, "在第 10 次会议（闭幕会议）上": the
	// meeting is still the one the sentence reports on.
	meetingsRE = regexp.MustCompile(`(?:在\s*(?:其|本届会议)?\s*(?P<dates>` + meetingDatesPattern + `)?\s*(?:举行的|的|其|续会的|续会)?\s*)?第\s*(?P<numbers>` + meetingNumberPattern + `(?:\s*(?:次\s*)?(?:、|，|和|及|至|-|–)\s*(?:第\s*)?` + meetingNumberPattern + `)*)\s*次(?P<plenary>全体)?会议(?:（\s*(?P<bracket>` + meetingBracketDatesPattern + `)\s*）|` + meetingNotePattern + `)?上`)
	// The groups of meetingsRE.
	meetingDates, meetingNumbersAt, meetingPlenary, meetingBracket = 2 * meetingsRE.SubexpIndex("dates"), 2 * meetingsRE.SubexpIndex("numbers"), 2 * meetingsRE.SubexpIndex("plenary"), 2 * meetingsRE.SubexpIndex("bracket")
	// meetingBracketRE reads the dates a meeting's bracket gives, "（2022 年 5 月 16 日）",
	// at the start of a text.
	meetingBracketRE = regexp.MustCompile(`^（\s*(` + meetingBracketDatesPattern + `)\s*）`)
	// meetingDayRE reads one day of a list of meeting dates, its year and month carried
	// from the day before when left out: "2012 年 10 月 16 日和 17 日".
	meetingDayRE = regexp.MustCompile(`(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日`)
	// meetingNumberRE reads one number of a list of meetings.
	meetingNumberRE = regexp.MustCompile(meetingNumberPattern)
)

const (
	// meetingDatesPattern is one or more days, "2012 年 10 月 16 日和 17 日", or a span of
	// them, "10 月 15 日至 19 日".
	meetingDatesPattern    = meetingDatePattern + meetingMoreDaysPattern
	meetingMoreDaysPattern = `(?:\s*(?:和|、|及|至|-|–)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)*`
	// meetingBracketDatesPattern is meetingDatesPattern without its groups: the days a
	// bracket after the meeting gives, read as a whole by meetingDays.
	meetingBracketDatesPattern = `(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日` + meetingMoreDaysPattern
	// meetingNotePattern is a bracket after a meeting that says which it was, the opening
	// or the closing one, "（闭幕会议）": read by meetingNoteEnd, which the tests hold to it.
	meetingNotePattern = `（\s*(?:开幕|闭幕)(?:全体)?会议\s*）`
	// meetingNumberPattern is a meeting's number, in digits or in Chinese ("第一次会议").
	meetingNumberPattern = `(?:\d{1,3}|[一二三四五六七八九十]{1,3})`
	// maxMeetingsSpan bounds a range of meetings ("第 1 至第 4 次"): a session holds tens of
	// meetings, and a misread range must not make thousands of nodes.
	maxMeetingsSpan = 60
)

// notOwnMeetings are the subjects whose meetings are not the session's own: the bureau's,
// the Committee of the Whole's, a working group's or an expert group's have numbers of their
// own ("主席团第 4 次会议", "全体委员会在其第 2 次会议上").
var notOwnMeetings = []string{"主席团", "全体委员会", "工作组", "专家组", "小组", "分组"}

// meetingMention is a sentence's mention of meetings of the session a report is of.
type meetingMention struct {
	numbers []int
	dates   []string // the ISO date of each meeting, "" where the text gives none
	days    []string // every day the mention gives, paired or not
	plenary bool
	start   int // rune offsets of the mention in the paragraph
	end     int
	byteEnd int
	quote   string
}

// findMeetings returns the meetings a narrative paragraph says its session held, with their
// dates where the text pairs them: one date for all ("10 月 19 日第 9 和第 10 次会议"), or a
// date for each ("10 月 16 日和 17 日第 4 和第 5 次会议"). year is the year of dates that give
// none ("在 11 月 6 日第 9 次会议上"), or "".
func findMeetings(text, year string) []meetingMention {
	return meetingsOf(text, calendar{year: year}, false)
}

// meetingsOf is findMeetings, the year of a day that gives none that the calendar gives it;
// in a working group's report (group), the group's meetings are the session's.
func meetingsOf(text string, cal calendar, group bool) []meetingMention {
	if !mayNameMeetings(text) {
		return nil
	}
	return namedMeetings(text, cal, group)
}

// namedMeetings is meetingsOf, of a text that mayNameMeetings let through: the callers that
// asked it already do not read the text again.
func namedMeetings(text string, cal calendar, group bool) []meetingMention {
	var out []meetingMention
	var at runeOffsets
	at.text = text
	owners := newClauseOwners(text, group)
	for _, m := range meetingMatches(text) {
		if owners.owned(m[0]) {
			continue
		}
		mm := meetingMention{plenary: m[meetingPlenary] >= 0, start: at.of(m[0]), end: at.of(m[1]), byteEnd: m[1], quote: text[m[0]:m[1]]}
		mm.numbers = meetingNumbers(text[m[meetingNumbersAt]:m[meetingNumbersAt+1]])
		if len(mm.numbers) == 0 {
			continue
		}
		mm.dates = make([]string, len(mm.numbers))
		if d := meetingDates; m[d] >= 0 || m[meetingBracket] >= 0 {
			if m[d] < 0 {
				d = meetingBracket // "第 1 次会议（2022 年 5 月 16 日）上"
			}
			days, span := meetingDays(text[m[d]:m[d+1]], cal)
			mm.days = days
			if !span {
				switch len(days) {
				case 1: // one day for every meeting the sentence names
					for i := range mm.dates {
						mm.dates[i] = days[0]
					}
				case len(mm.numbers):
					copy(mm.dates, days)
				}
			}
		}
		out = append(out, mm)
	}
	return out
}

// meetingMatches returns the matches of meetingsRE.FindAllStringSubmatchIndex(text, -1)
// that meetingKept keeps, running the matcher only on a window before each "会议上" or
// "）上", where every match ends: the regexp costs more than the paragraphs that name
// meetings are long.
//
// Every match holds one of those ends, its last bytes: no other part of it holds "上" or
// "）". From any start the matches therefore all end at the same place, and
// the match that ends at a window's end opens in the window, past every match kept before.
// It opens at the window's last "在" where that one has a match (a match holds no other
// "在"); else, without "在", at a "第" after it: the first whose match ends at the
// window's end, since a "第" before it has no match, or one that ends earlier and was
// found there (kept, it moved the window's start past it; dropped, it covers the "第"s
// whose matches end with it, as the regexp's FindAll skips them).
func meetingMatches(text string) [][]int {
	var out [][]int
	prevEnd := 0
	var ends meetingEnds
	for from := 0; ; {
		i, bracket := ends.next(text, from)
		if i < 0 {
			return out
		}
		end := i
		from = end
		start := max(prevEnd, end-maxMeetingMention)
		for start > prevEnd && !utf8.RuneStart(text[start]) {
			start++
		}
		first := start
		if at := lastIndex(text[start:end], "在"); at >= 0 {
			first = start + at
			if m := meetingsAt(text[first:end]); m != nil && m[1] == end-first {
				shifted(m, first)
				out = append(out, m)
				prevEnd = end
				continue
			}
			first += len("在")
		}
		if !bracket {
			continue // only a bracket ends a match without "在" that is kept
		}
		for p := first; p < end; {
			k := index(text[p:end], "第")
			if k < 0 {
				break
			}
			p += k
			if m := meetingsAt(text[p:end]); m != nil && m[1] == end-p {
				if meetingKept(text, shifted(m, p)) {
					out = append(out, m)
					prevEnd = end
				}
				break
			}
			p += len("第")
		}
	}
}

// meetingKept reports whether meetingsRE's match m in text is a mention of meetings: one
// that opens with "在", or dates the meeting in a bracket after it ("第 1 次会议（2022 年 5 月
// 16 日）上") or says which it was ("第 10 次会议（闭幕会议）上"), both of which end "）上".
// "第 1 次会议上" alone is as often the subject of a clause as its time.
func meetingKept(text string, m []int) bool {
	return strings.HasPrefix(text[m[0]:], "在") || strings.HasSuffix(text[m[0]:m[1]], "）上")
}

// mayNameMeetings reports whether text holds an end of a match of meetingsRE: most texts
// hold none, and the matcher need not run.
//
// Both ends close with 上: one search for it, by its last byte, reads the text once, where a
// search for each read most texts, which hold neither, twice.
func mayNameMeetings(text string) bool {
	for from := 0; ; {
		i := index(text[from:], "上")
		if i < 0 {
			return false
		}
		at := from + i
		if strings.HasSuffix(text[:at], "会议") || strings.HasSuffix(text[:at], "）") {
			return true
		}
		from = at + len("上")
	}
}

// meetingEnds finds the ends of the matches of meetingsRE in a text, in order: each "会议上"
// and "）上", the next of each kind searched once.
type meetingEnds struct {
	plain, bracket int  // byte offsets past the next of each, -1 for none
	searched       bool // whether plain and bracket hold a search's result
}

// next returns the byte offset past the first end at or after from, and whether it is
// "）上"; -1 for none.
func (e *meetingEnds) next(text string, from int) (int, bool) {
	find := func(sub string, anchor int) int {
		i := indexBy(text[from:], sub, anchor)
		if i < 0 {
			return -1
		}
		return from + i + len(sub)
	}
	if !e.searched || (e.plain >= 0 && e.plain <= from) {
		e.plain = find("会议上", meetingAnchorByte)
	}
	if !e.searched || (e.bracket >= 0 && e.bracket <= from) {
		e.bracket = find("）上", len("）上")-1) // 上's last byte, as meetingAnchorByte
	}
	e.searched = true
	switch {
	case e.plain < 0 && e.bracket < 0:
		return -1, false
	case e.bracket < 0 || (e.plain >= 0 && e.plain < e.bracket):
		return e.plain, false
	}
	return e.bracket, true
}

// meetingAnchorByte is the byte of "会议上" searched for: the second of 上 (E4 B8 8A), which
// fewer characters of a report hold than its last.
const meetingAnchorByte = len("会议") + 1

// maxMeetingMention bounds the bytes a mention of meetings spans: "在 2012 年 10 月 15 日和
// 16 日举行的第 1 、第 7 和第 10 次全体会议上" is under a hundred.
const maxMeetingMention = 300

// clauseOwners answers ownedByOther(text[:at], group) for the mentions of one text, asked
// in order: it reads the text once, remembering where the last clause mark and the last of
// each of notOwnMeetings stand, where asking ownedByOther of each mention read back to the
// clause's start again, all of a long text that holds no mark.
type clauseOwners struct {
	text  string
	group bool
	read  int   // text[:read] is read
	mark  int   // where the last clause mark in text[:read] stands, or -1
	last  []int // where the last of each of notOwnMeetings wholly in text[:read] begins, or -1
}

func newClauseOwners(text string, group bool) *clauseOwners {
	c := &clauseOwners{text: text, group: group, mark: -1, last: make([]int, len(notOwnMeetings))}
	for i := range c.last {
		c.last[i] = -1
	}
	return c
}

// owned is ownedByOther(c.text[:at], c.group).
func (c *clauseOwners) owned(at int) bool {
	if at < c.read {
		return ownedByOther(c.text[:at], c.group)
	}
	if i := lastIndexAny(c.text[c.read:at], mentionClauseMarks); i >= 0 {
		c.mark = c.read + i
	}
	// A word may straddle what was read before and what is read now.
	from := max(0, c.read-maxOwnerLen+1)
	for k, s := range notOwnMeetings {
		if j := lastIndex(c.text[from:at], s); j >= 0 {
			c.last[k] = from + j
		}
	}
	c.read = at
	for k, s := range notOwnMeetings {
		if c.group && (s == "工作组" || s == "专家组") {
			continue
		}
		if c.last[k] > c.mark {
			return true
		}
	}
	return false
}

// maxOwnerLen is the length in bytes of the longest of notOwnMeetings.
var maxOwnerLen = func() int {
	n := 0
	for _, s := range notOwnMeetings {
		n = max(n, len(s))
	}
	return n
}()

// mentionClauseMarks end the clause before a meeting mention (ownedByOther).
const mentionClauseMarks = "。；;，,"

// ownedByOther reports whether the clause that ends where a meeting mention begins has for
// subject a body whose meetings are numbered apart from the session's.
func ownedByOther(before string, group bool) bool {
	if i := lastIndexAny(before, mentionClauseMarks); i >= 0 { // as strings.LastIndexAny, without decoding the text
		before = before[i:]
	}
	for _, s := range notOwnMeetings {
		if group && (s == "工作组" || s == "专家组") {
			continue
		}
		if contains(before, s) {
			return true
		}
	}
	return false
}

// meetingNumbers reads a list of meeting numbers, ranges expanded: "1、第 7 和第 10" is 1, 7
// and 10; "1 至第 4" is 1 to 4. A range that runs backwards or too far is dropped.
func meetingNumbers(s string) []int {
	var out []int
	prevEnd := -1 // where the number before ends, -1 for the first
	for i := 0; ; {
		from, to := nextMeetingNumber(s, i)
		if from < 0 {
			return out
		}
		n := meetingNumber(s[from:to])
		if n <= 0 {
			return nil
		}
		if prevEnd >= 0 && saysSpan(s[prevEnd:from]) {
			first := out[len(out)-1]
			if n <= first || n-first > maxMeetingsSpan {
				return nil
			}
			for k := first + 1; k < n; k++ {
				out = append(out, k)
			}
		}
		out = append(out, n)
		prevEnd, i = to, to
	}
}

// meetingNumberSpans returns meetingNumberRE.FindAllStringIndex(s, -1), read without the
// regexp machine (nextMeetingNumber).
func meetingNumberSpans(s string) [][]int {
	var out [][]int
	for i := 0; ; {
		from, to := nextMeetingNumber(s, i)
		if from < 0 {
			return out
		}
		out = append(out, []int{from, to})
		i = to
	}
}

// nextMeetingNumber returns the span of the next match of meetingNumberRE in s from byte
// i, or -1, -1: the run of up to three digits, or of up to three Chinese numerals, that
// begins at the first such character. meetingNumbers reads the spans one by one, where a
// slice was built of them, and a slice for each.
func nextMeetingNumber(s string, i int) (int, int) {
	for i < len(s) {
		n := 0
		for j := i; n < 3 && j < len(s) && s[j] >= '0' && s[j] <= '9'; j++ {
			n++
		}
		end := i + n
		if n == 0 {
			for n < 3 && opensWithChineseNumeral(s[end:]) {
				end += len("十") // each numeral is three bytes
				n++
			}
		}
		if n > 0 {
			return i, end
		}
		_, size := utf8.DecodeRuneInString(s[i:]) // one byte where it is no UTF-8, as for the regexp
		i += size
	}
	return -1, -1
}

// opensWithChineseNumeral reports whether s opens with one of 一 to 十.
func opensWithChineseNumeral(s string) bool { return isChineseNumeral(leadRune(s)) }

// meetingDayMatches returns meetingDayRE.FindAllStringSubmatch(s, -1), read without the
// regexp machine: at each character in turn, the first of its ways to match in the
// pattern's order (the year, then the month, taken where they can be).
func meetingDayMatches(s string) [][]string {
	var out [][]string
	for m := range meetingDaysIn(s) {
		out = append(out, m[:])
	}
	return out
}

// meetingDaysIn yields the matches of meetingDayRE in s, as meetingDayMatches returns them:
// meetingDays reads them one by one, where it built a slice of them and a slice for each.
func meetingDaysIn(s string) iter.Seq[[4]string] {
	return func(yield func([4]string) bool) {
		for i := 0; i < len(s); {
			if m, ok := meetingDayAt(s, i); ok {
				if !yield(m) {
					return
				}
				i += len(m[0])
				continue
			}
			_, size := utf8.DecodeRuneInString(s[i:]) // one byte where it is no UTF-8, as for the regexp
			i += size
		}
	}
}

// meetingDayAt matches meetingDayRE at byte i of s: the match and its groups, and whether
// there is one. Every way to match opens with a digit (of the year, the month or the day),
// which most characters the callers try it at are not.
func meetingDayAt(s string, i int) (m [4]string, ok bool) {
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return m, false
	}
	group := func(from, to int) string {
		if from < 0 {
			return ""
		}
		return s[from:to]
	}
	// Each optional part is tried taken, then left out; \d{1,2} tries two digits, then
	// one; a \s* before a character that is no space never gives one back.
	for _, year := range [2]bool{true, false} {
		y0, y1, p := -1, -1, i
		if year {
			if !digitsAt(s, p, 4) {
				continue
			}
			q := skipRESpaces(s, p+4)
			if !strings.HasPrefix(s[q:], "年") {
				continue
			}
			y0, y1, p = p, p+4, skipRESpaces(s, q+len("年"))
		}
		for _, month := range [3]int{2, 1, 0} {
			m0, m1, q := -1, -1, p
			if month > 0 {
				if !digitsAt(s, q, month) {
					continue
				}
				r := skipRESpaces(s, q+month)
				if !strings.HasPrefix(s[r:], "月") {
					continue
				}
				m0, m1, q = q, q+month, skipRESpaces(s, r+len("月"))
			}
			for _, day := range [2]int{2, 1} {
				if !digitsAt(s, q, day) {
					continue
				}
				if r := skipRESpaces(s, q+day); strings.HasPrefix(s[r:], "日") {
					return [4]string{s[i : r+len("日")], group(y0, y1), group(m0, m1), s[q : q+day]}, true
				}
			}
		}
	}
	return m, false
}

// digitsAt reports whether s holds n ASCII digits at byte i.
func digitsAt(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for _, c := range []byte(s[i : i+n]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// meetingNumber reads one meeting number, in digits or in Chinese.
func meetingNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return chineseNumber(s)
}

// meetingDays reads the days of a list of meeting dates, in ISO form where a year is known,
// and reports whether they are a span ("15 日至 19 日"), which pairs with no list of meetings.
// A day takes the year of the one before it in the list, or else the year the calendar gives
// its month and day.
func meetingDays(s string, cal calendar) (days []string, span bool) {
	given, month := "", "" // the year the list gives, carried
	for m := range meetingDaysIn(s) {
		if m[1] != "" {
			given = m[1]
		}
		if m[2] != "" {
			month = m[2]
		}
		year := given
		if year == "" && month != "" {
			year = cal.yearOf(month, m[3])
		}
		if year == "" || month == "" {
			days = append(days, "")
			continue
		}
		days = append(days, isoDate(year, month, m[3]))
	}
	return days, saysSpan(s)
}

// saysSpan reports strings.ContainsAny(s, "至-–"), for valid UTF-8 s: where the text holds
// the rune it holds its bytes, which are looked for without decoding the text.
func saysSpan(s string) bool {
	return strings.IndexByte(s, '-') >= 0 || contains(s, "至") || contains(s, "–")
}

// meetingsIn returns meetingsOf(text, b.calendar, group), found once for each text: the
// adoptions and the agenda both read a paragraph's meetings of the session. A working
// group's (group) only the agenda reads, once for each paragraph, and they are not kept:
// the texts are keys of a map of strings.
func (b *graphBuilder) meetingsIn(text string, group bool) []meetingMention {
	if !mayNameMeetings(text) {
		return nil // as meetingsOf finds at once: most texts name no meeting, and are not kept
	}
	return b.namedMeetingsIn(text, group)
}

// namedMeetingsIn is meetingsIn, of a text that mayNameMeetings let through.
func (b *graphBuilder) namedMeetingsIn(text string, group bool) []meetingMention {
	if group {
		return namedMeetings(text, b.calendar, true)
	}
	if ms, ok := b.meetingsFound[meetingsKey(text)]; ok {
		return ms
	}
	ms := namedMeetings(text, b.calendar, false)
	if b.meetingsFound == nil {
		b.meetingsFound = map[meetingsKey][]meetingMention{}
	}
	b.meetingsFound[meetingsKey(text)] = ms
	return ms
}

// meetingsKey is a text whose meetings of the session meetingsFound holds.
type meetingsKey string

// meetingID returns the id of the Meeting node of a session's meeting: "meeting:cop:6:10".
func meetingID(session string, number int) string {
	return kg.MeetingID(session, strconv.Itoa(number))
}

// meeting adds the Meeting node of a session's meeting, if new, with HAS_MEETING from the
// session stated by prov (which builds the relationship's provenance: only the first mention
// of a meeting needs it), and returns its id. date and plenary fill what an earlier mention
// left out.
func (b *graphBuilder) meeting(session string, number int, date string, plenary bool, prov func() kg.Props) string {
	id := meetingID(session, number)
	if !b.holdsMeeting(id, session, number, date, plenary) {
		props := b.props.alloc(4)
		if date != "" {
			props.Set(kg.PropDate, date)
		}
		props.Set(kg.PropNumber, int64(number))
		if plenary {
			props.Set(kg.PropPlenary, true)
		}
		props.Set(kg.PropSession, b.sessionBox.of(session))
		b.node(kg.Node{ID: id, Labels: []string{kg.LabelMeeting}, Properties: props})
	}
	rid := b.relID(session, kg.RelHasMeeting, id)
	if _, seen := b.rels[rid]; !seen {
		props := prov()
		props.Set(kg.PropSource, b.sourceValue)
		b.rel(kg.Relationship{ID: rid, Type: kg.RelHasMeeting, Start: session, End: id, Properties: props})
	}
	return id
}

// holdsMeeting reports whether the node id is there already with what meeting would merge
// into it, each stated (not a default): the label Meeting, the session, the number, and
// the date and plenary where given. kg.MergeNode adds what a node lacks and overwrites what
// the merged one states, so that merge would change nothing, and the node need not be
// built: a meeting is named again and again.
func (b *graphBuilder) holdsMeeting(id, session string, number int, date string, plenary bool) bool {
	old := b.nodes[id]
	if old == nil || !old.Label(kg.LabelMeeting) || !statedString(old, kg.PropSession, session) ||
		date != "" && !statedString(old, kg.PropDate, date) {
		return false
	}
	if n, ok := old.Properties.Get(kg.PropNumber).(int64); !ok || n != int64(number) || old.IsWeak(kg.PropNumber) {
		return false
	}
	if yes, ok := old.Properties.Get(kg.PropPlenary).(bool); plenary && (!ok || !yes || old.IsWeak(kg.PropPlenary)) {
		return false
	}
	return true
}

// meetingsOf adds the meetings a narrative paragraph names of the session the report is
// of, and returns their mentions.
func (b *graphBuilder) meetingsOf(session string, p paragraph) []meetingMention {
	if !p.mayHold(kwAtMeeting|kwAtBracket) || !mayNameMeetings(p.text) {
		return nil // as meetingsIn finds at once, before the session's properties are read
	}
	props := b.nodes[session].Properties
	ms := b.namedMeetingsIn(p.text, kg.String(props, kg.PropGroup) != "")
	start, end := kg.String(props, kg.PropStartDate), kg.String(props, kg.PropEndDate)
	out := ms[:0:0]
	for _, m := range ms {
		if outside(m.days, start, end) && !laterPart(p.text, m, start) {
			continue // "工作组在 2012 年 5 月 21 日举行的第一次会议上": another session's
		}
		if contains(m.quote, "续会") && resumedOther(p.text, int(kg.Int(props, kg.PropNumber))) {
			// "第三十三届会议续会于…举行。在续会的第 1 次会议上，…" in a note for the 34th: the
			// meeting is the 33rd's, which an act adopted there names (adoptedIn).
			continue
		}
		prov := func() kg.Props { return b.provenance(p, m.quote, m.start, m.end) }
		for i, n := range m.numbers {
			b.meeting(session, n, m.dates[i], m.plenary, prov)
		}
		out = append(out, m)
	}
	return out
}

// heldMeetingsOf adds the meetings a narrative paragraph numbers after counting them, of
// the session the report is of: "举行了 2 次会议（第 10 和第 11 次会议）" says nothing was
// done at them, but that the session held them.
func (b *graphBuilder) heldMeetingsOf(session string, p paragraph) {
	if p.mayHold(kwConvened|kwHeld) && mayConvene(p.text) {
		props := b.nodes[session].Properties
		for _, m := range convenedMeetings(p.text, int(kg.Int(props, kg.PropNumber)), b.calendar) {
			prov := func() kg.Props { return b.provenance(p, m.quote, m.start, m.end) }
			b.meeting(session, m.numbers[0], m.dates[0], m.plenary, prov)
		}
	}
	if (!p.mayHold(kwMeetingsBracket) || indexBy(p.text, "会议（", len("会议")) < 0) && index(p.text, "会议(") < 0 {
		// Every such count is followed by its bracket. "（" is searched by its first byte,
		// which only the full-width marks open, where its last ends many a character.
		return
	}
	for _, m := range heldMeetings(p.text, kg.String(b.nodes[session].Properties, kg.PropGroup) != "") {
		prov := func() kg.Props { return b.provenance(p, m.quote, m.start, m.end) }
		first, all := countedDays(p.text, m, int(kg.Int(b.nodes[session].Properties, kg.PropNumber)))
		for i, n := range m.numbers {
			date := all
			if i == 0 {
				date = first
			}
			if old := b.nodes[meetingID(session, n)]; old != nil && old.Properties.Has(kg.PropDate) {
				date = "" // what a sentence on the meeting itself says of its day stands
			}
			b.meeting(session, n, date, false, prov)
		}
	}
}

// countedDays returns the days of the meetings a count numbers where the sentence says on
// which days the session, or its part, met, before the count: "于 2025 年 12 月 4 日和 5 日
// …举行了第三十四届会议续会，共举行了 2 次会议（第 11 和第 12 次会议）". The first meeting
// opened the session on its first day (first); the others, where the session met on one
// day, are of that day (all), and else of a day the count does not tell.
func countedDays(text string, m meetingMention, number int) (first, all string) {
	for _, s := range findSessions(text) {
		if s.future || s.end0 > m.start || number > 0 && s.number != number || s.group {
			continue
		}
		if i := strings.Index(text, s.quote); i < 0 || contains(text[i+len(s.quote):m.byteEnd], "。") {
			continue // another sentence's session
		}
		days := s.spans()
		first = days[0].start
		if len(days) == 1 && days[0].start == days[0].end {
			all = first
		}
	}
	return first, all
}

// convenedRE finds a meeting a sentence says a body convened or held, named by its number
// and, before it, its session's: "召开了第二十九届会议第 1 次会议", "举行了第 3 次全体会议",
// and without 了, as a note or a plan says it, "于 5 月 14 日举行第 2 次会议". The date is
// the day the sentence gives before it, "于 2019 年 12 月 13 日…" (group 1).
var convenedRE = regexp.MustCompile(`(?:于\s*(` + meetingDatePattern + `)[^。；]*?)?(?:召开|举行)了?\s*(?:第([一二三四五六七八九十]{1,3})届会议\s*)?第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*次(全体)?会议`)

// convenedDayRE is a day convenedRE may give before the verb.
var convenedDayRE = regexp.MustCompile(`于\s*(` + meetingDatePattern + `)`)

// mayConvene reports whether convenedRE matches text: whether one of its verbs, 召开 or
// 举行, with 了 or not, is followed by a meeting's number as the pattern reads it
// (convenedAt). The day before the verb is optional and cannot make a match where there is
// none; without the number, which most texts that hold a verb lack ("共举行了 10 次会议",
// "举行了第六届会议。"), the matcher need not run: it costs more than the paragraph is long.
func mayConvene(text string) bool {
	// Every match holds 第 after its verb, 了 and white space: one search for it reads the
	// text once, where a search for each verb read it twice, and the verb is read back.
	for from := 0; ; {
		i := index(text[from:], "第")
		if i < 0 {
			return false
		}
		at := from + i
		from = at + len("第")
		k := at
		for k > 0 && isRESpace(text[k-1]) {
			k--
		}
		if strings.HasSuffix(text[:k], "了") {
			k -= len("了")
		}
		if (strings.HasSuffix(text[:k], "举行") || strings.HasSuffix(text[:k], "召开")) && convenedAt(text, at) {
			return true
		}
	}
}

// convenedAt reports whether the part of convenedRE after its verb matches at byte i of
// text: `\s*(?:第([一二三四五六七八九十]{1,3})届会议\s*)?第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*次(全体)?会议`.
// A run of numerals or digits longer than three cannot match: what follows it must be 届,
// a space or 次.
func convenedAt(text string, i int) bool {
	i = skipRESpaces(text, i)
	if strings.HasPrefix(text[i:], "第") {
		p := i + len("第")
		if e := skipChineseNumerals(text, p); e > p && e-p <= 3*len("十") && strings.HasPrefix(text[e:], "届会议") &&
			numberedMeetingAt(text, skipRESpaces(text, e+len("届会议"))) {
			return true
		}
	}
	return numberedMeetingAt(text, i)
}

// numberedMeetingAt reports whether `第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*次(全体)?会议`
// matches at byte i of text.
func numberedMeetingAt(text string, i int) bool {
	if !strings.HasPrefix(text[i:], "第") {
		return false
	}
	p := skipRESpaces(text, i+len("第"))
	e := p
	for e < len(text) && e-p < 4 && text[e] >= '0' && text[e] <= '9' {
		e++
	}
	if e == p {
		e = skipChineseNumerals(text, p)
		if e-p > 3*len("十") {
			return false
		}
	} else if e-p > 3 {
		return false
	}
	if e == p {
		return false
	}
	rest, ok := strings.CutPrefix(text[skipRESpaces(text, e):], "次")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "全体")
	return strings.HasPrefix(rest, "会议")
}

// convenedMeetings returns the meetings a text says were convened or held (convenedRE) of
// the session numbered session: a meeting of another session it names is not one
// ("召开了第二十八届会议第 9 次会议" in the report of the twenty-ninth), nor one whose body
// is another's (ownedByOther). A day without its year takes the calendar's.
func convenedMeetings(text string, session int, cal calendar) []meetingMention {
	if !mayConvene(text) {
		return nil
	}
	var out []meetingMention
	var at runeOffsets
	at.text = text
	owners := newClauseOwners(text, false)
	for _, m := range convenedRE.FindAllStringSubmatchIndex(text, -1) {
		g := func(i int) string { return submatch(text, m, i) }
		if g(5) != "" && chineseNumber(g(5)) != session || owners.owned(m[0]) {
			continue
		}
		n := meetingNumbers(g(6))
		if len(n) != 1 {
			continue
		}
		// The mention is the verb and the meeting: the date, where the match opens with
		// it, stands apart before them.
		start := m[0] + max(lastIndex(text[m[0]:m[1]], "召开"), lastIndex(text[m[0]:m[1]], "举行"))
		date, day := "", g(1)
		if day != "" {
			// The match opens at the first day of the clauses before the verb; the
			// meeting's is the last ("于 5 月 13 日开幕，并于 5 月 14 日举行了第 2 次会议").
			if ds := convenedDayRE.FindAllStringSubmatch(text[m[3]:start], -1); len(ds) > 0 {
				day = ds[len(ds)-1][1]
			}
			if days, _ := meetingDays(day, cal); len(days) == 1 {
				date = days[0]
			}
		}
		out = append(out, meetingMention{numbers: n, dates: []string{date}, plenary: m[14] >= 0,
			start: at.of(start), end: at.of(m[1]), byteEnd: m[1], quote: text[start:m[1]]})
	}
	return out
}

// heldMeetings returns the meetings a text numbers after counting them: "举行了 2 次会议（第
// 10 和第 11 次会议）", "共举行了 6 次会议(第 1-6 次会议)". A body whose meetings are numbered
// apart (ownedByOther) holds them where it is the clause's subject; in a working group's
// report (group) the group's are the session's.
func heldMeetings(text string, group bool) []meetingMention {
	var out []meetingMention
	var at runeOffsets
	at.text = text
	for from := 0; ; {
		i := index(text[from:], "会议")
		if i < 0 {
			return out
		}
		count := from + i // where the count's "次会议" or "次全体会议" stands
		from = count + len("会议")
		count = len(strings.TrimSuffix(text[:count], "全体"))
		if !strings.HasSuffix(text[:count], "次") {
			continue
		}
		count -= len("次")
		b := openBracket(text, from)
		if b == 0 {
			continue
		}
		start := spaceBefore(text, count)
		n := start
		for n > 0 && (text[n-1] >= '0' && text[n-1] <= '9') {
			n--
		}
		if n == start { // "举行了两次会议", "十二次会议": each numeral is three bytes
			for n >= len("十") && (isChineseNumeral(lastRune(text[:n])) || strings.HasSuffix(text[:n], "两")) {
				n -= len("十")
			}
		}
		if n == start {
			continue // no count: "在第 2 次会议（…）上"
		}
		inner := skipRESpaces(text, from+b)
		if !strings.HasPrefix(text[inner:], "第") {
			continue
		}
		end := index(text[inner:], "次会议")
		if end < 0 || end > maxMeetingMention {
			continue
		}
		list := text[inner+len("第") : inner+end]
		c := closeBracket(text, skipRESpaces(text, inner+end+len("次会议")))
		if c == 0 || !meetingList(list) || ownedByOther(text[:n], group) {
			continue
		}
		numbers := meetingNumbers(list)
		if len(numbers) == 0 {
			continue
		}
		stop := skipRESpaces(text, inner+end+len("次会议")) + c
		out = append(out, meetingMention{numbers: numbers, start: at.of(inner), end: at.of(inner + end + len("次会议")), quote: text[inner : inner+end+len("次会议")], byteEnd: stop})
		from = stop
	}
}

// meetingList reports whether s holds nothing but a list of meeting numbers, as it stands
// between "第" and "次会议": numbers, "第", "次", the separators of meetingsRE and spaces.
func meetingList(s string) bool {
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', isChineseNumeral(r), r < 0x80 && isRESpace(byte(r)):
		case strings.ContainsRune("第次、，和及至-–", r):
		default:
			return false
		}
	}
	return true
}

// outside reports whether a mention dates a meeting outside the days of the session,
// where both are known.
func outside(dates []string, start, end string) bool {
	return before(dates, start) || end != "" && slices.ContainsFunc(dates, func(d string) bool { return d > end })
}

// before reports whether a mention dates a meeting before the first day of the session,
// where both are known.
func before(dates []string, start string) bool {
	return start != "" && slices.ContainsFunc(dates, func(d string) bool { return d != "" && d < start })
}

// laterPart reports whether a mention in text that dates a meeting outside the days known
// of the session, which starts on start, dates one of a later part of it that the report does not date ("在 2021 年
// 9 月 7 日第 6 次会议上，审议组在续会期间…" where the first part alone is dated): the days
// are after the session's first and the mention writes their year (a year the calendar
// gives a day is a guess outside its days), and the paragraph names no session, or names a
// resumed part (another session's meeting is named with it: "第二十六届会议于…举行，在…第
// 9 次会议上").
func laterPart(text string, m meetingMention, start string) bool {
	return !before(m.days, start) && contains(m.quote, "年") &&
		(!contains(text, "届会议") || contains(text, "续会") || contains(text, "复会"))
}

// resumedOther reports whether a paragraph names the resumed part of a session other than
// the one numbered current: "第三十三届会议续会于 2024 年 12 月 12 日在维也纳举行".
func resumedOther(text string, current int) bool {
	for from := 0; ; {
		i := index(text[from:], "届会议续会")
		if i < 0 {
			return false
		}
		at := from + i
		from = at + len("届会议续会")
		lo := max(0, at-len("第九十九")) // the numeral is short: no search reads the text back further
		k := lastIndex(text[lo:at], "第")
		if k < 0 {
			continue
		}
		k += lo
		if n := chineseNumber(text[k+len("第") : at]); n > 0 && n != current {
			return true
		}
	}
}

// provenance returns the provenance properties of a mention in a narrative paragraph.
func (b *graphBuilder) provenance(p paragraph, quote string, start, end int) kg.Props {
	// Room for the role sponsored adds, as most callers add one property or none.
	return b.props.alloc(6).With(kg.PropParagraph, b.keyBox.of(p.key)).With(kg.PropQuote, quote).
		With(kg.PropSource, b.sourceValue).With(kg.PropSpanEnd, int64(p.offset+end)).With(kg.PropSpanStart, int64(p.offset+start))
}

// consideredAt adds CONSIDERED_AT from an agenda item to the meetings its sentence says
// considered it: those named in the same sentence before the item.
func (b *graphBuilder) consideredAt(session, item string, p paragraph, it agendaItem, ms []meetingMention) {
	for _, m := range ms {
		if m.end > it.start {
			continue
		}
		gap := p.text[m.byteEnd:]
		if i := strings.Index(gap, it.quote); i < 0 || strings.Contains(gap[:i], "。") {
			continue // the item is another sentence's
		}
		for _, n := range m.numbers {
			meeting := meetingID(session, n)
			rid := b.relID(item, kg.RelConsideredAt, meeting)
			if _, seen := b.rels[rid]; seen {
				continue
			}
			b.rel(kg.Relationship{ID: rid, Type: kg.RelConsideredAt, Start: item, End: meeting, Properties: b.provenance(p, m.quote, m.start, m.end)})
		}
	}
}

// adoptedIn adds ADOPTED_IN from each act the graph says was adopted at a numbered meeting
// of a numbered session to that meeting, whose date is the act's. Its provenance is the
// narrative's sentence of adoption, or else the act's own text (an Assembly resolution
// closes with its meeting).
func (b *graphBuilder) adoptedIn() {
	var acts []string
	for _, n := range b.nodeList { // the nodes of nodes, cheaper to walk; the ids are sorted below
		if n.Label(kg.LabelAct) && kg.String(n.Properties, kg.PropMeeting) != "" {
			acts = append(acts, n.ID)
		}
	}
	slices.Sort(acts) // the first act to name a meeting gives HAS_MEETING its provenance
	for _, id := range acts {
		a := kg.ActFromNode(*b.nodes[id])
		session := adoptingSession(kg.ActKey{Body: a.Body, Kind: a.Kind, Number: a.Number})
		number, err := strconv.Atoi(a.Meeting)
		if !a.Adopted || session == "" || err != nil || number <= 0 {
			continue
		}
		prov := b.adoptedAt[id]
		if prov == nil {
			prov = b.props.alloc(2).With(kg.PropAct, id).With(kg.PropSource, b.sourceValue)
		}
		meeting := b.meeting(session, number, a.Date, b.plenaryActs[id], func() kg.Props { return prov.Clone() })
		if date := kg.String(b.nodes[meeting].Properties, kg.PropDate); a.Date == "" && date != "" {
			// "在第 10 次会议上，…通过了": the meeting's date, told elsewhere, is the act's.
			b.nodes[id].Properties.Set(kg.PropDate, date)
		}
		b.rel(kg.Relationship{ID: b.relID(id, kg.RelAdoptedIn, meeting), Type: kg.RelAdoptedIn, Start: id, End: meeting, Properties: prov})
	}
}

// meetingRef is one meeting as the narrative names it: its number as written and its day.
type meetingRef struct{ number, date string }

// lastOf returns the last meeting a mention names.
func lastOf(m meetingMention) meetingRef {
	i := len(m.numbers) - 1
	return meetingRef{strconv.Itoa(m.numbers[i]), m.dates[i]}
}

// sameMeetingWords name the meeting a text has just named again.
var sameMeetingWords = []string{"同次会议", "同一次会议", "同一会议", "该次会议", "这次会议"}

// sameMeeting reports whether the sentence of a paragraph's text that holds rune offset at
// says it reports on the meeting named before ("在同次会议上", "在同一次会议上").
func sameMeeting(text string, at int) bool {
	sentence := sentenceAt(text, at)
	for _, s := range sameMeetingWords {
		if strings.Contains(sentence, s) {
			return true
		}
	}
	return false
}

// sameMeetingParagraph reports whether a paragraph that names no meeting of its own says
// it reports on the meeting named before it: "在同次会议上", in any of its sentences, the
// first most often.
func sameMeetingParagraph(text string) bool {
	// The words of sameMeetingWords but one end in 次会议, after 同, 同一, 该 or 这: one search
	// for it, and one for the other (同一会议), where a search for each read the text five times.
	said := contains(text, "同一会议")
	for from := 0; !said; {
		i := index(text[from:], "次会议")
		if i < 0 {
			break
		}
		at := from + i
		from = at + len("次会议")
		before := text[:at]
		said = strings.HasSuffix(before, "同") || strings.HasSuffix(before, "同一") || strings.HasSuffix(before, "该") || strings.HasSuffix(before, "这")
	}
	if !said {
		return false
	}
	_, _, end := meetingAt(text, 0)
	return end < 0
}

// sentenceAt returns the sentence of text that holds rune offset at: from the "。" before
// it to the one after.
func sentenceAt(text string, at int) string {
	i, ok := byteOffset(text, at)
	if !ok {
		return ""
	}
	from, to := 0, len(text)
	if j := lastIndex(text[:i], "。"); j >= 0 {
		from = j + len("。")
	}
	if j := index(text[i:], "。"); j >= 0 {
		to = i + j
	}
	return text[from:to]
}

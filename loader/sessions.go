package loader

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"copgraph/kg"
)

// mannerPattern is the manner of holding a meeting that may stand between its days and its
// place, or between its place and "举行": "以混合形式", "以线上形式", "以虚拟方式", "以线上
// 线下结合方式", "以现场和线上相结合的方式". Meetings since 2020 are held so more often than
// not, and the words say nothing of when or where.
const mannerPattern = `(?:以\p{Han}{1,12}?(?:形式|方式)\s*)?`

var (
	// sessionHeldRE finds where and when a session met: "于 2012 年 10 月 15 日至 19 日在维也纳
	// 举行了第六届会议", "在 2012 年 10 月 15 日至 19 日于维也纳举行的第六届会议", and a session
	// decided for the future, "其第七届会议将于 2014 年 10 月 6 日至 10 日举行".
	sessionHeldRE = mustRuns(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*至\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*` + mannerPattern + `(?:[于在]\s*(\p{Han}{2,8}?)\s*)?` + mannerPattern + `举行(?:了|的)?\s*第([一二三四五六七八九十]{1,3})届会议`)
	// sessionFutureRE finds a session decided for the future: "第七届会议将于 2014 年 10 月 6
	// 日至 10 日举行".
	sessionFutureRE = mustRuns(`第([一二三四五六七八九十]{1,3})届会议(?:将)?\s*[于在]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*至\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*` + mannerPattern + `(?:[于在]\s*(\p{Han}{2,8}?)\s*)?` + mannerPattern + `举行`)
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
	// provisionalAgendaRE reads the session whose provisional agenda an act sets out: "…第七届会议临时议程".
	provisionalAgendaRE = regexp.MustCompile(`第([一二三四五六七八九十]{1,3})届会议临时议程`)
)

// session is a session of a body that a text says met, or will meet, at a place and dates.
type session struct {
	number     int
	place      string
	start, end string // ISO dates
	start0     int    // rune offsets of the mention in the text
	end0       int
	quote      string
	future     bool // decided for the future ("第七届会议将于…举行"), not reported on
}

// findSessions returns the sessions a text says were or will be held.
func findSessions(text string) []session {
	if indexBy(text, "届会议", 1) < 0 { // by a byte of 届, rarer than the last of 议
		return nil // both patterns hold it: one look for it spares the two
	}
	if indexBy(text, "举行", 2) < 0 { // by the last byte of 举, rarer than that of 行
		return nil // as both hold this: most texts that name a session say nothing of where it met
	}
	held, future := sessionMentions(text)
	var out []session
	for _, m := range heldMatches(text, held) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return text[m[2*i]:m[2*i+1]]
		}
		year2, month2 := g(4), g(5)
		if year2 == "" {
			year2 = g(1)
		}
		if month2 == "" {
			month2 = g(2)
		}
		out = append(out, session{number: chineseNumber(g(8)), place: g(7), start: isoDate(g(1), g(2), g(3)), end: isoDate(year2, month2, g(6)),
			start0: runeLen(text[:m[0]]), end0: runeLen(text[:m[1]]), quote: text[m[0]:m[1]]})
	}
	for _, m := range futureMatches(text, future) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return text[m[2*i]:m[2*i+1]]
		}
		month2 := g(5)
		if month2 == "" {
			month2 = g(3)
		}
		out = append(out, session{number: chineseNumber(g(1)), place: g(7), start: isoDate(g(2), g(3), g(4)), end: isoDate(g(2), month2, g(6)),
			start0: runeLen(text[:m[0]]), end0: runeLen(text[:m[1]]), quote: text[m[0]:m[1]], future: decidedFor(text[:m[1]])})
	}
	return out
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

// sessionMentions reports whether a text may hold a match of sessionHeldRE (held) and of
// sessionFutureRE (future), from what stands around each "第…届会议" in it: a match of the
// first ends with "举行", "举行了" or "举行的", white space and "第…届会议"; one of the second
// opens with "第…届会议", "将" or not, white space and "于" or "在". Where neither stands
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
		if before := text[:t]; strings.HasSuffix(before, "举行") || strings.HasSuffix(before, "举行了") || strings.HasSuffix(before, "举行的") {
			held = true
		}
		after := strings.TrimPrefix(text[from:], "将")
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
	return strings.Contains(t, "将于") || strings.Contains(t, "决定")
}

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
		// "在审议议程项目 2 期间，下列国家的专家作了发言": considered all the same.
		var out []agendaItem
		for _, m := range duringItemRE.FindAllStringSubmatchIndex(text, -1) {
			it := agendaItem{number: itemNumber(text[m[2]:m[3]]), start: runeLen(text[:m[0]]), end: runeLen(text[:m[1]]), quote: text[m[0]:m[1]]}
			it.more = moreItems(text[m[4]:m[5]], it.number)
			out = append(out, it)
		}
		return out
	}
	var out []agendaItem
	for _, m := range agendaItemMatches(text) {
		it := agendaItem{number: itemNumber(text[m[4]:m[5]]), start: runeLen(text[:m[0]]), end: runeLen(text[:m[1]]), quote: text[m[0]:m[1]]}
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

package loader

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	// sessionHeldRE finds where and when a session met: "于 2012 年 10 月 15 日至 19 日在维也纳
	// 举行了第六届会议", "在 2012 年 10 月 15 日至 19 日于维也纳举行的第六届会议", and a session
	// decided for the future, "其第七届会议将于 2014 年 10 月 6 日至 10 日举行".
	sessionHeldRE = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*至\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*(?:[于在]\s*(\p{Han}{2,8}?)\s*)?举行(?:了|的)?\s*第([一二三四五六七八九十]{1,3})届会议`)
	// sessionFutureRE finds a session decided for the future: "第七届会议将于 2014 年 10 月 6
	// 日至 10 日举行".
	sessionFutureRE = regexp.MustCompile(`第([一二三四五六七八九十]{1,3})届会议将\s*[于在]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*至\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*(?:[于在]\s*(\p{Han}{2,8}?)\s*)?举行`)
	// agendaItemRE finds an agenda item considered in a report's narrative, with its title
	// before ("审议了题为“…”的议程项目 3") or after ("审议了议程项目 2(a)，其标题为“…”").
	agendaItemRE = regexp.MustCompile(`审议了(?:题为\s*“([^”]{2,200})”\s*的)?议程项目\s*(\d{1,2}\s*(?:\([a-z]\))?)(?:，其标题为\s*“([^”]{2,200})”)?`)
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
}

// findSessions returns the sessions a text says were or will be held.
func findSessions(text string) []session {
	if !strings.Contains(text, "届会议") {
		return nil
	}
	var out []session
	for _, m := range sessionHeldRE.FindAllStringSubmatchIndex(text, -1) {
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
	for _, m := range sessionFutureRE.FindAllStringSubmatchIndex(text, -1) {
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
			start0: runeLen(text[:m[0]]), end0: runeLen(text[:m[1]]), quote: text[m[0]:m[1]]})
	}
	return out
}

// agendaItem is an item of a session's agenda.
type agendaItem struct {
	number string // "2(a)"
	title  string
	start  int // rune offsets of the mention
	end    int
	quote  string
}

// findAgendaItems returns the agenda items a narrative paragraph says were considered.
func findAgendaItems(text string) []agendaItem {
	if !strings.Contains(text, "议程项目") {
		return nil
	}
	var out []agendaItem
	for _, m := range agendaItemRE.FindAllStringSubmatchIndex(text, -1) {
		it := agendaItem{number: strings.Join(strings.Fields(text[m[4]:m[5]]), ""), start: runeLen(text[:m[0]]), end: runeLen(text[:m[1]]), quote: text[m[0]:m[1]]}
		switch {
		case m[2] >= 0:
			it.title = text[m[2]:m[3]]
		case m[6] >= 0:
			it.title = text[m[6]:m[7]]
		}
		out = append(out, it)
	}
	return out
}

// chineseNumber reads a Chinese numeral up to 99: 六, 十, 十一, 二十, 二十三.
func chineseNumber(s string) int {
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
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
		cur = digits[r]
	}
	return n + cur
}

// sessionID returns the id of the Session node of a body's session.
func sessionID(body string, number int) string {
	return "session:" + strings.ToLower(body) + ":" + strconv.Itoa(number)
}

// agendaItemID returns the id of an agenda item of a session.
func agendaItemID(session, number string) string {
	return "agenda:" + strings.TrimPrefix(session, "session:") + ":" + number
}

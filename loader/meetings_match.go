package loader

import "strings"

// meetingsAt returns meetingsRE.FindStringSubmatchIndex(s) for a text that opens with "在"
// or "第", where a match must open, and holds no other "在": the submatch indexes of the
// match at its start, or nil. It reads the pattern without the regexp machine, which cost several times
// the mention it read: it tries the pattern's parts in the regexp's order (an optional
// part taken before left out, alternatives from the first, a repetition taken once more
// before left, \d{1,3} with the most digits first) and backtracks as it would, so that the
// first way to match is the regexp's. A \s* is read whole: what follows it never opens with
// a space, and where an optional part between two of them is left out, the two take the
// same spaces.
func meetingsAt(s string) []int {
	m := meetingMatcher{s: s}
	for i := range m.cap {
		m.cap[i] = -1
	}
	m.cap[0] = 0
	if !strings.HasPrefix(s, "在") {
		// (?:在…)? left out: the match opens at "第".
		if strings.HasPrefix(s, "第") && m.first(0) {
			return m.cap[:]
		}
		return nil
	}
	p := skipRESpaces(s, len("在"))
	for _, w := range [...]string{"其", "本届会议", ""} { // (?:其|本届会议)?
		if !strings.HasPrefix(s[p:], w) {
			continue
		}
		if m.dates(skipRESpaces(s, p+len(w))) {
			return m.cap[:]
		}
	}
	return nil
}

// meetingMatcher holds the text and the submatch indexes of the way being tried.
type meetingMatcher struct {
	s   string
	cap [16]int // match, dates, year, month, day, numbers, plenary, bracket: as meetingsRE numbers them
}

// meetingSeparators join the days of a list of dates, in meetingsRE's order.
var meetingDaySeparators = [...]string{"和", "、", "及", "至", "-", "–"}

// meetingNumberSeparators join the numbers of a list of meetings, in meetingsRE's order.
var meetingNumberSeparators = [...]string{"、", "，", "和", "及", "至", "-", "–"}

// dates reads the optional dates at byte p, then what follows them.
func (m *meetingMatcher) dates(p int) bool {
	s := m.s
	// (?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日
	for _, year := range [...]bool{true, false} {
		q := p
		if year {
			if !digitsAt(s, p, 4) {
				continue
			}
			r := skipRESpaces(s, p+4)
			if !strings.HasPrefix(s[r:], "年") {
				continue
			}
			q = skipRESpaces(s, r+len("年"))
		}
		for _, month := range [...]int{2, 1} {
			if !digitsAt(s, q, month) {
				continue
			}
			r := skipRESpaces(s, q+month)
			if !strings.HasPrefix(s[r:], "月") {
				continue
			}
			d := skipRESpaces(s, r+len("月"))
			for _, day := range [...]int{2, 1} {
				if !digitsAt(s, d, day) {
					continue
				}
				e := skipRESpaces(s, d+day)
				if !strings.HasPrefix(s[e:], "日") {
					continue
				}
				m.cap[2] = p
				m.cap[4], m.cap[5] = -1, -1
				if year {
					m.cap[4], m.cap[5] = p, p+4
				}
				m.cap[6], m.cap[7], m.cap[8], m.cap[9] = q, q+month, d, d+day
				if m.moreDays(e + len("日")) {
					return true
				}
			}
		}
	}
	// No dates.
	for i := 2; i <= 9; i++ {
		m.cap[i] = -1
	}
	return m.ordinal(p)
}

// moreDays reads the days after the first of a list of dates, (?:\s*(?:和|…)\s*(?:\d{1,2}\s*
// 月\s*)?\d{1,2}\s*日)*, from byte e, then what follows them.
func (m *meetingMatcher) moreDays(e int) bool {
	s := m.s
	r := skipRESpaces(s, e)
	for _, sep := range meetingDaySeparators {
		if !strings.HasPrefix(s[r:], sep) {
			continue
		}
		q := skipRESpaces(s, r+len(sep))
		for _, month := range [...]int{2, 1, 0} { // 0: no month
			d := q
			if month > 0 {
				if !digitsAt(s, q, month) {
					continue
				}
				t := skipRESpaces(s, q+month)
				if !strings.HasPrefix(s[t:], "月") {
					continue
				}
				d = skipRESpaces(s, t+len("月"))
			}
			for _, day := range [...]int{2, 1} {
				if !digitsAt(s, d, day) {
					continue
				}
				t := skipRESpaces(s, d+day)
				if strings.HasPrefix(s[t:], "日") && m.moreDays(t+len("日")) {
					return true
				}
			}
		}
	}
	m.cap[3] = e
	return m.ordinal(skipRESpaces(s, e))
}

// ordinal reads (?:举行的|的|其|续会的|续会)?\s*第\s* at byte p, then the numbers.
func (m *meetingMatcher) ordinal(p int) bool {
	s := m.s
	for _, w := range [...]string{"举行的", "的", "其", "续会的", "续会", ""} {
		if !strings.HasPrefix(s[p:], w) {
			continue
		}
		if m.first(skipRESpaces(s, p+len(w))) {
			return true
		}
	}
	return false
}

// first reads 第\s* at byte p, then the numbers.
func (m *meetingMatcher) first(p int) bool {
	if !strings.HasPrefix(m.s[p:], "第") {
		return false
	}
	n := skipRESpaces(m.s, p+len("第"))
	m.cap[10] = n
	return m.number(n, m.moreNumbers)
}

// number reads a meeting's number at byte p, (?:\d{1,3}|[一…十]{1,3}), the longest first,
// and then next after it.
func (m *meetingMatcher) number(p int, next func(int) bool) bool {
	s := m.s
	n := 0
	for n < 3 && p+n < len(s) && s[p+n] >= '0' && s[p+n] <= '9' {
		n++
	}
	if n > 0 {
		for ; n > 0; n-- {
			if next(p + n) {
				return true
			}
		}
		return false // a numeral cannot stand where a digit does
	}
	for n < 3 && opensWithChineseNumeral(s[p+n*len("十"):]) {
		n++
	}
	for ; n > 0; n-- {
		if next(p + n*len("十")) {
			return true
		}
	}
	return false
}

// moreNumbers reads the numbers after the first of a list of meetings, (?:\s*(?:次\s*)?
// (?:、|…)\s*(?:第\s*)?N)*, from byte e, then what follows them.
func (m *meetingMatcher) moreNumbers(e int) bool {
	s := m.s
	r := skipRESpaces(s, e)
	for _, times := range [...]bool{true, false} { // (?:次\s*)?
		q := r
		if times {
			if !strings.HasPrefix(s[r:], "次") {
				continue
			}
			q = skipRESpaces(s, r+len("次"))
		}
		for _, sep := range meetingNumberSeparators {
			if !strings.HasPrefix(s[q:], sep) {
				continue
			}
			t := skipRESpaces(s, q+len(sep))
			for _, ord := range [...]bool{true, false} { // (?:第\s*)?
				n := t
				if ord {
					if !strings.HasPrefix(s[t:], "第") {
						continue
					}
					n = skipRESpaces(s, t+len("第"))
				}
				if m.number(n, m.moreNumbers) {
					return true
				}
			}
		}
	}
	m.cap[11] = e
	return m.end(skipRESpaces(s, e))
}

// end reads 次(全体)?会议(?:（\s*(dates)\s*）|note)?上 at byte p.
func (m *meetingMatcher) end(p int) bool {
	s := m.s
	if !strings.HasPrefix(s[p:], "次") {
		return false
	}
	p += len("次")
	m.cap[12], m.cap[13] = -1, -1
	if strings.HasPrefix(s[p:], "全体会议") { // (全体)? taken; left out, "会议" cannot follow
		m.cap[12], m.cap[13] = p, p+len("全体")
		p += len("全体")
	}
	if !strings.HasPrefix(s[p:], "会议") {
		return false
	}
	p += len("会议")
	m.cap[14], m.cap[15] = -1, -1
	if b := meetingBracketRE.FindStringSubmatchIndex(s[p:]); b != nil && strings.HasPrefix(s[p+b[1]:], "上") {
		m.cap[14], m.cap[15], m.cap[1] = p+b[2], p+b[3], p+b[1]+len("上")
		return true
	}
	if n := meetingNoteEnd(s[p:]); n > 0 && strings.HasPrefix(s[p+n:], "上") {
		m.cap[1] = p + n + len("上")
		return true
	}
	if strings.HasPrefix(s[p:], "上") {
		m.cap[1] = p + len("上")
		return true
	}
	return false
}

// meetingNoteEnd returns the length of the bracket meetingNotePattern matches at the start
// of s, "（闭幕会议）", or 0.
func meetingNoteEnd(s string) int {
	if !strings.HasPrefix(s, "（") {
		return 0
	}
	p := skipRESpaces(s, len("（"))
	if !strings.HasPrefix(s[p:], "开幕") && !strings.HasPrefix(s[p:], "闭幕") {
		return 0
	}
	p += len("开幕")
	if strings.HasPrefix(s[p:], "全体会议") { // (全体)? taken; left out, "会议" cannot follow
		p += len("全体")
	}
	if !strings.HasPrefix(s[p:], "会议") {
		return 0
	}
	p = skipRESpaces(s, p+len("会议"))
	if !strings.HasPrefix(s[p:], "）") {
		return 0
	}
	return p + len("）")
}

package loader

import (
	"regexp"
	"slices"
	"strings"

	"copgraph/kg"
)

// A session's provisional agenda with annotations (CTOC/COP/YYYY/1, CAC/COSP/YYYY/1,
// E/CN.15/YYYY/1: "临时议程和说明") prints the agenda under a heading "临时议程", one item
// a line ("1. 组织事项：", "(a) 会议开幕；", "6. 通过…报告。"), then under "说明" each item
// again as a heading, with what it is about and, after "文件", the documents before it
// ("秘书处关于…的说明（CAC/COSP/2025/2）"). It is the only text that prints the whole
// agenda before the session. The segmenter keeps the items as the document's paragraphs
// and drops the annotations' headings, so the reading is of the blocks, which keep every
// line; the paragraphs that hold them give the provenance.

// agendaHeading is the line that opens the agenda: alone, as the title page's "临时议程和
// 说明" is not.
const agendaHeading = "临时议程"

// annotatedAgenda reads a provisional agenda with annotations that d, a document without
// acts, sets out for session: its items with their titles, and the documents listed under
// each item's annotation, CONSIDERED_UNDER the item.
func (b *graphBuilder) annotatedAgenda(d document, session string) {
	if len(d.acts) > 0 {
		return // a report's or a decision's agenda is listedAgenda's or the annex's
	}
	start := -1
	for i, bl := range d.blocks {
		t := strings.TrimRight(trimSpace(bl.text), "*")
		if listNumberText(t) != "" {
			return // the list comes before any heading: no agenda document's shape
		}
		if t == agendaHeading || strings.HasSuffix(t, agendaHeading) && opensAgenda(d.blocks[i+1:]) {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return
	}
	at := paraCursor{paras: d.narrative}
	items := map[string]string{} // number → id
	titles := map[string]string{}
	top := ""
	k := start
	for ; k < len(d.blocks); k++ {
		ok := true
		for _, l := range strings.Split(d.blocks[k].text, "\n") {
			t := trimSpace(l)
			lead := listNumberText(t)
			if lead == "" {
				ok = false
				break
			}
			n, isTop := agendaNumber(lead, top)
			if n == "" {
				ok = false
				break
			}
			if isTop {
				top = n
			}
			p, off := at.find(t)
			key := ""
			if p != nil {
				key = p.key
				off += p.offset
			}
			titles[n] = trimItemTitle(trimSpace(strings.TrimPrefix(t, lead)))
			items[n] = b.agendaItem(session, n, titles[n], key, off)
		}
		if !ok {
			break
		}
	}
	if len(items) == 0 {
		return
	}
	// The annotations: each item's heading again, then, after "文件", its documents.
	current, listing := "", false
	top = ""
	for _, bl := range d.blocks[k:] {
		t := trimSpace(bl.text)
		if lead := listNumberText(t); lead != "" {
			// An item's heading at the margin runs on into the annotation's first line,
			// which the segmenter joins to it ("2. 审议机制缔约方会议在其…"): the item's own
			// title still opens it.
			n, isTop := agendaNumber(lead, top)
			rest, headed := strings.CutPrefix(trimSpace(t[len(lead):]), titles[n])
			if items[n] != "" && (!isProse(t) || headed && titles[n] != "") {
				if isTop {
					top = n
				}
				current, listing = items[n], false
				if t = trimSpace(rest); !headed || titles[n] == "" || t == "" {
					continue
				}
			}
		}
		// "文件" at the margin runs on into the first document it lists as well.
		if rest, ok := strings.CutPrefix(t, "文件"); ok && (rest == "" || contains(rest, "/")) {
			listing = current != ""
			if t = trimSpace(rest); t == "" {
				continue
			}
		}
		if !listing || !contains(t, "/") {
			continue
		}
		p, off := at.find(t)
		if p == nil {
			continue
		}
		from, to := off, off+runeLen(t)
		var symbols []symbolMention
		for _, m := range findSymbols(p.text) {
			if m.start >= from && m.end <= to {
				symbols = append(symbols, m)
			}
		}
		b.beforeSymbols(current, *p, symbols)
		for _, m := range symbols {
			// The agenda lists itself under the item that adopts the agenda ("临时议程及说明
			// （E/CN.15/2026/1）" under "2. 通过议程和其他组织事项"), which beforeSymbols, for a
			// report's documents, leaves out as the report's own symbol.
			if documentNodeID(m.symbol) == b.source {
				b.rel(kg.Relationship{ID: b.relID(b.source, kg.RelConsideredUnder, current), Type: kg.RelConsideredUnder, Start: b.source, End: current,
					Properties: b.provenance(*p, m.quote, m.start, m.end)})
			}
		}
	}
}

// opensAgenda reports whether the blocks after a heading open an agenda's list with its
// first item: at the margin, "临时议程" runs on the title before it ("临时议程和说明"), which
// the segmenter joins to it, and only the list after it tells the heading from a title
// that ends with the words ("…第二十六届会议临时议程"): an item, not a paragraph of prose
// numbered 1, whose clauses a comma or a sentence before its end would part.
func opensAgenda(after []block) bool {
	if len(after) == 0 {
		return false
	}
	t := trimSpace(after[0].text)
	if n, isTop := agendaNumber(listNumberText(t), ""); !isTop || n != "1" {
		return false
	}
	end := index(t, "。")
	return !contains(t, "，") && (end < 0 || end == len(t)-len("。"))
}

// agendaNumber returns the item number a list number written lead gives ("2", "1(a)" under
// top "1"), and whether it is a top item; "" where a lettered one has no item above it.
func agendaNumber(lead, top string) (string, bool) {
	n := itemNumber(strings.TrimRight(lead, ". ．"))
	if strings.HasPrefix(n, "(") {
		if top == "" {
			return "", false
		}
		return top + n, false
	}
	return n, true
}

// paraCursor finds the narrative paragraphs that hold the lines of the blocks, in order.
type paraCursor struct {
	paras []paragraph
	i     int // the paragraph the last line was found in
	from  int // the byte in it past that line
}

// find returns the paragraph that holds line, at or after the last found, and the rune
// offset of the line in it; nil where none does.
func (c *paraCursor) find(line string) (*paragraph, int) {
	for i := c.i; i < len(c.paras); i++ {
		from := 0
		if i == c.i {
			from = c.from
		}
		if j := index(c.paras[i].text[from:], line); j >= 0 {
			c.i, c.from = i, from+j+len(line)
			return &c.paras[i], runeLen(c.paras[i].text[:from+j])
		}
	}
	return nil, 0
}

// An organisation of work (CTOC/COP/YYYY/1/Add.1, "拟议工作安排") sets the agenda's items
// out in a table of days and hours, a row a line at the margin: "2024 年 10 月 14 日，星期一"
// opens a day, and "上午 10 时至下午 1 时 1(a) 会议开幕" or " 1(b) 选举主席团成员" puts an
// item on it. blocks keeps the rows apart (scheduleRow); the items are the session's, and
// the days each is set for its scheduled days.

// dayParts open the hours of a row: "上午 10 时至下午 1 时", "下午 3 时至 6 时".
var dayParts = []string{"上午", "下午", "晚上"}

// scheduleRow reports whether a line is a row of a table of days and hours: a day with its
// weekday alone ("2024 年 10 月 14 日，星期一"), or hours first ("上午 10 时至下午 1 时 …").
func scheduleRow(t string) bool {
	if t == "" || t[0] != 0xe4 && t[0] != 0xe6 && (t[0] < '0' || t[0] > '9') {
		return false // the first byte of 上, 下 and 晚, or a digit
	}
	if t[0] >= '0' && t[0] <= '9' {
		// The weekday ends the line: read back from its end, not through the line.
		i := len(t) - len("星期日")
		return i > 0 && t[i:i+len("星期")] == "星期" && contains(t[:i], "日")
	}
	for _, p := range dayParts {
		if strings.HasPrefix(t, p) {
			rest := t[skipRESpaces(t, len(p)):]
			return rest != "" && rest[0] >= '0' && rest[0] <= '9' && contains(rest, "时")
		}
	}
	return false
}

// unitWords follow a number that is no item's: "10 月", "3 次".
var unitWords = []string{"年", "月", "日", "时", "次", "票", "个", "名"}

// scheduleDayRE is a row that opens a day.
var scheduleDayRE = regexp.MustCompile(`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[，,]?\s*星期[一二三四五六日天]$`)

// scheduleItemRE is an item on a row, after its hours if any: its number and title.
var scheduleItemRE = regexp.MustCompile(`^(?:(?:上午|下午|晚上)\s*\d{1,2}(?:[:：]\d{2})?\s*时(?:\s*\d{1,2}\s*分)?\s*至\s*(?:上午|下午|晚上)?\s*\d{1,2}(?:[:：]\d{2})?\s*时(?:\s*\d{1,2}\s*分)?\s*)?(\d{1,2}(?:\s*\([a-z]\))?)\s+(\S.*)$`)

// organisationOfWork reads the table of an organisation of work that d, a document without
// acts, sets out for session: each item on a row, with the day the rows above opened.
func (b *graphBuilder) organisationOfWork(d document, session string) {
	if len(d.acts) > 0 {
		return
	}
	for _, p := range d.narrative {
		if !contains(p.text, "星期") || !contains(p.text, "工作安排") && !contains(p.section, "工作安排") {
			continue
		}
		day, off := "", 0
		for _, l := range strings.Split(p.text, "\n") {
			at := off
			off += runeLen(l) + 1
			t := trimSpace(l)
			if !scheduleRow(t) && (day == "" || t == "" || t[0] < '0' || t[0] > '9') {
				continue
			}
			if m := scheduleDayRE.FindStringSubmatch(t); m != nil {
				day = isoDate(m[1], m[2], m[3])
				continue
			}
			m := scheduleItemRE.FindStringSubmatch(t)
			if m == nil || day == "" || hasAnyPrefix(m[2], unitWords) {
				continue // "10 月 15 日…": a number of a date or a count, no item
			}
			id := b.agendaItem(session, itemNumber(m[1]), trimItemTitle(trimSpace(m[2])), p.key, p.offset+at)
			props := &b.nodes[id].Properties
			days, _ := props.Get(kg.PropScheduled).([]string)
			if !slices.Contains(days, day) {
				props.Set(kg.PropScheduled, append(slices.Clip(days), day))
			}
		}
	}
}

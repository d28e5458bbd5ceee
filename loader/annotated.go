package loader

import (
	"strings"
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

package loader

import (
	"cmp"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"copgraph/kg"
)

// sessions adds what the document says of sessions: each session it names with its place
// and dates, ADOPTED_AT from every act numbered session/serial to its session, the agenda
// items the narrative says were considered (HAS_AGENDA_ITEM), the documents before each
// item and the acts adopted under it (CONSIDERED_UNDER), and the provisional agenda an act
// sets out for a later session.
func (b *graphBuilder) sessions(d document, body kg.Body) {
	// current is the session the narrative reports on: the one its title page names, else
	// the first it says was held. A session decided for the future is never it.
	var current string
	var own *entity // the group whose session the title page names, if a group's
	if d.session > 0 && body != "" {
		current, own = b.titleSession(d, body)
	}
	for p := range allParagraphs(d) {
		for _, s := range findSessions(p.text) {
			id := b.heldSession(body, p.text, s, own, current)
			props := b.nodes[id].Properties
			for k, v := range map[string]string{kg.PropPlace: s.place, kg.PropStartDate: s.start, kg.PropEndDate: s.end} {
				if _, has := props[k]; v != "" && !has {
					props[k] = v
				}
			}
			if current == "" && p.kind == paraNarrative && !s.future && kg.String(props, kg.PropGroup) == "" {
				current = id // a group's session a report names is not the one it reports on
			}
		}
	}
	// The nodes are read from nodeList, which holds those of nodes, and is cheaper to walk
	// than the map. The order is immaterial: each act's relationship has an id of its own.
	// The Session nodes added meanwhile are not walked, nor need they be: they are no acts.
	for _, n := range b.nodeList {
		if !n.Label(kg.LabelAct) {
			continue
		}
		id := n.ID
		a := kg.ActFromNode(*n)
		if sid := actSession(kg.ActKey{Body: a.Body, Kind: a.Kind, Number: a.Number}); sid != "" {
			num, _ := kg.Session(a.Number)
			b.sessionAt(sid, a.Body, int(num)) // sid is sessionID(a.Body, num), as actSession makes it
			b.rel(kg.Relationship{ID: relID(id, kg.RelAdoptedAt, sid), Type: kg.RelAdoptedAt, Start: id, End: sid,
				Properties: map[string]any{kg.PropSource: b.sourceValue}})
		}
	}
	if current == "" {
		current = b.groupSession(d, body) // a working group's report of its meeting, or a note for it
	}
	if d.item != "" && current != "" {
		// A resolution published alone names on its title page the item it was adopted
		// under; a note or report for a session, the item it is before.
		item := b.agendaItem(current, d.item, d.itemTitle, "", 0)
		for _, a := range d.acts {
			act := a.key.ID()
			b.rel(kg.Relationship{ID: relID(act, kg.RelConsideredUnder, item), Type: kg.RelConsideredUnder, Start: act, End: item,
				Properties: map[string]any{kg.PropSource: b.sourceValue}})
		}
		if len(d.acts) == 0 {
			b.rel(kg.Relationship{ID: relID(b.source, kg.RelConsideredUnder, item), Type: kg.RelConsideredUnder, Start: b.source, End: item,
				Properties: map[string]any{kg.PropSource: b.sourceValue}})
		}
	}
	if current != "" {
		if n := b.nodes[current]; n != nil && kg.String(n.Properties, kg.PropStartDate) == "" {
			if start, end, place, ok := titleDates(d); ok {
				n.Properties[kg.PropStartDate], n.Properties[kg.PropEndDate] = start, end
				if place != "" {
					n.Properties[kg.PropPlace] = place
				}
			}
		}
		b.listedAgenda(d, current)
		b.agenda(d, current)
		for _, p := range d.narrative {
			b.bureau(current, p)
		}
	}
	b.adoptedIn() // after the agenda: a meeting's first mention in the text gives its provenance
	for _, a := range d.acts {
		if m := provisionalAgendaRE.FindStringSubmatch(a.title); m != nil {
			// The agenda is of the body the title names (a Council decision sets out the
			// Commission's), else of the act's own.
			body := a.key.Body
			if named, ok := firstBodyNamed(a.title); ok {
				body = named
			}
			b.provisionalAgenda(a, b.session(body, chineseNumber(m[1])))
		}
	}
}

// allParagraphs yields the narrative's paragraphs, then the acts'.
func allParagraphs(d document) iter.Seq[paragraph] {
	return func(yield func(paragraph) bool) {
		for _, p := range d.narrative {
			if !yield(p) {
				return
			}
		}
		for _, a := range d.acts {
			for _, p := range a.paras {
				if !yield(p) {
					return
				}
			}
		}
	}
}

// session adds the Session node of a body's session, if new, and returns its id.
func (b *graphBuilder) session(body kg.Body, number int) string {
	return b.sessionAt(sessionID(string(body), number), body, number)
}

// sessionAt is session, given the session's id, sessionID(body, number), where the caller
// has it.
func (b *graphBuilder) sessionAt(id string, body kg.Body, number int) string {
	if _, ok := b.nodes[id]; ok {
		return id // every mention of a session gives it the same properties
	}
	b.node(kg.Node{ID: id, Labels: []string{kg.LabelSession}, Properties: map[string]any{
		kg.PropBody: string(body), kg.PropNumber: int64(number),
		kg.PropSortKey: fmt.Sprintf("%s|%06d", strings.ToLower(string(body)), number), // so "10" follows "9"
	}})
	return id
}

// agendaItem adds an agenda item of a session, with HAS_AGENDA_ITEM from the session, and
// returns its id.
func (b *graphBuilder) agendaItem(session, number, title, paraKey string, offset int) string {
	id := agendaItemID(session, number)
	props := map[string]any{kg.PropNumber: number, kg.PropSession: session}
	if title != "" {
		props[kg.PropTitle] = title
		if en := agendaTitleEn(title); en != "" {
			props[kg.PropTitleEn] = en
		}
	}
	b.node(kg.Node{ID: id, Labels: []string{kg.LabelAgendaItem}, Properties: props})
	rid := relID(session, kg.RelHasAgendaItem, id)
	if _, seen := b.rels[rid]; seen {
		return id // named again later in the report: the first mention places it
	}
	// spanStart orders an agenda as the text gives it.
	rel := map[string]any{kg.PropSource: b.sourceValue, kg.PropSpanStart: int64(offset)}
	if paraKey != "" {
		rel[kg.PropParagraph] = paraKey
	}
	b.rel(kg.Relationship{ID: rid, Type: kg.RelHasAgendaItem, Start: session, End: id, Properties: rel})
	return id
}

// agenda reads the items the narrative says the session considered. The documents a
// paragraph cites where it names an item were before that item; the acts whose adoption the
// narrative reports after it, until the next item or the end of its chapter, were adopted
// under it.
func (b *graphBuilder) agenda(d document, session string) {
	var items []string // the items the paragraphs stand under: those a sentence names together
	chapter, section := 0, ""
	if b.speakerRefs == nil && len(d.narrative) > 0 {
		// A report names about one speaker for every two of its paragraphs (the corpus 91 in
		// 127); the map is sized for as many, where it grew, rehashed, four times.
		b.speakerRefs = make(map[speakerKey][2]string, len(d.narrative)/2)
	}
	for _, p := range d.narrative {
		// An item's account ends with its chapter, or its section ("C. 其他事项" is not the
		// item the section before considered), unless the section is a part of an account:
		// "A. 审议情况", "B. 缔约方会议采取的行动".
		if p.chapter != chapter || p.section != section && !accountPart(p.section) {
			items = items[:0]
		}
		chapter, section = p.chapter, p.section
		meetings := b.meetingsOf(session, p)
		b.heldMeetingsOf(session, p)
		its := findAgendaItems(p.text)
		if len(its) > 0 {
			// "审议了议程项目 2(a)和 2(b)": what the paragraph says of one it says of each.
			it := its[0]
			items = items[:0]
			for i, n := range append([]string{it.number}, it.more...) {
				title := ""
				if i == 0 {
					title = it.title
				}
				item := b.agendaItem(session, n, title, p.key, p.offset+it.start)
				b.consideredAt(session, item, p, it, meetings)
				b.before(item, p)
				items = append(items, item)
			}
		}
		if len(items) == 0 {
			b.speakers(session, session, p)
			continue
		}
		for _, item := range items {
			if len(its) == 0 && strings.IndexByte(p.text, '/') >= 0 && saysReceived(p.text) {
				// "为审议该项目，委员会收到了下列文件：(a) …（E/CN.7/2013/2）": the documents it
				// cites were before the item too (every symbol holds "/", as hasSymbol knows, and
				// that byte is looked for first, faster than the words; the symbols are found
				// once, for the test and the item).
				b.beforeSymbols(item, p, findSymbols(p.text))
			}
			b.speakers(session, item, p)
			for _, a := range b.adoptionsIn(p.text) {
				act := a.act.ID()
				b.rel(kg.Relationship{ID: relID(act, kg.RelConsideredUnder, item), Type: kg.RelConsideredUnder, Start: act, End: item,
					Properties: b.provenance(p, a.quote, a.start, a.end)})
			}
		}
	}
}

// before adds CONSIDERED_UNDER to an agenda item from every document a paragraph cites:
// the documents that were before the item.
func (b *graphBuilder) before(item string, p paragraph) {
	b.beforeSymbols(item, p, findSymbols(p.text))
}

// beforeSymbols is before, given the symbols the paragraph cites.
func (b *graphBuilder) beforeSymbols(item string, p paragraph, symbols []symbolMention) {
	for _, m := range symbols {
		doc := documentNodeID(m.symbol)
		if doc == b.source {
			continue
		}
		b.document(doc, m.symbol) // the node documentNode gives, built once
		b.rel(kg.Relationship{ID: relID(doc, kg.RelConsideredUnder, item), Type: kg.RelConsideredUnder, Start: doc, End: item,
			Properties: b.provenance(p, m.quote, m.start, m.end)})
	}
}

// saysReceived reports whether a paragraph says what was before its body: "收到了下列文件",
// "面前有…的说明".
func saysReceived(text string) bool {
	return contains(text, "收到了") || indexBy(text, "面前有", 1) >= 0 // by 面's second byte: 有's last is common
}

// provisionalAgenda reads the items of a provisional agenda that an act sets out for a
// later session: its numbered paragraphs ("1. 组织事项：", "(a) 选举主席团成员；").
func (b *graphBuilder) provisionalAgenda(a actText, session string) {
	for _, p := range a.paras {
		if p.kind != paraOperative || !strings.HasPrefix(p.key, "op") || p.number == "" {
			continue
		}
		number := strings.TrimPrefix(p.key, "op")
		if number == "" || number[0] < '0' || number[0] > '9' {
			continue // an agenda's items are numbered; lettered clauses are the act's own
		}
		title := trimItemTitle(trimSpace(strings.TrimPrefix(p.text, listNumberText(p.text))))
		b.agendaItem(session, number, title, p.key, p.offset)
	}
}

// trimItemTitle returns strings.TrimRight(title, "；：。;:. "): an item's title without the
// marks a list ends its items with. It cuts a mark at a time by its bytes, where TrimRight
// decoded the last rune and looked it up in the set: a text that ends with the bytes of
// "；", "：" or "。" ends with that rune.
func trimItemTitle(title string) string {
	for title != "" {
		switch c := title[len(title)-1]; {
		case c == ';' || c == ':' || c == '.' || c == ' ':
			title = title[:len(title)-1]
		case strings.HasSuffix(title, "；") || strings.HasSuffix(title, "：") || strings.HasSuffix(title, "。"):
			title = title[:len(title)-len("；")]
		default:
			return title
		}
	}
	return title
}

// groupHeldRE finds when and where a working group met: "2013 年 11 月 6 日至 8 日在维也纳举行
// 的贩运人口问题工作组会议", "工作组于 2013 年 11 月 6 日至 8 日在维也纳举行了会议".
var groupHeldRE = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(?:至|和)\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?\s*` + mannerPattern + `[在于]\s*(\p{Han}{2,8}?)\s*` + mannerPattern + `举行(?:了|的)?`)

// groupTitleDatesRE is the days and place of a working group's session on the title page
// of a document for it: "2014 年 5 月 26 日和 27 日，维也纳", "2013 年 11 月 6 日至 8 日，维也纳".
var groupTitleDatesRE = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(?:至|和)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?\s*[，,]\s*(\p{Han}{2,8}?)(?:$|[\s）)，。]|临时|议程|项目|第|秘书|报告)`)

// groupSession adds the session of a working group whose report a document is: its title
// page names the group and a meeting's report ("…工作组会议的报告"), or its symbol is of a
// group's series ("CTOC/COP/WG.4/2013/5") and it names the group; the days and place are
// those the title page, or else the narrative, says the group met. The session is the
// group's (HAS_SESSION), of its parent body, keyed by its first day. A joint meeting's
// report ("…工作组和…工作组联席会议的报告") is of one session of every group its title page
// names. It returns the session's id, or "" when the document is no such report or gives
// no day.
func (b *graphBuilder) groupSession(d document, body kg.Body) string {
	title := titleBlocks(d.blocks)
	var groups []*entity
	report := strings.Contains(d.symbol, "/WG.")
	joint := false
	for _, bl := range title {
		for _, m := range findEntities(bl.text) {
			if m.ent.labels[0] == kg.LabelWorkingGroup && !slices.ContainsFunc(groups, func(g *entity) bool { return g.id == m.ent.id }) {
				groups = append(groups, m.ent)
			}
		}
		report = report || strings.Contains(bl.text, "会议的报告") || strings.Contains(bl.text, "会议报告")
		joint = joint || strings.Contains(bl.text, "联席会议")
	}
	if len(groups) == 0 || !report {
		return ""
	}
	if !joint {
		groups = groups[:1] // another group a title names is the subject of the meeting, not its host
	}
	m := groupDays(d)
	if m == nil {
		return ""
	}
	start, end, place := groupDaysSpan(m)
	return b.groupSessionNode(groups, body, 0, start, end, place, m[0])
}

// groupDays returns the submatches of groupHeldRE (or groupTitleDatesRE's, as groupHeldRE
// numbers them) where the title page, or else the narrative, says when and where a group
// met, or nil.
func groupDays(d document) []string {
	for _, bl := range titleBlocks(d.blocks) {
		if m := groupHeldRE.FindStringSubmatch(bl.text); m != nil {
			return m
		}
		if t := groupTitleDatesRE.FindStringSubmatch(bl.text); t != nil {
			// "2014 年 5 月 26 日和 27 日，维也纳": the same groups, the place last.
			return []string{t[0], t[1], t[2], t[3], "", t[4], t[5], t[6]}
		}
	}
	for _, p := range d.narrative {
		if strings.Contains(p.text, "举行") {
			if m := groupHeldRE.FindStringSubmatch(p.text); m != nil {
				return m
			}
		}
	}
	return nil
}

// groupSessionNode adds the Session node of a session of the groups (one, or the groups of
// a joint meeting, the first its host), of their parent body, with HAS_SESSION from each,
// and returns its id. The id is keyed by the first day, as the group's reports date their
// meetings; a session known by its number alone (number > 0, start "") by the number.
// quote is the mention that says the groups held it.
func (b *graphBuilder) groupSessionNode(groups []*entity, body kg.Body, number int, start, end, place, quote string) string {
	group := groups[0]
	key := start
	if key == "" {
		key = strconv.Itoa(number)
	}
	id := "session:" + group.id + ":" + key
	props := map[string]any{
		kg.PropBody: string(body), kg.PropGroup: group.id,
		kg.PropSortKey: strings.ToLower(string(body)) + "|" + group.id + "|" + key,
		kg.PropName:    group.nameZh, // so that the session reads as the group's
	}
	for k, v := range map[string]string{kg.PropStartDate: start, kg.PropEndDate: end, kg.PropPlace: place, kg.PropNameEn: group.nameEn} {
		if v != "" {
			props[k] = v
		}
	}
	if number > 0 {
		props[kg.PropNumber] = int64(number)
	}
	if len(groups) > 1 {
		zh, en := make([]string, len(groups)), make([]string, len(groups))
		for i, g := range groups {
			zh[i], en[i] = g.nameZh, g.nameEn
		}
		props[kg.PropName] = strings.Join(zh, "和") + "联席会议"
		delete(props, kg.PropNameEn)
		if !slices.Contains(en, "") {
			props[kg.PropNameEn] = "Joint meeting of the " + strings.Join(en, " and the ")
		}
	}
	b.node(kg.Node{ID: id, Labels: []string{kg.LabelSession}, Properties: props})
	for _, g := range groups {
		b.entity(g)
		b.rel(kg.Relationship{ID: relID(g.id, kg.RelHasSession, id), Type: kg.RelHasSession, Start: g.id, End: id,
			Properties: map[string]any{kg.PropSource: b.sourceValue, kg.PropQuote: quote}})
	}
	return id
}

// titleDatesRE finds the days and place of a session on a title page: "2012 年 10 月 15 日至
// 19 日，维也纳", "（2012 年 12 月 7 日和 2013 年 4 月 22 日至 26 日）", and the subtitle of a
// report, "（2022 年 10 月 17 日至 21 日在维也纳举行）" (the place in group 8). A title page's
// lines are joined without a break, so the place ends where the next line's words begin.
var titleDatesRE = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*至\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:\s*[，,]\s*(\p{Han}{2,8}?)(?:$|[\s）)，。]|临时|议程|项目|第|秘书|报告)|\s*` + mannerPattern + `[在于]\s*(\p{Han}{2,8}?)\s*` + mannerPattern + `举行)?`)

// titleDates returns the days and place of the session a title page names, where the
// narrative says nothing of them: the last span of days it gives (a session resumed after
// a first meeting is dated by its main part).
func titleDates(d document) (start, end, place string, ok bool) {
	for _, bl := range titleBlocks(d.blocks) {
		for _, m := range titleDatesRE.FindAllStringSubmatch(bl.text, -1) {
			year2, month2 := cmp.Or(m[4], m[1]), cmp.Or(m[5], m[2])
			start, end, place, ok = isoDate(m[1], m[2], m[3]), isoDate(year2, month2, m[6]), cmp.Or(m[7], m[8]), true
		}
	}
	return start, end, place, ok
}

// agendaListedRE finds a narrative's sentence that says the agenda it adopted follows:
// "通过了 CTOC/COP/2010/1 号文件所载的临时议程，其内容如下：", "通过的议程如下：".
var agendaListedRE = regexp.MustCompile(`(?:议程[^。\n]{0,12}?如下|下列议程)\s*[：:]`)

// listedAgenda reads the agenda a report sets out after saying it adopted it: the list
// after the sentence ("1. 组织事项：", "(a) 会议开幕；", "3. 技术援助。"), on the lines of
// the paragraph that follow it or in the unnumbered paragraphs after it; each is an item of
// the session the report is of, numbered as the list numbers it ("1(a)").
func (b *graphBuilder) listedAgenda(d document, session string) {
	for i, p := range d.narrative {
		if !contains(p.text, "议程") || !contains(p.text, "如下") && !contains(p.text, "下列议程") {
			continue
		}
		loc := agendaListedRE.FindStringIndex(p.text)
		if loc == nil {
			continue
		}
		target := session
		if m := provisionalAgendaRE.FindStringSubmatch(p.text[:loc[1]]); m != nil {
			// "核准了第十一届会议临时议程如下：": the next session's agenda, not this one's.
			target = b.laterSession(session, chineseNumber(m[1]), m[0])
		}
		type line struct {
			p      paragraph
			text   string
			offset int // rune offset of text in the paragraph
		}
		var lines []line
		at := loc[1]
		for _, l := range strings.Split(p.text[loc[1]:], "\n") {
			if t := strings.TrimSpace(l); t != "" {
				lines = append(lines, line{p, t, runeLen(p.text[:at+strings.Index(l, t)])})
			}
			at += len(l) + 1
		}
		for _, q := range d.narrative[i+1:] {
			if !strings.HasPrefix(q.key, "u") {
				break
			}
			lines = append(lines, line{q, strings.TrimSpace(q.text), runeLen(q.text[:len(q.text)-len(strings.TrimLeft(q.text, " "))])})
		}
		top := ""
		for _, l := range lines {
			l.text = strings.Trim(l.text, "“”\"") // a title quoted: "内容如下：“8. …：(a)…”"
			lead := listNumberText(l.text)
			if lead == "" {
				break
			}
			n := itemNumber(strings.TrimRight(lead, ". ．"))
			if strings.HasPrefix(n, "(") {
				if top == "" {
					break
				}
				n = top + n
			} else {
				top = n
			}
			title := trimItemTitle(trimSpace(strings.TrimPrefix(l.text, lead)))
			b.agendaItem(target, n, title, l.p.key, l.p.offset+l.offset)
		}
	}
}

// listNumberPatterns are the patterns of a list number, in the order they are tried: boxed
// once, where a slice of them built at each call boxed each pattern again.
var listNumberPatterns = []interface{ FindStringIndex(string) []int }{numberedRE, letteredRE, circledRE}

// listNumberText returns the list number a paragraph opens with, as written: "1. ", "(a) ".
func listNumberText(t string) string {
	for _, re := range listNumberPatterns {
		if loc := re.FindStringIndex(t); loc != nil && loc[0] == 0 {
			return t[:loc[1]]
		}
	}
	return ""
}

// speakers adds who a narrative paragraph says spoke: SPOKE_ON from each speaker to the
// agenda item the paragraph stands under, or to the session where it stands under none.
func (b *graphBuilder) speakers(session, target string, p paragraph) {
	b.openers(session, target, p)
	sps := findSpeakers(p.text)
	if len(sps) == 0 {
		return
	}
	// The values every statement of the paragraph shares are boxed once, not once each.
	key := any(p.key)
	var meeting, meetingOf any // the session whose meeting it is, so that a meeting's statements are one query
	if m := paragraphMeeting(p.text); m != "" {
		meeting, meetingOf = m, session
	}
	runes := runeOffsets{text: p.text}
	for _, sp := range sps {
		if sp.held {
			if person, state := holderOf(p.text[sp.start:sp.end]); person != "" {
				b.delegate(person, state, p)
			}
		}
		id, office := b.speaker(sp)
		// The optional values are counted first: a map that outgrows eight entries is rebuilt.
		optional := [...]struct {
			k string
			v any // nil where the statement has none
		}{{kg.PropCapacity, optionalWord(sp.capacity)}, {kg.PropOffice, optionalWord(office)}, {kg.PropOnBehalfOf, optionalWord(sp.onBehalfOf)}, {kg.PropMeeting, meeting}, {kg.PropSession, meetingOf}}
		size := 6
		if sp.signatory {
			size++
		}
		for _, o := range optional {
			if o.v != nil {
				size++
			}
		}
		props := make(map[string]any, size)
		props[kg.PropSource], props[kg.PropParagraph], props[kg.PropQuote] = b.sourceValue, key, p.text[sp.start:sp.end]
		props[kg.PropSpanStart], props[kg.PropSpanEnd] = int64(p.offset+runes.of(sp.start)), int64(p.offset+runes.of(sp.end))
		props[kg.PropStatement] = wordValue(sp.statement)
		for _, o := range optional {
			if o.v != nil {
				props[o.k] = o.v
			}
		}
		if sp.signatory {
			props[kg.PropSignatory] = true
		}
		b.rel(kg.Relationship{ID: relID(id, kg.RelSpokeOn, target), Type: kg.RelSpokeOn, Start: id, End: target, Properties: props})
	}
}

// wordValue returns s as a property value. The words a statement's kind and capacity are
// written in are boxed from constants, which allocates nothing, where boxing the string in
// hand allocated its header each time.
func wordValue(s string) any {
	switch s {
	case "statement":
		return "statement"
	case "opening":
		return "opening"
	case "closing":
		return "closing"
	case "introductory":
		return "introductory"
	case "reply":
		return "reply"
	case "representative":
		return "representative"
	case "observer":
		return "observer"
	case "expert":
		return "expert"
	}
	return s
}

// optionalWord returns wordValue(s), or nil for "": a value the statement does not have.
func optionalWord(s string) any {
	if s == "" {
		return nil
	}
	return wordValue(s)
}

// openers adds who a paragraph says declared the session open: a Person, MEMBER_OF the
// delegation of its State, whose opening statement (SPOKE_ON, "opening") names its office.
func (b *graphBuilder) openers(session, target string, p paragraph) {
	for _, o := range findOpeners(p.text) {
		person := b.delegate(o.name, o.state, p)
		props := b.provenance(p, o.quote, o.start, o.end)
		props[kg.PropStatement], props[kg.PropOffice] = "opening", o.office
		if m := paragraphMeeting(p.text); m != "" {
			props[kg.PropMeeting], props[kg.PropSession] = m, session
		}
		b.rel(kg.Relationship{ID: relID(person, kg.RelSpokeOn, target), Type: kg.RelSpokeOn, Start: person, End: target, Properties: props})
	}
}

// speakerKey is what speakerNode reads of a speaker: the name, and whether the list names
// States.
type speakerKey struct {
	name  string
	state bool
}

// speaker adds the node of a speaker, as speakerNode gives it, and returns its id and
// office. A name is resolved and its node built once: the node is the same wherever the
// name stands, as an entity's is (see entity), and merging it into itself again changes
// nothing, where building it cost more than the statement. Nor is the node of a State or
// lexicon entity built where another rule added it already as the lexicon gives it
// (holdsNamed): the merge would change nothing there either.
func (b *graphBuilder) speaker(sp speaker) (id, office string) {
	key := speakerKey{sp.name, sp.state}
	if ref, ok := b.speakerRefs[key]; ok {
		return ref[0], ref[1]
	}
	st, ent, rest, ok := speakerActor(sp.name)
	switch {
	case !ok || rest != "" && !isOffice(rest):
		var n kg.Node
		n, office = speakerNodeOf(sp, st, ent, rest, ok)
		b.node(n)
		id = n.ID
	case st != nil:
		id, office = stateID(st), rest
		if !b.holdsNamed(id, stateLabels, st.nameZh, st.nameEn, true, st.aliases) {
			b.node(stateNode(st))
		}
	default:
		id, office = ent.id, rest
		if !b.holdsNamed(id, ent.labels, ent.nameZh, ent.nameEn, ent.nameEn != "", ent.aliases) {
			b.node(ent.node())
		}
	}
	if b.speakerRefs == nil {
		b.speakerRefs = map[speakerKey][2]string{}
	}
	b.speakerRefs[key] = [2]string{id, office}
	return id, office
}

// holdsNamed reports whether the node id is there already with what stateNode or an
// entity's node gives it: every label of labels, and, each stated (not a default), the
// name, the English name (where hasEn), and the forms (the name, then aliases) where
// aliases is not empty. kg.MergeNode adds what a node lacks and overwrites what the merged
// one states, so merging that node into it would change nothing: it need not be built.
func (b *graphBuilder) holdsNamed(id string, labels []string, name, nameEn string, hasEn bool, aliases []string) bool {
	old := b.nodes[id]
	if old == nil {
		return false
	}
	for _, l := range labels {
		if !slices.Contains(old.Labels, l) {
			return false
		}
	}
	if !statedString(old, kg.PropName, name) || hasEn && !statedString(old, kg.PropNameEn, nameEn) {
		return false
	}
	if len(aliases) == 0 {
		return true
	}
	forms, ok := old.Properties[kg.PropAliases].([]string)
	return ok && !old.IsWeak(kg.PropAliases) && len(forms) == 1+len(aliases) && forms[0] == name && slices.Equal(forms[1:], aliases)
}

// statedString reports whether property k of n is the string v, stated.
func statedString(n *kg.Node, k, v string) bool {
	s, ok := n.Properties[k].(string)
	return ok && s == v && !n.IsWeak(k)
}

// accountParts end the headings of the sections into which a report divides the account of
// one agenda item: its deliberations and the action taken.
var accountParts = []string{"审议情况", "讨论情况", "讨论摘要", "采取的行动", "审议经过"}

// accountPart reports whether a paragraph's section (chapter › section) is a part of an
// item's account rather than an item of its own.
func accountPart(section string) bool {
	_, sec, ok := strings.Cut(section, " › ")
	if !ok {
		return false
	}
	sec = strings.TrimSpace(sec)
	for _, p := range accountParts {
		if strings.HasSuffix(sec, p) {
			return true
		}
	}
	return false
}

// titleSession adds the session a document's title page names, and returns its id and the
// working group whose it is, if a group's. The session is the body's own, but where the
// words before it name a group (titleSessionGroup: "实施情况审议组第十届会议"): a subsidiary
// body numbers its sessions apart from its parent's. A group's is dated as the title page
// or the narrative dates the group's meeting, or else as the title page dates the session.
func (b *graphBuilder) titleSession(d document, body kg.Body) (string, *entity) {
	group, quote := titleSessionGroup(d.blocks, body)
	if group == nil {
		return b.session(body, d.session), nil
	}
	start, end, place, _ := titleDates(d)
	if m := groupDays(d); m != nil {
		start, end, place = groupDaysSpan(m)
	}
	return b.groupSessionNode([]*entity{group}, body, d.session, start, end, place, quote), group
}

// groupDaysSpan returns the first and last day and the place of groupDays's submatches.
func groupDaysSpan(m []string) (start, end, place string) {
	start = isoDate(m[1], m[2], m[3])
	end = start
	if m[6] != "" {
		end = isoDate(cmp.Or(m[4], m[1]), cmp.Or(m[5], m[2]), m[6])
	}
	return start, end, m[7]
}

// titleSessionGroup returns the working group whose session a title page names, as
// titleSession reads the session (the first "第…届会议" of its blocks), and the words that
// name both: the group the words before it name last, where no body is named after it
// (clauseGroup): "实施情况审议组第十届会议", "实施情况审议组…在维也纳举行的第十届会议的报告".
// nil where the session is the body's own.
func titleSessionGroup(bs []block, body kg.Body) (*entity, string) {
	for _, bl := range titleBlocks(bs) {
		loc := titleSessionRE.FindStringIndex(bl.text)
		if loc == nil {
			continue
		}
		clause := bl.text[:loc[0]]
		if i := lastIndexAny(clause, "。；，,"); i >= 0 {
			clause = clause[i:]
		}
		g, at := clauseGroup(clause, body, nil)
		if g == nil {
			return nil, ""
		}
		return g, bl.text[loc[0]-len(clause)+at : loc[1]]
	}
	return nil, ""
}

// bareGroupNames are names a body's own documents give one of its subsidiary bodies that
// would be another's elsewhere: in a document of the Conference of the States Parties
// "实施情况审议组" is the Implementation Review Group of the Convention against Corruption,
// in one of the Conference of the Parties the review group of its own Convention.
var bareGroupNames = map[kg.Body][]struct{ name, full string }{
	kg.BodyCOSP: {{"实施情况审议组", "《联合国反腐败公约》实施情况审议组"}},
}

// clauseGroup returns the working group a clause names last, where no body is named after
// it: the subject of "审议组于…在维也纳举行了第十届会议", or the holder of "实施情况审议组第十
// 届会议于…举行". A group is named in full, by a bare name of the body's own (bareGroupNames),
// or, in a report of a group's session (own), by the word its name ends with ("审议组",
// "工作组"); it returns the group and the byte where its name begins. nil where the clause
// names no group, or a body after it.
func clauseGroup(clause string, body kg.Body, own *entity) (*entity, int) {
	var g *entity
	start, end := 0, -1
	for _, m := range findEntities(clause) {
		if m.ent.labels[0] == kg.LabelWorkingGroup && m.endByte > end {
			g, start, end = m.ent, m.startByte, m.endByte
		}
	}
	for _, n := range bareGroupNames[body] {
		if i := lastIndex(clause, n.name); i >= 0 && i+len(n.name) > end {
			if e := entityNamed(n.full); e != nil {
				g, start, end = e, i, i+len(n.name)
			}
		}
	}
	if own != nil {
		if head := groupHead(own.nameZh); head != "" {
			if i := lastIndex(clause, head); i >= 0 && i+len(head) > end {
				g, start, end = own, i, i+len(head)
			}
		}
	}
	if g == nil {
		return nil, 0
	}
	if _, ok := firstBodyNamed(clause[end:]); ok {
		return nil, 0 // "工作组在缔约方会议…举行的第六届会议上": the body's
	}
	return g, start
}

// groupHead returns the word a group's name ends with, by which a report of its session
// names it again: "审议组", "工作组", "专家组"; "" for a name that ends otherwise.
func groupHead(name string) string {
	for _, w := range [...]string{"审议组", groupWord, expertsWord} {
		if strings.HasSuffix(name, w) {
			return w
		}
	}
	return ""
}

// heldSession adds the session a sentence says was or will be held, and returns its id:
// the body's, or the working group's the sentence names as holding it (clauseGroup), which
// is the session the title page names (current) where the group (own) and the number are
// the same.
func (b *graphBuilder) heldSession(body kg.Body, text string, s session, own *entity, current string) string {
	from, ok := byteOffset(text, s.start0)
	if !ok {
		return b.session(body, s.number)
	}
	clause := text[:from]
	if i := lastIndexAny(clause, "。；，,"); i >= 0 {
		clause = clause[i:] // the subject stands in the clause: "…，其第七届会议将于…" is no group's
	}
	// The words before the ordinal: the sentence's subject, or the holder named right before
	// "第…届会议" where the session is named first.
	if i := strings.Index(s.quote, "第"); i >= 0 {
		clause += s.quote[:i]
	}
	g, _ := clauseGroup(clause, body, own)
	switch {
	case g == nil:
		return b.session(body, s.number)
	case own != nil && g.id == own.id && current != "" && kg.Int(b.nodes[current].Properties, kg.PropNumber) == int64(s.number):
		return current
	}
	return b.groupSessionNode([]*entity{g}, body, s.number, s.start, s.end, s.place, s.quote)
}

// laterSession adds a later session, numbered number, of whoever held session, and returns
// its id: the body's, or the working group's where session is a group's (a group numbers its
// sessions apart from its parent's); quote names it.
func (b *graphBuilder) laterSession(session string, number int, quote string) string {
	props := b.nodes[session].Properties
	body := kg.Body(kg.String(props, kg.PropBody))
	if gid := kg.String(props, kg.PropGroup); gid != "" {
		for i := range lexicon {
			if lexicon[i].id == gid {
				return b.groupSessionNode([]*entity{&lexicon[i]}, body, number, "", "", "", quote)
			}
		}
	}
	return b.session(body, number)
}

package loader

import (
	"cmp"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

// sessions adds what the document says of sessions: each session it names with its place
// and dates, ADOPTED_AT from every act numbered session/serial to its session, the agenda
// items the narrative says were considered (HAS_AGENDA_ITEM), the documents before each
// item and the acts adopted under it (CONSIDERED_UNDER), and the provisional agenda an act
// sets out for a later session.
func (b *graphBuilder) sessions(d document, body kg.Body) {
	// current is the session the narrative reports on: the one its title page names, else
	// the first it says was held (documentSessions). A session decided for the future, one
	// whose resumed part alone the text dates, or a group's the report names, is never it.
	var current string
	reported, ok := b.days.title, d.session > 0 && body != ""
	if !ok && b.days.first.number > 0 {
		reported, ok = b.days.first, true
	}
	if ok {
		// Its title page's days are its own.
		if b.days.bySession == nil {
			b.days.bySession = map[sessionKey]*sessionDays{}
		}
		if b.days.bySession[reported] == nil {
			b.days.bySession[reported] = &sessionDays{}
		}
		b.days.bySession[reported].addTitle(titleDates(d))
	}
	for k, sd := range b.days.bySession {
		var id string
		if g := b.days.groups[k]; g.group != nil {
			id = b.groupSessionNode([]*entity{g.group}, body, k.number, sd, g.quote)
		} else {
			id = b.session(cmp.Or(k.body, body), k.number)
			sd.write(&b.nodes[id].Properties)
		}
		if ok && k == reported {
			current = id
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
		if sid := adoptingSession(kg.ActKey{Body: a.Body, Kind: a.Kind, Number: a.Number}); sid != "" {
			num, _ := kg.Session(a.Number)
			b.sessionAt(sid, a.Body, int(num)) // sid is sessionID(a.Body, num), as adoptingSession makes it
			b.rel(kg.Relationship{ID: b.relID(id, kg.RelAdoptedAt, sid), Type: kg.RelAdoptedAt, Start: id, End: sid,
				Properties: b.props.alloc(1).With(kg.PropSource, b.sourceValue)})
		}
	}
	for _, a := range d.acts {
		// The session a line under the act's heading dates and places: where the
		// narrative says nothing of it.
		if a.sessPlace == "" {
			continue
		}
		if sid := adoptingSession(a.key); sid != "" {
			num, _ := kg.Session(a.key.Number)
			b.sessionAt(sid, a.key.Body, int(num))
			props := &b.nodes[sid].Properties
			if !props.Has(kg.PropStartDate) && !props.Has(kg.PropEndDate) {
				props.Set(kg.PropStartDate, a.sessStart)
				props.Set(kg.PropEndDate, a.sessEnd)
			}
			if !props.Has(kg.PropPlace) {
				props.Set(kg.PropPlace, a.sessPlace)
			}
		}
	}
	if current == "" {
		current = b.groupSession(d, body) // a working group's report of its meeting, or a note for it
	}
	if current == "" {
		// An excerpt without its title page: the session whose report it says its body
		// adopted (K10: its statements had no session to stand under, and were lost).
		if n := adoptedReportSession(d.narrative, body); n > 0 {
			current = b.session(body, n)
		} else if n := b.adoptedActsSession(body); n > 0 {
			current = b.session(body, n)
		}
	}
	if d.item != "" && current != "" {
		// A resolution published alone names on its title page the item it was adopted
		// under; a note or report for a session, the item it is before.
		for i, n := range append([]string{d.item}, d.moreItems...) {
			title := ""
			if i == 0 {
				title = d.itemTitle
			}
			item := b.agendaItem(current, n, title, "", 0)
			for _, a := range d.acts {
				act := a.key.ID()
				b.rel(kg.Relationship{ID: b.relID(act, kg.RelConsideredUnder, item), Type: kg.RelConsideredUnder, Start: act, End: item,
					Properties: b.props.alloc(1).With(kg.PropSource, b.sourceValue)})
			}
			if len(d.acts) == 0 {
				b.rel(kg.Relationship{ID: b.relID(b.source, kg.RelConsideredUnder, item), Type: kg.RelConsideredUnder, Start: b.source, End: item,
					Properties: b.props.alloc(1).With(kg.PropSource, b.sourceValue)})
			}
		}
	}
	if current != "" {
		b.listedAgenda(d, current)
		b.annotatedAgenda(d, current)
		b.organisationOfWork(d, current)
		b.agenda(d, current)
		for _, p := range d.narrative {
			b.bureau(current, p)
		}
		b.openingChairs(current)
	}
	b.adoptedIn() // after the agenda: a meeting's first mention in the text gives its provenance
	for _, a := range d.acts {
		for _, p := range a.paras {
			if p.mayHold(kwSession) { // else setForYear is false
				b.sessionYears(p.text, a.key.Body)
			}
		}
	}
	for _, p := range d.narrative {
		if p.mayHold(kwSession) {
			b.sessionYears(p.text, body)
		}
	}
	for _, a := range d.acts {
		title := a.title
		if annexedAgenda(a) {
			// The annexed agenda's session is named by its heading, else by the act's title,
			// else by the paragraph that sets it out ("核准如下…第六十七届会议临时议程：").
			for _, t := range []string{a.annexTitle, a.title, agendaAnnouncement(a)} {
				if provisionalAgendaRE.MatchString(t) {
					title = t
					break
				}
			}
		}
		if m := provisionalAgendaRE.FindStringSubmatch(title); m != nil {
			// The agenda is of the body the title names (a Council decision sets out the
			// Commission's), else of the act's own.
			body := a.key.Body
			if named, ok := firstBodyNamed(title); ok {
				body = named
			}
			b.provisionalAgenda(a, b.session(body, chineseNumber(m[1])))
		}
	}
}

// documentDays is what a document says of the days of the sessions it names.
type documentDays struct {
	bySession map[sessionKey]*sessionDays
	// groups holds, for each session of a working group, the group and the words that
	// first name its session.
	groups map[sessionKey]heldBy
	// title is the session the title page names (number 0 where it names none): the
	// body's, or the working group's whose session the title page names
	// (titleSessionGroup).
	title sessionKey
	// first is the first session of the document's body, or of the group whose session the
	// title page names, that the narrative says was held (not one it decides for the
	// future, nor one whose resumed part alone it dates); number 0 where there is none.
	first sessionKey
}

// sessionKey is a session a document names: its body, "" for the document's own; the id of
// the working group whose session it is, "" for the body's; and its number.
type sessionKey struct {
	body   kg.Body
	group  string
	number int
}

// heldBy is the working group that holds a session and the words that say so.
type heldBy struct {
	group *entity
	quote string
}

// documentSessions reads the days of the sessions a document names, in its narrative and
// its acts, each the session of whoever the sentence names as holding it (sessionKeyOf).
// The days of the session the title page names as a group's, where the title page or the
// narrative says when the group met (groupDays), are the first that date it.
func documentSessions(d document) documentDays {
	var out documentDays
	var own *entity
	if d.session > 0 {
		out.title.number = d.session
		if d.body != "" {
			var quote string
			if own, quote = titleSessionGroup(d.blocks, d.body); own != nil {
				out.title.group = own.id
				out.groups = map[sessionKey]heldBy{out.title: {own, quote}}
			}
		}
	}
	session := func(k sessionKey) *sessionDays {
		if out.bySession == nil {
			out.bySession = map[sessionKey]*sessionDays{}
		}
		sd := out.bySession[k]
		if sd == nil {
			sd = &sessionDays{}
			out.bySession[k] = sd
		}
		return sd
	}
	if own != nil {
		if parts, place, _ := groupDays(d); parts != nil {
			session(out.title).add(sessionOf(d.session, place, parts))
			out.first = out.title
		}
	}
	for p := range allParagraphs(d) {
		if !p.mayHold(kwSession) {
			continue // findSessions finds none
		}
		for _, s := range findSessions(p.text) {
			k, g, ok := sessionKeyOf(d, p.text, s, own)
			if !ok {
				continue // a group's session, not the body's of that number
			}
			if g != nil && out.groups[k].group == nil {
				if out.groups == nil {
					out.groups = map[sessionKey]heldBy{}
				}
				out.groups[k] = heldBy{g, s.quote}
			}
			session(k).add(s)
			if out.first.number == 0 && p.kind == paraNarrative && !s.future && !s.resumed && k.body == "" && (k.group == "" || k == out.title) {
				out.first = k
			}
		}
	}
	return out
}

// sessionKeyOf returns the session a mention in text names, g the working group whose it is
// (nil for the body's), and whether it is one: the session of the group the sentence names
// as holding it (mentionGroup), which is the one the title page names where that is the
// group's (own) and the number is the same; else the body's. A session a clause names after
// a subsidiary group the lexicon does not know (s.group) is none, unless it is the one the
// title page names: the report is then the group's, and the title page counts it as the
// report's own session.
func sessionKeyOf(d document, text string, s session, own *entity) (k sessionKey, g *entity, ok bool) {
	if s.body == d.body {
		s.body = "" // named in full, the document's own body
	}
	if g = mentionGroup(text, s, d.body, own); g != nil {
		if own != nil && g.id == own.id && s.number == d.session {
			return sessionKey{group: own.id, number: s.number}, own, true
		}
		return sessionKey{group: g.id, number: s.number}, g, true
	}
	if s.group && (s.number != d.session || s.body != "") {
		return sessionKey{}, nil, false
	}
	if own != nil && s.number == d.session && s.body == "" {
		return sessionKey{group: own.id, number: s.number}, own, true // the group's report: its session
	}
	return sessionKey{body: s.body, number: s.number}, nil, true
}

// mentionGroup returns the working group a sentence names as holding the session it
// mentions (clauseGroup), or nil: the group named in the clause before the mention, or
// right before "第…届会议" where the session is named first. own is the group whose session
// the title page names, if any.
func mentionGroup(text string, s session, body kg.Body, own *entity) *entity {
	from, ok := byteOffset(text, s.start0)
	if !ok {
		return nil
	}
	clause := text[:from]
	if i := lastIndexAny(clause, "。；，,"); i >= 0 {
		clause = clause[i:] // the subject stands in the clause: "…，其第七届会议将于…" is no group's
	}
	if i := strings.Index(s.quote, "第"); i >= 0 {
		clause += s.quote[:i]
	}
	g, _ := clauseGroup(clause, body, own)
	return g
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
	props := b.props.alloc(5).With(kg.PropBody, string(body)).With(kg.PropNumber, int64(number)).
		With(kg.PropSortKey, fmt.Sprintf("%s|%06d", strings.ToLower(string(body)), number)) // so "10" follows "9"
	if id == specialSessionID(body, number) {
		props.Set(kg.PropSpecial, true)
		props.Set(kg.PropSortKey, fmt.Sprintf("%s|s|%06d", strings.ToLower(string(body)), number)) // after the regular ones
	}
	b.node(kg.Node{ID: id, Labels: []string{kg.LabelSession}, Properties: props})
	return id
}

// specialSessionID returns the id of a body's special session number: session:ga:s-32,
// as its acts' numbers (S-32/1) name it.
func specialSessionID(body kg.Body, number int) string {
	return fmt.Sprintf("session:%s:s-%d", strings.ToLower(string(body)), number)
}

// agendaItem adds an agenda item of a session, with HAS_AGENDA_ITEM from the session, and
// returns its id.
func (b *graphBuilder) agendaItem(session, number, title, paraKey string, offset int) string {
	id := agendaItemID(session, number)
	props := b.props.alloc(4).With(kg.PropNumber, number).With(kg.PropSession, b.sessionBox.of(session))
	if title != "" {
		props.Set(kg.PropTitle, title)
		if en := agendaTitleEn(title); en != "" {
			props.Set(kg.PropTitleEn, en)
		}
	}
	b.node(kg.Node{ID: id, Labels: []string{kg.LabelAgendaItem}, Properties: props})
	rid := b.relID(session, kg.RelHasAgendaItem, id)
	if _, seen := b.rels[rid]; seen {
		return id // named again later in the report: the first mention places it
	}
	// spanStart orders an agenda as the text gives it.
	rel := b.props.alloc(3)
	if paraKey != "" {
		rel.Set(kg.PropParagraph, b.keyBox.of(paraKey))
	}
	rel = rel.With(kg.PropSource, b.sourceValue).With(kg.PropSpanStart, int64(offset))
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
	headed, headItem := "", "" // the last heading read for an item, and its item
	b.spokenMeeting = ""
	// The meetings the paragraph that named the items said it considered them at: a
	// Commission's chapter opens "委员会在第 5 次和第 6 次会议上审议了议程项目 6", and the
	// statements its paragraphs then report on the item were made there.
	var itemMeetings []meetingMention
	if b.speakerRefs == nil && len(d.narrative) > 0 {
		// A report names about one speaker for every two of its paragraphs (the corpus 91 in
		// 127); the map is sized for as many, where it grew, rehashed, four times.
		b.speakerRefs = make(map[speakerKey][2]string, len(d.narrative)/2)
	}
	for i, p := range d.narrative {
		b.prevPara = ""
		if i > 0 {
			b.prevPara = d.narrative[i-1].key
		}
		// An item's account ends with its chapter, or its section ("C. 其他事项" is not the
		// item the section before considered), unless the section is a part of an account:
		// "A. 审议情况", "B. 缔约方会议采取的行动".
		if p.chapter != chapter || p.section != section && !accountPart(p.section) {
			items, itemMeetings = items[:0], nil
			// "二. 议程项目 2 下的专题讨论": a heading that names an item places what stands
			// under it there, until a paragraph names its own (G26).
			if p.section != headed {
				headed, headItem = p.section, headingItem(p.section)
			}
			if headItem != "" {
				items = append(items, b.agendaItem(session, headItem, "", p.key, p.offset))
			}
		}
		chapter, section = p.chapter, p.section
		meetings := b.meetingsOf(session, p)
		if len(meetings) > 0 {
			b.spokenMeeting = lastOf(meetings[len(meetings)-1]).number
		}
		b.heldMeetingsOf(session, p)
		var its []agendaItem
		if p.mayHold(kwAgendaItem) { // else findAgendaItems finds none
			its = findAgendaItems(p.text)
		}
		if len(its) > 0 || len(meetings) > 0 {
			itemMeetings = nil // another meeting, or other items: the account moved on
			if len(its) > 0 {
				itemMeetings = oneMention(meetings)
			}
		}
		b.jointMeetings = itemMeetings
		if len(meetings) > 0 {
			b.jointMeetings = oneMention(meetings)
		}
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
		var adoptions []adoption
		for k, item := range items {
			if len(its) == 0 && strings.IndexByte(p.text, '/') >= 0 && saysReceived(p.text) {
				// "为审议该项目，委员会收到了下列文件：(a) …（E/CN.7/2013/2）": the documents it
				// cites were before the item too (every symbol holds "/", as hasSymbol knows, and
				// that byte is looked for first, faster than the words; the symbols are found
				// once, for the test and the item).
				b.beforeSymbols(item, p, findSymbols(p.text))
			}
			b.speakers(session, item, p)
			if k == 0 && (i >= len(b.mayAdopt) || b.mayAdopt[i]) {
				// Found once for the paragraph's items: adoptionsIn keeps what it found for a
				// text, and a text its gates ruled out (as adoptions found) has none.
				adoptions = b.adoptionsIn(p.text)
			}
			for _, a := range adoptions {
				act := a.act.ID()
				b.rel(kg.Relationship{ID: b.relID(act, kg.RelConsideredUnder, item), Type: kg.RelConsideredUnder, Start: act, End: item,
					Properties: b.provenance(p, a.quote, a.start, a.end)})
			}
		}
	}
}

// toldAdoption is an act a narrative paragraph says was adopted: its id, the meeting that
// adopted it where the text says, and the rune offset of the sentence that tells it.
type toldAdoption struct {
	act, meeting string
	start        int
}

// explainedAct returns the act an explanation of position or vote made before or after an
// adoption (timing) is on, for a statement at rune offset at of the paragraph keyed para:
// the last act the paragraph tells of adopting before the statement ("…通过了该决议草案。
// 在通过该决议草案之后，…作了解释立场的发言"); else, for one made before, the first it
// tells of after it; else the act the paragraph before adopted, where it adopted one alone
// ("在表决前，…" a paragraph after the recorded vote). Where the paragraph before adopted
// several, which one the text does not say.
func (b *graphBuilder) explainedAct(para string, at int, timing string) (toldAdoption, bool) {
	var found, after *toldAdoption
	told := b.toldIn[para]
	for k := range told {
		if told[k].start <= at {
			found = &told[k]
		} else if after == nil {
			after = &told[k]
		}
	}
	switch prev := b.toldIn[b.prevPara]; {
	case found != nil:
		return *found, true
	case timing == "before" && after != nil:
		return *after, true
	case len(told) == 0 && b.prevPara != "" && len(prev) == 1:
		return prev[0], true
	}
	return toldAdoption{}, false
}

// oneMention returns meetings where a paragraph names its meetings in one mention ("第 5 次
// 和第 6 次会议上"), or nil where it names them in several (which of them a statement was
// made at the text does not say).
func oneMention(meetings []meetingMention) []meetingMention {
	if len(meetings) != 1 {
		return nil
	}
	return meetings
}

// mentionedMeetings returns the numbers of the meetings of a mention, as written.
func mentionedMeetings(m meetingMention) []string {
	out := make([]string, len(m.numbers))
	for i, n := range m.numbers {
		out[i] = strconv.Itoa(n)
	}
	return out
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
		b.rel(kg.Relationship{ID: b.relID(doc, kg.RelConsideredUnder, item), Type: kg.RelConsideredUnder, Start: doc, End: item,
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
	prefix := "op"
	if annexedAgenda(a) {
		prefix = "annex" // the act annexes the agenda (segment's agendaBelow)
	}
	for _, p := range a.paras {
		if !strings.HasPrefix(p.key, prefix) || p.number == "" {
			continue
		}
		number := strings.TrimPrefix(p.key, prefix)
		if number == "" || number[0] < '0' || number[0] > '9' {
			continue // an agenda's items are numbered; lettered clauses are the act's own
		}
		title := trimItemTitle(trimSpace(strings.TrimPrefix(p.text, listNumberText(p.text))))
		b.agendaItem(session, number, title, p.key, p.offset)
	}
}

// annexedAgenda reports whether the text an act annexes is an agenda.
func annexedAgenda(a actText) bool {
	return contains(a.annexTitle, "议程")
}

// agendaAnnouncement returns the text of the paragraph that sets out an act's annexed
// agenda: the last before the annex.
func agendaAnnouncement(a actText) string {
	last := ""
	for _, p := range a.paras {
		if p.kind == paraAnnex {
			break
		}
		last = p.text
	}
	return last
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
// 的贩运人口问题工作组会议", "工作组于 2013 年 11 月 6 日至 8 日在维也纳举行了会议", "2020 年 7
// 月 6 日至 8 日以线上形式在维也纳举行的…", "2021 年 7 月 5 日至 7 日以虚拟方式举行的…" (no
// place: heldAtPattern).
var groupHeldRE = regexp.MustCompile(`(` + partsPattern + `)\s*` + heldAtPattern + `举行(?:了|的)?`)

// adoptedReportRE is the adoption of a session's report, in a chapter's heading or the
// narrative: "通过委员会第六十八届会议的报告", "委员会通过了第六十八届会议的报告", "缔约方会议
// 通过了其第六届会议报告". Group 1 is whose report the words name after 通过, if any.
var adoptedReportRE = regexp.MustCompile(`通过了?\s*(?:其|本)?\s*(\p{Han}{0,16}?)\s*第([一二三四五六七八九十]{1,3})届会议\s*的?\s*报告`)

// adoptedReportSession returns the number of the session of body whose report the
// narrative says body adopted, in a heading or a sentence, or 0: every report of the family
// closes with the adoption of its own session's report, which an excerpt keeps where it
// drops the title page. The report is the body's where the words name it after 通过, or
// else the sentence's subject before 通过 does ("委员会通过了…"); a group's report ("审议组通过
// 了其第十六届会议报告") is not. The Council's sessions are by year, not so numbered.
func adoptedReportSession(narrative []paragraph, body kg.Body) int {
	if body == "" || body == kg.BodyECOSOC || body == kg.BodySC || body == kg.BodyGA {
		return 0
	}
	read := func(text string) int {
		if !contains(text, "届会议") || !contains(text, "报告") || !contains(text, "通过") {
			return 0
		}
		for _, m := range adoptedReportRE.FindAllStringSubmatchIndex(text, -1) {
			whose := text[m[2]:m[3]]
			if whose == "" {
				whose = trimRightSpace(strings.TrimSuffix(trimRightSpace(text[:m[0]]), "已"))
			}
			if endsWithOwnBody(whose, body) {
				return chineseNumber(text[m[4]:m[5]])
			}
		}
		return 0
	}
	section := ""
	for _, p := range narrative {
		if p.section != section {
			if section = p.section; section != "" {
				if n := read(section); n > 0 {
					return n
				}
			}
		}
		if n := read(p.text); n > 0 {
			return n
		}
	}
	return 0
}

// adoptedActsSession returns the number of the session of body that adopted, at its
// meetings, the acts the narrative reports adopted (adoptedAt), where they are all of one
// ("在 11 月 6 日第 9 次会议上，缔约国会议通过了…（案文见第一章，第 6/2 号决议。）" is told by
// the report of the sixth session), or 0: an excerpt that names its session nowhere else.
func (b *graphBuilder) adoptedActsSession(body kg.Body) int {
	if body == "" || body == kg.BodyECOSOC || body == kg.BodySC || body == kg.BodyGA {
		return 0
	}
	n := 0
	for id := range b.adoptedAt {
		a := kg.ActFromNode(*b.nodes[id])
		s, ok := kg.Session(a.Number)
		if a.Body != body || !ok || strings.HasPrefix(a.Number, "S-") || n != 0 && int(s) != n {
			return 0
		}
		n = int(s)
	}
	return n
}

// endsWithOwnBody reports whether words end with a name of body, whole: its full name or
// its short one ("缔约方会议"), or a commission's "委员会" after no other character of a
// name ("特设委员会" is another committee).
func endsWithOwnBody(words string, body kg.Body) bool {
	for _, bn := range bodyNames {
		if bn.body == body && strings.HasSuffix(words, bn.name) {
			return true
		}
	}
	if body != kg.BodyCCPCJ && body != kg.BodyCND && body != kg.BodyHRC {
		return false
	}
	rest, ok := strings.CutSuffix(words, "委员会")
	if !ok && body == kg.BodyHRC {
		rest, ok = strings.CutSuffix(words, "理事会")
	}
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return rest == "" || !unicode.Is(unicode.Han, r)
}

// groupSession adds the session of a working group whose report a document is: its title
// page names the group and a meeting's report ("…工作组会议的报告"), or its symbol is of a
// group's series ("CTOC/COP/WG.4/2013/5") and it names the group; the days and place are
// those the title page, or else the narrative, says the group met (groupDays). The session
// is the group's (HAS_SESSION), of its parent body, keyed by its first day. A joint
// meeting's report ("…工作组和…工作组联席会议的报告") is of one session of every group its
// title page names. It returns the session's id, or "" when the document is no such report
// or gives no day.
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
	if len(groups) == 0 && strings.Contains(d.symbol, "/WG.") {
		if g := titleGroupLine(d); g != nil {
			groups = append(groups, g) // "技术援助工作组", a name neither the lexicon nor groupRE reads
		}
	}
	if len(groups) == 0 || !report {
		return ""
	}
	if !joint {
		groups = groups[:1] // another group a title names is the subject of the meeting, not its host
	}
	parts, place, quote := groupDays(d)
	if parts == nil {
		return ""
	}
	sd := sessionDays{parts: parts, place: place, whole: true, split: len(parts) > 1}
	return b.groupSessionNode(groups, body, groupNumber(d.narrative, parts[0].start), &sd, quote)
}

// groupNumberRE is a group's meeting numbered in its series, with its days: "偷运移民问题工作组
// 第十次会议于 2025 年 1 月 27 日至 29 日", "专家组第十一届会议于 2025 年 4 月 8 日", and the
// next one a sentence names after it, "，第十三次会议于…".
var groupNumberRE = regexp.MustCompile(`(?:工作组|专家组|，|；)\s*第\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*(?:次|届)会议于\s*(` + partsPattern + `)`)

// groupNumber returns the number a group's report gives the meeting it is of, or 0: a
// report's introduction says "工作组第十次会议于…举行". The meeting is the report's where its
// days open on first, the session's first day: a report on two meetings
// ("第十二次会议于…，第十三次会议于…") names each with its own. Only the opening paragraphs
// are read, where the introduction stands.
func groupNumber(narrative []paragraph, first string) int {
	for i, p := range narrative {
		if i >= 8 {
			break
		}
		if !contains(p.text, "会议于") {
			continue
		}
		for _, m := range groupNumberRE.FindAllStringSubmatch(p.text, -1) {
			if ps := readParts(m[2]); len(ps) == 0 || ps[0].start != first {
				continue
			}
			if n, err := strconv.Atoi(m[1]); err == nil {
				return n
			}
			return chineseNumber(m[1])
		}
	}
	return 0
}

// groupDays returns the days and place the title page, or else the narrative, says a
// working group met, and the words that say so; nil parts where it says none. A group's
// title page names the place after the days ("2014 年 5 月 26 日和 27 日，维也纳"); days
// without it may be another meeting's.
func groupDays(d document) (parts []span, place, quote string) {
	for _, bl := range titleBlocks(d.blocks) {
		if m := groupHeldRE.FindStringSubmatch(bl.text); m != nil {
			return readParts(m[1]), m[2], m[0]
		}
		ms := titleDatesRE.FindAllStringSubmatchIndex(bl.text, -1)
		for i, m := range ms {
			ps, at, ok := titleDays(submatches(bl.text, m))
			if !ok || at == "" {
				continue
			}
			// A resumed part dated under its label after the first ("续会 2021 年 9 月 6 日至
			// 8 日，维也纳") is the session's too.
			from, end := m[0], m[1] // the days before, whose match may take the label after them
			for _, n := range ms[i+1:] {
				later, _, ok := titleDays(submatches(bl.text, n))
				if !ok || !namesResumedPart(bl.text[from:n[0]]) {
					break
				}
				ps, from, end = joinParts(append(ps, later...)), n[0], n[1]
			}
			return ps, at, bl.text[m[0]:end]
		}
	}
	for _, p := range d.narrative {
		if strings.Contains(p.text, "举行") {
			if m := groupHeldRE.FindStringSubmatch(p.text); m != nil {
				return readParts(m[1]), m[2], m[0]
			}
		}
	}
	return nil, "", ""
}

// groupSessionNode adds the Session node of a session of the groups (one, or the groups of
// a joint meeting, the first its host), of their parent body, with HAS_SESSION from each,
// and returns its id. The id is keyed by the first day, as the group's reports date their
// meetings; a session the document does not date from its first day (number > 0) by the
// number. sd holds what the document says of its days, or is nil; quote is the mention that
// says the groups held it.
func (b *graphBuilder) groupSessionNode(groups []*entity, body kg.Body, number int, sd *sessionDays, quote string) string {
	group := groups[0]
	key := ""
	if sd != nil && sd.whole {
		key = sd.parts[0].start
	}
	if key == "" {
		key = strconv.Itoa(number)
	}
	id := "session:" + group.id + ":" + key
	props := b.props.alloc(7).With(kg.PropBody, string(body)).With(kg.PropGroup, group.id).
		With(kg.PropName, group.nameZh). // so that the session reads as the group's
		With(kg.PropSortKey, strings.ToLower(string(body))+"|"+group.id+"|"+key)
	if group.nameEn != "" {
		props.Set(kg.PropNameEn, group.nameEn)
	}
	if number > 0 {
		props.Set(kg.PropNumber, int64(number))
	}
	if len(groups) > 1 {
		zh, en := make([]string, len(groups)), make([]string, len(groups))
		for i, g := range groups {
			zh[i], en[i] = g.nameZh, g.nameEn
		}
		props.Set(kg.PropName, strings.Join(zh, "和")+"联席会议")
		props.Delete(kg.PropNameEn)
		if !slices.Contains(en, "") {
			props.Set(kg.PropNameEn, "Joint meeting of the "+strings.Join(en, " and the "))
		}
	}
	if sd != nil {
		sd.write(&props)
	}
	b.node(kg.Node{ID: id, Labels: []string{kg.LabelSession}, Properties: props})
	for _, g := range groups {
		b.entity(g)
		// Once: the narrative's meeting and the title page's days may each give the session
		// (a report that numbers the meeting, "第十九届会议于…举行"), and a group holds it once.
		b.relOnce(kg.Relationship{ID: b.relID(g.id, kg.RelHasSession, id), Type: kg.RelHasSession, Start: g.id, End: id,
			Properties: b.props.alloc(2).With(kg.PropQuote, quote).With(kg.PropSource, b.sourceValue)})
	}
	return id
}

// titleDatesRE finds the days of a session, and the place after them, on the title page of
// its report or of a document for it: "2012 年 10 月 15 日至 19 日，维也纳", "（2012 年 12 月 7
// 日和 2013 年 4 月 22 日至 26 日）", a working group's "2014 年 5 月 26 日和 27 日，维也纳", and
// the subtitle of a report, "（2022 年 10 月 17 日至 21 日在维也纳举行）" (the place in group
// 3). A title page's lines are joined without a break, so the place ends where the next
// line's words begin: an agenda item, a resumed part's label ("维也纳续会2021 年…").
var titleDatesRE = regexp.MustCompile(`(` + partsPattern + `)(?:\s*[，,]\s*(\p{Han}{2,8}?)(?:$|[\s）)，。]|临时|议程|项目|第|秘书|报告|续会|复会)|\s*` + heldAtPattern + `举行)?`)

// titleDays reads the days and place of a match of titleDatesRE, and reports whether they
// are a session's: a day alone, without a place, may be the date the document was issued;
// parts written out of the order of their days ("2010 年 12 月 4 日和 2010 年 5 月 17 日至 21
// 日") are not how the family writes a session's, and a misprint in one cannot be told.
func titleDays(m []string) (parts []span, place string, ok bool) {
	place = cmp.Or(m[2], m[3])
	if place == "" && !saysSpan(m[1]) && !contains(m[1], "和") && !contains(m[1], "及") {
		return nil, "", false
	}
	if parts = listParts(m[1]); !inOrder(parts) {
		return nil, "", false
	}
	return joinParts(parts), place, true
}

// titleDates returns the days and place of the session a title page names: the last it
// gives. resumed is set where the title is of a resumed part of the session it names
// ("第二十八届会议续会报告"): the days are that part's.
func titleDates(d document) (parts []span, place string, resumed bool) {
	for _, bl := range titleBlocks(d.blocks) {
		prev := -1 // where the last days read begin in the block (their match may take the label after them)
		for _, m := range titleDatesRE.FindAllStringSubmatchIndex(bl.text, -1) {
			p, at, ok := titleDays(submatches(bl.text, m))
			if !ok {
				continue
			}
			if at == "" {
				at = placeBefore(bl.text[:m[0]])
			}
			if prev >= 0 && namesResumedPart(bl.text[prev:m[0]]) {
				// "第十二届会议 2021 年 6 月 14 日至 18 日，维也纳 续会 2021 年 9 月 6 日至 8 日":
				// the session's parts, each dated under its label.
				parts, place = joinParts(append(parts, p...)), cmp.Or(place, at)
			} else {
				parts, place = p, at
			}
			prev = m[0]
		}
		for _, m := range titleResumedRE.FindAllStringSubmatch(bl.text, -1) {
			// The session the title page names, not a group's ("实施情况审议组第四届会议续会
			// 报告" under the Conference's fifth session and its days).
			resumed = resumed || chineseNumber(m[1]+m[2]) == d.session
		}
	}
	return parts, place, resumed
}

// placeBefore returns the place a title page writes before a session's days, as the
// English original does ("Vienna, 13 December 2024…": "维也纳，2024 年 12 月 13 日…"), from
// the text before the days: two to eight Han characters before a "，" that closes it, after
// the line above, which the block joins without a break and which ends with the session
// ("第三十四届会议"); "" where it writes none, or names a body ("大会，").
func placeBefore(before string) string {
	t := trimRightSpace(before)
	t, ok := strings.CutSuffix(t, "，")
	if !ok {
		return ""
	}
	from, n := len(t), 0
	for from > 0 && n <= 8 {
		r, size := utf8.DecodeLastRuneInString(t[:from])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		from -= size
		n++
	}
	place := t[from:]
	if i := lastIndex(place, "会议"); i >= 0 {
		place = place[i+len("会议"):]
	} else if n > 8 {
		return "" // no line above ends at it: the words before the comma run on
	}
	if c := utf8.RuneCountInString(place); c < 2 || c > 8 || contains(place, "会") {
		return "" // a body ("大会，"), not a place
	}
	return place
}

// namesResumedPart reports whether the words from one day of a title page to the next end
// with a resumed part's label ("续会", "复会", "第二部分"): the days after it are the
// session's later part, not days that replace the first.
func namesResumedPart(between string) bool {
	between = strings.TrimSpace(between)
	for _, w := range resumedWords {
		if strings.HasSuffix(between, w) {
			return true
		}
	}
	return false
}

// titleResumedRE finds a resumed part a title page names: "第二十八届会议续会报告", or
// with the label first, "委员会续会第三十四届会议的报告", as translations also word it.
var titleResumedRE = regexp.MustCompile(`第([一二三四五六七八九十]{1,3})届会议(?:` + resumedPattern + `)|(?:续会|复会)第([一二三四五六七八九十]{1,3})届会议`)

// sessionDays is what a document says of the days and place of one session.
type sessionDays struct {
	// parts are the days of each mention's parts, as they come: days joins them, once,
	// where a join at each mention made a document of many mentions take quadratic time.
	parts []span
	place string
	// whole is set once a mention dates the session, not only a resumed part of it: its
	// first day is then the session's.
	whole bool
	// split is set where the text says the session met in parts: opened, then resumed.
	split bool
	// planned are the resumed parts the text says will be held: the session's only where
	// it dates no part met (days).
	planned []session
}

// add adds the days of a mention of the session. The first mention that dates the whole
// session gives its days, as the first to give a place gives that; a later one adds to them
// only the parts it says the session met in, or the resumed part it dates, where another
// dating the session at once would contradict the first.
func (sd *sessionDays) add(s session) {
	if s.future && s.resumed {
		// "审议组第十六届会议续会将于 2025 年 9 月 3 日举行": a part planned, not days the
		// session met, where the text dates those (days); where it dates none, as a
		// Council's decision that sets the part ("…续会将于…举行"), the part is the session's.
		sd.planned = append(sd.planned, s)
		return
	}
	sd.place = cmp.Or(sd.place, s.place)
	switch {
	case s.resumed:
		sd.split = true
	case !sd.whole:
		sd.whole = true
		sd.split = sd.split || s.parts != nil
	case s.parts != nil:
		sd.split = true
	default:
		return
	}
	sd.parts = append(sd.parts, s.spans()...)
}

// days returns the session's parts in order, those that overlap or follow one another
// made one (joinParts).
func (sd *sessionDays) days() []span {
	if len(sd.parts) == 0 {
		for _, s := range sd.planned {
			sd.place, sd.split = cmp.Or(sd.place, s.place), true
			sd.parts = append(sd.parts, s.spans()...)
		}
	}
	sd.planned = nil
	sd.parts = joinParts(sd.parts)
	return sd.parts
}

// addTitle adds the days and place a title page gives for the session the document is of:
// where nothing else dates it, or where they are in parts ("2012 年 12 月 7 日和 2013 年 3 月
// 11 日至 15 日"), of which the narrative may tell only the main one, or those of a resumed
// part (resumed) the report is of. Its place is then the session's.
func (sd *sessionDays) addTitle(parts []span, place string, resumed bool) {
	if !sd.whole && place != "" {
		sd.place = place
	}
	// A narrative that dates the session without a place ("…于…以混合形式举行") says
	// nothing of where it met: the title page's place stands, where its days add nothing.
	sd.place = cmp.Or(sd.place, place)
	if len(parts) == 0 || sd.whole && len(parts) < 2 && !resumed {
		return
	}
	s := sessionOf(0, "", parts)
	s.resumed = resumed
	sd.add(s)
}

// write sets the session's properties from its days, where none is set already: the place,
// the first and last days of the session (the last alone where only a resumed part is
// dated), and its parts where it met in parts.
func (sd *sessionDays) write(props *kg.Props) {
	set := func(k string, v any) {
		if !props.Has(k) {
			props.Set(k, v)
		}
	}
	days := sd.days() // first: a planned part may give the place
	if sd.place != "" {
		set(kg.PropPlace, sd.place)
	}
	if len(days) == 0 {
		return
	}
	if sd.whole {
		set(kg.PropStartDate, days[0].start)
	}
	set(kg.PropEndDate, days[len(days)-1].end)
	if sd.split {
		parts := make([]string, len(days))
		for i, p := range days {
			parts[i] = p.interval()
		}
		set(kg.PropParts, parts)
	}
}

// agendaListedRE finds a narrative's sentence that says the agenda it adopted follows:
// "通过了 CTOC/COP/2010/1 号文件所载的临时议程，其内容如下：", "通过的议程如下：",
// "通过了下列议程：" or "以下议程：" (the family writes 下列 and 以下 alike).
var agendaListedRE = regexp.MustCompile(`(?:议程[^。\n]{0,12}?如下|(?:下列|以下)议程)\s*[：:]`)

// agendaListedBracket finds, where agendaListedRE finds none, the sentence that says so with
// the agenda's symbol in brackets before the colon: "通过了下列议程（CTOC/COP/2024/1）：".
// It returns the span from the words to the colon, or nil.
func agendaListedBracket(text string) []int {
	for _, w := range []string{"下列议程", "以下议程"} {
		at := index(text, w)
		if at < 0 {
			continue
		}
		i := skipRESpaces(text, at+len(w))
		if i >= len(text) {
			continue
		}
		size, opens := bracketAt(text, i)
		if size == 0 || !opens {
			continue
		}
		close := strings.IndexAny(text[i+size:], "）)\n（(")
		if close <= 0 || utf8.RuneCountInString(text[i+size:i+size+close]) > 60 {
			continue
		}
		j := i + size + close
		if text[j] == '\n' || text[j] == '(' || strings.HasPrefix(text[j:], "（") {
			continue // the bracket is not closed on its line, or holds another
		}
		cs, _ := bracketAt(text, j)
		j = skipRESpaces(text, j+cs)
		if strings.HasPrefix(text[j:], "：") {
			return []int{at, j + len("：")}
		}
		if strings.HasPrefix(text[j:], ":") {
			return []int{at, j + 1}
		}
	}
	return nil
}

// listedAgenda reads the agenda a report sets out after saying it adopted it: the list
// after the sentence ("1. 组织事项：", "(a) 会议开幕；", "3. 技术援助。"), on the lines of
// the paragraph that follow it or in the unnumbered paragraphs after it; each is an item of
// the session the report is of, numbered as the list numbers it ("1(a)").
func (b *graphBuilder) listedAgenda(d document, session string) {
	for i, p := range d.narrative {
		if !p.mayHold(kwAgenda) || !contains(p.text, "议程") || !contains(p.text, "如下") && !contains(p.text, "下列议程") && !contains(p.text, "以下议程") {
			continue
		}
		loc := agendaListedRE.FindStringIndex(p.text)
		if loc == nil {
			if loc = agendaListedBracket(p.text); loc == nil {
				continue
			}
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
			text := trimSpace(strings.TrimPrefix(l.text, lead))
			title, subs := splitSubItems(text)
			b.agendaItem(target, n, trimItemTitle(title), l.p.key, l.p.offset+l.offset)
			for _, sub := range subs {
				// "1. 组织事项：(a) 会议开幕；(b) 通过议程和工作安排。": the sub-items on the item's line.
				b.agendaItem(target, n+sub[0], trimItemTitle(sub[1]), l.p.key, l.p.offset+l.offset+runeLen(text[:len(text)-len(sub[2])]))
			}
		}
	}
}

// splitSubItems returns the title of an agenda item whose line lists its sub-items after a
// colon ("组织事项：(a) 会议开幕；(b) 通过议程和工作安排。"), and each sub-item as its
// number ("(a)"), its title and the text from it to the line's end; or text itself and
// none where the colon is not followed by "(a)".
func splitSubItems(text string) (string, [][3]string) {
	colon := index(text, "：")
	size := len("：")
	if k := strings.IndexByte(text, ':'); k >= 0 && (colon < 0 || k < colon) {
		colon, size = k, 1
	}
	if colon < 0 {
		return text, nil
	}
	rest := trimSpace(text[colon+size:])
	if lead := listNumberText(rest); lead == "" || itemNumber(trimSpace(lead)) != "(a)" {
		return text, nil
	}
	var subs [][3]string
	for rest != "" {
		lead := listNumberText(rest)
		if lead == "" {
			return text, nil // a clause that is no sub-item: the line is one title
		}
		body := rest[len(lead):]
		end := len(body)
		if k := index(body, "；"); k >= 0 {
			end = k
		}
		subs = append(subs, [3]string{itemNumber(trimSpace(lead)), trimSpace(body[:end]), rest})
		if end == len(body) {
			break
		}
		rest = trimSpace(body[end+len("；"):])
	}
	return trimSpace(text[:colon]), subs
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
	speaks := p.mayHold(kwStatement|kwStatementMade) && mayReportStatement(p.text)
	b.openers(session, target, p, speaks)
	if !speaks {
		return
	}
	sps := appendStatements(b.speakerBuf[:0], p.text)
	b.speakerBuf = sps
	if len(sps) == 0 {
		return
	}
	// The values every statement of the paragraph shares are boxed once, not once each, or
	// not at all where a rule before boxed them (keyBox, sessionBox).
	key := b.keyBox.of(p.key)
	var meeting, meetingOf any // the session whose meeting it is, so that a meeting's statements are one query
	timed := timesTheVote(p.text)
	var meetings any // the meetings a statement was made at one of ([]string), where several
	if m := paragraphMeeting(p.text); m != "" {
		meeting, meetingOf = m, b.sessionBox.of(session)
	} else if b.spokenMeeting != "" && (sameMeetingParagraph(p.text) || timed && opensOnTheVote(p.text)) {
		// "在同次会议上，…作了发言", and what the paragraph says after it ("在通过该决定草案之
		// 后，…的代表作了发言"): the meeting named last before it. So is the meeting of the
		// vote a paragraph opens on ("在表决前，…作了解释投票的发言"): the one told before it.
		meeting, meetingOf = b.spokenMeeting, b.sessionBox.of(session)
	} else if jm := b.jointMeetings; len(jm) == 1 && len(jm[0].numbers) == 1 {
		meeting, meetingOf = strconv.Itoa(jm[0].numbers[0]), b.sessionBox.of(session)
	} else if len(jm) == 1 && len(jm[0].numbers) > 1 {
		meetings, meetingOf = mentionedMeetings(jm[0]), b.sessionBox.of(session)
	}
	runes := runeOffsets{text: p.text}
	sentences := sentenceStarts{text: p.text}
	intersessional := contains(p.text, "闭会期间会议")
	for _, sp := range sps {
		meeting, meetings, meetingOf := meeting, meetings, meetingOf
		var between, betweenDay any // the intersessional meeting the sentence names, and its day
		if intersessional {
			if at, day := intersessionalMeetingFrom(p.text, sentences.of(sp.start), sp.start); at {
				meeting, meetings, meetingOf, between = nil, nil, nil, true
				if date := b.dated(day.date, day.monthDay); date != "" {
					betweenDay = date
				}
			}
		}
		if sp.held {
			if person, state := holderOf(p.text[sp.start:sp.end]); person != "" {
				b.delegate(person, state, p)
			}
		}
		id, office := b.speaker(sp)
		timing := sp.timing
		if timing == "" && timed {
			// The paragraph opens on the vote told before it ("在表决前，…"): its speakers'.
			timing = voteTimingFrom(p.text, sentences.of(sp.start), sp.start)
		}
		var explains any // the act an explanation of position or vote is on
		if sp.statement == "explanation" && timing != "" {
			if t, ok := b.explainedAct(p.key, runes.of(sp.start), timing); ok {
				explains = t.act
				if meeting == nil && meetings == nil && between == nil && t.meeting != "" {
					meeting, meetingOf = t.meeting, b.sessionBox.of(session) // where the act was adopted
				}
			}
		}
		// The optional values are counted first: properties that outgrow their room are copied.
		// They are in the order of their keys, as the properties are set (see paragraphs).
		optional := [...]struct {
			k string
			v any // nil where the statement has none
		}{{kg.PropCapacity, optionalWord(sp.capacity)}, {kg.PropExplains, explains}, {kg.PropMeeting, meeting}, {kg.PropMeetings, meetings}, {kg.PropOffice, optionalWord(office)}, {kg.PropOnBehalfOf, optionalWord(sp.onBehalfOf)}, {kg.PropSession, meetingOf}}
		size := 6
		if sp.signatory {
			size++
		}
		if timing != "" {
			size++
		}
		if between != nil {
			size += 2
		}
		for _, o := range optional {
			if o.v != nil {
				size++
			}
		}
		props := b.props.alloc(size)
		for _, o := range optional[:6] { // capacity to onBehalfOf
			if o.v != nil {
				props.Set(o.k, o.v)
			}
		}
		props.Set(kg.PropParagraph, key)
		props.Set(kg.PropQuote, p.text[sp.start:sp.end])
		if o := optional[6]; o.v != nil { // session
			props.Set(o.k, o.v)
		}
		if sp.signatory {
			props.Set(kg.PropSignatory, true)
		}
		props.Set(kg.PropSource, b.sourceValue)
		props.Set(kg.PropSpanEnd, int64(p.offset+runes.of(sp.end)))
		props.Set(kg.PropSpanStart, int64(p.offset+runes.of(sp.start)))
		props.Set(kg.PropStatement, wordValue(sp.statement))
		if timing != "" {
			props.Set(kg.PropTiming, timing)
		}
		if between != nil {
			props.Set(kg.PropIntersessional, between)
			if betweenDay != nil {
				props.Set(kg.PropDate, betweenDay)
			}
		}
		b.rel(kg.Relationship{ID: b.relID(id, kg.RelSpokeOn, target), Type: kg.RelSpokeOn, Start: id, End: target, Properties: props})
	}
}

// intersessionalDay is the day of an intersessional meeting as the text gives it: an ISO
// date, or a day without its year ("02-24"), which the report's calendar dates.
type intersessionalDay struct{ date, monthDay string }

// intersessionalRE is the day before "闭会期间会议" ("2025 年 2 月 24 日的闭会期间会议",
// "2 月 24 日举行的专题闭会期间会议"), read at the end of the text before it.
var intersessionalRE = regexp.MustCompile(`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:举行的|的)?\s*(?:专题)?$`)

// intersessionalMeeting reports whether the sentence of the statement at byte at of text
// says it was made at an intersessional meeting ("在 2025 年 2 月 24 日的闭会期间会议上，下列
// 会员国的代表作了发言：…"), one the body holds between its sessions, which is none of the
// session's numbered meetings, and the day it names for that meeting. A Commission's
// intersessional meetings are convened by the bureau of its next session, under whose
// session the statement stays; the mark keeps it apart from the session's own meetings.
func intersessionalMeeting(text string, at int) (bool, intersessionalDay) {
	from := 0
	if j := lastIndex(text[:at], "。"); j >= 0 {
		from = j + len("。")
	}
	return intersessionalMeetingFrom(text, from, at)
}

// intersessionalMeetingFrom is intersessionalMeeting for the statement at byte at of a
// sentence of text that opens at byte from (sentenceStarts).
func intersessionalMeetingFrom(text string, from, at int) (bool, intersessionalDay) {
	sent := text[from:at]
	i := index(sent, "闭会期间会议")
	if i < 0 || !strings.HasPrefix(sent[i+len("闭会期间会议"):], "上") {
		return false, intersessionalDay{}
	}
	before := sent[max(0, i-48):i] // the day and 举行的 stand right before it
	for len(before) > 0 && !utf8.RuneStart(before[0]) {
		before = before[1:]
	}
	m := intersessionalRE.FindStringSubmatch(before)
	switch {
	case m == nil:
		return true, intersessionalDay{}
	case m[1] == "":
		return true, intersessionalDay{monthDay: isoDate("", m[2], m[3])[1:]}
	}
	return true, intersessionalDay{date: isoDate(m[1], m[2], m[3])}
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
	case "explanation":
		return "explanation"
	case "panelist":
		return "panelist"
	case "keynote":
		return "keynote"
	case "moderator":
		return "moderator"
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
// speaks is mayReportStatement(p.text).
func (b *graphBuilder) openers(session, target string, p paragraph, speaks bool) {
	// What the paragraph says of all its statements is read once, not once for each of them:
	// both read the whole paragraph, quadratic in one of many panelists or video messages
	// (issue #3).
	var (
		meeting                      string
		opens, readMeeting, readOpen bool
	)
	meetingOf := func() string {
		if !readMeeting {
			meeting, readMeeting = paragraphMeeting(p.text), true
		}
		return meeting
	}
	opening := func() bool {
		if !readOpen {
			opens, readOpen = p.mayHold(kwOpening) && contains(p.text, "开幕"), true
		}
		return opens
	}
	var openers []opener
	if p.mayHold(kwOpening) && p.mayHold(kwChair) { // else findOpeners finds none
		openers = findOpeners(p.text)
	}
	for _, o := range openers {
		person := b.delegate(o.name, o.state, p)
		props := b.provenance(p, o.quote, o.start, o.end)
		props.Set(kg.PropStatement, "opening")
		props.Set(kg.PropOffice, o.office)
		if m := meetingOf(); m != "" {
			props.Set(kg.PropMeeting, m)
			props.Set(kg.PropSession, b.sessionBox.of(session))
		}
		b.rel(kg.Relationship{ID: b.relID(person, kg.RelSpokeOn, target), Type: kg.RelSpokeOn, Start: person, End: target, Properties: props})
		b.opened = append(b.opened, openedBy{o, p}) // an officer of the session, maybe (openingChairs)
	}
	if !p.mayHold(kwVideo|kwPanelists|kwDiscussants|kwKeynote) || !mayNamePanelOrVideo(p.text, speaks) {
		return
	}
	for _, v := range findPanelists(p.text) {
		// A panel's members spoke on what the paragraph stands under, as panelists, keynote
		// speakers or moderators (the kind findPanelists gives as the office).
		if _, ok := lookupState(v.state); !ok {
			continue // "（主持人）", "（联合国开发计划署）": no State's delegation
		}
		person := b.delegate(v.name, v.state, p)
		props := b.provenance(p, v.quote, v.start, v.end)
		props.Set(kg.PropStatement, wordValue(v.office))
		if m := meetingOf(); m != "" {
			props.Set(kg.PropMeeting, m)
			props.Set(kg.PropSession, b.sessionBox.of(session))
		}
		b.rel(kg.Relationship{ID: b.relID(person, kg.RelSpokeOn, target), Type: kg.RelSpokeOn, Start: person, End: target, Properties: props})
	}
	for _, v := range findVideoMessages(p.text) {
		// "美国国务卿 Antony Blinken 通过视频致辞": a delegate of the State the office opens
		// with; an opening statement where the paragraph tells of the opening.
		person := "person:" + v.name
		if v.name == "" {
			// "毒品和犯罪问题办公室执行主任通过视频发言": the body the office is of, where the
			// office is one; a delegate named by capacity alone ("日本代表以视频方式作了
			// 发言") is a speaker the lists read.
			_, _, rest, ok := speakerActor(v.office)
			if !ok || rest == "代表" || rest == "观察员" || rest != "" && !isOffice(rest) {
				continue
			}
			person, v.office = b.speaker(speaker{name: v.office})
		} else if st, _, rest, ok := speakerActor(v.office); ok && st != nil && rest != "" {
			person = b.delegate(v.name, v.office[:len(v.office)-len(rest)], p)
			v.office = rest
		} else {
			b.node(kg.Node{ID: person, Labels: []string{kg.LabelActor, kg.LabelPerson}, Properties: b.props.alloc(1).With(kg.PropName, v.name)})
		}
		props := b.provenance(p, v.quote, v.start, v.end)
		kind := "statement"
		if contains(v.quote, "闭幕") {
			kind = "closing" // "通过视频致闭幕词"
		} else if opening() {
			kind = "opening"
		}
		if v.office != "" {
			props.Set(kg.PropOffice, v.office)
		}
		props.Set(kg.PropStatement, kind)
		if m := meetingOf(); m != "" {
			props.Set(kg.PropMeeting, m)
			props.Set(kg.PropSession, b.sessionBox.of(session))
		}
		b.rel(kg.Relationship{ID: b.relID(person, kg.RelSpokeOn, target), Type: kg.RelSpokeOn, Start: person, End: target, Properties: props})
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
	forms, ok := old.Properties.Get(kg.PropAliases).([]string)
	return ok && !old.IsWeak(kg.PropAliases) && len(forms) == 1+len(aliases) && forms[0] == name && slices.Equal(forms[1:], aliases)
}

// statedString reports whether property k of n is the string v, stated.
func statedString(n *kg.Node, k, v string) bool {
	s, ok := n.Properties.Get(k).(string)
	return ok && s == v && !n.IsWeak(k)
}

// headingItem returns the agenda item a paragraph's heading (chapter › section) names, the
// last it names: "议程项目 2 下的专题讨论", "关于议程项目 3(a)的一般性辩论", "议程项目 4：…"; ""
// for none. A heading that names items ("议程项目 2 和 3") is read for its first.
func headingItem(section string) string {
	if indexBy(section, "议程项目", len("议程")-1) < 0 { // a forward search, by 程's last byte, rules most headings out fast
		return ""
	}
	i := lastIndex(section, "议程项目")
	n, _ := itemNumberAt(section, skipRESpaces(section, i+len("议程项目")), "")
	if n == "" || n[0] < '0' || n[0] > '9' {
		return "" // "议程项目(a)", "议程项目清单": no item's number
	}
	return n
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

// titleSessionGroup returns the working group whose session a title page names, the session
// read as the document's is (titleSessionRE: the first "第…届会议" of its blocks), and the words that
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
			g, at = namedSubsidiary(clause)
		}
		if g == nil {
			return nil, ""
		}
		return g, bl.text[loc[0]-len(clause)+at : loc[1]]
	}
	return nil, ""
}

// clauseGroup returns the working group a clause names last, where no body is named after
// it: the subject of "审议组于…在维也纳举行了第十届会议", or the holder of "实施情况审议组第十
// 届会议于…举行". A group is named in full, by a bare name of the body's own (bodyForms, as
// findEntitiesOf reads them), or, in a report of a group's session (own), by the word its
// name ends with ("审议组",
// "工作组"); it returns the group and the byte where its name begins. nil where the clause
// names no group, or a body after it.
func clauseGroup(clause string, body kg.Body, own *entity) (*entity, int) {
	var g *entity
	start, end := 0, -1
	for _, m := range findEntitiesOf(clause, body) {
		if m.ent.labels[0] == kg.LabelWorkingGroup && m.endByte > end {
			g, start, end = m.ent, m.startByte, m.endByte
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
// names it again: "审议组", "工作组", "专家组", "特设委员会" (committeeWords); "" for a name
// that ends otherwise.
func groupHead(name string) string {
	for _, w := range [...]string{"审议组", groupWord, expertsWord} {
		if strings.HasSuffix(name, w) {
			return w
		}
	}
	for _, w := range committeeWords {
		if strings.HasSuffix(name, w) {
			return w
		}
	}
	return ""
}

// bodyNamePrefix returns the longest name of a body a text opens with, or "": a title
// page's lines are joined, and the body's name ("大会") may stand on the line before its
// committee's.
func bodyNamePrefix(t string) string {
	best := ""
	for _, bn := range bodyNames {
		if len(bn.name) > len(best) && strings.HasPrefix(t, bn.name) {
			best = bn.name
		}
	}
	return best
}

// actNumberBeforeRE is an act's number that a text ends with, before its 号, with the day
// of the act before it or not: "1996 年 12 月 17 日第 51/210 ".
var actNumberBeforeRE = regexp.MustCompile(`\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?第\s*\d{1,4}(?:\s*/\s*\d{1,4})?\s*$`)

// establishedBy say "set up by" between a body's name and its committee's word.
var establishedBy = []string{"设立的", "所设", "所设的", "所设立的", "设立"}

// namedSubsidiary returns the subsidiary body a title page names right before the session
// it is of where the lexicon knows none: a committee whose name ends the clause with one of
// committeeWords ("拟订一项关于…的全面国际公约特设委员会" before "第一届会议"), its name
// the run of Chinese characters that ends with the word (after the parent body's name, on
// the line before), and the byte where the name begins. Its id is its name, as for a working group the lexicon does not know
// (claimGroups). nil where the clause ends otherwise, or with the word alone, which names
// no one committee.
func namedSubsidiary(clause string) (*entity, int) {
	t := strings.TrimRightFunc(clause, unicode.IsSpace)
	for _, w := range committeeWords {
		if !strings.HasSuffix(t, w) {
			continue
		}
		start := len(t) - len(w)
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(t[:start])
			if !unicode.Is(unicode.Han, r) {
				// A committee named by the act that set it up ("大会 1996 年 12 月 17 日第
				// 51/210 号决议所设特设委员会") holds the act's number, and its day: the name
				// runs on before them.
				loc := actNumberBeforeRE.FindStringIndex(t[:start])
				if loc == nil || !strings.HasPrefix(t[start:], "号") {
					break
				}
				start = loc[0]
				continue
			}
			start -= size
		}
		start = skipRESpaces(t, start)
		parent := start
		start = skipRESpaces(t, start+len(bodyNamePrefix(t[start:])))
		name := t[start:]
		if name == w {
			return nil, 0
		}
		if start > parent && slices.Contains(establishedBy, strings.TrimSuffix(name, w)) {
			// "大会设立的特设委员会": a committee named only by the body that set it up keeps
			// the body's name, without which "设立的特设委员会" names no one.
			start, name = parent, t[parent:]
		}
		return &entity{id: "wg:" + name, labels: []string{kg.LabelWorkingGroup}, nameZh: name}, start
	}
	return nil, 0
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
				return b.groupSessionNode([]*entity{&lexicon[i]}, body, number, nil, quote)
			}
		}
	}
	return b.session(body, number)
}

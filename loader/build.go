package loader

import (
	"cmp"
	"math/bits"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"copgraph/kg"
)

// graphBuilder collects nodes and relationships, merging repeated nodes by id.
type graphBuilder struct {
	source string
	body   kg.Body // the document's body: the default of the acts it names by number
	// rapporteur is the Special Rapporteur the act read last named, whom its bare
	// "请特别报告员" asks.
	rapporteur *entity
	// calendar is the days of the first session the narrative says was held, for the days
	// it writes without a year.
	calendar calendar
	// days holds what the document says of the days of each session it names.
	days documentDays
	// sourceValue is source as a property value: boxed once, as nearly every node and
	// relationship carries it.
	sourceValue any
	nodes       map[string]*kg.Node
	// nodeList holds the nodes of nodes in the order they were added.
	nodeList []*kg.Node
	// rels indexes relList by id. The relationships are kept in a slice, which becomes
	// the graph's: a map holding whole relationships was a large table to allocate, for
	// the collector to scan, and to copy out of at the end.
	rels    map[string]int
	relList []kg.Relationship
	// adopted holds the adoptions found in each narrative text, by text: the adoptions and
	// the agenda both read them, and finding them is costly.
	adopted map[string][]adoption
	// mayAdopt holds, for each narrative paragraph, whether adoptionsIn's gates let it
	// find adoptions there: the agenda reads them again, paragraph by paragraph.
	mayAdopt []bool
	// plenaryActs holds the acts whose own text closes with a plenary meeting.
	plenaryActs map[string]bool
	// repeats holds, by id, the last suffix given to a relationship stated again.
	repeats map[string]int
	// restated holds, by id, the index in relList of each relationship stated again.
	restated map[string]int
	// meetingsFound holds the meetings found in each narrative text.
	meetingsFound map[meetingsKey][]meetingMention
	// lastCommission is the Commission a text named in full last, for "委员会" alone.
	lastCommission kg.Body
	// corrigendum is true for a corrigendum, whose references to acts correct them.
	corrigendum bool
	// draft is true for a draft its sponsors submit (document.draft): no report.
	draft bool
	// narrativeBefore is the text of the narrative paragraph adoptions read last, which may
	// name the draft the next adopts as "该决议草案".
	narrativeBefore string
	// lastMeeting is the meeting the narrative named last, for "在同次会议上".
	lastMeeting meetingRef
	// spokenMeeting is the meeting of its session the narrative named last before the
	// paragraph whose statements are read, for those "在同次会议上" (lastMeeting is the
	// document's last by then).
	spokenMeeting string
	// jointMeetings are the meetings the paragraph whose statements are read names together
	// ("第 3 次和第 4 次会议上"), or those the paragraph that named the items it stands under
	// said they were considered at, where it names none of its own: its statements were made
	// at them (one meeting) or at one of them. It holds that one mention of the meetings, or
	// none where there are several (which of them the text does not say): its numbers are
	// written out only for a paragraph with statements (mentionedMeetings).
	jointMeetings []meetingMention
	// toldIn holds, by narrative paragraph key, the acts the paragraph says were adopted, in
	// the order told; prevPara is the key of the paragraph before the one whose statements
	// are read. An explanation of position or vote made before or after an adoption is on
	// the act adopted (explainedAct).
	toldIn   map[string][]toldAdoption
	prevPara string
	// latest holds, for each body, the latest of its sessions the document is of or adopts
	// acts of: no act of a later session can be cited.
	latest map[kg.Body]int64
	// adoptedAt holds, by act id, the provenance of the sentence that says at which meeting
	// the act was adopted.
	adoptedAt map[string]kg.Props
	// speakerRefs holds the id and office of each speaker's node, by what speakerNode reads.
	speakerRefs map[speakerKey][2]string
	// speakerBuf is the room the speakers of a paragraph are read into (speakers).
	speakerBuf []speaker
	// opened holds who the narrative says declared its session open (openers), for
	// openingChairs to read after the bureau.
	opened []openedBy
	// nodeSlab is the room the nodes kept go in, a chunk at a time: one allocation for many
	// nodes, where each kept node was one. The first chunk has room for the nodes a document
	// usually holds: while it holds them all, it becomes the graph's nodes.
	nodeSlab []kg.Node
	// lastSection and sectionValue are the section of the paragraph paragraphs read last
	// and it as a property value: a report's paragraphs share their section, boxed once.
	lastSection  string
	sectionValue any
	// keyBox, actBox and sessionBox box the paragraph key, the act and the session the
	// rules give their relationships: once for the relationships of one paragraph or act.
	keyBox, actBox, sessionBox boxedString
	// ids is where the rules make the ids of their nodes and relationships.
	ids idArena
	// props is where the rules make the properties of their nodes and relationships.
	props propsArena
}

// propsArena gives elements the room for their properties from chunks that many share: one
// allocation for many elements, where each element's properties were one. Each is given a
// slice whose capacity is its room alone, so that a property set beyond it moves the
// element's properties out, never over its neighbour's. Like ids, the properties live as
// long as the graph.
type propsArena struct{ free kg.Props }

// propsChunk is the least number of properties a chunk of a propsArena holds: 255 of 32
// bytes and the allocator's header of 8 fill a block of 8 KB, where 256 took one of 9.25.
const propsChunk = 255

// alloc returns empty properties with room for n.
func (a *propsArena) alloc(n int) kg.Props {
	if cap(a.free) < n {
		a.free = make(kg.Props, 0, max(n, propsChunk))
	}
	ps := a.free[:0:n]
	a.free = a.free[n:n]
	return ps
}

// idArena makes strings, ids, in chunks of memory that many share: one allocation for many
// ids, where each concatenation was one. An id is cut from the string a strings.Builder
// holds, which never changes the bytes it has handed out: it appends, and a chunk is never
// grown (a new one is begun). The ids live as long as the graph, which holds them, so a
// chunk holds little that is not in use.
type idArena struct{ sb strings.Builder }

// idChunk is the least size of a chunk of an idArena.
const idChunk = 4096

// join returns the concatenation of parts.
func (a *idArena) join(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if a.sb.Cap()-a.sb.Len() < n {
		a.sb.Reset() // the strings handed out keep the old chunk
		a.sb.Grow(max(n, idChunk))
	}
	start := a.sb.Len()
	for _, p := range parts {
		a.sb.WriteString(p)
	}
	return a.sb.String()[start:]
}

// relID is the package's relID, made in b.ids.
func (b *graphBuilder) relID(start, typ, end string) string {
	return b.ids.join(start, "-[", typ, "]->", end)
}

// boxedString is a string and it as a property value, for a value that many relationships
// in turn share.
type boxedString struct {
	s string
	v any
}

// of returns s as a property value: the value boxed last where s is the string boxed last.
// Boxing an immutable string once or many times gives equal values.
func (c *boxedString) of(s string) any {
	if c.v == nil || c.s != s {
		c.s, c.v = s, s
	}
	return c.v
}

// nodeChunk is how many nodes a chunk of nodeSlab holds.
const nodeChunk = 128

func (b *graphBuilder) node(n kg.Node) {
	if old, ok := b.nodes[n.ID]; ok {
		kg.MergeNode(old, n)
		return
	}
	b.newNode(n)
}

// newNode adds n, whose id the graph does not hold yet.
func (b *graphBuilder) newNode(n kg.Node) {
	kept := b.keep(n)
	b.nodes[n.ID] = kept
	b.nodeList = append(b.nodeList, kept)
}

// keep returns n in the room of the nodes kept. Only a node kept takes room, not every
// node merged. A chunk is never appended to beyond its capacity, so the pointers into it
// stay valid.
func (b *graphBuilder) keep(n kg.Node) *kg.Node {
	if len(b.nodeSlab) == cap(b.nodeSlab) {
		b.nodeSlab = make([]kg.Node, 0, nodeChunk)
	}
	b.nodeSlab = append(b.nodeSlab, n)
	return &b.nodeSlab[len(b.nodeSlab)-1]
}

// freshNode is node for a node whose id is almost surely new (a paragraph's: only a key
// given twice repeats one). It looks the id up once, as rel does: indexing it grows the
// map; an id taken has had its node overwritten, which is put back, found again in
// nodeList, and n merged into it.
func (b *graphBuilder) freshNode(n kg.Node) {
	size := len(b.nodes)
	kept := b.keep(n)
	b.nodes[n.ID] = kept
	if len(b.nodes) > size {
		b.nodeList = append(b.nodeList, kept)
		return
	}
	b.nodeSlab = b.nodeSlab[:len(b.nodeSlab)-1] // kept is not kept: its room is free again
	for i := len(b.nodeList) - 1; ; i-- {
		if old := b.nodeList[i]; old.ID == n.ID {
			b.nodes[n.ID] = old
			kg.MergeNode(old, n)
			return
		}
	}
}

func (b *graphBuilder) rel(r kg.Relationship) {
	// One lookup for the usual id, one the graph does not hold yet: indexing it grows the
	// map. An id taken (a fact stated again, rare) has had its index overwritten, which is
	// put back, found again in relList.
	size := len(b.rels)
	b.rels[r.ID] = len(b.relList)
	if len(b.rels) == size {
		b.rels[r.ID] = b.relIndex(r.ID)
		// The same fact stated again ("#2", "#3", …): counted per id, where trying each
		// suffix in turn made n statements of one fact cost n² lookups.
		if b.repeats == nil {
			b.repeats = map[string]int{}
		}
		base := r.ID
		for n := max(b.repeats[base], 1) + 1; ; n++ {
			if r.ID = base + "#" + strconv.Itoa(n); !b.hasRel(r.ID) {
				b.repeats[base] = n
				break
			}
		}
		b.rels[r.ID] = len(b.relList)
	}
	b.relList = append(b.relList, r)
}

// relOnce adds r unless the graph holds a relationship with its id, with one lookup for
// the usual id, a new one (see rel).
func (b *graphBuilder) relOnce(r kg.Relationship) {
	size := len(b.rels)
	b.rels[r.ID] = len(b.relList)
	if len(b.rels) == size {
		b.rels[r.ID] = b.relIndex(r.ID)
		return
	}
	b.relList = append(b.relList, r)
}

// relIndex returns the index in relList of the relationship with the given id, which the
// graph holds. The index of an id given again is kept, for the next time: a long document
// may state a fact of its opening again and again, and each search went back through the
// relationships since.
func (b *graphBuilder) relIndex(id string) int {
	if i, ok := b.restated[id]; ok {
		return i
	}
	for i := len(b.relList) - 1; ; i-- {
		if b.relList[i].ID == id {
			if b.restated == nil {
				b.restated = map[string]int{}
			}
			b.restated[id] = i
			return i
		}
	}
}

// hasRel reports whether the graph holds the relationship with the given id.
func (b *graphBuilder) hasRel(id string) bool {
	_, ok := b.rels[id]
	return ok
}

// entity adds the node of an entity, which is the same wherever the entity is named.
func (b *graphBuilder) entity(e *entity) {
	if _, ok := b.nodes[e.id]; !ok {
		b.newNode(e.node())
	}
}

// relID returns the id of the relationship of type typ from start to end.
func relID(start, typ, end string) string {
	return start + "-[" + typ + "]->" + end
}

// build resolves a segmented document into its graph: the document itself, the acts it
// adopts, the acts they refer to and the references, each with provenance.
func build(name, symbol string, d document) kg.Graph {
	paras := len(d.narrative)
	// Only the narrative's keywords are read: most gates that consult them are the
	// narrative's, and an act's paragraphs, read for fewer, are searched as before.
	readParagraphWords(d.narrative)
	for _, a := range d.acts {
		paras += len(a.paras)
	}
	room := builderRooms.Get().(*builderRoom)
	defer room.release()
	if room.nodes == nil {
		// Sized for what a report usually holds, to spare growing the maps as they fill.
		room.nodes, room.rels = make(map[string]*kg.Node, 2*paras), make(map[string]int, 4*paras)
	}
	b := &graphBuilder{source: DocumentID(name, symbol), body: d.body,
		nodes: room.nodes, nodeList: slices.Grow(room.nodeList, 2*paras), nodeSlab: make([]kg.Node, 0, max(2*paras, nodeChunk)),
		rels: room.rels, relList: make([]kg.Relationship, 0, 4*paras)}
	b.sourceValue = b.source
	b.latest = latestSessions(d)
	docProps := make(kg.Props, 0, 1).With("file", filepath.Base(name))
	if symbol != "" {
		docProps.Set(kg.PropSymbol, symbol)
	}
	if len(d.aliases) > 0 {
		docProps.Set(kg.PropAliases, append([]string{symbol}, d.aliases...))
	}
	if d.draftTitle != "" {
		docProps.Set(kg.PropTitle, d.draftTitle) // a draft's, as an act's title is the act's
	}
	b.node(kg.Node{ID: b.source, Labels: []string{kg.LabelDocument}, Properties: docProps})
	b.draft = d.draft
	b.corrigendum = d.corrigendum // by its symbol or its title page (isCorrigendum)
	if base, role, ok := revisionOf(symbol); ok {
		doc := documentNode(base)
		b.node(doc)
		b.rel(kg.Relationship{ID: b.relID(b.source, kg.RelRevises, doc.ID), Type: kg.RelRevises, Start: b.source, End: doc.ID,
			Properties: make(kg.Props, 0, 3).With(kg.PropQuote, symbol).With(kg.PropRole, role).With(kg.PropSource, b.sourceValue)})
	}

	for _, a := range d.acts {
		act := kg.Act{Body: a.key.Body, Kind: a.key.Kind, Number: a.key.Number, Title: a.title, Date: a.date, Meeting: a.meeting, Adopted: true}
		if a.plenary {
			if b.plenaryActs == nil {
				b.plenaryActs = map[string]bool{}
			}
			b.plenaryActs[a.key.ID()] = true
		}
		if len(a.paras) > 0 && a.paras[0].key == "op" {
			// A decision of one sentence says how it was taken: "…以 50 票赞成、0 票反对、1 票
			// 弃权，决定…".
			act.Vote, act.WithoutVote = voteOf(a.paras[0].text)
		}
		if a.note != "" {
			act.Vote, act.WithoutVote = voteOf(a.note)
			act.WithoutVote = act.WithoutVote || contains(a.note, "协商一致")
		}
		b.node(act.Node())
	}
	// One buffer holds each paragraph's entities in turn: the rules read them within the
	// paragraph and keep none.
	var namedBuf []entityMention
	if len(d.acts) == 1 && d.acts[0].key.Body == kg.BodyGA {
		b.plenaryDraft(d.acts[0].key.ID(), d.narrative)
	}
	if len(d.acts) == 1 {
		b.adoptedOnReport(d.acts[0].key.ID(), d.narrative)
	}
	for _, a := range d.acts {
		from := a.key.ID()
		session := adoptingSession(a.key)
		refs := b.paragraphs(from, a.paras)
		for _, m := range titleInstruments(a.title, b.body) {
			if m.ent.labels[0] == kg.LabelInstrument {
				b.entity(m.ent)
				b.rel(kg.Relationship{
					ID: b.relID(from, kg.RelConcerns, m.ent.id), Type: kg.RelConcerns, Start: from, End: m.ent.id,
					Properties: make(kg.Props, 0, 2).With(kg.PropQuote, m.quote).With(kg.PropSource, b.sourceValue),
				})
			}
		}
		var group *entity // the working group last named in the act, for "该工作组"
		b.rapporteur = nil
		var earlier []mention // the acts the act's paragraphs named before, for "上述决议"
		// nested is the body a draft the act recommends speaks for, from its opening
		// ("建议大会通过下列决议草案：" / "“大会，"): the paragraphs after it are the draft's.
		var nested kg.Body
		recommends, quoted := false, false
		for i, p := range a.paras {
			id := refs[i].id
			b.keyBox = refs[i].key
			// A quoted draft's paragraphs carry the body it speaks for; the act's own after it
			// speak for the act again.
			if isQuotedDraftKey(p.key) {
				nested, quoted, recommends = a.voice, true, false
			} else if quoted {
				nested, quoted = "", false
			}
			if recommends && nested == "" {
				if body, ok := opening(p.text); ok {
					nested = body
				}
			}
			named := appendEntitiesOf(namedBuf[:0], p.text, b.body)
			namedBuf = named
			for _, m := range named {
				if l := m.ent.labels; l[len(l)-1] == kg.LabelPerson && strings.HasSuffix(m.ent.nameZh, bareRapporteur) {
					b.rapporteur = m.ent
				}
			}
			b.citations(d, id, from, p, named)
			body, own := a.key.Body, a.key
			if nested != "" {
				body, own = nested, kg.ActKey{} // the draft decides nothing yet
			}
			here := b.references(d, from, p, body)
			if p.kind == paraPreambular {
				own = kg.ActKey{} // a preamble recalls; only what the act decides is its own
			}
			b.adoptedInstruments(p, named, here)
			if p.mayHold(kwGroup | kwCommittee | kwTaskForce) { // else it returns named
				named = withEstablishedGroups(p.text, named, here, own)
			}
			b.groupActs(from, p, named, here, own)
			b.aforementioned(from, p, earlier, here)
			earlier = append(earlier, here...)
			// An annexed instrument's articles ask what the instrument asks, not the act.
			if (p.kind != paraPreambular || nested != "" && !quoted) && !strings.HasPrefix(p.key, "annex-art") {
				b.mandatesOf(id, from, session, p, named, group, nested != "", 0)
			}
			b.reportedMandates(id, p, here, named, group) // "回顾第 5/1 号决议，其中请…": 5/1's
			group = b.mentions(id, p, named, group)
			// The ending first: it is read at once, where the words are searched for.
			if strings.HasSuffix(trimSpace(p.text), "草案：") && (contains(p.text, "通过下列") || contains(p.text, "通过以下") || contains(p.text, "通过下述")) {
				recommends = true
			}
		}
	}
	refs := b.paragraphs(b.source, d.narrative)
	b.days = documentSessions(d)
	b.calendar = reportCalendar(d, b.days)
	voices := narrativeVoices(d.narrative, d.draftVoice)
	ownGroup := reportGroup(d)
	b.mayAdopt = make([]bool, len(d.narrative))
	for i, p := range d.narrative {
		id := refs[i].id
		b.keyBox = refs[i].key
		b.mayAdopt[i] = b.adoptions(id, p)
		if d.draft && strings.HasPrefix(p.key, "u") {
			head := p.text
			if i := strings.IndexByte(head, '\n'); i >= 0 {
				head = head[:i] // the sponsors' line, whatever text went on it
			}
			from := 0 // where the next sponsor's name is sought in head
			for _, s := range draftSponsors(draftHeading(head)) {
				sp := b.sponsor(s.name)
				props := b.provenance(p, p.text, 0, runeLen(p.text))
				props.Set(kg.PropRole, "sponsor")
				if k := strings.Index(head[from:], s.name); k >= 0 {
					at := runeLen(head[:from+k])
					from += k + len(s.name)
					if s.onBehalfOf == "" {
						s.onBehalfOf = markedBehalf(d, p.notes, at, at+runeLen(s.name))
					}
				}
				if s.onBehalfOf != "" {
					props.Set(kg.PropOnBehalfOf, s.onBehalfOf)
				}
				b.rel(kg.Relationship{ID: b.relID(sp, kg.RelSponsored, b.source), Type: kg.RelSponsored, Start: sp, End: b.source, Properties: props})
			}
		}
		named := appendEntitiesOf(namedBuf[:0], p.text, b.body)
		namedBuf = named
		b.mentions(id, p, named, nil)
		b.citations(d, id, "", p, named)
		// The report's narrative refers to acts from its paragraphs; its own body's acts
		// are the default ("第 4/7 号决定" in a COP report is a COP decision), or, in the
		// text of a draft it recommends, the body the draft speaks for ("大会，" then
		// "回顾其第 55/25 号决议").
		body := d.body
		if voices[i] != "" {
			body = voices[i]
		}
		if (voices[i] != "" || contains(p.section, "建议")) && listNumberText(strings.TrimLeft(p.text, " “")) != "" {
			// What a draft would ask, were it adopted, or what the recommendations a report
			// sets out ("二. 建议", "(c) 请…") would.
			b.mandates(id, "", "", p, named, nil)
		} else if at := recommendationsAt(p.text); at >= 0 {
			// Recommendations a lead sentence sets out in another section ("工作组通过了下列
			// 建议：\n1. 请秘书处…"): the list's, not the narrative's before it.
			b.mandatesOf(id, "", "", p, named, nil, true, runeLen(p.text[:at]))
		} else if subjectAsks(p.text) {
			// "3. 审议组请秘书处继续…": the group or body whose report it is asks, named by
			// its common noun, as in its recommendations.
			b.mandates(id, "", "", p, named, nil)
		}
		here := b.references(d, id, p, body)
		b.reportedMandates(id, p, here, named, ownGroup) // "…在第 10/6 号决议中请工作组…": 10/6's
		b.adoptedInstruments(p, named, here)
		var own kg.ActKey
		if d.draft && p.kind == paraOperative {
			own = draftOwn(strings.TrimPrefix(b.source, documentIDPrefix)) // "4. 决定成立一个…专家工作组": what the draft would set up
		}
		if ownGroup == nil {
			// In a group's report, "设立一个…专家组" is how it tells its own establishment.
			if p.mayHold(kwGroup | kwCommittee | kwTaskForce) { // else it returns named
				named = withEstablishedGroups(p.text, named, here, own)
			}
		}
		b.groupActsOf("", p, named, here, own, ownGroup)
	}

	b.sessions(d, d.body)
	b.documentRoles()

	// The graph lists nodes and relationships by id, for output that diffs well. Sorting
	// each id beside where its node or relationship is moves a little, where sorting the
	// graph would move whole nodes and relationships, and looking each sorted id up again
	// in the maps missed the cache on a large graph; ids are unique.
	g := kg.Graph{Source: b.source, Nodes: b.nodeSlab, Relationships: b.relList}
	if len(b.nodeSlab) != len(b.nodeList) {
		// More nodes than the first chunk held: they are gathered from the chunks.
		g.Nodes = make([]kg.Node, len(b.nodeList))
		for i, n := range b.nodeList {
			g.Nodes[i] = *n
		}
	}
	room.nodeList = b.nodeList // grown, maybe
	n := max(len(g.Nodes), len(g.Relationships))
	ids := slices.Grow(room.ids, n)
	order, scratch := slices.Grow(room.order, n)[:n], slices.Grow(room.scratch, n)[:n]
	room.ids, room.order, room.scratch = ids, order, scratch
	for _, r := range g.Relationships {
		ids = append(ids, r.ID)
	}
	permute(g.Relationships, sortIDs(ids, order, scratch))
	ids = ids[:0]
	for _, n := range g.Nodes {
		ids = append(ids, n.ID)
	}
	permute(g.Nodes, sortIDs(ids, order, scratch))
	return g
}

// builderRoom is the room a build works in that its graph does not keep: the maps that
// index the nodes and relationships by id, and the places their ids are sorted in. A parse
// takes it from builderRooms and leaves it there emptied for the next, where each parse
// allocated its own: a tenth of what a parse of a report allocated, for the collector to
// clear and sweep.
type builderRoom struct {
	nodes          map[string]*kg.Node
	nodeList       []*kg.Node
	rels           map[string]int
	ids            []string
	order, scratch []place
}

var builderRooms = sync.Pool{New: func() any { return new(builderRoom) }}

// maxPooled is the most elements (lines, paragraphs, relationships) a pooled room may have
// held to go back to its pool: one that held a document far larger than a report goes to
// the collector, as emptying it would cost each parse after it what its size does.
const maxPooled = 1 << 14

// release empties r, which then holds nothing of the graph built in it, and puts it back.
func (r *builderRoom) release() {
	if len(r.rels) > maxPooled || len(r.nodes) > maxPooled {
		return
	}
	clear(r.nodes)
	clear(r.rels)
	clear(r.nodeList[:cap(r.nodeList)])
	clear(r.ids[:cap(r.ids)])
	r.nodeList, r.ids = r.nodeList[:0], r.ids[:0]
	builderRooms.Put(r)
}

// place is where an id is in the ids sortIDs sorts, and how long a prefix it shares with
// the id before it in its run (sortIDs).
type place struct{ at, lcp int32 }

// sortIDs returns where each of ids is, in the order of the ids: order and scratch are as
// long as ids or longer, and one of them holds the answer. It merges runs sorted by
// insertion, keeping with each id how long a prefix it shares with the one before it: the
// ids share long prefixes ("act:cop:resolution:6/1#op2-[MENTIONS]->…"), which comparing
// them whole read again at each comparison, where a merge that knows these lengths decides
// most of its steps by them and compares the ids' bytes only from where they may differ
// (mergeIDs): a fifth fewer instructions than merging by whole comparisons. It moves the
// ids' places, which hold no pointer for the collector to follow.
func sortIDs(ids []string, order, scratch []place) []place {
	const run = 4
	order = order[:len(ids)]
	for i := range order {
		order[i] = place{at: int32(i)}
	}
	for lo := 0; lo < len(order); lo += run {
		r := order[lo:min(lo+run, len(order))]
		for i := 1; i < len(r); i++ {
			for j := i; j > 0 && ids[r[j].at] < ids[r[j-1].at]; j-- {
				r[j], r[j-1] = r[j-1], r[j]
			}
		}
		for i := 1; i < len(r); i++ {
			r[i].lcp = int32(commonPrefix(ids[r[i-1].at], ids[r[i].at], 0))
		}
	}
	src, dst := order, scratch[:len(order)]
	for width := run; width < len(src); width *= 2 {
		for lo := 0; lo < len(src); lo += 2 * width {
			mid, hi := min(lo+width, len(src)), min(lo+2*width, len(src))
			mergeIDs(ids, dst[lo:hi], src[lo:mid], src[mid:hi])
		}
		src, dst = dst, src
	}
	return src
}

// permute puts rs in the order at gives, in place: rs[i] becomes the rs[at[i].at] of
// before. It follows each cycle of the permutation once, marking each place of at it fills
// with -1: the relationships and nodes are the graph's largest slices, which a copy would
// allocate again.
func permute[T any](rs []T, at []place) {
	for i := range at {
		if at[i].at < 0 {
			continue
		}
		first, j := rs[i], i
		for {
			k := int(at[j].at)
			at[j].at = -1
			if k == i {
				rs[j] = first
				break
			}
			rs[j] = rs[k]
			j = k
		}
	}
}

// mergeIDs merges the places a and b, each in the order of their ids and each with the
// length of the prefix its id shares with the one before it in its run, into out, which is
// as long as both, with the lengths of the prefixes shared in out.
//
// ha and hb are the lengths of the prefixes the ids at the heads of a and b share with the
// id put out last, which both follow. Where one shares more, it comes first: the other
// differs from the last id at a byte where it is greater, and the one that shares more has
// the last id's byte there; and the other shares with it what it shared with the last id.
// Where both share as much, they are compared from there. (Ng and Kakehi, "Merging string
// sequences by longest common prefixes", 2008.)
func mergeIDs(ids []string, out, a, b []place) {
	if len(b) == 0 {
		copy(out, a)
		return
	}
	if x, y := ids[a[len(a)-1].at], ids[b[0].at]; x < y {
		copy(out[copy(out, a):], b) // in order already, as runs of the ids often are
		out[len(a)].lcp = int32(commonPrefix(x, y, 0))
		return
	}
	i, j, k := 0, 0, 0
	var ha, hb int32 // nothing is put out yet: a prefix of 0, and the heads are compared
	for i < len(a) && j < len(b) {
		takeA := ha > hb
		if ha == hb {
			x, y := ids[a[i].at], ids[b[j].at]
			n := commonPrefix(x, y, int(ha))
			if takeA = n == len(x) || n < len(y) && x[n] < y[n]; takeA {
				hb = int32(n)
			} else {
				ha = int32(n)
			}
		}
		if takeA {
			out[k] = place{a[i].at, ha}
			if i++; i < len(a) {
				ha = a[i].lcp
			}
		} else {
			out[k] = place{b[j].at, hb}
			if j++; j < len(b) {
				hb = b[j].lcp
			}
		}
		k++
	}
	// The rest of one run, its head sharing with the last id what it shares.
	if i < len(a) {
		copy(out[k:], a[i:])
		out[k].lcp = ha
	} else if j < len(b) {
		copy(out[k:], b[j:])
		out[k].lcp = hb
	}
}

// commonPrefix returns the length of the prefix x and y share, given that they share their
// first from bytes. It compares eight bytes at a time: the prefixes the ids share are tens
// of bytes long.
func commonPrefix(x, y string, from int) int {
	n := from
	for n+8 <= len(x) && n+8 <= len(y) {
		if d := word(x[n:n+8]) ^ word(y[n:n+8]); d != 0 {
			return n + bits.TrailingZeros64(d)/8
		}
		n += 8
	}
	for n < len(x) && n < len(y) && x[n] == y[n] {
		n++
	}
	return n
}

// word returns the eight bytes of s as a little-endian number, in which the first byte
// that differs between two words is the lowest that does.
func word(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// citationRoles maps the role of a citation to the label of the role it gives the document.
var citationRoles = map[string]string{
	"financial_implications": kg.LabelFinancialImplications,
	"participants_list":      kg.LabelParticipantsList,
	"committee_report":       kg.LabelCommitteeReport,
	"text":                   kg.LabelCited,
	"footnote":               kg.LabelCited,
}

// documentRoles labels each document with the roles the relationships give it: the draft
// of an act, a document before an agenda item, a citation's role; and the source document
// as a report.
func (b *graphBuilder) documentRoles() {
	add := func(id, label string) {
		if n, ok := b.nodes[id]; ok && n.Label(kg.LabelDocument) && !n.Label(label) {
			n.Labels = kg.CanonicalLabels(append(n.Labels, label))
		}
	}
	if !b.draft {
		add(b.source, kg.LabelReport)
	}
	for _, r := range b.relList {
		switch r.Type {
		case kg.RelDraftedAs, kg.RelSponsored:
			add(r.End, kg.LabelDraft)
		case kg.RelConsideredUnder:
			add(r.Start, kg.LabelAgendaDocument)
		case kg.RelCites:
			if l := citationRoles[kg.String(r.Properties, kg.PropRole)]; l != "" {
				add(r.End, l)
			}
		}
	}
}

// paragraphLabels are the labels of a Paragraph node. The nodes share them, as the nodes
// of an entity share its lexicon entry's: no one changes a node's labels in place (merging
// and documentRoles append, which copies a slice as full as this one).
var paragraphLabels = []string{kg.LabelParagraph}

// paragraphRef is a paragraph's id and its key, boxed as its node holds it: the rules that
// read the paragraph give their relationships the same value.
type paragraphRef struct {
	id  string
	key boxedString
}

// paragraphs adds the Paragraph nodes of an act or of a document's narrative, in order,
// each with HAS_PARAGRAPH from its parent. It returns the paragraphs' ids and keys.
func (b *graphBuilder) paragraphs(parent string, ps []paragraph) []paragraphRef {
	refs := make([]paragraphRef, len(ps))
	for i, p := range ps {
		// The relationship's id ends with the paragraph's, kg.ParagraphID(parent, p.key):
		// one string holds both.
		rid := b.ids.join(parent, "-["+kg.RelHasParagraph+"]->", parent, "#", p.key)
		id := rid[len(rid)-len(parent)-len("#")-len(p.key):]
		key := any(p.key)
		refs[i] = paragraphRef{id, boxedString{p.key, key}}
		// The node and the relationship share the values they both hold, boxed once.
		kind, order, start := kindValue(p.kind), any(int64(i+1)), any(int64(p.offset))
		// Sized for what it will hold: one allocation.
		size := 7
		if p.number != "" {
			size++
		}
		if p.section != "" {
			size++
		}
		// Set in the order of their keys, as here and in the other rules, each property is
		// appended at once (kg.Props.Set).
		props := b.props.alloc(size)
		props.Set(kg.PropKey, key)
		props.Set(kg.PropKind, kind)
		if p.number != "" {
			props.Set(kg.PropNumber, numberValue(p.number))
		}
		props.Set(kg.PropOrder, order)
		if p.section != "" {
			if p.section != b.lastSection || b.sectionValue == nil {
				b.lastSection, b.sectionValue = p.section, p.section
			}
			props.Set(kg.PropSection, b.sectionValue)
		}
		props.Set(kg.PropSource, b.sourceValue)
		props.Set(kg.PropSpanEnd, int64(p.end))
		props.Set(kg.PropSpanStart, start)
		props.Set(kg.PropText, p.text)
		b.freshNode(kg.Node{ID: id, Labels: paragraphLabels, Properties: props})
		b.rel(kg.Relationship{
			ID:    rid,
			Type:  kg.RelHasParagraph,
			Start: parent,
			End:   id,
			// kind lets a reader select paragraphs by kind from the relationship alone;
			// spanStart orders them as the text does.
			Properties: b.props.alloc(4).
				With(kg.PropKind, kind).With(kg.PropOrder, order).With(kg.PropSource, b.sourceValue).With(kg.PropSpanStart, start),
		})
	}
	return refs
}

// smallNumbers holds "1" to "99" as property values, boxed once: the numbers of most
// numbered paragraphs, which each act numbers from one.
var smallNumbers = func() (vs [100]any) {
	for i := 1; i < len(vs); i++ {
		vs[i] = strconv.Itoa(i)
	}
	return vs
}()

// numberValue returns a paragraph's number as a property value: one of smallNumbers, where
// it is the number in decimal ("1" to "99", no leading zero), else boxed.
func numberValue(number string) any {
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	switch {
	case len(number) == 1 && isDigit(number[0]) && number[0] != '0':
		return smallNumbers[number[0]-'0']
	case len(number) == 2 && isDigit(number[0]) && number[0] != '0' && isDigit(number[1]):
		return smallNumbers[int(number[0]-'0')*10+int(number[1]-'0')]
	}
	return number
}

// kindValue returns a paragraph's kind as a property value. The kinds are constants, which
// the compiler boxes once, where boxing the field allocated for every paragraph.
func kindValue(kind string) any {
	switch kind {
	case paraPreambular:
		return paraPreambular
	case paraOperative:
		return paraOperative
	case paraAnnex:
		return paraAnnex
	case paraNarrative:
		return paraNarrative
	}
	return kind
}

// documentLabels are the labels of a Document node, which the nodes share (see
// paragraphLabels).
var documentLabels = []string{kg.LabelDocument}

// documentNode returns the Document node of a UN symbol.
func documentNode(symbol string) kg.Node { return documentNodeWithID(documentNodeID(symbol), symbol) }

// documentNodeWithID is documentNode for a symbol whose node's id, id, is known.
func documentNodeWithID(id, symbol string) kg.Node {
	return kg.Node{ID: id, Labels: documentLabels, Properties: make(kg.Props, 0, 1).With(kg.PropSymbol, symbol)}
}

func documentNodeID(symbol string) string { return documentIDPrefix + symbol }

// documentIDPrefix opens the id of a Document node.
const documentIDPrefix = "doc:"

// document adds the node documentNode gives for symbol, whose id is id. A document cited
// again is not built again only to be merged into itself: where the node has the symbol,
// stated, and the label, merging would change nothing.
func (b *graphBuilder) document(id, symbol string) {
	n, ok := b.nodes[id]
	switch {
	case !ok:
		b.newNode(documentNodeWithID(id, symbol))
	case n.Properties.Get(kg.PropSymbol) != any(symbol) || n.IsWeak(kg.PropSymbol) || !n.Label(kg.LabelDocument):
		kg.MergeNode(n, documentNodeWithID(id, symbol))
	}
}

// citations adds CITES from a paragraph to every UN document whose symbol it or one of its
// footnotes gives; role says where: "text" or "footnote". act is the act whose paragraph
// it is, or "" for a narrative paragraph; found is the paragraph's entities, as the
// document's body reads them (findEntitiesOf).
func (b *graphBuilder) citations(d document, from, act string, p paragraph, found []entityMention) {
	cite := func(m symbolMention, offset, note int, role string) {
		id := b.ids.join(documentIDPrefix, m.symbol) // documentNodeID(m.symbol)
		if id == b.source || slices.Contains(d.aliases, m.symbol) {
			return // the document itself, under any of its symbols
		}
		b.document(id, m.symbol)
		props := b.props.alloc(8)
		if act != "" {
			props.Set(kg.PropAct, b.actBox.of(act)) // so that the documents an act cites are one query
		}
		if note > 0 {
			props.Set(kg.PropFootnote, int64(note))
		}
		props = props.With(kg.PropParagraph, b.keyBox.of(p.key)).With(kg.PropQuote, m.quote).With(kg.PropRole, roleValue(role)).
			With(kg.PropSource, b.sourceValue).With(kg.PropSpanEnd, int64(offset+m.end)).With(kg.PropSpanStart, int64(offset+m.start))
		b.rel(kg.Relationship{ID: b.relID(from, kg.RelCites, id), Type: kg.RelCites, Start: from, End: id, Properties: props})
	}
	syms, ats := findSymbolsAt(p.text) // ats[i] is where syms[i] begins: textRole's cut
	roles := sentenceRoles{text: p.text}
	for i, m := range syms {
		cite(m, p.offset, 0, roles.before(ats[i]))
	}
	if act == "" && slices.ContainsFunc(syms, func(m symbolMention) bool { return strings.Contains(m.symbol, "/L.1") }) {
		b.reportDrafts(p, syms, ats) // a report's drafts are L.1 and its addenda: looked for where the symbols are known
	}
	// The footnotes' markers come in the order of the text: their byte offsets are counted
	// on from one to the next.
	cuts := byteOffsets{text: p.text}
	for _, n := range p.notes {
		fn, ok := d.notes[n.num]
		if !ok {
			continue
		}
		role := "footnote"
		if cut, ok := cuts.of(n.at); ok {
			role = footnoteRoleBefore(p.text[:cut])
		}
		for _, m := range noteSymbols(d, n.num) {
			cite(m, d.noteAt[n.num], n.num, role)
		}
		pubs := findPublications(fn.text)
		if len(pubs) == 0 {
			continue
		}
		inst, ok := citedInstrument(p.text, n.at, found)
		if !ok {
			continue
		}
		b.node(inst)
		for _, pub := range pubs {
			published := [...][2]string{{kg.PropVolume, pub.volume}, {kg.PropRegistration, pub.number}, {kg.PropSalesNumber, pub.salesNumber}}
			// Sized for what it will hold: one allocation.
			size := 6
			if n.num > 0 {
				size++
			}
			for _, kv := range published {
				if kv[1] != "" {
					size++
				}
			}
			props := b.props.alloc(size)
			props.Set(kg.PropSource, b.sourceValue)
			props.Set(kg.PropParagraph, b.keyBox.of(p.key))
			props.Set(kg.PropQuote, pub.quote)
			props.Set(kg.PropRole, pub.role)
			props.Set(kg.PropSpanStart, int64(d.noteAt[n.num]+pub.start))
			props.Set(kg.PropSpanEnd, int64(d.noteAt[n.num]+pub.end))
			if n.num > 0 { // a footnote marked by a symbol has no number to give
				props.Set(kg.PropFootnote, int64(n.num))
			}
			for _, kv := range published {
				if kv[1] != "" {
					props.Set(kv[0], kv[1])
				}
			}
			b.rel(kg.Relationship{ID: b.relID(from, kg.RelCites, inst.ID), Type: kg.RelCites, Start: from, End: inst.ID, Properties: props})
		}
	}
}

// roleValue returns the role of a citation as a property value. The roles textRoleBefore
// and footnoteRoleBefore give are constants, which the compiler boxes once.
func roleValue(role string) any {
	switch role {
	case "text":
		return "text"
	case "footnote":
		return "footnote"
	case "participants_list":
		return "participants_list"
	case "committee_report":
		return "committee_report"
	case "financial_implications":
		return "financial_implications"
	}
	return role
}

// textRole says what a document cited in a paragraph's text is, from the clause before its
// symbol (at, a rune offset): the list of participants ("与会者名单载于 …INF/2/Rev.2"), the
// statement of financial implications, or, by default, a document the text cites.
func textRole(text string, at int) string {
	cut, ok := byteOffset(text, at)
	if !ok {
		return "text"
	}
	return textRoleBefore(text[:cut])
}

// textRoleBefore is textRole, given the text before the symbol.
func textRoleBefore(before string) string {
	if i := sentenceMarks.lastIndex(before); i >= 0 {
		before = before[i:]
	}
	switch {
	case contains(before, "与会者名单"):
		return "participants_list"
	case contains(before, "根据") && (contains(before, "委员会的报告") || contains(before, "委员会的建议")):
		return "committee_report"
	case financialImplications(before):
		return "financial_implications"
	}
	return "text"
}

// sentenceRoles is textRoleBefore for the symbols of one text in the order they stand:
// before(at) is textRoleBefore(text[:at]) for at that do not go back. The words that set a
// role are read on from the last symbol's, not back to the sentence's start for each, which
// a sentence of thousands of symbols made quadratic.
type sentenceRoles struct {
	text        string
	start, seen int // where the sentence begins (its mark), and how far its words are read
	// the words of the sentence read so far
	participants, basedOn, committee, financial bool
}

// roleWordsReach is how far back from the text read before a role word may begin: the
// longest word's length less a byte, so that a word across the last cut is read.
const roleWordsReach = len("所涉方案预算问题") - 1

func (r *sentenceRoles) before(at int) string {
	if i := sentenceMarks.lastIndex(r.text[r.seen:at]); i >= 0 {
		r.start, r.seen = r.seen+i, r.seen+i
		r.participants, r.basedOn, r.committee, r.financial = false, false, false, false
	}
	s := r.text[max(r.start, r.seen-roleWordsReach):at]
	r.participants = r.participants || contains(s, "与会者名单")
	r.basedOn = r.basedOn || contains(s, "根据")
	r.committee = r.committee || contains(s, "委员会的报告") || contains(s, "委员会的建议")
	r.financial = r.financial || financialImplications(s)
	r.seen = at
	switch {
	case r.participants:
		return "participants_list"
	case r.basedOn && r.committee:
		return "committee_report"
	case r.financial:
		return "financial_implications"
	}
	return "text"
}

// joinedSponsorsRE finds the sponsors who joined a draft after it was submitted: "随后，阿根廷、
// 智利和乌拉圭加入为提案国".
var joinedSponsorsRE = regexp.MustCompile(`随后\s*[，,]?\s*([^。；]{2,300}?)(?:也)?(?:加入|成为)(?:为)?(?:该草案的)?提案(?:国|方)`)

// listAfter returns the names a text lists after the colon that follows word ("提交：A、B
// 和 C。"), up to the end of the sentence.
func listAfter(text, word string) []string {
	for {
		i := strings.Index(text, word)
		if i < 0 {
			return nil
		}
		text = text[i+len(word):]
		// The word may stand before without the colon: "该草案的提案国为：…。随后，下列国家加入
		// 为提案国：…" lists the joined after the second 提案国.
		if rest, ok := strings.CutPrefix(strings.TrimLeft(text, " "), "："); ok {
			if j := strings.IndexAny(rest, "。；"); j >= 0 {
				rest = rest[:j]
			}
			return splitNames(rest)
		}
	}
}

// drafts counts the adoptions of drafts among as.
func drafts(as []adoption) int {
	n := 0
	for _, a := range as {
		if a.draft != "" {
			n++
		}
	}
	return n
}

// adoptedByNumberRE finds a narrative's words that it adopted acts it names by number:
// "通过了第 5/2 至 5/4 号决议", "通过了经口头修正的第 31/1 号决议" (adoptedAsPattern), "通过
// 了关于 2026-2027 两年期方案预算的第 33/3 号决定" (what the act is about, before it).
var adoptedByNumberRE = regexp.MustCompile(`通过了\s*` + adoptedAsPattern + `(?:关于[^。（，“”第]{1,60}?的\s*)?(第\s*[^。（，]{1,80}号\s*(?:决议|决定))`)

// adoptedAsPattern is what the words of adoption may say of the text adopted, between
// 通过了 and the act: that it was amended before, orally or not ("经口头修正的", "经订正后的").
const adoptedAsPattern = `(?:经\s*(?:口头)?\s*(?:修正|订正|修改)\s*后?\s*的\s*)?`

// titledAfterRE is the title a sentence gives an act right after its number: "，其标题为
// “联合国预防犯罪和刑事司法基金的预算”".
var titledAfterRE = regexp.MustCompile(`^\s*[，,]\s*(?:其标题为|标题为|题为)\s*“([^”]{2,200})”`)

// draftAfterRE is the draft's symbol a sentence gives right after the number of the act it
// became: "第 6/3 号决议（CAC/COSP/2015/L.12）".
var draftAfterRE = regexp.MustCompile(`^\s*（([A-Z][^（）]{3,60}/L\.[^（）]{1,20})）`)

// adoptedRowRE reads a row of a table of the acts a session adopted: "第 9/2 号决议   执行…
// 规定   2018 年 10 月 17 日" (number, title, day of adoption).
var adoptedRowRE = regexp.MustCompile(`(?m)^第\s*(` + actNumberPattern + `)\s*号\s*(决议|决定)\s+(\S.*?)\s+(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$`)

// adoptedRows marks adopted, with their days, the acts of the session a report is of that
// a table of its paragraph lists.
func (b *graphBuilder) adoptedRows(p paragraph) {
	if !strings.Contains(p.text, "\n第") {
		return
	}
	for _, m := range adoptedRowRE.FindAllStringSubmatch(p.text, -1) {
		kind := kg.KindResolution
		if m[2] == "决定" {
			kind = kg.KindDecision
		}
		key := kg.ActKey{Body: b.body, Kind: kind, Number: normNumber(m[1])}
		if n, ok := kg.Session(key.Number); !ok || n != b.latest[b.body] {
			continue // only the acts of the session the report is of are its to adopt
		}
		b.node(kg.Act{Body: key.Body, Kind: key.Kind, Number: key.Number, Date: isoDate(m[4], m[5], m[6]), Adopted: true}.Node())
	}
}

// adoptionMeeting returns the meeting a sentence says an act was adopted at, and its day (a day
// without its year takes the report's): "在 2012 年 10 月 19 日第 10 次会议上".
func (b *graphBuilder) adoptionMeeting(sentence string) (meeting, date string) {
	w := adoptedAt(sentence)
	if w == nil {
		return "", ""
	}
	if w[4] >= 0 {
		date = b.dated(meetingDate(sentence, w[2], w[3], w[4], w[5], w[6], w[7]))
	}
	return sentence[w[8]:w[9]], date
}

// dated returns an ISO date, or, for a day without its year ("11-06"), the day in the year
// the calendar of the session the report is of gives it, where that is known.
func (b *graphBuilder) dated(date, monthDay string) string {
	if date == "" && monthDay != "" {
		return b.calendar.dated(monthDay)
	}
	return date
}

// adoptedByNumber marks adopted the acts of the session a report is of that its narrative
// says were adopted by their numbers, with the meeting and day the sentence gives.
func (b *graphBuilder) adoptedByNumber(p paragraph) {
	if !p.mayHold(kwAdopted) {
		return // every match opens with 通过了
	}
	for _, ix := range adoptedByNumberMatches(p.text) {
		sentence := sentenceAt(p.text, runeLen(p.text[:ix[0]]))
		meeting, date := b.adoptionMeeting(sentence)
		// A report also tells of the session before it, resumed ("在续会上，委员会通过了第 27/6
		// 号决议").
		resumed := strings.Contains(sentence, "续会")
		for _, m := range findActRefs(p.text[ix[2]:ix[3]], b.body) {
			n, ok := kg.Session(m.key.Number)
			latest := b.latest[b.body]
			if !ok || m.key.Body != b.body || n != latest && !(resumed && n == latest-1) {
				continue // only the acts of the session the report is of are its to adopt
			}
			act := kg.Act{Body: m.key.Body, Kind: m.key.Kind, Number: m.key.Number, Date: date, Meeting: meeting, Adopted: true}
			if t := titledAfterRE.FindStringSubmatch(p.text[ix[1]:]); t != nil {
				act.Title = t[1] // "…第 27/6 号决议，其标题为“…”"
			}
			if d := draftAfterRE.FindStringSubmatch(p.text[ix[1]:]); d != nil {
				// "通过了第 6/3 号决议（CAC/COSP/2015/L.12）": the draft it was adopted from.
				if syms := findSymbols(d[1]); len(syms) > 0 {
					draft := documentNodeID(syms[0].symbol)
					b.document(draft, syms[0].symbol)
					if rid := b.relID(m.key.ID(), kg.RelDraftedAs, draft); !b.hasRel(rid) {
						b.rel(kg.Relationship{ID: rid, Type: kg.RelDraftedAs, Start: m.key.ID(), End: draft,
							Properties: b.props.alloc(3).With(kg.PropParagraph, p.key).With(kg.PropQuote, p.text[ix[0]:ix[1]]).With(kg.PropSource, b.sourceValue)})
					}
				}
			}
			act.Vote, act.WithoutVote = voteOf(sentence)
			b.node(act.Node())
		}
	}
}

// plenaryDraft adds, for an Assembly resolution published alone, the draft its title page
// says it was adopted from without reference to a Main Committee (plenaryDrafts): DRAFTED_AS
// the draft, which each of its addenda REVISES (role addendum).
func (b *graphBuilder) plenaryDraft(act string, narrative []paragraph) {
	for _, p := range narrative {
		syms := plenaryDrafts(p.text)
		if len(syms) == 0 {
			continue
		}
		draft := documentNodeID(syms[0].symbol)
		b.document(draft, syms[0].symbol)
		b.rel(kg.Relationship{ID: b.relID(act, kg.RelDraftedAs, draft), Type: kg.RelDraftedAs, Start: act, End: draft,
			Properties: b.props.alloc(3).With(kg.PropParagraph, b.keyBox.of(p.key)).With(kg.PropQuote, syms[0].quote).With(kg.PropSource, b.sourceValue)})
		for _, s := range syms[1:] {
			if base, role, ok := revisionOf(s.symbol); ok && base == syms[0].symbol {
				id := documentNodeID(s.symbol)
				b.document(id, s.symbol)
				b.rel(kg.Relationship{ID: b.relID(id, kg.RelRevises, draft), Type: kg.RelRevises, Start: id, End: draft,
					Properties: b.props.alloc(4).With(kg.PropParagraph, b.keyBox.of(p.key)).With(kg.PropQuote, s.quote).With(kg.PropRole, role).With(kg.PropSource, b.sourceValue)})
			}
		}
		return
	}
}

// adoptedOnReport adds, for an act published alone, CITES from the act to the report of
// the committee on whose report or recommendation its title page says it was adopted
// ("[根据第三委员会的报告（A/78/461）通过]", "［根据预防犯罪和刑事司法委员会的建议
// （E/2024/30）通过］"), role committee_report: the report tells how the act came to be, and
// the line's paragraph, the file's own, is no part of the act.
func (b *graphBuilder) adoptedOnReport(act string, narrative []paragraph) {
	for k, p := range narrative {
		if k >= 4 {
			return // the title page's lines: the bracket stands under the heading
		}
		for _, s := range committeeReports(p.text) {
			doc := documentNodeID(s.symbol)
			b.document(doc, s.symbol)
			b.rel(kg.Relationship{ID: b.relID(act, kg.RelCites, doc), Type: kg.RelCites, Start: act, End: doc,
				Properties: b.props.alloc(4).With(kg.PropParagraph, b.keyBox.of(p.key)).With(kg.PropQuote, s.quote).With(kg.PropRole, "committee_report").With(kg.PropSource, b.sourceValue)})
		}
	}
}

// committeeReports returns the symbols of the committee's report a line under an act's
// heading says the act was adopted on: "[根据第三委员会的报告（A/78/461）通过]", the
// Council's "［根据…委员会的建议（E/2024/30）通过］"; none for any other text.
func committeeReports(text string) []symbolMention {
	t := trimSpace(text)
	if !strings.HasPrefix(t, "[") && !strings.HasPrefix(t, "［") {
		return nil
	}
	i := index(t, "根据")
	if i < 0 {
		return nil
	}
	rest, on := t[i+len("根据"):], false
	for _, w := range []string{"委员会的报告（", "委员会的建议（"} {
		if k := index(rest, w); k >= 0 {
			rest, on = rest[k+len(w):], true
			break
		}
	}
	if !on {
		return nil
	}
	c := index(rest, "）")
	if c < 0 || !strings.HasPrefix(trimSpace(rest[c+len("）"):]), "通过") {
		return nil
	}
	return findSymbols(rest[:c])
}

// financialImplications reports whether a text says what follows states a draft's
// financial implications: "所涉财务问题的说明", "所涉方案预算问题", "所涉经费问题见".
func financialImplications(text string) bool {
	if !contains(text, "所涉") {
		return false // every word below begins with it
	}
	for _, w := range []string{"所涉财务问题", "所涉方案预算问题", "所涉经费问题", "所涉预算问题"} {
		if contains(text, w) {
			return true
		}
	}
	return false
}

// noteSymbols returns the symbols a footnote cites. A footnote that opens with 同上 (ibid.)
// and gives no symbol of its own cites what the footnote before it cites; its mentions then
// quote the 同上.
func noteSymbols(d document, num int) []symbolMention {
	fn := d.notes[num]
	if ms := findSymbols(fn.text); len(ms) > 0 || !strings.HasPrefix(fn.text, "同上") {
		return ms
	}
	for prev := num - 1; prev > 0 && prev >= num-20; prev-- {
		p, ok := d.notes[prev]
		if !ok {
			break
		}
		if ms := findSymbols(p.text); len(ms) > 0 {
			for i := range ms {
				ms[i].start, ms[i].end, ms[i].quote = 0, runeLen("同上"), "同上"
			}
			return ms
		}
		if !strings.HasPrefix(p.text, "同上") {
			break
		}
	}
	return nil
}

// footnoteRoleBefore says what a document cited in a footnote is, from the sentence that
// carries the footnote's marker (before is the text before the marker): the statement of
// financial implications ("…所涉财务问题的说明。24") or, by default, a source the sentence
// cites.
func footnoteRoleBefore(before string) string {
	if i := sentenceMarks.lastIndex(strings.TrimRight(before, "。")); i >= 0 {
		before = before[i:]
	}
	if financialImplications(before) {
		return "financial_implications"
	}
	return "footnote"
}

// adoptions adds what a narrative paragraph says of the adoption of acts: the act's date
// and meeting, the draft it was adopted from (DRAFTED_AS) and the draft's sponsors or
// submitter (SPONSORED). It reports whether adoptionsIn's gates passed the paragraph.
func (b *graphBuilder) adoptions(from string, p paragraph) bool {
	meetings := b.meetingsIn(p.text, false)
	// Most paragraphs hold neither 草案 nor 案文见: no adoption is found in them, nor any
	// recommendation (whose draft is a 草案), and the search is made once for both.
	tells := p.mayHold(kwDraft|kwTextIn) && mayTellAdoption(p.text)
	var adoptions []adoption
	gated := tells || p.mayHold(kwBracket) && mayTellDecided(p.text)
	if gated {
		adoptions = b.adoptionsIn(p.text)
	}
	for _, a := range adoptions {
		if refersBackToDraft(a.quote) && (a.draft == "" || adoptionTitle(a.quote, a.draft) == "") {
			a = b.adoptedDraftBefore(a, p.text)
		}
		a.date = b.dated(a.date, a.monthDay)
		if a.meeting == "" {
			// The meeting may stand apart from the words of adoption, a vote between them
			// ("在…第 10 次会议上，缔约方会议以 112 票赞成…，通过了…"), or before them in the
			// paragraph or the narrative ("在同次会议上").
			meeting, date := b.meetingAt(p.text, meetings, a.start)
			a.meeting, a.date = meeting, cmp.Or(a.date, date)
		}
		adopted := kg.Act{Body: a.act.Body, Kind: a.act.Kind, Number: a.act.Number, Date: a.date, Meeting: a.meeting, Adopted: true}
		adopted.Vote, adopted.WithoutVote = voteOf(sentenceAt(p.text, a.start))
		adopted.Title = cmp.Or(adoptionTitle(a.quote, a.draft), a.title)
		act := adopted.Node()
		if adopted.Title != "" {
			// The title the sentence gives the draft is the act's by default: the act's own
			// text, where it is loaded, states it (G14).
			act.SetWeak(kg.PropTitle, true)
		}
		if orallyRevised(a.quote) {
			act.Properties.Set(kg.PropOrallyRevised, true)
		}
		b.node(act)
		if b.toldIn == nil {
			b.toldIn = map[string][]toldAdoption{}
		}
		b.toldIn[p.key] = append(b.toldIn[p.key], toldAdoption{act: act.ID, meeting: a.meeting, start: a.start})
		prov := func() kg.Props { return b.provenance(p, a.quote, a.start, a.end) }
		if a.meeting != "" {
			if b.adoptedAt == nil {
				b.adoptedAt = map[string]kg.Props{}
			}
			b.adoptedAt[act.ID] = prov() // ADOPTED_IN says where, once the meeting's session is known
		}
		if a.draft == "" {
			continue // adopted without a draft symbol: date and meeting are all there is
		}
		draft := documentNodeID(a.draft) // its node as documentNode gives it, built once
		b.document(draft, a.draft)
		b.rel(kg.Relationship{ID: b.relID(act.ID, kg.RelDraftedAs, draft), Type: kg.RelDraftedAs, Start: act.ID, End: draft, Properties: prov()})
		names, role := a.sponsors, "sponsor"
		var submitted []draftSponsor
		if len(names) == 0 && a.submitter != "" {
			if a.submitter == "下列国家" || a.submitter == "以下国家" {
				// "该草案由下列国家提交：阿尔巴尼亚、哥伦比亚…": the list after the colon.
				names, role = listAfter(p.text, "提交"), "submitter"
			} else {
				submitted = submitters(a.submitter)
			}
		}
		if drafts(adoptions) == 1 && a.joined == nil {
			// Those who joined later are sponsors too, of the paragraph's one draft.
			b.sponsored(joinedSponsors(p.text), "sponsor", draft, prov)
		}
		b.sponsored(a.joined, "sponsor", draft, prov)
		b.sponsoredIn(names, role, draft, a.quote, prov)
		b.sponsoredFor(submitted, "submitter", draft, prov)
	}
	b.narrativeBefore = p.text
	b.adoptedByNumber(p)
	if tells {
		b.draftsOfActs(p) // every draft it reads is a 草案, which tells found (TestDraftsOfActsTold)
	}
	b.adoptedRows(p)
	for _, m := range meetings {
		b.lastMeeting = lastOf(m)
	}
	var recommended []recommendation
	if tells {
		recommended = findRecommended(p.text)
	}
	for _, r := range recommended {
		draft := documentNodeID(r.draft)
		b.document(draft, r.draft)
		prov := func() kg.Props { return b.provenance(p, r.quote, r.start, r.end) }
		if len(recommended) == 1 && len(adoptions) == 0 {
			b.sponsored(joinedSponsors(p.text), "sponsor", draft, prov) // of the one draft
		}
		b.sponsoredIn(r.sponsors, "sponsor", draft, r.quote, prov)
		if len(r.sponsors) == 0 {
			b.sponsoredFor(r.submitters, "submitter", draft, prov)
		}
	}
	return gated
}

// adoptedDraftBefore completes an adoption of "该…草案" with the draft named before it, in
// its paragraph or else in the paragraph before (lastDraftIn): the symbol, title, submitter
// and later sponsors, and the meeting and date where the adoption names none. Where the
// adoption already has the draft (adoptionsWithoutDraft reads one named in its paragraph),
// the sentence that named it still gives the title and those who joined later.
func (b *graphBuilder) adoptedDraftBefore(a adoption, text string) adoption {
	before := text
	if i := index(text, a.quote); i >= 0 {
		before = text[:i]
	}
	d, ok := lastDraftIn(before)
	if !ok {
		if d, ok = lastDraftIn(b.narrativeBefore); !ok {
			return a
		}
	}
	if a.draft != "" && a.draft != d.symbol {
		return a // the paragraph's words of adoption name another draft
	}
	a.draft, a.title, a.joined = d.symbol, d.title, d.joined
	if len(a.sponsors) == 0 && a.submitter == "" {
		a.submitter = d.submitter
	}
	if w := d.at; a.meeting == "" && w != nil {
		a.meeting = d.sentence[w[8]:w[9]]
		if w[4] >= 0 && a.date == "" && a.monthDay == "" {
			a.date, a.monthDay = meetingDate(d.sentence, w[2], w[3], w[4], w[5], w[6], w[7])
		}
	}
	return a
}

// sponsored adds SPONSORED from each of names, in the given role, to the draft, each with
// the provenance prov gives.
func (b *graphBuilder) sponsored(names []string, role, draft string, prov func() kg.Props) {
	for _, name := range names {
		sp := b.sponsor(name)
		props := prov()
		props.Set(kg.PropRole, role)
		b.rel(kg.Relationship{ID: b.relID(sp, kg.RelSponsored, draft), Type: kg.RelSponsored, Start: sp, End: draft, Properties: props})
	}
}

// sponsoredIn is sponsored for the names a list in text gives, each with whom it acts for
// where text says it after its name (behalfIn): only a text that holds 代表 is read for it.
func (b *graphBuilder) sponsoredIn(names []string, role, draft, text string, prov func() kg.Props) {
	if !contains(text, "代表") {
		b.sponsored(names, role, draft, prov)
		return
	}
	b.sponsoredFor(behalfIn(names, text), role, draft, prov)
}

// sponsoredFor adds SPONSORED from each sponsor or submitter of list, in the given role, to
// the draft, with whom it acts for ("（代表拉丁美洲和加勒比国家组）"), each with the provenance
// prov gives.
func (b *graphBuilder) sponsoredFor(list []draftSponsor, role, draft string, prov func() kg.Props) {
	for _, s := range list {
		sp := b.sponsor(s.name)
		props := prov()
		props.Set(kg.PropRole, role)
		if s.onBehalfOf != "" {
			props.Set(kg.PropOnBehalfOf, s.onBehalfOf)
		}
		b.rel(kg.Relationship{ID: b.relID(sp, kg.RelSponsored, draft), Type: kg.RelSponsored, Start: sp, End: draft, Properties: props})
	}
}

// behalfIn returns names, the sponsors a list in text names, each with whom it acts for
// where a bracket after its name says so ("该草案的提案国为萨尔瓦多（代表拉丁美洲和加勒比国家
// 组）": a group's coordinator sponsors its drafts so). The names are sought in their order,
// each after the one before, so that a long list is read once.
func behalfIn(names []string, text string) []draftSponsor {
	if len(names) == 0 {
		return nil
	}
	out := make([]draftSponsor, len(names))
	from := 0
	for i, n := range names {
		out[i].name = n
		k := strings.Index(text[from:], n)
		if k < 0 {
			continue // written with spaces or a line break: no bracket is read
		}
		from += k + len(n)
		rest := text[from:]
		if rest = rest[skipRESpaces(rest, 0):]; rest == "" {
			continue
		}
		if size, opens := bracketAt(rest, 0); size > 0 && opens {
			if e := strings.IndexAny(rest[size:], "）)"); e >= 0 && !strings.ContainsAny(rest[size:size+e], "（(") {
				c := size + e // the closing bracket
				closing, _ := bracketAt(rest, c)
				if _, behalf := cutBrackets(rest[:c+closing]); behalf != "" {
					out[i].onBehalfOf = squeezeSpace(behalf)
				}
			}
		}
	}
	return out
}

// joinedSponsors returns who a paragraph says joined a draft's sponsors after it was
// submitted: "随后，阿根廷、智利和乌拉圭加入为提案国", or the list after the colon in "随后，
// 下列国家加入为提案国：加拿大、挪威和泰国"; nil when it says none did.
func joinedSponsors(text string) []string {
	m := joinedSponsorsFor(text)
	switch {
	case m == nil:
		return nil
	case m[1] == "下列国家" || m[1] == "以下国家":
		return listAfter(text, "提案国")
	}
	return splitNames(m[1])
}

// groupActs adds ESTABLISHES and EXTENDS from the acts that a paragraph says established
// a working group or extended its mandate. holder is the act whose paragraph it is, or ""
// for the narrative: a later act may be the one that says so (6/3 recalls that 5/3
// established a group).
func (b *graphBuilder) groupActs(holder string, p paragraph, named []entityMention, refs []mention, own kg.ActKey) {
	b.groupActsOf(holder, p, named, refs, own, nil)
}

// groupActsOf is groupActs in the report of ownGroup (nil for another document), which
// its bare common noun names (findGroupActsOf).
func (b *graphBuilder) groupActsOf(holder string, p paragraph, named []entityMention, refs []mention, own kg.ActKey, ownGroup *entity) {
	for _, g := range findGroupActsOf(p.text, named, refs, own, ownGroup) {
		act := groupActSource(g.act)
		b.entity(g.group)
		props := b.props.alloc(8)
		if holder != "" {
			props.Set(kg.PropAct, holder)
		}
		if g.act.Kind == draftKind {
			props.Set(kg.PropProposed, true) // a draft's clause: what its act would do
		}
		props = props.With(kg.PropParagraph, p.key).With(kg.PropQuote, g.quote).With(kg.PropSource, b.sourceValue).
			With(kg.PropSpanEnd, int64(p.offset+g.end)).With(kg.PropSpanStart, int64(p.offset+g.start)).With(kg.PropVerb, g.verb)
		b.rel(kg.Relationship{ID: b.relID(act, g.rel, g.group.id), Type: g.rel, Start: act, End: g.group.id, Properties: props})
	}
}

// adoptionsIn returns findAdoptions(text, b.body) and the acts the text says the body
// decided (decidedAdoptions), found once for each text.
func (b *graphBuilder) adoptionsIn(text string) []adoption {
	tells := mayTellAdoption(text)
	if !tells && !mayTellDecided(text) {
		return nil // as findAdoptions finds at once: most texts are not hashed and kept
	}
	if as, ok := b.adopted[text]; ok {
		return as
	}
	var as []adoption
	if tells {
		as = findAdoptions(text, b.body)
	}
	as = append(as, b.decidedAdoptions(text)...)
	if b.adopted == nil {
		b.adopted = map[string][]adoption{}
	}
	b.adopted[text] = as
	return as
}

// mentions adds MENTIONS from a paragraph to each working group and instrument it names
// (named: its entities), once per entity, with the first mention as provenance. It returns
// the working group last named in the paragraph, or group when it names none.
func (b *graphBuilder) mentions(from string, p paragraph, named []entityMention, group *entity) *entity {
	for k, m := range named {
		switch m.ent.labels[0] {
		case kg.LabelWorkingGroup:
			group = m.ent
		case kg.LabelInstrument:
		default:
			continue
		}
		if namedBefore(named[:k], m.ent) {
			continue // its MENTIONS, added or found then, is there: no id to make and look up
		}
		// The MENTIONS of a paragraph given twice (by a key repeated) may be there already,
		// and with it the entity's node, which only this adds.
		b.entity(m.ent)
		b.relOnce(kg.Relationship{ID: b.relID(from, kg.RelMentions, m.ent.id), Type: kg.RelMentions, Start: from, End: m.ent.id, Properties: b.props.alloc(5).
			With(kg.PropParagraph, b.keyBox.of(p.key)).With(kg.PropQuote, m.quote).With(kg.PropSource, b.sourceValue).
			With(kg.PropSpanEnd, int64(p.offset+m.end)).With(kg.PropSpanStart, int64(p.offset+m.start))})
	}
	return group
}

// namedBefore reports whether one of named is of e.
func namedBefore(named []entityMention, e *entity) bool {
	for _, m := range named {
		if m.ent == e {
			return true
		}
	}
	return false
}

// mandates adds MANDATES from a paragraph of act to each actor or working group it asks to
// act, with the verb; named are the paragraph's entities.
func (b *graphBuilder) mandates(from, act, session string, p paragraph, named []entityMention, group *entity) {
	b.mandatesOf(from, act, session, p, named, group, act == "", 0)
}

// mandatesOf is mandates; proposed marks the mandates of a draft (an act may recommend one
// to another body) or of a report's recommendations, which no act has decided yet. The
// mandates that open before rune after of the paragraph's text are left out.
func (b *graphBuilder) mandatesOf(from, act, session string, p paragraph, named []entityMention, group *entity, proposed bool, after int) {
	var buf [4]mandate // on the stack for a paragraph's usual few
	ms := mandatesIn(p.text, b.body, named, group, buf[:])
	if after > 0 {
		ms = slices.DeleteFunc(ms, func(m mandate) bool { return m.start < after })
	}
	if len(ms) == 0 {
		return
	}
	// The values every mandate of the paragraph gives, made once (the act's and the
	// session's, once for all the act's paragraphs).
	key := b.keyBox.of(p.key)
	var actValue, sessionValue any
	if act != "" {
		actValue = b.actBox.of(act)
	}
	if session != "" {
		sessionValue = b.sessionBox.of(session)
	}
	for _, m := range ms {
		if m.ent.nameZh == bareRapporteur && b.rapporteur != nil {
			m.ent = b.rapporteur // the mandate the act named before
		}
		b.mandate(from, key, p, m, actValue, sessionValue, proposed || m.recommended)
	}
}

// mandate adds MANDATES m from the paragraph node from (p, keyed key): of the act and the
// session that adopted it where they are known (nil where not), and proposed where no act
// has decided it yet (a draft's paragraph, a recommendation). The session lets a table of
// mandates filter by it.
func (b *graphBuilder) mandate(from string, key any, p paragraph, m mandate, act, session any, proposed bool) {
	b.entity(m.ent)
	// Sized for what it holds: one allocation.
	size := 7
	for _, v := range []bool{act != nil, session != nil, proposed} {
		if v {
			size++
		}
	}
	props := b.props.alloc(size)
	if act != nil {
		props.Set(kg.PropAct, act)
	}
	props.Set(kg.PropParagraph, key)
	if proposed {
		props.Set(kg.PropProposed, true)
	}
	props.Set(kg.PropQuote, m.quote)
	props.Set(kg.PropRelation, m.kind.relValue)
	if session != nil {
		props.Set(kg.PropSession, session)
	}
	props.Set(kg.PropSource, b.sourceValue)
	props.Set(kg.PropSpanEnd, int64(p.offset+m.end))
	props.Set(kg.PropSpanStart, int64(p.offset+m.start))
	props.Set(kg.PropVerb, m.kind.verbValue)
	b.rel(kg.Relationship{ID: b.relID(from, m.kind.relType, m.ent.id), Type: kg.RelMandates, Start: from, End: m.ent.id, Properties: props})
}

// actSession returns the id of the session that adopted an act, from its number (6/1 is of
// the sixth session), or "" for a body that numbers its acts by year or serially.
func actSession(k kg.ActKey) string {
	if k.Body == kg.BodyECOSOC || k.Body == kg.BodySC || strings.HasPrefix(k.Number, "S-") {
		return "" // S-20/2 is of the twentieth special session, not of the twentieth
	}
	if n, ok := kg.Session(k.Number); ok {
		return sessionID(string(k.Body), int(n))
	}
	return ""
}

// references adds the references to acts in paragraph p and in the footnotes it carries,
// from the node from (the act that holds the paragraph, or the narrative paragraph itself).
func (b *graphBuilder) references(d document, from string, p paragraph, body kg.Body) []mention {
	var refs []mention
	if p.mayHold(kwNumber) { // else findActRefs finds none
		refs = findActRefs(p.text, body)
	}
	here := pursuantBack(p.text, b.attribute(p.text, refs))
	var labels []decidedLabel
	if len(here) > 0 && p.mayHold(kwBracket) && mayTellDecided(p.text) {
		labels = findDecidedLabels(p.text)
	}
	for _, m := range here {
		if labelledDecided(labels, m) {
			m.verb, m.rel = "", relRefers
		}
		b.reference(from, p, m, p.offset, 0)
	}
	if bySymbol := symbolRefs(p.text, b.source); len(bySymbol) > 0 { // most paragraphs cite none
		named := make(map[kg.ActKey]bool, len(here))
		for _, m := range here {
			named[m.key] = true
		}
		for _, m := range bySymbol {
			if !named[m.key] { // "大会第 58/4 号决议（A/RES/58/4）" names one act once
				b.reference(from, p, m, p.offset, 0)
			}
		}
	}
	for _, n := range p.notes {
		fn, ok := d.notes[n.num]
		if !ok {
			continue
		}
		for _, m := range append(b.attribute(fn.text, findActRefs(fn.text, body)), symbolRefs(fn.text, b.source)...) {
			if m.verb == "" {
				m.rel = relCites
			}
			b.reference(from, p, m, d.noteAt[n.num], n.num)
		}
	}
	return here
}

// revisionOf returns the document a symbol's last part says it corrects, adds to or
// revises ("CTOC/COP/2012/15/Corr.1" corrects CTOC/COP/2012/15), with the role:
// corrigendum, addendum or revision.
func revisionOf(symbol string) (base, role string, ok bool) {
	i := strings.LastIndexByte(symbol, '/')
	if i <= 0 {
		return "", "", false
	}
	for prefix, role := range map[string]string{"Corr.": "corrigendum", "Add.": "addendum", "Rev.": "revision"} {
		if n, found := strings.CutPrefix(symbol[i+1:], prefix); found && n != "" && strings.Trim(n, "0123456789") == "" {
			return symbol[:i], role, true
		}
	}
	return "", "", false
}

// titleInstruments returns the entities an act's title names: as any text names them, or,
// where the title is an instrument's name alone, that instrument. The Assembly prints the
// title of a convention it adopts without the brackets a text that cites it puts around it
// ("55/25. 联合国打击跨国有组织犯罪公约").
func titleInstruments(title string, body kg.Body) []entityMention {
	if e := entityNamed("《" + strings.TrimSpace(title) + "》"); e != nil && !strings.Contains(title, "《") {
		return []entityMention{{ent: e, end: runeLen(title), quote: title, endByte: len(title)}}
	}
	return findEntitiesOf(title, body)
}

// reportCalendar returns the calendar of the session a report is of, for the dates it gives
// without a year ("在 4 月 26 日第 10 次会议上"): the days of the first session its narrative
// says was held (not one it decides for the future, nor one whose resumed part alone it
// dates), with those its title page gives where that is the session the title names; else
// those its title page gives ("（2012 年 12 月 7 日和 2013 年 4 月 22 日至 26 日）"); else the
// last year the title page gives; else none.
func reportCalendar(d document, days documentDays) calendar {
	parts, _, resumed := titleDates(d)
	if first := days.first; first.number > 0 {
		sd := days.bySession[first]
		own := *sd
		own.parts = slices.Clone(sd.parts)
		if first == days.title || d.session == 0 {
			own.addTitle(parts, "", resumed)
		}
		return newCalendar(own.days())
	}
	if len(parts) > 0 {
		return newCalendar(parts)
	}
	year := ""
	for _, bl := range titleBlocks(d.blocks) {
		for _, m := range titleYearRE.FindAllStringSubmatch(bl.text, -1) {
			year = m[1]
		}
	}
	return calendar{year: year}
}

// titleYearRE finds a year on a title page.
var titleYearRE = regexp.MustCompile(`((?:19|20)\d\d)\s*年`)

// markedBehalf returns whom a sponsor acts for by the footnote marked at its name, before
// or after it ("*加拿大" / "* 代表联合国会员国中属于欧洲联盟成员国的国家。"), or "". start and
// end are the name's rune offsets in its paragraph.
func markedBehalf(d document, notes []noteRef, start, end int) string {
	for _, n := range notes {
		if n.at != start && n.at != end {
			continue
		}
		if fn, ok := d.notes[n.num]; ok {
			if rest, ok := strings.CutPrefix(strings.TrimSpace(fn.text), "代表"); ok {
				return squeezeSpace(strings.TrimRight(rest, "。. "))
			}
		}
	}
	return ""
}

// isQuotedDraftKey reports whether an act's paragraph key is one of a draft it quotes:
// "draft-pp1", or "draft2-op1" for the second draft it recommends.
func isQuotedDraftKey(key string) bool {
	rest, ok := strings.CutPrefix(key, "draft")
	for ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		rest = rest[1:]
	}
	return ok && strings.HasPrefix(rest, "-")
}

// narrativeVoices returns, for each narrative paragraph, the body whose voice it is written
// in where it is not the report's own: the text of a draft a report recommends opens with
// the body that would adopt it, alone on its line ("大会，", "经济及社会理事会："), and runs
// through the unnumbered paragraphs after it, up to the report's next numbered paragraph,
// section or chapter; the paragraphs of a draft the document is (pp1, op1) are in
// draftVoice's. "" for the report's own voice.
func narrativeVoices(ps []paragraph, draftVoice kg.Body) []kg.Body {
	out := make([]kg.Body, len(ps))
	var voice kg.Body
	for i, p := range ps {
		if draftVoice != "" && (strings.HasPrefix(p.key, "pp") || strings.HasPrefix(p.key, "op")) {
			out[i] = draftVoice // the document's own draft, which says whose it is
			continue
		}
		if i > 0 && (p.chapter != ps[i-1].chapter || p.section != ps[i-1].section || !strings.HasPrefix(p.key, "u")) {
			voice = ""
		}
		if b, ok := opening(p.text); ok {
			voice = b
			continue
		}
		out[i] = voice
	}
	return out
}

// opening returns the body whose act a line opens, where the line is only the body's name
// and the comma or colon after it: "大会，", "《联合国打击跨国有组织犯罪公约》缔约方会议，".
func opening(text string) (kg.Body, bool) {
	t := strings.TrimLeft(trimSpace(text), "“\"") // "“大会，": a draft quoted in another
	head, ok := strings.CutSuffix(t, "，")
	if !ok {
		head, ok = strings.CutSuffix(t, "：")
	}
	if !ok || len(head) > 120 || strings.ContainsAny(head, "。；，") {
		return "", false
	}
	return bodyNamed(head)
}

// commissions are the bodies a text may call "委员会" for short, by their full names.
var commissions = []bodyName{{"预防犯罪和刑事司法委员会", kg.BodyCCPCJ}, {"麻醉药品委员会", kg.BodyCND}}

// commissionOf returns the body a text in the voice of speaker means by "委员会" alone for
// the act numbered number: the speaker itself where it is a Commission, as a Commission's
// text names itself so and every other Commission in full ("麻醉药品委员会，…又回顾预防犯罪
// 和刑事司法委员会…第 32/1 号决议，以及委员会第六十六届会议通过的第 66/1 号决议" is the
// CND's 66/1), unless the act is of a session later than any the document knows of the
// speaker's and the text named another Commission before; else the Commission the text
// named in full last before (here, else earlier in the document), else the document's own
// body where it is a Commission's, else the family's Commission on Crime Prevention and
// Criminal Justice.
func (b *graphBuilder) commissionOf(before string, speaker kg.Body, number string) kg.Body {
	best, at := kg.Body(""), -1
	for _, c := range commissions {
		if i := strings.LastIndex(before, c.name); i > at {
			best, at = c.body, i
		}
	}
	if isCommission(speaker) {
		n, ok := kg.Session(number)
		if latest := b.latest[speaker]; best == "" || best == speaker || !ok || latest == 0 || n <= latest {
			if best != "" {
				b.lastCommission = best
			}
			return speaker
		}
	}
	switch {
	case best != "":
		b.lastCommission = best
		return best
	case b.lastCommission != "":
		return b.lastCommission
	case b.body == kg.BodyCCPCJ || b.body == kg.BodyCND:
		return b.body
	}
	return kg.BodyCCPCJ
}

// isCommission reports whether body is one of commissions.
func isCommission(body kg.Body) bool {
	for _, c := range commissions {
		if c.body == body {
			return true
		}
	}
	return false
}

// byYear reports whether an act's number opens with a year ("2013/40"), as the Council
// numbers its acts.
func byYear(number string) bool {
	first, _, ok := strings.Cut(number, "/")
	return ok && len(first) == 4 && first >= "1946" && first <= "2100"
}

// latestSessions returns, for each body, the latest session a document is of (its title
// page's) or adopts acts of (6/1 is of the sixth).
func latestSessions(d document) map[kg.Body]int64 {
	latest := map[kg.Body]int64{}
	if d.session > 0 && d.body != "" {
		latest[d.body] = int64(d.session)
	}
	for _, a := range d.acts {
		if n, ok := kg.Session(a.key.Number); ok && actSession(a.key) != "" && n > latest[a.key.Body] {
			latest[a.key.Body] = n
		}
	}
	return latest
}

// attribute corrects, in place, the body of the acts a text names without one where the
// default cannot be right: no document cites an act of a session later than the latest of
// its body it knows of. A COP report of the fifth session that recalls "第 55/255 号决议"
// after naming the Assembly means the Assembly's: the body the sentence spoke of last,
// where it is another, is the act's. It returns ms.
func (b *graphBuilder) attribute(text string, ms []mention) []mention {
	for i, m := range ms {
		if m.commission {
			ms[i].key.Body = b.commissionOf(text[:m.at], m.key.Body, m.key.Number) // findActRefs gave it the speaker's
			continue
		}
		if m.implicit && byYear(m.key.Number) && m.key.Body != kg.BodyECOSOC && m.key.Body != kg.BodySC {
			// "其第 2013/40 号决议": numbered by year, an act of the Council, whatever the
			// document's body (the others number theirs by session).
			ms[i].key.Body = kg.BodyECOSOC
			continue
		}
		latest := b.latest[m.key.Body]
		n, ok := kg.Session(m.key.Number)
		if !m.implicit || latest == 0 || !ok || n <= latest || actSession(m.key) == "" {
			continue
		}
		sentence := text[:m.at]
		if j := strings.LastIndex(sentence, "。"); j >= 0 {
			sentence = sentence[j:]
		}
		if body, ok := lastBodyIn(sentence); ok && body != m.key.Body {
			ms[i].key.Body = body
		} else if !ok && b.corrigendum && quotedAt(text, m.at) {
			// A corrigendum quotes the words it corrects without the body the corrected
			// text named before them ("“第 55/25 号决议”应改为…"): the Assembly's, the one
			// body of the family whose acts its texts recall beyond their own body's
			// sessions. Elsewhere an act no sentence gives a body is left as written.
			ms[i].key.Body = kg.BodyGA
		}
	}
	return ms
}

// symbolRefs returns the acts a text cites by their documents' symbols: "A/RES/55/25" is
// General Assembly resolution 55/25, "E/RES/2011/33" the Council's resolution 2011/33,
// "S/RES/1373 (2001)" the Security Council's resolution 1373 (2001). The symbol of the
// document itself (source) is none: a resolution's title page names its own.
func symbolRefs(text, source string) []mention {
	if !strings.Contains(text, "RES") {
		return nil
	}
	var out []mention
	for _, s := range findSymbols(text) {
		if key, ok := actOfSymbol(s.symbol); ok && DocumentID("", s.symbol) != source {
			out = append(out, mention{key: key, rel: relCites, start: s.start, end: s.end, quote: s.quote})
		}
	}
	return out
}

// actSymbolRE reads the symbol of a resolution's document: its body's series and number.
var actSymbolRE = regexp.MustCompile(`^(A|E|S)/RES/(\d{1,4}/\d{1,4}[A-Z]?|\d{1,5}\(\d{4}\))$`)

// actOfSymbol returns the act whose document a symbol is.
func actOfSymbol(symbol string) (kg.ActKey, bool) {
	m := actSymbolRE.FindStringSubmatch(symbol)
	if m == nil {
		return kg.ActKey{}, false
	}
	body := map[string]kg.Body{"A": kg.BodyGA, "E": kg.BodyECOSOC, "S": kg.BodySC}[m[1]]
	return kg.ActKey{Body: body, Kind: kg.KindResolution, Number: normNumber(m[2])}, true
}

// reference adds the act a mention names (its date and title only where no other source
// gives them) and a REFERS_TO from the act whose paragraph p holds it. offset is the rune
// offset, in the cleaned text, of the text the mention was found in; note is the footnote
// it was found in, 0 for the paragraph itself.
func (b *graphBuilder) reference(from string, p paragraph, m mention, offset, note int) {
	to := m.key.ID()
	if to == from {
		return
	}
	// An act's node that is there already is left as it is unless the mention gives what it
	// lacks: merged, the mention's stated properties are those its id gives, and its
	// defaults fill only what is absent.
	if old, ok := b.nodes[to]; !ok || lacks(old, kg.PropTitle, m.title) || lacks(old, kg.PropDate, m.date) {
		// The node's id is to; its defaults are set at once, as SetWeak sets each on a
		// node that has none.
		target := kg.Act{Body: m.key.Body, Kind: m.key.Kind, Number: m.key.Number, Title: m.title, Date: m.date}.Node()
		target.Weak = map[string]bool{kg.PropAdopted: true, kg.PropTitle: true, kg.PropDate: true}
		if ok {
			kg.MergeNode(old, target)
		} else {
			b.newNode(target)
		}
	}
	if b.corrigendum && m.verb == "" && m.rel == "refers_to" && (note > 0 || !quotedAt(p.text, m.at)) {
		// What a corrigendum names, it corrects; an act named inside the words it quotes
		// ("将“…第 70/1 号决议”改为“…”") is named by the corrected text, not corrected.
		m.rel = "amends"
	}
	props := b.props.alloc(8)
	if note > 0 {
		props.Set(kg.PropFootnote, int64(note))
	}
	props = props.With(kg.PropParagraph, b.keyBox.of(p.key)).With(kg.PropQuote, m.quote).With(kg.PropRelation, m.rel).
		With(kg.PropSource, b.sourceValue).With(kg.PropSpanEnd, int64(offset+m.end)).With(kg.PropSpanStart, int64(offset+m.start))
	if m.verb != "" {
		props.Set(kg.PropVerb, m.verb)
	}
	b.rel(kg.Relationship{
		ID:         b.ids.join(from, "-["+kg.RelRefersTo+"]->", to, "@", p.key), // b.relID(…) + "@" + p.key, made at once
		Type:       kg.RelRefersTo,
		Start:      from,
		End:        to,
		Properties: props,
	})
}

// lacks reports whether n has no property k where v would give it one.
func lacks(n *kg.Node, k, v string) bool {
	has := n.Properties.Has(k)
	return v != "" && !has
}

// aforementioned resolves "上述决议" and "上述决定" (the aforementioned resolution or
// decision) where it is unambiguous: where the act has named exactly one act of that kind
// before, in earlier paragraphs (earlier) or earlier in this one (here). It returns nothing:
// a reference it cannot resolve is left out rather than guessed.
func (b *graphBuilder) aforementioned(from string, p paragraph, earlier, here []mention) {
	if !p.mayHold(kwAforesaid) || indexBy(p.text, "上述", len("上述")-1) < 0 {
		return // both phrases begin with it: one search spares the two
	}
	for _, phrase := range []struct {
		text string
		kind kg.ActKind
	}{{"上述决议", kg.KindResolution}, {"上述决定", kg.KindDecision}} {
		for at := 0; ; {
			i := indexBy(p.text[at:], phrase.text, len("上述")-1) // by 述's last byte: 上's begin many characters
			if i < 0 {
				break
			}
			pos := at + i
			at = pos + len(phrase.text)
			start := runeLen(p.text[:pos])
			keys := map[kg.ActKey]mention{}
			for _, m := range earlier {
				if m.key.Kind == phrase.kind {
					keys[m.key] = m
				}
			}
			for _, m := range here {
				if m.key.Kind == phrase.kind && m.start < start {
					keys[m.key] = m
				}
			}
			if len(keys) != 1 {
				continue
			}
			for _, m := range keys {
				verb, rel := verbBefore(p.text[:pos])
				b.reference(from, p, mention{key: m.key, verb: verb, rel: rel, start: start, end: start + runeLen(phrase.text), quote: phrase.text}, p.offset, 0)
			}
		}
	}
}

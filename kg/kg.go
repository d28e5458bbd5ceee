// Package kg is copgraph's domain: the knowledge graph of UN legislative acts as nodes and
// relationships with stable ids and provenance, the typed views the API reads, and the Store
// interface that every storage technology implements. It imports only the standard library.
package kg

import (
	"cmp"
	"slices"
)

// Node labels. The first label of a node is its primary label: stores index and constrain it.
const (
	LabelAct          = "Act"
	LabelResolution   = "Resolution"
	LabelDecision     = "Decision"
	LabelDocument     = "Document"
	LabelParagraph    = "Paragraph"
	LabelWorkingGroup = "WorkingGroup"
	LabelInstrument   = "Instrument"
	LabelBody         = "Body"
	LabelSession      = "Session"
	LabelMeeting      = "Meeting"
	LabelAgendaItem   = "AgendaItem"
	LabelActor        = "Actor"
	LabelOrganization = "Organization"
	LabelPerson       = "Person"
	LabelState        = "State"
	// LabelCollective marks an actor that stands for many: States parties, Member States,
	// donors. Operative paragraphs address them as one.
	LabelCollective = "Collective"
)

// Roles a Document plays, as labels beside LabelDocument: a document keeps every role any
// loaded text gives it (labels, unlike properties, add up across loads).
const (
	LabelReport                = "Report"                // a loaded source document
	LabelDraft                 = "Draft"                 // the draft of an adopted act
	LabelFinancialImplications = "FinancialImplications" // a statement of financial implications
	LabelParticipantsList      = "ParticipantsList"      // a list of participants
	LabelCommitteeReport       = "CommitteeReport"       // the committee report an act was adopted on
	LabelAgendaDocument        = "AgendaDocument"        // a document before an agenda item
	LabelCited                 = "Cited"                 // cited in a paragraph or a footnote
)

// DocumentRoles lists the role labels of documents.
var DocumentRoles = []string{LabelReport, LabelDraft, LabelFinancialImplications, LabelParticipantsList, LabelCommitteeReport, LabelAgendaDocument, LabelCited}

// PrimaryLabels lists every label a node can have first. Stores create one uniqueness
// constraint on id for each.
var PrimaryLabels = []string{LabelAct, LabelDocument, LabelParagraph, LabelWorkingGroup, LabelInstrument, LabelActor, LabelBody, LabelSession, LabelMeeting, LabelAgendaItem}

// Relationship types.
const (
	RelRefersTo     = "REFERS_TO"
	RelHasParagraph = "HAS_PARAGRAPH"
	RelCites        = "CITES"
	RelMentions     = "MENTIONS"   // Paragraph → WorkingGroup, Instrument or Actor it names
	RelMandates     = "MANDATES"   // Paragraph → Actor or WorkingGroup it asks to act
	RelConcerns     = "CONCERNS"   // Act → Instrument its title names
	RelDraftedAs    = "DRAFTED_AS" // Act → Document of the draft it was adopted from
	RelSponsored    = "SPONSORED"  // Actor → Document of a draft it sponsored or submitted
	// RelAdoptedAt joins an act to the session that adopted it (Act → Session).
	RelAdoptedAt = "ADOPTED_AT"
	// RelHasAgendaItem joins a session to the items of its agenda (Session → AgendaItem).
	RelHasAgendaItem = "HAS_AGENDA_ITEM"
	// RelConsideredUnder joins a document before an agenda item, or an act adopted under
	// it, to the item (Document or Act → AgendaItem).
	RelConsideredUnder = "CONSIDERED_UNDER"
	// RelElected joins an officer to the session that elected them (Person → Session),
	// with the role.
	RelElected = "ELECTED"
	// RelMemberOf joins an officer to the State whose delegation they belong to.
	RelMemberOf = "MEMBER_OF"
	// RelSpokeOn joins a speaker to the agenda item it spoke on, or to the session where the
	// report places a statement under no item (the opening): Actor → AgendaItem or Session.
	RelSpokeOn = "SPOKE_ON"
	// RelHasMeeting joins a session to the meetings a report says it held (Session →
	// Meeting).
	RelHasMeeting = "HAS_MEETING"
	// RelAdoptedIn joins an act to the meeting that adopted it (Act → Meeting).
	RelAdoptedIn = "ADOPTED_IN"
	// RelConsideredAt joins an agenda item to the meetings that considered it (AgendaItem →
	// Meeting).
	RelConsideredAt = "CONSIDERED_AT"
	// RelHasSession joins a working group to the sessions its reports say it held
	// (WorkingGroup → Session).
	RelHasSession = "HAS_SESSION"
	// RelRevises joins a corrigendum, an addendum or a revision to the document it
	// corrects, adds to or revises (Document → Document), with the role.
	RelRevises = "REVISES"
	// RelEstablishes joins an act to a working group it established (Act → WorkingGroup).
	RelEstablishes = "ESTABLISHES"
	// RelExtends joins an act to a working group whose mandate it extended.
	RelExtends = "EXTENDS"
)

// RelationshipTypes lists every relationship type the loader writes.
var RelationshipTypes = []string{RelRefersTo, RelHasParagraph, RelCites, RelMentions, RelMandates, RelConcerns, RelDraftedAs, RelSponsored,
	RelAdoptedAt, RelHasAgendaItem, RelConsideredUnder, RelElected, RelMemberOf, RelSpokeOn, RelEstablishes, RelExtends,
	RelHasMeeting, RelAdoptedIn, RelConsideredAt, RelRevises, RelHasSession}

// Provenance property keys, set on every relationship the loader writes.
const (
	PropSource    = "source"    // id of the Document the fact was read from
	PropParagraph = "paragraph" // local key of the paragraph that states it ("pp3", "op1", "fn2")
	PropQuote     = "quote"     // the exact text of the mention
	PropSpanStart = "spanStart" // rune offset of the quote in the cleaned text
	PropSpanEnd   = "spanEnd"   // rune offset just past the quote
	PropFootnote  = "footnote"  // number of the footnote the fact was read from, if any
	PropAct       = "act"       // id of the act whose paragraph states the fact
	PropRole      = "role"      // what the end plays: "footnote", "text", "draft", "sponsor", "submitter"
)

// PropProposed marks a mandate of a draft that a report recommends for adoption by another
// body (MANDATES from a paragraph of the draft): asked, should the draft be adopted.
const PropProposed = "proposed"

// Properties of a citation of an instrument where it is published (CITES Paragraph →
// Instrument, role "treaty_series" or "sales_number").
const (
	PropVolume       = "volume"       // United Nations Treaty Series volumes: "2225, 2237"
	PropRegistration = "registration" // its registration number: "39574"
	PropSalesNumber  = "salesNumber"  // a United Nations publication's sales number: "E.11.V.9"
)

// Document and act property keys.
const (
	PropSymbol  = "symbol"  // a UN document symbol, normalised
	PropMeeting = "meeting" // the number of the meeting at which an act was adopted
)

// Session, meeting and agenda item property keys (with PropBody, PropNumber, PropTitle,
// PropSession and PropDate).
const (
	PropPlace     = "place"
	PropStartDate = "startDate"
	PropEndDate   = "endDate"
	PropTitleEn   = "titleEn" // the English title of an agenda item, where it is a known one
	PropPlenary   = "plenary" // true for a meeting the report calls plenary (全体会议)
	PropGroup     = "group"   // the working group whose session it is, for a subsidiary body's
	// PropParts lists the parts of a session met in more than one (opened on a day, resumed
	// months later), in order, each its days as an ISO 8601 interval: "2020-12-11/2020-12-11",
	// "2021-05-17/2021-05-21" (a []string). PropStartDate is the first part's first day and
	// PropEndDate the last part's last; a session whose resumed part alone a text dates has
	// that part, and PropEndDate, without PropStartDate. A session met at once has none.
	PropParts = "parts"
	// PropSpecial is true for a special session of the General Assembly (its S-32, whose
	// acts are numbered S-32/1): a session of its own beside the regular session 32.
	PropSpecial = "special"
	// PropYear is the year a session is set for where its days are not yet fixed ("决定…第
	// 十二届会议于 2027 年在维也纳举行"): a session with PropStartDate has none.
	PropYear = "year"
)

// Entity node property keys.
const (
	PropName    = "name"    // the Chinese name as the texts usually write it
	PropNameEn  = "nameEn"  // the English name
	PropAliases = "aliases" // every written form folded into the node
)

// Paragraph node property keys (with PropKind, PropNumber and provenance).
const (
	PropKey   = "key"   // the paragraph's key in its act or document: "pp3", "op2(a)", "n13"
	PropText  = "text"  // the paragraph's text, line breaks healed, footnote markers removed
	PropOrder = "order" // 1-based position among its parent's paragraphs
	// PropSection is the chapter and section headings a report's paragraph stands under.
	PropSection = "section"
)

// Statement property keys, on SPOKE_ON (with PropMeeting and provenance).
const (
	PropStatement  = "statement"  // "opening", "introductory", "closing" or "statement"
	PropCapacity   = "capacity"   // "representative" or "observer", when the report says
	PropOffice     = "office"     // the speaker's office, when the report names it: "司法部长"
	PropOnBehalfOf = "onBehalfOf" // whom the speaker spoke for: "77 国集团成员国和中国"
	PropSignatory  = "signatory"  // true for the observer of a signatory State
	// PropTiming is whether a statement on an act, most often an explanation of position or
	// of vote, was made "before" or "after" its adoption or the vote, where the text says
	// ("在通过该决定草案之后", "在表决前，…作了解释投票的发言").
	PropTiming = "timing"
	// PropIntersessional marks a statement made at a meeting a body held between its
	// sessions ("闭会期间会议"), which is none of the session's numbered meetings: it carries
	// the day of that meeting (PropDate), where the text gives it, and no PropMeeting.
	PropIntersessional = "intersessional"
	// PropMeetings are the meetings ([]string of their numbers) a statement was made at one
	// of, where the text names several and not which ("在第 3 次和第 4 次会议上，…作了发言"):
	// then it has no PropMeeting.
	PropMeetings = "meetings"
	// PropScheduled are the days ([]string, ISO) an organisation of work sets for an agenda
	// item: ["2024-10-14"].
	PropScheduled = "scheduled"
	// PropExplains is the id of the act a statement explains a position or vote on, where
	// the report says it was made before or after that act's adoption or vote ("在通过该决
	// 议草案后，…作了解释立场的发言").
	PropExplains = "explains"
)

// ParagraphID returns the id of the paragraph with local key key (PropKey) in the act or
// document whose id is parent. A relationship's provenance (PropSource or PropAct, with
// PropParagraph) names its paragraph so.
func ParagraphID(parent, key string) string { return parent + "#" + key }

// Node is one vertex of the graph. Properties hold strings, int64s, float64s, bools or
// []string, the values Neo4j stores natively.
type Node struct {
	ID         string   `json:"id"`
	Labels     []string `json:"labels"`
	Properties Props    `json:"properties"`
	// Weak names the properties that are defaults: a store sets them only where the node
	// has no value yet, so that a document that merely mentions a node (an act it recalls)
	// never overwrites what the document that states it (the act's own text) wrote.
	Weak map[string]bool `json:"-"`
}

// IsWeak reports whether property k of n is a default.
func (n Node) IsWeak(k string) bool { return n.Weak[k] }

// SetWeak marks property k of n as a default (weak true) or as stated (weak false).
func (n *Node) SetWeak(k string, weak bool) {
	if !weak {
		delete(n.Weak, k)
		return
	}
	if n.Weak == nil {
		n.Weak = map[string]bool{}
	}
	n.Weak[k] = true
}

// Split returns n's stated properties and its defaults apart.
func (n Node) Split() (stated, defaults map[string]any) {
	stated, defaults = map[string]any{}, map[string]any{}
	for _, p := range n.Properties {
		if n.Weak[p.Key] {
			defaults[p.Key] = p.Value
		} else {
			stated[p.Key] = p.Value
		}
	}
	return stated, defaults
}

// Relationship is one directed edge of the graph, from Start to End (node ids).
type Relationship struct {
	ID         string `json:"id"`
	Type       string `json:"type"`
	Start      string `json:"start"`
	End        string `json:"end"`
	Properties Props  `json:"properties"`
}

// Graph is what the loader reads from one source document and a store writes in one
// transaction. Source is the id of that document's Document node.
type Graph struct {
	Source        string         `json:"source,omitempty"`
	Nodes         []Node         `json:"nodes"`
	Relationships []Relationship `json:"relationships"`
}

// Sort orders nodes and relationships by id, so that output is deterministic and diffs of
// two loads are meaningful.
func (g *Graph) Sort() {
	slices.SortFunc(g.Nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(g.Relationships, func(a, b Relationship) int { return cmp.Compare(a.ID, b.ID) })
}

// CanonicalLabels orders labels as stores return them: the primary label first, then the
// others in alphabetical order. Neo4j keeps no order of its own.
func CanonicalLabels(labels []string) []string {
	out := slices.Clone(labels)
	slices.SortStableFunc(out, func(a, b string) int {
		pa, pb := isPrimary(a), isPrimary(b)
		switch {
		case pa && !pb:
			return -1
		case pb && !pa:
			return 1
		}
		return cmp.Compare(a, b)
	})
	return out
}

// Label reports whether n carries label l.
func (n Node) Label(l string) bool { return slices.Contains(n.Labels, l) }

// String returns the string property k, or "" when it is absent or not a string.
func String(props Props, k string) string {
	s, _ := props.Get(k).(string)
	return s
}

// Int returns the integer property k, or 0 when it is absent or not an integer.
func Int(props Props, k string) int64 {
	switch v := props.Get(k).(type) {
	case int64:
		return v
	case int:
		return int64(v)
	case float64: // JSON numbers decode as float64
		return int64(v)
	}
	return 0
}

// Counts tells how many nodes carry each label and how many relationships have each type.
type Counts struct {
	Labels map[string]int64 `json:"labels"`
	Types  map[string]int64 `json:"types"`
}

// MergeNode folds n into old, which has the same id: labels are united; a stated property
// of n replaces old's, a default of n fills only a property old lacks or holds only as a
// default too, save a session's days that both state, which mergeDays unites. Loaders and
// stores merge with this one rule.
func MergeNode(old *Node, n Node) {
	for _, l := range n.Labels {
		if !slices.Contains(old.Labels, l) {
			old.Labels = append(old.Labels, l)
		}
	}
	if old.Properties == nil {
		old.Properties = make(Props, 0, len(n.Properties))
	}
	// A session's days, told by two documents, are both told: merged apart, by mergeDays.
	days := mergeDays(old, n)
	if len(n.Weak) == 0 {
		// Every property of n is stated: each replaces old's, whether old had it or not,
		// and is stated in old too. Nothing to look up first.
		for _, p := range n.Properties {
			if days && isDayKey(p.Key) {
				continue
			}
			old.Properties.Set(p.Key, p.Value)
			if len(old.Weak) > 0 {
				delete(old.Weak, p.Key)
			}
		}
		return
	}
	for _, p := range n.Properties {
		k := p.Key
		switch {
		case days && isDayKey(k) && !n.IsWeak(k):
		case !old.Properties.Has(k):
			old.Properties.Set(k, p.Value)
			old.SetWeak(k, n.IsWeak(k))
		case !n.IsWeak(k):
			old.Properties.Set(k, p.Value)
			old.SetWeak(k, false)
		}
	}
}

// Merge returns the union of graphs read from several documents, sorted by id: nodes
// merged by MergeNode, relationships by id (the last one read wins). Source is kept when
// every graph has the same one, and left empty otherwise: the union is no one document's.
func Merge(gs ...Graph) Graph {
	nodes := map[string]*Node{}
	rels := map[string]Relationship{}
	var order []string
	for _, g := range gs {
		for _, n := range g.Nodes {
			if old, ok := nodes[n.ID]; ok {
				MergeNode(old, n)
				continue
			}
			c := Node{ID: n.ID, Labels: slices.Clone(n.Labels), Properties: make(Props, 0, len(n.Properties))}
			MergeNode(&c, n)
			nodes[n.ID] = &c
			order = append(order, n.ID)
		}
		for _, r := range g.Relationships {
			rels[r.ID] = r
		}
	}
	var out Graph
	for i, g := range gs {
		if i == 0 {
			out.Source = g.Source
		} else if g.Source != out.Source {
			out.Source = ""
		}
	}
	for _, id := range order {
		out.Nodes = append(out.Nodes, *nodes[id])
	}
	for _, r := range rels {
		out.Relationships = append(out.Relationships, r)
	}
	out.Sort()
	return out
}

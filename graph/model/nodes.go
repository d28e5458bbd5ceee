package model

import (
	"encoding/base64"
	"strconv"
	"strings"

	"copgraph/kg"
)

// GlobalID returns the opaque global id of a node of the given GraphQL type and kg id.
func GlobalID(typ, key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(typ + ":" + key))
}

// entity holds what every node view shares: its kg node.
type entity struct{ kg.Node }

// Key returns the node's readable stable id.
func (e entity) Key() string { return e.Node.ID }

func (e entity) prop(k string) string { return kg.String(e.Properties, k) }

func (e entity) optional(k string) *string {
	if v := e.prop(k); v != "" {
		return &v
	}
	return nil
}

// Name returns the Chinese name.
func (e entity) Name() string { return e.prop(kg.PropName) }

// NameEn returns the English name, when known.
func (e entity) NameEn() *string { return e.optional(kg.PropNameEn) }

// Aliases returns every written form folded into the node.
func (e entity) Aliases() []string {
	if a, ok := e.Properties.Get(kg.PropAliases).([]string); ok {
		return a
	}
	return []string{e.Name()}
}

// Paragraph is the GraphQL view of a Paragraph node.
type Paragraph struct{ entity }

// Document is the GraphQL view of a Document node.
type Document struct{ entity }

// WorkingGroup is the GraphQL view of a WorkingGroup node.
type WorkingGroup struct{ entity }

// Instrument is the GraphQL view of an Instrument node.
type Instrument struct{ entity }

// Actor is the GraphQL view of an Actor node.
type Actor struct{ entity }

// NewParagraph and the functions below wrap kg nodes in their GraphQL views.
func NewParagraph(n kg.Node) *Paragraph { return &Paragraph{entity{n}} }

// NewDocument wraps a Document node.
func NewDocument(n kg.Node) *Document { return &Document{entity{n}} }

// NewWorkingGroup wraps a WorkingGroup node.
func NewWorkingGroup(n kg.Node) *WorkingGroup { return &WorkingGroup{entity{n}} }

// NewInstrument wraps an Instrument node.
func NewInstrument(n kg.Node) *Instrument { return &Instrument{entity{n}} }

// NewActor wraps an Actor node.
func NewActor(n kg.Node) *Actor { return &Actor{entity{n}} }

// ID returns the paragraph's global id.
func (p *Paragraph) ID() string { return GlobalID("Paragraph", p.Node.ID) }

// LocalKey returns the paragraph's key within its act or document.
func (p *Paragraph) LocalKey() string { return p.prop(kg.PropKey) }

// Kind returns the paragraph's kind.
func (p *Paragraph) Kind() ParagraphKind { return ParagraphKind(strings.ToUpper(p.prop(kg.PropKind))) }

// Number returns the number as printed, if any.
func (p *Paragraph) Number() *string { return p.optional(kg.PropNumber) }

// Text returns the paragraph's text.
func (p *Paragraph) Text() string { return p.prop(kg.PropText) }

// Order returns the paragraph's position in its parent.
func (p *Paragraph) Order() int64 { return kg.Int(p.Properties, kg.PropOrder) }

// ID returns the document's global id.
func (d *Document) ID() string { return GlobalID("Document", d.Node.ID) }

// Symbol returns the document's UN symbol.
func (d *Document) Symbol() *string { return d.optional(kg.PropSymbol) }

// Symbols returns every symbol the document bears, its own first.
func (d *Document) Symbols() []string {
	if a, ok := d.Properties.Get(kg.PropAliases).([]string); ok && len(a) > 0 {
		return a
	}
	if s := d.prop(kg.PropSymbol); s != "" {
		return []string{s}
	}
	return []string{}
}

// File returns the file a loaded document was read from.
func (d *Document) File() *string { return d.optional("file") }

// ID returns the group's global id.
func (w *WorkingGroup) ID() string { return GlobalID("WorkingGroup", w.Node.ID) }

// ID returns the instrument's global id.
func (i *Instrument) ID() string { return GlobalID("Instrument", i.Node.ID) }

// ID returns the actor's global id.
func (a *Actor) ID() string { return GlobalID("Actor", a.Node.ID) }

// Kind returns the kind of actor, from its labels.
func (a *Actor) Kind() ActorKind {
	switch {
	case a.Label(kg.LabelState):
		return ActorKindState
	case a.Label(kg.LabelPerson):
		return ActorKindPerson
	case a.Label(kg.LabelCollective):
		return ActorKindCollective
	}
	return ActorKindOrganization
}

// IsNode and IsAddressee mark the views as implementations of GraphQL's Node interface
// and Addressee union.
func (*Paragraph) IsNode()         {}
func (*Document) IsNode()          {}
func (*WorkingGroup) IsNode()      {}
func (*Instrument) IsNode()        {}
func (*Actor) IsNode()             {}
func (*Actor) IsAddressee()        {}
func (*WorkingGroup) IsAddressee() {}

// IsNamed marks the views a paragraph can name (GraphQL's Named union).
func (*WorkingGroup) IsNamed() {}

// IsNamed marks the views a paragraph can name (GraphQL's Named union).
func (*Instrument) IsNamed() {}

// View wraps a node in the GraphQL view its primary label calls for, or returns nil for a
// label the API does not show as a node of its own (Act has its own view, kg.Act).
func View(n kg.Node) Node {
	switch n.PrimaryLabel() {
	case kg.LabelAct:
		a := kg.ActFromNode(n)
		return &a
	case kg.LabelParagraph:
		return NewParagraph(n)
	case kg.LabelDocument:
		return NewDocument(n)
	case kg.LabelWorkingGroup:
		return NewWorkingGroup(n)
	case kg.LabelInstrument:
		return NewInstrument(n)
	case kg.LabelActor:
		return NewActor(n)
	case kg.LabelSession:
		return NewSession(n)
	case kg.LabelAgendaItem:
		return NewAgendaItem(n)
	case kg.LabelMeeting:
		return NewMeeting(n)
	}
	return nil
}

// Meeting is the GraphQL view of a Meeting node.
type Meeting struct{ entity }

// NewMeeting wraps a Meeting node.
func NewMeeting(n kg.Node) *Meeting { return &Meeting{entity{n}} }

// ID returns the meeting's global id.
func (m *Meeting) ID() string { return GlobalID("Meeting", m.Node.ID) }

// Number returns the meeting's number within its session.
func (m *Meeting) Number() int64 { return kg.Int(m.Properties, kg.PropNumber) }

// Date returns the meeting's day.
func (m *Meeting) Date() *string { return m.optional(kg.PropDate) }

// Plenary reports whether a document calls the meeting plenary.
func (m *Meeting) Plenary() bool { b, _ := m.Properties.Get(kg.PropPlenary).(bool); return b }

// Session is the GraphQL view of a Session node.
type Session struct{ entity }

// AgendaItem is the GraphQL view of an AgendaItem node.
type AgendaItem struct{ entity }

// NewSession wraps a Session node.
func NewSession(n kg.Node) *Session { return &Session{entity{n}} }

// NewAgendaItem wraps an AgendaItem node.
func NewAgendaItem(n kg.Node) *AgendaItem { return &AgendaItem{entity{n}} }

// ID returns the session's global id.
func (s *Session) ID() string { return GlobalID("Session", s.Node.ID) }

// Body returns the session's body.
func (s *Session) Body() Body { return Body(s.prop(kg.PropBody)) }

// Number returns the session's number.
func (s *Session) Number() *int64 {
	if !s.Properties.Has(kg.PropNumber) {
		return nil // a working group's session is known by its days
	}
	n := kg.Int(s.Properties, kg.PropNumber)
	return &n
}

// Special reports whether the session is a special session (session:ga:s-32).
func (s *Session) Special() bool {
	special, _ := s.Properties.Get(kg.PropSpecial).(bool)
	return special
}

// Place returns where the session met.
func (s *Session) Place() *string { return s.optional(kg.PropPlace) }

// Year returns the year the session met or is to meet: the year a decision set it for,
// else its first day's; nil when neither is known.
func (s *Session) Year() *int64 {
	if s.Properties.Has(kg.PropYear) {
		y := kg.Int(s.Properties, kg.PropYear)
		return &y
	}
	start, _ := s.Properties.Get(kg.PropStartDate).(string)
	if len(start) < 4 {
		return nil
	}
	y, err := strconv.ParseInt(start[:4], 10, 64)
	if err != nil {
		return nil
	}
	return &y
}

// StartDate returns the session's first day.
func (s *Session) StartDate() *string { return s.optional(kg.PropStartDate) }

// EndDate returns the session's last day.
func (s *Session) EndDate() *string { return s.optional(kg.PropEndDate) }

// Parts returns the parts the session met in, when it met in more than one; none else. A
// part the store holds in another shape than "start/end" is left out rather than guessed.
func (s *Session) Parts() []*SessionPart {
	list, _ := s.Properties.Get(kg.PropParts).([]string)
	parts := make([]*SessionPart, 0, len(list))
	for _, p := range list {
		if start, end, ok := strings.Cut(p, "/"); ok {
			parts = append(parts, &SessionPart{StartDate: start, EndDate: end})
		}
	}
	return parts
}

// ID returns the agenda item's global id.
func (a *AgendaItem) ID() string { return GlobalID("AgendaItem", a.Node.ID) }

// Number returns the item's number as printed.
func (a *AgendaItem) Number() string { return a.prop(kg.PropNumber) }

// Title returns the item's title.
func (a *AgendaItem) Title() *string { return a.optional(kg.PropTitle) }

// Scheduled returns the days an organisation of work sets for the item.
func (a *AgendaItem) Scheduled() []string {
	if d, ok := a.Properties.Get(kg.PropScheduled).([]string); ok {
		return d
	}
	return []string{}
}

// TitleEn returns the item's English title, when known.
func (a *AgendaItem) TitleEn() *string { return a.optional(kg.PropTitleEn) }

func (*Session) IsNode()    {}
func (*AgendaItem) IsNode() {}
func (*Meeting) IsNode()    {}

// Mandate is one MANDATES relationship with its paragraph and addressee.
type Mandate struct {
	Cursor    string
	Rel       kg.Relationship
	Paragraph kg.Node
	Addressee kg.Node
}

// Source returns the key of the document the mandate was read from.
func (m *Mandate) Source() string { return kg.String(m.Rel.Properties, kg.PropSource) }

// SpanStart returns the offset of the quote in the cleaned text of the source: two
// mandates of one paragraph to one addressee (a list's items) differ there.
func (m *Mandate) SpanStart() int64 { return kg.Int(m.Rel.Properties, kg.PropSpanStart) }

// SpanEnd returns the offset just past the quote.
func (m *Mandate) SpanEnd() int64 { return kg.Int(m.Rel.Properties, kg.PropSpanEnd) }

// Proposed reports whether the mandate is a recommended draft's, not an adopted act's.
func (m *Mandate) Proposed() bool { b, _ := m.Rel.Properties.Get(kg.PropProposed).(bool); return b }

// Citation is one CITES relationship with its ends.
type Citation struct {
	Cursor    string
	Rel       kg.Relationship
	Paragraph kg.Node
	Document  kg.Node
}

// TextReference is a REFERS_TO relationship from a paragraph of a report's narrative to an
// act, seen from the act.
type TextReference struct {
	Provenance
	Cursor    string
	Paragraph kg.Node
}

// Relation returns what the reference does.
func (t *TextReference) Relation() Relation {
	return Relation(strings.ToUpper(kg.String(t.Rel.Properties, kg.PropRelation)))
}

// Verb returns the Chinese verb as written, when the sentence has one.
func (t *TextReference) Verb() *string { return t.prop(kg.PropVerb) }

// Footnote returns the footnote the reference was read from, when it was.
func (t *TextReference) Footnote() *int64 {
	if n := kg.Int(t.Rel.Properties, kg.PropFootnote); n > 0 {
		return &n
	}
	return nil
}

// Sponsorship is one SPONSORED relationship with its ends.
type Sponsorship struct {
	Cursor   *string // nil in a plain list
	Rel      kg.Relationship
	Actor    kg.Node
	Document kg.Node
}

// OnBehalfOf returns whom the sponsor put the draft forward for, when the draft says.
func (s *Sponsorship) OnBehalfOf() *string {
	if v := kg.String(s.Rel.Properties, kg.PropOnBehalfOf); v != "" {
		return &v
	}
	return nil
}

// Officer is an ELECTED relationship seen from the session: the person and the role.
type Officer struct {
	Role   string
	Person *Actor
}

// Section returns the chapter and section headings a report's paragraph stands under.
func (p *Paragraph) Section() *string { return p.optional(kg.PropSection) }

// Provenance is a relationship seen as a fact read from a text: where it was read. The
// views of relationships embed it.
type Provenance struct{ Rel kg.Relationship }

func (p Provenance) prop(k string) *string {
	if v := kg.String(p.Rel.Properties, k); v != "" {
		return &v
	}
	return nil
}

// Quote returns the text as printed.
func (p Provenance) Quote() string { return kg.String(p.Rel.Properties, kg.PropQuote) }

// Source returns the key of the document it was read from.
func (p Provenance) Source() string { return kg.String(p.Rel.Properties, kg.PropSource) }

// SpanStart returns the offset of the quote in the cleaned text of the source.
func (p Provenance) SpanStart() int64 { return kg.Int(p.Rel.Properties, kg.PropSpanStart) }

// SpanEnd returns the offset just past the quote.
func (p Provenance) SpanEnd() int64 { return kg.Int(p.Rel.Properties, kg.PropSpanEnd) }

// Statement is one SPOKE_ON relationship with its speaker and the agenda item or session
// it was made at.
type Statement struct {
	Provenance
	Cursor  string
	Speaker kg.Node
	Forum   kg.Node
}

// Kind returns what kind of statement it was.
func (s *Statement) Kind() StatementKind {
	if k := s.prop(kg.PropStatement); k != nil {
		// A kind a later loader writes that this schema lacks is still a statement: an
		// unknown enum value would break every typed client.
		if kind := StatementKind(strings.ToUpper(*k)); kind.IsValid() {
			return kind
		}
	}
	return StatementKindStatement
}

// Capacity returns in what capacity the speaker spoke, when the report says.
func (s *Statement) Capacity() *string { return s.prop(kg.PropCapacity) }

// Signatory reports whether the speaker was the observer for a signatory State.
func (s *Statement) Signatory() bool { return s.Rel.Properties.Get(kg.PropSignatory) == true }

// Office returns the speaker's office, when the report names it.
func (s *Statement) Office() *string { return s.prop(kg.PropOffice) }

// OnBehalfOf returns whom the speaker spoke for, as printed.
func (s *Statement) OnBehalfOf() *string { return s.prop(kg.PropOnBehalfOf) }

// Timing returns whether the statement came before or after the adoption or the vote,
// where the report says; nil for a value this schema does not know.
func (s *Statement) Timing() *StatementTiming {
	if t := s.prop(kg.PropTiming); t != nil {
		if v := StatementTiming(strings.ToUpper(*t)); v.IsValid() {
			return &v
		}
	}
	return nil
}

// Intersessional reports whether the statement was made at a meeting between sessions.
func (s *Statement) Intersessional() bool {
	b, _ := s.Rel.Properties.Get(kg.PropIntersessional).(bool)
	return b
}

// Date returns the day of the intersessional meeting the statement was made at.
func (s *Statement) Date() *string { return s.prop(kg.PropDate) }

// Meeting returns the meeting the statement was made at, when the paragraph says.
func (s *Statement) Meeting() *string { return s.prop(kg.PropMeeting) }

// Meetings returns every meeting the report places the statement at: its one meeting, or
// the several the report names without saying at which.
func (s *Statement) Meetings() []string {
	if m, ok := s.Rel.Properties.Get(kg.PropMeetings).([]string); ok {
		return m
	}
	if m := s.Meeting(); m != nil {
		return []string{*m}
	}
	return []string{}
}

// Publication is one CITES relationship from a paragraph to an instrument, read from a
// footnote that says where the instrument is published.
type Publication struct {
	Provenance
	Cursor string
}

// Role returns "treaty_series" or "sales_number".
func (p *Publication) Role() string { return kg.String(p.Rel.Properties, kg.PropRole) }

// Footnote returns the number of the footnote, when known.
func (p *Publication) Footnote() *int64 {
	if n := kg.Int(p.Rel.Properties, kg.PropFootnote); n > 0 {
		return &n
	}
	return nil
}

// Volume returns the Treaty Series volumes.
func (p *Publication) Volume() *string { return p.prop(kg.PropVolume) }

// Registration returns the Treaty Series registration number.
func (p *Publication) Registration() *string { return p.prop(kg.PropRegistration) }

// SalesNumber returns a publication's sales number.
func (p *Publication) SalesNumber() *string { return p.prop(kg.PropSalesNumber) }

// GroupAct is one ESTABLISHES or EXTENDS relationship with its act and working group.
type GroupAct struct {
	Provenance
	Cursor string
	Act    kg.Node
	Group  kg.Node
}

// Relation returns what the act did to the group.
func (g *GroupAct) Relation() GroupActRelation { return GroupActRelation(g.Rel.Type) }

// Verb returns the Chinese verb as written.
func (g *GroupAct) Verb() string { return kg.String(g.Rel.Properties, kg.PropVerb) }

// Paragraph returns the local key of the paragraph that says so.
func (g *GroupAct) Paragraph() string { return kg.String(g.Rel.Properties, kg.PropParagraph) }

// Proposed reports whether a draft proposes it rather than an act deciding it.
func (g *GroupAct) Proposed() bool {
	p, _ := g.Rel.Properties.Get(kg.PropProposed).(bool)
	return p
}

// documentRoles maps the role labels of documents to the GraphQL roles.
var documentRoles = map[string]DocumentRole{
	kg.LabelReport: DocumentRoleReport, kg.LabelDraft: DocumentRoleDraft, kg.LabelFinancialImplications: DocumentRoleFinancialImplications,
	kg.LabelParticipantsList: DocumentRoleParticipantsList, kg.LabelCommitteeReport: DocumentRoleCommitteeReport,
	kg.LabelAgendaDocument: DocumentRoleAgendaDocument, kg.LabelCited: DocumentRoleCited,
}

// Roles returns the roles the document plays, from its labels.
func (d *Document) Roles() []DocumentRole {
	out := []DocumentRole{}
	for _, l := range kg.DocumentRoles {
		if d.Label(l) {
			out = append(out, documentRoles[l])
		}
	}
	return out
}

// DocumentRoleLabel returns the label of a role.
func DocumentRoleLabel(r DocumentRole) string {
	for l, role := range documentRoles {
		if role == r {
			return l
		}
	}
	return ""
}

// Mention is one MENTIONS relationship seen from its paragraph.
type Mention struct {
	Provenance
	Node kg.Node
}

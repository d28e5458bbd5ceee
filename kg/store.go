package kg

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
)

// Store is where the graph lives. Every implementation passes the conformance suite in
// kg/kgtest, so the API answers the same on each.
type Store interface {
	// Load writes g, the graph read from one source document, in one transaction: either all
	// of it is stored or, on error, nothing changes. Nodes and relationships are merged on
	// their ids, so loading the same graph twice changes nothing. Relationships that an earlier
	// load of the same source wrote and g no longer has are removed.
	Load(ctx context.Context, g Graph) error

	// Act returns the act with the given key, or an ENOTFOUND error.
	Act(ctx context.Context, key ActKey) (Act, error)

	// Acts returns a page of acts in sortKey order, filtered by f.
	Acts(ctx context.Context, f ActFilter, p PageArgs) (ActPage, error)

	// ActsByID returns the acts with the given ids, result i for ids[i]; ok is false for an
	// id that names no act. It serves dataloaders, so it costs one round trip.
	ActsByID(ctx context.Context, ids []string) ([]Act, []bool, error)

	GraphReader
	RelationshipReader
	Searcher

	// Counts returns the number of nodes per label and relationships per type.
	Counts(ctx context.Context) (Counts, error)

	// Ping reports an error when the store cannot serve reads.
	Ping(ctx context.Context) error

	// Close releases the store's resources.
	Close(ctx context.Context) error
}

// ActFilter selects acts; zero fields select everything.
type ActFilter struct {
	Body Body
	Kind ActKind
	// Adopted, when non-nil, keeps only acts adopted (true) or only referred to (false) in
	// the loaded documents.
	Adopted *bool
	// Session keeps only acts of that session (COP acts: the number before the slash).
	Session int64
	// TitleContains keeps only acts whose title contains it.
	TitleContains string
	// DateFrom and DateTo keep only acts dated within them (ISO dates, inclusive); an act
	// without a date is kept only when neither is set.
	DateFrom, DateTo string
	// Order says how the page is sorted; OrderByNumber when empty.
	Order ActOrder
}

// ActOrder is an order of acts.
type ActOrder string

// Orders of acts.
const (
	OrderByNumber     ActOrder = "number"     // body, kind, number
	OrderByDate       ActOrder = "date"       // oldest first, undated last
	OrderByReferenced ActOrder = "referenced" // the acts with the most references from acts first
)

// ActOrderKey returns the key that sorts an act in order o; referenced is the number of
// references from acts to it. The key ends with the act's own sort key and id, so it is unique.
func ActOrderKey(o ActOrder, n Node, referenced int64) string {
	base := String(n.Properties, PropSortKey) + "|" + n.ID
	switch o {
	case OrderByDate:
		d := String(n.Properties, PropDate)
		if d == "" {
			d = "9999-99-99"
		}
		return d + "|" + base
	case OrderByReferenced:
		return fmt.Sprintf("%010d|%s", 9999999999-referenced, base)
	}
	return base
}

// PageArgs asks for the First items after the cursor After ("" for the first page).
// Cursors are keyset cursors: they name the last item seen, so a page stays correct when
// items are added before it.
type PageArgs struct {
	First     int
	After     string
	WantTotal bool // compute TotalCount, which costs a count over the whole selection
}

// ActPage is one page of acts.
type ActPage struct {
	Acts       []Act
	Cursors    []string
	HasNext    bool
	TotalCount int64 // only when PageArgs.WantTotal
}

// Direction says which way a relationship is followed from the node asked about.
type Direction int

// Directions.
const (
	Outgoing Direction = iota // from the act to what it refers to
	Incoming                  // from the acts that refer to it
)

// Reference is one REFERS_TO relationship seen from one of its ends: Act is the other end.
type Reference struct {
	ID        string
	Relation  string // recalls, reaffirms, bears_in_mind, notes, welcomes, pursuant_to, …
	Verb      string // the Chinese verb as written, e.g. 回顾
	Paragraph string
	Quote     string
	Source    string
	SpanStart int64
	SpanEnd   int64
	Footnote  int64 // the footnote the reference was read from; 0 for the paragraph itself
	Act       Act
}

// Reference relationship property keys beyond provenance.
const (
	PropRelation = "relation"
	PropVerb     = "verb"
)

// ReferenceFromRelationship returns the typed view of a REFERS_TO relationship whose other
// end is other.
func ReferenceFromRelationship(r Relationship, other Act) Reference {
	p := r.Properties
	return Reference{
		ID:        r.ID,
		Relation:  String(p, PropRelation),
		Verb:      String(p, PropVerb),
		Paragraph: String(p, PropParagraph),
		Quote:     String(p, PropQuote),
		Source:    String(p, PropSource),
		SpanStart: Int(p, PropSpanStart),
		SpanEnd:   Int(p, PropSpanEnd),
		Footnote:  Int(p, PropFootnote),
		Act:       other,
	}
}

// DefaultPageSize and MaxPageSize bound PageArgs.First.
const (
	DefaultPageSize = 100
	MaxPageSize     = 1000
)

// Limit returns First bounded to [1, MaxPageSize], DefaultPageSize when unset.
func (p PageArgs) Limit() int {
	switch {
	case p.First <= 0:
		return DefaultPageSize
	case p.First > MaxPageSize:
		return MaxPageSize
	}
	return p.First
}

// EncodeCursor returns the opaque cursor of an item whose sort key is key. The key already
// ends with the item's id, so the order it gives is total.
func EncodeCursor(key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte("k:" + key))
}

// DecodeCursor returns the sort key inside a cursor, or an EINVALID error.
func DecodeCursor(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(b), "k:") {
		return "", Errorf(EINVALID, "malformed cursor %q", c)
	}
	return string(b[2:]), nil
}

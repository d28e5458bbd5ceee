package kg

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strconv"
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
	// Number keeps only acts of that number as printed ("6/1": the resolution and the
	// decision both), normalised as act numbers are.
	Number string
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

// A cursor is base64url of "c:", the 8-byte CursorScope of the list it was issued for, and
// the sort key of the item it names. The scope lets a store refuse a cursor of another list:
// its key would otherwise be compared with keys of another order or selection and give a
// wrong page, or an empty one, without a word.
const (
	cursorPrefix = "c:"
	scopeLen     = 8
)

// CursorScope tags the list a cursor pages: a hash of the query that selects and orders
// the list, less its page arguments. Stores take it from the query's CursorScope method, so
// that every store tags a list alike.
type CursorScope [scopeLen]byte

// scopeOf hashes the parts that select and order a list. Each part is written with its
// length, so that no two different selections write the same bytes.
func scopeOf(list string, parts ...string) CursorScope {
	h := sha256.New()
	for _, p := range append([]string{list}, parts...) {
		fmt.Fprintf(h, "%d:%s;", len(p), p)
	}
	var s CursorScope
	copy(s[:], h.Sum(nil))
	return s
}

// Encode returns the opaque cursor of the item whose sort key is key in the list s tags. The
// key already ends with the item's id, so the order it gives is total.
func (s CursorScope) Encode(key string) string {
	b := make([]byte, 0, len(cursorPrefix)+scopeLen+len(key))
	b = append(append(append(b, cursorPrefix...), s[:]...), key...)
	return base64.RawURLEncoding.EncodeToString(b)
}

// AfterKey returns the sort key to page after: "" for after == "" (the first page), the key
// inside after when it is a cursor of the list s tags, and an EINVALID error otherwise.
func (s CursorScope) AfterKey(after string) (string, error) {
	if after == "" {
		return "", nil
	}
	scope, key, err := decodeCursor(after)
	if err != nil {
		return "", err
	}
	if scope != s {
		return "", Errorf(EINVALID, "cursor %q does not belong to this list: it was issued for another field, node, filter or order", after)
	}
	return key, nil
}

func decodeCursor(c string) (CursorScope, string, error) {
	var scope CursorScope
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) <= len(cursorPrefix)+scopeLen || !strings.HasPrefix(string(b), cursorPrefix) {
		return scope, "", Errorf(EINVALID, "malformed cursor %q", c)
	}
	copy(scope[:], b[len(cursorPrefix):])
	return scope, string(b[len(cursorPrefix)+scopeLen:]), nil
}

// EncodeCursor returns a well-formed cursor of key that belongs to no list, so every store
// refuses it; stores issue cursors with CursorScope.Encode.
func EncodeCursor(key string) string { return CursorScope{}.Encode(key) }

// DecodeCursor returns the sort key inside a cursor of any list, or an EINVALID error when c
// is not a cursor. It checks the form only, for callers that do not know the list (the API
// checks arguments before it batches them); a store checks the scope with
// CursorScope.AfterKey.
func DecodeCursor(c string) (string, error) {
	_, key, err := decodeCursor(c)
	return key, err
}

// CursorScope returns the scope of the acts that f selects, in its order.
func (f ActFilter) CursorScope() CursorScope {
	adopted := ""
	if f.Adopted != nil {
		adopted = strconv.FormatBool(*f.Adopted)
	}
	order := f.Order
	if order != OrderByDate && order != OrderByReferenced {
		order = OrderByNumber // as ActOrderKey sorts them
	}
	return scopeOf("acts", string(f.Body), string(f.Kind), adopted, strconv.FormatInt(f.Session, 10),
		f.Number, f.TitleContains, f.DateFrom, f.DateTo, string(order))
}

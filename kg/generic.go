package kg

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
)

// GraphReader is the generic read side of a store: nodes by id and by label, the
// relationships around a node, and neighbourhoods. The API builds every relationship field
// on it, so a new kind of node or relationship needs no new store method.
type GraphReader interface {
	// Nodes returns the nodes with the given ids, result i for ids[i]; ok is false for an
	// id that names no node. One round trip.
	Nodes(ctx context.Context, ids []string) ([]Node, []bool, error)

	// Edges answers many edge queries in one round trip: result i for qs[i].
	Edges(ctx context.Context, qs []EdgeQuery) ([]EdgePage, error)

	// List returns a page of the nodes that carry a label, filtered and in key order
	// (sortKey where the node has one, else id).
	List(ctx context.Context, q ListQuery) (NodePage, error)

	Expander
}

// EdgeQuery asks for the relationships of one type at one node.
type EdgeQuery struct {
	NodeID    string
	Direction Direction
	Type      string
	// OtherLabel, when set, keeps only relationships whose other end carries it.
	OtherLabel string
	// Property and Value, when Property is set, keep only relationships whose property
	// equals Value ("relation" = "recalls").
	Property string
	Value    string
	Page     PageArgs
}

// Edge is a relationship seen from one end: Other is the node at the other end.
type Edge struct {
	Rel   Relationship
	Other Node
}

// EdgePage is one page of edges, in the order of EdgeSortKey.
type EdgePage struct {
	Edges      []Edge
	Cursors    []string
	HasNext    bool
	TotalCount int64
}

// EdgeSortKey orders relationships: by source document, then by where the fact stands in
// it, then by id, so that lists read in the order of the text. Stores compute the same key
// (neo4jstore in Cypher).
func EdgeSortKey(r Relationship) string {
	return fmt.Sprintf("%s|%012d|%s", String(r.Properties, PropSource), Int(r.Properties, PropSpanStart), r.ID)
}

// ListQuery selects nodes by label.
type ListQuery struct {
	Label string
	// Equals keeps nodes whose string property k equals v, for each k, v.
	Equals map[string]string
	// PrefixProperty and Prefix, when set, keep nodes whose property starts with Prefix.
	PrefixProperty string
	Prefix         string
	Page           PageArgs
}

// NodePage is one page of nodes.
type NodePage struct {
	Nodes      []Node
	Cursors    []string
	HasNext    bool
	TotalCount int64
}

// NodeSortKey is the key List orders nodes by.
func NodeSortKey(n Node) string {
	if k := String(n.Properties, PropSortKey); k != "" {
		return k + "|" + n.ID
	}
	return n.ID
}

// Neighbourhood bounds.
const (
	MaxDepth             = 4
	MaxNeighbourhoodSize = 2000
)

// CheckNeighbourhood validates neighbourhood arguments, as every store does.
func CheckNeighbourhood(depth, limit int) error {
	switch {
	case depth < 0 || depth > MaxDepth:
		return Errorf(EINVALID, "depth must be between 0 and %d, got %d", MaxDepth, depth)
	case limit < 1 || limit > MaxNeighbourhoodSize:
		return Errorf(EINVALID, "limit must be between 1 and %d, got %d", MaxNeighbourhoodSize, limit)
	}
	return nil
}

// CheckName reports an EINVALID error unless s is a plain label or type name, which stores
// write into query text.
func CheckName(what, s string) error {
	if !nameRE.MatchString(s) {
		return Errorf(EINVALID, "%s %q is not a plain name", what, s)
	}
	return nil
}

// CheckProperty reports an EINVALID error unless s is a plain property key.
func CheckProperty(s string) error {
	if !propRE.MatchString(s) {
		return &Error{Code: EINVALID, Message: fmt.Sprintf("property %q is not a plain name", s)}
	}
	return nil
}

// PropEq is a property equality filter, on a string property (Eq) or on a flag (FlagEq); a
// zero PropEq filters nothing. Its fields are comparable, so a query that holds it is too.
type PropEq struct {
	Key    string
	str    string
	flag   bool
	isFlag bool
}

// Eq returns the filter that keeps what has the string property key equal to value.
func Eq(key, value string) PropEq { return PropEq{Key: key, str: value} }

// FlagEq returns the filter that keeps what has the flag key set (value true) or unset
// (false). A flag is a boolean property that the graph writes only where it is true
// (proposed), so a missing one is false.
func FlagEq(key string, value bool) PropEq { return PropEq{Key: key, flag: value, isFlag: true} }

// IsFlag reports whether f filters on a flag.
func (f PropEq) IsFlag() bool { return f.isFlag }

// Value returns what f compares the property with: a string, or a flag's bool. Stores pass it
// as a query parameter, typed.
func (f PropEq) Value() any {
	if f.isFlag {
		return f.flag
	}
	return f.str
}

// Holds reports whether props pass f, as every store reads it: a missing flag is false, and
// a value of another type than the filter's (the string "true" for a flag) passes nothing.
func (f PropEq) Holds(props Props) bool {
	v := props.Get(f.Key)
	if f.isFlag && v == nil {
		return !f.flag
	}
	switch v := v.(type) {
	case bool:
		return f.isFlag && v == f.flag
	case string:
		return !f.isFlag && v == f.str
	}
	return false
}

// RelQuery selects relationships of one type, wherever they are: by their ends and by up
// to five property filters. Its fields are comparable, so dataloaders can key on it.
type RelQuery struct {
	Type    string
	Start   string // "" for any start node
	End     string // "" for any end node
	Filters [5]PropEq
	Page    PageArgs
}

// RelItem is a relationship with both its end nodes.
type RelItem struct {
	Rel        Relationship
	Start, End Node
}

// RelPage is one page of relationships, in the order of EdgeSortKey.
type RelPage struct {
	Items      []RelItem
	Cursors    []string
	HasNext    bool
	TotalCount int64
}

// RelationshipReader lists relationships by type and properties, for flat tables such as
// every mandate of a session.
type RelationshipReader interface {
	// Relationships answers many queries in one round trip per relationship type.
	Relationships(ctx context.Context, qs []RelQuery) ([]RelPage, error)
}

// Matches reports whether r passes q's filters (not its type).
func (q RelQuery) Matches(r Relationship) bool {
	if (q.Start != "" && r.Start != q.Start) || (q.End != "" && r.End != q.End) {
		return false
	}
	for _, f := range q.Filters {
		if f.Key != "" && !f.Holds(r.Properties) {
			return false
		}
	}
	return true
}

// CursorScope returns the scope of the edges q selects. Value counts only with Property,
// as stores read it only then.
func (q EdgeQuery) CursorScope() CursorScope {
	value := ""
	if q.Property != "" {
		value = q.Value
	}
	return scopeOf("edges", q.Type, strconv.Itoa(int(q.Direction)), q.NodeID, q.OtherLabel, q.Property, value)
}

// CursorScope returns the scope of the nodes q selects; the Equals filters count in key
// order, and Prefix only with PrefixProperty.
func (q ListQuery) CursorScope() CursorScope {
	parts := []string{q.Label, q.PrefixProperty, ""}
	if q.PrefixProperty != "" {
		parts[2] = q.Prefix
	}
	for _, k := range slices.Sorted(maps.Keys(q.Equals)) {
		parts = append(parts, k, q.Equals[k])
	}
	return scopeOf("list", parts...)
}

// CursorScope returns the scope of the relationships q selects. Its filters count whatever
// their slots, in order, and zero ones not at all, as they filter nothing.
func (q RelQuery) CursorScope() CursorScope {
	type part struct{ key, value string }
	var fs []part
	for _, f := range q.Filters {
		switch {
		case f.Key == "":
		case f.isFlag:
			// "?" is in no property key (CheckProperty), so a flag's part is no string
			// filter's, and a string filter's part stays its key and value, as in the
			// cursors already issued.
			fs = append(fs, part{f.Key + "?", strconv.FormatBool(f.flag)})
		default:
			fs = append(fs, part{f.Key, f.str})
		}
	}
	slices.SortFunc(fs, func(a, b part) int {
		return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.value, b.value))
	})
	parts := []string{q.Type, q.Start, q.End}
	for _, f := range fs {
		parts = append(parts, f.key, f.value)
	}
	return scopeOf("relationships", parts...)
}

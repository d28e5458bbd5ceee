package graph

import (
	"context"
	"encoding/base64"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"copgraph/graph/model"
	"copgraph/kg"
)

// isoDateRE is the form of the dates the API takes.
var isoDateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// globalID returns the opaque global id of a node of the given GraphQL type and kg id.
func globalID(typ, key string) string { return model.GlobalID(typ, key) }

// parseGlobalID splits a global id into its GraphQL type and kg id.
func parseGlobalID(id string) (typ, key string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(id)
	if err == nil {
		var ok bool
		if typ, key, ok = strings.Cut(string(b), ":"); ok && typ != "" && key != "" {
			return typ, key, nil
		}
	}
	return "", "", kg.Errorf(kg.EINVALID, "malformed node id %q", id)
}

func kindFrom(k model.ActKind) kg.ActKind { return kg.ActKind(strings.ToLower(string(k))) }

func relationFrom(r *model.Relation) string {
	if r == nil {
		return ""
	}
	return strings.ToLower(string(*r))
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// pageArgs turns a connection field's arguments into kg.PageArgs, asking for the total only
// when the query selects totalCount: counting costs a pass over the whole selection.
func pageArgs(ctx context.Context, first *int64, after *string) (kg.PageArgs, error) {
	p := kg.PageArgs{WantTotal: selects(ctx, "totalCount")}
	if first != nil {
		if *first < 1 || *first > kg.MaxPageSize {
			return p, kg.Errorf(kg.EINVALID, "first must be between 1 and %d, got %d", kg.MaxPageSize, *first)
		}
		p.First = int(*first)
	}
	if after != nil {
		// Checked here, not in the store: a batch of sibling fields must not fail for one
		// field's bad cursor.
		if _, err := kg.DecodeCursor(*after); err != nil {
			return p, err
		}
		p.After = *after
	}
	return p, nil
}

// selects reports whether the field being resolved selects the named subfield.
func selects(ctx context.Context, name string) bool {
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name == name {
			return true
		}
	}
	return false
}

func pageInfo(cursors []string, hasNext, after bool) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: hasNext, HasPreviousPage: after}
	if n := len(cursors); n > 0 {
		pi.StartCursor, pi.EndCursor = &cursors[0], &cursors[n-1]
	}
	return pi
}

// referenceConnection turns REFERS_TO edges to acts into a page of references.
func referenceConnection(p kg.EdgePage, after bool) *model.ReferenceConnection {
	c := &model.ReferenceConnection{Edges: make([]*model.ReferenceEdge, len(p.Edges)), PageInfo: pageInfo(p.Cursors, p.HasNext, after), TotalCount: p.TotalCount}
	for i, e := range p.Edges {
		r := kg.ReferenceFromRelationship(e.Rel, kg.ActFromNode(e.Other))
		e := &model.ReferenceEdge{
			Cursor:    p.Cursors[i],
			Node:      &r.Act,
			Relation:  model.Relation(strings.ToUpper(r.Relation)),
			Verb:      optional(r.Verb),
			Paragraph: r.Paragraph,
			Quote:     r.Quote,
			Source:    r.Source,
			SpanStart: r.SpanStart,
			SpanEnd:   r.SpanEnd,
		}
		if r.Footnote > 0 {
			e.Footnote = &r.Footnote
		}
		c.Edges[i] = e
	}
	return c
}

func actConnection(p kg.ActPage, after bool) *model.ActConnection {
	c := &model.ActConnection{Edges: make([]*model.ActEdge, len(p.Acts)), PageInfo: pageInfo(p.Cursors, p.HasNext, after), TotalCount: p.TotalCount}
	for i := range p.Acts {
		c.Edges[i] = &model.ActEdge{Cursor: p.Cursors[i], Node: &p.Acts[i]}
	}
	return c
}

package graph

import (
	"context"
	"strings"

	"copgraph/graph/model"
	"copgraph/kg"
)

// references answers Act.references and Act.referencedBy through the request's edge loader,
// so that the reference lists of every act at one depth of a query cost one round trip.
func (r *Resolver) references(ctx context.Context, act *kg.Act, dir kg.Direction, relation *model.Relation, first *int64, after *string) (*model.ReferenceConnection, error) {
	page, after2, err := r.edges(ctx, referenceQuery(act, dir, kg.LabelAct, relation), first, after)
	return referenceConnection(page, after2), err
}

// referencedIn answers Act.referencedIn: the references to an act from the paragraphs of
// reports' narratives, which the loader starts at the paragraph (an act's own start at the
// act, so referencedBy and referencedIn never list one reference twice).
func (r *Resolver) referencedIn(ctx context.Context, act *kg.Act, relation *model.Relation, first *int64, after *string) (*model.TextReferenceConnection, error) {
	page, after2, err := r.edges(ctx, referenceQuery(act, kg.Incoming, kg.LabelParagraph, relation), first, after)
	c := &model.TextReferenceConnection{Edges: make([]*model.TextReference, len(page.Edges)), PageInfo: pageInfo(page.Cursors, page.HasNext, after2), TotalCount: page.TotalCount}
	for i, e := range page.Edges {
		c.Edges[i] = &model.TextReference{Cursor: page.Cursors[i], Provenance: model.Provenance{Rel: e.Rel}, Paragraph: e.Other}
	}
	return c, err
}

// referenceQuery selects the REFERS_TO relationships at an act whose other end carries label,
// of one relation when it is given.
func referenceQuery(act *kg.Act, dir kg.Direction, label string, relation *model.Relation) kg.EdgeQuery {
	q := kg.EdgeQuery{NodeID: act.ID, Direction: dir, Type: kg.RelRefersTo, OtherLabel: label}
	if rel := relationFrom(relation); rel != "" {
		q.Property, q.Value = kg.PropRelation, rel
	}
	return q
}

// referenceChain follows references breadth first. Each hop asks for the references of the
// whole frontier at once, through the edge loader: one round trip per hop.
func (r *Resolver) referenceChain(ctx context.Context, act *kg.Act, depth *int64, relation *model.Relation, limit *int64) ([]*model.ReferenceStep, error) {
	d, l := int64(2), int64(500)
	if depth != nil {
		d = *depth
	}
	if limit != nil {
		l = *limit
	}
	if d < 1 || d > 6 || l < 1 || l > 1000 {
		return nil, kg.Errorf(kg.EINVALID, "depth must be 1 to 6 and limit 1 to 1000, got %d and %d", d, l)
	}
	steps := []*model.ReferenceStep{}
	seen := map[string]bool{act.ID: true}
	frontier := []kg.Act{*act}
	for hop := int64(1); hop <= d && len(frontier) > 0; hop++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		qs := make([]kg.EdgeQuery, len(frontier))
		for i := range frontier {
			qs[i] = referenceQuery(&frontier[i], kg.Outgoing, kg.LabelAct, relation)
			qs[i].Page = kg.PageArgs{First: kg.MaxPageSize}
		}
		pages, err := loadersFrom(ctx, r.Store).edges.LoadAll(ctx, qs)
		if err != nil {
			return nil, err
		}
		var next []kg.Act
		for i, page := range pages {
			for _, e := range page.Edges {
				if int64(len(steps)) == l {
					return steps, nil
				}
				from, to := frontier[i], kg.ActFromNode(e.Other)
				ref := kg.ReferenceFromRelationship(e.Rel, to)
				steps = append(steps, &model.ReferenceStep{Depth: hop, From: &from, To: &to, Relation: model.Relation(strings.ToUpper(ref.Relation)),
					Verb: optional(ref.Verb), Quote: ref.Quote, Paragraph: ref.Paragraph})
				if !seen[to.ID] {
					seen[to.ID] = true
					next = append(next, to)
				}
			}
		}
		frontier = next
	}
	return steps, nil
}

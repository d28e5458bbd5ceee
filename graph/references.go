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
	q := kg.EdgeQuery{NodeID: act.ID, Direction: dir, Type: kg.RelRefersTo, OtherLabel: kg.LabelAct}
	if rel := relationFrom(relation); rel != "" {
		q.Property, q.Value = kg.PropRelation, rel
	}
	page, after2, err := r.edges(ctx, q, first, after)
	return referenceConnection(page, after2), err
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
		for i, a := range frontier {
			qs[i] = kg.EdgeQuery{NodeID: a.ID, Direction: kg.Outgoing, Type: kg.RelRefersTo, OtherLabel: kg.LabelAct, Page: kg.PageArgs{First: kg.MaxPageSize}}
			if rel := relationFrom(relation); rel != "" {
				qs[i].Property, qs[i].Value = kg.PropRelation, rel
			}
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

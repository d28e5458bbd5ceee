package graph

import (
	"context"

	"copgraph/graph/model"
	"copgraph/kg"
)

// references answers Act.references and Act.referencedBy through the request's loader, so
// that the reference lists of every act at one depth of a query cost one store round trip.
func (r *Resolver) references(ctx context.Context, act *kg.Act, dir kg.Direction, relation *model.Relation, first *int64, after *string) (*model.ReferenceConnection, error) {
	p, err := pageArgs(ctx, first, after)
	if err != nil {
		return nil, err
	}
	q := kg.ReferenceQuery{ActID: act.ID, Direction: dir, Relation: relationFrom(relation), Page: p}
	page, err := loadersFrom(ctx, r.Store).references.Load(ctx, q)
	if err != nil {
		return nil, err
	}
	return referenceConnection(page, p.After != ""), nil
}

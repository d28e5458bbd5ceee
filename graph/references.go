package graph

import (
	"context"

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

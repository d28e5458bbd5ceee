package neo4jstore_test

import (
	"context"
	"testing"

	"copgraph/kg"
	"copgraph/kg/kgtest"
	"copgraph/neo4jstore/neo4jtest"
)

func TestConformance(t *testing.T) {
	kgtest.Run(t, func(t *testing.T) kg.Store { return neo4jtest.Open(t) })
}

func TestEdgesOfManyNodesCostOneRoundTrip(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	if err := s.Load(ctx, kgtest.Fixture()); err != nil {
		t.Fatal(err)
	}
	var qs []kg.EdgeQuery
	for _, id := range []string{"act:cop:resolution:6/1", "act:cop:resolution:6/2", "act:cop:resolution:5/1"} {
		qs = append(qs, kg.EdgeQuery{NodeID: id, Direction: kg.Outgoing, Type: kg.RelRefersTo}, kg.EdgeQuery{NodeID: id, Direction: kg.Incoming, Type: kg.RelRefersTo})
	}
	before := s.RoundTrips()
	if _, err := s.Edges(ctx, qs); err != nil {
		t.Fatal(err)
	}
	if got := s.RoundTrips() - before; got != 1 {
		t.Errorf("Edges of %d queries of one type took %d round trips, want 1", len(qs), got)
	}
}

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

func TestABatchOfPagedQueriesCostsOneRoundTrip(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	if err := s.Load(ctx, kgtest.Fixture()); err != nil {
		t.Fatal(err)
	}
	r61 := kg.EdgeQuery{NodeID: "act:cop:resolution:6/1", Direction: kg.Outgoing, Type: kg.RelRefersTo, Page: kg.PageArgs{First: 1}}
	first, err := s.Edges(ctx, []kg.EdgeQuery{r61})
	if err != nil {
		t.Fatal(err)
	}
	// Both directions, with and without the total, other page sizes and a cursor.
	var qs []kg.EdgeQuery
	for i, id := range []string{"act:cop:resolution:6/1", "act:cop:resolution:6/2", "act:cop:resolution:5/1"} {
		qs = append(qs,
			kg.EdgeQuery{NodeID: id, Direction: kg.Outgoing, Type: kg.RelRefersTo, Page: kg.PageArgs{First: i + 1, WantTotal: true}},
			kg.EdgeQuery{NodeID: id, Direction: kg.Incoming, Type: kg.RelRefersTo, OtherLabel: kg.LabelAct})
	}
	r61.Page = kg.PageArgs{First: 1, After: first[0].Cursors[0], WantTotal: true}
	qs = append(qs, r61)
	trips := func(what string, n int, f func() error) {
		t.Helper()
		before := s.RoundTrips()
		if err := f(); err != nil {
			t.Fatal(err)
		}
		if got := s.RoundTrips() - before; got != 1 {
			t.Errorf("%s of %d queries took %d round trips, want 1", what, n, got)
		}
	}
	trips("Edges", len(qs), func() error { _, err := s.Edges(ctx, qs); return err })
	rqs := []kg.RelQuery{
		{Type: kg.RelRefersTo, Page: kg.PageArgs{WantTotal: true}},
		{Type: kg.RelRefersTo, Start: "act:cop:resolution:6/1", Page: kg.PageArgs{First: 1}},
		{Type: kg.RelRefersTo, End: "act:cop:resolution:5/1", Filters: [5]kg.PropEq{kg.Eq(kg.PropRelation, "recalls")}},
	}
	trips("Relationships", len(rqs), func() error { _, err := s.Relationships(ctx, rqs); return err })
	trips("List with the total", 1, func() error {
		_, err := s.List(ctx, kg.ListQuery{Label: kg.LabelAct, Page: kg.PageArgs{First: 2, WantTotal: true}})
		return err
	})
	trips("Acts with the total", 1, func() error {
		_, err := s.Acts(ctx, kg.ActFilter{Order: kg.OrderByReferenced}, kg.PageArgs{First: 2, WantTotal: true})
		return err
	})
}

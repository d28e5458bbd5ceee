package neo4jstore_test

import (
	"context"
	"fmt"
	"testing"

	"copgraph/kg"
	"copgraph/kg/kgtest"
	"copgraph/neo4jstore/neo4jtest"
)

// hubSize is how many relationships the hub of the paging benchmarks has: a long list is
// where a page that reads the whole list shows.
const hubSize = 5000

// hubGraph is one act that hubSize paragraphs refer to.
func hubGraph() (kg.Graph, string) {
	const src = "doc:BENCH/1"
	hub := kgtest.Act(kg.KindResolution, "1/1", "hub", true)
	g := kg.Graph{Source: src, Nodes: []kg.Node{kgtest.Doc(src), hub}}
	for i := range hubSize {
		key := fmt.Sprintf("p%05d", i)
		p := kg.Node{ID: src + "#" + key, Labels: []string{kg.LabelParagraph}, Properties: kg.PropsOf(map[string]any{kg.PropText: key})}
		g.Nodes = append(g.Nodes, p)
		g.Relationships = append(g.Relationships, kgtest.Ref(src, p.ID, hub.ID, "recalls", "回顾", key, int64(i*10)))
	}
	return g, hub.ID
}

// BenchmarkPageThroughAHub pages through the hub's hubSize relationships 100 at a time,
// as a client following endCursor does; one op is the whole walk.
func BenchmarkPageThroughAHub(b *testing.B) {
	s := neo4jtest.Open(b)
	ctx := context.Background()
	g, hub := hubGraph()
	if err := s.Load(ctx, g); err != nil {
		b.Fatal(err)
	}
	walk := func(b *testing.B, page func(after string) (n int, next string, hasNext bool, err error)) {
		seen := 0
		for after := ""; ; {
			n, next, hasNext, err := page(after)
			if err != nil {
				b.Fatal(err)
			}
			seen += n
			if !hasNext {
				break
			}
			after = next
		}
		if seen != hubSize {
			b.Fatalf("paged through %d relationships, want %d", seen, hubSize)
		}
	}
	for _, wantTotal := range []bool{false, true} {
		b.Run(fmt.Sprintf("Edges/total=%v", wantTotal), func(b *testing.B) {
			for b.Loop() {
				walk(b, func(after string) (int, string, bool, error) {
					ps, err := s.Edges(ctx, []kg.EdgeQuery{{NodeID: hub, Direction: kg.Incoming, Type: kg.RelRefersTo,
						Page: kg.PageArgs{First: 100, After: after, WantTotal: wantTotal}}})
					if err != nil {
						return 0, "", false, err
					}
					p := ps[0]
					return len(p.Edges), p.Cursors[len(p.Cursors)-1], p.HasNext, nil
				})
			}
		})
		b.Run(fmt.Sprintf("Relationships/total=%v", wantTotal), func(b *testing.B) {
			for b.Loop() {
				walk(b, func(after string) (int, string, bool, error) {
					ps, err := s.Relationships(ctx, []kg.RelQuery{{Type: kg.RelRefersTo, End: hub,
						Page: kg.PageArgs{First: 100, After: after, WantTotal: wantTotal}}})
					if err != nil {
						return 0, "", false, err
					}
					p := ps[0]
					return len(p.Items), p.Cursors[len(p.Cursors)-1], p.HasNext, nil
				})
			}
		})
	}
	// A query with an end reads that node's relationships only, however large the graph.
	b.Run("Relationships of one small node", func(b *testing.B) {
		q := kg.RelQuery{Type: kg.RelRefersTo, Start: g.Nodes[2].ID}
		for b.Loop() {
			ps, err := s.Relationships(ctx, []kg.RelQuery{q})
			if err != nil {
				b.Fatal(err)
			}
			if len(ps[0].Items) != 1 {
				b.Fatalf("%d relationships from %s, want 1", len(ps[0].Items), q.Start)
			}
		}
	})
}

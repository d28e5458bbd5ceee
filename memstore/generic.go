package memstore

import (
	"context"
	"math"
	"slices"
	"strings"

	"copgraph/kg"
)

// Nodes implements kg.GraphReader.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]kg.Node, []bool, error) {
	if err := ctx.Err(); err != nil { // the request is over: do no more work for it
		return nil, nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	nodes, found := make([]kg.Node, len(ids)), make([]bool, len(ids))
	for i, id := range ids {
		nodes[i], found[i] = s.nodes[id]
	}
	return nodes, found, nil
}

// Edges implements kg.GraphReader.
func (s *Store) Edges(ctx context.Context, qs []kg.EdgeQuery) ([]kg.EdgePage, error) {
	if err := ctx.Err(); err != nil { // the request is over: do no more work for it
		return nil, err
	}
	for _, q := range qs {
		if err := kg.CheckName("relationship type", q.Type); err != nil {
			return nil, err
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]kg.EdgePage, len(qs))
	for i, q := range qs {
		ids := s.out[q.NodeID]
		if q.Direction == kg.Incoming {
			ids = s.in[q.NodeID]
		}
		var edges []kg.Edge
		for _, id := range ids {
			r := s.rels[id]
			other := s.nodes[r.End]
			if q.Direction == kg.Incoming {
				other = s.nodes[r.Start]
			}
			if r.Type != q.Type || (q.OtherLabel != "" && !other.Label(q.OtherLabel)) ||
				(q.Property != "" && kg.String(r.Properties, q.Property) != q.Value) {
				continue
			}
			edges = append(edges, kg.Edge{Rel: r, Other: other})
		}
		pg, err := page(edges, func(e kg.Edge) string { return kg.EdgeSortKey(e.Rel) }, q.Page, q.CursorScope())
		if err != nil {
			return nil, err
		}
		out[i] = kg.EdgePage{Edges: pg.items, Cursors: pg.cursors, HasNext: pg.hasNext, TotalCount: pg.total}
	}
	return out, nil
}

// List implements kg.GraphReader.
func (s *Store) List(ctx context.Context, q kg.ListQuery) (kg.NodePage, error) {
	if err := ctx.Err(); err != nil { // the request is over: do no more work for it
		return kg.NodePage{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var nodes []kg.Node
	for _, n := range s.nodes {
		if listed(n, q) {
			nodes = append(nodes, n)
		}
	}
	pg, err := page(nodes, kg.NodeSortKey, q.Page, q.CursorScope())
	return kg.NodePage{Nodes: pg.items, Cursors: pg.cursors, HasNext: pg.hasNext, TotalCount: pg.total}, err
}

func listed(n kg.Node, q kg.ListQuery) bool {
	if !n.Label(q.Label) {
		return false
	}
	for k, v := range q.Equals {
		if got, ok := n.Properties.Get(k).(string); !ok || got != v {
			return false
		}
	}
	if q.PrefixProperty == "" {
		return true
	}
	got, ok := n.Properties.Get(q.PrefixProperty).(string)
	return ok && strings.HasPrefix(got, q.Prefix)
}

// Relationships implements kg.RelationshipReader.
func (s *Store) Relationships(ctx context.Context, qs []kg.RelQuery) ([]kg.RelPage, error) {
	if err := ctx.Err(); err != nil { // the request is over: do no more work for it
		return nil, err
	}
	for _, q := range qs {
		if err := kg.CheckName("relationship type", q.Type); err != nil {
			return nil, err
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]kg.RelPage, len(qs))
	for i, q := range qs {
		var rels []kg.Relationship
		for _, r := range s.rels {
			if r.Type == q.Type && q.Matches(r) {
				rels = append(rels, r)
			}
		}
		pg, err := page(rels, kg.EdgeSortKey, q.Page, q.CursorScope())
		if err != nil {
			return nil, err
		}
		items := make([]kg.RelItem, len(pg.items))
		for k, r := range pg.items {
			items[k] = kg.RelItem{Rel: r, Start: s.nodes[r.Start], End: s.nodes[r.End]}
		}
		out[i] = kg.RelPage{Items: items, Cursors: pg.cursors, HasNext: pg.hasNext, TotalCount: pg.total}
	}
	return out, nil
}

// Expand implements kg.Expander.
func (s *Store) Expand(ctx context.Context, ids []string, types []string) ([]kg.Step, error) {
	if err := ctx.Err(); err != nil { // the request is over: do no more work for it
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []kg.Step
	for _, id := range ids {
		rids := append(slices.Clone(s.out[id]), s.in[id]...)
		slices.Sort(rids)
		for _, rid := range rids {
			r := s.rels[rid]
			if len(types) > 0 && !slices.Contains(types, r.Type) {
				continue
			}
			other := r.End
			if other == id {
				other = r.Start
			}
			out = append(out, kg.Step{From: id, Rel: r, To: s.nodes[other]})
		}
	}
	return out, nil
}

// Search implements kg.Searcher: BM25 over the same terms Neo4j's CJK analyzer makes, every
// term of the query optional, scores divided by the best.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	if err := ctx.Err(); err != nil { // the request is over: do no more work for it
		return nil, err
	}
	if err := kg.CheckSearch(&q); err != nil {
		return nil, err
	}
	terms := kg.Terms(q.Text)
	s.mu.RLock()
	defer s.mu.RUnlock()
	type doc struct {
		n     kg.Node
		terms map[string]int
		len   int
	}
	var docs []doc
	total := 0
	for _, n := range s.nodes {
		if !slices.ContainsFunc(q.Labels, n.Label) {
			continue
		}
		var text []string
		for _, p := range kg.SearchProperties {
			if v := kg.String(n.Properties, p); v != "" {
				text = append(text, v)
			}
		}
		if len(text) == 0 {
			continue
		}
		d := doc{n: n, terms: map[string]int{}}
		for _, t := range kg.Terms(strings.Join(text, " ")) {
			d.terms[t]++
			d.len++
		}
		total += d.len
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, nil
	}
	avg := float64(total) / float64(len(docs))
	df := map[string]int{}
	for _, d := range docs {
		for t := range d.terms {
			df[t]++
		}
	}
	const k1, b = 1.2, 0.75
	var hits []kg.SearchHit
	for _, d := range docs {
		score := 0.0
		for _, t := range terms {
			tf := float64(d.terms[t])
			if tf == 0 {
				continue
			}
			idf := math.Log(1 + (float64(len(docs))-float64(df[t])+0.5)/(float64(df[t])+0.5))
			score += idf * tf * (k1 + 1) / (tf + k1*(1-b+b*float64(d.len)/avg))
		}
		if score > 0 {
			hits = append(hits, kg.SearchHit{Node: d.n, Score: score})
		}
	}
	return kg.RankHits(hits, q), nil
}

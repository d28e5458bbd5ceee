// Package memstore keeps the knowledge graph in memory. It is the embedded default (serve
// the bundled corpus with nothing installed) and the fast store of the tests; it answers
// exactly as neo4jstore does, which the conformance suite in kg/kgtest checks.
package memstore

import (
	"context"
	"slices"
	"strings"
	"sync"

	"copgraph/kg"
)

// Store is a kg.Store in memory, safe for concurrent use.
type Store struct {
	mu    sync.RWMutex
	nodes map[string]kg.Node
	rels  map[string]kg.Relationship
	out   map[string][]string // node id → ids of relationships starting there
	in    map[string][]string // node id → ids of relationships ending there
}

var _ kg.Store = (*Store)(nil)

// New returns an empty store.
func New() *Store {
	return &Store{nodes: map[string]kg.Node{}, rels: map[string]kg.Relationship{}, out: map[string][]string{}, in: map[string][]string{}}
}

// Load implements kg.Store. It checks the whole graph before it changes anything, so a
// graph that fails leaves the store as it was.
func (s *Store) Load(ctx context.Context, g kg.Graph) error {
	if err := kg.Validate(g); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range g.Nodes {
		s.mergeNode(n)
	}
	keep := map[string]bool{}
	for _, r := range g.Relationships {
		keep[r.ID] = true
		if old, ok := s.rels[r.ID]; ok && (old.Start != r.Start || old.End != r.End) {
			s.unlink(old) // the id moved to other ends: link it anew below
			delete(s.rels, r.ID)
		}
		if _, ok := s.rels[r.ID]; !ok {
			s.out[r.Start] = append(s.out[r.Start], r.ID)
			s.in[r.End] = append(s.in[r.End], r.ID)
		}
		s.rels[r.ID] = kg.Relationship{ID: r.ID, Type: r.Type, Start: r.Start, End: r.End, Properties: r.Properties.Clone()}
	}
	if g.Source != "" {
		for id, r := range s.rels {
			if !keep[id] && kg.String(r.Properties, kg.PropSource) == g.Source {
				s.unlink(r)
				delete(s.rels, id)
			}
		}
	}
	return nil
}

func (s *Store) mergeNode(n kg.Node) {
	old, ok := s.nodes[n.ID]
	if !ok {
		old = kg.Node{ID: n.ID, Properties: kg.Props{}}
	}
	// Copy on write: readers may hold the stored node's maps, which are never changed.
	old.Properties, old.Labels = old.Properties.Clone(), slices.Clone(old.Labels)
	kg.MergeNode(&old, n)
	old.Labels = kg.CanonicalLabels(old.Labels)
	old.Weak = nil // stored values are facts now; only an incoming node's defaults are weak
	s.nodes[n.ID] = old
}

func (s *Store) unlink(r kg.Relationship) {
	s.out[r.Start] = slices.DeleteFunc(s.out[r.Start], func(id string) bool { return id == r.ID })
	s.in[r.End] = slices.DeleteFunc(s.in[r.End], func(id string) bool { return id == r.ID })
}

// Act implements kg.Store.
func (s *Store) Act(ctx context.Context, key kg.ActKey) (kg.Act, error) {
	if err := ctx.Err(); err != nil { // the request is over: do no more work for it
		return kg.Act{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	n, ok := s.nodes[key.ID()]
	if !ok || !n.Label(kg.LabelAct) {
		return kg.Act{}, kg.Errorf(kg.ENOTFOUND, "no %s %s of the %s", key.Kind, key.Number, key.Body)
	}
	return kg.ActFromNode(n), nil
}

// Acts implements kg.Store.
func (s *Store) Acts(ctx context.Context, f kg.ActFilter, p kg.PageArgs) (kg.ActPage, error) {
	if err := ctx.Err(); err != nil { // the request is over: do no more work for it
		return kg.ActPage{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var all []kg.Node
	keys := map[string]string{}
	for _, n := range s.nodes {
		if n.Label(kg.LabelAct) && matches(n, f) {
			all = append(all, n)
			keys[n.ID] = kg.ActOrderKey(f.Order, n, s.referringActs(n.ID))
		}
	}
	pg, err := page(all, func(n kg.Node) string { return keys[n.ID] }, p, f.CursorScope())
	out := kg.ActPage{Cursors: pg.cursors, HasNext: pg.hasNext, TotalCount: pg.total}
	for _, n := range pg.items {
		out.Acts = append(out.Acts, kg.ActFromNode(n))
	}
	return out, err
}

func matches(n kg.Node, f kg.ActFilter) bool {
	a := kg.ActFromNode(n)
	return (f.Body == "" || a.Body == f.Body) && (f.Kind == "" || a.Kind == f.Kind) &&
		(f.Adopted == nil || a.Adopted == *f.Adopted) &&
		(f.Session == 0 || kg.Int(n.Properties, kg.PropSession) == f.Session) &&
		(f.Number == "" || a.Number == f.Number) &&
		(f.TitleContains == "" || strings.Contains(a.Title, f.TitleContains)) &&
		(f.DateFrom == "" && f.DateTo == "" || a.Date != "" && (f.DateFrom == "" || a.Date >= f.DateFrom) && (f.DateTo == "" || a.Date <= f.DateTo))
}

// referringActs counts the references from acts to the node id.
func (s *Store) referringActs(id string) int64 {
	var n int64
	for _, rid := range s.in[id] {
		if r := s.rels[rid]; r.Type == kg.RelRefersTo && s.nodes[r.Start].Label(kg.LabelAct) {
			n++
		}
	}
	return n
}

// ActsByID implements kg.Store.
func (s *Store) ActsByID(ctx context.Context, ids []string) ([]kg.Act, []bool, error) {
	if err := ctx.Err(); err != nil { // the request is over: do no more work for it
		return nil, nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	acts, found := make([]kg.Act, len(ids)), make([]bool, len(ids))
	for i, id := range ids {
		if n, ok := s.nodes[id]; ok && n.Label(kg.LabelAct) {
			acts[i], found[i] = kg.ActFromNode(n), true
		}
	}
	return acts, found, nil
}

// Counts implements kg.Store.
func (s *Store) Counts(ctx context.Context) (kg.Counts, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	c := kg.Counts{Labels: map[string]int64{}, Types: map[string]int64{}}
	for _, n := range s.nodes {
		for _, l := range n.Labels {
			c.Labels[l]++
		}
	}
	for _, r := range s.rels {
		c.Types[r.Type]++
	}
	return c, nil
}

// Ping implements kg.Store: memory is always there.
func (s *Store) Ping(ctx context.Context) error { return nil }

// Close implements kg.Store.
func (s *Store) Close(ctx context.Context) error { return nil }

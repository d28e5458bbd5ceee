package kg

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// Step is one relationship at a node, followed either way: From is the node it was reached
// from, To the node at its other end.
type Step struct {
	From string
	Rel  Relationship
	To   Node
}

// Expander is the store primitive that walks build on.
type Expander interface {
	// Expand returns the relationships of the given types (every type when none is given)
	// at each of the nodes ids, both ways, with the node at the other end: ordered by the
	// node they were reached from (in the order of ids), then by relationship id. One round
	// trip.
	Expand(ctx context.Context, ids []string, types []string) ([]Step, error)
}

// Neighbourhood returns the nodes within depth hops of the node id, following only the
// given relationship types (every type when none is given), and the relationships among
// them: at most limit nodes, and truncated reports whether the limit cut it short. Nodes
// come in the order a breadth-first walk reaches them, the centre first, the nodes of each
// hop in drawOrder (paragraphs last, so that a limit cuts them first); relationships in id
// order. It costs one round trip per hop, and one
// more for the relationships among the nodes of the last hop. Every store walks the same
// way, so every store gives the same answer.
func Neighbourhood(ctx context.Context, r interface {
	GraphReader
	Expander
}, id string, depth int, types []string, limit int) (Graph, bool, error) {
	if err := CheckNeighbourhood(depth, limit); err != nil {
		return Graph{}, false, err
	}
	start, found, err := r.Nodes(ctx, []string{id})
	if err != nil {
		return Graph{}, false, err
	}
	if !found[0] {
		return Graph{}, false, Errorf(ENOTFOUND, "no node %s", id)
	}
	g := Graph{Nodes: start}
	seen := map[string]bool{id: true}
	rels := map[string]Relationship{}
	frontier, truncated := []string{id}, false
	for hop := 0; hop <= depth && len(frontier) > 0; hop++ {
		steps, err := expandFrontier(ctx, r, frontier, types)
		if err != nil {
			return Graph{}, false, err
		}
		var next []string
		// The nodes this hop reaches, each with the relationships that reach it: where the
		// limit cuts a hop, what a drawing wants most comes first (drawOrder).
		reached := map[string][]Relationship{}
		var found []Node
		for _, s := range steps {
			if seen[s.To.ID] {
				rels[s.Rel.ID] = s.Rel
				continue
			}
			if hop == depth { // the last hop only closes the relationships among the nodes found
				continue
			}
			if _, ok := reached[s.To.ID]; !ok {
				found = append(found, s.To)
			}
			reached[s.To.ID] = append(reached[s.To.ID], s.Rel)
		}
		slices.SortStableFunc(found, drawOrder)
		for _, n := range found {
			if len(g.Nodes) == limit {
				truncated = true
				break
			}
			seen[n.ID] = true
			for _, rel := range reached[n.ID] {
				rels[rel.ID] = rel
			}
			g.Nodes = append(g.Nodes, n)
			next = append(next, n.ID)
		}
		frontier = next
		if truncated {
			// No node can join now: one more pass over the frontier closes the relationships.
			depth = hop + 1
		}
	}
	for _, rel := range rels {
		if seen[rel.Start] && seen[rel.End] {
			g.Relationships = append(g.Relationships, rel)
		}
	}
	slices.SortFunc(g.Relationships, func(a, b Relationship) int { return strings.Compare(a.ID, b.ID) })
	return g, truncated, nil
}

// drawOrder orders the nodes one hop reaches for a drawing: paragraphs last (a report has
// hundreds, and a limit should cut them, not the acts, sessions and documents), and ids
// with their numbers compared as numbers ("meeting:cop:6:4" before "meeting:cop:6:10").
func drawOrder(a, b Node) int {
	if pa, pb := a.Label(LabelParagraph), b.Label(LabelParagraph); pa != pb {
		if pa {
			return 1
		}
		return -1
	}
	if c := naturalCompare(a.ID, b.ID); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID) // "a10" and "a010": one order in every store
}

// naturalCompare compares two strings with their runs of digits compared as numbers.
func naturalCompare(a, b string) int {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			x, y := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if c := cmp.Compare(len(x), len(y)); c != 0 {
				return c
			}
			if c := strings.Compare(x, y); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func digitRun(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// MaxPathHops bounds ShortestPath.
const MaxPathHops = 8

// ShortestPath returns a shortest path between the nodes from and to, following the given
// relationship types (every type when none is given) either way, at most maxHops long: its
// nodes from first to last and its relationships in order. found is false when there is no
// such path. Of several shortest paths it returns the first a breadth-first walk finds,
// expanding in id order, the same in every store. One round trip per hop.
func ShortestPath(ctx context.Context, r interface {
	GraphReader
	Expander
}, from, to string, maxHops int, types []string) (g Graph, found bool, err error) {
	if maxHops < 1 || maxHops > MaxPathHops {
		return Graph{}, false, Errorf(EINVALID, "maxHops must be between 1 and %d, got %d", MaxPathHops, maxHops)
	}
	ends, ok, err := r.Nodes(ctx, []string{from, to})
	if err != nil {
		return Graph{}, false, err
	}
	for i, id := range []string{from, to} {
		if !ok[i] {
			return Graph{}, false, Errorf(ENOTFOUND, "no node %s", id)
		}
	}
	if from == to {
		return Graph{Nodes: ends[:1]}, true, nil
	}
	type via struct {
		parent string
		rel    Relationship
		node   Node
	}
	reached := map[string]via{from: {node: ends[0]}}
	frontier := []string{from}
	for hop := 0; hop < maxHops && len(frontier) > 0; hop++ {
		steps, err := expandFrontier(ctx, r, frontier, types)
		if err != nil {
			return Graph{}, false, err
		}
		var next []string
		for _, s := range steps {
			if _, done := reached[s.To.ID]; done {
				continue
			}
			reached[s.To.ID] = via{parent: s.From, rel: s.Rel, node: s.To}
			if s.To.ID == to {
				for at := to; ; {
					v := reached[at]
					g.Nodes = append(g.Nodes, v.node)
					if at == from {
						break
					}
					g.Relationships = append(g.Relationships, v.rel)
					at = v.parent
				}
				slices.Reverse(g.Nodes)
				slices.Reverse(g.Relationships)
				return g, true, nil
			}
			next = append(next, s.To.ID)
		}
		frontier = next
	}
	return Graph{}, false, nil
}

// expandFrontier takes one hop of a breadth-first walk: the frontier in id order, so that
// every store walks alike, and nothing more once the request is over.
func expandFrontier(ctx context.Context, r Expander, frontier, types []string) ([]Step, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	slices.Sort(frontier)
	return r.Expand(ctx, frontier, types)
}

package memstore

import (
	"cmp"
	"slices"

	"copgraph/kg"
)

// paged is one page of a list in memory: the items, their cursors, whether more follow,
// and, when asked for, how many there are in all.
type paged[T any] struct {
	items   []T
	cursors []string
	hasNext bool
	total   int64
}

// page sorts items by key and cuts the page p asks for: the items after its cursor, at most
// its limit. scope is the list's: its cursors carry it, and p.After must. Every list of the
// store pages with it, so all page alike.
func page[T any](items []T, key func(T) string, p kg.PageArgs, scope kg.CursorScope) (paged[T], error) {
	after, err := scope.AfterKey(p.After)
	if err != nil {
		return paged[T]{}, err
	}
	keys := make(map[int]string, len(items))
	idx := make([]int, len(items))
	for i, it := range items {
		idx[i], keys[i] = i, key(it)
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
	var out paged[T]
	if p.WantTotal {
		out.total = int64(len(items))
	}
	for _, i := range idx {
		if after != "" && keys[i] <= after {
			continue
		}
		if len(out.items) == p.Limit() {
			out.hasNext = true
			break
		}
		out.items = append(out.items, items[i])
		out.cursors = append(out.cursors, scope.Encode(keys[i]))
	}
	return out, nil
}

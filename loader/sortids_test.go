package loader

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"copgraph/kg"
)

// TestSortIDs checks sortIDs against slices.Sort on ids of every length up to a few runs
// and merges, in random, sorted, reversed and nearly sorted orders, and with long shared
// prefixes, as the graph's ids have.
func TestSortIDs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 140 {
		for _, order := range []string{"random", "sorted", "reversed", "nearly", "prefixes"} {
			var ids []string
			seen := map[string]bool{}
			for len(ids) < n {
				var s string
				switch order {
				case "prefixes":
					s = fmt.Sprintf("act:cop:resolution:6/%d#op%d-[MENTIONS]->inst:%d", rng.IntN(3), rng.IntN(20), rng.IntN(4))
				default:
					s = strings.Repeat("x", rng.IntN(3)) + fmt.Sprint(rng.IntN(1000))
				}
				if !seen[s] { // ids are unique
					seen[s] = true
					ids = append(ids, s)
				}
			}
			want := slices.Clone(ids)
			slices.Sort(want)
			switch order {
			case "sorted":
				ids = slices.Clone(want)
			case "reversed":
				ids = slices.Clone(want)
				slices.Reverse(ids)
			case "nearly":
				ids = slices.Clone(want)
				for range n / 10 {
					i, j := rng.IntN(n), rng.IntN(n)
					ids[i], ids[j] = ids[j], ids[i]
				}
			}
			got := sortIDs(ids, make([]int32, n+rng.IntN(3)), make([]int32, n+rng.IntN(3)))
			if len(got) != n {
				t.Fatalf("%s, %d ids: sortIDs returned %d", order, n, len(got))
			}
			for i, at := range got {
				if ids[at] != want[i] {
					t.Fatalf("%s, %d ids: sortIDs gives %q at %d, want %q", order, n, ids[at], i, want[i])
				}
			}
		}
	}
}

// TestPermute checks permute against a copy in the permutation's order.
func TestPermute(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for n := range 60 {
		rs := make([]kg.Relationship, n)
		for i := range rs {
			rs[i].ID = fmt.Sprint(i)
		}
		at := make([]int32, n)
		for i, p := range rng.Perm(n) {
			at[i] = int32(p)
		}
		want := make([]kg.Relationship, n)
		for i, p := range at {
			want[i] = rs[p]
		}
		permute(rs, at)
		if !slices.EqualFunc(rs, want, func(a, b kg.Relationship) bool { return a.ID == b.ID }) {
			t.Fatalf("%d: permute gives %v, want %v", n, rs, want)
		}
	}
}

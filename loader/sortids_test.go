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
// prefixes, as the graph's ids have, and long ids that are prefixes of others.
func TestSortIDs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 140 {
		for _, order := range []string{"random", "sorted", "reversed", "nearly", "prefixes", "nested"} {
			var ids []string
			seen := map[string]bool{}
			for len(ids) < n {
				var s string
				switch order {
				case "nested": // long ids, many a prefix of others, as a paragraph's is of its parent's
					s = "doc:CTOC/COP/2012/15" + strings.Repeat("#n", rng.IntN(4)) + fmt.Sprint(rng.IntN(100))
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
			got := sortIDs(ids, make([]place, n+rng.IntN(3)), make([]place, n+rng.IntN(3)))
			if len(got) != n {
				t.Fatalf("%s, %d ids: sortIDs returned %d", order, n, len(got))
			}
			for i, at := range got {
				if ids[at.at] != want[i] {
					t.Fatalf("%s, %d ids: sortIDs gives %q at %d, want %q", order, n, ids[at.at], i, want[i])
				}
			}
		}
	}
}

// TestCommonPrefix checks commonPrefix, which compares eight bytes at a time, against a
// comparison a byte at a time, on strings that differ at every place up to and past a word
// or two, or not at all, each a prefix of the other, from every place they share.
func TestCommonPrefix(t *testing.T) {
	base := "act:cop:resolution:6/1#op2-[MENTIONS]->"
	for n := 0; n <= len(base); n++ {
		for _, y := range []string{base[:n], base[:n] + "\x00", base[:n] + "~", base[:n] + "\xff" + base[n:]} {
			x := base
			want := 0
			for want < len(x) && want < len(y) && x[want] == y[want] {
				want++
			}
			for from := 0; from <= want; from++ {
				if got := commonPrefix(x, y, from); got != want {
					t.Fatalf("commonPrefix(%q, %q, %d) = %d, want %d", x, y, from, got, want)
				}
				if got := commonPrefix(y, x, from); got != want {
					t.Fatalf("commonPrefix(%q, %q, %d) = %d, want %d", y, x, from, got, want)
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
		at := make([]place, n)
		for i, p := range rng.Perm(n) {
			at[i].at = int32(p)
		}
		want := make([]kg.Relationship, n)
		for i, p := range at {
			want[i] = rs[p.at]
		}
		permute(rs, at)
		if !slices.EqualFunc(rs, want, func(a, b kg.Relationship) bool { return a.ID == b.ID }) {
			t.Fatalf("%d: permute gives %v, want %v", n, rs, want)
		}
	}
}

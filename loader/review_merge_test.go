package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"copgraph/kg"
)

// sessionDaysOf returns the days a graph gives session id: "start end [parts]".
func sessionDaysOf(g kg.Graph, id string) string {
	for _, n := range g.Nodes {
		if n.ID == id {
			p := n.Properties
			return fmt.Sprint(p.Get(kg.PropStartDate), " ", p.Get(kg.PropEndDate), " ", p.Get(kg.PropParts))
		}
	}
	return "no " + id
}

// TestReviewSessionDays: family13 G7 and G8. The report of the CCPCJ's 34th session's
// resumed part (d12) dates that part, not the session's start; with a draft of its first
// part (d02), merged in either order, the session has both parts, the first part's first
// day and the resumed part's last. A resumed part a report announces (d04) is not the
// session's end.
func TestReviewSessionDays(t *testing.T) {
	var gs []kg.Graph
	for _, f := range []string{"family13/d02.txt", "family13/d12.utf16le.txt", "family13/d04.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "review", f))
		if err != nil {
			t.Fatal(err)
		}
		g, err := Parse(filepath.Base(f), data)
		if err != nil {
			t.Fatal(err)
		}
		gs = append(gs, g)
	}
	if got, want := sessionDaysOf(gs[1], "session:ccpcj:34"), "<nil> 2025-12-05 [2025-12-04/2025-12-05]"; got != want {
		t.Errorf("G7: d12 alone gives session 34 %s, want %s", got, want)
	}
	if got, want := sessionDaysOf(gs[2], "session:wg:uncac-implementation-review-group:2025-06-16"), "2025-06-16 2025-06-20 <nil>"; got != want {
		t.Errorf("G8: d04 gives its session %s, want %s", got, want)
	}
	want := "2025-05-19 2025-12-05 [2025-05-19/2025-05-23 2025-12-04/2025-12-05]"
	for _, order := range [][]kg.Graph{{gs[0], gs[1]}, {gs[1], gs[0]}} {
		if got := sessionDaysOf(kg.Merge(order...), "session:ccpcj:34"); got != want {
			t.Errorf("G7: merged from %s first: %s, want %s", order[0].Source, got, want)
		}
	}
}

package kg

import (
	"fmt"
	"testing"
)

func TestMergeDaysIsOrderFree(t *testing.T) {
	node := func(props map[string]any, weak ...string) Node {
		n := Node{ID: "session:cnd:70", Properties: PropsOf(props)}
		for _, k := range weak {
			n.SetWeak(k, true)
		}
		return n
	}
	for _, c := range []struct {
		name string
		a, b Node
		want string
	}{
		{"a first part and a resumed part alone",
			node(map[string]any{PropStartDate: "2031-03-03", PropEndDate: "2031-03-07"}),
			node(map[string]any{PropEndDate: "2031-12-02", PropParts: []string{"2031-12-01/2031-12-02"}}),
			"2031-03-03 2031-12-02 [2031-03-03/2031-03-07 2031-12-01/2031-12-02]"},
		{"the same part told twice, once by a day of it, is one part",
			node(map[string]any{PropStartDate: "2031-03-03", PropEndDate: "2031-03-07", PropParts: []any{"2031-03-03/2031-03-07", "2031-06-10/2031-06-10"}}),
			node(map[string]any{PropEndDate: "2031-06-10", PropParts: []string{"2031-03-05/2031-03-05", "2031-06-10/2031-06-10"}}),
			"2031-03-03 2031-06-10 [2031-03-03/2031-03-07 2031-06-10/2031-06-10]"},
		{"two datings at once make no parts",
			node(map[string]any{PropStartDate: "2031-03-03", PropEndDate: "2031-03-07"}),
			node(map[string]any{PropStartDate: "2031-03-04", PropEndDate: "2031-03-08"}),
			"2031-03-03 2031-03-08 <nil>"},
		{"a default never moves a stated day",
			node(map[string]any{PropStartDate: "2031-03-03", PropEndDate: "2031-03-07"}),
			node(map[string]any{PropStartDate: "2031-01-01", PropEndDate: "2031-09-09"}, PropStartDate, PropEndDate),
			"2031-03-03 2031-03-07 <nil>"},
	} {
		for i, order := range [][2]Node{{c.a, c.b}, {c.b, c.a}} {
			old := Node{ID: order[0].ID}
			MergeNode(&old, order[0])
			MergeNode(&old, order[1])
			p := old.Properties
			if got := fmt.Sprint(p.Get(PropStartDate), " ", p.Get(PropEndDate), " ", p.Get(PropParts)); got != c.want {
				t.Errorf("%s (order %d): %s, want %s", c.name, i, got, c.want)
			}
		}
	}
}

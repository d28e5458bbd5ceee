package kg

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSortKeyComparesNumbersAsNumbers(t *testing.T) {
	numbers := []string{"6/10", "6/2", "49/35 B", "5/1", "49/35 A", "10/1", "6/1"}
	slices.SortFunc(numbers, func(a, b string) int {
		ka, kb := SortKey(ActKey{BodyCOP, KindResolution, a}), SortKey(ActKey{BodyCOP, KindResolution, b})
		if ka < kb {
			return -1
		}
		if ka > kb {
			return 1
		}
		return 0
	})
	want := []string{"5/1", "6/1", "6/2", "6/10", "10/1", "49/35 A", "49/35 B"}
	if diff := cmp.Diff(want, numbers); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func TestActIDsAreDistinctForKindAndBody(t *testing.T) {
	ids := map[string]bool{}
	for _, k := range []ActKey{
		{BodyCOP, KindResolution, "6/1"}, {BodyCOP, KindDecision, "6/1"}, {BodyGA, KindResolution, "6/1"},
		{BodyGA, KindResolution, "49/35 A"}, {BodyGA, KindResolution, "49/35"},
	} {
		if ids[k.ID()] {
			t.Errorf("%+v shares id %s", k, k.ID())
		}
		ids[k.ID()] = true
	}
	if got := (ActKey{BodyCOP, KindResolution, "6/1"}).ID(); got != "act:cop:resolution:6/1" {
		t.Errorf("id = %q", got)
	}
}

func TestCursorsRoundTripAndMalformedOnesAreInvalid(t *testing.T) {
	key, err := DecodeCursor(EncodeCursor("cop|resolution|6/1"))
	if err != nil || key != "cop|resolution|6/1" {
		t.Errorf("round trip = %q, %v", key, err)
	}
	for _, bad := range []string{"", "!!", EncodeCursor("x")[:1]} {
		if _, err := DecodeCursor(bad); ErrorCode(err) != EINVALID {
			t.Errorf("DecodeCursor(%q) = %v, want EINVALID", bad, err)
		}
	}
}

func TestMergeNodeLetsStatedValuesWinOverDefaults(t *testing.T) {
	stated := Node{ID: "a", Labels: []string{LabelAct}, Properties: PropsOf(map[string]any{"title": "own", "adopted": true})}
	mention := Node{ID: "a", Labels: []string{LabelAct, LabelResolution}, Properties: PropsOf(map[string]any{"title": "mentioned", "adopted": false, "date": "2010-10-22"})}
	mention.SetWeak("title", true)
	mention.SetWeak("adopted", true)
	mention.SetWeak("date", true)
	for name, order := range map[string][]Node{"stated first": {stated, mention}, "mention first": {mention, stated}} {
		got := Node{ID: "a"}
		for _, n := range order {
			MergeNode(&got, n)
		}
		want := map[string]any{"title": "own", "adopted": true, "date": "2010-10-22"}
		if diff := cmp.Diff(want, got.Properties.Map()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
		if !slices.Contains(got.Labels, LabelResolution) {
			t.Errorf("%s: labels %v not united", name, got.Labels)
		}
	}
}

func TestValidateRefusesWhatStoresCannotHold(t *testing.T) {
	act := Node{ID: "a", Labels: []string{LabelAct}, Properties: Props{}}
	for _, tc := range []struct {
		name string
		g    Graph
	}{
		{"no id", Graph{Nodes: []Node{{Labels: []string{LabelAct}}}}},
		{"a repeated id", Graph{Nodes: []Node{act, act}}},
		{"no primary label", Graph{Nodes: []Node{{ID: "x", Labels: []string{"Resolution"}}}}},
		{"a label that is not a name", Graph{Nodes: []Node{{ID: "x", Labels: []string{LabelAct, "A`) DETACH DELETE n //"}}}}},
		{"a property key that is not a name", Graph{Nodes: []Node{{ID: "x", Labels: []string{LabelAct}, Properties: PropsOf(map[string]any{"a b": "c"})}}}},
		{"a value stores cannot hold", Graph{Nodes: []Node{{ID: "x", Labels: []string{LabelAct}, Properties: PropsOf(map[string]any{"m": map[string]any{}})}}}},
		{"a relationship to nowhere", Graph{Nodes: []Node{act}, Relationships: []Relationship{{ID: "r", Type: RelRefersTo, Start: "a", End: "b"}}}},
		{"a type that is not a name", Graph{Nodes: []Node{act}, Relationships: []Relationship{{ID: "r", Type: "refers to", Start: "a", End: "a"}}}},
	} {
		if err := Validate(tc.g); ErrorCode(err) != EINVALID {
			t.Errorf("%s: Validate = %v, want EINVALID", tc.name, err)
		}
	}
	if err := Validate(Graph{Nodes: []Node{act}}); err != nil {
		t.Errorf("a valid graph: %v", err)
	}
}

func TestNormNumber(t *testing.T) {
	for in, want := range map[string]string{
		"6/1": "6/1", " 6 / 1 ": "6/1", "49/35A": "49/35 A", "49/35 A": "49/35 A",
		"1325（2000）": "1325 (2000)", "1325 (2000)": "1325 (2000)", "2011/33": "2011/33",
	} {
		if got := NormNumber(in); got != want {
			t.Errorf("NormNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNaturalCompare(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"meeting:cop:6:4", "meeting:cop:6:10", -1},
		{"act:cop:resolution:6/2", "act:cop:resolution:6/10", -1},
		{"a10", "a010", 0},
		{"a", "a1", -1},
		{"b", "a1", 1},
	} {
		if got := naturalCompare(tc.a, tc.b); got != tc.want {
			t.Errorf("naturalCompare(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

package kg

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// mergeNodeRule is MergeNode as the rule states it, property by property: the
// specification of the shortcut MergeNode takes for a node whose properties are all stated.
func mergeNodeRule(old *Node, n Node) {
	for _, l := range n.Labels {
		if !slices.Contains(old.Labels, l) {
			old.Labels = append(old.Labels, l)
		}
	}
	if old.Properties == nil {
		old.Properties = Props{}
	}
	for _, p := range n.Properties {
		k, v := p.Key, p.Value
		_, had := old.Properties.Lookup(k)
		switch {
		case !had:
			old.Properties.Set(k, v)
			old.SetWeak(k, n.IsWeak(k))
		case !n.IsWeak(k):
			old.Properties.Set(k, v)
			old.SetWeak(k, false)
		}
	}
}

func TestMergeNodeAsTheRule(t *testing.T) {
	weakSets := []map[string]bool{nil, {}, {"a": true}, {"b": true}, {"a": true, "c": true}}
	propSets := []map[string]any{nil, {}, {"a": "1"}, {"a": "2", "b": int64(3)}, {"b": []string{"x"}, "c": true}}
	for _, oldProps := range propSets {
		for _, oldWeak := range weakSets {
			for _, nProps := range propSets {
				for _, nWeak := range weakSets {
					mk := func(props map[string]any, weak map[string]bool, labels ...string) Node {
						return Node{ID: "x", Labels: labels, Properties: PropsOf(props), Weak: maps.Clone(weak)}
					}
					got, want := mk(oldProps, oldWeak, LabelAct), mk(oldProps, oldWeak, LabelAct)
					n := mk(nProps, nWeak, LabelAct, LabelResolution)
					MergeNode(&got, n)
					mergeNodeRule(&want, n)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("MergeNode(%+v, %+v) = %+v, want %+v", mk(oldProps, oldWeak, LabelAct), n, got, want)
					}
				}
			}
		}
	}
}

func TestActValues(t *testing.T) {
	for _, b := range append(slices.Clone(Bodies), "Other", "ÉCO") {
		if got, want := lowerBody(b), strings.ToLower(string(b)); got != want {
			t.Errorf("lowerBody(%q) = %q, want %q", b, got, want)
		}
		if v := bodyValue(b); v != any(string(b)) {
			t.Errorf("bodyValue(%q) = %#v", b, v)
		}
	}
	for _, k := range []ActKind{KindResolution, KindDecision, "other"} {
		if v := kindValue(k); v != any(string(k)) {
			t.Errorf("kindValue(%q) = %#v", k, v)
		}
		n := Act{Body: BodyCOP, Kind: k, Number: "6/1"}.Node()
		if want := []string{LabelAct, k.Label()}; !slices.Equal(n.Labels, want) {
			t.Errorf("labels of a %s: %v, want %v", k, n.Labels, want)
		}
	}
}

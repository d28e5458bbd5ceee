package kg

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestPropsAsAMap holds Props to what the map they replace did: the same values after the
// same sets and deletes, and the same JSON, HTML escaped or not.
func TestPropsAsAMap(t *testing.T) {
	keys := []string{"a", "b", "source", "spanEnd", "spanStart", "text", "z<&>", "键"}
	values := []any{"x", "<b>&</b>", "", int64(7), int64(-1 << 40), 2.5, true, false, []string{"a", "<"}, []string(nil), "引号“”\u2028"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var ps Props
		m := map[string]any{}
		for range rng.IntN(12) {
			k := keys[rng.IntN(len(keys))]
			if rng.IntN(5) == 0 {
				ps.Delete(k)
				delete(m, k)
				continue
			}
			v := values[rng.IntN(len(values))]
			ps.Set(k, v)
			m[k] = v
		}
		if len(m) == 0 && rng.IntN(2) == 0 {
			ps, m = nil, nil
		} else if ps == nil {
			ps = Props{}
		}
		if !reflect.DeepEqual(ps.Map(), m) || !reflect.DeepEqual(PropsOf(m), ps) {
			t.Fatalf("props %v, map %v", ps, m)
		}
		for _, k := range keys {
			v, ok := ps.Lookup(k)
			w, wok := m[k]
			if ok != wok || !reflect.DeepEqual(v, w) || ps.Has(k) != wok {
				t.Fatalf("%v: Lookup(%q) = %v, %v; the map has %v, %v", ps, k, v, ok, w, wok)
			}
		}
		for _, escape := range []bool{true, false} {
			enc := func(v any) []byte {
				var buf bytes.Buffer
				e := json.NewEncoder(&buf)
				e.SetEscapeHTML(escape)
				e.SetIndent("", "  ")
				if err := e.Encode(v); err != nil {
					t.Fatal(err)
				}
				return buf.Bytes()
			}
			got, want := enc(Node{ID: "n", Properties: ps}), enc(struct {
				ID         string         `json:"id"`
				Labels     []string       `json:"labels"`
				Properties map[string]any `json:"properties"`
			}{"n", nil, m})
			if !bytes.Equal(got, want) {
				t.Fatalf("escape %v:\n%s\nwant\n%s", escape, got, want)
			}
		}
		var back Props
		if err := json.Unmarshal(enc0(t, ps), &back); err != nil {
			t.Fatal(err)
		}
		var mback map[string]any
		json.Unmarshal(enc0(t, m), &mback)
		if !reflect.DeepEqual(back, PropsOf(mback)) {
			t.Fatalf("%v read back as %v", ps, back)
		}
	}
}

func enc0(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestKeyLessIsLess(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte("abs\x00\xff")
	word := func() string {
		b := make([]byte, rng.IntN(5))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(b)
	}
	for range 100000 {
		a, b := word(), word()
		if keyLess(a, b) != (a < b) {
			t.Fatalf("keyLess(%q, %q) = %v", a, b, keyLess(a, b))
		}
	}
}

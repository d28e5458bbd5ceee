package kg

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
	"strings"
)

// Prop is one property of a node or a relationship.
type Prop struct {
	Key   string
	Value any
}

// Props are the properties of a node or a relationship, sorted by key, each key once. A
// graph element holds a handful: a slice of them is one allocation, where a map was two,
// or four for more than eight, and hashed every key it was given. Stores that want a map
// (the Neo4j driver) make one with Map.
type Props []Prop

// PropsOf returns the properties a map holds; nil for nil.
func PropsOf(m map[string]any) Props {
	if m == nil {
		return nil
	}
	ps := make(Props, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		ps = append(ps, Prop{k, m[k]})
	}
	return ps
}

// find returns where property k is in ps, or where it would go, and whether it is there.
func (ps Props) find(k string) (int, bool) {
	// Few enough that a scan beats a binary search; sorted, it stops at the first key past k.
	for i, p := range ps {
		if !keyLess(p.Key, k) {
			return i, p.Key == k
		}
	}
	return len(ps), false
}

// Lookup returns property k and whether ps has it.
func (ps Props) Lookup(k string) (any, bool) {
	if i, ok := ps.find(k); ok {
		return ps[i].Value, true
	}
	return nil, false
}

// Get returns property k, or nil when ps lacks it.
func (ps Props) Get(k string) any {
	v, _ := ps.Lookup(k)
	return v
}

// Has reports whether ps has property k.
func (ps Props) Has(k string) bool {
	_, ok := ps.find(k)
	return ok
}

// Set sets property k to v. A property set in the order of the keys, in the room made for
// it, is appended at once, with one comparison: the builders of elements set them so where
// they can.
func (ps *Props) Set(k string, v any) {
	s := *ps
	if n := len(s); n < cap(s) && (n == 0 || keyLess(s[n-1].Key, k)) {
		s = s[:n+1]
		s[n] = Prop{k, v}
		*ps = s
		return
	}
	ps.insert(k, v)
}

// keyLess is a < b for property keys, which are short and mostly differ in their first
// bytes: compared here, a byte at a time, where a < b calls the runtime's comparison, which
// costs more to set up than these few bytes do to compare.
func keyLess(a, b string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

// insert is Set for a key that sorts before the last or where there is no room: it
// replaces the value of k or makes room for it.
func (ps *Props) insert(k string, v any) {
	s := *ps
	i, ok := s.find(k)
	if ok {
		s[i].Value = v
		return
	}
	s = append(s, Prop{})
	copy(s[i+1:], s[i:])
	s[i] = Prop{k, v}
	*ps = s
}

// Delete removes property k, if ps has it.
func (ps *Props) Delete(k string) {
	if i, ok := ps.find(k); ok {
		*ps = slices.Delete(*ps, i, i+1)
	}
}

// Clone returns a copy of ps that shares none of its room (the values are shared).
func (ps Props) Clone() Props { return slices.Clone(ps) }

// Map returns ps as a map; nil for nil.
func (ps Props) Map() map[string]any {
	if ps == nil {
		return nil
	}
	m := make(map[string]any, len(ps))
	for _, p := range ps {
		m[p.Key] = p.Value
	}
	return m
}

// MarshalJSON writes ps as encoding/json writes a map of them: an object, keys sorted; null
// for nil. Values are written unescaped: the encoder that calls it escapes HTML as it is
// set to.
func (ps Props) MarshalJSON() ([]byte, error) {
	if ps == nil {
		return []byte("null"), nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	buf.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			buf.WriteByte(',')
		}
		if err := enc.Encode(p.Key); err != nil {
			return nil, err
		}
		buf.Truncate(buf.Len() - 1) // Encode ends each value with a newline
		buf.WriteByte(':')
		if err := enc.Encode(p.Value); err != nil {
			return nil, err
		}
		buf.Truncate(buf.Len() - 1)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// UnmarshalJSON reads an object as a map of properties reads it.
func (ps *Props) UnmarshalJSON(data []byte) error {
	if strings.TrimSpace(string(data)) == "null" {
		*ps = nil
		return nil
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	*ps = PropsOf(m)
	return nil
}

// With sets property k to v and returns ps, for building properties in one expression:
// make(kg.Props, 0, 2).With(kg.PropQuote, quote).With(kg.PropSource, src).
func (ps Props) With(k string, v any) Props {
	ps.Set(k, v)
	return ps
}

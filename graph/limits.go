package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"copgraph/kg"
)

// Limits bound the work one request may ask for. A request over a limit is refused before
// any resolver runs, with a GraphQL error whose extensions.code names the limit.
type Limits struct {
	// MaxDepth bounds how deeply selections nest; 12 when 0.
	MaxDepth int
	// MaxComplexity bounds the estimated number of items a request can return: a list field
	// costs its page size (first, or the default) times what each item selects; 200000 when 0.
	MaxComplexity int
}

// Codes of the refusals.
const (
	codeTooDeep    = "QUERY_TOO_DEEP"
	codeTooComplex = "QUERY_TOO_COMPLEX"
)

// A refusal is a request error, as a document that fails validation is: no execution
// begins. Registered as such, gqlgen answers it with a status the HTTP layer then sets as
// the GraphQL over HTTP spec asks (see specStatus), rather than 200 and "data": null.
func init() {
	errcode.RegisterErrorType(codeTooDeep, errcode.KindProtocol)
	errcode.RegisterErrorType(codeTooComplex, errcode.KindProtocol)
}

// limitsExtension checks an operation against Limits once it is parsed and validated.
type limitsExtension struct{ Limits }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = limitsExtension{}

func (limitsExtension) ExtensionName() string                          { return "Limits" }
func (limitsExtension) Validate(schema graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (l limitsExtension) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := walker{vars: oc.Variables, fragments: oc.Doc.Fragments, memo: map[string]measure{}, visiting: map[string]bool{}}
	m := w.set(oc.Operation.SelectionSet)
	depth, cost := m.depth, m.cost
	switch {
	case m.fields > maxFields:
		return &gqlerror.Error{Message: fmt.Sprintf("query selects %d fields (aliases and fragment spreads counted each time); the limit is %d", m.fields, maxFields), Extensions: map[string]any{"code": codeTooComplex}}
	case depth > l.MaxDepth && !introspectionOnly(oc.Operation.SelectionSet):
		return &gqlerror.Error{Message: fmt.Sprintf("query nests %d levels deep; the limit is %d", depth, l.MaxDepth), Extensions: map[string]any{"code": codeTooDeep}}
	case cost > l.MaxComplexity:
		return &gqlerror.Error{Message: fmt.Sprintf("query could return about %d items; the limit is %d: ask for smaller pages (first) or fewer nested lists", cost, l.MaxComplexity), Extensions: map[string]any{"code": codeTooComplex}}
	}
	return nil
}

// walker measures selection sets: their depth, their cost and how many fields they select.
type walker struct {
	vars      map[string]any
	fragments ast.FragmentDefinitionList
	memo      map[string]measure // each fragment measured once, however often it is spread
	visiting  map[string]bool
}

// measure is what a selection set asks for: depth relative to where it stands, cost, and
// the number of fields it selects (aliases and spreads included, each time they stand).
type measure struct{ depth, cost, fields int }

// maxFields bounds the fields a request selects, counting every alias and every field of a
// fragment each time it is spread: a cost that no page size shows.
const maxFields = 5000

// Validation compares the fields of one response name in a selection set pairwise, so a
// document that repeats one alias thousands of times costs seconds of CPU before any limit
// could refuse it. Documents longer than repeatCheckBytes are parsed first, in linear time,
// and refused when a selection set repeats a response name or a fragment spread more than
// maxRepeats times: nobody needs that, as repeated names must select the same field.
const (
	repeatCheckBytes = 2048
	maxRepeats       = 100
)

// mostRepeatedField returns the response name (or "...Fragment") that a selection set of
// the document repeats most, and how often; 0 when the document does not parse (gqlgen
// reports that).
func mostRepeatedField(query string) (string, int) {
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return "", 0
	}
	r := repeats{fragments: map[string]*ast.FragmentDefinition{}, flat: map[string]map[string]int{}, visiting: map[string]bool{}}
	for _, f := range doc.Fragments {
		r.fragments[f.Name] = f
	}
	for _, op := range doc.Operations {
		r.set(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		r.set(f.SelectionSet)
	}
	return r.best, r.bestN
}

// repeats counts the response names of selection sets as validation merges them: the
// fields of a spread fragment or an inline fragment join those of the set they stand in.
type repeats struct {
	fragments map[string]*ast.FragmentDefinition
	flat      map[string]map[string]int // a fragment's names, counted once for all its spreads
	visiting  map[string]bool           // fragments being counted (a cycle counts nothing)
	best      string
	bestN     int
}

// set counts the names of a selection set and, for each field, of the set it selects.
func (r *repeats) set(set ast.SelectionSet) {
	counts := map[string]int{}
	r.add(set, counts)
	for name, n := range counts {
		if n > r.bestN {
			r.best, r.bestN = name, n
		}
	}
}

// add adds the names of set to counts, the names of its fragments included.
func (r *repeats) add(set ast.SelectionSet, counts map[string]int) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			name := s.Alias
			if name == "" {
				name = s.Name
			}
			counts[name] = min(counts[name]+1, 1<<30)
			if len(s.SelectionSet) > 0 {
				r.set(s.SelectionSet)
			}
		case *ast.InlineFragment:
			r.add(s.SelectionSet, counts)
		case *ast.FragmentSpread:
			counts["..."+s.Name] = min(counts["..."+s.Name]+1, 1<<30)
			for name, n := range r.fragment(s.Name) {
				counts[name] = min(counts[name]+n, 1<<30)
			}
		}
	}
}

// fragment returns the names a fragment brings to the set it is spread in.
func (r *repeats) fragment(name string) map[string]int {
	if c, ok := r.flat[name]; ok {
		return c
	}
	f := r.fragments[name]
	if f == nil || r.visiting[name] {
		return nil
	}
	r.visiting[name] = true
	c := map[string]int{}
	r.add(f.SelectionSet, c)
	delete(r.visiting, name)
	r.flat[name] = c
	return c
}

// maxTokens bounds the tokens of a request's document: three for each aliased field
// ("a: name"), so a document at the limit can still select maxFields fields.
const maxTokens = 3 * maxFields

// set measures a selection set: its depth below where it stands, its cost (each field costs
// 1 plus what it selects, multiplied by the size of the list it returns when it takes
// `first` or `limit`; introspection fields count too, at their schema-bounded size) and its
// fields. Costs saturate instead of overflowing.
func (w *walker) set(set ast.SelectionSet) measure {
	var out measure
	for _, sel := range set {
		var m measure
		switch s := sel.(type) {
		case *ast.Field:
			m = w.set(s.SelectionSet)
			m.depth++
			m.fields++
			m.cost = saturatingAdd(m.cost, 1)
			if n, ok := w.listSize(s); ok {
				m.cost = saturatingMul(m.cost, n)
			}
		case *ast.InlineFragment:
			m = w.set(s.SelectionSet)
		case *ast.FragmentSpread:
			m = w.fragment(s.Name)
		}
		out.depth = max(out.depth, m.depth)
		out.cost = saturatingAdd(out.cost, m.cost)
		out.fields = saturatingAdd(out.fields, m.fields)
	}
	return out
}

// fragment measures a fragment once; a cycle (which validation refuses anyway) measures as
// more than any limit.
func (w *walker) fragment(name string) measure {
	if m, ok := w.memo[name]; ok {
		return m
	}
	f := w.fragments.ForName(name)
	if f == nil {
		return measure{}
	}
	if w.visiting[name] {
		return measure{depth: saturation, cost: saturation, fields: saturation}
	}
	w.visiting[name] = true
	m := w.set(f.SelectionSet)
	w.visiting[name] = false
	w.memo[name] = m
	return m
}

// listSize returns the size of the list a field returns, when it takes a page size (first)
// or a bound (limit): the argument given, or its default.
func (w *walker) listSize(f *ast.Field) (int, bool) {
	if f.Definition == nil {
		return 0, false
	}
	if f.Definition.Arguments.ForName("maxHops") != nil {
		return pathCost, true // a shortest path walks a neighbourhood per hop
	}
	for _, name := range []string{"first", "limit"} {
		def := f.Definition.Arguments.ForName(name)
		if def == nil {
			continue
		}
		var v any
		if arg := f.Arguments.ForName(name); arg != nil {
			var err error
			if v, err = arg.Value.Value(w.vars); err != nil {
				return kg.MaxNeighbourhoodSize, true
			}
		} else if def.DefaultValue != nil {
			v, _ = def.DefaultValue.Value(nil)
		}
		switch n := v.(type) {
		case int64:
			return int(min(max(n, 1), kg.MaxNeighbourhoodSize)), true
		case int:
			return min(max(n, 1), kg.MaxNeighbourhoodSize), true
		}
		return kg.DefaultPageSize, true
	}
	return 0, false
}

// introspectionOnly reports whether a selection asks only for introspection, whose depth
// the schema bounds (GraphiQL's own query nests 15 levels).
func introspectionOnly(set ast.SelectionSet) bool {
	for _, sel := range set {
		f, ok := sel.(*ast.Field)
		if !ok || !strings.HasPrefix(f.Name, "__") {
			return false
		}
	}
	return len(set) > 0
}

// pathCost is what a shortest path costs: its walk may reach many nodes at each hop.
const pathCost = kg.MaxNeighbourhoodSize

const saturation = 1 << 40

func saturatingAdd(a, b int) int { return min(a+b, saturation) }

func saturatingMul(a, b int) int {
	if a != 0 && b > saturation/a {
		return saturation
	}
	return min(a*b, saturation)
}

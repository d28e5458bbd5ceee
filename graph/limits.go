package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

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
	w := walker{vars: oc.Variables, fragments: oc.Doc.Fragments}
	depth, cost := w.measure(oc.Operation.SelectionSet, 1)
	switch {
	case depth > l.MaxDepth:
		return &gqlerror.Error{Message: fmt.Sprintf("query nests %d levels deep; the limit is %d", depth, l.MaxDepth), Extensions: map[string]any{"code": codeTooDeep}}
	case cost > l.MaxComplexity:
		return &gqlerror.Error{Message: fmt.Sprintf("query could return about %d items; the limit is %d: ask for smaller pages (first) or fewer nested lists", cost, l.MaxComplexity), Extensions: map[string]any{"code": codeTooComplex}}
	}
	return nil
}

// walker measures selection sets: their depth and their cost.
type walker struct {
	vars      map[string]any
	fragments ast.FragmentDefinitionList
	seen      int // fragment spreads followed, to stop cycles that validation let through
}

// measure returns the depth of a selection set (level is its own depth) and its cost: each
// field costs 1 plus what it selects, multiplied by its page size when it takes `first`.
// Costs saturate instead of overflowing.
func (w *walker) measure(set ast.SelectionSet, level int) (depth, cost int) {
	depth = level - 1
	for _, sel := range set {
		var d, c int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue // introspection: bounded by the schema, and GraphiQL's nests 15 deep
			}
			d, c = w.measure(s.SelectionSet, level+1)
			if len(s.SelectionSet) == 0 {
				d = level
			}
			c++
			if n, ok := w.pageSize(s); ok {
				c = saturatingMul(c, n)
			}
		case *ast.InlineFragment:
			d, c = w.measure(s.SelectionSet, level)
		case *ast.FragmentSpread:
			if f := w.fragments.ForName(s.Name); f != nil && w.seen < 1000 {
				w.seen++
				d, c = w.measure(f.SelectionSet, level)
			}
		}
		depth = max(depth, d)
		cost = saturatingAdd(cost, c)
	}
	return depth, cost
}

// pageSize returns the page size a list field asks for: its first argument, or the default
// page size when the field takes first but is not given it.
func (w *walker) pageSize(f *ast.Field) (int, bool) {
	if f.Definition == nil || f.Definition.Arguments.ForName("first") == nil {
		return 0, false
	}
	arg := f.Arguments.ForName("first")
	if arg == nil {
		return kg.DefaultPageSize, true
	}
	v, err := arg.Value.Value(w.vars)
	if err != nil {
		return kg.MaxPageSize, true
	}
	switch n := v.(type) {
	case int64:
		return int(min(max(n, 1), kg.MaxPageSize)), true
	case int:
		return min(max(n, 1), kg.MaxPageSize), true
	}
	return kg.DefaultPageSize, true
}

const saturation = 1 << 40

func saturatingAdd(a, b int) int { return min(a+b, saturation) }

func saturatingMul(a, b int) int {
	if a != 0 && b > saturation/a {
		return saturation
	}
	return min(a*b, saturation)
}

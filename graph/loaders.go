package graph

import (
	"context"
	"time"

	"github.com/vikstrous/dataloadgen"

	"copgraph/kg"
)

// loaders batch the store questions of one GraphQL operation: every reference list asked
// for at one depth of the query becomes one store call.
type loaders struct {
	references *dataloadgen.Loader[kg.ReferenceQuery, kg.ReferencePage]
}

type loadersKey struct{}

// batchWait is how long a loader waits for the sibling fields of one depth to ask before it
// sends their batch; resolvers of one depth start within microseconds of each other.
const batchWait = 5 * time.Millisecond

func newLoaders(store kg.Store) *loaders {
	return &loaders{
		references: dataloadgen.NewLoader(func(ctx context.Context, qs []kg.ReferenceQuery) ([]kg.ReferencePage, []error) {
			pages, err := store.References(ctx, qs)
			if err != nil {
				return nil, []error{err}
			}
			return pages, nil
		}, dataloadgen.WithWait(batchWait)),
	}
}

// withLoaders returns ctx carrying fresh loaders: one set per operation, so that no cached
// answer outlives the request that asked for it.
func withLoaders(ctx context.Context, store kg.Store) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(store))
}

func loadersFrom(ctx context.Context, store kg.Store) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(store)
}

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
	nodes *dataloadgen.Loader[string, kg.Node]
	edges *dataloadgen.Loader[kg.EdgeQuery, kg.EdgePage]
	rels  *dataloadgen.Loader[kg.RelQuery, kg.RelPage]
}

type loadersKey struct{}

// batchWait is how long a loader waits, by default, for the sibling fields of one depth to
// ask before it sends their batch; resolvers of one depth start within microseconds of
// each other.
const batchWait = 10 * time.Millisecond

func newLoaders(store kg.Store, wait time.Duration) *loaders {
	if wait <= 0 {
		wait = batchWait
	}
	return &loaders{
		nodes: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]kg.Node, []error) {
			nodes, found, err := store.Nodes(ctx, ids)
			if err != nil {
				return nil, []error{err}
			}
			errs := make([]error, len(ids))
			for i, ok := range found {
				if !ok {
					errs[i] = errNoNode
				}
			}
			return nodes, errs
		}, dataloadgen.WithWait(wait)),
		edges: dataloadgen.NewLoader(func(ctx context.Context, qs []kg.EdgeQuery) ([]kg.EdgePage, []error) {
			pages, err := store.Edges(ctx, qs)
			if err != nil {
				return nil, []error{err}
			}
			return pages, nil
		}, dataloadgen.WithWait(wait)),
		rels: dataloadgen.NewLoader(func(ctx context.Context, qs []kg.RelQuery) ([]kg.RelPage, []error) {
			pages, err := store.Relationships(ctx, qs)
			if err != nil {
				return nil, []error{err}
			}
			return pages, nil
		}, dataloadgen.WithWait(wait)),
	}
}

// errNoNode is what the node loader returns for an id that names no node: fields that
// point at a missing node answer null.
var errNoNode = kg.Errorf(kg.ENOTFOUND, "no such node")

// withLoaders returns ctx carrying fresh loaders: one set per operation, so that no cached
// answer outlives the request that asked for it.
func withLoaders(ctx context.Context, store kg.Store, wait time.Duration) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(store, wait))
}

func loadersFrom(ctx context.Context, store kg.Store) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(store, 0)
}

// Package graph is the GraphQL transport: the gqlgen-generated executor, thin resolvers that
// ask a kg.Store, and the per-request dataloaders that batch those questions so that a
// request costs a number of store round trips bounded by its depth, not by its size.
package graph

import "copgraph/kg"

// Resolver holds what the resolvers need: the store they read.
type Resolver struct {
	Store kg.Store
}

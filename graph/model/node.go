// Package model holds the GraphQL types that gqlgen generates and the few written by hand
// to bind the schema to kg's types.
package model

// Node is the Go side of the GraphQL Node interface. Its implementations are kg types
// (kg.Act), which cannot carry gqlgen's marker methods, so the interface is empty and the
// generated executor tells them apart by their concrete type.
type Node any

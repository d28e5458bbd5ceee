// Package copgraph holds what the binary carries with it: the GraphQL schema and the
// bundled corpus, the default data set that `copgraph serve` loads when no Neo4j is named.
package copgraph

import (
	"embed"
	"io/fs"
)

// SchemaSDL is schema.graphqls, the API's schema.
//
//go:embed schema.graphqls
var SchemaSDL []byte

//go:embed corpus/*.txt
var corpus embed.FS

// Corpus returns the bundled source documents, by file name.
func Corpus() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		panic(err) // the directory is embedded above; this cannot fail
	}
	return sub
}

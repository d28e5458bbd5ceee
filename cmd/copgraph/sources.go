package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"

	"copgraph"
	"copgraph/kg"
	"copgraph/loader"
)

// source is one document to read: its name (for errors and provenance) and its bytes.
type source struct {
	name string
	read func() ([]byte, error)
}

// sources returns the files named, or the bundled corpus when none is.
func sources(files []string) []source {
	if len(files) == 0 {
		return bundled()
	}
	out := make([]source, len(files))
	for i, f := range files {
		out[i] = source{name: f, read: func() ([]byte, error) { return os.ReadFile(f) }}
	}
	return out
}

func bundled() []source {
	names, _ := fs.Glob(copgraph.Corpus(), "*.txt")
	sort.Strings(names)
	out := make([]source, len(names))
	for i, n := range names {
		out[i] = source{name: "corpus/" + n, read: func() ([]byte, error) { return fs.ReadFile(copgraph.Corpus(), n) }}
	}
	return out
}

// parseAll reads every source; it reports each bad one on stderr and returns the graphs of
// the good ones, with an error when any was bad.
func parseAll(ctx context.Context, srcs []source, stderr io.Writer) ([]kg.Graph, error) {
	var (
		gs  []kg.Graph
		bad int
	)
	for _, s := range srcs {
		if err := ctx.Err(); err != nil {
			return gs, err
		}
		data, err := s.read()
		if err == nil {
			var g kg.Graph
			if g, err = loader.Parse(s.name, data); err == nil {
				gs = append(gs, g)
				continue
			}
		}
		bad++
		fmt.Fprintln(stderr, err)
	}
	if bad > 0 {
		return gs, fmt.Errorf("%d of %d files could not be read: %w", bad, len(srcs), errReported)
	}
	return gs, nil
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"copgraph/neo4jstore"
)

// loadCmd writes the graph of each file to Neo4j, one transaction per file: a file that
// fails to parse or to load changes nothing, and the others are still loaded.
func loadCmd(ctx context.Context, args []string, stderr io.Writer, log *slog.Logger) error {
	fs := newFlags("load", stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, "usage: copgraph load [FILE...]   (NEO4J_URI names the database)") }
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	cfg := neo4jstore.ConfigFromEnv()
	if cfg.URI == "" {
		return fmt.Errorf("load: NEO4J_URI is not set: name the Neo4j to load into (see README.md)")
	}
	gs, perr := parseAll(ctx, sources(fs.Args()), stderr)
	store, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		return errors.Join(err, perr)
	}
	defer store.Close(context.Background())
	var lerr error
	for i, g := range gs {
		start := time.Now()
		if err := store.Load(ctx, g); err != nil {
			lerr = errors.Join(lerr, err)
			log.Error("load failed", "source", g.Source, "err", err)
			continue
		}
		log.Info("loaded", "source", g.Source, "nodes", len(g.Nodes), "relationships", len(g.Relationships),
			"duration", time.Since(start).Round(time.Millisecond), "done", i+1, "of", len(gs))
	}
	return errors.Join(perr, lerr)
}

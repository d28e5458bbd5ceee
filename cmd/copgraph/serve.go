package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"copgraph/graph"
	"copgraph/kg"
	"copgraph/memstore"
	"copgraph/neo4jstore"
)

// serveCmd answers GraphQL until ctx ends, then shuts down gracefully.
func serveCmd(ctx context.Context, args []string, stderr io.Writer, log *slog.Logger) error {
	fs := newFlags("serve", stderr)
	addr := fs.String("addr", envOr("COPGRAPH_ADDR", "127.0.0.1:8080"), "`host:port` to listen on")
	origins := fs.String("cors-origins", os.Getenv("COPGRAPH_CORS_ORIGINS"), "comma-separated `origins` that browsers may call the API from (* for any)")
	noIntrospection := fs.Bool("no-introspection", false, "turn GraphQL introspection off")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	store, what, err := openStore(ctx, log, stderr)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	opts := graph.Options{Logger: log, NoIntrospection: *noIntrospection}
	for _, o := range strings.Split(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			opts.CORSOrigins = append(opts.CORSOrigins, o)
		}
	}
	srv := &http.Server{Handler: graph.NewHandler(store, opts), ReadHeaderTimeout: 10 * time.Second}
	log.Info("serving", "store", what, "graphql", "http://"+ln.Addr().String()+"/graphql", "playground", "http://"+ln.Addr().String()+"/")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// openStore opens Neo4j when NEO4J_URI is set; otherwise it loads the bundled corpus into
// memory, so that serve works on a machine with nothing else installed.
func openStore(ctx context.Context, log *slog.Logger, stderr io.Writer) (kg.Store, string, error) {
	if cfg := neo4jstore.ConfigFromEnv(); cfg.URI != "" {
		s, err := neo4jstore.Open(ctx, cfg)
		return s, "neo4j " + cfg.URI, err
	}
	s := memstore.New()
	gs, err := parseAll(ctx, bundled(), stderr)
	if err != nil {
		return nil, "", err
	}
	for _, g := range gs {
		if err := s.Load(ctx, g); err != nil {
			return nil, "", fmt.Errorf("load bundled corpus: %w", err)
		}
		log.Info("loaded into memory", "source", g.Source, "nodes", len(g.Nodes), "relationships", len(g.Relationships))
	}
	return s, "memory (bundled corpus)", nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

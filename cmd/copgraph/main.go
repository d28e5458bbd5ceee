// Command copgraph reads UN documents into a knowledge graph and serves it over GraphQL.
//
//	copgraph parse FILE...     print the graph of the files as JSON
//	copgraph load [FILE...]    write the graph to Neo4j (the bundled corpus when no file is named)
//	copgraph serve [--addr]    answer GraphQL at /graphql, with a playground at /
//
// serve reads Neo4j when NEO4J_URI is set; otherwise it loads the bundled corpus into memory.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

const usage = `copgraph reads UN documents into a knowledge graph and serves it over GraphQL.

Usage:
  copgraph parse FILE...          print the graph read from the files as JSON on stdout
  copgraph load [FILE...]         write the graph to Neo4j (NEO4J_URI); the bundled corpus when no file is named
  copgraph serve [--addr H:P] [--cors-origins O,...] [--no-introspection]
                                  serve GraphQL at /graphql and the playground at /

Environment:
  NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE   the Neo4j to load into or serve from
  COPGRAPH_ADDR                                               serve's address (default 127.0.0.1:8080)
  COPGRAPH_CORS_ORIGINS                                       serve's CORS origins, comma-separated
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "copgraph:", err)
		}
		os.Exit(exitCode(err))
	}
}

// errReported says that the command has already told the user what went wrong.
var errReported = errors.New("reported")

// errUsage marks a command line that is wrong.
var errUsage = errors.New("usage")

func exitCode(err error) int {
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errUsage
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "parse":
		return parseCmd(ctx, rest, stdout, stderr)
	case "load":
		return loadCmd(ctx, rest, stderr, log)
	case "serve":
		return serveCmd(ctx, rest, stderr, log)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "copgraph: unknown command %q\n\n%s", cmd, usage)
		return errUsage
	}
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("copgraph "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

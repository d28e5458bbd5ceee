package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"copgraph/kg"
)

// parseCmd prints the graph of the files as one JSON document; with several files, their
// graphs merged. Bad files are reported on stderr and the command fails, but the graph of
// the good ones is still printed.
func parseCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("parse", stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, "usage: copgraph parse FILE...") }
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	gs, perr := parseAll(ctx, sources(fs.Args()), stderr)
	if len(gs) == 0 && perr != nil {
		return perr
	}
	g := kg.Merge(gs...)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		return errors.Join(fmt.Errorf("write graph: %w", err), perr)
	}
	return perr
}

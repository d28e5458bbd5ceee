package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"copgraph/kg"
	"copgraph/neo4jstore/neo4jtest"
)

func TestParsePrintsTheGraphOfTheCorpus(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"parse", "../../corpus/CTOC-COP-2012-15.zh.txt"}, &out, &errb); err != nil {
		t.Fatalf("parse: %v\n%s", err, errb.String())
	}
	want, err := os.ReadFile("../../loader/testdata/corpus.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != string(want) {
		t.Errorf("copgraph parse output differs from loader/testdata/corpus.golden.json")
	}
}

func TestParseReportsEveryBadFileAndPrintsTheGoodOnes(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "scan.pdf")
	os.WriteFile(bin, []byte("%PDF-1.4\x00\x01\x02"), 0o644)
	letter := filepath.Join(dir, "letter.txt")
	os.WriteFile(letter, []byte("尊敬的先生：\n谢谢。\n"), 0o644)
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"parse", bin, "../../corpus/CTOC-COP-2012-15.zh.txt", letter}, &out, &errb)
	if err == nil || exitCode(err) != 1 {
		t.Fatalf("parse = %v, want a failure with exit status 1", err)
	}
	for _, want := range []string{bin + ": not text", letter + ": nothing of the UN report family found"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr %q lacks %q", errb.String(), want)
		}
	}
	var g kg.Graph
	if err := json.Unmarshal(out.Bytes(), &g); err != nil || len(g.Nodes) == 0 {
		t.Errorf("stdout holds no graph of the good file: %v", err)
	}
}

func TestUsageErrorsExitWithStatus2(t *testing.T) {
	for _, args := range [][]string{nil, {"frobnicate"}, {"parse"}} {
		var out, errb bytes.Buffer
		if err := run(context.Background(), args, &out, &errb); !errors.Is(err, errUsage) || exitCode(err) != 2 {
			t.Errorf("run(%q) = %v, want a usage error", args, err)
		}
	}
}

func TestLoadWritesTheBundledCorpusToNeo4jAndTwiceChangesNothing(t *testing.T) {
	s := neo4jtest.Open(t) // empties the database and holds it for this test binary
	ctx := context.Background()
	var out, errb bytes.Buffer
	counts := func() kg.Counts {
		c, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if err := run(ctx, []string{"load"}, &out, &errb); err != nil {
		t.Fatalf("load: %v\n%s", err, errb.String())
	}
	first := counts()
	if first.Labels[kg.LabelAct] == 0 || first.Types[kg.RelRefersTo] == 0 {
		t.Fatalf("after load: %+v", first)
	}
	if err := run(ctx, []string{"load"}, &out, &errb); err != nil {
		t.Fatalf("second load: %v", err)
	}
	if second := counts(); !equalCounts(first, second) {
		t.Errorf("counts changed on the second load: %+v then %+v", first, second)
	}
	if !strings.Contains(errb.String(), "loaded") {
		t.Errorf("load logged no progress: %s", errb.String())
	}
}

func TestLoadWithoutNeo4jURIIsAClearError(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"load"}, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "NEO4J_URI is not set") {
		t.Errorf("load = %v, want an error naming NEO4J_URI", err)
	}
}

func equalCounts(a, b kg.Counts) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return bytes.Equal(ja, jb)
}

package graph_test

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"copgraph/graph"
)

// TestQueriesAnswerTheSameOnBothStores is the API's conformance suite: every query under
// testdata/queries runs on memstore and on Neo4j, loaded with the corpus; the answers must
// be equal, and equal to the query's golden answer (rewritten with -update, then reviewed).
func TestQueriesAnswerTheSameOnBothStores(t *testing.T) {
	files, err := filepath.Glob("examples/*.graphql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no queries under examples: %v", err)
	}
	servers := map[string]*httptest.Server{}
	for name, s := range stores(t) {
		servers[name] = httptest.NewServer(graph.NewHandler(s, quiet))
		defer servers[name].Close()
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".graphql")
		t.Run(name, func(t *testing.T) {
			query, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			answers := map[string]string{}
			for store, srv := range servers {
				status, r, raw := post(t, srv, string(query))
				if status != 200 || len(r.Errors) > 0 {
					t.Fatalf("%s: status %d: %s", store, status, raw)
				}
				answers[store] = string(indent(t, r.Data))
			}
			if diff := cmp.Diff(answers["memstore"], answers["neo4jstore"]); diff != "" {
				t.Errorf("the stores answer differently (-memstore +neo4jstore):\n%s", diff)
			}
			golden := filepath.Join("testdata", "queries", name+".json")
			if *update {
				if err := os.WriteFile(golden, []byte(answers["memstore"]), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), answers["memstore"]); diff != "" {
				t.Errorf("answer differs from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

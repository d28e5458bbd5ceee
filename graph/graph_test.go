package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"copgraph/graph"
	"copgraph/kg"
	"copgraph/loader"
	"copgraph/memstore"
	"copgraph/neo4jstore/neo4jtest"
)

// quiet keeps request logs out of the test output.
var quiet = graph.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// skeletonQuery is the query the walking skeleton must answer identically on both stores.
const skeletonQuery = `{ act(kind: RESOLUTION, number: "6/2") { body kind number title references { edges { relation verb quote node { body kind number } } } referencedBy { edges { relation node { number } } } } }`

// stores returns the stores the HTTP tests run on, each loaded with the bundled corpus and
// then with the texts given, by file name.
func stores(t *testing.T, texts ...[2]string) map[string]kg.Store {
	t.Helper()
	data, err := os.ReadFile("../corpus/CTOC-COP-2012-15.zh.txt")
	if err != nil {
		t.Fatal(err)
	}
	var gs []kg.Graph
	for _, f := range append([][2]string{{"CTOC-COP-2012-15.zh.txt", string(data)}}, texts...) {
		g, err := loader.Parse(f[0], []byte(f[1]))
		if err != nil {
			t.Fatal(err)
		}
		gs = append(gs, g)
	}
	mem := memstore.New()
	neo := neo4jtest.Open(t)
	out := map[string]kg.Store{"memstore": mem, "neo4jstore": neo}
	for _, s := range out {
		for _, g := range gs {
			if err := s.Load(context.Background(), g); err != nil {
				t.Fatal(err)
			}
		}
	}
	return out
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func post(t *testing.T, srv *httptest.Server, query string) (int, response, []byte) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	res, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var r response
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("response %q: %v", raw, err)
	}
	return res.StatusCode, r, raw
}

// ask serves store s, posts query, fails the test on an error, and decodes the data into a.
func ask(t *testing.T, name string, s kg.Store, query string, a any) {
	t.Helper()
	srv := httptest.NewServer(graph.NewHandler(s, quiet))
	defer srv.Close()
	status, r, raw := post(t, srv, query)
	if status != 200 || len(r.Errors) > 0 {
		t.Fatalf("%s: status %d: %s", name, status, raw)
	}
	if err := json.Unmarshal(r.Data, a); err != nil {
		t.Fatal(err)
	}
}

func indent(t *testing.T, raw []byte) []byte {
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		t.Fatal(err)
	}
	b.WriteByte('\n')
	return b.Bytes()
}

func TestSkeletonQueryAnswersTheSameOnBothStores(t *testing.T) {
	answers := map[string][]byte{}
	for name, s := range stores(t) {
		srv := httptest.NewServer(graph.NewHandler(s, quiet))
		defer srv.Close()
		status, r, _ := post(t, srv, skeletonQuery)
		if status != http.StatusOK || len(r.Errors) > 0 {
			t.Fatalf("%s: status %d, errors %+v", name, status, r.Errors)
		}
		answers[name] = indent(t, r.Data)

		// The same query by GET answers the same.
		res, err := http.Get(srv.URL + "/graphql?query=" + url.QueryEscape(skeletonQuery))
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(res.Body)
		res.Body.Close()
		var gr response
		if err := json.Unmarshal(raw, &gr); err != nil || !bytes.Equal(indent(t, gr.Data), answers[name]) {
			t.Errorf("%s: GET answered %s", name, raw)
		}
	}
	if diff := cmp.Diff(string(answers["memstore"]), string(answers["neo4jstore"])); diff != "" {
		t.Errorf("the stores answer differently (-memstore +neo4jstore):\n%s", diff)
	}
	golden := filepath.Join("testdata", "skeleton.golden.json")
	if *update {
		os.WriteFile(golden, answers["memstore"], 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(answers["memstore"])); diff != "" {
		t.Errorf("answer differs from %s (-want +got):\n%s", golden, diff)
	}
	var a struct {
		Act struct {
			Body, Kind, Title string
			References        struct {
				Edges []struct{ Relation, Verb string }
			}
		}
	}
	json.Unmarshal(answers["memstore"], &a)
	if a.Act.Body != "COP" || a.Act.Kind != "RESOLUTION" || !strings.HasPrefix(a.Act.Title, "促进加入和实施") || len(a.Act.References.Edges) != 5 { // four by number, one "上述决议"
		t.Errorf("answer = %+v", a)
	}
}

func TestRoundTripsAreBoundedByDepthNotSize(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	data, _ := os.ReadFile("../corpus/CTOC-COP-2012-15.zh.txt")
	g, err := loader.Parse("c.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(ctx, g); err != nil {
		t.Fatal(err)
	}
	// The batches' window is wide here so that a machine short of CPU (CI, or the other
	// test binaries running beside this one) cannot split a depth into two batches: what
	// the test guards is that round trips grow with depth, never with the answer's size.
	opts := quiet
	opts.BatchWait = 200 * time.Millisecond
	srv := httptest.NewServer(graph.NewHandler(s, opts))
	defer srv.Close()
	for _, tc := range []struct {
		name   string
		query  string
		marker string // a non-empty list at the deepest level, which must occur 5 times or more
		depth  int
	}{
		// The acts, their references, and what refers to each act referred to.
		{"references", `{ acts(first: 100) { edges { node { number references(first: 20) { edges { node { number referencedBy(first: 20) { edges { node { number } } } } } } } } } }`,
			`"referencedBy":{"edges":[{`, 3},
		// The acts, the report paragraphs that refer to each, and their documents.
		{"referencedIn", `{ acts(first: 100) { edges { node { number referencedIn(first: 5) { edges { document { symbol } } } } } } }`,
			`"document":{"symbol":`, 3},
		// Every actor's decided mandates, filtered by the flag, and the act of each.
		{"mandates", `{ actors(first: 100) { edges { node { mandates(proposed: false, first: 20) { edges { act { number } } } } } } }`,
			`"act":{"number":`, 3},
		// The session, its agenda, who spoke on each item, and for each statement its
		// session and paragraph, loaded by id.
		{"statements", `{ session(number: 6) { agenda { number statements(first: 100) { edges { speaker { name } session { number } paragraph { localKey } } } } } }`,
			`"paragraph":{"localKey":`, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := s.RoundTrips()
			_, r, _ := post(t, srv, tc.query)
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
			trips := s.RoundTrips() - before
			if n := strings.Count(string(r.Data), tc.marker); n < 5 {
				t.Fatalf("the answer has %d non-empty lists at the deepest level; the test needs data at every depth:\n%s", n, r.Data)
			}
			if trips > int64(tc.depth) {
				t.Errorf("a query of depth %d over %d nodes took %d round trips, want at most %d (one per depth)", tc.depth, len(g.Nodes), trips, tc.depth)
			}
		})
	}
}

func TestErrorsCarryCodesAndHideInternals(t *testing.T) {
	srv := httptest.NewServer(graph.NewHandler(memstore.New(), quiet))
	defer srv.Close()
	for _, tc := range []struct {
		name, query, code string
	}{
		{"a malformed cursor", `{ acts(after: "nope") { edges { cursor } } }`, kg.EINVALID},
		{"a page too large", `{ acts(first: 100000) { edges { cursor } } }`, kg.EINVALID},
		{"a malformed node id", `{ node(id: "%%%") { id } }`, kg.EINVALID},
		{"a field that does not exist", `{ nope }`, "GRAPHQL_VALIDATION_FAILED"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, r, raw := post(t, srv, tc.query)
			if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != tc.code {
				t.Errorf("response %s, want an error with code %s", raw, tc.code)
			}
		})
	}
}

func TestAnActNotInTheGraphIsNull(t *testing.T) {
	srv := httptest.NewServer(graph.NewHandler(memstore.New(), quiet))
	defer srv.Close()
	_, r, raw := post(t, srv, `{ act(body: GA, kind: RESOLUTION, number: "6/2") { number } }`)
	if len(r.Errors) > 0 || string(r.Data) != `{"act":null}` {
		t.Errorf("response %s, want act null and no error", raw)
	}
}

func TestNodeFetchesAnActByItsGlobalID(t *testing.T) {
	s := memstore.New()
	data, _ := os.ReadFile("../corpus/CTOC-COP-2012-15.zh.txt")
	g, _ := loader.Parse("c.txt", data)
	s.Load(context.Background(), g)
	srv := httptest.NewServer(graph.NewHandler(s, quiet))
	defer srv.Close()
	_, r, _ := post(t, srv, `{ act(kind: DECISION, number: "6/1") { id } }`)
	var a struct{ Act struct{ ID string } }
	json.Unmarshal(r.Data, &a)
	_, r, raw := post(t, srv, `{ node(id: "`+a.Act.ID+`") { ... on Act { key kind number } } }`)
	if want := `{"node":{"key":"act:cop:decision:6/1","kind":"DECISION","number":"6/1"}}`; string(r.Data) != want {
		t.Errorf("node answered %s, want data %s", raw, want)
	}
}

func TestThePlaygroundNeedsNoInternet(t *testing.T) {
	srv := httptest.NewServer(graph.NewHandler(memstore.New(), quiet))
	defer srv.Close()
	res, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if strings.Contains(string(page), "http://") || strings.Contains(string(page), "https://") || strings.Contains(string(page), "//cdn") {
		t.Errorf("the playground page loads something from elsewhere:\n%s", page)
	}
	for _, ex := range graph.Examples() {
		q, _ := json.Marshal(ex.Query)
		if !strings.Contains(string(page), string(q[1:40])) {
			t.Errorf("the page lacks the example %.60q", ex.Query)
		}
	}
	for _, asset := range []string{"graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"} {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/playground/"+asset, nil)
		req.Header.Set("Accept-Encoding", "identity") // the plain copy, unzipped by the server
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || len(body) < 1000 || !strings.Contains(string(page), "/playground/"+asset) {
			t.Errorf("%s: status %d, %d bytes, linked from the page: %v", asset, res.StatusCode, len(body), strings.Contains(string(page), asset))
		}
	}
}

func TestHealthAndSchemaEndpoints(t *testing.T) {
	srv := httptest.NewServer(graph.NewHandler(memstore.New(), quiet))
	defer srv.Close()
	post(t, srv, `query CountActs { acts { totalCount } }`)
	for path, want := range map[string]string{"/healthz": "ok", "/readyz": "ready", "/schema.graphql": "type Query", "/": "<title>copgraph</title>",
		"/metrics": `copgraph_graphql_requests_total{operation="CountActs"} 1`} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s = %d %.80q, want 200 containing %q", path, res.StatusCode, body, want)
		}
	}
}

// TestSearchFindsTheSameNodesOnBothStores compares the sets of hits: the stores score with
// different formulas (Lucene's and memstore's BM25), so order may differ, but they analyse
// text alike and must agree on what matches.
func TestSearchFindsTheSameNodesOnBothStores(t *testing.T) {
	found := map[string][]string{}
	for name, s := range stores(t) {
		srv := httptest.NewServer(graph.NewHandler(s, quiet))
		defer srv.Close()
		_, r, raw := post(t, srv, `{ search(text: "枪支议定书", first: 1000) { score node { ... on Paragraph { key } ... on Act { key } } } }`)
		var d struct {
			Search []struct {
				Score float64
				Node  struct{ Key string }
			}
		}
		if err := json.Unmarshal(r.Data, &d); err != nil || len(r.Errors) > 0 {
			t.Fatalf("%s: %s", name, raw)
		}
		for _, h := range d.Search {
			found[name] = append(found[name], h.Node.Key)
		}
		slices.Sort(found[name])
		if len(d.Search) < 10 || d.Search[0].Score != 1 {
			t.Errorf("%s: %d hits, best score %v; want many, the best 1", name, len(d.Search), d.Search[0].Score)
		}
	}
	if diff := cmp.Diff(found["memstore"], found["neo4jstore"]); diff != "" {
		t.Errorf("the stores find different nodes (-memstore +neo4jstore):\n%s", diff)
	}
}

// A cursor names its list: used on another list, it fails that field alone, with a clear
// error, and the other fields of the request (batched with it) still answer.
func TestACursorOfAnotherListFailsItsFieldAlone(t *testing.T) {
	for name, s := range stores(t) {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(graph.NewHandler(s, quiet))
			defer srv.Close()
			_, r, raw := post(t, srv, `{ act(kind: RESOLUTION, number: "6/1") { references(first: 1) { pageInfo { endCursor } } } }`)
			var first struct {
				Act struct {
					References struct{ PageInfo struct{ EndCursor string } }
				}
			}
			if err := json.Unmarshal(r.Data, &first); err != nil || first.Act.References.PageInfo.EndCursor == "" {
				t.Fatalf("no cursor in %s", raw)
			}
			c := first.Act.References.PageInfo.EndCursor
			_, r, raw = post(t, srv, `{ a: act(kind: RESOLUTION, number: "6/2") { references(after: "`+c+`") { totalCount } }
				b: act(kind: RESOLUTION, number: "6/3") { references(first: 1) { totalCount } }
				c: act(kind: RESOLUTION, number: "6/1") { references(first: 1, after: "`+c+`") { totalCount } } }`)
			if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != kg.EINVALID || !strings.Contains(r.Errors[0].Message, "does not belong to this list") {
				t.Fatalf("response %s, want one error for field a", raw)
			}
			if !strings.Contains(string(r.Data), `"b":{"references":{"totalCount":`) || !strings.Contains(string(r.Data), `"c":{"references":{"totalCount":`) {
				t.Errorf("the other fields did not answer: %s", raw)
			}
		})
	}
}

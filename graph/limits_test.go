package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"copgraph/graph"
	"copgraph/kg"
	"copgraph/memstore"
)

// aliases returns n fields of distinct aliases: "x1: __typename x2: __typename …".
func aliases(prefix string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s%d: __typename ", prefix, i)
	}
	return b.String()
}

// spreads returns "...F0 ...F1 …" and fragments the fragments they spread, each selecting
// body.
func spreads(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "...F%d ", i)
	}
	return b.String()
}

func fragments(n int, body string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "fragment F%d on Query { %s } ", i, body)
	}
	return b.String()
}

func TestLimitsRefuseDeepAndCostlyQueries(t *testing.T) {
	opts := quiet
	opts.Limits = graph.Limits{MaxDepth: 6, MaxComplexity: 5000}
	srv := httptest.NewServer(graph.NewHandler(memstore.New(), opts))
	defer srv.Close()
	for _, tc := range []struct {
		name, query, code string
	}{
		{"a query within both limits", `{ acts(first: 10) { edges { node { references(first: 10) { totalCount } } } } }`, ""},
		{"introspection does not count", `{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }`, ""},
		{"a query too deep", `{ acts { edges { node { references { edges { node { referencedBy { edges { node { number } } } } } } } } } }`, "QUERY_TOO_DEEP"},
		{"nested pages that multiply", `{ acts(first: 1000) { edges { node { references(first: 1000) { totalCount } } } } }`, "QUERY_TOO_COMPLEX"},
		{"a page size from a variable counts", `query($n: Int) { acts(first: $n) { edges { node { references(first: $n) { totalCount } } } } }`, "QUERY_TOO_COMPLEX"},
		{"fragments count too", `{ acts(first: 1000) { ...A } } fragment A on ActConnection { edges { node { references(first: 1000) { totalCount } } } }`, "QUERY_TOO_COMPLEX"},
		{"fragments spread many times count each time", `query { ...F3 }
			fragment F0 on Query { acts(first: 2) { totalCount } }
			fragment F1 on Query { a: acts { totalCount } ...F0 ...F0 ...F0 ...F0 ...F0 ...F0 ...F0 ...F0 ...F0 ...F0 }
			fragment F2 on Query { ...F1 ...F1 ...F1 ...F1 ...F1 ...F1 ...F1 ...F1 ...F1 ...F1 }
			fragment F3 on Query { ...F2 ...F2 ...F2 ...F2 ...F2 ...F2 ...F2 ...F2 ...F2 ...F2 }`, "QUERY_TOO_COMPLEX"},
		{"a deep query inside fragments is still too deep", `query { ...A } fragment A on Query { acts { edges { node { ...B } } } }
			fragment B on Act { references { edges { node { referencedBy { edges { node { number } } } } } } }`, "QUERY_TOO_DEEP"},
		{"lists bounded by limit cost their limit", `{ a: neighbourhood(id: "x", limit: 2000) { truncated } b: neighbourhood(id: "x", limit: 2000) { truncated } c: neighbourhood(id: "x", limit: 2000) { truncated } }`, "QUERY_TOO_COMPLEX"},
		{"many fields are too many", `{ ` + strings.Repeat("...F ", 90) + ` } fragment F on Query { ` + aliases("y", 60) + ` }`, "QUERY_TOO_COMPLEX"},
		{"one alias repeated many times is refused before validation", `{ ` + strings.Repeat("x: __typename ", 1000) + ` }`, "QUERY_TOO_COMPLEX"},
		{"one alias repeated through fragments is refused too", `{ ` + spreads(45) + ` } ` + fragments(45, strings.Repeat("a: __typename ", 99)), "QUERY_TOO_COMPLEX"},
		{"a document of too many tokens is refused as it is parsed", `{ ` + aliases("x", 6000) + ` }`, "GRAPHQL_PARSE_FAILED"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": tc.query, "variables": map[string]any{"n": 1000}})
			res, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			var r response
			json.NewDecoder(res.Body).Decode(&r)
			switch {
			case tc.code == "" && len(r.Errors) > 0:
				t.Errorf("refused: %+v", r.Errors)
			case tc.code != "" && (len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != tc.code):
				t.Errorf("errors %+v, want code %s", r.Errors, tc.code)
			}
			if tc.code == "" {
				return
			}
			// A refusal is a request error: under application/graphql-response+json, 400
			// and no data entry, as for a document that fails validation.
			req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Accept", "application/graphql-response+json")
			res2, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res2.Body.Close()
			var raw map[string]json.RawMessage
			json.NewDecoder(res2.Body).Decode(&raw)
			if _, has := raw["data"]; res2.StatusCode != http.StatusBadRequest || has || raw["errors"] == nil {
				t.Errorf("under graphql-response+json: status %d, data present %v, want 400 with errors and no data", res2.StatusCode, has)
			}
		})
	}
}

func TestPersistedQueriesAndCORS(t *testing.T) {
	opts := quiet
	opts.CORSOrigins = []string{"https://viz.example"}
	srv := httptest.NewServer(graph.NewHandler(memstore.New(), opts))
	defer srv.Close()

	// Automatic persisted queries: a hash alone is unknown at first, then known once sent
	// with its query.
	const q = `{ acts { totalCount } }`
	const hash = "b4ea8b2a5c2a1f6e4e5a7b1a1a5c3d4e0b7c8d9e0f1a2b3c4d5e6f708192a3b4" // not the sha256 of q
	ext := func(h string) map[string]any {
		return map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": h}}
	}
	post := func(body map[string]any) response {
		b, _ := json.Marshal(body)
		res, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var r response
		json.NewDecoder(res.Body).Decode(&r)
		return r
	}
	if r := post(map[string]any{"extensions": ext(hash)}); len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "PersistedQueryNotFound") {
		t.Errorf("an unknown hash answered %+v, want PersistedQueryNotFound", r)
	}
	if r := post(map[string]any{"query": q, "extensions": ext(hash)}); len(r.Errors) == 0 {
		t.Errorf("a query with a hash that is not its own was accepted")
	}

	// CORS: an allowed origin gets its preflight answered and the header; another does not.
	for origin, allowed := range map[string]bool{"https://viz.example": true, "https://evil.example": false} {
		req, _ := http.NewRequest(http.MethodOptions, srv.URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if got := res.Header.Get("Access-Control-Allow-Origin") == origin; got != allowed {
			t.Errorf("origin %s: allowed = %v, want %v", origin, got, allowed)
		}
	}
}

// slowStore answers acts only after its delay, or when the request is cancelled.
type slowStore struct {
	*memstore.Store
	delay time.Duration
}

func (s slowStore) Acts(ctx context.Context, f kg.ActFilter, p kg.PageArgs) (kg.ActPage, error) {
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return kg.ActPage{}, ctx.Err()
	}
	return s.Store.Acts(ctx, f, p)
}

func TestRequestsOverSizeOrTimeAreRefused(t *testing.T) {
	opts := quiet
	opts.MaxBodyBytes = 1000
	opts.QueryTimeout = 50 * time.Millisecond
	srv := httptest.NewServer(graph.NewHandler(slowStore{memstore.New(), time.Second}, opts))
	defer srv.Close()

	big, _ := json.Marshal(map[string]any{"query": "{ acts { totalCount } }", "variables": map[string]any{"pad": strings.Repeat("x", 2000)}})
	res, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a body over the limit got status %d, want 413", res.StatusCode)
	}

	start := time.Now()
	res, err = http.Post(srv.URL+"/graphql", "application/json", strings.NewReader(`{"query":"{ acts { totalCount } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "TIMEOUT") {
		t.Errorf("a slow query got %d %s, want 503 with code TIMEOUT", res.StatusCode, body)
	}
	if took := time.Since(start); took > 900*time.Millisecond {
		t.Errorf("the timeout answered after %v, not near its 50ms", took)
	}
}

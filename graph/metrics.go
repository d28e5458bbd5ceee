package graph

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// latencyBuckets are the upper bounds, in seconds, of the request latency histogram.
var latencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

// metrics counts GraphQL operations and their latency, by operation name, for Prometheus.
// It writes the text exposition format itself: a handful of series need no client library.
type metrics struct {
	mu    sync.Mutex
	ops   map[string]*opStats
	trips func() int64 // the store's round trips so far, when it counts them
}

type opStats struct {
	count, errors int64
	sum           float64
	buckets       []int64 // cumulative counts per latencyBuckets
}

// roundTripCounter is a store that counts its round trips (neo4jstore does).
type roundTripCounter interface{ RoundTrips() int64 }

func newMetrics(store any) *metrics {
	m := &metrics{ops: map[string]*opStats{}}
	if c, ok := store.(roundTripCounter); ok {
		m.trips = c.RoundTrips
	}
	return m
}

// observe is a gqlgen response interceptor: it times each operation.
func (m *metrics) observe(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	start := time.Now()
	resp := next(ctx)
	// The name comes from the parsed document, never from the request's operationName
	// field: a GraphQL name is [_A-Za-z][_0-9A-Za-z]*, safe as a label value.
	name := "anonymous"
	if graphql.HasOperationContext(ctx) {
		if oc := graphql.GetOperationContext(ctx); oc.Operation != nil && oc.Operation.Name != "" {
			name = oc.Operation.Name
		}
	}
	m.record(name, time.Since(start).Seconds(), resp != nil && len(resp.Errors) > 0)
	return resp
}

func (m *metrics) record(op string, seconds float64, failed bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.ops[op]
	if s == nil {
		if len(m.ops) >= 1000 { // operation names come from clients: bound the series
			op = "other"
			if s = m.ops[op]; s == nil {
				s = &opStats{buckets: make([]int64, len(latencyBuckets))}
				m.ops[op] = s
			}
		} else {
			s = &opStats{buckets: make([]int64, len(latencyBuckets))}
			m.ops[op] = s
		}
	}
	s.count++
	s.sum += seconds
	if failed {
		s.errors++
	}
	for i, b := range latencyBuckets {
		if seconds <= b {
			s.buckets[i]++
		}
	}
}

// ServeHTTP writes the metrics in Prometheus' text format.
func (m *metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.write(w)
}

func (m *metrics) write(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	names := make([]string, 0, len(m.ops))
	for n := range m.ops {
		names = append(names, n)
	}
	slices.Sort(names)
	fmt.Fprintln(w, "# HELP copgraph_graphql_requests_total GraphQL operations answered, by operation name.")
	fmt.Fprintln(w, "# TYPE copgraph_graphql_requests_total counter")
	for _, n := range names {
		fmt.Fprintf(w, "copgraph_graphql_requests_total{operation=%q} %d\n", label(n), m.ops[n].count)
	}
	fmt.Fprintln(w, "# HELP copgraph_graphql_errors_total GraphQL operations answered with errors, by operation name.")
	fmt.Fprintln(w, "# TYPE copgraph_graphql_errors_total counter")
	for _, n := range names {
		fmt.Fprintf(w, "copgraph_graphql_errors_total{operation=%q} %d\n", label(n), m.ops[n].errors)
	}
	fmt.Fprintln(w, "# HELP copgraph_graphql_duration_seconds Time to answer a GraphQL operation.")
	fmt.Fprintln(w, "# TYPE copgraph_graphql_duration_seconds histogram")
	for _, n := range names {
		s := m.ops[n]
		for i, b := range latencyBuckets {
			fmt.Fprintf(w, "copgraph_graphql_duration_seconds_bucket{operation=%q,le=\"%g\"} %d\n", label(n), b, s.buckets[i])
		}
		fmt.Fprintf(w, "copgraph_graphql_duration_seconds_bucket{operation=%q,le=\"+Inf\"} %d\n", label(n), s.count)
		fmt.Fprintf(w, "copgraph_graphql_duration_seconds_sum{operation=%q} %g\n", label(n), s.sum)
		fmt.Fprintf(w, "copgraph_graphql_duration_seconds_count{operation=%q} %d\n", label(n), s.count)
	}
	if m.trips != nil {
		fmt.Fprintln(w, "# HELP copgraph_store_round_trips_total Queries sent to the database.")
		fmt.Fprintln(w, "# TYPE copgraph_store_round_trips_total counter")
		fmt.Fprintf(w, "copgraph_store_round_trips_total %d\n", m.trips())
	}
}

// label bounds an operation name's length; a long name keeps a hash of the whole, so two
// names that share a prefix stay two series.
func label(s string) string {
	if len(s) <= 64 {
		return s
	}
	h := fnv.New32a()
	h.Write([]byte(s))
	return fmt.Sprintf("%s_%08x", s[:55], h.Sum32())
}

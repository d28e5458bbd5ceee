// Package neo4jstore keeps the knowledge graph in Neo4j 5: uniqueness constraints on the
// stable ids, batched idempotent writes (UNWIND … MERGE) in one transaction per source
// document, and reads that answer a whole batch of questions in one round trip.
package neo4jstore

import (
	"context"
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"copgraph/kg"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string // bolt:// or neo4j:// URI
	Username string // "" for a server without authentication
	Password string
	Database string // "" for the server's default database
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE.
func ConfigFromEnv() Config {
	return Config{
		URI:      os.Getenv("NEO4J_URI"),
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// Store is a kg.Store over Neo4j. One Store holds one driver, shared by every goroutine.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	trips  atomic.Int64

	schemaMu sync.Mutex
	schema   bool // the constraints and indexes exist
}

var _ kg.Store = (*Store)(nil)

// Open connects to Neo4j and checks that it answers. It writes nothing: the schema is
// created by the first Load, so that a server that only reads never needs write access.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return nil, fmt.Errorf("neo4jstore: open %s: %w", cfg.URI, err)
	}
	s := &Store{driver: driver, db: cfg.Database}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("neo4jstore: connect to %s: %w", cfg.URI, err)
	}
	return s, nil
}

// RoundTrips returns how many queries the store has sent to the server: tests use it to
// check that a GraphQL request costs a number of round trips bounded by its depth.
func (s *Store) RoundTrips() int64 { return s.trips.Load() }

// ensureSchema creates the constraints and indexes the store relies on, once per Store;
// creating them again changes nothing.
func (s *Store) ensureSchema(ctx context.Context) error {
	s.schemaMu.Lock()
	defer s.schemaMu.Unlock()
	if s.schema {
		return nil
	}
	var stmts []string
	for _, l := range kg.PrimaryLabels {
		stmts = append(stmts, fmt.Sprintf("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE", strings.ToLower(l), l))
	}
	stmts = append(stmts,
		fmt.Sprintf("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE", entityLabel),
		"CREATE INDEX act_sortkey IF NOT EXISTS FOR (n:Act) ON (n.sortKey)")
	for _, t := range kg.RelationshipTypes {
		lt := strings.ToLower(t)
		stmts = append(stmts,
			fmt.Sprintf("CREATE INDEX %s_id IF NOT EXISTS FOR ()-[r:%s]-() ON (r.id)", lt, t),
			fmt.Sprintf("CREATE INDEX %s_source IF NOT EXISTS FOR ()-[r:%s]-() ON (r.source)", lt, t),
			// The act or session a relationship names: the mandates of an act or of a
			// session, the documents an act cites, are read by them.
			fmt.Sprintf("CREATE INDEX %s_act IF NOT EXISTS FOR ()-[r:%s]-() ON (r.act)", lt, t),
			fmt.Sprintf("CREATE INDEX %s_session IF NOT EXISTS FOR ()-[r:%s]-() ON (r.session)", lt, t))
	}
	stmts = append(stmts,
		fmt.Sprintf("CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [%s] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
			searchIndex, strings.Join(kg.SearchLabels, "|"), "n."+strings.Join(kg.SearchProperties, ", n.")),
		"CALL db.awaitIndexes(120)")
	for _, q := range stmts {
		if _, err := s.run(ctx, q, nil, neo4j.EagerResultTransformer, true); err != nil {
			return fmt.Errorf("neo4jstore: create schema: %w", err)
		}
	}
	s.schema = true
	return nil
}

// run sends one auto-committed query (schema changes, reads) and counts the round trip.
func run[T any](ctx context.Context, s *Store, q string, params map[string]any, tr func() neo4j.ResultTransformer[T], write bool) (T, error) {
	s.trips.Add(1)
	routing := neo4j.ExecuteQueryWithReadersRouting()
	if write {
		routing = neo4j.ExecuteQueryWithWritersRouting()
	}
	return neo4j.ExecuteQuery(ctx, s.driver, q, params, tr, routing, neo4j.ExecuteQueryWithDatabase(s.db))
}

func (s *Store) run(ctx context.Context, q string, params map[string]any, tr func() neo4j.ResultTransformer[*neo4j.EagerResult], write bool) (*neo4j.EagerResult, error) {
	return run(ctx, s, q, params, tr, write)
}

func (s *Store) read(ctx context.Context, q string, params map[string]any) (*neo4j.EagerResult, error) {
	return s.run(ctx, q, params, neo4j.EagerResultTransformer, false)
}

// Ping implements kg.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("neo4jstore: ping: %w", err)
	}
	return nil
}

// Close implements kg.Store.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Load implements kg.Store: one write transaction that merges every node and relationship
// of g (batched by label set and by relationship type) and deletes the relationships an
// earlier load of the same source wrote that g no longer has.
func (s *Store) Load(ctx context.Context, g kg.Graph) error {
	if err := kg.Validate(g); err != nil {
		return err
	}
	if err := s.ensureSchema(ctx); err != nil {
		return err
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int, error) {
		g, err := s.withStoredDays(ctx, tx, g)
		if err != nil {
			return 0, err
		}
		stmts := writeStatements(g)
		for _, st := range stmts {
			s.trips.Add(1)
			res, err := tx.Run(ctx, st.query, st.params)
			if err != nil {
				return 0, err
			}
			if _, err := res.Consume(ctx); err != nil {
				return 0, err
			}
		}
		return len(stmts), nil
	})
	if err != nil {
		return fmt.Errorf("neo4jstore: load %s: %w", g.Source, err)
	}
	return nil
}

// withStoredDays returns g with the days of each session it dates merged, by kg.MergeNode,
// with those the store holds: a session's days are united, not replaced (a report of its
// resumed part keeps the first part's days), which SET cannot do. It reads the store only
// where g dates a session.
func (s *Store) withStoredDays(ctx context.Context, tx neo4j.ManagedTransaction, g kg.Graph) (kg.Graph, error) {
	var ids []string
	at := map[string]int{}
	for i, n := range g.Nodes {
		for _, k := range []string{kg.PropStartDate, kg.PropEndDate, kg.PropParts} {
			if n.Properties.Has(k) && !n.IsWeak(k) {
				ids = append(ids, n.ID)
				at[n.ID] = i
				break
			}
		}
	}
	if len(ids) == 0 {
		return g, nil
	}
	s.trips.Add(1)
	res, err := tx.Run(ctx, fmt.Sprintf("MATCH (n:%s) WHERE n.id IN $ids RETURN n.id AS id, n.startDate AS startDate, n.endDate AS endDate, n.parts AS parts", entityLabel), map[string]any{"ids": ids})
	if err != nil {
		return g, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return g, err
	}
	nodes := slices.Clone(g.Nodes)
	for _, rec := range recs {
		id, _ := rec.Get("id")
		i, ok := at[fmt.Sprint(id)]
		if !ok {
			continue
		}
		stored := kg.Node{ID: nodes[i].ID}
		for _, k := range []string{kg.PropStartDate, kg.PropEndDate, kg.PropParts} {
			if v, _ := rec.Get(k); v != nil {
				stored.Properties.Set(k, v)
			}
		}
		kg.MergeNode(&stored, nodes[i])
		n := nodes[i]
		n.Properties = n.Properties.Clone()
		n.Weak = maps.Clone(n.Weak)
		for _, k := range []string{kg.PropStartDate, kg.PropEndDate, kg.PropParts} {
			if v, ok := stored.Properties.Lookup(k); ok {
				n.Properties.Set(k, v)
				n.SetWeak(k, false)
			}
		}
		nodes[i] = n
	}
	g.Nodes = nodes
	return g, nil
}

type statement struct {
	query  string
	params map[string]any
}

// writeStatements turns g into batched, parameterised Cypher. Labels, types and property
// keys cannot be parameters, so they are written into the text; kg.Validate has checked
// that each is a plain name.
func writeStatements(g kg.Graph) []statement {
	type nodeGroup struct {
		labels []string
		weak   []string
		rows   []any
	}
	groups := map[string]*nodeGroup{}
	primary := map[string]string{}
	for _, n := range g.Nodes {
		primary[n.ID] = n.PrimaryLabel()
		stated, defaults := n.Split()
		weak := sortedKeys(defaults)
		key := strings.Join(n.Labels, ":") + "|" + strings.Join(weak, ",")
		gr, ok := groups[key]
		if !ok {
			gr = &nodeGroup{labels: n.Labels, weak: weak}
			groups[key] = gr
		}
		gr.rows = append(gr.rows, map[string]any{"id": n.ID, "props": stated, "defaults": defaults})
	}
	var out []statement
	for _, key := range sortedKeys(groups) {
		gr := groups[key]
		var b strings.Builder
		fmt.Fprintf(&b, "UNWIND $rows AS row MERGE (n:%s {id: row.id}) ", gr.labels[0])
		fmt.Fprintf(&b, "SET n:%s ", strings.Join(append(slices.Clone(gr.labels[1:]), entityLabel), ":"))
		b.WriteString("SET n += row.props")
		for _, k := range gr.weak {
			fmt.Fprintf(&b, ", n.%s = coalesce(n.%s, row.defaults.%s)", k, k, k)
		}
		out = append(out, statement{b.String(), map[string]any{"rows": gr.rows}})
	}
	relGroups := map[string][]any{}
	for _, r := range g.Relationships {
		key := r.Type + "|" + primary[r.Start] + "|" + primary[r.End]
		relGroups[key] = append(relGroups[key], map[string]any{"id": r.ID, "start": r.Start, "end": r.End, "props": r.Properties.Map()})
	}
	for _, key := range sortedKeys(relGroups) {
		p := strings.Split(key, "|")
		// A relationship whose id now joins other ends is deleted first, or MERGE would
		// keep it beside the new one.
		moved := fmt.Sprintf("UNWIND $rows AS row MATCH (a)-[r:%s {id: row.id}]->(b) WHERE a.id <> row.start OR b.id <> row.end DELETE r", p[0])
		q := fmt.Sprintf("UNWIND $rows AS row MATCH (a:%s {id: row.start}) MATCH (b:%s {id: row.end}) "+
			"MERGE (a)-[r:%s {id: row.id}]->(b) SET r = row.props, r.id = row.id", p[1], p[2], p[0])
		out = append(out, statement{moved, map[string]any{"rows": relGroups[key]}}, statement{q, map[string]any{"rows": relGroups[key]}})
	}
	if g.Source != "" {
		ids := make([]string, len(g.Relationships))
		for i, r := range g.Relationships {
			ids[i] = r.ID
		}
		for _, t := range kg.RelationshipTypes {
			q := fmt.Sprintf("MATCH ()-[r:%s]->() WHERE r.source = $source AND NOT r.id IN $ids DELETE r", t)
			out = append(out, statement{q, map[string]any{"source": g.Source, "ids": ids}})
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// entityLabel is carried by every node the store writes, besides its kg labels, so that a
// node can be found by id alone through one uniqueness constraint. Reads leave it out.
const entityLabel = "Entity"

// nodeFrom converts a driver node into a kg node: lists come back as []any.
func nodeFrom(n dbtype.Node) kg.Node {
	props := make(map[string]any, len(n.Props))
	for k, v := range n.Props {
		props[k] = propFrom(v)
	}
	id, _ := props["id"].(string)
	delete(props, "id")
	labels := slices.DeleteFunc(slices.Clone(n.Labels), func(l string) bool { return l == entityLabel })
	return kg.Node{ID: id, Labels: kg.CanonicalLabels(labels), Properties: kg.PropsOf(props)}
}

func relFrom(r dbtype.Relationship, start, end string) kg.Relationship {
	props := make(map[string]any, len(r.Props))
	for k, v := range r.Props {
		props[k] = propFrom(v)
	}
	id, _ := props["id"].(string)
	delete(props, "id")
	return kg.Relationship{ID: id, Type: r.Type, Start: start, End: end, Properties: kg.PropsOf(props)}
}

func propFrom(v any) any {
	if l, ok := v.([]any); ok {
		out := make([]string, 0, len(l))
		for _, x := range l {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return v
}

package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"copgraph/kg"
)

// Nodes implements kg.GraphReader.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]kg.Node, []bool, error) {
	res, err := s.read(ctx, "UNWIND range(0, size($ids) - 1) AS i MATCH (n:Entity {id: $ids[i]}) RETURN i, n", map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, fmt.Errorf("neo4jstore: nodes: %w", err)
	}
	nodes, found := make([]kg.Node, len(ids)), make([]bool, len(ids))
	for _, rec := range res.Records {
		i, _, err1 := neo4j.GetRecordValue[int64](rec, "i")
		n, _, err2 := neo4j.GetRecordValue[dbtype.Node](rec, "n")
		if err1 != nil || err2 != nil {
			return nil, nil, fmt.Errorf("neo4jstore: nodes: bad record %v", rec.Values)
		}
		nodes[i], found[i] = nodeFrom(n), true
	}
	return nodes, found, nil
}

// edgeKey is kg.EdgeSortKey in Cypher.
const edgeKey = `coalesce(r.source, '') + '|' + right('000000000000' + toString(coalesce(r.spanStart, 0)), 12) + '|' + r.id`

// A page is read with `key > coalesce(after, '')`, which holds for every key on the first
// page, as keys end with a non-empty id. The planner turns that filter and ORDER BY … LIMIT
// into a top-k sort; `after IS NULL OR key > after` makes it sort the whole list first.

// edgeRows turns each query q of a batch into the relationships of type %[1]s it selects,
// as rows (q, r, b), b the other end. A branch per direction lets a dense node read only
// the relationships of the direction asked for.
const edgeRows = `CALL {
    WITH q
    WITH q WHERE q.out
    MATCH (:Entity {id: q.node})-[r:%[1]s]->(b)
    RETURN r, b
    UNION ALL
    WITH q
    WITH q WHERE NOT q.out
    MATCH (:Entity {id: q.node})<-[r:%[1]s]-(b)
    RETURN r, b
  }
  WITH q, r, b
  WHERE (q.label IS NULL OR q.label IN labels(b)) AND (q.prop IS NULL OR r[q.prop] = q.value)`

// edgesQuery answers a batch $qs of edge queries of type %[1]s. A page reads the query's
// relationships once and keeps the first $limit after its cursor ($limit is the batch's
// largest limit + 1, as LIMIT cannot depend on a row; each page is cut to its own below).
// The count reads them again, only for the queries that ask for it.
const edgesQuery = `
UNWIND range(0, size($qs) - 1) AS j
WITH j, $qs[j] AS q
CALL {
  WITH q
  ` + edgeRows + `
  WITH q, r, b, ` + edgeKey + ` AS key
  WHERE key > coalesce(q.after, '')
  WITH r, b, key ORDER BY key LIMIT $limit
  RETURN collect({r: r, b: b, key: key}) AS page
}
CALL {
  WITH q
  WITH q WHERE q.total
  ` + edgeRows + `
  RETURN count(*) AS total
}
RETURN j, total, page[..q.limit + 1] AS page`

// Edges implements kg.GraphReader. The queries of one call are grouped by relationship type,
// which Cypher needs in its text; a call whose queries share a type (a dataloader batch of
// one field) is one round trip.
func (s *Store) Edges(ctx context.Context, qs []kg.EdgeQuery) ([]kg.EdgePage, error) {
	byType := map[string][]int{}
	for i, q := range qs {
		if err := kg.CheckName("relationship type", q.Type); err != nil {
			return nil, err
		}
		if q.OtherLabel != "" {
			if err := kg.CheckName("label", q.OtherLabel); err != nil {
				return nil, err
			}
		}
		byType[q.Type] = append(byType[q.Type], i)
	}
	out := make([]kg.EdgePage, len(qs))
	for _, t := range sortedKeys(byType) {
		idx := byType[t]
		params := make([]any, len(idx))
		for j, i := range idx {
			q := qs[i]
			after, err := q.CursorScope().AfterKey(q.Page.After)
			if err != nil {
				return nil, err
			}
			params[j] = map[string]any{"node": q.NodeID, "out": q.Direction == kg.Outgoing, "label": nilIfEmpty(q.OtherLabel),
				"prop": nilIfEmpty(q.Property), "value": q.Value, "after": nilIfEmpty(after), "limit": int64(q.Page.Limit()),
				"total": q.Page.WantTotal}
		}
		res, err := s.read(ctx, fmt.Sprintf(edgesQuery, t), map[string]any{"qs": params, "limit": batchLimit(len(idx), func(j int) int { return qs[idx[j]].Page.Limit() })})
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: edges %s of %d nodes: %w", t, len(idx), err)
		}
		recs, err := pageRecords(res, func(j int) int { return qs[idx[j]].Page.Limit() })
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: edges %s: %w", t, err)
		}
		for _, pr := range recs {
			i := idx[pr.j]
			q, page := qs[i], &out[i]
			scope := q.CursorScope()
			page.HasNext, page.TotalCount = pr.hasNext, pr.total
			for _, m := range pr.items {
				r, _ := m["r"].(dbtype.Relationship)
				b, _ := m["b"].(dbtype.Node)
				key, _ := m["key"].(string)
				other := nodeFrom(b)
				// The query matched one direction, so the ends are known without reading them.
				start, end := q.NodeID, other.ID
				if q.Direction != kg.Outgoing {
					start, end = end, start
				}
				page.Edges = append(page.Edges, kg.Edge{Rel: relFrom(r, start, end), Other: other})
				page.Cursors = append(page.Cursors, scope.Encode(key))
			}
		}
	}
	return out, nil
}

// batchLimit is the LIMIT of a batch of n paged queries: the largest of their limits, plus
// one for the item that says that more follow.
func batchLimit(n int, limit func(j int) int) int64 {
	m := 0
	for j := range n {
		m = max(m, limit(j))
	}
	return int64(m + 1)
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// listQuery pages the nodes of label %[1]s that pass $equals and the prefix filter, in
// kg.NodeSortKey order (an empty sortKey counts as none, as there), and counts them when
// $total.
const listQuery = `
CALL {
  MATCH (n:%[1]s) WHERE ` + listFilter + `
  WITH n, CASE WHEN coalesce(n.sortKey, '') = '' THEN n.id ELSE n.sortKey + '|' + n.id END AS key
  WHERE key > coalesce($after, '')
  WITH n, key ORDER BY key LIMIT $limit + 1
  RETURN collect({n: n, key: key}) AS page
}
CALL {
  WITH $total AS total WHERE total
  MATCH (n:%[1]s) WHERE ` + listFilter + `
  RETURN count(n) AS total
}
RETURN page, total`

const listFilter = `all(k IN keys($equals) WHERE n[k] = $equals[k])
    AND ($prefixProp IS NULL OR n[$prefixProp] STARTS WITH $prefix)`

// List implements kg.GraphReader: one round trip, with the total or without.
func (s *Store) List(ctx context.Context, q kg.ListQuery) (kg.NodePage, error) {
	if err := kg.CheckName("label", q.Label); err != nil {
		return kg.NodePage{}, err
	}
	scope := q.CursorScope()
	after, err := scope.AfterKey(q.Page.After)
	if err != nil {
		return kg.NodePage{}, err
	}
	equals := map[string]any{}
	for k, v := range q.Equals {
		if err := kg.CheckProperty(k); err != nil {
			return kg.NodePage{}, err
		}
		equals[k] = v
	}
	params := map[string]any{"equals": equals, "prefixProp": nilIfEmpty(q.PrefixProperty), "prefix": q.Prefix,
		"after": nilIfEmpty(after), "limit": int64(q.Page.Limit()), "total": q.Page.WantTotal}
	res, err := s.read(ctx, fmt.Sprintf(listQuery, q.Label), params)
	if err != nil {
		return kg.NodePage{}, fmt.Errorf("neo4jstore: list %s: %w", q.Label, err)
	}
	pr, err := singlePage(res, q.Page.Limit())
	if err != nil {
		return kg.NodePage{}, fmt.Errorf("neo4jstore: list %s: %w", q.Label, err)
	}
	page := kg.NodePage{HasNext: pr.hasNext, TotalCount: pr.total}
	for _, m := range pr.items {
		n, _ := m["n"].(dbtype.Node)
		key, _ := m["key"].(string)
		page.Nodes = append(page.Nodes, nodeFrom(n))
		page.Cursors = append(page.Cursors, scope.Encode(key))
	}
	return page, nil
}

// relRows turns each query q of a batch into the relationships of type %[1]s it selects, as
// rows (q, r, a, b), a and b the start and end. A branch per shape of query lets a query
// with an end start from that node through the Entity constraint, and a query by the act
// or the session a relationship names (the mandates of an act, of a session; the documents
// an act cites) seek it through the index on that property; only a query with none of
// these scans the relationship type. The seeks and the scan are in subqueries of their
// own: else the planner reads first and tests the branch's guard on every row it finds.
const relRows = `CALL {
    WITH q
    WITH q WHERE q.start IS NOT NULL
    MATCH (a:Entity {id: q.start})-[r:%[1]s]->(b)
    WHERE q.end IS NULL OR b.id = q.end
    RETURN r, a, b
    UNION ALL
    WITH q
    WITH q WHERE q.start IS NULL AND q.end IS NOT NULL
    MATCH (a)-[r:%[1]s]->(b:Entity {id: q.end})
    RETURN r, a, b
    UNION ALL
    WITH q
    WITH q WHERE q.start IS NULL AND q.end IS NULL AND q.filters.act IS NOT NULL
    CALL {
      WITH q
      MATCH (a)-[r:%[1]s]->(b)
      WHERE r.act = q.filters.act
      RETURN r, a, b
    }
    RETURN r, a, b
    UNION ALL
    WITH q
    WITH q WHERE q.start IS NULL AND q.end IS NULL AND q.filters.act IS NULL AND q.filters.session IS NOT NULL
    CALL {
      WITH q
      MATCH (a)-[r:%[1]s]->(b)
      WHERE r.session = q.filters.session
      RETURN r, a, b
    }
    RETURN r, a, b
    UNION ALL
    WITH q
    WITH q WHERE q.start IS NULL AND q.end IS NULL AND q.filters.act IS NULL AND q.filters.session IS NULL
    CALL {
      WITH q
      MATCH (a)-[r:%[1]s]->(b)
      RETURN r, a, b
    }
    RETURN r, a, b
  }
  WITH q, r, a, b
  WHERE all(k IN keys(q.filters) WHERE r[k] = q.filters[k])
    AND all(k IN keys(q.flags) WHERE coalesce(r[k], false) = q.flags[k])`

// relsQuery answers a batch $qs of relationship queries of type %[1]s, as edgesQuery does
// edge queries.
const relsQuery = `
UNWIND range(0, size($qs) - 1) AS j
WITH j, $qs[j] AS q
CALL {
  WITH q
  ` + relRows + `
  WITH q, r, a, b, ` + edgeKey + ` AS key
  WHERE key > coalesce(q.after, '')
  WITH r, a, b, key ORDER BY key LIMIT $limit
  RETURN collect({r: r, a: a, b: b, key: key}) AS page
}
CALL {
  WITH q
  WITH q WHERE q.total
  ` + relRows + `
  RETURN count(*) AS total
}
RETURN j, total, page[..q.limit + 1] AS page`

// Relationships implements kg.RelationshipReader: one round trip per relationship type.
func (s *Store) Relationships(ctx context.Context, qs []kg.RelQuery) ([]kg.RelPage, error) {
	byType := map[string][]int{}
	for i, q := range qs {
		if err := kg.CheckName("relationship type", q.Type); err != nil {
			return nil, err
		}
		for _, f := range q.Filters {
			if f.Key != "" {
				if err := kg.CheckProperty(f.Key); err != nil {
					return nil, err
				}
			}
		}
		byType[q.Type] = append(byType[q.Type], i)
	}
	out := make([]kg.RelPage, len(qs))
	for _, t := range sortedKeys(byType) {
		idx := byType[t]
		params := make([]any, len(idx))
		for j, i := range idx {
			q := qs[i]
			after, err := q.CursorScope().AfterKey(q.Page.After)
			if err != nil {
				return nil, err
			}
			// A flag the graph leaves out where it is false (kg.FlagEq) is compared apart, a
			// missing one read as false; a string filter never matches a missing property.
			filters, flags := map[string]any{}, map[string]any{}
			for _, f := range q.Filters {
				switch {
				case f.Key == "":
				case f.IsFlag():
					flags[f.Key] = f.Value()
				default:
					filters[f.Key] = f.Value()
				}
			}
			params[j] = map[string]any{"start": nilIfEmpty(q.Start), "end": nilIfEmpty(q.End), "filters": filters, "flags": flags,
				"after": nilIfEmpty(after), "limit": int64(q.Page.Limit()), "total": q.Page.WantTotal}
		}
		res, err := s.read(ctx, fmt.Sprintf(relsQuery, t), map[string]any{"qs": params, "limit": batchLimit(len(idx), func(j int) int { return qs[idx[j]].Page.Limit() })})
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: relationships %s: %w", t, err)
		}
		recs, err := pageRecords(res, func(j int) int { return qs[idx[j]].Page.Limit() })
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: relationships %s: %w", t, err)
		}
		for _, pr := range recs {
			i := idx[pr.j]
			page := &out[i]
			scope := qs[i].CursorScope()
			page.HasNext, page.TotalCount = pr.hasNext, pr.total
			for _, m := range pr.items {
				r, _ := m["r"].(dbtype.Relationship)
				a, _ := m["a"].(dbtype.Node)
				b, _ := m["b"].(dbtype.Node)
				key, _ := m["key"].(string)
				start, end := nodeFrom(a), nodeFrom(b)
				page.Items = append(page.Items, kg.RelItem{Rel: relFrom(r, start.ID, end.ID), Start: start, End: end})
				page.Cursors = append(page.Cursors, scope.Encode(key))
			}
		}
	}
	return out, nil
}

// Expand implements kg.Expander.
func (s *Store) Expand(ctx context.Context, ids []string, types []string) ([]kg.Step, error) {
	if types == nil {
		types = []string{}
	}
	res, err := s.read(ctx, `
UNWIND range(0, size($ids) - 1) AS i
MATCH (a:Entity {id: $ids[i]})-[r]-(b)
WHERE size($types) = 0 OR type(r) IN $types
RETURN i, r, startNode(r).id AS start, endNode(r).id AS end, b
ORDER BY i, r.id`, map[string]any{"ids": ids, "types": types})
	if err != nil {
		return nil, fmt.Errorf("neo4jstore: expand %d nodes: %w", len(ids), err)
	}
	out := make([]kg.Step, 0, len(res.Records))
	for _, rec := range res.Records {
		i, _, err1 := neo4j.GetRecordValue[int64](rec, "i")
		r, _, err2 := neo4j.GetRecordValue[dbtype.Relationship](rec, "r")
		b, _, err3 := neo4j.GetRecordValue[dbtype.Node](rec, "b")
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("neo4jstore: expand: bad record %v", rec.Values)
		}
		start, _, _ := neo4j.GetRecordValue[string](rec, "start")
		end, _, _ := neo4j.GetRecordValue[string](rec, "end")
		out = append(out, kg.Step{From: ids[i], Rel: relFrom(r, start, end), To: nodeFrom(b)})
	}
	return out, nil
}

// searchIndex is the full-text index over acts' titles and paragraphs' text, with Lucene's
// CJK analyzer.
const searchIndex = "text_search"

// luceneSpecial are the characters Lucene's query syntax gives a meaning to.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

// Search implements kg.Searcher. The query is the terms of kg.Terms, each quoted and joined
// by OR, so no input can be read as Lucene syntax.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	if err := kg.CheckSearch(&q); err != nil {
		return nil, err
	}
	var parts []string
	for _, t := range kg.Terms(q.Text) {
		var b strings.Builder
		for _, r := range t {
			if strings.ContainsRune(luceneSpecial, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		parts = append(parts, `"`+b.String()+`"`)
	}
	if len(parts) == 0 {
		return []kg.SearchHit{}, nil
	}
	res, err := s.read(ctx, `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE any(l IN labels(node) WHERE l IN $labels)
RETURN node, score ORDER BY score DESC, node.id LIMIT $limit`,
		map[string]any{"index": searchIndex, "query": strings.Join(parts, " OR "), "labels": q.Labels, "limit": int64(q.Limit)})
	if err != nil {
		return nil, fmt.Errorf("neo4jstore: search %q: %w", q.Text, err)
	}
	var hits []kg.SearchHit
	for _, rec := range res.Records {
		n, _, err := neo4j.GetRecordValue[dbtype.Node](rec, "node")
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: search: %w", err)
		}
		score, _, _ := neo4j.GetRecordValue[float64](rec, "score")
		hits = append(hits, kg.SearchHit{Node: nodeFrom(n), Score: score})
	}
	if len(hits) == 0 {
		return []kg.SearchHit{}, nil
	}
	return kg.RankHits(hits, q), nil
}

// pageRecord is one query's answer in a paged query: its index in the batch, its total
// (0 unless asked for), and its items cut to the page, with whether more follow.
type pageRecord struct {
	j       int
	total   int64
	items   []map[string]any
	hasNext bool
}

// pageRecords reads the records of a batched query that returns (j, total, page), where page
// holds up to limit(j)+1 items: the extra one only says that more follow.
func pageRecords(res *neo4j.EagerResult, limit func(j int) int) ([]pageRecord, error) {
	out := make([]pageRecord, 0, len(res.Records))
	for _, rec := range res.Records {
		j, _, err := neo4j.GetRecordValue[int64](rec, "j")
		if err != nil {
			return nil, err
		}
		pr, err := pageFrom(rec, limit(int(j)))
		if err != nil {
			return nil, err
		}
		pr.j = int(j)
		out = append(out, pr)
	}
	return out, nil
}

// singlePage reads the one record (total, page) of a query that is not batched.
func singlePage(res *neo4j.EagerResult, limit int) (pageRecord, error) {
	if len(res.Records) != 1 {
		return pageRecord{}, fmt.Errorf("%d records, want 1", len(res.Records))
	}
	return pageFrom(res.Records[0], limit)
}

func pageFrom(rec *neo4j.Record, limit int) (pageRecord, error) {
	var pr pageRecord
	total, _, err := neo4j.GetRecordValue[int64](rec, "total")
	if err != nil {
		return pr, err
	}
	items, _, err := neo4j.GetRecordValue[[]any](rec, "page")
	if err != nil {
		return pr, err
	}
	pr.total = total
	for k, it := range items {
		if k == limit {
			pr.hasNext = true
			break
		}
		m, ok := it.(map[string]any)
		if !ok {
			return pr, fmt.Errorf("page item of type %T", it)
		}
		pr.items = append(pr.items, m)
	}
	return pr, nil
}

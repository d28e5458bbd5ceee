package neo4jstore

import (
	"context"
	"fmt"
	"sort"
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
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		idx := byType[t]
		params := make([]any, len(idx))
		for j, i := range idx {
			q := qs[i]
			m := map[string]any{"node": q.NodeID, "out": q.Direction == kg.Outgoing, "label": nilIfEmpty(q.OtherLabel),
				"prop": nilIfEmpty(q.Property), "value": q.Value, "after": nil, "limit": int64(q.Page.Limit())}
			if q.Page.After != "" {
				after, err := kg.DecodeCursor(q.Page.After)
				if err != nil {
					return nil, err
				}
				m["after"] = after
			}
			params[j] = m
		}
		query := fmt.Sprintf(`
UNWIND range(0, size($qs) - 1) AS j
WITH j, $qs[j] AS q
CALL {
  WITH q
  MATCH (a:Entity {id: q.node})-[r:%s]-(b)
  WHERE ((q.out AND startNode(r) = a) OR (NOT q.out AND endNode(r) = a))
    AND (q.label IS NULL OR q.label IN labels(b))
    AND (q.prop IS NULL OR r[q.prop] = q.value)
  WITH q, r, b, %s AS key
  ORDER BY key
  WITH q, collect({r: r, b: b, key: key, start: startNode(r).id, end: endNode(r).id}) AS edges
  RETURN size(edges) AS total, [x IN edges WHERE q.after IS NULL OR x.key > q.after][0..q.limit + 1] AS page
}
RETURN j, total, page`, t, edgeKey)
		res, err := s.read(ctx, query, map[string]any{"qs": params})
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: edges %s of %d nodes: %w", t, len(idx), err)
		}
		recs, err := pageRecords(res, func(j int) int { return qs[idx[j]].Page.Limit() })
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: edges: %w", err)
		}
		for _, pr := range recs {
			i := idx[pr.j]
			page := &out[i]
			page.HasNext = pr.hasNext
			if qs[i].Page.WantTotal {
				page.TotalCount = pr.total
			}
			for _, m := range pr.items {
				r, _ := m["r"].(dbtype.Relationship)
				b, _ := m["b"].(dbtype.Node)
				start, _ := m["start"].(string)
				end, _ := m["end"].(string)
				key, _ := m["key"].(string)
				page.Edges = append(page.Edges, kg.Edge{Rel: relFrom(r, start, end), Other: nodeFrom(b)})
				page.Cursors = append(page.Cursors, kg.EncodeCursor(key))
			}
		}
	}
	return out, nil
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// List implements kg.GraphReader.
func (s *Store) List(ctx context.Context, q kg.ListQuery) (kg.NodePage, error) {
	if err := kg.CheckName("label", q.Label); err != nil {
		return kg.NodePage{}, err
	}
	params := map[string]any{"equals": map[string]any{}, "prefixProp": nilIfEmpty(q.PrefixProperty), "prefix": q.Prefix, "after": nil, "limit": int64(q.Page.Limit())}
	for k, v := range q.Equals {
		if err := kg.CheckProperty(k); err != nil {
			return kg.NodePage{}, err
		}
		params["equals"].(map[string]any)[k] = v
	}
	if q.Page.After != "" {
		after, err := kg.DecodeCursor(q.Page.After)
		if err != nil {
			return kg.NodePage{}, err
		}
		params["after"] = after
	}
	filter := fmt.Sprintf(`MATCH (n:%s) WHERE all(k IN keys($equals) WHERE n[k] = $equals[k])
		AND ($prefixProp IS NULL OR n[$prefixProp] STARTS WITH $prefix)
		WITH n, CASE WHEN n.sortKey IS NULL THEN n.id ELSE n.sortKey + '|' + n.id END AS key`, q.Label)
	res, err := s.read(ctx, filter+" WHERE $after IS NULL OR key > $after RETURN n, key ORDER BY key LIMIT $limit + 1", params)
	if err != nil {
		return kg.NodePage{}, fmt.Errorf("neo4jstore: list %s: %w", q.Label, err)
	}
	var page kg.NodePage
	for i, rec := range res.Records {
		if i == q.Page.Limit() {
			page.HasNext = true
			break
		}
		n, _, err := neo4j.GetRecordValue[dbtype.Node](rec, "n")
		if err != nil {
			return kg.NodePage{}, fmt.Errorf("neo4jstore: list %s: %w", q.Label, err)
		}
		key, _, _ := neo4j.GetRecordValue[string](rec, "key")
		page.Nodes = append(page.Nodes, nodeFrom(n))
		page.Cursors = append(page.Cursors, kg.EncodeCursor(key))
	}
	if q.Page.WantTotal {
		res, err := s.read(ctx, filter+" RETURN count(n) AS total", params)
		if err != nil {
			return kg.NodePage{}, fmt.Errorf("neo4jstore: count %s: %w", q.Label, err)
		}
		page.TotalCount, _, _ = neo4j.GetRecordValue[int64](res.Records[0], "total")
	}
	return page, nil
}

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
			filters := map[string]any{}
			for _, f := range q.Filters {
				if f.Key != "" {
					filters[f.Key] = f.Value
				}
			}
			m := map[string]any{"start": nilIfEmpty(q.Start), "end": nilIfEmpty(q.End), "filters": filters, "after": nil, "limit": int64(q.Page.Limit())}
			if q.Page.After != "" {
				after, err := kg.DecodeCursor(q.Page.After)
				if err != nil {
					return nil, err
				}
				m["after"] = after
			}
			params[j] = m
		}
		// The ends are matched by id through the Entity constraint when given; a query with
		// neither end scans the relationship type.
		query := fmt.Sprintf(`
UNWIND range(0, size($qs) - 1) AS j
WITH j, $qs[j] AS q
CALL {
  WITH q
  OPTIONAL MATCH (s:Entity {id: q.start})
  OPTIONAL MATCH (e:Entity {id: q.end})
  WITH q, s, e
  WHERE (q.start IS NULL OR s IS NOT NULL) AND (q.end IS NULL OR e IS NOT NULL)
  MATCH (a)-[r:%s]->(b)
  WHERE (q.start IS NULL OR a = s) AND (q.end IS NULL OR b = e)
    AND all(k IN keys(q.filters) WHERE r[k] = q.filters[k])
  WITH q, r, a, b, %s AS key
  ORDER BY key
  WITH q, collect({r: r, a: a, b: b, key: key}) AS rels
  RETURN size(rels) AS total, [x IN rels WHERE q.after IS NULL OR x.key > q.after][0..q.limit + 1] AS page
}
RETURN j, total, page`, t, edgeKey)
		res, err := s.read(ctx, query, map[string]any{"qs": params})
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: relationships %s: %w", t, err)
		}
		recs, err := pageRecords(res, func(j int) int { return qs[idx[j]].Page.Limit() })
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: relationships: %w", err)
		}
		for _, pr := range recs {
			i := idx[pr.j]
			page := &out[i]
			page.HasNext = pr.hasNext
			if qs[i].Page.WantTotal {
				page.TotalCount = pr.total
			}
			for _, m := range pr.items {
				r, _ := m["r"].(dbtype.Relationship)
				a, _ := m["a"].(dbtype.Node)
				b, _ := m["b"].(dbtype.Node)
				key, _ := m["key"].(string)
				start, end := nodeFrom(a), nodeFrom(b)
				page.Items = append(page.Items, kg.RelItem{Rel: relFrom(r, start.ID, end.ID), Start: start, End: end})
				page.Cursors = append(page.Cursors, kg.EncodeCursor(key))
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

// pageRecord is one query's answer in a batched, paged query: its index in the batch, its
// total, and its items cut to the page, with whether more follow.
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
		pr := pageRecord{j: int(j)}
		pr.total, _, _ = neo4j.GetRecordValue[int64](rec, "total")
		items, _, _ := neo4j.GetRecordValue[[]any](rec, "page")
		for k, it := range items {
			if k == limit(pr.j) {
				pr.hasNext = true
				break
			}
			m, _ := it.(map[string]any)
			pr.items = append(pr.items, m)
		}
		out = append(out, pr)
	}
	return out, nil
}

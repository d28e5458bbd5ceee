package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"copgraph/kg"
)

// Act implements kg.Store.
func (s *Store) Act(ctx context.Context, key kg.ActKey) (kg.Act, error) {
	res, err := s.read(ctx, "MATCH (n:Act {id: $id}) RETURN n", map[string]any{"id": key.ID()})
	if err != nil {
		return kg.Act{}, fmt.Errorf("neo4jstore: act %s: %w", key.ID(), err)
	}
	if len(res.Records) == 0 {
		return kg.Act{}, kg.Errorf(kg.ENOTFOUND, "no %s %s of the %s", key.Kind, key.Number, key.Body)
	}
	n, _, err := neo4j.GetRecordValue[dbtype.Node](res.Records[0], "n")
	if err != nil {
		return kg.Act{}, fmt.Errorf("neo4jstore: act %s: %w", key.ID(), err)
	}
	return kg.ActFromNode(nodeFrom(n)), nil
}

// actsFilter selects the acts an ActFilter in $body … $to keeps.
const actsFilter = `($body IS NULL OR n.body = $body) AND ($kind IS NULL OR n.kind = $kind)
    AND ($adopted IS NULL OR coalesce(n.adopted, false) = $adopted)
    AND ($session IS NULL OR n.session = $session)
    AND ($number IS NULL OR n.number = $number)
    AND ($title IS NULL OR n.title CONTAINS $title)
    AND ($from IS NULL AND $to IS NULL OR n.date IS NOT NULL AND ($from IS NULL OR n.date >= $from) AND ($to IS NULL OR n.date <= $to))`

// actsQuery pages the acts of actsFilter by the key %s (kg.ActOrderKey's, in Cypher), and
// counts them when $total. It compares keys with the cursor's as edgesQuery does.
const actsQuery = `
CALL {
  MATCH (n:Act) WHERE ` + actsFilter + `
  WITH n, %s AS key
  WHERE key > coalesce($after, '')
  WITH n, key ORDER BY key LIMIT $limit + 1
  RETURN collect({n: n, key: key}) AS page
}
CALL {
  WITH $total AS total WHERE total
  MATCH (n:Act) WHERE ` + actsFilter + `
  RETURN count(n) AS total
}
RETURN page, total`

// actOrderKeys are kg.ActOrderKey in Cypher, by order; the number order is the default. A
// missing sortKey counts as "", as kg.String reads it, so that no act has a null key.
var actOrderKeys = map[kg.ActOrder]string{
	kg.OrderByNumber:     `coalesce(n.sortKey, '') + '|' + n.id`,
	kg.OrderByDate:       `coalesce(n.date, '9999-99-99') + '|' + coalesce(n.sortKey, '') + '|' + n.id`,
	kg.OrderByReferenced: `right('0000000000' + toString(9999999999 - COUNT { (n)<-[:REFERS_TO]-(:Act) }), 10) + '|' + coalesce(n.sortKey, '') + '|' + n.id`,
}

// Acts implements kg.Store: one round trip, with the total or without.
func (s *Store) Acts(ctx context.Context, f kg.ActFilter, p kg.PageArgs) (kg.ActPage, error) {
	scope := f.CursorScope()
	after, err := scope.AfterKey(p.After)
	if err != nil {
		return kg.ActPage{}, err
	}
	params := map[string]any{"body": nil, "kind": nil, "adopted": nil, "after": nilIfEmpty(after), "limit": int64(p.Limit()),
		"session": nil, "number": nilIfEmpty(f.Number), "title": nilIfEmpty(f.TitleContains), "from": nilIfEmpty(f.DateFrom), "to": nilIfEmpty(f.DateTo),
		"total": p.WantTotal}
	if f.Session != 0 {
		params["session"] = f.Session
	}
	if f.Body != "" {
		params["body"] = string(f.Body)
	}
	if f.Kind != "" {
		params["kind"] = string(f.Kind)
	}
	if f.Adopted != nil {
		params["adopted"] = *f.Adopted
	}
	key, ok := actOrderKeys[f.Order]
	if !ok {
		key = actOrderKeys[kg.OrderByNumber]
	}
	res, err := s.read(ctx, fmt.Sprintf(actsQuery, key), params)
	if err != nil {
		return kg.ActPage{}, fmt.Errorf("neo4jstore: acts %+v: %w", f, err)
	}
	pr, err := singlePage(res, p.Limit())
	if err != nil {
		return kg.ActPage{}, fmt.Errorf("neo4jstore: acts %+v: %w", f, err)
	}
	page := kg.ActPage{HasNext: pr.hasNext, TotalCount: pr.total}
	for _, m := range pr.items {
		n, _ := m["n"].(dbtype.Node)
		key, _ := m["key"].(string)
		page.Acts = append(page.Acts, kg.ActFromNode(nodeFrom(n)))
		page.Cursors = append(page.Cursors, scope.Encode(key))
	}
	return page, nil
}

// ActsByID implements kg.Store.
func (s *Store) ActsByID(ctx context.Context, ids []string) ([]kg.Act, []bool, error) {
	res, err := s.read(ctx, "UNWIND range(0, size($ids) - 1) AS i MATCH (n:Act {id: $ids[i]}) RETURN i, n", map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, fmt.Errorf("neo4jstore: acts by id: %w", err)
	}
	acts, found := make([]kg.Act, len(ids)), make([]bool, len(ids))
	for _, rec := range res.Records {
		i, _, err1 := neo4j.GetRecordValue[int64](rec, "i")
		n, _, err2 := neo4j.GetRecordValue[dbtype.Node](rec, "n")
		if err1 != nil || err2 != nil {
			return nil, nil, fmt.Errorf("neo4jstore: acts by id: bad record %v", rec.Values)
		}
		acts[i], found[i] = kg.ActFromNode(nodeFrom(n)), true
	}
	return acts, found, nil
}

// Counts implements kg.Store.
func (s *Store) Counts(ctx context.Context) (kg.Counts, error) {
	c := kg.Counts{Labels: map[string]int64{}, Types: map[string]int64{}}
	res, err := s.read(ctx, "MATCH (n) UNWIND [l IN labels(n) WHERE l <> $entity] AS l RETURN l AS k, count(*) AS c", map[string]any{"entity": entityLabel})
	if err != nil {
		return c, fmt.Errorf("neo4jstore: count nodes: %w", err)
	}
	for _, rec := range res.Records {
		k, _, _ := neo4j.GetRecordValue[string](rec, "k")
		c.Labels[k], _, _ = neo4j.GetRecordValue[int64](rec, "c")
	}
	res, err = s.read(ctx, "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c", nil)
	if err != nil {
		return c, fmt.Errorf("neo4jstore: count relationships: %w", err)
	}
	for _, rec := range res.Records {
		k, _, _ := neo4j.GetRecordValue[string](rec, "k")
		c.Types[k], _, _ = neo4j.GetRecordValue[int64](rec, "c")
	}
	return c, nil
}

// Reset deletes every node and relationship. Tests use it to start from an empty database.
func (s *Store) Reset(ctx context.Context) error {
	if _, err := s.run(ctx, "MATCH (n) DETACH DELETE n", nil, neo4j.EagerResultTransformer, true); err != nil {
		return fmt.Errorf("neo4jstore: reset: %w", err)
	}
	return nil
}

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

// Acts implements kg.Store.
func (s *Store) Acts(ctx context.Context, f kg.ActFilter, p kg.PageArgs) (kg.ActPage, error) {
	params := map[string]any{"body": nil, "kind": nil, "adopted": nil, "after": nil, "limit": int64(p.Limit()),
		"session": nil, "title": nil, "from": nil, "to": nil}
	if f.Session != 0 {
		params["session"] = f.Session
	}
	if f.TitleContains != "" {
		params["title"] = f.TitleContains
	}
	if f.DateFrom != "" {
		params["from"] = f.DateFrom
	}
	if f.DateTo != "" {
		params["to"] = f.DateTo
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
	if p.After != "" {
		after, err := kg.DecodeCursor(p.After)
		if err != nil {
			return kg.ActPage{}, err
		}
		params["after"] = after
	}
	const filter = `MATCH (n:Act) WHERE ($body IS NULL OR n.body = $body) AND ($kind IS NULL OR n.kind = $kind)
		AND ($adopted IS NULL OR coalesce(n.adopted, false) = $adopted)
		AND ($session IS NULL OR n.session = $session)
		AND ($title IS NULL OR n.title CONTAINS $title)
		AND ($from IS NULL AND $to IS NULL OR n.date IS NOT NULL AND ($from IS NULL OR n.date >= $from) AND ($to IS NULL OR n.date <= $to))`
	// The keys are kg.ActOrderKey's, computed here.
	key := map[kg.ActOrder]string{
		kg.OrderByDate:       `coalesce(n.date, '9999-99-99') + '|' + n.sortKey + '|' + n.id`,
		kg.OrderByReferenced: `right('0000000000' + toString(9999999999 - COUNT { (n)<-[:REFERS_TO]-(:Act) }), 10) + '|' + n.sortKey + '|' + n.id`,
	}[f.Order]
	if key == "" {
		key = `n.sortKey + '|' + n.id`
	}
	res, err := s.read(ctx, filter+` WITH n, `+key+` AS key WHERE $after IS NULL OR key > $after
		RETURN n, key ORDER BY key LIMIT $limit + 1`, params)
	if err != nil {
		return kg.ActPage{}, fmt.Errorf("neo4jstore: acts %+v: %w", f, err)
	}
	var page kg.ActPage
	for i, rec := range res.Records {
		if i == p.Limit() {
			page.HasNext = true
			break
		}
		n, _, err := neo4j.GetRecordValue[dbtype.Node](rec, "n")
		if err != nil {
			return kg.ActPage{}, fmt.Errorf("neo4jstore: acts: %w", err)
		}
		key, _, _ := neo4j.GetRecordValue[string](rec, "key")
		page.Acts = append(page.Acts, kg.ActFromNode(nodeFrom(n)))
		page.Cursors = append(page.Cursors, kg.EncodeCursor(key))
	}
	if p.WantTotal {
		res, err := s.read(ctx, filter+" RETURN count(n) AS total", params)
		if err != nil {
			return kg.ActPage{}, fmt.Errorf("neo4jstore: count acts %+v: %w", f, err)
		}
		page.TotalCount, _, _ = neo4j.GetRecordValue[int64](res.Records[0], "total")
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

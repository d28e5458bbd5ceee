package graph

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"

	"copgraph/graph/model"
	"copgraph/kg"
)

// node loads one node through the request's loader; ok is false when there is none.
func (r *Resolver) node(ctx context.Context, id string) (kg.Node, bool, error) {
	if id == "" {
		return kg.Node{}, false, nil
	}
	n, err := loadersFrom(ctx, r.Store).nodes.Load(ctx, id)
	if err == errNoNode {
		return kg.Node{}, false, nil
	}
	return n, err == nil, err
}

// edges loads the relationships of one type at a node through the request's loader.
func (r *Resolver) edges(ctx context.Context, q kg.EdgeQuery, first *int64, after *string) (kg.EdgePage, bool, error) {
	p, err := pageArgs(ctx, first, after)
	if err != nil {
		return kg.EdgePage{}, false, err
	}
	q.Page = p
	// A cursor of another list fails this field alone: found in the store, it would fail
	// every field of the batch.
	if _, err := q.CursorScope().AfterKey(p.After); err != nil {
		return kg.EdgePage{}, false, err
	}
	page, err := loadersFrom(ctx, r.Store).edges.Load(ctx, q)
	return page, p.After != "", err
}

// allEdges loads every relationship of one type at a node (for short lists), up to the
// maximum page size.
func (r *Resolver) allEdges(ctx context.Context, q kg.EdgeQuery) ([]kg.Edge, error) {
	q.Page = kg.PageArgs{First: kg.MaxPageSize}
	page, err := loadersFrom(ctx, r.Store).edges.Load(ctx, q)
	return page.Edges, err
}

// rels loads relationships by type and properties through the request's loader.
func (r *Resolver) rels(ctx context.Context, q kg.RelQuery, first *int64, after *string) (kg.RelPage, bool, error) {
	p, err := pageArgs(ctx, first, after)
	if err != nil {
		return kg.RelPage{}, false, err
	}
	q.Page = p
	if _, err := q.CursorScope().AfterKey(p.After); err != nil {
		return kg.RelPage{}, false, err
	}
	page, err := loadersFrom(ctx, r.Store).rels.Load(ctx, q)
	return page, p.After != "", err
}

// list pages nodes by label.
func (r *Resolver) list(ctx context.Context, q kg.ListQuery, first *int64, after *string) (kg.NodePage, bool, error) {
	p, err := pageArgs(ctx, first, after)
	if err != nil {
		return kg.NodePage{}, false, err
	}
	q.Page = p
	page, err := r.Store.List(ctx, q)
	return page, p.After != "", err
}

// key returns the kg id inside a global id of one of the given GraphQL types.
func key(id string, types ...string) (string, error) {
	typ, k, err := parseGlobalID(id)
	if err != nil {
		return "", err
	}
	for _, t := range types {
		if t == typ {
			return k, nil
		}
	}
	return "", kg.Errorf(kg.EINVALID, "id %q is of a %s, not a %s", id, typ, strings.Join(types, " or "))
}

// mandates pages the MANDATES relationships q selects, by its ends and filters: every
// mandates field is this one list, seen from its act, addressee, paragraph or the whole graph.
func (r *Resolver) mandates(ctx context.Context, q kg.RelQuery, first *int64, after *string) (*model.MandateConnection, error) {
	q.Type = kg.RelMandates
	p, after2, err := r.rels(ctx, q, first, after)
	c := &model.MandateConnection{Edges: make([]*model.Mandate, len(p.Items)), PageInfo: pageInfo(p.Cursors, p.HasNext, after2), TotalCount: p.TotalCount}
	for i, it := range p.Items {
		c.Edges[i] = &model.Mandate{Cursor: p.Cursors[i], Rel: it.Rel, Paragraph: it.Start, Addressee: it.End}
	}
	return c, err
}

// mandateFilters returns the filters of the mandates fields, each given in a slot of its own:
// the relation, the verb, whether proposed, and the keys of the act and of the session ("" for
// none).
func mandateFilters(relation *model.MandateRelation, verb *string, proposed *bool, act, session string) [5]kg.PropEq {
	var f [5]kg.PropEq
	if relation != nil {
		f[0] = kg.Eq(kg.PropRelation, strings.ToLower(string(*relation)))
	}
	if verb != nil {
		f[1] = kg.Eq(kg.PropVerb, *verb)
	}
	if act != "" {
		f[2] = kg.Eq(kg.PropAct, act)
	}
	if session != "" {
		f[3] = kg.Eq(kg.PropSession, session)
	}
	if proposed != nil {
		f[4] = kg.FlagEq(kg.PropProposed, *proposed)
	}
	return f
}

func citationConnection(p kg.EdgePage, after bool, at kg.Node, fromParagraph bool) *model.CitationConnection {
	c := &model.CitationConnection{Edges: make([]*model.Citation, len(p.Edges)), PageInfo: pageInfo(p.Cursors, p.HasNext, after), TotalCount: p.TotalCount}
	for i, e := range p.Edges {
		m := &model.Citation{Cursor: p.Cursors[i], Rel: e.Rel, Paragraph: e.Other, Document: at}
		if fromParagraph {
			m.Paragraph, m.Document = at, e.Other
		}
		c.Edges[i] = m
	}
	return c
}

func paragraphConnection(p kg.EdgePage, after bool) *model.ParagraphConnection {
	c := &model.ParagraphConnection{Edges: make([]*model.ParagraphEdge, len(p.Edges)), PageInfo: pageInfo(p.Cursors, p.HasNext, after), TotalCount: p.TotalCount}
	for i, e := range p.Edges {
		c.Edges[i] = &model.ParagraphEdge{Cursor: p.Cursors[i], Node: model.NewParagraph(e.Other), Quote: optional(kg.String(e.Rel.Properties, kg.PropQuote))}
	}
	return c
}

// sponsorships builds sponsorships from SPONSORED edges seen from one end: the actor
// (fromActor) or the draft. cursors may be nil for a plain list.
func sponsorships(es []kg.Edge, cursors []string, at kg.Node, fromActor bool) []*model.Sponsorship {
	out := make([]*model.Sponsorship, len(es))
	for i, e := range es {
		s := &model.Sponsorship{Rel: e.Rel, Actor: e.Other, Document: at}
		if fromActor {
			s.Actor, s.Document = at, e.Other
		}
		if cursors != nil {
			s.Cursor = &cursors[i]
		}
		out[i] = s
	}
	return out
}

// groupActs pages the ESTABLISHES or EXTENDS relationships (typ) at an act (Outgoing) or
// at a working group (Incoming).
func (r *Resolver) groupActs(ctx context.Context, at kg.Node, typ string, dir kg.Direction, first *int64, after *string) (*model.GroupActConnection, error) {
	page, after2, err := r.edges(ctx, kg.EdgeQuery{NodeID: at.ID, Direction: dir, Type: typ}, first, after)
	c := &model.GroupActConnection{Edges: make([]*model.GroupAct, len(page.Edges)), PageInfo: pageInfo(page.Cursors, page.HasNext, after2), TotalCount: page.TotalCount}
	for i, e := range page.Edges {
		g := &model.GroupAct{Cursor: page.Cursors[i], Provenance: model.Provenance{Rel: e.Rel}, Act: e.Other, Group: at}
		if dir == kg.Outgoing {
			g.Act, g.Group = at, e.Other
		}
		c.Edges[i] = g
	}
	return c, err
}

// provenanceParagraph loads the paragraph a relationship was read from, by its provenance:
// the paragraph's key in the act that holds it (PropAct), else in the source document.
func (r *Resolver) provenanceParagraph(ctx context.Context, rel kg.Relationship) (*model.Paragraph, error) {
	src, key := kg.String(rel.Properties, kg.PropSource), kg.String(rel.Properties, kg.PropParagraph)
	if act := kg.String(rel.Properties, kg.PropAct); act != "" {
		src = act
	}
	if src == "" || key == "" {
		return nil, nil
	}
	n, ok, err := r.node(ctx, kg.ParagraphID(src, key))
	if !ok {
		return nil, err
	}
	return model.NewParagraph(n), nil
}

// actConnectionFromEdges builds a page of acts from edges whose other ends are acts.
func actConnectionFromEdges(p kg.EdgePage, after bool) *model.ActConnection {
	c := &model.ActConnection{PageInfo: pageInfo(p.Cursors, p.HasNext, after), TotalCount: p.TotalCount, Edges: make([]*model.ActEdge, len(p.Edges))}
	for i, e := range p.Edges {
		a := kg.ActFromNode(e.Other)
		c.Edges[i] = &model.ActEdge{Cursor: p.Cursors[i], Node: &a}
	}
	return c
}

// statements pages the SPOKE_ON relationships at a node: from a speaker (Outgoing) or at
// the agenda item or session spoken on (Incoming).
func (r *Resolver) statements(ctx context.Context, at kg.Node, dir kg.Direction, first *int64, after *string) (*model.StatementConnection, error) {
	page, after2, err := r.edges(ctx, kg.EdgeQuery{NodeID: at.ID, Direction: dir, Type: kg.RelSpokeOn}, first, after)
	c := &model.StatementConnection{Edges: make([]*model.Statement, len(page.Edges)), PageInfo: pageInfo(page.Cursors, page.HasNext, after2), TotalCount: page.TotalCount}
	for i, e := range page.Edges {
		st := &model.Statement{Cursor: page.Cursors[i], Provenance: model.Provenance{Rel: e.Rel}, Speaker: e.Other, Forum: at}
		if dir == kg.Outgoing {
			st.Speaker, st.Forum = at, e.Other
		}
		c.Edges[i] = st
	}
	return c, err
}

// typeName returns the GraphQL type that shows a node with the given primary label.
func typeName(n kg.Node) string {
	if t := n.PrimaryLabel(); t != "" {
		return t
	}
	return "Node"
}

// caption returns a short Chinese caption and, when known, an English one, for drawing.
func caption(n kg.Node) (string, *string) {
	p := n.Properties
	switch n.PrimaryLabel() {
	case kg.LabelAct:
		a := kg.ActFromNode(n)
		zh := map[kg.ActKind]string{kg.KindResolution: "号决议", kg.KindDecision: "号决定"}[a.Kind]
		en := string(a.Body) + " " + string(a.Kind) + " " + a.Number
		return "第 " + a.Number + " " + zh, &en
	case kg.LabelParagraph:
		return kg.String(p, kg.PropKey), nil
	case kg.LabelDocument:
		if s := kg.String(p, kg.PropSymbol); s != "" {
			return s, &s
		}
		return n.ID, nil
	case kg.LabelSession:
		zh, en := sessionCaption(n.ID, p)
		return zh, &en
	case kg.LabelMeeting:
		zh, en := sessionCaption(kg.String(p, kg.PropSession), nil)
		number := strconv.FormatInt(kg.Int(p, kg.PropNumber), 10)
		en += ", meeting " + number
		return zh + "第 " + number + " 次会议", &en
	case kg.LabelAgendaItem:
		zh, en := sessionCaption(kg.String(p, kg.PropSession), nil)
		number := kg.String(p, kg.PropNumber)
		en += ", agenda item " + number
		return zh + "议程项目 " + number, &en
	}
	if name := kg.String(p, kg.PropName); name != "" {
		return name, optional(kg.String(p, kg.PropNameEn))
	}
	return n.ID, nil
}

// sessionCaption captions a session by its id ("session:cop:6": "COP 第 6 届会议", "COP 6";
// the Council's, numbered by year, "session:ecosoc:2011": "ECOSOC 2011 年届会", as its
// reports name it; a working group's, "session:wg:firearms:2014-05-26", by the group's name
// where its properties give it, and its first day).
func sessionCaption(id string, p kg.Props) (zh, en string) {
	rest := strings.TrimPrefix(id, "session:")
	if group, day, ok := strings.Cut(strings.TrimPrefix(rest, "wg:"), ":"); strings.HasPrefix(rest, "wg:") && ok {
		zh, en = group, group
		if name := kg.String(p, kg.PropName); name != "" {
			zh = name
		}
		if name := kg.String(p, kg.PropNameEn); name != "" {
			en = name
		}
		return zh + " " + day, en + ", " + day
	}
	body, number, _ := strings.Cut(rest, ":")
	body = strings.ToUpper(body)
	if kg.Body(body) == kg.BodyECOSOC {
		return body + " " + number + " 年届会", body + " " + number
	}
	return body + " 第 " + number + " 届会议", body + " " + number
}

// relLabel returns a short label for drawing a relationship.
func relLabel(r kg.Relationship) *string {
	for _, k := range []string{kg.PropRelation, kg.PropRole, kg.PropVerb, kg.PropStatement} {
		if v := kg.String(r.Properties, k); v != "" {
			return &v
		}
	}
	return nil
}

func subgraph(g kg.Graph, truncated bool) *model.Subgraph {
	sg := &model.Subgraph{Truncated: truncated, Nodes: []*model.GraphNode{}, Relationships: []*model.GraphRelationship{}}
	ids := map[string]string{}
	for _, n := range g.Nodes {
		ids[n.ID] = globalID(typeName(n), n.ID)
		zh, en := caption(n)
		sg.Nodes = append(sg.Nodes, &model.GraphNode{ID: ids[n.ID], Key: n.ID, Labels: n.Labels, Caption: zh, CaptionEn: en})
	}
	for _, r := range g.Relationships {
		sg.Relationships = append(sg.Relationships, &model.GraphRelationship{ID: globalID("Relationship", r.ID), Type: r.Type, Start: ids[r.Start], End: ids[r.End], Label: relLabel(r)})
	}
	return sg
}

// checkTypes refuses relationship types the graph does not have.
func checkTypes(types []string) error {
	for _, t := range types {
		if !slices.Contains(kg.RelationshipTypes, t) {
			return kg.Errorf(kg.EINVALID, "unknown relationship type %q: use one of %v", t, kg.RelationshipTypes)
		}
	}
	return nil
}

// sortedEnds loads every node at the other end of q's relationships (a short list), as view
// shows it, in the order of by: lists whose text order is no order a reader looks for.
func sortedEnds[T any, K cmp.Ordered](ctx context.Context, r *Resolver, q kg.EdgeQuery, view func(kg.Node) T, by func(kg.Node) K) ([]T, error) {
	es, err := r.allEdges(ctx, q)
	slices.SortStableFunc(es, func(a, b kg.Edge) int { return cmp.Compare(by(a.Other), by(b.Other)) })
	out := make([]T, len(es))
	for i, e := range es {
		out[i] = view(e.Other)
	}
	return out, err
}

// meetings loads the meetings at the end of one type of relationship, in the order of their
// numbers: the order of their first mentions is not the order in which they met.
func (r *Resolver) meetings(ctx context.Context, q kg.EdgeQuery) ([]*model.Meeting, error) {
	return sortedEnds(ctx, r, q, model.NewMeeting, func(n kg.Node) int64 { return kg.Int(n.Properties, kg.PropNumber) })
}

// groupSessions loads a working group's sessions in the order of their first days, which
// their keys end with.
func (r *Resolver) groupSessions(ctx context.Context, group string) ([]*model.Session, error) {
	q := kg.EdgeQuery{NodeID: group, Direction: kg.Outgoing, Type: kg.RelHasSession}
	return sortedEnds(ctx, r, q, model.NewSession, func(n kg.Node) string { return n.ID })
}

// actsByNumber loads the acts at the end of one type of relationship, by body, kind and
// number (their sort keys).
func (r *Resolver) actsByNumber(ctx context.Context, q kg.EdgeQuery) ([]*kg.Act, error) {
	return sortedEnds(ctx, r, q, actOf, func(n kg.Node) string { return kg.String(n.Properties, kg.PropSortKey) })
}

// actOf returns the act an Act node holds.
func actOf(n kg.Node) *kg.Act {
	a := kg.ActFromNode(n)
	return &a
}

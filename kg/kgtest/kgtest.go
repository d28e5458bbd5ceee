// Package kgtest is the conformance suite of kg.Store: every store runs it, so the API
// answers the same whichever store serves it. It also builds the small graphs it loads.
package kgtest

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"copgraph/kg"
)

// Act returns an Act node for a COP act of the given kind and number.
func Act(kind kg.ActKind, number, title string, adopted bool) kg.Node {
	return kg.Act{Body: kg.BodyCOP, Kind: kind, Number: number, Title: title, Adopted: adopted}.Node()
}

// Mentioned returns the node a document writes for an act it only refers to: its title and
// date are defaults, which never overwrite what the act's own document says.
func Mentioned(body kg.Body, kind kg.ActKind, number, title, date string) kg.Node {
	n := kg.Act{Body: body, Kind: kind, Number: number, Title: title, Date: date}.Node()
	for _, k := range []string{kg.PropAdopted, kg.PropTitle, kg.PropDate} {
		n.SetWeak(k, true)
	}
	return n
}

// Doc returns the Document node of a source.
func Doc(id string) kg.Node {
	return kg.Node{ID: id, Labels: []string{kg.LabelDocument}, Properties: kg.PropsOf(map[string]any{"symbol": id[len("doc:"):]})}
}

// Ref returns a REFERS_TO relationship read from source, its quote at rune offset at.
func Ref(source, from, to, relation, verb, paragraph string, at int64) kg.Relationship {
	return kg.Relationship{
		ID:    fmt.Sprintf("%s-[REFERS_TO]->%s@%s", from, to, paragraph),
		Type:  kg.RelRefersTo,
		Start: from,
		End:   to,
		Properties: kg.PropsOf(map[string]any{
			kg.PropRelation: relation, kg.PropVerb: verb, kg.PropParagraph: paragraph,
			kg.PropQuote: "第 " + to + " 号决议", kg.PropSource: source,
			kg.PropSpanStart: at, kg.PropSpanEnd: at + 10,
		}),
	}
}

// Fixture is a small report: resolutions 6/1 and 6/2 and decision 6/1 adopted; 6/1
// recalls 5/1 and GA 64/293 and reaffirms decision 4/6; 6/2 recalls 5/1 and refers to 6/1.
func Fixture() kg.Graph {
	const src = "doc:CTOC/COP/2012/15"
	r61, r62 := kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "6/1"}.ID(), kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "6/2"}.ID()
	r51 := kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "5/1"}.ID()
	ga := kg.ActKey{Body: kg.BodyGA, Kind: kg.KindResolution, Number: "64/293"}.ID()
	d46 := kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindDecision, Number: "4/6"}.ID()
	return kg.Graph{
		Source: src,
		Nodes: []kg.Node{
			Doc(src),
			Act(kg.KindResolution, "6/1", "确保有效实施", true),
			Act(kg.KindResolution, "6/2", "促进加入", true),
			Act(kg.KindDecision, "6/1", "临时议程", true),
			Mentioned(kg.BodyCOP, kg.KindResolution, "5/1", "确保有效实施（第五届）", "2010-10-22"),
			Mentioned(kg.BodyGA, kg.KindResolution, "64/293", "", ""),
			Mentioned(kg.BodyCOP, kg.KindDecision, "4/6", "", "2008-10-17"),
		},
		Relationships: []kg.Relationship{
			Ref(src, r61, r51, "recalls", "回顾", "pp1", 10),
			Ref(src, r61, ga, "cites", "", "pp5", 50),
			Ref(src, r61, d46, "reaffirms", "重申", "pp2", 20),
			Ref(src, r62, r51, "recalls", "回顾", "pp1", 100),
			Ref(src, r62, r61, "pursuant_to", "根据", "op3", 150),
		},
	}
}

// Run runs the conformance suite. open returns an empty store; it is called once per
// subtest, and the store is closed when the subtest ends.
func Run(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	loaded := func(t *testing.T, gs ...kg.Graph) kg.Store {
		t.Helper()
		s := open(t)
		t.Cleanup(func() { s.Close(ctx) })
		for _, g := range gs {
			if err := s.Load(ctx, g); err != nil {
				t.Fatalf("Load(%s): %v", g.Source, err)
			}
		}
		return s
	}
	counts := func(t *testing.T, s kg.Store) kg.Counts {
		t.Helper()
		c, err := s.Counts(ctx)
		if err != nil {
			t.Fatalf("Counts: %v", err)
		}
		return c
	}

	t.Run("an act is found by body, kind and number, and resolution 6/1 is not decision 6/1", func(t *testing.T) {
		s := loaded(t, Fixture())
		res, err := s.Act(ctx, kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "6/1"})
		if err != nil {
			t.Fatal(err)
		}
		dec, err := s.Act(ctx, kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindDecision, Number: "6/1"})
		if err != nil {
			t.Fatal(err)
		}
		want := kg.Act{ID: "act:cop:resolution:6/1", Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "6/1", Title: "确保有效实施", Adopted: true}
		if diff := cmp.Diff(want, res); diff != "" {
			t.Errorf("resolution 6/1 (-want +got):\n%s", diff)
		}
		if dec.Title != "临时议程" || dec.Kind != kg.KindDecision {
			t.Errorf("decision 6/1 = %+v", dec)
		}
	})

	t.Run("an act that does not exist is NOT_FOUND", func(t *testing.T) {
		s := loaded(t, Fixture())
		_, err := s.Act(ctx, kg.ActKey{Body: kg.BodyGA, Kind: kg.KindResolution, Number: "6/1"})
		if code := kg.ErrorCode(err); code != kg.ENOTFOUND {
			t.Errorf("error %v has code %q, want %q", err, code, kg.ENOTFOUND)
		}
	})

	t.Run("loading the same graph twice changes no count", func(t *testing.T) {
		s := loaded(t, Fixture())
		before := counts(t, s)
		if err := s.Load(ctx, Fixture()); err != nil {
			t.Fatal(err)
		}
		after := counts(t, s)
		if diff := cmp.Diff(before, after); diff != "" {
			t.Errorf("counts changed (-first +second):\n%s", diff)
		}
		want := kg.Counts{
			Labels: map[string]int64{"Act": 6, "Resolution": 4, "Decision": 2, "Document": 1},
			Types:  map[string]int64{"REFERS_TO": 5},
		}
		if diff := cmp.Diff(want, after); diff != "" {
			t.Errorf("counts (-want +got):\n%s", diff)
		}
	})

	t.Run("a document that only mentions an act never overwrites what the act's own document says", func(t *testing.T) {
		own := kg.Graph{Source: "doc:CTOC/COP/2010/17", Nodes: []kg.Node{Doc("doc:CTOC/COP/2010/17"), Act(kg.KindResolution, "5/1", "确保有效实施（正式）", true)}}
		for name, order := range map[string][]kg.Graph{"own first": {own, Fixture()}, "own last": {Fixture(), own}} {
			s := loaded(t, order...)
			got, err := s.Act(ctx, kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "5/1"})
			if err != nil {
				t.Fatal(err)
			}
			if got.Title != "确保有效实施（正式）" || !got.Adopted || got.Date != "2010-10-22" {
				t.Errorf("%s: 5/1 = %+v, want the adopting document's title, adopted, and the mentioned date", name, got)
			}
		}
	})

	t.Run("two documents' days of one session merge the same in either order", func(t *testing.T) {
		session := func(source string, props map[string]any) kg.Graph {
			n := kg.Node{ID: "session:ccpcj:41", Labels: []string{kg.LabelSession}, Properties: kg.PropsOf(props)}
			return kg.Graph{Source: source, Nodes: []kg.Node{Doc(source), n}}
		}
		// The report of the session's first part, and that of its resumed part alone.
		first := session("doc:E/CN.15/2032/10", map[string]any{kg.PropNumber: int64(41), kg.PropStartDate: "2032-05-10", kg.PropEndDate: "2032-05-14"})
		resumed := session("doc:E/CN.15/2032/21", map[string]any{kg.PropNumber: int64(41), kg.PropEndDate: "2032-12-09", kg.PropParts: []string{"2032-12-08/2032-12-09"}})
		days := func(gs ...kg.Graph) string {
			t.Helper()
			nodes, _, err := loaded(t, gs...).Nodes(ctx, []string{"session:ccpcj:41"})
			if err != nil {
				t.Fatal(err)
			}
			p := nodes[0].Properties
			return fmt.Sprint(p.Get(kg.PropStartDate), " ", p.Get(kg.PropEndDate), " ", p.Get(kg.PropParts))
		}
		want := "2032-05-10 2032-12-09 [2032-05-10/2032-05-14 2032-12-08/2032-12-09]"
		if got := days(first, resumed); got != want {
			t.Errorf("first part, then resumed: %s, want %s", got, want)
		}
		if got := days(resumed, first); got != want {
			t.Errorf("resumed part, then first: %s, want %s", got, want)
		}
	})

	t.Run("reloading a source removes the relationships it no longer states", func(t *testing.T) {
		s := loaded(t, Fixture())
		g := Fixture()
		g.Relationships = g.Relationships[:2]
		if err := s.Load(ctx, g); err != nil {
			t.Fatal(err)
		}
		if got := counts(t, s).Types[kg.RelRefersTo]; got != 2 {
			t.Errorf("REFERS_TO count = %d, want 2", got)
		}
	})

	t.Run("an invalid graph is refused whole and changes nothing", func(t *testing.T) {
		s := loaded(t, Fixture())
		before := counts(t, s)
		g := Fixture()
		g.Nodes = append(g.Nodes, Act(kg.KindResolution, "7/1", "新", true))
		g.Relationships = append(g.Relationships, Ref(g.Source, "act:cop:resolution:7/1", "act:nowhere", "recalls", "回顾", "pp1", 0))
		err := s.Load(ctx, g)
		if kg.ErrorCode(err) != kg.EINVALID {
			t.Fatalf("Load = %v, want an %s error", err, kg.EINVALID)
		}
		if diff := cmp.Diff(before, counts(t, s)); diff != "" {
			t.Errorf("counts changed (-before +after):\n%s", diff)
		}
	})

	t.Run("acts page through in number order with keyset cursors", func(t *testing.T) {
		s := loaded(t, Fixture())
		var got []string
		after := ""
		for pages := 0; pages < 10; pages++ {
			p, err := s.Acts(ctx, kg.ActFilter{}, kg.PageArgs{First: 2, After: after, WantTotal: true})
			if err != nil {
				t.Fatal(err)
			}
			if p.TotalCount != 6 {
				t.Errorf("TotalCount = %d, want 6", p.TotalCount)
			}
			for _, a := range p.Acts {
				got = append(got, a.ID)
			}
			if !p.HasNext {
				break
			}
			after = p.Cursors[len(p.Cursors)-1]
		}
		want := []string{"act:cop:decision:4/6", "act:cop:decision:6/1", "act:cop:resolution:5/1", "act:cop:resolution:6/1", "act:cop:resolution:6/2", "act:ga:resolution:64/293"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("acts (-want +got):\n%s", diff)
		}
	})

	t.Run("acts filter by body, kind and adoption", func(t *testing.T) {
		s := loaded(t, Fixture())
		yes, no := true, false
		for _, tc := range []struct {
			f    kg.ActFilter
			want int
		}{
			{kg.ActFilter{Body: kg.BodyGA}, 1},
			{kg.ActFilter{Kind: kg.KindDecision}, 2},
			{kg.ActFilter{Body: kg.BodyCOP, Kind: kg.KindResolution}, 3},
			{kg.ActFilter{Adopted: &yes}, 3},
			{kg.ActFilter{Adopted: &no}, 3},
			{kg.ActFilter{Session: 6}, 3},
			{kg.ActFilter{TitleContains: "有效"}, 2},
			{kg.ActFilter{Number: "6/1"}, 2},
			{kg.ActFilter{Number: "6/1", Kind: kg.KindDecision}, 1},
			{kg.ActFilter{DateFrom: "2009-01-01"}, 1},
			{kg.ActFilter{DateFrom: "2008-10-17", DateTo: "2010-10-22"}, 2},
			{kg.ActFilter{DateTo: "2008-12-31"}, 1},
		} {
			p, err := s.Acts(ctx, tc.f, kg.PageArgs{})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Acts) != tc.want {
				t.Errorf("Acts(%+v) gave %d acts, want %d", tc.f, len(p.Acts), tc.want)
			}
		}
	})

	t.Run("acts sort by number, by date and by how often acts refer to them, and page in each order", func(t *testing.T) {
		s := loaded(t, Fixture())
		for order, want := range map[kg.ActOrder][]string{
			kg.OrderByDate:       {"4/6", "5/1", "6/1", "6/1", "6/2", "64/293"},
			kg.OrderByReferenced: {"5/1", "4/6", "6/1", "64/293", "6/1", "6/2"},
		} {
			var got []string
			for after := ""; ; {
				p, err := s.Acts(ctx, kg.ActFilter{Order: order}, kg.PageArgs{First: 4, After: after})
				if err != nil {
					t.Fatal(err)
				}
				for _, a := range p.Acts {
					got = append(got, a.Number)
				}
				if !p.HasNext {
					break
				}
				after = p.Cursors[len(p.Cursors)-1]
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("order %s (-want +got):\n%s", order, diff)
			}
		}
	})

	t.Run("acts by id come back in the order asked, missing ones marked", func(t *testing.T) {
		s := loaded(t, Fixture())
		ids := []string{"act:ga:resolution:64/293", "act:none", "act:cop:resolution:6/1"}
		acts, found, err := s.ActsByID(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]bool{true, false, true}, found); diff != "" {
			t.Errorf("found (-want +got):\n%s", diff)
		}
		if acts[0].ID != ids[0] || acts[2].ID != ids[2] {
			t.Errorf("acts = %+v", acts)
		}
	})

	t.Run("references go both ways in the order of the text, filter by relation and page by cursor, many acts in one call", func(t *testing.T) {
		s := loaded(t, Fixture())
		r61, r51 := "act:cop:resolution:6/1", "act:cop:resolution:5/1"
		refs := func(id string, dir kg.Direction, relation string, page kg.PageArgs) kg.EdgeQuery {
			q := kg.EdgeQuery{NodeID: id, Direction: dir, Type: kg.RelRefersTo, OtherLabel: kg.LabelAct, Page: page}
			if relation != "" {
				q.Property, q.Value = kg.PropRelation, relation
			}
			return q
		}
		pages, err := s.Edges(ctx, []kg.EdgeQuery{
			refs(r61, kg.Outgoing, "", kg.PageArgs{WantTotal: true}),
			refs(r51, kg.Incoming, "", kg.PageArgs{}),
			refs(r61, kg.Outgoing, "recalls", kg.PageArgs{}),
			refs(r61, kg.Outgoing, "", kg.PageArgs{First: 1}),
			refs("act:none", kg.Incoming, "", kg.PageArgs{}),
		})
		if err != nil {
			t.Fatal(err)
		}
		ends := func(p kg.EdgePage) []string {
			var out []string
			for _, e := range p.Edges {
				out = append(out, kg.String(e.Rel.Properties, kg.PropRelation)+" "+e.Other.ID)
			}
			return out
		}
		for i, want := range [][]string{
			{"recalls act:cop:resolution:5/1", "reaffirms act:cop:decision:4/6", "cites act:ga:resolution:64/293"},
			{"recalls act:cop:resolution:6/1", "recalls act:cop:resolution:6/2"},
			{"recalls act:cop:resolution:5/1"},
			{"recalls act:cop:resolution:5/1"},
			nil,
		} {
			if diff := cmp.Diff(want, ends(pages[i])); diff != "" {
				t.Errorf("query %d (-want +got):\n%s", i, diff)
			}
		}
		if pages[0].TotalCount != 3 || pages[0].HasNext || !pages[3].HasNext {
			t.Errorf("total %d, hasNext %v/%v; want 3, false/true", pages[0].TotalCount, pages[0].HasNext, pages[3].HasNext)
		}
		got := kg.ReferenceFromRelationship(pages[0].Edges[0].Rel, kg.ActFromNode(pages[0].Edges[0].Other))
		want := kg.Reference{
			ID: "act:cop:resolution:6/1-[REFERS_TO]->act:cop:resolution:5/1@pp1", Relation: "recalls", Verb: "回顾",
			Paragraph: "pp1", Quote: "第 act:cop:resolution:5/1 号决议", Source: "doc:CTOC/COP/2012/15", SpanStart: 10, SpanEnd: 20,
			Act: kg.Act{ID: r51, Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "5/1", Title: "确保有效实施（第五届）", Date: "2010-10-22"},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("reference (-want +got):\n%s", diff)
		}
		next, err := s.Edges(ctx, []kg.EdgeQuery{refs(r61, kg.Outgoing, "", kg.PageArgs{First: 1, After: pages[3].Cursors[0]})})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"reaffirms act:cop:decision:4/6"}, ends(next[0])); diff != "" {
			t.Errorf("second page (-want +got):\n%s", diff)
		}
	})

	t.Run("edges to acts leave out those from paragraphs of a report's narrative", func(t *testing.T) {
		g := Fixture()
		para := kg.Node{ID: g.Source + "#n40", Labels: []string{kg.LabelParagraph}, Properties: kg.PropsOf(map[string]any{kg.PropText: "第 6/1 号决议"})}
		g.Nodes = append(g.Nodes, para)
		g.Relationships = append(g.Relationships, Ref(g.Source, para.ID, "act:cop:resolution:6/1", "refers_to", "", "n40", 500))
		s := loaded(t, g)
		pages, err := s.Edges(ctx, []kg.EdgeQuery{{NodeID: "act:cop:resolution:6/1", Direction: kg.Incoming, Type: kg.RelRefersTo, OtherLabel: kg.LabelAct}})
		if err != nil {
			t.Fatal(err)
		}
		if es := pages[0].Edges; len(es) != 1 || es[0].Other.ID != "act:cop:resolution:6/2" {
			t.Errorf("acts referring to 6/1 = %+v, want only resolution 6/2", es)
		}
	})

	t.Run("nodes by id come back in the order asked, with their labels and properties", func(t *testing.T) {
		s := loaded(t, Fixture())
		nodes, found, err := s.Nodes(ctx, []string{"act:cop:decision:6/1", "nope", "doc:CTOC/COP/2012/15"})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]bool{true, false, true}, found); diff != "" {
			t.Errorf("found (-want +got):\n%s", diff)
		}
		want := Act(kg.KindDecision, "6/1", "临时议程", true)
		if diff := cmp.Diff(want, nodes[0]); diff != "" {
			t.Errorf("node (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(Doc("doc:CTOC/COP/2012/15"), nodes[2]); diff != "" {
			t.Errorf("document (-want +got):\n%s", diff)
		}
	})

	t.Run("edges filter by type, direction, the other end's label and a property, and page", func(t *testing.T) {
		s := loaded(t, Fixture())
		r61 := "act:cop:resolution:6/1"
		pages, err := s.Edges(ctx, []kg.EdgeQuery{
			{NodeID: r61, Direction: kg.Outgoing, Type: kg.RelRefersTo, Page: kg.PageArgs{WantTotal: true}},
			{NodeID: r61, Direction: kg.Incoming, Type: kg.RelRefersTo},
			{NodeID: r61, Direction: kg.Outgoing, Type: kg.RelRefersTo, Property: kg.PropRelation, Value: "cites"},
			{NodeID: r61, Direction: kg.Outgoing, Type: kg.RelRefersTo, OtherLabel: kg.LabelDecision},
			{NodeID: r61, Direction: kg.Outgoing, Type: kg.RelHasParagraph},
			{NodeID: r61, Direction: kg.Outgoing, Type: kg.RelRefersTo, Page: kg.PageArgs{First: 2}},
		})
		if err != nil {
			t.Fatal(err)
		}
		others := func(p kg.EdgePage) []string {
			var out []string
			for _, e := range p.Edges {
				out = append(out, e.Other.ID)
			}
			return out
		}
		for i, want := range [][]string{
			{"act:cop:resolution:5/1", "act:cop:decision:4/6", "act:ga:resolution:64/293"},
			{"act:cop:resolution:6/2"},
			{"act:ga:resolution:64/293"},
			{"act:cop:decision:4/6"},
			nil,
			{"act:cop:resolution:5/1", "act:cop:decision:4/6"},
		} {
			if diff := cmp.Diff(want, others(pages[i])); diff != "" {
				t.Errorf("query %d (-want +got):\n%s", i, diff)
			}
		}
		if pages[0].TotalCount != 3 || !pages[5].HasNext {
			t.Errorf("total %d, hasNext %v; want 3, true", pages[0].TotalCount, pages[5].HasNext)
		}
		next, err := s.Edges(ctx, []kg.EdgeQuery{{NodeID: r61, Direction: kg.Outgoing, Type: kg.RelRefersTo, Page: kg.PageArgs{After: pages[5].Cursors[1]}}})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"act:ga:resolution:64/293"}, others(next[0])); diff != "" {
			t.Errorf("next page (-want +got):\n%s", diff)
		}
		e := pages[0].Edges[0]
		if e.Rel.Start != r61 || e.Rel.End != "act:cop:resolution:5/1" || kg.String(e.Rel.Properties, kg.PropVerb) != "回顾" {
			t.Errorf("edge = %+v", e.Rel)
		}
	})

	t.Run("lists select nodes by label, property and prefix, and page", func(t *testing.T) {
		s := loaded(t, Fixture())
		ids := func(q kg.ListQuery) []string {
			p, err := s.List(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, n := range p.Nodes {
				out = append(out, n.ID)
			}
			if q.Page.First > 0 && len(out) == q.Page.First {
				next, err := s.List(ctx, kg.ListQuery{Label: q.Label, Equals: q.Equals, Page: kg.PageArgs{After: p.Cursors[len(p.Cursors)-1]}})
				if err != nil {
					t.Fatal(err)
				}
				for _, n := range next.Nodes {
					out = append(out, "then "+n.ID)
				}
			}
			return out
		}
		for _, tc := range []struct {
			q    kg.ListQuery
			want []string
		}{
			{kg.ListQuery{Label: kg.LabelDocument}, []string{"doc:CTOC/COP/2012/15"}},
			{kg.ListQuery{Label: kg.LabelAct, Equals: map[string]string{"body": "GA"}}, []string{"act:ga:resolution:64/293"}},
			{kg.ListQuery{Label: kg.LabelAct, PrefixProperty: "number", Prefix: "6/"}, []string{"act:cop:decision:6/1", "act:cop:resolution:6/1", "act:cop:resolution:6/2"}},
			{kg.ListQuery{Label: kg.LabelDecision, Page: kg.PageArgs{First: 1}}, []string{"act:cop:decision:4/6", "then act:cop:decision:6/1"}},
		} {
			if diff := cmp.Diff(tc.want, ids(tc.q)); diff != "" {
				t.Errorf("List(%+v) (-want +got):\n%s", tc.q, diff)
			}
		}
	})

	t.Run("a neighbourhood holds the nodes within depth and the relationships among them", func(t *testing.T) {
		s := loaded(t, Fixture())
		ids := func(g kg.Graph) []string {
			var out []string
			for _, n := range g.Nodes {
				out = append(out, n.ID)
			}
			return out
		}
		g, truncated, err := kg.Neighbourhood(ctx, s, "act:cop:resolution:6/1", 1, nil, 100)
		if err != nil {
			t.Fatal(err)
		}
		// Each hop's nodes in drawOrder: ids with their numbers compared as numbers.
		want := []string{"act:cop:resolution:6/1", "act:cop:decision:4/6", "act:cop:resolution:5/1", "act:cop:resolution:6/2", "act:ga:resolution:64/293"}
		if diff := cmp.Diff(want, ids(g)); diff != "" || truncated {
			t.Errorf("depth 1 (-want +got), truncated %v:\n%s", truncated, diff)
		}
		if len(g.Relationships) != 5 {
			t.Errorf("depth 1 has %d relationships, want the 5 among its nodes", len(g.Relationships))
		}
		g, truncated, err = kg.Neighbourhood(ctx, s, "act:cop:resolution:6/1", 2, nil, 2)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"act:cop:resolution:6/1", "act:cop:decision:4/6"}, ids(g)); diff != "" || !truncated {
			t.Errorf("limit 2 (-want +got), truncated %v (want true):\n%s", truncated, diff)
		}
		g, _, err = kg.Neighbourhood(ctx, s, "act:cop:resolution:5/1", 1, []string{kg.RelHasParagraph}, 100)
		if err != nil || len(g.Nodes) != 1 || len(g.Relationships) != 0 {
			t.Errorf("a type with no relationships = %+v, %v; want the node alone", g, err)
		}
		if _, _, err := kg.Neighbourhood(ctx, s, "nope", 1, nil, 10); kg.ErrorCode(err) != kg.ENOTFOUND {
			t.Errorf("an unknown node = %v, want NOT_FOUND", err)
		}
		if _, _, err := kg.Neighbourhood(ctx, s, "act:cop:resolution:6/1", 9, nil, 10); kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("depth 9 = %v, want BAD_USER_INPUT", err)
		}
	})

	t.Run("relationships list by type, ends and properties, with both end nodes", func(t *testing.T) {
		s := loaded(t, Fixture())
		pages, err := s.Relationships(ctx, []kg.RelQuery{
			{Type: kg.RelRefersTo, Page: kg.PageArgs{WantTotal: true}},
			{Type: kg.RelRefersTo, End: "act:cop:resolution:5/1"},
			{Type: kg.RelRefersTo, Filters: [5]kg.PropEq{kg.Eq(kg.PropRelation, "recalls"), kg.Eq(kg.PropParagraph, "pp1")}},
			{Type: kg.RelRefersTo, Start: "act:cop:resolution:6/2", Filters: [5]kg.PropEq{kg.Eq(kg.PropVerb, "根据")}},
			{Type: kg.RelMandates},
			{Type: kg.RelRefersTo, Start: "nope"},
		})
		if err != nil {
			t.Fatal(err)
		}
		pairs := func(p kg.RelPage) []string {
			var out []string
			for _, it := range p.Items {
				out = append(out, it.Start.ID+" "+it.End.ID)
				if it.Start.ID != it.Rel.Start || it.End.ID != it.Rel.End {
					t.Errorf("item %s has ends %s, %s", it.Rel.ID, it.Start.ID, it.End.ID)
				}
			}
			return out
		}
		r61, r62, r51 := "act:cop:resolution:6/1", "act:cop:resolution:6/2", "act:cop:resolution:5/1"
		for i, want := range [][]string{
			{r61 + " " + r51, r61 + " act:cop:decision:4/6", r61 + " act:ga:resolution:64/293", r62 + " " + r51, r62 + " " + r61},
			{r61 + " " + r51, r62 + " " + r51},
			{r61 + " " + r51, r62 + " " + r51},
			{r62 + " " + r61},
			nil,
			nil,
		} {
			if diff := cmp.Diff(want, pairs(pages[i])); diff != "" {
				t.Errorf("query %d (-want +got):\n%s", i, diff)
			}
		}
		if pages[0].TotalCount != 5 {
			t.Errorf("total = %d, want 5", pages[0].TotalCount)
		}
	})

	t.Run("relationships filter on a flag, a missing one read as false, and on a string apart from it", func(t *testing.T) {
		g := Fixture()
		src, unodc := g.Source, "actor:unodc"
		op1, u1, u2 := "act:cop:resolution:6/1#op1", src+"#u1", src+"#u2"
		g.Nodes = append(g.Nodes,
			kg.Node{ID: unodc, Labels: []string{kg.LabelActor, kg.LabelOrganization}, Properties: kg.PropsOf(map[string]any{kg.PropName: "毒品和犯罪问题办公室"})},
			kg.Node{ID: op1, Labels: []string{kg.LabelParagraph}, Properties: kg.PropsOf(map[string]any{kg.PropKey: "op1"})},
			kg.Node{ID: u1, Labels: []string{kg.LabelParagraph}, Properties: kg.PropsOf(map[string]any{kg.PropKey: "u1"})},
			kg.Node{ID: u2, Labels: []string{kg.LabelParagraph}, Properties: kg.PropsOf(map[string]any{kg.PropKey: "u2"})})
		mandate := func(from, relation string, at int64, more map[string]any) kg.Relationship {
			props := map[string]any{kg.PropRelation: relation, kg.PropVerb: "请", kg.PropSource: src, kg.PropSpanStart: at, kg.PropSpanEnd: at + 1}
			maps.Copy(props, more)
			return kg.Relationship{ID: from + "-[MANDATES]->" + unodc, Type: kg.RelMandates, Start: from, End: unodc, Properties: kg.PropsOf(props)}
		}
		g.Relationships = append(g.Relationships,
			mandate(op1, "requests", 10, map[string]any{kg.PropAct: "act:cop:resolution:6/1"}), // an act's: no flag
			mandate(u1, "requests", 20, map[string]any{kg.PropProposed: true}),                 // a recommended draft's
			mandate(u2, "invites", 30, map[string]any{kg.PropProposed: "true"}))                // a string, which is no flag
		s := loaded(t, g)
		qs := []kg.RelQuery{
			{Type: kg.RelMandates, Filters: [5]kg.PropEq{kg.FlagEq(kg.PropProposed, true)}},
			{Type: kg.RelMandates, Filters: [5]kg.PropEq{kg.FlagEq(kg.PropProposed, false)}},
			{Type: kg.RelMandates, Filters: [5]kg.PropEq{kg.Eq(kg.PropProposed, "true")}},
			{Type: kg.RelMandates, End: unodc, Filters: [5]kg.PropEq{4: kg.FlagEq(kg.PropProposed, false), 0: kg.Eq(kg.PropRelation, "requests")}},
			{Type: kg.RelMandates, Filters: [5]kg.PropEq{kg.FlagEq(kg.PropProposed, true), kg.Eq(kg.PropAct, "act:cop:resolution:6/1")}},
			{Type: kg.RelMandates, Filters: [5]kg.PropEq{kg.Eq(kg.PropAct, "")}}, // a missing string is no empty one
		}
		for i := range qs {
			qs[i].Page.WantTotal = true
		}
		pages, err := s.Relationships(ctx, qs)
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range [][]string{{u1}, {op1}, {u2}, {op1}, nil, nil} {
			var got []string
			for _, it := range pages[i].Items {
				got = append(got, it.Start.ID)
			}
			if diff := cmp.Diff(want, got); diff != "" || pages[i].TotalCount != int64(len(want)) {
				t.Errorf("query %d: total %d (-want +got):\n%s", i, pages[i].TotalCount, diff)
			}
		}
		// A flag's cursor is no string filter's, nor the other value's.
		first := kg.PageArgs{First: 1}
		flagQ := kg.RelQuery{Type: kg.RelMandates, Filters: [5]kg.PropEq{kg.FlagEq(kg.PropProposed, false)}, Page: first}
		p, err := s.Relationships(ctx, []kg.RelQuery{flagQ})
		if err != nil || len(p[0].Cursors) == 0 {
			t.Fatalf("no cursor: %v", err)
		}
		for _, other := range []kg.PropEq{kg.Eq(kg.PropProposed, "false"), kg.FlagEq(kg.PropProposed, true)} {
			q := kg.RelQuery{Type: kg.RelMandates, Filters: [5]kg.PropEq{other}, Page: kg.PageArgs{After: p[0].Cursors[0]}}
			if _, err := s.Relationships(ctx, []kg.RelQuery{q}); kg.ErrorCode(err) != kg.EINVALID {
				t.Errorf("the cursor of %+v on %+v: %v, want a %s error", flagQ.Filters[0], other, err, kg.EINVALID)
			}
		}
	})

	t.Run("reloading a source that moves a relationship id to other ends keeps one relationship, at the new ends", func(t *testing.T) {
		s := loaded(t, Fixture())
		g := Fixture()
		g.Relationships[0].End = "act:cop:decision:4/6" // same id, new end
		if err := s.Load(ctx, g); err != nil {
			t.Fatal(err)
		}
		pages, err := s.Relationships(ctx, []kg.RelQuery{{Type: kg.RelRefersTo, Filters: [5]kg.PropEq{kg.Eq(kg.PropParagraph, "pp1")}, Start: "act:cop:resolution:6/1"}})
		if err != nil {
			t.Fatal(err)
		}
		if items := pages[0].Items; len(items) != 1 || items[0].End.ID != "act:cop:decision:4/6" {
			t.Errorf("relationships from pp1 of 6/1 = %+v, want one, to decision 4/6", items)
		}
		if got := counts(t, s).Types[kg.RelRefersTo]; got != 5 {
			t.Errorf("REFERS_TO count = %d, want 5", got)
		}
	})

	t.Run("acts whose numbers sort alike page without loss", func(t *testing.T) {
		g := Fixture()
		g.Nodes = append(g.Nodes, Act(kg.KindResolution, "6/01", "", true))
		s := loaded(t, g)
		var got []string
		for after := ""; ; {
			p, err := s.Acts(ctx, kg.ActFilter{Kind: kg.KindResolution}, kg.PageArgs{First: 1, After: after})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range p.Acts {
				got = append(got, a.Number)
			}
			if !p.HasNext {
				break
			}
			after = p.Cursors[0]
		}
		if len(got) != 5 {
			t.Errorf("paged resolutions = %v, want all 5", got)
		}
	})

	t.Run("lists treat a missing property as no match", func(t *testing.T) {
		s := loaded(t, Fixture())
		p, err := s.List(ctx, kg.ListQuery{Label: kg.LabelAct, PrefixProperty: kg.PropTitle, Prefix: ""})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Nodes) != 4 {
			t.Errorf("acts with a title = %d, want 4", len(p.Nodes))
		}
	})

	t.Run("a shortest path follows relationships either way and is the same in every store", func(t *testing.T) {
		s := loaded(t, Fixture())
		path := func(from, to string, hops int, types []string) []string {
			g, found, err := kg.ShortestPath(ctx, s, from, to, hops, types)
			if err != nil {
				t.Fatal(err)
			}
			if !found {
				return nil
			}
			var out []string
			for i, n := range g.Nodes {
				out = append(out, n.ID)
				if i < len(g.Relationships) {
					r := g.Relationships[i]
					if !(r.Start == n.ID && r.End == g.Nodes[i+1].ID || r.End == n.ID && r.Start == g.Nodes[i+1].ID) {
						t.Errorf("relationship %s does not join %s and %s", r.ID, n.ID, g.Nodes[i+1].ID)
					}
				}
			}
			return out
		}
		// 4/6 and GA 64/293 are both recalled by 6/1 only: the path goes through it.
		if diff := cmp.Diff([]string{"act:cop:decision:4/6", "act:cop:resolution:6/1", "act:ga:resolution:64/293"},
			path("act:cop:decision:4/6", "act:ga:resolution:64/293", 4, nil)); diff != "" {
			t.Errorf("path (-want +got):\n%s", diff)
		}
		// 6/2 to 4/6: two hops through 6/1 (5/1 leads nowhere nearer).
		if diff := cmp.Diff([]string{"act:cop:resolution:6/2", "act:cop:resolution:6/1", "act:cop:decision:4/6"},
			path("act:cop:resolution:6/2", "act:cop:decision:4/6", 4, nil)); diff != "" {
			t.Errorf("path (-want +got):\n%s", diff)
		}
		if got := path("act:cop:resolution:6/2", "act:cop:decision:4/6", 1, nil); got != nil {
			t.Errorf("a path within 1 hop = %v, want none", got)
		}
		if got := path("act:cop:resolution:6/2", "act:cop:decision:4/6", 4, []string{kg.RelHasParagraph}); got != nil {
			t.Errorf("a path over HAS_PARAGRAPH = %v, want none", got)
		}
		if _, _, err := kg.ShortestPath(ctx, s, "act:cop:resolution:6/2", "nope", 4, nil); kg.ErrorCode(err) != kg.ENOTFOUND {
			t.Errorf("a path to a missing node = %v, want NOT_FOUND", err)
		}
	})

	t.Run("search finds acts and paragraphs by Chinese words, without a dictionary", func(t *testing.T) {
		g := Fixture()
		para := func(key, text string) kg.Node {
			return kg.Node{ID: "act:cop:resolution:6/1#" + key, Labels: []string{kg.LabelParagraph}, Properties: kg.PropsOf(map[string]any{kg.PropText: text})}
		}
		g.Nodes = append(g.Nodes,
			para("op1", "请各国加强打击偷运移民的合作；"),
			para("op2", "鼓励秘书处继续提供技术援助；"),
			para("op3", "促请缔约国保护被偷运移民的人权；"),
			para("op4", "Calls upon States (a) to act: now!"))
		s := loaded(t, g)
		keys := func(q kg.SearchQuery) []string {
			hits, err := s.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for i, h := range hits {
				out = append(out, h.Node.ID)
				if i == 0 && h.Score != 1 {
					t.Errorf("the best hit scores %g, want 1", h.Score)
				}
			}
			slices.Sort(out)
			return out
		}
		for _, tc := range []struct {
			q    kg.SearchQuery
			want []string
		}{
			{kg.SearchQuery{Text: "偷运移民"}, []string{"act:cop:resolution:6/1#op1", "act:cop:resolution:6/1#op3"}},
			{kg.SearchQuery{Text: "技术援助", Labels: []string{kg.LabelParagraph}}, []string{"act:cop:resolution:6/1#op2"}},
			{kg.SearchQuery{Text: "临时议程"}, []string{"act:cop:decision:6/1"}},
			{kg.SearchQuery{Text: "临时议程", Labels: []string{kg.LabelParagraph}}, nil},
			{kg.SearchQuery{Text: "(a) AND: now!"}, []string{"act:cop:resolution:6/1#op4"}},
			{kg.SearchQuery{Text: "火星"}, nil},
			{kg.SearchQuery{Text: "a"}, nil},                                      // a stop word
			{kg.SearchQuery{Text: "ＮＯＷ"}, []string{"act:cop:resolution:6/1#op4"}}, // full-width
		} {
			if diff := cmp.Diff(tc.want, keys(tc.q)); diff != "" {
				t.Errorf("Search(%+v) (-want +got):\n%s", tc.q, diff)
			}
		}
		if _, err := s.Search(ctx, kg.SearchQuery{Text: "  "}); kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("an empty search = %v, want BAD_USER_INPUT", err)
		}
	})

	t.Run("a cursor of one list is BAD_USER_INPUT on any other list, and good on its own however it is asked", func(t *testing.T) {
		s := loaded(t, Fixture())
		r61, r62, r51 := "act:cop:resolution:6/1", "act:cop:resolution:6/2", "act:cop:resolution:5/1"
		first := kg.PageArgs{First: 1}
		edgeQ := kg.EdgeQuery{NodeID: r61, Direction: kg.Outgoing, Type: kg.RelRefersTo, Page: first}
		relQ := kg.RelQuery{Type: kg.RelRefersTo, Filters: [5]kg.PropEq{kg.Eq(kg.PropRelation, "recalls"), kg.Eq(kg.PropParagraph, "pp1")}, Page: first}
		listQ := kg.ListQuery{Label: kg.LabelAct, Page: first}
		actsF := kg.ActFilter{}
		cursor := func(what string, cs []string, err error) string {
			t.Helper()
			if err != nil || len(cs) == 0 {
				t.Fatalf("%s: no cursor (%v)", what, err)
			}
			return cs[0]
		}
		ep, err := s.Edges(ctx, []kg.EdgeQuery{edgeQ})
		if err != nil {
			t.Fatal(err)
		}
		edgeCur := cursor("edges", ep[0].Cursors, nil)
		rp, err := s.Relationships(ctx, []kg.RelQuery{relQ})
		if err != nil {
			t.Fatal(err)
		}
		relCur := cursor("relationships", rp[0].Cursors, nil)
		lp, err := s.List(ctx, listQ)
		listCur := cursor("list", lp.Cursors, err)
		ap, err := s.Acts(ctx, actsF, first)
		actsCur := cursor("acts", ap.Cursors, err)

		edges := func(q kg.EdgeQuery, after string) error {
			q.Page = kg.PageArgs{First: 2, After: after}
			_, err := s.Edges(ctx, []kg.EdgeQuery{q})
			return err
		}
		rels := func(q kg.RelQuery, after string) error {
			q.Page = kg.PageArgs{After: after, WantTotal: true}
			_, err := s.Relationships(ctx, []kg.RelQuery{q})
			return err
		}
		list := func(q kg.ListQuery, after string) error {
			q.Page = kg.PageArgs{After: after}
			_, err := s.List(ctx, q)
			return err
		}
		acts := func(f kg.ActFilter, after string) error {
			_, err := s.Acts(ctx, f, kg.PageArgs{First: 3, After: after})
			return err
		}
		with := func(q kg.EdgeQuery, change func(*kg.EdgeQuery)) kg.EdgeQuery { change(&q); return q }
		for name, err := range map[string]error{
			"edges: other direction":         edges(with(edgeQ, func(q *kg.EdgeQuery) { q.Direction = kg.Incoming }), edgeCur),
			"edges: other node":              edges(with(edgeQ, func(q *kg.EdgeQuery) { q.NodeID = r62 }), edgeCur),
			"edges: other type":              edges(with(edgeQ, func(q *kg.EdgeQuery) { q.Type = kg.RelHasParagraph }), edgeCur),
			"edges: other end's label":       edges(with(edgeQ, func(q *kg.EdgeQuery) { q.OtherLabel = kg.LabelAct }), edgeCur),
			"edges: a property filter":       edges(with(edgeQ, func(q *kg.EdgeQuery) { q.Property, q.Value = kg.PropRelation, "recalls" }), edgeCur),
			"edges: a relationships cursor":  edges(edgeQ, relCur),
			"edges: an acts cursor":          edges(edgeQ, actsCur),
			"relationships: an edges cursor": rels(relQ, edgeCur),
			"relationships: other filters":   rels(kg.RelQuery{Type: kg.RelRefersTo, Filters: [5]kg.PropEq{kg.Eq(kg.PropRelation, "recalls")}}, relCur),
			"relationships: an end":          rels(kg.RelQuery{Type: kg.RelRefersTo, End: r51, Filters: relQ.Filters}, relCur),
			"list: an acts cursor":           list(listQ, actsCur), // the same keys, in another list
			"list: other label":              list(kg.ListQuery{Label: kg.LabelResolution}, listCur),
			"list: an equality filter":       list(kg.ListQuery{Label: kg.LabelAct, Equals: map[string]string{"body": "COP"}}, listCur),
			"list: a prefix filter":          list(kg.ListQuery{Label: kg.LabelAct, PrefixProperty: "number", Prefix: "6/"}, listCur),
			"acts: a list cursor":            acts(actsF, listCur),
			"acts: other order":              acts(kg.ActFilter{Order: kg.OrderByDate}, actsCur),
			"acts: other filter":             acts(kg.ActFilter{Kind: kg.KindDecision}, actsCur),
			"acts: an unscoped cursor":       acts(actsF, kg.EncodeCursor("cop|decision|000004|000006|act:cop:decision:4/6")),
		} {
			if kg.ErrorCode(err) != kg.EINVALID {
				t.Errorf("%s: %v, want a %s error", name, err, kg.EINVALID)
			}
		}
		for name, err := range map[string]error{
			"edges: another page size and the total": edges(edgeQ, edgeCur),
			"relationships: filters in other slots": rels(kg.RelQuery{Type: kg.RelRefersTo,
				Filters: [5]kg.PropEq{2: kg.Eq(kg.PropRelation, "recalls"), 0: kg.Eq(kg.PropParagraph, "pp1")}}, relCur),
			"list: no page size":        list(listQ, listCur),
			"acts: the order named":     acts(kg.ActFilter{Order: kg.OrderByNumber}, actsCur),
			"acts: the total asked for": func() error { _, err := s.Acts(ctx, actsF, kg.PageArgs{After: actsCur, WantTotal: true}); return err }(),
		} {
			if err != nil {
				t.Errorf("%s: %v, want the cursor taken", name, err)
			}
		}
	})

	t.Run("every list paged one item at a time gives the items of one big page, with hasNext and totalCount on each page", func(t *testing.T) {
		g := Fixture()
		src := g.Source
		r61, r62, r51 := "act:cop:resolution:6/1", "act:cop:resolution:6/2", "act:cop:resolution:5/1"
		d46, d61 := "act:cop:decision:4/6", "act:cop:decision:6/1"
		// Ties on source and span, broken by id, and a second source that sorts first.
		g.Relationships = append(g.Relationships,
			Ref(src, r62, d46, "notes", "注意到", "pp1b", 100),
			Ref(src, d61, d46, "recalls", "回顾", "op1", 100),
			Ref(src, d61, r51, "recalls", "回顾", "op1", 100))
		const src2 = "doc:CTOC/COP/2010/17"
		g2 := kg.Graph{Source: src2,
			Nodes: []kg.Node{Doc(src2), Act(kg.KindResolution, "5/1", "确保有效实施（正式）", true), Mentioned(kg.BodyCOP, kg.KindDecision, "4/6", "", "")},
			Relationships: []kg.Relationship{
				Ref(src2, r51, d46, "recalls", "回顾", "pp1", 10),
				Ref(src2, r51, d46, "reaffirms", "重申", "pp2", 10),
			}}
		s := loaded(t, g, g2)

		// page is one page of any list: its items, named by id, and their cursors.
		type page struct {
			items, cursors []string
			hasNext        bool
			total          int64
		}
		walk := func(t *testing.T, name string, fetch func(p kg.PageArgs) (page, error)) {
			t.Helper()
			all, err := fetch(kg.PageArgs{First: kg.MaxPageSize, WantTotal: true})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if all.hasNext || all.total != int64(len(all.items)) {
				t.Errorf("%s: one big page has %d items, hasNext %v, total %d", name, len(all.items), all.hasNext, all.total)
			}
			var got, cursors []string
			after := ""
			for n := 0; ; n++ {
				p, err := fetch(kg.PageArgs{First: 1, After: after, WantTotal: true})
				if err != nil {
					t.Fatalf("%s: page %d: %v", name, n, err)
				}
				got, cursors = append(got, p.items...), append(cursors, p.cursors...)
				if last := len(got) >= len(all.items); len(p.items) != min(1, len(all.items)) || p.hasNext == last || p.total != all.total {
					t.Errorf("%s: page %d has %d items, hasNext %v, total %d; want %d, %v, %d",
						name, n, len(p.items), p.hasNext, p.total, min(1, len(all.items)), !last, all.total)
				}
				if !p.hasNext || n > len(all.items) {
					break
				}
				after = p.cursors[0]
			}
			if diff := cmp.Diff(all.items, got); diff != "" {
				t.Errorf("%s: items page by page (-one page +page by page):\n%s", name, diff)
			}
			if diff := cmp.Diff(all.cursors, cursors); diff != "" {
				t.Errorf("%s: cursors page by page (-one page +page by page):\n%s", name, diff)
			}
		}
		edgePage := func(p kg.EdgePage) page {
			out := page{cursors: p.Cursors, hasNext: p.HasNext, total: p.TotalCount}
			for _, e := range p.Edges {
				out.items = append(out.items, e.Rel.ID+" "+e.Rel.Start+" "+e.Rel.End+" "+e.Other.ID)
			}
			return out
		}
		edgeQueries := []kg.EdgeQuery{
			{NodeID: r61, Direction: kg.Outgoing, Type: kg.RelRefersTo},
			{NodeID: d46, Direction: kg.Incoming, Type: kg.RelRefersTo},
			{NodeID: r51, Direction: kg.Incoming, Type: kg.RelRefersTo, OtherLabel: kg.LabelDecision},
			{NodeID: r51, Direction: kg.Outgoing, Type: kg.RelRefersTo, Property: kg.PropRelation, Value: "recalls"},
			{NodeID: "act:none", Direction: kg.Outgoing, Type: kg.RelRefersTo},
		}
		for _, q := range edgeQueries {
			walk(t, fmt.Sprintf("Edges(%+v)", q), func(p kg.PageArgs) (page, error) {
				q.Page = p
				ps, err := s.Edges(ctx, []kg.EdgeQuery{q})
				if err != nil {
					return page{}, err
				}
				return edgePage(ps[0]), nil
			})
		}
		for _, q := range []kg.RelQuery{
			{Type: kg.RelRefersTo},
			{Type: kg.RelRefersTo, End: d46},
			{Type: kg.RelRefersTo, Start: r51, End: d46},
			{Type: kg.RelRefersTo, Filters: [5]kg.PropEq{kg.Eq(kg.PropRelation, "recalls")}},
			{Type: kg.RelMandates},
		} {
			walk(t, fmt.Sprintf("Relationships(%+v)", q), func(p kg.PageArgs) (page, error) {
				q.Page = p
				ps, err := s.Relationships(ctx, []kg.RelQuery{q})
				if err != nil {
					return page{}, err
				}
				out := page{cursors: ps[0].Cursors, hasNext: ps[0].HasNext, total: ps[0].TotalCount}
				for _, it := range ps[0].Items {
					out.items = append(out.items, it.Rel.ID+" "+it.Start.ID+" "+it.End.ID)
				}
				return out, nil
			})
		}
		for _, q := range []kg.ListQuery{
			{Label: kg.LabelAct},
			{Label: kg.LabelDocument},
			{Label: kg.LabelAct, Equals: map[string]string{"body": "COP"}},
			{Label: kg.LabelAct, PrefixProperty: "number", Prefix: "6/"},
			{Label: kg.LabelWorkingGroup},
		} {
			walk(t, fmt.Sprintf("List(%+v)", q), func(p kg.PageArgs) (page, error) {
				q.Page = p
				np, err := s.List(ctx, q)
				out := page{cursors: np.Cursors, hasNext: np.HasNext, total: np.TotalCount}
				for _, n := range np.Nodes {
					out.items = append(out.items, n.ID)
				}
				return out, err
			})
		}
		yes := true
		for _, f := range []kg.ActFilter{
			{}, {Order: kg.OrderByDate}, {Order: kg.OrderByReferenced}, {Kind: kg.KindResolution, Order: kg.OrderByReferenced},
			{Adopted: &yes, Order: kg.OrderByDate}, {Body: kg.BodyGA, Kind: kg.KindDecision},
		} {
			walk(t, fmt.Sprintf("Acts(%+v)", f), func(p kg.PageArgs) (page, error) {
				ap, err := s.Acts(ctx, f, p)
				out := page{cursors: ap.Cursors, hasNext: ap.HasNext, total: ap.TotalCount}
				for _, a := range ap.Acts {
					out.items = append(out.items, a.ID)
				}
				return out, err
			})
		}

		// The queries of one call page each by its own size and cursor.
		want := make([]page, len(edgeQueries))
		for i, q := range edgeQueries {
			q.Page = kg.PageArgs{First: kg.MaxPageSize}
			ps, err := s.Edges(ctx, []kg.EdgeQuery{q})
			if err != nil {
				t.Fatal(err)
			}
			want[i] = edgePage(ps[0])
		}
		got := make([]page, len(edgeQueries))
		after := make([]string, len(edgeQueries))
		for round := 0; round < 10; round++ {
			var qs []kg.EdgeQuery
			var which []int
			for i, q := range edgeQueries {
				if round > 0 && after[i] == "" {
					continue // done
				}
				q.Page = kg.PageArgs{First: 1 + i%3, After: after[i], WantTotal: i%2 == 0}
				qs, which = append(qs, q), append(which, i)
			}
			if len(qs) == 0 {
				break
			}
			ps, err := s.Edges(ctx, qs)
			if err != nil {
				t.Fatal(err)
			}
			for k, p := range ps {
				i := which[k]
				if len(p.Edges) > qs[k].Page.First || (qs[k].Page.WantTotal && p.TotalCount != int64(len(want[i].items))) {
					t.Errorf("round %d, query %d: %d edges for first %d, total %d", round, i, len(p.Edges), qs[k].Page.First, p.TotalCount)
				}
				pp := edgePage(p)
				got[i].items = append(got[i].items, pp.items...)
				after[i] = ""
				if p.HasNext {
					after[i] = p.Cursors[len(p.Cursors)-1]
				}
			}
		}
		for i := range edgeQueries {
			if diff := cmp.Diff(want[i].items, got[i].items); diff != "" {
				t.Errorf("query %d paged in a batch of mixed page sizes (-one page +batched pages):\n%s", i, diff)
			}
		}
	})

	t.Run("a malformed cursor is BAD_USER_INPUT", func(t *testing.T) {
		s := loaded(t, Fixture())
		_, err := s.Acts(ctx, kg.ActFilter{}, kg.PageArgs{After: "not a cursor"})
		var e *kg.Error
		if !errors.As(err, &e) || e.Code != kg.EINVALID {
			t.Errorf("Acts with a bad cursor = %v, want an %s error", err, kg.EINVALID)
		}
	})
}

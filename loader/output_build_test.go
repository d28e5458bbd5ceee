package loader

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"copgraph/kg"
)

// TestIDArena checks that join concatenates, across chunks and for parts longer than a
// chunk, and that a string it handed out keeps its bytes as more are made.
func TestIDArena(t *testing.T) {
	var a idArena
	type made struct{ got, want string }
	var all []made
	long := strings.Repeat("长", idChunk) // more than a chunk on its own
	for i := range 3000 {
		parts := []string{"act:cop:resolution:6/", strings.Repeat("x", i%97), "-[", kg.RelMentions, "]->", "inst:untoc"}
		if i%500 == 0 {
			parts = append(parts, long)
		}
		all = append(all, made{a.join(parts...), strings.Join(parts, "")})
	}
	all = append(all, made{a.join(), ""})
	for i, m := range all {
		if m.got != m.want {
			t.Fatalf("join %d = %q, want %q", i, m.got, m.want)
		}
	}
}

// TestBoxedString checks that of gives the string boxed, and boxes anew for another one.
func TestBoxedString(t *testing.T) {
	var c boxedString
	for _, s := range []string{"", "op1", "op1", "op2", "", "op2"} {
		if v := c.of(s); v != any(s) {
			t.Fatalf("of(%q) = %#v", s, v)
		}
	}
}

// TestParagraphIDs checks the ids paragraphs cuts from its HAS_PARAGRAPH's: each
// Paragraph node's id is kg.ParagraphID of its parent and key, and each HAS_PARAGRAPH's is
// relID of its ends.
func TestParagraphIDs(t *testing.T) {
	g, err := Parse("CTOC-COP-2012-15.zh.txt", readCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	nodes := map[string]kg.Node{}
	for _, n := range g.Nodes {
		nodes[n.ID] = n
	}
	count := 0
	for _, r := range g.Relationships {
		if r.Type != kg.RelHasParagraph {
			continue
		}
		count++
		if want := relID(r.Start, r.Type, r.End); r.ID != want {
			t.Errorf("HAS_PARAGRAPH id %q, want %q", r.ID, want)
		}
		n, ok := nodes[r.End]
		if !ok {
			t.Fatalf("no node %q", r.End)
		}
		if want := kg.ParagraphID(r.Start, kg.String(n.Properties, kg.PropKey)); n.ID != want {
			t.Errorf("paragraph id %q, want %q", n.ID, want)
		}
	}
	if count == 0 {
		t.Fatal("no HAS_PARAGRAPH")
	}
}

// TestFreshNodeAsNode checks freshNode against node on ids new and taken, and that the
// nodes kept stay apart from the room freshNode frees.
func TestFreshNodeAsNode(t *testing.T) {
	mk := func() *graphBuilder {
		return &graphBuilder{nodes: map[string]*kg.Node{}, rels: map[string]int{}}
	}
	fresh, plain := mk(), mk()
	for i := range 3 * nodeChunk {
		id := "n" + strconv.Itoa(i%(nodeChunk+7)) // ids repeat, across chunks
		n := func() kg.Node {
			return kg.Node{ID: id, Labels: []string{"L" + strconv.Itoa(i%3)}, Properties: kg.PropsOf(map[string]any{"p" + strconv.Itoa(i%5): int64(i)})}
		}
		fresh.freshNode(n())
		plain.node(n())
	}
	if len(fresh.nodeList) != len(plain.nodeList) {
		t.Fatalf("%d nodes, want %d", len(fresh.nodeList), len(plain.nodeList))
	}
	for i, n := range plain.nodeList {
		if got := fresh.nodeList[i]; !reflect.DeepEqual(got, n) || fresh.nodes[n.ID] != got {
			t.Fatalf("node %d: %+v, want %+v", i, got, n)
		}
	}
}

// TestNumberValue checks numberValue against boxing the number.
func TestNumberValue(t *testing.T) {
	for _, n := range []string{"", "0", "00", "07", "1", "9", "10", "42", "99", "100", "1a", "(a)", "㈠", "a", "9 "} {
		if v := numberValue(n); v != any(n) {
			t.Errorf("numberValue(%q) = %#v", n, v)
		}
	}
	for i := range 1000 {
		if n := strconv.Itoa(i); numberValue(n) != any(n) {
			t.Errorf("numberValue(%q) = %#v", n, numberValue(n))
		}
	}
}

// TestRelOnce checks that relOnce adds a relationship whose id is new, and leaves the graph
// as it is for one it holds.
func TestRelOnce(t *testing.T) {
	b := &graphBuilder{nodes: map[string]*kg.Node{}, rels: map[string]int{}}
	for i := range 50 {
		id := "r" + strconv.Itoa(i%20)
		b.relOnce(kg.Relationship{ID: id, Type: strconv.Itoa(i)})
	}
	if len(b.relList) != 20 || len(b.rels) != 20 {
		t.Fatalf("%d relationships, %d ids, want 20", len(b.relList), len(b.rels))
	}
	for i, r := range b.relList {
		if r.ID != "r"+strconv.Itoa(i) || r.Type != strconv.Itoa(i) || b.rels[r.ID] != i {
			t.Errorf("relationship %d: %+v at %d", i, r, b.rels[r.ID])
		}
	}
}

package loader

import (
	"fmt"
	"path/filepath"

	"copgraph/kg"
)

// graphBuilder collects nodes and relationships, merging repeated nodes by id.
type graphBuilder struct {
	source string
	nodes  map[string]*kg.Node
	rels   map[string]kg.Relationship
}

func (b *graphBuilder) node(n kg.Node) {
	if old, ok := b.nodes[n.ID]; ok {
		kg.MergeNode(old, n)
		return
	}
	b.nodes[n.ID] = &n
}

func (b *graphBuilder) rel(r kg.Relationship) {
	base := r.ID
	for i := 2; ; i++ {
		if _, taken := b.rels[r.ID]; !taken {
			break
		}
		r.ID = fmt.Sprintf("%s#%d", base, i)
	}
	b.rels[r.ID] = r
}

// build resolves a segmented document into its graph: the document itself, the acts it
// adopts, the acts they refer to and the references, each with provenance.
func build(name, symbol string, d document) kg.Graph {
	b := &graphBuilder{source: DocumentID(name, symbol), nodes: map[string]*kg.Node{}, rels: map[string]kg.Relationship{}}
	docProps := map[string]any{"file": filepath.Base(name)}
	if symbol != "" {
		docProps["symbol"] = symbol
	}
	b.node(kg.Node{ID: b.source, Labels: []string{kg.LabelDocument}, Properties: docProps})

	for _, a := range d.acts {
		b.node(kg.Act{Body: a.key.Body, Kind: a.key.Kind, Number: a.key.Number, Title: a.title, Adopted: true}.Node())
	}
	for _, a := range d.acts {
		from := a.key.ID()
		for _, p := range a.paras {
			for _, m := range findActRefs(p.text, a.key.Body) {
				b.reference(from, p, m, p.offset, 0)
			}
			for _, n := range p.notes {
				fn, ok := d.notes[n.num]
				if !ok {
					continue
				}
				for _, m := range findActRefs(fn.text, a.key.Body) {
					if m.verb == "" {
						m.rel = relCites
					}
					b.reference(from, p, m, d.noteAt[n.num], n.num)
				}
			}
		}
	}

	g := kg.Graph{Source: b.source}
	for _, n := range b.nodes {
		g.Nodes = append(g.Nodes, *n)
	}
	for _, r := range b.rels {
		g.Relationships = append(g.Relationships, r)
	}
	g.Sort()
	return g
}

// reference adds the act a mention names (its date and title only where no other source
// gives them) and a REFERS_TO from the act whose paragraph p holds it. offset is the rune
// offset, in the cleaned text, of the text the mention was found in; note is the footnote
// it was found in, 0 for the paragraph itself.
func (b *graphBuilder) reference(from string, p paragraph, m mention, offset, note int) {
	to := m.key.ID()
	if to == from {
		return
	}
	target := kg.Act{Body: m.key.Body, Kind: m.key.Kind, Number: m.key.Number, Title: m.title, Date: m.date}.Node()
	target.SetWeak(kg.PropAdopted, true)
	target.SetWeak(kg.PropTitle, true)
	target.SetWeak(kg.PropDate, true)
	b.node(target)
	props := map[string]any{
		kg.PropRelation:  m.rel,
		kg.PropParagraph: p.key,
		kg.PropQuote:     m.quote,
		kg.PropSource:    b.source,
		kg.PropSpanStart: int64(offset + m.start),
		kg.PropSpanEnd:   int64(offset + m.end),
	}
	if m.verb != "" {
		props[kg.PropVerb] = m.verb
	}
	if note > 0 {
		props[kg.PropFootnote] = int64(note)
	}
	b.rel(kg.Relationship{
		ID:         fmt.Sprintf("%s-[%s]->%s@%s", from, kg.RelRefersTo, to, p.key),
		Type:       kg.RelRefersTo,
		Start:      from,
		End:        to,
		Properties: props,
	})
}

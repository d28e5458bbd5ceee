package loader

import (
	"regexp"
	"strings"

	"copgraph/kg"
)

var (
	// bureauRoleRE opens a role in a list of officers: "主席:", "副主席：", "报告员:".
	bureauRoleRE = regexp.MustCompile(`^(主席|(?:第[一二三四]\s*)?副主席|报告员|共同主席)\s*[:：]\s*`)
	// electedInlineRE is an officer a sentence names: "以鼓掌方式选举 Name（State）为主席".
	electedInlineRE = regexp.MustCompile(`选举\s*([^（(，。：:、\p{Han}][^（(，。：:]{1,60}?)\s*[（(]([^（）()]{2,20})[）)]\s*为\s*(主席|副主席|报告员|共同主席)`)
	// officerRE is an officer as the list gives one: a name, then the State in brackets.
	officerRE = regexp.MustCompile(`^([^（(：:\n]{2,80}?)\s*[（(]([^（）()]{2,40})[）)]\s*$`)
)

// bureauRoles gives the English of the roles.
var bureauRoles = map[string]string{"主席": "president", "副主席": "vice-president", "报告员": "rapporteur", "共同主席": "co-chair"}

// officer is a member of a bureau the narrative lists.
type officer struct {
	role, name, state string
}

// findBureau reads a list of officers: lines that open with a role ("主席:") and the lines
// after them that name one more officer each, "Name（State）", until a line that is neither.
func findBureau(text string) []officer {
	if !contains(text, "主席") && !contains(text, "报告员") {
		return nil
	}
	var out []officer
	if contains(text, "选举") {
		for _, m := range electedInlineRE.FindAllStringSubmatch(text, -1) {
			out = append(out, officer{role: bureauRoles[m[3]], name: strings.Join(strings.Fields(m[1]), " "), state: strings.TrimSpace(m[2])})
		}
	}
	role := ""
	for l := range strings.SplitSeq(text, "\n") {
		l = strings.TrimSpace(l)
		if !opensWithRole(l) && role == "" {
			continue // as bureauRoleRE would find: most lines open with no role
		}
		if m := bureauRoleRE.FindStringSubmatch(l); m != nil {
			role, l = m[1], l[len(m[0]):]
			if strings.HasSuffix(role, "副主席") {
				role = "副主席" // the first, second and third vice-presidents are vice-presidents
			}
		} else if role == "" {
			continue
		}
		m := officerRE.FindStringSubmatch(l)
		if m == nil {
			role = ""
			continue
		}
		out = append(out, officer{role: bureauRoles[role], name: strings.Join(strings.Fields(m[1]), " "), state: strings.TrimSpace(m[2])})
	}
	return out
}

// opensWithRole reports whether l opens with the name of a role, as a match of
// bureauRoleRE does.
func opensWithRole(l string) bool {
	return l != "" && opensWithRoleRune(l, leadRune(l)) // each role has a name
}

// bureau adds the officers a narrative paragraph lists as elected to the session: each a
// Person, ELECTED to the session with the role, and MEMBER_OF the delegation of a State.
func (b *graphBuilder) bureau(session string, p paragraph) {
	for _, o := range findBureau(p.text) {
		person := b.delegate(o.name, o.state, p)
		// spanStart, where the name stands, keeps the bureau in the order the report lists it.
		at := strings.Index(p.text, o.name)
		if at < 0 {
			at = len(p.text)
		}
		b.rel(kg.Relationship{ID: relID(person, kg.RelElected, session), Type: kg.RelElected, Start: person, End: session,
			Properties: map[string]any{kg.PropSource: b.source, kg.PropParagraph: p.key, kg.PropRole: o.role, kg.PropSpanStart: int64(p.offset + runeLen(p.text[:at]))}})
	}
}

// delegate adds a person a paragraph names with the State whose delegation they belong to
// ("Name（State）"): the Person, the State and MEMBER_OF between them. It returns the
// person's id.
func (b *graphBuilder) delegate(name, state string, p paragraph) string {
	person := kg.Node{ID: "person:" + name, Labels: []string{kg.LabelActor, kg.LabelPerson}, Properties: map[string]any{kg.PropName: name}}
	st := sponsorNode(state)
	b.node(person)
	b.node(st)
	if id := relID(person.ID, kg.RelMemberOf, st.ID); b.rels[id].ID == "" {
		b.rel(kg.Relationship{ID: id, Type: kg.RelMemberOf, Start: person.ID, End: st.ID,
			Properties: map[string]any{kg.PropSource: b.sourceValue, kg.PropParagraph: p.key}})
	}
	return person.ID
}

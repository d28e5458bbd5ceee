package kg

import (
	"regexp"
	"slices"
)

// propRE is what a property key must look like, for the same reason.
var propRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_]{0,63}$`)

// nameRE is what a label or relationship type must look like. Stores write labels and
// types into Cypher text (Cypher cannot take them as parameters), so they are checked here.
var nameRE = regexp.MustCompile(`^[A-Z][A-Za-z_]{0,63}$`)

// Validate reports the first reason g cannot be stored: an empty or repeated id, a label or
// type that is not a plain name, a node without a primary label, or a property value of a
// type that stores cannot hold. The error has code EINVALID.
func Validate(g Graph) error {
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		switch {
		case n.ID == "":
			return Errorf(EINVALID, "a node has no id")
		case ids[n.ID]:
			return Errorf(EINVALID, "node %s appears twice", n.ID)
		case len(n.Labels) == 0 || !isPrimary(n.Labels[0]):
			return Errorf(EINVALID, "node %s has no primary label first (one of %v)", n.ID, PrimaryLabels)
		}
		ids[n.ID] = true
		for _, l := range n.Labels {
			if !nameRE.MatchString(l) {
				return Errorf(EINVALID, "node %s has label %q, which is not a plain name", n.ID, l)
			}
		}
		if err := validProps(n.ID, n.Properties); err != nil {
			return err
		}
	}
	rids := map[string]bool{}
	for _, r := range g.Relationships {
		switch {
		case r.ID == "":
			return Errorf(EINVALID, "a relationship has no id")
		case rids[r.ID]:
			return Errorf(EINVALID, "relationship %s appears twice", r.ID)
		case !slices.Contains(RelationshipTypes, r.Type):
			return Errorf(EINVALID, "relationship %s has type %q, which is not one of %v", r.ID, r.Type, RelationshipTypes)
		case !ids[r.Start] || !ids[r.End]:
			return Errorf(EINVALID, "relationship %s joins a node that is not in the graph", r.ID)
		}
		rids[r.ID] = true
		if err := validProps(r.ID, r.Properties); err != nil {
			return err
		}
	}
	return nil
}

func isPrimary(l string) bool {
	for _, p := range PrimaryLabels {
		if p == l {
			return true
		}
	}
	return false
}

// PrimaryLabel returns the first label of n, the one stores index.
func (n Node) PrimaryLabel() string {
	if len(n.Labels) == 0 {
		return ""
	}
	return n.Labels[0]
}

func validProps(id string, props Props) error {
	for i, p := range props {
		k, v := p.Key, p.Value
		if i > 0 && props[i-1].Key >= k {
			return Errorf(EINVALID, "%s: properties are not sorted by key, each once (%q before %q)", id, props[i-1].Key, k)
		}
		if !propRE.MatchString(k) || k == "id" {
			return Errorf(EINVALID, "%s: property key %q is not a plain name other than id", id, k)
		}
		switch v.(type) {
		case string, int64, float64, bool, []string:
		default:
			return Errorf(EINVALID, "%s: property %s has a value of type %T, which stores cannot hold", id, k, v)
		}
	}
	return nil
}

package loader

import (
	"testing"

	"copgraph/kg"
)

// TestASpecialSessionIsASessionOfItsOwn: an act of the General Assembly's special session
// (S-28/1) is ADOPTED_AT that session, session:ga:s-28, which is marked special, and not
// the regular session 28.
func TestASpecialSessionIsASessionOfItsOwn(t *testing.T) {
	const text = "预防犯罪和刑事司法委员会第三十三届会议报告\n\n5. 委员会回顾大会 2019 年 4 月 19 日第 S-28/1 号决议和第 28/3 号决议。\n"
	g := conventionFacts(t, "t.txt", text)
	checkFacts(t, g, []string{"act:ga:resolution:S-28/1 ADOPTED_AT session:ga:s-28", "act:ga:resolution:28/3 ADOPTED_AT session:ga:28"},
		[]string{"act:ga:resolution:S-28/1 ADOPTED_AT session:ga:28"})
	parsed, err := Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range parsed.Nodes {
		switch n.ID {
		case "session:ga:s-28":
			if n.Properties.Get(kg.PropSpecial) != true || n.Properties.Get(kg.PropNumber) != int64(28) {
				t.Errorf("the special session: %v", n.Properties)
			}
		case "session:ga:28":
			if _, ok := n.Properties.Lookup(kg.PropSpecial); ok {
				t.Errorf("the regular session is marked special: %v", n.Properties)
			}
		}
	}
}

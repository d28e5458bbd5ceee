package graph

import (
	"testing"

	"copgraph/kg"
)

// TestCaptionsNameTheirSession: a drawing tells two sessions' meetings and items apart, the
// Council's session reads as its year's, and a working group's session reads as the group's.
func TestCaptionsNameTheirSession(t *testing.T) {
	for _, tc := range []struct {
		node   kg.Node
		zh, en string
	}{
		{kg.Node{ID: "session:cop:6", Labels: []string{kg.LabelSession}, Properties: kg.PropsOf(map[string]any{kg.PropBody: "COP", kg.PropNumber: int64(6)})}, "COP 第 6 届会议", "COP 6"},
		{kg.Node{ID: "meeting:cop:6:10", Labels: []string{kg.LabelMeeting}, Properties: kg.PropsOf(map[string]any{kg.PropSession: "session:cop:6", kg.PropNumber: int64(10)})}, "COP 第 6 届会议第 10 次会议", "COP 6, meeting 10"},
		{kg.Node{ID: "agenda:cop:8:2(b)", Labels: []string{kg.LabelAgendaItem}, Properties: kg.PropsOf(map[string]any{kg.PropSession: "session:cop:8", kg.PropNumber: "2(b)"})}, "COP 第 8 届会议议程项目 2(b)", "COP 8, agenda item 2(b)"},
		{kg.Node{ID: "meeting:ecosoc:2011:44", Labels: []string{kg.LabelMeeting}, Properties: kg.PropsOf(map[string]any{kg.PropSession: "session:ecosoc:2011", kg.PropNumber: int64(44)})}, "ECOSOC 2011 年届会第 44 次会议", "ECOSOC 2011, meeting 44"},
		{kg.Node{ID: "session:wg:trafficking-in-persons:2013-11-06", Labels: []string{kg.LabelSession}, Properties: kg.PropsOf(map[string]any{
			kg.PropName: "贩运人口问题工作组", kg.PropNameEn: "Working Group on Trafficking in Persons"})},
			"贩运人口问题工作组 2013-11-06", "Working Group on Trafficking in Persons, 2013-11-06"},
	} {
		zh, en := caption(tc.node)
		if zh != tc.zh || en == nil || *en != tc.en {
			t.Errorf("caption(%s) = %q, %v; want %q, %q", tc.node.ID, zh, en, tc.zh, tc.en)
		}
	}
}

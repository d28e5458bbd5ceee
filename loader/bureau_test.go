package loader

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSeveralOfficersOnALine(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []officer
	}{
		{"two vice-presidents apart by 、", "委员会选举了下列主席团成员：\n副主席：Ana Silva（巴西）、Jan Novák（捷克）\n报告员：Li Wei（中国）", []officer{
			{"vice-president", "Ana Silva", "巴西"}, {"vice-president", "Jan Novák", "捷克"}, {"rapporteur", "Li Wei", "中国"},
		}},
		{"a table row wrapped inside names", "副主席： Omar Khalil（埃及） Hae-young\nLee（大韩民国） Jan\nFerenc（斯洛伐克）\n报告员： Olga Petrovic（塞尔维亚）", []officer{
			{"vice-president", "Omar Khalil", "埃及"}, {"vice-president", "Hae-young Lee", "大韩民国"}, {"vice-president", "Jan Ferenc", "斯洛伐克"},
			{"rapporteur", "Olga Petrovic", "塞尔维亚"},
		}},
		{"co-chairs, the second on the next line after a comma", "共同主席：Emilio Ramírez（秘鲁），Hae-young\nLee（大韩民国）", []officer{
			{"co-chair", "Emilio Ramírez", "秘鲁"}, {"co-chair", "Hae-young Lee", "大韩民国"},
		}},
		{"three vice-presidents, 和 before the last", "副主席：Ana Silva（巴西）、Jan Novák（捷克）和 Omar Khalil（埃及）", []officer{
			{"vice-president", "Ana Silva", "巴西"}, {"vice-president", "Jan Novák", "捷克"}, {"vice-president", "Omar Khalil", "埃及"},
		}},
		{"a bracket that holds no State ends the list", "副主席：Ana Silva（巴西）、Jan Novák（见附件）\n报告员：Li Wei（中国）", []officer{
			{"rapporteur", "Li Wei", "中国"},
		}},
		{"a sentence after the list is none of it", "报告员：Li Wei（中国）\n会议还决定由 Ana Silva（巴西）担任主席之友。", []officer{
			{"rapporteur", "Li Wei", "中国"},
		}},
		{"a table without colons, several on a line apart by spaces", "委员会选出下列主席团成员：\n主席 Lena Berg（瑞典）\n副主席 Tomás Ortiz（智利）  Kofi Boateng（加纳）\n报告员\tMarta Nowak（波兰）", []officer{
			{"president", "Lena Berg", "瑞典"}, {"vice-president", "Tomás Ortiz", "智利"}, {"vice-president", "Kofi Boateng", "加纳"},
			{"rapporteur", "Marta Nowak", "波兰"},
		}},
		{"a role alone on its line, two officers a line below it", "副主席：\n Lena Berg（瑞典）、Tomás Ortiz（智利）\n Kofi Boateng（加纳）、Marta Nowak（波兰）\n\n第一副主席\n\n Ion Popescu（罗马尼亚）\n报告员\n Aiko Sato（日本）", []officer{
			{"vice-president", "Lena Berg", "瑞典"}, {"vice-president", "Tomás Ortiz", "智利"}, {"vice-president", "Kofi Boateng", "加纳"},
			{"vice-president", "Marta Nowak", "波兰"}, {"vice-president", "Ion Popescu", "罗马尼亚"}, {"rapporteur", "Aiko Sato", "日本"},
		}},
		{"a role without a colon, joined to the name the line below held", "主席Lena Berg（瑞典）\n副主席Tomás Ortiz（智利）Kofi Boateng（加纳）", []officer{
			{"president", "Lena Berg", "瑞典"}, {"vice-president", "Tomás Ortiz", "智利"}, {"vice-president", "Kofi Boateng", "加纳"},
		}},
		{"without a colon, a bracket that holds no State names no officer", "主席 Lena Berg（代理）\n报告员 Aiko Sato（日本）", []officer{
			{"rapporteur", "Aiko Sato", "日本"},
		}},
		{"without a colon, prose that opens with an office is no list", "主席 Lena Berg（瑞典）宣布会议开幕。", nil},
		{"a blank line after a list ends it", "报告员：Aiko Sato（日本）\n\nLena Berg（瑞典）", []officer{
			{"rapporteur", "Aiko Sato", "日本"},
		}},
		{"the start of a name, then a role, is dropped", "副主席：Ana Silva（巴西） Jan\n报告员：Li Wei（中国）", []officer{
			{"vice-president", "Ana Silva", "巴西"}, {"rapporteur", "Li Wei", "中国"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, findBureau(tc.text), cmp.AllowUnexported(officer{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestBureauRoleMatch holds which lines open a list of officers' role: with a colon always,
// without one only where the role stands alone or officers alone follow it.
func TestBureauRoleMatch(t *testing.T) {
	for _, tc := range []struct {
		line, want string
	}{
		{"主席：Lena Berg（瑞典）", "主席"},
		{"副主席：", "副主席"},
		{"报告员", "报告员"},
		{"第二副主席 Tomás Ortiz（智利）", "第二副主席"},
		{"共同主席 Lena Berg（瑞典）和 Aiko Sato（日本）", "共同主席"},
		{"主席 Lena Berg（瑞典）宣布会议开幕。", ""},
		{"主席团成员：", ""},
		{"主席的提议（见附件）", ""},
		{"主席 Lena Berg（会议秘书）", ""},
		{"副主席李明（新加坡）", "副主席"}, // "副主席⏎李明（新加坡）", joined
		{"报告员王伟（中国）、Ana Silva（巴西）", "报告员"},
		{"主席王伟（中国）宣布会议开幕。", ""},
		{"主席宣布会议开幕。", ""},
		{"主席团成员如下", ""},
	} {
		got := ""
		if m := bureauRoleMatch(tc.line); m != nil {
			got = m[1]
		}
		if got != tc.want {
			t.Errorf("bureauRoleMatch(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestWhoPresided(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []officer
	}{
		{"the session, by its president named with the office", "3. 第三十届会议由委员会主席 Ana Silva（巴西）主持。", []officer{
			{"president", "Ana Silva", "巴西"},
		}},
		{"a resumed session, by a vice-president", "续会由副主席 Jan Novák（捷克）主持。", []officer{
			{"vice-president", "Jan Novák", "捷克"},
		}},
		{"the meeting, by two together, a name and a State wrapped", "两个工作组举行了联席会议。甲工作组主席 Omar\nKhalil（埃及）和乙工作组主席 Li Wei（中\n国）共同主持了会议。", []officer{
			{"co-chair", "Omar Khalil", "埃及"}, {"co-chair", "Li Wei", "中国"},
		}},
		{"a panel: delegates, no officers of the session", "小组讨论由 Ana Silva（巴西）主持。", []officer{
			{"", "Ana Silva", "巴西"},
		}},
		{"a group's meetings in the session: delegates only", "全体委员会举行了 3 次会议，由 Hae-young Lee（大韩民国）和 Jan Ferenc（斯洛伐克）主持。", []officer{
			{"", "Hae-young Lee", "大韩民国"}, {"", "Jan Ferenc", "斯洛伐克"},
		}},
		{"the reconvened part (复会), by the session's president", "7. 复会由第三十二届会议主席 Lena Berg（瑞典）主持。", []officer{
			{"president", "Lena Berg", "瑞典"},
		}},
		{"the first part of a session", "会议第一部分由委员会主席 Tomás Ortiz（智利）主持。", []officer{
			{"president", "Tomás Ortiz", "智利"},
		}},
		{"the session as the object, a part named after the verb", "委员会副主席 Kofi Boateng（加纳）主持了续会。", []officer{
			{"vice-president", "Kofi Boateng", "加纳"},
		}},
		{"a joint meeting, co-chaired, the office of each before its name", "联席会议由甲工作组主席 Lena Berg（瑞典）和乙工作组主席\nAiko Sato（日本）共同主持。", []officer{
			{"co-chair", "Lena Berg", "瑞典"}, {"co-chair", "Aiko Sato", "日本"},
		}},
		{"co-chairs as subject, the joint meeting as object", "Lena Berg（瑞典）和 Aiko Sato（日本）共同主持了联席会议。", []officer{
			{"co-chair", "Lena Berg", "瑞典"}, {"co-chair", "Aiko Sato", "日本"},
		}},
		{"two who presided over the session, counted after, without 共同", "本届会议由 Lena Berg（瑞典）和 Aiko Sato（日本）两位主席主持。", []officer{
			{"co-chair", "Lena Berg", "瑞典"}, {"co-chair", "Aiko Sato", "日本"},
		}},
		{"co-chairs by their office, without 共同", "续会由共同主席 Lena Berg（瑞典）和 Aiko Sato（日本）主持。", []officer{
			{"co-chair", "Lena Berg", "瑞典"}, {"co-chair", "Aiko Sato", "日本"},
		}},
		{"who presided named after the verb and the session", "主持复会的是委员会主席 Lena Berg（瑞典）。", []officer{
			{"president", "Lena Berg", "瑞典"},
		}},
		{"co-chairs named after the verb and the joint meeting", "共同主持联席会议的为 Lena Berg（瑞典）和乙工作组主席 Aiko Sato（日本）。", []officer{
			{"co-chair", "Lena Berg", "瑞典"}, {"co-chair", "Aiko Sato", "日本"},
		}},
		{"named after the verb, a panel: a delegate", "主持专题讨论的是 Lena Berg（瑞典）。", []officer{
			{"", "Lena Berg", "瑞典"},
		}},
		{"a group's meeting, named by the group alone, in its report", "工作组会议由 Lena Berg（瑞典）主持。", []officer{
			{"president", "Lena Berg", "瑞典"},
		}},
		{"an expert group's meeting likewise, with the office", "2. 专家组会议由主席 Aiko Sato（日本）主持。", []officer{
			{"president", "Aiko Sato", "日本"},
		}},
		{"a panel of a group is no session", "工作组小组讨论由 Lena Berg（瑞典）主持。", []officer{
			{"", "Lena Berg", "瑞典"},
		}},
		{"a meeting of the session is no part of it", "第 3 次会议由 Lena Berg（瑞典）主持。", []officer{
			{"", "Lena Berg", "瑞典"},
		}},
		{"a bracket that holds no State names no delegate", "会议由 Ana Silva（代理）主持。", nil},
		{"presiding, no person named", "会议由主席主持。", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, findBureau(tc.text), cmp.AllowUnexported(officer{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

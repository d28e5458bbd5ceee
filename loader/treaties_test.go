package loader

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"copgraph/kg"
)

func TestPublicationRules(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []publication
	}{
		{"one volume", "联合国，《条约汇编》，第 2225 卷，第 39574 号。",
			[]publication{{role: "treaty_series", volume: "2225", number: "39574"}}},
		{"several volumes, compact", "联合国，《条约汇编》，第2225、2237、2241和2326卷，第39574号。",
			[]publication{{role: "treaty_series", volume: "2225, 2237, 2241, 2326", number: "39574"}}},
		{"ibid. with volumes", "同上，第 2237、2241 和 2326 卷，第 39574 号。",
			[]publication{{role: "treaty_series", volume: "2237, 2241, 2326", number: "39574"}}},
		{"another treaty", "联合国，《条约汇编》，第 1582 卷，第 27627 号。",
			[]publication{{role: "treaty_series", volume: "1582", number: "27627"}}},
		{"a sales number", "联合国出版物，出售品编号：E.11.V.9。",
			[]publication{{role: "sales_number", salesNumber: "E.11.V.9"}}},
		{"a sales number with spaces and a letter", "联合国出版物，出售品编号: E. 05. IV. 5a",
			[]publication{{role: "sales_number", salesNumber: "E.05.IV.5a"}}},
		{"a document symbol is no publication", "CTOC/COP/WG.4/2011/8，第 46-51 段。", nil},
		{"ibid. without volumes", "同上。", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findPublications(tc.text)
			for i, p := range got {
				if rs := []rune(tc.text); p.start < 0 || p.end > len(rs) || string(rs[p.start:p.end]) != p.quote {
					t.Errorf("quote %q is not at [%d, %d)", p.quote, p.start, p.end)
				}
				got[i].start, got[i].end, got[i].quote = 0, 0, ""
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(publication{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestCitedInstrument(t *testing.T) {
	for _, tc := range []struct {
		name, text, marker, want string
	}{
		{"a known instrument right before the marker", "注意到《枪支议定书》", "", "inst:firearms-protocol"},
		{"a convention with its protocols", "强调《联合国打击跨国有组织犯罪公约》及其各项议定书", "", "inst:untoc"},
		{"an instrument the lexicon lacks, by its title", "回顾《联合国禁止非法贩运麻醉药品和精神药物公约》", "", "inst:联合国禁止非法贩运麻醉药品和精神药物公约"},
		{"an instrument far from the marker is not cited", "《枪支议定书》的执行情况和其他事项", "", ""},
		{"a publication is no instrument", "见《2018 年全球人口贩运问题报告》", "", ""},
		{"an article between the instrument and the marker", "《偷运移民议定书》第 16 条", "", "inst:smuggling-protocol"},
		{"an article and its paragraph, an instrument the lexicon lacks", "《联合国禁止非法贩运麻醉药品和精神药物公约》第 5 条第 4 款", "", "inst:联合国禁止非法贩运麻醉药品和精神药物公约"},
		{"an article of nothing named", "按照第 12 条", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, ok := citedInstrument(tc.text, utf8.RuneCountInString(tc.text), findEntities(tc.text))
			if got := map[bool]string{true: n.ID}[ok]; got != tc.want {
				t.Errorf("cited %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTextRole(t *testing.T) {
	for text, want := range map[string]string{
		"9. 与会者名单载于 ":             "participants_list",
		"与会者名单见 ":                 "participants_list",
		"[根据预防犯罪和刑事司法委员会的建议（":     "committee_report",
		"秘书处宣读了所涉方案预算问题的说明（":      "financial_implications",
		"缔约方会议收到了下列文件：秘书处的说明（":    "text",
		"与会者名单载于某文件。缔约方会议还收到了说明（": "text",
	} {
		if got := textRole(text, utf8.RuneCountInString(text)); got != want {
			t.Errorf("textRole(%q) = %q, want %q", text, got, want)
		}
	}
}

func FuzzNarrativeRules(f *testing.F) {
	f.Add("联合国，《条约汇编》，第 2225、2237 和 2326 卷，第 39574 号。")
	f.Add("联合国出版物，出售品编号：E.11.V.9。")
	f.Add("4. 作开幕发言的有：斯洛文尼亚总统、智利代表（代表 77 国集团和中国）和萨尔瓦多代表。发言的还有欧洲联盟代表。")
	f.Add("泰国和日本这两个签署国的观察员也作了发言。")
	f.Add("回顾缔约方会议在其第 5/3 号决议中设立了一个偷运移民问题不限成员名额政府间临时工作组，并决定人口贩运问题工作组的任务授权应予续延；见 A/RES/55/25。")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		rs := []rune(text)
		for _, p := range findPublications(text) {
			if p.start < 0 || p.end > len(rs) || p.start > p.end || string(rs[p.start:p.end]) != p.quote {
				t.Fatalf("publication %+v does not match the text", p)
			}
		}
		for _, sp := range findSpeakers(text) {
			if sp.start < 0 || sp.end > len(text) || sp.start > sp.end || sp.name == "" {
				t.Fatalf("speaker %+v is not in the text", sp)
			}
			speakerNode(sp)
		}
		named := findEntities(text)
		citedInstrument(text, len(rs), named)
		refs := append(findActRefs(text, "COP"), symbolRefs(text, "")...)
		for _, g := range findGroupActs(text, named, refs, kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "7/1"}) {
			if g.start < 0 || g.end > len(rs) || g.start > g.end || string(rs[g.start:g.end]) != g.quote {
				t.Fatalf("group act %+v does not match the text", g)
			}
		}
	})
}

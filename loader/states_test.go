package loader

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode"

	"copgraph/kg"

	"github.com/google/go-cmp/cmp"
)

func TestLookupState(t *testing.T) {
	for _, tc := range []struct {
		name, want string // want is the code, "" for no State
	}{
		{"美利坚合众国", "usa"},
		{"美国", "usa"},
		{" 美国　", "usa"}, // an ideographic space is a space too
		{"大不列颠及北爱尔兰联合王国", "gbr"},
		{"英国", "gbr"},
		{"俄罗斯联邦", "rus"},
		{"俄罗斯", "rus"},
		{"委内瑞拉玻利瓦尔共和国", "ven"},
		{"多民族玻利维亚国", "bol"},
		{"玻利维亚", "bol"},
		{"伊朗伊斯兰共和国", "irn"},
		{"大韩民国", "kor"},
		{"韩国", "kor"},
		{"朝鲜民主主义人民共和国", "prk"},
		{"朝鲜", "prk"},
		{"摩尔多瓦", "mda"},
		{"前南斯拉夫的马其顿共和国", "mkd"},
		{"北马其顿", "mkd"},
		{"罗马教廷", "vat"},
		{"梵蒂冈", "vat"},
		{"巴勒斯坦国", "pse"},
		{"欧洲联盟", ""}, // no State: the entity lexicon has it
		{"欧盟", ""},
		{"发展中国", ""}, // a word that hides a State is no State
		{"美国的", ""},
		{"", ""},
		{"\xff", ""},
	} {
		st, ok := lookupState(tc.name)
		got := ""
		if ok {
			got = st.code
		}
		if got != tc.want {
			t.Errorf("lookupState(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestStateNode(t *testing.T) {
	st, _ := lookupState("美国")
	n := stateNode(st)
	if n.ID != "state:usa" || n.Properties.Get(kg.PropName) != "美利坚合众国" || n.Properties.Get(kg.PropNameEn) != "United States of America" {
		t.Errorf("stateNode(usa) = %+v", n)
	}
	if diff := cmp.Diff([]string{"美利坚合众国", "美国"}, n.Properties.Get(kg.PropAliases)); diff != "" {
		t.Errorf("aliases (-want +got):\n%s", diff)
	}
}

func TestFindStates(t *testing.T) {
	type found struct{ Form, Code string }
	for _, tc := range []struct {
		name string
		text string
		want []found
	}{
		{"a list of speakers", "挪威、阿根廷、厄瓜多尔和墨西哥的代表作了发言",
			[]found{{"挪威", "nor"}, {"阿根廷", "arg"}, {"厄瓜多尔", "ecu"}, {"墨西哥", "mex"}}},
		{"official names", "俄罗斯联邦、委内瑞拉玻利瓦尔共和国、罗马教廷和贝宁。会议还听取了下列签署国的观察员的发言：泰国、伊朗伊斯兰共和国、日本和大韩民国。",
			[]found{{"俄罗斯联邦", "rus"}, {"委内瑞拉玻利瓦尔共和国", "ven"}, {"罗马教廷", "vat"}, {"贝宁", "ben"},
				{"泰国", "tha"}, {"伊朗伊斯兰共和国", "irn"}, {"日本", "jpn"}, {"大韩民国", "kor"}}},
		{"Congo", "刚果民主共和国和刚果", []found{{"刚果民主共和国", "cod"}, {"刚果", "cog"}}},
		{"Dominican Republic, Dominica", "多米尼加共和国、多米尼克和多米尼加",
			[]found{{"多米尼加共和国", "dom"}, {"多米尼克", "dma"}, {"多米尼加", "dom"}}},
		{"Guineas", "几内亚比绍、赤道几内亚、巴布亚新几内亚和几内亚",
			[]found{{"几内亚比绍", "gnb"}, {"赤道几内亚", "gnq"}, {"巴布亚新几内亚", "png"}, {"几内亚", "gin"}}},
		{"Nigeria, Niger", "尼日利亚和尼日尔", []found{{"尼日利亚", "nga"}, {"尼日尔", "ner"}}},
		{"Sudans", "南苏丹和苏丹", []found{{"南苏丹", "ssd"}, {"苏丹", "sdn"}}},
		{"a name before 的", "美国的代表", []found{{"美国", "usa"}}},
		{"a name holding 和", "特立尼达和多巴哥和多哥", []found{{"特立尼达和多巴哥", "tto"}, {"多哥", "tgo"}}},
		{"a name holding another", "大不列颠及北爱尔兰联合王国和爱尔兰", []found{{"大不列颠及北爱尔兰联合王国", "gbr"}, {"爱尔兰", "irl"}}},
		{"a name holding 的", "前南斯拉夫的马其顿共和国和马其顿", []found{{"前南斯拉夫的马其顿共和国", "mkd"}, {"马其顿", "mkd"}}},
		{"a longer name that starts later wins", "参加纳米比亚会议", []found{{"纳米比亚", "nam"}}},
		{"developing countries are no China", "发展中国家和中国", []found{{"中国", "chn"}}},
		{"Latin America is no United States", "拉美国家和美国", []found{{"美国", "usa"}}},
		{"international cooperation is no France", "执法国际合作和司法国际合作，法国", []found{{"法国", "fra"}}},
		{"coastal areas are no Haiti", "沿海地区和海地", []found{{"海地", "hti"}}},
		{"the Order of Malta is no Malta", "马耳他主权军事教团的观察员和马耳他代表", []found{{"马耳他", "mlt"}}},
		{"no State", "缔约方会议通过了本决议。欧洲联盟的代表作了发言。", nil},
		{"empty", "", nil},
		{"invalid UTF-8 around a name", "\xff美国\xe4\xb8", []found{{"美国", "usa"}}},
		{"a name cut short", "美利坚合众", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []found
			for _, m := range findStates(tc.text) {
				got = append(got, found{tc.text[m.start:m.end], m.state.code})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("findStates(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestStateTable checks the table: every Member State and observer State once, each
// with a well-formed code, and no form that names two States.
func TestStateTable(t *testing.T) {
	if len(stateNames) != 195 {
		t.Errorf("%d States, want 193 Member States and 2 observer States", len(stateNames))
	}
	codes := map[string]bool{}
	en := map[string]bool{}
	forms := map[string]string{}
	for _, st := range stateNames {
		if len(st.code) != 3 || !isLowerASCII(st.code) {
			t.Errorf("code %q is not 3 lowercase letters", st.code)
		}
		if codes[st.code] {
			t.Errorf("code %q is used twice", st.code)
		}
		codes[st.code] = true
		if st.nameEn == "" || en[st.nameEn] {
			t.Errorf("%s: English name %q is empty or used twice", st.code, st.nameEn)
		}
		en[st.nameEn] = true
		for _, f := range append([]string{st.nameZh}, st.aliases...) {
			if other, ok := forms[f]; ok {
				t.Errorf("form %q names both %s and %s", f, other, st.code)
			}
			forms[f] = st.code
			if !isHan(f) {
				t.Errorf("%s: form %q is not all Chinese characters, as the scan assumes", st.code, f)
			}
		}
	}
	for _, w := range notStates {
		if code, ok := forms[w]; ok {
			t.Errorf("%q is both a form of %s and a word that names no State", w, code)
		}
		if !isHan(w) {
			t.Errorf("word %q is not all Chinese characters", w)
		}
		if !holdsForm(w, forms) {
			t.Errorf("word %q holds no State's form, so it is not needed", w)
		}
	}
	if _, ok := forms["欧洲联盟"]; ok {
		t.Errorf("the European Union is in the table of States")
	}
}

// holdsForm reports whether w holds one of forms.
func holdsForm(w string, forms map[string]string) bool {
	for f := range forms {
		if strings.Contains(w, f) {
			return true
		}
	}
	return false
}

func isLowerASCII(s string) bool {
	for _, c := range []byte(s) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// FuzzFindStates checks that no input makes findStates panic, and that what it finds is
// in the text, in order, and a form of the State it names.
func FuzzFindStates(f *testing.F) {
	seeds(f)
	f.Add([]byte("挪威、阿根廷、厄瓜多尔和墨西哥的代表作了发言"))
	f.Add([]byte("刚果民主共和国、几内亚比绍、巴布亚新几内亚、参加纳米比亚、发展中国家"))
	f.Add([]byte("\xe7\xbe\x8e\xe5\x9b")) // 美 and half of 国
	f.Fuzz(func(t *testing.T, data []byte) {
		text := string(data)
		last := 0
		for _, m := range findStates(text) {
			if m.start < last || m.end <= m.start || m.end > len(text) {
				t.Fatalf("mention [%d, %d) after %d in a text of %d bytes", m.start, m.end, last, len(text))
			}
			last = m.end
			if st, ok := lookupState(text[m.start:m.end]); !ok || st != m.state {
				t.Fatalf("%q is no form of %s", text[m.start:m.end], m.state.code)
			}
		}
	})
}

// BenchmarkFindStates measures the scan's throughput on the corpus; the loader's target
// is 50 MB/s for the whole parse.
func BenchmarkFindStates(b *testing.B) {
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		b.Fatal(err)
	}
	text := string(bytes.Repeat(data, 10))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		findStates(text)
	}
}

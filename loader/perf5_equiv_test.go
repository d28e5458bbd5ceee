package loader

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"copgraph/kg"
)

// The gates and scans that stand in for the rules' plain searches must find what those
// find. These tests compare each with the search it replaces, as that was written: on the
// paragraphs of the corpus and of the family's documents at hand, and on texts made at
// random of the words the rules read.

// familyTexts returns the texts of the paragraphs, narrative and acts, of the corpus and of
// the documents of testdata.
func familyTexts(t *testing.T) []string {
	t.Helper()
	files := []string{corpusPath}
	more, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	files = append(files, more...)
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := Decode(data)
		if err != nil {
			continue
		}
		for p := range allParagraphs(segmentText(text)) {
			out = append(out, p.text)
		}
	}
	return out
}

// nearText returns a text near the one the pieces of template make: each piece kept, left
// out, or replaced by a word of words, and words put between them, at random.
func nearText(r *rand.Rand, template, words []string) string {
	var b strings.Builder
	for _, p := range template {
		switch r.IntN(12) {
		case 0:
		case 1:
			b.WriteString(words[r.IntN(len(words))])
		case 2:
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(p)
		default:
			b.WriteString(p)
		}
	}
	return b.String()
}

func TestFindDraftsOfActsAsPlain(t *testing.T) {
	words := []string{"第", "第 ", "11/1", "29/1", " ", "号", "决议", "决定", "的", "订正", "草案", "决议草案", "（", "）",
		"CTOC/COP/2022/L.4", "E/CN.15/2020/L.3", "，", "该草案", "由", "秘鲁", "和", "法国", "提交", "。", "x"}
	r := rand.New(rand.NewPCG(5, 1))
	texts := familyTexts(t)
	template := []string{"在", "第 ", "11/1", " ", "号", "决议", "的", "订正", "决议", "草案", "（", "CTOC/COP/2022/L.4", "）",
		"，", "该草案", "由", "秘鲁", "和", "法国", "提交", "。"}
	for k := range 100000 {
		if k%2 == 0 {
			texts = append(texts, randomText(r, words, 1+r.IntN(30)))
		} else {
			texts = append(texts, randomText(r, words, r.IntN(5))+nearText(r, template, words)+randomText(r, words, r.IntN(5)))
		}
	}
	found := 0
	for _, text := range texts {
		got, want := findDraftsOfActs(text, kg.BodyCOP), draftsOfActsIn(text, kg.BodyCOP)
		found += len(want)
		if !slices.Equal(got, want) {
			t.Fatalf("findDraftsOfActs(%q) = %v, want %v", text, got, want)
		}
	}
	t.Logf("%d drafts", found)
}

// withBodiesPlain is withBodies as it was written, with a search for each body's name.
func withBodiesPlain(s string, ms []entityMention) []entityMention {
	if !contains(s, "会") { // every body's name holds 会
		return ms
	}
	for _, bn := range bodyNames {
		for from := 0; ; {
			i := index(s[from:], bn.name)
			if i < 0 {
				break
			}
			at, end := from+i, from+i+len(bn.name)
			from = end
			actor := bodyActor(bn.body)
			if p := bodyPresident(s, end); p > end {
				actor, end = presidentOf(bn.body), p
			} else if end < len(s) && !hasAnyPrefix(s[end:], bodyFollowers) {
				continue
			}
			if slices.ContainsFunc(ms, func(m entityMention) bool {
				return m.startByte < end && at < m.endByte && (m.startByte < at || m.endByte > end)
			}) {
				continue // a longer name, or another body's overlapping this one
			}
			ms = slices.DeleteFunc(ms, func(m entityMention) bool { return at <= m.startByte && m.endByte <= end })
			k := 0
			for k < len(ms) && ms[k].startByte < at {
				k++
			}
			if k > 0 && ms[k-1].endByte == at && ms[k-1].ent.labels[0] == kg.LabelInstrument {
				k--
				at = ms[k].startByte
				ms = slices.Delete(ms, k, k+1)
			}
			ms = slices.Insert(ms, k, entityMention{ent: actor, startByte: at, endByte: end, quote: s[at:end]})
		}
	}
	return ms
}

func TestBodyNamesHoldHui(t *testing.T) {
	for _, bn := range bodyNames {
		if !strings.Contains(bn.name, "会") {
			t.Errorf("%s holds no 会: withBodies finds a name where its 会 stands", bn.name)
		}
		for n := 1; n < len(bn.name); n++ {
			if strings.HasPrefix(bn.name, bn.name[len(bn.name)-n:]) {
				t.Errorf("%s overlaps itself: withBodies would find it where a search from the end of the last did not", bn.name)
			}
		}
	}
}

func TestWithBodiesAsPlain(t *testing.T) {
	words := []string{"联合国反腐败公约缔约国会议", "预防犯罪和刑事司法委员会", "经济及社会理事会", "麻醉药品委员会", "缔约国会议",
		"经社理事会", "安全理事会", "人权理事会", "联合国大会", "缔约方会议", "安理会", "大会", "会", "会议", "委员会", "理事会",
		"《联合国打击跨国有组织犯罪公约》", "《公约》", "缔约国", "会员国", "秘书处", "主席团", "缔约方会议主席团", "国家",
		"核可", "通过", "注意", "作为", "于", "继续", "提供", "审议", "与", "和", "及", "、", "以及", "，", "的", "各", "x", " "}
	r := rand.New(rand.NewPCG(5, 2))
	texts := familyTexts(t)
	for range 100000 {
		texts = append(texts, randomText(r, words, 1+r.IntN(12)))
	}
	found := 0
	for _, s := range texts {
		for _, body := range []kg.Body{"", kg.BodyCOSP} {
			named := withStates(s, findEntitiesOf(s, body))
			got, want := withBodies(s, slices.Clone(named)), withBodiesPlain(s, slices.Clone(named))
			found += len(want) - len(named)
			if !slices.Equal(got, want) {
				t.Fatalf("withBodies(%q) = %v, want %v", s, got, want)
			}
		}
	}
	t.Logf("%d entities more", found)
}

// suggestedActionAtPlain is suggestedActionAt as it was written, with a search of the whole
// text for each word.
func suggestedActionAtPlain(text string) int {
	for _, w := range mayWish {
		for from := 0; ; {
			k := index(text[from:], w)
			if k < 0 {
				break
			}
			at, end := from+k, from+k+len(w)
			from = end
			tail := text[end:min(len(text), end+30)] // up to ten characters to the colon
			c := strings.IndexAny(tail, "：:。；，\n")
			if c < 0 || colonAt(tail, c) == 0 {
				continue
			}
			sentence := text[:at]
			if k := lastIndex(sentence, "。"); k >= 0 {
				sentence = sentence[k:]
			}
			if subjectOnly(clauseOf(sentence)) && !namesSpeakers(sentence) {
				return end + c + colonAt(tail, c)
			}
		}
	}
	return -1
}

func TestSuggestedActionAtAsPlain(t *testing.T) {
	words := []string{"缔约方会议", "委员会", "工作组", "枪支问题工作组", "还", "也", "似宜", "不妨", "可能希望", "可以考虑", "可考虑",
		"考虑", "采取下列行动", "审议下列建议并", "：", ":", "。", "；", "，", "\n", " ", "一些发言者认为", "代表", "x", "文", "1.", "(a)", "请秘书处"}
	r := rand.New(rand.NewPCG(5, 3))
	texts := familyTexts(t)
	for range 200000 {
		texts = append(texts, randomText(r, words, 1+r.IntN(16)))
	}
	found := 0
	for _, s := range texts {
		got, want := suggestedActionAt(s), suggestedActionAtPlain(s)
		if want >= 0 {
			found++
		}
		if got != want {
			t.Fatalf("suggestedActionAt(%q) = %d, want %d", s, got, want)
		}
	}
	t.Logf("%d found", found)
}

func TestMayPartSpeakersAsContains(t *testing.T) {
	words := []string{"：", ":", "；", ";", "以及", "以", "及", "、", "，", "（", "）", "国", "会", "日本", "x", " "}
	r := rand.New(rand.NewPCG(5, 5))
	texts := familyTexts(t)
	for range 50000 {
		texts = append(texts, randomText(r, words, r.IntN(10)))
	}
	for _, s := range texts {
		want := strings.Contains(s, "：") || strings.Contains(s, ":") || strings.Contains(s, "；") || strings.Contains(s, ";") || strings.Contains(s, "以及")
		if got := mayPartSpeakers(s); got != want {
			t.Fatalf("mayPartSpeakers(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIndexPartEndAsIndexAny(t *testing.T) {
	words := []string{"：", ":", "；", ";", "\n", "以及", "、", "，", "（", "）", "国", "会", "日本", "x", " "}
	r := rand.New(rand.NewPCG(5, 6))
	texts := familyTexts(t)
	for range 50000 {
		texts = append(texts, randomText(r, words, r.IntN(10)))
	}
	for _, s := range texts {
		if got, want := indexPartEnd(s), strings.IndexAny(s, "\n;；"); got != want {
			t.Fatalf("indexPartEnd(%q) = %d, want %d", s, got, want)
		}
	}
}

// appendListPartsPlain is appendListParts as it was written, which tried each case at every byte.
func appendListPartsPlain(out []speakerGroup, list string, from, to int, cat listCategory) []speakerGroup {
	s := list[from:to]
	if trimSpace(s) == "" {
		return out
	}
	first := skipRESpaces(s, 0)
	vertical := first > 0 && contains(s[:first], "\n") && !holdsListMark(s) && namesLines(s)
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' || c == 0xEF && strings.HasPrefix(s[i:], "（"):
			depth++
		case (c == ')' || c == 0xEF && strings.HasPrefix(s[i:], "）")) && depth > 0:
			depth--
		case depth > 0:
		case vertical && c == '\n':
			out = appendGroup(out, from+start, from+i, cat, list)
			start = i + 1
		case !vertical && c == ';':
			out = appendGroup(out, from+start, from+i, cat, list)
			start = i + 1
		case !vertical && strings.HasPrefix(s[i:], "；"):
			out = appendGroup(out, from+start, from+i, cat, list)
			start = i + len("；")
		case !vertical && strings.HasPrefix(s[i:], "以及") && !spokeForAt(s[start:i]):
			out = appendGroup(out, from+start, from+i, cat, list)
			start = i + len("以及")
		case c == 0xE4 && strings.HasPrefix(s[i:], "代表") && opensName(s[start:i]):
			if n, _ := behalfPrefix(s[i:]); n > 0 {
				i += n - 1 // whom the next name spoke for: no mark in it parts the list
			}
		}
	}
	return appendGroup(out, from+start, from+len(s), cat, list)
}

func TestSpeakerGroupsAsPlain(t *testing.T) {
	words := []string{"：", ":", "；", ";", "\n", "以及", "、", "，", "（", "）", "(", ")", "国", "日本", "中国", "代表", "代表欧洲联盟发言的",
		"缔约国：", "签署国：", "观察员：", "x", " ", "和", "及"}
	r := rand.New(rand.NewPCG(5, 7))
	texts := familyTexts(t)
	for range 50000 {
		texts = append(texts, randomText(r, words, r.IntN(16)))
	}
	for _, s := range texts {
		for _, cat := range []listCategory{{}, {state: true}} {
			got, want := appendListParts(nil, s, 0, len(s), cat), appendListPartsPlain(nil, s, 0, len(s), cat)
			if !slices.Equal(got, want) {
				t.Fatalf("appendListParts(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// pastLeadsPlain is pastLeads as it was written, with strings.HasPrefix.
func pastLeadsPlain(c string, skip int) int {
	for again := true; again && clauseLeadOpeners.mayOpen(c[skip:]); {
		again = false
		for _, w := range clauseLead {
			if strings.HasPrefix(c[skip:], w) {
				skip += len(w)
				again = true
			}
		}
	}
	return skip
}

func TestPastLeadsAsPlain(t *testing.T) {
	words := append(slices.Clone(clauseLead), "请", "在", "为", "x", "同", "再", " ", "并且还")
	for _, w := range clauseLead {
		if len(w) < 3 {
			t.Fatalf("clause lead %q is shorter than a character: pastLeads reads its third byte", w)
		}
	}
	r := rand.New(rand.NewPCG(5, 8))
	for range 100000 {
		c := randomText(r, words, r.IntN(6))
		skip := 0
		if len(c) > 0 && r.IntN(3) == 0 {
			skip = r.IntN(len(c))
			for skip > 0 && !utf8.RuneStart(c[skip]) {
				skip--
			}
		}
		if got, want := pastLeads(c, skip), pastLeadsPlain(c, skip); got != want {
			t.Fatalf("pastLeads(%q, %d) = %d, want %d", c, skip, got, want)
		}
	}
}

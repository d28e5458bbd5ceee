package loader

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

// findEntitiesBySearch is findEntities as its rules read, for the tests: each written form,
// longest first, claims its occurrences from left to right where the text is free, as
// strings.Index finds them, but where a word of notNames that opens with it stands; then
// groupRE claims the groups of the whole text.
func findEntitiesBySearch(text string) []entityMention { return findEntitiesBySearchOf(text, "") }

// findEntitiesBySearchOf is findEntitiesOf as its rules read: findEntitiesBySearch, with the
// forms of body's own as well.
func findEntitiesBySearchOf(text string, body kg.Body) []entityMention {
	taken := make([]bool, len(text))
	var out []entityMention
	add := func(ent *entity, s, e int) {
		out = append(out, entityMention{ent: ent, start: runeLen(text[:s]), end: runeLen(text[:e]), quote: text[s:e], startByte: s, endByte: e})
	}
	for _, sf := range surfaces {
		if sf.body != "" && sf.body != body {
			continue
		}
		for from := 0; ; {
			i := strings.Index(text[from:], sf.form)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(sf.form)
			if slices.ContainsFunc(notNames, func(w string) bool { return len(w) > len(sf.form) && strings.HasPrefix(text[s:], w) }) {
				from = e // the forms notNames open with overlap no occurrence of themselves
				continue
			}
			if claim(taken, s, e) {
				add(sf.ent, s, e)
			}
			from = e
		}
	}
	for _, m := range groupRE.FindAllStringSubmatchIndex(text, -1) {
		topic := text[m[2]:m[3]]
		if i := strings.LastIndexAny(topic, groupTopicStop); i >= 0 {
			_, size := utf8.DecodeRuneInString(topic[i:])
			topic = topic[i+size:]
		}
		for again := true; again; {
			again = false
			for _, q := range groupQualifiers {
				if t, ok := strings.CutPrefix(topic, q); ok && utf8.RuneCountInString(t) >= 2 {
					topic, again = t, true
				}
			}
		}
		if utf8.RuneCountInString(topic) < 2 {
			continue
		}
		s := m[3] - len(topic)
		ent := groupTopics[topic]
		if ent == nil {
			key := strings.Replace(text[s:m[1]], "问题的", "问题", 1)
			ent = &entity{id: "wg:" + key, nameZh: key}
		}
		if claim(taken, s, m[1]) {
			add(ent, s, m[1])
		}
	}
	slices.SortFunc(out, func(a, b entityMention) int { return a.startByte - b.startByte })
	return out
}

// sameMentions compares mentions by what they name and where; a group the lexicon lacks is
// a new entity each time, known by its id.
func sameMentions(a, b []entityMention) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.ent.id != y.ent.id || x.start != y.start || x.end != y.end || x.quote != y.quote || x.startByte != y.startByte || x.endByte != y.endByte {
			return false
		}
	}
	return true
}

// entityTexts returns texts to check findEntities on: the lines of the corpus and of the
// test documents, and runs of lines, so that long texts are among them.
func entityTexts(t *testing.T) []string {
	files, _ := filepath.Glob("testdata/*.txt")
	var out []string
	for _, f := range append(files, corpusPath) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		out = append(out, lines...)
		for i := 0; i+8 <= len(lines); i += 8 {
			out = append(out, strings.Join(lines[i:i+8], "\n"))
		}
	}
	return out
}

// TestFindEntitiesAsSearched: the one-pass scan finds what a search for each form finds.
func TestFindEntitiesAsSearched(t *testing.T) {
	n := 0
	for _, text := range entityTexts(t) {
		got, want := findEntities(text), findEntitiesBySearch(text)
		if !sameMentions(got, want) {
			t.Fatalf("findEntities(%q) =\n%v, want\n%v", text, got, want)
		}
		n += len(got)
		if got, want := findEntitiesOf(text, kg.BodyCOSP), findEntitiesBySearchOf(text, kg.BodyCOSP); !sameMentions(got, want) {
			t.Fatalf("findEntitiesOf(%q, COSP) =\n%v, want\n%v", text, got, want)
		}
	}
	if n < 100 {
		t.Fatalf("only %d mentions: the texts were not read", n)
	}
}

// FuzzFindEntitiesAsSearched checks the scan against the search on texts made of pieces of
// written forms, where forms overlap and repeat.
func FuzzFindEntitiesAsSearched(f *testing.F) {
	f.Add("请联合国毒品和犯罪问题办公室执行主任和各会员国", uint64(1))
	f.Add("《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书》枪支问题工作组", uint64(7))
	f.Add("不限成员名额技术援助问题临时政府专家工作组和请枪支问题工作组", uint64(3))
	f.Add("缔约国缔约国际组织国际和区域组织区域组织", uint64(11))
	var pieces []string
	for _, sf := range surfaces {
		rs := []rune(sf.form)
		pieces = append(pieces, sf.form, string(rs[:len(rs)/2]), string(rs[len(rs)/2:]))
	}
	pieces = append(pieces, groupWord, expertsWord, "问题", "的", "政府间", "临时", "，", "a", "é", "😀", "面")
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) {
			return
		}
		// Splice pieces of forms into the text where the seed says.
		var b strings.Builder
		for k, r := range []rune(text) {
			seed = seed*6364136223846793005 + 1442695040888963407
			if seed>>60 < 6 {
				b.WriteString(pieces[int(seed>>8)%len(pieces)])
			}
			if k%3 == 0 {
				b.WriteRune(r)
			}
		}
		s := b.String()
		if got, want := findEntities(s), findEntitiesBySearch(s); !sameMentions(got, want) {
			t.Fatalf("findEntities(%q) =\n%v, want\n%v", s, got, want)
		}
		if got, want := findEntitiesOf(s, kg.BodyCOSP), findEntitiesBySearchOf(s, kg.BodyCOSP); !sameMentions(got, want) {
			t.Fatalf("findEntitiesOf(%q, COSP) =\n%v, want\n%v", s, got, want)
		}
	})
}

// TestCJKUnifiedIdeographsAreHan: isHanRune takes the block U+4E00 to U+9FFF as Han at
// once, as the unicode tables have it.
func TestCJKUnifiedIdeographsAreHan(t *testing.T) {
	for r := rune(0x4e00); r <= 0x9fff; r++ {
		if !unicode.Is(unicode.Han, r) {
			t.Fatalf("%U is not Han", r)
		}
	}
}

// FuzzGroupMatches checks groupMatches against the expression it stands for, on texts
// made of the words of working groups' names.
func FuzzGroupMatches(f *testing.F) {
	f.Add("请网络犯罪问题的政府间专家组和不限成员名额技术援助问题临时政府专家工作组", uint64(5))
	f.Add("问题问题工作组专家组枪支问题的工作组", uint64(9))
	pieces := []string{"问题", "的", "政府专家", "不限成员名额", "政府间", "临时", "工作组", "专家组", "工作", "专家", "组", "枪支", "a", "，", "㐀", "䷀", "𠀀", "问"}
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) {
			return
		}
		var b strings.Builder
		for _, r := range text {
			seed = seed*6364136223846793005 + 1442695040888963407
			if seed>>61 < 5 {
				b.WriteString(pieces[int(seed>>8)%len(pieces)])
			} else {
				b.WriteRune(r)
			}
		}
		s := b.String()
		if got, want := groupMatches(s), groupRE.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("groupMatches(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzTreatySeriesMatches checks treatySeriesMatches against treatySeriesRE, on texts
// made of the pieces of citations.
func FuzzTreatySeriesMatches(f *testing.F) {
	f.Add("联合国，《条约汇编》，第 2225 卷，第 39574 号；《条约汇编》第2237卷，第 39574号。", uint64(3))
	f.Add("同上，第 2326 卷，第 39574 号。", uint64(1))
	f.Add("《条约汇编》 , 第2225 - 2237 和 2241\t卷 第 39574 , 号《条约汇编》第 1 卷第 2 号", uint64(0))
	pieces := []string{"《条约汇编》", "同上", "第", " ", "，", ",", "卷", "号", "2225", "、", "和", "及", "至", "-", "《", "条约汇编", "9", "\t", "\n", "\v", "\r", "\f", "　", "，第 ", " 卷，第 "}
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) {
			return
		}
		var b strings.Builder
		for _, r := range text {
			seed = seed*6364136223846793005 + 1442695040888963407
			if seed>>61 < 6 {
				b.WriteString(pieces[int(seed>>8)%len(pieces)])
			} else {
				b.WriteRune(r)
			}
		}
		s := b.String()
		if got, want := treatySeriesMatches(s), treatySeriesRE.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("treatySeriesMatches(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzTitleBefore checks titleBefore against titleBeforeRE.
func FuzzTitleBefore(f *testing.F) {
	f.Add("如《2018 年全球人口贩运问题报告》 ", uint64(1))
	pieces := []string{"《", "》", " ", "\t", "\v", "\n", "年", "a", "报告", "《联合国宪章》", "é"}
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) {
			return
		}
		var b strings.Builder
		for _, r := range text {
			seed = seed*6364136223846793005 + 1442695040888963407
			if seed>>61 < 4 {
				b.WriteString(pieces[int(seed>>8)%len(pieces)])
			} else {
				b.WriteRune(r)
			}
		}
		s := b.String()
		got, ok := titleBefore(s)
		if m := titleBeforeRE.FindStringSubmatch(s); ok != (m != nil) || ok && got != m[1] {
			t.Fatalf("titleBefore(%q) = %q, %v, want %q", s, got, ok, m)
		}
	})
}

// TestHanAtDecodes: hanAt and hanBefore tell a Chinese character as decoding it does, for
// every rune of the Basic Multilingual Plane and a few beyond.
func TestHanAtDecodes(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if r >= 0x10000 && r%7 != 0 {
			continue
		}
		s, want := string(r), 0
		if unicode.Is(unicode.Han, r) {
			want = utf8.RuneLen(r)
		}
		if got := hanAt(s + "a"); got != want {
			t.Fatalf("hanAt(%q) = %d, want %d", s, got, want)
		}
		if got := hanBefore("a" + s); got != want {
			t.Fatalf("hanBefore(%q) = %d, want %d", s, got, want)
		}
	}
}

// BenchmarkFindEntities runs findEntities over the lines of the corpus, as the loader runs
// it over paragraphs.
func BenchmarkFindEntities(b *testing.B) {
	lines := strings.Split(string(readCorpus(b)), "\n")
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			findEntities(l)
		}
	}
}

// TestUNEntitiesKnown: the UN entities and organisations the family's texts ask and hear are
// the lexicon's actors, not organisations keyed by their Chinese names.
func TestUNEntitiesKnown(t *testing.T) {
	for text, want := range map[string]string{
		"请人权事务高级专员办事处编写一份报告":   "actor:ohchr",
		"邀请国际麻醉品管制局继续与会员国合作":   "actor:incb",
		"请世界卫生组织提供协助":          "actor:who",
		"联合国妇女署代表作了发言":         "actor:un-women",
		"请联合国促进性别平等和增强妇女权能署协助": "actor:un-women",
		"世界银行和国际货币基金组织的观察员":    "actor:world-bank",
		"经济合作与发展组织代表作了发言":      "actor:oecd",
		"联合国裁军事务厅的代表":          "actor:unoda",
	} {
		ms := findEntities(text)
		if len(ms) == 0 || ms[0].ent.id != want {
			t.Errorf("findEntities(%q): %v, want %s first", text, ms, want)
		}
	}
}

package loader

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The scans below stand in for the rules' regexps, which stay their specification: each is
// compared with the regexp on the family's paragraphs and on texts made at random of the
// words the regexp reads.

func TestGroupsReferredBackAsRE(t *testing.T) {
	words := []string{"这", "该", "此", "上述", "上", "述", "两", "二", "十二", "个", "个个", "工作组", "专家组", "工作", "专家",
		"组", "审议组", "小组", "，", "。", "x", " "}
	r := rand.New(rand.NewPCG(6, 1))
	texts := familyTexts(t)
	for range 200000 {
		texts = append(texts, randomText(r, words, 1+r.IntN(20)))
	}
	found := 0
	for _, text := range texts {
		var got [][]int
		for at, end := groupsReferredBackAt(text, 0); at >= 0; at, end = groupsReferredBackAt(text, end) {
			got = append(got, []int{at, end})
		}
		want := groupsReferredBackRE.FindAllStringIndex(text, -1)
		found += len(want)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("groupsReferredBackAt(%q) = %v, want %v", text, got, want)
		}
	}
	t.Logf("%d matches", found)
}

// mayTellDecidedPlain is mayTellDecided as it was: a search for "（第" before the loop.
func mayTellDecidedPlain(text string) bool {
	if contains(text, "（第") {
		return true
	}
	for from := 0; ; {
		i := index(text[from:], "（")
		if i < 0 {
			return false
		}
		from += i + len("（")
		if bracketedRef(text, from) >= 0 {
			return true
		}
	}
}

func TestMayTellDecidedAsPlain(t *testing.T) {
	words := []string{"（", "）", "第", " ", "见", "参看", "载于", "决定", "x", "，"}
	r := rand.New(rand.NewPCG(6, 2))
	texts := familyTexts(t)
	for range 100000 {
		texts = append(texts, randomText(r, words, r.IntN(12)))
	}
	for _, text := range texts {
		if got, want := mayTellDecided(text), mayTellDecidedPlain(text); got != want {
			t.Fatalf("mayTellDecided(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestMayNameDraftOfActAsRE(t *testing.T) {
	words := []string{"第 1/1 号", "第1/2号", "决议", "决定", "的", " ", "\n", "订正", "草案", "案", "草", "（CTOC/COP/2022/L.4）",
		"以 E/CN.15/2022/L.4 号文件印发", "，由秘鲁提交", "提案", "x"}
	r := rand.New(rand.NewPCG(6, 3))
	texts := familyTexts(t)
	template := []string{"第 1/1 号", "决议", "的", " ", "\n", "订正", "决定", "草案", "（CTOC/COP/2022/L.4）", "，由秘鲁提交"}
	for range 200000 {
		texts = append(texts, randomText(r, words, r.IntN(6))+nearText(r, template, words)+randomText(r, words, r.IntN(4)))
	}
	found := 0
	for _, text := range texts {
		want := draftOfActRE.MatchString(text)
		if want {
			found++
		}
		if want && !mayNameDraftOfAct(text) {
			t.Fatalf("mayNameDraftOfAct(%q) = false, but draftOfActRE matches", text)
		}
	}
	t.Logf("%d texts match", found)
}

func TestMayEndActNumberAsRE(t *testing.T) {
	words := []string{"S-", "1", "12", "2021", "249", "/", " ", "（", "）", "(", ")", "A", "B", "H", "I", "-", "2012", "x", "决定", "。"}
	r := rand.New(rand.NewPCG(6, 4))
	texts := familyTexts(t)
	template := []string{"S-", "2021", " ", "/", " ", "249", " ", "B", "-", "C"}
	template2 := []string{"12", " ", "（", " ", "2012", " ", "）"}
	for k := range 200000 {
		switch k % 3 {
		case 0:
			texts = append(texts, randomText(r, words, 1+r.IntN(8)))
		case 1:
			texts = append(texts, nearText(r, template, words))
		default:
			texts = append(texts, nearText(r, template2, words))
		}
	}
	found := 0
	for _, text := range texts {
		if bareActHeadRE.MatchString(text) {
			found++
			if !mayEndActNumber(text) {
				t.Fatalf("mayEndActNumber(%q) = false, but bareActHeadRE matches", text)
			}
		}
	}
	t.Logf("%d texts match", found)
}

func TestIndexAsStringsIndex(t *testing.T) {
	words := []string{"成", "所", "（", "）", "第", "会议", "议", "届会议", "a", "b", "ab", "\x88", "\xbc\x88", " "}
	subs := []string{"（", "（第", "第", "届会议", "会议（", "a", "ab", "aab", "bb", "议议"}
	r := rand.New(rand.NewPCG(6, 5))
	texts := familyTexts(t)
	for range 100000 {
		texts = append(texts, randomText(r, words, r.IntN(12)))
	}
	for _, text := range texts {
		for _, sub := range subs {
			if got, want := index(text, sub), strings.Index(text, sub); got != want {
				t.Fatalf("index(%q, %q) = %d, want %d", text, sub, got, want)
			}
		}
	}
}

func TestIndexByAsStringsIndex(t *testing.T) {
	words := []string{"成", "所", "（", "）", "第", "会议", "议", "届会议", "草案", "案", "a", "b", "ab", "\x88", " "}
	subs := []string{"（", "（第", "第", "届会议", "会议（", "草案", "a", "ab", "aab", "bb", "议议"}
	r := rand.New(rand.NewPCG(6, 6))
	texts := familyTexts(t)
	for range 50000 {
		texts = append(texts, randomText(r, words, r.IntN(12)))
	}
	for _, text := range texts {
		for _, sub := range subs {
			for k := range len(sub) {
				if got, want := indexBy(text, sub, k), strings.Index(text, sub); got != want {
					t.Fatalf("indexBy(%q, %q, %d) = %d, want %d", text, sub, k, got, want)
				}
			}
		}
	}
}

func TestLastEstablishVerbAsLastIndex(t *testing.T) {
	for _, v := range establishVerbs {
		if len(v) != 2*len("立") || !strings.HasSuffix(v, "立") {
			t.Fatalf("%s is not two runes ending in 立: lastEstablishVerb would miss it", v)
		}
	}
	words := []string{"设立", "成立", "建立", "设", "成", "建", "立", "立立", "确立", "延长", "，", "工作组", "x", " "}
	r := rand.New(rand.NewPCG(6, 7))
	texts := familyTexts(t)
	for range 100000 {
		texts = append(texts, randomText(r, words, r.IntN(10)))
	}
	for _, text := range texts {
		verb, at := "", -1
		for _, v := range establishVerbs {
			if i := strings.LastIndex(text, v); i > at {
				verb, at = v, i
			}
		}
		if gv, ga := lastEstablishVerb(text); gv != verb || ga != at {
			t.Fatalf("lastEstablishVerb(%q) = %q, %d, want %q, %d", text, gv, ga, verb, at)
		}
	}
}

func TestEndsActKindAsHeadREs(t *testing.T) {
	words := []string{"第", " ", "6/1", "2021/20", "号", "决议", "决定", "缔约方会议", "经济及社会理事会", "《联合国打击跨国有组织犯罪公约》",
		"：", "标题", "。", "x"}
	r := rand.New(rand.NewPCG(6, 8))
	texts := familyTexts(t)
	template := []string{"缔约方会议", "第", " ", "6/1", " ", "号", "决议"}
	for range 100000 {
		texts = append(texts, nearText(r, template, words)+randomText(r, words, r.IntN(2)))
	}
	found := 0
	for _, text := range texts {
		if actHeadRE.MatchString(text) || bodyActHeadRE.MatchString(text) {
			found++
			if !endsActKind(text) {
				t.Fatalf("endsActKind(%q) = false, but a heading's pattern matches", text)
			}
		}
	}
	t.Logf("%d headings", found)
}

func TestMayOpenRoleLineAsREs(t *testing.T) {
	words := []string{"主席", "副主席", "报告员", "共同主席", "第", "一", "二", "四", "五", " ", "\n", ":", "：", "A", "z", "宣布",
		"（巴西）", "、", "Ana Silva", "x", "1"}
	r := rand.New(rand.NewPCG(6, 9))
	texts := familyTexts(t)
	for range 200000 {
		texts = append(texts, randomText(r, words, r.IntN(6)))
	}
	found := 0
	for _, text := range texts {
		if bureauRoleRE.MatchString(text) || bureauRoleBareRE.MatchString(text) {
			found++
			if !mayOpenRoleLine(text) {
				t.Fatalf("mayOpenRoleLine(%q) = false, but a role's pattern matches", text)
			}
		}
	}
	t.Logf("%d role lines", found)
}

package loader

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"copgraph/kg"
)

// The cursors of withOwnGroup, withBareGroups and findReportDrafts, and withEstablishedGroups's
// lookups, stand in for their readings of every mention (every symbol, every group) for
// each noun (each report, each group) found, kept below as the specification (…Plain), and
// are compared with them on the family's paragraphs and on texts made at random of the
// words they read.

func withOwnGroupPlain(text string, named []entityMention, own *entity) []entityMention {
	if names := namesGroup(named); own == nil || names {
		if !names {
			return named // no group a bare noun could stand for
		}
		return withBareGroupsPlain(text, named, own)
	}
	noun := ""
	for _, n := range ownGroupNouns {
		if strings.HasSuffix(own.nameZh, n) {
			noun = n
		}
	}
	if noun == "" || !contains(text, noun) {
		return named
	}
	runes := runeOffsets{text: text}
	out := slices.Clone(named)
	for from := 0; ; {
		i := index(text[from:], noun)
		if i < 0 {
			break
		}
		at, end := from+i, from+i+len(noun)
		from = end
		if hasAnySuffix(text[:at], notOwnGroup) {
			continue // "两个工作组" (a joint meeting's), "其他工作组": not the one
		}
		if slices.ContainsFunc(named, func(m entityMention) bool { return m.startByte < end && at < m.endByte }) {
			continue
		}
		k := 0
		for k < len(out) && out[k].startByte < at {
			k++
		}
		out = slices.Insert(out, k, entityMention{ent: own, start: runes.of(at), end: runes.of(end), quote: noun, startByte: at, endByte: end})
	}
	return out
}
func withBareGroupsPlain(text string, named []entityMention, own *entity) []entityMention {
	var out []entityMention
	for _, noun := range ownGroupNouns {
		// Only a noun some group could stand for is sought, and, outside a group's report,
		// only after the first group named: one search, not three, over less of the text.
		start := -1
		if own != nil && strings.HasSuffix(own.nameZh, noun) {
			start = 0
		}
		for _, m := range named {
			if start < 0 && m.ent.labels[0] == kg.LabelWorkingGroup && strings.HasSuffix(m.ent.nameZh, noun) {
				start = m.endByte
			}
		}
		if start < 0 {
			continue
		}
		for from := start; ; {
			i := index(text[from:], noun)
			if i < 0 {
				break
			}
			at, end := from+i, from+i+len(noun)
			from = end
			before := strings.TrimRight(text[:at], " \n")
			if b, ok := strings.CutSuffix(before, "该"); ok {
				at = len(b) // "该专家组" names the group again wherever it stands
			} else if before != "" && !hasAnySuffix(before, bareGroupAfter) {
				continue
			}
			if slices.ContainsFunc(named, func(m entityMention) bool { return m.startByte < end && at < m.endByte }) {
				continue
			}
			var g *entity
			for _, m := range named {
				if m.startByte < at && m.ent.labels[0] == kg.LabelWorkingGroup && strings.HasSuffix(m.ent.nameZh, noun) {
					g = m.ent
				}
			}
			if g == nil && own != nil && strings.HasSuffix(own.nameZh, noun) {
				g = own
			}
			if g == nil {
				continue
			}
			out = append(out, entityMention{ent: g, quote: text[at:end], startByte: at, endByte: end})
		}
	}
	if len(out) == 0 {
		return named
	}
	runes := runeOffsets{text: text}
	for k := range out {
		out[k].start, out[k].end = runes.of(out[k].startByte), runes.of(out[k].endByte)
	}
	out = append(out, named...)
	slices.SortStableFunc(out, func(a, b entityMention) int { return a.startByte - b.startByte })
	return out
}

func findReportDraftsPlain(text string, syms []symbolMention, ats []int) []reportDraft {
	// A report's draft is the session's first L. document, L.1 (with its addenda): its
	// "/L.1" is ASCII, which no Chinese character's bytes hold, found by its L, rarer than
	// the slash every symbol holds.
	if indexBy(text, "/L.1", 1) < 0 || !contains(text, "报告") || !contains(text, "通过了") {
		return nil
	}
	var out []reportDraft
	runes := runeOffsets{text: text}
	for _, m := range reportDraftMatches(text) {
		whose := text[m[2]:m[3]]
		if !strings.Contains(whose, "本届会议") && !strings.Contains(whose, "本次会议") && !ownSessionReport(whose) {
			continue
		}
		var drafts []symbolMention
		for i, at := range ats {
			if at >= m[4] && at < m[5] {
				drafts = append(drafts, syms[i])
			}
		}
		if len(drafts) == 0 || slices.ContainsFunc(drafts, func(s symbolMention) bool { return !strings.Contains(s.symbol, "/L.") }) {
			continue
		}
		out = append(out, reportDraft{drafts: drafts, orallyRevised: orallyRevised(whose), start: runes.of(m[0]), end: runes.of(m[1]), quote: text[m[0]:m[1]]})
	}
	return out
}

func withEstablishedGroupsPlain(text string, named []entityMention, refs []mention, own kg.ActKey) []entityMention {
	if own.Number == "" && len(refs) == 0 {
		return named // no act that could set a group up
	}
	if !contains(text, "组") && !contains(text, "委员会") && !contains(text, "工作队") {
		return named // every name of a group set up ends in one of these (newGroupNouns)
	}
	var fresh []entityMention
	var bare []*entity // fresh groups with no topic, known by their act
	add := func(m entityMention, ok, topicless bool) {
		if !ok || slices.ContainsFunc(named, func(n entityMention) bool { return n.startByte < m.endByte && m.startByte < n.endByte }) ||
			slices.ContainsFunc(fresh, func(n entityMention) bool { return n.startByte < m.endByte && m.startByte < n.endByte }) {
			return
		}
		if topicless {
			bare = append(bare, m.ent)
		}
		fresh = append(fresh, m)
	}
	// One search for 立, which 设立, 成立 and 建立 end in, and one for each other verb.
	for i := 0; i < len(text); {
		k := index(text[i:], "立")
		if k < 0 {
			break
		}
		at := i + k - len("设")
		i += k + len("立")
		if at < 0 || !slices.Contains(establishVerbs, text[at:i]) || !setUpByAct(text, at, named) {
			continue
		}
		m, ok, topicless := newGroupAt(text, i)
		add(m, ok, topicless)
	}
	for i := 0; i < len(text); {
		k := index(text[i:], conveneVerb)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(conveneVerb)
		if !setUpByAct(text, at, named) {
			continue
		}
		// "召集一个…专家组会议" convenes a meeting of a group, which sets none up.
		if m, ok, topicless := newGroupAt(text, i); ok && !strings.HasPrefix(text[m.endByte:], "会议") {
			add(m, ok, topicless)
		}
	}
	for i := 0; i < len(text); {
		// "延长…小组的任务授权": the group whose mandate is extended, named after the verb.
		k := index(text[i:], "延长")
		if k < 0 {
			break
		}
		at := i + k
		i = at + len("延长")
		if !setUpByAct(text, at, named) {
			continue // "鼓励会员国延长…小组的任务授权": their groups, not the act's
		}
		if m, ok, topicless := newGroupAt(text, i); ok && !topicless && strings.HasPrefix(text[m.endByte:], "的任务") {
			add(m, ok, false)
		}
	}
	for _, m := range groupsExtendedAfter(text) {
		add(m, true, false)
	}
	if len(fresh) == 0 {
		return named
	}
	runes := runeOffsets{text: text}
	for k := range fresh {
		fresh[k].start, fresh[k].end = runes.of(fresh[k].startByte), runes.of(fresh[k].endByte)
	}
	all := append(slices.Clone(named), fresh...)
	slices.SortStableFunc(all, func(a, b entityMention) int { return a.startByte - b.startByte })
	acts := findGroupActs(text, all, refs, own)
	for _, e := range bare {
		if k := slices.IndexFunc(acts, func(g groupAct) bool { return g.group == e }); k >= 0 {
			e.id += "@" + strings.TrimPrefix(groupActSource(acts[k].act), "act:")
		}
	}
	return slices.DeleteFunc(all, func(m entityMention) bool {
		return slices.ContainsFunc(fresh, func(f entityMention) bool { return f.ent == m.ent }) &&
			!slices.ContainsFunc(acts, func(g groupAct) bool { return g.group == m.ent })
	})
}

func TestEstablishedGroupsAsPlain(t *testing.T) {
	words := []string{"设立", "成立", "建立", "召集", "延长", "一个", "法律事项", "统计", "专家组", "工作组", "小组", "委员会", "工作队",
		"的任务授权", "应继续", "会议", "请", "秘书长", "鼓励会员国", "决定", "第 5/1 号决议中", "，", "。", "：", " ", "x"}
	r := rand.New(rand.NewPCG(10, 5))
	texts := familyTexts(t)
	for range 30000 {
		texts = append(texts, randomText(r, words, 1+r.IntN(16)))
	}
	own := kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "5/1"}
	found := 0
	for _, text := range texts {
		refs := findActRefs(text, kg.BodyCOP)
		for _, o := range []kg.ActKey{own, {}} {
			// Each reading makes its own entities, whose ids it may change: compared by what
			// they are.
			named := findEntities(text)
			got, want := withEstablishedGroups(text, named, refs, o), withEstablishedGroupsPlain(text, findEntities(text), refs, o)
			found += len(want) - len(named)
			if !slices.EqualFunc(got, want, sameMention) {
				t.Fatalf("withEstablishedGroups(%q) = %v, want %v", text, got, want)
			}
		}
	}
	t.Logf("%d groups added", found)
}

func sameMention(a, b entityMention) bool {
	return a.ent.id == b.ent.id && a.ent.nameZh == b.ent.nameZh && slices.Equal(a.ent.labels, b.ent.labels) &&
		a.start == b.start && a.end == b.end && a.quote == b.quote && a.startByte == b.startByte && a.endByte == b.endByte
}

func groupNounTexts(t *testing.T, seed uint64) []string {
	words := []string{"工作组", "专家组", "审议组", "枪支问题工作组", "网络犯罪问题专家组", "该", "两个", "其他", "，", "。", "；", "：",
		"决定", " ", "\n", "应继续", "x", "法律事项", "会议"}
	r := rand.New(rand.NewPCG(seed, 7))
	texts := familyTexts(t)
	for range 30000 {
		texts = append(texts, randomText(r, words, 1+r.IntN(16)))
	}
	return texts
}

func TestOwnAndBareGroupsAsPlain(t *testing.T) {
	owns := []*entity{nil, entityNamed("枪支问题工作组"), entityNamed("网络犯罪问题专家组")}
	r := rand.New(rand.NewPCG(8, 3))
	added := 0
	for _, text := range groupNounTexts(t, 8) {
		named := findEntities(text)
		if len(text) > 0 && r.IntN(3) == 0 {
			// A mention over others, as no reading gives: the cursor keeps the furthest end.
			a, b := r.IntN(len(text)), r.IntN(len(text)+1)
			for a > 0 && !utf8.RuneStart(text[a]) {
				a--
			}
			for b < len(text) && !utf8.RuneStart(text[b]) {
				b++
			}
			if a < b {
				named = append(named, entityMention{ent: owns[1+r.IntN(2)], quote: text[a:b], startByte: a, endByte: b})
				slices.SortStableFunc(named, func(x, y entityMention) int { return x.startByte - y.startByte })
			}
		}
		if len(named) > 1 && r.IntN(4) == 0 {
			// Out of text order, as no caller gives them: the cursors' fallback.
			named = slices.Clone(named)
			r.Shuffle(len(named), func(i, j int) { named[i], named[j] = named[j], named[i] })
		}
		for _, own := range owns {
			got, want := withOwnGroup(text, slices.Clone(named), own), withOwnGroupPlain(text, slices.Clone(named), own)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("withOwnGroup(%q, %v) = %v, want %v", text, own, got, want)
			}
			added += len(want) - len(named)
			got, want = withBareGroups(text, slices.Clone(named), own), withBareGroupsPlain(text, slices.Clone(named), own)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("withBareGroups(%q, %v) = %v, want %v", text, own, got, want)
			}
			added += len(want) - len(named)
		}
	}
	t.Logf("%d nouns added", added)
}

func TestReportDraftsAsPlain(t *testing.T) {
	words := []string{"通过了本届会议报告", "通过了本次会议的报告", "通过了其第三十届会议的报告", "草案", "草稿", "（", "）",
		"CTOC/COP/2024/L.1", "和 Add.1-6", "、", "A/78/L.1/Rev.1", "E/2024/2", "经口头订正", "，", "。", " ", "x"}
	r := rand.New(rand.NewPCG(9, 4))
	texts := familyTexts(t)
	for range 30000 {
		texts = append(texts, randomText(r, words, 1+r.IntN(16)))
	}
	texts = append(texts, strings.Repeat("通过了本届会议报告（CTOC/COP/2024/L.1 和 Add.1-6）", 50))
	found := 0
	for _, text := range texts {
		syms, ats := findSymbolsAt(text)
		got, want := findReportDrafts(text, syms, ats), findReportDraftsPlain(text, syms, ats)
		found += len(want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("findReportDrafts(%q) = %v, want %v", text, got, want)
		}
	}
	t.Logf("%d adoptions", found)
}

// FuzzGroupsAsPlain: withOwnGroup, withBareGroups, withEstablishedGroups and
// findReportDrafts read any text as their former code did.
func FuzzGroupsAsPlain(f *testing.F) {
	for _, s := range []string{"缔约方会议第 5/1 号决议决定设立一个法律事项专家组，工作组应继续，该工作组", "法律事项工作组，工作组，中国、工作组、",
		"延长技术咨询小组的任务授权。", "通过了本届会议报告（CTOC/COP/2024/L.1 和 Add.1-6）"} {
		f.Add(s)
	}
	owns := []*entity{nil, entityNamed("枪支问题工作组"), entityNamed("网络犯罪问题专家组")}
	own := kg.ActKey{Body: kg.BodyCOP, Kind: kg.KindResolution, Number: "5/1"}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // Decode makes every text valid
		}
		named := findEntities(text)
		for _, o := range owns {
			if got, want := withOwnGroup(text, named, o), withOwnGroupPlain(text, named, o); !reflect.DeepEqual(got, want) {
				t.Fatalf("withOwnGroup(%q) = %v, want %v", text, got, want)
			}
			if got, want := withBareGroups(text, named, o), withBareGroupsPlain(text, named, o); !reflect.DeepEqual(got, want) {
				t.Fatalf("withBareGroups(%q) = %v, want %v", text, got, want)
			}
		}
		refs := findActRefs(text, kg.BodyCOP)
		if got, want := withEstablishedGroups(text, named, refs, own), withEstablishedGroupsPlain(text, findEntities(text), refs, own); !slices.EqualFunc(got, want, sameMention) {
			t.Fatalf("withEstablishedGroups(%q) = %v, want %v", text, got, want)
		}
		syms, ats := findSymbolsAt(text)
		if got, want := findReportDrafts(text, syms, ats), findReportDraftsPlain(text, syms, ats); !reflect.DeepEqual(got, want) {
			t.Fatalf("findReportDrafts(%q) = %v, want %v", text, got, want)
		}
	})
}

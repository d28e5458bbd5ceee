package loader

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"copgraph/kg"
)

// The cursors of withOwnGroup, withBareGroups and findReportDrafts stand in for their
// readings of every mention (every symbol) for each noun (each report) found, kept below as
// the specification (…Plain), and compared with them on the family's paragraphs and on
// texts made at random of the words they read.

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

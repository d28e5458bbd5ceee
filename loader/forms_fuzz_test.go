package loader

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"copgraph/kg"
)

// The fuzz targets of the rules that read the family's newer shapes: adoptions in other
// forms (adopted_forms.go), sessions held in parts and their calendar, recommendations led
// by a sentence, a lone speaker's office, the session before an act's number and the
// passive establishment. Each checks that the rule never panics, terminates, and that what
// it returns lies in the text: offsets in bounds and on rune boundaries, quotes that are
// the text at their offsets.

// spanHolds reports whether rune offsets start to end of text hold quote.
func spanHolds(text string, start, end int, quote string) bool {
	rs := []rune(text)
	return start >= 0 && start <= end && end <= len(rs) && string(rs[start:end]) == quote
}

// FuzzAdoptionForms checks findAdoptions (the respectively note among them),
// findDecidedLabels, decidedAdoptions and findDraftsOfActs.
func FuzzAdoptionForms(f *testing.F) {
	f.Add("在 2019 年 5 月 24 日第 13 次会议上，委员会通过了决议草案（E/CN.15/2019/L.3），以及经主席团提交的决定草案（E/CN.15/2019/L.9）。（案文分别见第一章，A 节，第 28/3 号决议，和 B 节，第 28/1 号决定。）")
	f.Add("委员会决定（第 28/2 号决定）将其报告转交。")
	f.Add("委员会决定（第 28/2 号决定  ）将其报告转交。")
	f.Add("1. 缔约方会议还未经表决决定，工作组应当继续（ 第 11/2 号决定 ）。")
	f.Add("第 11/1 号决议的决议草案（CTOC/COP/2022/L.4）由秘鲁和法国提交。")
	f.Add("第 29/1 号决定的决定草案（E/CN.15/2020/L.3），该草案由主席（意大利）提交")
	f.Add("根据其决定（第 10/1 号决定），委员会决定（第 28/2 号决定）")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, body := range []kg.Body{kg.BodyCOP, kg.BodyCCPCJ} {
			for _, a := range findAdoptions(text, body) {
				if !spanHolds(text, a.start, a.end, a.quote) {
					t.Fatalf("adoption %+v does not match the text", a)
				}
			}
			for _, d := range findDraftsOfActs(text, body) {
				if !spanHolds(text, d.start, d.end, d.quote) {
					t.Fatalf("draft %+v does not match the text", d)
				}
			}
			b := &graphBuilder{body: body, latest: map[kg.Body]int64{kg.BodyCOP: 11, kg.BodyCCPCJ: 28}}
			for _, a := range b.decidedAdoptions(text) {
				if !utf8.ValidString(a.quote) || !spanHolds(text, a.start, a.end, a.quote) {
					t.Fatalf("decided adoption %+v does not match the text", a)
				}
			}
		}
		for _, l := range findDecidedLabels(text) {
			if l.from < 0 || l.from > l.start || l.start > l.end || l.end > len(text) || text[l.start:l.end] != l.ref ||
				!utf8.ValidString(text[l.from:l.end]) {
				t.Fatalf("label %+v does not match the text", l)
			}
		}
	})
}

// FuzzSessionParts checks findSessions, readParts and the calendar that reads them: the
// parts are in order, each from its first day to its last, and a day has a year.
func FuzzSessionParts(f *testing.F) {
	f.Add("于 2012 年 12 月 7 日和 2013 年 3 月 11 日至 15 日在维也纳举行了第五十六届会议", "3", "12")
	f.Add("第三十届会议于 2020 年 12 月 11 日在维也纳开幕，并于 2021 年 5 月 17 日至 21 日续会", "5", "17")
	f.Add("第二十九届会议续会于 2020 年 12 月 10 日至 11 日在维也纳举行", "12", "10")
	f.Add("2012 年 12 月 28 日至 1 月 3 日和 2014 年 5 月 26 日和 27 日", "1", "2")
	f.Fuzz(func(t *testing.T, text, month, day string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, s := range findSessions(text) {
			if !spanHolds(text, s.start0, s.end0, s.quote) {
				t.Fatalf("session %+v does not match the text", s)
			}
		}
		parts := readParts(text)
		for i, p := range parts {
			if p.end < p.start || i > 0 && p.start <= parts[i-1].end {
				t.Fatalf("readParts(%q) = %v: not in order", text, parts)
			}
		}
		if _, _, n, ok := resumedAfter(text); ok && (n < 0 || n > len(text)) {
			t.Fatalf("resumedAfter(%q) read %d bytes", text, n)
		}
		if len(parts) == 0 || len(month) > 2 || len(day) > 2 {
			return
		}
		if y := newCalendar(parts).yearOf(month, day); y == "" {
			t.Fatalf("yearOf(%s, %s) over %v gives no year", month, day, parts)
		}
	})
}

// FuzzRecommendationsAt checks that the list a lead of recommendations introduces begins
// right after a colon.
func FuzzRecommendationsAt(f *testing.F) {
	f.Add("7. 工作组在 2019 年 5 月 29 日第 4 次会议上通过了下列建议：\n(a) 请秘书处继续；")
	f.Add("专家组提出了以下建议：")
	f.Add("工作组建议:")
	f.Add("一些发言者提出了以下建议：审议了秘书处的建议：")
	f.Fuzz(func(t *testing.T, text string) {
		at := recommendationsAt(text)
		if at == -1 {
			return
		}
		if at < 0 || at > len(text) || !strings.HasSuffix(text[:at], "：") && !strings.HasSuffix(text[:at], ":") {
			t.Fatalf("recommendationsAt(%q) = %d, after no colon", text, at)
		}
	})
}

// FuzzSpeakerOffice checks cutLoneHanName: it gives the name whole, or the office it opens
// with, which the lexicons know.
func FuzzSpeakerOffice(f *testing.F) {
	f.Add("日本法务大臣上川阳子")
	f.Add("联合国毒品和犯罪问题办公室执行主任费多托夫")
	f.Add("执行主任特别助理")
	f.Fuzz(func(t *testing.T, name string) {
		if !utf8.ValidString(name) {
			return
		}
		if got := cutLoneHanName(name); got != name && (!strings.HasPrefix(name, got) || !knownSpeaker(got)) {
			t.Fatalf("cutLoneHanName(%q) = %q", name, got)
		}
	})
}

// FuzzSessionBeforeAct checks sessionAdoptedBefore and the passive establishment of a
// group (findGroupActs), with the act a clause refers back to.
func FuzzSessionBeforeAct(f *testing.F) {
	f.Add("预防犯罪和刑事司法委员会第二十八届会议通过的")
	f.Add("缔约方会议在其第五届会议上通过的")
	f.Add("实施情况审议组系根据缔约国会议第 3/1 号决议设立，")
	f.Add("回顾第 10/2 号决议，缔约方会议在该决议中决定工作组应当继续")
	f.Add("缔约方会议在其第 4/4 号决议中设立了人口贩运问题工作组。在第 8/2 号决议中决定，该工作组应成为一个固定组成部分")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		if p := sessionAdoptedBefore(text); p < 0 || p > len(text) || !utf8.ValidString(text[:p]) {
			t.Fatalf("sessionAdoptedBefore(%q) = %d", text, p)
		}
		for _, g := range findGroupActs(text, findEntities(text), findActRefs(text, kg.BodyCOP), kg.ActKey{}) {
			if !spanHolds(text, g.start, g.end, g.quote) {
				t.Fatalf("group act %+v does not match the text", g)
			}
		}
	})
}

// decidedLabelsByRescan is findDecidedLabels as it read each bracket afresh: the "）" after
// it, the sentence before it and every 决定 in that sentence, sought again for each.
func decidedLabelsByRescan(text string) []decidedLabel {
	var out []decidedLabel
	for from := 0; ; {
		i := index(text[from:], "（第")
		if i < 0 {
			return out
		}
		open := from + i
		from = open + len("（")
		j := index(text[from:], "）")
		if j < 0 {
			return out
		}
		start, end := skipRESpaces(text, from), spaceBefore(text, from+j)
		if start >= end || actRefAt(text[start:end]) == nil {
			continue
		}
		begin := lastIndex(text[:open], "。") + 1
		if begin > 0 {
			begin += len("。") - 1
		}
		if n := numberedRE.FindStringIndex(text[begin:open]); n != nil && n[0] == 0 {
			begin += n[1]
		}
		if decidedBy(text[begin:open]) {
			out = append(out, decidedLabel{ref: text[start:end], start: start, end: end, from: begin, close: from + j + len("）")})
		}
	}
}

// FuzzDecidedLabelsAsRescanned checks findDecidedLabels against decidedLabelsByRescan on
// texts made of the words around a decided act's bracket.
func FuzzDecidedLabelsAsRescanned(f *testing.F) {
	f.Add("委员会决定（第 28/2 号决定）", uint64(1))
	f.Add("1. 根据其决定（第 10/1 号决定），缔约方会议还决定（第 11/2 号决定 ）。", uint64(5))
	pieces := []string{"（第", "（", "）", "第 28/2 号决定", "第 1373（2001）号决议", " ", "。", "1. ", "12", ". ", "决定", "决", "定",
		"委员会", "缔约方会议", "还", "未经表决", "根据其", "，", "x"}
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) {
			return
		}
		var b strings.Builder
		for _, r := range text {
			seed = seed*6364136223846793005 + 1442695040888963407
			b.WriteString(pieces[int(seed>>33)%len(pieces)])
			if seed>>62 == 0 {
				b.WriteRune(r)
			}
		}
		s := b.String()
		if got, want := findDecidedLabels(s), decidedLabelsByRescan(s); !slices.Equal(got, want) {
			t.Fatalf("findDecidedLabels(%q) =\n%v, want\n%v", s, got, want)
		}
	})
}

// TestDecidedLabelsOfALongParagraphAreQuick: a paragraph of many bracketed acts, none
// decided, was read again from its sentence's start at each bracket.
func TestDecidedLabelsOfALongParagraphAreQuick(t *testing.T) {
	text := strings.Repeat("根据其决定（第 1/1 号决定）", 20000) + "（第（第" + strings.Repeat("（第 1/1 号", 20000) + "）"
	done := make(chan []decidedLabel, 1)
	go func() { done <- findDecidedLabels(text) }()
	select {
	case got := <-done:
		if len(got) != 0 {
			t.Fatalf("found %d decided acts, want none", len(got))
		}
	case <-time.After(10 * time.Second):
		t.Fatal("findDecidedLabels took more than 10 s")
	}
}

// TestManyAdoptionsWithUnpairedNotesAreQuick: adoptions each followed by a note that pairs
// nothing, in one sentence, were each read with all those before them.
func TestManyAdoptionsWithUnpairedNotesAreQuick(t *testing.T) {
	text := "在第 9 次会议上" + strings.Repeat("，缔约方会议通过了决议草案（CTOC/COP/2012/L.1）（案文分别见第 6/1 号决议）", 10000)
	done := make(chan []adoption, 1)
	go func() { done <- findAdoptions(text, kg.BodyCOP) }()
	select {
	case got := <-done:
		if len(got) != 0 {
			t.Fatalf("found %d adoptions, want none: no note pairs", len(got))
		}
	case <-time.After(10 * time.Second):
		t.Fatal("findAdoptions took more than 10 s")
	}
}

// FuzzWordsSince checks groupsSince and wordsSince against groupClause and decidedFor, read
// from the text's start at each end, on texts made of their marks and words and bodies' names.
func FuzzWordsSince(f *testing.F) {
	f.Add("实施情况审议组第四届会议续会于", uint64(3))
	f.Add("工作组，。决定将于小组；审议组", uint64(8))
	f.Add("枪支问题工作组在缔约方会议于", uint64(21))
	pieces := []string{"。", "；", ";", "，", ",", "工作组", "审议组", "专家组", "小组", "工作", "组", "将于", "将", "于", "决定", "决", "定", "第一届会议", "缔约方会议", "委员会", " ", "x"}
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) {
			return
		}
		var b strings.Builder
		var ends []int
		for _, r := range text {
			seed = seed*6364136223846793005 + 1442695040888963407
			b.WriteString(pieces[int(seed>>33)%len(pieces)])
			if seed>>61 == 0 {
				b.WriteRune(r)
			}
			if seed>>60&3 == 0 {
				ends = append(ends, b.Len())
			}
			if seed>>58&63 == 0 && len(ends) > 0 {
				ends = append(ends, ends[0]) // an end before the last
			}
		}
		s := b.String()
		group, decided := newGroupsSince(s), newWordsSince(s, "。", decidedWords)
		for _, end := range ends {
			if got, want := group.holds(end), groupClause(s[:end]); got != want {
				t.Fatalf("group.holds(%d) over %q = %v, want %v", end, s, got, want)
			}
			if got, want := decided.at(end), decidedFor(s[:end]); got != want {
				t.Fatalf("decided.at(%d) over %q = %v, want %v", end, s, got, want)
			}
		}
	})
}

// TestManySessionsInAParagraphAreQuick: a paragraph naming many sessions, with no mark
// between them, was read back to its start at each.
func TestManySessionsInAParagraphAreQuick(t *testing.T) {
	text := strings.Repeat("于 2012 年 1 月 1 日至 2 日在维也纳举行了第一届会议", 5000) + strings.Repeat("第一届会议于 2012 年 1 月 1 日至 2 日举行", 5000)
	done := make(chan []session, 1)
	go func() { done <- findSessions(text) }()
	select {
	case got := <-done:
		if len(got) < 10000 {
			t.Fatalf("found %d sessions, want 10000 at least", len(got))
		}
	case <-time.After(10 * time.Second):
		t.Fatal("findSessions took more than 10 s")
	}
}

package loader

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFamily12YeReaders checks the readers added for family12's timing, intersessional,
// report-draft and numbered-meeting findings: none panics, and what each returns is of the
// text it read.
func FuzzFamily12YeReaders(f *testing.F) {
	f.Add("在通过该决定草案之后，俄罗斯联邦和伊朗伊斯兰共和国的代表作了解释立场的发言。在表决前，")
	f.Add("在 2024 年 10 月 18 日第 10 次会议（闭幕会议）上，缔约方会议通过了经口头修订的本届会议报告（CTOC/COP/2024/L.1 和 Add.1-6）。")
	f.Add("在 2025 年 2 月 24 日的闭会期间会议上，下列会员国的代表作了发言：埃及、德国、墨西哥和菲律宾。")
	f.Add("偷运移民问题工作组第十次会议于 2025 年 1 月 27 日至 29 日在维也纳举行，第十一次会议于 2026 年 1 月 5 日举行。")
	f.Add("预防犯罪和刑事司法委员会第三十四届会议维也纳，")
	f.Add("在在在前后前后，闭会期间会议上闭会期间会议通过了报告（（L.1））")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		if got := statementTiming(text); got != "" && got != "before" && got != "after" {
			t.Fatalf("statementTiming(%q) = %q", text, got)
		}
		if n := meetingNoteEnd(text); n < 0 || n > len(text) {
			t.Fatalf("meetingNoteEnd(%q) = %d", text, n)
		}
		for at := 0; at <= len(text); at += max(1, len(text)/4) {
			intersessionalMeeting(text, at)
		}
		if got, want := reportDraftMatches(text), reportDraftRE.FindAllStringSubmatchIndex(text, -1); len(got) != len(want) {
			t.Fatalf("reportDraftMatches(%q) = %v, want %v", text, got, want)
		} else {
			for i := range got {
				if !slices.Equal(got[i], want[i]) {
					t.Fatalf("reportDraftMatches(%q) = %v, want %v", text, got, want)
				}
			}
		}
		syms, ats := findSymbolsAt(text)
		for _, r := range findReportDrafts(text, syms, ats) {
			if !strings.Contains(text, r.quote) || len(r.drafts) == 0 {
				t.Fatalf("report draft %+v not of the text", r)
			}
		}
		if n := groupNumber([]paragraph{{text: text}}, "2025-01-27"); n < 0 {
			t.Fatalf("groupNumber(%q) = %d", text, n)
		}
		if p := placeBefore(text); p != "" && !strings.Contains(text, p) {
			t.Fatalf("placeBefore(%q) = %q, not in the text", text, p)
		}
	})
}

package loader

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// written returns the mentions of the documents symbols that a written form, quote, names
// where it first occurs in text: all with the span of quote, counted in runes.
func written(t *testing.T, text, quote string, symbols ...string) []symbolMention {
	t.Helper()
	i := strings.Index(text, quote)
	if i < 0 {
		t.Fatalf("bad test case: %q is not in %q", quote, text)
	}
	start := utf8.RuneCountInString(text[:i])
	var out []symbolMention
	for _, s := range symbols {
		out = append(out, symbolMention{symbol: s, start: start, end: start + utf8.RuneCountInString(quote), quote: quote})
	}
	return out
}

// checkSpans fails unless each mention's quote is the text between its offsets.
func checkSpans(t *testing.T, text string, got []symbolMention) {
	t.Helper()
	runes := []rune(text)
	for _, m := range got {
		if m.start < 0 || m.start > m.end || m.end > len(runes) {
			t.Fatalf("mention %+v lies outside the text of %d runes", m, len(runes))
		}
		if s := string(runes[m.start:m.end]); s != m.quote {
			t.Errorf("mention %+v: the text at [%d,%d) is %q, not its quote", m, m.start, m.end, s)
		}
	}
}

func TestFindSymbols(t *testing.T) {
	type tc struct {
		name string
		text string
		want func(t *testing.T, text string) []symbolMention
	}
	one := func(quote string, symbols ...string) func(*testing.T, string) []symbolMention {
		return func(t *testing.T, text string) []symbolMention { return written(t, text, quote, symbols...) }
	}
	none := func(*testing.T, string) []symbolMention { return nil }
	tests := []tc{
		// What a symbol is: an organ prefix in capitals, then slash-separated parts.
		{"a revised information document is one symbol", "与会者名单载于 CTOC/COP/2012/INF/2/Rev.2。",
			one("CTOC/COP/2012/INF/2/Rev.2", "CTOC/COP/2012/INF/2/Rev.2")},
		{"a symbol in Chinese brackets ends at the bracket", "秘书处的说明（CTOC/COP/2012/2）",
			one("CTOC/COP/2012/2", "CTOC/COP/2012/2")},
		{"a limited document with a revision keeps both parts", "决议草案（CTOC/COP/2012/L.4/Rev.2），该草案的提案方为哥斯达黎加",
			one("CTOC/COP/2012/L.4/Rev.2", "CTOC/COP/2012/L.4/Rev.2")},
		{"a conference room paper is followed by a comma and an annex", "CTOC/COP/2012/CRP.6，附件一。",
			one("CTOC/COP/2012/CRP.6", "CTOC/COP/2012/CRP.6")},
		{"a working group document has a dotted part before the year", "5 CTOC/COP/WG.4/2011/8，第 46-51 段。",
			one("CTOC/COP/WG.4/2011/8", "CTOC/COP/WG.4/2011/8")},
		{"a conference document has a dotted part after the prefix", "（A/CONF.192/15），第四章，第 24 段。",
			one("A/CONF.192/15", "A/CONF.192/15")},
		{"a Commission document has a dotted part after the prefix", "见 E/CN.15/2003/14。",
			one("E/CN.15/2003/14", "E/CN.15/2003/14")},
		{"a General Assembly resolution is a symbol", "大会决议 A/RES/55/25，附件一。",
			one("A/RES/55/25", "A/RES/55/25")},
		{"a special session resolution keeps its hyphenated part", "见 A/RES/S-26/2。",
			one("A/RES/S-26/2", "A/RES/S-26/2")},
		{"a Council document has a year and a number", "《经济及社会理事会正式记录，2012 年，补编第 10 号》（E/2012/30）。",
			one("E/2012/30", "E/2012/30")},
		{"a Conference of the States Parties document is a symbol", "工作组的报告（CAC/COSP/WG.4/2011/2）",
			one("CAC/COSP/WG.4/2011/2", "CAC/COSP/WG.4/2011/2")},
		{"an expert group document of the Office is a symbol", "UNODC/CCPCJ/EG.4/2012/4 号文件",
			one("UNODC/CCPCJ/EG.4/2012/4", "UNODC/CCPCJ/EG.4/2012/4")},
		{"a Security Council resolution keeps its year without the space", "安全理事会 S/RES/1373 (2001) 号决议",
			one("S/RES/1373 (2001)", "S/RES/1373(2001)")},
		{"a Security Council resolution's year may be in Chinese brackets", "S/RES/1373（2001）号决议",
			one("S/RES/1373（2001）", "S/RES/1373(2001)")},
		{"several symbols come out in the order of the text", "秘书处的说明（CTOC/COP/2012/2）；秘书处的说明（CTOC/COP/2012/3）。",
			func(t *testing.T, text string) []symbolMention {
				return append(written(t, text, "CTOC/COP/2012/2", "CTOC/COP/2012/2"), written(t, text, "CTOC/COP/2012/3", "CTOC/COP/2012/3")...)
			}},

		// Spaces that PDF extraction leaves inside a symbol.
		{"two spaces after a slash are healed", "一项提案（CTOC/COP/  2012/CRP.7）。",
			one("CTOC/COP/  2012/CRP.7", "CTOC/COP/2012/CRP.7")},
		{"one space after a slash is healed", "报告（CTOC/COP/ 2012/6）；",
			one("CTOC/COP/ 2012/6", "CTOC/COP/2012/6")},
		{"a space before a slash is healed", "报告（CTOC/COP /2012/6）；",
			one("CTOC/COP /2012/6", "CTOC/COP/2012/6")},
		{"a space between two parts without a slash ends the symbol", "CTOC/COP/2012/15 2012/5",
			one("CTOC/COP/2012/15", "CTOC/COP/2012/15")},

		// Where a symbol ends.
		{"a symbol ends before 号", "CTOC/COP/2010/CRP.7号文",
			one("CTOC/COP/2010/CRP.7", "CTOC/COP/2010/CRP.7")},
		{"a trailing full stop is not part of a symbol", "See A/60/88.",
			one("A/60/88", "A/60/88")},
		{"a trailing comma is not part of a symbol", "A/60/88, annex",
			one("A/60/88", "A/60/88")},
		{"a hyphen followed by a space and Chinese text is not part of a symbol", "文件 CTOC/COP/WG.2/2012/5- 印发。",
			one("CTOC/COP/WG.2/2012/5", "CTOC/COP/WG.2/2012/5")},
		{"a slash followed by a space and Chinese text is left out of a symbol", "CTOC/COP/2012/ 号",
			one("CTOC/COP/2012", "CTOC/COP/2012")},

		// Addenda and corrigenda listed after a symbol.
		{"a corrigendum listed after a symbol is a second document, and an act number is not a symbol",
			"12 A/60/88 和 Corr.2，附件；另见大会第 60/519 号决定。",
			one("A/60/88 和 Corr.2", "A/60/88", "A/60/88/Corr.2")},
		{"a range of addenda is one document for each",
			"（CTOC/COP/2012/L.1 和 Add.1-9）。",
			one("CTOC/COP/2012/L.1 和 Add.1-9", "CTOC/COP/2012/L.1",
				"CTOC/COP/2012/L.1/Add.1", "CTOC/COP/2012/L.1/Add.2", "CTOC/COP/2012/L.1/Add.3",
				"CTOC/COP/2012/L.1/Add.4", "CTOC/COP/2012/L.1/Add.5", "CTOC/COP/2012/L.1/Add.6",
				"CTOC/COP/2012/L.1/Add.7", "CTOC/COP/2012/L.1/Add.8", "CTOC/COP/2012/L.1/Add.9")},
		{"a range written with an en dash after and expands", "See E/CN.15/2012/1 and Add.1–3.",
			one("E/CN.15/2012/1 and Add.1–3", "E/CN.15/2012/1",
				"E/CN.15/2012/1/Add.1", "E/CN.15/2012/1/Add.2", "E/CN.15/2012/1/Add.3")},
		{"a range inside a symbol expands", "文件 A/66/6/Add.1-3。",
			one("A/66/6/Add.1-3", "A/66/6/Add.1", "A/66/6/Add.2", "A/66/6/Add.3")},
		{"a range of more than fifty is kept as written", "文件 CTOC/COP/2012/L.1 和 Add.1-99。",
			one("CTOC/COP/2012/L.1 和 Add.1-99", "CTOC/COP/2012/L.1", "CTOC/COP/2012/L.1/Add.1-99")},
		{"a backward range is kept as written", "文件 A/66/6/Add.3-1。",
			one("A/66/6/Add.3-1", "A/66/6/Add.3-1")},
		{"an addendum listed after an addendum stands beside it", "报告（A/66/6/Add.1 和 Add.2）",
			one("A/66/6/Add.1 和 Add.2", "A/66/6/Add.1", "A/66/6/Add.2")},
		{"a corrigendum listed after a revision is issued against the revision", "A/C.3/66/L.5/Rev.1 及 Corr.1",
			one("A/C.3/66/L.5/Rev.1 及 Corr.1", "A/C.3/66/L.5/Rev.1", "A/C.3/66/L.5/Rev.1/Corr.1")},
		{"a list joined by 、 and 和 names each document", "秘书处的报告（A/66/6、Add.1 和 Add.2）",
			one("A/66/6、Add.1 和 Add.2", "A/66/6", "A/66/6/Add.1", "A/66/6/Add.2")},
		{"a list joined by 以及 names each document", "E/2012/30 以及 Corr.1 和 Corr.2",
			one("E/2012/30 以及 Corr.1 和 Corr.2", "E/2012/30", "E/2012/30/Corr.1", "E/2012/30/Corr.2")},
		{"a list joined by a comma and and names each document", "E/2012/30, Corr.1, and Corr.2",
			one("E/2012/30, Corr.1, and Corr.2", "E/2012/30", "E/2012/30/Corr.1", "E/2012/30/Corr.2")},
		{"a joiner followed by no modifier is not taken", "CTOC/COP/2012/6 和 CTOC/COP/2012/7",
			func(t *testing.T, text string) []symbolMention {
				return append(written(t, text, "CTOC/COP/2012/6", "CTOC/COP/2012/6"), written(t, text, "CTOC/COP/2012/7", "CTOC/COP/2012/7")...)
			}},

		// Joint symbols.
		{"a joint symbol with a hyphen and a space is two documents", "拟作为 CTOC/COP/WG.2/2012/5- CTOC/COP/WG.3/2012/6 印发。",
			one("CTOC/COP/WG.2/2012/5- CTOC/COP/WG.3/2012/6", "CTOC/COP/WG.2/2012/5", "CTOC/COP/WG.3/2012/6")},
		{"a joint symbol without spaces is two documents", "拟作为 CTOC/COP/WG.2/2012/5-CTOC/COP/WG.3/2012/6 印发。",
			one("CTOC/COP/WG.2/2012/5-CTOC/COP/WG.3/2012/6", "CTOC/COP/WG.2/2012/5", "CTOC/COP/WG.3/2012/6")},
		{"a joint symbol with an en dash and spaces is two documents", "CTOC/COP/WG.2/2012/5 – CTOC/COP/WG.3/2012/6",
			one("CTOC/COP/WG.2/2012/5 – CTOC/COP/WG.3/2012/6", "CTOC/COP/WG.2/2012/5", "CTOC/COP/WG.3/2012/6")},

		// What is not a symbol.
		{"a sales number has no slash", "联合国出版物，出售品编号：E.11.V.9。", none},
		{"a job number has no slash", "V.12-57117", none},
		{"a job number with a page number has no slash", "10 V.12-57117 (C)", none},
		{"an act number has no organ prefix", "回顾其第 5/1 号决议", none},
		{"a session and number has no organ prefix", "大会第 64/293 号决议", none},
		{"a year and number has no organ prefix", "2012/5", none},
		{"a Treaty Series citation has no slash", "联合国，《条约汇编》，第 2225 卷，第 39574 号。", none},
		{"a bare prefix and slash is not a symbol", "A/ 号文件", none},
		{"a series without a number is not a symbol", "TCP/IP 和 and/or", none},
		{"a prefix glued to lower-case letters is not a symbol", "xA/60/88", none},
		{"a lower-case prefix is not a symbol", "a/60/88", none},
		{"an empty text has no symbol", "", none},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findSymbols(tt.text)
			checkSpans(t, tt.text, got)
			if diff := cmp.Diff(tt.want(t, tt.text), got, cmp.AllowUnexported(symbolMention{})); diff != "" {
				t.Errorf("findSymbols(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// FuzzFindSymbols checks that no text makes findSymbols panic and that what it returns
// holds together: spans inside the text, quotes that are the text at the span, symbols
// without spaces, in order of appearance.
func FuzzFindSymbols(f *testing.F) {
	for _, s := range []string{
		"与会者名单载于 CTOC/COP/2012/INF/2/Rev.2。",
		"一项提案（CTOC/COP/  2012/CRP.7）。",
		"12 A/60/88 和 Corr.2，附件；另见大会第 60/519 号决定。",
		"CTOC/COP/2012/L.1 和 Add.1-9",
		"拟作为 CTOC/COP/WG.2/2012/5- CTOC/COP/WG.3/2012/6 印发。",
		"S/RES/1373（2001）号决议",
		"A/66/6、Add.1 和 Add.2, and Corr.1–Corr.3",
		"出售品编号：E.11.V.9 V.12-57117 第 5/1 号决议",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		got := findSymbols(text)
		checkSpans(t, text, got)
		for i, m := range got {
			if m.symbol == "" || strings.ContainsAny(m.symbol, " \t\n\u3000") {
				t.Errorf("mention %+v: symbol empty or with a space", m)
			}
			if i > 0 && m.start < got[i-1].start {
				t.Errorf("mention %+v comes before %+v in the text but after it in the list", m, got[i-1])
			}
			if i > 0 && m.start < got[i-1].end && m.start != got[i-1].start {
				t.Errorf("mention %+v overlaps %+v", m, got[i-1])
			}
		}
	})
}

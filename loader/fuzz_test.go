package loader

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

func seeds(f *testing.F) {
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data[:4000])
	// The excerpts of the family's other shapes (a Commission's report and draft, a COSP
	// report, an Assembly resolution), whole.
	excerpts, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range excerpts {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("第 6/1 号决议\n标题\n 大会，\n 回顾其 2010 年 10 月 22 日第 5/1 号和第 5/8 号决议，\n"))
	// A provisional agenda with annotations (annotatedAgenda), a group set up by an act
	// (withEstablishedGroups) and a session set for a year (sessionYears).
	f.Add([]byte("CTOC/COP/2026/1\n第十三届会议\n临时议程\n1. 组织事项：\n (a) 会议开幕；\n2. 技术援助。\n说明\n1. 组织事项\n (a) 会议开幕\n文件\n说明（CTOC/COP/2026/2）\n2. 技术援助\n文件\n"))
	f.Add([]byte("CTOC/COP/2026/1\n临时议程和说明\n临时议程\n1. 组织事项：\n (a) 开幕。\n说明\n1. 组织事项文件说明（CTOC/COP/2026/2）\n(a) 开幕文件\n文件"))
	f.Add([]byte("第 9/6 号决议\n标题\n 1. 决定设立一个关于海洋犯罪的专家组；\n 2. 请专家组报告；\n 3. 决定缔约方会议第十四届会议于 2028 年在维也纳举行；\n"))
	f.Add([]byte("CTOC/COP/2030/9\n\n1. 在第 4 次会议上，缔约方会议以 9 票赞成通过了第 15/2 号决议。\n\n2. 在表决前，印度代表作了解释投票的发言。表决后。在表决之后\n"))
	// A session in a city after its State, an officer elected 为会议主席, a draft adopted in
	// the paragraph after the one that names it (lastDraftIn).
	f.Add([]byte("CAC/COSP/2031/9\n\n1. 缔约国会议第十四届会议于2031年12月1日至5日在大韩民国首尔举行。\n2. 缔约国会议选举Kim Lee（大韩民国）为会议主席。\n3. 在2031年12月5日第6次全体会议上，缔约国会议审议了由智利提出、后经秘鲁附议的决议草案，题为“合作”（CAC/COSP/2031/L.2）。\n4. 缔约国会议通过了该决议草案。（案文见第14/1号决议。）\n"))
	f.Add([]byte("\xff\xfe\x00\x00"))
	f.Add([]byte("__________________\n 1 同上。\n 2"))
	f.Add([]byte{})
	// family12's shapes: a sponsors' draft, a quoted draft never closed, an annex, a note.
	f.Add([]byte("日本和泰国：决议草案\n 麻醉药品委员会，\n 1. 请秘书处报告；\n ㈠ 并且\n"))
	f.Add([]byte("2019/22. 标题\n 经济及社会理事会，\n 建议大会通过下列决议草案：\n “大会，\n “1. 请秘书长：\n"))
	f.Add([]byte("1. 第 5/1 号决议。\n附件三\n摘要\n1. 回顾第 5/1 号决议。\n1. 又回顾。\n"))
	f.Add([]byte("53/2. 标题\n 人权理事会，\n 1. 请。\n第 4 次会议\n2023 年 7 月 12 日[未经表决[通过]]\n"))
	// Footnotes in superscript digits, marked in superscripts, one of them a plain number
	// with no note, a lone lead byte and one cut short.
	f.Add([]byte("1. 第11/2号决议¹中请。\n2. 决议²⁰决定\xc2。\n3. 挑战³\xe2\x81。\n__________________\n¹ 见CTOC/COP/2022/12。\n2 另见A/AC.291/22。\n³⁴⁵⁶ x\n\xe2\x81\xb9"))
	f.Add([]byte("1. 见第 5/1 号决议1。\n表\n 甲 乙\n____________\n 1 另见\n2 25-01234\n CTOC/COP/2024/2\n （另见）。\n第十章）。\n"))
	// A run's heading (headsRun), an agenda listing itself, a meeting held without 了, and a
	// draft at the margin: its kind's line, title, opening line and unnumbered clauses.
	f.Add([]byte("CTOC/COP/2030/9\n1. 甲。\n2. 委员会于 5 月 3 日举行第 2 次会议。\n附件\n 乙\n1. 丙。\n2. 丁。\n 主席摘要\n 1. 主席指出。\n"))
	f.Add([]byte("CTOC/COP/2030/1\n临时议程\n1. 通过议程。\n说明\n1. 通过议程\n文件\n临时议程（CTOC/COP/2030/1）\n"))
	f.Add([]byte("提交国：智利\n决议草案\n标题\n委员会，\n回顾，\n又回顾\n请，\n决定；\n"))
}

// FuzzParse checks that no input makes the loader panic, and that what it returns holds
// together: every relationship joins nodes of the graph.
func FuzzParse(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parse("fuzz.txt", data)
		if err != nil {
			return
		}
		ids := map[string]bool{}
		for _, n := range g.Nodes {
			ids[n.ID] = true
		}
		for _, r := range g.Relationships {
			if !ids[r.Start] || !ids[r.End] {
				t.Fatalf("relationship %s joins a node not in the graph", r.ID)
			}
		}
	})
}

// FuzzDecode checks that decoding never panics and yields valid UTF-8 without line feeds
// other than \n.
func FuzzDecode(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := Decode(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("decoded text is not valid UTF-8")
		}
		for _, r := range text {
			if r == '\r' {
				t.Fatalf("decoded text keeps a carriage return")
			}
		}
	})
}

// FuzzFindActRefs checks that the reference rules never panic and that every span lies in
// the text and holds the quote.
func FuzzFindActRefs(f *testing.F) {
	f.Add("回顾其 2010 年 10 月 22 日第 5/1 号和第 5/8 号决议，")
	f.Add("大会第６４／２９３号决议")
	f.Add("第 1997/22 号和第 49/35 A 号决议")
	f.Add("第 2/1 号、第 3/4 号和 2008 年第 4/3 号决定、2008 年 年第 5/1")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		rs := []rune(text)
		for _, m := range findActRefs(text, "COP") {
			if m.start < 0 || m.end > len(rs) || m.start > m.end || string(rs[m.start:m.end]) != m.quote {
				t.Fatalf("mention %+v does not match the text", m)
			}
		}
	})
}

// FuzzSegment checks that cleaning and segmenting any text never panics and that every
// paragraph's text stands in the cleaned text at its offset.
func FuzzSegment(f *testing.F) {
	f.Add("第 6/1 号决议\n标题\n 大会，\n 回顾第 5/1 号决议1，\n__________________\n 1 同上。\n 1. 请秘书处：\n (a) 报告；\n")
	f.Add("66/181. 标题\n 大会，\n 1. 请各国\n 10 V.12-57117\nCTOC/COP/2012/15\n")
	f.Add("第 7/1 号决议\n标题\n 缔约方会议，\n 1. 决定工作组应继续作为缔约方\n14-58012 (C)    061114    071114\nCTOC/COP/2014/13\n会议的固定组成部分。\n")
	f.Add("第六届会议\n临时议程*项目 2\n\n 秘书处的说明**\n1. 《公约》1的实施。\n__________________\n * CTOC/COP/2012/1。\n ＊＊ 因技术原因\n重新印发。\n 1 联合国，《条约汇编》，第 2225 卷，第 39574 号。\n")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := segmentText(text)
		rs := []rune(d.text())
		check := func(p paragraph) {
			n := len([]rune(p.text))
			if p.offset < 0 || p.offset+n > len(rs) || string(rs[p.offset:p.offset+n]) != p.text {
				t.Fatalf("paragraph %s is not at its offset %d", p.key, p.offset)
			}
			if p.end != p.offset+n {
				t.Fatalf("paragraph %s ends at %d, not %d", p.key, p.end, p.offset+n)
			}
			for _, r := range p.notes {
				if _, ok := d.notes[r.num]; !ok || r.at < 0 || r.at > n {
					t.Fatalf("paragraph %s carries footnote %d at %d, out of its text or unknown", p.key, r.num, r.at)
				}
			}
		}
		for _, fn := range d.footnotes {
			at, n := d.noteAt[fn.num], len([]rune(fn.text))
			if at < 0 || at+n > len(rs) || string(rs[at:at+n]) != fn.text {
				t.Fatalf("footnote %s is not at its offset %d", fn.label(), at)
			}
		}
		for _, a := range d.acts {
			for _, p := range a.paras {
				check(p)
			}
		}
		for _, p := range d.narrative {
			check(p)
		}
	})
}

// FuzzJoinedSymbolsStayApart checks that healing a line break between a line that is one
// symbol's written form (of a symbol's length) and a line that begins with another keeps
// both, and that a symbol broken after a slash or inside a number heals.
func FuzzJoinedSymbolsStayApart(f *testing.F) {
	f.Add("E/2013/30", "E/CN.15/2013/27", 5)
	f.Add("A/66/87 和 Corr.1-3", "CTOC/COP/ 2014/CRP.4）", 9)
	f.Add("S/RES/1373 (2001)", "A/RES/49/35B", 3)
	f.Fuzz(func(t *testing.T, a, b string, cut int) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		symbols := func(text string) (out []string) {
			for _, m := range findSymbols(text) {
				out = append(out, m.symbol)
			}
			return out
		}
		ma, mb := findSymbols(a), findSymbols(b)
		whole := len(ma) > 0 && ma[0].start == 0 && ma[len(ma)-1].end == runeLen(a) && ma[0].end == ma[len(ma)-1].end
		if whole && len(a) <= maxSymbolLen && len(mb) > 0 && mb[0].start == 0 {
			want := append(symbols(a), symbols(b)...)
			if got := symbols(joinLines(a, b)); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Fatalf("joinLines(%q, %q) gives %q, want %q", a, b, got, want)
			}
		}
		// One symbol broken after a slash or inside a number heals whole. (Broken inside a
		// word, "Ad" + "d.1", it does not: a space is kept between Latin words.)
		if len(ma) == 1 && ma[0].start == 0 && ma[0].end == runeLen(a) && !strings.ContainsAny(a, " \t") && len(a) > 1 {
			cut = 1 + int(uint(cut)%uint(len(a)-1))
			if digit := func(c byte) bool { return c >= '0' && c <= '9' }; a[cut-1] == '/' || digit(a[cut-1]) && digit(a[cut]) {
				if got := symbols(joinLines(a[:cut], a[cut:])); len(got) != 1 || got[0] != ma[0].symbol {
					t.Fatalf("%q broken at %d heals into %q", a, cut, got)
				}
			}
		}
	})
}

// FuzzMandatesAndEntities checks that the entity and mandate rules never panic and that
// their spans hold their quotes.
func FuzzMandatesAndEntities(f *testing.F) {
	f.Add("1. 请会员国及其他捐助方提供资源，并请该工作组报告；")
	f.Add("还欣见人口贩运问题工作组和《枪支议定书》")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		rs := []rune(text)
		for _, m := range findEntities(text) {
			if m.start < 0 || m.end > len(rs) || string(rs[m.start:m.end]) != m.quote {
				t.Fatalf("entity %+v does not match the text", m)
			}
		}
		for _, from := range []int{0, len(text) - len(strings.TrimLeftFunc(text, unicode.IsDigit))} {
			if got, want := clauses(text, from), clausesByByte(text, from); !slices.Equal(got, want) {
				t.Fatalf("clauses(%q, %d) = %v, want %v", text, from, got, want)
			}
		}
		for _, m := range findMandates(text, nil) {
			if m.start < 0 || m.end > len(rs) || string(rs[m.start:m.end]) != m.quote {
				t.Fatalf("mandate %+v does not match the text", m)
			}
		}
	})
}

// TestNonASCIIDigitsDoNotHangTheMarkerScan: a digit of another script while footnotes are
// still expected once made the marker scan loop forever.
func TestNonASCIIDigitsDoNotHangTheMarkerScan(t *testing.T) {
	done := make(chan error, 1)
	go func() {
		_, err := Parse("x.txt", []byte("第 7/1 号决议\n标题\n 缔约方会议，\n 回顾٣第 6/1 号决议1，\n__________________\n 1 同上。\n"))
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Parse did not return within 10 s")
	}
}

// FuzzScanUTF8 checks scanUTF8 against utf8.Valid and mayHoldNonText.
func FuzzScanUTF8(f *testing.F) {
	f.Add([]byte("第 6/1 号决议\xef\xbf\xbd\xed\xa0\x80\xe0\x80\xaf\xf0\x9f\x98\x80\xe4\xb8"))
	f.Add([]byte("\xe4\xb8\xad\xe6"))
	f.Add([]byte("中\xef\xbf\xbd\x01\xc2\x85\xc2\xa0\x7f\t\f"))
	f.Fuzz(func(t *testing.T, data []byte) {
		valid, mayHold := scanUTF8(data)
		if valid != utf8.Valid(data) {
			t.Fatalf("scanUTF8(%q) says valid %v", data, valid)
		}
		if valid && mayHold != mayHoldNonText(string(data)) {
			t.Fatalf("scanUTF8(%q) says it may hold non-text: %v", data, mayHold)
		}
	})
}

// FuzzIndexDigit checks indexDigit against a plain search.
func FuzzIndexDigit(f *testing.F) {
	f.Add("缔约方会议第 6/1 号决议")
	f.Add("/:\x00\xb0\xb9\xff0")
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
		if got := indexDigit(s); got != want {
			t.Fatalf("indexDigit(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzTrimSpace checks trimSpace against strings.TrimSpace.
func FuzzTrimSpace(f *testing.F) {
	f.Add(" 缔约方会议，\u3000")
	f.Add("第\u2029")
	f.Add("1. 请\u00a0")
	f.Add("a\u00a0")
	f.Add("第 1\u2028")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzBodyNamed checks bodyNamed against a search of the whole text.
func FuzzBodyNamed(f *testing.F) {
	f.Add("《联合国打击跨国有组织犯罪公约》缔约方会议，")
	f.Add("大会，缔约方会议决定：")
	f.Add("安全理事会大会x")
	f.Add("大会")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		best, at := kg.Body(""), -1
		for _, bn := range bodyNames {
			if i := strings.LastIndex(text, bn.name); i >= 0 && i+len(bn.name) > at {
				best, at = bn.body, i+len(bn.name)
			}
		}
		if at < 0 || runeLen(text[at:]) > 3 {
			best = ""
		}
		if got, ok := bodyNamed(text); got != best || ok != (best != "") {
			t.Fatalf("bodyNamed(%q) = %q, %v; want %q", text, got, ok, best)
		}
	})
}

// FuzzByteOffset checks byteOffset against the runes of the text.
func FuzzByteOffset(f *testing.F) {
	f.Add("第 6/1 号决议", 3)
	f.Add("a", 1)
	f.Add("", 0)
	f.Fuzz(func(t *testing.T, s string, r int) {
		if !utf8.ValidString(s) {
			return
		}
		want, wantOK := len(s), r == utf8.RuneCountInString(s)
		if r < 0 {
			want = 0
		}
		n := 0
		for i := range s {
			if n == r {
				want, wantOK = i, true
				break
			}
			n++
		}
		if got, ok := byteOffset(s, r); got != want || ok != wantOK {
			t.Fatalf("byteOffset(%q, %d) = %d, %v; want %d, %v", s, r, got, ok, want, wantOK)
		}
	})
}

// FuzzLastIndexAny checks lastIndexAny against strings.LastIndexAny, with the sets of
// clause marks the rules cut at.
func FuzzLastIndexAny(f *testing.F) {
	f.Add("会议通过了，决议。草案（A/1）")
	f.Add("，；：,;:")
	f.Add("a。b；")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, chars := range []string{"。；", "。（，", "，；。：", "。；;", "，；：,;:", groupTopicStop} {
			if got, want := lastIndexAny(s, chars), strings.LastIndexAny(s, chars); got != want {
				t.Fatalf("lastIndexAny(%q, %q) = %d, want %d", s, chars, got, want)
			}
		}
	})
}

// FuzzSpeakerMatchers checks the matchers of speakers.go that spare a regexp or a search
// against what they stand for: nextStatement against a search for each of its words,
// behalfMatch against behalfRE.
func FuzzSpeakerMatchers(f *testing.F) {
	f.Add("智利代表代表 77 国集团和中国发言者发了言，发言：")
	f.Add("也门代表以77国集团和中国的名义发发了言时发言")
	f.Add("阿塞拜疆观察员行使答辩权")
	f.Add("智利代表（代表 77 国集团和中国）\u3000")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		want := func(sent string, i int) (int, int) { // nextStatement as it was written first
			for i < len(sent) {
				j, word := strings.Index(sent[i:], "发言"), "发言"
				if k := strings.Index(sent[i:], "发了言"); k >= 0 && (j < 0 || k < j) {
					j, word = k, "发了言"
				}
				if j < 0 {
					return -1, -1
				}
				at, end := i+j, i+j+len(word)
				i = end
				if !hasAnyPrefix(sent[end:], []string{"者", "中", "时", "权"}) {
					return at, end
				}
			}
			return -1, -1
		}
		for i := 0; i <= len(s); i++ {
			a, e := nextStatement(s, i)
			if wa, we := want(s, i); a != wa || e != we {
				t.Fatalf("nextStatement(%q, %d) = %d, %d; want %d, %d", s, i, a, e, wa, we)
			}
		}
		if got, want := behalfMatch(s), behalfRE.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("behalfMatch(%q) = %q, want %q", s, got, want)
		}
		if got, want := squeezeSpace(s), strings.Join(strings.Fields(s), ""); got != want {
			t.Fatalf("squeezeSpace(%q) = %q, want %q", s, got, want)
		}
		// cutBrackets without brackets returns the name whole, as its loop copies it.
		if !strings.ContainsAny(s, "（()）") {
			if got, behalf := cutBrackets(s); got != s || behalf != "" {
				t.Fatalf("cutBrackets(%q) = %q, %q", s, got, behalf)
			}
		}
	})
}

// FuzzIndexBy checks indexBy against strings.Index, for every byte it may search by.
func FuzzIndexBy(f *testing.F) {
	f.Add("缔约方会议第六届会议的议程项目", "届会议")
	f.Add("aab", "ab")
	f.Add("", "a")
	f.Fuzz(func(t *testing.T, s, sub string) {
		for k := range len(sub) {
			if got, want := indexBy(s, sub, k), strings.Index(s, sub); got != want {
				t.Fatalf("indexBy(%q, %q, %d) = %d, want %d", s, sub, k, got, want)
			}
		}
	})
}

// FuzzParagraphMeeting checks paragraphMeeting against the regexp it reads without.
func FuzzParagraphMeeting(f *testing.F) {
	f.Add("在本届会议 2012 年 10 月 15 日第 1 次会议上，作开幕发言的有")
	f.Add("第 1 至第 4 次会议上；至 第12次全体会议上 第1234次会议上")
	f.Add("至\f第 3\r次会议上至第 4 次全体会议")
	f.Add("第 1 次会议（2022 年 5 月 16 日）上，第 2 次全体会议（5 月 17 日和 18 日 ）上；第 3 次会议（闭幕会议）上")
	f.Fuzz(func(t *testing.T, s string) {
		want := ""
		if ms := meetingAtRE.FindAllStringSubmatch(s, 2); len(ms) == 1 && ms[0][1] == "" {
			want = ms[0][2]
		}
		if got := paragraphMeeting(s); got != want {
			t.Fatalf("paragraphMeeting(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzFoldWidth checks foldWidth against mapping every rune of the text by foldRune.
func FuzzFoldWidth(f *testing.F) {
	f.Add("重申大会第６４／２９３号决议，Ａｄｄ．１－２\u3000。、\u00a0（）")
	f.Add("\u00a9\u00a0\u3001\uff5e\uff0d")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := foldWidth(s), strings.Map(foldRune, s); got != want {
			t.Fatalf("foldWidth(%q) = %q, want %q", s, got, want)
		}
	})
}

// clausesByByte is clauses as it was first written, byte by byte: the specification that
// FuzzMandatesAndEntities checks clauses against.
func clausesByByte(text string, from int) [][2]int {
	var out [][2]int
	start := from
	for i := from; i < len(text); i++ {
		if !clauseEndLead[text[i]] {
			continue
		}
		switch r, n := utf8.DecodeRuneInString(text[i:]); r {
		case '，', '；', '：', '。', ',', ';', ':', '\n':
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + n
		}
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// FuzzAnchoredFrom checks anchoredRE.from against counting the runes back with utf8.
func FuzzAnchoredFrom(f *testing.F) {
	f.Add("回顾其 2010 年 10 月 22 日\t", 3)
	f.Add("\xe0\xa0\x80\xed\xa0\x80\xe4\xb8\xad \x80\xe4", 2)
	f.Fuzz(func(t *testing.T, s string, tail int) {
		re := &anchoredRE{tail: tail % 64}
		want := 0
		for i, n := len(s), 0; i > 0; {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if !isSpaceRE(r) {
				if n++; n > re.tail {
					want = i
					break
				}
			}
			i -= size
		}
		if got := re.from(s); got != want {
			t.Fatalf("from(%q) with tail %d = %d, want %d", s, re.tail, got, want)
		}
	})
}

// FuzzRuneLen checks runeLen against utf8.RuneCountInString on valid UTF-8.
func FuzzRuneLen(f *testing.F) {
	f.Add("缔约方会议第 6/1 号决议，Add.1")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := runeLen(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeLen(%q) = %d, want %d", s, got, want)
		}
	})
}

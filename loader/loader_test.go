package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/simplifiedchinese"

	"copgraph/kg"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

const corpusPath = "../corpus/CTOC-COP-2012-15.zh.txt"

func readCorpus(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// golden compares got with testdata/name, or rewrites the file under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./loader -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); if the change is right, rerun with -update and review the diff:\n%s", path, diff)
	}
}

func marshal(t testing.TB, g kg.Graph) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCorpusGolden(t *testing.T) {
	g, err := Parse("CTOC-COP-2012-15.zh.txt", readCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "corpus.golden.json", marshal(t, g))
}

// TestCorpusFacts pins the facts of the corpus that the walking skeleton promises, so that
// a golden file rewritten by mistake cannot hide their loss.
func TestCorpusFacts(t *testing.T) {
	g, err := Parse("CTOC-COP-2012-15.zh.txt", readCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	if g.Source != "doc:CTOC/COP/2012/15" {
		t.Errorf("source = %q, want the symbol from the running heads", g.Source)
	}
	var adopted []string
	for _, n := range g.Nodes {
		if n.Label(kg.LabelAct) && n.Properties.Get(kg.PropAdopted) == true {
			adopted = append(adopted, n.ID)
			if kg.String(n.Properties, kg.PropTitle) == "" {
				t.Errorf("%s has no title", n.ID)
			}
		}
	}
	wantAdopted := []string{"act:cop:decision:6/1", "act:cop:decision:6/2", "act:cop:decision:6/3",
		"act:cop:resolution:6/1", "act:cop:resolution:6/2", "act:cop:resolution:6/3", "act:cop:resolution:6/4"}
	if diff := cmp.Diff(wantAdopted, adopted); diff != "" {
		t.Errorf("adopted acts (-want +got):\n%s", diff)
	}
	var refs, narrative []string
	for _, r := range g.Relationships {
		if r.Type != kg.RelRefersTo {
			continue
		}
		if !strings.HasPrefix(r.Start, "act:") {
			narrative = append(narrative, strings.TrimPrefix(r.Start, "doc:CTOC/COP/2012/15#")+" "+kg.String(r.Properties, kg.PropRelation)+" "+strings.TrimPrefix(r.End, "act:"))
			continue
		}
		refs = append(refs, strings.TrimPrefix(r.Start, "act:")+" "+kg.String(r.Properties, kg.PropRelation)+" "+strings.TrimPrefix(r.End, "act:")+" @"+kg.String(r.Properties, kg.PropParagraph))
	}
	wantRefs := []string{
		"cop:resolution:6/1 recalls cop:resolution:5/1 @pp1",
		"cop:resolution:6/1 pursuant_to cop:resolution:5/1 @pp16",
		"cop:resolution:6/1 pursuant_to cop:resolution:5/8 @pp16",
		"cop:resolution:6/1 cites ga:resolution:64/293 @pp5",
		"cop:resolution:6/2 reaffirms cop:decision:4/6 @pp1",
		"cop:resolution:6/2 pursuant_to cop:resolution:5/4 @op7",
		"cop:resolution:6/2 pursuant_to cop:resolution:5/4 @op9", // "依照上述决议": the only resolution named before
		"cop:resolution:6/2 reaffirms cop:resolution:5/4 @pp2",
		"cop:resolution:6/2 see_also ga:decision:60/519 @pp8",
		"cop:resolution:6/3 implements cop:resolution:5/3 @op19",
		"cop:resolution:6/3 recalls cop:resolution:5/3 @pp2",
		"cop:resolution:6/3 recalls cop:resolution:5/3 @pp7",
		"cop:resolution:6/4 reaffirms cop:decision:4/3 @op2",
	}
	if diff := cmp.Diff(wantRefs, refs); diff != "" {
		t.Errorf("references (-want +got):\n%s", diff)
	}
	wantNarrative := []string{
		"n119 refers_to cop:resolution:6/4",
		"n123 refers_to cop:decision:6/1",
		"n125 refers_to cop:decision:6/2", // "第 6/2 号" and "决定" on two lines
		"n126 refers_to cop:decision:6/3",
		"n13 refers_to cop:decision:4/7",
		"n40 refers_to cop:resolution:6/1",
		"n48 emphasizes ga:resolution:64/293",
		"n72 refers_to cop:resolution:6/3",
		"n81 refers_to cop:resolution:6/2",
	}
	if diff := cmp.Diff(wantNarrative, narrative); diff != "" {
		t.Errorf("references from the narrative (-want +got):\n%s", diff)
	}
	title := func(id string) string {
		for _, n := range g.Nodes {
			if n.ID == id {
				return kg.String(n.Properties, kg.PropTitle)
			}
		}
		return ""
	}
	if got, want := title("act:cop:resolution:6/2"), "促进加入和实施《联合国打击跨国有组织犯罪公约关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》"; got != want {
		t.Errorf("title of 6/2, which wraps over two lines = %q, want %q", got, want)
	}
	if got, want := title("act:cop:resolution:5/1"), "确保有效实施《联合国打击跨国有组织犯罪公约》及其各项议定书"; got != want {
		t.Errorf("title of 5/1, given by 题为“…”的 = %q, want %q", got, want)
	}
}

// TestCorpusDraftsAndSponsors pins what the narrative says of each adopted draft.
func TestCorpusDraftsAndSponsors(t *testing.T) {
	g, err := Parse("CTOC-COP-2012-15.zh.txt", readCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	drafts := map[string]string{}
	sponsors := map[string]int{}
	for _, r := range g.Relationships {
		switch r.Type {
		case kg.RelDraftedAs:
			if r.Start == "doc:CTOC/COP/2012/15" {
				continue // the report's own drafts, L.1 and its addenda: TestFindReportDrafts
			}
			drafts[r.Start] = r.End
		case kg.RelSponsored:
			sponsors[r.End]++
		}
	}
	want := map[string]string{
		"act:cop:resolution:6/1": "doc:CTOC/COP/2012/L.4/Rev.2",
		"act:cop:resolution:6/2": "doc:CTOC/COP/2012/L.5/Rev.2",
		"act:cop:resolution:6/3": "doc:CTOC/COP/2012/L.6/Rev.2",
		"act:cop:resolution:6/4": "doc:CTOC/COP/2012/L.9",
		"act:cop:decision:6/2":   "doc:CTOC/COP/2012/L.11",
		"act:cop:decision:6/3":   "doc:CTOC/COP/2012/L.12",
	}
	if diff := cmp.Diff(want, drafts); diff != "" {
		t.Errorf("drafts (-want +got):\n%s", diff)
	}
	wantSponsors := map[string]int{
		"doc:CTOC/COP/2012/L.4/Rev.2": 10, "doc:CTOC/COP/2012/L.5/Rev.2": 2, "doc:CTOC/COP/2012/L.6/Rev.2": 11,
		"doc:CTOC/COP/2012/L.9": 1, "doc:CTOC/COP/2012/L.11": 1, "doc:CTOC/COP/2012/L.12": 1,
	}
	if diff := cmp.Diff(wantSponsors, sponsors); diff != "" {
		t.Errorf("sponsors per draft (-want +got):\n%s", diff)
	}
}

// TestQuotesMatchSpans checks every relationship's provenance: its span, cut from the
// cleaned text, is its quote.
func TestQuotesMatchSpans(t *testing.T) {
	text, _, err := Decode(readCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	d := segmentText(text)
	g, err := Parse("c.txt", readCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	rs := []rune(d.text())
	for _, n := range g.Nodes {
		if !n.Label(kg.LabelParagraph) {
			continue
		}
		s, e := kg.Int(n.Properties, kg.PropSpanStart), kg.Int(n.Properties, kg.PropSpanEnd)
		if s < 0 || e > int64(len(rs)) || s >= e || string(rs[s:e]) != kg.String(n.Properties, kg.PropText) {
			t.Errorf("%s: span [%d,%d) does not hold its text", n.ID, s, e)
		}
	}
	for _, r := range g.Relationships {
		if _, ok := r.Properties.Lookup(kg.PropQuote); !ok || r.Type == kg.RelConcerns {
			continue // no span: the relationship has no quote, or quotes a title
		}
		s, e := kg.Int(r.Properties, kg.PropSpanStart), kg.Int(r.Properties, kg.PropSpanEnd)
		if s < 0 || e > int64(len(rs)) || s >= e {
			t.Errorf("%s: span [%d,%d) outside the text", r.ID, s, e)
			continue
		}
		if got, want := string(rs[s:e]), kg.String(r.Properties, kg.PropQuote); got != want {
			t.Errorf("%s: text at span = %q, quote = %q", r.ID, got, want)
		}
	}
}

// TestEncodingsAndLayoutsGiveTheSameGraph rewrites the corpus the ways files of the family
// arrive and checks that the graph does not change.
func TestEncodingsAndLayoutsGiveTheSameGraph(t *testing.T) {
	data := readCorpus(t)
	want, err := Parse("c.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(data)
	if err != nil {
		t.Fatal(err)
	}
	utf16le := func(b []byte, bom bool) []byte {
		var out []byte
		if bom {
			out = []byte{0xFF, 0xFE}
		}
		for _, u := range utf16.Encode([]rune(string(b))) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	}
	utf16be := func(b []byte) []byte {
		out := []byte{0xFE, 0xFF}
		for _, u := range utf16.Encode([]rune(string(b))) {
			out = append(out, byte(u>>8), byte(u))
		}
		return out
	}
	crlf := bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
	for name, in := range map[string][]byte{
		"UTF-8 with BOM":                append([]byte{0xEF, 0xBB, 0xBF}, data...),
		"GB18030":                       gb,
		"UTF-16LE with BOM":             utf16le(data, true),
		"UTF-16LE without BOM":          utf16le(data, false),
		"UTF-16BE with BOM":             utf16be(data),
		"CRLF with BOM":                 append([]byte{0xEF, 0xBB, 0xBF}, crlf...),
		"full-width digits":             []byte(toFullWidthDigits(string(data))),
		"no blank lines between":        bytes.ReplaceAll(data, []byte("\n \n"), []byte("\n")),
		"no spaces around numbers":      compact(data),
		"lines wrapped at other places": rewrap(data),
	} {
		t.Run(name, func(t *testing.T) {
			got, err := Parse("c.txt", in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(facts(want), facts(got)); diff != "" {
				t.Errorf("facts differ (-utf8 +%s):\n%s", name, diff)
			}
		})
	}
}

// facts is a graph without the spans and quotes that a rewriting may legitimately move.
func facts(g kg.Graph) []string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, n.ID+" "+kg.String(n.Properties, kg.PropTitle)+" "+kg.String(n.Properties, kg.PropDate))
	}
	for _, r := range g.Relationships {
		out = append(out, r.ID+" "+kg.String(r.Properties, kg.PropRelation)+" "+kg.String(r.Properties, kg.PropVerb))
	}
	return out
}

func toFullWidthDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		if r == '/' {
			return '／'
		}
		return r
	}, s)
}

func TestBadInputIsAnErrorNamingTheFile(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"binary", "\x00\x01\x02\x03PK\x03\x04", "bad.bin: not text"},
		{"text with nothing of the family", "这是一封普通的信，没有任何决议。\n", "bad.bin: nothing of the UN report family found"},
		{"empty", "", "bad.bin: nothing of the UN report family found"},
		{"an act adopted twice", "第 6/1 号决议\n标题\n 大会，\n 回顾第 5/1 号决议，\n第 6/1 号决议\n标题\n 大会，\n", "bad.bin:5: resolution 6/1 is adopted twice (first at line 1)"},
		{"an act heading without a title", "第 6/1 号决议\n 大会，\n", "bad.bin:1: resolution 6/1 has no title and no text after its heading"},
		{"an act heading the next act's heading follows", "第 6/1 号决议\n\n第 6/2 号决议\n标题\n 大会，\n 1. 请秘书处报告；\n", "bad.bin:1: resolution 6/1 has no title and no text after its heading"},
		{"an act heading that ends the text", "第 6/2 号决议\n标题\n 大会，\n 1. 请秘书处报告；\n\n第 6/1 号决定\n", "bad.bin:6: decision 6/1 has no title and no text after its heading"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("bad.bin", []byte(tc.in))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("Parse = %v, want an error starting %q", err, tc.want)
			}
			var le *Error
			if !errors.As(err, &le) || le.File != "bad.bin" {
				t.Errorf("error %v is not a *loader.Error naming the file", err)
			}
			if kg.ErrorCode(err) != kg.EINVALID {
				t.Errorf("error code = %q, want %q", kg.ErrorCode(err), kg.EINVALID)
			}
		})
	}
}

func TestUntitledActHeadingOverItsTextIsRead(t *testing.T) {
	for _, tc := range []struct {
		name, in, act string
	}{
		{"a decision by number, then its sentence", "B. 决定\n\n第 9/4 号决定\n\n 缔约方会议决定其第十届会议于 2020 年 10 月 12 日至 16 日在维也纳举行。\n", "act:cop:decision:9/4"},
		{"a resolution by number, then its preamble", "第 7/2 号决议\n 缔约国会议，\n 回顾其第 6/1 号决议，\n 1. 请秘书处继续提供协助；\n", "act:cosp:resolution:7/2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse("untitled.txt", []byte(tc.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			nodes, _ := graphFacts(g)
			n, ok := nodes[tc.act]
			if !ok {
				t.Fatalf("no node %s", tc.act)
			}
			if n.Properties.Get(kg.PropAdopted) != true || kg.String(n.Properties, kg.PropTitle) != "" {
				t.Errorf("%s = %v, want adopted and untitled", tc.act, n.Properties)
			}
		})
	}
}

var (
	spaceBeforeUnit = regexp.MustCompile(`(\d) +(年|月|日|号|次|届)`)
	spaceAfterWord  = regexp.MustCompile(`(第|日|年|月) +(\d)`)
)

// compact writes dates and act numbers as compact texts do: "2010年10月22日第5/1号决议".
func compact(data []byte) []byte {
	data = spaceBeforeUnit.ReplaceAll(data, []byte("$1$2"))
	return spaceAfterWord.ReplaceAll(data, []byte("$1$2"))
}

// rewrap breaks every long line of running text in two, as a PDF laid out at another
// width would: the first half keeps the line's indent, the second starts at the margin.
// Footnote lines are left whole.
func rewrap(data []byte) []byte {
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		rs := []rune(l)
		if len(rs) < 30 || footnoteRE.MatchString(strings.TrimSpace(l)) {
			out = append(out, l)
			continue
		}
		// Layout breaks a line between Chinese characters or at a space, never inside a
		// Latin word.
		cut := len(rs) / 2
		for cut < len(rs)-1 && isLetter(rs[cut-1]) && isLetter(rs[cut]) {
			cut++
		}
		out = append(out, string(rs[:cut]), strings.TrimLeft(string(rs[cut:]), " "))
	}
	return []byte(strings.Join(out, "\n"))
}

func TestTheRunningHeadBesideJobNumbersNamesTheDocument(t *testing.T) {
	// A symbol alone on two lines of text recurs, but only the head by the job number is
	// the document's own.
	text := "A/CONF.1/2\n第 6/1 号决议\n标题\n 大会，\nA/CONF.1/2\n 回顾第 5/1 号决议，\n 注意到第 5/3 号决议，\n 欢迎第 5/4 号决议，\n 重申第 5/5 号决议，\n 铭记第 5/6 号决议，\n10 V.12-57117\n\nCTOC/COP/2012/15\n 还回顾第 5/2 号决议，\n"
	g, err := Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if g.Source != "doc:CTOC/COP/2012/15" {
		t.Errorf("source = %s, want the running head beside the job number", g.Source)
	}
}

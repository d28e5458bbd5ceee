// Package loader reads UN documents of the report family and returns the knowledge graph
// they state: bytes are decoded, page furniture and footnotes taken apart, the text segmented
// into acts and paragraphs, references extracted and resolved to stable ids. Each stage is a
// plain function of the one before; nothing here does I/O beyond the bytes it is given.
package loader

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"copgraph/kg"
)

// Error is a problem with an input file, at a line when one is to blame.
type Error struct {
	File string
	Line int // 0 when the problem is with the file as a whole
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Parse reads one document, named name for errors and provenance, and returns its graph,
// sorted by id. An input that is not text, or text in which nothing of the family is found,
// is an *Error (wrapped in a *kg.Error of code EINVALID).
func Parse(name string, data []byte) (kg.Graph, error) {
	text, _, err := Decode(data)
	if err != nil {
		return kg.Graph{}, invalid(&Error{File: name, Msg: err.Error()})
	}
	d := segmentText(text)
	if err := check(name, d); err != nil {
		return kg.Graph{}, invalid(err)
	}
	g := build(name, d.symbol, d)
	if len(d.acts) == 0 && !statesFacts(g) {
		return kg.Graph{}, invalid(&Error{File: name, Msg: "nothing of the UN report family found: no act heading (第 N/M 号决议), no reference to an act by number, no UN document symbol, working group or instrument"})
	}
	return g, nil
}

// statesFacts reports whether a graph says anything beyond its own paragraphs: a document
// whose paragraphs name nothing of the family is not one of its documents.
func statesFacts(g kg.Graph) bool {
	for _, r := range g.Relationships {
		if r.Type != kg.RelHasParagraph {
			return true
		}
	}
	return false
}

// invalid returns e wrapped so that it also reports kg's EINVALID code: callers can classify
// it without knowing this package, and still reach the *Error with errors.As.
func invalid(e *Error) error {
	return &invalidError{e}
}

type invalidError struct{ err *Error }

func (e *invalidError) Error() string { return e.err.Error() }

func (e *invalidError) Unwrap() []error {
	return []error{e.err, &kg.Error{Code: kg.EINVALID, Message: e.err.Error()}}
}

// check reports what makes a segmented document inconsistent: an act adopted twice, or an
// act heading with nothing of the act after it (no title, no date, no paragraph), where the
// text the heading stood over is lost. A heading with no title over the act's text is the
// family's: a report or a compilation may print a short decision by its number alone
// ("第 11/2 号决定" then "缔约方会议决定其第十二届会议…"), and the act is read untitled.
func check(name string, d document) *Error {
	seen := map[string]int{}
	for _, a := range d.acts {
		id := a.key.ID()
		if first, ok := seen[id]; ok {
			return &Error{File: name, Line: a.line, Msg: fmt.Sprintf("%s %s is adopted twice (first at line %d)", a.key.Kind, a.key.Number, first)}
		}
		seen[id] = a.line
		if strings.TrimSpace(a.title) == "" && a.date == "" && len(a.paras) == 0 { // the Council's are headed by their adoption
			return &Error{File: name, Line: a.line, Msg: fmt.Sprintf("%s %s has no title and no text after its heading", a.key.Kind, a.key.Number)}
		}
	}
	return nil
}

// DocumentID returns the id of the Document node of a source: its UN symbol when its
// running heads give one, else its file name.
func DocumentID(name, symbol string) string {
	if symbol != "" {
		return "doc:" + symbol
	}
	return "doc:file:" + filepath.Base(name)
}

// segmentText runs the stages from decoded text to a segmented document.
func segmentText(text string) document {
	c := clean(text)
	bs := blocks(c.lines)
	takeMarkers(bs, c.footnotes)
	own, series := c.symbol, append(titleSymbols(c.lines), c.heads...)
	if own == "" && len(series) > 0 {
		own = series[0]
	}
	d := segment(bs, c.footnotes, documentBody(append([]string{c.symbol}, series...), bs), isCorrigendum(own, bs))
	d.acts = slices.DeleteFunc(d.acts, func(a actText) bool { return bareOverNothing(a, bs) })
	sameMeetingActs(d.acts)
	d.symbol = own
	for _, s := range series {
		if s != own && !slices.Contains(d.aliases, s) {
			d.aliases = append(d.aliases, s) // "E/2019/30" and "E/CN.15/2019/12": one report
		}
	}
	d.session, d.item, d.moreItems = titleSession(bs)
	if d.item != "" {
		d.itemTitle = titleItemTitle(c.lines)
	}
	return d
}

// bareOverNothing reports whether an act is a decision's number alone on its line
// (isBareDecisionHead) with nothing of an act after it: a list of numbers, an index, heads
// no act, where check would take it for a heading whose text is lost.
func bareOverNothing(a actText, bs []block) bool {
	if strings.TrimSpace(a.title) != "" || a.date != "" || len(a.paras) > 0 {
		return false
	}
	i, found := slices.BinarySearchFunc(bs, a.line, func(bl block, line int) int { return bl.line - line })
	return found && isBareDecisionHead(bs[i].text)
}

// isCorrigendum reports whether a document corrects another: its symbol is a corrigendum's
// ("…/Corr.1"), or its title page says so (a block that ends with 更正, as the title does
// under the corrected document's).
func isCorrigendum(symbol string, bs []block) bool {
	if _, role, ok := revisionOf(symbol); ok && role == "corrigendum" {
		return true
	}
	for _, bl := range titleBlocks(bs) {
		if strings.HasSuffix(trimSpace(bl.text), "更正") {
			return true
		}
	}
	return false
}

// titleSymbols returns the symbols a document's first lines give, where its title page
// stands: "联合国 A/RES/66/181", "E/2010/30" and "E/CN.15/2010/20" on the lines below (a
// report to the Council is also the Commission's). Lines, not blocks: a block joins its
// lines without a space, which would run two symbols together.
func titleSymbols(lines []line) []string {
	var out []string
	for i, l := range lines {
		if i >= 4 || strings.Contains(l.text, "。") {
			break
		}
		if t := trimSpace(l.text); strings.HasPrefix(t, "[") || strings.HasPrefix(t, "［") {
			// "[根据第三委员会的报告（A/78/461）通过]", "［未经发交主要委员会而通过（A/78/L.47）］":
			// how an Assembly resolution was adopted, under its heading; the symbol is the
			// committee's report or the draft, cited, and none of the resolution's own.
			continue
		}
		for _, m := range findSymbols(l.text) {
			out = append(out, m.symbol)
		}
	}
	return out
}

var (
	// titleSessionRE is the session a report's or a resolution's title page names:
	// "第二十一届会议报告", "第六十六届会议".
	titleSessionRE = regexp.MustCompile(`第([一二三四五六七八九十]{1,3})届会议`)
	// titleItemRE is the agenda item a resolution's title page names: "议程项目 103". A
	// document issued before the Assembly's agenda is adopted names the item of its
	// preliminary list ("暂定项目清单*项目 109"), which keeps its number on the agenda. The
	// footnote's marker stays where no footnote was read to take it.
	titleItemRE = regexp.MustCompile(`(?:议程|项目清单)[*＊]?项目\s*(\d{1,3}(?:\s*\([a-z]\))?)`)
)

// titleBlocks returns the blocks of a document's title page: the opening ones (eight at
// most) before its first act or numbered paragraph.
func titleBlocks(bs []block) []block {
	for i, bl := range bs {
		if i >= 8 || numberedRE.MatchString(bl.text) {
			return bs[:i]
		}
		if _, _, _, ok := actHeading(bl.text); ok {
			return bs[:i]
		}
	}
	return bs
}

// titleSession returns the session a document's title page names, or 0, and the agenda
// item it names, or "", with the items it names after that one ("议程项目 13 和 117"): the
// opening lines before its first act or numbered paragraph.
func titleSession(bs []block) (session int, item string, more []string) {
	for _, bl := range titleBlocks(bs) {
		if m := titleSessionRE.FindStringSubmatch(bl.text); m != nil && session == 0 {
			session = chineseNumber(m[1])
		}
		if !contains(bl.text, "项目") {
			continue // every item holds it: the pattern, which opens with alternatives, has no literal prefix to search for
		}
		if m := titleItemRE.FindStringSubmatchIndex(bl.text); m != nil && item == "" {
			item = strings.Join(strings.Fields(bl.text[m[2]:m[3]]), "")
			more = titleMoreItems(bl.text[m[1]:], item)
		}
	}
	return session, item, more // an item without a session is a working group's, or no one's
}

// titleMoreItemRE is one more item a title page joins to the item before: "和 117",
// "、118", "和 (b)".
var titleMoreItemRE = regexp.MustCompile(`^[ \t]*(?:和|、|及|以及)[ \t]*(\d{1,3})?[ \t]*(\([a-z]\))?`)

// titleMoreItems returns the items a title page names after the first, whose number is
// first, from the text after it: a General Assembly resolution adopted in plenary is often
// under two ("议程项目 13 和 117"); a sub-item alone is of the item before ("12(a) 和 (b)").
func titleMoreItems(rest, first string) []string {
	var out []string
	top, _, _ := strings.Cut(first, "(")
	for {
		m := titleMoreItemRE.FindStringSubmatchIndex(rest)
		if m == nil || m[2] < 0 && m[4] < 0 {
			return out
		}
		n := top
		if m[2] >= 0 {
			n, top = rest[m[2]:m[3]], rest[m[2]:m[3]]
		}
		if m[4] >= 0 {
			n += rest[m[4]:m[5]]
		}
		out = append(out, n)
		rest = rest[m[1]:]
	}
}

// titleItemTitle returns the title a title page gives the agenda item it names: the lines
// under "议程项目 2", as far in as it ("审议…的实施情况：" / "《…议定书》"), up to one set
// further in (the document's own title), a date, a bracket, or the line that says what the
// document is ("秘书处的说明", "第三委员会的报告"). "" where it gives none.
func titleItemTitle(lines []line) string {
	for i, l := range lines {
		if i > 30 {
			return ""
		}
		if !contains(l.text, "项目") || !titleItemRE.MatchString(strings.NewReplacer("*", "", "＊", "").Replace(l.text)) { // "临时议程*项目 2": a footnote's marker
			continue
		}
		var title string
		for _, n := range lines[i+1:] {
			t := n.text
			if n.indent > l.indent || t == "" || t[0] >= '0' && t[0] <= '9' || strings.HasPrefix(t, "[") || strings.HasPrefix(t, "［") ||
				strings.HasSuffix(t, "的报告") || strings.HasSuffix(t, "的说明") || strings.HasSuffix(t, "决议") || strings.HasSuffix(t, "决定") || slices.ContainsFunc(documentKinds, func(k string) bool { return strings.HasPrefix(t, k) }) ||
				strings.ContainsAny(t, "。；") || runeLen(title+t) > 120 {
				break
			}
			title = joinLines(title, t)
		}
		return strings.TrimRight(title, "：:")
	}
	return ""
}

// documentKinds open the line of a title page that says what the document is.
var documentKinds = []string{"秘书处的说明", "秘书长的报告", "执行主任的报告", "秘书处编写的背景文件"}

// symbolBodies maps the series of UN symbols to the bodies whose documents they are,
// longest prefix first.
var symbolBodies = []struct {
	prefix string
	body   kg.Body
}{
	{"CTOC/COP", kg.BodyCOP},
	{"UNODC/CCPCJ/", kg.BodyCCPCJ},
	{"UNODC/CND/", kg.BodyCND},
	{"CAC/COSP", kg.BodyCOSP},
	{"E/CN.15/", kg.BodyCCPCJ},
	{"E/CN.7/", kg.BodyCND},
	{"A/HRC/", kg.BodyHRC},
	{"A/", kg.BodyGA},
	{"E/", kg.BodyECOSOC},
	{"S/", kg.BodySC},
}

// documentBody returns the body whose document this is, which is the body of the acts its
// narrative names by number alone ("第 4/1 号决议" in a report of the Conference of the
// States Parties is one of theirs): from the series of its symbols (the most specific: a
// report that is both E/2010/30 and E/CN.15/2010/20 is the Commission's), except that a
// commission's report known only by the Council's symbol (E/2020/30), which the Council
// publishes as its official record, is the commission's, as its title says (the report of
// its session) or else its supplement's number; else from the first body its opening lines
// (the title page) name; else the Conference of the Parties.
func documentBody(symbols []string, bs []block) kg.Body {
	best, bestLen := kg.Body(""), 0
	for _, s := range symbols {
		for _, sb := range symbolBodies {
			if strings.HasPrefix(s, sb.prefix) && len(sb.prefix) > bestLen {
				best, bestLen = sb.body, len(sb.prefix)
			}
		}
	}
	if best == kg.BodyECOSOC && bestLen == len("E/") {
		// The Council's official records carry its commissions' session reports: a report
		// known only as E/2019/30 is the Commission's, whose acts it reports.
		if body, ok := commissionReported(bs); ok {
			return body
		}
		for _, s := range symbols {
			if body, ok := recordsSupplement(s); ok {
				return body
			}
		}
	}
	if bestLen > 0 {
		return best
	}
	for _, bl := range titleBlocks(bs) {
		if body, ok := firstBodyNamed(bl.text); ok {
			return body
		}
	}
	return kg.BodyCOP
}

// councilRecords are the commissions whose session reports the Economic and Social Council
// publishes as supplements to its official records, by the number the supplement's symbol
// carries: supplement No. 10, E/YYYY/30, is the report of the Commission on Crime Prevention
// and Criminal Justice; No. 8, E/YYYY/28, of the Commission on Narcotic Drugs.
var councilRecords = []struct {
	number string
	body   kg.Body
}{{"30", kg.BodyCCPCJ}, {"28", kg.BodyCND}}

// recordsSupplementRE reads the year and number of a symbol of the Council's main series,
// with its addenda and corrigenda: "E/2019/30", "E/2019/30/Add.1".
var recordsSupplementRE = regexp.MustCompile(`^E/\d{4}/(\d{1,3})(?:/|$)`)

// recordsSupplement returns the commission whose report a symbol of the Council's official
// records is (councilRecords), or false.
func recordsSupplement(symbol string) (kg.Body, bool) {
	m := recordsSupplementRE.FindStringSubmatch(symbol)
	if m == nil {
		return "", false
	}
	for _, r := range councilRecords {
		if r.number == m[1] {
			return r.body, true
		}
	}
	return "", false
}

// sessionReportRE reads, after a body's name, the title of its session's report: "第二十九
// 届会议报告", "第二十八届会议续会报告", "关于第二十八届会议（…）的报告", a line break
// or spaces between them.
var sessionReportRE = regexp.MustCompile(`^\s*(?:关于)?\s*第[一二三四五六七八九十]{1,3}届(?:特别)?会议(?:续会)?\s*(?:[（(][^）)]{0,60}[）)])?\s*(?:的)?\s*报告`)

// commissionReported returns the commission (councilRecords) whose session's report a title
// page says the document is, the first it so names ("预防犯罪和刑事司法委员会第二十九届会议报告", or the name on a
// line of its own over "第二十八届会议续会报告"), or false.
func commissionReported(bs []block) (kg.Body, bool) {
	var title strings.Builder
	for _, bl := range titleBlocks(bs) {
		title.WriteString(bl.text)
		title.WriteByte('\n')
	}
	t := title.String()
	best, at := kg.Body(""), len(t)
	for _, r := range councilRecords {
		for _, bn := range bodyNames {
			if bn.body != r.body {
				continue
			}
			for from := 0; from < at; {
				i := strings.Index(t[from:], bn.name)
				if i < 0 || from+i >= at {
					break
				}
				from += i + len(bn.name)
				if sessionReportRE.MatchString(t[from:]) {
					best, at = r.body, from-len(bn.name)
					break
				}
			}
		}
	}
	return best, best != ""
}

// firstBodyNamed returns the body a text names first (the longest name where several
// start at the same place).
func firstBodyNamed(t string) (kg.Body, bool) {
	best, at, size := kg.Body(""), len(t), 0
	for _, bn := range bodyNames {
		if i := strings.Index(t, bn.name); i >= 0 && (i < at || i == at && len(bn.name) > size) {
			best, at, size = bn.body, i, len(bn.name)
		}
	}
	return best, size > 0
}

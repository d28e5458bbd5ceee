package loader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

// An instrument is cited where it is published, in a footnote to its name: the United
// Nations Treaty Series ("联合国，《条约汇编》，第 2225 卷，第 39574 号。") or a United Nations
// publication's sales number ("联合国出版物，出售品编号：E.11.V.9。"). Neither is a document
// symbol; each is a citation of the instrument whose name carries the footnote's marker.
var (
	treatySeriesRE = regexp.MustCompile(`(?:《条约汇编》|^同上)\s*[，,]?\s*第\s*(\d[\d\s、，,和及至-]*?)\s*卷\s*[，,]?\s*第\s*(\d[\d\s、，,和及至-]*?)\s*号`)
	salesNumberRE  = regexp.MustCompile(`出售品编号\s*[：:]?\s*([A-Z]\s*\.\s*\d{2}\s*\.\s*[IVXL]+\s*\.\s*\d+[A-Za-z]?)`)
	// protocolsRE is what may stand between a convention's name and the marker of the
	// footnote that cites it with its protocols: "《公约》及其各项议定书1".
	protocolsRE = regexp.MustCompile(`^\s*及其(?:各项)?(?:补充)?议定书\s*$`)
	// articleAfterRE is an article of an instrument, between the instrument's name and the
	// marker of the footnote that cites it: "《…议定书》第 6 条2", "《公约》第 5 条第 2 款3",
	// or articles listed, numbered in figures or in words ("《公约》第十四条和第五十二条2").
	articleAfterRE = regexp.MustCompile(`(?:第\s*(?:[\d０-９]+|[一二三四五六七八九十百]+)\s*条(?:\s*第\s*(?:[\d０-９]+|[一二三四五六七八九十百]+)\s*款)?\s*[和及、]?\s*)+$`)
	// titleBeforeRE is a title in its marks that ends where the footnote marker stands.
	titleBeforeRE = regexp.MustCompile(`《([^《》]{2,120})》\s*$`)
)

// articlesBytes is how far back from a footnote's marker the articles it follows are read:
// two articles with their paragraphs in words ("第十四条第二款和第五十二条第三款").
const articlesBytes = 90

// publication is where a footnote says an instrument is published.
type publication struct {
	role        string // "treaty_series" or "sales_number"
	volume      string // Treaty Series volumes, as listed: "2225, 2237"
	number      string // Treaty Series registration number
	salesNumber string // "E.11.V.9"
	start, end  int    // rune offsets in the footnote's text
	quote       string
}

// findPublications returns the Treaty Series and sales-number citations of a footnote. A
// footnote that opens with 同上 (ibid.) and gives volumes and a number cites the Treaty
// Series again.
func findPublications(text string) []publication {
	var out []publication
	if strings.Contains(text, "条约汇编") || strings.HasPrefix(text, "同上") && strings.Contains(text, "卷") {
		for _, m := range treatySeriesMatches(text) {
			out = append(out, publication{role: "treaty_series", volume: numberList(text[m[2]:m[3]]), number: numberList(text[m[4]:m[5]]),
				start: runeLen(text[:m[0]]), end: runeLen(text[:m[1]]), quote: text[m[0]:m[1]]})
		}
	}
	if strings.Contains(text, "出售品编号") {
		for _, m := range salesNumberRE.FindAllStringSubmatchIndex(text, -1) {
			out = append(out, publication{role: "sales_number", salesNumber: strings.Join(strings.Fields(text[m[2]:m[3]]), ""),
				start: runeLen(text[:m[0]]), end: runeLen(text[:m[1]]), quote: text[m[0]:m[1]]})
		}
	}
	return out
}

// treatySeriesMatches returns treatySeriesRE.FindAllStringSubmatchIndex(text, -1): the
// matches treatySeriesAt finds where one may begin, from left to right, each after the one
// before. A match begins with 《条约汇编》, or at the text's start with 同上.
func treatySeriesMatches(text string) [][]int {
	var out [][]int
	from, at := 0, -1 // where the next match may begin, and the place to try
	if strings.HasPrefix(text, "同上") {
		at = 0
	}
	for {
		if at < 0 {
			i := strings.Index(text[from:], "《条约汇编》")
			if i < 0 {
				return out
			}
			at = from + i
		}
		m := treatySeriesAt(text, at)
		if m == nil {
			from, at = at+1, -1
			continue
		}
		out = append(out, m)
		from, at = m[1], -1
	}
}

// treatySeriesAt returns the submatches of treatySeriesRE's match at byte at of text, which
// begins with its opening, or nil, without the regexp machine, whose backtracking over the
// lazy lists of numbers cost more than the rest of the loader's reading of a footnote. The
// expression leaves no choice that could change its match: the spaces and the comma before
// 第 are taken as they stand; a list of numbers, which cannot run past 卷 or 号, ends at the
// first place that is followed by spaces and its word, and, were what follows to fail, a
// longer list would end at the same word and fail the same.
func treatySeriesAt(text string, at int) []int {
	p := at
	switch {
	case strings.HasPrefix(text[p:], "《条约汇编》"):
		p += len("《条约汇编》")
	case at == 0 && strings.HasPrefix(text, "同上"):
		p += len("同上")
	default:
		return nil
	}
	p, ok := treatyOrdinal(text, p)
	if !ok {
		return nil
	}
	volStart, volEnd, p, ok := treatyNumbers(text, p, "卷")
	if !ok {
		return nil
	}
	if p, ok = treatyOrdinal(text, p); !ok {
		return nil
	}
	numStart, numEnd, p, ok := treatyNumbers(text, p, "号")
	if !ok {
		return nil
	}
	return []int{at, p, volStart, volEnd, numStart, numEnd}
}

// treatyOrdinal reads `\s*[，,]?\s*第` from byte p of text, and returns where it ends.
func treatyOrdinal(text string, p int) (int, bool) {
	p = skipRESpaces(text, p)
	if strings.HasPrefix(text[p:], "，") {
		p += len("，")
	} else if p < len(text) && text[p] == ',' {
		p++
	}
	p = skipRESpaces(text, p)
	if !strings.HasPrefix(text[p:], "第") {
		return p, false
	}
	return p + len("第"), true
}

// treatyNumbers reads `\s*(\d[\d\s、，,和及至-]*?)\s*` and word from byte p of text: the
// list's bounds, and where the word ends.
func treatyNumbers(text string, p int, word string) (start, end, after int, ok bool) {
	start = skipRESpaces(text, p)
	if start == len(text) || text[start] < '0' || text[start] > '9' {
		return 0, 0, 0, false
	}
	q := start + 1
	for q < len(text) {
		switch c := text[q]; {
		case c >= '0' && c <= '9' || c == '-' || c == ',' || isRESpace(c):
			q++
			continue
		}
		if n := hasAnyPrefixLen(text[q:], treatyListMarks); n > 0 {
			q += n
			continue
		}
		break
	}
	if !strings.HasPrefix(text[q:], word) {
		return 0, 0, 0, false
	}
	end = q
	for end > start && isRESpace(text[end-1]) {
		end--
	}
	return start, end, q + len(word), true
}

// treatyListMarks are the characters of more than one byte that a list of numbers in a
// Treaty Series citation may hold.
var treatyListMarks = []string{"、", "，", "和", "及", "至"}

// hasAnyPrefixLen returns the length of the first of prefixes that s begins with, or 0.
func hasAnyPrefixLen(s string, prefixes []string) int {
	for _, x := range prefixes {
		if strings.HasPrefix(s, x) {
			return len(x)
		}
	}
	return 0
}

// numberList writes a list of numbers as "2225, 2237, 2241, 2326" and a range as
// "2225-2237", whatever separators the text used.
func numberList(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != '-' && r != '至' })
	for i := range f {
		f[i] = strings.ReplaceAll(f[i], "至", "-")
	}
	return strings.Join(f, ", ")
}

// citedInstrument returns the instrument whose name ends where a footnote marker stands,
// at rune offset at of the paragraph's text: one the lexicon knows, or else the title in
// marks right before the marker, as a new Instrument. A convention named with its
// protocols ("《公约》及其各项议定书1") is the one cited. named are the text's entities, as
// findEntities finds them.
func citedInstrument(text string, at int, named []entityMention) (kg.Node, bool) {
	// The marker's byte offset, counted on from the last entity that ends before it, where
	// counting from the text's start read the whole paragraph up to it.
	base, baseByte := 0, 0
	for i := len(named) - 1; i >= 0; i-- {
		if named[i].end <= at {
			base, baseByte = named[i].end, named[i].endByte
			break
		}
	}
	cut, ok := byteOffset(text[baseByte:], at-base)
	if !ok {
		return kg.Node{}, false
	}
	cut += baseByte
	if strings.HasSuffix(strings.TrimRight(text[:cut], " "), "条") || strings.HasSuffix(strings.TrimRight(text[:cut], " "), "款") {
		if loc := articleAfterRE.FindStringIndex(text[max(0, cut-articlesBytes):cut]); loc != nil {
			// The instrument whose article it is carries the marker.
			art := text[max(0, cut-articlesBytes)+loc[0] : cut]
			cut -= len(art)
			at -= utf8.RuneCountInString(art)
		}
	}
	for i := len(named) - 1; i >= 0; i-- {
		m := named[i]
		if m.end > at || m.ent.labels[0] != kg.LabelInstrument {
			continue
		}
		if at-m.end <= 2 || m.endByte <= cut && protocolsRE.MatchString(text[m.endByte:cut]) {
			return m.ent.node(), true
		}
		break
	}
	title, ok := titleBefore(text[:cut])
	if !ok {
		return kg.Node{}, false
	}
	name := strings.Join(strings.Fields(title), "")
	if hasAnySuffix(name, publicationWords) {
		return kg.Node{}, false // a publication ("《2018 年全球人口贩运问题报告》"), no instrument
	}
	return kg.Node{ID: "inst:" + name, Labels: []string{kg.LabelInstrument}, Properties: make(kg.Props, 0, 1).With(kg.PropName, "《"+name+"》")}, true
}

// titleBefore returns the title of titleBeforeRE's match in s (its group), without the
// regexp machine, which tries the expression at every character of the paragraph. A title
// holds no mark of its own: a match ends with the last 》, before spaces alone, and begins
// with the last 《 before it, or there is none.
func titleBefore(s string) (string, bool) {
	inner, ok := strings.CutSuffix(strings.TrimRight(s, " \t\n\f\r"), "》") // \s as the regexp package reads it
	if !ok {
		return "", false
	}
	i := strings.LastIndex(inner, "《")
	if i < 0 {
		return "", false
	}
	title := inner[i+len("《"):]
	if n := utf8.RuneCountInString(title); n < 2 || n > 120 || strings.Contains(title, "》") {
		return "", false
	}
	return title, true
}

// publicationWords end the titles of publications, which a sales number cites as it does
// instruments: reports, studies, manuals, yearbooks.
var publicationWords = []string{"报告", "研究", "手册", "指南", "汇编", "年鉴", "概览", "概况", "报告书"}

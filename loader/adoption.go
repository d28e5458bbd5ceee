package loader

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"copgraph/kg"
)

var (
	// adoptedRE finds, in a report's narrative, the adoption of a draft: "在 2012 年 10 月 19
	// 日第 10 次会议上，缔约方会议通过了一份订正决议草案（CTOC/COP/2012/L.4/Rev.2）".
	// adoptedMatches reads it by hand; the pattern states the rule, and the tests hold the
	// reading to it.
	adoptedRE = regexp.MustCompile(`(?:在\s*(?:` + meetingDatePattern + `\s*)?(?:举行的)?第\s*(\d{1,3})\s*次(?:全体)?会议上，)?[^。（，]{0,20}?通过了((?:[^。（]|（[^（）]{0,60}）)*?)(决议|决定)草案\s*（([^（）]{4,80})）`)
	// textAtRE finds where the report says the adopted text stands: "（案文见第一章，A 节，
	// 第 6/1 号决议。）". textAtIn reads it.
	textAtRE = regexp.MustCompile(`（案文见[^（）]{0,30}?第\s*(` + actNumberPattern + `)\s*号\s*(决议|决定)。?）`)
	// sponsorsRE finds the sponsors of a draft: "该草案的提案方为哥斯达黎加、…和美国。"
	// sponsorsIn reads it by hand.
	sponsorsRE = mustGated(`提案(?:方|国)(?:为|是)\s*[：:]?\s*([^。]{2,600})。`)
	// submittedRE finds who submitted a draft: "由扩大主席团提交的一份决定草案", "通过了主席提交
	// 的一份决议草案". submittedIn reads it by hand.
	submittedRE = regexp.MustCompile(`(?:由|通过了(?:一份|一项)?|审议了(?:一份|一项)?)([^，。（）由]{2,80}?)(?:（[^（）]{0,80}）)?提交的`)
	// submittedAfterRE finds who submitted a draft in the clause after its symbol: "该草案由意
	// 大利（代表欧洲联盟成员国）提交".
	submittedAfterRE = mustGated(`该(?:决议|决定)?草案由([^，。（）]{2,80}?)(?:（[^（）]{0,40}）)?提交`)
	// namedDraftRE finds a draft named by its symbol: "决议草案（CAC/COSP/2013/L.1/Rev.1）".
	namedDraftRE = mustGated(`(?:决议|决定)草案\s*（([^（）]{4,80})）`)
	// recommendedRE finds, in a report's narrative, a draft the body recommends that another
	// adopt: "委员会建议经济及社会理事会核准一项经订正的决议草案（E/CN.15/2013/L.12/Rev.1）",
	// or approves for another to adopt: "委员会核准了一项供经济及社会理事会提请大会通过的
	// 决议草案（E/CN.15/2021/L.5）".
	recommendedRE = regexp.MustCompile(`(?:建议[^。（]{0,40}?(?:核准|通过)|核准了[^。（]{0,12}?供[^。（]{0,40}?通过的)[^。（]{0,30}?(?:决议|决定)草案\s*（([^（）]{4,80})）([^。]*)。`)
	// adoptedAtRE is the meeting, and its date, at which a sentence says an act was adopted:
	// "在 2012 年 10 月 19 日第 10 次会议上".
	adoptedAtRE = mustGated(`在\s*(?:` + meetingDatePattern + `\s*)?(?:举行的)?第\s*(\d{1,3})\s*次(?:全体)?会议上`)
)

// gatedRE is a regexp that holds the strings every match of it holds: a text that lacks one
// is not searched. Most of the texts the rules of adoption read lack the words a pattern
// is about ("提交的", "提案"), and looking for them costs a fraction of starting the regexp
// machine at every character.
type gatedRE struct {
	*regexp.Regexp
	needs []string
}

func mustGated(expr string) gatedRE {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	return gatedRE{Regexp: regexp.MustCompile(expr), needs: needs(tree)}
}

// may reports whether s holds every string a match holds.
func (re gatedRE) may(s string) bool {
	for _, n := range re.needs {
		if !contains(s, n) {
			return false
		}
	}
	return true
}

func (re gatedRE) FindStringSubmatch(s string) []string {
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindStringSubmatch(s)
}

func (re gatedRE) FindStringSubmatchIndex(s string) []int {
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindStringSubmatchIndex(s)
}

func (re gatedRE) FindStringIndex(s string) []int {
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindStringIndex(s)
}

func (re gatedRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !re.may(s) {
		return nil
	}
	return re.Regexp.FindAllStringSubmatchIndex(s, n)
}

// adoption is what the narrative says of the adoption of one act.
type adoption struct {
	act        kg.ActKey
	date       string
	monthDay   string // "11-06", where the date gives no year (reports mostly do not)
	meeting    string
	draft      string   // the symbol of the draft adopted
	sponsors   []string // States and organizations, as named
	submitter  string   // who submitted the draft, when no sponsors are listed
	start, end int      // rune offsets of the adoption sentence in the paragraph
	quote      string
}

// meetingDatePattern is the date of a meeting, its year often left out ("在 11 月 6 日第
// 9 次会议上"): groups year (optional), month, day.
const meetingDatePattern = `(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日`

// meetingDate returns the ISO date of a meetingDatePattern match in text (the bounds of its
// groups), or, where it gives no year, its month and day ("11-06").
func meetingDate(text string, y0, y1, m0, m1, d0, d1 int) (date, monthDay string) {
	if y0 >= 0 {
		return isoDate(text[y0:y1], text[m0:m1], text[d0:d1]), ""
	}
	return "", isoDate("", text[m0:m1], text[d0:d1])[1:]
}

// mayTellAdoption reports whether findAdoptions may find an adoption in text: it finds none
// in a text that holds neither "草案" (every adoption of a draft names it) nor "案文见" (the
// note that names an act adopted without a draft symbol), and tests for both first. Both
// hold 案: one search for it, by its middle byte, rarer than its last, finds either, where
// a search for each read the text twice.
func mayTellAdoption(text string) bool {
	for from := 0; ; {
		i := indexBy(text[from:], "案", 1)
		if i < 0 {
			return false
		}
		at := from + i
		if strings.HasSuffix(text[:at], "草") || strings.HasPrefix(text[at+len("案"):], "文见") {
			return true
		}
		from = at + len("案")
	}
}

// findAdoptions reads the adoptions a narrative paragraph reports: a draft (by symbol)
// adopted at a meeting, its sponsors or submitter, and the act it became, which the
// report names in "（案文见…第 6/1 号决议。）" right after.
func findAdoptions(text string, body kg.Body) []adoption {
	var out []adoption
	if indexBy(text, "草案", 1) < 0 { // by a byte of 草, rarer than 案's last
		// The regexp is costly, and no adoption of a draft is told without the word.
		return adoptionsWithoutDraft(text, body, nil)
	}
	locs := findAdopted(text)
	runes := runeOffsets{text: text}
	// The adoptions earlier in the sentence whose note is still to come: one note may place
	// the texts of all ("（案文分别见…）").
	var pending [][]int
	for i, m := range locs {
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		rest := text[m[1]:end]
		at := textAtIn(rest)
		if at == nil {
			if r := adoptedRespectively(text, append(pending, m), end, body); r != nil {
				out, pending = append(out, r...), nil
			} else if strings.Contains(rest, "。") {
				pending = nil
			} else {
				pending = append(pending, m)
			}
			continue
		}
		pending = nil
		kind := kg.KindResolution
		if rest[at[4]:at[5]] == "决定" {
			kind = kg.KindDecision
		}
		syms := findSymbols(text[m[14]:m[15]])
		if len(syms) == 0 {
			continue
		}
		a := adoption{
			act:   kg.ActKey{Body: body, Kind: kind, Number: normNumber(rest[at[2]:at[3]])},
			draft: syms[0].symbol,
			start: runes.of(m[0]),
			end:   runes.of(m[1] + at[1]),
			quote: text[m[0] : m[1]+at[1]],
		}
		if m[4] >= 0 {
			a.date, a.monthDay = meetingDate(text, m[2], m[3], m[4], m[5], m[6], m[7])
		}
		if m[8] >= 0 {
			a.meeting = text[m[8]:m[9]]
		}
		if s := sponsorsIn(rest[:at[0]]); s != nil {
			a.sponsors = splitNames(s[1])
		}
		if s := submittedIn(text[m[0]:m[1]]); s != nil {
			a.submitter = s[1]
		} else if s := submittedAfterRE.FindStringSubmatch(rest[:at[0]]); s != nil {
			a.submitter = s[1]
		}
		out = append(out, a)
	}
	return append(out, adoptionsWithoutDraft(text, body, out)...)
}

// respectivelyNote is the note that places the texts of several drafts adopted in one
// sentence, in the order the sentence names the drafts: "（案文分别见第二章，A 节，第 8/3 号
// 决议，和 B 节，第 8/1 号决定。）".
const respectivelyNote = "（案文分别见"

// submittedBeforeRE is who submitted a draft named after another in one sentence, in the
// words between the two: "，以及经主席团提交的" (决定草案（…）), "和由墨西哥提交的一份".
var submittedBeforeRE = regexp.MustCompile(`^\s*[，,、]?\s*(?:以及|和|及|并)?\s*(?:由|经)?([^，。（）由经]{2,80}?)(?:（[^（）]{0,80}）)?提交的(?:一份|一项)?\s*$`)

// adoptedRespectively reads the adoptions of one sentence whose drafts' texts one note
// places (respectivelyNote) before end: ms are the matches of adoptedRE in the sentence, in
// order, the last followed by the note. The drafts the sentence names (each match's, and
// those named after the last: "…决议草案（L.7），以及经主席团提交的决定草案（L.9）") pair in
// order with the acts the note names. Where the counts differ the pairing is not guessed,
// and nothing is read.
func adoptedRespectively(text string, ms [][]int, end int, body kg.Body) []adoption {
	last := ms[len(ms)-1]
	rest := text[last[1]:end]
	i := index(rest, respectivelyNote)
	if i < 0 || strings.Contains(rest[:i], "。（") {
		return nil // the note of another sentence
	}
	j := index(rest[i:], "）")
	if j < 0 {
		return nil
	}
	noteEnd := last[1] + i + j + len("）")
	var keys []kg.ActKey
	for _, r := range findActRefs(text[last[1]+i:noteEnd], body) {
		if !slices.Contains(keys, r.key) {
			keys = append(keys, r.key)
		}
	}
	type draftAt struct {
		symbol     string
		m          []int // the match whose meeting it was adopted at
		start, end int   // in text: where "决议草案" begins, and past its bracket
	}
	var drafts []draftAt
	for _, m := range ms {
		syms := findSymbols(text[m[14]:m[15]])
		if len(syms) == 0 {
			return nil
		}
		drafts = append(drafts, draftAt{syms[0].symbol, m, m[12], m[1]})
	}
	for _, d := range namedDraftRE.FindAllStringSubmatchIndex(rest[:i], -1) {
		syms := findSymbols(rest[d[2]:d[3]])
		if len(syms) == 0 {
			return nil
		}
		drafts = append(drafts, draftAt{syms[0].symbol, last, last[1] + d[0], last[1] + d[1]})
	}
	if len(drafts) < 2 || len(drafts) != len(keys) {
		return nil
	}
	runes := runeOffsets{text: text}
	out := make([]adoption, 0, len(drafts))
	for k, d := range drafts {
		m := d.m
		a := adoption{act: keys[k], draft: d.symbol, start: runes.of(ms[0][0]), end: runes.of(noteEnd), quote: text[ms[0][0]:noteEnd]}
		if m[4] >= 0 {
			a.date, a.monthDay = meetingDate(text, m[2], m[3], m[4], m[5], m[6], m[7])
		}
		if m[8] >= 0 {
			a.meeting = text[m[8]:m[9]]
		}
		if a.meeting == "" && k > 0 { // "…第 9 次会议上，…通过了…，并通过了…": the sentence's meeting
			a.date, a.monthDay, a.meeting = out[0].date, out[0].monthDay, out[0].meeting
		}
		if d.start == m[12] { // the match's own draft: who submitted it is said before it
			if s := submittedIn(text[m[0]:m[1]]); s != nil {
				a.submitter = s[1]
			}
		} else if s := submittedBeforeRE.FindStringSubmatch(text[drafts[k-1].end:d.start]); s != nil {
			a.submitter = s[1]
		}
		out = append(out, a)
	}
	return out
}

// adoptionsWithoutDraft reads the adoptions a paragraph reports of a text that had no draft
// symbol: "在…第 10 次会议上，缔约方会议通过了第七届会议临时议程。（案文见…第 6/1 号决定。）".
// The act is the one the note names; the date and meeting are those of the sentence that
// says "通过了" before it. Notes that an adoption of a draft (found) already read are
// skipped.
func adoptionsWithoutDraft(text string, body kg.Body, found []adoption) []adoption {
	if indexBy(text, "案文见", len("案文")+1) < 0 { // by 见's middle byte, rarer than its last
		return nil
	}
	var out []adoption
	runes := runeOffsets{text: text}
	taken := func(at int) bool {
		for _, a := range found {
			if at >= a.start && at < a.end {
				return true
			}
		}
		return false
	}
	for _, m := range textAtAll(text) {
		at := runes.of(m[0])
		if taken(at) {
			continue
		}
		// The sentence that says the text was adopted ends where the note begins.
		begin := strings.LastIndex(strings.TrimRight(text[:m[0]], "。 "), "。")
		begin++
		if begin > 0 {
			begin += len("。") - 1
		}
		if n := numberedRE.FindStringIndex(text[begin:m[0]]); n != nil && n[0] == 0 {
			begin += n[1] // the paragraph's number
		}
		sentence := text[begin:m[0]]
		if !strings.Contains(sentence, "通过了") {
			continue
		}
		kind := kg.KindResolution
		if text[m[4]:m[5]] == "决定" {
			kind = kg.KindDecision
		}
		a := adoption{act: kg.ActKey{Body: body, Kind: kind, Number: normNumber(text[m[2]:m[3]])},
			start: runes.of(begin), end: runes.of(m[1]), quote: text[begin:m[1]]}
		if w := adoptedAtRE.FindStringSubmatchIndex(sentence); w != nil {
			if w[4] >= 0 {
				a.date, a.monthDay = meetingDate(sentence, w[2], w[3], w[4], w[5], w[6], w[7])
			}
			a.meeting = sentence[w[8]:w[9]]
		}
		if strings.Contains(sentence, "通过了该") {
			// "审议了巴拿马提交的订正决议草案（…），并通过了该草案": the draft named before, in
			// the sentence or in the paragraph's sentences before it.
			where := sentence
			if namedDraftRE.FindStringIndex(where) == nil {
				where = text[:begin]
			}
			if ds := namedDraftRE.FindAllStringSubmatchIndex(where, -1); len(ds) > 0 {
				d := ds[len(ds)-1]
				if syms := findSymbols(where[d[2]:d[3]]); len(syms) > 0 {
					a.draft = syms[0].symbol
					from := max(0, lastIndexAny(where[:d[0]], "。")+1)
					if s := submittedIn(where[from:d[1]]); s != nil {
						a.submitter = s[1]
					}
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// findAdopted returns adoptedRE.FindAllStringSubmatchIndex(text, -1), searching only the
// stretches of text where a match can lie. A match is told around its "通过了": it begins
// after the second-last of "。（，" before it (the meeting it names ends in the last) and
// ends at the first "）" after the first "（" after it (the draft's symbol in brackets).
func findAdopted(text string) [][]int {
	var (
		out        [][]int
		start, end = -1, -1 // the stretch being gathered
	)
	search := func() {
		for _, m := range adoptedMatches(text[start:end]) {
			shifted(m, start)
			out = append(out, m)
		}
	}
	for from, prev := 0, 0; ; {
		i := index(text[from:], "通过了")
		if i < 0 {
			break
		}
		at := from + i
		from = at + len("通过了")
		// The draft's symbol stands in the brackets after 草案; a bracket before it is a
		// submitter's ("由南非（代表…）提交的…草案（…）").
		draftAt := index(text[from:], "草案")
		if draftAt < 0 {
			break // nor can any later "通过了" be matched
		}
		open := index(text[from+draftAt:], "（")
		if open < 0 {
			break
		}
		open += draftAt
		closing := index(text[from+open:], "）")
		if closing < 0 {
			break
		}
		// Search back no further than the "通过了" before: a stretch that began before it
		// overlaps that one's, which the two become.
		s := prev
		if k := adoptedMarks.lastIndex(text[prev:at]); k >= 0 {
			if k2 := adoptedMarks.lastIndex(text[prev : prev+k]); k2 >= 0 {
				_, size := utf8.DecodeRuneInString(text[prev+k2:])
				s = prev + k2 + size
			}
		}
		e := from + open + closing + len("）")
		prev = at
		if start >= 0 && s <= end {
			end = max(end, e)
			continue
		}
		if start >= 0 {
			search()
		}
		start, end = s, e
	}
	if start >= 0 {
		search()
	}
	return out
}

// adoptedByNumberAtRE is adoptedByNumberRE anchored: the match that opens where it is run.
var adoptedByNumberAtRE = regexp.MustCompile(`^(?:` + adoptedByNumberRE.String() + `)`)

// adoptedByNumberMatches returns adoptedByNumberRE.FindAllStringSubmatchIndex(text, -1),
// running the regexp only where a match can open: at a "通过了" that white space (\s:
// ASCII) and "第" follow, as in every match. The pattern tests nothing around a match, so
// the match that opens there is the one the anchored pattern finds in the text from there;
// as FindAll does, the search goes on where a match ends.
func adoptedByNumberMatches(text string) [][]int {
	var out [][]int
	for from := 0; ; {
		i := index(text[from:], "通过了")
		if i < 0 {
			return out
		}
		at := from + i
		from = at + len("通过了")
		if !strings.HasPrefix(text[skipRESpaces(text, from):], "第") {
			continue
		}
		m := adoptedByNumberAtRE.FindStringSubmatchIndex(text[at:])
		if m == nil {
			continue
		}
		shifted(m, at)
		out = append(out, m)
		from = m[1]
	}
}

// splitNames splits a list of names: "A、B、C和D" (the last joined by 和, 以及 or 及), as a
// list of speakers is split (splitSpeakers: a State's name that holds 和 stays whole), with
// any parenthesis dropped.
func splitNames(s string) []string {
	var out []string
	for _, sp := range splitSpeakers(s) {
		name, _ := cutBrackets(s[sp[0]:sp[1]])
		if name = squeezeSpace(name); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// submitters returns who a submitter's words name: the States of a list ("墨西哥、挪威和秘
// 鲁"), a State that submits on behalf of others ("南非代表非洲国家组"), else the words as
// one name ("联合国毒品和犯罪问题办公室", "扩大主席团").
func submitters(s string) []string {
	if i := strings.Index(s, "代表"); i > 0 {
		// "南非代表非洲国家组": a State submits on behalf of a group; the State is the
		// submitter, not a State named by the whole phrase.
		if _, ok := lookupState(s[:i]); ok {
			return []string{s[:i]}
		}
	}
	names := splitNames(s)
	if len(names) < 2 {
		return []string{s}
	}
	for _, n := range names {
		if _, ok := lookupState(n); !ok {
			return []string{s}
		}
	}
	return names
}

// sponsor adds the node of a sponsor or submitter named name, and returns its id: a State
// or an organisation the lexicons know, a chair, a bureau or other organ; an unknown name
// is a State, as sponsors mostly are. The node of a State or lexicon actor is not built
// where it is there already as the lexicon gives it (holdsNamed): merging it would change
// nothing.
func (b *graphBuilder) sponsor(name string) string {
	if st, ok := lookupState(name); ok {
		id := stateID(st)
		if !b.holdsNamed(id, stateLabels, st.nameZh, st.nameEn, true, st.aliases) {
			b.node(stateNode(st))
		}
		return id
	}
	if e := entityNamed(name); e != nil && e.labels[0] == kg.LabelActor {
		if !b.holdsNamed(e.id, e.labels, e.nameZh, e.nameEn, e.nameEn != "", e.aliases) {
			b.node(e.node())
		}
		return e.id
	}
	n := unknownSponsorNode(name)
	b.node(n)
	return n.ID
}

// unknownSponsorNode returns the node of a sponsor whose name is no State or lexicon actor.
func unknownSponsorNode(name string) kg.Node {
	switch {
	case strings.HasSuffix(name, "主席"):
		return kg.Node{ID: "actor:" + name, Labels: []string{kg.LabelActor, kg.LabelPerson}, Properties: map[string]any{kg.PropName: name}}
	case strings.Contains(name, "主席团") || strings.Contains(name, "工作组") || strings.Contains(name, "委员会"):
		return kg.Node{ID: "actor:" + name, Labels: []string{kg.LabelActor, kg.LabelOrganization}, Properties: map[string]any{kg.PropName: name}}
	}
	return kg.Node{ID: "state:" + name, Labels: []string{kg.LabelActor, kg.LabelState}, Properties: map[string]any{kg.PropName: name}}
}

// recommendation is a draft a report's body recommends that another adopt, with its
// sponsors.
type recommendation struct {
	draft      string
	sponsors   []string
	submitters []string
	start, end int // rune offsets of the sentence in the paragraph
	quote      string
}

// findRecommended returns the drafts a narrative paragraph says its body recommended for
// adoption by another, with the sponsors the sentence lists ("该决议草案的提案国为：…").
func findRecommended(text string) []recommendation {
	if indexBy(text, "草案", 1) < 0 || !contains(text, "建议") && !contains(text, "供") { // 草案 first: by a byte of 草, rarer
		return nil
	}
	var out []recommendation
	runes := runeOffsets{text: text}
	for _, m := range recommendedRE.FindAllStringSubmatchIndex(text, -1) {
		syms := findSymbols(text[m[2]:m[3]])
		if len(syms) == 0 {
			continue
		}
		r := recommendation{draft: syms[0].symbol, start: runes.of(m[0]), end: runes.of(m[1]), quote: text[m[0]:m[1]]}
		if s := sponsorsIn(text[m[4]:m[1]]); s != nil {
			r.sponsors = splitNames(s[1])
		} else if s := submittedAfterRE.FindStringSubmatch(text[m[4]:m[1]]); s != nil {
			r.submitters = submitters(s[1]) // "…（E/CN.15/2021/L.2），该草案由主席提交。"
		}
		out = append(out, r)
	}
	if len(out) > 0 || !contains(text, "该") {
		return out
	}
	// "审议了由南非提交的订正决议草案（…），并未经表决建议经济及社会理事会通过该草案": the
	// draft named before the words that recommend it.
	for from := 0; from < len(text); {
		end := strings.Index(text[from:], "。")
		if end < 0 {
			end = len(text)
		} else {
			end += from
		}
		sentence := text[from:end]
		if d := namedDraftRE.FindStringSubmatchIndex(sentence); d != nil && recommendsThatRE.MatchString(sentence[d[1]:]) {
			if syms := findSymbols(sentence[d[2]:d[3]]); len(syms) > 0 {
				r := recommendation{draft: syms[0].symbol, start: runes.of(from), end: runes.of(end), quote: sentence}
				if s := submittedIn(sentence); s != nil {
					r.submitters = submitters(s[1])
				}
				out = append(out, r)
			}
		}
		from = end + len("。")
	}
	return out
}

// recommendsThatRE finds words that recommend the draft named before them: "建议经济及社会
// 理事会通过该草案".
var recommendsThatRE = regexp.MustCompile(`建议[^。（]{0,40}?(?:核准|通过)该(?:决议|决定)?草案`)

// voteRE reads a recorded vote: "以 32 票赞成、1 票反对、2 票弃权".
var voteRE = regexp.MustCompile(`以\s*(\d{1,3})\s*票(?:赞成\s*[、，,]\s*|对\s*)(\d{1,3})\s*票(?:反对)?\s*[、，,]\s*(\d{1,3})\s*票弃权`)

// voteOf returns how the sentence of an adoption says the act was adopted: by a recorded
// vote, or without one ("未经表决").
func voteOf(sentence string) (vote *kg.Vote, without bool) {
	if !strings.Contains(sentence, "票") {
		return nil, strings.Contains(sentence, "未经表决") || strings.Contains(sentence, "不经表决")
	}
	m := voteRE.FindStringSubmatch(sentence)
	if m == nil {
		return nil, false
	}
	n := func(s string) int64 { v, _ := strconv.ParseInt(s, 10, 64); return v }
	return &kg.Vote{InFavour: n(m[1]), Against: n(m[2]), Abstaining: n(m[3])}, false
}

// joinedSponsorsFor returns joinedSponsorsRE.FindStringSubmatch(text), not searching a text
// without the 随后 that every match begins with.
func joinedSponsorsFor(text string) []string {
	if !contains(text, "随后") {
		return nil
	}
	return joinedSponsorsRE.FindStringSubmatch(text)
}

// decidedLabel is an act that a report says its body decided, named by its number in
// brackets after the words that say so: "委员会决定（第 28/2 号决定）将…转交…", "缔约方会议
// 决定，…应当继续…（第 11/2 号决定）。" The report adopts the act in that sentence, as it
// does one whose text it places (案文见…).
type decidedLabel struct {
	ref        string // the reference in the brackets: "第 28/2 号决定"
	start, end int    // its byte offsets in the text
	from       int    // where its sentence begins
}

// findDecidedLabels returns the acts a text says its body decided, in order.
func findDecidedLabels(text string) []decidedLabel {
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
			continue // a bracket that holds more than one reference says something else of it
		}
		begin := lastIndex(text[:open], "。") + 1
		if begin > 0 {
			begin += len("。") - 1
		}
		if n := numberedRE.FindStringIndex(text[begin:open]); n != nil && n[0] == 0 {
			begin += n[1] // the paragraph's number
		}
		if decidedBy(text[begin:open]) {
			out = append(out, decidedLabel{ref: text[start:end], start: start, end: end, from: begin})
		}
	}
}

// decidedBy reports whether a sentence, up to the bracket that names an act, says that a
// body decided: 决定 right after a body's name ("委员会决定", "缔约方会议还决定，"), a verb.
// 决定 after anything else is a noun ("根据其决定（第 10/1 号决定）"): the act is recalled,
// not decided there.
func decidedBy(s string) bool {
	for from := 0; ; {
		i := index(s[from:], "决定")
		if i < 0 {
			return false
		}
		at := from + i
		from = at + len("决定")
		head := s[:spaceBefore(s, at)]
		for _, adverb := range []string{"还", "又", "并", "也", "随后", "同时"} {
			if h, ok := strings.CutSuffix(head, adverb); ok {
				head = h[:spaceBefore(h, len(h))]
				break
			}
		}
		for _, bn := range bodyNames {
			if strings.HasSuffix(head, bn.name) {
				return true
			}
		}
		for _, short := range []string{"委员会", "理事会", "工作组", "审议组"} {
			if strings.HasSuffix(head, short) {
				return true
			}
		}
	}
}

// decidedByNumber marks adopted the acts of the session a report is of that its narrative
// says the body decided (findDecidedLabels), with the meeting and day of the sentence, as
// adoptedByNumber does for those it says were adopted.
func (b *graphBuilder) decidedByNumber(p paragraph, meetings []meetingMention) {
	if !contains(p.text, "（第") {
		return
	}
	for _, l := range findDecidedLabels(p.text) {
		sentence := p.text[l.from : l.end+len("）")]
		resumed := strings.Contains(sentence, "续会")
		for _, m := range findActRefs(l.ref, b.body) {
			n, ok := kg.Session(m.key.Number)
			latest := b.latest[b.body]
			if !ok || m.key.Body != b.body || n != latest && !(resumed && n == latest-1) {
				continue // only the acts of the session the report is of are its to decide
			}
			start, end := runeLen(p.text[:l.from]), runeLen(p.text[:l.end])+1
			act := kg.Act{Body: m.key.Body, Kind: m.key.Kind, Number: m.key.Number, Adopted: true}
			act.Meeting, act.Date = b.meetingAt(p.text, meetings, start)
			act.Vote, act.WithoutVote = voteOf(sentence)
			n0 := act.Node()
			b.node(n0)
			if act.Meeting != "" {
				if b.adoptedAt == nil {
					b.adoptedAt = map[string]map[string]any{}
				}
				b.adoptedAt[n0.ID] = b.provenance(p, sentence, start, end)
			}
		}
	}
}

// meetingAt returns the meeting, and its day, at which the sentence of a paragraph that
// holds rune offset at says something was done: the meeting it names ("在…第 10 次会议上"),
// else, for "在同次会议上", the one the narrative named last, else the one the paragraph
// named last before it.
func (b *graphBuilder) meetingAt(text string, meetings []meetingMention, at int) (meeting, date string) {
	if meeting, date := b.adoptionMeeting(sentenceAt(text, at)); meeting != "" {
		return meeting, date
	}
	var last meetingRef
	if sameMeeting(text, at) {
		last = b.lastMeeting
	}
	for _, m := range meetings {
		if m.end <= at {
			last = lastOf(m)
		}
	}
	return last.number, last.date
}

// labelledDecided reports whether a reference is the bracketed number of an act that its
// sentence says the body decided (labels): the act the sentence adopts, which no verb
// before it governs ("…应当继续按照第 9/1 号决议…开展工作（第 11/2 号决定）").
func labelledDecided(labels []decidedLabel, m mention) bool {
	for _, l := range labels {
		if m.at >= l.start && m.at < l.end {
			return true
		}
	}
	return false
}

// draftOfActRE finds a draft named as the draft of the act it became, with who submitted
// it: "第 11/1 号决议的决议草案（CTOC/COP/2022/L.4）由秘鲁和法国提交", "第 29/1 号决定的
// 决定草案（E/CN.15/2020/L.3），该草案由主席提交".
var draftOfActRE = regexp.MustCompile(`第\s*(` + actNumberPattern + `)\s*号\s*(决议|决定)的\s*(?:订正)?(?:决议|决定)草案\s*（([^（）]{4,80})）(?:\s*[，,]?\s*(?:该草案)?由([^，。；（）由]{2,80}?)(?:（[^（）]{0,40}）)?提交)?`)

// draftOfAct is a draft a report names as the draft of an act, and who submitted it.
type draftOfAct struct {
	act        kg.ActKey
	draft      string
	submitter  string
	start, end int // rune offsets in the paragraph
	quote      string
}

// findDraftsOfActs returns the drafts a text names by the acts they became
// (draftOfActRE); an act named without its body is body's.
func findDraftsOfActs(text string, body kg.Body) []draftOfAct {
	if !contains(text, "的决议草案") && !contains(text, "的决定草案") && !contains(text, "的订正") {
		return nil
	}
	var out []draftOfAct
	runes := runeOffsets{text: text}
	for _, m := range draftOfActRE.FindAllStringSubmatchIndex(text, -1) {
		syms := findSymbols(text[m[6]:m[7]])
		if len(syms) == 0 {
			continue
		}
		kind := kg.KindResolution
		if text[m[4]:m[5]] == "决定" {
			kind = kg.KindDecision
		}
		d := draftOfAct{act: kg.ActKey{Body: body, Kind: kind, Number: normNumber(text[m[2]:m[3]])}, draft: syms[0].symbol,
			start: runes.of(m[0]), end: runes.of(m[1]), quote: text[m[0]:m[1]]}
		if m[8] >= 0 {
			d.submitter = text[m[8]:m[9]]
		}
		out = append(out, d)
	}
	return out
}

// draftsOfActs adds DRAFTED_AS from each act whose draft a narrative paragraph names by the
// act (findDraftsOfActs), which the draft's becoming it says was adopted, and SPONSORED from
// the draft's submitters.
func (b *graphBuilder) draftsOfActs(p paragraph) {
	for _, d := range findDraftsOfActs(p.text, b.body) {
		act := kg.Act{Body: d.act.Body, Kind: d.act.Kind, Number: d.act.Number, Adopted: true}.Node()
		b.node(act)
		draft := documentNodeID(d.draft)
		b.document(draft, d.draft)
		prov := func() map[string]any { return b.provenance(p, d.quote, d.start, d.end) }
		b.rel(kg.Relationship{ID: relID(act.ID, kg.RelDraftedAs, draft), Type: kg.RelDraftedAs, Start: act.ID, End: draft, Properties: prov()})
		if d.submitter != "" {
			b.sponsored(submitters(d.submitter), "submitter", draft, prov)
		}
	}
}

// sameMeetingOpenings are the words that open a decision adopted at the meeting of the act
// before it in a compilation: "在同次会议上，大会根据第三委员会的建议，决定…".
var sameMeetingOpenings = []string{"在同次会议上", "又在同次会议上", "在同一次会议上", "也在同次会议上"}

// sameMeetingActs dates the acts of a compilation that open "在同次会议上" (and no date or
// meeting of their own) by the act before them, whose meeting that is. Such an act is a
// decision of one sentence, which is what it decides: where that sentence is its only
// paragraph, it is operative ("op"), as a decision that opens with its meeting's date is.
func sameMeetingActs(acts []actText) {
	for i := 1; i < len(acts); i++ {
		a, prev := &acts[i], acts[i-1]
		if a.date != "" || a.meeting != "" || len(a.paras) == 0 || prev.meeting == "" {
			continue
		}
		first := trimSpace(a.paras[0].text)
		if !slices.ContainsFunc(sameMeetingOpenings, func(o string) bool { return strings.HasPrefix(first, o) }) {
			continue
		}
		a.date, a.meeting, a.plenary = prev.date, prev.meeting, prev.plenary
		if len(a.paras) == 1 && a.paras[0].kind == paraPreambular && strings.HasSuffix(first, "。") {
			a.paras[0].kind, a.paras[0].key = paraOperative, "op"
		}
	}
}

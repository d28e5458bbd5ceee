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
	adoptedRE = regexp.MustCompile(`(?:在\s*(?:` + meetingDatePattern + `\s*)?(?:举行的)?第\s*(\d{1,3})\s*次(?:全体)?会议(?:` + meetingNotePattern + `)?上，)?[^。（，]{0,20}?通过了((?:[^。（]|（[^（）]{0,60}）)*?)(决议|决定)草案\s*（([^（）]{4,80})）`)
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
	// "在 2012 年 10 月 19 日第 10 次会议上", or one of a resumed part, "在续会的第 1 次会议上".
	// adoptedAt reads it.
	adoptedAtRE = mustGated(`在\s*(?:` + meetingDatePattern + `\s*)?(?:举行的|续会的|续会)?第\s*(\d{1,3})\s*次(?:全体)?会议上`)
	// adoptedAtNoteRE is adoptedAtRE for a meeting a bracket says which it was, "第 10 次会议
	// （闭幕会议）上", apart so that adoptedAtRE keeps "会议上" as the string its gate looks for.
	adoptedAtNoteRE = mustGated(`在\s*(?:` + meetingDatePattern + `\s*)?(?:举行的|续会的|续会)?第\s*(\d{1,3})\s*次(?:全体)?会议` + meetingNotePattern + `上`)
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

	// title and joined are the draft's title and later sponsors where the sentence before
	// names the draft the adoption calls "该…草案" (lastDraftIn).
	title  string
	joined []string
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
			// Drafts each named by its act are paired by their names, whatever order a note
			// gives the acts in; the note pairs them where some are not so named.
			sentence := append(pending, m)
			named, all := adoptedNamedByActs(text, sentence, end, body)
			if all {
				out, pending = append(out, named...), nil
			} else if r := adoptedRespectively(text, sentence, end, body); r != nil {
				out, pending = append(out, r...), nil
			} else if named != nil {
				out, pending = append(out, named...), nil
			} else if strings.Contains(rest, "。") || respectivelyNoteAt(rest) >= 0 {
				// A note that pairs nothing ends the drafts it follows as well: they are
				// not read again with those after it, which kept a paragraph of many such
				// adoptions reading all before each (quadratic time).
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
			a.submitter = submitterWords(s, "提交的")
		} else if s := submittedAfterRE.FindStringSubmatch(rest[:at[0]]); s != nil {
			a.submitter = submitterWords(s, "提交")
		} else if words := text[m[0]:m[1]]; contains(words, "提出") {
			// "通过了由奥地利和秘鲁提出、后经加拿大附议的决议草案（…）": put forward, seconded.
			if s := proposedByRE.FindStringSubmatch(words); s != nil {
				a.submitter = submitterWords(s, "提出")
				if j := lateSponsorsRE.FindStringSubmatch(words); j != nil {
					a.joined = splitNames(j[1])
				}
			}
		}
		out = append(out, a)
	}
	return append(out, adoptionsWithoutDraft(text, body, out)...)
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
		if w := adoptedAt(sentence); w != nil {
			if w[4] >= 0 {
				a.date, a.monthDay = meetingDate(sentence, w[2], w[3], w[4], w[5], w[6], w[7])
			}
			a.meeting = sentence[w[8]:w[9]]
		}
		if item := listedItem(sentence); item != "" {
			// "通过了以下决定草案：(a) …（L.6）（案文见…）；(b) 题为“…”的决定草案（L.7）（案文见
			// …第 12/3 号决定）": the draft is the one the note's own item names; the first
			// item's is read with the words of adoption.
			if ds := namedDraftRE.FindAllStringSubmatchIndex(item, -1); len(ds) > 0 {
				d := ds[len(ds)-1]
				if syms := findSymbols(item[d[2]:d[3]]); len(syms) > 0 {
					a.draft = syms[0].symbol
				}
			}
		} else if strings.Contains(sentence, "通过了该") {
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
						a.submitter = submitterWords(s, "提交的")
					}
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// plenaryDrafts returns the draft a resolution the Assembly adopted in plenary names on its
// title page, and the draft's addenda: "[未经发交主要委员会而通过（A/78/L.47 和 Add.1）]".
// A resolution adopted on a Main Committee's recommendation names the committee's report
// there instead ("[根据第三委员会的报告（A/79/459）通过]"), whose role is committee_report.
func plenaryDrafts(text string) []symbolMention {
	i := index(text, "主要委员会")
	if i < 0 || !strings.HasSuffix(text[:i], "未经发交") && !strings.HasSuffix(text[:i], "未经交付") {
		return nil
	}
	rest := text[i+len("主要委员会"):]
	o := index(rest, "（")
	if o < 0 || o > len("而通过") {
		return nil
	}
	c := index(rest[o:], "）")
	if c < 0 {
		return nil
	}
	return findSymbols(rest[o : o+c])
}

// listedItem returns the last item of a list of drafts a sentence adopts, "…通过了以下决定
// 草案：(a) …；(b) 题为“…”的决定草案（CTOC/COP/2024/L.7）": the text after the last "；"
// when the sentence holds a "：" before it, or "" when the sentence lists nothing.
func listedItem(sentence string) string {
	semi := lastIndex(sentence, "；")
	if semi < 0 || index(sentence[:semi], "：") < 0 {
		return ""
	}
	return sentence[semi+len("；"):]
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
// ASCII) and "第", "经" (adoptedAsPattern) or "关于" follow, as in every match. The pattern tests nothing around a match, so
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
		if next := text[skipRESpaces(text, from):]; !strings.HasPrefix(next, "第") && !strings.HasPrefix(next, "经") && !strings.HasPrefix(next, "关于") {
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
	var buf [16][2]int
	for _, sp := range appendSpeakerSpans(buf[:0], s) {
		name, _ := cutBrackets(s[sp[0]:sp[1]])
		if name = squeezeSpace(name); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// submitters returns who a submitter's words name, and whom each submits for: the States
// of a list ("墨西哥、挪威和秘鲁"), a State that submits on behalf of others ("南非代表非洲国家
// 组", or in the bracket after it, "哥伦比亚（代表拉丁美洲和加勒比国家组）": a group's
// coordinator submits its drafts so), else the words as one name ("联合国毒品和犯罪问题办公室",
// "扩大主席团"). Another bracket after the words ("主席（墨西哥）") is no part of the name.
func submitters(s string) []draftSponsor {
	behalf := ""
	if k := strings.LastIndex(s, "（"); k > 0 && strings.HasSuffix(s, "）") {
		_, behalf = cutBrackets(s[k:])
		s = s[:k]
	}
	if i := strings.Index(s, "代表"); i > 0 {
		// "南非代表非洲国家组": a State submits on behalf of a group; the State is the
		// submitter, not a State named by the whole phrase.
		if _, ok := lookupState(s[:i]); ok {
			return []draftSponsor{{name: s[:i], onBehalfOf: squeezeSpace(s[i+len("代表"):])}}
		}
	}
	names := splitNames(s)
	if len(names) == 1 && behalf != "" {
		if _, ok := lookupState(names[0]); ok {
			return []draftSponsor{{name: names[0], onBehalfOf: squeezeSpace(behalf)}}
		}
	}
	if len(names) < 2 {
		return []draftSponsor{{name: s}}
	}
	out := make([]draftSponsor, len(names))
	for i, n := range names {
		if _, ok := lookupState(n); !ok {
			return []draftSponsor{{name: s}}
		}
		out[i].name = n
	}
	return out
}

// submitterWords returns the words of a match m of a submitter's pattern (submittedRE,
// submittedAfterRE, proposedByRE, submittedBeforeRE: m[1] the names) up to verb, which
// follows them: the names and the bracket the pattern reads between, which says whom they
// submit for.
func submitterWords(m []string, verb string) string {
	k := strings.Index(m[0], m[1])
	if k < 0 {
		return m[1]
	}
	e := strings.Index(m[0][k+len(m[1]):], verb)
	if e < 0 {
		return m[1]
	}
	return m[0][k : k+len(m[1])+e]
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
		return kg.Node{ID: "actor:" + name, Labels: []string{kg.LabelActor, kg.LabelPerson}, Properties: make(kg.Props, 0, 1).With(kg.PropName, name)}
	case strings.Contains(name, "集团") || strings.HasSuffix(name, "国家组"):
		return kg.Node{ID: "actor:" + name, Labels: []string{kg.LabelActor, kg.LabelCollective}, Properties: make(kg.Props, 0, 1).With(kg.PropName, name)}
	case strings.Contains(name, "主席团") || strings.Contains(name, "工作组") || strings.Contains(name, "委员会") || isGroupName(name):
		return kg.Node{ID: "actor:" + name, Labels: []string{kg.LabelActor, kg.LabelOrganization}, Properties: make(kg.Props, 0, 1).With(kg.PropName, name)}
	}
	return kg.Node{ID: "state:" + name, Labels: []string{kg.LabelActor, kg.LabelState}, Properties: make(kg.Props, 0, 1).With(kg.PropName, name)}
}

// recommendation is a draft a report's body recommends that another adopt, with its
// sponsors.
type recommendation struct {
	draft      string
	sponsors   []string
	submitters []draftSponsor
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
			r.submitters = submitters(submitterWords(s, "提交")) // "…（E/CN.15/2021/L.2），该草案由主席提交。"
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
					r.submitters = submitters(submitterWords(s, "提交的"))
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

// byConsensus reports whether a sentence says an act was adopted by consensus, which the
// COP and COSP write where the Commissions write 未经表决: "以协商一致方式通过了",
// "经协商一致通过". The words must lead to the adoption: "以协商一致方式通过的第 9/1 号决议"
// recalls how another act was taken, and "未能就该草案达成协商一致" says there was none.
func byConsensus(sentence string) bool {
	for from := 0; ; {
		i := index(sentence[from:], "协商一致")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("协商一致")
		before, rest := sentence[:i], sentence[from:]
		if len(before) > 12 {
			before = before[len(before)-12:] // about four characters: "未能以", "无法就此达成"
		}
		if contains(before, "达成") || contains(before, "未") || contains(before, "无法") {
			continue
		}
		rest = strings.TrimPrefix(rest, "方式")
		rest = strings.TrimPrefix(rest, "地")
		rest = strings.TrimLeft(rest, " ")
		for _, verb := range []string{"通过了", "核准了", "决定", "通过", "核准"} {
			if strings.HasPrefix(rest, verb) {
				// "…通过的决议" is attributive: the act is another's.
				return verb != "通过" && verb != "核准" || !strings.HasPrefix(rest[len(verb):], "的")
			}
		}
	}
}

// voteRE reads a recorded vote: "以 32 票赞成、1 票反对、2 票弃权", or given after the
// words of adoption, "…通过了第 31/1 号决议，表决结果为 42 票赞成、0 票反对、3 票弃权".
var voteRE = regexp.MustCompile(`(?:以|结果为|结果是)\s*(\d{1,3})\s*票(?:赞成\s*[、，,]\s*|对\s*)(\d{1,3})\s*票(?:反对)?\s*[、，,]\s*(\d{1,3})\s*票弃权`)

// voteCountedRE reads a recorded vote given as the count of each side: "表决结果如下：赞成
// 42 票，反对 0 票，弃权 3 票".
var voteCountedRE = regexp.MustCompile(`赞成\s*[：:]?\s*(\d{1,3})\s*票\s*[、，,；;]\s*反对\s*[：:]?\s*(\d{1,3})\s*票\s*[、，,；;]\s*弃权\s*[：:]?\s*(\d{1,3})\s*票`)

// voteOf returns how the sentence of an adoption says the act was adopted: by a recorded
// vote, or without one ("未经表决", or by consensus: "以协商一致方式通过了").
func voteOf(sentence string) (vote *kg.Vote, without bool) {
	if !strings.Contains(sentence, "票") {
		return nil, strings.Contains(sentence, "未经表决") || strings.Contains(sentence, "不经表决") || byConsensus(sentence)
	}
	m := voteRE.FindStringSubmatch(sentence)
	if m == nil {
		if m = voteCountedRE.FindStringSubmatch(sentence); m == nil {
			return nil, false
		}
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

// adoptingSession returns the id of the session that adopted an act, from its number:
// actSession's, and for the Council, which numbers its sessions and its acts by year, the
// year's (resolution 2011/33 is of its 2011 session, however the session's days run: since
// 2014 from one July to the next). The adopting session holds the meeting that adopted the
// act, so a Council act that closes with "第 44 次全体会议" is ADOPTED_IN a meeting of it. An
// act the Council numbered otherwise (1296 (XLIV)) is of no session the graph holds. An
// act of the Assembly's special session (S-32/1) is of that session, session:ga:s-32.
func adoptingSession(k kg.ActKey) string {
	if k.Body == kg.BodyGA && strings.HasPrefix(k.Number, "S-") {
		if n, ok := kg.Session(k.Number); ok {
			return specialSessionID(k.Body, int(n))
		}
	}
	if k.Body != kg.BodyECOSOC {
		return actSession(k)
	}
	if year, ok := kg.Session(k.Number); ok && byYear(k.Number) {
		return sessionID(string(k.Body), int(year))
	}
	return ""
}

// adoptionTitle returns the title an adoption's sentence gives the draft adopted, draft (its
// symbol, or "" for an act adopted without one), where the words that name the draft follow
// it: "通过了题为“打击偷运移民”的决议草案（CTOC/COP/2026/L.6）", "通过了一项题为“…”的订正
// 决定草案（…）", "通过了题为“…”的第 13/1 号决议"; "" where the sentence gives none. The draft
// is found by its symbol, so that each of several drafts a sentence adopts gets its own.
func adoptionTitle(quote, draft string) string {
	if !contains(quote, "题为") {
		return ""
	}
	end := -1 // where the words that name the draft, or the act, begin
	if draft != "" {
		i := index(quote, draft)
		if i < 0 {
			return ""
		}
		head := trimRightSpace(quote[:i])
		head, ok := strings.CutSuffix(head, "（")
		if !ok {
			head, ok = strings.CutSuffix(head, "(")
		}
		if !ok || !strings.HasSuffix(trimRightSpace(head), "草案") {
			return ""
		}
		end = len(trimRightSpace(head)) - len("草案")
	} else if i := index(quote, "题为“"); i >= 0 {
		if j := index(quote[i:], "”"); j >= 0 {
			at := i + j + len("”")
			if m := titledActRE.FindStringIndex(quote[at:]); m != nil {
				end = at + m[1] - len("决议") // 决议 and 决定 are as long
			}
		}
	}
	if end < 0 {
		return ""
	}
	// Back from the draft's words to the "”" that closes its title: "的", a count ("一份",
	// "一项") and what the draft is ("订正决议", "决定") may stand between, nothing else.
	q := lastIndex(quote[:end], "”")
	if q < 0 || !titledDraftWords(quote[q+len("”"):end]) {
		return ""
	}
	o := lastIndex(quote[:q], "题为“")
	if o < 0 {
		return ""
	}
	title := trimSpace(quote[o+len("题为“") : q])
	if title == "" || utf8.RuneCountInString(title) > 200 || contains(title, "“") {
		return ""
	}
	return title
}

// titledActRE is the act a title names after it: "的第 13/1 号决议".
var titledActRE = regexp.MustCompile(`^\s*的\s*第\s*` + actNumberPattern + `\s*号\s*(?:决议|决定)`)

// titledDraftWords reports whether s, between a title's "”" and "草案" (or the act's kind),
// holds only what names the draft: "的", "一份", "一项", "订正", "经订正的", "决议", "决定",
// the act's number and spaces.
func titledDraftWords(s string) bool {
	if !strings.HasPrefix(trimSpace(s), "的") {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("的一份项经订正决议定第号/.0123456789", r) && (r >= utf8.RuneSelf || !isRESpace(byte(r))) {
			return false
		}
	}
	return true
}

// orallyRevisedWords say that what was adopted was revised orally first: "通过了经口头修订的
// 题为…的决议草案", "经口头修正的本届会议报告", "经口头订正的…".
var orallyRevisedWords = []string{"经口头修订", "经口头修正", "经口头订正"}

// orallyRevised reports whether the words of an adoption say it was orally revised.
func orallyRevised(quote string) bool {
	if !contains(quote, "口头") {
		return false
	}
	for _, w := range orallyRevisedWords {
		if strings.Contains(quote, w) {
			return true
		}
	}
	return false
}

// reportDraftRE is the adoption of a session's report from its drafts: "通过了经口头修订的本
// 届会议报告（CTOC/COP/2024/L.1 和 Add.1-6）", "通过了其第三十三届会议的报告草稿（…）".
// Group 1 says whose report it is; group 2 holds the drafts' symbols.
var reportDraftRE = regexp.MustCompile(`通过了([^。（]{0,40}?)报告(?:草稿|草案)?\s*（([^（）]{4,160})）`)

// reportDraftMatches returns reportDraftRE.FindAllStringSubmatchIndex(text, -1), read by
// hand from each "通过了": the regexp machine, its bounded repetitions expanded, cost more
// than the paragraphs that pass findReportDrafts's gate are worth. The matcher holds to
// the pattern (TestReportDraftMatches).
func reportDraftMatches(text string) [][]int {
	var out [][]int
	for from := 0; ; {
		k := index(text[from:], "通过了")
		if k < 0 {
			return out
		}
		at := from + k
		from = at + len("通过了")
		// ([^。（]{0,40}?)报告: the fewest runes before a 报告 that the rest follows.
		for p, n := from, 0; n <= 40 && p < len(text); n++ {
			if strings.HasPrefix(text[p:], "报告") {
				if m := reportDraftTail(text, p+len("报告")); m != nil {
					out = append(out, []int{at, m[1], from, p, m[0], m[2]})
					from = m[1]
					break
				}
			}
			r, size := utf8.DecodeRuneInString(text[p:])
			if r == '。' || r == '（' {
				break
			}
			p += size
		}
	}
}

// reportDraftTail reads (?:草稿|草案)?\s*（([^（）]{4,160})） at byte p: it returns where the
// bracket's text begins, where the match ends and where the bracket's text ends, or nil.
// Left out, 草稿 or 草案 leaves \s*（ nothing to match: taken where it stands, as the
// regexp's first way is.
func reportDraftTail(text string, p int) []int {
	if strings.HasPrefix(text[p:], "草稿") || strings.HasPrefix(text[p:], "草案") {
		p += len("草稿")
	}
	p = skipRESpaces(text, p)
	if !strings.HasPrefix(text[p:], "（") {
		return nil
	}
	start := p + len("（")
	for q, n := start, 0; q < len(text) && n <= 160; n++ {
		r, size := utf8.DecodeRuneInString(text[q:])
		switch r {
		case '）':
			if n < 4 {
				return nil
			}
			return []int{start, q + size, q}
		case '（':
			return nil
		}
		q += size
	}
	return nil
}

// reportDraft is a report's adoption from its drafts that a paragraph tells.
type reportDraft struct {
	drafts        []symbolMention
	orallyRevised bool
	start, end    int // rune offsets of the words of adoption
	quote         string
}

// findReportDrafts returns the adoptions of the session's own report a text tells: the
// report of this session ("本届会议", "本次会议", "其第…届会议") or the present one ("本报告"), adopted from documents each
// of which is a draft (an L. document). The report that says so is the one adopted: its
// drafts are drafts of the document the text is read from.
//
// syms are the symbols of text and ats where each begins (findSymbolsAt), which the
// paragraph's citations have read: the drafts are those inside the bracket.
func findReportDrafts(text string, syms []symbolMention, ats []int) []reportDraft {
	// A report's draft is the session's first L. document, L.1 (with its addenda): its
	// "/L.1" is ASCII, which no Chinese character's bytes hold, found by its L, rarer than
	// the slash every symbol holds.
	if indexBy(text, "/L.1", 1) < 0 || !contains(text, "报告") || !contains(text, "通过了") {
		return nil
	}
	var out []reportDraft
	runes := runeOffsets{text: text}
	next := 0 // the first symbol at or after the brackets read: ats rise, as do the matches
	for _, m := range reportDraftMatches(text) {
		whose := text[m[2]:m[3]]
		// "通过了本报告" (the present report), as a working group's report of one meeting
		// says it, is the document read, as its session's is.
		if !strings.Contains(whose, "本届会议") && !strings.Contains(whose, "本次会议") && !ownSessionReport(whose) && whose != "本" && !strings.HasSuffix(whose, "的本") {
			continue
		}
		// The symbols inside the bracket, from a cursor: reading all of a sentence's symbols
		// for each of its reports was quadratic in a sentence of a thousand of them.
		for next < len(ats) && ats[next] < m[4] {
			next++
		}
		var drafts []symbolMention
		for i := next; i < len(ats) && ats[i] < m[5]; i++ {
			drafts = append(drafts, syms[i])
		}
		if len(drafts) == 0 || slices.ContainsFunc(drafts, func(s symbolMention) bool { return !strings.Contains(s.symbol, "/L.") }) {
			continue
		}
		out = append(out, reportDraft{drafts: drafts, orallyRevised: orallyRevised(whose), start: runes.of(m[0]), end: runes.of(m[1]), quote: text[m[0]:m[1]]})
	}
	return out
}

// ownSessionReport reports whether the words before 报告 name the speaking body's own
// session, "其第三十三届会议的".
func ownSessionReport(whose string) bool {
	i := strings.Index(whose, "其第")
	return i >= 0 && strings.Contains(whose[i:], "届会议")
}

// reportDrafts adds DRAFTED_AS from the document read, a session's report, to the drafts
// from which a paragraph says the session adopted it, and marks the report orally revised
// where the paragraph says so. A draft itself (b.draft) adopts no report.
func (b *graphBuilder) reportDrafts(p paragraph, syms []symbolMention, ats []int) {
	if b.draft {
		return
	}
	for _, r := range findReportDrafts(p.text, syms, ats) {
		if r.orallyRevised {
			if n, ok := b.nodes[b.source]; ok {
				n.Properties.Set(kg.PropOrallyRevised, true)
			}
		}
		for _, d := range r.drafts {
			draft := documentNodeID(d.symbol)
			b.document(draft, d.symbol)
			b.rel(kg.Relationship{ID: b.relID(b.source, kg.RelDraftedAs, draft), Type: kg.RelDraftedAs, Start: b.source, End: draft,
				Properties: b.provenance(p, r.quote, r.start, r.end)})
		}
	}
}

// adoptedAt returns the leftmost match in sentence of adoptedAtRE or adoptedAtNoteRE, whose
// groups are numbered alike; the second is run only where a bracket names the opening or
// closing meeting.
func adoptedAt(sentence string) []int {
	w := adoptedAtRE.FindStringSubmatchIndex(sentence)
	if contains(sentence, "幕") { // 开幕 or 闭幕
		if n := adoptedAtNoteRE.FindStringSubmatchIndex(sentence); n != nil && (w == nil || n[0] < w[0]) {
			return n
		}
	}
	return w
}

// draftBefore is a draft a text names in words that do not adopt it ("缔约方会议审议了由阿
// 根廷、意大利和墨西哥提交的题为“…”的订正决议草案（CTOC/COP/2024/L.4/Rev.1），后来南非加入
// 为提案国。"), which the sentence after adopts as "该…草案": its symbol, the title, who
// submitted it and who joined them, and the meeting its sentence names (adoptedAt), which
// is the adoption's where that sentence names none.
type draftBefore struct {
	symbol, submitter, title string
	joined                   []string
	sentence                 string
	at                       []int
}

// refersBackToDraft reports whether the words of an adoption adopt a draft named before:
// "通过了该订正决议草案", "通过了经口头订正的该决议草案". A report tells the consideration
// of a draft (its sponsors, its symbol) in one sentence, or paragraph, and its adoption in
// the next.
func refersBackToDraft(quote string) bool {
	i := index(quote, "通过了")
	if i < 0 {
		return false
	}
	rest := quote[i+len("通过了"):]
	j := index(rest, "该")
	if j < 0 || j > len("经口头订正的") {
		return false
	}
	k := index(rest[j:], "草案")
	return k >= 0 && k <= len("该订正决议")
}

// lateSponsorsRE finds who joined a draft's sponsors after it was submitted, in the
// sentence that names the draft: "，后来南非加入为提案国", "由奥地利…提出、后经澳大利亚和加拿
// 大附议的决议草案".
var lateSponsorsRE = regexp.MustCompile(`(?:后来|随后|其后|后经)\s*[，,]?\s*([^，。；“”（）]{2,200}?)(?:也)?(?:加入为提案(?:国|方)|成为提案(?:国|方)|附议)`)

// proposedByRE finds who put a draft forward in the words "由…提出": "由奥地利、法国、挪威和
// 秘鲁提出、后经…附议的决议草案".
var proposedByRE = regexp.MustCompile(`由([^，。（）由、][^，。（）由]{1,80}?)(?:（[^（）]{0,80}）)?提出`)

// lastDraftIn returns the last draft text names by its symbol in a sentence that does not
// say it was adopted (no note "（案文见…）" places its act), with what that sentence says
// of it. A draft is named where "草案" stands before its symbol in the sentence.
func lastDraftIn(text string) (draftBefore, bool) {
	if indexBy(text, "草案", 1) < 0 {
		return draftBefore{}, false
	}
	syms, ats := findSymbolsAt(text)
	for i := len(syms) - 1; i >= 0; i-- {
		at := ats[i]
		from := lastIndex(text[:at], "。")
		if from < 0 {
			from = 0
		} else {
			from += len("。")
		}
		head := text[from:at]
		if !contains(head, "草案") || !strings.HasSuffix(trimRightSpace(head), "（") {
			continue
		}
		end := len(text)
		if j := index(text[at:], "。"); j >= 0 {
			end = at + j
		}
		s := text[from:end]
		if contains(s, "案文见") {
			return draftBefore{}, false // adopted in its own sentence: no draft left to adopt
		}
		d := draftBefore{symbol: syms[i].symbol, sentence: s, at: adoptedAt(s)}
		d.title = adoptionTitle(s, d.symbol)
		if d.title == "" {
			// "决议草案，题为“…”（CAC/COSP/2023/L.12）": the title after the draft's words.
			h := strings.TrimSuffix(trimRightSpace(head), "（")
			if t, ok := strings.CutSuffix(trimRightSpace(h), "”"); ok {
				if o := lastIndex(t, "题为“"); o >= 0 && contains(t[:o], "草案") {
					if title := trimSpace(t[o+len("题为“"):]); title != "" && utf8.RuneCountInString(title) <= 200 && !contains(title, "“") {
						d.title = title
					}
				}
			}
		}
		if m := submittedIn(s); m != nil {
			d.submitter = submitterWords(m, "提交的")
		} else if m := proposedByRE.FindStringSubmatch(s); m != nil {
			d.submitter = submitterWords(m, "提出")
		}
		if m := lateSponsorsRE.FindStringSubmatch(s); m != nil {
			d.joined = splitNames(m[1])
		}
		return d, true
	}
	return draftBefore{}, false
}

package loader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

// The forms, besides "通过了…决议草案（…）。（案文见…）", in which a report tells that it
// adopted an act: one note that places the texts of several drafts (案文分别见), the body's
// decision named by its number in brackets (委员会决定（第 28/2 号决定）…), the draft named
// by the act it became (第 11/1 号决议的决议草案（…）由…提交), and, in a compilation, a
// decision adopted at the meeting of the act before it (在同次会议上).

// respectivelyNoteAt returns where the first note in s opens that places the texts of
// several drafts adopted in one sentence, in the order the sentence names the drafts, or
// -1: "（案文分别见第二章，A 节，第 8/3 号决议，和 B 节，第 8/1 号决定。）". The note may name
// the kind of the texts ("（决议案文分别见第一章 A 节。）", "（决议和决定案文分别载于第二章）")
// and may name no act, where the sentence names each draft by the act it became.
func respectivelyNoteAt(s string) int {
	for from := 0; ; {
		i := index(s[from:], "案文分别")
		if i < 0 {
			return -1
		}
		at := from + i
		from = at + len("案文分别")
		if !strings.HasPrefix(s[from:], "见") && !strings.HasPrefix(s[from:], "载") {
			continue
		}
		head := strings.TrimRightFunc(s[:at], unicode.IsSpace)
		for n := 0; n <= 6; n++ {
			head = strings.TrimRightFunc(head, unicode.IsSpace)
			if strings.HasSuffix(head, "（") {
				return len(head) - len("（")
			}
			r, size := utf8.DecodeLastRuneInString(head)
			if !strings.ContainsRune(noteKindWords, r) {
				break
			}
			head = head[:len(head)-size]
		}
	}
}

// noteKindWords are the characters of the words that may name the kind of the texts a
// note places, before 案文: 决议, 决定, 各项, joined by 和 or 及.
const noteKindWords = "决议定和及各项"

// submittedBeforeRE is who submitted a draft named after another in one sentence, in the
// words between the two: "，以及经主席团提交的" (决定草案（…）), "和由墨西哥提交的一份".
var submittedBeforeRE = regexp.MustCompile(`^\s*[，,、]?\s*(?:以及|和|及|并)?\s*(?:由|经)?([^，。（）由经]{2,80}?)(?:（[^（）]{0,80}）)?提交的(?:一份|一项)?\s*$`)

// adoptedRespectively reads the adoptions of one sentence whose drafts' texts one note
// places (respectivelyNoteAt) before end: ms are the matches of adoptedRE in the sentence, in
// order, the last followed by the note. The drafts the sentence names (each match's, and
// those named after the last: "…决议草案（L.7），以及经主席团提交的决定草案（L.9）") pair in
// order with the acts the note names. Where the counts differ the pairing is not guessed,
// and nothing is read.
func adoptedRespectively(text string, ms [][]int, end int, body kg.Body) []adoption {
	last := ms[len(ms)-1]
	rest := text[last[1]:end]
	i := respectivelyNoteAt(rest)
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
				a.submitter = submitterWords(s, "提交的")
			}
		} else if s := submittedBeforeRE.FindStringSubmatch(text[drafts[k-1].end:d.start]); s != nil {
			a.submitter = submitterWords(s, "提交的")
		}
		out = append(out, a)
	}
	return out
}

// draftActTailRE is the act a draft is named by, in the words right before its 决议草案
// or 决定草案: "第 10/1 号" (第 10/1 号决议草案), "第 9/1 号决议的" (第 9/1 号决议的决议草案),
// with 订正 for a revised draft. Words between the act and the draft ("第 12/1 号决议执行
// 情况的决议草案") make it a draft about the act, not the act's.
var draftActTailRE = regexp.MustCompile(`第\s*(` + actNumberPattern + `)\s*号\s*(?:(决议|决定)\s*的)?\s*(?:订正)?\s*$`)

// actNamingDraft returns the act that before, the words up to a draft's 决议草案 or 决定草案
// (kind: 决议 or 决定) since the draft before it, names the draft by, and false where they
// name none, or an act of another body than body ("大会第 55/25 号决议草案" is no draft of
// the report's body).
func actNamingDraft(before, kind string, body kg.Body) (kg.ActKey, bool) {
	m := draftActTailRE.FindStringSubmatchIndex(before)
	if m == nil {
		return kg.ActKey{}, false
	}
	if m[4] >= 0 {
		kind = before[m[4]:m[5]]
	}
	refs := findActRefs(before[:m[3]]+"号"+kind, body)
	if len(refs) == 0 {
		return kg.ActKey{}, false
	}
	r := refs[len(refs)-1]
	if r.key.Body != body || r.key.Number != normNumber(before[m[2]:m[3]]) {
		return kg.ActKey{}, false
	}
	return r.key, true
}

// adoptedNamedByActs reads the adoptions of one sentence that names each draft it adopted
// by the act the draft became: "…通过了关于…的第 10/1 号决议草案（CTOC/COP/2020/L.2）、第
// 10/2 号决议草案（…L.3）以及第 10/3 号决议草案（…L.4）。（决议案文分别见第一章 A 节。）". ms
// are the matches of adoptedRE in the sentence, in order, and end where the text after the
// last is no longer its (the next match); drafts named after the last match, up to the
// sentence's end, are its too. A note of the texts' places right after the sentence is
// part of what is quoted. Each draft names its own act, so one named otherwise ("一项决定
// 草案（…）") leaves the others as they are; it is not paired with an act here, and all
// reports false.
func adoptedNamedByActs(text string, ms [][]int, end int, body kg.Body) (out []adoption, all bool) {
	last := ms[len(ms)-1]
	rest := text[last[1]:end]
	stop := index(rest, "。")
	if stop < 0 {
		if end < len(text) {
			return nil, false // the sentence goes on to the next adoption: read with it
		}
		stop = len(rest)
	}
	type named struct {
		act        kg.ActKey
		symbol     string
		m          []int
		start, end int // where the words that name it begin, and past its bracket
	}
	var (
		drafts  []named
		prevEnd int // past the bracket of the draft before
		seen    int // the drafts read, named by an act or not
	)
	add := func(m []int, from, kindAt, symFrom, symTo, past int) {
		prevEnd = past
		seen++
		syms := findSymbols(text[symFrom:symTo])
		if len(syms) == 0 {
			return
		}
		key, ok := actNamingDraft(text[from:kindAt], text[kindAt:kindAt+len("决议")], body)
		if !ok {
			return // a draft named otherwise: not paired with an act here
		}
		for _, d := range drafts {
			if d.act == key {
				return
			}
		}
		drafts = append(drafts, named{key, syms[0].symbol, m, from, past})
	}
	for _, m := range ms {
		add(m, m[10], m[12], m[14], m[15], m[1])
	}
	base := last[1]
	for _, d := range namedDraftRE.FindAllStringSubmatchIndex(rest[:stop], -1) {
		add(last, prevEnd, base+d[0], base+d[2], base+d[3], base+d[1])
	}
	if len(drafts) == 0 {
		return nil, false
	}
	quoteEnd := base + stop
	if after := rest[min(len(rest), stop+len("。")):]; stop < len(rest) {
		if n := respectivelyNoteAt(after); n >= 0 && strings.TrimSpace(after[:n]) == "" {
			if j := index(after[n:], "）"); j >= 0 {
				quoteEnd = base + stop + len("。") + n + j + len("）")
			}
		}
	}
	runes := runeOffsets{text: text}
	out = make([]adoption, 0, len(drafts))
	for k, d := range drafts {
		m := d.m
		a := adoption{act: d.act, draft: d.symbol, start: runes.of(ms[0][0]), end: runes.of(quoteEnd), quote: text[ms[0][0]:quoteEnd]}
		if m[4] >= 0 {
			a.date, a.monthDay = meetingDate(text, m[2], m[3], m[4], m[5], m[6], m[7])
		}
		if m[8] >= 0 {
			a.meeting = text[m[8]:m[9]]
		}
		if a.meeting == "" && k > 0 { // the sentence's meeting
			a.date, a.monthDay, a.meeting = out[0].date, out[0].monthDay, out[0].meeting
		}
		if d.start == m[10] {
			if s := submittedIn(text[m[0]:m[1]]); s != nil {
				a.submitter = submitterWords(s, "提交的")
			}
		}
		out = append(out, a)
	}
	return out, len(drafts) == seen
}

// decidedLabel is an act that a report says its body decided, named by its number in
// brackets after the words that say so: "委员会决定（第 28/2 号决定）将…转交…", "缔约方会议
// 决定，…应当继续…（第 11/2 号决定）。" The report adopts the act in that sentence, as it
// does one whose text it places (案文见…).
type decidedLabel struct {
	ref        string // the reference in the brackets: "第 28/2 号决定"
	start, end int    // its byte offsets in the text
	from       int    // where its sentence begins
	close      int    // past the bracket's "）", which white space may part from the reference
}

// findDecidedLabels returns the acts a text says its body decided, in order. The text is
// read once: the "）" after a bracket, the sentence it is in and the 决定 before it are each
// sought from where the bracket before left off, so a paragraph of many brackets costs no
// more than its length.
func findDecidedLabels(text string) []decidedLabel {
	var (
		out      []decidedLabel
		closeAt  = -1 // the "）" first after the bracket, which the brackets before it share
		sentence = 0  // where the sentence of the bracket begins, past the "。" before it
		sought   = 0  // how far that "。" has been sought
		said     decidedScan
	)
	for from := 0; ; {
		i := index(text[from:], "（")
		if i < 0 {
			return out
		}
		open := from + i
		from = open + len("（")
		ref := bracketedRef(text, from)
		if ref < 0 {
			continue
		}
		if closeAt < from {
			j := index(text[from:], "）")
			if j < 0 {
				return out
			}
			closeAt = from + j
		}
		start, end := ref, spaceBefore(text, closeAt)
		if start >= end || actRefAt(text[start:end]) == nil {
			continue // a bracket that holds more than one reference says something else of it
		}
		if k := lastIndex(text[sought:open], "。"); k >= 0 {
			sentence = sought + k + len("。")
		}
		sought = open
		begin := sentence
		if n := numberedRE.FindStringIndex(text[begin:open]); n != nil && n[0] == 0 {
			begin += n[1] // the paragraph's number
		}
		if said.upTo(text, begin, open) {
			out = append(out, decidedLabel{ref: text[start:end], start: start, end: end, from: begin, close: closeAt + len("）")})
		}
	}
}

// decidedScan is decidedBy read on as a sentence grows: whether text from begin up to a
// bracket says that a body decided, each 决定 read once however many brackets follow it.
type decidedScan struct {
	begin, next int // the sentence's start, and where the next 决定 is to be sought
	said        bool
}

// upTo reports decidedBy(text[begin:open]), reading only what it has not read of it.
func (d *decidedScan) upTo(text string, begin, open int) bool {
	if d.begin != begin || d.next < begin {
		*d = decidedScan{begin: begin, next: begin}
	}
	for !d.said && d.next < open {
		i := index(text[d.next:open], "决定")
		if i < 0 {
			d.next = open // no 决定 stands across a bracket's "（"
			break
		}
		at := d.next + i
		d.next = at + len("决定")
		d.said = decidesAt(text[begin:open], at-begin)
	}
	return d.said
}

// decidedAdverbs may stand between a body's name and the 决定 it decides by, in any order:
// "委员会还未经表决决定".
var decidedAdverbs = []string{"还", "又", "并", "也", "随后", "同时", "未经表决", "不经表决", "一致"}

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
		if decidesAt(s, at) {
			return true
		}
	}
}

// decidesAt reports whether the 决定 at byte at of s follows a body's name, adverbs aside:
// a verb, the body deciding.
func decidesAt(s string, at int) bool {
	head := s[:spaceBefore(s, at)]
	for cut := true; cut; {
		cut = false
		for _, adverb := range decidedAdverbs {
			if h, ok := strings.CutSuffix(head, adverb); ok {
				head, cut = h[:spaceBefore(h, len(h))], true
			}
		}
	}
	for _, bn := range bodyNames {
		if h, ok := strings.CutSuffix(head, bn.name); ok {
			return !owns(h)
		}
	}
	for _, short := range []string{"委员会", "理事会", "工作组", "审议组"} {
		if h, ok := strings.CutSuffix(head, short); ok {
			return !owns(h)
		}
	}
	return false
}

// decisionOwners are the words after which a body's name and 决定 are a noun, the decision
// the body took, not the body deciding: "秘书处根据委员会决定（第 28/2 号决定）介绍了…".
var decisionOwners = []string{"根据", "按照", "依照", "遵照", "依据", "鉴于", "关于", "落实"}

// owns reports whether the words before a body's name make its 决定 a noun (decisionOwners,
// with 其 or 该 between).
func owns(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	before = strings.TrimSuffix(strings.TrimSuffix(before, "其"), "该")
	return hasAnySuffix(before, decisionOwners)
}

// bracketLeads are the words that may point to the act a bracket names, before its 第:
// "委员会决定（见第 30/2 号决定）核准…".
var bracketLeads = []string{"见", "参看", "参见", "另见", "载于"}

// bracketedRef returns where the 第 stands that the bracket whose text begins at from opens
// with, white space and a lead (bracketLeads) aside, or -1 where it opens otherwise.
func bracketedRef(text string, from int) int {
	p := skipRESpaces(text, from)
	for _, lead := range bracketLeads {
		if strings.HasPrefix(text[p:], lead) {
			p = skipRESpaces(text, p+len(lead))
			break
		}
	}
	if !strings.HasPrefix(text[p:], "第") {
		return -1
	}
	return p
}

// mayTellDecided reports whether findDecidedLabels may find an act in text: every bracket
// it reads opens with 第, a lead before it or not (bracketedRef).
//
// It reads the brackets once: a search for "（第" first, which the loop finds as it finds
// any bracket that opens with 第, read the whole of a text that holds none again.
func mayTellDecided(text string) bool {
	for from := 0; ; {
		i := index(text[from:], "（")
		if i < 0 {
			return false
		}
		from += i + len("（")
		if bracketedRef(text, from) >= 0 {
			return true
		}
	}
}

// decidedAdoptions returns the adoptions of the acts of the session a report is of that its
// narrative says the body decided (findDecidedLabels): the sentence is the adoption, whose
// meeting adoptions reads as that of any other.
func (b *graphBuilder) decidedAdoptions(text string) []adoption {
	// findDecidedLabels's first search is mayTellDecided's: a text it rules out costs that.
	var out []adoption
	for _, l := range findDecidedLabels(text) {
		sentence := text[l.from:l.close]
		resumed := strings.Contains(sentence, "续会")
		for _, m := range findActRefs(l.ref, b.body) {
			n, ok := kg.Session(m.key.Number)
			latest := b.latest[b.body]
			if !ok || m.key.Body != b.body || n != latest && !(resumed && n == latest-1) {
				continue // only the acts of the session the report is of are its to decide
			}
			out = append(out, adoption{act: m.key, start: runeLen(text[:l.from]), end: runeLen(text[:l.close]), quote: sentence})
		}
	}
	return out
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
// 决定草案（E/CN.15/2020/L.3），该草案由主席提交", "…的决议草案（…）是由埃及提交的". The
// draft's symbol is in brackets (group 3), or the document it was issued as (group 4):
// "第 31/1 号决议的草案以 E/CN.15/2022/L.4 号文件印发，由日本和泰国提交". Group 5 is the
// submitter.
var draftOfActRE = regexp.MustCompile(`第\s*(` + actNumberPattern + `)\s*号\s*(决议|决定)的\s*(?:订正)?(?:决议|决定)?草案\s*` +
	`(?:（([^（）]{4,80})）|(?:以|作为)\s*([^\s，。；（）]{4,80}?)\s*号?\s*文件(?:印发|分发))` +
	`(?:\s*[，,]?\s*(?:该草案)?(?:是)?由([^，。；（）由]{2,80}?)(?:（[^（）]{0,40}）)?提交)?`)

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
	if !mayNameDraftOfAct(text) {
		return nil
	}
	return draftsOfActsIn(text, body)
}

// mayNameDraftOfAct reports whether text holds what every match of draftOfActRE holds: a
// 草案 that the words before it, read back as the pattern allows, tie to an act's name
// ("决议的", "决定的", then white space, 订正 and the draft's kind, each or none). Each
// optional word is taken where it stands, as the pattern must: neither 的 nor white space
// is 决议, 决定 or 订正. Most paragraphs that name a draft (决议草案, 提案草案) name none so.
func mayNameDraftOfAct(text string) bool {
	for from := 0; ; {
		i := indexBy(text[from:], "草案", 1) // by a byte of 草, rarer than any of 案's
		if i < 0 {
			return false
		}
		s := text[:from+i]
		from += i + len("草案")
		if hasAnySuffix(s, actKindWords) {
			s = s[:len(s)-len("决议")] // both are six bytes
		}
		s = strings.TrimSuffix(s, "订正")
		for len(s) > 0 && isRESpace(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
		if strings.HasSuffix(s, "决议的") || strings.HasSuffix(s, "决定的") {
			return true
		}
	}
}

// actKindWords are the kinds of act draftOfActRE reads.
var actKindWords = []string{"决议", "决定"}

// draftsOfActsIn is findDraftsOfActs with no gate: the pattern read over the whole text.
func draftsOfActsIn(text string, body kg.Body) []draftOfAct {
	var out []draftOfAct
	runes := runeOffsets{text: text}
	for _, m := range draftOfActRE.FindAllStringSubmatchIndex(text, -1) {
		from, to := m[6], m[7]
		if from < 0 {
			from, to = m[8], m[9] // issued as a document
		}
		sym := text[from:to]
		syms := findSymbols(sym)
		if len(syms) == 0 {
			continue
		}
		kind := kg.KindResolution
		if text[m[4]:m[5]] == "决定" {
			kind = kg.KindDecision
		}
		d := draftOfAct{act: kg.ActKey{Body: body, Kind: kind, Number: normNumber(text[m[2]:m[3]])}, draft: syms[0].symbol,
			start: runes.of(m[0]), end: runes.of(m[1]), quote: text[m[0]:m[1]]}
		if m[10] >= 0 {
			d.submitter = strings.TrimSuffix(text[m[10]:m[1]], "提交") // with the bracket: whom they submit for
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
		prov := func() kg.Props { return b.provenance(p, d.quote, d.start, d.end) }
		b.rel(kg.Relationship{ID: b.relID(act.ID, kg.RelDraftedAs, draft), Type: kg.RelDraftedAs, Start: act.ID, End: draft, Properties: prov()})
		if d.submitter != "" {
			b.sponsoredFor(submitters(d.submitter), "submitter", draft, prov)
		}
	}
}

// opensAtSameMeeting reports whether a decision of a compilation opens at the meeting of
// the act before it: "在同次会议上，大会根据第三委员会的建议，决定…", "又在该次会议上", with
// the words sameMeeting reads a narrative's so.
func opensAtSameMeeting(first string) bool {
	for _, lead := range []string{"又", "也", "还"} {
		first = strings.TrimPrefix(first, lead)
	}
	rest, ok := strings.CutPrefix(first, "在")
	if !ok {
		return false
	}
	for _, w := range sameMeetingWords {
		if after, ok := strings.CutPrefix(rest, w); ok {
			return strings.HasPrefix(after, "上")
		}
	}
	return false
}

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
		if !opensAtSameMeeting(first) {
			continue
		}
		a.date, a.meeting, a.plenary = prev.date, prev.meeting, prev.plenary
		if len(a.paras) == 1 && a.paras[0].kind == paraPreambular && strings.HasSuffix(first, "。") {
			a.paras[0].kind, a.paras[0].key = paraOperative, "op"
		}
	}
}

package loader

import (
	"cmp"
	"slices"
	"strings"

	"copgraph/kg"
)

// mandateVerb is a verb with which operative paragraphs ask someone to act, and the
// relation it expresses; the values of the relationship that tell them are made once.
type mandateVerb struct {
	verb, rel string
	// verbValue and relValue are verb and rel as property values, relType the type of
	// the relationship as its id gives it ("MANDATES:urges").
	verbValue, relValue any
	relType             string
}

// mandateVerbs maps the verbs with which operative paragraphs ask someone to act to the
// relation they express.
var mandateVerbs = withValues([]mandateVerb{
	{verb: "促请", rel: "urges"},
	{verb: "敦促", rel: "urges"},
	{verb: "吁请", rel: "calls_upon"},
	{verb: "呼吁", rel: "calls_upon"},
	{verb: "邀请", rel: "invites"},
	{verb: "鼓励", rel: "encourages"},
	{verb: "提请", rel: "draws_attention"},
	{verb: "要求", rel: "requires"},
	{verb: "授权", rel: "authorizes"},
	{verb: "决定", rel: "decides"},
	{verb: "请", rel: "requests"},
})

// shouldVerb is the "should" of "缔约国应考虑…", which follows its addressees.
var shouldVerb = &withValues([]mandateVerb{{verb: "应", rel: "should"}})[0]

// recommendVerb is the 建议 of "建议经济及社会理事会鼓励…": not one of mandateVerbs, as a
// body it names may in turn ask another (建议大会请秘书长…), and "建议 1：" is a label.
var recommendVerb = &withValues([]mandateVerb{{verb: "建议", rel: "recommends"}})[0]

func withValues(verbs []mandateVerb) []mandateVerb {
	for i := range verbs {
		v := &verbs[i]
		v.verbValue, v.relValue, v.relType = v.verb, v.rel, kg.RelMandates+":"+v.rel
	}
	return verbs
}

// clauseLead are words that may stand before a mandate verb at the start of a clause.
var clauseLead = []string{"并且", "并", "以及", "同时", "再次", "还", "又", "也", "为此目的", "在这方面"}

// addresseeJoin are the words that join addressees: "请会员国及其他捐助方". 与 is not one:
// "请毒品和犯罪问题办公室与会员国协商" asks the Office, in consultation with Member States.
var addresseeJoin = []string{"以及", "和", "及", "、"}

// mandate is one addressee that a paragraph asks to act.
type mandate struct {
	verb, rel string
	kind      *mandateVerb // the verb and relation, with their values
	ent       *entity
	start     int // rune offsets in the paragraph text: the verb to the end of the addressee
	end       int
	quote     string
	// recommended is true where the clause recommends that another body ask
	// ("建议大会请…"): a proposal, whatever text it stands in.
	recommended bool
}

// findMandates returns who paragraph text asks to do something. A mandate is a clause
// that opens with a mandate verb (after words like 还, 又, 并) followed by its addressees:
// actors or working groups, joined by 和, 及, 、, possibly qualified ("尚未批准的会员国").
// "该工作组" and a bare "工作组" are the working group last named before them: earlier in
// the paragraph, else carried over from the paragraphs before (carried).
func findMandates(text string, carried *entity) []mandate {
	return mandatesIn(text, "", findEntities(text), carried, nil)
}

// mandatesIn is findMandates for a text of a document of docBody (which reads its own
// names: findEntitiesOf) whose entities, named, are already found; the mandates go in buf's
// room, where the usual few fit.
func mandatesIn(text string, docBody kg.Body, named []entityMention, carried *entity, buf []mandate) []mandate {
	out := buf[:0]
	// The clauses ask for the group named before, and for what is named where they open,
	// in the order they stand: where named is in order too, a cursor reads it once for all
	// of a long paragraph's clauses, not once for each.
	sorted := slices.IsSortedFunc(named, func(a, b entityMention) int { return a.startByte - b.startByte })
	gk, lastGroup, lastAt := 0, carried, 0
	groupBefore := func(at int) *entity {
		if !sorted || at < lastAt {
			g := carried
			for _, m := range named {
				if m.startByte < at && m.ent.labels[0] == kg.LabelWorkingGroup {
					g = m.ent
				}
			}
			return g
		}
		lastAt = at
		for ; gk < len(named) && named[gk].startByte < at; gk++ {
			if named[gk].ent.labels[0] == kg.LabelWorkingGroup {
				lastGroup = named[gk].ent
			}
		}
		return lastGroup
	}
	nk, lastOpen := 0, 0
	namedAt := func(at int) []entityMention { // those of named that may open at byte at
		if !sorted || at < lastOpen {
			return named
		}
		lastOpen = at
		for nk < len(named) && named[nk].startByte < at {
			nk++
		}
		ne := nk
		for ne < len(named) && named[ne].startByte == at {
			ne++
		}
		return named[nk:ne]
	}
	body := trimLeftAny(trimSpace(text), "“") // "“1. 请…": a paragraph of a quoted draft
	opensLabel := false                       // "建议 2：…": the paragraph opens with its label
	prefix := len(text) - len(trimLeftAny(text, " “"))
	if loc := numberedRE.FindStringIndex(body); loc != nil {
		prefix += loc[1]
	} else if loc := letteredRE.FindStringIndex(body); loc != nil {
		prefix += loc[1]
	} else if loc := circledRE.FindStringIndex(body); loc != nil {
		prefix += loc[1]
	} else if n := recommendationLabel(body); n > 0 {
		prefix += n
		opensLabel = true
	}
	if at := bodyNameEnd(text[prefix:]); at > 0 {
		// "缔约方会议请秘书处…": the body that asks is the subject, not the first word.
		prefix += at
	}
	runes := runeOffsets{text: text}
	var clauseBuf [16][2]int // on the stack for the usual paragraph
	var addrBuf [4]addressee // and a clause's addressees
	// What an act the text names asked ("…第 5/1 号决议中请秘书处…") is the act's
	// (findReportedMandates), not the text's.
	reported := newReportedCursor(text)
	labelled := opensLabel // the clause before is a label alone ("建议 1：")
	for _, cl := range appendClauses(clauseBuf[:0], text, prefix) {
		c := text[cl[0]:cl[1]]
		skip := 0
		// The head of the paragraph, of a sentence, of a line of its list or of a labelled
		// recommendation: where a subject that asks may stand ("…审议了议程项目 3。审议组鼓励
		// 缔约国…"). Elsewhere a subject's verb is reported ("重申第 4/3 号决定，在该决定中，
		// 缔约方会议决定该工作组应…").
		head := cl[0] == prefix || labelled || strings.HasSuffix(text[:cl[0]], "。")
		if labelled {
			skip = len(c) - len(strings.TrimLeft(c, " ")) // "建议 1： 会员国应…"
		}
		labelled = false
		if afterSentence(text, cl[0]) {
			// "…下列建议：建议 1：会员国应…。建议 2：…": labels the paragraph holds inline, where
			// its lines were joined.
			lead := len(c) - len(strings.TrimLeft(c, " "))
			if n := recommendationLabel(c[lead:]); n > 0 {
				head, skip = true, lead+n
				labelled = skip == len(strings.TrimRight(c, " "))
			}
		}
		if cl[0] > 0 && text[cl[0]-1] == '\n' {
			head = true
			// A line of a list the paragraph holds ("工作组通过了下列建议：\n(a) 缔约国应…"):
			// its number is not its words.
			skip = len(c) - len(strings.TrimLeft(c, " "))
			if n := listNumberText(c[skip:]); n != "" {
				skip += len(n)
			} else if n := recommendationLabel(c[skip:]); n > 0 {
				skip += n
				labelled = skip == len(strings.TrimRight(c, " "))
			}
		}
		skip = pastLeads(c, skip)
		if head {
			if n := askingSubject(c[skip:], cl[0]+skip, namedAt(cl[0]+skip)); n > 0 {
				// "工作组请秘书处…", "(a) 工作组还鼓励缔约国…": the group that asks is the
				// subject, not the first addressee.
				skip = pastLeads(c, skip+n)
			}
		}
		passed := recommendedSkip(c, skip)
		recommended := passed != skip
		found := false
		at := skip // where 建议 stands: it opens the clause, or a recommendedSkip passed holds it
		if k := index(c[skip:passed], "建议"); k > 0 {
			at += k
		}
		// A clause that would ask is asked last whether it is an act's the text tells: the
		// text is read for such words only as far as a clause that asks.
		if strings.HasPrefix(c[at:], "建议") && recommendationLabel(c[at:]) == 0 && (!contains(c, "草案") || contains(c, "通过下列") || contains(c, "通过以下") || contains(c, "通过下述")) && !reported.holds(cl[0]) {
			// "建议经济及社会理事会鼓励…", "专家组建议会员国加强…": whom a recommendation is made
			// to is asked to act, as by 请; what a body so asked would ask in turn (建议大会请
			// 秘书长…) is read below, as a proposal. Recommending a draft by its symbol (建议…
			// 通过决议草案（E/CN.15/2019/L.3）) is its adoption's, no mandate; recommending the
			// text that follows (建议大会通过下列决议草案：) asks the body to adopt it.
			verbAt := cl[0] + at
			for _, a := range addressees(c[at+len("建议"):], docBody, groupBefore(verbAt), addrBuf[:]) {
				found = true
				e := verbAt + len("建议") + a.end
				start := runes.of(verbAt)
				out = append(out, mandate{verb: recommendVerb.verb, rel: recommendVerb.rel, kind: recommendVerb, ent: a.ent, start: start, end: start + runeLen(text[verbAt:e]), quote: text[verbAt:e]})
			}
		}
		skip = passed
		verbs := mandateVerbs
		if !mandateVerbOpeners.mayOpen(c[skip:]) {
			verbs = nil // none opens the clause
		}
		for k := range verbs {
			mv := &verbs[k]
			if !strings.HasPrefix(c[skip:], mv.verb) {
				continue
			}
			found = true
			if reported.holds(cl[0]) {
				break
			}
			verbAt := cl[0] + skip
			rest := c[skip+len(mv.verb):]
			if mv.verb == "决定" {
				// "决定请秘书长…": what is decided is a request; its verb asks.
				for k := range mandateVerbs {
					if inner := &mandateVerbs[k]; inner.verb != "决定" && strings.HasPrefix(rest, inner.verb) {
						mv, verbAt, rest = inner, verbAt+len("决定"), rest[len(inner.verb):]
						break
					}
				}
			}
			if mv.verb == "提请" && !contains(rest, "注意") {
				// "提请…注意" draws attention; "提请大会通过…" submits a draft to the body,
				// which asks it nothing yet.
				break
			}
			as := addressees(rest, docBody, groupBefore(verbAt), addrBuf[:])
			if len(as) == 0 {
				as = resolveThat(rest, named, verbAt)
			}
			if mv.verb == "决定" && docBody != "" {
				// "决定缔约方会议在其下届会议上审议…" in the Conference's own act plans its
				// own work: the body asks itself nothing.
				own := bodyActor(docBody)
				as = slices.DeleteFunc(as, func(a addressee) bool { return a.ent == own })
			}
			for _, a := range as {
				s, e := verbAt, cl[0]+skip+len(mv.verb)+a.end
				start := runes.of(s)
				out = append(out, mandate{verb: mv.verb, rel: mv.rel, kind: mv, ent: a.ent, start: start, end: start + runeLen(text[s:e]), quote: text[s:e], recommended: recommended})
			}
			break
		}
		if !found && contains(c, "应") && !reported.holds(cl[0]) {
			// "缔约国应考虑…": the addressees first, then what they should do.
			as := addressees(c[skip:], docBody, groupBefore(cl[0]+skip), addrBuf[:])
			if len(as) == 0 {
				continue
			}
			after := c[skip+as[len(as)-1].end:]
			if !strings.HasPrefix(after, "应") || hasAnyPrefix(after, notShould) {
				continue
			}
			for _, a := range as {
				s, e := cl[0]+skip, cl[0]+skip+as[len(as)-1].end+len("应")
				start := runes.of(s)
				out = append(out, mandate{verb: shouldVerb.verb, rel: shouldVerb.rel, kind: shouldVerb, ent: a.ent, start: start, end: start + runeLen(text[s:e]), quote: text[s:e]})
			}
		}
	}
	return out
}

// afterSentence reports whether byte i of text follows the end of a sentence or of a
// label's clause: 。, ：or ；.
func afterSentence(text string, i int) bool {
	return hasAnySuffix(text[:i], sentenceEnds)
}

var sentenceEnds = []string{"。", "：", "；"}

// pastLeads returns where the words of clauseLead that open c from byte skip end.
func pastLeads(c string, skip int) int {
	for again := true; again && clauseLeadOpeners.mayOpen(c[skip:]); {
		again = false
		for _, w := range clauseLead {
			// Every word is of whole characters: its third byte, the last of its first,
			// tells most apart before the comparison, which is a call.
			if len(c)-skip >= len(w) && c[skip+2] == w[2] && c[skip:skip+len(w)] == w {
				skip += len(w)
				again = true
			}
		}
	}
	return skip
}

// subjectNouns are the common nouns by which a report's body or group is the subject of
// what it asks or recommends ("工作组请秘书处…"), longest first where one opens another.
var subjectNouns = append([]string{"该工作组", "各工作组"}, recommendingBodies...)

// askingSubject returns the length of the subject that opens s, a clause from byte at of a
// paragraph whose entities named are, where the subject asks or recommends: a body's name
// ("缔约方会议请…"), a working group's ("枪支问题工作组鼓励…") or their common noun
// ("工作组请…", "委员会还请…"), then a mandate verb or 建议 (after words like 还). 0
// where s opens with no such subject: "工作组应…" is what the group should do, its
// addressee first.
func askingSubject(s string, at int, named []entityMention) int {
	n := bodyNameEnd(s)
	if n == 0 {
		for _, m := range named {
			if m.startByte == at && m.ent.labels[0] == kg.LabelWorkingGroup {
				n = m.endByte - at
				break
			}
		}
	}
	if n == 0 {
		for _, w := range subjectNouns {
			if strings.HasPrefix(s, w) {
				n = len(w)
				break
			}
		}
	}
	if n == 0 {
		return 0
	}
	rest := s[pastLeads(s, n):]
	if strings.HasPrefix(rest, "建议") || opensWithMandateVerb(rest) {
		return n
	}
	return 0
}

// subjectAsks reports whether a report's narrative paragraph opens with its body or group as
// the subject that asks, named by its common noun ("3. 审议组请秘书处继续…", "委员会还请…").
func subjectAsks(text string) bool {
	// Past the paragraph's number ("3. "), byte by byte: the list's patterns are regexps, and
	// this runs on every paragraph of a report.
	k := 0
	for k < len(text) && (text[k] == ' ' || text[k] == '.' || text[k] >= '0' && text[k] <= '9') {
		k++
	}
	t := text[k:]
	if subjectOpeners.mayOpen(t) && hasAnyPrefix(t, subjectNouns) { // as every subject it reads opens: askingSubject need not run
		if askingSubject(t, len(text)-len(t), nil) > 0 || asksLater(t) {
			return true
		}
	} else if !afterOpening(t) {
		return false
	}
	// A paragraph of the body's proceedings goes on with the body as the subject of each
	// sentence: "在…第 5 次会议上，审议组审议了议程项目 3。审议组鼓励缔约国…". Others are not
	// read sentence by sentence.
	for {
		i := indexBy(t, "。", 0) // by its first byte, which only CJK marks open
		if i < 0 {
			return false
		}
		t = t[skipRESpaces(t, i+len("。")):]
		if subjectOpeners.mayOpen(t) && hasAnyPrefix(t, subjectNouns) && (askingSubject(t, len(text)-len(t), nil) > 0 || asksLater(t)) {
			return true
		}
	}
}

// subjectOpeners are the first characters of subjectNouns.
var subjectOpeners = openersOf(subjectNouns...)

// afterOpening reports whether the subject of the sentence that opens s, after an opening
// clause ("在…第 5 次会议上，"), is the body's common noun.
func afterOpening(s string) bool {
	if !strings.HasPrefix(s, "在") {
		return false
	}
	// The opening clause names a meeting or a date: a few dozen characters at most.
	i := index(s[:min(len(s), 150)], "，")
	if i < 0 {
		return false
	}
	t := s[i+len("，"):]
	return subjectOpeners.mayOpen(t) && hasAnyPrefix(t, subjectNouns)
}

// asksLater reports whether a later clause of the sentence that opens s asks, after the
// subject's first verb: "委员会回顾…第 2024/21 号决议，请秘书处…", the body recalling what it
// builds on before it asks. 决定 there more often tells what the body did (决定将…) than asks.
func asksLater(s string) bool {
	end := len(s)
	if i := index(s, "。"); i >= 0 {
		end = i
	}
	var buf [8][2]int
	cls := appendClauses(buf[:0], s[:end], 0)
	for k := 1; k < len(cls); k++ {
		c := s[pastLeads(s[:cls[k][1]], cls[k][0]):cls[k][1]]
		if opensWithMandateVerb(c) && !strings.HasPrefix(c, "决定") {
			return true
		}
	}
	return false
}

// opensWithMandateVerb reports whether s opens with a verb of mandateVerbs.
func opensWithMandateVerb(s string) bool {
	if !mandateVerbOpeners.mayOpen(s) {
		return false
	}
	for k := range mandateVerbs {
		if strings.HasPrefix(s, mandateVerbs[k].verb) {
			return true
		}
	}
	return false
}

// recommendationLabel returns the length of the label "建议 1." (recommendation 1) that
// opens s, as reports number recommendations they set out one by one, or 0. The number
// may be followed by a full stop, half- or full-width, and spaces; a colon ends the clause
// of the label itself.
func recommendationLabel(s string) int {
	rest, ok := strings.CutPrefix(s, "建议")
	if !ok {
		return 0
	}
	i := skipRESpaces(rest, 0)
	digits := i
	for i < len(rest) {
		r, size := decodeRune(rest[i:])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			break
		}
		i += size
	}
	if i == digits {
		return 0 // "建议缔约方会议…" is a verb
	}
	switch {
	case strings.HasPrefix(rest[i:], "．"):
		i += len("．")
	case strings.HasPrefix(rest[i:], "."):
		i++
	}
	return len("建议") + skipRESpaces(rest, i)
}

// recommendedSkip returns where the request a recommendation passes on begins in a clause
// c, from byte skip: after "建议" and the body it is made to ("工作组建议缔约方会议请…",
// "建议大会请…"), or skip where the clause is no such recommendation.
func recommendedSkip(c string, skip int) int {
	// The recommending body, if named, is short ("工作组"): 建议 begins within 15 bytes,
	// and a search of as many bytes as may hold it finds it there.
	i := strings.Index(c[skip:min(len(c), skip+15+len("建议"))], "建议")
	if i < 0 || i > 15 {
		return skip
	}
	rest := c[skip+i+len("建议"):]
	for _, bn := range bodyNames {
		if strings.HasPrefix(rest, bn.name) {
			return len(c) - len(rest) + len(bn.name)
		}
	}
	return skip
}

// notShould are words that open with 应 and say no "should": 应对 (respond to), 应邀 (at the
// invitation of), 应用 (apply), 应有 (due).
var notShould = []string{"应对", "应邀", "应用", "应有"}

// clauses splits text, from byte offset from, at the punctuation that ends a clause.
func clauses(text string, from int) [][2]int {
	return appendClauses(nil, text, from)
}

// appendClauses appends to out the clauses of text from byte offset from, as clauses
// returns them.
func appendClauses(out [][2]int, text string, from int) [][2]int {
	start := from
	for i := from; ; {
		if i = nextClauseEndLead(text, i); i == len(text) {
			break
		}
		r, n := decodeRune(text[i:])
		switch r {
		case '，', '；', '：', '。', ',', ';', ':', '\n':
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + n
		}
		i += n
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// nextClauseEndLead returns the first byte at or after i that may begin the punctuation
// that ends a clause, or len(text). No need to decode the text where none can begin, nor
// to look at the tail bytes of a rune (text is valid UTF-8): a Chinese character is one
// step.
func nextClauseEndLead(text string, i int) int {
	for i < len(text) {
		n := clauseStep[text[i]]
		if n == 0 {
			return i
		}
		i += int(n)
	}
	return len(text)
}

// clauseEndLead holds the bytes that begin the punctuation that ends a clause in UTF-8.
var clauseEndLead = [256]bool{0xef: true, 0xe3: true, ',': true, ';': true, ':': true, '\n': true}

// clauseStep holds, for each byte, 0 where it may begin the punctuation that ends a clause
// (clauseEndLead), and the size of the rune it begins (runeSize) elsewhere.
var clauseStep = func() (step [256]uint8) {
	for c := range step {
		if !clauseEndLead[c] {
			step[c] = uint8(runeSize(byte(c)))
		}
	}
	return step
}()

// openers is a set of words that may open a text, with the keys of their first characters
// (openerKey): where the first character of a text has none of them, no word of the set
// opens it, which one look tells, where a test of each word takes one comparison each.
type openers struct {
	keys [1 << 12]bool
}

// openerKey returns twelve bits of the first character of s, which is whole: the low six of
// each of its last two bytes, or its byte.
func openerKey(s string, n int) int {
	if n == 1 {
		return int(s[0])
	}
	return int(s[n-2]&0x3f)<<6 | int(s[n-1]&0x3f)
}

func openersOf(words ...string) *openers {
	o := &openers{}
	for _, w := range words {
		o.keys[openerKey(w, runeSize(w[0]))] = true
	}
	return o
}

// mayOpen reports false where no word of the set opens s.
func (o *openers) mayOpen(s string) bool {
	if s == "" {
		return false
	}
	n := runeSize(s[0])
	return n > len(s) || o.keys[openerKey(s, n)] // a cut rune: let the words tell
}

var (
	clauseLeadOpeners  = openersOf(clauseLead...)
	mandateVerbOpeners = openersOf(mandateVerbNames()...)
)

// addressee is an entity that a mandate verb addresses; end is the byte offset just past
// its name in the text after the verb.
type addressee struct {
	ent *entity
	end int
}

// addressees reads the addressees at the start of s, of a document of body: entity names
// joined by addresseeJoin, the first of which may follow a qualifier that ends in 的. They
// go in buf's room, where the usual few fit.
func addressees(s string, body kg.Body, lastGroup *entity, buf []addressee) []addressee {
	out := buf[:0]
	ms := withBodies(s, withStates(s, findEntitiesOf(s, body)))
	pos := 0 // byte offset in s that the next addressee must start at
	for _, m := range ms {
		if m.ent.labels[0] != kg.LabelActor && m.ent.labels[0] != kg.LabelWorkingGroup {
			if len(out) == 0 {
				continue // an instrument in the qualifier: "尚未批准《公约》的会员国"
			}
			break
		}
		gap := s[pos:m.startByte]
		switch {
		case len(out) == 0 && gap != "" && !isQualifier(gap):
			if g := resolveGroup(s, lastGroup); g != nil {
				return g
			}
			// "邀请国际麻醉品管制局继续与会员国合作": an organisation the lexicon lacks
			// before the first name it knows.
			return unknownOrganization(s)
		case m.ent.id == statesPartiesID && strings.HasPrefix(s[m.endByte:], "会议"):
			// "决定缔约国会议第十二届会议于…举行": the Conference itself, whose own
			// session is decided, no addressee.
			return out
		case len(out) > 0 && !isJoin(gap):
			return out
		}
		out = append(out, addressee{m.ent, m.endByte})
		pos = m.endByte
	}
	if len(out) == 0 {
		if g := resolveGroup(s, lastGroup); g != nil {
			return g
		}
		return unknownOrganization(s)
	}
	return out
}

// statesPartiesID is the States parties' actor, whose name opens the Conference's
// ("缔约国会议").
const statesPartiesID = "actor:states-parties"

// orgSuffixes end the names of organisations: an addressee the lexicon lacks is one where
// its name ends so and what it is asked to do follows.
var orgSuffixes = []string{"特别工作组", "管制局", "计划署", "规划署", "办事处", "办公室", "委员会", "理事会", "基金会", "组织", "机构", "协会", "联盟", "中心", "银行", "法院", "局", "署"}

// taskForce is a task force's word, the one of orgSuffixes no name is by itself.
const taskForce = "特别工作组"

// orgSuffixEnds holds the last bytes of orgSuffixes: a name that ends in none of them ends
// in no suffix.
var orgSuffixEnds = func() (ends [256]bool) {
	for _, x := range orgSuffixes {
		ends[x[len(x)-1]] = true
	}
	return ends
}()

// orgFollowers open what an organisation is asked to do, after its name.
var orgFollowers = []string{"继续", "提供", "加强", "考虑", "支持", "酌情", "协助", "确保", "开展", "审议", "编写", "报告", "采取", "与", "向", "在", "就", "根据"}

// officeSuffixes end the titles of the holders of a mandate, persons the lexicon lacks as
// it lacks organisations: "请特别报告员向人权理事会…提交报告", "邀请移民人权问题特别报告员…".
var officeSuffixes = []string{"特别报告员", "独立专家"}

// officeFollowers open what a mandate holder is asked to do, after the title: an
// organisation's words, and 提交 (a report), which is all most of them are asked.
var officeFollowers = append([]string{"提交"}, orgFollowers...)

// bareRapporteur is the title a Special Rapporteur goes by once an act has named the
// mandate ("注意到…问题特别报告员的报告" then "请特别报告员…"): that holder (graphBuilder's
// rapporteur), else the title alone.
const bareRapporteur = "特别报告员"

// unknownOrganization reads, at the start of s, the name of an organisation the lexicon
// lacks: a run of Chinese characters that ends in an organisation's word and is followed
// by what it is asked to do ("邀请国际麻醉品管制局继续…"), or a mandate holder's title
// (officeSuffixes). The name must be one: no pronoun (该, 其) or qualifier opens it.
func unknownOrganization(s string) []addressee {
	if hasAnyPrefix(s, notOrganizationOpeners) {
		return nil
	}
	end := 0
	for end < len(s) && end < 60 {
		n := hanAt(s[end:])
		if n == 0 {
			break
		}
		end += n
	}
	// The shortest name that ends so and is followed so: "…管制局继续与…组织合作" names the
	// board, not the board and the organisation.
	for at, runes := 0, 0; at < end; runes++ {
		_, n := decodeRune(s[at:])
		at += n
		name := s[:at]
		// A task force is named in full ("加勒比金融行动特别工作组"): "特别工作组" alone is
		// one named before, which a name's shape cannot tell.
		if runes+1 >= 4 && orgSuffixEnds[name[len(name)-1]] && hasAnySuffix(name, orgSuffixes) && name != taskForce && hasAnyPrefix(s[at:], orgFollowers) {
			e := &entity{id: "actor:" + name, labels: []string{kg.LabelActor, kg.LabelOrganization}, nameZh: name}
			return []addressee{{e, at}}
		}
		if runes+1 >= 4 && (name[len(name)-1] == officeLast[0] || name[len(name)-1] == officeLast[1]) && hasAnySuffix(name, officeSuffixes) && hasAnyPrefix(s[at:], officeFollowers) {
			e := &entity{id: "actor:" + name, labels: []string{kg.LabelActor, kg.LabelPerson}, nameZh: name}
			return []addressee{{e, at}}
		}
	}
	return nil
}

// officeLast holds the last bytes of officeSuffixes.
var officeLast = [2]byte{officeSuffixes[0][len(officeSuffixes[0])-1], officeSuffixes[1][len(officeSuffixes[1])-1]}

// notOrganizationOpeners open no organisation's name: a pronoun or a qualifier.
var notOrganizationOpeners = []string{"该", "其", "各", "所有", "有关", "相关"}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// withStates adds to the entities found in s each "国家" (States) that stands as a word of
// its own, in order: an addressee that only operative paragraphs name so ("促请所有国家",
// "尚未批准…的国家"). Where more follows it is another's name ("…国家组", "…国家集团"), and
// where a word stands before it, another collective ("发展中国家"), which the gap before
// it then tells.
func withStates(s string, ms []entityMention) []entityMention {
	if !contains(s, "国家") {
		return ms
	}
	states := entityNamed("各国")
	for from := 0; ; {
		i := index(s[from:], "国家")
		if i < 0 {
			return ms
		}
		at, end := from+i, from+i+len("国家")
		from = end
		if strings.HasPrefix(s[end:], "组") || strings.HasPrefix(s[end:], "集团") || slices.ContainsFunc(ms, func(m entityMention) bool { return m.startByte < end && at < m.endByte }) {
			continue
		}
		k := 0
		for k < len(ms) && ms[k].startByte < at {
			k++
		}
		ms = slices.Insert(ms, k, entityMention{ent: states, startByte: at, endByte: end, quote: "国家"})
	}
}

// bodyFollowers may follow a body's name where the body is asked to act: what it is asked
// to do ("邀请联合国反腐败公约缔约国会议审议…"), or another addressee joined to it. Else the
// name is the body's as the owner of a session, an act or an organ ("缔约方会议第十二届会议",
// "大会的议程", "缔约方会议秘书处"), no addressee.
var bodyFollowers = append(append(append([]string{"核可", "通过", "注意", "作为", "进一步", "今后", "于", "为"}, orgFollowers...), addresseeJoin...), mandateVerbNames()...)

// mandateVerbNames returns the verbs of mandateVerbs: what a body recommended to may be
// asked to do in turn ("建议大会请秘书长…", "建议经济及社会理事会鼓励…").
func mandateVerbNames() []string {
	var out []string
	for _, mv := range mandateVerbs {
		out = append(out, mv.verb)
	}
	return out
}

// withBodies adds to the entities found in s each body (bodyNames) named where it is asked
// to act, as the actor bodyActor gives: at the end of s or before a word of bodyFollowers.
// The body's name claims the text of the entities it holds ("缔约国会议" holds 缔约国) and
// of an instrument's title right before it ("《联合国打击跨国有组织犯罪公约》缔约方会议");
// an entity whose name holds it keeps its own ("缔约方会议主席团" is the Bureau).
func withBodies(s string, ms []entityMention) []entityMention {
	// Every body's name holds 会, once: one search for it finds where each may stand, where
	// a search for each name read s a dozen times. The names are then taken in their order,
	// each where it stands from the first on, as a search for each would take them.
	var atBuf [8]bodyNameAt // on the stack for the usual few
	found := atBuf[:0]
	for from := 0; ; {
		i := index(s[from:], "会")
		if i < 0 {
			break
		}
		hui := from + i
		from = hui + len("会")
		for k := range bodyNames {
			if at := hui - bodyNameHui[k]; at >= 0 && strings.HasPrefix(s[at:], bodyNames[k].name) {
				found = append(found, bodyNameAt{k, at})
			}
		}
	}
	slices.SortStableFunc(found, func(a, b bodyNameAt) int { return a.k - b.k })
	for _, f := range found {
		bn := &bodyNames[f.k]
		at, end := f.at, f.at+len(bn.name)
		actor := bodyActor(bn.body)
		if p := bodyPresident(s, end); p > end {
			actor, end = presidentOf(bn.body), p
		} else if end < len(s) && !hasAnyPrefix(s[end:], bodyFollowers) {
			continue
		}
		if slices.ContainsFunc(ms, func(m entityMention) bool {
			return m.startByte < end && at < m.endByte && (m.startByte < at || m.endByte > end)
		}) {
			continue // a longer name, or another body's overlapping this one
		}
		ms = slices.DeleteFunc(ms, func(m entityMention) bool { return at <= m.startByte && m.endByte <= end })
		k := 0
		for k < len(ms) && ms[k].startByte < at {
			k++
		}
		if k > 0 && ms[k-1].endByte == at && ms[k-1].ent.labels[0] == kg.LabelInstrument {
			k--
			at = ms[k].startByte
			ms = slices.Delete(ms, k, k+1)
		} else {
			// "联合国打击跨国有组织犯罪公约缔约方会议": the title without its brackets is the
			// name's too.
			at -= bareTitleBefore(s[:at])
		}
		ms = slices.Insert(ms, k, entityMention{ent: actor, startByte: at, endByte: end, quote: s[at:end]})
	}
	return ms
}

// bodyPresident returns where "主席" ends that stands right after a body's name ending at
// end in s ("请大会主席拟订会议的模式": the President of the Assembly is asked), else end.
// The Bureau (主席团) and the Friends of the Chair (主席之友) are others.
func bodyPresident(s string, end int) int {
	rest := s[end:]
	if !strings.HasPrefix(rest, "主席") || strings.HasPrefix(rest, "主席团") || strings.HasPrefix(rest, "主席之友") {
		return end
	}
	return end + len("主席")
}

// presidents are the presidents of the bodies as addressees, by body: "大会主席" is the
// President of the General Assembly, "缔约方会议主席" the Conference's.
var presidents = func() map[kg.Body]*entity {
	m := map[kg.Body]*entity{}
	for body, e := range bodyActors {
		m[body] = &entity{id: e.id + "-president", labels: []string{kg.LabelActor, kg.LabelPerson}, nameZh: e.nameZh + "主席", nameEn: "President of the " + e.nameEn}
	}
	return m
}()

// presidentOf returns the actor a body's president is as an addressee.
func presidentOf(b kg.Body) *entity { return presidents[b] }

// bodyNameAt is where the name bodyNames[k] stands in a text.
type bodyNameAt struct{ k, at int }

// bodyNameHui holds the byte offset of 会 in each name of bodyNames, which every name holds
// (a test holds them to it): each is found where its first 会 stands.
var bodyNameHui = func() []int {
	out := make([]int, len(bodyNames))
	for k, bn := range bodyNames {
		out[k] = strings.Index(bn.name, "会")
	}
	return out
}()

// bareTitles are the titles of the lexicon's instruments without their brackets, as a
// body's full name holds them ("联合国反腐败公约缔约国会议").
var bareTitles = func() []string {
	var out []string
	for _, e := range lexicon {
		if e.labels[0] == kg.LabelInstrument {
			out = append(out, strings.TrimSuffix(strings.TrimPrefix(e.nameZh, "《"), "》"))
		}
	}
	return out
}()

// bareTitleBefore returns the length of the bracketless title of bareTitles that s ends
// with, or 0.
func bareTitleBefore(s string) int {
	for _, t := range bareTitles {
		if strings.HasSuffix(s, t) {
			return len(t)
		}
	}
	return 0
}

// resolveGroup reads "该工作组" or a bare "工作组" at the start of s as the group last named,
// and "该专家组" or "专家组" as it where it is an expert group (one an act set up in the
// paragraph before: "决定设立一个…专家组" then "请专家组…").
func resolveGroup(s string, lastGroup *entity) []addressee {
	if lastGroup == nil {
		return nil
	}
	for _, w := range []string{"该工作组", "工作组"} {
		if strings.HasPrefix(s, w) {
			return []addressee{{lastGroup, len(w)}}
		}
	}
	if strings.HasSuffix(lastGroup.nameZh, expertsWord) {
		for _, w := range []string{"该专家组", "专家组"} {
			if strings.HasPrefix(s, w) {
				return []addressee{{lastGroup, len(w)}}
			}
		}
	}
	return nil
}

// thatNouns are what "该" names an actor by: "请该办公室" is the Office named before.
var thatNouns = []string{"办公室", "组织", "机构", "委员会", "理事会", "基金", "中心", "署", "局"}

// resolveThat reads "该办公室", "该组织" at the start of s as the actor named last before
// byte at of the text whose entities named are: the one whose name ends with the noun, or,
// for 组织 and 机构, the organisation named last.
func resolveThat(s string, named []entityMention, at int) []addressee {
	rest, ok := strings.CutPrefix(s, "该")
	if !ok {
		return nil
	}
	for _, noun := range thatNouns {
		if !strings.HasPrefix(rest, noun) {
			continue
		}
		var last *entity
		for _, m := range named {
			if m.startByte >= at || m.ent.labels[0] != kg.LabelActor {
				continue
			}
			if strings.HasSuffix(m.ent.nameZh, noun) || (noun == "组织" || noun == "机构") && slices.Contains(m.ent.labels, kg.LabelOrganization) {
				last = m.ent
			}
		}
		if last != nil {
			return []addressee{{last, len("该") + len(noun)}}
		}
		return nil
	}
	return nil
}

// addresseeQualifiers may stand before the first addressee: "请所有缔约国", "请其他捐助方".
var addresseeQualifiers = []string{"所有", "所有其他", "其他", "有关", "相关", "全体", "各"}

// isQualifier reports whether gap, the words between a mandate verb and its first
// addressee, qualifies the addressee: a word of addresseeQualifiers, or a phrase ending in
// 的 within the clause ("尚未批准或加入的会员国").
func isQualifier(gap string) bool {
	for _, q := range addresseeQualifiers {
		if gap == q {
			return true
		}
	}
	return strings.HasSuffix(gap, "的") && lastIndexAny(gap, "，。；：") < 0
}

// isJoin reports whether gap joins two addressees: a word of addresseeJoin, which a
// qualifier may follow ("会员国、其他国际和区域组织以及民间社会").
func isJoin(gap string) bool {
	for _, j := range addresseeJoin {
		if rest, ok := strings.CutPrefix(gap, j); ok && (rest == "" || slices.Contains(addresseeQualifiers, rest)) {
			return true
		}
	}
	return false
}

// A report sets out the recommendations its body adopted under a heading "建议", or after a
// sentence that introduces them in any section: "工作组在…第 4 次会议上通过了下列建议：",
// "专家组提出了以下建议：", "工作组建议：", the list then following in the paragraph.
var (
	// recommendationVerbs say the body made the recommendations that follow.
	recommendationVerbs = []string{"通过了", "提出了", "核可了", "核准了", "商定了"}
	// listWords say a list follows.
	listWords = []string{"下列", "以下", "如下"}
	// recommendingBodies open the clause of a body's own lead, where no body's name does:
	// the group or body whose report it is, by its common noun.
	recommendingBodies = []string{"两个工作组", "工作组", "专家组", "审议组", "委员会", "理事会", "会议"}
)

// recommendationsAt returns the byte offset in a paragraph's text where the list of
// recommendations that a lead sentence introduces begins (after its colon: "…通过了下列建议：",
// "…通过了下列建议，供缔约方会议审议："), or the list of what a note suggests its body do
// (suggestedActionAt), or -1. The lead is the report's body's own: its clause opens with the
// body's name, and one who spoke ("一些发言者提出了以下建议：", "日本代表提出了下列建议：")
// made no recommendation.
func recommendationsAt(text string) int {
	if !holdsColon(text) {
		return -1 // both leads end in a colon: most paragraphs hold none
	}
	if at := suggestedActionAt(text); at >= 0 {
		return at
	}
	for from := 0; ; {
		k := index(text[from:], "建议")
		if k < 0 {
			return -1
		}
		at, end := from+k, from+k+len("建议")
		from = end
		end = skipRESpaces(text, end)
		if colonAt(text, end) == 0 {
			end = pastConsideration(text, end)
		}
		if colonAt(text, end) == 0 {
			continue
		}
		before := strings.TrimSuffix(text[:at], "各项")
		var ok bool
		for _, w := range listWords {
			if before, ok = strings.CutSuffix(before, w); ok {
				break
			}
		}
		switch {
		case ok && !hasAnySuffix(before, recommendationVerbs):
			continue
		case !ok && (strings.HasSuffix(before, "的") || clauseOf(before) == ""):
			// "工作组建议：" is a lead, the body its verb's subject; "审议了…的建议：" names
			// another's recommendations, and a 建议 that opens its clause is a heading's.
			continue
		}
		if recommendingClause(before) {
			return end + colonAt(text, end)
		}
	}
}

// holdsColon reports whether text holds a colon, full- or half-width, as colonAt reads one.
// "：" is searched by its first byte, which only the full-width marks open, where its last
// ends many a character (会, 的, 定).
func holdsColon(text string) bool {
	return strings.IndexByte(text, ':') >= 0 || indexBy(text, "：", 0) >= 0
}

// considerationEnds end the phrase that says whom recommendations are for: "供缔约方会议
// 审议", "供…审议和通过".
var considerationEnds = []string{"审议", "审查", "通过", "核可", "采取行动"}

// pastConsideration returns where the phrase that says whom recommendations are for ends,
// when it follows them at byte end of text ("通过了下列建议，供缔约方会议审议："), or end.
func pastConsideration(text string, end int) int {
	rest := text[end:]
	if r, ok := strings.CutPrefix(rest, "，"); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, ","); ok {
		rest = r
	}
	if !strings.HasPrefix(rest, "供") {
		return end
	}
	phrase := rest[:min(len(rest), 90)] // 30 characters: a body's full name and a verb or two
	k := indexAny(phrase, "：:。；，\n")
	if k < 0 || colonAt(phrase, k) == 0 || !hasAnySuffix(phrase[:k], considerationEnds) {
		return end
	}
	return len(text) - len(rest) + k
}

// mayWish are the words with which a note proposes what its body might do: "缔约方会议似宜：
// (a) 鼓励…(b) 请秘书处…" (the Conference may wish to), "委员会可能希望…", "…可考虑…",
// the list then following.
var mayWish = []string{"似宜", "不妨", "可能希望", "可以考虑", "可考虑"}

// suggestedActionAt returns the byte offset in a paragraph's text where the action a note
// suggests its body take begins, after the lead's colon ("缔约方会议似宜：", "委员会不妨考虑
// 采取下列行动："), or -1: the lead's clause opens with a body's name or its common noun, and
// at most a few words ("考虑", "审议下列建议并") stand between 似宜 and the colon. What a
// speaker thought the body might do ("一些发言者认为，委员会似宜…") is no suggestion of the
// note's.
func suggestedActionAt(text string) int {
	// The lead ends within ten characters before a colon, with no other mark between: the
	// words are looked for before each colon the text holds (most hold none or few), where
	// a search for each read the whole text. Those found are tried as a search for each
	// word in turn would find them: by word, then in the order they stand.
	var buf [4]wishAt // on the stack for the usual few
	found := buf[:0]
	full, half := -1, -1 // the next "：" and ":" from where the last search began, or none
	for from := 0; ; {
		if full < from && full != len(text) {
			if full = indexBy(text[from:], "：", 0); full < 0 {
				full = len(text)
			} else {
				full += from
			}
		}
		if half < from && half != len(text) {
			if half = strings.IndexByte(text[from:], ':'); half < 0 {
				half = len(text)
			} else {
				half += from
			}
		}
		c := min(full, half)
		if c == len(text) {
			break
		}
		size := colonAt(text, c)
		from = c + size
		// The word ends where the first mark after it within its 30 bytes is this colon.
		lo := leadMarkBefore(text, max(0, c+size-30), c)
		for wi, w := range mayWish {
			for at := max(0, lo-len(w)); ; {
				i := index(text[at:c], w)
				if i < 0 {
					break
				}
				at += i
				if at+len(w) >= lo {
					found = append(found, wishAt{wi, at, c + size})
				}
				at += len(w)
			}
		}
	}
	slices.SortStableFunc(found, func(a, b wishAt) int { return cmp.Or(a.word-b.word, a.at-b.at) })
	for _, f := range found {
		sentence := text[:f.at]
		if k := lastIndex(sentence, "。"); k >= 0 {
			sentence = sentence[k:]
		}
		if subjectOnly(clauseOf(sentence)) && !namesSpeakers(sentence) {
			return f.list
		}
	}
	return -1
}

// leadMarkBefore returns where text[lo:c] goes on after the last of the marks that end a
// lead's clause ("：:。；，\n") that it holds, or lo where it holds none, as
// strings.LastIndexAny would find it. A mark of three bytes is one only where the three
// stand in text[lo:c]: lo may cut a character.
func leadMarkBefore(text string, lo, c int) int {
	for i := c - 1; i >= lo; i-- {
		switch text[i] {
		case ':', '\n':
			return i + 1
		case 0xEF, 0xE3:
			if m := text[i:min(i+3, c)]; m == "：" || m == "。" || m == "；" || m == "，" {
				return i + 3
			}
		}
	}
	return lo
}

// wishAt is a word of mayWish, mayWish[word], at byte at of a text, whose lead's colon ends
// at byte list.
type wishAt struct{ word, at, list int }

// namesSpeakers reports whether text names those who spoke, or the body's chair or members
// ("工作组主席提出了以下建议：", "工作组成员提出了下列建议："), whose views and suggestions are
// theirs, not the body's.
func namesSpeakers(text string) bool {
	return contains(text, "发言者") || contains(text, "与会者") || contains(text, "代表") || contains(text, "观察员") ||
		contains(text, "主席") || contains(text, "成员")
}

// subjectOnly reports whether a clause is a subject alone: a body's name, a working
// group's, or their common noun (recommendingBodies), optionally with 还 or 也 after it.
func subjectOnly(clause string) bool {
	clause = strings.TrimSuffix(strings.TrimSuffix(clause, "还"), "也")
	if clause == "" {
		return false
	}
	if bodyNameEnd(clause) == len(clause) || slices.Contains(recommendingBodies, clause) {
		return true
	}
	ms := findEntities(clause)
	return len(ms) == 1 && ms[0].startByte == 0 && ms[0].endByte == len(clause) && ms[0].ent.labels[0] == kg.LabelWorkingGroup
}

// clauseOf returns the clause that text ends in, without its paragraph's number.
func clauseOf(text string) string {
	clause := text
	if k := lastClauseMark(clause); k >= 0 {
		_, size := decodeRune(clause[k:])
		clause = clause[k+size:]
	}
	if k := lastIndex(clause, "。"); k >= 0 {
		clause = clause[k+len("。"):]
	}
	clause = trimSpace(clause)
	if loc := numberedRE.FindStringIndex(clause); loc != nil && loc[0] == 0 {
		clause = trimSpace(clause[loc[1]:])
	}
	return clause
}

// recommendingClause reports whether the clause that text ends in, up to the verb of a
// lead of recommendations, opens with the name of a body, a working group, or their
// common noun, and names no one who spoke.
func recommendingClause(text string) bool {
	clause := clauseOf(text)
	if namesSpeakers(clause) {
		return false
	}
	if bodyNameEnd(clause) > 0 || hasAnyPrefix(clause, recommendingBodies) {
		return true
	}
	ms := findEntities(clause)
	return len(ms) > 0 && ms[0].startByte == 0 && ms[0].ent.labels[0] == kg.LabelWorkingGroup
}

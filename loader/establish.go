package loader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

// An act establishes a working group ("决定设立一个…工作组") or extends its mandate
// ("决定延长…工作组的任务期限"); a later text recalls it ("缔约方会议在其第 5/3 号决议中
// 设立了一个偷运移民问题…工作组"). The rule reads the clause that names the group: a verb
// of establishing or extending before the group's name, and the act that does it — the
// act a reference in that clause names, or else the act whose operative paragraph it is.
var (
	establishVerbs = []string{"设立", "成立", "建立"}
	extendVerbs    = []string{"延长"}
	// extendedAfterRE is an extension told after the group's name: "…工作组的任务授权应予
	// 续延", "…的任务授权予以延长", "…任务期限延长至…", "…工作组应继续" or "…工作组继续"
	// (after 决定).
	// "…工作组应作为（成为）缔约方会议的一个固定组成部分", the words by which the Conference
	// made its ad hoc groups permanent, extend the mandate without end: verb 固定组成部分.
	extendedAfterRE = regexp.MustCompile(`^(?:的?任务(?:授权|期限)?\s*(?:应当|应予以|应予|应|予以|予|将|再)?\s*(续延|延长)|(?:应(?:当)?)?(?:作为[^，。；]{0,40}?)?(继续)|(?:应(?:当)?)?(?:作为|成为)[^，。；]{0,40}?(固定组成部分))`)
)

// groupAct is an act that established a working group or extended its mandate.
type groupAct struct {
	act        kg.ActKey
	group      *entity
	rel        string // kg.RelEstablishes or kg.RelExtends
	verb       string
	start, end int // rune offsets in the paragraph: the verb to the end of the group's name
	quote      string
}

// findGroupActs returns the establishments and extensions a paragraph states. named are
// the paragraph's entities, refs its references to acts (rune offsets), own the act whose
// paragraph it is when it is an operative or annex paragraph (zero otherwise).
func findGroupActs(text string, named []entityMention, refs []mention, own kg.ActKey) []groupAct {
	return findGroupActsOf(text, named, refs, own, nil)
}

// findGroupActsOf is findGroupActs in the report of ownGroup (nil for another document):
// where the paragraph names no group, its bare common noun is that group ("委员会在其第
// 26/4 号决议中请专家组…", "设立一个不限成员名额政府间专家组").
func findGroupActsOf(text string, named []entityMention, refs []mention, own kg.ActKey, ownGroup *entity) []groupAct {
	named = withOwnGroup(text, named, ownGroup)
	if !namesGroup(named) {
		return nil // only a group named can be established or extended
	}
	var out []groupAct
	runes := runeOffsets{text: text}
	named = withGroupsReferredBack(text, named)
	for i, m := range named {
		if m.ent.labels[0] != kg.LabelWorkingGroup {
			continue
		}
		clauseStart := groupClauseBefore(text, m.startByte)
		if c := text[clauseStart:m.startByte]; clauseStart > 0 && (c == "" || strings.HasPrefix(c, "其中") || strings.HasPrefix(c, "即")) && !strings.HasSuffix(text[:clauseStart], "。") {
			// "…决议中决定，该工作组应继续", "回顾其第 5/3 号决议，其中决定设立…": the clause
			// before says which act decides it.
			clauseStart = groupClauseBefore(text, clauseStart-len("，"))
		}
		clause := text[clauseStart:m.startByte]
		after := m.endByte // where what is said of the group begins: after all it is listed with
		for _, n := range named[i+1:] {
			if n.startByte < after {
				continue // the other group "这两个工作组" stands for
			}
			if n.ent.labels[0] != kg.LabelWorkingGroup || !slices.Contains([]string{"和", "、", "及", "以及"}, trimSpace(text[after:n.startByte])) {
				break
			}
			after = n.endByte
		}
		rel := kg.RelEstablishes
		verb, at := lastEstablishVerb(clause)
		if verb == conveneVerb && (!setUpByAct(text, clauseStart+at, named) || strings.HasPrefix(text[m.endByte:], "会议")) {
			// "请会员国召集…专家组", "召集…专家组会议": others convene it, or a meeting of it.
			verb, at = "", -1
		}
		if at >= 0 && othersSetUp(clause[:at]) {
			// "鼓励缔约国设立枪支问题工作组的国家联络点": the act asks others to set up
			// something; the group it names is not what the act establishes.
			verb, at = "", -1
		}
		for _, v := range extendVerbs {
			// "延长…工作组的任务": the group's mandate is what is extended.
			if !strings.HasPrefix(text[m.endByte:], "的任务") {
				break
			}
			if i := strings.LastIndex(clause, v); i > at {
				rel, verb, at = kg.RelExtends, v, i
			}
		}
		end := m.endByte
		if at < 0 {
			if g, ok := establishedPassive(text, m.startByte, after, refs, runes); ok {
				g.group = m.ent
				out = append(out, g)
				continue
			}
			x := extendedAfter(text[after:])
			if x == nil {
				continue
			}
			if x[6] >= 0 {
				x[4], x[5] = x[6], x[7] // decided as 继续 is: the same reading below
			}
			if x[4] >= 0 && !strings.Contains(clause, "决定") && !(own.Number != "" && opensClause(clause)) {
				// "(d) …机构间小组应继续开展工作": a lettered clause after the lead's 决定：
				// is decided, as the act's own.
				continue
			}
			if x[4] >= 0 && !strings.HasPrefix(text[after:], "应") && !decidesObject(clause) {
				// "决定这两个工作组继续开展工作": without 应 the group continues as 决定's
				// object; "根据第 9/2 号决定，工作组继续审议…" tells what it went on doing.
				continue
			}
			rel, verb, at = kg.RelExtends, text[after+x[2]:after+x[3]], m.startByte-clauseStart
			if x[4] >= 0 {
				verb = text[after+x[4] : after+x[5]]
			}
			end = after + x[1]
		}
		verbAt := runes.of(clauseStart + at)
		act := own
		listed := -1 // the index in refs of the act the clause names, the last of its list
		for k, r := range refs {
			if r.end <= verbAt && r.start >= runes.of(clauseStart) {
				act, listed = r.key, k // the act the clause names does it
			}
		}
		if act.Number == "" && strings.HasSuffix(text[:clauseStart], "中，") {
			// "大会在其…第 65/230 号决议中，请委员会…设立": the act the clause before names.
			prev := runes.of(clauseBefore(text, clauseStart-len("，")))
			for _, r := range refs {
				if r.start >= prev && r.end <= runes.of(clauseStart) {
					act = r.key
				}
			}
		}
		if act.Number == "" {
			// "在其…第 3/1 号决议中，通过了…，并设立了…": the act whose words the sentence tells.
			act = reportedActAt(text, clauseStart, refs)
		}
		if act.Number == "" {
			act = actReferredBack(text, clause, clauseStart, refs, runes)
		}
		if act.Number == "" {
			continue
		}
		g := groupAct{act: act, group: m.ent, rel: rel, verb: verb, start: verbAt, end: verbAt + runeLen(text[clauseStart+at:end]), quote: text[clauseStart+at : end]}
		out = append(out, g)
		// "在其第 2/3、第 4/6 和第 7/1 号决议中决定，工作组应继续…": every act of the list
		// the clause names decided it, not the last alone. The acts of one list share its
		// span (findActRefs quotes the list whole).
		for k := listed - 1; k >= 0 && refs[k].at == refs[listed].at && refs[k].end == refs[listed].end; k-- {
			g.act = refs[k].key
			out = append(out, g)
		}
	}
	return out
}

// opensClause reports whether clause is only a list number, or nothing: what follows it
// opens an operative clause.
func opensClause(clause string) bool {
	c := strings.TrimLeft(clause, " “")
	return trimSpace(strings.TrimPrefix(c, listNumberText(c))) == ""
}

// lastEstablishVerb returns the last of establishVerbs in clause, or conveneVerb, and where
// it begins, or "", -1. Each verb is two runes that end in 立: the last verb's 立 is the last 立 with a
// verb's first rune before it, found by one search back for 立 rather than one per verb
// (TestLastEstablishVerbAsLastIndex).
func lastEstablishVerb(clause string) (string, int) {
	v, at := lastVerbInLi(clause)
	if k := lastIndex(clause, conveneVerb); k > at {
		return conveneVerb, k
	}
	return v, at
}

// lastVerbInLi is lastEstablishVerb for establishVerbs alone.
func lastVerbInLi(clause string) (string, int) {
	for end := len(clause); ; {
		i := lastIndex(clause[:end], "立")
		if i < 0 {
			return "", -1
		}
		if i >= len("设") {
			if w := clause[i-len("设") : i+len("立")]; slices.Contains(establishVerbs, w) {
				return w, i - len("设")
			}
		}
		end = i
	}
}

// establishedAfterRE is an establishment told after the group's name, in the passive: "…审议
// 组系根据缔约国会议第 3/1 号决议设立", "…工作组是依照第 1/4 号决定成立的".
var establishedAfterRE = regexp.MustCompile(`^\s*(?:是|系|乃)?\s*(?:根据|依照|按照|依据|遵照)[^，。；]{1,200}?(设立|成立|建立)`)

// establishedPassive reads an establishment told after the name of a group that stands at
// byte start (the name, with the groups listed with it, ends at after): the act is the
// last one named between the name and the verb.
func establishedPassive(text string, start, after int, refs []mention, runes runeOffsets) (groupAct, bool) {
	rest := text[after:]
	head := rest[skipRESpaces(rest, 0):]
	if !slices.ContainsFunc([]string{"是", "系", "乃", "根据", "依照", "按照", "依据", "遵照"}, func(w string) bool { return strings.HasPrefix(head, w) }) {
		return groupAct{}, false // as every match opens: the regexp need not run
	}
	x := establishedAfterRE.FindStringSubmatchIndex(rest)
	if x == nil || strings.HasPrefix(rest[x[1]:], "了") || strings.HasPrefix(rest[x[1]:], "一") {
		return groupAct{}, false // "工作组根据…设立了一个专家组": the group is the one that sets up
	}
	from, verbAt := runes.of(after), runes.of(after+x[2])
	var act kg.ActKey
	for _, r := range refs {
		if r.start >= from && r.end <= verbAt {
			act = r.key
		}
	}
	if act.Number == "" {
		// "回顾其第 5/4 号决议，枪支问题工作组系依据该决议设立": the act named before.
		act = actReferredBack(text, rest[:x[1]], start, refs, runes)
	}
	if act.Number == "" {
		return groupAct{}, false
	}
	return groupAct{act: act, rel: kg.RelEstablishes, verb: rest[x[2]:x[3]], start: runes.of(start), end: runes.of(after + x[1]), quote: text[start : after+x[1]]}, true
}

// decidesObject reports whether a clause ends in 决定 as a verb whose object follows ("…在其
// 第 9/2 号决议中决定"), not as the noun of an act's name ("根据第 9/2 号决定，").
func decidesObject(clause string) bool {
	c := strings.TrimRight(clause, " ，,")
	return strings.HasSuffix(c, "决定") && !hasAnySuffix(c, []string{"号决定", "的决定", "项决定"})
}

// reportGroup returns the working group whose report of its meeting d is, by its title
// page (the first group it names, in a title that says 会议的报告 or a /WG. symbol), or nil.
func reportGroup(d document) *entity {
	report := strings.Contains(d.symbol, "/WG.")
	var group *entity
	for _, bl := range titleBlocks(d.blocks) {
		for _, m := range findEntities(bl.text) {
			if group == nil && m.ent.labels[0] == kg.LabelWorkingGroup {
				group = m.ent
			}
		}
		report = report || strings.Contains(bl.text, "会议的报告") || strings.Contains(bl.text, "会议报告")
	}
	if !report {
		return nil
	}
	if group == nil && strings.Contains(d.symbol, "/WG.") {
		group = titleGroupLine(d) // a group's series: a body's report names no group
	}
	return group
}

// titleGroupLine returns the group a title page names on a line of its own that the lexicon
// and groupRE do not read ("技术援助工作组", above the dates of its meeting): the lexicon's
// group of that topic, or a group named as written; nil where none is named so. The title
// page's lines are joined in its blocks, so the name is the run of Chinese characters that
// ends in a group noun, between words of other scripts ("…English技术援助工作组2025 年…").
func titleGroupLine(d document) *entity {
	for _, bl := range titleBlocks(d.blocks) {
		t := bl.text
		for _, noun := range newGroupNouns {
			for i := 0; i < len(t); {
				k := index(t[i:], noun)
				if k < 0 {
					break
				}
				end := i + k + len(noun)
				i = end
				if r, _ := decodeRune(t[end:]); end < len(t) && unicode.Is(unicode.Han, r) {
					continue // a word goes on: "工作组会议的报告"
				}
				start := end
				for start > 0 {
					r, size := decodeLastRune(t[:start])
					if !unicode.Is(unicode.Han, r) {
						break
					}
					start -= size
				}
				if runeLen(t[start:end]) > 40 {
					continue
				}
				if m, topicless, ok := groupNamed(t[start:end]); ok && !topicless {
					return m.ent
				}
			}
		}
	}
	return nil
}

// ownGroupNouns are the common nouns by which a group's report names the group.
var ownGroupNouns = []string{"专家组", "工作组", "审议组"}

// notOwnGroup are words before a group's common noun that make it another group, or more.
var notOwnGroup = []string{"两个", "其他", "各", "这些", "所有", "几个", "多个", "一些", "附属"}

// withOwnGroup adds to named, the entities of text, the group of the report it is from
// (own) wherever text names it by its common noun alone, as the group's name ends ("专家组"
// for an expert group): where text names no group, which the noun might then be.
func withOwnGroup(text string, named []entityMention, own *entity) []entityMention {
	if names := namesGroup(named); own == nil || names {
		if !names {
			return named // no group a bare noun could stand for
		}
		return withBareGroups(text, named, own)
	}
	noun := ""
	for _, n := range ownGroupNouns {
		if strings.HasSuffix(own.nameZh, n) {
			noun = n
		}
	}
	if noun == "" || !contains(text, noun) {
		return named
	}
	runes := runeOffsets{text: text}
	// named in text order (as findEntities gives it) is read once, by a cursor, and the
	// nouns merged in: a search of named and an insertion for each noun were quadratic in a
	// clause of thousands of them.
	cur := newNamedCursor(named)
	var out []entityMention
	if !cur.sorted {
		out = slices.Clone(named)
	}
	j := 0 // named[:j] are in out
	for from := 0; ; {
		i := index(text[from:], noun)
		if i < 0 {
			break
		}
		at, end := from+i, from+i+len(noun)
		from = end
		if hasAnySuffix(text[:at], notOwnGroup) {
			continue // "两个工作组" (a joint meeting's), "其他工作组": not the one
		}
		if cur.overlaps(at, end) {
			continue
		}
		m := entityMention{ent: own, start: runes.of(at), end: runes.of(end), quote: noun, startByte: at, endByte: end}
		if !cur.sorted {
			k := 0
			for k < len(out) && out[k].startByte < at {
				k++
			}
			out = slices.Insert(out, k, m)
			continue
		}
		for ; j < len(named) && named[j].startByte < at; j++ {
			out = append(out, named[j])
		}
		out = append(out, m)
	}
	if cur.sorted {
		out = append(out, named[j:]...)
	}
	return out
}

// namedCursor answers, for spans of a text asked in order, whether a mention of named
// overlaps one and which it follows: where named is in text order, by a cursor that reads
// named once; else by reading all of named each time.
type namedCursor struct {
	named  []entityMention
	sorted bool // by startByte
	next   int  // named[:next] begin before the end of the last span asked
	maxEnd int  // the greatest endByte of named[:next]
	before int  // named[:before] begin before the start of the last span asked (lastBefore)
	last   int  // the last of named[:before] that lastBefore's test took, or -1
}

func newNamedCursor(named []entityMention) namedCursor {
	sorted := slices.IsSortedFunc(named, func(a, b entityMention) int { return a.startByte - b.startByte })
	return namedCursor{named: named, sorted: sorted, last: -1}
}

// overlaps reports whether a mention of named overlaps [at, end); end never falls from one
// call to the next.
func (c *namedCursor) overlaps(at, end int) bool {
	if !c.sorted {
		return slices.ContainsFunc(c.named, func(m entityMention) bool { return m.startByte < end && at < m.endByte })
	}
	for ; c.next < len(c.named) && c.named[c.next].startByte < end; c.next++ {
		c.maxEnd = max(c.maxEnd, c.named[c.next].endByte)
	}
	return c.next > 0 && c.maxEnd > at
}

// lastBefore returns the last mention of named that begins before at and that ok takes, or
// nil; at never falls from one call to the next, and ok is the same test each time.
func (c *namedCursor) lastBefore(at int, ok func(m *entityMention) bool) *entityMention {
	if !c.sorted {
		var last *entityMention
		for k := range c.named {
			if m := &c.named[k]; m.startByte < at && ok(m) {
				last = m
			}
		}
		return last
	}
	for ; c.before < len(c.named) && c.named[c.before].startByte < at; c.before++ {
		if ok(&c.named[c.before]) {
			c.last = c.before
		}
	}
	if c.last < 0 {
		return nil
	}
	return &c.named[c.last]
}

// groupsReferredBackRE finds the words by which a text names again the two groups it named
// before: "这两个工作组", "上述两个专家组", "该二工作组".
var groupsReferredBackRE = regexp.MustCompile(`(?:这|该|此|上述)(?:两|二)个?(?:工作组|专家组)`)

// withGroupsReferredBack adds to named, the entities of text, the two working groups that
// each "这两个工作组" of text stands for: the last two named before it, as two mentions of
// its words.
func withGroupsReferredBack(text string, named []entityMention) []entityMention {
	// No gate on 两 or 二: the scan for 组 (groupsReferredBackAt) is one search, as cheap.
	var locs [][2]int
	for at, end := groupsReferredBackAt(text, 0); at >= 0; at, end = groupsReferredBackAt(text, end) {
		locs = append(locs, [2]int{at, end})
	}
	if len(locs) == 0 {
		return named
	}
	// One pass over named, in order, for all the words: the groups named before each are
	// those before the last, and more; inserting into named at each read it again.
	runes := runeOffsets{text: text}
	out := make([]entityMention, 0, len(named)+2*len(locs))
	var groups []*entity
	j := 0
	for _, loc := range locs {
		for ; j < len(named) && named[j].startByte < loc[0]; j++ {
			out = append(out, named[j])
			if g := named[j].ent; g.labels[0] == kg.LabelWorkingGroup && !slices.Contains(groups, g) {
				groups = append(groups, g)
			}
		}
		if len(groups) < 2 {
			continue
		}
		start, end := runes.of(loc[0]), runes.of(loc[1])
		for _, g := range groups[len(groups)-2:] {
			out = append(out, entityMention{ent: g, start: start, end: end, quote: text[loc[0]:loc[1]], startByte: loc[0], endByte: loc[1]})
		}
	}
	if len(out) == j {
		return named // none inserted
	}
	return append(out, named[j:]...)
}

// groupsReferredBackAt returns the next match of groupsReferredBackRE in text from byte
// from, its start and end, or -1, -1: read back from each 组, as every match ends in its
// one 组 (工作组 or 专家组) and the words before it, read back, allow one way only (个 is
// never 两 or 二), so a match is found from its 组 alone and no two overlap, as the
// regexp's leftmost matches from where the last ended (TestGroupsReferredBackAsRE).
func groupsReferredBackAt(text string, from int) (int, int) {
	for {
		i := index(text[from:], "组")
		if i < 0 {
			return -1, -1
		}
		end := from + i + len("组")
		from = end
		s := text[:end-len("组")]
		if !strings.HasSuffix(s, "工作") && !strings.HasSuffix(s, "专家") {
			continue
		}
		s = strings.TrimSuffix(s[:len(s)-len("工作")], "个")
		if !strings.HasSuffix(s, "两") && !strings.HasSuffix(s, "二") {
			continue
		}
		s = s[:len(s)-len("两")]
		for _, d := range groupsReferredBackDemonstratives {
			if strings.HasSuffix(s, d) {
				return len(s) - len(d), end
			}
		}
	}
}

// groupsReferredBackDemonstratives are the words groupsReferredBackRE opens with.
var groupsReferredBackDemonstratives = []string{"这", "该", "此", "上述"}

// namesGroup reports whether named holds a working group.
func namesGroup(named []entityMention) bool {
	for i := range named {
		if named[i].ent.labels[0] == kg.LabelWorkingGroup {
			return true
		}
	}
	return false
}

// extendedAfter returns extendedAfterRE.FindStringSubmatchIndex(s), not starting the
// regexp where s begins with neither 的任务 nor 应, as every match does.
func extendedAfter(s string) []int {
	if !hasAnyPrefix(s, []string{"的任务", "任务", "应", "继续", "作为", "成为"}) {
		return nil
	}
	return extendedAfterRE.FindStringSubmatchIndex(s)
}

// maxGroupClause is how far back findGroupActsOf reads the clause before a group's name, in
// bytes: three hundred Chinese characters, more than any clause of the texts.
const maxGroupClause = 300 * 3

// groupClauseBefore is clauseBefore read back no further than maxGroupClause: where a
// clause of many groups had no clause mark, each group's clause was read back to the
// paragraph's start, for its verb too (lastEstablishVerb), quadratic (issue #3).
func groupClauseBefore(text string, i int) int {
	lo := max(0, i-maxGroupClause)
	for lo > 0 && lo < i && !utf8.RuneStart(text[lo]) {
		lo++
	}
	if lo == 0 {
		return clauseBefore(text, i)
	}
	return lo + clauseBefore(text[lo:], i-lo)
}

// clauseBefore returns where the clause that holds byte i of text begins: just past the
// clause mark before it, or 0.
func clauseBefore(text string, i int) int {
	start := clauseMarks.lastIndex(text[:i]) + 1
	if start > 0 {
		start += len("，") - 1 // every clause mark here is three bytes long
	}
	return start
}

// actReferredBack returns the act that a clause names as "该决议" or "该决定" (that
// resolution, that decision: "…第 10/2 号决议，缔约方会议在该决议中决定…工作组应当继续"): the
// last act of that kind that the sentence named before the clause, or none.
func actReferredBack(text, clause string, clauseStart int, refs []mention, runes runeOffsets) kg.ActKey {
	kind := kg.KindResolution
	switch {
	case strings.Contains(clause, "该决议"):
	case strings.Contains(clause, "该决定"):
		kind = kg.KindDecision
	default:
		return kg.ActKey{}
	}
	from := 0
	if i := lastIndex(text[:clauseStart], "。"); i >= 0 {
		from = i + len("。")
	}
	sentence := runes.of(from)
	var act kg.ActKey
	for _, r := range refs {
		if r.key.Kind == kind && r.start >= sentence && r.end <= runes.of(clauseStart) {
			act = r.key
		}
	}
	return act
}

// withBareGroups adds to named, the entities of text, the group that each bare common noun
// of text stands for where the paragraph names a group, or is of no group's report: a noun
// that opens its clause, alone or after 该 ("…第 11/3 号决议中决定，工作组应继续举行会议",
// "决定工作组应…", "该专家组应…"), is the group of that noun named last before it in the paragraph, else
// own, the group whose report it is. A noun with words before it in its clause is some
// other group's name or a new group ("设立一个…专家组"), and is left alone.
// bareGroupAfter are the words after which a group's common noun opens its clause.
var bareGroupAfter = []string{"，", "。", "；", "：", "决定"}

func withBareGroups(text string, named []entityMention, own *entity) []entityMention {
	var out []entityMention
	for _, noun := range ownGroupNouns {
		// Only a noun some group could stand for is sought, and, outside a group's report,
		// only after the first group named: one search, not three, over less of the text.
		start := -1
		if own != nil && strings.HasSuffix(own.nameZh, noun) {
			start = 0
		}
		for _, m := range named {
			if start < 0 && m.ent.labels[0] == kg.LabelWorkingGroup && strings.HasSuffix(m.ent.nameZh, noun) {
				start = m.endByte
			}
		}
		if start < 0 {
			continue
		}
		// named read once per noun, by a cursor (namedCursor), where reading it all for each
		// noun found was quadratic in a clause of thousands.
		cur := newNamedCursor(named)
		ofNoun := func(m *entityMention) bool {
			return m.ent.labels[0] == kg.LabelWorkingGroup && strings.HasSuffix(m.ent.nameZh, noun)
		}
		for from := start; ; {
			i := index(text[from:], noun)
			if i < 0 {
				break
			}
			at, end := from+i, from+i+len(noun)
			from = end
			before := strings.TrimRight(text[:at], " \n")
			if b, ok := strings.CutSuffix(before, "该"); ok {
				at = len(b) // "该专家组" names the group again wherever it stands
			} else if before != "" && !hasAnySuffix(before, bareGroupAfter) {
				continue
			}
			if cur.overlaps(at, end) {
				continue
			}
			var g *entity
			if m := cur.lastBefore(at, ofNoun); m != nil {
				g = m.ent
			}
			if g == nil && own != nil && strings.HasSuffix(own.nameZh, noun) {
				g = own
			}
			if g == nil {
				continue
			}
			out = append(out, entityMention{ent: g, quote: text[at:end], startByte: at, endByte: end})
		}
	}
	if len(out) == 0 {
		return named
	}
	runes := runeOffsets{text: text}
	for k := range out {
		out[k].start, out[k].end = runes.of(out[k].startByte), runes.of(out[k].endByte)
	}
	out = append(out, named...)
	slices.SortStableFunc(out, func(a, b entityMention) int { return a.startByte - b.startByte })
	return out
}

// withEstablishedGroups adds to named, the entities of text, the groups the lexicon does
// not know that the paragraph establishes or extends ("决定设立一个关于腐败与其他犯罪形式之间
// 联系的不限成员名额政府间专家组", "请秘书长召集一个网络犯罪统计问题专家组", "(c) 延长…技术咨询
// 小组的任务授权", "(d) …机构间小组应继续开展工作"): a new group is named once, where it is
// set up, and every later text calls it by its common noun, so no rule that waits for a
// name it knows finds it. refs and own are findGroupActs's: a group is added only where
// findGroupActs reads the establishment or extension, by the act that decides it.
//
// The name is taken as written, in one clause: from after the verb (and 一个) to the group
// noun that ends it (newGroupNouns), or, before an extension told after it (应继续, 的任务
// 授权), from where its clause opens. A topic of a group of the lexicon (groupTopics) is that
// group. The id is the name, as groupRE's groups' are, so that the same group established
// again in another text (a report recalling the act) is one node. A name with no topic
// ("一个不限成员名额政府间专家组") is how the texts recall groups the lexicon knows under the
// topic their purpose names ("…，对网络犯罪问题进行全面研究"): that group where the purpose's
// topic is the lexicon's, else a group known by the act that set it up, whose id holds the
// act (wg:…@cop:resolution:5/1), so that no two acts' bare names are one group.
func withEstablishedGroups(text string, named []entityMention, refs []mention, own kg.ActKey) []entityMention {
	if own.Number == "" && len(refs) == 0 {
		return named // no act that could set a group up
	}
	if !contains(text, "组") && !contains(text, "委员会") && !contains(text, "工作队") {
		return named // every name of a group set up ends in one of these (newGroupNouns)
	}
	var fresh []entityMention
	var bare []*entity // fresh groups with no topic, known by their act
	// taken marks the bytes of text that a mention of named or fresh covers: a group found
	// over one is not added. One look at its bytes, where a search of named and fresh for
	// each group found was quadratic in a paragraph that sets up thousands.
	var taken []bool
	overlaps := func(m entityMention) bool {
		if m.startByte >= m.endByte { // no byte to look at: as the mentions' spans tell
			overlap := func(n entityMention) bool { return n.startByte < m.endByte && m.startByte < n.endByte }
			return slices.ContainsFunc(named, overlap) || slices.ContainsFunc(fresh, overlap)
		}
		if taken == nil {
			taken = make([]bool, len(text))
			for _, n := range named {
				for i := n.startByte; i < n.endByte; i++ {
					taken[i] = true
				}
			}
		}
		return slices.Contains(taken[m.startByte:m.endByte], true)
	}
	add := func(m entityMention, ok, topicless bool) {
		if !ok || overlaps(m) {
			return
		}
		for i := m.startByte; i < m.endByte; i++ {
			taken[i] = true
		}
		if topicless {
			bare = append(bare, m.ent)
		}
		fresh = append(fresh, m)
	}
	// One search for 立, which 设立, 成立 and 建立 end in, and one for each other verb.
	for i := 0; i < len(text); {
		k := index(text[i:], "立")
		if k < 0 {
			break
		}
		at := i + k - len("设")
		i += k + len("立")
		if at < 0 || !slices.Contains(establishVerbs, text[at:i]) || !setUpByAct(text, at, named) {
			continue
		}
		m, ok, topicless := newGroupAt(text, i)
		add(m, ok, topicless)
	}
	for i := 0; i < len(text); {
		k := index(text[i:], conveneVerb)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(conveneVerb)
		if !setUpByAct(text, at, named) {
			continue
		}
		// "召集一个…专家组会议" convenes a meeting of a group, which sets none up.
		if m, ok, topicless := newGroupAt(text, i); ok && !strings.HasPrefix(text[m.endByte:], "会议") {
			add(m, ok, topicless)
		}
	}
	for i := 0; i < len(text); {
		// "延长…小组的任务授权": the group whose mandate is extended, named after the verb.
		k := index(text[i:], "延长")
		if k < 0 {
			break
		}
		at := i + k
		i = at + len("延长")
		if !setUpByAct(text, at, named) {
			continue // "鼓励会员国延长…小组的任务授权": their groups, not the act's
		}
		if m, ok, topicless := newGroupAt(text, i); ok && !topicless && strings.HasPrefix(text[m.endByte:], "的任务") {
			add(m, ok, false)
		}
	}
	for _, m := range groupsExtendedAfter(text) {
		add(m, true, false)
	}
	if len(fresh) == 0 {
		return named
	}
	runes := runeOffsets{text: text}
	for k := range fresh {
		fresh[k].start, fresh[k].end = runes.of(fresh[k].startByte), runes.of(fresh[k].endByte)
	}
	all := append(slices.Clone(named), fresh...)
	slices.SortStableFunc(all, func(a, b entityMention) int { return a.startByte - b.startByte })
	acts := findGroupActs(text, all, refs, own)
	// Each group's first act and the fresh groups, looked up by entity: searching acts and
	// fresh for each group and each mention was quadratic in a paragraph that sets up
	// thousands of groups.
	firstAct := make(map[*entity]int, len(acts))
	for k := len(acts) - 1; k >= 0; k-- {
		firstAct[acts[k].group] = k
	}
	for _, e := range bare {
		if k, ok := firstAct[e]; ok {
			e.id += "@" + strings.TrimPrefix(groupActSource(acts[k].act), "act:")
		}
	}
	isFresh := make(map[*entity]bool, len(fresh))
	for _, f := range fresh {
		isFresh[f.ent] = true
	}
	return slices.DeleteFunc(all, func(m entityMention) bool {
		_, acted := firstAct[m.ent]
		return isFresh[m.ent] && !acted
	})
}

// conveneVerb sets a group up as an act asks someone to convene it ("请秘书长召集一个…专家组",
// "决定召集一个开放式政府间专家组").
const conveneVerb = "召集"

// draftKind marks the key that stands for the act a draft's clause would be (draftOwn): the
// draft's document, whose ESTABLISHES and EXTENDS are proposed.
const draftKind kg.ActKind = "draft"

// draftOwn returns the key that stands for the act the draft of symbol would be.
func draftOwn(symbol string) kg.ActKey { return kg.ActKey{Kind: draftKind, Number: symbol} }

// groupActSource returns the id of the node an ESTABLISHES or EXTENDS of act starts from: the
// act's, or for a draft's own clause (draftOwn) its document's.
func groupActSource(act kg.ActKey) string {
	if act.Kind == draftKind {
		return documentNodeID(act.Number)
	}
	return act.ID()
}

// setUpByAct reports whether the verb of setting up at byte at of text is the act's, or the
// act's by one it asks: its clause decides it (决定), tells an act that did (…决议中设立), opens
// with it (an operative clause, or a lettered one after the lead's 决定：), or asks an
// organ to do it ("请秘书长召集…", "请委员会设立…"). "鼓励缔约国设立…工作组": States set up
// their own groups, the act none.
func setUpByAct(text string, at int, named []entityMention) bool {
	from := clauseBefore(text, at)
	clause := text[from:at]
	if strings.Contains(clause, "决定") || strings.Contains(clause, "中") {
		return true
	}
	if opensClause(clause) {
		return true
	}
	c := strings.TrimLeft(clause, " “")
	c = strings.TrimPrefix(c, listNumberText(c))
	for _, w := range []string{"请", "并请", "又请", "还请", "另请"} {
		if !strings.HasPrefix(trimSpace(c), w) {
			continue
		}
		// The organ asked is all that stands between 请 and the verb.
		for _, m := range named {
			if m.startByte >= from && m.endByte <= at && len(m.ent.labels) > 1 &&
				(m.ent.labels[1] == kg.LabelOrganization || m.ent.labels[1] == kg.LabelPerson) &&
				trimSpace(text[m.endByte:at]) == "" {
				return true
			}
		}
	}
	return false
}

// othersAskedWords ask others to act: a group set up after them ("鼓励缔约国设立…") is
// theirs to set up, not the act's.
var othersAskedWords = []string{"鼓励", "邀请", "敦促", "促请", "吁请", "呼吁"}

// othersSetUp reports whether the words of a clause before its verb of setting up ask
// others to set it up, and no 决定 says the act does.
func othersSetUp(before string) bool {
	return !strings.Contains(before, "决定") && slices.ContainsFunc(othersAskedWords, func(w string) bool { return strings.Contains(before, w) })
}

// newGroupNouns are the words that end the name of a group an act sets up.
var newGroupNouns = []string{groupWord, expertsWord, "特设委员会", "筹备委员会", "工作队", "小组"}

// groupGapWords are words that stand between two group nouns only where the second is no
// part of the first's name ("设立一个工作组审议专家组的报告"): a verb or a preposition.
var groupGapWords = []string{"向", "就", "并", "以", "对", "由", "将", "在", "为", "审议", "报告", "负责", "协助", "支持", "提交", "和", "及", "、"}

// groupNameEnd returns where the group's name that s opens ends, in bytes: past the last
// of newGroupNouns that only name-words join to the first, within the clause; or -1.
func groupNameEnd(s string) int {
	if k := indexAny(s, "，；。："); k >= 0 {
		s = s[:k]
	}
	next := func(from int) (int, int) {
		at, end := -1, -1
		for _, noun := range newGroupNouns {
			if k := index(s[from:], noun); k >= 0 && (end < 0 || from+k+len(noun) < end) {
				at, end = from+k, from+k+len(noun)
			}
		}
		return at, end
	}
	_, end := next(0)
	for end >= 0 {
		at, e := next(end)
		if e < 0 || slices.ContainsFunc(groupGapWords, func(w string) bool { return contains(s[end:at], w) }) {
			break
		}
		end = e // "网络犯罪问题特设委员会后续行动不限成员名额专家组": one name
	}
	return end
}

// maxNewGroupName is the longest name newGroupAt reads, in bytes: sixty Chinese characters.
const maxNewGroupName = 60 * 3

// newGroupAt reads the name of a group that stands at byte at of text, after a verb of
// establishing: its mention, with a new entity (or the lexicon's, for its topic), whether
// it has no topic, or false where no group is named there.
func newGroupAt(text string, at int) (entityMention, bool, bool) {
	s := skipRESpaces(text, at)
	for _, w := range []string{"了", "一个", "一", "个"} {
		if strings.HasPrefix(text[s:], w) {
			s += len(w)
		}
	}
	rest := text[s:min(len(text), s+maxNewGroupName)] // a name is no longer
	end := groupNameEnd(rest)
	if end < 0 || hasAnyPrefix(rest, []string{"的", "任何", "由", "该", "这", "此", "其"}) {
		return entityMention{}, false, false
	}
	m, topicless, ok := groupNamed(rest[:end])
	if !ok {
		return entityMention{}, false, false
	}
	if topicless {
		// "设立一个不限成员名额政府间专家组，对网络犯罪问题进行全面研究": the purpose names
		// the topic of a group of the lexicon.
		if g := purposeGroup(text[s+end:]); g != nil {
			m.ent, topicless = g, false
		}
	}
	m.startByte, m.endByte = s, s+end
	return m, true, topicless
}

// groupNamed returns the mention of a group whose name is name (its offsets left for the
// caller), whether the name has no topic, and false where name is not one group's name.
func groupNamed(name string) (entityMention, bool, bool) {
	if strings.ContainsAny(name, " \n、（()") || contains(name, "和") || contains(name, "及") {
		return entityMention{}, false, false // a list, or words between: not one group's name
	}
	topic := strings.TrimPrefix(name, "关于")
	for _, noun := range newGroupNouns {
		if t, ok := strings.CutSuffix(topic, noun); ok {
			topic = t
			break
		}
	}
	for again := true; again; {
		again = false
		for _, q := range append([]string{"的", "问题", "特设", "特别", "专家", "开放式"}, groupQualifiers...) {
			if t, ok := strings.CutSuffix(topic, q); ok {
				topic, again = t, true
			}
			if t, ok := strings.CutPrefix(topic, q); ok {
				topic, again = t, true
			}
		}
	}
	key := strings.Replace(name, "问题的", "问题", 1)
	fresh := &entity{id: "wg:" + key, labels: []string{kg.LabelWorkingGroup}, nameZh: key}
	if runeLen(topic) < 2 {
		return entityMention{ent: fresh, quote: name}, true, true
	}
	if g := groupTopics[topic]; g != nil {
		return entityMention{ent: g, quote: name}, false, true
	}
	return entityMention{ent: fresh, quote: name}, false, true
}

// purposeGroup returns the group of the lexicon whose topic the clause after a name with no
// topic names as its purpose ("，对网络犯罪问题进行全面研究"), or nil.
func purposeGroup(s string) *entity {
	s, ok := strings.CutPrefix(s, "，")
	if !ok {
		return nil
	}
	if k := indexAny(s, "，；。："); k >= 0 {
		s = s[:k]
	}
	k := index(s, "问题")
	if k < 0 {
		return nil
	}
	topic := afterTopicStop(s[:k])
	for _, w := range []string{"就", "关于", "处理", "研究", "审议"} {
		topic = strings.TrimPrefix(topic, w) // "，就资产追回问题向…提供咨询"
	}
	return groupTopics[topic]
}

// groupsExtendedAfter returns the groups the lexicon does not know that open a clause of text
// and are extended by what follows them ("(d) …机构间小组应继续开展工作", "法律事项工作组应继续
// 存在"): a name that ends in a group noun right before 应, read back to the clause's opening
// (past its list number and 决定). ("…的任务授权予以延长" after a name the lexicon lacks is
// left to findGroupActs: one search less on every paragraph of an act.)
func groupsExtendedAfter(text string) []entityMention {
	var out []entityMention
	for _, after := range []string{"应"} {
		for i := 0; i < len(text); {
			k := index(text[i:], after)
			if k < 0 {
				break
			}
			end := i + k
			i = end + len(after)
			if !hasAnySuffix(text[:end], newGroupNouns) || extendedAfter(text[end:]) == nil {
				continue
			}
			from := clauseBefore(text, end)
			c := strings.TrimLeft(text[from:end], " “")
			c = strings.TrimPrefix(c, listNumberText(c))
			for _, w := range []string{"又决定", "还决定", "并决定", "决定"} {
				if t, ok := strings.CutPrefix(c, w); ok {
					c = t
					break
				}
			}
			c = strings.TrimLeft(c, " ")
			if len(c) > maxNewGroupName || hasAnyPrefix(c, []string{"该", "这", "此", "其", "各", "所有"}) {
				continue
			}
			m, topicless, ok := groupNamed(c)
			if !ok || topicless {
				continue
			}
			m.startByte, m.endByte = end-len(c), end
			out = append(out, m)
		}
	}
	return out
}

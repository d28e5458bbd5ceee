package loader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

// A report says who spoke in two shapes, and the rules read both:
//
//   - a list after the verb: "作开幕发言的有：A、B和C。", "发言的还有 A。", "缔约方会议听取了
//     下列国家的代表所作的发言：A、B。", "下列非政府组织的观察员也作了发言：A、B。";
//   - a list before it: "A、B和C的代表作了发言。", "签署国日本的观察员也作了发言。",
//     "秘书处代表作了介绍性发言。".
//
// Each name in the list may carry an office ("尼日利亚司法部长"), a capacity ("代表",
// "观察员") and whom it spoke for, in brackets ("智利代表（代表 77 国集团和中国）").
var (
	// spokeListAfterRE ends the words that open a list of speakers after the verb. It is read
	// by spokeListAfter, which the tests hold to it.
	// A note in brackets may stand before the colon: "作了发言（按发言顺序）：".
	spokeListAfterRE = regexp.MustCompile(`发言(?:的(?:还|也)?有\s*[：:]?|\s*(?:[（(][^（）()]{1,12}[）)]\s*)?[：:])`)
	// spokeListBeforeRE is the verb after a list of speakers: "的代表也作了发言". It is
	// read by spokeListBefore, which the tests hold to it.
	spokeListBeforeRE = regexp.MustCompile(`(?:也|还)?(?:(?:所作的|所作|作了|作出了|作的)\s*(\p{Han}{0,8}?)\s*发言|发了\s*言)`)
	// spokeHeardRE is a list of speakers heard: "还听取了德国和法国的代表的发言".
	spokeHeardRE = regexp.MustCompile(`听取了\s*(.{2,300}?)的\s*(\p{Han}{0,8}?)\s*发言`)
	// behalfRE reads whom a speaker spoke for, or in what right, after its name and
	// capacity: "智利代表代表 77 国集团和中国", "也门代表以 77 国集团和中国的名义",
	// "阿塞拜疆代表行使答辩权".
	behalfRE = regexp.MustCompile(`^(.+?)(?:的)?(代表|观察员)(?:代表(.+)|以(.+)的名义|(行使答辩权))$`)
	// meetingAtRE is the meeting a paragraph reports on: "第 1 次会议上", "第 1 次会议（2022 年
	// 5 月 16 日）上", "第 10 次会议（闭幕会议）上".
	meetingAtRE = regexp.MustCompile(`(至)?\s*第\s*(\d{1,3})\s*次(?:全体)?会议(?:（\s*` + meetingBracketDatesPattern + `\s*）|` + meetingNotePattern + `)?上`)
	// speakerQualifierRE is a clause that qualifies the whole list before the verb: "泰国
	// 和日本这两个签署国".
	speakerQualifierRE = regexp.MustCompile(`这(?:\p{Han}{1,3}个|些)(签署国|国家|组织|非政府组织|政府间组织)$`)
	// offices end the names of the offices a speaker is named by after its State or
	// organisation ("司法部长", "条约事务司司长").
	offices = []string{"总统", "总理", "首相", "部长", "大臣", "国务卿", "主任", "干事", "司长", "局长", "署长", "专员", "大使",
		"秘书长", "主席", "报告员", "法官", "检察长", "代表", "观察员", "团长", "顾问", "所长", "会长", "院长", "处长", "科长"}
	// speakerKinds may stand before a speaker's name to say what it is.
	speakerKinds = []string{"一个非政府组织", "一个政府间组织", "一个国际组织", "非政府组织", "政府间组织"}
	// vagueWords open a name that is not one: "许多国家", "一些发言者".
	vagueWords = []string{"许多", "一些", "几位", "若干", "多数", "其他", "其它", "各", "所有", "部分", "发言者"}
)

// speaker is one name in a list of speakers, as the report gives it.
type speaker struct {
	name       string // the name, brackets, capacity and line breaks removed: "尼日利亚司法部长"
	onBehalfOf string // whom the speaker spoke for, from "（代表…）"
	capacity   string // "representative" or "observer", when the report says
	signatory  bool   // the observer of a signatory State
	statement  string // "opening", "introductory" or "statement"
	state      bool   // the list names States ("下列国家的代表")
	start, end int    // byte offsets of the name as printed, in the paragraph's text
	joined     bool   // joined to the name before by 和, 以及 or 及 (not 、)
	// held: the name of the person who holds the office the speaker is named by follows it
	// (see holderOf), read again from the quote only for such a speaker: a flag keeps the
	// struct as small as it was.
	held bool
	// timing: "before" or "after" the adoption or the vote the sentence names ("在通过该决议
	// 草案之前"), or "". A constant's string, which copies no bytes.
	timing string
}

// findSpeakers returns the speakers a narrative paragraph lists, in order.
func findSpeakers(text string) []speaker { return appendSpeakers(nil, text) }

// appendSpeakers appends to out the speakers findSpeakers returns: the agenda reads them
// into one slice, paragraph after paragraph, where each paragraph's was allocated (and
// grown, sentence by sentence) anew.
func appendSpeakers(out []speaker, text string) []speaker {
	if !mayReportStatement(text) {
		return out
	}
	return appendStatements(out, text)
}

// appendStatements is appendSpeakers for a text mayReportStatement passed: the agenda asks
// it once of a paragraph, for its openers and its speakers.
func appendStatements(out []speaker, text string) []speaker {
	kind := "statement"
	// The sentences (cut at each "。") that name a statement are read, in order: each is found
	// around the next statement in the text, where every sentence was cut out and searched.
	// A statement's words hold no "。", and what nextStatement reads after them is the same
	// in the sentence as in the text (one character, or the end of the sentence, which is
	// none of 者, 中, 时 and 权, as "。" is not): the sentences it finds in the text are those
	// in which it finds one.
	for i := 0; ; {
		at, _ := nextStatement(text, i)
		if at < 0 {
			return out
		}
		from, end := 0, len(text)
		if j := lastIndex(text[:at], "。"); j >= 0 {
			from = j + len("。")
		}
		if j := indexBy(text[at:], "。", len("。")-1); j >= 0 { // by its last byte: its first begins all CJK punctuation
			end = at + j
		}
		out = appendStatementClauses(out, text, from, end, &kind)
		i = end + len("。")
	}
}

// mayReportStatement reports whether text holds "发言" or "发了言" (G15: "伊朗伊斯兰共和国代表
// 行使答辩权发了言", which the gate on "发言" alone let through to no rule). One search for
// 言, by its last byte, which stops the search half as often as 发's in a report, tells both.
func mayReportStatement(text string) bool {
	for i := 0; ; {
		j := index(text[i:], "言")
		if j < 0 {
			return false
		}
		at := i + j
		if strings.HasSuffix(text[:at], "发") || strings.HasSuffix(text[:at], "发了") {
			return true
		}
		i = at + len("言")
	}
}

// appendStatementClauses appends the speakers of the sentence text[from:end]. A sentence
// may report two statements, each closing its own clause: "匈牙利代表代表欧洲联盟…作了解释
// 立场的发言，美利坚合众国代表也作了发言"; appendSentenceSpeakers reads one, and such a
// clause after a statement is read apart. A statement that does not close its clause is
// spoken of, not reported ("所作的发言不得超过五分钟，以区域集团名义所作的发言…"), and a
// clause that opens with 并 goes on with the subject before it ("宣读了…，并作了发言").
func appendStatementClauses(out []speaker, text string, from, end int, kind *string) []speaker {
	sent := text[:end]
	start := from
	for i := from; ; {
		_, e := nextStatement(sent, i)
		if e < 0 {
			break
		}
		next, nextEnd := nextStatement(sent, e)
		if next < 0 {
			break
		}
		i = e
		cut := skipRESpaces(sent, e)
		if !strings.HasPrefix(sent[cut:], "，") || strings.HasPrefix(trimSpace(sent[cut+len("，"):next]), "并") {
			continue
		}
		if k := skipRESpaces(sent, nextEnd); k < len(sent) && !strings.HasPrefix(sent[k:], "：") && !strings.HasPrefix(sent[k:], ":") {
			continue // the second statement does not close the sentence, nor open a list
		}
		clause := sent[start:cut]
		if statementWindow(spokeListBefore, clause, 30, 0) == nil {
			continue
		}
		out = appendSentenceSpeakers(out, clause, start, kind)
		start = cut + len("，")
	}
	return appendSentenceSpeakers(out, text[start:end], start, kind)
}

// statementWindow runs find, the FindStringSubmatchIndex of a regexp that must match around
// a "发言" that is not "发言者", only on a window of the sentence around each such word
// (before bytes before it, after bytes after it): the regexps cost more than the sentences
// are long. It returns the submatch indexes in the sentence of the first match, or nil.
func statementWindow(find func(string) []int, sent string, before, after int) []int {
	for i := 0; ; {
		at, end := nextStatement(sent, i)
		if at < 0 {
			return nil
		}
		i = end
		from, to := max(0, at-before), min(len(sent), end+after)
		for from > 0 && !utf8.RuneStart(sent[from]) {
			from--
		}
		for to < len(sent) && !utf8.RuneStart(sent[to]) {
			to++
		}
		if m := find(sent[from:to]); m != nil {
			shifted(m, from)
			return m
		}
	}
}

// spokeListAfter returns spokeListAfterRE.FindStringSubmatchIndex(s), read without the
// regexp machine: the first "发言" followed by "的有", "的还有" or "的也有" (then white space
// and a colon, where they stand), or by white space and a colon.
func spokeListAfter(s string) []int {
	for from := 0; ; {
		k := strings.Index(s[from:], "发言")
		if k < 0 {
			return nil
		}
		at := from + k
		p := at + len("发言")
		from = p
		if t, ok := strings.CutPrefix(s[p:], "的"); ok {
			// (?:还|也)? is taken where it stands: left out, 有 cannot follow.
			if u, ok := strings.CutPrefix(t, "还"); ok {
				t = u
			} else if u, ok := strings.CutPrefix(t, "也"); ok {
				t = u
			}
			if t, ok := strings.CutPrefix(t, "有"); ok {
				e := skipRESpaces(s, len(s)-len(t))
				return []int{at, e + colonAt(s, e)}
			}
		}
		q := skipRESpaces(s, p)
		if colonAt(s, q) > 0 {
			return []int{at, q + colonAt(s, q)}
		}
		if e := listNoteEnd(s, q); e > 0 {
			if q := skipRESpaces(s, e); colonAt(s, q) > 0 {
				return []int{at, q + colonAt(s, q)}
			}
		}
	}
}

// listNoteEnd returns where a note in brackets of one to twelve characters, none a bracket,
// that opens at byte i of s ends ("（按发言顺序）"), or 0 where none opens there.
func listNoteEnd(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	size, opens := bracketAt(s, i)
	if size == 0 || !opens {
		return 0
	}
	i += size
	for n := 0; i < len(s) && n <= 12; n++ {
		if size, opens := bracketAt(s, i); size > 0 {
			if opens || n == 0 {
				return 0
			}
			return i + size
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return 0
}

// colonAt returns the length of the colon "：" or ":" at byte i of s, or 0.
func colonAt(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "："):
		return len("：")
	case strings.HasPrefix(s[i:], ":"):
		return 1
	}
	return 0
}

// spokeListBefore returns spokeListBeforeRE.FindStringSubmatchIndex(s), read without the
// regexp machine, which cost more than the window it reads: the leftmost match, its
// alternatives tried in the pattern's order.
func spokeListBefore(s string) []int {
	for at := 0; at <= len(s); {
		p := at
		if strings.HasPrefix(s[p:], "也") || strings.HasPrefix(s[p:], "还") {
			// (?:也|还)? takes the word where it stands; leaving it out then fails, as no
			// alternative opens with it.
			p += len("也")
		}
		if opensSpokeVerb(s[p:]) {
			if m := spokeListBeforeAt(s, at, p); m != nil {
				return m
			}
		}
		if at == len(s) {
			break
		}
		_, size := utf8.DecodeRuneInString(s[at:]) // one byte where it is no UTF-8, as for the regexp
		at += size
	}
	return nil
}

// spokeVerbs are the verbs of spokeListBeforeRE's first alternative, in its order.
var spokeVerbs = []string{"所作的", "所作", "作了", "作出了", "作的"}

// opensSpokeVerb reports whether s opens with the first character of one of the pattern's
// alternatives after (?:也|还)?: 所 or 作 (spokeVerbs), or 发 (发了言). Where it does not,
// spokeListBeforeAt cannot match.
func opensSpokeVerb(s string) bool {
	return strings.HasPrefix(s, "所") || strings.HasPrefix(s, "作") || strings.HasPrefix(s, "发")
}

// spokeListBeforeAt matches what follows (?:也|还)? in spokeListBeforeRE at byte p of s, for
// a match that opens at byte at. \s* before the lazy group never gives back a space: the
// group cannot open with one, and where it is empty the \s* after it takes the same
// spaces, to the same "发言"; nor does the \s* after it, as "发" is no space.
func spokeListBeforeAt(s string, at, p int) []int {
	for _, v := range spokeVerbs {
		if !strings.HasPrefix(s[p:], v) {
			continue
		}
		g := skipRESpaces(s, p+len(v))
		// (\p{Han}{0,8}?): as few characters as let "\s*发言" follow.
		e := g
		for n := 0; ; n++ {
			if q := skipRESpaces(s, e); strings.HasPrefix(s[q:], "发言") {
				return []int{at, q + len("发言"), g, e}
			}
			if n == 8 || e == len(s) {
				break
			}
			r, size := utf8.DecodeRuneInString(s[e:])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			e += size
		}
	}
	if strings.HasPrefix(s[p:], "发了") {
		if q := skipRESpaces(s, p+len("发了")); strings.HasPrefix(s[q:], "言") {
			return []int{at, q + len("言"), -1, -1}
		}
	}
	return nil
}

// nextStatement returns where the next "发言" or "发了言" from byte i of a sentence stands,
// and where it ends, that speaks of a statement made: not "发言者" (speakers in general),
// "发言中" or "发言时" (in or while speaking), "发言权" (the right to speak); -1 for none.
func nextStatement(sent string, i int) (int, int) {
	for i < len(sent) {
		// Both words open with 发: one search for it finds the first of either, where a
		// search for each read the rest of the sentence twice.
		j := index(sent[i:], "发")
		if j < 0 {
			return -1, -1
		}
		at, end := i+j, i+j+len("发")
		switch {
		case strings.HasPrefix(sent[end:], "言"):
			end += len("言")
		case strings.HasPrefix(sent[end:], "了言"):
			end += len("了言")
		default:
			i = end
			continue
		}
		i = end
		if !hasAnyPrefix(sent[end:], []string{"者", "中", "时", "权"}) {
			return at, end
		}
	}
	return -1, -1
}

// appendSentenceSpeakers appends to out the speakers of one sentence that starts at byte
// offset base (out gathers the paragraph's: no slice is made for each sentence). kind
// carries the kind of statement from sentence to sentence: "发言的还有" continues the list
// before it.
func appendSentenceSpeakers(out []speaker, sent string, base int, kind *string) []speaker {
	var (
		list, intro string
		at          int  // byte offset of list in sent
		before      bool // the list stands right before the verb
	)
	if m := statementWindow(spokeListAfter, sent, 0, 64); m != nil { // 64: the note before the colon
		list, intro, at = sent[m[1]:], sent[:m[1]], m[1]
		if !strings.Contains(sent[m[0]:m[1]], "还") && !strings.Contains(sent[m[0]:m[1]], "也") {
			*kind = statementKind(intro)
		}
	} else if m := statementWindow(spokeListBefore, sent, 30, 0); m != nil {
		// The list is the clause before the verb, or what follows "听取了" in it: "缔约方会议
		// 还听取了日本和伊朗的观察员所作的发言".
		s := 0
		if k := lastClauseMark(sent[:m[0]]); k >= 0 {
			s = listClausesStart(sent, k)
		}
		// A verb that reports another's statement opens the list: "委员会注意到主席所作的发言" is
		// the Chair's, not the Commission's. The last in the clause is taken.
		lead := -1
		for _, v := range heardVerbs {
			if k := lastIndex(sent[s:m[0]], v); k >= 0 && s+k+len(v) > lead {
				lead = s + k + len(v)
			}
		}
		if lead >= 0 {
			s = lead
		}
		e := m[0]
		// "X宣读了…，并作了发言": the clause before the verb is its conjunction alone, and
		// the speaker is the subject of the clause before, which read a statement out.
		if trimSpace(sent[s:m[0]]) == "并" {
			if k, ok := readOutSubject(sent[:s]); ok {
				s, e = k[0], k[1]
			}
		}
		for s < e {
			r, size := utf8.DecodeRuneInString(sent[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += size
		}
		if n := numberedRE.FindStringIndex(sent[s:e]); n != nil && n[0] == 0 {
			s += n[1] // the paragraph's number
		}
		list, intro, at, before = sent[s:e], sent[m[0]:m[1]], s, true
		*kind = "statement"
		if m[2] >= 0 {
			*kind = statementKind(sent[m[2]:m[3]])
		}
		// The right of reply is said before the verb, of every name in the list ("阿塞拜疆和
		// 亚美尼亚的代表行使答辩权作了发言", where behalfRE reads it of the last name alone)
		// or of the sentence ("在行使答辩权时，…").
		if contains(sent[:m[0]], "答辩") {
			*kind = "reply"
		}
	} else if m := statementWindow(spokeHeardRE.FindStringSubmatchIndex, sent, 600, 0); m != nil {
		list, intro, at = sent[m[2]:m[3]], sent[m[0]:m[2]]+sent[m[3]:m[1]], m[2]
		*kind = statementKind(sent[m[4]:m[5]])
	} else {
		return out
	}
	capacity, signatory, states := "", strings.Contains(intro, "签署国"), strings.Contains(intro, "国家") || strings.Contains(intro, "签署国")
	timing := statementTiming(sent)
	// The capacity of a list before the verb stands at its end ("…的代表"); of one after
	// it, in the words that open it ("下列国家的代表所作的发言").
	trimmed := trimRightSpace(list)
	for _, c := range listCapacities {
		if strings.HasSuffix(trimmed, c.word) {
			trimmed, capacity = strings.TrimSuffix(trimmed, c.word), c.capacity
			break
		}
	}
	if capacity == "" {
		switch {
		case strings.Contains(intro, "观察员"):
			capacity = "observer"
		case strings.Contains(intro, "代表"):
			capacity = "representative"
		case strings.Contains(intro, "专家"):
			capacity = "expert" // an expert group's members speak as experts
		}
	}
	if m := qualifierMatch(trimmed); m != nil {
		trimmed = strings.TrimSuffix(trimmed, m[0])
		signatory = signatory || m[1] == "签署国"
		states = states || m[1] == "签署国" || m[1] == "国家"
	}
	groups := speakerGroups(trimmed)
	var buf [16][2]int // the spans are read here and not kept: room for most lists, on the stack
	items := appendGroupedSpeakers(buf[:0], trimmed, groups)
	// "大会主席、日本法务大臣上川阳子": offices listed before one that a person's name follows
	// are that person's, one speaker, the last office's; the quote holds them all.
	held := -1 // where the offices of one person open in trimmed, or -1
	if len(items) > 1 && oneHolder(trimmed, items) {
		held, items = items[0][0], items[len(items)-1:]
	}
	first := len(out) // the sentence's speakers are out[first:]
	out = slices.Grow(out, len(items))
	prevEnd := -1
	for _, it := range items {
		sp := speaker{capacity: capacity, signatory: signatory, statement: *kind, state: states, start: base + at + it[0], end: base + at + it[1], timing: timing}
		sp.labelled(groups, it[0])
		if prevEnd >= 0 {
			var buf [4][2]int // on the stack: only whether there is one is asked
			sp.joined = len(appendJoins(buf[:0], trimmed[prevEnd:it[0]], 0)) > 0
		}
		prevEnd = it[1]
		name := trimmed[it[0]:it[1]]
		spokeFor := "" // whom the speaker spoke for, said before it: "代表欧洲联盟发言的克罗地亚代表"
		if n, behalf := behalfPrefix(name); n > 0 {
			name, spokeFor = name[n:], behalf
		}
		if rest, ok := strings.CutPrefix(name, "签署国"); ok {
			name, sp.signatory, sp.state = rest, true, true
		}
		for _, d := range speakerKinds {
			// "一个非政府组织国际刑法改革协会的观察员": what the speaker is, then its name.
			if rest, ok := strings.CutPrefix(name, d); ok && utf8.RuneCountInString(rest) >= 2 {
				name, sp.state = rest, false
				break
			}
		}
		bracketed := name
		name, sp.onBehalfOf = cutBrackets(name)
		if office, person := cutPersonName(name); person != "" {
			name, sp.held = office, true
		} else if st := officerState(name, bracketed); st != "" {
			// "委员会副主席（印度尼西亚）": an officer the report names by office and the
			// State of the delegation alone; that State's delegate spoke, in that office,
			// as "日本司法部长" is Japan's in its minister's.
			name = st + name
		} else if held >= 0 {
			name, _ = cutHanName(name)
		} else if before && len(items) == 1 && capacity == "" {
			name = cutLoneHanName(name)
		}
		if held >= 0 {
			sp.start = base + at + held
		}
		name = squeezeSpace(name)
		if m := behalfMatch(name); m != nil {
			name, sp.capacity = m[1], map[string]string{"代表": "representative", "观察员": "observer"}[m[2]]
			switch {
			case m[3] != "":
				sp.onBehalfOf = m[3]
			case m[4] != "":
				sp.onBehalfOf = m[4]
			case m[5] != "":
				sp.statement = "reply" // in exercise of the right of reply
			}
		}
		if sp.onBehalfOf == "" {
			sp.onBehalfOf = spokeFor
		}
		for _, c := range nameCapacities {
			if rest, ok := strings.CutSuffix(name, c.word); ok && rest != "" {
				name, sp.capacity = rest, c.capacity
				break
			}
		}
		name = cutCount(name)
		if k := index(name, "作为"); k >= 0 {
			// The capacity the speaker spoke in follows its name ("日本作为《公约》签署国") or
			// goes before it ("作为签署国的日本").
			role, rest := name[k:], name[:k]
			if k == 0 {
				if d := index(name, "的"); d > 0 {
					role, rest = name[:d], name[d+len("的"):]
				}
			}
			if strings.HasSuffix(role, "签署国") {
				sp.signatory, sp.state = true, true
			}
			name = rest
		}
		if n := utf8.RuneCountInString(name); n < 2 || n > 60 || hasAnyPrefix(name, vagueWords) {
			continue
		}
		sp.name = name
		out = append(out, sp)
	}
	// "德国和法国的代表": the capacity of a name joined to the one before is that one's too.
	for i := len(out) - 2; i >= first; i-- {
		if out[i].capacity == "" && out[i+1].joined && !isOffice(out[i].name) {
			out[i].capacity = out[i+1].capacity
		}
	}
	return out
}

// listClausesStart returns where a list of speakers before the verb opens, where the
// last clause mark before the verb stands at byte k of sent: after it, or at the first of
// the clauses before it, each after "，" or "；", that name speakers and nothing else. A
// list is written with any of the marks and joins, or a mark before a join, between its
// names ("A代表、B代表，以及C的代表", "A；B；以及C的代表", "A代表，B代表和C的代表"), and
// cut at none of them.
func listClausesStart(sent string, k int) int {
	_, size := utf8.DecodeRuneInString(sent[k:])
	s := k + size
	for k >= 0 && (strings.HasPrefix(sent[k:], "，") || strings.HasPrefix(sent[k:], "；") || sent[k] == ',' || sent[k] == ';') {
		from, j := 0, lastClauseMark(sent[:k])
		if j >= 0 {
			_, size := utf8.DecodeRuneInString(sent[j:])
			from = j + size
		}
		if !speakersClause(sent[from:k]) {
			break
		}
		s, k = from, j
	}
	return s
}

// speakersClause reports whether a clause names speakers and nothing else: each of its
// names is one the lexicons know or ends in a capacity ("代表东欧国家组发言的波兰代表",
// "智利代表（代表 77 国集团和中国）", "某协会的观察员"), after the paragraph's number and a
// verb that heard them ("委员会还听取了").
func speakersClause(clause string) bool {
	c := trimSpace(clause)
	if n := numberedRE.FindStringIndex(c); n != nil && n[0] == 0 {
		c = trimSpace(c[n[1]:])
	}
	for _, v := range heardVerbs {
		if k := lastIndex(c, v); k >= 0 {
			c = c[k+len(v):]
		}
	}
	var buf [8][2]int
	items := appendSpeakerSpans(buf[:0], c)
	if len(items) == 0 {
		return false
	}
	for _, it := range items {
		name := c[it[0]:it[1]]
		if knownSpeaker(name) {
			continue
		}
		if n, _ := behalfPrefix(name); n > 0 {
			name = name[n:]
		}
		if name, _ = cutBrackets(name); !hasAnySuffix(trimRightSpace(name), capacityWords) {
			return false
		}
	}
	return true
}

// oneHolder reports whether the names of a list, spans of list, are the offices of one
// person: the last names the person after its office, in Latin letters or Chinese
// characters, and each before it, listed with 、, is an office that is neither a capacity
// ("A国代表、B国代表" are two) nor a State's (two States' ministers are two people).
//
// The names before the last are read first: most lists fail there. The person's name is
// read before the brackets that follow it ("…大臣 Yoko Kamikawa（日本）"), where cutting
// them built a string.
func oneHolder(list string, items [][2]int) bool {
	for k, it := range items[:len(items)-1] {
		name := list[it[0]:it[1]]
		if !isOffice(name) || hasAnySuffix(name, capacityWords) || trimSpace(list[it[1]:items[k+1][0]]) != "、" {
			return false
		}
		if f, _ := stateFormAt(name, 0); f != nil && f.state != nil {
			return false
		}
	}
	last := list[items[len(items)-1][0]:items[len(items)-1][1]]
	if k := strings.IndexAny(last, "(（"); k >= 0 {
		last = last[:k]
	}
	last = trimRightSpace(last)
	if _, person := cutPersonName(last); person != "" {
		return true
	}
	_, ok := cutHanName(last)
	return ok
}

// capacityWords end the offices that say in what capacity a delegation's member spoke, not
// who they are.
var capacityWords = []string{"代表", "观察员"}

// cutHanName returns the office a name holds where a person's name in Chinese characters
// follows it ("法务大臣上川阳子": "法务大臣"): two to four characters, or more with a
// middle dot ("穆罕默德·阿里"), after a word of offices, that neither are an office nor
// end as an organisation's or a body's part's name do ("主席团成员").
func cutHanName(name string) (string, bool) {
	if isOffice(name) || hasAnySuffix(name, organizationWords) || hasAnySuffix(name, partWords) || hasAnySuffix(name, aideWords) {
		return name, false
	}
	n, dot := 0, false
	for i := len(name); i > 0; {
		r, size := utf8.DecodeLastRuneInString(name[:i])
		switch {
		case r == '·' || r == '・':
			dot = true
		case unicode.Is(unicode.Han, r):
		default:
			return name, false
		}
		i -= size
		n++
		if n > 12 || n > 4 && !dot {
			return name, false
		}
		if n >= 2 && r != '·' && r != '・' && isOffice(name[:i]) {
			return name[:i], true
		}
	}
	return name, false
}

// cutLoneHanName returns the office of a lone speaker named right before the verb, where a
// person's name in Chinese characters follows it ("日本法务大臣上川阳子作了发言",
// "联合国毒品和犯罪问题办公室执行主任费多托夫作了发言"), or the name as it is. No list
// of offices before it vouches for the name (oneHolder), so the office must be one whose
// holder the lexicons know: a State's or a known organisation's office, or a known person
// by office ("秘书长"). What is cut is then at most the holder's name: the speaker is the
// office either way.
func cutLoneHanName(name string) string {
	office, ok := cutHanName(name)
	if !ok || !knownSpeaker(office) {
		return name
	}
	return office
}

// partWords end the names of a body's parts and members, which follow an office's word
// as a person's name does ("主席团成员", "秘书长办公厅").
var partWords = []string{"成员", "团", "处", "部", "厅"}

// aideWords end the names of those who serve an office, which follow its word as a
// person's name does ("执行主任特别助理", "法务大臣政务官", "秘书长特使"): hardly a person's name
// ends so.
var aideWords = []string{"助理", "特使", "官", "员", "专家", "发言人"}

// readVerbs read out a statement, in a clause whose subject then made one itself ("秘书处的
// 代表宣读了…的发言稿，并作了发言").
var readVerbs = []string{"宣读了"}

// readOutSubject returns the byte span in sent of the subject of the clause that a clause
// mark ends sent with, where that clause's verb is one of readVerbs: the words from the
// clause's start to the verb.
func readOutSubject(sent string) ([2]int, bool) {
	end := lastClauseMark(sent)
	if end < 0 {
		return [2]int{}, false
	}
	sent = sent[:end]
	from := 0
	if k := lastClauseMark(sent); k >= 0 {
		_, size := utf8.DecodeRuneInString(sent[k:])
		from = k + size
	}
	for _, v := range readVerbs {
		if k := index(sent[from:], v); k > 0 {
			return [2]int{from, from + k}, true
		}
	}
	return [2]int{}, false
}

// heardVerbs report a statement another made, before the speaker's name in the clause.
var heardVerbs = []string{"听取了", "注意到"}

// cutPersonName returns the office a speaker is named by and the person who holds it where
// the person's name, in Latin letters, follows the office ("工作组主席 Bakhtiyar
// Tuzmukhamedov"), or the name and "": the actor is the office, never named after its holder.
func cutPersonName(name string) (string, string) {
	if name == "" || !isLatinLetter(rune(name[len(name)-1])) {
		return name, "" // most names end in a Chinese character: nothing to cut
	}
	i, letters := len(name), 0
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(name[:i])
		switch {
		case isLatinLetter(r):
			letters++
		case r == ' ' || r == '-' || r == '.' || r == '\'' || unicode.IsSpace(r):
		default:
			if rest := trimRightSpace(name[:i]); letters >= 2 && isOffice(rest) {
				return rest, singleSpaced(name[i:])
			}
			return name, ""
		}
		i -= size
	}
	return name, ""
}

// officerState returns the State a bracket after an officer of a body names, where a
// report names the officer by office and State alone ("委员会副主席（印度尼西亚）",
// "主席（墨西哥）"), or "". office is the name without its brackets, name with them.
func officerState(office, name string) string {
	if office == name || !hasAnySuffix(office, []string{"主席", "报告员"}) || strings.ContainsAny(office, " （(") {
		return ""
	}
	if _, _, _, ok := speakerActor(office); ok {
		return "" // "日本代表团团长（…）": the office is a State's or an entity's already
	}
	return bracketState(name)
}

// holderOf returns the person who holds a speaker's office, from the speaker's quote, and
// the State of their delegation, where the report names both ("工作组主席 Bakhtiyar
// Tuzmukhamedov（俄罗斯联邦）"), or "", "": a Person is a delegate of a State in the graph,
// as a bureau's members are, and has no place without one.
func holderOf(quote string) (person, state string) {
	name, _ := cutBrackets(quote)
	if _, person = cutPersonName(trimRightSpace(name)); person == "" {
		return "", ""
	}
	if state = bracketState(quote); state == "" {
		return "", ""
	}
	return person, state
}

// bracketState returns the State a name's last bracket holds ("…（俄罗斯联邦）"), or "".
func bracketState(name string) string {
	end := max(strings.LastIndex(name, "）"), strings.LastIndex(name, ")"))
	if end < 0 {
		return ""
	}
	open := -1
	if k := strings.LastIndex(name[:end], "（"); k >= 0 {
		open = k + len("（")
	}
	if k := strings.LastIndex(name[:end], "("); k >= 0 && k+1 > open {
		open = k + 1
	}
	if open < 0 {
		return ""
	}
	inner := trimSpace(name[open:end])
	if _, ok := lookupState(inner); !ok {
		return ""
	}
	return inner
}

// isLatinLetter reports whether r is a letter of the Latin script ("a", "í").
func isLatinLetter(r rune) bool {
	return r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') || r >= utf8.RuneSelf && unicode.Is(unicode.Latin, r)
}

// countWords are the numerals a count of a body's representatives is written with.
const countWords = "一二两三四五六七八九十几数"

// cutCount returns a speaker's name, its capacity cut already, without the count of its
// representatives that ends it ("秘书处一名" of "秘书处一名代表", "秘书处的两位"): the
// speaker is the body, not a body named after its count.
func cutCount(name string) string {
	if !strings.HasSuffix(name, "名") && !strings.HasSuffix(name, "位") {
		return name
	}
	rest := name[:len(name)-len("名")]
	n := len(rest)
	for n > 0 {
		r, size := utf8.DecodeLastRuneInString(rest[:n])
		if !strings.ContainsRune(countWords, r) {
			break
		}
		n -= size
	}
	if n == len(rest) {
		return name // "地位": no numeral, no count
	}
	return strings.TrimSuffix(rest[:n], "的")
}

// listCapacities are the words a list before the verb ends with that give its speakers'
// capacity, in the order they are tried; nameCapacities those a name ends with.
var (
	listCapacities = []struct{ word, capacity string }{{"的代表", "representative"}, {"的观察员", "observer"}, {"的专家", "expert"}}
	nameCapacities = []struct{ word, capacity string }{{"的代表", "representative"}, {"的观察员", "observer"}, {"代表", "representative"}, {"观察员", "observer"}}
)

// lastClauseMark returns lastIndexAny(s, "，；：,;:"): where the last clause mark of s
// stands. It compares the bytes as lastIndexAny does, without its table of last bytes, and
// tests the three bytes of a full-width mark only where its last byte stands.
func lastClauseMark(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ',', ';', ':':
			return i
		case 0x8C, 0x9B, 0x9A: // "，", "；" and "：" are EF BC 8C, EF BC 9B and EF BC 9A
			if i >= 2 && s[i-2] == 0xEF && s[i-1] == 0xBC {
				return i - 2
			}
		}
	}
	return -1
}

// qualifierMatch returns speakerQualifierRE.FindStringSubmatch(list), run only on a list
// that holds "这", as every match does: most lists hold none.
func qualifierMatch(list string) []string {
	if !contains(list, "这") {
		return nil
	}
	return speakerQualifierRE.FindStringSubmatch(list)
}

// behalfMatch returns behalfRE.FindStringSubmatch(name). Most names end in their capacity
// ("挪威代表") with nothing after it, and the regexp is run only on a name where a capacity
// is followed by what the pattern allows after one.
func behalfMatch(name string) []string {
	if !strings.HasSuffix(name, "行使答辩权") && !capacityThenBehalf(name) {
		return nil
	}
	return behalfRE.FindStringSubmatch(name)
}

// capacityThenBehalf reports whether name holds "代表代表", "观察员代表", "代表以" or "观察员以":
// a capacity followed by whom or in what name it spoke. It looks for each capacity once and
// reads what follows it, where a search for each of the four read most names four times.
// Neither capacity can overlap itself, so every one the name holds is found.
func capacityThenBehalf(name string) bool {
	for _, c := range [...]string{"代表", "观察员"} {
		for from := 0; ; {
			i := index(name[from:], c)
			if i < 0 {
				break
			}
			from += i + len(c)
			if strings.HasPrefix(name[from:], "代表") || strings.HasPrefix(name[from:], "以") {
				return true
			}
		}
	}
	return false
}

// squeezeSpace returns strings.Join(strings.Fields(s), ""): s without its white space. A
// name mostly has none, and is then returned as it is rather than split and joined.
func squeezeSpace(s string) string {
	if !hasSpace(s) {
		return s
	}
	return strings.Join(strings.Fields(s), "")
}

// hasSpace reports whether s holds a rune that unicode.IsSpace reports, as
// strings.IndexFunc(s, unicode.IsSpace) >= 0 does, without decoding every rune: a space
// beyond ASCII begins with one of the bytes 0xC2 (U+0085, U+00A0), 0xE1 (U+1680), 0xE2
// (U+2000 to U+205F) and 0xE3 (U+3000), and the rune is decoded only there. A Chinese
// character begins with none of them.
//
// Eight bytes at a time are first tested for any byte below 0x21 (ASCII white space and
// other controls) or 0xC2, 0xE1, 0xE2, 0xE3: where none is, none of the bytes is one the
// loop below stops at.
func hasSpace(s string) bool {
	i := 0
	for ; i+8 <= len(s) && !maySpace(load64(s[i:i+8])); i += 8 {
	}
	for ; i < len(s); i++ {
		switch c := s[i]; c {
		case '\t', '\n', '\v', '\f', '\r', ' ':
			return true
		case 0xC2, 0xE1, 0xE2, 0xE3:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// maySpace reports whether one of the eight bytes of x is below 0x21, 0xC2, or between
// 0xE0 and 0xE3, as in Bit Twiddling Hacks' hasless: (v - n) &^ v has a byte's top bit set
// where a byte of v is below n (n <= 0x80), and in no word where none is.
func maySpace(x uint64) bool {
	return byteBelow(x, 0x21)|byteBelow(x^(0xC2*bytesOnes), 1)|byteBelow(x^(0xE0*bytesOnes), 4) != 0
}

// bytesOnes holds 1 in each byte of a word.
const bytesOnes = 0x0101010101010101

// byteBelow returns a word that is not 0 where one of the eight bytes of x is below n
// (n <= 0x80), as Bit Twiddling Hacks' hasless: (x - n) &^ x sets a byte's top bit where
// x's byte is below n, and borrows only from such a byte.
func byteBelow(x, n uint64) uint64 {
	return (x - n*bytesOnes) &^ x & (0x80 * bytesOnes)
}

// spaceAt returns the length of the rune at byte i of s if unicode.IsSpace reports it, else
// 0: an ASCII space, or a space beyond ASCII, which opens with 0xC2, 0xE1, 0xE2 or 0xE3 (see
// hasSpace); only there is the rune decoded.
func spaceAt(s string, i int) int {
	switch c := s[i]; c {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return 1
	case 0xC2, 0xE1, 0xE2, 0xE3:
		if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			return size
		}
	}
	return 0
}

// spaceEnds marks the last bytes (less 0x80) of the spaces beyond ASCII that
// unicode.IsSpace reports: a rune that ends in another byte is none of them.
var spaceEnds = func() (ends uint64) {
	mark := func(r rune) {
		if r >= utf8.RuneSelf && unicode.IsSpace(r) {
			ends |= 1 << (string(r)[utf8.RuneLen(r)-1] - 0x80)
		}
	}
	// unicode.IsSpace reports the runes of unicode.White_Space beyond Latin-1, and U+0085
	// and U+00A0 within it, which the table holds too.
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	for _, rg := range unicode.White_Space.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	return ends
}()

// trailingSpace returns the length of the last rune of s, not empty, if unicode.IsSpace
// reports it, else 0, as utf8.DecodeLastRuneInString and unicode.IsSpace tell; the rune is
// decoded only where its last byte may end a space.
func trailingSpace(s string) int {
	c := s[len(s)-1]
	if c < utf8.RuneSelf {
		if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' ' {
			return 1
		}
		return 0
	}
	if c >= 0xC0 || spaceEnds&(1<<(c-0x80)) == 0 {
		return 0
	}
	if r, size := utf8.DecodeLastRuneInString(s); unicode.IsSpace(r) {
		return size
	}
	return 0
}

// trimRightSpace returns strings.TrimRightFunc(s, unicode.IsSpace).
func trimRightSpace(s string) string {
	for len(s) > 0 {
		size := trailingSpace(s)
		if size == 0 {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// joinPrefix returns the length of the join s opens with, "以及", "和" or "及", or 0.
func joinPrefix(s string) int {
	switch {
	case len(s) < 3 || s[0] != 0xE4 && s[0] != 0xE5: // 以 opens with 0xE4, 和 and 及 with 0xE5
		return 0
	case strings.HasPrefix(s, "以及"):
		return len("以及")
	case strings.HasPrefix(s, "和") && !opensHeWord(s), strings.HasPrefix(s, "及"):
		return len("和")
	}
	return 0
}

// heWords are the words that open with 和 and may open a name ("建设和平委员会", "和平与
// 安全专员"): their 和 joins nothing.
var heWords = []string{"和平", "和解", "和谐"}

// opensHeWord reports whether s opens with one of heWords.
func opensHeWord(s string) bool { return hasAnyPrefix(s, heWords) }

// singleSpaced returns strings.Join(strings.Fields(s), " "): the words of s, one space
// between each two. A text that is so already (no white space at its ends, and none between
// its words but one ASCII space) is returned as it is, where Fields decoded every rune of it
// and Join copied it.
func singleSpaced(s string) string {
	if len(s) == 0 || s[0] == ' ' || s[len(s)-1] == ' ' {
		return strings.Join(strings.Fields(s), " ")
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ':
			if s[i+1] == ' ' { // i+1 < len(s): s does not end with a space
				return strings.Join(strings.Fields(s), " ")
			}
		case '\t', '\n', '\v', '\f', '\r':
			return strings.Join(strings.Fields(s), " ")
		case 0xC2, 0xE1, 0xE2, 0xE3: // where a space beyond ASCII may begin, as in hasSpace
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
		}
	}
	return s
}

// voteWords open the sentence of a statement made before or after the vote the report
// has told of, and say which: "在表决前，…作了解释投票的发言", "表决之后，…".
var voteWords = [...]struct{ words, timing string }{
	{"在表决前", "before"}, {"在表决之前", "before"}, {"表决前", "before"}, {"表决之前", "before"},
	{"在表决后", "after"}, {"在表决之后", "after"}, {"表决后", "after"}, {"表决之后", "after"},
}

// timesTheVote reports whether text says of a statement that it came before or after the
// vote ("表决前", "表决之后"): a cheap test before voteTiming, where "表决" alone is in every
// "未经表决" of an adoption.
func timesTheVote(text string) bool {
	for from := 0; ; {
		i := index(text[from:], "表决")
		if i < 0 {
			return false
		}
		from += i + len("表决")
		t := strings.TrimPrefix(text[from:], "之")
		if strings.HasPrefix(t, "前") || strings.HasPrefix(t, "后") {
			return true
		}
	}
}

// timingAnchors are the acts a statement is timed by: an adoption, a vote, an action on a
// draft ("在就该决议草案采取行动之前").
var timingAnchors = []string{"通过", "表决", "采取行动"}

// statementTiming returns whether a clause that reports a statement says it was made
// "before" or "after" an adoption or a vote: a phrase that opens with 在 and closes with 前
// or 后 ("在通过该决定草案之后", "在表决前", "在该决议草案通过后"), holding one of
// timingAnchors, within one clause (no "，" or "。") and 80 characters; "" where it says
// neither. A 前 or 后 that closes no such phrase ("在最后通过前": 最后) is read past.
func statementTiming(clause string) string {
	if !contains(clause, "前") && !contains(clause, "后") {
		return ""
	}
	for i := 0; ; {
		k := index(clause[i:], "在")
		if k < 0 {
			return ""
		}
		from := i + k
		i = from + len("在")
		for p, n := i, 0; p < len(clause) && n < 80; n++ {
			r, size := utf8.DecodeRuneInString(clause[p:])
			if r == '，' || r == '。' || r == '；' || r == ',' {
				break
			}
			if r == '前' || r == '后' {
				if phrase := clause[i:p]; slices.ContainsFunc(timingAnchors, func(a string) bool { return strings.Contains(phrase, a) }) {
					if r == '前' {
						return "before"
					}
					return "after"
				}
			}
			p += size
		}
	}
}

// opensOnTheVote reports whether a paragraph opens on the vote told before it: "在表决前，
// 印度的代表作了解释投票的发言".
func opensOnTheVote(text string) bool {
	return voteTiming(text, sentenceEnd(text)) != ""
}

// sentenceEnd returns where the first sentence of text ends: after its "。", or len(text).
func sentenceEnd(text string) int {
	if i := index(text, "。"); i >= 0 {
		return i
	}
	return len(text)
}

// voteTiming returns when the speaker at byte at of text spoke against the vote: the
// timing the words that open its sentence give (voteWords), or "".
func voteTiming(text string, at int) string {
	start := 0
	if i := lastIndex(text[:at], "。"); i >= 0 {
		start = i + len("。")
	}
	return voteTimingFrom(text, start, at)
}

// voteTimingFrom is voteTiming for the speaker at byte at of a sentence of text that opens at
// byte start (sentenceStarts).
func voteTimingFrom(text string, start, at int) string {
	sentence := strings.TrimLeft(text[start:at], " \t\u3000")
	if start == 0 {
		// The paragraph's number, "3. ", opens its first sentence.
		sentence = strings.TrimLeft(sentence[skipDigits(sentence, 0, 3):], ". \t\u3000")
	}
	for _, w := range voteWords {
		if strings.HasPrefix(sentence, w.words) {
			return w.timing
		}
	}
	return ""
}

// statementKind tells an opening or introductory statement from the words before "发言",
// and an explanation of position or of vote ("作了解释立场的发言", "在表决前作了解释投票的
// 发言"), which a delegation makes on an act before or after its adoption.
func statementKind(words string) string {
	switch {
	case strings.Contains(words, "解释立场") || strings.Contains(words, "解释投票") || strings.Contains(words, "解释其投票"):
		return "explanation"
	case strings.Contains(words, "答辩"):
		return "reply" // "行使答辩权发言的有：", "作了答辩发言"
	case strings.Contains(words, "开幕"):
		return "opening"
	case strings.Contains(words, "闭幕"):
		return "closing"
	case strings.Contains(words, "介绍"):
		return "introductory"
	}
	return "statement"
}

// cutBrackets removes the bracketed parts of a name and returns whom the speaker spoke for,
// from a bracket that opens with "代表" ("（代表联合国会员国中的 77 国集团成员国和中国）");
// other brackets are abbreviations ("（毒品和犯罪问题办公室）").
//
// The name is read byte by byte: a bracket is "(" or ")", or opens with 0xEF ("（", "）"),
// a byte that begins a rune. The text outside brackets is copied a stretch at a time,
// where it was written rune by rune, which in valid UTF-8 (the loader's texts are) writes
// the same bytes; a closing bracket that closes nothing is dropped, as it was.
func cutBrackets(name string) (string, string) {
	if !holdsBracketByte(name) {
		return name, "" // most names: nothing to cut, and no copy to build
	}
	var (
		b      strings.Builder
		behalf string
		depth  int
		open   int // where the outermost open bracket's text begins
		from   int // where the text to copy begins, outside brackets
	)
	for i := 0; i < len(name); {
		size, opens := bracketAt(name, i)
		switch {
		case size == 0:
			i++
			continue
		case opens:
			if depth == 0 {
				b.WriteString(name[from:i])
				open = i + size
			}
			depth++
		case depth == 0:
			b.WriteString(name[from:i])
			from = i + size
		default:
			depth--
			if depth == 0 {
				if inner := trimSpace(name[open:i]); strings.HasPrefix(inner, "代表") && behalf == "" {
					behalf = singleSpaced(strings.TrimPrefix(inner, "代表"))
				}
				from = i + size
			}
		}
		i += size
	}
	if depth == 0 {
		b.WriteString(name[from:])
	}
	return b.String(), behalf
}

// holdsBracketByte reports whether s holds "(", ")" or a byte 0xEF, which every bracket
// cutBrackets cuts holds ("（" and "）" open with it).
//
// Eight bytes at a time are first tested for one of the three (byteBelow finds 0x28 and
// 0x29, "(" and ")", as the bytes below 2 of x^0x28…, and 0xEF as the zero bytes of x^0xEF…).
func holdsBracketByte(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if x := load64(s[i : i+8]); byteBelow(x^(0x28*bytesOnes), 2)|byteBelow(x^(0xEF*bytesOnes), 1) != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c == '(' || c == ')' || c == 0xEF {
			return true
		}
	}
	return false
}

// bracketAt returns the length of the bracket at byte i of s ("(", ")", "（", "）"), 0 for
// none, and whether it opens.
func bracketAt(s string, i int) (size int, opens bool) {
	switch c := s[i]; {
	case c == '(':
		return 1, true
	case c == ')':
		return 1, false
	case c != 0xEF:
		return 0, false
	case strings.HasPrefix(s[i:], "（"):
		return len("（"), true
	case strings.HasPrefix(s[i:], "）"):
		return len("）"), false
	}
	return 0, false
}

// splitSpeakers splits a list of speakers at "、" and at the "和", "以及" or "及" before its
// last name, outside brackets and outside the names the lexicons know, and returns the byte
// spans of the names: neither "波斯尼亚和黑塞哥维那" nor "联合国教育、科学及文化组织" is
// split.
func splitSpeakers(list string) [][2]int {
	return appendSpeakerSpans(make([][2]int, 0, 4), list) // most lists name a few: one slice, where growing it made several
}

// appendSpeakerSpans appends to out the spans splitSpeakers returns: the callers that read
// them and keep none give it room on their stack, where each list's were allocated.
func appendSpeakerSpans(out [][2]int, list string) [][2]int {
	var (
		base  = len(out) // the list's spans are out[base:]
		depth int
		start int
		known = knownPrefix(list) // the end of the known name the current one opens with
	)
	flush := func(end int) {
		s, e := start, end
		s += joinPrefix(list[s:e])
		for s < e {
			size := spaceAt(list[:e], s)
			if size == 0 {
				break
			}
			s += size
		}
		for s < e {
			size := trailingSpace(list[s:e])
			if size == 0 {
				break
			}
			e -= size
		}
		if s < e {
			out = append(out, [2]int{s, e})
		}
	}
	// The marks it reads are ASCII or open with 0xE3 (、) or 0xEF (（, ）, ，), bytes that
	// never continue a rune: the list is read byte by byte, and a rune decoded only there.
	for i := 0; i < len(list); i++ {
		c := list[i]
		if c != '(' && c != ')' && c != ',' && c != 0xE3 && c != 0xEF {
			continue
		}
		r, size := utf8.DecodeRuneInString(list[i:])
		switch {
		case r == '（' || r == '(':
			depth++
		case (r == '）' || r == ')') && depth > 0:
			depth--
		case depth == 0 && i >= known && (r == '、' || r == '，' || r == ','):
			if e := knownAfterJoin(list, start, i); e > i {
				known = e // "…的观察员以及联合国教育、科学及文化组织": the mark is the name's
				break
			}
			flush(i)
			start = i + size
			known = start + knownPrefix(list[start:])
		}
	}
	flush(len(list))
	if len(out) == base {
		return out
	}
	last := out[len(out)-1]
	return appendSplitJoins(out[:len(out)-1], list, last, len(out)-base > 1)
}

// knownAfterJoin returns where the known name ends that opens after a join in list[start:i]
// (not at its start), the first that reaches past i, or 0: a mark at i inside it does not
// end a name. Each join ends in 和 or 及, whose first byte is 0xE5, read byte by byte.
func knownAfterJoin(list string, start, i int) int {
	for j := start + 1; j < i; j++ {
		if list[j] != 0xE5 || !strings.HasPrefix(list[j:], "和") && !strings.HasPrefix(list[j:], "及") {
			continue
		}
		p := j + len("和")
		if k := knownPrefix(list[p:]); k > 0 && p+k > i {
			return p + k
		}
	}
	return 0
}

// splitJoins splits the last name of a list, list[span[0]:span[1]], at its joins
// ("和", "以及", "及" outside brackets): at every join that a name the lexicons know stands
// beside ("德国和法国的代表以及厄瓜多尔代表" is three). A name that is known whole is not
// split; where no join stands beside a known name, a list of several (listed) splits at its
// last join, and a lone name at each join both sides of which are named as speakers are
// (appendNamedJoins), else stays whole.
func splitJoins(list string, span [2]int, listed bool) [][2]int {
	return appendSplitJoins(nil, list, span, listed)
}

// appendSplitJoins appends to out the spans splitJoins returns: splitSpeakers puts them in
// its own slice, in place of the span they split.
func appendSplitJoins(out [][2]int, list string, span [2]int, listed bool) [][2]int {
	s := list[span[0]:span[1]]
	var buf [4][2]int // the joins are read here, not kept: no slice is allocated for a few
	joins := appendJoins(buf[:0], s, 1)
	if len(joins) == 0 || knownSpeaker(s) {
		return append(out, span)
	}
	base := len(out) // the spans split at a join are out[base:]
	from := 0
	for k, j := range joins {
		next := len(s)
		if k+1 < len(joins) {
			next = joins[k+1][0]
		}
		if knownSpeaker(s[from:j[0]]) || knownSpeaker(s[j[0]+j[1]:next]) {
			out = append(out, [2]int{span[0] + from, span[0] + j[0]})
			from = j[0] + j[1]
		}
	}
	if len(out) == base {
		last := joins[len(joins)-1]
		if !listed {
			// Speakers the lexicon lacks, each named by what it is, an organisation or an office
			// ("国际反腐败学院和世界银行集团", "透明国际和国际商会", "…特别报告员和…特别顾问"),
			// split; else the name is one ("特立尼达和多巴哥", "贩运妇女和儿童问题特别报告员").
			// The joins are read from the last: what stands before one may hold the joins
			// before it ("贩运妇女和儿童问题特别报告员").
			return appendNamedJoins(out, s, span, joins)
		}
		return append(out, [2]int{span[0], span[0] + last[0]}, [2]int{span[0] + last[0] + last[1], span[1]})
	}
	return append(out, [2]int{span[0] + from, span[1]})
}

// appendNamedJoins appends to out the spans of a lone name that holds joins, split at each
// join where what stands on either side is named as a speaker is (namedSpeaker).
func appendNamedJoins(out [][2]int, s string, span [2]int, joins [][2]int) [][2]int {
	var buf [4][2]int
	cuts := buf[:0] // the joins it splits at, last first
	end := len(s)
	for k := len(joins) - 1; k >= 0; k-- {
		j := joins[k]
		if namedSpeaker(strings.TrimSpace(s[:j[0]])) && namedSpeaker(strings.TrimSpace(s[j[0]+j[1]:end])) {
			cuts, end = append(cuts, j), j[0]
		}
	}
	from := 0
	for k := len(cuts) - 1; k >= 0; k-- {
		out = append(out, [2]int{span[0] + from, span[0] + cuts[k][0]})
		from = cuts[k][0] + cuts[k][1]
	}
	return append(out, [2]int{span[0] + from, span[1]})
}

// namedSpeaker reports whether a name is one of a speaker: an organisation or an office by
// what ends it, or a name the lexicons know.
func namedSpeaker(name string) bool {
	return isOrganization(name) || utf8.RuneCountInString(name) >= 4 && isOffice(name) || knownSpeaker(name)
}

// organizationWords end the names of organisations.
var organizationWords = []string{"组织", "协会", "学会", "商会", "学院", "集团", "银行", "基金会", "联合会", "联盟", "中心", "研究所", "办公室", "委员会", "理事会", "法院", "国际"}

// isOrganization reports whether a name of at least four characters ends with an
// organisation's word.
func isOrganization(name string) bool {
	return utf8.RuneCountInString(name) >= 4 && hasAnySuffix(name, organizationWords)
}

// joinsOf returns where the joining words of a name list stand outside brackets, with
// their lengths.
func joinsOf(s string) [][2]int { return joinsFrom(s, 1) }

// joinsFrom is joinsOf, with the joins that stand at byte first or after: joinsOf leaves
// out one that opens the text (1), and joinsFrom(s, 0) finds what joinsOf("x"+s) did, one
// byte on, without building that string.
func joinsFrom(s string, first int) [][2]int { return appendJoins(nil, s, first) }

// appendJoins appends to joins the joins joinsFrom(s, first) returns: a caller that only
// reads them gives it room of its own, on its stack, where each list of joins was allocated.
func appendJoins(joins [][2]int, s string, first int) [][2]int {
	if !contains(s, "和") && !contains(s, "及") {
		return joins // every join holds one or the other; most names hold neither
	}
	depth := 0
	// Whom a speaker spoke for is no name of the list: "智利代表代表 77 国集团和中国",
	// "也门代表以 77 国集团和中国的名义", "代表 77 国集团和中国发言的圭亚那代表".
	if n, _ := behalfPrefix(s); n > 0 {
		first = max(first, n)
	}
	behalf := len(s)
	if k := index(s, "代表代表"); k >= 0 {
		behalf = k
	}
	if k, n := index(s, "代表以"), index(s, "的名义"); k >= 0 && n > k {
		behalf = min(behalf, k)
	}
	// The text is read byte by byte, where it was read rune by rune: the brackets and joins
	// open with bytes that begin a rune ("(", ")", 0xEF for "（" and "）", 0xE4 and 0xE5 for
	// 以, 和 and 及), and are tested only there. A rune that opens at or before behalf is
	// read whole, as it was.
	for i := 0; i < len(s) && i <= behalf; i++ {
		switch c := s[i]; {
		case c == '(' || c == 0xEF && strings.HasPrefix(s[i:], "（"):
			depth++
		case (c == ')' || c == 0xEF && strings.HasPrefix(s[i:], "）")) && depth > 0:
			depth--
		case depth == 0 && i >= first && (c == 0xE4 || c == 0xE5): // the first bytes of the joins
			size := 0
			switch {
			case strings.HasPrefix(s[i:], "以及"):
				size = len("以及")
			case strings.HasPrefix(s[i:], "和") && !opensHeWord(s[i:]):
				size = len("和")
			case strings.HasPrefix(s[i:], "及") && !strings.HasSuffix(s[:i], "以"): // not the 及 of 以及, recorded with it
				size = len("及")
			}
			if size > 0 {
				joins = append(joins, [2]int{i, size})
				if n, _ := behalfPrefix(s[i+size:]); n > 0 {
					i += size + n - 1 // "…和代表 77 国集团和中国发言的埃及代表": the second 和 is the body's
				}
			}
		}
	}
	return joins
}

// knownSpeaker reports whether a name is a State or an entity the lexicons know, alone or
// followed by an office or capacity ("尼日利亚司法部长", "挪威代表").
func knownSpeaker(name string) bool {
	if n, _ := behalfPrefix(name); n > 0 {
		name = name[n:] // "代表欧洲联盟发言的奥地利代表"
	}
	name, _ = cutBrackets(name)
	name = squeezeSpace(name)
	_, _, rest, ok := speakerActor(name)
	var buf [4][2]int
	return ok && (rest == "" || isOffice(rest) && len(appendJoins(buf[:0], rest, 0)) == 0)
}

// knownPrefix returns the length in bytes of the longest State or lexicon actor that s
// opens with, or 0.
func knownPrefix(s string) int {
	t := s // strings.TrimLeftFunc(s, unicode.IsSpace), a space at a time
	for t != "" {
		size := spaceAt(t, 0)
		if size == 0 {
			break
		}
		t = t[size:]
	}
	if _, _, rest, ok := speakerActor(t); ok {
		return len(s) - len(rest)
	}
	return 0
}

// speakerActor finds the State or lexicon entity a speaker's name opens with, the longest
// that does, and returns it (one of st and ent) and the rest of the name (the office).
func speakerActor(name string) (st *stateName, ent *entity, rest string, ok bool) {
	if name == "" {
		return nil, nil, "", false
	}
	bestLen := 0
	if f, _ := stateFormAt(name, 0); f != nil && f.state != nil {
		st, bestLen = f.state, len(f.form)
	}
	r, _ := utf8.DecodeRuneInString(name)
	if r >= 1<<16 || actorFirst[r/64]&(1<<(r%64)) != 0 { // else no actor's form opens with r
		for _, s := range actorForms[r] { // longest first
			if len(s.form) <= bestLen {
				break
			}
			if strings.HasPrefix(name, s.form) {
				st, ent, bestLen = nil, s.ent, len(s.form)
				break
			}
		}
	}
	if bestLen == 0 {
		return nil, nil, "", false
	}
	return st, ent, name[bestLen:], true
}

// actorForms indexes the written forms of the lexicon's actors by their first rune, longest
// first, as surfaces are; actorFirst marks those runes within the BMP, where a name whose
// first rune it lacks need not look the rune up.
var actorForms, actorFirst = func() (map[rune][]surface, *[1 << 16 / 64]uint64) {
	m := map[rune][]surface{}
	var first [1 << 16 / 64]uint64
	for _, s := range surfaces {
		if s.ent.labels[0] == kg.LabelActor && s.body == "" {
			r, _ := utf8.DecodeRuneInString(s.form)
			m[r] = append(m[r], s)
			if r < 1<<16 {
				first[r/64] |= 1 << (r % 64)
			}
		}
	}
	return m, &first
}()

// speakerNode returns the node of a speaker and the office the name gives it. A name the
// lexicons do not know is a State where the list names States, a person where it ends in an
// office ("…问题特别报告员"), and an organisation otherwise (an observer's NGO).
func speakerNode(sp speaker) (kg.Node, string) {
	st, ent, rest, ok := speakerActor(sp.name)
	return speakerNodeOf(sp, st, ent, rest, ok)
}

// speakerNodeOf is speakerNode, given what speakerActor finds of the name.
func speakerNodeOf(sp speaker, st *stateName, ent *entity, rest string, ok bool) (kg.Node, string) {
	if ok && (rest == "" || isOffice(rest)) {
		if st != nil {
			return stateNode(st), rest
		}
		return ent.node(), rest
	}
	switch {
	case sp.state:
		return kg.Node{ID: "state:" + sp.name, Labels: []string{kg.LabelActor, kg.LabelState}, Properties: make(kg.Props, 0, 1).With(kg.PropName, sp.name)}, ""
	case isOffice(sp.name):
		return kg.Node{ID: "actor:" + sp.name, Labels: []string{kg.LabelActor, kg.LabelPerson}, Properties: make(kg.Props, 0, 1).With(kg.PropName, sp.name)}, ""
	}
	return kg.Node{ID: "actor:" + sp.name, Labels: []string{kg.LabelActor, kg.LabelOrganization}, Properties: make(kg.Props, 0, 1).With(kg.PropName, sp.name)}, ""
}

// paragraphMeeting returns the meeting a paragraph says it reports on ("在…第 1 次会议上"),
// or "" where it names none, a range of them, or several together ("第 3 次和第 4 次会议上":
// which of them a statement was made at the text does not say).
func paragraphMeeting(text string) string {
	if indexBy(text, "次", 1) < 0 || !mayNameMeetings(text) {
		return "" // every match holds "次" and "会议上" or "）上": the matcher need not run
	}
	number, to, end := meetingAt(text, 0)
	if end < 0 || to || joinedMeetingBefore(text[:lastIndex(text[:end], "第")]) {
		return ""
	}
	if _, _, next := meetingAt(text, end); next >= 0 {
		return "" // a second meeting: the paragraph reports on more than one
	}
	return number
}

// joinedMeetingBefore reports whether before, the text before the "第" of a meeting, ends
// with another meeting joined to it: "第 3 次和", "第3次全体会议、", "第 9 和" (one 次 for
// both, "第 9 和第 10 次会议"). It reads back a few bytes only.
func joinedMeetingBefore(before string) bool {
	before = trimRightSpace(before)
	joined := false
	for _, j := range []string{"以及", "和", "及", "、", "与"} {
		if rest, ok := strings.CutSuffix(before, j); ok {
			before, joined = trimRightSpace(rest), true
			break
		}
	}
	if !joined {
		return false
	}
	for _, w := range []string{"次全体会议", "次会议", "次"} {
		if rest, ok := strings.CutSuffix(before, w); ok {
			before = trimRightSpace(rest)
			break
		}
	}
	d := len(before)
	for d > 0 && before[d-1] >= '0' && before[d-1] <= '9' {
		d--
	}
	return d < len(before) && len(before)-d <= 3 && strings.HasSuffix(trimRightSpace(before[:d]), "第")
}

// meetingAt finds the first match of meetingAtRE in text from byte from, as its FindAll
// does, without the regexp machine, which the paragraph's length made costly: it returns
// the meeting's number, whether "至" opens the match (a range), and the byte offset just
// past the match; -1 for none. A match holds one "第", at which it is read; "至" opens it
// where "至" and white space (\s: ASCII) alone stand before that "第".
func meetingAt(text string, from int) (number string, to bool, end int) {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	for i := from; ; {
		k := index(text[i:], "第")
		if k < 0 {
			return "", false, -1
		}
		at := i + k
		i = at + len("第")
		p := i
		for p < len(text) && isSpace(text[p]) {
			p++
		}
		d := p
		for p < len(text) && text[p] >= '0' && text[p] <= '9' {
			p++
		}
		if p == d || p-d > 3 {
			continue // \d{1,3} then no digit: a fourth fails every split of the run
		}
		number = text[d:p]
		for p < len(text) && isSpace(text[p]) {
			p++
		}
		if !strings.HasPrefix(text[p:], "次") {
			continue
		}
		p += len("次")
		if strings.HasPrefix(text[p:], "全体会议") {
			p += len("全体")
		}
		if !strings.HasPrefix(text[p:], "会议") {
			continue
		}
		p += len("会议")
		if b := meetingBracketRE.FindStringIndex(text[p:]); b != nil && strings.HasPrefix(text[p+b[1]:], "上") {
			p += b[1] // "第 1 次会议（2022 年 5 月 16 日）上"
		} else if n := meetingNoteEnd(text[p:]); n > 0 && strings.HasPrefix(text[p+n:], "上") {
			p += n // "第 10 次会议（闭幕会议）上"
		}
		if !strings.HasPrefix(text[p:], "上") {
			continue
		}
		p += len("上")
		s := at
		for s > from && isSpace(text[s-1]) {
			s--
		}
		return number, strings.HasSuffix(text[from:s], "至"), p
	}
}

// isOffice reports whether a name ends in an office.
func isOffice(name string) bool { return hasAnySuffix(name, offices) }

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// openedRE finds who declared a session open: "缔约方会议第四届会议主席 Mohammed Al-Anazi（沙特
// 阿拉伯）宣布会议开幕", "委员会第二十一届会议主席 X（奥地利）宣布届会开幕". Groups: the
// office, the name, the State.
var openedRE = regexp.MustCompile(`(\p{Han}[\p{Han}《》]{0,40}?主席)\s*([^（(，。：:\p{Han}][^（(，。：:]{1,60}?)\s*[（(]([^（）()]{2,20})[）)]\s*(?:宣布|主持)\s*(?:本届|会议|届会)?\s*(?:会议)?\s*开幕`)

// opener is who a report says declared a session open.
type opener struct {
	office, name, state string
	start, end          int // rune offsets of the mention in the paragraph
	quote               string
}

// findOpeners returns who a paragraph says declared a session open: the president of the
// session before, named with the State of the delegation.
func findOpeners(text string) []opener {
	if !contains(text, "开幕") || !contains(text, "主席") {
		return nil
	}
	var out []opener
	runes := runeOffsets{text: text}
	for _, m := range openedRE.FindAllStringSubmatchIndex(text, -1) {
		office := text[m[2]:m[3]]
		if i := strings.LastIndexAny(office, "，。；："); i >= 0 {
			office = office[i+len("，"):]
		}
		if _, after, ok := strings.Cut(office, "由"); ok {
			office = after // "会议由工作组主席…宣布开幕"
		}
		out = append(out, opener{office: office, name: singleSpaced(text[m[4]:m[5]]), state: strings.TrimSpace(text[m[6]:m[7]]),
			start: runes.of(m[0]), end: runes.of(m[1]), quote: text[m[0]:m[1]]})
	}
	return out
}

// videoMessageRE is who addressed the session by video, named by office (in Chinese) and
// name (in Latin letters), or by office alone (G18: "毒品和犯罪问题办公室执行主任通过视频
// 发言"): "美国国务卿 Antony Blinken 通过视频致辞", "…以视频形式发言", "…发表了视频讲话". It
// ends at "视频": videoMessageEnd reads the words after it.
var videoMessageRE = regexp.MustCompile(`(\p{Han}{2,30}?)\s*(\p{Latin}[^（(，。：:；、\p{Han}]{1,60}?)?\s*(?:通过|以|发表了?)\s*视频`)

// mayNamePanelOrVideo reports whether a text may hold "小组成员" or "讨论成员" (a panel's
// members, findPanelists) or "视频" (a video message, findVideoMessages), which few
// paragraphs do: 员's middle byte and 频's last are both 0x91, and one search for that byte
// tells both, where a search for each word read every paragraph twice. A keynote speaker
// ("主旨发言人") is named without them, in a text that speaks of a statement (speaks:
// mayReportStatement, which the speakers' rules ask of every paragraph anyway), and only
// such a text is searched for 主旨.
func mayNamePanelOrVideo(text string, speaks bool) bool {
	for i := 0; ; {
		j := strings.IndexByte(text[i:], 0x91)
		if j < 0 {
			break
		}
		at := i + j
		i = at + 1
		if at >= 2 && strings.HasPrefix(text[at-2:], "频") && strings.HasSuffix(text[:at-2], "视") ||
			at >= 1 && strings.HasPrefix(text[at-1:], "员") && (strings.HasSuffix(text[:at-1], "小组成") || strings.HasSuffix(text[:at-1], "讨论成")) {
			return true
		}
	}
	return speaks && indexBy(text, "主旨", 4) >= 0 // by 旨's middle byte, rarer than its last
}

// findVideoMessages returns who a paragraph says addressed the session by video (F16: the
// hybrid sessions since 2020 record a minister's or an official's message among the opening
// statements): office, as written before the name, and name. The State the office opens
// with, if any, is the delegation; speakerActor reads it at build time.
func findVideoMessages(text string) []opener {
	var out []opener
	runes := runeOffsets{text: text}
	for from := 0; ; {
		i := indexBy(text[from:], "视频", 1) // by 视's second byte, rarer than its first
		if i < 0 {
			return out
		}
		at := from + i
		from = at + len("视频")
		end := videoMessageEnd(text, from)
		if end < 0 {
			continue // "视频会议", "播放了一段视频": no message
		}
		// The pattern is read on the clause that ends with the word, not the paragraph: its
		// office, then name, run back no further than the clause mark, and the search for
		// them at every character of a long paragraph cost more than the paragraph's rules.
		lo := max(0, at-videoMessageReach)
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo++
		}
		if k := lastClauseMark(text[lo:at]); k >= 0 {
			lo += k
		}
		m := videoMessageRE.FindStringSubmatchIndex(text[lo:from])
		if m == nil {
			continue
		}
		shifted(m, lo)
		name := ""
		if m[4] >= 0 {
			name = singleSpaced(trimRightSpace(text[m[4]:m[5]]))
		} else if r, _ := utf8.DecodeLastRuneInString(text[:m[2]]); m[2] > 0 && unicode.Is(unicode.Han, r) {
			continue // an office alone, cut by the window: not the whole of it
		}
		out = append(out, opener{office: text[m[2]:m[3]], name: name, start: runes.of(m[0]), end: runes.of(end), quote: text[m[0]:end]})
	}
}

// videoMessageEnd returns where the words that make "视频", which ends at byte i of text, a
// message end: "视频致辞", "视频形式发言", "视频方式致开幕词", "视频发言作了开幕致辞",
// "视频作了开幕发言"; -1 where they do not follow.
func videoMessageEnd(text string, i int) int {
	i = skipRESpaces(text, i)
	for _, w := range [...]string{"形式", "方式", "链接"} {
		if strings.HasPrefix(text[i:], w) {
			i = skipRESpaces(text, i+len(w))
			break
		}
	}
	for _, w := range [...]string{"发言", "讲话"} {
		if strings.HasPrefix(text[i:], w) {
			j := i + len(w)
			if k := videoVerbEnd(text, skipRESpaces(text, j)); k >= 0 {
				return k // "视频发言作了开幕致辞": the message, and what it was
			}
			return j
		}
	}
	return videoVerbEnd(text, i)
}

// videoVerbEnd returns where a message's words that open at byte i of text end: a verb
// (作了, 发表, 致) may open them, the occasion follow ("开幕", "闭幕", "欢迎"), and the message
// end them ("致辞", "发言", "讲话"; "词" after an occasion: "致开幕词"); -1 for none.
func videoVerbEnd(text string, i int) int {
	for _, v := range [...]string{"作了", "发表了", "发表", "致了", "作", "致", ""} {
		if !strings.HasPrefix(text[i:], v) {
			continue
		}
		j := skipRESpaces(text, i+len(v))
		for _, o := range [...]string{"开幕", "闭幕", "欢迎", ""} {
			if !strings.HasPrefix(text[j:], o) {
				continue
			}
			k := j + len(o)
			for _, w := range [...]string{"致辞", "致词", "贺词", "发言", "讲话", "词"} {
				if strings.HasPrefix(text[k:], w) && (w != "词" || o != "") {
					return k + len(w)
				}
			}
		}
	}
	return -1
}

// videoMessageReach bounds how far before "视频" its office and name are read: 30 Chinese
// characters, a name of 60 bytes, the verb and the spaces between.
const videoMessageReach = 30*3 + 60 + 32

// panelistsWords open the list of a panel's members: "小组成员有：", "专题小组成员为：",
// "小组成员包括".
var panelistsWords = []string{"有", "为", "包括", "是"}

// panelRoles are the words a report names a panel's speakers by, and the kind of statement
// each made (G17): its members and its keynote speakers. "小组成员" stands in "专题讨论小组
// 成员" and "专家小组成员", "讨论成员" in "小组讨论成员".
var panelRoles = []struct{ word, kind string }{
	{"小组成员", "panelist"}, {"讨论成员", "panelist"}, {"主旨发言人", "keynote"}, {"主旨发言者", "keynote"},
}

// moderatorWord names a panel's moderator, read where the paragraph names the panel's
// members or keynote speakers too: "主持人" alone is no panel's.
const moderatorWord = "主持人"

// findPanelists returns the members of a panel a paragraph lists, each named with the State
// of the delegation: "小组成员有：Maria Souza（巴西）、John Otieno（肯尼亚）和 Liu Wei
// （中国）" (thematic panels in the groups' and Commissions' reports), and its keynote
// speakers and moderators ("主旨发言人为 A（X）", "主持人是 B（Y）"), the kind in office. A
// name is in Latin letters or Chinese characters ("李明（中国）"). state is as written.
func findPanelists(text string) []opener {
	type anchor struct{ at, list int } // where the role word stands, and its list opens
	var anchors []anchor
	var kinds []string
	find := func(word, kind string) {
		for from := 0; ; {
			i := index(text[from:], word)
			if i < 0 {
				return
			}
			at := from + i
			from = at + len(word)
			if k := panelListStart(text, from); k >= 0 {
				anchors = append(anchors, anchor{at, k})
				kinds = append(kinds, kind)
			}
		}
	}
	for _, r := range panelRoles {
		find(r.word, r.kind)
	}
	if len(anchors) > 0 {
		find(moderatorWord, "moderator")
	}
	var out []opener
	runes := runeOffsets{text: text}
	// Each list ends at the first "。" or role word after it: found by a cursor over the
	// stops (each role's anchors are in order) and a search of the role words' places, where
	// reading to the stop and over every anchor for each was quadratic in a paragraph of
	// many (issue #3).
	ats := make([]int, len(anchors))
	for n, a := range anchors {
		ats[n] = a.at
	}
	slices.Sort(ats)
	stopFrom, stop := len(text)+1, -1 // no "。" in text[stopFrom:stop] (stop -1: none after)
	for n, a := range anchors {
		if a.list < stopFrom || stop >= 0 && a.list > stop {
			stopFrom, stop = a.list, -1
			if e := index(text[a.list:], "。"); e >= 0 {
				stop = a.list + e
			}
		}
		end := len(text)
		if stop >= 0 {
			end = stop
		}
		if k, _ := slices.BinarySearch(ats, a.list); k < len(ats) && ats[k] < end {
			end = ats[k] // "主持人为 A（X），小组成员为 B（Y）": the next role ends the list
		}
		out = appendPanelMembers(out, text, a.list, end, kinds[n], &runes)
	}
	slices.SortStableFunc(out, func(x, y opener) int { return x.start - y.start })
	return out
}

// panelListStart returns where the list after a panel's role word, which ends at byte i of
// text, opens: after "有", "为", "包括" or "是" ("分别" may stand before them), and a colon;
// or after a colon alone. -1 where neither follows: "小组成员的发言".
func panelListStart(text string, i int) int {
	i = skipRESpaces(text, i)
	i += len("分别") * b2i(strings.HasPrefix(text[i:], "分别"))
	k := -1
	for _, w := range panelistsWords {
		if strings.HasPrefix(text[i:], w) {
			k = i + len(w)
			break
		}
	}
	if k < 0 {
		if colonAt(text, i) == 0 {
			return -1
		}
		k = i
	}
	k = skipRESpaces(text, k)
	return k + colonAt(text, k)
}

// b2i is 1 for true.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// appendPanelMembers appends the names text[from:end] lists, each before the State in
// brackets: what stands between the bracket that closes the name before (or a list mark,
// or a join) and the bracket is the name, and a name that holds Latin letters opens with
// them (an office in Chinese may stand before it).
func appendPanelMembers(out []opener, text string, from, end int, kind string, runes *runeOffsets) []opener {
	prev, open := from, -1
	for i := from; i < end; {
		size, opens := bracketAt(text, i)
		switch {
		case size == 0:
			i++
			continue
		case opens:
			open = i
		case open >= 0:
			state := trimSpace(text[open+bracketSize(text, open) : i])
			name, at := panelName(text, prev, open)
			prev, open = i+size, -1
			if name != "" && state != "" && utf8.RuneCountInString(state) <= 30 {
				out = append(out, opener{office: kind, name: name, state: state, start: runes.of(at), end: runes.of(prev), quote: text[at:prev]})
			}
		}
		i += size
	}
	return out
}

// bracketSize returns the length of the bracket at byte i of s.
func bracketSize(s string, i int) int {
	size, _ := bracketAt(s, i)
	return size
}

// panelJoins may stand before a name in a list of a panel's members.
var panelJoins = []string{"、", "，", ",", "和", "以及", "及", "与"}

// panelName returns the name text[from:to] holds before a State's bracket, and where it
// opens; "" where it is none: empty, longer than 60 bytes, or of Chinese characters only
// and not two to six of them.
func panelName(text string, from, to int) (string, int) {
	for {
		from = skipRESpaces(text, from)
		n := from
		for _, j := range panelJoins {
			if strings.HasPrefix(text[from:to], j) {
				from += len(j)
				break
			}
		}
		if n == from {
			break
		}
	}
	s := trimRightSpace(text[from:to])
	if s == "" || len(s) > 60 || strings.ContainsAny(s, "。；：:（）()") {
		return "", 0
	}
	latin, lastHan := false, -1
	for i, r := range s {
		switch {
		case isLatinLetter(r):
			latin = true
		case unicode.Is(unicode.Han, r):
			if !latin {
				lastHan = i + utf8.RuneLen(r)
			} else {
				return "", 0 // Chinese after a Latin name: no name of one person
			}
		}
	}
	if latin {
		if lastHan >= 0 {
			from += lastHan // "教授 Jean Dupont": the name after its office
			from = skipRESpaces(text, from)
			s = trimRightSpace(text[from:to])
		}
		return singleSpaced(s), from
	}
	if n := utf8.RuneCountInString(s); n < 2 || n > 6 || strings.ContainsAny(s, " \t\n") {
		return "", 0
	}
	return s, from
}

// A list of speakers is sometimes laid out in parts, each of which is then a list as above:
//
//   - one name a line, after a line break that opens the list ("发言：⏎阿尔及利亚⏎巴西");
//   - under labels that say what the names are, each opening a line ("缔约国：埃及、捷克⏎
//     签署国：日本⏎政府间组织：国际移民组织");
//   - separated by "；" ("巴勒斯坦国（代表…）；芬兰；中国"), or by "以及", which joins
//     lists as "和" joins names ("A、B以及C、D和E").

// listCategory is what a label in a list of speakers says its names are.
type listCategory struct {
	state, signatory bool
	capacity         string // "" where the label does not say
}

// categoryLabels are the labels of a list's parts, by how they end, in the order tried:
// the States parties speak as representatives, the others as observers.
var categoryLabels = []struct {
	suffix string
	cat    listCategory
}{
	{"签署国", listCategory{state: true, signatory: true, capacity: "observer"}},
	{"非缔约国", listCategory{state: true, capacity: "observer"}},
	{"观察员国", listCategory{state: true, capacity: "observer"}},
	{"缔约国", listCategory{state: true, capacity: "representative"}},
	{"成员国", listCategory{state: true, capacity: "representative"}},
	{"国家", listCategory{state: true}},
	{"组织", listCategory{capacity: "observer"}},
	{"实体", listCategory{capacity: "observer"}},
	{"机构", listCategory{capacity: "observer"}},
}

// categoryLabel returns the length of the label s opens with ("缔约国：", "政府间组织:"),
// its colon included, and what it says; 0 where s opens with none. A label is a word of up
// to twelve Chinese characters that ends as one of categoryLabels does.
func categoryLabel(s string) (int, listCategory) {
	n := 0
	for i, r := range s {
		switch {
		case r == '：' || r == ':':
			if n == 0 {
				return 0, listCategory{}
			}
			for _, l := range categoryLabels {
				if strings.HasSuffix(s[:i], l.suffix) {
					return i + colonAt(s, i), l.cat
				}
			}
			return 0, listCategory{}
		case unicode.Is(unicode.Han, r) && n < 12:
			n++
		default:
			return 0, listCategory{}
		}
	}
	return 0, listCategory{}
}

// speakerGroup is one part of a list of speakers: its byte span in the list, and what its
// label says of its names.
type speakerGroup struct {
	from, to int
	cat      listCategory
}

// speakerGroups returns the parts of a list of speakers, or nil where the list is one list
// (most are: they hold no line break before their first name, no label, "；" or "以及").
func speakerGroups(list string) []speakerGroup {
	first := skipRESpaces(list, 0)
	vertical := first > 0 && contains(list[:first], "\n")
	if !vertical && !mayPartSpeakers(list) {
		return nil
	}
	var out []speakerGroup
	// The labels open the list, a line, or what follows a "；" ("缔约国：A、B；签署国：C");
	// each part runs to the next label.
	var cat listCategory
	from := 0
	for i := first; i < len(list); {
		if n, c := categoryLabel(list[i:]); n > 0 {
			out = appendListParts(out, list, from, i, cat)
			cat, from = c, i+n
			i = from
		}
		k := indexPartEnd(list[i:])
		if k < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(list[i+k:])
		i = skipRESpaces(list, i+k+size)
	}
	out = appendListParts(out, list, from, len(list), cat)
	if len(out) == 1 && out[0] == (speakerGroup{0, len(list), listCategory{}}) {
		return nil
	}
	return out
}

// indexPartEnd returns strings.IndexAny(s, "\n;；"): where the first line break or
// semicolon stands, or -1. A look at each byte costs less than IndexAny, which decodes each
// character of s and looks for it among the three.
func indexPartEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', ';':
			return i
		case 0xEF:
			if strings.HasPrefix(s[i:], "；") {
				return i
			}
		}
	}
	return -1
}

// mayPartSpeakers reports whether a list holds what may part it or label its parts: a colon
// or a semicolon, full- or half-width, or 以及. "：" and "；" are found in one search, by
// the first byte of the full-width marks, where their last bytes end many characters (会,
// 国: every other name of a list holds one); 以及 by the middle byte of 以.
func mayPartSpeakers(list string) bool {
	if strings.IndexByte(list, ':') >= 0 || strings.IndexByte(list, ';') >= 0 {
		return true
	}
	for from := 0; ; {
		i := strings.IndexByte(list[from:], 0xEF)
		if i < 0 {
			break
		}
		from += i
		if strings.HasPrefix(list[from:], "：") || strings.HasPrefix(list[from:], "；") {
			return true
		}
		from++
	}
	return indexBy(list, "以及", 2) >= 0
}

// appendListParts appends to out the parts of list[from:to], a part of a list under one
// label (or none): a name a line where the part opens with a line break, no "、" or "，"
// separates its names and most of its lines name a known speaker, else the lists that "；"
// and "以及" separate.
func appendListParts(out []speakerGroup, list string, from, to int, cat listCategory) []speakerGroup {
	s := list[from:to]
	if trimSpace(s) == "" {
		return out
	}
	first := skipRESpaces(s, 0)
	vertical := first > 0 && contains(s[:first], "\n") && !holdsListMark(s) && namesLines(s)
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		if !listPartByte[s[i]] {
			continue // no case below holds at a byte that opens none of its marks and words
		}
		switch c := s[i]; {
		case c == '(' || c == 0xEF && strings.HasPrefix(s[i:], "（"):
			depth++
		case (c == ')' || c == 0xEF && strings.HasPrefix(s[i:], "）")) && depth > 0:
			depth--
		case depth > 0:
		case vertical && c == '\n':
			out = appendGroup(out, from+start, from+i, cat, list)
			start = i + 1
		case !vertical && c == ';':
			out = appendGroup(out, from+start, from+i, cat, list)
			start = i + 1
		case !vertical && strings.HasPrefix(s[i:], "；"):
			out = appendGroup(out, from+start, from+i, cat, list)
			start = i + len("；")
		case !vertical && strings.HasPrefix(s[i:], "以及") && !spokeForAt(s[start:i]):
			out = appendGroup(out, from+start, from+i, cat, list)
			start = i + len("以及")
		case c == 0xE4 && strings.HasPrefix(s[i:], "代表") && opensName(s[start:i]):
			if n, _ := behalfPrefix(s[i:]); n > 0 {
				i += n - 1 // whom the next name spoke for: no mark in it parts the list
			}
		}
	}
	return appendGroup(out, from+start, from+len(s), cat, list)
}

// appendGroupedSpeakers appends to out the spans of the names of a list, as splitSpeakers
// gives them, split in each of its parts (groups, from speakerGroups) where it has them.
func appendGroupedSpeakers(out [][2]int, list string, groups []speakerGroup) [][2]int {
	if groups == nil {
		return appendSpeakerSpans(out, list)
	}
	for _, g := range groups {
		from := len(out)
		out = appendSpeakerSpans(out, list[g.from:g.to])
		for k := from; k < len(out); k++ {
			out[k][0], out[k][1] = out[k][0]+g.from, out[k][1]+g.from
		}
	}
	return out
}

// labelled gives a speaker whose name opens at byte at of its list what the label of the
// part it stands in says: a State, a signatory, the capacity (which the label says more
// precisely than the words before the list).
func (sp *speaker) labelled(groups []speakerGroup, at int) {
	for _, g := range groups {
		if at >= g.from && at < g.to {
			sp.state, sp.signatory = sp.state || g.cat.state, sp.signatory || g.cat.signatory
			if g.cat.capacity != "" {
				sp.capacity = g.cat.capacity
			}
			return
		}
	}
}

// opensName reports whether a name opens after s, the part of a list before it: s is
// empty, or ends in a mark or a join.
func opensName(s string) bool {
	s = trimRightSpace(s)
	return s == "" || hasAnySuffix(s, []string{"、", "，", ",", "和", "及"})
}

// listPartByte holds the bytes that open what appendListParts reads: brackets, a line
// break, semicolons, 以及 and 代表.
var listPartByte = func() (b [256]bool) {
	for _, w := range []string{"(", ")", "（", "）", "\n", ";", "；", "以及", "代表"} {
		b[w[0]] = true
	}
	return b
}()

// appendGroup appends the part list[from:to] to out, where it holds a name.
func appendGroup(out []speakerGroup, from, to int, cat listCategory, list string) []speakerGroup {
	if trimSpace(list[from:to]) == "" {
		return out
	}
	return append(out, speakerGroup{from, to, cat})
}

// namesLines reports whether most lines of s, more than half, name a speaker the lexicons
// know: a name wrapped after the colon ("发言的还有：⏎多民族玻利维亚国司法⏎部长") is no list
// of one name a line.
func namesLines(s string) bool {
	lines, known := 0, 0
	for l := range strings.SplitSeq(s, "\n") {
		if l = trimSpace(l); l != "" {
			lines++
			if knownSpeaker(l) {
				known++
			}
		}
	}
	return known*2 > lines
}

// holdsListMark reports whether s holds "、", "，" or "," outside brackets: names listed on
// a line, where a line break is then where the line was wrapped.
func holdsListMark(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' || c == 0xEF && strings.HasPrefix(s[i:], "（"):
			depth++
		case (c == ')' || c == 0xEF && strings.HasPrefix(s[i:], "）")) && depth > 0:
			depth--
		case depth == 0 && (c == ',' || strings.HasPrefix(s[i:], "、") || strings.HasPrefix(s[i:], "，")):
			return true
		}
	}
	return false
}

// spokeForAt reports whether the name that s ends in goes on with whom it spoke for
// ("智利代表代表 77 国集团", "也门代表以…"): a join there is that body's, not the list's.
func spokeForAt(s string) bool {
	if k := lastIndexAny(s, "、，；,;"); k >= 0 {
		s = s[k:]
	}
	return contains(s, "代表代表") || contains(s, "观察员代表") || contains(s, "代表以") || contains(s, "观察员以")
}

// behalfPrefix returns the length of the words that open a speaker's name with whom it spoke
// for, "代表 X 发言的" ("代表欧洲联盟发言的克罗地亚代表"), and X; 0 and "" where none do.
func behalfPrefix(s string) (int, string) {
	i := skipRESpaces(s, 0)
	if !strings.HasPrefix(s[i:], "代表") {
		return 0, ""
	}
	from := i + len("代表")
	for j, n := from, 0; j < len(s) && n <= 40; n++ {
		if strings.HasPrefix(s[j:], "发言的") {
			if behalf := singleSpaced(s[from:j]); behalf != "" {
				return j + len("发言的"), behalf
			}
			return 0, ""
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if strings.ContainsRune("、，；。：,;:（）()", r) {
			return 0, ""
		}
		j += size
	}
	return 0, ""
}

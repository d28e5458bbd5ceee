package loader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

var (
	// bureauRoleRE opens a role in a list of officers: "主席:", "副主席：", "报告员:".
	bureauRoleRE = regexp.MustCompile(`^(主席|(?:第[一二三四]\s*)?副主席|报告员|共同主席)\s*[:：]\s*`)
	// bureauRoleBareRE opens a role in a table of officers that prints no colon: the role,
	// then white space, the line's end or the letter or character that opens a name
	// ("主席 Name（State）", "副主席⏎A（X）、B（Y）" or "副主席⏎李明（新加坡）", which the
	// blocks join as "副主席A（X）、B（Y）" and "副主席李明（新加坡）").
	bureauRoleBareRE = regexp.MustCompile(`^(主席|(?:第[一二三四]\s*)?副主席|报告员|共同主席)(?:\s+|$|[A-Za-z]|\p{Han})`)
	// electedInlineRE is an officer a sentence names: "以鼓掌方式选举 Name（State）为主席",
	// or the office with what it is of, "选举 Name（State）为会议主席" (本届会议, 第十届会议,
	// 委员会, 工作组): the officer is the session's all the same.
	electedInlineRE = regexp.MustCompile(`选举\s*([^（(，。：:、\p{Han}][^（(，。：:]{1,60}?)\s*[（(]([^（）()]{2,20})[）)]\s*为\s*(?:(?:(?:本届|该届|第[一二三四五六七八九十]{1,3}届)?会议|委员会|工作组)\s*)?(主席|副主席|报告员|共同主席)`)
	// officerRE is an officer as the list gives one: a name, then the State in brackets.
	// It is read by officerMatch, which the tests hold to it.
	officerRE = regexp.MustCompile(`^([^（(：:\n]{2,80}?)\s*[（(]([^（）()]{2,40})[）)]\s*$`)
)

// bureauRoles gives the English of the roles.
var bureauRoles = map[string]string{"主席": "president", "副主席": "vice-president", "报告员": "rapporteur", "共同主席": "co-chair"}

// officer is a member of a bureau the narrative lists, or one who presided over a meeting
// that was not the session's (role "").
type officer struct {
	role, name, state string
}

// findBureau reads a list of officers: lines that open with a role ("主席:") and the lines
// after them that name more officers, "Name（State）" each, until a line that is neither;
// officers elected in a sentence ("选举 Name（State）为主席"); and who presided
// (findPresiders).
func findBureau(text string) []officer {
	presides := contains(text, "主持")
	if !contains(text, "主席") && !contains(text, "报告员") && !presides {
		return nil
	}
	var out []officer
	if presides {
		out = findPresiders(text)
	}
	if contains(text, "选举") {
		for _, m := range electedInlineRE.FindAllStringSubmatch(text, -1) {
			out = append(out, officer{role: bureauRoles[m[3]], name: singleSpaced(m[1]), state: trimSpace(m[2])})
		}
	}
	role := ""
	wrapped := "" // the start of a name that the line before wrapped ("… Elena⏎Bugaeva（俄罗斯联邦）")
	// label: the last line was a role alone, whose officers the lines below name
	// ("副主席：⏎A（X）、B（Y）⏎C（Z）"); bare: the role printed no colon, and the officers are
	// read only where the lexicon knows each one's State, as for several on a line.
	label, bare := false, false
	for l := range strings.SplitSeq(text, "\n") {
		l = trimSpace(l) // strings.TrimSpace, faster on the lines of a report (the text is valid UTF-8)
		if role == "" && (!opensWithInitial(l) || !opensWithRole(l)) {
			continue // as bureauRoleRE would find: most lines open with no role
		}
		if l == "" && label {
			continue // a blank line between a role and its officers
		}
		if m := bureauRoleMatch(l); m != nil {
			role, l, wrapped, bare = m[1], l[len(m[0]):], "", !contains(m[0], "：") && !strings.Contains(m[0], ":")
			if strings.HasSuffix(role, "副主席") {
				role = "副主席" // the first, second and third vice-presidents are vice-presidents
			}
			if label = l == ""; label {
				continue
			}
		} else if role == "" {
			continue
		}
		label = false
		if wrapped != "" {
			l, wrapped = joinWrapped(wrapped, l), ""
		}
		if m := officerMatch(l); m != nil && (!bare || knownState(m[2])) {
			out = append(out, officer{role: bureauRoles[role], name: singleSpaced(m[1]), state: trimSpace(m[2])})
			continue
		}
		// Several officers on a line, the last maybe wrapped to the next.
		officers, tail, ok := officersOnLine(l)
		if !ok {
			role = ""
			continue
		}
		for _, o := range officers {
			out = append(out, officer{role: bureauRoles[role], name: o[0], state: o[1]})
		}
		wrapped = tail
	}
	return out
}

// bureauRoleMatch returns the role a line of a list of officers opens with, as
// bureauRoleRE or, where no colon follows the role, bureauRoleBareRE finds it: then only
// where the role stands alone or the rest of the line names officers and nothing else,
// each with a State the lexicon knows. A line of prose that opens with an office
// ("主席 Ana Silva（巴西）宣布…", wrapped there) is none.
func bureauRoleMatch(l string) []string {
	if !mayOpenRoleLine(l) {
		return nil
	}
	if m := bureauRoleRE.FindStringSubmatch(l); m != nil {
		return m
	}
	m := bureauRoleBareRE.FindStringSubmatch(l)
	if m == nil {
		return nil
	}
	if r, size := utf8.DecodeLastRuneInString(m[0]); len(m[0]) > len(m[1]) && !unicode.IsSpace(r) {
		m[0] = m[0][:len(m[0])-size] // the letter or character opens the first name
	}
	rest := l[len(m[0]):]
	if rest == "" {
		return m
	}
	if o := officerMatch(rest); o != nil && knownState(o[2]) {
		return m
	}
	if officers, tail, ok := officersOnLine(rest); ok && len(officers) > 0 && tail == "" {
		return m
	}
	return nil
}

// mayOpenRoleLine reports whether l opens as every match of bureauRoleRE and
// bureauRoleBareRE does: a role (the roles are no prefix of one another, so one at most
// opens l), then the line's end, white space, a colon, a Latin letter or a Chinese
// character. Lines that open with 第 (a heading) are most of those asked, and few go on so
// (TestMayOpenRoleLineAsREs).
func mayOpenRoleLine(l string) bool {
	rest, ok := "", false
	if r, ok1 := strings.CutPrefix(l, "第"); ok1 {
		if !hasAnyPrefix(r, ordinalRoleNumbers) {
			return false
		}
		r = r[len("一"):]
		rest, ok = strings.CutPrefix(r[skipRESpaces(r, 0):], "副主席")
	} else {
		for _, w := range bureauRoleWords {
			if rest, ok = strings.CutPrefix(l, w); ok {
				break
			}
		}
	}
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	c := rest[0]
	if isRESpace(c) || c == ':' || strings.HasPrefix(rest, "：") || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.Is(unicode.Han, r) // a name in Chinese characters ("副主席李明（新加坡）")
}

// bureauRoleWords and ordinalRoleNumbers are the words of the roles bureauRoleRE reads.
var (
	bureauRoleWords    = []string{"主席", "副主席", "报告员", "共同主席"}
	ordinalRoleNumbers = []string{"一", "二", "三", "四"}
)

// knownState reports whether the lexicon knows a State named in brackets after an officer.
func knownState(name string) bool {
	_, ok := lookupState(trimSpace(name))
	return ok
}

// officersOnLine reads a line of a list of officers that names several, "Name（State）" each,
// apart by "、", "，", "；" or white space ("Amna Ali Al Ali（卡塔尔）、Iwona Strzelecka（波兰）"),
// and returns their names and States, and the start of a name the line ends with, whose
// rest the next line holds ("… Martina"). Each State must be one the lexicon knows, and the
// start of a name Latin letters: a sentence with a bracket in it is no list. ok is false
// where the line is not such a list.
func officersOnLine(l string) (officers [][2]string, tail string, ok bool) {
	from, depth := 0, 0
	for i := 0; i < len(l); {
		size, opens := bracketAt(l, i)
		switch {
		case size == 0:
			i++
			continue
		case opens:
			depth++
		case depth > 0:
			depth--
			if depth == 0 {
				m := officerMatch(trimOfficerJoin(l[from : i+size]))
				if m == nil {
					return nil, "", false
				}
				if _, known := lookupState(m[2]); !known {
					return nil, "", false
				}
				officers = append(officers, [2]string{singleSpaced(m[1]), trimSpace(m[2])})
				from = i + size
			}
		}
		i += size
	}
	if depth > 0 {
		return nil, "", false
	}
	tail = strings.Trim(l[from:], officerMarks)
	for _, r := range tail {
		if !isLatinLetter(r) && r != ' ' && r != '-' && r != '.' && r != '\'' {
			return nil, "", false
		}
	}
	return officers, tail, len(officers) > 0 || tail != ""
}

// officerMarks are what stands between the officers a line names; a join may follow them
// before the last ("A（X）、B（Y）和 C（Z）", see trimOfficerJoin).
const officerMarks = " \t、，,；;"

// trimOfficerJoin returns an officer a line names without the marks and the join before it.
func trimOfficerJoin(s string) string {
	s = strings.TrimLeft(s, officerMarks)
	for _, j := range []string{"以及", "和", "及"} {
		if rest, ok := strings.CutPrefix(s, j); ok {
			return strings.TrimLeft(rest, officerMarks)
		}
	}
	return s
}

// joinWrapped returns the start of a name a line wrapped, then the line that holds its
// rest: a space between Latin letters.
func joinWrapped(start, l string) string {
	if r, _ := utf8.DecodeRuneInString(l); isLatinLetter(r) {
		return start + " " + l
	}
	return start + l
}

// officerMatch returns officerRE.FindStringSubmatch(l), read without the regexp machine,
// whose bounded repetitions made it costly: the name is the shortest run of 2 to 80
// characters, none a bracket, a colon or a line break, after which the rest of the line is
// "（State）" and white space. The State is then every character up to the next bracket,
// which must close it: as its characters are no bracket, the greedy group gives none back.
func officerMatch(l string) []string {
	name := 0 // the characters of the name so far
	for e := 0; e < len(l); {
		r, size := utf8.DecodeRuneInString(l[e:])
		if r == '（' || r == '(' || r == '：' || r == ':' || r == '\n' {
			return nil // no longer name can hold it
		}
		e += size
		if name++; name > 80 {
			return nil
		}
		if name < 2 {
			continue
		}
		if state, ok := bracketedState(l[e:]); ok {
			return []string{l, l[:e], state}
		}
	}
	return nil
}

// bracketedState reads what officerRE requires after an officer's name, `\s*[（(]
// ([^（）()]{2,40})[）)]\s*$`, and returns the group.
func bracketedState(t string) (string, bool) {
	i := skipRESpaces(t, 0)
	switch {
	case strings.HasPrefix(t[i:], "（"):
		i += len("（")
	case strings.HasPrefix(t[i:], "("):
		i++
	default:
		return "", false
	}
	from, n := i, 0
	for i < len(t) {
		r, size := utf8.DecodeRuneInString(t[i:])
		if r == '（' || r == '(' {
			return "", false
		}
		if r == '）' || r == ')' {
			if n < 2 || skipRESpaces(t, i+size) != len(t) {
				return "", false
			}
			return t[from:i], true
		}
		if n++; n > 40 {
			return "", false
		}
		i += size
	}
	return "", false
}

// opensWithRole reports whether l opens with the name of a role, as a match of
// bureauRoleRE does.
func opensWithRole(l string) bool {
	return l != "" && opensWithRoleRune(l, leadRune(l)) // each role has a name
}

// roleInitials are the characters the roles open with, and "第" ("第一副主席").
const roleInitials = "主副报共第"

// opensWithInitial reports whether l opens with one of roleInitials: a line that opens with
// none opens with no role, and opensWithRole need not try each.
func opensWithInitial(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune(roleInitials, r)
}

// bureau adds the officers a narrative paragraph lists as elected to the session: each a
// Person, ELECTED to the session with the role, and MEMBER_OF the delegation of a State.
func (b *graphBuilder) bureau(session string, p paragraph) {
	if !p.mayHold(kwPreside | kwChair | kwRapporteur) {
		return // findBureau reads officers only where one of these is
	}
	for _, o := range findBureau(p.text) {
		person := b.delegate(o.name, o.state, p)
		// spanStart, where the name stands, keeps the bureau in the order the report lists it.
		at := strings.Index(p.text, o.name)
		if at < 0 {
			// A name wrapped at a line's end ("Elena⏎Bugaeva") is found by its first word.
			first, _, _ := strings.Cut(o.name, " ")
			if at = strings.Index(p.text, first); at < 0 {
				at = len(p.text)
			}
		}
		if o.role == "" {
			continue // who presided over something else than the session: a delegate, no officer of it
		}
		b.rel(kg.Relationship{ID: b.relID(person, kg.RelElected, session), Type: kg.RelElected, Start: person, End: session,
			Properties: b.props.alloc(4).With(kg.PropParagraph, b.keyBox.of(p.key)).With(kg.PropRole, sessionRole(session, o.role)).With(kg.PropSource, b.sourceValue).With(kg.PropSpanStart, int64(p.offset+runeLen(p.text[:at])))})
	}
}

// groupRoles are the offices of a working group's (or expert group's) session where they
// differ from a conference's: the 主席 of a subsidiary body is its chair, not a president
// (UN English: "Chair of the Working Group"), and so are its vice-chairs.
var groupRoles = map[string]string{"president": "chair", "vice-president": "vice-chair"}

// sessionRole returns the role an officer holds in session: as the bureau reads it, save
// that a group's session (its id "session:wg:…") calls its president and vice-presidents
// chair and vice-chairs.
func sessionRole(session, role string) string {
	if r, ok := groupRoles[role]; ok && strings.HasPrefix(session, "session:wg:") {
		return r
	}
	return role
}

// delegate adds a person a paragraph names with the State whose delegation they belong to
// ("Name（State）"): the Person, the State and MEMBER_OF between them. It returns the
// person's id.
func (b *graphBuilder) delegate(name, state string, p paragraph) string {
	person := kg.Node{ID: "person:" + name, Labels: []string{kg.LabelActor, kg.LabelPerson}, Properties: b.props.alloc(1).With(kg.PropName, name)}
	b.node(person)
	st := b.sponsor(state)
	if id := b.relID(person.ID, kg.RelMemberOf, st); !b.hasRel(id) {
		b.rel(kg.Relationship{ID: id, Type: kg.RelMemberOf, Start: person.ID, End: st,
			Properties: b.props.alloc(2).With(kg.PropParagraph, b.keyBox.of(p.key)).With(kg.PropSource, b.sourceValue)})
	}
	return person.ID
}

// presiderRE is a person a sentence names with the State of the delegation, "Name（State）",
// the name in Latin letters: an office in Chinese characters may stand before it.
var presiderRE = regexp.MustCompile(`([^（(，。：:、；\s\p{Han}][^（(，。：:、；\p{Han}]{0,60}?)\s*[（(]([^（）()]{2,30})[）)]`)

// presidedSessions are the words for the session itself as what someone presided over
// ("…共同主持了会议"), a group's meeting named by the group alone among them ("工作组会议由
// …主持" in the group's report: a group calls its sessions 会议); sessionEnds end the names
// of a session or of a part of it, which is the session's too ("审议组第十届会议", "续会",
// "复会", "联席会议", "届会议第一部分").
var (
	presidedSessions = []string{"会议", "本届会议", "这次会议", "该届会议", "届会", "本届会", "续会", "复会", "工作组会议", "专家组会议", "审议组会议"}
	sessionEnds      = []string{"届会议", "届会", "续会", "复会", "联席会议", "第一部分", "第二部分", "第三部分", "续会部分", "复会部分"}
)

// isPresidedSession reports whether what a sentence says someone presided over, as its
// subject or its object, is the session or a part of it.
func isPresidedSession(w string) bool {
	return slices.Contains(presidedSessions, w) || hasAnySuffix(w, sessionEnds)
}

// findPresiders reads who a sentence says presided ("主持"), each named with the State of the
// delegation: "续会由第二十八届会议主席 Name（State）主持", "A 主席 Name（State）和 B 主席
// Name（State）共同主持了会议". Where what they presided over is the session ("会议", "续会",
// "…第十届会议"), they are its officers: co-chairs where they presided together, else its
// president (a vice-president where the office says so); else (a panel, a group's meetings)
// they are only delegates of their State, with no role.
func findPresiders(text string) []officer {
	var out []officer
	for i := 0; ; {
		k := index(text[i:], "主持")
		if k < 0 {
			return out
		}
		at := i + k
		i = at + len("主持")
		out = appendPresiders(out, text, at)
	}
}

// appendPresiders appends to out who presided, by the "主持" at byte at of text: the persons
// that end the clause before it, joined by 和, 、 or 以及, each maybe after an office.
func appendPresiders(out []officer, text string, at int) []officer {
	before := trimRightSpace(text[:at])
	together := strings.HasSuffix(before, "共同")
	if together {
		before = trimRightSpace(strings.TrimSuffix(before, "共同"))
	}
	from := 0
	if k := lastClauseMark(before); k >= 0 {
		_, size := utf8.DecodeRuneInString(before[k:])
		from = k + size
	}
	// A full stop after the clause's mark ends the sentence before; one before the mark
	// ends none that matters, and a search there read the whole text back for each 主持.
	if k := lastIndex(before[from:], "。"); k >= 0 {
		from += k + len("。")
	}
	clause := trimRightSpace(cutPresidersCount(before[from:]))
	ms := presiderRE.FindAllStringSubmatchIndex(clause, -1)
	if len(ms) == 0 || ms[len(ms)-1][1] != len(clause) {
		return appendPresidersAfter(out, text[at+len("主持"):], together)
	}
	first := len(ms) - 1
	for first > 0 && joinedOffice(clause[ms[first-1][1]:ms[first][0]]) {
		first--
	}
	presided := false
	if object := leadingHan(skipLe(text[at+len("主持"):])); object != "" {
		presided = isPresidedSession(object)
	} else if k := lastIndex(clause[:ms[first][0]], "由"); k >= 0 {
		presided = isPresidedSession(trailingHan(trimRightSpace(clause[:k])))
	}
	return appendPresidedBy(out, clause, ms[first:], presided, together)
}

// appendPresidersAfter appends to out who presided where the sentence names them after
// "主持" and what they presided over: "主持复会的是委员会主席 A（X）", "共同主持联席会议的为
// A（X）和 B（Y）". after is the text after "主持".
func appendPresidersAfter(out []officer, after string, together bool) []officer {
	after = skipLe(after)
	// What they presided over is a few characters (maxPresidedRunes): 的是 is sought no
	// further, so that a text of many 主持 is not read to its end for each.
	window := after[:min(len(after), maxPresidedRunes*utf8.UTFMax+len("的是"))]
	k, size := -1, 0
	for _, w := range []string{"的是", "的为"} {
		if j := index(window, w); j >= 0 && (k < 0 || j < k) {
			k, size = j, len(w)
		}
	}
	if k < 0 {
		return out
	}
	object := after[:k]
	if leadingHan(object) != object || utf8.RuneCountInString(object) > maxPresidedRunes {
		return out
	}
	clause := after[k+size:]
	if e := strings.IndexAny(clause, "。，；;,"); e >= 0 {
		clause = clause[:e]
	}
	clause = trimRightSpace(cutPresidersCount(clause))
	ms := presiderRE.FindAllStringSubmatchIndex(clause, -1)
	if len(ms) == 0 || ms[len(ms)-1][1] != len(clause) || trailingHan(trimRightSpace(clause[:ms[0][0]])) != trimSpace(clause[:ms[0][0]]) {
		return out
	}
	for n := 1; n < len(ms); n++ {
		if !joinedOffice(clause[ms[n-1][1]:ms[n][0]]) {
			return out
		}
	}
	return appendPresidedBy(out, clause, ms, isPresidedSession(object), together)
}

// maxPresidedRunes bounds the characters of what a sentence says was presided over before
// 的是 ("复会", "委员会第三十届会议续会").
const maxPresidedRunes = 12

// appendPresidedBy appends to out those who presided, ms the matches of presiderRE in
// clause that name them, each maybe after an office: where they presided over the session
// (presided), with the role the office, the number of them and 共同 (together) give.
func appendPresidedBy(out []officer, clause string, ms [][]int, presided, together bool) []officer {
	// Several who presided over the session are its co-chairs, as are those the first's
	// office calls so ("由工作组共同主席 A（X）和 B（Y）主持"), where the sentence does not
	// say 共同 (a vice-president stays one, unless it does).
	jointly := len(ms) > 1 || strings.HasSuffix(trailingHan(trimRightSpace(clause[:ms[0][2]])), "共同主席")
	for n, m := range ms {
		state := squeezeSpace(clause[m[4]:m[5]])
		if _, ok := lookupState(state); !ok {
			continue
		}
		role := ""
		if presided {
			office := clause[:m[2]]
			if n > 0 {
				office = clause[ms[n-1][1]:m[2]]
			}
			office = trailingHan(trimRightSpace(office))
			switch {
			case together:
				role = bureauRoles["共同主席"]
			case strings.HasSuffix(office, "副主席"):
				role = bureauRoles["副主席"]
			case jointly:
				role = bureauRoles["共同主席"]
			default:
				role = bureauRoles["主席"]
			}
		}
		out = append(out, officer{role: role, name: singleSpaced(clause[m[2]:m[3]]), state: state})
	}
	return out
}

// cutPresidersCount returns the clause before "主持" without the count that may follow
// those who presided ("A（X）和 B（Y）两位主席", "…二人"): what they are, said again.
func cutPresidersCount(clause string) string {
	c := trimRightSpace(clause)
	tail := trailingHan(c)
	for _, n := range []string{"两", "二", "三", "四"} {
		if rest, ok := strings.CutPrefix(tail, n); ok && hasAnyPrefix(rest, []string{"位", "名", "人"}) {
			return c[:len(c)-len(tail)]
		}
	}
	return clause
}

// joinedOffice reports whether the words between two persons a sentence names join them:
// 和, 、 or 以及, then maybe the second's office in Chinese characters.
func joinedOffice(gap string) bool {
	gap = trimSpace(gap)
	for _, j := range []string{"以及", "和", "及", "、"} {
		if rest, ok := strings.CutPrefix(gap, j); ok {
			rest = trimSpace(rest)
			return trailingHan(rest) == rest
		}
	}
	return false
}

// skipLe returns s without the white space and the "了" that open it.
func skipLe(s string) string {
	s = s[skipRESpaces(s, 0):]
	if rest, ok := strings.CutPrefix(s, "了"); ok {
		s = rest[skipRESpaces(rest, 0):]
	}
	return s
}

// leadingHan returns the Chinese characters s opens with, up to a line break inside them.
func leadingHan(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.Is(unicode.Han, r):
			b.WriteRune(r)
		case r != '\n' && r != '\r' || b.Len() == 0:
			return b.String()
		}
		i += size
	}
	return b.String()
}

// trailingHan returns the Chinese characters s ends with.
func trailingHan(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		i -= size
	}
	return s[i:]
}

// openedBy is who a paragraph says declared the session open.
type openedBy struct {
	opener
	p paragraph
}

// openingChairs adds the chairs who declared the session open (b.opened), as its officers
// (K18: "会议由审议组主席 Ikrom Nazarov（乌兹别克斯坦）宣布开幕"), unless the report elected
// them to it already: a subsidiary body's chair, elected for its sessions, opens each and
// presides. It runs after the bureau of every paragraph, so that an officer the report
// lists is not added again.
func (b *graphBuilder) openingChairs(session string) {
	for _, o := range b.opened {
		c, ok := openingChair(o.opener)
		if !ok {
			continue
		}
		person := "person:" + c.name
		if id := b.relID(person, kg.RelElected, session); !b.hasRel(id) {
			b.delegate(c.name, c.state, o.p) // as openers added it already: it changes nothing
			// spanStart, where the name stands, orders the bureau as bureau does.
			at := o.start + runeLen(o.quote[:max(0, strings.Index(o.quote, c.name))])
			b.rel(kg.Relationship{ID: id, Type: kg.RelElected, Start: person, End: session,
				Properties: b.props.alloc(4).With(kg.PropParagraph, b.keyBox.of(o.p.key)).With(kg.PropRole, sessionRole(session, c.role)).With(kg.PropSource, b.sourceValue).With(kg.PropSpanStart, int64(o.p.offset+at))})
		}
	}
}

// openingChairsIn returns the chairs a text says declared a session open (findOpeners)
// who are officers of that session (openingChair).
func openingChairsIn(text string) []officer {
	var out []officer
	for _, o := range findOpeners(text) {
		if c, ok := openingChair(o); ok {
			out = append(out, c)
		}
	}
	return out
}

// openingChair returns the officer one who declared a session open is, and whether they
// are one: by the office they are named by (chairOpens), with a State the lexicon knows.
func openingChair(o opener) (officer, bool) {
	role, ok := chairOpens(o.office)
	if _, known := lookupState(o.state); !ok || !known {
		return officer{}, false
	}
	return officer{role: role, name: o.name, state: o.state}, true
}

// chairOpens returns the role of one who opened a session by the office they are named by,
// and whether it makes them its officer: the chair (or a vice-chair) of the body or group
// that holds it ("审议组主席", "工作组主席", "委员会主席", "主席"). The president of a session
// before ("第五届会议主席") and the Conference's or Assembly's (whose president opens the
// next session until it elects its own) are not, nor an acting, interim or former chair.
func chairOpens(office string) (string, bool) {
	if contains(office, "届") || hasAnyPrefix(office, []string{"缔约方会议", "缔约国会议", "大会"}) ||
		contains(office, "临时") || contains(office, "代理") || contains(office, "前任") {
		return "", false
	}
	if strings.HasSuffix(office, "副主席") {
		return bureauRoles["副主席"], true
	}
	return bureauRoles["主席"], true
}

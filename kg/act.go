package kg

import (
	"regexp"
	"strconv"
	"strings"
)

// Body is the organ that adopts acts. The constants are the values the loader writes.
type Body string

// Bodies whose acts the loader recognises.
const (
	BodyCOP    Body = "COP"    // Conference of the Parties to the Organized Crime Convention
	BodyGA     Body = "GA"     // General Assembly
	BodyECOSOC Body = "ECOSOC" // Economic and Social Council
	BodyCCPCJ  Body = "CCPCJ"  // Commission on Crime Prevention and Criminal Justice
	BodyCND    Body = "CND"    // Commission on Narcotic Drugs
	BodyHRC    Body = "HRC"    // Human Rights Council
	BodySC     Body = "SC"     // Security Council
	BodyCOSP   Body = "COSP"   // Conference of the States Parties to the Convention against Corruption
)

// Bodies lists every Body, in the order the API documents them.
var Bodies = []Body{BodyCOP, BodyGA, BodyECOSOC, BodyCCPCJ, BodyCND, BodyHRC, BodySC, BodyCOSP}

// ActKind says whether an act is a resolution or a decision.
type ActKind string

// Kinds of act.
const (
	KindResolution ActKind = "resolution"
	KindDecision   ActKind = "decision"
)

// Label returns the secondary node label of acts of this kind.
func (k ActKind) Label() string {
	if k == KindDecision {
		return LabelDecision
	}
	return LabelResolution
}

// ActKey names an act the way its text does: body, kind and number ("6/1", "49/35 A").
type ActKey struct {
	Body   Body
	Kind   ActKind
	Number string
}

// ID returns the stable, human-readable node id of the act, e.g. "act:cop:resolution:6/1".
// Resolution 6/1 and decision 6/1 differ in kind; COP and GA acts differ in body.
func (k ActKey) ID() string {
	return "act:" + strings.ToLower(string(k.Body)) + ":" + string(k.Kind) + ":" + strings.ReplaceAll(k.Number, " ", "")
}

// Act is the typed view of an Act node.
type Act struct {
	ID     string
	Body   Body
	Kind   ActKind
	Number string
	Title  string // as printed, line breaks healed; "" when the corpus never gives it
	Date   string // ISO 8601 date of adoption, when known
	// Meeting is the number of the meeting at which the act was adopted, when known.
	Meeting string
	// Adopted reports whether the act was adopted in a loaded document (rather than only
	// referred to).
	Adopted bool
	// Vote is the recorded vote that adopted the act, when a report gives one.
	Vote *Vote
	// WithoutVote is true where a report says the act was adopted without a vote.
	WithoutVote bool
	// OrallyRevised is true where a report says the draft was revised orally before it was
	// adopted ("通过了经口头修订的…决议草案"): the act's text is not its draft's.
	OrallyRevised bool
}

// Vote is a recorded vote: how many voted for, against, and abstained.
type Vote struct{ InFavour, Against, Abstaining int64 }

// Act node property keys.
const (
	PropBody    = "body"
	PropKind    = "kind"
	PropNumber  = "number"
	PropTitle   = "title"
	PropDate    = "date"
	PropSortKey = "sortKey"
	PropAdopted = "adopted"
	PropSession = "session"
	// The recorded vote on an act's adoption, or that there was none.
	PropVotesInFavour = "votesInFavour"
	PropVotesAgainst  = "votesAgainst"
	PropAbstentions   = "abstentions"
	PropWithoutVote   = "withoutVote"
	// PropOrallyRevised marks an act, or a report, adopted as orally revised ("通过了经口头
	// 修订的…"): its text is not its draft's.
	PropOrallyRevised = "orallyRevised"
)

// Node returns the act as a graph node. sortKey orders acts by body, kind and number with
// numbers compared as numbers, so "6/10" follows "6/9".
func (a Act) Node() Node {
	key := ActKey{a.Body, a.Kind, a.Number}
	session, hasSession := Session(a.Number)
	hasSession = hasSession && a.Body == BodyCOP
	// Sized for what it will hold: one allocation.
	size := 5
	for _, has := range [...]bool{a.Title != "", a.Date != "", a.Meeting != "", a.WithoutVote, a.OrallyRevised, hasSession} {
		if has {
			size++
		}
	}
	if a.Vote != nil {
		size += 3
	}
	// Set in the order of their keys, each is appended at once (see Props.Set).
	props := make(Props, 0, size)
	if a.Vote != nil {
		props.Set(PropAbstentions, a.Vote.Abstaining)
	}
	props.Set(PropAdopted, a.Adopted)
	props.Set(PropBody, bodyValue(a.Body))
	if a.Date != "" {
		props.Set(PropDate, a.Date)
	}
	props.Set(PropKind, kindValue(a.Kind))
	if a.Meeting != "" {
		props.Set(PropMeeting, a.Meeting)
	}
	props.Set(PropNumber, a.Number)
	if a.OrallyRevised {
		props.Set(PropOrallyRevised, true)
	}
	if hasSession {
		props.Set(PropSession, session)
	}
	props.Set(PropSortKey, SortKey(key))
	if a.Title != "" {
		props.Set(PropTitle, a.Title)
	}
	if a.Vote != nil {
		props.Set(PropVotesAgainst, a.Vote.Against)
		props.Set(PropVotesInFavour, a.Vote.InFavour)
	}
	if a.WithoutVote {
		props.Set(PropWithoutVote, true)
	}
	labels := resolutionLabels // a.Kind.Label()'s
	if a.Kind == KindDecision {
		labels = decisionLabels
	}
	return Node{ID: key.ID(), Labels: labels, Properties: props}
}

// The labels of an act's node, which the nodes share: no one changes a node's labels in
// place (a merge appends, which copies a slice as full as these).
var (
	resolutionLabels = []string{LabelAct, LabelResolution}
	decisionLabels   = []string{LabelAct, LabelDecision}
)

// bodyValue returns string(b) as a property value. The bodies are constants, which the
// compiler boxes once, where boxing the value allocated for every node.
func bodyValue(b Body) any {
	switch b {
	case BodyCOP:
		return string(BodyCOP)
	case BodyGA:
		return string(BodyGA)
	case BodyECOSOC:
		return string(BodyECOSOC)
	case BodyCCPCJ:
		return string(BodyCCPCJ)
	case BodyCND:
		return string(BodyCND)
	case BodyHRC:
		return string(BodyHRC)
	case BodySC:
		return string(BodySC)
	case BodyCOSP:
		return string(BodyCOSP)
	}
	return string(b)
}

// kindValue returns string(k) as a property value, boxed once for the kinds (see bodyValue).
func kindValue(k ActKind) any {
	switch k {
	case KindResolution:
		return string(KindResolution)
	case KindDecision:
		return string(KindDecision)
	}
	return string(k)
}

// lowerBody returns strings.ToLower(string(b)): for the bodies, a constant, where ToLower
// allocated.
func lowerBody(b Body) string {
	switch b {
	case BodyCOP:
		return "cop"
	case BodyGA:
		return "ga"
	case BodyECOSOC:
		return "ecosoc"
	case BodyCCPCJ:
		return "ccpcj"
	case BodyCND:
		return "cnd"
	case BodyHRC:
		return "hrc"
	case BodySC:
		return "sc"
	case BodyCOSP:
		return "cosp"
	}
	return strings.ToLower(string(b))
}

// ActFromNode returns the typed view of an Act node.
func ActFromNode(n Node) Act {
	p := n.Properties
	adopted, _ := p.Get(PropAdopted).(bool)
	without, _ := p.Get(PropWithoutVote).(bool)
	orally, _ := p.Get(PropOrallyRevised).(bool)
	var vote *Vote
	if p.Has(PropVotesInFavour) {
		vote = &Vote{InFavour: Int(p, PropVotesInFavour), Against: Int(p, PropVotesAgainst), Abstaining: Int(p, PropAbstentions)}
	}
	return Act{
		Vote:          vote,
		WithoutVote:   without,
		OrallyRevised: orally,
		ID:            n.ID,
		Body:          Body(String(p, PropBody)),
		Kind:          ActKind(String(p, PropKind)),
		Number:        String(p, PropNumber),
		Title:         String(p, PropTitle),
		Date:          String(p, PropDate),
		Meeting:       String(p, PropMeeting),
		Adopted:       adopted,
	}
}

// Session returns the session (or year) that an act number begins with: 6 for "6/1",
// 1997 for "1997/22".
func Session(number string) (int64, bool) {
	head, _, ok := strings.Cut(number, "/")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.TrimPrefix(head, "S-"), 10, 64)
	return n, err == nil
}

// SortKey returns a string that sorts acts by body, kind and then number, comparing each
// run of digits in the number as an integer.
func SortKey(k ActKey) string {
	var b strings.Builder
	b.Grow(len(k.Body) + len(k.Kind) + len(k.Number) + 18) // room for the usual number's two runs of digits, padded
	b.WriteString(lowerBody(k.Body))
	b.WriteByte('|')
	b.WriteString(string(k.Kind))
	b.WriteByte('|')
	digits := -1 // where the run of digits being read begins, while there is one
	flush := func(end int) {
		if digits >= 0 {
			for n := end - digits; n < 8; n++ {
				b.WriteByte('0') // eight digits at least, as "%08s" writes them
			}
			b.WriteString(k.Number[digits:end])
			digits = -1
		}
	}
	for i, r := range k.Number {
		if r >= '0' && r <= '9' {
			if digits < 0 {
				digits = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(k.Number))
	return b.String()
}

// SessionID returns the id of the Session node of a body's session: "session:cop:6".
func SessionID(body Body, number int64) string {
	return "session:" + strings.ToLower(string(body)) + ":" + strconv.FormatInt(number, 10)
}

// MeetingID returns the id of the Meeting node of a session's meeting: "meeting:cop:6:10"
// for meeting "10" of "session:cop:6".
func MeetingID(session, number string) string {
	return "meeting:" + strings.TrimPrefix(session, "session:") + ":" + number
}

// scNumberRE matches a Security Council number with its year: "1325(2000)".
var scNumberRE = regexp.MustCompile(`^(\d{1,5})[(（](\d{4})[)）]$`)

// NormNumber writes an act number in one form: no spaces around the slash, one space
// before a letter suffix ("49/35A" and "49/35 A" are "49/35 A"), a Security Council
// number with its year in brackets ("1325（2000）" is "1325 (2000)").
func NormNumber(s string) string {
	s = strings.Join(strings.Fields(s), "")
	if m := scNumberRE.FindStringSubmatch(s); m != nil {
		return m[1] + " (" + m[2] + ")"
	}
	if n := len(s); n > 0 && s[n-1] >= 'A' && s[n-1] <= 'H' {
		i := strings.LastIndexAny(s, "0123456789")
		return s[:i+1] + " " + s[i+1:]
	}
	return s
}

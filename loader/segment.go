package loader

import (
	"cmp"
	"maps"
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"copgraph/kg"
)

// block is a paragraph of the body as laid out: lines joined, line breaks healed.
type block struct {
	line     int // line of its first line in the file
	text     string
	indented bool
	notes    []noteRef // footnote markers found in it, removed from text
}

// noteRef is a footnote marker: footnote num was glued to the text at rune offset at.
type noteRef struct {
	num int
	at  int
}

var (
	chapterRE = mustAnchored(`^(?:[一二三四五六七八九十]+\s*[.、]\s*\S|第\s*[一二三四五六七八九十]+\s*章)`)
	sectionRE = mustAnchored(`^[A-Z]\s*[.、]\s*[\p{Han}《“]`)
	// closingRE is the date and meeting that close an act of the General Assembly or the
	// Economic and Social Council: "2011 年 12 月 19 日\n第 89 次全体会议".
	closingRE = mustAnchored(`(?:(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*)?第\s*(\d{1,3})\s*次全体会议\s*$`)
	// closingMeetingFirstRE is a closing that names the meeting first, as English layouts
	// do: "第 62 次全体会议\n2000 年 11 月 15 日".
	closingMeetingFirstRE = mustAnchored(`第\s*(\d{1,3})\s*次(?:全体)?会议\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$`)
	// closingDateRE is a date alone on its lines: after a closing meeting, the day of it.
	closingDateRE = mustAnchored(`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$`)
	// adoptedLineRE is the line under an act's heading that says when and at which meeting
	// it was adopted, where a Security Council resolution has no title.
	adoptedLineRE = mustAnchored(`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\p{Han}{0,12}?第\s*(\d{1,5})\s*次(?:全体)?会议通过$`)
	// articleHeadRE heads an article of an annexed instrument, its title after it on the
	// line or the next: "第 32 条", "第三十二条 公约缔约方会议".
	articleHeadRE = mustAnchored(`^第\s*(\d{1,3}|[一二三四五六七八九十百]{1,5})\s*条(?:\s*\p{Han}{1,24})?$`)
	// articleLineRE is an article's number alone on its line, which opens a block: a line
	// that goes on after it may be the wrapped text of a sentence ("第 5 条规定…").
	articleLineRE = mustAnchored(`^第\s*(?:\d{1,3}|[一二三四五六七八九十百]{1,5})\s*条$`)
	// partHeadRE heads a part of a compilation of acts: "决议", "决定" (lettered, "B. 决定",
	// it is a section).
	partHeadRE = mustAnchored(`^(?:决议|决定|决议和决定|其他决定)$`)
	// draftHeadRE heads a draft that a report recommends to another body: "决议草案一",
	// "决定草案二：标题".
	draftHeadRE = mustAnchored(`^(?:决议|决定)草案(?:\s*[一二三四五六七八九十]+)?(?:\s*[:：].*)?$`)
	// openingMeetingRE is the plenary meeting that a decision's opening line names.
	// Also with the body first and no 在…上: "经济及社会理事会 2018 年 7 月 24 日第 48 次全体会议
	// 回顾…".
	openingMeetingRE = mustAnchored(`^(?:在|\p{Han}{2,12}?\s*)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:举行的)?第\s*(\d{1,3})\s*次(?:全体)?会议`)
	numberedRE       = handPattern{mustAnchored(`^(\d{1,3})\s*\.\s*`), matchNumbered}
	letteredRE       = handPattern{mustAnchored(`^[(（]([a-z]{1,2})[)）]\s*`), matchLettered}
	circledRE        = mustAnchored(`^([㈠-㈩]|[ⅰ-ⅻ]|[(（][ivx]+[)）])\s*`)
	actHeadRE        = mustAnchored(`^第\s*(` + actNumberPattern + `)\s*号\s*(决议|决定)$`)
	// The heading with its title on the same line: "第 6/1 号决议：确保…".
	actHeadTitledRE = mustAnchored(`^第\s*(` + actNumberPattern + `)\s*号\s*(决议|决定)\s*[：:]\s*(\S.*)$`)
	// The heading as General Assembly and ECOSOC texts print it: "66/181. 加强…", "2012/19. …".
	// Its title may stand on the next line: "2018/244." / "预防犯罪和刑事司法委员会…".
	numberedActHeadRE = mustAnchored(`^(` + actNumberPattern + `)\s*\.\s*(\p{Han}.*)?$`)
	annexHeadRE       = mustAnchored(`^附件\s*[一二三四五六七八九十]*$`)
	// bareActHeadRE is an act's number alone on its line, as the Assembly and the Council
	// print a decision without a title ("2021/249", "76/553"); isBareDecisionHead tells a
	// decision's number from another.
	bareActHeadRE = mustAnchored(`^(` + actNumberPattern + `)$`)
	// paraLocatorRE opens the line of a corrigendum that locates the paragraph corrected:
	// "第 29 段", "执行部分第 3 段", "序言部分第二段", "脚注 4", "附件一第 2 段".
	paraLocatorRE = mustAnchored(`^(?:附件[一二三四五六七八九十]*\s*)?(?:(?:序言|执行)部分\s*)?(?:第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*段|脚注\s*\d{1,3})`)
	// bodyActHeadRE is an act's heading with its body's name before the number, as
	// compendia and excerpts print an act apart from its body's report: "经济及社会理事会第
	// 2021/20 号决议", "大会第 75/1 号决议", "《联合国打击跨国有组织犯罪公约》缔约方会议第
	// 10/1 号决定". Group 1 is the body's name, with its instrument's title.
	bodyActHeadRE = mustAnchored(`^((?:《[^》]{1,60}》|联合国\p{Han}{1,30}?公约)?(?:` + bodyNamesPattern() + `))\s*第\s*(` + actNumberPattern + `)\s*号\s*(决议|决定)$`)
)

// bodyNamesPattern returns the names of bodyNames as alternatives of a pattern.
func bodyNamesPattern() string {
	names := make([]string, len(bodyNames))
	for i, bn := range bodyNames {
		names[i] = regexp.QuoteMeta(bn.name)
	}
	return strings.Join(names, "|")
}

// opensBlock reports whether t, a line at the left margin, starts a block of its own:
// headings and numbered paragraphs do; other lines at the margin continue the text above.
// heads remembers whether the text last asked of is an act heading.
func opensBlock(t string, heads *actHeadMemo) bool {
	// Each pattern is tried only where the line begins with a rune its matches begin with:
	// the rune decoded once, where each test would decode it again.
	r := leadRune(t)
	if t != "" && opensWithRoleRune(t, r) && bureauRoleMatch(t) != nil {
		return true // a line of a list of officers opens with its role: "主席：  Name（State）"
	}
	if (strings.HasSuffix(t, "草案") || strings.HasPrefix(t, "提")) && (isDraftKind(t) || sponsorsDraft(t) != nil) {
		return true // a draft's heading at the margin, under the title page's lines
	}
	if !blockOpenerStart.set.all && (t == "" || !blockOpenerStart.set.leads[t[0]] || !blockOpenerStart.has(r)) {
		return false // as blockOpenerStart.begins(t)
	}
	opens := func(re *anchoredRE) bool { return re.first.has(r) && re.MatchString(t) }
	return isChapterHead(t) || isSectionHead(t) ||
		numberedRE.first.has(r) && numberedRE.MatchString(t) ||
		letteredRE.first.has(r) && letteredRE.MatchString(t) ||
		circledRE.first.has(r) && matchCircledEnd(t) >= 0 ||
		(actHeadRE.first.has(r) || bodyActHeadRE.first.has(r)) && heads.is(t) || isAnnexHead(t) || opens(actHeadTitledRE) ||
		mayOpenWithActNumber(t) && (opens(numberedActHeadRE) || isBareDecisionHead(t)) ||
		isDraftHead(t) || isPartHead(t) || opens(articleLineRE)
}

// isChapterHead reports whether chapterRE matches t, without the regexp machine, whose
// start costs more than the test: every block is put to it. Each run is taken whole, as
// no rune of a run could stand where the pattern goes on.
func isChapterHead(t string) bool {
	if rest, ok := strings.CutPrefix(t, "第"); ok {
		i := skipRESpaces(rest, 0)
		j := skipChineseNumerals(rest, i)
		k := skipRESpaces(rest, j)
		if j == i || !strings.HasPrefix(rest[k:], "章") {
			return false
		}
		// "第十章）。": a cross-reference ("见 E/2024/30，\n第十章）。") broken at a line
		// start goes on the sentence; a heading is no sentence.
		after := rest[k+len("章"):]
		return !hasAnyPrefix(after, chapterRefEnds) && !strings.HasSuffix(strings.TrimRightFunc(after, unicode.IsSpace), "。")
	}
	i := skipChineseNumerals(t, 0)
	if i == 0 {
		return false
	}
	switch i = skipRESpaces(t, i); {
	case strings.HasPrefix(t[i:], "."):
		i++
	case strings.HasPrefix(t[i:], "、"):
		i += len("、")
	default:
		return false
	}
	return skipRESpaces(t, i) < len(t) // \S: any rune but white space
}

// chapterRefEnds are what follows 章 in a cross-reference, never in a chapter's heading
// (whose title may follow on the same block: "第二章第二十七届会议续会").
var chapterRefEnds = []string{"）", ")", "。", "，", "；", "、"}

// skipChineseNumerals returns the end of the run of the numerals 一 to 十 at s[i:].
func skipChineseNumerals(s string, i int) int {
	for i < len(s) && s[i] >= 0xe4 && isChineseNumeral(leadRune(s[i:])) {
		i += 3 // each numeral is of three bytes
	}
	return i
}

// isChineseNumeral reports whether r is one of 一 to 十, as [一二三四五六七八九十] matches.
func isChineseNumeral(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

// isSectionHead reports whether sectionRE matches t, without the regexp machine.
func isSectionHead(t string) bool {
	if t == "" || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	switch i := skipRESpaces(t, 1); {
	case strings.HasPrefix(t[i:], "."):
		t = t[i+1:]
	case strings.HasPrefix(t[i:], "、"):
		t = t[i+len("、"):]
	default:
		return false
	}
	if t = t[skipRESpaces(t, 0):]; t == "" {
		return false
	}
	r := leadRune(t)
	return r == '《' || r == '“' || unicode.Is(unicode.Han, r)
}

// firstRunes is the set of runes that the matches of some patterns anchored at the start
// begin with, as firstOfAny gives it, with a bit for each rune below U+10000: runeSet.has
// goes through its ranges one by one, and the sets of headings have dozens.
type firstRunes struct {
	set  runeSet
	bits [1 << 16 / 64]uint64
}

func newFirstRunes(res ...*anchoredRE) *firstRunes {
	f := &firstRunes{set: firstOfAny(res...)}
	for i := 0; i+1 < len(f.set.ranges); i += 2 {
		for r := f.set.ranges[i]; r <= f.set.ranges[i+1] && r < 1<<16; r++ {
			f.bits[r>>6] |= 1 << (r & 63)
		}
	}
	if f.set.all {
		for i := range f.bits {
			f.bits[i] = ^uint64(0)
		}
	}
	return f
}

// has reports whether r is in the set.
func (f *firstRunes) has(r rune) bool {
	if r >= 0 && r < 1<<16 {
		return f.bits[r>>6]&(1<<(r&63)) != 0
	}
	return f.set.has(r)
}

// begins reports whether s begins with a rune of the set, as runeSet.begins does.
// It is small enough to be inlined: most lines fail on their first byte.
func (f *firstRunes) begins(s string) bool {
	return f.set.all || s != "" && f.set.leads[s[0]] && f.hasLead(s)
}

// hasLead reports whether the set has the first rune of s.
func (f *firstRunes) hasLead(s string) bool {
	return f.has(leadRune(s))
}

// lastRune returns the last rune of s, as utf8.DecodeLastRuneInString does, decoding a rune
// of three bytes as leadRune does: a lead of those bytes two bytes before the end, with
// two continuation bytes after it, begins the last rune.
func lastRune(s string) rune {
	r, _ := decodeLastRune(s)
	return r
}

// decodeLastRune is utf8.DecodeLastRuneInString, decoding a rune of three bytes by hand as
// lastRune does.
func decodeLastRune(s string) (rune, int) {
	if n := len(s); n >= 3 {
		if c := s[n-3]; c >= 0xe1 && c <= 0xef && c != 0xed && s[n-2]&0xc0 == 0x80 && s[n-1]&0xc0 == 0x80 {
			return rune(c&0x0f)<<12 | rune(s[n-2]&0x3f)<<6 | rune(s[n-1]&0x3f), 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// leadRune returns the first rune of s, as utf8.DecodeRuneInString does. It decodes a rune
// of three bytes whose lead puts no limit on the next byte but its top bits (E1 to EC, EE,
// EF: Chinese characters and punctuation among them) by hand, where utf8 takes its slow
// path: most lines and blocks begin with one.
func leadRune(s string) rune {
	r, _ := decodeRune(s)
	return r
}

// decodeRune is utf8.DecodeRuneInString, which decodes a rune of three bytes on its slow
// path: it decodes those whose lead puts no limit on the next byte by hand, as leadRune
// does.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 {
		if c := s[0]; c >= 0xe1 && c <= 0xef && c != 0xed && s[1]&0xc0 == 0x80 && s[2]&0xc0 == 0x80 {
			return rune(c&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

// opensWithRoleRune is opensWithRole for a line that is not empty and begins with first.
// It tests the roles of a slice, not the map: ranging over a map costs far more than the
// tests, and every line of a report is put to them. A line opens with a role only where it
// opens with the role's first rune, a cheaper test than the role's bytes.
func opensWithRoleRune(l string, first rune) bool {
	if roleStart.has(first) {
		for i, role := range bureauRoleNames {
			if bureauRoleFirst[i] == first && strings.HasPrefix(l, role) {
				return true
			}
		}
	}
	return first == '第' && contains(l, "副主席")
}

// bureauRoleNames are the names of bureauRoles, which opensWithRole tests lines for.
var bureauRoleNames = slices.Sorted(maps.Keys(bureauRoles))

// bureauRoleFirst holds the first rune of each of bureauRoleNames.
var bureauRoleFirst = func() (first []rune) {
	for _, role := range bureauRoleNames {
		first = append(first, leadRune(role))
	}
	return first
}()

// roleStart holds the runes of bureauRoleFirst.
var roleStart = func() *firstRunes {
	f := &firstRunes{}
	for _, r := range bureauRoleFirst {
		if r >= 0 && r < 1<<16 {
			f.bits[r>>6] |= 1 << (r & 63)
		} else {
			f.set.ranges = append(f.set.ranges, r, r)
		}
	}
	return f
}()

// blockOpenerStart holds the runes that the lines that open a block begin with: most lines
// begin with another, which rules out every pattern at once.
var blockOpenerStart = newFirstRunes(chapterRE, sectionRE, numberedRE.anchoredRE, letteredRE.anchoredRE, circledRE, actHeadRE, annexHeadRE,
	actHeadTitledRE, numberedActHeadRE, draftHeadRE, partHeadRE, articleLineRE, bodyActHeadRE)

// actHeadStart holds the runes that act headings begin with.
var actHeadStart = newFirstRunes(actHeadRE, actHeadTitledRE, numberedActHeadRE, bodyActHeadRE)

// mayOpenWithActNumber reports whether t can begin with an act number (actNumberPattern):
// digits, perhaps after "S-", then, after any white space, a slash or a bracket. A numbered
// paragraph ("12. …") does not, which spares it numberedActHeadRE.
func mayOpenWithActNumber(t string) bool {
	t = strings.TrimPrefix(t, "S-")
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	i = skipRESpaces(t, i)
	return strings.HasPrefix(t[i:], "/") || strings.HasPrefix(t[i:], "(") || strings.HasPrefix(t[i:], "（")
}

// closesBlock reports whether t is a block that no line continues: an act heading or an
// annex heading stands alone on its line.
func closesBlock(t string, heads *actHeadMemo) bool {
	// An act's closing date and meeting end it: what follows is another part or act.
	return closerStart.begins(t) && (heads.is(t) || isAnnexHead(t) || isDraftHead(t) || isPartHead(t)) || isBareDecisionHead(t) ||
		strings.HasSuffix(t, "全体会议") && closingRE.MatchString(t) || strings.HasSuffix(t, "日") && closingMeetingFirstRE.MatchString(t) ||
		strings.HasSuffix(t, "草案") && (sponsorsDraft(t) != nil || isDraftKind(t)) || // a draft's heading: its title follows on a line of its own
		strings.HasPrefix(t, "提") && sponsorsDraft(t) != nil
}

// isDraftHead, isPartHead and isAnnexHead match draftHeadRE, partHeadRE and annexHeadRE,
// each after a test of what every match begins with or how long it is at most: the
// patterns' tests of a long block (for 草案, say) read it through.
func isDraftHead(t string) bool {
	return (strings.HasPrefix(t, "决议草案") || strings.HasPrefix(t, "决定草案")) && draftHeadRE.MatchString(t)
}

func isPartHead(t string) bool {
	return len(t) <= len("决议和决定") && partHeadRE.MatchString(t)
}

// leadsDraft reports whether an act's paragraph recommends the draft whose text follows it
// ("建议大会通过下列决议草案：").
func leadsDraft(t string) bool {
	return strings.HasSuffix(strings.TrimRight(t, " "), "草案：") && (contains(t, "通过下列") || contains(t, "通过下述") || contains(t, "通过以下"))
}

// recommendedTo returns the body a draft's lead recommends it to ("建议大会通过…"), the
// General Assembly where it names none: the body the quoted draft speaks for unless its
// opening line says.
func recommendedTo(lead string) kg.Body {
	if i := index(lead, "建议"); i >= 0 {
		if b, ok := firstBodyNamed(lead[i:]); ok {
			return b
		}
	}
	return kg.BodyGA
}

// closesQuote reports whether a quoted draft's paragraph is its last: it ends with the
// sentence and the closing quotation mark ("…执行情况。”", "…。”；").
func closesQuote(t string) bool {
	s, ok := strings.CutSuffix(strings.TrimRight(t, " ；;，,。"), "”")
	return ok && (strings.HasSuffix(s, "。") || strings.HasSuffix(s, "；")) // "…此类犯罪；”": the draft's last clause as the act prints it
}

// sponsorsDraft returns the sponsors a draft's heading names ("阿根廷、哥伦比亚、墨西哥和
// 挪威：订正决议草案", "墨西哥：决定草案", "提交国：哥伦比亚和秘鲁" above a line "决议草案"), or
// nil where t is no such heading (draftSponsors).
func sponsorsDraft(t string) []string {
	ss := draftSponsors(draftHeading(t))
	if ss == nil {
		return nil
	}
	names := make([]string, len(ss))
	for i, s := range ss {
		names[i] = s.name
	}
	return names
}

// draftHeading returns the list of sponsors a draft's heading line gives, or "": the names
// before "：决议草案" (the kind of draft closing the line), or after "提交国：" (the kind on
// the line below).
func draftHeading(t string) string {
	if len(t) > 400 {
		return ""
	}
	if rest, ok := strings.CutPrefix(t, "提交国："); ok {
		return rest
	}
	if rest, ok := strings.CutPrefix(t, "提案国："); ok {
		return rest
	}
	if !strings.HasSuffix(t, "草案") {
		return "" // the cheaper test first
	}
	i := strings.LastIndex(t, "：")
	if i <= 0 || !isDraftKind(strings.TrimLeft(t[i+len("："):], " ")) {
		return ""
	}
	return t[:i]
}

// isDraftKind reports whether t names the kind of a draft alone, as its heading gives it
// after the sponsors or on a line of its own.
func isDraftKind(t string) bool {
	switch t {
	case "决议草案", "决定草案", "订正决议草案", "订正决定草案":
		return true
	}
	return false
}

// draftSponsor is a sponsor a draft's heading names, and whom it acts for: "巴西（代表 77
// 国集团和中国）".
type draftSponsor struct{ name, onBehalfOf string }

// draftSponsors reads the sponsors of a draft's heading ("奥地利、*加拿大和日本", "哥伦比
// 亚、77 国集团和中国以及欧洲联盟"): the States and the actors the lexicon knows, and groups
// and organisations named as such (a "集团", a "国家组", an institute); other names are
// dropped. It returns nil unless a State or a known actor is among them and the names it
// cannot read are fewer, so that a report's "决议草案：" lines and subjects ("预防犯罪和刑事
// 司法问题：决议草案") are not taken for sponsors.
func draftSponsors(list string) []draftSponsor {
	if list == "" || indexAny(list, "，。；：") >= 0 {
		return nil
	}
	var (
		buf            [16][2]int
		out            []draftSponsor
		known, unknown int
	)
	for _, sp := range appendSpeakerSpans(buf[:0], list) {
		name, behalf := cutBrackets(list[sp[0]:sp[1]])
		// "*加拿大": the mark of a footnote that says whom the sponsor acts for.
		name = squeezeSpace(strings.TrimLeft(strings.TrimSpace(name), "*＊"))
		if name == "" {
			continue
		}
		if n := len(out); n > 0 && name == "中国" && strings.HasSuffix(out[n-1].name, "集团") {
			out[n-1].name += "和中国" // "77 国集团和中国": one group, not a group and a State
			continue
		}
		switch _, isState := lookupState(name); {
		case isState:
			known++
		case entityNamed(name) != nil && entityNamed(name).labels[0] == kg.LabelActor:
			known++
		case isGroupName(name):
		default:
			unknown++
			continue
		}
		out = append(out, draftSponsor{name: name, onBehalfOf: squeezeSpace(behalf)})
	}
	if known == 0 || unknown >= known {
		return nil
	}
	return out
}

// isGroupName reports whether a sponsor the lexicon does not know is named as a group of
// States or an organisation: "77 国集团和中国", "非洲国家组", "某某研究所".
func isGroupName(name string) bool {
	for _, w := range [...]string{"集团", "国家组", "研究所", "组织", "联盟", "办公室", "机构"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// isTableCaption reports whether a block that is no sentence heads a table: "表", "表 2",
// "表三", or the caption joined to it ("表截至 2024 年 7 月 1 日的缔约方数目"); not a line a
// word beginning with 表 opens ("表决情况").
func isTableCaption(t string) bool {
	rest, ok := strings.CutPrefix(t, "表")
	if !ok || isProse(t) || len(t) > 240 {
		return false
	}
	return !hasAnyPrefix(rest, tableWords)
}

// tableWords are the words beginning with 表 that a line may open with.
var tableWords = []string{"示", "明", "决", "达", "彰", "述", "现", "态", "扬"}

// narrativeAnnexKey returns the prefix of the keys of an annex's numbered paragraphs in a
// report, from its heading: "附件" gives "annex-n", "附件二" "annex2-n".
// runKey returns the key prefix of run k of a narrative's numbers whose first run was keyed
// by key: "n" gives "r2-n", "annex2-n" (or its run "annex2-r2-n") "annex2-r3-n".
func runKey(key string, k int) string {
	if i := strings.LastIndex(key, "r"); i >= 0 && strings.HasSuffix(key, "-n") && strings.Trim(key[i+1:len(key)-2], "0123456789") == "" {
		key = key[:i] + "n" // the run before's: back to the first run's prefix
	}
	return strings.TrimSuffix(key, "n") + "r" + itoa(k) + "-n"
}

func narrativeAnnexKey(t string) string {
	n := strings.TrimSpace(strings.TrimPrefix(t, "附件"))
	if n == "" {
		return "annex-n"
	}
	return "annex" + itoa(chineseNumber(n)) + "-n"
}

func isAnnexHead(t string) bool {
	return strings.HasPrefix(t, "附件") && annexHeadRE.MatchString(t)
}

// actHeadMemo remembers actHeadRE's answer for the last text it was asked of: blocks asks
// of an act's heading twice, as the line that opens a block and as the block the next
// line may go on, and the pattern runs through a heading to match it.
type actHeadMemo struct {
	text  string
	match bool
	asked bool
}

// is reports whether actHeadRE or bodyActHeadRE matches t: a heading alone on its line.
func (m *actHeadMemo) is(t string) bool {
	if !m.asked || m.text != t {
		m.text, m.match, m.asked = t, endsActKind(t) && (actHeadRE.MatchString(t) || bodyActHeadRE.first.has(leadRune(t)) && bodyActHeadRE.MatchString(t)), true
	}
	return m.match
}

// closerStart holds the runes that the headings which close a block begin with.
var closerStart = newFirstRunes(actHeadRE, annexHeadRE, draftHeadRE, partHeadRE, bodyActHeadRE)

// blocks joins cleaned lines into blocks. In this family a paragraph starts indented, or at
// the margin with a number or heading; every other line continues the one above. Across
// page furniture or a footnote block the text may resume indented mid-sentence: there it
// continues unless the text above closed a sentence or the line opens a block.
func blocks(lines []line) []block {
	var (
		// A block is two lines and a half on average in this family: room for one per two
		// lines spares growing the slice, which copied the blocks of a long document again
		// and again.
		out = make([]block, 0, len(lines)/2+1)
		// text holds the texts of all blocks one after the other, each a part of its
		// String(): joining line by line would copy a block's text at each line, and a
		// builder per block would grow a buffer per block. A builder never changes what it
		// has written, so the parts stay valid as it grows.
		text  strings.Builder
		start int // where the last block's text begins in text
		heads actHeadMemo
	)
	size := 0
	for _, l := range lines {
		size += len(l.text) + 1 // the most a line break can add is a space
	}
	text.Grow(size)
	days := false // a table's row has opened a day, and no sentence has closed since
	for _, l := range lines {
		if days && strings.HasSuffix(l.text, "。") {
			days = false
		}
		starts := len(out) == 0 || closesBlock(out[len(out)-1].text, &heads) || opensBlock(l.text, &heads)
		if !starts && l.indented {
			starts = !l.afterBreak || endsSentence(out[len(out)-1].text)
		}
		if !starts && !l.indented && !l.afterBreak {
			// A short line at the margin after a closed sentence is a heading of its own
			// (a centred title), not the end of the paragraph above.
			prev := out[len(out)-1].text
			starts = strings.HasSuffix(prev, "。") && !endsSentence(l.text) && indexAny(l.text, "，。") < 0 || opensUnnumberedClause(prev, l.text)
		}
		if starts {
			out = append(out, block{line: int(l.no), text: l.text, indented: l.indented})
			start = text.Len()
			text.WriteString(l.text)
			continue
		}
		if scheduleRow(l.text) && (l.text[0] <= '9' || days) {
			// A row of a table of days and hours, kept apart; hours only under a day, as a
			// sentence may wrap before "下午 3 时".
			text.WriteString("\n")
			days = true
		} else {
			text.WriteString(lineBreak(out[len(out)-1].text, l.text))
		}
		text.WriteString(l.text)
		out[len(out)-1].text = text.String()[start:]
	}
	return out
}

// opensUnnumberedClause reports whether t, a line at the margin, opens a clause of an act or a draft
// printed with no numbers and no indent, not a line of the block prev: the opening line
// ("人权理事会，") under a title, or a clause ("又回顾…", "请…") after the opening line or a
// clause closed by a comma or semicolon, as clauses are.
func opensUnnumberedClause(prev, t string) bool {
	if !strings.HasSuffix(prev, "，") && !strings.HasSuffix(prev, "；") {
		// The opening line, a body's name and its comma alone, under a title: a short line
		// that is no sentence.
		// prev is the block so far: its length in bytes bounds its runes, and is read first.
		if !strings.HasSuffix(t, "，") || len(t) > 30*3 || len(prev) > 60*3 || index(t, "，") != len(t)-len("，") || indexAny(prev, "，。；：") >= 0 {
			return false
		}
		_, ok := preambleOpening(t)
		return ok
	}
	if !opensWithClauseVerb(t) {
		return false
	}
	if opensWithClauseVerb(prev) {
		return true
	}
	_, ok := preambleOpening(prev)
	return ok
}

// clauseVerbs open an act's preambular clauses, beside the verbs that introduce a
// reference (verbs) and those of its operative clauses (mandateVerbs).
var clauseVerbs = []string{"认识到", "意识到", "深信", "关切", "深为关切", "表示关切", "满意地", "赞赏", "深感", "希望"}

// clauseVerbLeads holds the runes a clause verb, or 又, 还 or 并 before it, begins with.
var clauseVerbLeads = func() string {
	var b strings.Builder
	add := func(w string) {
		if r := leadRune(w); !strings.ContainsRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	for _, w := range []string{"又", "还", "并"} {
		add(w)
	}
	for _, w := range clauseVerbs {
		add(w)
	}
	for k := range mandateVerbs {
		add(mandateVerbs[k].verb)
	}
	for w := range verbs {
		add(w)
	}
	return b.String()
}()

// opensWithClauseVerb reports whether t opens with a verb that opens a clause, after "又",
// "还" or "并" ("又回顾", "还请").
func opensWithClauseVerb(t string) bool {
	if t == "" || !strings.ContainsRune(clauseVerbLeads, leadRune(t)) {
		return false // most lines: one rune looked up, where each verb would be tried
	}
	return tryClauseVerbs(t)
}

// tryClauseVerbs is opensWithClauseVerb without its first-rune gate: every verb tried.
func tryClauseVerbs(t string) bool {
	for _, p := range [...]string{"又", "还", "并"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			t = rest
			break
		}
	}
	if opensWithMandateVerb(t) || hasAnyPrefix(t, clauseVerbs) {
		return true
	}
	for v := range verbs {
		if strings.HasPrefix(t, v) {
			return true
		}
	}
	return false
}

// joinLines heals a line break: Chinese text and numbers join with nothing between; a space
// is kept only between two runs of Latin letters, as in a wrapped name.
func joinLines(a, b string) string {
	return a + lineBreak(a, b) + b
}

// lineBreak returns what stands between a and b when a line break between them is healed.
func lineBreak(a, b string) string {
	// A rune from U+2000 on, no letter to isLetter, begins with E2 or above, as Chinese
	// text does: only then are the runes at the break decoded (as leadRune and lastRune
	// do), and the second of b only where it decides; a letter is a rune of its own size.
	if a != "" && b != "" && b[0] < 0xe2 {
		if last, first := lastRune(a), leadRune(b); isLetter(last) && isLetter(first) {
			n := utf8.RuneLen(first)
			if second, _ := decodeRune(b[n:]); unicode.IsLower(last) || len(b) > n && unicode.IsLower(second) {
				return " "
			}
		}
	}
	if twoSymbols(a, b) || symbolThenDate(a, b) || symbolThenWord(a, b) {
		return " "
	}
	return ""
}

// symbolThenWord reports whether a ends with a whole symbol and b opens with a Latin word
// ("UNODC/CCPCJ/EG.4/2025/2" / "Distr.: General" on a title page that lacks the body's
// line): a symbol wraps only after its "/" or before its "/" or ".", never into a word, so
// the two stay apart.
func symbolThenWord(a, b string) bool {
	if a == "" || b == "" || !isAlnum(a[len(a)-1]) || !('A' <= b[0] && b[0] <= 'Z' || 'a' <= b[0] && b[0] <= 'z') {
		return false
	}
	return endsWithSymbol(a)
}

// twoSymbols reports whether b begins with a UN symbol that joining it to a without a space
// would run into what a ends with: a whole symbol, as a title page lists a report's symbols
// one a line ("E/2013/30", "E/CN.15/2013/27"), or a digit, after which no symbol is read
// (gluedBefore) and a symbol's text never goes on with capitals and a slash ("A/66/87 和
// Corr.1" + "E/CN.15/2012/6"). A symbol broken across the lines is not two: its first line
// ends with a slash ("CTOC/" + "COP/2014/CRP.4") or with capitals that are no whole symbol
// ("CTO" + "C/COP/2012/12"), or its second begins with no symbol ("L.2/" + "Rev.1").
func twoSymbols(a, b string) bool {
	if a == "" || b == "" || b[0] < 'A' || b[0] > 'Z' || !isAlnum(a[len(a)-1]) {
		return false // the cheap test: nearly every line break is between Chinese text
	}
	if s, _, found := symbolStart(b); !found || s != 0 {
		return false
	}
	var partBuf [6]string
	if _, _, ok := scanSymbol(b, 0, partBuf[:0]); !ok {
		return false
	}
	if c := a[len(a)-1]; c >= '0' && c <= '9' {
		return true
	}
	return endsWithSymbol(a)
}

// endsWithSymbol reports whether a ends with a whole UN symbol.
func endsWithSymbol(a string) bool {
	at := symbolTail(a)
	if at < 0 || at > 0 && gluedBefore(a[:at]) {
		return false
	}
	// The tail is ASCII: its runes are its bytes. A joint symbol ("…/5-CTOC/…") is whole too.
	ms := findSymbols(a[at:])
	return len(ms) > 0 && ms[len(ms)-1].end == len(a)-at
}

// symbolThenDate reports whether a ends with a whole symbol and b begins with a date, as a
// title page gives a document's symbol and, on the next line, its date ("…/EG.4/2013/4" /
// "2013 年 3 月 7 日"): joined, the year would run into the symbol's number.
func symbolThenDate(a, b string) bool {
	if a == "" || len(b) < 4 || !isAlnum(a[len(a)-1]) || b[0] < '0' || b[0] > '9' {
		return false
	}
	i := 0
	for i < len(b) && i < 4 && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i == 4 && strings.HasPrefix(strings.TrimLeft(b[i:], " "), "年") && endsWithSymbol(a)
}

// maxSymbolLen is more bytes than a UN symbol's written form takes: a longer run of the
// characters symbols are made of is no symbol, and a block's text is not read back further.
const maxSymbolLen = 80

// symbolTail returns where the run of characters that can make up a symbol at the end of
// a begins: letters, digits, dots, hyphens and slashes, and blanks beside a slash, which
// PDF extraction leaves there ("CTOC/COP/ 2012/CRP.7"); -1 when the run is longer than
// maxSymbolLen.
func symbolTail(a string) int {
	i := len(a)
	for i > 0 {
		if len(a)-i > maxSymbolLen {
			return -1
		}
		switch c := a[i-1]; {
		case isAlnum(c) || c == '.' || c == '-' || c == '/':
			i--
		case c == ' ' || c == '\t':
			j := i - 1
			for j > 0 && (a[j-1] == ' ' || a[j-1] == '\t') {
				j--
			}
			if !(j > 0 && a[j-1] == '/' || i < len(a) && a[i] == '/') {
				return i
			}
			i = j
		default:
			return i
		}
	}
	return i
}

// isLetter reports whether r is a Latin letter. A number broken over two lines ("64/2",
// "93") joins with nothing between, and so do capitals ("CTO", "C/COP/2012/12": symbols and
// acronyms); words with small letters ("Khaled", "Shamaa") join with a space.
func isLetter(r rune) bool { return r < 0x2000 && unicode.IsLetter(r) }

func isLatin(r rune) bool { return r < 0x2000 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// unitAfterNumber are the characters that, right after a number, make it a quantity, a
// date or an article rather than a footnote marker.
const unitAfterNumber = "年月日号条款段卷次届个项名国%.,/-:："

// takeMarkers finds the footnote markers glued to the text of the blocks, in order, and
// removes them. A marker is the next footnote number expected, glued to a Chinese
// character or a closing mark before it and not followed by a unit or another digit; footnote
// numbers rise through a document, so the expectation rules out almost every other number.
// A footnote marked by a symbol ("*", "**") is found by its asterisks, glued to the word
// before them ("临时议程*项目 2", "秘书处的说明*"), in the order of those footnotes.
//
// Superscript markers ("决议¹") are sought where the footnotes are numbered in superscripts,
// or where no marker in ASCII was found for notes numbered in plain digits: reading every
// block for their lead bytes would cost the many documents that print none.
func takeMarkers(bs []block, notes []footnote) {
	sup := slices.ContainsFunc(notes, func(n footnote) bool { return n.sup })
	if !takeMarkersOf(bs, notes, sup) && !sup && slices.ContainsFunc(notes, func(n footnote) bool { return n.mark == "" }) {
		takeMarkersOf(bs, notes, true)
	}
}

// takeMarkersOf is takeMarkers, seeking superscript markers where sup says; it reports
// whether it found a marker (where it found none, it left the blocks as they were).
func takeMarkersOf(bs []block, notes []footnote, sup bool) (took bool) {
	numbered, marked := notes, []footnote(nil)
	if slices.ContainsFunc(notes, func(n footnote) bool { return n.mark != "" }) {
		numbered = nil // rare: only then are the notes copied apart
		for _, n := range notes {
			if n.mark != "" {
				marked = append(marked, n)
			} else {
				numbered = append(numbered, n)
			}
		}
	}
	next, want := 0, "" // the numbered footnote expected next and its marker
	if len(numbered) > 0 {
		want = itoa(numbered[0].num)
	}
	nextMark := 0 // the footnote marked by a symbol expected next
	// firsts are the digits that the markers expected begin with.
	firsts := markerFirsts(numbered, next)
	for bi := range bs {
		if next >= len(numbered) && nextMark >= len(marked) {
			return took
		}
		text := bs[bi].text
		var (
			kept    strings.Builder // the text without its markers, once one is found
			copied  int             // bytes of text written to kept
			removed int             // runes of the markers removed so far
			supAt   = -2            // the next superscript digit at or after i; -2 unread, -1 none
		)
		for i := 0; i < len(text) && (next < len(numbered) || nextMark < len(marked)); {
			// Markers are ASCII digits or asterisks; another digit (٣) is text.
			k := -1
			if next < len(numbered) {
				k = markerRunAt(text[i:], firsts)
			}
			if nextMark < len(marked) {
				if s := strings.IndexByte(text[i:], '*'); s >= 0 && (k < 0 || s < k) {
					k = s
				}
			}
			if sup && next < len(numbered) {
				if supAt == -2 || supAt >= 0 && supAt < i { // read once for each superscript
					if supAt = superscriptAt(text[i:]); supAt >= 0 {
						supAt += i
					}
				}
				if supAt >= 0 && (k < 0 || supAt-i < k) {
					k = supAt - i
				}
			}
			if k < 0 {
				break
			}
			i += k
			j := i
			num, found := 0, false // the footnote whose marker text[i:j] is
			if d, size := superscriptDigit(text[i:]); size > 0 {
				// A superscript number is a marker wherever it is glued to the text: no
				// quantity, date or article is printed so. Its footnote may be numbered in
				// superscripts or in plain digits.
				var buf [3]byte
				n := 0
				for size > 0 && n < len(buf) {
					buf[n], n, j = d, n+1, j+size
					d, size = superscriptDigit(text[j:])
				}
				if k := expectedNote(numbered, next, want, string(buf[:n])); k >= 0 && size == 0 && i > 0 && !isRESpace(text[i-1]) && !afterSuperscript(text[:i]) {
					num, found = numbered[k].num, true
					if next = k + 1; next < len(numbered) {
						want = itoa(numbered[next].num)
					}
					firsts = markerFirsts(numbered, next)
				}
			} else if text[i] == '*' {
				for j < len(text) && text[j] == '*' {
					j++
				}
				if k := expectedMark(marked, nextMark, text[i:j]); k >= 0 && starContext(text, i) {
					num, found, nextMark = marked[k].num, true, k+1
				}
			} else {
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					j++
				}
				if k := expectedNote(numbered, next, want, text[i:j]); k >= 0 && markerContext(text, i, j) {
					num, found = numbered[k].num, true
					if next = k + 1; next < len(numbered) {
						want = itoa(numbered[next].num)
					}
					firsts = markerFirsts(numbered, next)
				}
			}
			if found {
				bs[bi].notes = append(bs[bi].notes, noteRef{num: num, at: runeLen(text[:i]) - removed})
				kept.WriteString(text[copied:i])
				copied, removed = j, removed+runeLen(text[i:j])
			}
			i = j
		}
		if copied > 0 { // a marker was found: no marker begins a block
			kept.WriteString(text[copied:])
			bs[bi].text = kept.String()
			took = true
		}
	}
	return took
}

// afterSuperscript reports whether s ends with a superscript digit: a run of four or more
// is no marker, nor is its tail.
func afterSuperscript(s string) bool {
	_, two := superscriptDigit(s[max(len(s)-2, 0):])
	_, three := superscriptDigit(s[max(len(s)-3, 0):])
	return two == 2 || three == 3
}

// superscriptAt returns where in s the first superscript digit stands, or -1. Their lead
// bytes are sought by index, as "\xe2\x81" (a rune of U+2040–U+207F) and 0xc2 (of
// U+0080–U+00BF) are rare in Chinese text, where "\xe2\x80" begins its quotation marks.
func superscriptAt(s string) int {
	at := -1
	for i := 0; i < len(s); {
		p := strings.IndexByte(s[i:], 0xc2)
		if p < 0 {
			break
		}
		if _, size := superscriptDigit(s[i+p:]); size > 0 {
			at = i + p
			break
		}
		i += p + 1
	}
	for i := 0; i < len(s) && (at < 0 || i < at); {
		p := index(s[i:], "\xe2\x81")
		if p < 0 || at >= 0 && i+p > at {
			break
		}
		if _, size := superscriptDigit(s[i+p:]); size > 0 {
			return i + p
		}
		i += p + 1
	}
	return at
}

// markerFirsts returns the digits that the markers expectedNote accepts begin with: those of
// the footnote expected next and of the two after it; 0 where there is none.
func markerFirsts(numbered []footnote, next int) (firsts [3]byte) {
	for k := next; k < len(numbered) && k <= next+2; k++ {
		if label := itoa(numbered[k].num); label != "" {
			firsts[k-next] = label[0]
		}
	}
	return firsts
}

// markerRunAt returns where in s the first run of ASCII digits begins that begins with one
// of firsts (0 for none), or -1. A run that begins with another digit is none of the
// markers expected, and takeMarkers would pass it by: the search spares reading each. A
// digit that stands inside a run begins none.
func markerRunAt(s string, firsts [3]byte) int {
	for i := 0; ; {
		at := -1
		for k, c := range firsts {
			if c == 0 || slices.Contains(firsts[:k], c) {
				continue
			}
			if p := strings.IndexByte(s[i:], c); p >= 0 && (at < 0 || i+p < at) {
				at = i + p
			}
		}
		if at <= 0 || s[at-1] < '0' || s[at-1] > '9' {
			return at
		}
		for i = at; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ { // past the run
		}
	}
}

// expectedMark returns the index of the footnote marked by stars: the one expected next,
// or one of the two after it, as expectedNote does; -1 for none.
func expectedMark(marked []footnote, next int, stars string) int {
	for k := next; k < len(marked) && k <= next+2; k++ {
		if marked[k].mark == stars {
			return k
		}
	}
	return -1
}

// starContext reports whether the asterisks at text[i:] stand where a footnote's marker
// does: glued to the word before them, which ends in a Chinese character, a closing mark,
// a letter or a digit ("E/CN.15/2013/1*", reissued for a reason its footnote gives). At the
// start of a block they are a list's bullet or a footnote that lost its separator.
func starContext(text string, i int) bool {
	if i == 0 {
		return false
	}
	prev, _ := decodeLastRune(text[:i])
	return unicode.Is(unicode.Han, prev) || strings.ContainsRune("》”）)；，。、：", prev) || prev < utf8.RuneSelf && isAlnum(byte(prev))
}

// markerContext reports whether the digits text[i:j] stand where a footnote marker does.
func markerContext(text string, i, j int) bool {
	if i == 0 {
		return false
	}
	prev, _ := decodeLastRune(text[:i])
	if prev == '第' || !(unicode.Is(unicode.Han, prev) || strings.ContainsRune("》”）)；，。、：", prev)) {
		return false
	}
	if next, _ := decodeRune(text[j:]); j < len(text) && (strings.ContainsRune(unitAfterNumber, next) || unicode.IsDigit(next) || isLatin(next)) {
		return false
	}
	return true
}

// itoa is strconv.Itoa for n ≥ 0, and "" for n < 0.
func itoa(n int) string {
	if n < 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// Paragraph kinds.
const (
	paraPreambular = "preambular"
	paraOperative  = "operative"
	paraAnnex      = "annex"
	paraNarrative  = "narrative"
)

// paragraph is a paragraph of an act or of the report's narrative, in the cleaned text.
type paragraph struct {
	key    string // local key, unique in its act or document: "pp3", "op1", "op1(a)", "annex(a)", "n13"
	kind   string
	number string // as printed: "7", "(a)", "㈠"; "" for preambular paragraphs
	text   string
	line   int
	offset int // rune offset of text in the cleaned text
	end    int // rune offset just past text, which segment counts anyway
	notes  []noteRef
	// chapter counts the chapter headings before the paragraph: in a report, a chapter is
	// an agenda item's account.
	chapter int
	// section is the heading of the chapter and of the section the paragraph stands in, as
	// printed ("二. 组织事项 › A. 会议开幕"), so a reader can place a fact in the report.
	section string
	words   paragraphWords // the keywords of text, which build reads (mayHold)
}

// actText is an act adopted in the document, with its paragraphs.
type actText struct {
	key        kg.ActKey
	date       string // of adoption, where the act's own text closes with it
	meeting    string
	plenary    bool // its meeting is a plenary one (全体会议), as closings name it
	line       int
	title      string
	annexTitle string
	paras      []paragraph
	// note is how it was adopted, as a bracketed closing line says: "[未经表决获得通过。]".
	note string
	// sessStart, sessEnd and sessPlace are the days and place of the session that a line
	// under the heading names ("…缔约国会议第十届会议 / 2023年12月11日至15日，亚特兰大").
	sessStart, sessEnd, sessPlace string
	// voice is the body a draft quoted in the act speaks for ("建议大会通过下列决议草案：" /
	// "“大会，"), whose paragraphs are keyed "draft-pp1", "draft-op1".
	voice kg.Body
}

// document is a segmented source document.
type document struct {
	acts      []actText
	narrative []paragraph
	notes     map[int]footnote
	noteAt    map[int]int // footnote number → rune offset of its text in the cleaned text
	symbol    string      // the document's own symbol, from its running heads
	aliases   []string    // the other symbols its title page gives it (a joint report's)
	body      kg.Body     // the body whose document it is: the default of its references
	session   int         // the session its title page names ("第二十一届会议报告"), or 0
	item      string      // the agenda item its title page names ("议程项目 103"), or ""
	moreItems []string    // the items it names after that one ("议程项目 13 和 117")
	itemTitle string      // the title the title page gives that item, or ""
	// corrigendum is true for a corrigendum (isCorrigendum), whose act headings locate
	// what it corrects.
	corrigendum bool
	// draft is true for a draft its sponsors submit ("阿根廷和挪威：决议草案"), whose text
	// is its narrative, keyed as an act's (pp1, op1(a)), and no report; draftVoice is the
	// body that text speaks for, from its opening line ("麻醉药品委员会，"); draftTitle is
	// the title printed between the sponsors' line and that opening.
	draft      bool
	draftVoice kg.Body
	draftTitle string
	// blocks and footnotes make up the cleaned text, which offsets count in. Only tests
	// read it whole: text writes it on demand.
	blocks    []block
	footnotes []footnote
}

// text returns the cleaned text: every block, then every footnote, one a line.
func (d document) text() string {
	var b strings.Builder
	for _, bl := range d.blocks {
		b.WriteString(bl.text)
		b.WriteByte('\n')
	}
	for _, n := range d.footnotes {
		b.WriteString(n.label() + " " + n.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// segment groups blocks into acts and the narrative around them. An act starts at its
// heading ("第 6/1 号决议") and runs to the next act, section or chapter heading; its title
// is the margin text right after the heading; a preamble's opening line ("…缔约方会议，")
// names the adopting body.
//
// In a corrigendum an act's heading is no act's: it locates what is corrected ("第 10/4
// 号决议" / "序言部分第 2 段" / the correction), and it opens a narrative paragraph that the
// lines locating the correction and the correction itself make up, which names the act
// corrected, not adopted.
func segment(bs []block, notes []footnote, docBody kg.Body, corrigendum bool) document {
	d := document{notes: make(map[int]footnote, len(notes)), noteAt: make(map[int]int, len(notes)), body: docBody, blocks: bs, footnotes: notes, corrigendum: corrigendum}
	var (
		chapter    int    // chapter headings so far
		heading    string // the current chapter's heading
		section    string // the current chapter's and section's headings
		offset     int
		act        *actText
		inTitle    bool
		inAnnex    bool
		article    string // the article of an annexed instrument the text stands in: "32"
		pp         int    // preambular paragraphs so far; -1 right after the preamble's opening line
		list       listPath
		lastNarr   int  // number of the last numbered narrative paragraph
		unnumbered int  // unnumbered narrative paragraphs so far
		inDraft    bool // in the text of a draft the report recommends ("决议草案一")
		locating   bool // a corrigendum's locator is open: the lines up to the correction go on it
		keys       = map[string]int{}
		lists      listMemo
	)
	// Where the text stands beyond what the block above tracks: annexKey prefixes the keys
	// of the narrative's numbered paragraphs in an annex ("annex-n1", "annex2-n1"), as an
	// annex numbers them again from 1, which the body's keys hold already; annexSection is
	// the annex's heading and title ("附件 › 主席摘要"), titling that the lines under the
	// heading are its title. quoting is the body a draft the act recommends speaks for,
	// while its quoted text runs ("建议大会通过下列决议草案：" / "“大会，" … "…执行情况。”");
	// the act's own numbering, kept in ownPP and ownList, resumes after it. runs counts the
	// times the numbering of the body or of the annex started again from 1 where no heading
	// said why: each run keys apart ("r2-n1", "annex-r2-n1").
	var (
		annexKey     = "n"
		runs         int
		annexSection string
		titling      bool
		quoting      kg.Body
		ownPP        int
		ownList      listPath
		// quotes counts the drafts quoted in the act so far, draftKey prefixes the keys of
		// the one being quoted, and quotedDecision is true where it is a draft decision.
		quotes         int
		draftKey       string
		quotedDecision bool
		// ownDraft is true in the text of a draft the document is ("阿根廷和挪威：决议草
		//案" / "…缔约国会议，" / clauses): its paragraphs are keyed as an act's (pp1, op1(a)),
		// speaking for the body its opening line names (quoting).
		ownDraft bool
		// ops counts the operative clauses of such a draft printed without numbers.
		ops int
	)
	// unique makes a paragraph key unique in its act: a list restarted without a new number
	// above it would otherwise repeat keys.
	unique := func(k string) string {
		keys[k]++
		if n := keys[k]; n > 1 {
			return k + "#" + itoa(n)
		}
		return k
	}
	// paras is where an act's paragraphs are gathered, for one act after another: each act
	// keeps a copy of its own, of its size, where growing a slice of its own for each left
	// several behind. The narrative is gathered so too, and copied at the end: both come from
	// a pool, where each parse grew its own.
	room := segmentRooms.Get().(*segmentRoom)
	defer room.release()
	paras := room.paras[:0]
	d.narrative = room.narrative[:0]
	closeAct := func() {
		if act != nil {
			datedBelow(act)
			decisiveSentences(act.paras)
			paras = act.paras[:0]
			act.paras = slices.Clone(act.paras)
			d.acts = append(d.acts, *act)
			act = nil
		}
	}
	for bi, bl := range bs {
		start := offset
		offset += countRunes(bl.text) + 1
		end := offset - 1
		t := bl.text
		switch number, kind, title, ok := actHeading(t); {
		case isDraftHead(t) && (act != nil || !ownDraft || quoting != ""):
			// "决议草案一": a draft a report recommends to another body. Its numbered
			// paragraphs are not the narrative's; its text is kept, unnumbered, so that what it
			// says is not lost. Under a draft's own sponsors ("提交国：…" / "决议草案"), before
			// its opening line, it is the draft's kind, read below.
			closeAct()
			inDraft = true
			continue
		case ok && corrigendum:
			closeAct()
			inDraft, locating = false, true
			unnumbered++
			d.narrative = append(d.narrative, paragraph{key: "u" + itoa(unnumbered), kind: paraNarrative, text: t, line: bl.line, offset: start, end: end, notes: bl.notes, chapter: chapter, section: section})
			continue
		case ok:
			closeAct()
			inDraft = false
			act = &actText{key: kg.ActKey{Body: headingBody(t, number, docBody), Kind: kind, Number: normNumber(number)}, line: bl.line, title: title, paras: paras[:0]}
			if cut, date, n := datedTitleTail(title); cut > 0 {
				// "78/229. 加强… / 2023年12月19日大会决议 / [根据第三委员会的报告（A/78/461）
				// 通过]", joined on the heading's block: the day and the bracket are no title.
				tail := title[cut:]
				act.title, act.date = title[:cut], date
				if b := len(tail) - n; n > 0 {
					at := start + runeLen(t) - runeLen(tail[b:])
					unnumbered++
					d.narrative = append(d.narrative, paragraph{key: "u" + itoa(unnumbered), kind: paraNarrative, text: tail[b:], line: bl.line, offset: at, end: end, chapter: chapter, section: section})
				}
			}
			inTitle, inAnnex, pp, list, article, quoting, quotes = true, false, 0, listPath{}, "", "", 0
			clear(keys) // one map for every act's keys: each act's start empties it
			continue
		case isPartHead(t):
			closeAct() // "决定": the acts of the compilation's next part follow
			inDraft = false
			continue
		case isChapterHead(t) || isSectionHead(t):
			titling = false
			if isChapterHead(t) {
				chapter++
				heading = headingText(t)
				if annexSection != "" {
					heading = annexSection + " › " + heading
				}
				section = heading
			} else if heading != "" {
				section = heading + " › " + headingText(t)
			} else {
				section = headingText(t)
			}
			closeAct()
			inDraft, ownDraft = false, false
			continue
		}
		if act == nil && !inDraft && !corrigendum && (strings.HasSuffix(t, "草案") || strings.HasPrefix(t, "提")) && sponsorsDraft(t) != nil {
			// "阿根廷、秘鲁和泰国：订正决议草案": the document is a draft its sponsors submit.
			// The line stays a paragraph, which the sponsors are read from.
			ownDraft, quoting, pp, list, ops = true, "", 0, listPath{}, 0
			d.draft = true
			clear(keys)
			unnumbered++
			d.narrative = append(d.narrative, paragraph{key: "u" + itoa(unnumbered), kind: paraNarrative, text: t, line: bl.line, offset: start, end: end, notes: bl.notes, chapter: chapter, section: section})
			continue
		}
		if act == nil && ownDraft && quoting == "" {
			if body, ok := preambleOpening(t); ok {
				quoting = body // "麻醉药品委员会，": the draft's clauses follow
				continue
			}
			if !isProse(t) && !isAnnexHead(t) {
				// The kind of draft on a line of its own ("提交国：…" / "决议草案"), then its
				// title, indented or not as the page centres it: neither is the sponsors'
				// line nor a clause. The title is the draft's, as an act's is the act's.
				if !strings.HasSuffix(t, "草案") && !strings.HasPrefix(t, "提") && listNumber(t) == "" {
					d.draftTitle = joinLines(d.draftTitle, strings.Trim(t, "*＊ "))
				}
				continue
			}
		}
		if act == nil && ownDraft && quoting != "" && !isAnnexHead(t) {
			d.draftVoice = quoting
			p := paragraph{text: t, line: bl.line, offset: start, end: end, notes: bl.notes, chapter: chapter, section: section}
			if num := listNumber(t); num != "" {
				list.push(num)
				p.kind, p.number, p.key = paraOperative, num, list.key(false)
			} else if ops > 0 || opensWithMandateVerb(strings.TrimLeft(t, "又还并")) {
				// A draft printed without numbers: its clauses from the first that asks
				// ("请…", "决定…") on are operative, keyed in order.
				ops++
				p.kind, p.key = paraOperative, "op"+itoa(ops)
			} else {
				pp++
				p.kind, p.key = paraPreambular, "pp"+itoa(pp)
			}
			p.key = unique(p.key)
			d.narrative = append(d.narrative, p)
			continue
		}
		if act == nil && !inDraft && !corrigendum && isAnnexHead(t) {
			// "附件一" in a report: what follows is the annex's, numbered from 1 again.
			ownDraft = false
			annexKey, annexSection, titling = narrativeAnnexKey(t), headingText(t), true
			heading, section, lastNarr, runs = annexSection, annexSection, 0, 0
			continue
		}
		if titling && act == nil && !inDraft {
			// The annex's title ("主席摘要"), up to its first sentence or numbered paragraph.
			if !isProse(t) && listNumber(t) == "" && !hasSymbol(t) && len(bl.notes) == 0 {
				if section == annexSection {
					section += " › " + headingText(t)
				} else {
					section += headingText(t)
				}
				heading = section
				continue
			}
			titling = false
		}
		if act == nil && !inDraft && !corrigendum && lastNarr > 1 && bi+1 < len(bs) && headsRun(t, bl, bs[bi+1].text) {
			// "主席摘要" over paragraphs numbered from 1 again, where no "附件" heading stands
			// above it: a text bound in after the report's or the annex's (a chair's summary,
			// a panel's), titled by the line. Its paragraphs are keyed as a run, indented or
			// not; the line is their section, not a line of the paragraph before.
			section = headingText(t)
			if annexSection != "" {
				section = annexSection + " › " + section
			}
			heading = section
			runs++
			annexKey, lastNarr = runKey(annexKey, runs+1), 0
			continue
		}
		if act == nil && inDraft {
			// Its title and clauses, each a paragraph: nothing a draft says is lost.
			unnumbered++
			d.narrative = append(d.narrative, paragraph{key: "u" + itoa(unnumbered), kind: paraNarrative, text: t, line: bl.line, offset: start, end: end, notes: bl.notes, chapter: chapter, section: section})
			continue
		}
		if act == nil {
			// The narrative is numbered through the whole report; a number that does not rise
			// is a sub-heading ("1. 审议情况"), not a paragraph.
			// An indented number is an item of a list inside a paragraph, unless it is the
			// next paragraph's: after a page break the text resumes indented.
			// goesOn appends the block to the narrative paragraph it directly follows, as a
			// line of it, and reports whether it did.
			goesOn := func() bool {
				n := len(d.narrative)
				if n == 0 {
					return false
				}
				p := &d.narrative[n-1]
				shift := p.end - p.offset + 1
				if p.offset+shift != start {
					return false
				}
				for _, r := range bl.notes {
					p.notes = append(p.notes, noteRef{num: r.num, at: r.at + shift})
				}
				p.text += "\n" + t
				p.end = end
				return true
			}
			// inList is asked only where it decides, which few blocks reach: it reads back
			// through the paragraph's text. Nothing changes the narrative before it is asked.
			inList := func() bool {
				return len(d.narrative) > 0 && lists.goesOn(d.narrative[len(d.narrative)-1].text)
			}
			if locating {
				// The locator goes on with the lines that locate the correction further
				// ("执行部分第 3 段") up to the correction, a sentence, which closes it.
				if locating = !isProse(t) && listNumber(t) == ""; listNumber(t) == "" && goesOn() {
					continue
				}
				locating = false
			}
			if corrigendum && !bl.indented && paraLocatorRE.MatchString(t) {
				// "第 29 段": a locator of the corrected document's paragraph, with the
				// correction on its line or below it. Indented, it is a line of the
				// correction above ("第 3 段应改为：").
				unnumbered++
				d.narrative = append(d.narrative, paragraph{key: "u" + itoa(unnumbered), kind: paraNarrative, text: t, line: bl.line, offset: start, end: end, notes: bl.notes, chapter: chapter, section: section})
				locating = !isProse(t)
				continue
			}
			// The number as numberedRE.FindStringSubmatch gives it, without its slice.
			if matched, from, to := numberedRE.match(t); matched >= 0 && (!bl.indented || atoi(t[from:to]) == lastNarr+1 && (lastNarr > 0 || isProse(t) && !inList())) {
				number := t[from:to]
				if bl.indented && inList() && lists.next(d.narrative[len(d.narrative)-1].text, atoi(number)) && goesOn() {
					continue // the next item of the list the paragraph holds, not the next paragraph
				}
				if n := atoi(number); n > lastNarr {
					lastNarr = n
					d.narrative = append(d.narrative, paragraph{key: annexKey + number, kind: paraNarrative, number: number, text: t, line: bl.line, offset: start, end: end, notes: bl.notes, chapter: chapter, section: section})
					continue
				}
				// A number that does not rise goes on a list the paragraph opened ("通过了下列
				// 议程：" / "1. 组织事项："), at the margin as well as indented; else it is a
				// sub-heading.
				if inList() && lists.next(d.narrative[len(d.narrative)-1].text, atoi(number)) {
					goesOn()
					continue
				}
				if n := atoi(number); isProse(t) && (n == 1 || 2*n <= lastNarr) {
					// A sentence numbered far below the last (from 1 again, or where a text
					// bound in goes on) where no annex heading said so: a new run of
					// numbers, keyed apart, so that its paragraphs neither take the keys of
					// the run before nor go on each other as the items of a list. A number
					// just below the last is printed twice, kept below with a key of its own.
					runs++
					annexKey = runKey(annexKey, runs+1)
					lastNarr = n
					d.narrative = append(d.narrative, paragraph{key: annexKey + number, kind: paraNarrative, number: number, text: t, line: bl.line, offset: start, end: end, notes: bl.notes, chapter: chapter, section: section})
					continue
				}
				if isProse(t) || hasSymbol(t) {
					// A sentence is no sub-heading: its number repeats one the text gave
					// before (a number printed twice), and its key cannot be that number's.
					// It is kept, not dropped, as a heading that names a document is (an
					// annotation's at the margin, run on into "文件" and what it lists).
					unnumbered++
					d.narrative = append(d.narrative, paragraph{key: "u" + itoa(unnumbered), kind: paraNarrative, number: number, text: t, line: bl.line, offset: start, end: end, notes: bl.notes, chapter: chapter, section: section})
				}
				continue
			}
			// Indented lists inside a narrative paragraph (documents before an item, the
			// bureau), and prose that no number opens, belong to it when they follow it
			// directly: the text goes on there after a page break.
			if bl.indented || isProse(t) || opensWithRole(t) && bureauRoleMatch(t) != nil || inList() && listNumberText(t) != "" {
				if goesOn() {
					continue
				}
			}
			// Prose that no number opens (a note, an excerpt, a report's unnumbered text)
			// is a paragraph of its own, so that nothing it says is lost; a heading is not,
			// unless it carries a footnote ("秘书处的说明*"), which would be lost with it. A
			// table's caption is kept, and its header and rows, set in below it, go on it.
			if isProse(t) || hasSymbol(t) || len(bl.notes) > 0 || isTableCaption(t) {
				unnumbered++
				d.narrative = append(d.narrative, paragraph{key: "u" + itoa(unnumbered), kind: paraNarrative, text: t, line: bl.line, offset: start, end: end, notes: bl.notes, chapter: chapter, section: section})
			}
			continue
		}
		if m := adoptedLineRE.FindStringSubmatch(t); m != nil && inTitle && act.title == "" {
			// "2014 年 12 月 19 日安全理事会第 7351 次会议通过": the Council's resolutions are
			// headed by when they were adopted, not by a title.
			act.date, act.meeting = isoDate(m[1], m[2], m[3]), m[4]
			act.plenary = act.plenary || contains(m[0], "全体会议")
			continue
		}
		if inTitle && !inAnnex && act.title == "" && act.date == "" && t != "" && t[0] >= '0' && t[0] <= '9' && contains(t, "日") {
			// "第 78/229 号决议" / "2023 年 12 月 19 日大会决议": the day the act was adopted,
			// under its heading as the Assembly publishes a resolution alone; no title. The
			// lines below may have joined it on its block.
			if m := actDateLineRE.FindStringSubmatchIndex(t); m != nil {
				act.date = isoDate(t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]])
				start += runeLen(t[:m[1]])
				if t = t[m[1]:]; t == "" {
					continue
				}
			}
		}
		if inTitle && !inAnnex && act.title == "" && contains(t, "届会议") && contains(t, "至") {
			// "第 10/2 号决议" / "《联合国反腐败公约》缔约国会议第十届会议 / 2023年12月11日至15日，
			// 亚特兰大": the session the act was adopted at, its days and place, as the
			// Conference publishes its resolutions; no title.
			if m := actSessionLineRE.FindStringSubmatch(t); m != nil {
				if n, ok := kg.Session(act.key.Number); ok && int64(chineseNumber(m[1])) == n {
					month := cmp.Or(m[5], m[3])
					act.sessStart, act.sessEnd, act.sessPlace = isoDate(m[2], m[3], m[4]), isoDate(m[2], month, m[6]), m[7]
					continue
				}
			}
		}
		if inTitle && !inAnnex && act.title == "" && (strings.HasPrefix(t, "[") || strings.HasPrefix(t, "［")) {
			// "[根据第三委员会的报告（A/78/461）通过]" under the heading: how the act came to
			// the plenary, which cites the committee's report (or the draft, without a Main
			// Committee) as the line does above the heading; never the title.
			if n := adoptedOnLineEnd(t); n > 0 {
				unnumbered++
				d.narrative = append(d.narrative, paragraph{key: "u" + itoa(unnumbered), kind: paraNarrative, text: t[:n], line: bl.line, offset: start, end: start + runeLen(t[:n]), chapter: chapter, section: section})
				start += runeLen(t[:n])
				if t = strings.TrimLeftFunc(t[n:], unicode.IsSpace); t == "" {
					continue
				}
			}
		}
		if m := articleHeadRE.FindStringSubmatch(t); m != nil && inAnnex {
			// "第 32 条 公约缔约方会议": an article of the instrument an act annexes, whose
			// paragraphs its number keys ("annex-art32-1"); its title is no paragraph.
			article, inTitle, list, pp = itoa(articleNumber(m[1])), false, listPath{}, 0
			continue
		}
		switch {
		case inTitle && inAnnex && bl.indented && act.annexTitle == "" && contains(t, "议程") && !isProse(t) && listNumber(t) == "":
			// An annexed agenda's heading may be indented as a paragraph ("附件" / "　缔约国会议第
			// 十一届会议临时议程"): it names the agenda all the same, and the items follow.
			act.annexTitle, inTitle = t, false
			continue
		case inTitle && !bl.indented && inAnnex:
			act.annexTitle = joinLines(act.annexTitle, t)
			continue
		case inTitle && !bl.indented:
			act.title = joinLines(act.title, t)
			continue
		case inTitle && !inAnnex && act.title == "" && indexAny(t, "，；：,。") < 0 && listNumber(t) == "" && runeLen(t) <= 80:
			// "第 68/4 号决议" / " 将性别观点纳入药物相关政策" / " 麻醉药品委员会，": the title
			// centred under the heading, indented as the page sets it; no clause is without
			// its comma or full stop.
			act.title = t
			continue
		case isAnnexHead(t):
			inAnnex, inTitle, list, pp, article = true, true, listPath{}, 0, ""
			continue
		case !inAnnex && agendaBelow(act.paras, t):
			// "(b) 核准下文所载的…临时议程。" / "…临时议程": the agenda's items that follow are
			// the annexed text's, not the act's operative paragraphs.
			inAnnex, inTitle, list, pp, article = true, false, listPath{}, 0, ""
			act.annexTitle = headingText(t)
			continue
		}
		inTitle = false
		// The General Assembly and the Council close an act with the date and meeting of its
		// adoption ("2011 年 12 月 19 日 / 第 89 次全体会议"): a block of their own, or the
		// last lines of the last paragraph's.
		if i := adoptionNoteAt(t); i >= 0 {
			// "[未经表决获得通过。]" under the closing date and meeting: how the act was
			// adopted, no paragraph.
			act.note = t[i:]
			if t = strings.TrimRightFunc(t[:i], unicode.IsSpace); t == "" {
				continue
			}
			end = start + runeLen(t)
		}
		if act.meeting != "" {
			if date, ok := bareAdoptionNote(t); ok {
				// "第 52 次全体会议" / "2024 年 12 月 17 日" / "以 120 票赞成、10 票反对、45 票弃权
				// 获得通过": the Assembly prints the note without brackets too; the day above it
				// joined its block.
				act.note = t
				if date != "" && act.date == "" {
					act.date = date
				}
				continue
			}
		}
		cut := -1 // where a closing the block ends with begins
		if m := closingIndex(t); m != nil {
			act.plenary = true // closingRE names 全体会议
			if m[2] >= 0 {
				act.date = isoDate(t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]])
			} else if k := len(act.paras) - 1; k >= 0 && m[0] == 0 {
				// The day on a block of its own before the meeting (both set off to the
				// right, and so indented): it is no paragraph.
				if d := closingDateRE.FindStringSubmatch(act.paras[k].text); d != nil && act.paras[k].key == "pp"+itoa(pp) {
					act.date = isoDate(d[1], d[2], d[3])
					keys[act.paras[k].key]--
					act.paras, pp = act.paras[:k], pp-1
				}
			}
			act.meeting, cut = t[m[8]:m[9]], m[0]
		} else if m := closingDateRE.FindStringSubmatch(t); m != nil && act.meeting != "" && act.date == "" {
			act.date = isoDate(m[1], m[2], m[3]) // "第 62 次全体会议", then its day on a block of its own
			continue
		} else if m != nil && act.date == "" && act.meeting == "" && bareMeetingLast(act.paras, pp) != "" {
			// "第 52 次会议" / "2025 年 4 月 3 日", each set off to the right on a block of its
			// own (the Human Rights Council's, a commission's in English layout): the meeting
			// alone may end any paragraph, so only the day under it makes it the closing.
			k := len(act.paras) - 1
			act.meeting, act.date = bareMeetingLast(act.paras, pp), isoDate(m[1], m[2], m[3])
			keys[act.paras[k].key]--
			act.paras, pp = act.paras[:k], pp-1
			continue
		} else if m := closingMeetingFirstIndex(t); m != nil {
			// The Human Rights Council closes with its meeting, no plenary: "第 40 次会议 /
			// 2024 年 7 月 10 日".
			act.meeting, act.date, act.plenary = t[m[2]:m[3]], isoDate(t[m[4]:m[5]], t[m[6]:m[7]], t[m[8]:m[9]]), contains(t[m[0]:m[1]], "全体会议")
			cut = m[0]
		} else if m := closingNonPlenaryIndex(t); m != nil {
			// The functional commissions (CND, CCPCJ) close with the day, then a meeting that
			// is no plenary: "2024 年 3 月 22 日 / 第 7 次会议". Without the day (its own block
			// above, or in the block) a line "第 7 次会议" may be any paragraph's end.
			if m[2] >= 0 {
				act.meeting, act.date, cut = t[m[8]:m[9]], isoDate(t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]]), m[0]
			} else if k := len(act.paras) - 1; k >= 0 && m[0] == 0 && act.meeting == "" {
				if d := closingDateRE.FindStringSubmatch(act.paras[k].text); d != nil {
					act.date, act.meeting = isoDate(d[1], d[2], d[3]), t[m[8]:m[9]]
					if key := act.paras[k].key; key == "pp"+itoa(pp) {
						pp--
					}
					keys[act.paras[k].key]--
					act.paras = act.paras[:k]
					continue
				}
			}
		}
		if cut >= 0 {
			if t = strings.TrimRightFunc(t[:cut], unicode.IsSpace); t == "" {
				continue
			}
			end = start + runeLen(t)
		}
		p := paragraph{text: t, line: bl.line, offset: start, end: end, notes: bl.notes}
		if quoting == "" && !inAnnex && strings.HasPrefix(t, "“") && len(act.paras) > 0 && leadsDraft(act.paras[len(act.paras)-1].text) {
			// The quoted text of a draft the act recommends to another body: its paragraphs
			// are the draft's (keys "draft-pp1", "draft-op1"), numbered apart from the act's.
			lead := act.paras[len(act.paras)-1].text
			quoting, ownPP, ownList, pp, list = recommendedTo(lead), pp, list, 0, listPath{}
			// A second draft recommended ("又建议大会通过下述决定草案：") is keyed apart:
			// "draft2-op1". A draft decision's unnumbered text is what it decides.
			if quotes++; quotes > 1 {
				draftKey = "draft" + itoa(quotes) + "-"
			} else {
				draftKey = "draft-"
			}
			quotedDecision = contains(lead, "决定草案")
			if body, ok := opening(t); ok {
				quoting = body // "“大会，": the draft's opening line is no paragraph
				continue
			}
		}
		if quoting != "" {
			act.voice = quoting
			if num := listNumber(t); num != "" {
				list.push(num)
				p.kind, p.number, p.key = paraOperative, num, draftKey+list.key(false)
			} else if quotedDecision {
				p.kind, p.key = paraOperative, draftKey+"op"
			} else {
				pp++
				p.kind, p.key = paraPreambular, draftKey+"pp"+itoa(pp)
			}
			p.key = unique(p.key)
			act.paras = append(act.paras, p)
			if closesQuote(t) {
				quoting, pp, list = "", ownPP, ownList
			}
			continue
		}
		num := listNumber(t)
		var (
			openingBody kg.Body // the body an opening line names
			opening     bool    // t is the line that opens the preamble
		)
		if pp == 0 && num == "" && !inAnnex {
			openingBody, opening = preambleOpening(t)
		}
		switch {
		case opening:
			act.key.Body = openingBody
			// "在 2011 年 7 月 28 日第 44 次全体会议上，经济及社会理事会：" dates a decision.
			if m := openingMeetingRE.FindStringSubmatch(t); m != nil {
				act.date, act.meeting = isoDate(m[1], m[2], m[3]), m[4]
				act.plenary = act.plenary || contains(m[0], "全体会议") // G21: "第 36 次全体会议上"
			}
			pp = -1 // the opening line is not a paragraph; numbering starts after it
			continue
		case pp == 0 && num == "" && !inAnnex && openingMeetingRE.MatchString(t):
			// "在 2012 年 7 月 26 日第 44 次全体会议上，经济及社会理事会注意到…。": a decision
			// of one sentence, dated by its opening, which is what it decides.
			m := openingMeetingRE.FindStringSubmatch(t)
			act.date, act.meeting = isoDate(m[1], m[2], m[3]), m[4]
			act.plenary = act.plenary || contains(m[0], "全体会议")
			pp = -1
			p.kind, p.key = paraOperative, "op"
		case num != "":
			p.kind, p.number = paraOperative, num
			if inAnnex {
				p.kind = paraAnnex
			}
			list.push(num)
			p.key = list.key(inAnnex)
		case inAnnex:
			pp = max(pp, 0) + 1
			p.kind, p.key = paraAnnex, "annex-p"+itoa(pp)
		case pp != 0 && leadsDraft(t):
			// "建议大会通过下列决议草案：" unnumbered after the opening line or the preamble: what the act does,
			// not what it recalls.
			p.kind, p.key = paraOperative, "op"
		default:
			pp = max(pp, 0) + 1
			p.kind, p.key = paraPreambular, "pp"+itoa(pp)
		}
		if inAnnex && article != "" {
			p.key = "annex-art" + article + "-" + strings.TrimPrefix(strings.TrimPrefix(p.key, "annex-"), "annex")
		}
		p.key = unique(p.key)
		act.paras = append(act.paras, p)
	}
	closeAct()
	room.paras, room.narrative = paras, d.narrative // grown, maybe
	d.narrative = append([]paragraph(nil), d.narrative...)
	for _, n := range notes {
		d.notes[n.num] = n
		d.noteAt[n.num] = offset + len(n.label()) + 1 // its marker and a space, then the text
		offset = d.noteAt[n.num] + runeLen(n.text) + 1
	}
	return d
}

// segmentRoom is the room segment gathers paragraphs in: see segment.
type segmentRoom struct{ paras, narrative []paragraph }

var segmentRooms = sync.Pool{New: func() any { return new(segmentRoom) }}

// release empties r, which then holds nothing of the text, and puts it back.
func (r *segmentRoom) release() {
	if cap(r.paras) > maxPooled || cap(r.narrative) > maxPooled {
		return
	}
	clear(r.paras[:cap(r.paras)])
	clear(r.narrative[:cap(r.narrative)])
	segmentRooms.Put(r)
}

// agendaBelow reports whether t heads an agenda that an act's last paragraph, one of its
// clauses ("(b) 核准下文所载的委员会第三十一届会议临时议程和文件。"), says it sets out below:
// a line naming an agenda, no sentence and no item of a list. The agenda is that clause's
// annex. Where the act's one sentence sets it out ("缔约方会议核准…临时议程如下。"), the
// agenda is the act's own text, its items the act's numbered paragraphs.
func agendaBelow(paras []paragraph, t string) bool {
	if len(paras) == 0 || paras[len(paras)-1].number == "" || !contains(t, "议程") || isProse(t) || listNumber(t) != "" {
		return false
	}
	last := paras[len(paras)-1].text
	return contains(last, "议程") && (contains(last, "下文") || contains(last, "如下") || contains(last, "下列") || contains(last, "以下"))
}

// datedBelow takes an act's last paragraph for the day of its adoption where it is that
// day alone ("2014 年 10 月 10 日"): a decision printed on its own closes with it, set off
// below its text, and it is no paragraph of the act.
func datedBelow(act *actText) {
	k := len(act.paras) - 1
	if k < 0 || act.date != "" || act.paras[k].number != "" || len(act.paras[k].notes) > 0 {
		return
	}
	if m := closingDateRE.FindStringSubmatch(trimSpace(act.paras[k].text)); m != nil {
		act.date, act.paras = isoDate(m[1], m[2], m[3]), act.paras[:k]
	}
}

// decisiveVerbs are the verbs with which a body decides, as the first words of a sentence
// after its name: those of the mandates and the verbs that adopt or approve.
var decisiveVerbs = func() []string {
	vs := []string{"核准", "核可", "通过", "赞同", "授权", "表示"}
	for _, v := range mandateVerbs {
		vs = append(vs, v.verb)
	}
	return vs
}()

// decisiveSentences makes operative the sentences by which an act without numbered
// paragraphs decides: "缔约方会议决定其第八届会议将于…举行。", "缔约方会议决定请秘书处…。".
// Such a decision is a sentence or two, with no preamble or after one; a preambular
// paragraph ends with a comma (回顾…，), a decision's sentence with a full stop, and opens
// with the body's name or with the verb. Keys: "op" for one such sentence, as for the
// one-sentence decision a meeting opens; "op1", "op2", … for more; the preamble's keys
// are counted again after them.
func decisiveSentences(ps []paragraph) {
	for _, p := range ps {
		if p.number != "" || p.kind == paraOperative {
			return // the act numbers its operative paragraphs, or its sentence is found
		}
	}
	n := 0
	for i := range ps {
		if ps[i].kind == paraPreambular && decides(ps[i].text) {
			ps[i].kind = paraOperative
			n++
		}
	}
	if n == 0 {
		return
	}
	pp, op := 0, 0
	for i := range ps {
		switch ps[i].kind {
		case paraOperative:
			op++
			ps[i].key = "op"
			if n > 1 {
				ps[i].key += itoa(op)
			}
		case paraPreambular:
			pp++
			ps[i].key = "pp" + itoa(pp)
		}
	}
}

// decides reports whether t is a sentence by which a body decides: it ends with a full
// stop and opens, after the meeting it was taken at ("在同一次会议上，") and the body's name
// if it names them first, with a decisive verb (after a word such as 又 or 还 that may lead
// it).
func decides(t string) bool {
	t = trimSpace(t)
	if !strings.HasSuffix(t, "。") {
		return false
	}
	if opensAtSameMeeting(t) {
		// "在同一次会议上，经济及社会理事会注意到…。": the meeting, then the sentence.
		if _, rest, ok := strings.Cut(t, "，"); ok {
			t = rest
		}
	}
	if at := bodyNameEnd(t); at > 0 {
		t = strings.TrimPrefix(t[at:], "，")
	}
	for _, w := range clauseLead { // "又决定…", "还请…"
		if rest, ok := strings.CutPrefix(t, w); ok {
			t = rest
			break
		}
	}
	return hasAnyPrefix(t, decisiveVerbs)
}

// bodyNameEnd returns where the name of the body a sentence opens with ends ("《…公约》缔约方
// 会议决定…", "大会请…"), or 0 when it opens with none: the name must stand before the
// sentence's first comma, with nothing after it but the rest of the sentence.
func bodyNameEnd(t string) int {
	if !bodyNameStarts[leadRune(t)] {
		return 0 // most sentences open with a verb: one look at the first rune tells
	}
	head := t
	if i := indexAny(t, "，。："); i >= 0 {
		head = t[:i]
	}
	end := 0
	for _, bn := range bodyNames {
		if i := strings.Index(head, bn.name); i >= 0 && instrumentTitle(head[:i]) {
			end = max(end, i+len(bn.name))
		}
	}
	return end
}

// bodyNameStarts holds the runes a sentence that opens with a body's name can open with:
// the first of each name, and those of an instrument's title before it (《, or 联合国…公约).
var bodyNameStarts = func() map[rune]bool {
	starts := map[rune]bool{'《': true, '联': true}
	for _, bn := range bodyNames {
		starts[leadRune(bn.name)] = true
	}
	return starts
}()

// instrumentTitle reports whether t, which stands before a body's name, can be the title of
// the instrument the body is of ("《…公约》", "联合国打击跨国有组织犯罪公约"), or is empty: not
// a sentence's words before it ("请秘书长指定…作为《公约》缔约方会议的秘书处").
func instrumentTitle(t string) bool {
	switch {
	case t == "":
		return true
	case strings.HasPrefix(t, "《") && strings.HasSuffix(t, "》"):
		return strings.Count(t, "《") == 1
	case strings.HasSuffix(t, "公约"):
		return indexAny(t, "《》") < 0 && !hasAnyPrefix(t, decisiveVerbs) && !strings.Contains(t, "的")
	}
	return false
}

// adoptionNoteAt returns where the bracketed note on an act's adoption that t ends with
// begins ("[未经表决获得通过。]", "[以 23 票对 15 票、9 票弃权获得通过。]"), or -1.
func adoptionNoteAt(t string) int {
	if !strings.HasSuffix(t, "]") && !strings.HasSuffix(t, "］") {
		return -1
	}
	i := max(strings.LastIndex(t, "["), strings.LastIndex(t, "［"))
	if i < 0 || !contains(t[i:], "通过") || !contains(t[i:], "表决") && !contains(t[i:], "票") && !contains(t[i:], "协商一致") {
		return -1
	}
	return i
}

// bareAdoptionNote reports whether t, a block under an act's closing meeting, is an
// unbracketed note on its adoption ("以 120 票赞成、10 票反对、45 票弃权获得通过", "未经表决
// 获得通过。", "（记录表决）"), perhaps after the closing's day ("2024 年 12 月 17 日以…"),
// and returns that day. A clause ("…，并通过…") is no note.
func bareAdoptionNote(t string) (date string, ok bool) {
	s := strings.TrimRight(t, "。. ")
	if !strings.HasSuffix(s, "通过") && !strings.HasSuffix(s, "记录表决）") && !strings.HasSuffix(s, "记录表决)") {
		return "", false // the cheaper test first
	}
	if len(s) > 300 || indexAny(s, "，；") >= 0 {
		return "", false
	}
	if m := closingDatePrefixRE.FindStringSubmatchIndex(s); m != nil {
		date, s = isoDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]), s[m[1]:]
	}
	if !contains(s, "票") && !contains(s, "表决") && !contains(s, "协商一致") {
		return "", false
	}
	return date, true
}

// closingDatePrefixRE is the closing's day that a note on the adoption follows on its block.
var closingDatePrefixRE = mustAnchored(`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*`)

// closingIndex is closingRE.FindStringSubmatchIndex(t), sought only in a block that ends
// as a closing does: with 全体会议, then any white space. Reading back from the end of
// every paragraph of an act to where a closing could begin costs more than the test.
func closingIndex(t string) []int {
	if !strings.HasSuffix(trimRightSpaceRE(t), "全体会议") {
		return nil
	}
	return closingRE.FindStringSubmatchIndex(t)
}

// closingMeetingFirstIndex is closingMeetingFirstRE.FindStringSubmatchIndex(t), sought
// only in a block that ends as such a closing does: with 日, then any white space.
func closingMeetingFirstIndex(t string) []int {
	if !strings.HasSuffix(trimRightSpaceRE(t), "日") {
		return nil
	}
	return closingMeetingFirstRE.FindStringSubmatchIndex(t)
}

// closingNonPlenaryRE is a closing whose meeting is no plenary, the day first: the day is
// required on the block unless the block is the meeting alone (its day a block above).
var closingNonPlenaryRE = mustAnchored(`(?:(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*)?第\s*(\d{1,3})\s*次会议\s*$`)

// bareMeetingLast returns the meeting an act's last paragraph names where it is a block of
// its own that is a non-plenary meeting alone ("第 52 次会议"), the act's last preambular
// paragraph (pp the count of them); else "".
func bareMeetingLast(paras []paragraph, pp int) string {
	k := len(paras) - 1
	if k < 0 || paras[k].key != "pp"+itoa(pp) {
		return ""
	}
	m := closingNonPlenaryIndex(paras[k].text)
	if m == nil || m[0] != 0 || m[2] >= 0 {
		return ""
	}
	return paras[k].text[m[8]:m[9]]
}

// closingNonPlenaryIndex is closingNonPlenaryRE.FindStringSubmatchIndex(t), sought only in
// a block that ends with 次会议 (then white space); a match is kept only where it is the
// whole block or its day opens a line of it, so that a sentence's "…第 7 次会议" stays.
func closingNonPlenaryIndex(t string) []int {
	if !strings.HasSuffix(trimRightSpaceRE(t), "次会议") {
		return nil
	}
	m := closingNonPlenaryRE.FindStringSubmatchIndex(t)
	if m == nil || m[0] == 0 {
		return m
	}
	if m[2] < 0 || !strings.HasSuffix(t[:m[0]], "\n") {
		return nil
	}
	return m
}

// actDateLineRE is the line under a resolution's heading that dates it, the body's name
// after the day: "2023 年 12 月 19 日大会决议", "2024 年 7 月 24 日经济及社会理事会决定".
var actDateLineRE = mustAnchored(`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\p{Han}{1,12}?(?:决议|决定)\s*`)

// actSessionLineRE is a session named under an act's heading with its days and place. A
// city's name is short; a longer tail is the title, joined on the block, which the place
// cannot be told from: the line is then left to the title, as before.
var actSessionLineRE = mustAnchored(`^\S{0,40}?第([一二三四五六七八九十]{1,3})届会议\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*至\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*[，,]\s*(\p{Han}{2,7})$`)

// datedTitleTail finds in a heading's title the day line (actDateLineRE) that ends it, alone
// or with the bracket of its adoption after it (adoptedOnLineEnd): where it begins, the day,
// and the bracket's length (0 where none). A title that goes on after "…日大会决议" names
// an act by its day ("关于2019年12月18日大会决议的后续行动") and is left alone.
func datedTitleTail(title string) (cut int, date string, bracket int) {
	if !contains(title, "年") || !contains(title, "决") {
		return -1, "", 0
	}
	for from := 0; ; {
		i := index(title[from:], "年")
		if i < 0 {
			return -1, "", 0
		}
		y := from + i
		from = y + len("年")
		c := spaceBefore(title, y)
		if c < 4 || !allDigits(title[c-4:c]) {
			continue
		}
		c -= 4
		m := actDateLineRE.FindStringSubmatchIndex(title[c:])
		if m == nil || c == 0 {
			continue
		}
		rest := title[c+m[1]:]
		n := 0
		if rest != "" {
			if n = adoptedOnLineEnd(rest); n != len(strings.TrimRightFunc(rest, unicode.IsSpace)) {
				continue
			}
			n = len(rest)
		}
		return spaceBefore(title, c), isoDate(title[c+m[2]:c+m[3]], title[c+m[4]:c+m[5]], title[c+m[6]:c+m[7]]), n
	}
}

// adoptedOnLineEnd returns the byte length of the bracket t opens with that says on what
// an act was adopted ("[根据第三委员会的报告（A/78/461）通过]", "［未经发交主要委员会而通过
// （A/78/L.47）］"), or -1.
func adoptedOnLineEnd(t string) int {
	i := indexAny(t, "]］")
	if i <= 0 || i > 300 || !contains(t[:i], "通过") {
		return -1
	}
	if t[i] == ']' {
		return i + 1
	}
	return i + len("］")
}

// trimRightSpaceRE returns t without the white space (\s) it ends with.
func trimRightSpaceRE(t string) string {
	return t[:spaceBefore(t, len(t))]
}

// countRunes is runeLen for the long texts of blocks: it counts the continuation bytes of
// 32 bytes at a time, their flags (the top bit of each byte, as runeLen finds them) from
// four words gathered into one, each shifted to bits of its own, for one count.
func countRunes(s string) int {
	n := len(s)
	i := 0
	for ; i+32 <= len(s); i += 32 {
		w := s[i : i+32]
		x0, x1, x2, x3 := load64(w[0:8]), load64(w[8:16]), load64(w[16:24]), load64(w[24:32])
		const high = 0x8080808080808080
		flags := x0&^(x0<<1)&high | (x1&^(x1<<1)&high)>>1 | (x2&^(x2<<1)&high)>>2 | (x3&^(x3<<1)&high)>>3
		n -= bits.OnesCount64(flags)
	}
	return n - (len(s) - i - runeLen(s[i:]))
}

// listGoesOn reports whether a paragraph's last line opens a list or is an item of one: a
// line after it that a list number opens is the list's next item.
func listGoesOn(text string) bool {
	i := lastLineBreak(text)
	last := trimSpace(text[i+1:])
	// The first line opens with the paragraph's own number, which is no list's.
	return strings.HasSuffix(last, "：") || strings.HasSuffix(last, ":") || i >= 0 && listNumberText(last) != ""
}

// lastLineBreak returns strings.LastIndexByte(text, '\n'). A paragraph's text is mostly one
// line, which a search back reads byte by byte: it reads back a little, where a list's last
// item stands, then searches forward with strings.IndexByte, which reads many bytes at once.
func lastLineBreak(text string) int {
	i := len(text) - 1
	for stop := max(len(text)-64, 0); i >= stop; i-- {
		if text[i] == '\n' {
			return i
		}
	}
	last := -1
	for from := 0; ; {
		k := strings.IndexByte(text[from:i+1], '\n')
		if k < 0 {
			return last
		}
		last = from + k
		from = last + 1
	}
}

// listMemo answers listGoesOn and listNext for the text asked of last, from what it read
// of it: the blocks after a paragraph ask of it again and again while it stays as it is,
// as a report's numbered sub-headings do, each of which reads back through its lines.
type listMemo struct {
	text    string
	read    bool // opens is listGoesOn(text)
	opens   bool
	scanned bool // last and listed are read from text
	last    int  // the number of the last numbered line after the first
	listed  bool // such a line is there
}

// of makes text the text asked of, unless it is already.
func (m *listMemo) of(text string) {
	if m.text != text || !m.read && !m.scanned {
		*m = listMemo{text: text}
	}
}

// goesOn is listGoesOn(text).
func (m *listMemo) goesOn(text string) bool {
	if m.of(text); !m.read {
		m.opens, m.read = listGoesOn(text), true
	}
	return m.opens
}

// next is listNext(text, n).
func (m *listMemo) next(text string, n int) bool {
	if m.of(text); !m.scanned {
		m.scanned = true
		lines := strings.Split(text, "\n")
		for i := len(lines) - 1; i > 0; i-- {
			if k := numberedRE.FindStringSubmatch(trimLeftAny(trimSpace(lines[i]), "“")); k != nil {
				m.last, m.listed = atoi(k[1]), true
				break
			}
		}
	}
	if m.listed {
		return n == m.last+1
	}
	return n == 1 && m.goesOn(text)
}

// listNext reports whether n is the number the list a paragraph holds goes on with: one
// more than its last numbered item, or 1 where the paragraph has just opened it.
func listNext(text string, n int) bool {
	lines := strings.Split(text, "\n")
	for i := len(lines) - 1; i > 0; i-- {
		if m := numberedRE.FindStringSubmatch(trimLeftAny(trimSpace(lines[i]), "“")); m != nil {
			return n == atoi(m[1])+1
		}
	}
	return n == 1 && listGoesOn(text)
}

// articleNumber reads an article's number, in digits or in Chinese up to 999.
func articleNumber(s string) int {
	if s[0] >= '0' && s[0] <= '9' {
		return atoi(s)
	}
	n := 0
	if h, rest, ok := strings.Cut(s, "百"); ok {
		n, s = max(chineseNumber(h), 1)*100, strings.TrimPrefix(rest, "零")
	}
	return n + chineseNumber(s)
}

// headsRun reports whether a block is the title of a text whose paragraphs, numbered from 1
// again, follow it directly (next): a short line (in bytes, read first: every paragraph of
// a report is asked) that is no sentence, number, symbol or note's anchor, above "1." and
// a sentence.
func headsRun(t string, bl block, next string) bool {
	if len(t) > 30*3 || len(bl.notes) > 0 || isProse(t) || listNumber(t) != "" || hasSymbol(t) {
		return false
	}
	matched, from, to := numberedRE.match(next)
	return matched >= 0 && next[from:to] == "1" && isProse(next)
}

// isProse reports whether a block is a sentence or more rather than a heading or a line of
// a title page: it holds a full stop, or a comma or semicolon and some length.
func isProse(t string) bool {
	if strings.Contains(t, "。") {
		return true
	}
	return runeLen(t) >= 20 && indexAny(t, "，；") >= 0
}

// hasSymbol reports whether a block names a UN document ("[根据第三委员会的报告（A/66/463）
// 通过]"): what it cites is kept even where it is no sentence.
func hasSymbol(t string) bool {
	return strings.Contains(t, "/") && len(findSymbols(t)) > 0
}

// headingText returns a heading as a reader would quote it: its spaces folded.
func headingText(t string) string {
	if !spacesFolded(t) {
		t = strings.Join(strings.Fields(t), " ")
	}
	// "第二章" and its title, run together when the title page's lines are joined.
	if !strings.HasPrefix(t, "第") {
		return t // the search for 章 below, on most headings, is spared
	}
	if i := strings.Index(t, "章"); i > 0 && i+len("章") < len(t) && t[i+len("章")] != ' ' {
		t = t[:i+len("章")] + " " + t[i+len("章"):]
	}
	return t
}

// spacesFolded reports whether strings.Join(strings.Fields(t), " ") is t: no white space
// at either end, and none between words but a single ASCII space. Fields decodes every
// rune of a text that is not ASCII; white space beyond ASCII begins with one of four
// bytes (U+0085, U+00A0: C2; U+1680: E1; U+2000 to U+205F: E2; U+3000: E3), and only
// there is a rune decoded. Each such byte begins a rune as Fields reads the text.
func spacesFolded(t string) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == ' ':
			if i == 0 || i == len(t)-1 || t[i+1] == ' ' {
				return false
			}
		case c < utf8.RuneSelf:
			if asciiSpace[c] {
				return false
			}
		case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3:
			if r, _ := decodeRune(t[i:]); unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

// handPattern is a pattern anchored at the start that a function matches instead of the
// regexp machine, whose start costs far more than these matches: the rules test nearly
// every paragraph for a list number, several times over. The regexp stays the rule's
// definition; tests check the function against it.
type handPattern struct {
	*anchoredRE
	// match returns the end of the match at the start of s and the span of its one group;
	// end is -1 when there is none.
	match func(s string) (end, from, to int)
}

// matchNumbered matches ^(\d{1,3})\s*\.\s*.
func matchNumbered(s string) (end, from, to int) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return -1, 0, 0 // a fourth digit is neither white space nor a full stop
	}
	to = i
	if i = skipRESpaces(s, i); i == len(s) || s[i] != '.' {
		return -1, 0, 0
	}
	return skipRESpaces(s, i+1), 0, to
}

// matchLettered matches ^[(（]([a-z]{1,2})[)）]\s*.
func matchLettered(s string) (end, from, to int) {
	if from = openBracket(s, 0); from == 0 {
		return -1, 0, 0
	}
	to = from
	for to < len(s) && s[to] >= 'a' && s[to] <= 'z' {
		to++
	}
	if n := to - from; n == 0 || n > 2 {
		return -1, 0, 0 // after one or two letters, a third is no closing bracket
	}
	n := closeBracket(s, to)
	if n == 0 {
		return -1, 0, 0
	}
	return skipRESpaces(s, to+n), from, to
}

// matchCircled matches ^([㈠-㈩]|[ⅰ-ⅻ]|[(（][ivx]+[)）])\s*, as circledRE does. Each
// alternative begins with a rune of its own; the run of numerals is taken whole, as one
// fewer would leave a numeral where the closing bracket must stand.
func matchCircled(s string) (end, from, to int) {
	if s == "" {
		return -1, 0, 0
	}
	switch r := leadRune(s); {
	case r >= '㈠' && r <= '㈩', r >= 'ⅰ' && r <= 'ⅻ':
		to = utf8.RuneLen(r)
	case r == '(' || r == '（':
		i := utf8.RuneLen(r)
		j := i
		for j < len(s) && (s[j] == 'i' || s[j] == 'v' || s[j] == 'x') {
			j++
		}
		n := closeBracket(s, j)
		if j == i || n == 0 {
			return -1, 0, 0
		}
		to = j + n
	default:
		return -1, 0, 0
	}
	return skipRESpaces(s, to), 0, to
}

// matchCircledEnd returns the end of matchCircled's match, or -1.
func matchCircledEnd(s string) int {
	end, _, _ := matchCircled(s)
	return end
}

func (p handPattern) MatchString(s string) bool {
	end, _, _ := p.match(s)
	return end >= 0
}

func (p handPattern) FindStringIndex(s string) []int {
	if end, _, _ := p.match(s); end >= 0 {
		return []int{0, end}
	}
	return nil
}

func (p handPattern) FindStringSubmatch(s string) []string {
	if end, from, to := p.match(s); end >= 0 {
		return []string{s[:end], s[from:to]}
	}
	return nil
}

// listNumber returns the list number a paragraph opens with: "(a)", "㈠", "3"; "" for none.
func listNumber(t string) string {
	// A text quoted in an act opens each of its paragraphs with a quotation mark: "“1. 请…".
	// The hand patterns' groups are taken as they match, without FindStringSubmatch's slice.
	t = trimOpeningQuotes(t)
	if end, from, to := letteredRE.match(t); end >= 0 {
		return "(" + t[from:to] + ")"
	}
	if end, from, to := matchCircled(t); end >= 0 {
		return t[from:to]
	}
	if end, from, to := numberedRE.match(t); end >= 0 {
		return t[from:to]
	}
	return ""
}

// trimOpeningQuotes is strings.TrimLeft(t, "“\""), without decoding the runes of t.
func trimOpeningQuotes(t string) string {
	for {
		switch {
		case strings.HasPrefix(t, "“"):
			t = t[len("“"):]
		case strings.HasPrefix(t, "\""):
			t = t[1:]
		default:
			return t
		}
	}
}

// preambleOpening reports whether t is the line that opens a preamble: the adopting body
// and a comma or colon ("《…公约》缔约方会议，", "大会，"), or the body with a verb that
// makes the whole act one sentence ("…缔约方会议决定："); and if so, which body it names
// (bodyNamed, which is asked once).
func preambleOpening(t string) (kg.Body, bool) {
	if runeLen(t) > 60 {
		return "", false
	}
	if !strings.HasSuffix(t, "，") && !strings.HasSuffix(t, "：") && !strings.HasSuffix(t, ",") {
		return "", false // the cheaper test first
	}
	return bodyNamed(t)
}

// listPath tracks where a paragraph stands in nested lists: 1. › (a) › ㈠.
type listPath struct {
	levels [3]string
}

// push records a list number: a numbered item opens level 0, a lettered one level 1, a
// circled or roman one level 2; opening a level closes the levels below it.
func (l *listPath) push(num string) {
	level := 2
	switch {
	case num[0] >= '0' && num[0] <= '9':
		level = 0
	case letteredRE.MatchString(num):
		level = 1
	}
	l.levels[level] = num
	for i := level + 1; i < len(l.levels); i++ {
		l.levels[i] = ""
	}
}

// key returns the paragraph key of the current item: "op2", "op2(a)", "op(a)㈠", "annex(b)㈡".
func (l *listPath) key(annex bool) string {
	k := "op"
	if annex {
		k = "annex"
	}
	return k + l.levels[0] + l.levels[1] + l.levels[2] // one string built, where Join built two
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// actHeading reads an act's heading in any of the family's forms: "第 6/1 号决议" alone on
// its line (the title follows), "第 6/1 号决议：title", or "66/181. title" as General
// Assembly and ECOSOC texts print it (a resolution: their decisions stand apart).
func actHeading(t string) (number string, kind kg.ActKind, title string, ok bool) {
	kindOf := func(s string) kg.ActKind {
		if s == "决定" {
			return kg.KindDecision
		}
		return kg.KindResolution
	}
	if !actHeadStart.begins(t) {
		return "", "", "", false
	}
	// A numbered paragraph begins with a digit, as the third form does: the first two,
	// which begin with 第, are tried only on a block that begins with it.
	r := leadRune(t)
	alone := endsActKind(t) // as actHeadRE and bodyActHeadRE, the heading alone on its line
	if alone && actHeadRE.first.has(r) {
		if m := actHeadRE.FindStringSubmatch(t); m != nil {
			return m[1], kindOf(m[2]), "", true
		}
	}
	if actHeadTitledRE.first.has(r) {
		if m := actHeadTitledRE.FindStringSubmatch(t); m != nil {
			return m[1], kindOf(m[2]), m[3], true
		}
	}
	if alone && bodyActHeadRE.first.has(r) {
		if m := bodyActHeadRE.FindStringSubmatch(t); m != nil {
			return m[2], kindOf(m[3]), "", true
		}
	}
	if !mayOpenWithActNumber(t) {
		return "", "", "", false
	}
	if m := numberedActHeadRE.FindStringSubmatch(t); m != nil {
		return m[1], numberedKind(m[1]), m[2], true
	}
	if isBareDecisionHead(t) {
		return t, kg.KindDecision, "", true
	}
	return "", "", "", false
}

// endsActKind reports whether t ends with 决议 or 决定, as every match of actHeadRE and
// bodyActHeadRE does (…号决议$): most blocks that open with their first runes (第, a
// body's name) end otherwise, and the patterns read them through to fail.
func endsActKind(t string) bool {
	return strings.HasSuffix(t, "决议") || strings.HasSuffix(t, "决定")
}

// numberedKind returns the kind of an act the Assembly or the Council numbers: the Assembly
// prints resolutions and decisions alike, "66/181. 标题", and numbers its decisions of a
// session from 401 ("66/501" is a decision); the Council, numbering by year, numbers its
// decisions from 201 ("2011/259").
func numberedKind(number string) kg.ActKind {
	if first, serial, ok := strings.Cut(number, "/"); ok {
		from := 401
		if len(strings.TrimSpace(first)) == 4 {
			from = 201
		}
		if atoi(strings.TrimSpace(serial)) >= from {
			return kg.KindDecision
		}
	}
	return kg.KindResolution
}

// isBareDecisionHead reports whether t is a decision's number alone on its line, which
// heads it: the Assembly and the Council print a decision with no title so ("2021/249"),
// never a resolution, and a number of another body's act alone on a line ("10/1") heads
// nothing.
func isBareDecisionHead(t string) bool {
	return mayEndActNumber(t) && mayOpenWithActNumber(t) && bareActHeadRE.MatchString(t) && numberedKind(t) == kg.KindDecision
}

// mayEndActNumber reports whether t can end with an act number (actNumberPattern): in a
// digit, a letter A-H ("A/RES/1/2 B"), or a bracket's ) or ）(whose last byte is 0x89).
// Asked of every block (closesBlock), most of which open with a paragraph's number and end
// with 。: the last byte rules them out before the first are read.
func mayEndActNumber(t string) bool {
	if t == "" {
		return false
	}
	c := t[len(t)-1]
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'H' || c == ')' || c == 0x89
}

// headingBody returns the body whose act a heading opens, until the preamble names it: an
// act headed by its bare number ("66/181. 标题") is printed as the General Assembly prints
// its acts, or, numbered by year ("2012/19. 标题"), as the Economic and Social Council
// does; any other heading is the document's own body's.
func headingBody(t, number string, docBody kg.Body) kg.Body {
	if bodyActHeadRE.first.has(leadRune(t)) {
		if m := bodyActHeadRE.FindStringSubmatch(t); m != nil {
			if body, ok := bodyNamed(m[1]); ok {
				return body // "经济及社会理事会第 2021/20 号决议": the body it names
			}
		}
	}
	if !numberedActHeadRE.MatchString(t) && !isBareDecisionHead(t) {
		return docBody
	}
	if first, _, _ := strings.Cut(number, "/"); len(strings.TrimSpace(first)) == 4 {
		return kg.BodyECOSOC
	}
	return kg.BodyGA
}

// expectedNote returns the index of the footnote whose marker digits are: the one expected
// next, or one of the two after it, so that a marker the rules missed (glued to a symbol,
// say) does not hide every marker after it; -1 for none.
func expectedNote(notes []footnote, next int, want, digits string) int {
	if digits == want {
		return next
	}
	var buf [20]byte // a number's digits, written where itoa would allocate them
	for k := next + 1; k < len(notes) && k <= next+2; k++ {
		if n := notes[k].num; n >= 0 && digits == string(strconv.AppendInt(buf[:0], int64(n), 10)) {
			return k
		}
	}
	return -1
}

package loader

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The rules of the sessions stage that stand in for a regexp, or for a search of a wider
// text, must find what it finds. These tests compare each with what it replaces, on texts
// built at random of the words the patterns read (each was run on more texts when it was
// written; the counts here keep the suite quick).

// randomText returns a text of n pieces drawn from words.
func randomText(r *rand.Rand, words []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(words[r.IntN(len(words))])
	}
	return b.String()
}

// meetingMatchesWide is meetingMatches as it was first written: the regexp run on the
// whole window before each end of a match, its last match kept where it ends there.
func meetingMatchesWide(text string) [][]int {
	var out [][]int
	prevEnd := 0
	for from := 0; ; {
		i, j := indexBy(text[from:], "会议上", len("会议上")-1), strings.Index(text[from:], "）上")
		if i < 0 && j < 0 {
			return out
		}
		end := from + i + len("会议上")
		if i < 0 || (j >= 0 && j < i) {
			end = from + j + len("）上")
		}
		from = end
		start := max(prevEnd, end-maxMeetingMention)
		for start > prevEnd && !utf8.RuneStart(text[start]) {
			start++
		}
		ms := meetingsRE.FindAllStringSubmatchIndex(text[start:end], -1)
		if len(ms) == 0 || ms[len(ms)-1][1] != end-start || !meetingKept(text[start:end], ms[len(ms)-1]) {
			continue
		}
		m := ms[len(ms)-1]
		shifted(m, start)
		out = append(out, m)
		prevEnd = end
	}
}

// meetingsKeptRE is meetingMatches as it stands for: the matches of meetingsRE that
// meetingKept keeps.
func meetingsKeptRE(text string) [][]int {
	var out [][]int
	for _, m := range meetingsRE.FindAllStringSubmatchIndex(text, -1) {
		if meetingKept(text, m) {
			out = append(out, m)
		}
	}
	return out
}

func TestMeetingMatchesAsWide(t *testing.T) {
	words := []string{"在", "在", "其", "本届会议", " ", "  ", "2012 年", "年", "10 月", "月", "16 日", "日", "和", "、", "，", "及", "至", "-",
		"举行的", "的", "第", "第 ", "1", "4", "12", "一", "十", "次", "全体", "会议上", "会议", "上", "。", "委员会", "主席团", "x",
		"（", "）", "）上", "（5 月 16 日）", "（闭幕会议）"}
	r := rand.New(rand.NewPCG(1, 2))
	found := 0
	for k := range 60000 {
		text := randomText(r, words, 1+r.IntN(40))
		if k%2 == 0 {
			text = meetingText(r, words)
		}
		if k%7 == 0 {
			text = strings.Repeat("很长的文字", r.IntN(30)) + text
		}
		got, want := meetingMatches(text), meetingMatchesWide(text)
		found += len(want)
		if !equalMatches(got, want) {
			t.Fatalf("meetingMatches(%q) = %v, want %v", text, got, want)
		}
		if len(text) < maxMeetingMention {
			if want := meetingsKeptRE(text); !equalMatches(got, want) {
				t.Fatalf("meetingMatches(%q) = %v, want %v (the whole text)", text, got, want)
			}
		}
	}
	t.Logf("%d matches", found)
}

func equalMatches(a, b [][]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for k := range a[i] {
			if a[i][k] != b[i][k] {
				return false
			}
		}
	}
	return true
}

// meetingText returns a few mentions of meetings, some of them spoilt, among other words.
func meetingText(r *rand.Rand, noise []string) string {
	pick := func(ws ...string) string { return ws[r.IntN(len(ws))] }
	var parts []string
	for range 1 + r.IntN(4) {
		parts = append(parts, randomText(r, noise, r.IntN(4)))
		mention := []string{pick("在", "在", ""), pick("", "其", "本届会议", " "), pick("", "", "2012 年 10 月 16 日", "10 月 16 日和 17 日", "10 月 15 日至 19 日", "16 日"),
			pick("", "举行的", "的", "其", " ", "续会", "续会的", "续"), "第", pick(" 1", "4", "一", " 1 、第 7 和第 10", "1 至第 4", "4和第5", "2-3"), pick(" ", ""), "次", pick("", "全体"), "会议",
			pick("", "", "（2022 年 5 月 16 日）", "（ 5 月 16 日和 17 日 ）", "（闭幕会议）", "（5 月）", "（"), pick("上", "上", "）上")}
		for range r.IntN(3) {
			i := r.IntN(len(mention))
			mention[i] = pick("", "在", "第", " ", "会议上", "x", "（", "）上")
		}
		parts = append(parts, mention...)
	}
	return strings.Join(parts, "")
}

func TestSpokeListBeforeAsRE(t *testing.T) {
	words := []string{"也", "还", "所作的", "所作", "作了", "作出了", "作的", "作", "所", "出", "了", "发言", "发了", "言", "发", " ", "  ", "\t", "\n",
		"代表", "的", "介绍性", "一般性", "开幕", "A", "、", "，", "。", "者", "也", "日本", "\xe4", "\xe5\x8f"}
	r := rand.New(rand.NewPCG(3, 4))
	found := 0
	for range 100000 {
		text := randomText(r, words, 1+r.IntN(14))
		got, want := spokeListBefore(text), spokeListBeforeRE.FindStringSubmatchIndex(text)
		if want != nil {
			found++
		}
		if !equalMatches([][]int{got}, [][]int{want}) {
			t.Fatalf("spokeListBefore(%q) = %v, want %v", text, got, want)
		}
	}
	t.Logf("%d matches", found)
}

func TestOfficerMatchAsRE(t *testing.T) {
	words := []string{"Ali", " ", "  ", "\t", "\n", "（", "）", "(", ")", "：", ":", "奥地利", "沙特阿拉伯", "a", "b", "先生", "·", "\xff"}
	r := rand.New(rand.NewPCG(5, 6))
	found := 0
	for k := range 100000 {
		text := randomText(r, words, 1+r.IntN(12))
		if k%3 == 0 {
			text = strings.Repeat("x", r.IntN(90)) + text + strings.Repeat("y", r.IntN(3))
		}
		if k%5 == 0 {
			text = randomText(r, words[:5], r.IntN(4)) + strings.Repeat("名", r.IntN(85)) + " （" + strings.Repeat("国", r.IntN(45)) + "） "
		}
		got, want := officerMatch(text), officerRE.FindStringSubmatch(text)
		if want != nil {
			found++
		}
		if strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
			t.Fatalf("officerMatch(%q) = %q, want %q", text, got, want)
		}
	}
	t.Logf("%d matches", found)
}

// TestRoleInitials holds roleInitials to the roles: each opens with one of them.
func TestRoleInitials(t *testing.T) {
	for role := range bureauRoles {
		if !opensWithInitial(role) {
			t.Errorf("role %q opens with none of %q", role, roleInitials)
		}
	}
	for _, l := range []string{"第一副主席：", "第二 副主席:", "共同主席: X（Y）"} {
		if opensWithRole(l) && !opensWithInitial(l) {
			t.Errorf("%q opens with a role and none of %q", l, roleInitials)
		}
	}
}

func TestHasSpaceAsIndexFunc(t *testing.T) {
	var spaces []string
	for r := rune(0); r <= 0x10FFFF; r++ {
		if unicode.IsSpace(r) {
			spaces = append(spaces, string(r))
		}
	}
	words := append([]string{"代表", "a", "、", "\xe3", "\xe2\x80", "\xc2", "\x85", "\xa0", "　"}, spaces...)
	r := rand.New(rand.NewPCG(7, 8))
	for range 200000 {
		text := randomText(r, words, r.IntN(6))
		if got, want := hasSpace(text), strings.IndexFunc(text, unicode.IsSpace) >= 0; got != want {
			t.Fatalf("hasSpace(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestQualifierMatchAsRE(t *testing.T) {
	words := []string{"这", "两", "个", "些", "签署国", "国家", "组织", "非政府", "政府间", "泰国和日本", "A", " "}
	r := rand.New(rand.NewPCG(9, 10))
	for range 100000 {
		text := randomText(r, words, r.IntN(8))
		if got, want := qualifierMatch(text), speakerQualifierRE.FindStringSubmatch(text); strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
			t.Fatalf("qualifierMatch(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestMeetingNumberSpansAsRE(t *testing.T) {
	words := []string{"1", "23", "4567", "一", "十二", "三十五", "九十九十", "第", " ", "、", "和", "至", "-", "–", "次", "x", "\xe4", "零"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 200000 {
		text := randomText(r, words, r.IntN(10))
		if got, want := meetingNumberSpans(text), meetingNumberRE.FindAllStringIndex(text, -1); !equalMatches(got, want) {
			t.Fatalf("meetingNumberSpans(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestMeetingDayMatchesAsRE(t *testing.T) {
	words := []string{"2012", "201", "12012", " ", "  ", "年", "月", "日", "1", "10", "16", "123", "和", "、", "至", "-", "x", "第", "\n"}
	r := rand.New(rand.NewPCG(13, 14))
	found := 0
	for range 100000 {
		text := randomText(r, words, r.IntN(14))
		got, want := meetingDayMatches(text), meetingDayRE.FindAllStringSubmatch(text, -1)
		found += len(want)
		if len(got) != len(want) {
			t.Fatalf("meetingDayMatches(%q) = %q, want %q", text, got, want)
		}
		for i := range got {
			if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
				t.Fatalf("meetingDayMatches(%q) = %q, want %q", text, got, want)
			}
		}
	}
	t.Logf("%d matches", found)
}

func TestMeetingsAtAsRE(t *testing.T) {
	words := []string{"其", "本届会议", " ", "  ", "2012 年", "2012年", "年", "10 月", "1月", "月", "16 日", "6日", "日", "和", "、", "，", "及", "至", "-", "–",
		"举行的", "的", "第", "第 ", "1", "4", "12", "123", "1234", "一", "十", "二十一", "一二三四", "次", "次 ", "全体", "会议上", "会议", "上", "。", "x", "\xe5",
		"（", "）", "）上", "（2022 年 5 月 16 日）", "（闭幕会议）"}
	r := rand.New(rand.NewPCG(15, 16))
	found := 0
	for k := range 150000 {
		text := "在" + randomText(r, words, r.IntN(16))
		if k%4 != 0 {
			text = mentionText(r, words)
		}
		if k%3 == 0 { // without "在": the match opens at "第"
			text = strings.TrimPrefix(text, "在")
			if k%9 == 0 {
				text = "第" + text
			}
		}
		got, want := meetingsAt(text), meetingsRE.FindStringSubmatchIndex(text)
		if want != nil && want[0] != 0 {
			want = nil // a match further on: meetingsAt reads one at its start
		}
		if want != nil {
			found++
		}
		if !equalMatches([][]int{got}, [][]int{want}) {
			t.Fatalf("meetingsAt(%q) = %v, want %v", text, got, want)
		}
	}
	t.Logf("%d matches", found)
}

// mentionText returns a mention of meetings as meetingsRE reads one, of many shapes, some
// of its parts spoilt.
func mentionText(r *rand.Rand, noise []string) string {
	pick := func(ws ...string) string { // the first most often: the mention as it should be
		if r.IntN(3) > 0 {
			return ws[0]
		}
		return ws[r.IntN(len(ws))]
	}
	sp := func() string { return pick("", "", " ", "  ", "\n") }
	parts := []string{"在", sp(), pick("", "", "其", "本届会议"), sp()}
	if r.IntN(3) > 0 {
		parts = append(parts, pick("2012 年", "", "2012年 ", "2012", "12012 年", "201年", "年"), sp(), pick("10", "1", "123", ""), sp(), pick("月", "", "日"), sp(), pick("16", "6", "", "166"), sp(), pick("日", "", "月"))
		for range r.IntN(4) {
			parts = append(parts, sp(), pick("和", "、", "及", "至", "-", "–", "，"), sp(), pick("", "", "11 月", "1月 ", "111月"), pick("17", "7", "", "177"), sp(), pick("日", "日", ""))
		}
	}
	parts = append(parts, sp(), pick("", "举行的", "的", "其", "举行", "续会", "续会的"), sp(), pick("第", "第", ""), sp())
	num := func() string { return pick("1", "12", "123", "1234", "一", "十二", "二十一", "一二三四", "") }
	parts = append(parts, num())
	for range r.IntN(4) {
		parts = append(parts, sp(), pick("", "", "次", "次 "), pick("、", "，", "和", "及", "至", "-", "–", ""), sp(), pick("", "第", "第 "), num())
	}
	parts = append(parts, sp(), pick("次", "次", ""), pick("", "全体", "全"), pick("会议", "会议", "会"))
	if r.IntN(3) == 0 { // the date after the meeting, in brackets
		parts = append(parts, pick("（", "（", "("), sp(), pick("2022 年 5 月 16 日", "5 月 16 日", "5月16日和17日", "2022 年 5 月 16 日至 18 日", "闭幕会议", "5 月", "16 日", ""), sp(), pick("）", "）", ")", ""))
	}
	parts = append(parts, pick("上", "上", ""))
	for range r.IntN(2) * r.IntN(2) {
		i := 1 + r.IntN(len(parts)-1)
		parts[i] = randomText(r, noise, 1)
	}
	return "在" + strings.ReplaceAll(strings.Join(parts[1:], ""), "在", "")
}

func TestSessionMentionsGate(t *testing.T) {
	words := []string{"于", "在", " ", "2012 年", "10 月", "15 日", "至", "19 日", "维也纳", "举行", "了", "的", "第", "六", "十", "二十三", "一二三四",
		"届会议", "将", "。", "，", "决定", "x", "和", "及", "2013 年", "续会", "复会", "第二部分", "第一部分", "开幕", "以虚拟方式"}
	r := rand.New(rand.NewPCG(17, 18))
	found := 0
	for k := range 100000 {
		text := randomText(r, words, r.IntN(20))
		if k%2 == 0 {
			text = pickOf(r, "", "其", "决定") + pickOf(r, "于 2012 年 10 月 15 日至 19 日", "2012年10月15日至 2013 年 1 月 19 日") + pickOf(r, "在维也纳", " 于 维也纳 ", "") +
				pickOf(r, "举行了", "举行的", "举行", "举") + pickOf(r, "", " ") + "第" + pickOf(r, "六", "二十三", "一二三四") + "届会议" + randomText(r, words, r.IntN(3)) +
				"第" + pickOf(r, "七", "十", "") + "届会议" + pickOf(r, "", "续会", "复会 ", "第二部分", "第一部分", "续") + pickOf(r, "将", "") + pickOf(r, " ", "") + pickOf(r, "于", "在", "") +
				pickOf(r, " 2014 年 10 月 6 日至 10 日", "2013 年 12 月 7 日和 2014 年 3 月 11 日至 15 日") + pickOf(r, "在维也纳", "") + pickOf(r, "举行", "开幕")
		}
		held, future := sessionMentions(text)
		h, f := sessionHeldRE.FindAllStringSubmatchIndex(text, -1), sessionFutureRE.FindAllStringSubmatchIndex(text, -1)
		found += len(h) + len(f)
		if !equalMatches(heldMatches(text, held), h) || !equalMatches(futureMatches(text, future), f) {
			t.Fatalf("sessionMentions(%q) = %v, %v; the patterns find %v, %v", text, held, future, h, f)
		}
	}
	t.Logf("%d matches", found)
}

func pickOf(r *rand.Rand, ws ...string) string { return ws[r.IntN(len(ws))] }

// TestGateWords holds the words the fast paths look for to the patterns and lists they stand
// for.
func TestGateWords(t *testing.T) {
	for _, v := range spokeVerbs {
		if !opensSpokeVerb(v) {
			t.Errorf("spoke verb %q opens with none of opensSpokeVerb's characters", v)
		}
	}
	if !opensSpokeVerb("发了言") {
		t.Error("发了言 opens with none of opensSpokeVerb's characters")
	}
	for _, p := range agendaTitlePatterns {
		if !strings.Contains(p.re.String(), "届会议") {
			t.Errorf("agenda title pattern %s holds no 届会议", p.re)
		}
	}
}

// joinsOfEvery is joinsOf as it was: every character tried as a join.
func joinsOfEvery(s string) [][2]int {
	var joins [][2]int
	depth := 0
	behalf := len(s)
	if k := strings.Index(s, "代表代表"); k >= 0 {
		behalf = k
	}
	if k, n := strings.Index(s, "代表以"), strings.Index(s, "的名义"); k >= 0 && n > k {
		behalf = min(behalf, k)
	}
	for i, r := range s {
		if i > behalf {
			break
		}
		switch {
		case r == '（' || r == '(':
			depth++
		case (r == '）' || r == ')') && depth > 0:
			depth--
		case depth == 0 && i > 0:
			for _, j := range []string{"以及", "和", "及"} {
				if j == "及" && strings.HasSuffix(s[:i], "以") {
					break
				}
				if strings.HasPrefix(s[i:], j) && !(j == "和" && opensHeWord(s[i:])) {
					joins = append(joins, [2]int{i, len(j)})
					break
				}
			}
		}
	}
	return joins
}

func TestJoinsOfAsEvery(t *testing.T) {
	words := []string{"以及", "以", "及", "和", "和平", "（", "）", "(", ")", "代表", "代表代表", "代表以", "的名义", "德国", "x", " ", "\xe5"}
	r := rand.New(rand.NewPCG(19, 20))
	for range 200000 {
		text := randomText(r, words, r.IntN(10))
		if got, want := joinsOf(text), joinsOfEvery(text); len(got) != len(want) || len(got) > 0 && !equalMatches(pairs(got), pairs(want)) {
			t.Fatalf("joinsOf(%q) = %v, want %v", text, got, want)
		}
		if got, want := len(joinsFrom(text, 0)), len(joinsOfEvery("x"+text)); got != want {
			t.Fatalf("joinsFrom(%q, 0) finds %d joins, joinsOf(\"x\"+…) %d", text, got, want)
		}
	}
}

func pairs(ps [][2]int) [][]int {
	out := make([][]int, len(ps))
	for i, p := range ps {
		out[i] = p[:]
	}
	return out
}

// splitSpeakersByRune is splitSpeakers as it was: the list read rune by rune.
func splitSpeakersByRune(list string) [][2]int {
	var (
		out   [][2]int
		depth int
		start int
		known = knownPrefix(list)
	)
	flush := func(end int) {
		s, e := start, end
		for _, j := range []string{"以及", "和", "及"} {
			if strings.HasPrefix(list[s:e], j) && !(j == "和" && opensHeWord(list[s:e])) {
				s += len(j)
				break
			}
		}
		for s < e {
			r, size := utf8.DecodeRuneInString(list[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			s += size
		}
		for s < e {
			r, size := utf8.DecodeLastRuneInString(list[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= size
		}
		if s < e {
			out = append(out, [2]int{s, e})
		}
	}
	for i, r := range list {
		switch {
		case r == '（' || r == '(':
			depth++
		case (r == '）' || r == ')') && depth > 0:
			depth--
		case depth == 0 && i >= known && (r == '、' || r == '，' || r == ','):
			if e := knownAfterJoin(list, start, i); e > i {
				known = e
				break
			}
			flush(i)
			start = i + utf8.RuneLen(r)
			known = start + knownPrefix(list[start:])
		}
	}
	flush(len(list))
	if len(out) == 0 {
		return nil
	}
	last := out[len(out)-1]
	return append(out[:len(out)-1], splitJoins(list, last, len(out) > 1)...)
}

func TestSplitSpeakersAsByRune(t *testing.T) {
	words := []string{"、", "，", ",", "（", "）", "(", ")", "和", "和平", "以及", "德国", "法国", "波斯尼亚和黑塞哥维那", "联合国教育、科学及文化组织", "代表", " ", "\xe3", "\xef", "\xef\xbc", "x"}
	r := rand.New(rand.NewPCG(21, 22))
	for range 100000 {
		text := randomText(r, words, r.IntN(10))
		if got, want := splitSpeakers(text), splitSpeakersByRune(text); len(got) != len(want) || len(got) > 0 && !equalMatches(pairs(got), pairs(want)) {
			t.Fatalf("splitSpeakers(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestSingleSpacedAsFields(t *testing.T) {
	words := []string{"Mohammed", "Al-Anazi", " ", "  ", "\t", "\n", "\u3000", "\u00a0", "\u0085", "\u2009", "\u200b", "代表", "77", "\xe3", "\xc2", "x"}
	r := rand.New(rand.NewPCG(23, 24))
	for range 300000 {
		text := randomText(r, words, r.IntN(8))
		if got, want := singleSpaced(text), strings.Join(strings.Fields(text), " "); got != want {
			t.Fatalf("singleSpaced(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestLastClauseMarkAsLastIndexAny(t *testing.T) {
	words := []string{"，", "；", "：", ",", ";", ":", "和", "们", "代表", "\xef", "\xbc", "\x8c", "\x9b", "\xef\xbc", "x", " "}
	r := rand.New(rand.NewPCG(25, 26))
	for range 300000 {
		text := randomText(r, words, r.IntN(10))
		if got, want := lastClauseMark(text), lastIndexAny(text, "，；：,;:"); got != want {
			t.Fatalf("lastClauseMark(%q) = %d, want %d", text, got, want)
		}
		if utf8.ValidString(text) {
			if want := strings.LastIndexAny(text, "，；：,;:"); lastClauseMark(text) != want {
				t.Fatalf("lastClauseMark(%q) = %d, strings.LastIndexAny gives %d", text, lastClauseMark(text), want)
			}
		}
	}
}

func TestAgendaItemLooseAsRE(t *testing.T) {
	words := []string{"审议了", "审议", "题为", " ", "“", "”", "组织事项", "的", "议程项目", "议程", "2", "12", "123", "4567", "(", "（", ")", "）", "a", "b", "A",
		"，", ",", "其标题为", "标题为", "。", "在", "\xe2", "\xe2\x80"}
	r := rand.New(rand.NewPCG(27, 28))
	found := 0
	for k := range 300000 {
		text := randomText(r, words, r.IntN(16))
		if k%2 == 0 {
			text = randomText(r, words, r.IntN(3)) + "审议了" + pickOf(r, "", "题为 “一般性讨论”的", "题为“”的", "题为“x”") + pickOf(r, "议程项目", "议程项目 ", "议程") +
				pickOf(r, "2", "12", "1234", "") + pickOf(r, "", " ", "(a)", " （ b ）", "(A)", "(a") + pickOf(r, "", "，其标题为“组织事项”", ", 题为 “x", "，标题为“”") + randomText(r, words, r.IntN(6))
		}
		got, want := agendaItemLooseMatches(text), agendaItemLooseRE.FindAllStringSubmatchIndex(text, -1)
		found += len(want)
		if !equalMatches(got, want) {
			t.Fatalf("agendaItemLooseMatches(%q) = %v, want %v", text, got, want)
		}
	}
	t.Logf("%d matches", found)
}

func TestSpokeListAfterAsRE(t *testing.T) {
	words := []string{"发言", "发", "言", "的", "还", "也", "有", " ", "  ", "\n", "：", ":", "作开幕", "A", "、", "\xe5", "\xe5\x8f", "（", "）", "(", ")", "按发言顺序"}
	r := rand.New(rand.NewPCG(29, 30))
	found := 0
	for range 300000 {
		text := randomText(r, words, r.IntN(10))
		got, want := spokeListAfter(text), spokeListAfterRE.FindStringSubmatchIndex(text)
		if want != nil {
			found++
		}
		if !equalMatches([][]int{got}, [][]int{want}) {
			t.Fatalf("spokeListAfter(%q) = %v, want %v", text, got, want)
		}
	}
	t.Logf("%d matches", found)
}

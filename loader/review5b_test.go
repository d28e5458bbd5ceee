package loader

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"copgraph/kg"
)

// FuzzReview5bReaders runs the readers today's rules added over any text: none panics,
// and each offset it returns stands inside the text it was given.
func FuzzReview5bReaders(f *testing.F) {
	for _, s := range []string{
		"2021/249", "76/553", "大会第 75/1 号决议", "经济及社会理事会第 2021/20 号决议", "执行部分第 3 段", "附件一第 2 段应改为：",
		"于 2019 年 12 月 13 日召开了第二十九届会议第 1 次会议", "举行了第 3 次全体会议，", "在 2021 年 9 月 7 日第 6 次会议上，审议组在续会期间",
		"大会拟订一项关于打击为犯罪目的使用信息和通信技术行为的全面国际公约特设委员会", "1. 委员会还听取了中国代表，美国代表、日本代表，以及某协会的观察员发言。",
		"副主席 Ana Silva（巴西）、John Smith（美国）", "主席\n\n副主席：A（X）", "主持复会的是委员会主席 A（中国）和 B（美国）两位主席",
		"由工作组共同主席 A（中国）和 B（美国）主持", "（决议和决定案文分别载于第二章）", "以 32 票赞成、1 票反对、2 票弃权", "表决结果为 42 票赞成、0 票反对、3 票弃权",
		"《联合国打击跨国有组织犯罪公约》第 5 条1", "又在该次会议上，", "经口头修正的第 31/1 号决议", "，大会在该决议中核可了《多哈宣言》，以及",
		"第一届会议 2021 年 6 月 14 日至 18 日，维也纳 续会", "（b）核准下文所载的委员会第三十一届会议临时议程和文件。",
	} {
		f.Add(s, "临时议程", 3)
	}
	f.Fuzz(func(t *testing.T, text, line string, n int) {
		if !utf8.ValidString(text) || !utf8.ValidString(line) {
			return
		}
		isBareDecisionHead(line)
		paraLocatorRE.MatchString(line)
		if m := bodyActHeadRE.FindStringSubmatch(line); m != nil {
			headingBody(line, m[2], kg.BodyCOP)
		}
		actHeading(line)
		agendaBelow([]paragraph{{number: "1", text: text}}, line)
		namesResumedPart(text)
		opensAtSameMeeting(text)
		decides(text)
		if p := bodyNamePrefix(text); !strings.HasPrefix(text, p) {
			t.Fatalf("bodyNamePrefix(%q) = %q", text, p)
		}
		if e, at := namedSubsidiary(text); e != nil && (at < 0 || at > len(text) || !strings.HasPrefix(text[at:], e.nameZh)) {
			t.Fatalf("namedSubsidiary(%q) = %q at %d", text, e.nameZh, at)
		}
		runes := utf8.RuneCountInString(text)
		for _, m := range convenedMeetings(text, n%40, calendar{year: "2019"}) {
			if m.start < 0 || m.start > m.end || m.end > runes || m.byteEnd > len(text) || !strings.HasSuffix(text[:m.byteEnd], m.quote) {
				t.Fatalf("convenedMeetings(%q) = %+v", text, m)
			}
			laterPart(text, m, "2019-01-01")
		}
		laterPart(text, meetingMention{quote: line, days: []string{"2020-01-01"}}, "2019-01-01")
		speakersClause(text)
		for i := 0; ; {
			k := lastClauseMark(text[:len(text)-i])
			if k < 0 {
				break
			}
			if s := listClausesStart(text, k); s < 0 || s > len(text) || !utf8.ValidString(text[s:]) {
				t.Fatalf("listClausesStart(%q, %d) = %d", text, k, s)
			}
			i = len(text) - k
		}
		if m := bureauRoleMatch(line); m != nil && !strings.HasPrefix(line, m[0]) {
			t.Fatalf("bureauRoleMatch(%q) = %q", line, m)
		}
		officersOnLine(line)
		findBureau(text)
		for i := 0; ; {
			k := index(text[i:], "主持")
			if k < 0 {
				break
			}
			at := i + k
			i = at + len("主持")
			appendPresiders(nil, text, at)
			appendPresidersAfter(nil, text[i:], n%2 == 0)
		}
		if c := cutPresidersCount(text); !strings.HasPrefix(text, c) {
			t.Fatalf("cutPresidersCount(%q) = %q", text, c)
		}
		if i := respectivelyNoteAt(text); i >= 0 && !strings.HasPrefix(text[i:], "（") {
			t.Fatalf("respectivelyNoteAt(%q) = %d", text, i)
		}
		voteOf(text)
		if k := bareTitleBefore(text); k < 0 || k > len(text) {
			t.Fatalf("bareTitleBefore(%q) = %d", text, k)
		}
		mayTellDecided(text)
		findDecidedLabels(text)
		if at := n % (runes + 1); at >= 0 {
			citedInstrument(text, at, findEntities(text))
		}
		for _, v := range []string{"通过", "修正", "核可"} {
			if k := index(text, v); k >= 0 {
				if attributive(text, k, k+len(v)) && !strings.Contains(text[:k], "经") {
					t.Fatalf("attributive(%q, %d): no 经 before the verb", text, k)
				}
				if open, ok := appositionAround(text, k, k+len(v)); ok && (open < 0 || open > k) {
					t.Fatalf("appositionAround(%q, %d) = %d", text, k, open)
				}
			}
		}
		actNamingDraft(text, "决议", kg.BodyCOP)
	})
}

// FuzzClauseOwners: clauseOwners answers as ownedByOther does, mention after mention.
func FuzzClauseOwners(f *testing.F) {
	f.Add("工作组，在第 1 次会议上，主席团在第 2 次会议上。专家组", false)
	f.Add("小组分组在全体委员会第 3 次会议上", true)
	f.Fuzz(func(t *testing.T, text string, group bool) {
		if !utf8.ValidString(text) {
			return
		}
		c := newClauseOwners(text, group)
		for at := 0; at <= len(text); at++ {
			if at < len(text) && !utf8.RuneStart(text[at]) {
				continue
			}
			if got, want := c.owned(at), ownedByOther(text[:at], group); got != want {
				t.Fatalf("owned(%q, %d) = %v, want %v", text, at, got, want)
			}
		}
	})
}

// parseWithin fails t unless Parse returns on text within limit.
func parseWithin(t *testing.T, text string, limit time.Duration) {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := Parse("x.txt", []byte(text))
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(limit):
		t.Fatalf("Parse of %d KB did not return within %v", len(text)/1024, limit)
	}
}

// TestManyConvenedMeetingsInAClauseAreQuick: a paragraph that says many meetings were
// convened, with no clause mark between them, read back to the paragraph's start for each
// one to find the clause's subject (ownedByOther).
func TestManyConvenedMeetingsInAClauseAreQuick(t *testing.T) {
	head := "CTOC/COP/2012/15\n联合国打击跨国有组织犯罪公约缔约方会议第六届会议报告\n1. "
	parseWithin(t, head+strings.Repeat("于 2012 年 1 月 1 日召开了第 1 次会议", 20000)+"。\n", 10*time.Second)
	parseWithin(t, head+strings.Repeat("在 2013 年 9 月 7 日第 6 次会议上", 20000)+"。\n", 10*time.Second)
}

// TestManyPresidedAreQuick: a text of many 主持 that names no one after them sought 的是
// to the text's end after each (appendPresidersAfter).
func TestManyPresidedAreQuick(t *testing.T) {
	done := make(chan []officer, 1)
	go func() {
		done <- findBureau("1. " + strings.Repeat("主持，", 60000) + "主持复会的是主席 A（中国）。")
	}()
	select {
	case got := <-done:
		if len(got) != 1 {
			t.Fatalf("found %v, want the one who presided over the resumed session", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("findBureau took more than 10 s")
	}
}

// TestManyGroupsReferredBackAreQuick: a text that names two groups again and again, each
// time "这两个工作组", read all the mentions before each and inserted into them, in time
// quadratic in the mentions.
func TestManyGroupsReferredBackAreQuick(t *testing.T) {
	text := strings.Repeat("技术合作工作组和打击非法贩运火器问题工作组，这两个工作组", 20000)
	named := findEntities(text)
	done := make(chan []entityMention, 1)
	go func() { done <- withGroupsReferredBack(text, named) }()
	select {
	case got := <-done:
		if len(got) != len(named)+2*(20000-1) {
			t.Fatalf("%d mentions, want %d", len(got), len(named)+2*(20000-1))
		}
	case <-time.After(10 * time.Second):
		t.Fatal("withGroupsReferredBack took more than 10 s")
	}
}

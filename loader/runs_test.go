package loader

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// runREs are the patterns run only on the runs around their anchors.
var runREs = []*runRE{sessionHeldRE, sessionFutureRE}

// TestRunREMatchesTheWholeText checks that a runRE finds what its regexp finds in the whole
// text, on the corpus and on texts where runs meet punctuation, Latin text and each other.
func TestRunREMatchesTheWholeText(t *testing.T) {
	texts := strings.Split(string(readCorpus(t)), "\n")
	texts = append(texts,
		"于 2012 年 10 月 15 日至 19 日在维也纳举行了第六届会议，于2014年10月6日至10日举行第七届会议",
		"缔约方会议，于 2012 年 10 月 15 日至 19 日。在维也纳举行了第六届会议",
		"x2012年10月15日至19日在维也纳举行的第六届会议届会议将于 2014 年 10 月 6 日至 10 日举行",
		"其第七届会议将于 2014 年 10 月 6 日至 10 日在维也纳举行，第八届会议将在 2016 年 10 月 17 日至 21 日举行。",
		"第三十届会议于 2020 年 12 月 11 日在维也纳开幕，并于 2021 年 5 月 17 日至 21 日续会。第二十九届会议续会于 2020 年 12 月 10 日至 11 日在维也纳举行",
		"于 2012 年 12 月 7 日和 2013 年 3 月 11 日至 15 日在维也纳举行了第五十六届会议续会，第二部分于",
		"届会议", "举行", "第", "")
	for _, re := range runREs {
		for _, text := range texts {
			checkRunRE(t, re, text)
		}
	}
}

func checkRunRE(t *testing.T, re *runRE, text string) {
	t.Helper()
	got, want := re.FindAllStringSubmatchIndex(text, -1), re.Regexp.FindAllStringSubmatchIndex(text, -1)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: got %v, want %v", re, text, got, want)
	}
}

func FuzzRunRE(f *testing.F) {
	f.Add("于 2012 年 10 月 15 日至 19 日在维也纳举行了第六届会议")
	f.Add("其第七届会议将于 2014 年 10 月 6 日至 10 日举行")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, re := range runREs {
			checkRunRE(t, re, text)
		}
	})
}

// anchoredREs are the patterns that anchoredRE runs on a part of the text.
var anchoredREs = []*anchoredRE{jobNumberRE, pageNumberRE, separatorRE, footnoteRE, loneSymbolRE, actRefAtRE, dateEndRE,
	prefixRE, untitledPrefixRE, listGapRE, titledRE, chapterRE, sectionRE, numberedRE.anchoredRE, letteredRE.anchoredRE, circledRE, actHeadRE,
	actHeadTitledRE, numberedActHeadRE, annexHeadRE, symbolAtRE, modifierRE, rangeRE, listJoinRE, jointRE, srYearRE}

// TestAnchoredREMatchesTheWholeText checks that an anchoredRE finds what its regexp finds in
// the whole text, on the corpus's lines and paragraphs, their heads and tails, and texts
// made to come near a match.
func TestAnchoredREMatchesTheWholeText(t *testing.T) {
	corpus := string(readCorpus(t))
	texts := strings.Split(corpus, "\n")
	d := segmentText(corpus)
	for _, p := range d.narrative {
		texts = append(texts, p.text)
	}
	for _, a := range d.acts {
		for _, p := range a.paras {
			texts = append(texts, p.text)
		}
	}
	texts = append(texts, "1.  \\t 请", "12 . ", "1. \n", "66/181. 加强", "66/181 .加强\n第二行", "2012/19. x", "1325 (2000). 安全",
		"(a)", "（b） 请", "㈠ ", "第 6/1 号决议", "第 6/1 号决议：确保", "CTOC/COP/2012/15", "A /", "和 Corr.2", " - ", " (2001)",
		"14-58012 (C)    061114    071114", "2 V.12-54321 (C) 160812 170812 3", "* CTOC/COP/2012/1。", "**本文件", "*** x", "**** x", "* ", "*")
	for _, text := range slices.Clone(texts) {
		for _, cut := range []int{1, 2, 5, 9, 30} {
			if rs := []rune(text); len(rs) > cut {
				texts = append(texts, string(rs[:cut]), string(rs[len(rs)-cut:]))
			}
		}
	}
	for _, re := range anchoredREs {
		for _, text := range texts {
			checkAnchoredRE(t, re, text)
		}
	}
}

func checkAnchoredRE(t *testing.T, re *anchoredRE, text string) {
	t.Helper()
	if got, want := re.MatchString(text), re.Regexp.MatchString(text); got != want {
		t.Fatalf("%s matches %q: got %v, want %v", re, text, got, want)
	}
	if got, want := re.FindStringIndex(text), re.Regexp.FindStringIndex(text); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s index in %q: got %v, want %v", re, text, got, want)
	}
	if got, want := re.FindStringSubmatch(text), re.Regexp.FindStringSubmatch(text); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s submatch in %q: got %q, want %q", re, text, got, want)
	}
	if got, want := re.FindStringSubmatchIndex(text), re.Regexp.FindStringSubmatchIndex(text); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s submatch index in %q: got %v, want %v", re, text, got, want)
	}
}

func FuzzAnchoredRE(f *testing.F) {
	f.Add("1. 请")
	f.Add("66/181. 加强")
	f.Add("第 6/1 号决议：确保")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, re := range anchoredREs {
			checkAnchoredRE(t, re, text)
		}
	})
}

// TestCheapChecksRuleOutNoMatch checks that the tests run before the patterns that open a
// block and act headings never rule out a text that one of them matches.
func TestCheapChecksRuleOutNoMatch(t *testing.T) {
	texts := strings.Split(string(readCorpus(t)), "\n")
	texts = append(texts, "66/181. 加强", "S-26/2. 标题", "S- 26/2. 标题", "1997 /22. x", "1325 (2000). 安全", "1325（2000）. 安全",
		"12. 在", "第 6/1 号决议", "附件", "一、 x", "A. 《", "(a) x", "㈠ x", "ⅱ x", "")
	for _, text := range texts {
		checkCheapChecks(t, text)
	}
}

func checkCheapChecks(t *testing.T, text string) {
	t.Helper()
	if numberedActHeadRE.Regexp.MatchString(text) && !mayOpenWithActNumber(text) {
		t.Fatalf("mayOpenWithActNumber rules out %q", text)
	}
	for _, re := range []*anchoredRE{chapterRE, sectionRE, numberedRE.anchoredRE, letteredRE.anchoredRE, circledRE, actHeadRE, annexHeadRE, actHeadTitledRE, numberedActHeadRE} {
		if re.Regexp.MatchString(text) && !blockOpenerStart.begins(text) {
			t.Fatalf("blockOpenerStart rules out %q, which %s matches", text, re)
		}
	}
	for _, re := range []*anchoredRE{actHeadRE, actHeadTitledRE, numberedActHeadRE} {
		if re.Regexp.MatchString(text) && !actHeadStart.begins(text) {
			t.Fatalf("actHeadStart rules out %q, which %s matches", text, re)
		}
	}
}

func FuzzCheapChecks(f *testing.F) {
	f.Add("66/181. 加强")
	f.Add("1325 (2000). 安全")
	f.Fuzz(func(t *testing.T, text string) {
		if utf8.ValidString(text) {
			checkCheapChecks(t, text)
		}
	})
}

// TestHandPatterns checks the functions that match list numbers against their regexps.
func TestHandPatterns(t *testing.T) {
	texts := strings.Split(string(readCorpus(t)), "\n")
	texts = append(texts, "", "1", "1.", "12. 在", "123 .\t x", "1234. x", "12 3.", " 1.", "1.\n2", "１. x", "7.8", "a1.",
		"(a)", "(ab) x", "(abc) x", "（a） x", "（a)", "(a）\t", "(A) x", "() x", "(a", "（", "(aa", "(a)(b)")
	for _, text := range texts {
		checkHandPatterns(t, text)
	}
}

func checkHandPatterns(t *testing.T, text string) {
	t.Helper()
	for _, p := range []handPattern{numberedRE, letteredRE} {
		re := p.Regexp
		if got, want := p.MatchString(text), re.MatchString(text); got != want {
			t.Fatalf("%s matches %q: got %v, want %v", re, text, got, want)
		}
		if got, want := p.FindStringIndex(text), re.FindStringIndex(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s index in %q: got %v, want %v", re, text, got, want)
		}
		if got, want := p.FindStringSubmatch(text), re.FindStringSubmatch(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s submatch in %q: got %q, want %q", re, text, got, want)
		}
	}
}

func FuzzHandPatterns(f *testing.F) {
	f.Add("12. 在")
	f.Add("（ab） 请")
	f.Fuzz(func(t *testing.T, text string) {
		if utf8.ValidString(text) {
			checkHandPatterns(t, text)
		}
	})
}

// TestAgendaItemMatches checks agendaItemMatches against agendaItemRE, with titles of every
// length about the bounds.
func TestAgendaItemMatches(t *testing.T) {
	texts := strings.Split(string(readCorpus(t)), "\n")
	for _, n := range []int{0, 1, 2, 3, 199, 200, 201, 250} {
		title := strings.Repeat("题", n)
		texts = append(texts,
			"审议了题为“"+title+"”的议程项目 3",
			"审议了议程项目 2(a)，其标题为“"+title+"”；并审议了题为“组织事项”的议程项目 1",
			"审议了题为“"+title+"”的议程项目 3，其标题为“"+title+"”，又审议了议程项目 4")
	}
	for _, text := range texts {
		checkAgendaItemMatches(t, text)
	}
}

func checkAgendaItemMatches(t *testing.T, text string) {
	t.Helper()
	if got, want := agendaItemMatches(text), agendaItemRE.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("agendaItemMatches(%q) = %v, want %v", text, got, want)
	}
}

func FuzzAgendaItemMatches(f *testing.F) {
	f.Add("审议了题为“组织事项”的议程项目 1")
	f.Add("审议了议程项目 2(a)，其标题为“x”")
	f.Fuzz(func(t *testing.T, text string) {
		if utf8.ValidString(text) {
			checkAgendaItemMatches(t, text)
		}
	})
}

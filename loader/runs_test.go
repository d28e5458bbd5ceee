package loader

import (
	"reflect"
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

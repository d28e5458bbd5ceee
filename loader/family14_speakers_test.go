package loader

import (
	"os"
	"path/filepath"
	"testing"
)

// The rules for family14's findings on officers, speakers and their meetings, tried on
// texts of other bodies, numbers and phrasings than the reviewers'.

const f14GroupHead = "枪支问题工作组2025年4月7日至9日在维也纳举行的会议的报告\n\n一. 会议安排\n\n1. 工作组于2025年4月7日至9日在维也纳举行会议。\n"

func TestFamily14Speakers(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		want, wantNot []string
	}{
		{"M5: a working group's 主席 who presided is its chair",
			f14GroupHead + "2. 会议由工作组主席Ana Silva（巴西）主持。\n",
			[]string{"person:Ana Silva ELECTED session:wg:firearms:2025-04-07 role=chair"},
			[]string{"person:Ana Silva ELECTED session:wg:firearms:2025-04-07 role=president"}},
		{"M5: a working group's vice-chair elected in a sentence",
			f14GroupHead + "2. 在第1次会议上，工作组选举Kenji Sato（日本）为副主席。\n",
			[]string{"person:Kenji Sato ELECTED session:wg:firearms:2025-04-07 role=vice-chair"}, nil},
		{"M5: a conference's 主席 stays its president",
			"联合国反腐败公约缔约国会议第十一届会议报告\n\n1. 在开幕会议上，缔约国会议选举Lina Haddad（约旦）为会议主席。\n",
			[]string{"person:Lina Haddad ELECTED session:cosp:11 role=president"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, conventionFacts(t, "f14s.txt", tc.text), tc.want, tc.wantNot)
		})
	}
}

// TestFamily14SpeakersReview holds the findings on the reviewers' documents.
func TestFamily14SpeakersReview(t *testing.T) {
	for _, tc := range []struct {
		finding, file string
		want, wantNot []string
	}{
		{"family14 M5: the chair of a working group's session", "family14/d06.txt",
			[]string{"person:Thomas Müller ELECTED session:wg:technical-assistance:2024-06-03 role=chair"}, nil},
	} {
		t.Run(tc.finding, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "review", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			checkFacts(t, conventionFacts(t, tc.file, string(data)), tc.want, tc.wantNot)
		})
	}
}

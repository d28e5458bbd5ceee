package loader

import (
	"testing"

	"copgraph/kg"
)

func TestVoteTiming(t *testing.T) {
	if timesTheVote("委员会未经表决通过了该草案。表决。") {
		t.Error("timesTheVote: 未经表决 says nothing of when a statement came")
	}
	for _, c := range []struct {
		text, speaker, want string
		opens               bool
	}{
		{"4. 在表决前，巴西和日本的代表作了解释投票的发言。", "日本", "before", true},
		{"表决之后，墨西哥代表作了解释投票的发言。", "墨西哥", "after", true},
		{"委员会以 30 票赞成通过了该草案。在表决后，挪威代表作了解释投票的发言。", "挪威", "after", false},
		{"在表决前，巴西代表发了言。在同次会议上，秘鲁代表作了发言。", "秘鲁", "", true},
		{"12. 秘鲁代表在通过该草案之后作了发言。", "秘鲁", "", false},
	} {
		at := index(c.text, c.speaker)
		if got := voteTiming(c.text, at); got != c.want {
			t.Errorf("voteTiming(%q, %s) = %q, want %q", c.text, c.speaker, got, c.want)
		}
		if !timesTheVote(c.text) && c.want != "" {
			t.Errorf("timesTheVote(%q) = false", c.text)
		}
		if got := opensOnTheVote(c.text); got != c.opens {
			t.Errorf("opensOnTheVote(%q) = %v, want %v", c.text, got, c.opens)
		}
	}
}

// TestExplanationsOfVoteAtTheVotesMeeting: a paragraph that opens on the vote the one
// before told of ("在表决前，…") is of that vote's meeting, and each statement says when.
func TestExplanationsOfVoteAtTheVotesMeeting(t *testing.T) {
	text := " 联 合 国 E/CN.15/2031/15\n\n 经济及社会理事会\n\nDistr.: General\n\n 预防犯罪和刑事司法委员会第四十届会议的报告\n\n 一. 会议的组织\n\n" +
		"1. 在 2031 年 5 月 20 日第 8 次会议上，预防犯罪和刑事司法委员会以 30 票赞成、2 票反对、5 票弃权通过了题为“司法协助”的决议草案（E/CN.15/2031/L.4）。\n\n" +
		"2. 表决之前，巴西和日本的代表作了解释投票的发言。表决之后，墨西哥代表作了解释投票的发言。\n"
	g, err := Parse("ccpcj.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"state:bra": "before", "state:jpn": "before", "state:mex": "after"}
	for _, r := range g.Relationships {
		if r.Type != kg.RelSpokeOn || want[r.Start] == "" {
			continue
		}
		if got := kg.String(r.Properties, kg.PropTiming); got != want[r.Start] {
			t.Errorf("%s spoke %q, want %q", r.Start, got, want[r.Start])
		}
		if got := kg.String(r.Properties, kg.PropMeeting); got != "8" {
			t.Errorf("%s spoke at meeting %q, want 8", r.Start, got)
		}
		delete(want, r.Start)
	}
	for s := range want {
		t.Errorf("no statement by %s", s)
	}
}

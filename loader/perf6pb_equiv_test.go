package loader

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The gates of the session path that stand in for a regexp must say what it says: each is
// compared with the regexp on the family's paragraphs and on texts made at random of the
// words the regexp reads.

func TestMayConveneAsRE(t *testing.T) {
	words := []string{"召开了", "举行了", "召开", "举行", "了", "第", "第二十九", "届会议", "届", "会议", "1", "12", "123", "1234",
		"二", "十二", "九十九", "一二三四", "次", "全体", " ", "\n", "于", "2019 年 12 月 13 日", "。", "；", "x", "，"}
	template := []string{"于", "2019 年 12 月 13 日", "，", "召开了", " ", "第二十九", "届会议", " ", "第", " ", "12", " ", "次", "全体", "会议"}
	r := rand.New(rand.NewPCG(62, 1))
	texts := familyTexts(t)
	for range 200000 {
		texts = append(texts, randomText(r, words, r.IntN(4))+nearText(r, template, words)+randomText(r, words, r.IntN(4)))
	}
	for range 100000 {
		texts = append(texts, randomText(r, words, r.IntN(16)))
	}
	found := 0
	for _, text := range texts {
		want := convenedRE.MatchString(text)
		if want {
			found++
		}
		if got := mayConvene(text); got != want {
			t.Fatalf("mayConvene(%q) = %v, want %v", text, got, want)
		}
	}
	t.Logf("%d of %d match", found, len(texts))
}

func TestMayNameMeetingsAsSearches(t *testing.T) {
	words := []string{"会议上", "会议", "上", "）上", "）", "议上", "会", "x", "，", "（"}
	r := rand.New(rand.NewPCG(62, 3))
	texts := familyTexts(t)
	for range 100000 {
		texts = append(texts, randomText(r, words, r.IntN(10)))
	}
	for _, text := range texts {
		want := strings.Contains(text, "会议上") || strings.Contains(text, "）上")
		if got := mayNameMeetings(text); got != want {
			t.Fatalf("mayNameMeetings(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestCapacityThenBehalfAsContains(t *testing.T) {
	words := []string{"代表", "观察员", "代", "表", "观察", "员", "以", "的名义", "x", "智利", "77 国集团"}
	r := rand.New(rand.NewPCG(62, 4))
	texts := familyTexts(t)
	for range 100000 {
		texts = append(texts, randomText(r, words, r.IntN(8)))
	}
	for _, text := range texts {
		want := strings.Contains(text, "代表代表") || strings.Contains(text, "观察员代表") ||
			strings.Contains(text, "代表以") || strings.Contains(text, "观察员以")
		if got := capacityThenBehalf(text); got != want {
			t.Fatalf("capacityThenBehalf(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestDraftsOfActsTold holds the gate the adoptions put before draftsOfActs: a text in which
// mayTellAdoption finds no 草案 (nor 案文见) is one in which mayNameDraftOfAct finds none.
func TestDraftsOfActsTold(t *testing.T) {
	words := []string{"草案", "草", "案", "案文见", "文见", "决议", "决定", "的", " ", "订正", "第 1/1 号", "x"}
	r := rand.New(rand.NewPCG(62, 5))
	texts := familyTexts(t)
	for range 100000 {
		texts = append(texts, randomText(r, words, r.IntN(10)))
	}
	for _, text := range texts {
		if mayNameDraftOfAct(text) && !mayTellAdoption(text) {
			t.Fatalf("mayNameDraftOfAct(%q) but not mayTellAdoption", text)
		}
	}
}

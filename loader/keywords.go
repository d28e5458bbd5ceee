package loader

import (
	"math/bits"
	"strings"
)

// keywords is a set of the words that rules ask of every paragraph before they read it
// (contains(p.text, word) in a gate, or the first search of a loop that finds nothing
// without it). Most paragraphs hold few of them, and a search for each read a paragraph
// once per word (issue #3): build reads each paragraph's set once (readKeywords), and the
// gates consult it (mayHold).
type keywords uint64

// The words, one bit each.
const (
	kwPreside         keywords = 1 << iota // 主持: findBureau's presiders
	kwChair                                // 主席: findBureau, findOpeners
	kwRapporteur                           // 报告员: findBureau
	kwAdopted                              // 通过了: adoptedByNumberMatches
	kwMeetingsBracket                      // 会议（: heldMeetingsOf's counts of meetings
	kwConvened                             // 召开了: mayConvene
	kwHeld                                 // 举行了: mayConvene
	kwAtMeeting                            // 会议上: mayNameMeetings
	kwAtBracket                            // ）上: mayNameMeetings
	kwDraft                                // 草案: mayTellAdoption
	kwTextIn                               // 案文见: mayTellAdoption
	kwBracket                              // （: mayTellDecided
	kwStatement                            // 发言: mayReportStatement
	kwStatementMade                        // 发了言: mayReportStatement
	kwVideo                                // 视频: mayNamePanelOrVideo
	kwPanelists                            // 小组成员: mayNamePanelOrVideo
	kwDiscussants                          // 讨论成员: mayNamePanelOrVideo
	kwKeynote                              // 主旨: mayNamePanelOrVideo
	kwAforesaid                            // 上述: aforementioned
	kwGroup                                // 组: withEstablishedGroups
	kwCommittee                            // 委员会: withEstablishedGroups
	kwTaskForce                            // 工作队: withEstablishedGroups
	kwOpening                              // 开幕: findOpeners, openers
	kwAgenda                               // 议程: listedAgenda
	kwAgendaItem                           // 议程项目: findAgendaItems
	kwSession                              // 届会议: findSessions, setForYear
	kwNumber                               // 号: findActRefs
)

// keywordWords are the words of the set, by bit, each with the character it is looked up by
// (its anchor): the rarest of its characters in the reports, so that the pass stops at few
// characters to compare a word. Each anchor is a character of three bytes in UTF-8, as
// Chinese characters and full-width marks are.
var keywordWords = []struct{ word, anchor string }{
	{"主持", "持"}, {"主席", "席"}, {"报告员", "告"}, {"通过了", "过"}, {"会议（", "（"}, {"召开了", "召"}, {"举行了", "举"},
	{"会议上", "上"}, {"）上", "）"}, {"草案", "草"}, {"案文见", "见"}, {"（", "（"}, {"发言", "言"}, {"发了言", "言"},
	{"视频", "频"}, {"小组成员", "小"}, {"讨论成员", "讨"}, {"主旨", "旨"}, {"上述", "述"}, {"组", "组"}, {"委员会", "委"},
	{"工作队", "队"}, {"开幕", "幕"}, {"议程", "程"}, {"议程项目", "程"}, {"届会议", "届"}, {"号", "号"},
}

// anchoredWord is a word of keywordWords whose anchor begins at byte at of it.
type anchoredWord struct {
	bit  keywords
	word string
	at   int
}

// keywordsByRune finds the words anchored at a character of three bytes: by the low six
// bits of its second and third bytes, an index into keywordGroups (0 for none). Characters
// that share them share a group; each word is compared whole.
var (
	keywordsByRune [1 << 12]uint8
	keywordGroups  = [][]anchoredWord{nil}
)

func init() {
	if len(keywordWords) != bits.Len64(uint64(kwNumber)) {
		panic("keywordWords and the keyword bits disagree")
	}
	for k, w := range keywordWords {
		at := strings.Index(w.word, w.anchor)
		if at < 0 || len(w.anchor) != 3 || w.anchor[0] < 0xe0 || w.anchor[0] >= 0xf0 {
			panic("keyword " + w.word + ": anchor " + w.anchor)
		}
		key := runeKey(w.anchor, 0)
		if keywordsByRune[key] == 0 {
			keywordsByRune[key] = uint8(len(keywordGroups))
			keywordGroups = append(keywordGroups, nil)
		}
		g := keywordsByRune[key]
		keywordGroups[g] = append(keywordGroups[g], anchoredWord{bit: 1 << k, word: w.word, at: at})
	}
}

// runeKey returns the index into keywordsByRune of the character of three bytes at i of s.
func runeKey(s string, i int) int { return int(s[i+1]&0x3f)<<6 | int(s[i+2]&0x3f) }

// readKeywords returns the words of keywordWords that s holds: it visits every character
// that begins with a byte of 0xe0 or more (of three or four bytes), one of which each
// word's anchor is, where the word holding it begins at.
func readKeywords(s string) keywords {
	var has keywords
	for i := 0; i+2 < len(s); i++ {
		if s[i] < 0xe0 {
			continue // ASCII, a character of two bytes, or a byte after a character's first
		}
		if g := keywordsByRune[runeKey(s, i)]; g != 0 {
			has |= keywordsAt(s, i, g)
		}
		i += 2 // the next byte is the first of a character, or the last of one of four
	}
	return has
}

// keywordsAt returns the words of group g anchored at byte i of s that s holds there.
func keywordsAt(s string, i int, g uint8) keywords {
	var has keywords
	for _, w := range keywordGroups[g] {
		if from := i - w.at; from >= 0 && len(s)-from >= len(w.word) && s[from:from+len(w.word)] == w.word {
			has |= w.bit
		}
	}
	return has
}

// paragraphWords is the set of keywords of a paragraph's text, read once (build), and the
// text read: a paragraph whose text is not that one (a copy whose text a rule changed, a
// paragraph the builder made) has no set, and its gates search its text.
type paragraphWords struct {
	text string
	has  keywords
}

// mayHold reports whether p's text may hold one of the words of ws: false only where its
// set says it holds none, which is then contains(p.text, w) for each.
func (p *paragraph) mayHold(ws keywords) bool {
	return p.words.text != p.text || p.words.has&ws != 0
}

// readParagraphWords sets the keywords of each paragraph of ps.
func readParagraphWords(ps []paragraph) {
	for i := range ps {
		ps[i].words = paragraphWords{text: ps[i].text, has: readKeywords(ps[i].text)}
	}
}

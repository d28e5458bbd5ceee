package loader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFamily12Readers checks the readers added for family12: none panics, and what each
// returns is of the text it read (symbols and items as found, speakers' spans inside it).
func FuzzFamily12Readers(f *testing.F) {
	f.Add("在第 9 次会议上，缔约方会议以协商一致方式通过了以下决定草案：(a) 题为“甲”的决定草案（CTOC/COP/2024/L.6）（案文见第一章，第 12/2 号决定）；(b) 题为“乙”的决定草案（CTOC/COP/2024/L.7）（案文见第一章，第 12/3 号决定）。")
	f.Add("未能就该草案达成协商一致；以协商一致方式通过的第 9/1 号决议；经协商一致")
	f.Add("[未经发交主要委员会而通过（A/78/L.47 和 Add.1）]\n议程项目 13 和 117")
	f.Add("第三十三届会议续会于 2024 年 12 月 12 日在维也纳举行。在续会的第 1 次会议上，委员会通过了关于预算的第 33/3 号决定。")
	f.Add("在同次会议上，匈牙利代表代表欧洲联盟及其成员国作了解释立场的发言，美利坚合众国代表也作了发言。")
	f.Add("发言，发言，发言：，并作了发言，")
	f.Add("2. 美国国务卿 Antony Blinken 通过视频致辞。小组成员有：Maria Souza（巴西）、John Otieno（肯尼亚）和 Liu Wei（中国）。")
	f.Add("主旨发言人为 Lena Holm（瑞典）。专题讨论小组成员包括：Paulo Reis（葡萄牙）、王芳（中国）和（（加纳））。主持人：")
	f.Add("执行主任通过视频发言作了开幕致辞，秘书长以视频方式致开幕词；发表视频致辞。视频方式作了闭幕")
	f.Add("通过了题为“甲”的决议草案（L.6）；题为“”的第 1/2 号决定；题为“乙”的 的一份订正决定草案 (L.6)")
	f.Add("阿塞拜疆和亚美尼亚的代表行使答辩权作了发言。在行使答辩权时，日本代表发了言。发了言")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		voteOf(text)
		byConsensus(text)
		if item := listedItem(text); !strings.HasSuffix(text, item) {
			t.Fatalf("listedItem(%q) = %q, not the text's end", text, item)
		}
		plenaryDrafts(text)
		for _, n := range titleMoreItems(text, "12(a)") {
			if n == "" {
				t.Fatalf("titleMoreItems(%q): an empty item", text)
			}
		}
		resumedOther(text, 33)
		for _, d := range [...]string{"", "L.6"} {
			if title := adoptionTitle(text, d); !strings.Contains(text, title) {
				t.Fatalf("adoptionTitle(%q, %q) = %q, not in the text", text, d, title)
			}
		}
		if !mayNamePanelOrVideo(text, mayReportStatement(text)) && (findPanelists(text) != nil || findVideoMessages(text) != nil) {
			t.Fatalf("mayNamePanelOrVideo(%q) = false, but a panel or a video message is read", text)
		}
		for _, v := range findPanelists(text) {
			if !strings.Contains(text, v.quote) {
				t.Fatalf("panelist %+v not in the text", v)
			}
		}
		for _, v := range findVideoMessages(text) {
			if !strings.Contains(text, v.quote) {
				t.Fatalf("video message %+v not in the text", v)
			}
		}
		sameMeetingParagraph(text)
		for _, sp := range findSpeakers(text) {
			if sp.start < 0 || sp.start > sp.end || sp.end > len(text) {
				t.Fatalf("speaker %+v outside the text", sp)
			}
		}
	})
}

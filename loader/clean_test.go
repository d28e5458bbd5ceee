package loader

import (
	"strings"
	"testing"
)

func TestJobNumbers(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"V.12-57117", true},
		{"10 V.12-57117", true},
		{"V.12-57117 (C)", true},
		{"V.12-57117 (C) 3", true},
		{"V.12-54321 (C)    160812    170812", true},
		{"V.13-80001 (C)\t010213", true},
		{"14-58012 (C)", true},
		{"14-58012(E)", true},
		{"14-58012 (C)    061114    071114", true},
		{"2 14-58012 (C)    061114    071114", true},
		{"14-58012 (C)    061114    071114    5", true},
		{"14-58012", false},                          // no language letter: a number in text
		{"14-58012 061114", false},                   // the same, dated
		{"2014-58012 (C)", false},                    // a job number's year has two digits
		{"14-5801 (C)", false},                       // and its serial five
		{"14-58012 (C) 号文件", false},                  // text after it
		{"见 14-58012 (C)", false},                    // text before it
		{"14-58012 (C) 061114 071114 081114", false}, // two dates at most
		{"14-58012 (c)", false},
		{"2012-2015 (A)", false},
	} {
		if got := jobNumberRE.MatchString(tc.line); got != tc.want {
			t.Errorf("jobNumberRE.MatchString(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestJobNumbersAndTheirRunningHeadLeaveTheText: a page break inside a paragraph, with the
// later form of job number and the running head beside it, heals into one paragraph; a
// paragraph that begins with such a number stays.
func TestJobNumbersAndTheirRunningHeadLeaveTheText(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // the blocks
	}{
		{"dated, before the head",
			" 3. 决定工作组应继续作为缔约方\n\n会议的固定组成部分。\n\n14-58012 (C)    061114    071114\n\nCTOC/COP/2014/13\n\n 4. 请秘书处报告。\n",
			[]string{"3. 决定工作组应继续作为缔约方会议的固定组成部分。", "4. 请秘书处报告。"}},
		{"mid-sentence, head first, page number after",
			" 3. 决定工作组应继续作为缔约方\nCTOC/COP/2014/13\n\n15-01234 (C)  7\n会议的固定组成部分。\n",
			[]string{"3. 决定工作组应继续作为缔约方会议的固定组成部分。"}},
		{"the older form, dated",
			" 4. 工作组举行了会议（见 CTOC/COP/2012/5）。\n\nV.12-54321 (C)    160812    170812\n\nCTOC/COP/2012/2\n\n 5. 秘书长的报告载有进一步资料。\n",
			[]string{"4. 工作组举行了会议（见 CTOC/COP/2012/5）。", "5. 秘书长的报告载有进一步资料。"}},
		{"a number in text is no furniture",
			" 6. 文件编号为\n14-58012，\n另见 14-58012 (C)。\n",
			[]string{"6. 文件编号为14-58012，另见 14-58012 (C)。"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := clean(tc.text)
			var got []string
			for _, b := range blocks(c.lines) {
				got = append(got, b.text)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

package loader

import (
	"regexp"
	"strings"

	"copgraph/kg"
)

// A body fixes the place of a session years ahead, before its days: "决定缔约国会议第十二届
// 会议于 2027 年在维也纳举行". sessionFutureRE wants the days; this reads the year alone,
// which gives the session, its place and its year, and no dates (none is known yet).
var sessionYearRE = regexp.MustCompile(`第([一二三四五六七八九十]{1,3})届会议\s*(?:将)?\s*于\s*(\d{4})\s*年\s*(?:[于在]\s*(\p{Han}{2,8}?)\s*)?举行`)

// sessionYears reads in text the sessions set for a year (sessionYearRE), of body unless
// the words before the session name another ("缔约国会议第十二届会议"); a session of a
// group ("审议组第十六届会议") is left alone, as its numbers are not the body's.
func (b *graphBuilder) sessionYears(text string, body kg.Body) {
	if !setForYear(text) {
		return
	}
	for _, m := range sessionYearRE.FindAllStringSubmatchIndex(text, -1) {
		before := text[:m[0]]
		owner := sessionBody(before)
		if owner == "" {
			if !hasAnySuffix(trimSpace(before), []string{"其", "决定", "，", "。", "；"}) && before != "" {
				continue // another's session, or a group's
			}
			owner = body
		}
		if owner == "" {
			continue
		}
		id := b.session(owner, chineseNumber(text[m[2]:m[3]]))
		props := &b.nodes[id].Properties
		if props.Has(kg.PropStartDate) {
			continue // its days, read elsewhere, say more
		}
		props.Set(kg.PropYear, int64(atoi(text[m[4]:m[5]])))
		if m[6] >= 0 && !props.Has(kg.PropPlace) {
			props.Set(kg.PropPlace, text[m[6]:m[7]])
		}
	}
}

// setForYear reports whether a session's name in text is followed by 于 or 将于, as every
// match of sessionYearRE's is (a session held is told the other way round, "于…举行了第六届
// 会议"): one search by a byte of 届, rare, where the regexp would read every paragraph.
func setForYear(text string) bool {
	for from := 0; ; {
		i := indexBy(text[from:], "届会议", 1)
		if i < 0 {
			return false
		}
		from += i + len("届会议")
		if strings.HasPrefix(strings.TrimPrefix(text[from:], "将"), "于") {
			return true
		}
	}
}

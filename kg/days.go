package kg

import (
	"cmp"
	"slices"
	"strings"
)

// isDayKey reports whether k is one of the properties that date a session: its first and
// last days and its parts.
func isDayKey(k string) bool {
	return k == PropStartDate || k == PropEndDate || k == PropParts
}

// statesDays reports whether n states (not as a default) any of a session's days.
func statesDays(n Node) bool {
	for _, p := range n.Properties {
		if isDayKey(p.Key) && !n.IsWeak(p.Key) {
			return true
		}
	}
	return false
}

// mergeDays folds what n states of a session's days into what old states: each document
// tells of the days it knew (a report of the session, another of its resumed part months
// later), so no one replaces another and the order they are read in changes nothing. The
// session begins on the earliest first day either gives and ends on the latest last day;
// its parts are both sets of parts (a session dated at once is its one part), those that
// share a day made one, kept only where the session met in more than one or either
// already said it met in parts. It reports whether it merged: old states days too.
func mergeDays(old *Node, n Node) bool {
	if !statesDays(n) || !statesDays(*old) {
		return false
	}
	oldParts, oldSplit := dayParts(*old)
	nParts, nSplit := dayParts(n)
	for _, k := range []string{PropStartDate, PropEndDate} {
		a, aok := old.Properties.Get(k).(string)
		b, bok := n.Properties.Get(k).(string)
		if !bok || n.IsWeak(k) {
			continue
		}
		if aok && !old.IsWeak(k) && (k == PropStartDate && a <= b || k == PropEndDate && a >= b) {
			continue
		}
		old.Properties.Set(k, b)
		old.SetWeak(k, false)
	}
	if !oldSplit && !nSplit {
		return true
	}
	parts := joinIntervals(append(oldParts, nParts...))
	old.Properties.Set(PropParts, parts)
	old.SetWeak(PropParts, false)
	return true
}

// dayParts returns the parts n states of a session, as intervals, or its first and last
// days as its one part where it states both and no parts; split is set where it states
// parts.
func dayParts(n Node) (parts []string, split bool) {
	if !n.IsWeak(PropParts) {
		switch v := n.Properties.Get(PropParts).(type) {
		case []string:
			return slices.Clone(v), true
		case []any: // decoded from JSON or read back from a store
			for _, p := range v {
				if s, ok := p.(string); ok {
					parts = append(parts, s)
				}
			}
			return parts, true
		}
	}
	start, _ := n.Properties.Get(PropStartDate).(string)
	end, _ := n.Properties.Get(PropEndDate).(string)
	if start == "" || end == "" || n.IsWeak(PropStartDate) || n.IsWeak(PropEndDate) {
		return nil, false
	}
	return []string{start + "/" + end}, false
}

// joinIntervals orders ISO 8601 day intervals ("2021-05-17/2021-05-21") and makes one of
// those that share a day, so that the same part told twice, or told once whole and once
// by a day of it, is one part.
func joinIntervals(parts []string) []string {
	type iv struct{ start, end string }
	ivs := make([]iv, 0, len(parts))
	for _, p := range parts {
		s, e, ok := strings.Cut(p, "/")
		if !ok {
			s, e = p, p
		}
		ivs = append(ivs, iv{s, e})
	}
	slices.SortFunc(ivs, func(a, b iv) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end)) })
	var out []iv
	for _, v := range ivs {
		if len(out) > 0 && v.start <= out[len(out)-1].end {
			out[len(out)-1].end = max(out[len(out)-1].end, v.end)
			continue
		}
		out = append(out, v)
	}
	s := make([]string, len(out))
	for i, v := range out {
		s[i] = v.start + "/" + v.end
	}
	return s
}

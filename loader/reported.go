package loader

import (
	"slices"
	"strings"

	"copgraph/kg"
)

// A text tells what an earlier act asked in the act's own words, right after naming it:
// "缔约国会议在其…第 10/6 号决议中，请工作组审议…", "大会在其第 79/186 号决议中请秘书长…",
// "回顾第 5/1 号决议，其中理事会请各国…". Notes and reports recall so the mandate they answer,
// and a preamble the requests it builds on; these are where a reader finds "every request
// made by 10/6". What follows is the act's, not the text's: its clauses are read as the act's
// operative clauses are, for the act the reference names (each act of a list).

// reportedSpan is a stretch of a text that tells what an act asked: from the end of the
// words that name it ("…号决议中", "…号决议，其中") to the end of the sentence, or to where
// the next such stretch begins. refEnd is the byte offset where the reference's 决议 or 决定
// ends; start and end bound the stretch in bytes.
type reportedSpan struct{ refEnd, start, end int }

// reportedSpans returns the stretches of text that tell what the acts it names asked, in
// order; they go in buf's room.
func reportedSpans(text string, buf []reportedSpan) []reportedSpan {
	out := buf[:0]
	scan := reportedScan{text: text, stop: -1}
	for {
		sp, ok := scan.next(len(text))
		if !ok {
			return out
		}
		if n := len(out); n > 0 && out[n-1].end > sp.refEnd {
			out[n-1].end = sp.refEnd // the next act's words are its own
		}
		out = append(out, sp)
	}
}

// reportedScan finds a text's stretches in order, as far into the text as it is asked.
type reportedScan struct {
	text string
	from int // where the search for the next "号" goes on
	stop int // where the sentence of the last stretch ends: read once for all its stretches
}

// next returns the next stretch whose reference's 号 stands before byte limit, its end not
// yet cut by the stretch after it, or false where none is left there.
func (s *reportedScan) next(limit int) (reportedSpan, bool) {
	for s.from < limit {
		i := index(s.text[s.from:limit], "号")
		if i < 0 {
			s.from = limit
			break
		}
		at := s.from + i + len("号")
		s.from = at
		k := skipRESpaces(s.text, at)
		if !strings.HasPrefix(s.text[k:], "决议") && !strings.HasPrefix(s.text[k:], "决定") {
			continue
		}
		refEnd := k + len("决议")
		start, ok := reportedStart(s.text, refEnd)
		if !ok {
			continue
		}
		if start > s.stop {
			s.stop = reportedEnd(s.text, start)
		}
		return reportedSpan{refEnd: refEnd, start: start, end: s.stop}, true
	}
	return reportedSpan{}, false
}

// reportedStart returns where the words of an act whose reference ends at byte refEnd of
// text begin, where the text goes on to tell them: after "中" ("…号决议中请…", "…号决议中，
// 请…") or "，其中" ("…号决议，其中请…"). "…号决议中的建议" and "…号决议中所载" name
// something the act holds, no words of its own.
func reportedStart(text string, refEnd int) (int, bool) {
	k := skipRESpaces(text, refEnd)
	rest := text[k:]
	switch {
	case strings.HasPrefix(rest, "中"):
		k += len("中")
		if hasAnyPrefix(text[k:], notReportedAfter) {
			return 0, false
		}
		if strings.HasPrefix(text[k:], "，") {
			k += len("，")
		} else if strings.HasPrefix(text[k:], ",") {
			k++
		}
		return k, true
	case strings.HasPrefix(rest, "，其中"):
		return k + len("，其中"), true
	case strings.HasPrefix(rest, ",其中"):
		return k + len(",其中"), true
	}
	return 0, false
}

// notReportedAfter follow "…号决议中" where it names what the act holds, not what it said:
// "中的建议", "中所载".
var notReportedAfter = []string{"的", "所", "之"}

// reportedEnd returns where the sentence that holds byte at of text ends: at its "。" or at
// the end of its line (a list's line is a sentence of its own), else at the end of text.
func reportedEnd(text string, at int) int {
	end := len(text)
	if i := index(text[at:], "。"); i >= 0 {
		end = at + i
	}
	if i := strings.IndexByte(text[at:end], '\n'); i >= 0 {
		end = at + i
	}
	return end
}

// reportedCursor tells whether bytes of a text, asked in order, lie in its stretches: what
// an act the text names asked, not the text's own request. It reads the text as far as the
// last byte asked, once for all the questions: an operative paragraph's first clause asks
// at its start.
type reportedCursor struct {
	scan reportedScan
	cur  reportedSpan // the last stretch found
	has  bool
}

func newReportedCursor(text string) reportedCursor {
	return reportedCursor{scan: reportedScan{text: text, stop: -1}}
}

func (c *reportedCursor) holds(at int) bool {
	for {
		sp, ok := c.scan.next(at)
		if !ok {
			break
		}
		if c.has && c.cur.end > sp.refEnd {
			c.cur.end = sp.refEnd
		}
		c.cur, c.has = sp, true
	}
	return c.has && c.cur.start <= at && at < c.cur.end
}

// reportedMandate is a mandate a text tells of an act it names.
type reportedMandate struct {
	act kg.ActKey
	mandate
}

// findReportedMandates returns the mandates text tells of the acts it names (refs, as
// findActRefs finds them in text), in a document of docBody; named are the text's entities,
// group the working group a bare "工作组" is where the text names none before (the report's
// own group, or the one named last in the paragraphs before). Offsets are runes of text.
func findReportedMandates(text string, refs []mention, docBody kg.Body, named []entityMention, group *entity) []reportedMandate {
	// The words after each reference tell at once whether any act's are told: most
	// paragraphs that name acts tell none, and the text need not be read for them.
	if !slices.ContainsFunc(refs, func(r mention) bool {
		_, ok := reportedStart(text, min(len(text), r.at+len(r.quote)))
		return ok
	}) {
		return nil
	}
	var spanBuf [4]reportedSpan
	spans := reportedSpans(text, spanBuf[:0])
	if len(spans) == 0 {
		return nil
	}
	// The acts of each reference and where it begins, by where it ends: a list's acts share
	// its span (findActRefs quotes the list whole).
	type listed struct {
		acts []kg.ActKey
		at   int
	}
	byEnd := make(map[int]*listed, len(spans))
	for _, s := range spans {
		byEnd[s.refEnd] = &listed{at: len(text)}
	}
	for _, r := range refs {
		if l := byEnd[r.at+len(r.quote)]; l != nil {
			l.acts = append(l.acts, r.key)
			l.at = min(l.at, r.at)
		}
	}
	var out []reportedMandate
	runes := runeOffsets{text: text} // asked in order: the stretches are
	var carried []kg.ActKey          // the acts of a list joined to the next ("…号决议中，以及…号决定中，请…")
	j := 0                           // the next of named not yet passed
	for k, s := range spans {
		acts := append(carried, byEnd[s.refEnd].acts...)
		carried = nil
		if k+1 < len(spans) {
			if next := byEnd[spans[k+1].refEnd]; next.at >= s.start && joinsActs(text[s.start:next.at]) {
				carried = acts // "在其第 5/1 号决议中，以及第 2/1 号决定中，请…": both asked
				continue
			}
		}
		if len(acts) == 0 || s.start >= s.end {
			continue
		}
		sub := text[s.start:s.end]
		shift := runes.of(s.start)
		var subNamed []entityMention
		for ; j < len(named) && named[j].startByte < s.end; j++ {
			m := named[j]
			switch {
			case m.endByte <= s.start:
				if m.ent.labels[0] == kg.LabelWorkingGroup {
					group = m.ent // "…工作组。缔约方会议在第 x 号决议中请工作组…"
				}
			case m.startByte >= s.start && m.endByte <= s.end:
				m.start, m.end = m.start-shift, m.end-shift
				m.startByte, m.endByte = m.startByte-s.start, m.endByte-s.start
				subNamed = append(subNamed, m)
			}
		}
		for _, m := range mandatesIn(sub, docBody, subNamed, group, nil) {
			m.start, m.end = m.start+shift, m.end+shift
			for _, a := range acts {
				out = append(out, reportedMandate{act: a, mandate: m})
			}
		}
		for _, m := range subNamed {
			if m.ent.labels[0] == kg.LabelWorkingGroup {
				group = m.ent
			}
		}
	}
	return out
}

// joinsActs reports whether words, between the words that name an act and the next
// reference, only join the two lists: "以及", "和", "并在其".
func joinsActs(words string) bool {
	w := trimSpace(words)
	for _, j := range []string{"以及", "并且", "和", "及", "并", "与"} {
		if rest, ok := strings.CutPrefix(w, j); ok {
			w = rest
			break
		}
	}
	for _, own := range []string{"在其", "在", "其"} {
		if rest, ok := strings.CutPrefix(w, own); ok {
			w = rest
			break
		}
	}
	return trimSpace(w) == ""
}

// reportedMandates adds the mandates paragraph p tells of the acts it names (refs):
// MANDATES from the paragraph's node (from) to each addressee, of the act (PropAct) and
// the session that adopted it, as the act's own paragraphs give them. What the act decided
// is no proposal, whatever text tells it.
func (b *graphBuilder) reportedMandates(from string, p paragraph, refs []mention, named []entityMention, group *entity) {
	ms := findReportedMandates(p.text, refs, b.body, named, group)
	if len(ms) == 0 {
		return
	}
	key := b.keyBox.of(p.key)
	for _, m := range ms {
		var session any
		if id := adoptingSession(m.act); id != "" {
			session = id
		}
		// "…决议中建议大会请…": the act proposed it to another.
		b.mandate(from, key, p, m.mandate, m.act.ID(), session, m.recommended)
	}
}

// reportedActAt returns the act whose words, as text tells them, hold byte at: the last act
// of the reference (refs) that opens the stretch ("在其第 3/1 号决议中，通过了…，并设立了…"),
// or the zero key. The stretch is read back at most reportedReach bytes, within the
// sentence: a long text's every group asks, and each asks its own sentence alone.
func reportedActAt(text string, at int, refs []mention) kg.ActKey {
	if len(refs) == 0 {
		return kg.ActKey{}
	}
	lo := max(0, at-reportedReach)
	if i := lastIndex(text[lo:at], "。"); i >= 0 {
		lo += i + len("。")
	}
	var buf [4]reportedSpan
	spans := reportedSpans(text[lo:at], buf[:0])
	// at lies in the last stretch where no "。" nor the next act's words end it before at.
	if n := len(spans); n == 0 || spans[n-1].end < at-lo {
		return kg.ActKey{}
	}
	var act kg.ActKey
	for _, r := range refs {
		if r.at+len(r.quote) == lo+spans[len(spans)-1].refEnd {
			act = r.key
		}
	}
	return act
}

// reportedReach is how far back reportedActAt looks for the words that name an act: a
// reference, a title and a clause or two, 200 characters.
const reportedReach = 600

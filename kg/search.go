package kg

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
)

// Searcher finds nodes by their text: acts by title, paragraphs by text. Chinese text is
// cut into overlapping pairs of characters (bigrams), as Lucene's CJK analyzer does, so a
// query finds words without a dictionary; other text into lower-cased words.
type Searcher interface {
	// Search returns the nodes that share at least one term with the query, best first.
	// Scores are relative: the best hit scores 1. One round trip.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
}

// SearchQuery is a full-text question.
type SearchQuery struct {
	Text string
	// Labels limits the hits to nodes of these labels (LabelAct, LabelParagraph); both
	// when empty.
	Labels []string
	// MinScore drops hits scoring less, relative to the best (0 to 1).
	MinScore float64
	// Limit bounds the hits; 20 when 0.
	Limit int
}

// SearchHit is a node that matched, with its relative score.
type SearchHit struct {
	Node  Node
	Score float64
}

// SearchLabels and SearchProperties are what the full-text index covers.
var (
	SearchLabels     = []string{LabelAct, LabelParagraph}
	SearchProperties = []string{PropTitle, PropText}
)

// stopWords are the English words Lucene's CJK analyzer drops.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a and are as at be but by for if in into is it no not of on or s such t that the their then there these they this to was will with www") {
		stopWords[w] = true
	}
}

// Terms cuts text into search terms: full-width letters and digits read as half-width,
// runs of Chinese characters cut into overlapping pairs (a lone character stays one term),
// runs of letters and digits into lower-cased words, English stop words dropped. It is the
// analysis Neo4j's CJK analyzer does, so both stores match the same nodes.
func Terms(text string) []string {
	text = strings.Map(func(r rune) rune {
		if r >= '！' && r <= '～' {
			return r - 0xFEE0 // full-width ASCII forms sit at a fixed distance from ASCII
		}
		return r
	}, text)
	var out []string
	var han []rune
	var word []rune
	flushHan := func() {
		switch {
		case len(han) == 1:
			out = append(out, string(han))
		case len(han) > 1:
			for i := 0; i+1 < len(han); i++ {
				out = append(out, string(han[i:i+2]))
			}
		}
		han = han[:0]
	}
	flushWord := func() {
		if w := strings.ToLower(string(word)); w != "" && !stopWords[w] {
			out = append(out, w)
		}
		word = word[:0]
	}
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			flushWord()
			han = append(han, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flushHan()
			word = append(word, r)
		default:
			flushHan()
			flushWord()
		}
	}
	flushHan()
	flushWord()
	return out
}

// CheckSearch validates a search query and fills in its default limit.
func CheckSearch(q *SearchQuery) error {
	switch {
	case strings.TrimSpace(q.Text) == "":
		return Errorf(EINVALID, "search text is empty")
	case len([]rune(q.Text)) > 200:
		return Errorf(EINVALID, "search text is longer than 200 characters")
	case q.MinScore < 0 || q.MinScore > 1:
		return Errorf(EINVALID, "minScore must be between 0 and 1, got %g", q.MinScore)
	case q.Limit < 0 || q.Limit > MaxPageSize:
		return Errorf(EINVALID, "first must be between 1 and %d, got %d", MaxPageSize, q.Limit)
	}
	if q.Limit == 0 {
		q.Limit = 20
	}
	for _, l := range q.Labels {
		if l != LabelAct && l != LabelParagraph {
			return Errorf(EINVALID, "search covers acts and paragraphs, not %s", l)
		}
	}
	if len(q.Labels) == 0 {
		q.Labels = SearchLabels
	}
	return nil
}

// RankHits orders hits best first (ties by id), scales scores so that the best is 1, drops
// those under q.MinScore and keeps q.Limit. Every store ranks with it.
func RankHits(hits []SearchHit, q SearchQuery) []SearchHit {
	slices.SortFunc(hits, func(a, b SearchHit) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.Node.ID, b.Node.ID)
	})
	out := []SearchHit{}
	for _, h := range hits {
		h.Score /= hits[0].Score
		if h.Score < q.MinScore || len(out) == q.Limit {
			break
		}
		out = append(out, h)
	}
	return out
}

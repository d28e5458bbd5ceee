package loader

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFamily15FindingsStayFixed: family15's high findings on a document's structure (its
// agenda, an act's closing lines, page furniture), fixed since, one fact each (the finding's
// number in testdata/review/family15/EXPECTED.md).
func TestFamily15FindingsStayFixed(t *testing.T) {
	for _, tc := range []struct {
		finding, file string
		want, wantNot []string
	}{
		{"family15 K1: an annotated agenda whose headings stand at the margin", "family15/d09.txt",
			[]string{"doc:CTOC/COP/2026/CRP.1 CONSIDERED_UNDER agenda:cop:13:1(d)"}, nil},
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

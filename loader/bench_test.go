package loader

import (
	"bytes"
	"fmt"
	"runtime"
	"slices"
	"testing"

	"copgraph/kg"
)

// BenchmarkParse measures parse throughput (MB/s, from b.SetBytes) and allocations on the
// corpus and on an input 100 times larger: 100 copies whose adopted acts are renumbered so
// that the document stays valid. Throughput should not fall with size (linear time), nor
// allocations per megabyte of input (allocs/MB) grow.
func BenchmarkParse(b *testing.B) {
	one := readCorpus(b)
	for _, in := range []struct {
		name string
		data []byte
	}{{"corpus", one}, {"corpus×100", hundredfold(one)}} {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				if _, err := Parse("bench.txt", in.data); err != nil {
					b.Fatal(err)
				}
			}
			runtime.ReadMemStats(&after)
			// Allocations per megabyte of input, which should not grow with the input.
			mb := float64(b.N) * float64(len(in.data)) / 1e6
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/mb, "allocs/MB")
		})
	}
}

// hundredfold returns 100 copies of the corpus whose adopted acts are renumbered (第 100/1,
// 第 101/1, …), so that the document stays valid and each copy's acts are new.
func hundredfold(one []byte) []byte {
	var big bytes.Buffer
	for k := range 100 {
		big.Write(bytes.ReplaceAll(one, []byte("第 6/"), fmt.Appendf(nil, "第 %d/", 100+k)))
	}
	return big.Bytes()
}

// TestTheLargeInputKeepsEveryCopy: the benchmark's larger input is parsed whole, every
// copy's acts and narrative paragraphs kept. Until the paragraphs of a report numbered anew
// were kept (a report's annexes restart at 1), copies 2 to 100 lost their narrative, and
// the benchmark measured a parse of little more than one copy.
func TestTheLargeInputKeepsEveryCopy(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 7 MB")
	}
	one := readCorpus(t)
	count := func(data []byte) (acts, narrative int) {
		g, err := Parse("bench.txt", data)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range g.Nodes {
			switch {
			case slices.Contains(n.Labels, kg.LabelAct) && n.Properties.Get(kg.PropAdopted) == true:
				acts++
			case slices.Contains(n.Labels, kg.LabelParagraph) && n.Properties.Get(kg.PropKind) == "narrative":
				narrative++
			}
		}
		return acts, narrative
	}
	acts, narrative := count(one)
	bigActs, bigNarrative := count(hundredfold(one))
	// Each later copy's first two paragraphs, which lead into its acts ("…通过了下列决议："),
	// follow the last act of the copy before it, and are not counted as narrative: a
	// report's opening after another report's acts is no shape of the family.
	if want := 100*narrative - 99*2; acts == 0 || narrative == 0 || bigActs != 100*acts || bigNarrative < want {
		t.Errorf("the corpus: %d adopted acts, %d narrative paragraphs; 100 copies: %d, %d, want %d and at least %d",
			acts, narrative, bigActs, bigNarrative, 100*acts, want)
	}
}

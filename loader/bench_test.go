package loader

import (
	"bytes"
	"fmt"
	"runtime"
	"testing"
)

// BenchmarkParse measures parse throughput (MB/s, from b.SetBytes) and allocations on the
// corpus and on an input 100 times larger: 100 copies whose adopted acts are renumbered so
// that the document stays valid. Throughput should not fall with size (linear time), nor
// allocations per megabyte of input (allocs/MB) grow.
func BenchmarkParse(b *testing.B) {
	one := readCorpus(b)
	var big bytes.Buffer
	for k := range 100 {
		big.Write(bytes.ReplaceAll(one, []byte("第 6/"), fmt.Appendf(nil, "第 %d/", 100+k)))
	}
	for _, in := range []struct {
		name string
		data []byte
	}{{"corpus", one}, {"corpus×100", big.Bytes()}} {
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

package loader

import "testing"

// BenchmarkCorpusGrownStack is BenchmarkParse on the corpus with the goroutine's stack grown
// first, so that no parse grows it: callgrind then follows every call and return, and its
// costs can be read function by function (callgrind --dump-after of a stage). Its name
// holds no "Parse", so that -bench 'Parse/corpus$' does not run it.
func BenchmarkCorpusGrownStack(b *testing.B) {
	data := readCorpus(b)
	growStack(64)
	for b.Loop() {
		if _, err := Parse("bench.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// growStack calls itself n deep with a large frame, which grows the stack.
func growStack(n int) byte {
	var frame [8 << 10]byte
	frame[n%len(frame)] = byte(n)
	if n == 0 {
		return frame[0]
	}
	return growStack(n-1) + frame[n%len(frame)]
}

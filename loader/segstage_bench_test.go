package loader

import "testing"

// BenchmarkSegmentStage measures the segmentation stage alone on the corpus: decoding and
// segmentText (cleaning, blocks, markers, segmenting), without the rules that build the
// graph.
func BenchmarkSegmentStage(b *testing.B) {
	data := readCorpus(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		text, _, err := Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		segmentText(text)
	}
}

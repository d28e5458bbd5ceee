package kg

import (
	"fmt"
	"strings"
	"testing"
)

// TestActKeyStrings checks ID and SortKey against the fmt formats they were first written
// with.
func TestActKeyStrings(t *testing.T) {
	for _, number := range []string{"6/1", "49/35 A", "S-26/2", "1325 (2000)", "1997/22", "123456789/1", "", "x", "6/1\xff", "０/1"} {
		for _, k := range []ActKey{{BodyCOP, KindResolution, number}, {BodySC, KindDecision, number}, {"Odd Body", "kind", number}} {
			if got, want := k.ID(), fmt.Sprintf("act:%s:%s:%s", strings.ToLower(string(k.Body)), k.Kind, strings.ReplaceAll(k.Number, " ", "")); got != want {
				t.Errorf("%v.ID() = %q, want %q", k, got, want)
			}
			if got, want := SortKey(k), fmtSortKey(k); got != want {
				t.Errorf("SortKey(%v) = %q, want %q", k, got, want)
			}
		}
	}
}

func fmtSortKey(k ActKey) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(string(k.Body)))
	b.WriteByte('|')
	b.WriteString(string(k.Kind))
	b.WriteByte('|')
	digits := ""
	flush := func() {
		if digits != "" {
			fmt.Fprintf(&b, "%08s", digits)
			digits = ""
		}
	}
	for _, r := range k.Number {
		if r >= '0' && r <= '9' {
			digits += string(r)
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

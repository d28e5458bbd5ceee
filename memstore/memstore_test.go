package memstore_test

import (
	"testing"

	"copgraph/kg"
	"copgraph/kg/kgtest"
	"copgraph/memstore"
)

func TestConformance(t *testing.T) {
	kgtest.Run(t, func(t *testing.T) kg.Store { return memstore.New() })
}

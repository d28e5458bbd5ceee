// Package neo4jtest gives tests a neo4jstore.Store on the Neo4j that NEO4J_URI names (the
// project's test command starts one). Without NEO4J_URI a test skips, except under CI=true,
// where it fails: in CI the Neo4j tests always run.
package neo4jtest

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"copgraph/neo4jstore"
)

// Open returns a store on an empty database. Test packages run in parallel and share the
// one database a Community server has, so the first Open of a test binary takes an
// exclusive file lock, named for the URI, which the binary holds until it exits.
func Open(t testing.TB) *neo4jstore.Store {
	t.Helper()
	cfg := neo4jstore.ConfigFromEnv()
	if cfg.URI == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set, and under CI=true the Neo4j tests must run: use ./scripts/test, which starts Neo4j")
		}
		t.Skip("NEO4J_URI is not set: ./scripts/test starts a Neo4j and runs these tests")
	}
	lock(t, cfg.URI)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("neo4j at %s: %v", cfg.URI, err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	if err := s.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

var (
	lockOnce sync.Once
	lockErr  error
	// lockFile holds the lock. It must stay reachable: a collected *os.File is closed by its
	// finalizer, and closing the file drops the lock.
	lockFile *os.File
)

func lock(t testing.TB, uri string) {
	t.Helper()
	lockOnce.Do(func() { lockErr = takeLock(uri) })
	switch {
	case lockErr != nil:
		t.Fatal(lockErr)
	case lockFile == nil:
		t.Fatal("neo4jtest: the database lock was not taken")
	}
}

// takeLock blocks until this process holds the lock. The file stays open, and so locked,
// until the process exits.
func takeLock(uri string) error {
	sum := sha256.Sum256([]byte(uri))
	path := filepath.Join(os.TempDir(), fmt.Sprintf("copgraph-neo4j-%x.lock", sum[:6]))
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return fmt.Errorf("lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return fmt.Errorf("lock %s: %w", path, err)
	}
	lockFile = f
	return nil
}

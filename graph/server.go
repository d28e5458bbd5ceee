package graph

import (
	"context"
	"embed"
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"slices"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"copgraph"
	"copgraph/graph/playground"
	"copgraph/kg"
)

//go:embed examples/*.graphql
var examples embed.FS

// Examples returns the example queries, one per family of question, in file order. The
// playground opens with them, and the conformance suite checks their answers on both stores.
func Examples() []playground.Example {
	names, _ := fs.Glob(examples, "examples/*.graphql")
	var out []playground.Example
	for _, n := range names {
		b, _ := examples.ReadFile(n)
		out = append(out, playground.Example{Query: string(b)})
	}
	return out
}

// Options tune the HTTP handler.
type Options struct {
	// Logger receives request and error logs; slog.Default() when nil.
	Logger *slog.Logger
	// MaxBodyBytes bounds a request body; 256 KiB when 0 (a query is rarely over a few).
	MaxBodyBytes int64
	// QueryTimeout bounds the work of one request; 30 s when 0.
	QueryTimeout time.Duration
	// Limits bound the depth and complexity of a query.
	Limits Limits
	// NoIntrospection turns introspection off (it is on by default: the playground needs it).
	NoIntrospection bool
	// CORSOrigins lists the origins allowed to call the API from a browser; "*" allows any.
	CORSOrigins []string
	// BatchWait is how long a dataloader waits for the sibling fields of one depth before it
	// asks the store; 10 ms when 0. Fields of one depth start within microseconds of each
	// other, but on a machine short of CPU some may start later and miss the batch: a
	// longer wait trades latency for fewer round trips.
	BatchWait time.Duration
}

// NewGraphQL returns the GraphQL executor over store: explicit transports (GET and POST),
// per-operation dataloaders and an error presenter that shows users the codes of kg errors
// and hides everything else behind "internal error" and a log line.
func NewGraphQL(store kg.Store, opts Options) *handler.Server {
	return newGraphQL(store, opts, nil)
}

func newGraphQL(store kg.Store, opts Options, m *metrics) *handler.Server {
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	if opts.Limits.MaxDepth == 0 {
		opts.Limits.MaxDepth = 12
	}
	if opts.Limits.MaxComplexity == 0 {
		opts.Limits.MaxComplexity = 200000
	}
	srv := handler.New(NewExecutableSchema(Config{Resolvers: &Resolver{Store: store}}))
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	if !opts.NoIntrospection {
		srv.Use(extension.Introspection{})
	}
	// The persisted-query cache maps a hash to a query's text; the query cache a text to
	// its parsed document. Both keep only short queries.
	srv.Use(extension.AutomaticPersistedQuery{Cache: smallOnly[string]{lru.New[string](1000), func(_, text string) int { return len(text) }}})
	srv.SetQueryCache(smallOnly[*ast.QueryDocument]{lru.New[*ast.QueryDocument](1000), func(text string, _ *ast.QueryDocument) int { return len(text) }})
	srv.Use(limitsExtension{opts.Limits})
	// Parsing stops at the token limit, before validation, whose cost grows faster than the
	// document: thousands of aliases would cost seconds of CPU before the field limit could
	// refuse them.
	srv.SetParserTokenLimit(maxTokens)
	if m != nil {
		srv.AroundResponses(m.observe)
	}
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withLoaders(ctx, store, opts.BatchWait))
	})
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var ge *gqlerror.Error
		if errors.As(err, &ge) && ge.Err == nil {
			return gerr // a GraphQL error of the request itself: validation, parsing
		}
		code := kg.ErrorCode(err)
		if code == kg.EINTERNAL {
			log.ErrorContext(ctx, "internal error", "path", gerr.Path.String(), "err", err)
		}
		gerr.Message = kg.ErrorMessage(err)
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		gerr.Extensions["code"] = code
		return gerr
	})
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "resolver panic", "panic", p)
		return errors.New("panic in resolver")
	})
	return srv
}

// NewHandler returns the HTTP API: GraphQL at /graphql, the playground at /, the schema
// as SDL at /schema.graphql, Prometheus metrics at /metrics, and /healthz and /readyz for
// orchestrators.
func NewHandler(store kg.Store, opts Options) http.Handler {
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	if opts.MaxBodyBytes == 0 {
		opts.MaxBodyBytes = 256 << 10
	}
	if opts.QueryTimeout == 0 {
		opts.QueryTimeout = 30 * time.Second
	}
	opts.Logger = log
	m := newMetrics(store)
	gql := newGraphQL(store, opts, m)
	mux := http.NewServeMux()
	mux.Handle("/graphql", http.TimeoutHandler(http.MaxBytesHandler(specStatus(gql), opts.MaxBodyBytes), opts.QueryTimeout, `{"errors":[{"message":"query timeout","extensions":{"code":"TIMEOUT"}}]}`))
	pg := playground.Handler("copgraph", "/graphql", "/playground", Examples())
	mux.Handle("GET /{$}", pg)
	mux.Handle("GET /playground/", pg)
	mux.HandleFunc("GET /schema.graphql", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(copgraph.SchemaSDL)
	})
	mux.Handle("GET /metrics", m)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := store.Ping(r.Context()); err != nil {
			log.WarnContext(r.Context(), "store not ready", "err", err)
			http.Error(w, "store unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ready\n"))
	})
	return logRequests(log, cors(opts.CORSOrigins, mux))
}

// cors answers browsers from the allowed origins: preflight requests, and the header that
// lets a page read the answer.
func cors(origins []string, next http.Handler) http.Handler {
	if len(origins) == 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin != "" && (slices.Contains(origins, "*") || slices.Contains(origins, origin)) {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", origin)
			h.Add("Vary", "Origin")
			if r.Method == http.MethodOptions {
				h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
				h.Set("Access-Control-Allow-Headers", "Content-Type, Accept")
				h.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		log.InfoContext(r.Context(), "request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "duration", time.Since(start))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// maxCachedQuery is the longest query text the caches keep: a parsed query takes some 20
// times its text in memory, so a thousand large ones would take gigabytes.
const maxCachedQuery = 16 << 10

// smallOnly is a cache that keeps only entries for short queries (textLen tells an entry's
// query length): it never holds more than its size times maxCachedQuery of query text.
type smallOnly[T any] struct {
	graphql.Cache[T]
	textLen func(key string, value T) int
}

// Add implements graphql.Cache.
func (c smallOnly[T]) Add(ctx context.Context, key string, value T) {
	if c.textLen(key, value) <= maxCachedQuery {
		c.Cache.Add(ctx, key, value)
	}
}

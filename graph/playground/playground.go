// Package playground serves GraphiQL from the binary itself, so that the playground works
// on a machine with no internet, and opens it with one tab per example query.
//
// The assets under static/ are the published builds of graphiql@3.8.3, react@18.3.1 and
// react-dom@18.3.1 from the npm registry, gzipped; static/LICENSES.txt holds their licenses.
package playground

import (
	"compress/gzip"
	"embed"
	"encoding/json"
	"html/template"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var static embed.FS

// Example is a query the playground opens in a tab of its own.
type Example struct {
	Query string `json:"query"`
}

var page = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<link rel="stylesheet" href="{{.Static}}/graphiql.min.css">
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="{{.Static}}/react.production.min.js"></script>
<script src="{{.Static}}/react-dom.production.min.js"></script>
<script src="{{.Static}}/graphiql.min.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: {{.Endpoint}} });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: {{.Tabs}}, defaultEditorToolsVisibility: true }));
</script>
</body>
</html>
`))

// Handler serves the playground page at its own path and the assets under staticPrefix
// (a path such as "/playground"); the page sends queries to endpoint.
func Handler(title, endpoint, staticPrefix string, examples []Example) http.Handler {
	tabs, _ := json.Marshal(examples)
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+staticPrefix+"/{file}", func(w http.ResponseWriter, r *http.Request) {
		serveGzipped(w, r, r.PathValue("file"))
	})
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, staticPrefix+"/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		page.Execute(w, map[string]any{"Title": title, "Endpoint": endpoint, "Static": staticPrefix, "Tabs": template.JS(tabs)})
	})
	return mux
}

// serveGzipped serves static/name from its gzipped copy: as it is to clients that accept
// gzip (every browser), unzipped to the others.
func serveGzipped(w http.ResponseWriter, r *http.Request, name string) {
	f, err := static.Open("static/" + path.Clean(name) + ".gz")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	h := w.Header()
	h.Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
	h.Set("Cache-Control", "public, max-age=86400")
	h.Add("Vary", "Accept-Encoding")
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		h.Set("Content-Encoding", "gzip")
		io.Copy(w, f)
		return
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		http.Error(w, "corrupt asset", http.StatusInternalServerError)
		return
	}
	io.Copy(w, zr)
}

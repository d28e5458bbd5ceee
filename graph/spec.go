package graph

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// gqlgen answers a document it cannot parse or validate, or variables it cannot coerce,
// with 422 (400 under application/graphql-response+json) and "data": null, and a request
// whose parameters are malformed with 422 or 400. The GraphQL over HTTP spec asks, for a
// document error, 200 when the client accepts only application/json (which predates status
// codes for GraphQL errors) and 400 without a data entry under
// application/graphql-response+json; for malformed parameters, 400 without a data entry.
// specStatus rewrites those answers; every other answer passes through, unbuffered.
func specStatus(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		graphqlResponse := prefersGraphQLResponse(r.Header.Get("Accept"))
		if missingQuery(r) {
			// gqlgen reports a request without a query as a validation failure of an empty
			// document; it is a malformed request, which the spec answers with 400.
			ct := "application/json"
			if graphqlResponse {
				ct = "application/graphql-response+json"
			}
			w.Header().Set("Content-Type", ct)
			w.WriteHeader(http.StatusBadRequest)
			w.Write([]byte(`{"errors":[{"message":"the request has no query parameter","extensions":{"code":"BAD_REQUEST"}}]}`))
			return
		}
		next.ServeHTTP(&specWriter{ResponseWriter: w, graphqlResponse: graphqlResponse}, r)
	})
}

// missingQuery reports whether a GET or JSON POST request carries neither a query nor a
// persisted query's hash. It leaves the request's body readable.
func missingQuery(r *http.Request) bool {
	switch {
	case r.Method == http.MethodGet:
		q := r.URL.Query()
		return q.Get("query") == "" && q.Get("extensions") == ""
	case r.Method == http.MethodPost && strings.HasPrefix(r.Header.Get("Content-Type"), "application/json"):
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20+1))
		r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), r.Body))
		if err != nil {
			return false
		}
		var p struct {
			Query      json.RawMessage `json:"query"`
			Extensions json.RawMessage `json:"extensions"`
		}
		if json.Unmarshal(body, &p) != nil {
			return false // gqlgen reports the malformed body
		}
		return (len(p.Query) == 0 || string(p.Query) == "null") && len(p.Extensions) == 0
	}
	return false
}

type specWriter struct {
	http.ResponseWriter
	graphqlResponse bool
	held            *bytes.Buffer // the body of a 400 or 422 answer, rewritten when it ends
	wrote           bool
}

func (s *specWriter) WriteHeader(code int) {
	if s.wrote {
		return
	}
	s.wrote = true
	if code != http.StatusUnprocessableEntity && code != http.StatusBadRequest {
		s.ResponseWriter.WriteHeader(code)
		return
	}
	s.held = &bytes.Buffer{}
}

func (s *specWriter) Write(b []byte) (int, error) {
	if !s.wrote {
		s.WriteHeader(http.StatusOK)
	}
	if s.held != nil {
		n, _ := s.held.Write(b)
		if json.Valid(s.held.Bytes()) {
			s.flush()
		}
		return n, nil
	}
	return s.ResponseWriter.Write(b)
}

// flush writes the held answer as the spec asks for the media type the client accepts.
func (s *specWriter) flush() {
	body := s.held.Bytes()
	s.held = nil
	var m struct {
		Errors []struct {
			Extensions struct{ Code string } `json:"extensions"`
		} `json:"errors"`
	}
	json.Unmarshal(body, &m)
	documentError := len(m.Errors) > 0 && (m.Errors[0].Extensions.Code == "GRAPHQL_PARSE_FAILED" || m.Errors[0].Extensions.Code == "GRAPHQL_VALIDATION_FAILED")
	if documentError && !s.graphqlResponse {
		s.ResponseWriter.WriteHeader(http.StatusOK)
		s.ResponseWriter.Write(body)
		return
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) == nil {
		delete(fields, "data") // no execution began: there is no data, not even null
		body, _ = json.Marshal(fields)
	}
	s.ResponseWriter.WriteHeader(http.StatusBadRequest)
	s.ResponseWriter.Write(body)
}

// prefersGraphQLResponse reports whether an Accept header ranks
// application/graphql-response+json at least as high as application/json.
func prefersGraphQLResponse(accept string) bool {
	if accept == "" {
		return false
	}
	best, bestQ := "", -1.0
	for _, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if v, ok := params["q"]; ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			q = f
		}
		if (mt == "application/graphql-response+json" || mt == "application/json") && (q > bestQ || q == bestQ && mt == "application/graphql-response+json") {
			best, bestQ = mt, q
		}
	}
	return best == "application/graphql-response+json"
}

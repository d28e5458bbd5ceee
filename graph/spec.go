package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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
		refuse := func(status int, message, code string) {
			ct := "application/json"
			if graphqlResponse {
				ct = "application/graphql-response+json"
			}
			w.Header().Set("Content-Type", ct)
			w.WriteHeader(status)
			b, _ := json.Marshal(map[string]any{"errors": []any{map[string]any{"message": message, "extensions": map[string]any{"code": code}}}})
			w.Write(b)
		}
		switch r.Method {
		case http.MethodGet, http.MethodPost:
		case http.MethodOptions:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			w.WriteHeader(http.StatusNoContent)
			return
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			refuse(http.StatusMethodNotAllowed, "use GET or POST", "METHOD_NOT_ALLOWED")
			return
		}
		if ct := r.Header.Get("Content-Type"); r.Method == http.MethodPost && !strings.HasPrefix(ct, "application/json") && !strings.HasPrefix(ct, "application/graphql") {
			refuse(http.StatusUnsupportedMediaType, "send the request as application/json", "UNSUPPORTED_MEDIA_TYPE")
			return
		}
		switch query, missing, err := requestQuery(r); {
		case err != nil:
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				refuse(http.StatusRequestEntityTooLarge, fmt.Sprintf("the request body is larger than %d bytes", tooLarge.Limit), "REQUEST_TOO_LARGE")
				return
			}
			refuse(http.StatusBadRequest, "the request body could not be read", "BAD_REQUEST")
			return
		case missing:
			// gqlgen reports a request without a query as a validation failure of an empty
			// document; it is a malformed request, which the spec answers with 400.
			refuse(http.StatusBadRequest, "the request has no query parameter", "BAD_REQUEST")
			return
		case len(query) > repeatCheckBytes:
			if name, n := mostRepeatedField(query); n > maxRepeats {
				status := http.StatusOK // a document error, under application/json
				if graphqlResponse {
					status = http.StatusBadRequest
				}
				refuse(status, fmt.Sprintf("the query selects %q %d times in one selection set; the limit is %d", name, n, maxRepeats), codeTooComplex)
				return
			}
		}
		next.ServeHTTP(&specWriter{ResponseWriter: w, graphqlResponse: graphqlResponse}, r)
	})
}

// requestQuery returns the query text of a GET or JSON POST request; whether the request
// carries neither a query nor a persisted query's hash; and the error that reading the body
// met (a body over the size limit). It leaves the request's body readable.
func requestQuery(r *http.Request) (string, bool, error) {
	switch {
	case r.Method == http.MethodGet:
		q := r.URL.Query()
		return q.Get("query"), q.Get("query") == "" && q.Get("extensions") == "", nil
	case r.Method == http.MethodPost && strings.HasPrefix(r.Header.Get("Content-Type"), "application/json"):
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return "", false, err
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		var p struct {
			Query      json.RawMessage `json:"query"`
			Extensions json.RawMessage `json:"extensions"`
		}
		if json.Unmarshal(body, &p) != nil {
			return "", false, nil // gqlgen reports the malformed body
		}
		var query string
		json.Unmarshal(p.Query, &query)
		return query, (len(p.Query) == 0 || string(p.Query) == "null") && len(p.Extensions) == 0, nil
	}
	return "", false, nil
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
	documentError := false
	if len(m.Errors) > 0 {
		switch m.Errors[0].Extensions.Code {
		case "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", codeTooDeep, codeTooComplex:
			documentError = true
		}
	}
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

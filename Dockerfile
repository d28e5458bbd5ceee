# The copgraph binary, with the bundled corpus embedded. Used by docker-compose.yml.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /copgraph ./cmd/copgraph

FROM gcr.io/distroless/static-debian12
COPY --from=build /copgraph /copgraph
USER nonroot
ENTRYPOINT ["/copgraph"]

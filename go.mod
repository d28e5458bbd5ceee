module copgraph

go 1.26.8

require (
	github.com/google/go-cmp v0.7.0
	github.com/neo4j/neo4j-go-driver/v5 v5.28.4
	golang.org/x/text v0.44.0
)

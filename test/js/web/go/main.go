// A Go program for GOOS=js GOARCH=wasm (built by go.test): strings, sorting, maps, seeded
// randomness, time.Sleep (timers), defer and recover of a runtime panic.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"time"
)

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Strings(words)
	fmt.Println("sorted:", strings.Join(words, " "))
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println("the:", counts["the"], "fox:", counts["fox"])
	r := rand.New(rand.NewSource(42))
	fmt.Println("seeded random:", r.Intn(1000))
	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("slept at least 5ms:", time.Since(start) >= 5*time.Millisecond)
	defer fmt.Println("deferred runs last")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
}

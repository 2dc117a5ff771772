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
	// 50 ms, not less: Go 1.19's js/wasm scheduler (runtime/lock_js.go) can lose the main
	// goroutine when a sleep's deadline passes between beforeIdle arming the JS timeout and the
	// scheduler pausing (it then runs handleAsyncEvent's pause inside the next fs.write
	// callback and never resumes main). A slow or loaded machine hit that with 5 ms in about 1
	// run of 15, in linea (a trace showed Go clearing its own timeout unfired); 50 ms leaves that window far behind.
	time.Sleep(50 * time.Millisecond)
	fmt.Println("slept at least 50ms:", time.Since(start) >= 50*time.Millisecond)
	defer fmt.Println("deferred runs last")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
}

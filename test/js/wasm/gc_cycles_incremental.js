// gc_cycles_collected.js under V8's incremental marking, with a GC every 300 allocations: GC
// objects' JS values made while V8 marks are never reported to the tracer (allocated black), and
// the store's edges change between marking steps; the result must be the same.
load('gc_cycles_collected.js');

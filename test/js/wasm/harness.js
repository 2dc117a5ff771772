// Helpers shared by the WebAssembly JS API tests (loaded with load('harness.js'); not a test).
// Every test prints plain lines so its .out states the expected results exactly.

// Shows a value unambiguously: -0, 5n, "strings", [arrays], [object Class], function names.
function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (Object.is(v, -0)) return '-0';
  if (typeof v === 'function') return `function ${v.name}`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (v !== null && typeof v === 'object') return Object.prototype.toString.call(v);
  return String(v);
}

// Prints its arguments on one line: strings as they are, anything else through show().
function log(...parts) {
  console.log(parts.map(p => (typeof p === 'string' ? p : show(p))).join(' '));
}

// Runs f and prints its result or what it threw.
function attempt(label, f) {
  try {
    log(label, '->', f());
  } catch (e) {
    log(label, '-> threw', e instanceof Error ? `${e.constructor.name}: ${e.message}` : e);
  }
}

// A property's descriptor in one line: data properties as "data" + W(ritable) E(numerable)
// C(onfigurable) flags and the value; accessors with the names and lengths of their functions.
function describe(object, key) {
  const d = Object.getOwnPropertyDescriptor(object, key);
  if (d === undefined) return 'absent';
  const flags = (d.enumerable ? 'E' : '-') + (d.configurable ? 'C' : '-');
  if ('value' in d) {
    const value = typeof d.value === 'function' ? `function ${d.value.name}/${d.value.length}` : show(d.value);
    return `data ${(d.writable ? 'W' : '-') + flags} ${value}`;
  }
  const fn = f => (f === undefined ? 'undefined' : `"${f.name}"/${f.length}`);
  return `accessor ${flags} get ${fn(d.get)} set ${fn(d.set)}`;
}

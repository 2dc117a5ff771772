// Stand-in for the lesson's js/loader.js, which wraps the AssemblyScript loader
// from a CDN (not reachable here): WasmLoader#wasm(path) fetches and
// instantiates a module and resolves with the instance's exports, which the
// lesson's snippet calls `instance`.
class WasmLoader {
  wasm(path, imports = {}) {
    return WebAssembly.instantiateStreaming(fetch(path), imports).then(
      ({ instance }) => instance.exports,
    );
  }
}

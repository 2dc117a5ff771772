// In a module, import.meta.url is the module's file: URL, and new URL('x', import.meta.url) is
// how toolchain glue finds its .wasm beside it: fetch() takes the URL object.
const wasmUrl = new URL('../shell/data/add.wasm', import.meta.url);
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/test/js/web/url_import_meta.js'));
console.log(wasmUrl.protocol, wasmUrl.pathname.endsWith('/test/js/shell/data/add.wasm'));
const {instance} = await WebAssembly.instantiateStreaming(fetch(wasmUrl));
console.log(instance.exports.add(2, 3));
const response = await fetch(new URL('./url_import_meta.js', import.meta.url));
console.log(response.url === import.meta.url, (await response.text()).split('\n')[0]);

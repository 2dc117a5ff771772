// The I/O of Emscripten's -sENVIRONMENT=shell output, whose environment is fixed when it is
// built (an optimized build tests no globals for it): print/printErr, readbuffer, read,
// scriptArgs and quit, which linea has beside what a browser's window has.
print('window:', typeof window, typeof document, typeof self, typeof importScripts);

var arguments_ = [];
if (typeof scriptArgs != 'undefined') arguments_ = scriptArgs;
else if (typeof arguments != 'undefined') arguments_ = arguments;
print('arguments:', arguments_.length, arguments_.join(' | '));
print('arguments is a separate array:', arguments !== scriptArgs, arguments.join(' | '));

var out = print;
var err = typeof printErr != 'undefined' ? printErr : print;
err('this goes to stderr');

function readBinary(file) {
  if (typeof readbuffer == 'function') return new Uint8Array(readbuffer(file));
  throw new Error('no readbuffer');
}
var binary = readBinary(arguments_[0]);
out('binary:', binary.length, 'bytes', binary[0], binary[1], binary[2], binary[3]);
out('read:', JSON.stringify(read('data/hello.txt')));

var instance = new WebAssembly.Instance(new WebAssembly.Module(binary), {});
out('add(20, 22) =', instance.exports.add(20, 22));

load('modules/loaded_by_load.js');
out('load defined', typeof loadedGlobal, loadedGlobal);

try {
  read('data/not-there.txt');
} catch (e) {
  out('read error:', e.constructor.name, e.message.includes('not-there.txt'));
}
out(Symbol('described'), undefined, null, 1.5, { a: 1 }, [1, 2]);
quit(0);
out('not reached');

// JSPI suspensions resumed by the reactions bindings/suspending.cc attaches to the import's
// promise (callable objects from a template made once, each holding its own activation):
// many suspensions in a row, activations of one export resumed out of order, rejections with
// any value. Expected output written by hand (node 20 has no JSPI).
load('harness.js');

// (module
//   (import "js" "wait" (func $wait (param i32) (result i32)))
//   (func (export "loop") (param $n i32) (result i32) (local $acc i32)  ;; sum of wait(n..1)
//     (block $done
//       (loop $next
//         (br_if $done (i32.eqz (local.get $n)))
//         (local.set $acc (i32.add (local.get $acc) (call $wait (local.get $n))))
//         (local.set $n (i32.sub (local.get $n) (i32.const 1)))
//         (br $next)))
//     (local.get $acc))
//   (func (export "twice") (param i32) (result i32)  ;; wait(x) + 1000 * wait(x)
//     (i32.add (call $wait (local.get 0)) (i32.mul (i32.const 1000) (call $wait (local.get 0))))))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 2, 11, 1, 2, 106, 115, 4, 119, 97,
  105, 116, 0, 0, 3, 3, 2, 0, 0, 7, 16, 2, 4, 108, 111, 111, 112, 0, 1, 5, 116, 119, 105, 99, 101,
  0, 2, 10, 53, 2, 35, 1, 1, 127, 2, 64, 3, 64, 32, 0, 69, 13, 1, 32, 1, 32, 0, 16, 0, 106, 33, 1,
  32, 0, 65, 1, 107, 33, 0, 12, 0, 11, 11, 32, 1, 11, 15, 0, 32, 0, 16, 0, 65, 232, 7, 32, 0, 16,
  0, 108, 106, 11
]);
const module = new WebAssembly.Module(bytes);
const instantiate = (wait) =>
  new WebAssembly.Instance(module, { js: { wait: new WebAssembly.Suspending(wait) } }).exports;

async function main() {
  // 10,000 suspensions of one activation, each resumed from a microtask.
  const quick = instantiate((x) => Promise.resolve(x & 1));
  log('loop(10000) =', await WebAssembly.promising(quick.loop)(10000));

  // Two activations of the same export, suspended at once and resumed in the reverse order:
  // each continues with its own promise's values.
  const pending = [];
  const manual = instantiate((x) => new Promise((resolve, reject) => pending.push({ x, resolve, reject })));
  const twice = WebAssembly.promising(manual.twice);
  const first = twice(1);
  const second = twice(2);
  log('suspended:', pending.map((p) => p.x));
  pending[1].resolve(20);
  pending[0].resolve(10);
  await null;
  await null;
  log('after the first resumptions, suspended again:', pending.slice(2).map((p) => p.x));
  // The second activation resumed first, so it waits at [2], the first at [3].
  pending[3].resolve(3);
  pending[2].resolve(7);
  log('first =', await first, 'second =', await second);

  // Rejections with values of every kind, and a fulfilment with a value that does not convert.
  for (const reason of [42, undefined, 'text', new RangeError('range')]) {
    const p = twice(5);
    pending.at(-1).reject(reason);
    const got = await p.then((v) => `resolved ${v}`, (x) => x);
    log('rejected with', show(reason), '->', got === reason ? 'the same value' : show(got));
  }
  const p = twice(6);
  pending.at(-1).resolve(Symbol('s'));
  log('resolved with a Symbol ->', await p.then((v) => v, (x) => x.constructor.name));
}
main().catch((x) => log('FAILED', String(x), x.stack));

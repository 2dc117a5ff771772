// JS Promise Integration (https://github.com/WebAssembly/js-promise-integration):
// WebAssembly.Suspending imports suspend the wasm activation a WebAssembly.promising call
// started, until their promise settles. Expected output written from the proposal's text and
// its js-api tests (node 20 has no JSPI).
load('harness.js');

// (module
//   (import "js" "sleep" (func $sleep (param i32) (result i32)))
//   (import "js" "fail" (func $fail (param i32) (result i32)))
//   (import "js" "reenter" (func $reenter (result i32)))
//   (func (export "loop") (param $n i32) (result i32)        ;; sum of sleep(i) for i < n
//     (local $i i32) (local $acc i32)
//     (block $done
//       (loop $next
//         (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
//         (local.set $acc (i32.add (local.get $acc) (call $sleep (local.get $i))))
//         (local.set $i (i32.add (local.get $i) (i32.const 1)))
//         (br $next)))
//     (local.get $acc))
//   (func $deep (param $d i32) (param $x i32) (result i32)   ;; $d frames, then sleep($x)
//     (if (result i32) (i32.eqz (local.get $d))
//       (then (call $sleep (local.get $x)))
//       (else (i32.add (i32.const 1)
//                      (call $deep (i32.sub (local.get $d) (i32.const 1)) (local.get $x))))))
//   (func (export "deep") (param i32 i32) (result i32) (call $deep (local.get 0) (local.get 1)))
//   (func (export "trapAfter") (result i32) (drop (call $sleep (i32.const 0))) (unreachable))
//   (func (export "catchRejection") (result i32)
//     (try (result i32) (do (call $fail (i32.const 1))) (catch_all (i32.const -1))))
//   (func (export "uncaughtRejection") (result i32) (call $fail (i32.const 2)))
//   (func (export "viaJs") (result i32) (call $reenter))
//   (func (export "direct") (param i32) (result i32) (call $sleep (local.get 0)))
//   (func (export "tail") (param i32) (result i32) (return_call $sleep (local.get 0)))
//   (func (export "keep") (param externref) (result externref)
//     (drop (call $sleep (i32.const 0))) (local.get 0)))
const jspiBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 21, 4, 96, 1, 127, 1, 127, 96, 0, 1, 127, 96, 2, 127, 127, 1,
  127, 96, 1, 111, 1, 111, 2, 35, 3, 2, 106, 115, 5, 115, 108, 101, 101, 112, 0, 0, 2, 106, 115,
  4, 102, 97, 105, 108, 0, 0, 2, 106, 115, 7, 114, 101, 101, 110, 116, 101, 114, 0, 1, 3, 11,
  10, 0, 2, 2, 1, 1, 1, 1, 0, 0, 3, 7, 95, 9, 4, 108, 111, 111, 112, 0, 3, 4, 100, 101, 101,
  112, 0, 5, 9, 116, 114, 97, 112, 65, 102, 116, 101, 114, 0, 6, 14, 99, 97, 116, 99, 104, 82,
  101, 106, 101, 99, 116, 105, 111, 110, 0, 7, 17, 117, 110, 99, 97, 117, 103, 104, 116, 82,
  101, 106, 101, 99, 116, 105, 111, 110, 0, 8, 5, 118, 105, 97, 74, 115, 0, 9, 6, 100, 105, 114,
  101, 99, 116, 0, 10, 4, 116, 97, 105, 108, 0, 11, 4, 107, 101, 101, 112, 0, 12, 10, 132, 1,
  10, 37, 1, 2, 127, 2, 64, 3, 64, 32, 1, 32, 0, 79, 13, 1, 32, 2, 32, 1, 16, 0, 106, 33, 2, 32,
  1, 65, 1, 106, 33, 1, 12, 0, 11, 11, 32, 2, 11, 25, 0, 32, 0, 69, 4, 127, 32, 1, 16, 0, 5, 65,
  1, 32, 0, 65, 1, 107, 32, 1, 16, 4, 106, 11, 11, 8, 0, 32, 0, 32, 1, 16, 4, 11, 8, 0, 65, 0,
  16, 0, 26, 0, 11, 12, 0, 6, 127, 65, 1, 16, 1, 25, 65, 127, 11, 11, 6, 0, 65, 2, 16, 1, 11, 4,
  0, 16, 2, 11, 6, 0, 32, 0, 16, 0, 11, 6, 0, 32, 0, 18, 0, 11, 9, 0, 65, 0, 16, 0, 26, 32, 0,
  11
]);
const jspiModule = new WebAssembly.Module(jspiBytes);

let inFlight = 0;
let maxInFlight = 0;
let sleeps = 0;
// Resolves with x after a timer of x % 3 ms.
const sleep = new WebAssembly.Suspending(x => {
  maxInFlight = Math.max(maxInFlight, ++inFlight);
  return new Promise(resolve => setTimeout(() => {
    --inFlight;
    ++sleeps;
    resolve(x);
  }, x % 3));
});
const fail = new WebAssembly.Suspending(x => Promise.reject(new Error(`rejected ${x}`)));
let e;
const reenter = () => e.direct(5);  // A JS frame between the promising call and the suspension.
function instantiate() {
  return new WebAssembly.Instance(jspiModule, {js: {sleep, fail, reenter}}).exports;
}
e = instantiate();
const P = WebAssembly.promising;
const errorText = x => (x instanceof Error ? `${x.constructor.name}: ${x.message}` : show(x));

async function main() {
  log('Suspending', describe(WebAssembly, 'Suspending'));
  log('promising', describe(WebAssembly, 'promising'));
  log('SuspendError', describe(WebAssembly, 'SuspendError'));
  log('SuspendError is an Error', new WebAssembly.SuspendError('x') instanceof Error,
      String(new WebAssembly.SuspendError('x')));
  log('toString', Object.prototype.toString.call(sleep));
  attempt('Suspending() without new', () => WebAssembly.Suspending(() => 0));
  attempt('new Suspending({})', () => new WebAssembly.Suspending({}));
  attempt('promising({})', () => P({}));
  attempt('promising(() => 0)', () => P(() => 0));
  attempt('a Suspending is no function', () => sleep());

  // Acceptance: a wasm loop calling a suspending import that awaits setTimeout 1,000 times.
  const started = P(e.loop)(1000);
  log('promising call returns', started, 'with', inFlight, 'import call in flight');
  log('loop(1000) =', await started, 'after', sleeps, 'sleeps');

  // Acceptance: 100 activations suspended at once, interleaving; each its own depth of frames.
  sleeps = maxInFlight = 0;
  const loops = [], deeps = [];
  for (let k = 0; k < 100; ++k) {
    loops.push(P(e.loop)(k));
    deeps.push(P(e.deep)(k, 1000 + k));
  }
  const loopResults = await Promise.all(loops);
  const deepResults = await Promise.all(deeps);
  log('100 loops correct', loopResults.every((r, k) => r === k * (k - 1) / 2));
  log('100 deep recursions correct', deepResults.every((r, k) => r === 1000 + 2 * k));
  log('most activations suspended at once', maxInFlight, 'sleeps', sleeps);

  // Traps and exceptions through resumed activations.
  await P(e.trapAfter)().then(v => log('trapAfter resolved', v), x => log('trapAfter rejected:', errorText(x)));
  log('rejection caught by wasm catch_all:', await P(e.catchRejection)());
  const rejected = await P(e.uncaughtRejection)().catch(x => x);
  log('rejection reaching JS:', errorText(rejected));

  // A JS frame in between: SuspendError at the import's call.
  const viaJs = await P(e.viaJs)().catch(x => x);
  log('through a JS frame:', errorText(viaJs), viaJs instanceof WebAssembly.SuspendError);
  attempt('not promising', () => e.direct(1));

  // A tail call to the suspending import, and its results through a non-promise.
  log('return_call sleep(9):', await P(e.tail)(9));
  const plain = new WebAssembly.Instance(jspiModule, {
    js: {sleep: new WebAssembly.Suspending(x => x + 1), fail, reenter},
  }).exports;
  const order = [];
  const quick = P(plain.direct)(41).then(v => order.push(`resolved ${v}`));
  order.push('after the call');
  await quick;
  log('no suspension for a non-promise:', order.join(', '));

  // Arguments are converted before the activation starts; a failure rejects.
  log('bad argument:', errorText(await P(e.loop)(Symbol()).catch(x => x)));

  // References held by suspended frames stay alive: an externref while thousands of others are
  // made and collected, an instance nothing else holds while the store collects thousands.
  const kept = {name: 'kept'};
  const keep = P(e.keep)(kept);
  const g = new WebAssembly.Global({value: 'externref', mutable: true});
  for (let i = 0; i < 5000; ++i) g.value = {i};
  log('externref kept across the suspension', (await keep) === kept);
  const orphan = (() => P(instantiate().loop)(20))();
  for (let i = 0; i < 2500; ++i) instantiate();
  log('orphaned activation finished:', await orphan);
}
main().catch(x => log('FAILED', errorText(x), x.stack));

// Event, CustomEvent, EventTarget (capture, once, passive, signal, handleEvent objects,
// duplicate listeners, stopImmediatePropagation, preventDefault), AbortController and
// AbortSignal (abort, reason, throwIfAborted, onabort, AbortSignal.abort/any/timeout), and the
// WebIDL shape. Expected output: node 20's, except where node departs from the DOM Standard:
// at the target capturing listeners run first (DOM "dispatch": the capturing pass, then the
// bubbling one; node runs them in registration order), preventDefault() in a passive listener
// is ignored (node honours it), the propagation flags are unset after dispatch (cancelBubble is
// false afterwards), isTrusted is an own [LegacyUnforgeable] property, and the phase constants
// are on Event.prototype too; those lines are the standard's (and Chrome's).
const target = new EventTarget();
const log = [];
const listener = (e) => log.push(`plain ${e.type} ${e.eventPhase} ${e.target === target} ${e.currentTarget === target}`);
target.addEventListener('ping', listener);
target.addEventListener('ping', listener);  // A duplicate: ignored.
target.addEventListener('ping', () => log.push('capture'), {capture: true});
target.addEventListener('ping', () => log.push('once'), {once: true});
target.addEventListener('ping', {handleEvent(e) {
  log.push(`object ${this !== target}`);
}});
target.addEventListener('ping', (e) => {
  e.preventDefault();
  log.push(`passive ${e.defaultPrevented}`);
}, {passive: true});
const event = new Event('ping', {cancelable: true});
console.log(target.dispatchEvent(event), event.eventPhase, event.currentTarget, event.target === target);
console.log(log.join(' | '));
log.length = 0;
console.log(target.dispatchEvent(new Event('ping')), log.join(' | '));

const canceling = new EventTarget();
canceling.addEventListener('x', (e) => {
  e.preventDefault();
  e.stopImmediatePropagation();
});
canceling.addEventListener('x', () => console.log('not reached'));
const x = new Event('x', {cancelable: true});
console.log(canceling.dispatchEvent(x), x.defaultPrevented, x.returnValue, x.cancelBubble);

const custom = new CustomEvent('c', {detail: {n: 1}});
console.log(custom.detail, custom.type, custom.bubbles, custom.isTrusted, custom instanceof Event,
    new CustomEvent('d').detail, Object.getOwnPropertyNames(custom));
console.log(Event.AT_TARGET, Event.prototype.BUBBLING_PHASE, typeof custom.timeStamp);

const controller = new AbortController();
const signal = controller.signal;
const removable = new EventTarget();
removable.addEventListener('y', () => console.log('removed listener ran'), {signal});
signal.onabort = (e) => console.log('onabort', e.type, e.isTrusted, signal.aborted);
signal.addEventListener('abort', () => console.log('abort listener', signal.reason.name));
controller.abort();
controller.abort('again');  // Already aborted: nothing.
removable.dispatchEvent(new Event('y'));
console.log(signal.aborted, signal.reason instanceof DOMException, signal.reason.message, signal.reason.code);
try {
  signal.throwIfAborted();
} catch (e) {
  console.log('throwIfAborted', e === signal.reason);
}
console.log(AbortSignal.abort('why').reason, AbortSignal.abort().reason.name);
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
b.abort('b first');
a.abort('a later');
console.log(AbortSignal.any([AbortSignal.abort(1), a.signal]).reason);

try {
  new AbortSignal();
} catch (e) {
  console.log('new AbortSignal', e.constructor.name);
}
for (const [what, attempt] of Object.entries({
  'dispatch a non-event': () => target.dispatchEvent({type: 'ping'}),
  'dispatch again after dispatch': () => {
    const e = new Event('re');
    target.dispatchEvent(e);
    target.dispatchEvent(e);
  },
  'no type': () => new Event(),
  'listener not an object': () => target.addEventListener('z', 5),
})) {
  try {
    attempt();
    console.log(what, 'no error');
  } catch (e) {
    console.log(what, e.name);
  }
}
const timeout = AbortSignal.timeout(10);
timeout.onabort = () => console.log('timeout', timeout.reason.name, timeout.reason.message);
setTimeout(() => console.log('after the timeout'), 50);

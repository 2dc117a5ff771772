// navigator.language is found on first use (start-up does not load ICU's locale data), yet it
// is the environment's default locale whatever the script did to Intl before asking, and the
// same in a worker, where it is first asked for inside the worker.
const expected = new Intl.DateTimeFormat().resolvedOptions().locale;
Intl.DateTimeFormat = function () {
  throw new Error('navigator.language must not call the global Intl.DateTimeFormat');
};
console.log(navigator.language === expected, navigator.languages === navigator.languages,
    navigator.languages.length, navigator.languages[0] === expected,
    Object.isFrozen(navigator.languages));
const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'language');
console.log(typeof descriptor.get, descriptor.enumerable, descriptor.configurable);
const worker = new Worker('navigator_language_worker.js');
worker.onmessage = ({data}) => {
  console.log('worker:', data.language === expected, data.same, data.frozen);
  worker.terminate();
};

// The worker of navigator_language.js.
Intl.DateTimeFormat = null;
postMessage({
  language: navigator.language,
  same: navigator.languages === navigator.languages && navigator.languages[0] === navigator.language,
  frozen: Object.isFrozen(navigator.languages),
});

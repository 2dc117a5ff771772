// The REPL's `_` (the last result) and `_error` (the last error thrown), as node's REPL defines
// them on the global object: not enumerable; assigning to one of them stops its updates, keeps
// the assigned value and says so once. Evaluated by shell/repl.cc with natives.write (to stdout);
// returns { setLast, setError } for the REPL to call after each input.
(function makeReplGlobals(natives) {
  'use strict';

  function define(name) {
    const state = {value: undefined, assigned: false};
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable: false,
      get() {
        return state.value;
      },
      set(value) {
        state.value = value;
        if (!state.assigned) {
          state.assigned = true;
          natives.write(`Expression assignment to ${name} now disabled.\n`);
        }
      },
    });
    return (value) => {
      if (!state.assigned) state.value = value;
    };
  }

  return {setLast: define('_'), setError: define('_error')};
})

// Dedicated workers (HTML): the Worker interface, in every context, and in a worker's context
// the DedicatedWorkerGlobalScope parts of its global object (postMessage, onmessage, close,
// name). The threads, isolates and messages are C++'s (shell/worker/): `natives.startWorker`
// starts one, `natives.postMessage` serializes and sends, and C++ calls the `deliver...`
// functions returned here when an envelope arrives.
(function makeWorkers(natives) {
  'use strict';

  const {idl, Event: EventCtor, ErrorEvent: ErrorEventCtor, MessageEvent: MessageEventCtor,
    EventTarget: EventTargetCtor, dispatch, setEventHandler} = natives;
  const TypeErrorCtor = TypeError;
  const SymbolIterator = Symbol.iterator;
  const ObjectDefineProperty = Object.defineProperty;
  const MapCtor = Map;
  const global = globalThis;
  const isObject = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');

  // postMessage's second argument: `sequence<object> transfer`, or `StructuredSerializeOptions`.
  function transferList(transferOrOptions, what) {
    if (isObject(transferOrOptions) && typeof transferOrOptions[SymbolIterator] === 'function') {
      return transferOrOptions;
    }
    return idl.dictionary(transferOrOptions, what).transfer;
  }

  // The Worker objects of running workers, by id: HTML keeps a worker's object alive while the
  // worker may still send it events.
  const workers = new MapCtor();

  class Worker extends EventTargetCtor {
    #id;
    #onmessage = null;
    #onmessageerror = null;
    #onerror = null;

    constructor(scriptURL, options = undefined) {
      const what = "Failed to construct 'Worker'";
      idl.requireArguments(arguments.length, 1, what);
      const url = idl.toDOMString(scriptURL);
      const init = idl.dictionary(options, what);
      const name = init.name === undefined ? '' : idl.toDOMString(init.name);
      const type = init.type === undefined ? 'classic' : idl.toDOMString(init.type);
      if (type !== 'classic' && type !== 'module') {
        throw new TypeErrorCtor(`${what}: Failed to read the 'type' property from ` +
          `'WorkerOptions': The provided value '${type}' is not a valid enum value of type ` +
          'WorkerType.');
      }
      super();
      this.#id = natives.startWorker(url, type, name);
      workers.set(this.#id, this);
    }

    static #check(self) {
      if (!(isObject(self) && #id in self)) idl.illegalInvocation();
    }

    postMessage(message, transferOrOptions = undefined) {
      Worker.#check(this);
      const what = "Failed to execute 'postMessage' on 'Worker'";
      idl.requireArguments(arguments.length, 1, what);
      natives.postMessage(this.#id, message, transferList(transferOrOptions, what), what);
    }

    terminate() {
      Worker.#check(this);
      workers.delete(this.#id);  // No event of it is delivered any more.
      natives.terminate(this.#id);
    }

    static {
      for (const type of ['message', 'messageerror', 'error']) {
        const field = {
          message: [(w) => w.#onmessage, (w, v) => { w.#onmessage = v; }],
          messageerror: [(w) => w.#onmessageerror, (w, v) => { w.#onmessageerror = v; }],
          error: [(w) => w.#onerror, (w, v) => { w.#onerror = v; }],
        }[type];
        ObjectDefineProperty(Worker.prototype, `on${type}`, {
          get: {[`on${type}`]() {
            Worker.#check(this);
            return field[0](this);
          }}[`on${type}`],
          set: {[`on${type}`](value) {
            Worker.#check(this);
            setEventHandler(this, type, value, field[0], field[1]);
          }}[`on${type}`],
          enumerable: true,
          configurable: true,
        });
      }
    }
  }
  idl.defineInterface(Worker);

  // ---- What C++ calls when an envelope from the worker `id` arrives ----

  function deliverWorkerMessage(id, data) {
    const worker = workers.get(id);
    if (worker !== undefined) dispatch(worker, new MessageEventCtor('message', {data}), true);
  }

  function deliverWorkerMessageError(id) {
    const worker = workers.get(id);
    if (worker !== undefined) dispatch(worker, new MessageEventCtor('messageerror'), true);
  }

  // An uncaught error of the worker: true when handled (canceled), or when its Worker object
  // was terminated (then nobody hears of it); false when the parent must report it.
  function deliverWorkerError(id, message, filename, lineno, colno) {
    const worker = workers.get(id);
    if (worker === undefined) return true;
    const event = new ErrorEventCtor('error',
        {cancelable: true, message, filename, lineno, colno, error: null});
    return !dispatch(worker, event, true);
  }

  // The script could not be loaded: a plain 'error' event (HTML). True when handled.
  function deliverWorkerLoadFailure(id) {
    const worker = workers.get(id);
    if (worker === undefined) return true;
    return !dispatch(worker, new EventCtor('error', {cancelable: true}), true);
  }

  function deliverWorkerClosed(id) {
    workers.delete(id);
  }

  // ---- A worker's global scope ----

  let globalOnmessage = null;
  let globalOnmessageerror = null;

  function installWorkerScope(parent, name) {
    // The global object's interfaces: DedicatedWorkerGlobalScope, WorkerGlobalScope, then
    // EventTarget (which events.js made its prototype).
    class WorkerGlobalScope extends EventTargetCtor {
      constructor() {
        throw new TypeErrorCtor('Illegal constructor');
      }
    }
    class DedicatedWorkerGlobalScope extends WorkerGlobalScope {
      constructor() {
        throw new TypeErrorCtor('Illegal constructor');
      }
    }
    idl.defineInterface(WorkerGlobalScope);
    idl.defineInterface(DedicatedWorkerGlobalScope);
    Object.setPrototypeOf(global, DedicatedWorkerGlobalScope.prototype);
    const hidden = (key, value) => ObjectDefineProperty(global, key,
        {value, writable: true, enumerable: false, configurable: true});
    hidden('WorkerGlobalScope', WorkerGlobalScope);
    hidden('DedicatedWorkerGlobalScope', DedicatedWorkerGlobalScope);
    const methods = {
      postMessage(message, transferOrOptions = undefined) {
        const what = "Failed to execute 'postMessage' on 'DedicatedWorkerGlobalScope'";
        idl.requireArguments(arguments.length, 1, what);
        natives.postMessage(parent, message, transferList(transferOrOptions, what), what);
      },
      close() {
        natives.close();
      },
    };
    for (const key of ['postMessage', 'close']) {
      ObjectDefineProperty(global, key,
          {value: methods[key], writable: true, enumerable: true, configurable: true});
    }
    ObjectDefineProperty(global, 'name', {
      get: {name() {
        return name;
      }}.name,
      enumerable: true,
      configurable: true,
    });
    const handlers = {
      message: [() => globalOnmessage, (t, v) => { globalOnmessage = v; }],
      messageerror: [() => globalOnmessageerror, (t, v) => { globalOnmessageerror = v; }],
    };
    for (const type of ['message', 'messageerror']) {
      ObjectDefineProperty(global, `on${type}`, {
        get: {[`on${type}`]() {
          return handlers[type][0]();
        }}[`on${type}`],
        set: {[`on${type}`](value) {
          setEventHandler(global, type, value, handlers[type][0], handlers[type][1]);
        }}[`on${type}`],
        enumerable: true,
        configurable: true,
      });
    }
  }

  function deliverGlobalMessage(data) {
    dispatch(global, new MessageEventCtor('message', {data}), true);
  }

  function deliverGlobalMessageError() {
    dispatch(global, new MessageEventCtor('messageerror'), true);
  }

  return {Worker, deliverWorkerMessage, deliverWorkerMessageError, deliverWorkerError,
    deliverWorkerLoadFailure, deliverWorkerClosed, installWorkerScope, deliverGlobalMessage,
    deliverGlobalMessageError};
})

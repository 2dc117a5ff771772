// MessageChannel, MessagePort and MessageEvent (HTML's channel messaging) within the one
// JavaScript thread linea has: a message is structured-cloned (with its transfer list) and
// delivered to the entangled port as a task, once that port's queue is enabled (start(), or
// setting onmessage). An open port does not keep the process alive; pending messages do.
(function makeMessaging(natives) {
  'use strict';

  const {idl, Event: EventCtor, EventTarget: EventTargetCtor, dispatch} = natives;
  const TypeErrorCtor = TypeError;
  const ObjectFreeze = Object.freeze;
  const isObject = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');

  class MessageEvent extends EventCtor {
    #data;
    #origin;
    #lastEventId;
    #source;
    #ports;

    constructor(type, eventInitDict = undefined) {
      idl.requireArguments(arguments.length, 1, "Failed to construct 'MessageEvent'");
      super(type, eventInitDict);
      const init = idl.dictionary(eventInitDict, "Failed to construct 'MessageEvent'");
      this.#data = init.data === undefined ? null : init.data;
      this.#origin = init.origin === undefined ? '' : natives.toWellFormed(idl.toDOMString(init.origin));
      this.#lastEventId = init.lastEventId === undefined ? '' : idl.toDOMString(init.lastEventId);
      this.#source = init.source === undefined ? null : init.source;
      this.#ports = ObjectFreeze(init.ports === undefined ? [] : [...init.ports]);
    }

    static #check(self) {
      if (!(isObject(self) && #data in self)) idl.illegalInvocation();
    }

    get data() {
      MessageEvent.#check(this);
      return this.#data;
    }

    get origin() {
      MessageEvent.#check(this);
      return this.#origin;
    }

    get lastEventId() {
      MessageEvent.#check(this);
      return this.#lastEventId;
    }

    get source() {
      MessageEvent.#check(this);
      return this.#source;
    }

    get ports() {
      MessageEvent.#check(this);
      return this.#ports;
    }
  }

  let creatingPort = false;
  let portState;

  class MessagePort extends EventTargetCtor {
    #entangled = null;
    #enabled = false;
    #closed = false;
    #queue = [];  // Messages that arrived before the queue was enabled.
    #onmessage = null;
    #onmessageerror = null;

    constructor() {
      if (!creatingPort) throw new TypeErrorCtor('Illegal constructor');
      super();
    }

    static {
      portState = {
        entangle(a, b) {
          a.#entangled = b;
          b.#entangled = a;
        },
        // A message arrives at `port`: delivered now if its queue is enabled, else kept.
        arrive(port, data) {
          if (port.#closed) return;
          if (port.#enabled) {
            dispatch(port, new MessageEvent('message', {data}), true);
          } else {
            port.#queue.push(data);
          }
        },
      };
    }

    static #check(self) {
      if (!(isObject(self) && #queue in self)) idl.illegalInvocation();
    }

    postMessage(message, transferOrOptions = undefined) {
      MessagePort.#check(this);
      idl.requireArguments(arguments.length, 1, "Failed to execute 'postMessage' on 'MessagePort'");
      const transfer = Array.isArray(transferOrOptions) ? transferOrOptions :
        idl.dictionary(transferOrOptions, "Failed to execute 'postMessage' on 'MessagePort'").transfer;
      const data = natives.structuredClone(message, transfer === undefined ? undefined : {transfer});
      const target = this.#entangled;
      if (this.#closed || target === null) return;
      natives.postTask(() => portState.arrive(target, data));
    }

    start() {
      MessagePort.#check(this);
      if (this.#enabled) return;
      this.#enabled = true;
      const queued = this.#queue;
      this.#queue = [];
      for (const data of queued) natives.postTask(() => portState.arrive(this, data));
    }

    close() {
      MessagePort.#check(this);
      this.#closed = true;
      const other = this.#entangled;
      this.#entangled = null;
      if (other !== null) other.#entangled = null;
    }

    get onmessage() {
      MessagePort.#check(this);
      return this.#onmessage;
    }

    set onmessage(value) {
      MessagePort.#check(this);
      natives.setEventHandler(this, 'message', value, (port) => port.#onmessage,
          (port, handler) => {
            port.#onmessage = handler;
          });
      this.start();  // Setting onmessage enables the port's queue.
    }

    get onmessageerror() {
      MessagePort.#check(this);
      return this.#onmessageerror;
    }

    set onmessageerror(value) {
      MessagePort.#check(this);
      natives.setEventHandler(this, 'messageerror', value, (port) => port.#onmessageerror,
          (port, handler) => {
            port.#onmessageerror = handler;
          });
    }
  }

  class MessageChannel {
    #port1;
    #port2;

    constructor() {
      creatingPort = true;
      try {
        this.#port1 = new MessagePort();
        this.#port2 = new MessagePort();
      } finally {
        creatingPort = false;
      }
      portState.entangle(this.#port1, this.#port2);
    }

    get port1() {
      if (!(isObject(this) && #port1 in this)) idl.illegalInvocation();
      return this.#port1;
    }

    get port2() {
      if (!(isObject(this) && #port1 in this)) idl.illegalInvocation();
      return this.#port2;
    }
  }

  for (const ctor of [MessageEvent, MessagePort, MessageChannel]) idl.defineInterface(ctor);
  return {MessageEvent, MessagePort, MessageChannel};
})

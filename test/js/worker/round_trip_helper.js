function describeScope() {
  return {
    name: self.name,
    self: self === globalThis,
    scope: self instanceof DedicatedWorkerGlobalScope && self instanceof WorkerGlobalScope &&
        self instanceof EventTarget,
    document: typeof document,
    importScripts: typeof importScripts,
    location: location.href.endsWith('/round_trip_worker.js'),
  };
}

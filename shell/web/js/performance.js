// performance (High Resolution Time) with the User Timing marks and measures: Performance,
// PerformanceEntry, PerformanceMark, PerformanceMeasure. The clock is native (uv_hrtime from the
// environment's start, shell/web/performance.cc).
(function makePerformance(natives) {
  'use strict';

  const {idl} = natives;
  const {DOMException} = idl;
  const TypeErrorCtor = TypeError;
  const EventTargetCtor = EventTarget;
  const ArrayPrototypeFilter = Function.prototype.call.bind(Array.prototype.filter);
  const isObject = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');
  let constructing = false;
  const illegalConstructor = () => {
    throw new TypeErrorCtor('Illegal constructor');
  };

  class PerformanceEntry {
    #name;
    #entryType;
    #startTime;
    #duration;

    constructor(name, entryType, startTime, duration) {
      if (!constructing) illegalConstructor();
      this.#name = name;
      this.#entryType = entryType;
      this.#startTime = startTime;
      this.#duration = duration;
    }

    static #check(self) {
      if (!(isObject(self) && #name in self)) idl.illegalInvocation();
    }

    get name() {
      PerformanceEntry.#check(this);
      return this.#name;
    }

    get entryType() {
      PerformanceEntry.#check(this);
      return this.#entryType;
    }

    get startTime() {
      PerformanceEntry.#check(this);
      return this.#startTime;
    }

    get duration() {
      PerformanceEntry.#check(this);
      return this.#duration;
    }

    toJSON() {
      PerformanceEntry.#check(this);
      const json = {name: this.#name, entryType: this.#entryType, startTime: this.#startTime,
        duration: this.#duration};
      if (#name in this && 'detail' in this) json.detail = this.detail;
      return json;
    }
  }

  class PerformanceMark extends PerformanceEntry {
    #detail;

    constructor(markName, markOptions = undefined) {
      idl.requireArguments(arguments.length, 1, "Failed to construct 'PerformanceMark'");
      const name = idl.toDOMString(markName);
      const options = idl.dictionary(markOptions, "Failed to construct 'PerformanceMark'");
      let startTime;
      if (options.startTime !== undefined) {
        startTime = +options.startTime;
        if (!Number.isFinite(startTime)) {
          throw new TypeErrorCtor("Failed to construct 'PerformanceMark': The provided double " +
              'value is non-finite.');
        }
        if (startTime < 0) {
          throw new TypeErrorCtor(`Failed to construct 'PerformanceMark': '${name}' cannot have ` +
              'a negative start time.');
        }
      } else {
        startTime = natives.now();
      }
      const detail = options.detail === undefined ? null : natives.structuredClone(options.detail);
      constructing = true;
      try {
        super(name, 'mark', startTime, 0);
      } finally {
        constructing = false;
      }
      this.#detail = detail;
    }

    get detail() {
      if (!(isObject(this) && #detail in this)) idl.illegalInvocation();
      return this.#detail;
    }
  }

  class PerformanceMeasure extends PerformanceEntry {
    #detail;

    constructor(name, startTime, duration, detail) {
      if (!constructing) illegalConstructor();
      super(name, 'measure', startTime, duration);
      this.#detail = detail;
    }

    get detail() {
      if (!(isObject(this) && #detail in this)) idl.illegalInvocation();
      return this.#detail;
    }
  }

  // The performance entry buffer of marks and measures, in the order they were added.
  let entries = [];
  const byStartTime = (list) => list.sort((a, b) => a.startTime - b.startTime);

  class Performance extends EventTargetCtor {
    constructor() {
      if (!constructing) illegalConstructor();
      super();
    }

    static #check(self) {
      if (self !== performance) idl.illegalInvocation();
    }

    now() {
      Performance.#check(this);
      return natives.now();
    }

    get timeOrigin() {
      Performance.#check(this);
      return natives.timeOrigin;
    }

    toJSON() {
      Performance.#check(this);
      return {timeOrigin: natives.timeOrigin};
    }

    mark(markName, markOptions = undefined) {
      Performance.#check(this);
      idl.requireArguments(arguments.length, 1, "Failed to execute 'mark' on 'Performance'");
      const mark = new PerformanceMark(markName, markOptions);
      entries.push(mark);
      return mark;
    }

    clearMarks(markName = undefined) {
      Performance.#check(this);
      clear('mark', markName);
    }

    measure(measureName, startOrMeasureOptions = undefined, endMark = undefined) {
      Performance.#check(this);
      const what = "Failed to execute 'measure' on 'Performance'";
      idl.requireArguments(arguments.length, 1, what);
      const name = idl.toDOMString(measureName);
      const options = isObject(startOrMeasureOptions) ? startOrMeasureOptions : undefined;
      if (options !== undefined) {
        const nonEmpty = options.start !== undefined || options.end !== undefined ||
            options.duration !== undefined || options.detail !== undefined;
        if (nonEmpty && endMark !== undefined) {
          throw new TypeErrorCtor(`${what}: If a non-empty PerformanceMeasureOptions object ` +
              'was passed, |end_mark| must not be passed.');
        }
        if (nonEmpty && options.start === undefined && options.end === undefined) {
          throw new TypeErrorCtor(`${what}: If a non-empty PerformanceMeasureOptions object ` +
              'was passed, at least one of its \'start\' or \'end\' properties must be present.');
        }
        if (options.start !== undefined && options.end !== undefined &&
            options.duration !== undefined) {
          throw new TypeErrorCtor(`${what}: If a non-empty PerformanceMeasureOptions object ` +
              'was passed, it must not have all of its \'start\', \'duration\', and \'end\' ' +
              'properties defined');
        }
      }
      let end;
      if (endMark !== undefined) {
        end = markToTimestamp(endMark, what);
      } else if (options !== undefined && options.end !== undefined) {
        end = markToTimestamp(options.end, what);
      } else if (options !== undefined && options.start !== undefined &&
          options.duration !== undefined) {
        end = markToTimestamp(options.start, what) + markToTimestamp(options.duration, what);
      } else {
        end = natives.now();
      }
      let start;
      if (options !== undefined && options.start !== undefined) {
        start = markToTimestamp(options.start, what);
      } else if (options !== undefined && options.duration !== undefined &&
          options.end !== undefined) {
        start = end - markToTimestamp(options.duration, what);
      } else if (startOrMeasureOptions !== undefined && options === undefined) {
        start = markToTimestamp(idl.toDOMString(startOrMeasureOptions), what);
      } else {
        start = 0;
      }
      const detail = options === undefined || options.detail === undefined ? null :
        natives.structuredClone(options.detail);
      constructing = true;
      let measure;
      try {
        measure = new PerformanceMeasure(name, start, end - start, detail);
      } finally {
        constructing = false;
      }
      entries.push(measure);
      return measure;
    }

    clearMeasures(measureName = undefined) {
      Performance.#check(this);
      clear('measure', measureName);
    }

    getEntries() {
      Performance.#check(this);
      return byStartTime(entries.slice());
    }

    getEntriesByType(type) {
      Performance.#check(this);
      idl.requireArguments(arguments.length, 1, "Failed to execute 'getEntriesByType' on 'Performance'");
      type = idl.toDOMString(type);
      return byStartTime(ArrayPrototypeFilter(entries, (e) => e.entryType === type));
    }

    getEntriesByName(name, type = undefined) {
      Performance.#check(this);
      idl.requireArguments(arguments.length, 1, "Failed to execute 'getEntriesByName' on 'Performance'");
      name = idl.toDOMString(name);
      if (type !== undefined) type = idl.toDOMString(type);
      return byStartTime(ArrayPrototypeFilter(entries,
          (e) => e.name === name && (type === undefined || e.entryType === type)));
    }
  }

  function clear(entryType, name) {
    if (name !== undefined) name = idl.toDOMString(name);
    entries = ArrayPrototypeFilter(entries,
        (e) => e.entryType !== entryType || (name !== undefined && e.name !== name));
  }

  // User Timing's "convert a mark to a timestamp": a mark's name (its latest mark) or a time.
  function markToTimestamp(mark, what) {
    if (typeof mark === 'string') {
      for (let i = entries.length - 1; i >= 0; i--) {
        if (entries[i].entryType === 'mark' && entries[i].name === mark) return entries[i].startTime;
      }
      throw new DOMException(`${what}: The mark '${mark}' does not exist.`, 'SyntaxError');
    }
    const time = +mark;
    if (time < 0) throw new TypeErrorCtor(`${what}: '${time}' is a negative time.`);
    return time;
  }

  for (const ctor of [PerformanceEntry, PerformanceMark, PerformanceMeasure, Performance]) {
    idl.defineInterface(ctor);
  }
  constructing = true;
  const performance = new Performance();
  constructing = false;
  return {Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, performance};
})

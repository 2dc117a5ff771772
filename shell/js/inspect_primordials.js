// The console formatter's captured built-ins: everything it needs from them is taken here, before
// any user script runs, so a script that patches Array.prototype or Map.prototype cannot change
// or break how values print; also small array helpers that do not go through Array.prototype.
// The first part of the formatter (shell/inspect.cc runs the parts in order, each given the
// exports of those before it in natives; inspect.js is the last); the completion value is a
// factory taking the natives.
(function makeInspectPrimordials(natives) {
  'use strict';

  const uncurry = Function.prototype.bind.bind(Function.prototype.call);
  const ObjectKeys = Object.keys;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectAssign = Object.assign;
  const hasOwn = uncurry(Object.prototype.hasOwnProperty);
  const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
  const ArrayIsArray = Array.isArray;
  const JSONStringify = JSON.stringify;
  const NumberIsNaN = Number.isNaN;
  const NumberParseInt = Number.parseInt;
  const NumberParseFloat = Number.parseFloat;
  const NumberCtor = Number;
  const MathMin = Math.min;
  const MathMax = Math.max;
  const MathSqrt = Math.sqrt;
  const MathRound = Math.round;
  const MathFloor = Math.floor;
  const StringCtor = String;
  const SymbolToStringTag = Symbol.toStringTag;
  const SymbolIterator = Symbol.iterator;
  const FunctionToString = uncurry(Function.prototype.toString);
  const SymbolToString = uncurry(Symbol.prototype.toString);
  const ErrorToString = uncurry(Error.prototype.toString);
  const DateGetTime = uncurry(Date.prototype.getTime);
  const DateToISOString = uncurry(Date.prototype.toISOString);
  const DateToString = uncurry(Date.prototype.toString);
  const RegExpToString = uncurry(RegExp.prototype.toString);
  const RegExpTest = uncurry(RegExp.prototype.exec);
  const StringIndexOf = uncurry(String.prototype.indexOf);
  const StringIncludes = uncurry(String.prototype.includes);
  const StringSlice = uncurry(String.prototype.slice);
  const StringStartsWith = uncurry(String.prototype.startsWith);
  const StringEndsWith = uncurry(String.prototype.endsWith);
  const StringRepeat = uncurry(String.prototype.repeat);
  const StringPadStart = uncurry(String.prototype.padStart);
  const StringPadEnd = uncurry(String.prototype.padEnd);
  const StringCharCodeAt = uncurry(String.prototype.charCodeAt);
  const StringSplit = uncurry(String.prototype.split);
  const StringToUpperCase = uncurry(String.prototype.toUpperCase);
  const StringToLowerCase = uncurry(String.prototype.toLowerCase);
  const NumberToString = uncurry(Number.prototype.toString);
  const ArraySort = uncurry(Array.prototype.sort);
  const StringReplace = uncurry(String.prototype.replace);
  const MapCtor = Map;
  const MapGet = uncurry(Map.prototype.get);
  const MapSet = uncurry(Map.prototype.set);
  const MapSize = uncurry(ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get);
  const SetSize = uncurry(ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get);
  const TypedArrayProto = ObjectGetPrototypeOf(Uint8Array.prototype);
  const TypedArrayLength = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayProto, 'length').get);
  const TypedArrayTag = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayProto, SymbolToStringTag).get);
  const ArrayBufferByteLength =
      uncurry(ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
  const Uint8ArrayCtor = Uint8Array;
  const RegExpCtor = RegExp;
  const ErrorCtor = Error;
  const TypeErrorCtor = TypeError;
  const RangeErrorCtor = RangeError;
  const typedArrayCtors = {
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array,
  };

  // Names of the global constructors, to tell built-in toString methods from user ones (%s).
  const builtInNames = new MapCtor();
  for (const name of ObjectGetOwnPropertyNames(globalThis)) {
    if (RegExpTest(/^[A-Z][a-zA-Z0-9]+$/, name) !== null) MapSet(builtInNames, name, true);
  }

  // Small array helpers that do not go through Array.prototype.
  function push(array, value) {
    array[array.length] = value;
  }
  function join(array, separator) {
    let result = '';
    for (let i = 0; i < array.length; i++) {
      if (i !== 0) result += separator;
      result += array[i];
    }
    return result;
  }
  function indexOf(array, value) {
    for (let i = 0; i < array.length; i++) {
      if (array[i] === value) return i;
    }
    return -1;
  }
  function concat(first, second) {
    const result = [];
    for (let i = 0; i < first.length; i++) push(result, first[i]);
    for (let i = 0; i < second.length; i++) push(result, second[i]);
    return result;
  }
  function removeAt(array, index) {
    for (let i = index; i + 1 < array.length; i++) array[i] = array[i + 1];
    array.length -= 1;
  }

  return {uncurry, ObjectKeys, ObjectGetOwnPropertyNames, ObjectGetOwnPropertySymbols,
    ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectAssign, hasOwn, isEnumerable,
    ArrayIsArray, JSONStringify, NumberIsNaN, NumberParseInt, NumberParseFloat, NumberCtor, MathMin,
    MathMax, MathSqrt, MathRound, MathFloor, StringCtor, SymbolToStringTag, SymbolIterator,
    FunctionToString, SymbolToString, ErrorToString, DateGetTime, DateToISOString, DateToString,
    RegExpToString, RegExpTest, StringIndexOf, StringIncludes, StringSlice, StringStartsWith,
    StringEndsWith, StringRepeat, StringPadStart, StringPadEnd, StringCharCodeAt, StringSplit,
    StringToUpperCase, StringToLowerCase, NumberToString, ArraySort, StringReplace, MapCtor, MapGet,
    MapSet, MapSize, SetSize, TypedArrayLength, TypedArrayTag, ArrayBufferByteLength,
    Uint8ArrayCtor, RegExpCtor, ErrorCtor, TypeErrorCtor, RangeErrorCtor, typedArrayCtors,
    builtInNames, push, join, indexOf, concat, removeAt};
})

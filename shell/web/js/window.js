// What a browser's window (and a worker's global scope) has besides its interfaces: `self`,
// `navigator` (Navigator), and `location` (Location) for pages, or for scripts given
// --location. linea cannot navigate, so Location's setters and assign/replace/reload throw a
// NotSupportedError saying so.
(function makeWindow(natives) {
  'use strict';

  const {idl, URL: URLCtor} = natives;
  const {DOMException} = idl;
  const TypeErrorCtor = TypeError;
  const ObjectFreeze = Object.freeze;
  let constructing = false;
  const illegalConstructor = () => {
    throw new TypeErrorCtor('Illegal constructor');
  };

  // The default locale, found on first use: making a DateTimeFormat loads ICU's locale data,
  // which costs more than all the rest of start-up.
  const DateTimeFormat = Intl.DateTimeFormat;
  let language;
  let languages;
  const defaultLanguage = () => {
    if (language === undefined) {
      language = new DateTimeFormat().resolvedOptions().locale;
      languages = ObjectFreeze([language]);
    }
    return language;
  };

  class Navigator {
    constructor() {
      if (!constructing) illegalConstructor();
    }

    static #check(self) {
      if (self !== navigator) idl.illegalInvocation();
    }

    get userAgent() {
      Navigator.#check(this);
      return natives.userAgent;
    }

    get language() {
      Navigator.#check(this);
      return defaultLanguage();
    }

    get languages() {
      Navigator.#check(this);
      defaultLanguage();
      return languages;
    }

    get hardwareConcurrency() {
      Navigator.#check(this);
      return natives.hardwareConcurrency;
    }
  }

  // Location's attributes are [LegacyUnforgeable]: own accessors of the one location object.
  let location;
  let Location;
  if (natives.locationUrl !== undefined) {
    const url = new URLCtor(natives.locationUrl);
    const cannotNavigate = (what) => () => {
      throw new DOMException(`Failed to ${what} on 'Location': linea cannot navigate ` +
          '(location is read-only here)', 'NotSupportedError');
    };
    Location = class Location {
      constructor() {
        if (!constructing) illegalConstructor();
      }
    };
    idl.defineInterface(Location);
    constructing = true;
    location = new Location();
    constructing = false;
    const attributes = ['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname',
      'search', 'hash'];
    for (const name of attributes) {
      const get = {[name]() {
        if (this !== location) idl.illegalInvocation();
        return url[name];
      }}[name];
      const set = name === 'origin' ? undefined : cannotNavigate(`set the '${name}' property`);
      Object.defineProperty(location, name, {get, set, enumerable: true, configurable: false});
    }
    for (const name of ['assign', 'replace', 'reload']) {
      Object.defineProperty(location, name, {value: cannotNavigate(`execute '${name}'`),
        enumerable: true, writable: false, configurable: false});
    }
    Object.defineProperty(location, 'toString', {value: function toString() {
      if (this !== location) idl.illegalInvocation();
      return url.href;
    }, enumerable: true, writable: false, configurable: false});
  }

  idl.defineInterface(Navigator);
  constructing = true;
  const navigator = new Navigator();
  constructing = false;
  return {Navigator, navigator, Location, location};
})

// TextEncoder and TextDecoder of the Encoding Standard (https://encoding.spec.whatwg.org/), with
// every encoding of it: the decoding itself is native (shell/web/decoders.cc: UTF-8 by linea's
// codec, x-user-defined, the rest through ICU).
(function makeEncoding(natives) {
  'use strict';

  const {idl} = natives;
  const TypeErrorCtor = TypeError;
  const RangeErrorCtor = RangeError;
  const StringToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
  const StringReplace = Function.prototype.call.bind(String.prototype.replace);
  const StringSlice = Function.prototype.call.bind(String.prototype.slice);
  const StringCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);

  // The standard's table of encodings: name, then its labels (besides the name itself).
  const encodings = [
    ['utf-8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf8', 'x-unicode20utf8'],
    ['ibm866', '866', 'cp866', 'csibm866'],
    ['iso-8859-2', 'csisolatin2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2',
      'iso_8859-2:1987', 'l2', 'latin2'],
    ['iso-8859-3', 'csisolatin3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3',
      'iso_8859-3:1988', 'l3', 'latin3'],
    ['iso-8859-4', 'csisolatin4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4',
      'iso_8859-4:1988', 'l4', 'latin4'],
    ['iso-8859-5', 'csisolatincyrillic', 'cyrillic', 'iso-ir-144', 'iso8859-5', 'iso88595',
      'iso_8859-5', 'iso_8859-5:1988'],
    ['iso-8859-6', 'arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic',
      'ecma-114', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596',
      'iso_8859-6', 'iso_8859-6:1987'],
    ['iso-8859-7', 'csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-ir-126',
      'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'],
    ['iso-8859-8', 'csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8-e', 'iso-ir-138',
      'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'visual'],
    ['iso-8859-8-i', 'csiso88598i', 'logical'],
    ['iso-8859-10', 'csisolatin6', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'],
    ['iso-8859-13', 'iso8859-13', 'iso885913'],
    ['iso-8859-14', 'iso8859-14', 'iso885914'],
    ['iso-8859-15', 'csisolatin9', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
    ['iso-8859-16'],
    ['koi8-r', 'cskoi8r', 'koi', 'koi8', 'koi8_r'],
    ['koi8-u', 'koi8-ru'],
    ['macintosh', 'csmacintosh', 'mac', 'x-mac-roman'],
    ['windows-874', 'dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620'],
    ['windows-1250', 'cp1250', 'x-cp1250'],
    ['windows-1251', 'cp1251', 'x-cp1251'],
    ['windows-1252', 'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
      'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
      'latin1', 'us-ascii', 'x-cp1252'],
    ['windows-1253', 'cp1253', 'x-cp1253'],
    ['windows-1254', 'cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599',
      'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'x-cp1254'],
    ['windows-1255', 'cp1255', 'x-cp1255'],
    ['windows-1256', 'cp1256', 'x-cp1256'],
    ['windows-1257', 'cp1257', 'x-cp1257'],
    ['windows-1258', 'cp1258', 'x-cp1258'],
    ['x-mac-cyrillic', 'x-mac-ukrainian'],
    ['gbk', 'chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80',
      'iso-ir-58', 'x-gbk'],
    ['gb18030'],
    ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
    ['euc-jp', 'cseucpkdfmtjapanese', 'x-euc-jp'],
    ['iso-2022-jp', 'csiso2022jp'],
    ['shift_jis', 'csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'sjis', 'windows-31j', 'x-sjis'],
    ['euc-kr', 'cseuckr', 'csksc56011987', 'iso-ir-149', 'korean', 'ks_c_5601-1987',
      'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'],
    ['replacement', 'csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr'],
    ['utf-16be', 'unicodefffe'],
    ['utf-16le', 'csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16'],
    ['x-user-defined'],
  ];
  const encodingOfLabel = new Map();
  for (const [name, ...labels] of encodings) {
    encodingOfLabel.set(name, name);
    for (const label of labels) encodingOfLabel.set(label, name);
  }

  // "Get an encoding": the label without leading and trailing ASCII whitespace, lower-cased.
  function getEncoding(label) {
    return encodingOfLabel.get(StringToLowerCase(StringReplace(label, /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '')));
  }

  class TextEncoder {
    #brand = true;

    get encoding() {
      if (!(this !== null && typeof this === 'object' && #brand in this)) idl.illegalInvocation();
      return 'utf-8';
    }

    encode(input = '') {
      if (!(this !== null && typeof this === 'object' && #brand in this)) idl.illegalInvocation();
      return natives.encodeUtf8(idl.toDOMString(input));
    }

    encodeInto(source, destination) {
      if (!(this !== null && typeof this === 'object' && #brand in this)) idl.illegalInvocation();
      idl.requireArguments(arguments.length, 2, "Failed to execute 'encodeInto' on 'TextEncoder'");
      const text = idl.toDOMString(source);
      if (!natives.isUint8Array(destination)) {
        throw new TypeErrorCtor("Failed to execute 'encodeInto' on 'TextEncoder': " +
            "parameter 2 is not of type 'Uint8Array'.");
      }
      const counts = natives.encodeInto(text, destination);
      return {read: counts[0], written: counts[1]};
    }
  }

  // The encodings whose decoder skips a leading byte order mark.
  const bomEncodings = new Set(['utf-8', 'utf-16le', 'utf-16be']);

  class TextDecoder {
    #encoding;
    #fatal;
    #ignoreBOM;
    #decoder;
    #bomSeen = false;
    #doNotFlush = false;

    constructor(label = 'utf-8', options = undefined) {
      const given = idl.toDOMString(label);
      const dict = idl.dictionary(options, "Failed to construct 'TextDecoder'");
      const encoding = getEncoding(given);
      if (encoding === undefined || encoding === 'replacement') {
        throw new RangeErrorCtor(`Failed to construct 'TextDecoder': The encoding label ` +
            `provided ('${given}') is invalid.`);
      }
      this.#encoding = encoding;
      this.#fatal = !!dict.fatal;
      this.#ignoreBOM = !!dict.ignoreBOM;
      this.#decoder = natives.openDecoder(encoding);
    }

    get encoding() {
      if (!(this !== null && typeof this === 'object' && #encoding in this)) idl.illegalInvocation();
      return this.#encoding;
    }

    get fatal() {
      if (!(this !== null && typeof this === 'object' && #encoding in this)) idl.illegalInvocation();
      return this.#fatal;
    }

    get ignoreBOM() {
      if (!(this !== null && typeof this === 'object' && #encoding in this)) idl.illegalInvocation();
      return this.#ignoreBOM;
    }

    decode(input = undefined, options = undefined) {
      if (!(this !== null && typeof this === 'object' && #encoding in this)) idl.illegalInvocation();
      let bytes;
      if (input !== undefined) {
        bytes = natives.toBytes(input);
        if (bytes === undefined) {
          throw new TypeErrorCtor("Failed to execute 'decode' on 'TextDecoder': " +
              "The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.");
        }
      }
      const stream = !!idl.dictionary(options, "Failed to execute 'decode' on 'TextDecoder'").stream;
      if (!this.#doNotFlush) this.#bomSeen = false;
      this.#doNotFlush = stream;
      let text = natives.decodeWith(this.#decoder, bytes, this.#fatal, !stream);
      if (text === null) {
        this.#doNotFlush = false;
        throw new TypeErrorCtor("Failed to execute 'decode' on 'TextDecoder': " +
            'The encoded data was not valid.');
      }
      if (!this.#bomSeen && text.length > 0) {
        this.#bomSeen = true;
        if (!this.#ignoreBOM && bomEncodings.has(this.#encoding) &&
            StringCharCodeAt(text, 0) === 0xFEFF) {
          text = StringSlice(text, 1);
        }
      }
      return text;
    }
  }

  idl.defineInterface(TextEncoder);
  idl.defineInterface(TextDecoder);
  return {TextEncoder, TextDecoder};
})

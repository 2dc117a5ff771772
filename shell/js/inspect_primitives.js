// The console formatter's strings, property keys and primitives, quoted and escaped the way
// node's util.inspect does.
(function makeInspectPrimitives(natives) {
  'use strict';

  const {SymbolToString, RegExpTest, StringIncludes, StringSlice, StringRepeat, StringPadStart,
    StringCharCodeAt, StringSplit, StringToUpperCase, NumberToString, push, join
  } = natives.primordials;
  const {stylize} = natives.style;

  // ---------------------------------------------------------------------------------------------
  // Strings and keys.

  // How each escaped code unit is written inside a quoted string.
  const escapes = [];
  for (let i = 0; i < 0x20; i++) {
    escapes[i] = '\\x' + StringPadStart(StringToUpperCase(NumberToString(i, 16)), 2, '0');
  }
  escapes[8] = '\\b';
  escapes[9] = '\\t';
  escapes[10] = '\\n';
  escapes[12] = '\\f';
  escapes[13] = '\\r';
  escapes[0x5c] = '\\\\';
  for (let i = 0x7f; i <= 0x9f; i++) {
    escapes[i] = '\\x' + StringToUpperCase(NumberToString(i, 16));
  }

  function hex4(code) {
    return '\\u' + StringPadStart(NumberToString(code, 16), 4, '0');
  }

  // Quotes a string with ', or " when it holds a ' but no ", or ` when it holds both.
  function quote(str) {
    let quoteChar = "'";
    if (StringIncludes(str, "'")) {
      if (!StringIncludes(str, '"')) {
        quoteChar = '"';
      } else if (!StringIncludes(str, '`') && !StringIncludes(str, '${')) {
        quoteChar = '`';
      }
    }
    const quoteCode = StringCharCodeAt(quoteChar, 0);
    let result = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      const code = StringCharCodeAt(str, i);
      let escaped;
      if (code === quoteCode) {
        escaped = '\\' + quoteChar;
      } else if (code < 0x20 || code === 0x5c || (code >= 0x7f && code <= 0x9f)) {
        escaped = escapes[code];
      } else if (code >= 0xd800 && code <= 0xdfff) {
        // Lone surrogates are escaped; a proper pair is kept.
        if (code <= 0xdbff && i + 1 < str.length) {
          const next = StringCharCodeAt(str, i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            i++;
            continue;
          }
        }
        escaped = hex4(code);
      } else {
        continue;
      }
      result += StringSlice(str, last, i) + escaped;
      last = i + 1;
    }
    if (last !== 0) result += StringSlice(str, last);
    else result = str;
    return quoteChar + result + quoteChar;
  }

  function formatKey(key, enumerable, ctx) {
    if (typeof key === 'symbol') return '[' + stylize(ctx, quoteSymbol(key), 'symbol') + ']';
    if (key === '__proto__') return "['__proto__']";
    if (!enumerable) return '[' + key + ']';
    if (RegExpTest(/^[a-zA-Z_][a-zA-Z_0-9]*$/, key) !== null) return key;
    return stylize(ctx, quote(key), 'string');
  }

  function quoteSymbol(symbol) {
    return SymbolToString(symbol);
  }

  // ---------------------------------------------------------------------------------------------
  // Primitives.

  function formatNumber(number) {
    if (number === 0 && 1 / number < 0) return '-0';
    return '' + number;
  }

  function formatBigInt(bigint) {
    return '' + bigint + 'n';
  }

  function formatPrimitive(ctx, value) {
    switch (typeof value) {
      case 'string': {
        let trailer = '';
        if (value.length > ctx.maxStringLength) {
          const remaining = value.length - ctx.maxStringLength;
          value = StringSlice(value, 0, ctx.maxStringLength);
          trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
        }
        // Long strings are split after their line breaks, one quoted piece per line.
        if (ctx.compact !== true && value.length > 16 &&
            value.length > ctx.breakLength - ctx.indentationLvl - 4) {
          const lines = StringSplit(value, /(?<=\n)/);
          const pieces = [];
          for (let i = 0; i < lines.length; i++) {
            push(pieces, stylize(ctx, quote(lines[i]), 'string'));
          }
          return join(pieces, ' +\n' + StringRepeat(' ', ctx.indentationLvl + 2)) + trailer;
        }
        return stylize(ctx, quote(value), 'string') + trailer;
      }
      case 'number':
        return stylize(ctx, formatNumber(value), 'number');
      case 'bigint':
        return stylize(ctx, formatBigInt(value), 'bigint');
      case 'symbol':
        return stylize(ctx, quoteSymbol(value), 'symbol');
      default:
        // boolean, undefined
        return stylize(ctx, '' + value, typeof value);
    }
  }

  return {formatKey, formatNumber, formatBigInt, formatPrimitive};
})

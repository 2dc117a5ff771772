// The console formatter's options (node's util.inspect defaults) and colours (util.inspect.styles),
// and the entry types of a formatted container. Also the way back into formatValue for the
// parts that run before inspect.js (formatValue and their formatters call each other).
(function makeInspectStyle(natives) {
  'use strict';

  const {StringReplace} = natives.primordials;

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;

  const defaultOptions = {
    showHidden: false,
    depth: 2,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    // linea's error reports: an error without stack frames is not put in brackets.
    bareErrors: false,
    // ANSI colours for a terminal, as node's REPL and console print to one.
    colors: false,
  };

  // node's util.inspect.styles and util.inspect.colors: the SGR codes that open and close each
  // kind of text ('name' and 'regexp' inside objects stay plain only where node leaves them so).
  const styleCodes = {
    special: [36, 39],    // cyan
    number: [33, 39],     // yellow
    bigint: [33, 39],     // yellow
    boolean: [33, 39],    // yellow
    undefined: [90, 39],  // grey
    null: [1, 22],        // bold
    string: [32, 39],     // green
    symbol: [32, 39],     // green
    date: [35, 39],       // magenta
    regexp: [31, 39],     // red
    module: [4, 24],      // underline
  };

  // `text` in the colours of `style` when ctx.colors is on.
  function stylize(ctx, text, style) {
    if (!ctx.colors) return text;
    const codes = styleCodes[style];
    if (codes === undefined) return text;
    return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
  }

  // The width of an output entry on screen: its colour codes take no room.
  function visibleLength(ctx, text) {
    return ctx.colors ? StringReplace(text, /\u001b\[\d\d?m/g, '').length : text.length;
  }

  // formatValue is inspect.js's; it hands it over here once defined (setFormatValue).
  let formatValueOfInspect = null;
  function formatValue(ctx, value, recurseTimes, inTypedArray) {
    return formatValueOfInspect(ctx, value, recurseTimes, inTypedArray);
  }
  function setFormatValue(format) {
    formatValueOfInspect = format;
  }

  return {kObjectType, kArrayType, kArrayExtrasType, defaultOptions, stylize, visibleLength,
    formatValue, setFormatValue};
})

// console.table (WHATWG Console: "try to construct a table with the columns of the properties of
// tabularData ... fall back to just logging the argument"), drawn as node draws it: an
// "(index)" column (or "(iteration index)" for Maps, Sets and their iterators), one column per
// property of the rows (or the given properties), "Values" for rows that are primitives, cells
// aligned left (as node 20 does; earlier versions centered them). table(data, properties)
// returns the text, or undefined when data is not tabular.
// The completion value is a factory taking {inspect, kind, previewEntries} (shell/inspect.cc).
(function makeConsoleTable(natives) {
  'use strict';

  const {inspect} = natives;
  const ObjectKeys = Object.keys;
  const ObjectHasOwn = Object.prototype.hasOwnProperty.call.bind(Object.prototype.hasOwnProperty);
  const ArrayIsArray = Array.isArray;
  const StringRepeat = Function.prototype.call.bind(String.prototype.repeat);
  const MathMax = Math.max;
  const TypeErrorCtor = TypeError;

  // The columns a code point takes in a terminal: 0 for combining marks, 2 for East Asian wide
  // and fullwidth ones (the common ranges), else 1.
  function width(text) {
    let columns = 0;
    for (const c of text) {
      const n = c.codePointAt(0);
      if ((n >= 0x300 && n <= 0x36F) || n === 0x200B || (n >= 0xFE00 && n <= 0xFE0F)) continue;
      const wide = (n >= 0x1100 && n <= 0x115F) || (n >= 0x2E80 && n <= 0xA4CF) ||
          (n >= 0xAC00 && n <= 0xD7A3) || (n >= 0xF900 && n <= 0xFAFF) ||
          (n >= 0xFE30 && n <= 0xFE4F) || (n >= 0xFF00 && n <= 0xFF60) ||
          (n >= 0xFFE0 && n <= 0xFFE6) || (n >= 0x1F300 && n <= 0x1F64F) ||
          (n >= 0x1F900 && n <= 0x1F9FF) || (n >= 0x20000 && n <= 0x3FFFD);
      columns += wide ? 2 : 1;
    }
    return columns;
  }

  function renderRow(row, widths) {
    let out = '│ ';
    for (let i = 0; i < row.length; i++) {
      out += row[i] + StringRepeat(' ', widths[i] - width(row[i]));
      if (i !== row.length - 1) out += ' │ ';
    }
    return out + ' │';
  }

  function draw(head, columns) {
    const rows = [];
    const widths = head.map(width);
    const longest = MathMax(...columns.map((column) => column.length));
    for (let i = 0; i < head.length; i++) {
      for (let j = 0; j < longest; j++) {
        if (rows[j] === undefined) rows[j] = [];
        const value = rows[j][i] = ObjectHasOwn(columns[i], j) ? columns[i][j] : '';
        widths[i] = MathMax(widths[i] || 0, width(value));
      }
    }
    const divider = widths.map((w) => StringRepeat('─', w + 2));
    let result = `┌${divider.join('┬')}┐\n${renderRow(head, widths)}\n├${divider.join('┼')}┤\n`;
    for (const row of rows) result += `${renderRow(row, widths)}\n`;
    return result + `└${divider.join('┴')}┘`;
  }

  // A cell: objects with more than two keys shown to depth 0 as [Object]... as node does.
  function cell(value) {
    const depth = value !== null && typeof value === 'object' && !ArrayIsArray(value) &&
        ObjectKeys(value).length > 2 ? -1 : 0;
    return inspect(value, {depth, maxArrayLength: 3, breakLength: Infinity});
  }

  const indexArray = (length) => Array.from({length}, (_, i) => cell(i));

  function table(data, properties) {
    if (properties !== undefined && !ArrayIsArray(properties)) {
      throw new TypeErrorCtor('The "properties" argument must be an instance of Array.');
    }
    if (data === null || typeof data !== 'object') return undefined;
    const kind = natives.kind(data);
    let entries = data;
    let keyValue = false;
    if (kind === 'MapIterator') [entries, keyValue] = natives.previewEntries(data);
    if (keyValue || kind === 'Map') {
      const keys = [];
      const values = [];
      if (kind === 'MapIterator') {
        for (let i = 0; i < entries.length / 2; i++) {
          keys.push(cell(entries[i * 2]));
          values.push(cell(entries[i * 2 + 1]));
        }
      } else {
        for (const [k, v] of data) {
          keys.push(cell(k));
          values.push(cell(v));
        }
      }
      return draw(['(iteration index)', 'Key', 'Values'], [indexArray(keys.length), keys, values]);
    }
    if (kind === 'SetIterator') entries = natives.previewEntries(data)[0];
    if (kind === 'SetIterator' || kind === 'MapIterator' || kind === 'Set') {
      const values = [];
      for (const v of entries) values.push(cell(v));
      return draw(['(iteration index)', 'Values'], [indexArray(values.length), values]);
    }
    const columns = {__proto__: null};
    let hasPrimitives = false;
    const primitiveValues = [];
    const indexKeys = ObjectKeys(data);
    for (let i = 0; i < indexKeys.length; i++) {
      const item = data[indexKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitiveValues[i] = cell(item);
      } else {
        for (const key of properties || ObjectKeys(item)) {
          columns[key] ??= [];
          columns[key][i] = (primitive && properties) || !ObjectHasOwn(item, key) ? '' :
            cell(item[key]);
        }
      }
    }
    const head = ObjectKeys(columns);
    const values = head.map((key) => columns[key]);
    if (hasPrimitives) {
      head.push('Values');
      values.push(primitiveValues);
    }
    head.unshift('(index)');
    values.unshift(indexKeys);
    return draw(head, values);
  }

  return {table};
})

// The console formatter's layout: whether entries fit on one line, arrays grouped into aligned
// columns, and the entries joined into one string with their braces (node's
// reduceToSingleString).
(function makeInspectLayout(natives) {
  'use strict';

  const {MathMin, MathMax, MathSqrt, MathRound, MathFloor, StringIncludes, StringRepeat,
    StringPadStart, StringPadEnd, push, join} = natives.primordials;
  const {kArrayExtrasType, visibleLength} = natives.style;

  // ---------------------------------------------------------------------------------------------
  // Layout.

  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      total += visibleLength(ctx, output[i]);
      if (total > ctx.breakLength) return false;
    }
    return base === '' || !StringIncludes(base, '\n');
  }

  // Lays out many short array entries in aligned columns, as node does for arrays of more
  // than six entries.
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let count = output.length;
    // A trailing "... more items" entry is not part of the grid.
    if (ctx.maxArrayLength < output.length) count--;
    const separatorSpace = 2;  // ", "
    const lengths = [];
    for (let i = 0; i < count; i++) {
      const len = visibleLength(ctx, output[i]);
      lengths[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      // Aim for a roughly square block, characters being about 2.5 times higher than wide.
      const averageBias = MathSqrt(actualMax - totalLength / output.length);
      const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
      const columns = MathMin(
          MathRound(MathSqrt(2.5 * biasedMax * count) / biasedMax),
          MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
          ctx.compact * 4,
          15);
      if (columns <= 1) return output;
      const columnWidths = [];
      for (let column = 0; column < columns; column++) {
        let width = 0;
        for (let j = column; j < output.length; j += columns) {
          if (lengths[j] > width) width = lengths[j];
        }
        push(columnWidths, width + separatorSpace);
      }
      // Numbers are right-aligned, anything else left-aligned.
      let pad = StringPadStart;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
            pad = StringPadEnd;
            break;
          }
        }
      }
      const rows = [];
      for (let i = 0; i < count; i += columns) {
        const max = MathMin(i + columns, count);
        let row = '';
        let j = i;
        // Colour codes take no room: pad each entry by its visible width.
        for (; j < max - 1; j++) {
          const width = columnWidths[j - i] + output[j].length - lengths[j];
          row += pad(`${output[j]}, `, width, ' ');
        }
        if (pad === StringPadStart) {
          const width = columnWidths[j - i] + output[j].length - lengths[j] - separatorSpace;
          row += StringPadStart(output[j], width, ' ');
        } else {
          row += output[j];
        }
        push(rows, row);
      }
      if (ctx.maxArrayLength < output.length) push(rows, output[count]);
      return rows;
    }
    return output;
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        // Objects nested less than `compact` levels deep go on one line when they fit.
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = join(output, ', ');
            if (!StringIncludes(joined, '\n')) {
              return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
            }
          }
        }
      }
      const indentation = '\n' + StringRepeat(' ', ctx.indentationLvl);
      return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
          join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ''} ${join(output, ', ')} ${braces[1]}`;
    }
    const indentation = '\n' + StringRepeat(' ', ctx.indentationLvl);
    const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${
        StringRepeat(' ', ctx.indentationLvl)}  `;
    return `${braces[0]}${ln}${join(output, `,${indentation}  `)} ${braces[1]}`;
  }

  return {reduceToSingleString};
})

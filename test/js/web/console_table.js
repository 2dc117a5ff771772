// console.table: arrays of objects and primitives, objects of rows, a properties filter, Maps,
// Sets and their iterators, nested values, wide characters, and what is not tabular.
// Expected output: node 20's.
console.table([{a: 1, b: 'x'}, {a: 2, c: true}]);
console.table(['apples', 'oranges', 'bananas']);
console.table({first: {name: 'Ada', born: 1815}, second: {name: 'Grace', born: 1906}, third: 3});
console.table([{a: 1, b: 2, c: 3}, {a: 4, b: 5}], ['a', 'c']);
console.table(new Map([['k1', {v: 1}], [{obj: true}, [1, 2, 3, 4]]]));
console.table(new Set(['s', 2, null]));
console.table(new Map([[1, 'one']]).entries());
console.table(new Set([5]).values());
console.table([{nested: {deep: {deeper: 1}}, list: [1, 2, 3, 4, 5], fn() {}}]);
console.table([{名前: '日本語', x: 'é'}]);
console.table([]);
console.table('not tabular');
console.table(null);
console.table([[1, 2], [3, 4]]);

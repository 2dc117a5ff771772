// showHidden (console.dir's option, and %o) lists the getters and data of the prototypes of a
// class that is not a global built-in, up to three layers, as node does; the .out file is node
// 20's output.
class Foo { constructor() { this.own = 1; } get x() { return 1; } method() {} }
class Bar extends Foo { get y() { return 2; } static s() {} }
Bar.prototype.data = 'd';
console.log('%o', new Foo());
console.log('%o', new Bar());
console.dir(new Bar(), {showHidden: true});
console.log('%o', [1, 2]);
console.log('%o', new Map([[1, 2]]));
console.log('%o', {a: {b: {c: {d: {e: 1}}}}});
console.log('%o', function named() {});
console.log('%o', new Error('e').message);
console.dir(Object.create(new Foo()), {showHidden: true});
console.dir(new (class extends Array {})(), {showHidden: true});
console.dir(new (class Empty {})(), {showHidden: true});

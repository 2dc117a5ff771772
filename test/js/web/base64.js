// atob and btoa: forgiving-base64 (whitespace, missing padding), Latin-1 only for btoa, and
// InvalidCharacterError DOMExceptions. Expected output: node 20's.
console.log(btoa(''), btoa('a'), btoa('ab'), btoa('abc'), btoa('\xff\xfe\x00'), btoa(12), btoa(null));
console.log(JSON.stringify([atob(''), atob('YQ'), atob('YWI='), atob(' Y W J j \n'), atob('//79'), atob(undefined === 1 ? '' : 'AA==')]));
for (const bad of ['a', 'YQ=', 'YQ===', 'Y=Q=', '$$$$', 'YWJj=']) {
  try {
    console.log(JSON.stringify(bad), JSON.stringify(atob(bad)));
  } catch (e) {
    console.log(JSON.stringify(bad), e.name, e.code, e instanceof DOMException, e instanceof Error);
  }
}
try {
  btoa('\u20ac');
} catch (e) {
  console.log('btoa', e.name, e.code, Object.prototype.toString.call(e));
}
try {
  atob();
} catch (e) {
  console.log('no argument', e.constructor.name);
}
console.log(atob.length, btoa.length, typeof DOMException, DOMException.INVALID_CHARACTER_ERR,
    new DOMException('m', 'AbortError').code, new DOMException().name, new DOMException('x').message);

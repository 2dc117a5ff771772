function fail() {
  throw new RangeError('no such thing');
}
fail();

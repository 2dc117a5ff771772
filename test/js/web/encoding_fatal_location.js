// A fatal decoding error is reported at the line of the decode() call; exit 1.
const decoder = new TextDecoder('utf-8', {fatal: true});
decoder.decode(Uint8Array.of(0x61, 0xFF));

// crypto, Crypto and SubtleCrypto (shell/web/js/crypto.js): getRandomValues and randomUUID over
// libuv's uv_random, subtle.digest over OpenSSL's libcrypto.
#ifndef LINEA_SHELL_WEB_CRYPTO_H_
#define LINEA_SHELL_WEB_CRYPTO_H_

#include <v8.h>

namespace linea::shell::web {

void InstallCrypto(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_CRYPTO_H_

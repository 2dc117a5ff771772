// TextEncoder and TextDecoder of the Encoding Standard: shell/web/js/encoding.js over the
// decoders of shell/web/decoders.h.
#ifndef LINEA_SHELL_WEB_ENCODING_H_
#define LINEA_SHELL_WEB_ENCODING_H_

#include <v8.h>

namespace linea::shell::web {

void InstallEncoding(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_ENCODING_H_

// Blob and File (shell/web/js/blob.js).
#ifndef LINEA_SHELL_WEB_BLOB_H_
#define LINEA_SHELL_WEB_BLOB_H_

#include <v8.h>

namespace linea::shell::web {

void InstallBlob(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

// Sets natives.blob to {Blob, bytesOf(value) -> its bytes (a Uint8Array not to be changed) or
// undefined}, for Response's bodies (shell/js/response.js).
void AddBlobNatives(v8::Local<v8::Context> context, v8::Local<v8::Object> natives);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_BLOB_H_

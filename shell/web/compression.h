// CompressionStream and DecompressionStream (Compression Streams: gzip, deflate, deflate-raw),
// shell/web/js/compression.js over zlib.
#ifndef LINEA_SHELL_WEB_COMPRESSION_H_
#define LINEA_SHELL_WEB_COMPRESSION_H_

#include <v8.h>

namespace linea::shell::web {

// Needs the streams installed (the classes are TransformStreams inside).
void InstallCompression(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_COMPRESSION_H_

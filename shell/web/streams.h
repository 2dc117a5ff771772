// ReadableStream, WritableStream, TransformStream and their controllers, readers, writers and
// queuing strategies (shell/web/js/streams_{base,readable,writable,transform}.js).
#ifndef LINEA_SHELL_WEB_STREAMS_H_
#define LINEA_SHELL_WEB_STREAMS_H_

#include <v8.h>

#include "shell/body.h"

namespace linea::shell {
class Environment;
}

namespace linea::shell::web {

void InstallStreams(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

// Sets natives.streams to the internal operations the shell's other parts use: streamOfBytes,
// readAllBytes, isDisturbed, isLocked, isReadableStream (Blob.stream, Response bodies).
void AddStreamNatives(v8::Local<v8::Context> context, v8::Local<v8::Object> natives);

// Reads `stream` to its end for a Body (shell/body.h): locks it, and calls `on_chunk` with each
// chunk (which must be a Uint8Array) and then `on_end`, each as its own task.
void ReadStream(Environment* env, v8::Local<v8::Object> stream, Body::ChunkCallback on_chunk,
                Body::EndCallback on_end);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_STREAMS_H_

// Implementation limits of the decoder. The core spec lets an implementation bound the size
// of a module's constructs; these are the limits the JS API spec fixes for every web
// engine ("Limits" in the JS API), so a module that loads elsewhere loads here. They also
// keep hostile counts from turning into huge allocations.
#ifndef LINEA_RUNTIME_DECODE_DECODER_LIMITS_H_
#define LINEA_RUNTIME_DECODE_DECODER_LIMITS_H_

#include <cstddef>
#include <cstdint>

namespace linea::rt {

inline constexpr size_t kMaxModuleSize = size_t{1} << 30;  // 1 GiB.
inline constexpr uint32_t kMaxTypes = 1000000;
inline constexpr uint32_t kMaxFunctions = 1000000;
inline constexpr uint32_t kMaxImports = 1000000;  // Raised from 100000 in the JS API spec (2025).
inline constexpr uint32_t kMaxExports = 1000000;  // Likewise.
inline constexpr uint32_t kMaxGlobals = 1000000;
inline constexpr uint32_t kMaxDataSegments = 100000;
inline constexpr uint32_t kMaxElementSegments = 10000000;
inline constexpr uint32_t kMaxTables = 100000;
inline constexpr uint32_t kMaxTags = 1000000;               // Exception tags (JS API).
inline constexpr uint32_t kMaxMemories = 100;               // Multiple memories (JS API, 2024).
inline constexpr uint32_t kMaxTableInitEntries = 10000000;  // Items in one element segment.
inline constexpr uint32_t kMaxFunctionParams = 1000;
inline constexpr uint32_t kMaxFunctionResults = 1000;
inline constexpr uint32_t kMaxFunctionBodySize = 7654321;

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_DECODE_DECODER_LIMITS_H_

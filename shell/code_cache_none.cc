// make_code_cache embeds no code cache: it makes them.
#include "shell/code_cache.h"

namespace linea::shell {

std::span<const EmbeddedCodeCache> EmbeddedCodeCaches() { return {}; }

}  // namespace linea::shell

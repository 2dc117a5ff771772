// linea's own version, printed by `linea --version` next to V8's.
#ifndef LINEA_SHELL_VERSION_H_
#define LINEA_SHELL_VERSION_H_

namespace linea::shell {

inline constexpr char kLineaVersion[] = "0.1.0";

}  // namespace linea::shell

#endif  // LINEA_SHELL_VERSION_H_

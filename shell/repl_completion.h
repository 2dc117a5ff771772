// Tab completion in the REPL, as node's REPL completes: names visible at the top level, or the
// properties of the object a dotted path names (a.b.c.), evaluated without side effects. The
// candidates come in groups, one per object on the prototype chain, so an object's own keys are
// never mixed with Object.prototype's; they are listed the way node lists them.
#ifndef LINEA_SHELL_REPL_COMPLETION_H_
#define LINEA_SHELL_REPL_COMPLETION_H_

#include <v8.h>

#include <string>
#include <vector>

namespace linea::shell {

// Groups of completions of `text` (each a full replacement of `text`, e.g. "obj.alpha"),
// nearest first: for a dotted path the object's own properties, then its prototype's, and so
// on; for a bare name the top-level let/const/class names, the global object's prototypes, its
// own properties and the keywords (the order node uses). Each group is sorted, and a name appears
// only in the nearest group that has it. Empty groups are dropped.
std::vector<std::vector<std::string>> CompletionGroups(v8::Local<v8::Context> context,
                                                       const std::string& text);

// The longest prefix shared by every completion.
std::string CommonPrefix(const std::vector<std::vector<std::string>>& groups);

// The list shown on a second Tab, as node's readline shows it: the farthest group first, each
// in rows of columns as wide as the longest name plus two, a blank line after each group.
std::string FormatCompletionList(const std::vector<std::vector<std::string>>& groups,
                                 int terminal_columns);

}  // namespace linea::shell

#endif  // LINEA_SHELL_REPL_COMPLETION_H_

// The function compiler's calls (function_compiler.h): call, call_indirect, call_ref and
// their tail-call forms.

#include "runtime/compile/function_compiler.h"

namespace linea::rt {

bool FunctionCompiler::ReadCallee(CallKind kind, Callee* callee) {
  if (kind == CallKind::kRef) {
    if (!ReadTypeIndex(CompositeKind::kFunc, &callee->type_index)) return false;
    callee->type = &module_.types[callee->type_index];
    return Pop(TypeRef(callee->type_index, true), &callee->table_index);
  }
  if (kind == CallKind::kIndirect) {
    uint32_t& type_index = callee->type_index;
    uint32_t& table = callee->table;
    if (!reader_.ReadU32(&type_index) || !CheckIndex(type_index, module_.types.size(), "type")) {
      return false;
    }
    if (!ReadTableIndex(&table)) return false;
    if (!IsSubtype(module_.tables[table].element, ValType::kFuncRef)) {
      return Fail("type mismatch: call_indirect needs a funcref table, table " +
                  std::to_string(table) + " holds " +
                  std::string(ValTypeName(module_.tables[table].element)));
    }
    if (!module_.types[type_index].is_func()) {
      return Fail("type mismatch: type " + std::to_string(type_index) + " is not a function type");
    }
    callee->type = &module_.types[type_index];
    return Pop(AddressType(module_.tables[table]), &callee->table_index);
  }
  if (!ReadFuncIndex(&callee->index)) return false;
  callee->type = &module_.func_type(callee->index);
  return true;
}

// call / call_indirect, and with `tail` their 3.0 tail-call forms return_call /
// return_call_indirect, whose callee's results must be this function's results.
bool FunctionCompiler::CompileCall(CallKind kind, bool tail) {
  const bool indirect = kind == CallKind::kIndirect;
  Callee callee;
  if (!ReadCallee(kind, &callee)) return false;
  const FuncType& type = *callee.type;
  if (tail && !AllMatch(type.results, type_.results)) {
    return Fail("type mismatch: tail call to a function whose results " +
                std::to_string(type.results.size()) + " differ from the caller's");
  }
  const uint32_t num_params = static_cast<uint32_t>(type.params.size());
  if (!CheckTop(type.params)) return false;
  if (emitting_) {
    // The arguments become the callee's first slots: they must be contiguous. (A tail call
    // moves them down to slot 0 first, and names how many there are.)
    MaterializeTop(num_params);
    const uint32_t base = StackSlot(height() - num_params);
    if (kind == CallKind::kRef) {
      BeginOp(tail ? Op::kReturnCallRef : Op::kCallRef);
      MarkSource();
      EmitOperands({S(callee.table_index.slot), S(base)});
    } else if (indirect) {
      BeginOp(tail ? Op::kReturnCallIndirect : Op::kCallIndirect);
      MarkSource();
      EmitOperands({I(module_.canonical_type_ids[callee.type_index]), I(callee.table),
                    S(callee.table_index.slot), S(base)});
    } else if (tail) {
      BeginOp(Op::kReturnCall);
      MarkSource();
      EmitOperands({I(callee.index), S(base)});
    } else {
      // A function defined in this module is never a host function and runs in the same
      // instance: its call skips both checks.
      BeginOp(callee.index < module_.num_imported_funcs ? Op::kCall : Op::kCallLocal);
      MarkSource();
      EmitOperands({I(callee.index), S(base)});
    }
    if (tail) code_.push_back(num_params);
  }
  for (size_t i = type.params.size(); i-- > 0;) {  // As PopTypes, keeping nothing.
    if (!Pop(type.params[i])) return false;
  }
  if (tail) {
    SetUnreachable();
  } else {
    for (ValType t : type.results) PushTemp(t);
  }
  return true;
}

}  // namespace linea::rt

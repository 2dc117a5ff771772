#include "runtime/interpreter/gc_ops.h"

#include <cstring>
#include <vector>

#include "runtime/store/gc_heap.h"
#include "runtime/store/instance.h"

namespace linea::rt::gc_ops {
namespace {

// As in the interpreter: a slot named by operand word i; i32s zero-extended in their slot.
#define SLOT(i) (*SlotAt(fp, pc[i]))
#define TRAP(kind) return (kind)
inline uint32_t U32(const Slot& s) { return static_cast<uint32_t>(s.bits); }

}  // namespace

#define GC_OBJECT(i, null_trap)        \
  static_cast<GcObject*>(SLOT(i).ref); \
  if (SLOT(i).ref == nullptr) TRAP(TrapKind::null_trap)

// Allocates array object `object` of type pc[2] and `length` elements, or traps.
#define NEW_ARRAY(length, object)                                                               \
  const uint32_t element_size = CanonicalLayout(pc[2]).element_size;                            \
  const uint64_t object##_bytes = GcLayout::kHeaderSize + uint64_t{length} * element_size;      \
  if (object##_bytes > GcHeap::kMaxObjectBytes) TRAP(TrapKind::kArrayTooLarge);                 \
  GcObject* object = st->heap->Allocate(pc[2], length, object##_bytes, fp + code->frame_slots); \
  if (object == nullptr) TRAP(TrapKind::kOutOfMemory)

TrapKind StructNew([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                   Slot* fp, const uint32_t* pc, [[maybe_unused]] const CompiledFunction* code) {
  const uint32_t type = pc[2];
  GcObject* object = st->heap->Allocate(type, 0, pc[3], (fp + code->frame_slots));
  if (object == nullptr) return TrapKind::kOutOfMemory;
  const GcLayout& layout = CanonicalLayout(type);
  const Slot* src = SlotAt(fp, pc[4]);
  for (uint32_t i = 0, n = pc[5]; i < n; ++i) {
    std::memcpy(reinterpret_cast<uint8_t*>(object) + layout.offsets[i], &src[i],
                layout.field_sizes[i]);
  }
  SLOT(1).ref = object;
  return kNoTrap;
}

TrapKind StructNewDefault([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                          Slot* fp, const uint32_t* pc,
                          [[maybe_unused]] const CompiledFunction* code) {
  GcObject* object = st->heap->Allocate(pc[2], 0, pc[3], (fp + code->frame_slots));
  if (object == nullptr) return TrapKind::kOutOfMemory;
  SLOT(1).ref = object;
  return kNoTrap;
}

TrapKind ArrayNew([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                  Slot* fp, const uint32_t* pc, [[maybe_unused]] const CompiledFunction* code) {
  const uint32_t length = U32(SLOT(4));
  NEW_ARRAY(length, object);
  const Slot init = SLOT(3);
  for (uint32_t i = 0; i < length; ++i) {
    std::memcpy(object->payload() + size_t{i} * element_size, &init, element_size);
  }
  SLOT(1).ref = object;
  return kNoTrap;
}

TrapKind ArrayNewDefault([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                         Slot* fp, const uint32_t* pc,
                         [[maybe_unused]] const CompiledFunction* code) {
  const uint32_t length = U32(SLOT(3));
  NEW_ARRAY(length, object);
  SLOT(1).ref = object;
  return kNoTrap;
}

TrapKind ArrayNewFixed([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                       Slot* fp, const uint32_t* pc,
                       [[maybe_unused]] const CompiledFunction* code) {
  const uint32_t length = pc[4];
  NEW_ARRAY(length, object);
  const Slot* src = SlotAt(fp, pc[3]);
  for (uint32_t i = 0; i < length; ++i) {
    std::memcpy(object->payload() + size_t{i} * element_size, &src[i], element_size);
  }
  SLOT(1).ref = object;
  return kNoTrap;
}

TrapKind ArrayNewData([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                      Slot* fp, const uint32_t* pc, [[maybe_unused]] const CompiledFunction* code) {
  const uint32_t segment = pc[3];
  const std::vector<uint8_t>& bytes = instance->module->data[segment].bytes;
  const uint64_t segment_size = instance->data_dropped[segment] ? 0 : bytes.size();
  const uint64_t offset = U32(SLOT(4));
  const uint32_t length = U32(SLOT(5));
  const uint64_t size = uint64_t{length} * CanonicalLayout(pc[2]).element_size;
  if (offset + size > segment_size) return TrapKind::kMemoryOutOfBounds;
  NEW_ARRAY(length, object);
  if (size != 0) std::memcpy(object->payload(), bytes.data() + offset, size);
  SLOT(1).ref = object;
  return kNoTrap;
}

TrapKind ArrayNewElem([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                      Slot* fp, const uint32_t* pc, [[maybe_unused]] const CompiledFunction* code) {
  const std::vector<void*>& elements = instance->element_segments[pc[3]];
  const uint64_t offset = U32(SLOT(4));
  const uint32_t length = U32(SLOT(5));
  if (offset + length > elements.size()) return TrapKind::kTableOutOfBounds;
  NEW_ARRAY(length, object);
  if (length != 0) std::memcpy(object->payload(), elements.data() + offset, size_t{length} * 8);
  SLOT(1).ref = object;
  return kNoTrap;
}

TrapKind ArrayFill([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                   Slot* fp, const uint32_t* pc, [[maybe_unused]] const CompiledFunction* code) {
  GcObject* array = GC_OBJECT(1, kNullArrayReference);
  const uint64_t offset = U32(SLOT(2));
  const uint64_t n = U32(SLOT(4));
  if (offset + n > array->length) return TrapKind::kArrayOutOfBounds;
  const uint32_t size = CanonicalLayout(array->type_id).element_size;
  const Slot value = SLOT(3);
  for (uint64_t i = 0; i < n; ++i)
    std::memcpy(array->payload() + (offset + i) * size, &value, size);
  return kNoTrap;
}

TrapKind ArrayCopy([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                   Slot* fp, const uint32_t* pc, [[maybe_unused]] const CompiledFunction* code) {
  GcObject* dst = GC_OBJECT(1, kNullArrayReference);
  GcObject* src = GC_OBJECT(3, kNullArrayReference);
  const uint64_t dst_offset = U32(SLOT(2));
  const uint64_t src_offset = U32(SLOT(4));
  const uint64_t n = U32(SLOT(5));
  if (dst_offset + n > dst->length || src_offset + n > src->length) {
    return TrapKind::kArrayOutOfBounds;
  }
  const uint32_t size = CanonicalLayout(dst->type_id).element_size;
  if (n != 0) {
    std::memmove(dst->payload() + dst_offset * size, src->payload() + src_offset * size, n * size);
  }
  return kNoTrap;
}

TrapKind ArrayInitData([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                       Slot* fp, const uint32_t* pc,
                       [[maybe_unused]] const CompiledFunction* code) {
  GcObject* array = GC_OBJECT(2, kNullArrayReference);
  const uint32_t segment = pc[1];
  const std::vector<uint8_t>& bytes = instance->module->data[segment].bytes;
  const uint64_t segment_size = instance->data_dropped[segment] ? 0 : bytes.size();
  const uint64_t dst = U32(SLOT(3));
  const uint64_t src = U32(SLOT(4));
  const uint64_t n = U32(SLOT(5));
  const uint32_t size = CanonicalLayout(array->type_id).element_size;
  if (dst + n > array->length) return TrapKind::kArrayOutOfBounds;
  if (src + n * size > segment_size) return TrapKind::kMemoryOutOfBounds;
  if (n != 0) std::memcpy(array->payload() + dst * size, bytes.data() + src, n * size);
  return kNoTrap;
}

TrapKind ArrayInitElem([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                       Slot* fp, const uint32_t* pc,
                       [[maybe_unused]] const CompiledFunction* code) {
  GcObject* array = GC_OBJECT(2, kNullArrayReference);
  const std::vector<void*>& elements = instance->element_segments[pc[1]];
  const uint64_t dst = U32(SLOT(3));
  const uint64_t src = U32(SLOT(4));
  const uint64_t n = U32(SLOT(5));
  if (dst + n > array->length) return TrapKind::kArrayOutOfBounds;
  if (src + n > elements.size()) return TrapKind::kTableOutOfBounds;
  if (n != 0) std::memcpy(array->payload() + dst * 8, elements.data() + src, n * 8);
  return kNoTrap;
}

TrapKind AnyConvertExtern([[maybe_unused]] ExecutionState* st, [[maybe_unused]] Instance* instance,
                          Slot* fp, const uint32_t* pc,
                          [[maybe_unused]] const CompiledFunction* code) {
  // A host value is boxed; an externalized GC value (or an i31) is itself again.
  const uint64_t bits = SLOT(2).bits;
  if (bits == 0 || IsI31(bits)) {
    SLOT(1).bits = bits;
  } else if (IsExternalizedObject(bits)) {
    SLOT(1).bits = bits & ~uint64_t{2};
  } else {
    GcObject* box = st->heap->NewBox(SLOT(2).ref, (fp + code->frame_slots));
    if (box == nullptr) return TrapKind::kOutOfMemory;
    SLOT(1).ref = box;
  }
  return kNoTrap;
}

}  // namespace linea::rt::gc_ops

#include "test/fuzz/host_environment.h"

#include <cmath>
#include <limits>
#include <memory>
#include <string>

#include "runtime/store/global.h"
#include "runtime/store/memory.h"
#include "runtime/store/table.h"

namespace linea::fuzz {

namespace {

// Nested activations a re-entering host function may open (wasm -> host -> wasm -> ...).
constexpr uint32_t kMaxReentryDepth = 3;

// What non-null externrefs point at: one address for every run, so runs compare equal.
int g_externref_target = 0;

constexpr uint64_t kInterestingBits[] = {
    0,
    1,
    0xffffffffu,
    0x7fffffffu,
    0x80000000u,
    0xffffffffffffffffu,
    0x8000000000000000u,
    0x7fffffffffffffffu,
    0x7fc00000u,          // f32 NaN
    0x7fa00001u,          // f32 signalling NaN with payload
    0x7ff8000000000000u,  // f64 NaN
    0xfff4000000000001u,  // f64 negative signalling NaN
    0x4f000000u,          // f32 2^31
    0x43e0000000000000u,  // f64 2^63
    0x00010000u,          // 64 KiB
    0xfffffff0u,
};

}  // namespace

uint64_t HashBytes(std::span<const uint8_t> bytes) {
  uint64_t h = 0xcbf29ce484222325u;
  for (uint8_t b : bytes) h = (h ^ b) * 0x100000001b3u;
  return h;
}

HostEnvironment::HostEnvironment(rt::Store& store, uint64_t seed)
    : store_(store),
      rng_(seed),
      mode_(static_cast<HostMode>(rng_.Below(5))),
      nth_(1 + rng_.Below(4)) {}

rt::Value HostEnvironment::Interesting(rt::ValType type) {
  switch (type) {
    case rt::ValType::kFuncRef: {
      if (instance_ == nullptr || instance_->functions.empty() || rng_.Below(4) == 0) {
        return rt::Value::Null(type);
      }
      return rt::Value::FuncRef(
          instance_->functions[rng_.Below(static_cast<uint32_t>(instance_->functions.size()))]);
    }
    case rt::ValType::kExternRef:
      return rng_.Below(3) == 0 ? rt::Value::Null(type) : rt::Value::ExternRef(&g_externref_target);
    case rt::ValType::kI32:
    case rt::ValType::kF32:
      return {type, kInterestingBits[rng_.Below(std::size(kInterestingBits))] & 0xffffffffu};
    default:
      return {type, kInterestingBits[rng_.Below(std::size(kInterestingBits))]};
  }
}

std::vector<rt::Value> HostEnvironment::ArgsFor(const rt::FuncType& type, bool interesting) {
  std::vector<rt::Value> args;
  args.reserve(type.params.size());
  for (rt::ValType t : type.params) {
    args.push_back(interesting ? Interesting(t) : rt::Value::Default(t));
  }
  return args;
}

rt::Outcome HostEnvironment::OnHostCall(const rt::FuncType& type, std::span<const rt::Value> args,
                                        std::span<rt::Value> results) {
  // The runtime promises the arguments match the signature and the results are preset.
  if (args.size() != type.params.size() || results.size() != type.results.size()) abort();
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i].type != type.params[i]) abort();
  }
  for (size_t i = 0; i < results.size(); ++i) {
    if (results[i].type != type.results[i] || results[i].bits != 0) abort();
  }
  ++host_calls_;
  switch (mode_) {
    case HostMode::kReturnDefaults:
      break;
    case HostMode::kReturnInteresting:
      for (rt::Value& r : results) r = Interesting(r.type);
      break;
    case HostMode::kTrapOnNthCall:
      if (host_calls_ == nth_) {
        return rt::Outcome::FromTrap(rt::Trap{rt::TrapKind::kHostTrap, "fuzz host trap", {}});
      }
      break;
    case HostMode::kThrowOnNthCall:
      if (host_calls_ == nth_) return rt::Outcome::Exception();
      break;
    case HostMode::kReenter: {
      if (instance_ == nullptr || reentry_depth_ >= kMaxReentryDepth) break;
      std::vector<rt::Function*> targets;
      for (const auto& [name, ext] : instance_->exports) {
        if (ext.kind == rt::ExternKind::kFunction) targets.push_back(ext.function);
      }
      if (targets.empty()) break;
      rt::Function* target = targets[rng_.Below(static_cast<uint32_t>(targets.size()))];
      std::vector<rt::Value> nested_args = ArgsFor(target->type(), rng_.Below(2) == 1);
      std::vector<rt::Value> nested_results;
      ++reentry_depth_;
      rt::Outcome outcome = store_.Call(target, nested_args, &nested_results);
      --reentry_depth_;
      // Pass a nested trap or exception through, as the bindings do with a JS exception.
      if (!outcome.ok()) return outcome;
      break;
    }
  }
  return rt::Outcome::Ok();
}

// The first export of `provider` that `import` of `module` would accept (core spec 4.5.2).
const rt::Extern* FindMatchingExport(const rt::Module& module, const rt::Import& import,
                                     const rt::Instance& provider) {
  for (const auto& [name, ext] : provider.exports) {
    if (ext.kind != import.kind) continue;
    switch (import.kind) {
      case rt::ExternKind::kFunction:
        if (ext.function->canonical_type_id() == module.canonical_type_ids[import.type_index]) {
          return &ext;
        }
        break;
      case rt::ExternKind::kTable:
        if (ext.table->element_type() == import.table.element &&
            rt::LimitsMatch(ext.table->type().limits, import.table.limits)) {
          return &ext;
        }
        break;
      case rt::ExternKind::kMemory:
        if (ext.memory->shared() == import.memory.shared &&
            rt::LimitsMatch(ext.memory->type().limits, import.memory.limits)) {
          return &ext;
        }
        break;
      case rt::ExternKind::kGlobal:
        if (ext.global->type() == import.global) return &ext;
        break;
    }
  }
  return nullptr;
}

std::optional<std::vector<rt::Extern>> HostEnvironment::SynthesizeImports(
    const rt::Module& module, const rt::Instance* provider) {
  std::vector<rt::Extern> externs;
  externs.reserve(module.imports.size());
  for (const rt::Import& import : module.imports) {
    if (provider != nullptr) {
      if (const rt::Extern* ext = FindMatchingExport(module, import, *provider)) {
        externs.push_back(*ext);
        continue;
      }
    }
    switch (import.kind) {
      case rt::ExternKind::kFunction: {
        const rt::FuncType type = module.types.at(import.type_index);
        externs.push_back(rt::Extern::Of(store_.CreateHostFunction(
            type, [this, type](std::span<const rt::Value> args, std::span<rt::Value> results) {
              return OnHostCall(type, args, results);
            })));
        break;
      }
      case rt::ExternKind::kTable: {
        auto table = rt::Table::Create(import.table);
        if (!table.ok()) return std::nullopt;
        externs.push_back(rt::Extern::Of(std::move(table).value()));
        break;
      }
      case rt::ExternKind::kMemory: {
        auto memory = rt::Memory::Create(import.memory, store_.limits().max_memory_pages);
        if (!memory.ok()) return std::nullopt;
        externs.push_back(rt::Extern::Of(std::move(memory).value()));
        break;
      }
      case rt::ExternKind::kGlobal: {
        rt::Value init = mode_ == HostMode::kReturnInteresting
                             ? Interesting(import.global.type)
                             : rt::Value::Default(import.global.type);
        externs.push_back(rt::Extern::Of(std::make_shared<rt::Global>(import.global, init)));
        break;
      }
    }
  }
  return externs;
}

}  // namespace linea::fuzz

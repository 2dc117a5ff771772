// A deliberately small wasm binary rewriter: it copies the module section by section, appends
// the fuel global to the global section (creating one if needed) and re-emits each function
// body with fuel checks inserted. It only understands the WebAssembly 2.0 opcodes without
// SIMD; anything else makes it give up rather than guess.
#include "test/fuzz/fuel_instrumenter.h"

#include <cstddef>

namespace linea::fuzz {
namespace {

constexpr uint8_t kImportSection = 2, kGlobalSection = 6, kCodeSection = 10;

// Order of the known sections in a module (data count, id 12, sits before code).
int SectionRank(uint8_t id) {
  switch (id) {
    case 12:
      return 10;
    case 10:
      return 11;
    case 11:
      return 12;
    default:
      return id;
  }
}

// Bounds-checked cursor over the input; any overrun sets `failed` and reads as zero.
struct Cursor {
  std::span<const uint8_t> bytes;
  size_t pos = 0;
  bool failed = false;

  bool at_end() const { return pos >= bytes.size(); }
  uint8_t Byte() {
    if (pos >= bytes.size()) {
      failed = true;
      return 0;
    }
    return bytes[pos++];
  }
  uint64_t Leb() {
    uint64_t value = 0;
    for (int shift = 0; shift < 70; shift += 7) {
      const uint8_t b = Byte();
      if (shift < 64) value |= uint64_t{b & 0x7fu} << shift;
      if ((b & 0x80) == 0 || failed) return value;
    }
    failed = true;
    return 0;
  }
  void Skip(size_t n) {
    if (bytes.size() - pos < n) {
      failed = true;
      pos = bytes.size();
      return;
    }
    pos += n;
  }
  std::span<const uint8_t> Take(size_t n) {
    const size_t start = pos;
    Skip(n);
    return failed ? std::span<const uint8_t>() : bytes.subspan(start, n);
  }
};

void PutLeb(std::vector<uint8_t>& out, uint64_t v) {
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    if (v != 0) b |= 0x80;
    out.push_back(b);
  } while (v != 0);
}

void PutSleb(std::vector<uint8_t>& out, int64_t v) {
  while (true) {
    const uint8_t b = v & 0x7f;
    v >>= 7;
    const bool done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
    out.push_back(done ? b : (b | 0x80));
    if (done) return;
  }
}

void PutSection(std::vector<uint8_t>& out, uint8_t id, const std::vector<uint8_t>& payload) {
  out.push_back(id);
  PutLeb(out, payload.size());
  out.insert(out.end(), payload.begin(), payload.end());
}

// `if (fuel < cost) unreachable; fuel -= cost`, stack-neutral so it fits anywhere.
void PutCharge(std::vector<uint8_t>& out, uint32_t global, uint32_t cost) {
  out.push_back(0x23);  // global.get
  PutLeb(out, global);
  out.push_back(0x41);  // i32.const
  PutSleb(out, cost);
  out.push_back(0x48);  // i32.lt_s
  out.push_back(0x04);  // if
  out.push_back(0x40);  //   (empty block type)
  out.push_back(0x00);  //   unreachable
  out.push_back(0x0b);  // end
  out.push_back(0x23);  // global.get
  PutLeb(out, global);
  out.push_back(0x41);  // i32.const
  PutSleb(out, cost);
  out.push_back(0x6b);  // i32.sub
  out.push_back(0x24);  // global.set
  PutLeb(out, global);
}

void SkipLimits(Cursor& c) {
  const uint8_t flags = c.Byte();
  c.Leb();
  if (flags & 1) c.Leb();
}

// Number of imported globals, from the import section's payload.
std::optional<uint32_t> CountImportedGlobals(std::span<const uint8_t> payload) {
  Cursor c{payload};
  uint32_t globals = 0;
  const uint64_t count = c.Leb();
  for (uint64_t i = 0; i < count && !c.failed; ++i) {
    c.Skip(c.Leb());  // module name
    c.Skip(c.Leb());  // field name
    switch (c.Byte()) {
      case 0x00:  // function
        c.Leb();
        break;
      case 0x01:  // table
        c.Byte();
        SkipLimits(c);
        break;
      case 0x02:  // memory
        SkipLimits(c);
        break;
      case 0x03:  // global
        c.Byte();
        c.Byte();
        ++globals;
        break;
      default:
        return std::nullopt;
    }
  }
  if (c.failed) return std::nullopt;
  return globals;
}

// Copies one function body (locals, then code) from `c` to `out`, inserting fuel charges.
bool RewriteBody(Cursor& c, uint32_t fuel, std::vector<uint8_t>& out) {
  const size_t locals_start = c.pos;
  const uint64_t groups = c.Leb();
  for (uint64_t i = 0; i < groups && !c.failed; ++i) {
    c.Leb();
    c.Byte();
  }
  if (c.failed) return false;
  out.insert(out.end(), c.bytes.begin() + locals_start, c.bytes.begin() + c.pos);
  PutCharge(out, fuel, 1);

  while (!c.at_end()) {
    const size_t start = c.pos;
    const uint8_t op = c.Byte();
    bool charge_after = false;
    if (op == 0x03) {  // loop: the check runs at the head of every iteration.
      c.Leb();
      charge_after = true;
    } else if (op == 0x02 || op == 0x04) {  // block, if: block type (a byte or an s33 index).
      c.Leb();
    } else if (op == 0x0c || op == 0x0d || op == 0x10 || (op >= 0x20 && op <= 0x26) ||
               op == 0xd2) {  // br, br_if, call, local.*, global.*, table.get/set, ref.func
      c.Leb();
    } else if (op == 0x0e) {  // br_table
      const uint64_t n = c.Leb();
      for (uint64_t i = 0; i <= n && !c.failed; ++i) c.Leb();
    } else if (op == 0x11) {  // call_indirect
      c.Leb();
      c.Leb();
    } else if (op == 0x1c) {  // select t*
      c.Skip(c.Leb());
    } else if (op >= 0x28 && op <= 0x3e) {  // loads and stores: memarg
      c.Leb();
      c.Leb();
    } else if (op == 0x3f) {  // memory.size
      c.Leb();
    } else if (op == 0x40) {  // memory.grow
      c.Leb();
      PutCharge(out, fuel, kBulkCost);
    } else if (op == 0x41 || op == 0x42) {  // i32.const, i64.const
      c.Leb();
    } else if (op == 0x43) {
      c.Skip(4);
    } else if (op == 0x44) {
      c.Skip(8);
    } else if (op == 0xd0) {  // ref.null t
      c.Byte();
    } else if (op == 0xfc) {
      const uint64_t sub = c.Leb();
      if (sub <= 7) {
        // Saturating truncations: no immediates.
      } else if (sub == 8 || sub == 12 || sub == 14) {  // memory.init, table.init, table.copy
        c.Leb();
        c.Leb();
      } else if (sub == 10) {  // memory.copy
        c.Leb();
        c.Leb();
      } else if (sub == 9 || sub == 11 || sub == 13 || (sub >= 15 && sub <= 17)) {
        c.Leb();
      } else {
        return false;
      }
      if (sub == 8 || sub == 10 || sub == 11 || sub == 12 || sub == 14 || sub == 15 || sub == 17) {
        PutCharge(out, fuel, kBulkCost);
      }
    } else if (op <= 0x01 || op == 0x05 || op == 0x0b || op == 0x0f || op == 0x1a || op == 0x1b ||
               (op >= 0x45 && op <= 0xc4) || op == 0xd1) {
      // No immediates.
    } else {
      return false;  // SIMD, threads, exceptions, ...: not ours to rewrite.
    }
    if (c.failed) return false;
    out.insert(out.end(), c.bytes.begin() + start, c.bytes.begin() + c.pos);
    if (charge_after) PutCharge(out, fuel, 1);
  }
  return true;
}

std::optional<std::vector<uint8_t>> RewriteCodeSection(std::span<const uint8_t> payload,
                                                       uint32_t fuel) {
  Cursor c{payload};
  std::vector<uint8_t> out;
  const uint64_t count = c.Leb();
  PutLeb(out, count);
  std::vector<uint8_t> body;
  for (uint64_t i = 0; i < count; ++i) {
    const uint64_t size = c.Leb();
    std::span<const uint8_t> bytes = c.Take(size);
    if (c.failed) return std::nullopt;
    Cursor bc{bytes};
    body.clear();
    if (!RewriteBody(bc, fuel, body)) return std::nullopt;
    PutLeb(out, body.size());
    out.insert(out.end(), body.begin(), body.end());
  }
  if (!c.at_end()) return std::nullopt;
  return out;
}

}  // namespace

std::optional<Instrumented> InstrumentWithFuel(std::span<const uint8_t> module,
                                               uint32_t initial_fuel) {
  Cursor c{module};
  c.Skip(8);  // Magic and version, checked by the decoder already.
  if (c.failed) return std::nullopt;

  struct Section {
    uint8_t id;
    std::span<const uint8_t> payload;
  };
  std::vector<Section> sections;
  uint32_t imported_globals = 0;
  uint64_t defined_globals = 0;
  while (!c.at_end()) {
    const uint8_t id = c.Byte();
    const uint64_t size = c.Leb();
    std::span<const uint8_t> payload = c.Take(size);
    if (c.failed) return std::nullopt;
    sections.push_back({id, payload});
    if (id == kImportSection) {
      std::optional<uint32_t> n = CountImportedGlobals(payload);
      if (!n) return std::nullopt;
      imported_globals = *n;
    } else if (id == kGlobalSection) {
      Cursor gc{payload};
      defined_globals = gc.Leb();
      if (gc.failed) return std::nullopt;
    }
  }

  Instrumented result;
  result.fuel_global_index = static_cast<uint32_t>(imported_globals + defined_globals);
  std::vector<uint8_t> fuel_entry = {0x7f, 0x01, 0x41};  // (mut i32) (i32.const ...)
  PutSleb(fuel_entry, initial_fuel);
  fuel_entry.push_back(0x0b);

  std::vector<uint8_t>& out = result.bytes;
  out.assign(module.begin(), module.begin() + 8);
  bool globals_written = false;
  auto write_new_global_section = [&] {
    std::vector<uint8_t> payload;
    PutLeb(payload, 1);
    payload.insert(payload.end(), fuel_entry.begin(), fuel_entry.end());
    PutSection(out, kGlobalSection, payload);
    globals_written = true;
  };
  for (const Section& s : sections) {
    const bool known = s.id != 0;
    if (known && !globals_written && s.id != kGlobalSection &&
        SectionRank(s.id) > SectionRank(kGlobalSection)) {
      write_new_global_section();
    }
    if (s.id == kGlobalSection) {
      Cursor gc{s.payload};
      gc.Leb();
      std::vector<uint8_t> payload;
      PutLeb(payload, defined_globals + 1);
      payload.insert(payload.end(), s.payload.begin() + gc.pos, s.payload.end());
      payload.insert(payload.end(), fuel_entry.begin(), fuel_entry.end());
      PutSection(out, kGlobalSection, payload);
      globals_written = true;
    } else if (s.id == kCodeSection) {
      std::optional<std::vector<uint8_t>> code =
          RewriteCodeSection(s.payload, result.fuel_global_index);
      if (!code) return std::nullopt;
      PutSection(out, kCodeSection, *code);
    } else {
      PutSection(out, s.id, std::vector<uint8_t>(s.payload.begin(), s.payload.end()));
    }
  }
  if (!globals_written) write_new_global_section();
  return result;
}

}  // namespace linea::fuzz

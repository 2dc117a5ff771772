// The framing of a module binary (core spec 5.5.16: header, then sections as id, size and
// payload) as a state machine over input that may arrive in pieces of any size. Whole
// sections go to the ModuleBuilder once all their bytes are in, except the code section,
// whose bodies go one by one as each completes. DecodeModule is the same machine fed once.
#include "runtime/decode/decoder.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "runtime/decode/binary_reader.h"
#include "runtime/decode/decoder_limits.h"
#include "runtime/decode/leb128.h"
#include "runtime/decode/module_builder.h"
#include "runtime/decode/module_hash.h"

namespace linea::rt {

namespace {

constexpr uint8_t kMagic[4] = {0x00, 0x61, 0x73, 0x6d};  // "\0asm"
constexpr uint8_t kVersion[4] = {0x01, 0x00, 0x00, 0x00};
constexpr std::string_view kHeaderContext = "module header";

}  // namespace

class StreamingDecoder::Impl {
 public:
  explicit Impl(const CompileOptions& options) : builder_(options) {}
  Status Feed(std::span<const uint8_t> chunk);
  Result<std::shared_ptr<const Module>> Finish();
  uint32_t functions_compiled() const { return functions_compiled_; }

 private:
  enum class State {
    kMagic,
    kVersion,
    kSectionId,
    kSectionSize,
    kSectionPayload,  // Waiting for a whole non-code section.
    kWordCutInteger,  // The section failed; waiting for the bytes that word the error.
    kCodeCount,
    kCodeBodySize,
    kCodeBody,
    kCodeEnd,
    kFinished,
  };

  // Consumes what it can of `input`, the bytes from module offset `offset` on; returns the
  // number of bytes consumed. Stops early at the first error (stored in error_). `at_end`
  // says no more input will come.
  size_t Process(std::span<const uint8_t> input, size_t offset, bool at_end);
  // One step of Process: returns the bytes consumed, or nullopt if `input` is too short.
  std::optional<size_t> Step(std::span<const uint8_t> input, size_t offset, bool at_end);
  // Reads a u32 inside the code section's remaining bytes.
  std::optional<LebResult> ReadCodeU32(std::span<const uint8_t> input, size_t offset, bool at_end);
  // Whether `input`, which holds `needed` bytes, also holds the bytes after them that
  // BinaryReader::set_lookahead wants, so the outcome never depends on how input was split.
  static bool HasLookahead(std::span<const uint8_t> input, size_t needed, bool at_end) {
    return at_end || input.size() - needed >= BinaryReader::kMaxLookahead;
  }

  // A body that failed before the point of `error` is the first error (bodies compiled on the
  // compile threads report theirs late).
  void SetError(Error error) {
    if (error_) return;
    std::optional<Error> body_error = builder_.FirstCompileError();
    error_ = body_error ? *std::move(body_error) : std::move(error);
  }
  void SetError(std::string_view context, std::string message, size_t offset) {
    SetError(WithContext(context, Error{std::move(message), offset}));
  }
  std::string section_context() const { return SectionContext(section_id_); }

  ModuleBuilder builder_;
  State state_ = State::kMagic;
  std::optional<Error> error_;
  std::vector<uint8_t> pending_;  // Bytes fed but not consumed yet.
  size_t pending_offset_ = 0;     // Module offset of pending_[0].
  size_t total_ = 0;              // Bytes fed so far.
  uint32_t functions_compiled_ = 0;

  // The section being read.
  uint8_t section_id_ = 0;
  size_t size_field_offset_ = 0;
  size_t size_field_length_ = 0;
  uint32_t section_size_ = 0;
  size_t payload_offset_ = 0;
  size_t section_end_ = 0;
  // The error of a section that failed on a cut-off integer, until it can be worded.
  std::optional<Error> provisional_error_;
  BinaryReader::CutInteger cut_integer_{};
  // The code section's progress.
  uint32_t bodies_left_ = 0;
  uint32_t body_size_ = 0;
  size_t body_offset_ = 0;
  ModuleHasher hasher_;
};

Status StreamingDecoder::Impl::Feed(std::span<const uint8_t> chunk) {
  if (error_) return *error_;
  if (state_ == State::kFinished) return Error{"the module has already been finished", total_};
  if (chunk.size() > kMaxModuleSize - total_) {
    SetError("",
             "module too large (the implementation limit is " + std::to_string(kMaxModuleSize) +
                 " bytes)",
             total_);
    return *error_;
  }
  total_ += chunk.size();
  hasher_.Add(chunk);
  if (pending_.empty()) {
    // The common case of whole modules: decode straight from the caller's bytes and keep
    // only an unfinished tail.
    const size_t consumed = Process(chunk, pending_offset_, /*at_end=*/false);
    pending_offset_ += consumed;
    if (!error_) pending_.assign(chunk.begin() + consumed, chunk.end());
  } else {
    pending_.insert(pending_.end(), chunk.begin(), chunk.end());
    const size_t consumed = Process(pending_, pending_offset_, /*at_end=*/false);
    pending_.erase(pending_.begin(), pending_.begin() + consumed);
    pending_offset_ += consumed;
  }
  if (error_) {
    pending_.clear();
    pending_.shrink_to_fit();
    return *error_;
  }
  return Ok{};
}

size_t StreamingDecoder::Impl::Process(std::span<const uint8_t> input, size_t offset, bool at_end) {
  size_t pos = 0;
  while (!error_) {
    std::optional<size_t> consumed = Step(input.subspan(pos), offset + pos, at_end);
    if (!consumed) break;
    pos += *consumed;
  }
  return pos;
}

std::optional<LebResult> StreamingDecoder::Impl::ReadCodeU32(std::span<const uint8_t> input,
                                                             size_t offset, bool at_end) {
  const size_t section_left = section_end_ - offset;
  const size_t window = std::min(input.size(), section_left);
  LebResult r = DecodeU32(input.data(), input.data() + window);
  if (r.status == LebStatus::kIncomplete) {
    if (window < section_left) return std::nullopt;  // More of the section is to come.
    if (r.length > 0) {
      // Cut off by the end of the section: as in BinaryReader, word it by what follows.
      if (!HasLookahead(input, window, at_end)) return std::nullopt;
      LebResult extended = DecodeU32(input.data(), input.data() + input.size());
      if (extended.status == LebStatus::kTooLong || extended.status == LebStatus::kTooLarge) {
        SetError(section_context(), std::string(LebErrorMessage(extended.status)),
                 offset + extended.length);
        return std::nullopt;
      }
    }
    SetError(section_context(), std::string(kUnexpectedEndOfSection), section_end_);
    return std::nullopt;
  }
  if (r.status != LebStatus::kOk) {
    SetError(section_context(), std::string(LebErrorMessage(r.status)), offset + r.length);
    return std::nullopt;
  }
  return r;
}

std::optional<size_t> StreamingDecoder::Impl::Step(std::span<const uint8_t> input, size_t offset,
                                                   bool at_end) {
  switch (state_) {
    case State::kMagic:
      if (input.size() < 4) return std::nullopt;
      if (!std::equal(kMagic, kMagic + 4, input.begin())) {
        SetError(kHeaderContext, "magic header not detected", offset);
        return std::nullopt;
      }
      state_ = State::kVersion;
      return 4;

    case State::kVersion:
      if (input.size() < 4) return std::nullopt;
      if (!std::equal(kVersion, kVersion + 4, input.begin())) {
        SetError(kHeaderContext, "unknown binary version", offset);
        return std::nullopt;
      }
      state_ = State::kSectionId;
      return 4;

    case State::kSectionId: {
      if (input.empty()) return std::nullopt;
      section_id_ = input[0];
      Status begun = builder_.BeginSection(section_id_, offset);
      if (!begun.ok()) {
        SetError(begun.take_error());
        return std::nullopt;
      }
      state_ = State::kSectionSize;
      return 1;
    }

    case State::kSectionSize: {
      LebResult r = DecodeU32(input.data(), input.data() + input.size());
      if (r.status == LebStatus::kIncomplete) return std::nullopt;
      if (r.status != LebStatus::kOk) {
        SetError(section_context(), std::string(LebErrorMessage(r.status)), offset + r.length);
        return std::nullopt;
      }
      size_field_offset_ = offset;
      size_field_length_ = r.length;
      section_size_ = static_cast<uint32_t>(r.value);
      payload_offset_ = offset + r.length;
      section_end_ = payload_offset_ + section_size_;
      state_ = section_id_ == kCodeSectionId ? State::kCodeCount : State::kSectionPayload;
      return r.length;
    }

    case State::kSectionPayload: {
      if (input.size() < section_size_) return std::nullopt;
      std::optional<BinaryReader::CutInteger> cut;
      Status decoded = builder_.DecodeSection(section_id_, input.first(section_size_), offset,
                                              input.subspan(section_size_), &cut);
      if (!decoded.ok()) {
        if (cut && !HasLookahead(input, section_size_, at_end)) {
          // Decoding never waits for bytes past a section; only this error's wording does.
          provisional_error_ = decoded.take_error();
          cut_integer_ = *cut;
          state_ = State::kWordCutInteger;
          return 0;
        }
        SetError(decoded.take_error());
        return std::nullopt;
      }
      state_ = State::kSectionId;
      return section_size_;
    }

    case State::kWordCutInteger: {
      // `input` still starts at the section's payload.
      if (!HasLookahead(input, section_size_, at_end)) return std::nullopt;
      const uint8_t* start = input.data() + (cut_integer_.offset - offset);
      LebResult r =
          DecodeLeb(start, input.data() + input.size(), cut_integer_.bits, cut_integer_.is_signed);
      if (r.status == LebStatus::kTooLong || r.status == LebStatus::kTooLarge) {
        SetError(section_context(), std::string(LebErrorMessage(r.status)),
                 cut_integer_.offset + r.length);
      } else {
        SetError(*provisional_error_);
      }
      return std::nullopt;
    }

    case State::kCodeCount: {
      std::optional<LebResult> r = ReadCodeU32(input, offset, at_end);
      if (!r) return std::nullopt;
      const uint32_t count = static_cast<uint32_t>(r->value);
      std::string_view problem = CheckLength(count, r->length, section_end_ - offset - r->length);
      if (!problem.empty()) {
        SetError(section_context(), std::string(problem), offset);
        return std::nullopt;
      }
      Status begun = builder_.BeginCodeSection(count, offset, section_size_);
      if (!begun.ok()) {
        SetError(begun.take_error());
        return std::nullopt;
      }
      bodies_left_ = count;
      state_ = count > 0 ? State::kCodeBodySize : State::kCodeEnd;
      return r->length;
    }

    case State::kCodeBodySize: {
      std::optional<LebResult> r = ReadCodeU32(input, offset, at_end);
      if (!r) return std::nullopt;
      const uint32_t size = static_cast<uint32_t>(r->value);
      std::string_view problem = CheckLength(size, r->length, section_end_ - offset - r->length);
      if (!problem.empty()) {
        SetError(section_context(), std::string(problem),
                 problem == kUnexpectedEndOfSection ? section_end_ : offset);
        return std::nullopt;
      }
      if (size > kMaxFunctionBodySize) {
        SetError(section_context(),
                 "function body too large (" + std::to_string(size) +
                     " bytes; the implementation limit is " + std::to_string(kMaxFunctionBodySize) +
                     ")",
                 offset);
        return std::nullopt;
      }
      body_size_ = size;
      body_offset_ = offset + r->length;
      state_ = State::kCodeBody;
      return r->length;
    }

    case State::kCodeBody: {
      if (input.size() < body_size_) return std::nullopt;
      Status compiled = builder_.DecodeFunctionBody(input.first(body_size_), body_offset_);
      if (!compiled.ok()) {
        SetError(compiled.take_error());
        return std::nullopt;
      }
      ++functions_compiled_;
      state_ = --bodies_left_ > 0 ? State::kCodeBodySize : State::kCodeEnd;
      return body_size_;
    }

    case State::kCodeEnd:
      if (offset != section_end_) {
        SetError(section_context(), "section size mismatch", offset);
        return std::nullopt;
      }
      state_ = State::kSectionId;
      return 0;

    case State::kFinished:
      return std::nullopt;
  }
  return std::nullopt;
}

Result<std::shared_ptr<const Module>> StreamingDecoder::Impl::Finish() {
  if (error_) return *error_;
  if (state_ == State::kFinished) return Error{"the module has already been finished", total_};
  // Steps that waited for bytes past a section (see HasLookahead) run now.
  Process(pending_, pending_offset_, /*at_end=*/true);
  pending_.clear();
  if (error_) {
    state_ = State::kFinished;
    return *error_;
  }
  const State state = state_;
  state_ = State::kFinished;
  switch (state) {
    case State::kMagic:
    case State::kVersion:
      SetError(kHeaderContext, "unexpected end", total_);
      return *error_;
    case State::kSectionId:
      return builder_.Finish(total_, hasher_.Finish());
    case State::kSectionSize:
      SetError(section_context(), "unexpected end", total_);
      return *error_;
    case State::kSectionPayload:
    case State::kWordCutInteger:
    case State::kCodeCount:
    case State::kCodeBodySize:
    case State::kCodeBody:
    case State::kCodeEnd: {
      // The section claims more bytes than the module has.
      std::string_view problem =
          CheckLength(section_size_, size_field_length_, total_ - payload_offset_);
      if (problem.empty()) problem = kUnexpectedEndOfSection;  // Not reached; be safe.
      SetError(section_context(), std::string(problem),
               problem == kUnexpectedEndOfSection ? total_ : size_field_offset_);
      return *error_;
    }
    case State::kFinished:
      break;
  }
  return Error{"the module has already been finished", total_};
}

StreamingDecoder::StreamingDecoder(const CompileOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
StreamingDecoder::~StreamingDecoder() = default;

Status StreamingDecoder::Feed(std::span<const uint8_t> chunk) { return impl_->Feed(chunk); }

Result<std::shared_ptr<const Module>> StreamingDecoder::Finish() { return impl_->Finish(); }

uint32_t StreamingDecoder::functions_compiled() const { return impl_->functions_compiled(); }

Result<std::shared_ptr<const Module>> DecodeModule(std::span<const uint8_t> bytes,
                                                   const CompileOptions& options) {
  // One Feed of the whole module decodes straight from `bytes` (Impl::Feed), which outlive the
  // decoder.
  CompileOptions in_place = options;
  in_place.bodies_outlive_compile = true;
  StreamingDecoder decoder(in_place);
  Status fed = decoder.Feed(bytes);
  if (!fed.ok()) return fed.take_error();
  return decoder.Finish();
}

}  // namespace linea::rt

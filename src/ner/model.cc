// The named-entity tagger's runtime: the weight table, Viterbi decoding and the binary model file.
//
// Model file format (version 1). All integers and floats little-endian; floats IEEE-754 binary32.
//
//   offset  size  field
//   0       8     magic "MRSDNER\0"
//   8       4     u32 version (1)
//   12      4     u32 feature groups (NerFeatureGroup bit set the model was trained with)
//   16      4     u32 tag count (9: O B-PER I-PER B-LOC I-LOC B-ORG I-ORG B-MISC I-MISC, in that order)
//   20      4     u32 reserved (0)
//   24      8     u64 feature count F
//   32      ...   F records in ascending order of feature hash:
//                   u64 feature hash (never 0)
//                   u16 tag mask: bit t set when the weight for tag t is stored
//                   f32 weight for every set bit, in tag order (absent weights are 0)
//   end-8   8     u64 FNV-1a of every preceding byte (detects truncation and corruption)
//
// Weights whose magnitude is below the trainer's pruning threshold are not stored, and features left with
// no weight are dropped, which is what keeps the file small. Records sorted by hash make the bytes a pure
// function of the weights, so the same training command gives the same file.
#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

#include "marsad/ner.h"
#include "ner/ner_internal.h"

namespace marsad {

using ner_internal::kNerTagCount;
using ner_internal::kPrevCount;
using ner_internal::kStartTag;

namespace ner_internal {

void WeightTable::Build(std::vector<std::uint64_t> keys, std::vector<float> rows) {
  keys_ = std::move(keys);
  rows_ = std::move(rows);
  std::size_t capacity = 16;
  while (capacity < keys_.size() * 2) capacity <<= 1;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (std::size_t r = 0; r < keys_.size(); ++r) {
    std::size_t i = static_cast<std::size_t>(keys_[r]) & mask_;
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{keys_[r], static_cast<std::uint32_t>(r)};
  }
}

void Viterbi(std::size_t n, const float* emit, const float* pair, std::vector<int>* tags) {
  constexpr int T = kNerTagCount;
  constexpr float kNegInf = -std::numeric_limits<float>::infinity();
  tags->assign(n, 0);
  if (n == 0) return;
  std::vector<float> score(n * T);
  std::vector<std::uint8_t> back(n * T);
  for (int t = 0; t < T; ++t) {
    score[t] = Allowed(kStartTag, t) ? emit[t] + pair[kStartTag * T + t] : kNegInf;
  }
  for (std::size_t i = 1; i < n; ++i) {
    const float* prev = &score[(i - 1) * T];
    const float* pr = &pair[i * kPrevCount * T];
    for (int t = 0; t < T; ++t) {
      float best = kNegInf;
      int arg = 0;
      for (int p = 0; p < T; ++p) {
        if (!Allowed(p, t) || prev[p] == kNegInf) continue;
        const float s = prev[p] + pr[p * T + t];
        if (s > best) best = s, arg = p;
      }
      score[i * T + t] = best + emit[i * T + t];
      back[i * T + t] = static_cast<std::uint8_t>(arg);
    }
  }
  int best = 0;
  for (int t = 1; t < T; ++t) {
    if (score[(n - 1) * T + t] > score[(n - 1) * T + best]) best = t;
  }
  for (std::size_t i = n; i-- > 0;) {
    (*tags)[i] = best;
    best = back[i * T + best];
  }
}

}  // namespace ner_internal

const std::vector<std::string>& NerTags() {
  static const std::vector<std::string> tags = {"O",     "B-PER", "I-PER",  "B-LOC", "I-LOC",
                                                "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
  return tags;
}

std::string NormalizeNerTag(std::string_view tag) {
  if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') return "O";
  std::string_view type = tag.substr(2);
  if (type == "PERS") type = "PER";
  if (type != "PER" && type != "LOC" && type != "ORG" && type != "MISC") return "O";
  return std::string(tag.substr(0, 2)) + std::string(type);
}

NerModel::NerModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NerModel::~NerModel() = default;

std::uint32_t NerModel::feature_groups() const { return impl_->groups; }
std::size_t NerModel::feature_count() const { return impl_->table.size(); }

std::string NerModel::DefaultPath() {
  if (const char* env = std::getenv("MARSAD_NER_MODEL"); env && *env) return env;
  return std::string(MARSAD_MODEL_DIR) + "/ner-anercorp.bin";
}

void NerModel::TagIds(const std::vector<NerToken>& tokens, std::vector<int>* out) const {
  constexpr int T = kNerTagCount;
  const std::size_t n = tokens.size();
  // Scratch buffers reused by each thread: tagging a sentence then allocates nothing.
  thread_local std::vector<float> emit, pair;
  thread_local std::vector<std::uint64_t> feats;
  emit.assign(n * T, 0.0f);
  pair.assign(n * kPrevCount * T, 0.0f);
  const auto& table = impl_->table;
  const std::uint32_t groups = impl_->groups;
  for (std::size_t i = 0; i < n; ++i) {
    feats.clear();
    ner_internal::EmissionFeatures(tokens, i, groups, &feats);
    float* e = &emit[i * T];
    for (std::uint64_t f : feats) {
      if (const float* w = table.Find(f)) {
        for (int t = 0; t < T; ++t) e[t] += w[t];
      }
    }
    for (int p = 0; p < kPrevCount; ++p) {
      if (i == 0 ? p != kStartTag : p == kStartTag) continue;
      std::uint64_t pf[ner_internal::kMaxPair];
      const int k = ner_internal::PairFeatures(tokens[i], p, groups, pf);
      float* d = &pair[(i * kPrevCount + p) * T];
      for (int j = 0; j < k; ++j) {
        if (const float* w = table.Find(pf[j])) {
          for (int t = 0; t < T; ++t) d[t] += w[t];
        }
      }
    }
  }
  ner_internal::Viterbi(n, emit.data(), pair.data(), out);
}

std::vector<std::string> NerModel::Tag(const std::vector<NerToken>& tokens) const {
  std::vector<int> ids;
  TagIds(tokens, &ids);
  std::vector<std::string> out;
  out.reserve(ids.size());
  for (int id : ids) out.push_back(NerTags()[id]);
  return out;
}

namespace {

constexpr char kMagic[8] = {'M', 'R', 'S', 'D', 'N', 'E', 'R', '\0'};
constexpr std::uint32_t kVersion = 1;

std::uint64_t Fnv(const std::string& bytes, std::size_t n) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i < n; ++i) {
    h ^= static_cast<unsigned char>(bytes[i]);
    h *= 0x100000001b3ULL;
  }
  return h;
}

template <typename T>
void Put(std::string& out, T value) {
  static_assert(std::is_integral_v<T>);
  for (std::size_t i = 0; i < sizeof(T); ++i)
    out += static_cast<char>((static_cast<std::uint64_t>(value) >> (8 * i)) & 0xff);
}

class Reader {
 public:
  Reader(const std::string& bytes, std::size_t end) : bytes_(bytes), end_(end) {}
  template <typename T>
  bool Get(T* value) {
    if (pos_ + sizeof(T) > end_) return false;
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) {
      v |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
    }
    pos_ += sizeof(T);
    *value = static_cast<T>(v);
    return true;
  }
  std::size_t pos() const { return pos_; }

 private:
  const std::string& bytes_;
  std::size_t end_;
  std::size_t pos_ = 0;
};

}  // namespace

Status NerModel::Save(const std::string& path) const {
  const auto& keys = impl_->table.keys();
  const auto& rows = impl_->table.rows();
  std::vector<std::size_t> order(keys.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::string out(kMagic, sizeof(kMagic));
  Put(out, kVersion);
  Put(out, impl_->groups);
  Put(out, static_cast<std::uint32_t>(kNerTagCount));
  Put(out, std::uint32_t{0});
  std::string body;
  std::uint64_t count = 0;
  for (std::size_t r : order) {
    std::uint16_t mask = 0;
    for (int t = 0; t < kNerTagCount; ++t) {
      if (rows[r * kNerTagCount + t] != 0.0f) mask = static_cast<std::uint16_t>(mask | (1u << t));
    }
    if (!mask) continue;
    ++count;
    Put(body, keys[r]);
    Put(body, mask);
    for (int t = 0; t < kNerTagCount; ++t) {
      if (mask & (1u << t)) Put(body, std::bit_cast<std::uint32_t>(rows[r * kNerTagCount + t]));
    }
  }
  Put(out, count);
  out += body;
  Put(out, Fnv(out, out.size()));
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return Status::IOError("cannot write " + path);
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  file.close();
  if (!file) return Status::IOError("error writing " + path);
  return Status::OK();
}

Status NerModel::Load(const std::string& path, std::unique_ptr<NerModel>* model) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status::NotFound("cannot open NER model " + path);
  std::ostringstream ss;
  ss << file.rdbuf();
  const std::string bytes = ss.str();
  if (bytes.size() < 40 || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return Status::Corruption(path + ": not a Marsad NER model (bad magic)");
  }
  const std::size_t end = bytes.size() - 8;
  std::uint64_t checksum = 0;
  for (int i = 0; i < 8; ++i) {
    checksum |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[end + i])) << (8 * i);
  }
  if (checksum != Fnv(bytes, end)) return Status::Corruption(path + ": checksum mismatch (truncated file?)");
  Reader r(bytes, end);
  char magic[8];
  for (char& c : magic) r.Get(&c);
  std::uint32_t version = 0, groups = 0, tags = 0, reserved = 0;
  std::uint64_t count = 0;
  r.Get(&version);
  if (version != kVersion) {
    return Status::Unsupported(path + ": NER model version " + std::to_string(version) + " (expected " +
                               std::to_string(kVersion) + ")");
  }
  r.Get(&groups);
  r.Get(&tags);
  r.Get(&reserved);
  r.Get(&count);
  if (tags != static_cast<std::uint32_t>(kNerTagCount)) {
    return Status::Corruption(path + ": unexpected tag count " + std::to_string(tags));
  }
  if (count > (end - r.pos()) / 12) return Status::Corruption(path + ": feature count larger than the file");
  std::vector<std::uint64_t> keys(count);
  std::vector<float> rows(count * kNerTagCount, 0.0f);
  std::uint64_t last = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    std::uint16_t mask = 0;
    if (!r.Get(&keys[i]) || !r.Get(&mask)) return Status::Corruption(path + ": truncated record");
    if (keys[i] == 0 || (i > 0 && keys[i] <= last) || mask >= (1u << kNerTagCount)) {
      return Status::Corruption(path + ": bad record " + std::to_string(i));
    }
    last = keys[i];
    for (int t = 0; t < kNerTagCount; ++t) {
      if (!(mask & (1u << t))) continue;
      std::uint32_t bits = 0;
      if (!r.Get(&bits)) return Status::Corruption(path + ": truncated record");
      rows[i * kNerTagCount + t] = std::bit_cast<float>(bits);
    }
  }
  if (r.pos() != end) return Status::Corruption(path + ": trailing bytes after the records");
  auto impl = std::make_unique<Impl>();
  impl->groups = groups;
  impl->table.Build(std::move(keys), std::move(rows));
  *model = std::make_unique<NerModel>(std::move(impl));
  return Status::OK();
}

}  // namespace marsad

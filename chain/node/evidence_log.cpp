#include "chain/node/evidence_log.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "chain/core/core_errc.h"
#include "chain/mempool/tx_file.h"
#include "chain/store/store_errc.h"

namespace wb::node {
namespace {

constexpr std::size_t kRecordBytes = 448;  // encodeEvidence: two headers

}  // namespace

Status EvidenceLog::load(const SecpContext& ctx, const ChainParams& params) {
  all_.clear();
  std::error_code ec;
  if (!std::filesystem::exists(path_, ec)) return {};
  std::ifstream file(path_, std::ios::binary);
  if (!file) return fail(CoreErrc::IoError, "cannot open " + path_.string());
  const Bytes bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (file.bad()) return fail(CoreErrc::IoError, "cannot read " + path_.string());
  if (bytes.size() % kRecordBytes != 0) return fail(StoreErrc::Corrupt, path_.string() + " is cut short");
  for (std::size_t at = 0; at < bytes.size(); at += kRecordBytes) {
    auto evidence = decodeEvidence(ByteView(bytes).subspan(at, kRecordBytes));
    if (evidence && verifyDoubleProduction(ctx, params, *evidence)) all_.push_back(std::move(*evidence));
  }
  return {};
}

Result<bool> EvidenceLog::add(const DoubleProductionEvidence& evidence) {
  if (std::find(all_.begin(), all_.end(), evidence) != all_.end()) return false;
  all_.push_back(evidence);
  Bytes bytes;
  for (const DoubleProductionEvidence& e : all_) {
    const Bytes record = encodeEvidence(e);
    bytes.insert(bytes.end(), record.begin(), record.end());
  }
  const Status saved = writeFileDurably(path_, bytes);
  if (!saved) {
    all_.pop_back();
    return saved.error();
  }
  return true;
}

}  // namespace wb::node

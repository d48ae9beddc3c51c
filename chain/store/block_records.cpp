#include "chain/store/block_records.h"

#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"

namespace wb {
namespace {
// Far above any real number of active delegates; only stops damaged records.
constexpr std::uint32_t kMaxScheduleSize = 10'000;
}  // namespace

Bytes encodeHeaderRecord(const HeaderRecord& record) {
  Writer w;
  writeHeader(w, record.header);
  w.fixed(record.chainWeight).u8(static_cast<std::uint8_t>(record.status)).fixed(record.posModifier);
  w.u32(static_cast<std::uint32_t>(record.dposSchedule.size()));
  for (const AccountKey& key : record.dposSchedule) w.fixed(key);
  w.u8(record.verdictComplete ? 1 : 0);
  return std::move(w).take();
}

Result<HeaderRecord> decodeHeaderRecord(ByteView encoded) {
  Reader r(encoded);
  WB_TRY_ASSIGN(header, readHeader(r));
  WB_TRY_ASSIGN(weight, r.fixed<32>("chain weight"));
  WB_TRY_ASSIGN(status, r.u8("status"));
  if (*status < 1 || *status > 3) return fail(CoreErrc::DecodeBadValue, "unknown block status");
  HeaderRecord record;
  record.header = *header;
  record.chainWeight = *weight;
  record.status = static_cast<BlockStatus>(*status);
  WB_TRY_ASSIGN(modifier, r.fixed<32>("pos modifier"));
  record.posModifier = *modifier;
  WB_TRY_ASSIGN(count, r.u32("schedule size"));
  if (*count > kMaxScheduleSize) return fail(CoreErrc::DecodeFieldTooLong, "the stored DPoS schedule is too long");
  for (std::uint32_t i = 0; i < *count; ++i) {
    WB_TRY_ASSIGN(key, r.fixed<32>("schedule entry"));
    record.dposSchedule.push_back(AccountKey{*key});
  }
  WB_TRY_ASSIGN(complete, r.u8("verdict complete"));
  if (*complete > 1) return fail(CoreErrc::DecodeBadValue, "bad verdict flag");
  record.verdictComplete = *complete == 1;
  WB_TRY(r.finish());
  return record;
}

Bytes encodeTipPosition(const TipPosition& tip) {
  Writer w;
  w.fixed(tip.hash).u64(tip.height);
  return std::move(w).take();
}

Result<TipPosition> decodeTipPosition(ByteView encoded) {
  Reader r(encoded);
  WB_TRY_ASSIGN(hash, r.fixed<32>("tip hash"));
  WB_TRY_ASSIGN(height, r.u64("tip height"));
  WB_TRY(r.finish());
  return TipPosition{BlockHash{*hash}, *height};
}

Bytes encodeTxLocation(const TxLocation& location) {
  Writer w;
  w.fixed(location.block).u64(location.height).u32(location.index);
  return std::move(w).take();
}

Result<TxLocation> decodeTxLocation(ByteView encoded) {
  Reader r(encoded);
  WB_TRY_ASSIGN(block, r.fixed<32>("block"));
  WB_TRY_ASSIGN(height, r.u64("height"));
  WB_TRY_ASSIGN(index, r.u32("index"));
  WB_TRY(r.finish());
  return TxLocation{BlockHash{*block}, *height, *index};
}

Hash32 addWeight(const Hash32& a, const Hash32& b) {
  Hash32 out{};
  unsigned carry = 0;
  for (int i = 31; i >= 0; --i) {
    const unsigned sum = unsigned(a[i]) + unsigned(b[i]) + carry;
    out[i] = static_cast<Byte>(sum & 0xff);
    carry = sum >> 8;
  }
  if (carry) out.fill(0xff);
  return out;
}

Hash32 unitWeight() {
  Hash32 one{};
  one[31] = 1;
  return one;
}

}  // namespace wb

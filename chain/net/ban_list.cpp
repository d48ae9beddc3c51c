#include "chain/net/ban_list.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include "chain/core/encoding.h"
#include "chain/net/frame.h"
#include "chain/net/net_address.h"

namespace wb::net {
namespace {

// "wbbans" + format version 1; then count u32, entries (address text ≤ 64,
// until u64), and the P2P checksum of everything before it.
constexpr std::string_view kFileMagic{"wbbans\0\1", 8};
constexpr std::uint32_t kMaxAddressText = 64;

Result<std::vector<BanEntry>> decodeBanFile(ByteView data) {
  if (data.size() < kFileMagic.size() + 4 ||
      !std::equal(kFileMagic.begin(), kFileMagic.end(), data.begin(),
                  [](char a, Byte b) { return static_cast<Byte>(a) == b; })) {
    return fail(Errc::NetBanListCorrupt, "not a Waybill ban list (or an unknown version)");
  }
  const ByteView body = data.first(data.size() - 4);
  Reader tail(data.last(4));
  if (tail.u32("checksum").value() != payloadChecksum(body)) {
    return fail(Errc::NetBanListCorrupt, "the ban list checksum does not match: the file is damaged");
  }
  Reader in(body.subspan(kFileMagic.size()));
  auto count = in.u32("count");
  if (!count) return count.error();
  if (*count > kMaxBanEntries) return fail(Errc::NetBanListCorrupt, "the ban list claims too many entries");
  std::vector<BanEntry> out;
  for (std::uint32_t i = 0; i < *count; ++i) {
    auto address = in.text("address", kMaxAddressText);
    if (!address) return address.error();
    auto until = in.u64("until");
    if (!until) return until.error();
    QHostAddress parsed;
    if (!parsed.setAddress(QString::fromStdString(*address))) {
      return fail(Errc::NetBanListCorrupt, "the ban list holds an invalid address");
    }
    out.push_back({addressKey(parsed), static_cast<std::int64_t>(*until)});
  }
  WB_TRY(in.finish());
  return out;
}

}  // namespace

std::int64_t systemUnixTime() { return QDateTime::currentSecsSinceEpoch(); }

QByteArray encodeBanFile(const std::vector<BanEntry>& entries) {
  Writer out;
  out.fixed(asBytes(kFileMagic)).u32(static_cast<std::uint32_t>(entries.size()));
  for (const BanEntry& e : entries) out.var(e.address.toStdString()).u64(static_cast<std::uint64_t>(e.until));
  out.u32(payloadChecksum(out.bytes()));
  const Bytes& bytes = out.bytes();
  return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

BanList::BanList(QString path, UnixClock clock) : path_(std::move(path)), clock_(std::move(clock)) {}

Status BanList::load() {
  bans_.clear();
  if (path_.isEmpty() || !QFile::exists(path_)) return {};
  QFile file(path_);
  if (!file.open(QIODevice::ReadOnly)) {
    return fail(Errc::NetBanListIo, "cannot read the ban list " + path_.toStdString() + ": " +
                                        file.errorString().toStdString());
  }
  // A real list is far smaller; refuse to read a huge file into memory.
  constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
  if (file.size() > kMaxFileBytes) return fail(Errc::NetBanListCorrupt, "the ban list file is too large");
  const QByteArray data = file.readAll();
  auto decoded = decodeBanFile(ByteView(reinterpret_cast<const Byte*>(data.constData()), std::size_t(data.size())));
  if (!decoded) {
    return fail(Errc::NetBanListCorrupt, "the ban list " + path_.toStdString() + " is damaged (" +
                                             decoded.error().message + "); starting with no bans");
  }
  for (const BanEntry& e : *decoded) bans_[e.address] = std::max(bans_[e.address], e.until);
  dropExpired();
  return {};
}

Status BanList::ban(const QHostAddress& address, std::int64_t seconds) {
  if (address.isNull()) return fail(Errc::NetBadAddress, "cannot ban an empty address");
  if (seconds <= 0) return fail(Errc::NetBadAddress, "a ban must last at least one second");
  const std::int64_t until = clock_() + seconds;
  std::int64_t& current = bans_[addressKey(address)];
  current = std::max(current, until);
  return save();
}

Status BanList::unban(const QHostAddress& address) {
  if (bans_.erase(addressKey(address)) == 0) return {};
  return save();
}

bool BanList::isBanned(const QHostAddress& address) const {
  const auto it = bans_.find(addressKey(address));
  return it != bans_.end() && clock_() < it->second;
}

std::vector<BanEntry> BanList::entries() const {
  std::vector<BanEntry> out;
  const std::int64_t now = clock_();
  for (const auto& [address, until] : bans_) {
    if (now < until) out.push_back({address, until});
  }
  return out;
}

void BanList::dropExpired() {
  const std::int64_t now = clock_();
  std::erase_if(bans_, [now](const auto& entry) { return entry.second <= now; });
}

Status BanList::save() {
  dropExpired();
  if (path_.isEmpty()) return {};
  QSaveFile file(path_);
  if (!file.open(QIODevice::WriteOnly)) {
    return fail(Errc::NetBanListIo, "cannot write the ban list " + path_.toStdString() + ": " +
                                        file.errorString().toStdString());
  }
  file.write(encodeBanFile(entries()));
  if (!file.commit()) {
    return fail(Errc::NetBanListIo, "cannot write the ban list " + path_.toStdString() + ": " +
                                        file.errorString().toStdString());
  }
  return {};
}

}  // namespace wb::net

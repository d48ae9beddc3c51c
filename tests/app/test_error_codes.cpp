// Every layer's error codes together (issue #16): each layer owns its codes in its own header,
// yet the numbers and names released before the split (tests/error_codes.txt) still mean the same
// thing, and no number belongs to two layers.
#include <QtTest>
#include <map>
#include <set>

#include "app/app_errc.h"
#include "chain/address/endpoint_errc.h"
#include "chain/consensus/consensus_errc.h"
#include "chain/core/core_errc.h"
#include "chain/light/light_errc.h"
#include "chain/mempool/mempool_errc.h"
#include "chain/net/net_errc.h"
#include "chain/node/node_errc.h"
#include "chain/rpc/rpc_errc.h"
#include "chain/state/state_errc.h"
#include "chain/store/store_errc.h"
#include "tests/test_util.h"
#include "wallet/wallet_errc.h"

using namespace wb;

namespace {

// One of each layer's codes: the domain it points to is the layer's.
const std::vector<ErrorCode>& oneCodePerLayer() {
  static const std::vector<ErrorCode> codes{
      CoreErrc::DecodeShortInput, EndpointErrc::BadAddress, StateErrc::BadNonce,
      ConsensusErrc::CompactZero, StoreErrc::Lmdb,          WalletErrc::Locked,
      NetErrc::BadMagic,          RpcErrc::ParseError,      MempoolErrc::Full,
      AppErrc::UsageBadValue,     NodeErrc::DataDirIo,      LightErrc::StateNeeded};
  return codes;
}

// Every code a layer names, by number: what its domain calls a non-empty name below 1,000.
std::map<std::uint16_t, std::string> codesOf(const ErrorDomain& domain) {
  std::map<std::uint16_t, std::string> codes;
  for (std::uint16_t value = 1; value < 1000; ++value) {
    const std::string_view name = domain.name(value);
    if (!name.empty()) codes.emplace(value, std::string(name));
  }
  return codes;
}

}  // namespace

class TestErrorCodes : public QObject {
  Q_OBJECT

private slots:
  void releasedCodesKeepTheirNumbersAndNames() {
    QFile file(qEnvironmentVariable("WAYBILL_SOURCE_DIR") + "/tests/error_codes.txt");
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    std::map<std::uint16_t, std::string> released;
    while (!file.atEnd()) {
      const QString line = QString::fromUtf8(file.readLine()).trimmed();
      if (line.isEmpty() || line.startsWith('#')) continue;
      const QStringList parts = line.split(' ');
      QCOMPARE(parts.size(), 2);
      bool number = false;
      const auto value = static_cast<std::uint16_t>(parts[0].toUInt(&number));
      QVERIFY(number);
      QVERIFY2(released.emplace(value, parts[1].toStdString()).second, qPrintable(line));
    }
    QVERIFY(released.size() > 200);

    std::map<std::uint16_t, std::string> now;
    std::map<std::uint16_t, std::string_view> owner;
    for (const ErrorCode& code : oneCodePerLayer()) {
      const std::string_view layer = code.layer();
      for (const auto& [value, name] : codesOf(*code.domain())) {
        QVERIFY2(owner.emplace(value, layer).second,
                 qPrintable(QStringLiteral("%1 claimed by %2 and %3")
                                .arg(value)
                                .arg(QString::fromUtf8(owner[value].data(), qsizetype(owner[value].size())),
                                     QString::fromUtf8(layer.data(), qsizetype(layer.size())))));
        now.emplace(value, name);
      }
    }
    for (const auto& [value, name] : released) {
      QVERIFY2(now.count(value) == 1, qPrintable(QStringLiteral("code %1 (%2) is gone").arg(value).arg(name.c_str())));
      QVERIFY2(now.at(value) == name, qPrintable(QStringLiteral("code %1 is now called %2, released as %3")
                                                     .arg(value)
                                                     .arg(now.at(value).c_str(), name.c_str())));
    }
    for (const auto& [value, name] : now) {
      QVERIFY2(
          released.count(value) == 1,
          qPrintable(
              QStringLiteral("code %1 (%2) is new: add it to tests/error_codes.txt").arg(value).arg(name.c_str())));
    }
  }

  void namesAreUniqueAndDotted() {
    std::set<std::string> names;
    for (const ErrorCode& code : oneCodePerLayer()) {
      for (const auto& [value, name] : codesOf(*code.domain())) {
        QVERIFY2(names.insert(name).second, name.c_str());
        const auto dot = name.find('.');
        QVERIFY2(dot != std::string::npos && dot > 0 && dot + 1 < name.size(), name.c_str());
      }
    }
  }

  void everyLayerHasItsOwnDomain() {
    std::set<const ErrorDomain*> domains;
    std::set<std::string_view> layers;
    for (const ErrorCode& code : oneCodePerLayer()) {
      domains.insert(code.domain());
      layers.insert(code.layer());
    }
    QCOMPARE(domains.size(), oneCodePerLayer().size());
    QCOMPARE(layers.size(), oneCodePerLayer().size());
  }
};

QTEST_GUILESS_MAIN(TestErrorCodes)
#include "test_error_codes.moc"

// ErrorCode: codes of different layers in one type, told apart by their domain.
#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/error.h"
#include "tests/test_util.h"

namespace wb {
namespace {

// A layer of this test's own that reuses core's number 100, to show that the domain, not only
// the number, makes a code.
enum class ProbeErrc : std::uint16_t { Clash = 100, Missing = 990 };

std::string_view probeName(std::uint16_t value) {
  switch (static_cast<ProbeErrc>(value)) {
    case ProbeErrc::Clash:
      return "probe.clash";
    case ProbeErrc::Missing:
      return "probe.missing";
  }
  return {};
}

ErrorKind probeKind(std::uint16_t value) {
  return static_cast<ProbeErrc>(value) == ProbeErrc::Missing ? ErrorKind::NotFound : ErrorKind::Rejected;
}

const ErrorDomain kProbeErrors{"probe", &probeName, &probeKind};

// Found by argument-dependent lookup, so it lives in ProbeErrc's own namespace.
constexpr const ErrorDomain& errorDomain(ProbeErrc) { return kProbeErrors; }

}  // namespace
}  // namespace wb

using namespace wb;

// Codes are literal values: usable in constant expressions, compared without a call.
static_assert(ErrorCode(CoreErrc::AmountZero).value() == 205);
static_assert(ErrorCode(CoreErrc::AmountZero).in<CoreErrc>());
static_assert(!ErrorCode(ProbeErrc::Clash).in<CoreErrc>());
static_assert(ErrorCode(CoreErrc::AmountZero) != ErrorCode(CoreErrc::AmountEmpty));

class TestError : public QObject {
  Q_OBJECT

private slots:
  void successHasNoLayer() {
    const ErrorCode ok;
    QVERIFY(ok.ok());
    QCOMPARE(ok.value(), std::uint16_t{0});
    QCOMPARE(ok.name(), std::string_view("ok"));
    QCOMPARE(ok.layer(), std::string_view("ok"));
    QVERIFY(!ok.in<CoreErrc>());
    QVERIFY(!ok.as<CoreErrc>().has_value());
    const Status fine;
    QCOMPARE(fine.code(), ErrorCode{});
  }

  void codeKnowsItsNumberNameAndLayer() {
    const ErrorCode code = CoreErrc::AmountTooManyDecimals;
    QVERIFY(!code.ok());
    QCOMPARE(code.value(), std::uint16_t{203});
    QCOMPARE(code.name(), std::string_view("amount.too_many_decimals"));
    QCOMPARE(code.layer(), std::string_view("core"));
    QCOMPARE(errorName(code), code.name());
    QCOMPARE(code.kind(), ErrorKind::Rejected);
    QCOMPARE(ErrorCode(CoreErrc::IoError).kind(), ErrorKind::Internal);
  }

  void sameNumberOfAnotherLayerIsAnotherCode() {
    const ErrorCode core = CoreErrc::DecodeShortInput;
    const ErrorCode probe = ProbeErrc::Clash;
    QCOMPARE(core.value(), probe.value());
    QVERIFY(core != probe);
    QVERIFY(core == CoreErrc::DecodeShortInput);
    QVERIFY(probe == ProbeErrc::Clash);
    QCOMPARE(probe.name(), std::string_view("probe.clash"));
    QVERIFY(probe.in<ProbeErrc>());
    QVERIFY(!probe.in<CoreErrc>());
    QCOMPARE(probe.as<ProbeErrc>(), std::optional<ProbeErrc>(ProbeErrc::Clash));
    QVERIFY(!core.as<ProbeErrc>().has_value());
    QCOMPARE(ErrorCode(ProbeErrc::Missing).kind(), ErrorKind::NotFound);
  }

  void isAnyOfMixesLayers() {
    const ErrorCode code = ProbeErrc::Missing;
    QVERIFY(code.isAnyOf(CoreErrc::AmountZero, ProbeErrc::Missing));
    QVERIFY(!code.isAnyOf(CoreErrc::AmountZero, ProbeErrc::Clash));
    QVERIFY(!ErrorCode{}.isAnyOf(CoreErrc::AmountZero));
  }

  void resultsCarryTheCode() {
    const Result<int> failed = fail(ProbeErrc::Missing, "no such probe");
    QVERIFY(!failed.ok());
    QCOMPARE(failed.code(), ErrorCode(ProbeErrc::Missing));
    QVERIFY(failed.code() != CoreErrc::DecodeShortInput);
    const Result<int> fine = 7;
    QVERIFY(fine.code().ok());
  }
};

QTEST_GUILESS_MAIN(TestError)
#include "test_error.moc"

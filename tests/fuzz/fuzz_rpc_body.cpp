// fuzz_rpc_body: an HTTP POST body sent to the JSON-RPC server (DESIGN §7),
// fed to RpcDispatcher::dispatch as RpcServer does after authentication, with
// no socket. The registered methods cover every way a method answers (at once,
// later, never) and every typed parameter accessor, so hostile params reach
// RpcParams too. Whatever the body, the dispatcher must answer exactly once,
// with well-formed JSON-RPC 2.0: one response object or a non-empty batch
// array of them, each with "jsonrpc":"2.0", an id and exactly one of result
// and error (an integer code and a message).
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <vector>

#include "chain/core/amount.h"
#include "chain/core/secure_bytes.h"
#include "chain/rpc/rpc_dispatcher.h"
#include "chain/rpc/rpc_params.h"
#include "chain/state/state_errc.h"
#include "tests/fuzz/fuzz_target.h"

using namespace wb;
using namespace wb::rpc;

namespace {

// "typed": reads every kind of parameter, all optional so that fuzzed params
// get past the first one. Amounts must survive format → parse unchanged.
Result<QJsonValue> typedMethod(const QJsonObject& object) {
  RpcParams params(object);
  QJsonObject out;
  auto text = params.optionalString("text", 64);
  WB_TRY(text);
  auto integer = params.optionalInteger("integer", -1000, 1'000'000);
  WB_TRY(integer);
  auto flag = params.optionalBool("flag");
  WB_TRY(flag);
  auto amount = params.optionalAmount("amount", true);
  WB_TRY(amount);
  auto hash = params.optionalHash("hash");
  WB_TRY(hash);
  auto address = params.optionalAddress("address", "wbd");
  WB_TRY(address);
  auto role = params.optionalEnum("role", {"buyer", "merchant", "arbiter"});
  WB_TRY(role);
  if (object.contains(QStringLiteral("list"))) {
    auto list = params.requiredStringList("list", 8, 32);
    WB_TRY(list);
    out.insert(QStringLiteral("list"), QJsonArray::fromStringList(*list));
  }
  if (object.contains(QStringLiteral("secret"))) {
    auto secret = params.requiredSecret("secret", 64);
    WB_TRY(secret);
  }
  WB_TRY(params.finish());
  if (*amount) {
    const std::string formatted = formatAmount(**amount);
    const auto again = parseAmount(formatted);
    WB_FUZZ_CHECK(again.ok() && *again == **amount);
    out.insert(QStringLiteral("amount"), QString::fromStdString(formatted));
  }
  if (*hash) out.insert(QStringLiteral("hash"), QString::fromStdString(toHex(**hash)));
  if (*address) out.insert(QStringLiteral("address"), QString::fromStdString(toHex(**address)));
  if (*text) out.insert(QStringLiteral("text"), **text);
  if (*integer) out.insert(QStringLiteral("integer"), qint64(**integer));
  if (*flag) out.insert(QStringLiteral("flag"), **flag);
  if (*role) out.insert(QStringLiteral("role"), int(**role));
  return QJsonValue(out);
}

struct Harness {
  bool crypto = initCrypto().ok();  // secret params live in sodium_malloc memory
  int argc = 1;
  char name[16] = "fuzz_rpc_body";
  char* argv[2] = {name, nullptr};
  QCoreApplication app{argc, argv};
  RpcDispatcher dispatcher;
  std::vector<std::pair<QJsonObject, RpcReply>> parked;  // "later" calls, answered after dispatch()

  Harness() {
    WB_FUZZ_CHECK(crypto);
    WB_FUZZ_CHECK(
        dispatcher.registerSyncMethod("echo", [](const QJsonObject& p) -> Result<QJsonValue> { return QJsonValue(p); })
            .ok());
    WB_FUZZ_CHECK(dispatcher.registerSyncMethod("typed", typedMethod).ok());
    WB_FUZZ_CHECK(dispatcher
                      .registerMethod("later", [this](const QJsonObject& p,
                                                      RpcReply reply) { parked.emplace_back(p, std::move(reply)); })
                      .ok());
    // Drops its reply unanswered: the caller must still get an (internal) error.
    WB_FUZZ_CHECK(dispatcher.registerMethod("dropped", [](const QJsonObject&, RpcReply) {}).ok());
  }

  // Answers the parked calls, alternating results and errors, last first.
  void answerParked() {
    bool resolve = true;
    while (!parked.empty()) {
      auto [params, reply] = std::move(parked.back());
      parked.pop_back();
      if (resolve)
        reply.resolve(QJsonValue(params));
      else
        reply.reject(fail(StateErrc::InsufficientFunds, "parked call refused"));
      resolve = !resolve;
    }
  }
};

void checkResponse(const QJsonValue& value) {
  WB_FUZZ_CHECK(value.isObject());
  const QJsonObject response = value.toObject();
  WB_FUZZ_CHECK(response.value(QStringLiteral("jsonrpc")) == QJsonValue(QStringLiteral("2.0")));
  WB_FUZZ_CHECK(response.contains(QStringLiteral("id")));
  const QJsonValue id = response.value(QStringLiteral("id"));
  WB_FUZZ_CHECK(id.isString() || id.isDouble() || id.isNull());
  const bool hasResult = response.contains(QStringLiteral("result"));
  WB_FUZZ_CHECK(hasResult != response.contains(QStringLiteral("error")));
  WB_FUZZ_CHECK(response.size() == 3);
  if (hasResult) return;
  const QJsonObject error = response.value(QStringLiteral("error")).toObject();
  const QJsonValue code = error.value(QStringLiteral("code"));
  WB_FUZZ_CHECK(code.isDouble() && code.toDouble() == double(code.toInt()));
  WB_FUZZ_CHECK(error.value(QStringLiteral("message")).isString());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Harness harness;
  const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));

  int answers = 0;
  std::optional<QByteArray> response;
  harness.dispatcher.dispatch(body, [&](std::optional<QByteArray> r) {
    ++answers;
    response = std::move(r);
  });
  harness.answerParked();
  // Answers travel as queued events; each round delivers what the last posted.
  for (int round = 0; round < 4 && answers == 0; ++round) QCoreApplication::sendPostedEvents();
  WB_FUZZ_CHECK(answers == 1);
  if (!response) return 0;  // notifications only

  QJsonParseError error{};
  const QJsonDocument document = QJsonDocument::fromJson(*response, &error);
  WB_FUZZ_CHECK(error.error == QJsonParseError::NoError);
  if (document.isArray()) {
    const QJsonArray batch = document.array();
    WB_FUZZ_CHECK(!batch.isEmpty() && batch.size() <= kMaxBatchSize);
    for (const QJsonValue& item : batch) checkResponse(item);
  } else {
    checkResponse(QJsonValue(document.object()));
  }
  return 0;
}

// The CSV writer: RFC 4180 quoting, exact decimal amounts, stable state names,
// formula defusing, atomic writes. Documents are read back with an independent
// RFC 4180 reader and compared field by field with the orders they came from.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/core/amount.h"
#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "chain/core/secure_bytes.h"
#include "ui/orders/order_csv.h"

using namespace wb;
using namespace wb::ui;

namespace {

// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
std::vector<std::vector<QByteArray>> readCsv(const QByteArray& text, bool* ok) {
  std::vector<std::vector<QByteArray>> rows;
  std::vector<QByteArray> row;
  QByteArray field;
  *ok = false;
  qsizetype i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      ++i;
      for (;;) {
        if (i >= text.size()) return rows;  // unterminated quote
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n' && text[i] != '"')
        field += text[i++];
      if (i < text.size() && text[i] == '"') return rows;  // a quote inside an unquoted field
    }
    if (i >= text.size()) return rows;  // every record ends with CRLF
    if (text[i] == ',') {
      row.push_back(std::exchange(field, {}));
      ++i;
    } else if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      row.push_back(std::exchange(field, {}));
      rows.push_back(std::exchange(row, {}));
      i += 2;
    } else {
      return rows;  // a bare CR or LF outside quotes
    }
  }
  *ok = true;
  return rows;
}

AccountKey key(Byte b) {
  AccountKey k{};
  k.fill(b);
  return k;
}

state::Order sampleOrder(Byte seed, std::string item, std::string reason) {
  state::Order o;
  o.id = OrderId{key(seed)};
  o.creator = key(1);
  o.merchant = key(1);
  o.buyer = key(2);
  o.item = std::move(item);
  o.quantity = 3;
  o.unitPrice = 123'456'789;  // 1.23456789 WBL
  o.status = state::OrderStatus::Paid;
  o.payer = key(3);
  o.escrow = o.total();
  o.reason = std::move(reason);
  o.deadline = 4321;
  o.createdHeight = 100 + seed;
  o.paidHeight = 101 + seed;
  return o;
}

}  // namespace

class TestOrderCsv : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void quotesOnlyWhatNeedsIt_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("plain") << QByteArray("iPhone 15");
    QTest::addRow("comma") << QByteArray("red, large");
    QTest::addRow("quote") << QByteArray("the \"best\" one");
    QTest::addRow("newline") << QByteArray("line one\nline two");
    QTest::addRow("crlf") << QByteArray("a\r\nb");
    QTest::addRow("only quotes") << QByteArray("\"\"");
    QTest::addRow("chinese") << QByteArray("苹果手机，黑色");
    QTest::addRow("empty") << QByteArray();
  }
  void quotesOnlyWhatNeedsIt() {
    QFETCH(QByteArray, text);
    const QByteArray field = csvField(text.toStdString());
    const bool special = text.contains(',') || text.contains('"') || text.contains('\r') || text.contains('\n');
    QCOMPARE(field.startsWith('"'), special);
    bool ok = false;
    const auto rows = readCsv(field + "\r\n", &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].size(), std::size_t(1));
    QCOMPARE(rows[0][0], text);
  }

  void documentReadsBackField_data() {
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QByteArray>("reason");
    QTest::addRow("plain") << QByteArray("iPhone") << QByteArray();
    QTest::addRow("awkward") << QByteArray("12\" screen, \"pro\"\r\nsecond line")
                             << QByteArray("late, and \"damaged\"");
    QTest::addRow("chinese") << QByteArray("苹果手机") << QByteArray("未收到货");
  }
  void documentReadsBackField() {
    QFETCH(QByteArray, item);
    QFETCH(QByteArray, reason);
    std::vector<state::Order> orders{sampleOrder(7, item.toStdString(), reason.toStdString()), sampleOrder(9, "x", "")};
    orders[1].status = state::OrderStatus::Completed;
    orders[1].escrow = 0;
    orders[1].releasedToMerchant = orders[1].total();
    orders[1].closedHeight = 200;
    orders[1].deadline = 0;
    orders[1].arbiter = key(4);
    const QByteArray csv = ordersCsv(orders, "wbd");
    bool ok = false;
    const auto rows = readCsv(csv, &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), orders.size() + 1);
    const std::vector<QByteArray>& header = rows[0];
    const auto column = [&](const char* name) {
      const auto at = std::find(header.begin(), header.end(), QByteArray(name));
      return at == header.end() ? -1 : static_cast<int>(at - header.begin());
    };
    for (std::size_t r = 0; r < orders.size(); ++r) {
      const state::Order& o = orders[r];
      const std::vector<QByteArray>& row = rows[r + 1];
      QCOMPARE(row.size(), header.size());
      const auto cell = [&](const char* name) {
        const int c = column(name);
        return c < 0 ? QByteArray("<missing column>") : row[static_cast<std::size_t>(c)];
      };
      QCOMPARE(cell("id"), QByteArray::fromStdString(toHex(o.id)));
      QCOMPARE(cell("state"), QByteArray(state::orderStatusName(o.status).data()));
      QCOMPARE(cell("item"), QByteArray::fromStdString(o.item));
      QCOMPARE(cell("reason"), QByteArray::fromStdString(o.reason));
      QCOMPARE(cell("quantity"), QByteArray::number(o.quantity));
      // Exact decimals, parsed back to the very same base units.
      QCOMPARE(parseAmount(cell("unit_price").toStdString()).value(), o.unitPrice);
      QCOMPARE(parseAmount(cell("total").toStdString()).value(), o.total());
      QCOMPARE(parseAmount(cell("escrow").toStdString()).value(), o.escrow);
      QCOMPARE(parseAmount(cell("released_to_merchant").toStdString()).value(), o.releasedToMerchant);
      QVERIFY(!cell("total").contains('e') && !cell("total").contains('E'));
      QCOMPARE(decodeAddress("wbd", cell("merchant").toStdString()).value(), o.merchant);
      QCOMPARE(decodeAddress("wbd", cell("buyer").toStdString()).value(), o.buyer);
      QCOMPARE(decodeAddress("wbd", cell("payer").toStdString()).value(), o.payer);
      QCOMPARE(cell("arbiter").isEmpty(), !o.hasArbiter());
      QCOMPARE(cell("created_height"), QByteArray::number(static_cast<qulonglong>(o.createdHeight)));
      QCOMPARE(cell("deadline_height"),
               o.deadline ? QByteArray::number(static_cast<qulonglong>(o.deadline)) : QByteArray());
    }
  }

  void smallestUnitIsExact() {
    std::vector<state::Order> orders{sampleOrder(1, "pin", "")};
    orders[0].unitPrice = 1;
    orders[0].quantity = 1;
    bool ok = false;
    const auto rows = readCsv(ordersCsv(orders, "wbd"), &ok);
    QVERIFY(ok);
    QVERIFY(rows[1].end() != std::find(rows[1].begin(), rows[1].end(), QByteArray("0.00000001")));
  }

  void formulasAreDefused() {
    for (const char* text : {"=HYPERLINK(\"http://evil\")", "+1+1", "-2", "@SUM(A1)"}) {
      std::vector<state::Order> orders{sampleOrder(1, text, text)};
      bool ok = false;
      const auto rows = readCsv(ordersCsv(orders, "wbd"), &ok);
      QVERIFY(ok);
      const auto item = std::find(rows[0].begin(), rows[0].end(), QByteArray("item")) - rows[0].begin();
      QCOMPARE(rows[1][static_cast<std::size_t>(item)], QByteArray("'") + text);
      const auto reason = std::find(rows[0].begin(), rows[0].end(), QByteArray("reason")) - rows[0].begin();
      QCOMPARE(rows[1][static_cast<std::size_t>(reason)], QByteArray("'") + text);
    }
  }

  void writesAtomically() {
    QTemporaryDir dir;
    const QString path = dir.filePath("orders.csv");
    std::vector<state::Order> orders{sampleOrder(1, "a", ""), sampleOrder(2, "b", "")};
    QVERIFY(writeOrdersCsv(path, orders, "wbd").ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kUtf8Bom + ordersCsv(orders, "wbd"));  // BOM first, for spreadsheets
    file.close();

    // A path that cannot be written fails clearly and leaves nothing behind.
    const QString bad = dir.filePath("missing/folder/orders.csv");
    const Status failed = writeOrdersCsv(bad, orders, "wbd");
    QVERIFY(!failed.ok());
    QCOMPARE(failed.code(), CoreErrc::IoError);
    QVERIFY(QString::fromStdString(failed.error().message).contains(bad));
    QVERIFY(!QFile::exists(bad));
  }
};

QTEST_GUILESS_MAIN(TestOrderCsv)
#include "test_order_csv.moc"

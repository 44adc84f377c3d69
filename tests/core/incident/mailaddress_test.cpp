#include "incident/mailaddress.h"

#include <QtTest>

using namespace MailOps;

class MailAddressTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addrSpec_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ops@example.org") << true;
        QTest::newRow("plus and dots") << QStringLiteral("a.b+c@mail.example.co.uk") << true;
        QTest::newRow("quoted local") << QStringLiteral("\"a b\"@example.org") << true;
        QTest::newRow("no at") << QStringLiteral("ops.example.org") << false;
        QTest::newRow("two dots") << QStringLiteral("a..b@example.org") << false;
        QTest::newRow("no dot in domain") << QStringLiteral("root@localhost") << false;
        QTest::newRow("hyphen label") << QStringLiteral("a@-x.example") << false;
        QTest::newRow("crlf") << QStringLiteral("a@example.org\r\nBcc: x@evil.example") << false;
        QTest::newRow("non ascii") << QStringLiteral("jörg@example.org") << false;
        QTest::newRow("long local") << QString(65, QLatin1Char('a')) + QStringLiteral("@example.org")
                                    << false;
    }

    void addrSpec()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(MailAddress::addrSpecProblem(address).isEmpty(), valid);
    }

    void parseAndWrite()
    {
        const auto a = MailAddress::parse(QStringLiteral("\"Ops, Desk\" <ops@example.org>"));
        QVERIFY(a);
        QCOMPARE(a->name, QStringLiteral("Ops, Desk"));
        QCOMPARE(a->toHeader(), QByteArray("\"Ops, Desk\" <ops@example.org>"));
        const MailAddress plain { QStringLiteral("Ops Desk"), QStringLiteral("o@example.org") };
        QCOMPARE(plain.toHeader(), QByteArray("Ops Desk <o@example.org>"));
        const MailAddress accented { QStringLiteral("Jörg"), QStringLiteral("j@example.org") };
        QVERIFY(accented.toHeader().startsWith("=?UTF-8?B?"));
        QVERIFY(!MailAddress::parse(QStringLiteral("Evil\r\nBcc: x <a@example.org>")));
        const auto list = MailAddress::parseList(
            QStringLiteral("a@example.org, \"B, b\" <b@example.org>;\nbad, c@example.org"));
        QVERIFY(!list);
        QVERIFY2(list.error().message.contains(QStringLiteral("\"bad\"")), qPrintable(list.error().message));
        QCOMPARE(
            MailAddress::parseList(QStringLiteral("a@example.org, \"B, b\" <b@example.org>"))->size(), 2);
    }
};

QTEST_GUILESS_MAIN(MailAddressTest)
#include "mailaddress_test.moc"

#include "policy/postfixrejectreason.h"

#include <QtTest>

using namespace MailOps;

class PostfixRejectReasonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restrictionOf_data();
    void restrictionOf();
};

void PostfixRejectReasonTest::restrictionOf_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("restriction");
    QTest::newRow("unknown client") << QByteArray(
        "Client host rejected: cannot find your hostname, [192.0.2.1]")
                                    << QStringLiteral("reject_unknown_client_hostname");
    QTest::newRow("unknown reverse") << QByteArray(
        "Client host rejected: cannot find your reverse hostname, [192.0.2.1]")
                                     << QStringLiteral("reject_unknown_reverse_client_hostname");
    QTest::newRow("rbl") << QByteArray(
        "Service unavailable; Client host [192.0.2.1] blocked using zen.example; "
        "https://zen.example/q?ip=192.0.2.1")
                         << QStringLiteral("reject_rbl_client zen.example");
    QTest::newRow("rhsbl") << QByteArray(
        "Service unavailable; Sender address [a@b.example] blocked using dbl.example")
                           << QStringLiteral("reject_rhsbl_sender dbl.example");
    QTest::newRow("relay") << QByteArray("<x@elsewhere.example>: Relay access denied")
                           << QStringLiteral("reject_unauth_destination");
    QTest::newRow("helo fqdn") << QByteArray(
        "<localhost>: Helo command rejected: need fully-qualified hostname")
                               << QStringLiteral("reject_non_fqdn_helo_hostname");
    QTest::newRow("sender domain") << QByteArray("<a@nx.example>: Sender address rejected: Domain not found")
                                   << QStringLiteral("reject_unknown_sender_domain");
    QTest::newRow("access map") << QByteArray("<unknown[192.0.2.1]>: Client host rejected: Access denied")
                                << QStringLiteral("check_client_access");
    QTest::newRow("own text") << QByteArray("Greylisted, see https://postgrey.example") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("cut") << QByteArray("blocked using ") << QStringLiteral("reject_rhsbl_sender ");
}

void PostfixRejectReasonTest::restrictionOf()
{
    QFETCH(QByteArray, reason);
    QFETCH(QString, restriction);
    QCOMPARE(PostfixRejectReason::restrictionOf(reason), restriction);
}

QTEST_GUILESS_MAIN(PostfixRejectReasonTest)
#include "postfixrejectreason_test.moc"

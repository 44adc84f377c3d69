#include "policy/policyshadowcount.h"
#include "policy/postfixmaincf.h"

#include <QtTest>

using namespace MailOps;

namespace {

QByteArray warning(const QByteArray &client, const QByteArray &reply)
{
    return "Dec  7 10:00:01 gw postfix/smtpd[1200]: NOQUEUE: reject_warning: RCPT from " + client + ": "
        + reply + "; from=<a@partner.example> to=<b@example.com> proto=ESMTP helo=<x>\n";
}

} // namespace

class PolicyShadowCountTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsByRule();
    void nothingRefused();
    void shadowOfWrapsAddedRestrictions();
    void shadowOfKeepsWhatWasThere();
};

void PolicyShadowCountTest::countsByRule()
{
    QByteArray log;
    for (int i = 0; i < 7; ++i)
        log += warning("unknown[192.0.2." + QByteArray::number(i % 3) + ']',
            "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]");
    log += warning("mail.bad.example[198.51.100.9]",
        "554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using dnsbl.lab.test; listed");
    log += "Dec  7 10:00:02 gw postfix/smtpd[1200]: NOQUEUE: reject: RCPT from x[192.0.2.99]: 554 5.7.1 "
           "Relay access denied; from=<a@b> to=<c@d> proto=ESMTP helo=<x>\n"; // enforced: not counted
    log += "garbage\n";
    PolicyShadowCount count;
    // In two pieces, the cut in the middle of a line.
    count.feed(QByteArrayView(log).first(100));
    count.feed(QByteArrayView(log).sliced(100));
    count.finish();
    QCOMPARE(count.total(), 8);
    const QList<PolicyShadowCount::Rule> rules = count.rules();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules[0].restriction, QStringLiteral("reject_unknown_client_hostname"));
    QCOMPARE(rules[0].tempfails, 7);
    QCOMPARE(rules[0].rejects, 0);
    QCOMPARE(rules[0].clients.size(), 3);
    QCOMPARE(rules[0].examples.size(), PolicyShadowCount::MaxExamples);
    QCOMPARE(rules[0].examples[0].client, QStringLiteral("unknown[192.0.2.0]"));
    QCOMPARE(rules[1].restriction, QStringLiteral("reject_rbl_client dnsbl.lab.test"));
    QCOMPARE(rules[1].rejects, 1);
    const QStringList sentences = count.sentences();
    QCOMPARE(sentences.size(), 2);
    QVERIFY2(sentences[0].startsWith(QStringLiteral(
                 "reject_unknown_client_hostname would have tempfailed 7 connections from 3 client")),
        qPrintable(sentences[0]));
    QVERIFY(sentences[0].contains(QStringLiteral("(450 4.7.1 Client host rejected")));
}

void PolicyShadowCountTest::nothingRefused()
{
    PolicyShadowCount count;
    count.feed("Dec  7 10:00:01 gw postfix/smtpd[1]: connect from a[192.0.2.1]\n");
    count.finish();
    QCOMPARE(count.total(), 0);
    QCOMPARE(count.sentences(),
        QStringList { QStringLiteral("No connection would have been refused by the shadowed rules.") });
}

void PolicyShadowCountTest::shadowOfWrapsAddedRestrictions()
{
    const QByteArray current
        = "# gateway\nmyhostname = gw.example\n"
          "smtpd_client_restrictions = permit_mynetworks\n"
          "smtpd_recipient_restrictions = permit_mynetworks,\n    reject_unauth_destination\n";
    const QByteArray proposed
        = "# gateway\nmyhostname = gw.example\n"
          "smtpd_client_restrictions = permit_mynetworks, reject_unknown_client_hostname\n"
          "unknown_client_reject_code = 450\n"
          "smtpd_recipient_restrictions = permit_mynetworks,\n    reject_unauth_destination,\n"
          "    check_client_access cidr:/etc/postfix/client.cidr, permit_sasl_authenticated\n";
    QStringList wrapped;
    const QByteArray shadow = PolicyShadowCount::shadowOf(current, proposed, &wrapped);
    const PostfixMainCf cf = PostfixMainCf::parse(shadow);
    QCOMPARE(cf.value(QStringLiteral("smtpd_client_restrictions")),
        QStringLiteral("permit_mynetworks, warn_if_reject reject_unknown_client_hostname"));
    QCOMPARE(cf.value(QStringLiteral("smtpd_recipient_restrictions")),
        QStringLiteral("permit_mynetworks, reject_unauth_destination, warn_if_reject check_client_access "
                       "cidr:/etc/postfix/client.cidr, permit_sasl_authenticated"));
    QCOMPARE(cf.value(QStringLiteral("unknown_client_reject_code")), QStringLiteral("450"));
    QVERIFY(shadow.startsWith("# gateway\nmyhostname = gw.example\n"));
    QCOMPARE(wrapped,
        (QStringList { QStringLiteral("smtpd_client_restrictions: reject_unknown_client_hostname"),
            QStringLiteral(
                "smtpd_recipient_restrictions: check_client_access cidr:/etc/postfix/client.cidr") }));
}

void PolicyShadowCountTest::shadowOfKeepsWhatWasThere()
{
    const QByteArray same = "smtpd_client_restrictions = warn_if_reject reject_unknown_client_hostname\n";
    QStringList wrapped;
    QCOMPARE(PolicyShadowCount::shadowOf(same, same, &wrapped), same);
    QVERIFY(wrapped.isEmpty());
    // A stage left to its default is compared with the default.
    const QByteArray proposed = "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
                                "defer_unauth_destination\n";
    QCOMPARE(PolicyShadowCount::shadowOf(QByteArray(), proposed, &wrapped), proposed);
    QVERIFY(wrapped.isEmpty());
}

QTEST_GUILESS_MAIN(PolicyShadowCountTest)
#include "policyshadowcount_test.moc"

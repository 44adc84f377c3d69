// Mail-log lines to SMTP sessions, and each session through a policy, on
// arbitrary bytes. Sessions must not depend on how the bytes were chunked,
// and every field must stay within its caps.
#include "fuzztarget.h"
#include "policy/policyimpactpreview.h"
#include "policy/postfixconnectionlog.h"

using namespace MailOps;

namespace {

using Connection = PostfixConnectionLog::Connection;

const PolicySnapshot &policy()
{
    static const PolicySnapshot s = [] {
        PolicySnapshot p;
        p.setConfigDir(QStringLiteral("/etc/postfix"));
        p.setFile(PolicySnapshot::MainCf,
            "mynetworks = 127.0.0.0/8 [::1]/128 10.0.0.0/8 host.example\n"
            "relay_domains = example.com, hash:/etc/postfix/relay\n"
            "smtpd_client_restrictions = permit_mynetworks, check_client_access cidr:/etc/postfix/c.cidr,\n"
            "  reject_unknown_reverse_client_hostname, reject_rbl_client bl.example\n"
            "smtpd_helo_restrictions = reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname\n"
            "smtpd_sender_restrictions = check_sender_access regexp:/etc/postfix/s.re, "
            "reject_non_fqdn_sender\n"
            "smtpd_recipient_restrictions = check_recipient_access hash:/etc/postfix/r, "
            "reject_unknown_client_hostname, reject_unauth_destination, check_policy_service "
            "inet:127.0.0.1:1\n"
            "unknown_client_reject_code = 450\n");
        p.setFile(QStringLiteral("c.cidr"), "192.0.2.0/24 REJECT\n!10.1.0.0/16 DUNNO\n[::1] OK\n");
        p.setFile(QStringLiteral("relay"), "other.example OK\n");
        p.setFile(QStringLiteral("s.re"), "/^spam@/ REJECT\n/x(/ broken\n");
        p.setFile(
            QStringLiteral("r"), "postmaster@ OK\nexample.org reject_unknown_client_hostname, permit\n");
        return p;
    }();
    return s;
}

void checkBounded(const Connection &c)
{
    for (const QByteArray *f :
        { &c.clientName, &c.clientIp, &c.reverseName, &c.helo, &c.saslUser, &c.commands, &c.rejectDsn,
            &c.rejectStage, &c.rejectReason, &c.rejectSender, &c.rejectRecipient })
        FUZZ_CHECK(f->size() <= 512);
    FUZZ_CHECK(c.senders.size() <= PostfixConnectionLog::MaxAddresses);
    FUZZ_CHECK(c.recipients.size() <= PostfixConnectionLog::MaxAddresses);
}

} // namespace

void fuzzOne(const QByteArray &data)
{
    PostfixConnectionLog whole(QDate(2026, 11, 23));
    PostfixConnectionLog pieces(QDate(2026, 11, 23));
    whole.setMaxOpen(8);
    pieces.setMaxOpen(8);
    whole.setMaxLineLength(1024);
    pieces.setMaxLineLength(1024);
    QList<QByteArray> a, b;
    whole.setSink([&](const Connection &c) {
        checkBounded(c);
        a << c.clientIp + ' ' + c.helo + ' ' + QByteArray::number(int(c.outcome));
        const PolicyImpactPreview::Verdict v = PolicyImpactPreview::evaluate(c, policy(), {}, &policy());
        FUZZ_CHECK(v.decision != PolicyImpactPreview::Decision::Reject || v.code >= 500);
    });
    pieces.setSink([&](const Connection &c) {
        b << c.clientIp + ' ' + c.helo + ' ' + QByteArray::number(int(c.outcome));
    });
    whole.addData(data);
    whole.finish();
    // Chunks whose sizes come from the input itself.
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype n = 1 + uchar(data.at(at)) % 97;
        pieces.addData(QByteArrayView(data).sliced(at, qMin(n, data.size() - at)));
        at += n;
    }
    pieces.finish();
    FUZZ_CHECK(a == b);
    FUZZ_CHECK(whole.stats().connections <= whole.stats().lines);
}

QList<QByteArray> fuzzSeeds()
{
    return {
        "Nov 23 09:12:01 gw postfix/smtpd[101]: warning: hostname p.example does not resolve to address "
        "192.0.2.1\n"
        "Nov 23 09:12:01 gw postfix/smtpd[101]: connect from unknown[192.0.2.1]\n"
        "Nov 23 09:12:02 gw postfix/smtpd[101]: 3F2A81C0B1: client=unknown[192.0.2.1], sasl_method=PLAIN, "
        "sasl_username=joe\n"
        "Nov 23 09:12:02 gw postfix/qmgr[300]: 3F2A81C0B1: from=<a@example.org>, size=900, nrcpt=1 (queue "
        "active)\n"
        "Nov 23 09:12:03 gw postfix/smtpd[101]: disconnect from unknown[192.0.2.1] ehlo=1 mail=1 rcpt=1 "
        "data=1 "
        "quit=1 commands=5\n"
        "Nov 23 09:12:04 gw postfix/smtp[400]: 3F2A81C0B1: to=<b@example.org>, orig_to=<c@example.org>, "
        "relay=x[192.0.2.9]:25, dsn=2.0.0, status=sent (250 ok)\n"
        "Nov 23 09:12:04 gw postfix/qmgr[300]: 3F2A81C0B1: removed\n",
        "Nov 23 09:13:01 gw postfix/smtpd[102]: connect from host.example[10.0.0.1]\n"
        "Nov 23 09:13:01 gw postfix/smtpd[102]: NOQUEUE: reject: RCPT from host.example[10.0.0.1]: 554 5.7.1 "
        "Service unavailable; Client host [10.0.0.1] blocked using bl.example; from=<spam@x> "
        "to=<p@example.org> "
        "proto=ESMTP helo=<[10.0.0.1]>\n"
        "Nov 23 09:13:02 gw postfix/dnsblog[600]: addr 10.0.0.2 listed by domain bl.example as 127.0.0.2\n"
        "Nov 23 09:13:02 gw postfix/smtpd[102]: disconnect from host.example[10.0.0.1] commands=3/4\r\n",
        "2026-11-23T09:14:01.123456+00:00 gw postfix/submission/smtpd[103]: connect from unknown[::1]\n"
        "2026-11-23T09:14:01.123456+00:00 gw postfix/submission/smtpd[103]: warning: ::1: address not listed "
        "for hostname h\n",
    };
}

#pragma once

#include "common/result.h"
#include "policy/policysnapshot.h"
#include "policy/postfixconnectionlog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <optional>

class QIODevice;

namespace MailOps {

class PolicyGateway;

// What a proposed Postfix policy would have done to recent mail: the last N
// hours of the mail log are cut into SMTP sessions (PostfixConnectionLog)
// and every session that was accepted is replayed through the proposed
// smtpd_*_restrictions, and every refused one through the current and the
// proposed, restriction by restriction as smtpd applies them (all stages at
// RCPT time, as with smtpd_delay_reject = yes). The answer: "would reject X
// and tempfail Y of Z connections that were accepted", by rule, with
// examples, the refused sessions the proposal would let in, and what could
// not be evaluated (a policy service, a map type it cannot read, a HELO the
// log does not show).
//
// Evaluated: permit, reject, defer, permit_mynetworks (address/length and
// address entries), permit_sasl_authenticated (the login the log shows),
// reject_unauth_destination / defer_unauth_destination (mydestination,
// relay_domains, virtual_alias_domains, virtual_mailbox_domains),
// reject_unknown_client_hostname, reject_unknown_reverse_client_hostname,
// reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname,
// reject_non_fqdn_sender / _recipient, check_client/helo/sender/recipient_access
// with cidr:, hash:, texthash:, btree:, lmdb: (their source text from the
// snapshot) and regexp:/pcre: tables, reject_rbl_client (a listing the log
// shows, an injected answer, or "not listed" where the current policy let the
// session past the same list), warn_if_reject, the *_reject_code settings.
// A restriction that cannot be evaluated and that the current policy applies
// alike is taken to have let an accepted session through, as the log shows.
//
// run() blocks: call it on a worker thread (QtConcurrent::run) and pass a
// progress callback that posts to the GUI thread. It never throws; a log
// that cannot be read is an Error.
class PolicyImpactPreview final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyImpactPreview)

public:
    using Connection = PostfixConnectionLog::Connection;

    enum class Decision : quint8
    {
        Accept, // every stage permitted or had nothing to say
        Reject, // 5xx
        Tempfail, // 4xx
        Unknown // a restriction on the way could not be evaluated
    };

    // One session through one policy.
    struct Verdict
    {
        Decision decision = Decision::Accept;
        int code = 0; // the reply code of a refusal
        QString rule; // the deciding restriction as written: "check_client_access cidr:/etc/postfix/x.cidr"
        QString stage; // its parameter: "smtpd_recipient_restrictions"
        QStringList notEvaluated; // "check_policy_service inet:127.0.0.1:10023: not evaluated"
        QStringList warned; // warn_if_reject restrictions that would have refused
        bool inferred = false; // a restriction was taken as passed because the log shows it did
    };

    struct Example
    {
        qint64 time = 0; // log wall clock
        QString client; // "unknown[192.0.2.7]"
        QString helo;
        QString sender;
        QString recipient;
        int code = 0;
        QString timeText() const; // "2026-11-23 09:12:01"
    };

    struct RuleImpact
    {
        QString rule; // as written
        QString stage;
        int code = 0; // the reply code it gives (the last one seen)
        qint64 rejects = 0; // accepted sessions it would refuse with 5xx
        qint64 tempfails = 0; // ... with 4xx
        qint64 admits = 0; // refused sessions (it refused them) the proposal would accept
        QList<Example> examples; // of rejects and tempfails, at most MaxExamples
        QList<Example> admitExamples;
    };

    struct NotEvaluated
    {
        QString what; // "check_policy_service inet:127.0.0.1:10023: not evaluated"
        qint64 connections = 0; // sessions whose verdict it left unknown
    };

    struct Report
    {
        qint64 hours = 0;
        qint64 windowStart = 0; // log time of the window's start (newest line minus hours)
        qint64 windowEnd = 0; // the newest line's time
        qint64 bytesRead = 0;
        qint64 lines = 0;
        qint64 unparsedLines = 0;
        qint64 cutLines = 0;
        qint64 connections = 0; // sessions in the window
        qint64 accepted = 0; // Z: sessions that were accepted
        qint64 wouldReject = 0; // X
        qint64 wouldTempfail = 0; // Y
        qint64 undecided = 0; // accepted sessions whose fate the proposal leaves unknown
        qint64 refused = 0; // sessions that were rejected or tempfailed
        qint64 newlyAccepted = 0; // of them, refused by a rule of the current policy and not by the proposal
        qint64 notReproduced = 0; // refused in the log for a reason the current policy does not explain
        qint64 currentDisagrees = 0; // accepted in the log, refused by the current policy as read
        QList<RuleImpact> rules; // most refusals first
        QList<NotEvaluated> notEvaluated; // most sessions first
        bool cancelled = false;

        // "would reject 3 and tempfail 7 of 120 connections that were accepted"
        QString summary() const;
        bool harmsMail() const { return wouldReject > 0 || wouldTempfail > 0; }
    };

    static constexpr int MaxExamples = 5;

    // The answer of a DNS block list for an address: true listed, false not,
    // nullopt unknown. Asked only when the log does not tell.
    using DnsblAnswer = std::function<std::optional<bool>(const QString &zone, const QByteArray &ip)>;
    using Progress = std::function<void(qint64 bytesRead, qint64 bytesTotal)>;
    using Cancelled = std::function<bool()>;

    struct Options
    {
        int hours = 24; // counted back from the newest line; 0: the whole log
        QDate referenceDate = QDate::currentDate(); // for year-less stamps
        DnsblAnswer dnsbl; // empty: only what the log shows
    };

    // Reads the log device to its end (a sequential one is spooled to a
    // temporary file first, so the window can be found from the newest line).
    static MailOps::Result<Report> run(QIODevice *log, const PolicySnapshot &current,
        const PolicySnapshot &proposed, const Options &options, const Progress &progress = {},
        const Cancelled &cancelled = {});

    // One session through one policy; notListed holds zones the caller knows
    // the client is not listed by, listedInLog answers from the log.
    static Verdict evaluate(const Connection &connection, const PolicySnapshot &policy,
        const DnsblAnswer &dnsbl = {}, const PolicySnapshot *current = nullptr);

    // The last `maxBytes` of the gateway's mail log, through its transport
    // (`tail -c N -- PATH`, a fixed argv), the first, likely cut, line
    // dropped. Blocks like every PolicyGateway call.
    static MailOps::Result<QByteArray> fetchLog(PolicyGateway *gateway, const QString &path,
        qint64 maxBytes = DefaultFetchBytes, std::chrono::milliseconds timeout = std::chrono::seconds(120));
    static constexpr qint64 DefaultFetchBytes = 256LL * 1024 * 1024;

    static QString decisionName(Decision decision);
};

} // namespace MailOps

#pragma once

#include "dnsquerier.h"
#include "spfrecord.h"

#include <QFuture>
#include <QHostAddress>
#include <QStringList>
#include <memory>

namespace MailOps {

struct SpfResult
{
    enum class Code
    {
        None,
        Neutral,
        Pass,
        Fail,
        SoftFail,
        TempError,
        PermError
    };

    Code code = Code::None;
    QHostAddress ip;
    QString domain;
    QString sender;
    QString record; // the top-level record as published
    QString matched; // the mechanism that decided, e.g. "ip4:192.0.2.0/24" in "example.com"
    QString reason; // in plain words: why this result
    QString explanation; // the domain's own exp= text, for a fail
    int dnsLookups = 0; // counted against the limit of 10
    int voidLookups = 0; // counted against the limit of 2
    QStringList trace; // every step, indented by include depth

    static QString codeName(Code code); // "pass", "permerror", ... (RFC 7208 2.6)
    QString codeName() const { return codeName(code); }
};

// check_host() of RFC 7208: every mechanism and modifier, macros, the
// 10-lookup and 2-void-lookup limits, loop detection. Evaluation blocks on
// DNS, so checkHost() runs it on dnsCheckPool() and returns at once; the
// result always comes, as a value (DNS trouble is temperror, bad records are
// permerror, each with the reason and a trace).
class SpfEvaluator final
{
public:
    explicit SpfEvaluator(std::shared_ptr<DnsQuerier> querier);

    static constexpr int LookupLimit = 10;
    static constexpr int VoidLookupLimit = 2;

    // Values of the explanation-only macros %{r} and %{t}.
    void setReceivingHost(const QString &host) { m_receivingHost = host; }
    void setTimestamp(qint64 secondsSinceEpoch) { m_timestamp = secondsSinceEpoch; }

    QFuture<SpfResult> checkHost(
        const QHostAddress &ip, const QString &domain, const QString &sender, const QString &helo = {}) const;
    // The same on the calling thread; for code already on a worker thread.
    SpfResult checkHostBlocking(
        const QHostAddress &ip, const QString &domain, const QString &sender, const QString &helo = {}) const;

private:
    std::shared_ptr<DnsQuerier> m_querier;
    QString m_receivingHost = QStringLiteral("unknown");
    qint64 m_timestamp = 0;
};

} // namespace MailOps

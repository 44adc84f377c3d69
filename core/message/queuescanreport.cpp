#include "queuescanreport.h"

#include "common/printable.h"

#include <QJsonArray>

namespace MailOps {

QueueScanReport::QueueScanReport(const QueueScanResult &result)
    : m_result(result)
{
}

int QueueScanReport::malformed() const
{
    int n = 0;
    for (const ScannedMessage &s : m_result.findings)
        n += s.fetched && s.report.hasErrors() ? 1 : 0;
    return n;
}

QString QueueScanReport::toText() const
{
    QString out;
    for (const ScannedMessage &s : m_result.findings) {
        const QueueEntry &e = s.entry;
        const QString what = s.fetched ? s.report.codeNames().join(QStringLiteral(", "))
                                       : tr("not fetched: %1").arg(s.fetchError);
        // Ids, senders and reasons are the gateway's words: made safe to print.
        out += Printable::text(tr("%1 (%2, from %3): %4")
                                   .arg(e.queueId, e.queueName,
                                       e.sender.isEmpty() ? QStringLiteral("<>") : e.sender, what))
            + QLatin1Char('\n');
    }
    out += tr("%1 messages scanned, %2 malformed").arg(m_result.scanned).arg(malformed()) + QLatin1Char('\n');
    return out;
}

QJsonObject QueueScanReport::toJson() const
{
    QJsonArray messages;
    for (const ScannedMessage &s : m_result.findings) {
        const QueueEntry &e = s.entry;
        QJsonObject m { { QStringLiteral("queue_id"), e.queueId }, { QStringLiteral("queue"), e.queueName },
            { QStringLiteral("sender"), e.sender } };
        if (!s.fetched) {
            m.insert(QStringLiteral("error"), s.fetchError);
            messages.append(m);
            continue;
        }
        QJsonArray defects;
        for (const MessageDefect &d : s.report.defects) {
            defects.append(QJsonObject { { QStringLiteral("code"), MessageDefect::codeName(d.code) },
                { QStringLiteral("severity"), MessageDefect::severityName(d.severity) },
                { QStringLiteral("line"), d.line }, { QStringLiteral("part"), d.partPath },
                { QStringLiteral("message"), d.message } });
        }
        m.insert(QStringLiteral("malformed"), s.report.hasErrors());
        m.insert(QStringLiteral("defects"), defects);
        if (s.suspect)
            m.insert(QStringLiteral("suspect"), s.suspectReason);
        messages.append(m);
    }
    return QJsonObject { { QStringLiteral("listed"), m_result.listed },
        { QStringLiteral("scanned"), m_result.scanned }, { QStringLiteral("vanished"), m_result.vanished },
        { QStringLiteral("malformed"), malformed() }, { QStringLiteral("messages"), messages } };
}

} // namespace MailOps

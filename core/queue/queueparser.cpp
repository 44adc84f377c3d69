#include "queueparser.h"

#include "common/logging.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::QueueParser", text);
}

} // namespace

QueueParser::QueueParser(EntryHandler handler)
    : m_handler(std::move(handler))
{
}

void QueueParser::feed(QByteArrayView chunk)
{
    m_lines.feed(
        chunk, [this](QByteArrayView line) { processLine(line); }, [this] { reportLongLine(); });
}

void QueueParser::finish()
{
    m_lines.finish([this](QByteArrayView line) { processLine(line); }, [this] { reportLongLine(); });
}

void QueueParser::reportLongLine()
{
    addIssue(tr("line longer than %1 bytes, skipped").arg(m_lines.maxLineLength()));
}

void QueueParser::processLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    QueueEntry entry;
    QString why;
    if (!parseLine(line, &entry, &why)) {
        addIssue(why);
        return;
    }
    ++m_entries;
    if (m_handler)
        m_handler(entry);
}

void QueueParser::addIssue(const QString &message)
{
    ++m_badLines;
    qCDebug(lcQueue) << "postqueue -j line" << m_lines.lineNumber() << message;
    if (m_issues.size() < MaxIssuesKept)
        m_issues.append({ m_lines.lineNumber(), message });
}

bool QueueParser::parseLine(QByteArrayView line, QueueEntry *entry, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        *why = tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *why = tr("not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    const auto requireString = [&](QLatin1StringView key, QString *out) {
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            *why = v.isUndefined() ? tr("field \"%1\" is missing").arg(key)
                                   : tr("field \"%1\" is not a string").arg(key);
            return false;
        }
        *out = v.toString();
        return true;
    };
    const auto requireNumber = [&](QLatin1StringView key, qint64 *out) {
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 9.0e15) {
            *why = v.isUndefined() ? tr("field \"%1\" is missing").arg(key)
                                   : tr("field \"%1\" is not a non-negative number").arg(key);
            return false;
        }
        *out = qint64(v.toDouble());
        return true;
    };

    if (!requireString(QLatin1StringView("queue_name"), &entry->queueName)
        || !requireString(QLatin1StringView("queue_id"), &entry->queueId)
        || !requireNumber(QLatin1StringView("arrival_time"), &entry->arrivalTime)
        || !requireNumber(QLatin1StringView("message_size"), &entry->messageSize)
        || !requireString(QLatin1StringView("sender"), &entry->sender))
        return false;
    if (entry->queueId.isEmpty()) {
        *why = tr("field \"queue_id\" is empty");
        return false;
    }
    // showq names the null sender MAILER-DAEMON, as mailq prints it; the
    // entry says empty, so that both parsers agree.
    if (entry->sender == u"MAILER-DAEMON")
        entry->sender.clear();
    entry->queue = QueueEntry::queueFromName(entry->queueName);
    // Early Postfix 3.5 spells it force_expired.
    entry->forcedExpire = o.value(QLatin1StringView("forced_expire")).toBool(false)
        || o.value(QLatin1StringView("force_expired")).toBool(false);

    const QJsonValue rv = o.value(QLatin1StringView("recipients"));
    if (!rv.isArray()) {
        *why = rv.isUndefined() ? tr("field \"recipients\" is missing")
                                : tr("field \"recipients\" is not an array");
        return false;
    }
    const QJsonArray recipients = rv.toArray();
    entry->recipients.reserve(recipients.size());
    for (const QJsonValue &r : recipients) {
        const QJsonObject ro = r.toObject();
        const QJsonValue address = ro.value(QLatin1StringView("address"));
        if (!address.isString()) {
            *why = tr("a recipient has no \"address\"");
            return false;
        }
        entry->recipients.append(
            { address.toString(), ro.value(QLatin1StringView("delay_reason")).toString() });
    }
    return true;
}

} // namespace MailOps

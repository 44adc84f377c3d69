#include "maillogcheck.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cstring>

namespace MailOps {

namespace {

constexpr int kMaxMinutes = 7 * 24 * 60;
// Clocks of the host that logs and the host that checks may disagree a little;
// lines further in the future are another year's, or junk.
constexpr qint64 kFutureSlackSecs = 300;
constexpr qint64 kChunk = 1024 * 1024;

constexpr MailLogEvent::RejectClass kRejectClasses[] = {
    MailLogEvent::RejectClass::ReverseDns,
    MailLogEvent::RejectClass::Dnsbl,
    MailLogEvent::RejectClass::Spf,
    MailLogEvent::RejectClass::RelayDenied,
    MailLogEvent::RejectClass::Greylisting,
    MailLogEvent::RejectClass::Other,
};

QString threshold(qint64 value)
{
    return value >= 0 ? QString::number(value) : QString();
}

} // namespace

qint64 MailLogCheck::Counts::count(EventClass cls) const
{
    switch (cls) {
    case EventClass::Rejects:
        return rejects;
    case EventClass::Tempfails:
        return tempfails;
    case EventClass::Bounces:
        return bounces;
    case EventClass::Deferred:
        return deferred;
    }
    return 0;
}

MailLogCheck::MailLogCheck(int minutes)
    : m_minutes(qBound(1, minutes, kMaxMinutes))
{
    setNow(QDateTime::currentDateTime());
}

void MailLogCheck::setNow(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    m_nowUtc = now.toSecsSinceEpoch();
    m_nowWall = QDateTime(local.date(), local.time(), Qt::UTC).toSecsSinceEpoch();
    m_parser.setReferenceDate(local.date());
}

std::optional<MailLogCheck::EventClass> MailLogCheck::classFromName(QStringView name)
{
    for (EventClass c :
        { EventClass::Rejects, EventClass::Tempfails, EventClass::Bounces, EventClass::Deferred }) {
        if (name.compare(className(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString MailLogCheck::className(EventClass cls)
{
    switch (cls) {
    case EventClass::Rejects:
        return QStringLiteral("rejects");
    case EventClass::Tempfails:
        return QStringLiteral("tempfails");
    case EventClass::Bounces:
        return QStringLiteral("bounces");
    case EventClass::Deferred:
        return QStringLiteral("deferred");
    }
    return QStringLiteral("rejects");
}

QString MailLogCheck::rejectClassLabel(MailLogEvent::RejectClass cls)
{
    using C = MailLogEvent::RejectClass;
    switch (cls) {
    case C::ReverseDns:
        return QStringLiteral("rdns");
    case C::Dnsbl:
        return QStringLiteral("dnsbl");
    case C::Spf:
        return QStringLiteral("spf");
    case C::RelayDenied:
        return QStringLiteral("relay");
    case C::Greylisting:
        return QStringLiteral("greylisting");
    case C::None:
    case C::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

void MailLogCheck::addLine(QByteArrayView line)
{
    ++m_counts.lines;
    const MailLogEvent e = m_parser.parse(line);
    if (e.kind == MailLogEvent::Kind::Unparsed) {
        ++m_counts.unparsed;
        return;
    }
    // RFC 3339 stamps say their offset; syslog ones are the logging host's
    // local time, which is taken to be ours.
    const qint64 age = e.hasUtcOffset ? m_nowUtc - (e.time - e.utcOffsetSecs) : m_nowWall - e.time;
    if (age > m_oldestAge)
        m_oldestAge = age;
    if (age < -kFutureSlackSecs || age > qint64(m_minutes) * 60)
        return;

    if (e.kind == MailLogEvent::Kind::Reject) {
        ++m_counts.rejects;
        const auto cls = e.rejectClass == MailLogEvent::RejectClass::None ? MailLogEvent::RejectClass::Other
                                                                          : e.rejectClass;
        ++m_counts.rejectsByClass[size_t(cls)];
        const bool temporary = e.smtpCode ? (e.smtpCode >= 400 && e.smtpCode < 500) : e.dsn.startsWith('4');
        if (temporary)
            ++m_counts.tempfails;
    } else if (e.kind == MailLogEvent::Kind::Delivery) {
        if (e.status == MailLogEvent::Status::Bounced)
            ++m_counts.bounces;
        else if (e.status == MailLogEvent::Status::Deferred)
            ++m_counts.deferred;
    }
}

Status MailLogCheck::readTail(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error { Error::Code::InvalidInput, tr("no mail log is configured") };
    if (!info.exists())
        return Error { Error::Code::NotFound, tr("the mail log %1 does not exist").arg(path) };
    // A FIFO or device would block or never end.
    if (!info.isFile())
        return Error { Error::Code::InvalidInput, tr("the mail log %1 is not a regular file").arg(path) };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { file.error() == QFileDevice::PermissionsError ? Error::Code::PermissionDenied
                                                                     : Error::Code::IoError,
            tr("cannot read the mail log %1: %2").arg(path, file.errorString()) };

    // Read up to the size seen now: lines appended meanwhile are newer than
    // `now` anyway, and the read stays bounded.
    const qint64 size = file.size();
    qint64 pos = 0;
    bool skipFirst = false;
    if (size > m_maxTail) {
        pos = size - m_maxTail;
        m_counts.partial = true;
        char before = 0;
        if (!file.seek(pos - 1) || !file.getChar(&before))
            return Error { Error::Code::IoError,
                tr("cannot seek in the mail log %1: %2").arg(path, file.errorString()) };
        // Unless the tail starts right after a newline, its first line is cut.
        skipFirst = before != '\n';
    }

    QByteArray line;
    bool cutting = false;
    QByteArray buffer;
    while (pos < size) {
        buffer.resize(qsizetype(qMin(kChunk, size - pos)));
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error { Error::Code::IoError,
                tr("cannot read the mail log %1: %2").arg(path, file.errorString()) };
        if (n == 0)
            break; // truncated under us
        pos += n;
        m_counts.bytesRead += n;
        const char *p = buffer.constData();
        const char *const end = p + n;
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *stop = nl ? nl : end;
            if (!skipFirst && !cutting) {
                const qsizetype room = m_maxLine - line.size();
                const qsizetype take = qMin<qsizetype>(room, stop - p);
                line.append(p, take);
                // An overlong line is parsed by its head; the rest is dropped.
                cutting = take < stop - p;
            }
            if (!nl)
                break;
            if (skipFirst)
                skipFirst = false;
            else
                addLine(line);
            line.clear();
            cutting = false;
            p = nl + 1;
        }
    }
    if (!line.isEmpty() && !skipFirst)
        addLine(line);
    m_counts.oldest = qMax<qint64>(0, m_oldestAge);
    return Ok {};
}

PluginOutput MailLogCheck::renderError(const QString &reason)
{
    return PluginOutput::unknown(QStringLiteral("LOG"), reason);
}

PluginOutput MailLogCheck::render(EventClass cls, qint64 warning, qint64 critical) const
{
    const Counts &c = m_counts;
    if (c.lines > 0 && c.unparsed == c.lines)
        return renderError(tr("none of the %1 lines read looks like a mail log").arg(c.lines));

    const qint64 value = c.count(cls);
    PluginOutput::ExitCode code = PluginOutput::Ok;
    if (critical >= 0 && value >= critical)
        code = PluginOutput::Critical;
    else if (warning >= 0 && value >= warning)
        code = PluginOutput::Warning;

    QString line = QStringLiteral("LOG ") + PluginOutput::statusWord(code) + QStringLiteral(" - ")
        + tr("%1 %2 in the last %3 min").arg(value).arg(className(cls)).arg(m_minutes);
    if (code == PluginOutput::Critical)
        line += QLatin1Char(' ') + tr("(critical at %1)").arg(critical);
    else if (code == PluginOutput::Warning)
        line += QLatin1Char(' ') + tr("(warning at %1)").arg(warning);

    if (cls == EventClass::Rejects && c.rejects > 0) {
        // The classes that make up the rejects, largest first.
        QList<std::pair<qint64, QString>> parts;
        for (auto rc : kRejectClasses) {
            if (const qint64 n = c.rejectsByClass[size_t(rc)])
                parts.append({ n, rejectClassLabel(rc) });
        }
        std::stable_sort(
            parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList words;
        for (const auto &[n, label] : parts)
            words << QStringLiteral("%1 %2").arg(label).arg(n);
        line += QStringLiteral(": ") + words.join(QStringLiteral(", "));
    }
    const qint64 window = qint64(m_minutes) * 60;
    if (c.partial && c.oldest < window)
        line += QStringLiteral("; ")
            + tr("only the last %1 MB of the log were read, covering %2")
                  .arg(m_maxTail / (1024 * 1024))
                  .arg(c.oldest < 60 ? tr("less than a minute") : tr("%1 min").arg(c.oldest / 60));

    QStringList perf;
    for (EventClass each :
        { EventClass::Rejects, EventClass::Tempfails, EventClass::Bounces, EventClass::Deferred }) {
        const bool selected = each == cls;
        perf << QStringLiteral("%1=%2;%3;%4;0;")
                    .arg(PluginOutput::perfLabel(className(each)))
                    .arg(c.count(each))
                    .arg(selected ? threshold(warning) : QString())
                    .arg(selected ? threshold(critical) : QString());
    }
    for (auto rc : kRejectClasses)
        perf << QStringLiteral("%1=%2;;;0;")
                    .arg(PluginOutput::perfLabel(rejectClassLabel(rc)))
                    .arg(c.rejectsByClass[size_t(rc)]);

    QString text = line + QStringLiteral(" | ") + perf.join(QLatin1Char(' '));
    text += QLatin1Char('\n')
        + tr("%1 lines read (%2 not from a mail log), %3 bytes%4")
              .arg(c.lines)
              .arg(c.unparsed)
              .arg(c.bytesRead)
              .arg(c.partial ? tr(", the tail of the file only") : QString());
    return { code, text };
}

} // namespace MailOps

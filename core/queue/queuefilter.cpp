#include "queuefilter.h"

#include "queue/queuesummary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace MailOps {

namespace {

// Enough for any real selection; a longer list is a mistake, not a filter.
constexpr int kMaxAlternatives = 100;
constexpr int kMaxReasonLength = 1000;

Error invalid(const QString &message)
{
    return Error { Error::Code::InvalidInput, message };
}

// A host name as it appears in an address: labels of letters, digits, '-'
// and '_' (some senders' domains have one), or any non-ASCII letter for
// internationalised domains that arrive in UTF-8.
bool isDomainName(QStringView name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    qsizetype label = 0;
    for (const QChar c : name) {
        if (c == u'.') {
            if (label == 0)
                return false;
            label = 0;
            continue;
        }
        if (++label > 63)
            return false;
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_'
            || (c.unicode() > 0x7f && c.isLetterOrNumber());
        if (!ok)
            return false;
    }
    return label > 0;
}

// "Example.COM." -> "example.com"; "*.example.com" -> ".example.com".
Result<QString> normaliseDomainPattern(const QString &text)
{
    QString d = text.trimmed().toLower();
    if (d.startsWith(u"*."))
        d.remove(0, 1);
    if (d.endsWith(u'.'))
        d.chop(1);
    const bool subdomains = d.startsWith(u'.');
    if (!isDomainName(subdomains ? QStringView(d).sliced(1) : QStringView(d)))
        return invalid(QCoreApplication::translate("MailOps::QueueFilter",
            "\"%1\" is not a domain (write example.com, or .example.com for its subdomains)")
                           .arg(text));
    return d;
}

Result<QString> normaliseSender(const QString &text)
{
    QString s = text.trimmed();
    if (s == u"<>")
        return QString();
    if (s.size() >= 2 && s.startsWith(u'<') && s.endsWith(u'>'))
        s = s.mid(1, s.size() - 2).trimmed();
    s = s.toLower();
    const qsizetype at = s.lastIndexOf(u'@');
    const bool sane = at >= 0 && s.size() <= 512 && std::none_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control;
    });
    QStringView domain = at >= 0 ? QStringView(s).sliced(at + 1) : QStringView();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    if (!sane || !isDomainName(domain))
        return invalid(QCoreApplication::translate("MailOps::QueueFilter",
            "\"%1\" is not a sender (write user@example.com, @example.com or <> for the null sender)")
                           .arg(text));
    return QString(s.left(at + 1) + domain.toString());
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            items << t;
    }
    return items;
}

QStringView domainOf(QStringView address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return {};
    QStringView domain = address.sliced(at + 1);
    if (domain.endsWith(u'.'))
        domain.chop(1);
    return domain;
}

// postqueue -j (like mailq) writes the null sender as "MAILER-DAEMON"; a
// real sender of that name would carry a domain, as Postfix appends one.
bool isNullSender(const QString &sender)
{
    return sender.isEmpty() || sender.compare(u"MAILER-DAEMON", Qt::CaseInsensitive) == 0;
}

QString joinAlternatives(const QStringList &items)
{
    return items.join(QCoreApplication::translate("MailOps::QueueFilter", " or "));
}

} // namespace

Status QueueFilter::setRecipientDomains(const QStringList &domains)
{
    if (domains.size() > kMaxAlternatives)
        return invalid(QCoreApplication::translate("MailOps::QueueFilter", "at most %1 domains at once")
                           .arg(kMaxAlternatives));
    QStringList patterns;
    for (const QString &d : domains) {
        const Result<QString> p = normaliseDomainPattern(d);
        if (!p)
            return p.error();
        if (!patterns.contains(*p))
            patterns << *p;
    }
    m_domains = patterns;
    return Ok {};
}

Status QueueFilter::setSenders(const QStringList &senders)
{
    if (senders.size() > kMaxAlternatives)
        return invalid(QCoreApplication::translate("MailOps::QueueFilter", "at most %1 senders at once")
                           .arg(kMaxAlternatives));
    QStringList patterns;
    for (const QString &s : senders) {
        const Result<QString> p = normaliseSender(s);
        if (!p)
            return p.error();
        if (!patterns.contains(*p))
            patterns << *p;
    }
    m_senders = patterns;
    return Ok {};
}

Status QueueFilter::setReason(const QString &reason)
{
    const QString r = reason.trimmed();
    if (r.size() > kMaxReasonLength)
        return invalid(QCoreApplication::translate(
            "MailOps::QueueFilter", "a reason to match may be at most %1 characters long")
                           .arg(kMaxReasonLength));
    m_reason = r;
    return Ok {};
}

Status QueueFilter::setQueues(const QStringList &names)
{
    QList<QueueEntry::Queue> queues;
    for (const QString &name : names) {
        const QueueEntry::Queue q = QueueEntry::queueFromName(name.trimmed().toLower());
        if (q == QueueEntry::Queue::Other)
            return invalid(QCoreApplication::translate("MailOps::QueueFilter",
                "\"%1\" is not a queue (deferred, hold, active, incoming or maildrop)")
                               .arg(name));
        if (!queues.contains(q))
            queues << q;
    }
    m_queues = queues;
    return Ok {};
}

void QueueFilter::setQueues(const QList<QueueEntry::Queue> &queues)
{
    m_queues.clear();
    for (const QueueEntry::Queue q : queues) {
        if (!m_queues.contains(q))
            m_queues << q;
    }
}

bool QueueFilter::isEmpty() const
{
    return m_domains.isEmpty() && m_senders.isEmpty() && m_reason.isEmpty() && m_queues.isEmpty()
        && m_minAge < 0;
}

bool QueueFilter::recipientMatches(const QueueRecipient &recipient) const
{
    if (!m_domains.isEmpty()) {
        const QStringView domain = domainOf(recipient.address);
        const bool hit = std::any_of(m_domains.cbegin(), m_domains.cend(), [&](const QString &pattern) {
            return pattern.startsWith(u'.') ? domain.endsWith(pattern, Qt::CaseInsensitive)
                                            : domain.compare(pattern, Qt::CaseInsensitive) == 0;
        });
        if (!hit)
            return false;
    }
    if (!m_reason.isEmpty()) {
        if (recipient.delayReason.isEmpty())
            return false;
        // The raw text first: it is the common case and needs no work.
        if (!recipient.delayReason.contains(m_reason, Qt::CaseInsensitive)
            && !QueueSummary::normaliseReason(recipient.delayReason).contains(m_reason, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool QueueFilter::matches(const QueueEntry &entry, qint64 now) const
{
    if (!m_queues.isEmpty() && !m_queues.contains(entry.queue))
        return false;
    if (m_minAge >= 0 && (entry.arrivalTime <= 0 || now - entry.arrivalTime < m_minAge))
        return false;
    if (!m_senders.isEmpty()) {
        const bool hit = std::any_of(m_senders.cbegin(), m_senders.cend(), [&](const QString &pattern) {
            if (pattern.isEmpty())
                return isNullSender(entry.sender);
            if (pattern.startsWith(u'@'))
                return domainOf(entry.sender).compare(QStringView(pattern).sliced(1), Qt::CaseInsensitive)
                    == 0;
            return entry.sender.compare(pattern, Qt::CaseInsensitive) == 0;
        });
        if (!hit)
            return false;
    }
    if (m_domains.isEmpty() && m_reason.isEmpty())
        return true;
    return std::any_of(entry.recipients.cbegin(), entry.recipients.cend(),
        [this](const QueueRecipient &r) { return recipientMatches(r); });
}

QString QueueFilter::describeAge(qint64 seconds)
{
    // The counts are worked out before translate(): Qt 6.4's lupdate never
    // finishes on a file with a division or a template among its arguments.
    const int days = int(seconds / 86400);
    const int hours = int(seconds / 3600);
    const int minutes = int(seconds / 60);
    const int secs = seconds > INT_MAX ? INT_MAX : int(seconds);
    if (seconds == 86400)
        return QCoreApplication::translate("MailOps::QueueFilter", "1 day");
    if (seconds > 0 && seconds % 86400 == 0)
        return QCoreApplication::translate("MailOps::QueueFilter", "%n days", nullptr, days);
    if (seconds == 3600)
        return QCoreApplication::translate("MailOps::QueueFilter", "1 hour");
    if (seconds > 0 && seconds % 3600 == 0)
        return QCoreApplication::translate("MailOps::QueueFilter", "%n hours", nullptr, hours);
    if (seconds == 60)
        return QCoreApplication::translate("MailOps::QueueFilter", "1 minute");
    if (seconds > 0 && seconds % 60 == 0)
        return QCoreApplication::translate("MailOps::QueueFilter", "%n minutes", nullptr, minutes);
    if (seconds == 1)
        return QCoreApplication::translate("MailOps::QueueFilter", "1 second");
    return QCoreApplication::translate("MailOps::QueueFilter", "%n seconds", nullptr, secs);
}

QString QueueFilter::describe() const
{
    QStringList parts;
    if (!m_domains.isEmpty()) {
        QStringList names;
        for (const QString &d : m_domains)
            names << (d.startsWith(u'.')
                    ? QCoreApplication::translate("MailOps::QueueFilter", "subdomains of %1").arg(d.mid(1))
                    : d);
        parts << QCoreApplication::translate("MailOps::QueueFilter", "for %1").arg(joinAlternatives(names));
    }
    if (!m_senders.isEmpty()) {
        QStringList names;
        for (const QString &s : m_senders)
            names << (s.isEmpty() ? QCoreApplication::translate("MailOps::QueueFilter", "the null sender <>")
                                  : s);
        parts << QCoreApplication::translate("MailOps::QueueFilter", "from %1").arg(joinAlternatives(names));
    }
    if (!m_reason.isEmpty())
        parts
            << QCoreApplication::translate("MailOps::QueueFilter", "delayed because of \"%1\"").arg(m_reason);
    if (!m_queues.isEmpty()) {
        QStringList names;
        for (const QueueEntry::Queue q : m_queues)
            names << QueueEntry::nameOfQueue(q);
        parts << QCoreApplication::translate("MailOps::QueueFilter", "in the %1 queue")
                     .arg(joinAlternatives(names));
    }
    if (m_minAge >= 0)
        parts << QCoreApplication::translate("MailOps::QueueFilter", "older than %1")
                     .arg(describeAge(m_minAge));
    return parts.isEmpty() ? QCoreApplication::translate("MailOps::QueueFilter", "all queued messages")
                           : parts.join(QStringLiteral(", "));
}

QStringList QueueFilter::optionNames()
{
    return { QStringLiteral("domain"), QStringLiteral("sender"), QStringLiteral("reason"),
        QStringLiteral("queue"), QStringLiteral("older-than") };
}

Result<qint64> QueueFilter::parseAge(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})\\s*([smhd]?)$"));
    const QRegularExpressionMatch m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return invalid(QCoreApplication::translate(
            "MailOps::QueueFilter", "\"%1\" is not an age (minutes, or a number with s, m, h or d)")
                           .arg(text));
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 factor = unit == u"s" ? 1 : unit == u"h" ? 3600 : unit == u"d" ? 86400 : 60;
    return n * factor;
}

Result<QueueFilter> QueueFilter::parse(const QMap<QString, QString> &options)
{
    QueueFilter filter;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        Status status = Ok {};
        if (key == u"domain" || key == u"sender" || key == u"queue") {
            const QStringList items = splitList(value);
            if (items.isEmpty())
                return invalid(
                    QCoreApplication::translate("MailOps::QueueFilter", "--%1 wants a value").arg(key));
            status = key == u"domain" ? filter.setRecipientDomains(items)
                : key == u"sender"    ? filter.setSenders(items)
                                      : filter.setQueues(items);
        } else if (key == u"reason") {
            if (value.trimmed().isEmpty())
                return invalid(
                    QCoreApplication::translate("MailOps::QueueFilter", "--%1 wants a value").arg(key));
            status = filter.setReason(value);
        } else if (key == u"older-than") {
            const Result<qint64> age = parseAge(value);
            if (!age)
                return age.error();
            filter.setMinimumAge(*age);
        } else {
            return invalid(
                QCoreApplication::translate("MailOps::QueueFilter", "unknown filter \"%1\"").arg(key));
        }
        if (!status)
            return status.error();
    }
    return filter;
}

} // namespace MailOps

#include "smtpcapabilities.h"

namespace MailOps {

namespace {
// Bounds what one hostile EHLO reply can put into a report.
constexpr int kMaxMechanisms = 32;
} // namespace

bool SmtpCapabilities::has(const QString &keyword) const
{
    for (const QString &k : keywords) {
        if (k.section(QLatin1Char(' '), 0, 0).compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    if (reply.lines.isEmpty())
        return caps;
    caps.serverName = reply.lines.constFirst().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QString line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        caps.keywords.append(line);
        // "AUTH=LOGIN PLAIN" is the pre-RFC 4954 form some servers still add.
        QString keyword = line.section(QLatin1Char(' '), 0, 0).toUpper();
        QStringList params = line.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (keyword.startsWith(QLatin1String("AUTH="))) {
            params.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }
        if (keyword == QLatin1String("SIZE")) {
            bool ok = false;
            const qint64 n = params.value(0).toLongLong(&ok);
            caps.sizeLimit = ok && n >= 0 ? n : 0;
        } else if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("8BITMIME")) {
            caps.eightBitMime = true;
        } else if (keyword == QLatin1String("SMTPUTF8")) {
            caps.smtpUtf8 = true;
        } else if (keyword == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (keyword == QLatin1String("CHUNKING")) {
            caps.chunking = true;
        } else if (keyword == QLatin1String("DSN")) {
            caps.dsn = true;
        } else if (keyword == QLatin1String("ENHANCEDSTATUSCODES")) {
            caps.enhancedStatusCodes = true;
        } else if (keyword == QLatin1String("AUTH")) {
            for (const QString &p : std::as_const(params)) {
                const QString mech = p.toUpper();
                if (!mech.isEmpty() && !caps.authMechanisms.contains(mech)
                    && caps.authMechanisms.size() < kMaxMechanisms)
                    caps.authMechanisms.append(mech);
            }
        }
    }
    return caps;
}

} // namespace MailOps

#include "postfixserviceoverrides.h"

#include "policy/postfixmaincf.h"

#include <QSet>
#include <algorithm>

namespace MailOps {

bool PostfixServiceOverrides::isAcceptance(const QString &name)
{
    static const QSet<QString> exact { QStringLiteral("mynetworks"), QStringLiteral("mynetworks_style"),
        QStringLiteral("content_filter"), QStringLiteral("relay_domains"), QStringLiteral("smtpd_milters"),
        QStringLiteral("receive_override_options"), QStringLiteral("smtpd_sasl_auth_enable"),
        QStringLiteral("smtpd_tls_security_level"), QStringLiteral("smtpd_tls_auth_only"),
        QStringLiteral("smtpd_helo_required"), QStringLiteral("smtpd_delay_reject"),
        QStringLiteral("smtpd_restriction_classes"), QStringLiteral("smtpd_authorized_xclient_hosts"),
        QStringLiteral("message_size_limit") };
    return exact.contains(name) || name.endsWith(QLatin1String("_reject_code"))
        || (name.startsWith(QLatin1String("smtpd_")) && name.endsWith(QLatin1String("_restrictions")));
}

QList<PostfixMasterCf::Override> PostfixServiceOverrides::fromPostconfP(const QByteArray &output)
{
    QList<PostfixMasterCf::Override> out;
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        // A folded value (postconf -f) continues on indented lines.
        if (!line.isEmpty() && line.at(0).isSpace()) {
            if (!out.isEmpty() && !line.trimmed().isEmpty())
                out.last().value = QString(out.last().value + QLatin1Char(' ') + line.trimmed()).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed();
        // The service may itself hold a slash only as a unix socket path,
        // never in the inet services this is about; the name is the last part.
        const qsizetype lastSlash = key.lastIndexOf(QLatin1Char('/'));
        const qsizetype typeSlash = lastSlash > 0 ? key.lastIndexOf(QLatin1Char('/'), lastSlash - 1) : -1;
        if (typeSlash <= 0 || key.contains(QLatin1Char(' ')))
            continue; // not service/type/name: a warning, say
        PostfixMasterCf::Override o;
        o.service = key.left(typeSlash);
        o.type = key.mid(typeSlash + 1, lastSlash - typeSlash - 1);
        o.name = key.mid(lastSlash + 1);
        o.value = line.mid(eq + 1).trimmed();
        if (!o.name.isEmpty())
            out << o;
    }
    return out;
}

QList<PostfixServiceOverrides::Entry> PostfixServiceOverrides::of(const PolicySnapshot &snapshot)
{
    const PostfixMasterCf master = PostfixMasterCf::parse(snapshot.content(PolicySnapshot::MasterCf));
    return of(snapshot, master.overrides());
}

QList<PostfixServiceOverrides::Entry> PostfixServiceOverrides::of(
    const PolicySnapshot &snapshot, const QList<PostfixMasterCf::Override> &overrides)
{
    const PostfixMainCf cf = PostfixMainCf::parse(snapshot.content(PolicySnapshot::MainCf));
    const PostfixMasterCf master = PostfixMasterCf::parse(snapshot.content(PolicySnapshot::MasterCf));
    QSet<QString> smtpd;
    for (const PostfixMasterCf::Service &s : master.services()) {
        if (s.command == u"smtpd")
            smtpd.insert(s.key());
    }
    QList<Entry> out;
    for (const PostfixMasterCf::Override &o : overrides) {
        const QString key = o.service + QLatin1Char('/') + o.type;
        // Without master.cf's text to say which services run smtpd, the inet ones do.
        const bool isSmtpd = master.services().isEmpty() ? o.type == u"inet" : smtpd.contains(key);
        if (!isSmtpd)
            continue;
        if (!isAcceptance(o.name))
            continue;
        Entry e { key, o.name, o.value, cf.has(o.name) ? cf.value(o.name) : QString(), cf.has(o.name) };
        // A later -o of the same name wins, as in Postfix.
        const auto same = std::find_if(out.begin(), out.end(),
            [&](const Entry &x) { return x.service == e.service && x.name == e.name; });
        if (same != out.end())
            *same = e;
        else
            out << e;
    }
    return out;
}

QString PostfixServiceOverrides::text(const Entry &e)
{
    const QString main = e.mainSet ? tr("main.cf: %1").arg(e.mainValue.isEmpty() ? tr("empty") : e.mainValue)
                                   : tr("main.cf: the default");
    return tr("%1: %2 = %3 (%4)").arg(e.service, e.name, e.value, main);
}

} // namespace MailOps

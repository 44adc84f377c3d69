#include "broadcastsettings.h"

#include "incident/mailaddress.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QSet>

namespace MailOps {

namespace {

const QList<NoticeKind::Audience> &audiences()
{
    static const QList<NoticeKind::Audience> all { NoticeKind::Audience::Management,
        NoticeKind::Audience::Partners, NoticeKind::Audience::EndUsers };
    return all;
}

QStringList stringList(const QJsonValue &v, bool *ok)
{
    QStringList out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        *ok = false;
        return out;
    }
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString()) {
            *ok = false;
            return {};
        }
        out << e.toString();
    }
    return out;
}

Error wrongType(const QString &what)
{
    return Error { Error::Code::ParseError,
        BroadcastSettings::tr("\"%1\" has a value of the wrong type.").arg(what) };
}

} // namespace

bool BroadcastSettings::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

QString BroadcastSettings::securityKey(Security security)
{
    switch (security) {
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::PlainLoopbackOnly:
        break;
    }
    return QStringLiteral("plain-loopback");
}

std::optional<BroadcastSettings::Security> BroadcastSettings::securityFromKey(const QString &key)
{
    for (const Security s : { Security::StartTls, Security::ImplicitTls, Security::PlainLoopbackOnly }) {
        if (securityKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QStringList BroadcastSettings::defaultFallback(const BroadcastSettings &settings)
{
    QStringList out;
    for (const Relay &r : settings.relays)
        out << QStringLiteral("smtp:") + r.name;
    for (const Webhook &w : settings.webhooks)
        out << QStringLiteral("webhook:") + w.name;
    out << QStringLiteral("eml") << QStringLiteral("clipboard");
    return out;
}

QStringList BroadcastSettings::fallbackFor(NoticeKind::Audience audience) const
{
    const QStringList order = fallback.value(audience);
    return order.isEmpty() ? defaultFallback(*this) : order;
}

const BroadcastSettings::Relay *BroadcastSettings::relay(const QString &name) const
{
    for (const Relay &r : relays) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

const BroadcastSettings::Webhook *BroadcastSettings::webhook(const QString &name) const
{
    for (const Webhook &w : webhooks) {
        if (w.name == name)
            return &w;
    }
    return nullptr;
}

QStringList BroadcastSettings::validate() const
{
    QStringList problems;
    if (sender.trimmed().isEmpty()) {
        problems << tr("No sender address is set.");
    } else if (const Result<MailAddress> from = MailAddress::parse(sender); !from) {
        problems << tr("Sender: %1").arg(from.error().message);
    }
    QSet<QString> names;
    for (const Relay &r : relays) {
        const QString label
            = r.name.isEmpty() ? tr("a relay without a name") : tr("relay \"%1\"").arg(r.name);
        if (r.name.trimmed().isEmpty() || r.name.contains(QLatin1Char(':')))
            problems << tr("%1: a relay needs a name without \":\".").arg(label);
        else if (names.contains(QStringLiteral("smtp:") + r.name))
            problems << tr("%1: two relays have this name.").arg(label);
        names << QStringLiteral("smtp:") + r.name;
        if (r.host.trimmed().isEmpty())
            problems << tr("%1: no host is set.").arg(label);
        if (r.port == 0)
            problems << tr("%1: port 0 is not a port.").arg(label);
        if (r.security == Security::PlainLoopbackOnly && !r.host.isEmpty() && !isLoopbackHost(r.host))
            problems
                << tr("%1: without TLS only a relay on this machine is allowed, not %2.").arg(label, r.host);
    }
    for (const Webhook &w : webhooks) {
        const QString label = tr("webhook \"%1\"").arg(w.name);
        if (w.name.trimmed().isEmpty() || w.name.contains(QLatin1Char(':')))
            problems << tr("%1: a webhook needs a name without \":\".").arg(label);
        else if (names.contains(QStringLiteral("webhook:") + w.name))
            problems << tr("%1: two webhooks have this name.").arg(label);
        names << QStringLiteral("webhook:") + w.name;
    }
    for (const NoticeKind::Audience a : audiences()) {
        const QString group = NoticeKind::audienceKey(a);
        for (const QString &entry : recipients.value(a)) {
            if (const Result<MailAddress> addr = MailAddress::parse(entry); !addr)
                problems << tr("Recipients for %1: \"%2\": %3").arg(group, entry, addr.error().message);
        }
        for (const QString &id : fallback.value(a)) {
            if (id == QLatin1String("eml") || id == QLatin1String("clipboard"))
                continue;
            if (!names.contains(id))
                problems
                    << tr("Fallback for %1: \"%2\" is no relay or webhook of this profile.").arg(group, id);
        }
    }
    return problems;
}

QJsonObject BroadcastSettings::toJson() const
{
    QJsonArray relayArray;
    for (const Relay &r : relays) {
        relayArray.append(QJsonObject {
            { QStringLiteral("name"), r.name },
            { QStringLiteral("host"), r.host },
            { QStringLiteral("port"), int(r.port) },
            { QStringLiteral("security"), securityKey(r.security) },
            { QStringLiteral("username"), r.username },
            { QStringLiteral("caFile"), r.caFile },
        });
    }
    QJsonArray hookArray;
    for (const Webhook &w : webhooks) {
        hookArray.append(QJsonObject {
            { QStringLiteral("name"), w.name },
            { QStringLiteral("kind"), WebhookPayload::kindKey(w.kind) },
            { QStringLiteral("username"), w.username },
        });
    }
    QJsonObject groups;
    QJsonObject orders;
    for (const NoticeKind::Audience a : audiences()) {
        if (recipients.contains(a))
            groups.insert(NoticeKind::audienceKey(a), QJsonArray::fromStringList(recipients.value(a)));
        if (fallback.contains(a))
            orders.insert(NoticeKind::audienceKey(a), QJsonArray::fromStringList(fallback.value(a)));
    }
    return QJsonObject {
        { QStringLiteral("sender"), sender },
        { QStringLiteral("relays"), relayArray },
        { QStringLiteral("webhooks"), hookArray },
        { QStringLiteral("recipients"), groups },
        { QStringLiteral("fallback"), orders },
    };
}

Result<BroadcastSettings> BroadcastSettings::fromJson(const QString &profile, const QJsonObject &json)
{
    BroadcastSettings s;
    s.profile = profile;
    const QJsonValue sender = json.value(QStringLiteral("sender"));
    if (!sender.isUndefined() && !sender.isString())
        return wrongType(QStringLiteral("sender"));
    s.sender = sender.toString();
    const QJsonValue relays = json.value(QStringLiteral("relays"));
    if (!relays.isUndefined() && !relays.isArray())
        return wrongType(QStringLiteral("relays"));
    for (const QJsonValue &v : relays.toArray()) {
        if (!v.isObject())
            return wrongType(QStringLiteral("relays"));
        const QJsonObject o = v.toObject();
        Relay r;
        r.name = o.value(QStringLiteral("name")).toString();
        r.host = o.value(QStringLiteral("host")).toString();
        const int port = o.value(QStringLiteral("port")).toInt(587);
        if (port < 0 || port > 65535)
            return wrongType(QStringLiteral("relays.%1.port").arg(r.name));
        r.port = quint16(port);
        const std::optional<Security> security
            = securityFromKey(o.value(QStringLiteral("security")).toString(securityKey(Security::StartTls)));
        if (!security)
            return wrongType(QStringLiteral("relays.%1.security").arg(r.name));
        r.security = *security;
        r.username = o.value(QStringLiteral("username")).toString();
        r.caFile = o.value(QStringLiteral("caFile")).toString();
        s.relays << r;
    }
    const QJsonValue hooks = json.value(QStringLiteral("webhooks"));
    if (!hooks.isUndefined() && !hooks.isArray())
        return wrongType(QStringLiteral("webhooks"));
    for (const QJsonValue &v : hooks.toArray()) {
        if (!v.isObject())
            return wrongType(QStringLiteral("webhooks"));
        const QJsonObject o = v.toObject();
        Webhook w;
        w.name = o.value(QStringLiteral("name")).toString();
        const std::optional<WebhookPayload::Kind> kind
            = WebhookPayload::kindFromKey(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return wrongType(QStringLiteral("webhooks.%1.kind").arg(w.name));
        w.kind = *kind;
        w.username = o.value(QStringLiteral("username")).toString();
        s.webhooks << w;
    }
    const QJsonObject groups = json.value(QStringLiteral("recipients")).toObject();
    const QJsonObject orders = json.value(QStringLiteral("fallback")).toObject();
    for (const NoticeKind::Audience a : audiences()) {
        const QString key = NoticeKind::audienceKey(a);
        bool ok = true;
        if (groups.contains(key))
            s.recipients.insert(a, stringList(groups.value(key), &ok));
        if (orders.contains(key))
            s.fallback.insert(a, stringList(orders.value(key), &ok));
        if (!ok)
            return wrongType(key);
    }
    return s;
}

} // namespace MailOps

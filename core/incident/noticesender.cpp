#include "noticesender.h"

#include "incident/incidentstore.h"
#include "incident/incidenttimeline.h"
#include "incident/noticereview.h"
#include "incident/smtpsubmission.h"
#include "journal/journalsink.h"
#include "settings/secretstore.h"

#include <QDir>
#include <QFileInfo>
#include <memory>

namespace MailOps {

namespace {

SmtpSubmission::Security securityOf(BroadcastSettings::Security s)
{
    switch (s) {
    case BroadcastSettings::Security::StartTls:
        return SmtpSubmission::Security::StartTls;
    case BroadcastSettings::Security::ImplicitTls:
        return SmtpSubmission::Security::ImplicitTls;
    case BroadcastSettings::Security::PlainLoopbackOnly:
        return SmtpSubmission::Security::Plain;
    }
    return SmtpSubmission::Security::StartTls;
}

} // namespace

NoticeSender::NoticeSender(BroadcastSettings settings, const SecretStore *secrets, QString gatewayHost)
    : m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_gatewayHost(std::move(gatewayHost))
{
}

QString NoticeSender::defaultEmlFile(const QString &storePath, qint64 incident, const NoticeKind &kind)
{
    const QString dir = QFileInfo(storePath).absolutePath() + QStringLiteral("/notices-sent");
    QDir().mkpath(dir);
    return QStringLiteral("%1/notice-%2-%3-%4.eml")
        .arg(dir)
        .arg(incident)
        .arg(kind.key(), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

Result<NoticeMessage> NoticeSender::message(const NoticeDraft &draft, const QStringList &recipients) const
{
    NoticeMessage m;
    const Result<MailAddress> from = MailAddress::parse(m_settings.sender);
    if (!from)
        return Error {
            Error::Code::InvalidInput,
            m_settings.sender.isEmpty()
                ? tr("No sender is set for the notices of %1: set one in the broadcast settings.")
                      .arg(m_settings.profile)
                : tr("The sender \"%1\" is not an address: %2").arg(m_settings.sender, from.error().message)
        };
    m.from = *from;
    for (const QString &r : recipients) {
        const Result<MailAddress> a = MailAddress::parse(r);
        if (!a)
            return Error { Error::Code::InvalidInput, tr("\"%1\": %2").arg(r, a.error().message) };
        m.to << *a;
    }
    if (m.to.isEmpty())
        return Error { Error::Code::InvalidInput, tr("Nobody to send it to: add recipients.") };
    m.subject = draft.subject;
    m.markdown = draft.body;
    if (const Result<QByteArray> composed = m.compose(); !composed)
        return composed.error();
    return m;
}

QStringList NoticeSender::relaysWithoutPassword(
    NoticeKind::Audience audience, const QHash<QString, QString> &passwords) const
{
    QStringList out;
    for (const QString &id : m_settings.fallbackFor(audience)) {
        if (!id.startsWith(QLatin1String("smtp:")))
            continue;
        const BroadcastSettings::Relay *relay = m_settings.relay(id.mid(5));
        if (!relay || relay->username.isEmpty() || passwords.contains(relay->name))
            continue;
        if (!m_secrets || !m_secrets->read(SecretStore::smtpKey(m_settings.profile, relay->name)))
            out << relay->name;
    }
    return out;
}

QList<NoticePath> NoticeSender::paths(
    NoticeKind::Audience audience, const QString &emlFile, const QHash<QString, QString> &passwords) const
{
    const SecretStore *secrets = m_secrets;
    const auto smtp = [this, passwords](const BroadcastSettings::Relay &relay) -> NoticePath::Send {
        const Result<SmtpSubmission::Settings> made = relaySettings(relay.name, passwords);
        if (!made) {
            const QString why = made.error().message;
            return [why](const NoticeMessage &, const QStringList &) -> Status {
                return Error { Error::Code::PermissionDenied, why };
            };
        }
        const SmtpSubmission::Settings s = *made;
        // One client per relay and chain: the password stays inside it.
        auto client = std::make_shared<SmtpSubmission>(s);
        return [client](const NoticeMessage &m, const QStringList &recipients) -> Status {
            const Result<QByteArray> bytes = m.compose();
            if (!bytes)
                return bytes.error();
            const Result<SmtpSubmission::Receipt> sent = client->send(m.from.address, recipients, *bytes);
            if (!sent)
                return sent.error();
            return Ok {};
        };
    };
    const auto webhookUrl = [secrets](const QString &key) -> std::optional<QUrl> {
        if (!secrets)
            return std::nullopt;
        const Result<QString> url = secrets->read(key);
        if (!url)
            return std::nullopt;
        return QUrl(*url);
    };
    QList<NoticePath> chain = NoticePath::chain(m_settings, audience, smtp, webhookUrl, emlFile);
    if (emlFile.isEmpty())
        chain.removeIf([](const NoticePath &p) { return p.id.startsWith(QLatin1String("eml")); });
    return chain;
}

Result<SmtpSubmission::Settings> NoticeSender::relaySettings(
    const QString &name, const QHash<QString, QString> &passwords) const
{
    const BroadcastSettings::Relay *relay = m_settings.relay(name);
    if (!relay)
        return Error { Error::Code::NotFound,
            tr("The broadcast settings of %1 have no relay \"%2\".").arg(m_settings.profile, name) };
    SmtpSubmission::Settings s;
    s.host = relay->host;
    s.port = relay->port;
    s.security = securityOf(relay->security);
    s.username = relay->username;
    s.caFile = relay->caFile;
    if (!relay->username.isEmpty()) {
        if (passwords.contains(relay->name)) {
            s.password = passwords.value(relay->name);
        } else if (m_secrets) {
            const Result<QString> stored
                = m_secrets->read(SecretStore::smtpKey(m_settings.profile, relay->name));
            if (!stored)
                return Error { Error::Code::PermissionDenied, stored.error().message };
            s.password = *stored;
        }
    }
    return s;
}

Result<std::unique_ptr<BulkNotice>> NoticeSender::bulk(
    const QString &relay, const QHash<QString, QString> &passwords) const
{
    const Result<SmtpSubmission::Settings> s = relaySettings(relay, passwords);
    if (!s)
        return s.error();
    const Result<MailAddress> from = MailAddress::parse(m_settings.sender);
    if (!from)
        return Error { Error::Code::InvalidInput,
            tr("No usable sender is set for the notices of %1: set one in the broadcast settings.")
                .arg(m_settings.profile) };
    return std::make_unique<BulkNotice>(*s, from->address);
}

BulkNotice::Composer NoticeSender::composer(const NoticeDraft &draft) const
{
    NoticeMessage m;
    if (const Result<MailAddress> from = MailAddress::parse(m_settings.sender))
        m.from = *from;
    m.subject = draft.subject;
    m.markdown = draft.body;
    return [m](const QString &address) -> Result<QByteArray> {
        const Result<MailAddress> to = MailAddress::parse(address);
        if (!to)
            return to.error();
        NoticeMessage one = m;
        one.to = { *to };
        return one.compose();
    };
}

Status NoticeSender::recordBulk(IncidentStore *store, JournalSink *journal, const Incident &incident,
    const NoticeDraft &draft, const QString &relay, int mailboxes, const BulkNotice::Report &report)
{
    if (report.sent == 0)
        return Ok {};
    Incident::Notice n;
    n.time = QDateTime::currentDateTimeUtc();
    n.kind = draft.kind;
    n.path = QStringLiteral("all-users:") + relay;
    n.recipients = { tr("all users: %1 of %2 mailboxes").arg(report.sent).arg(mailboxes) };
    n.subject = draft.subject;
    n.text = draft.body;
    if (store) {
        const Result<Incident::Notice> stored = store->recordNotice(incident.id, n);
        if (!stored)
            return stored.error();
        n = *stored;
    }
    if (journal) {
        JournalEvent e = IncidentTimeline::noticeEvent(incident, n);
        e.payload.insert(QStringLiteral("sent"), report.sent);
        e.payload.insert(QStringLiteral("failed"), int(report.failed.size()));
        e.payload.insert(QStringLiteral("notAttempted"), report.notAttempted);
        e.payload.insert(QStringLiteral("elapsedMs"), report.elapsedMs);
        journal->record(e);
    }
    return Ok {};
}

NoticeDelivery::Report NoticeSender::send(IncidentStore *store, JournalSink *journal, const Request &r) const
{
    NoticeDelivery::Report report;
    report.kind = r.draft.kind;
    if (const Status reviewed = NoticeReview::gate(store, r.incident, r.draft, r.reviewRequired); !reviewed) {
        report.attempts << NoticeDelivery::Attempt { QStringLiteral("review"),
            NoticeDelivery::Attempt::Outcome::Failed, reviewed.error().message, 0 };
        return report;
    }
    const Result<NoticeMessage> m = message(r.draft, r.recipients);
    if (!m) {
        report.attempts << NoticeDelivery::Attempt { QStringLiteral("compose"),
            NoticeDelivery::Attempt::Outcome::Failed, m.error().message, 0 };
        return report;
    }
    // The envelope takes bare addresses; "Board <board@example.org>" is for the header.
    QStringList envelope;
    for (const MailAddress &a : m->to)
        envelope << a.address;
    NoticeDelivery delivery(store, journal, m_gatewayHost);
    report = delivery.deliver(
        r.incident, r.draft.kind, *m, envelope, paths(r.draft.kind.audience, r.emlFile, r.passwords));
    if (report.sent() && store) {
        // The next notice is due one cadence from now.
        if (const Result<Incident> found = store->incident(r.incident.id); found && found->isOpen()) {
            Incident i = *found;
            const auto cadence
                = std::chrono::duration_cast<std::chrono::seconds>(Incident::defaultCadence(i.severity));
            i.nextUpdateDue = QDateTime::currentDateTimeUtc().addSecs(cadence.count());
            if (const Status saved = store->update(i); !saved)
                report.problems << saved.error().message;
        }
        if (const Status dropped = store->discardDraft(r.incident.id, r.draft.kind); !dropped)
            report.problems << dropped.error().message;
    }
    return report;
}

} // namespace MailOps

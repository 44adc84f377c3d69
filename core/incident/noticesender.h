#pragma once

#include "common/result.h"
#include "incident/broadcastsettings.h"
#include "incident/bulknotice.h"
#include "incident/noticedelivery.h"
#include "incident/noticedraft.h"
#include "incident/noticepath.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>

namespace MailOps {

class IncidentStore;
class JournalSink;
class SecretStore;

// A notice out of this console, the same way from the window and from
// `mailops notice send`: the message made from the draft and the profile's
// sender, the audience's fallback chain built from its broadcast settings
// (SMTP submission with the relay's password from the keychain, or the one
// the admin typed when there is no keychain; webhooks with their URL from
// the keychain; .eml; the clipboard offered), the delivery run, and the next
// update planned one cadence after a notice that got through. send() blocks:
// a worker thread, with its own IncidentStore.
class NoticeSender final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::NoticeSender)

public:
    struct Request
    {
        Incident incident;
        NoticeDraft draft;
        QStringList recipients;
        QString emlFile; // where the .eml path writes; empty: that path is left out
        QHash<QString, QString> passwords; // relay name -> typed for this send only
        // The profile wants a second look: only a draft reviewed as it
        // stands goes (NoticeReview).
        bool reviewRequired = false;
    };

    NoticeSender(BroadcastSettings settings, const SecretStore *secrets, QString gatewayHost);

    // The last resort of every chain: a message file to send from another
    // mail program, kept beside the incident store in "notices-sent/"
    // (created), named after the incident, the notice and the time.
    static QString defaultEmlFile(const QString &storePath, qint64 incident, const NoticeKind &kind);

    Result<NoticeMessage> message(const NoticeDraft &draft, const QStringList &recipients) const;
    QList<NoticePath> paths(NoticeKind::Audience audience, const QString &emlFile,
        const QHash<QString, QString> &passwords) const;
    // The relays of the audience's chain that want a password neither the
    // keychain nor `passwords` has: the caller asks the admin for them.
    QStringList relaysWithoutPassword(
        NoticeKind::Audience audience, const QHash<QString, QString> &passwords) const;

    NoticeDelivery::Report send(IncidentStore *store, JournalSink *journal, const Request &request) const;

    // The all-users notice once mail flows again: the relay's client for
    // BulkNotice (its password from `passwords` or the keychain), the
    // message for one mailbox, and the record of the run on the incident
    // and in the journal ("all-users:<relay>", how many got it).
    Result<SmtpSubmission::Settings> relaySettings(
        const QString &relay, const QHash<QString, QString> &passwords) const;
    Result<std::unique_ptr<BulkNotice>> bulk(
        const QString &relay, const QHash<QString, QString> &passwords) const;
    BulkNotice::Composer composer(const NoticeDraft &draft) const;
    static Status recordBulk(IncidentStore *store, JournalSink *journal, const Incident &incident,
        const NoticeDraft &draft, const QString &relay, int mailboxes, const BulkNotice::Report &report);

private:
    BroadcastSettings m_settings;
    const SecretStore *m_secrets;
    QString m_gatewayHost;
};

} // namespace MailOps

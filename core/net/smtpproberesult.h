#pragma once

#include "common/error.h"
#include "net/certificateinfo.h"
#include "net/smtpcapabilities.h"
#include "net/smtpreply.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <optional>

namespace MailOps {

// Everything one SmtpProbe run saw, as plain values: the raw transcript, the
// parsed steps, and findings in plain words. A failed run still carries what
// it saw up to the failure (error and failedStep say where it stopped).
struct SmtpProbeResult
{
    struct TranscriptEntry
    {
        enum class Direction
        {
            Client,
            Server,
            Event
        };
        Direction direction = Direction::Event;
        qint64 atMs = 0; // since the probe started
        QString text; // printable; AUTH data never appears here
    };

    struct Finding
    {
        enum class Severity
        {
            Info,
            Pass,
            Warning,
            Fail
        };
        Severity severity = Severity::Info;
        QString id; // stable, for scripts: "relay.open", "tls.absent", ...
        QString message; // plain words
    };

    struct Tls
    {
        bool offered = false; // STARTTLS in EHLO, or implicit TLS asked for
        bool attempted = false;
        bool established = false;
        QString protocol; // "TLSv1.3"
        QString cipher;
        QString nameChecked; // the name the certificate was checked against
        bool nameMatches = false;
        QList<CertificateInfo> chain; // leaf first, as the server sent it
        QStringList errors; // certificate problems; recorded, never fatal
        QString failure; // why the handshake failed, when it did
    };

    // The outcome of one MAIL FROM / RCPT TO pair (then RSET; never DATA).
    struct Transaction
    {
        enum class Outcome
        {
            NotTested,
            Accepted,
            Refused,
            TempFailed,
            SenderRefused,
            Incomplete
        };
        Outcome outcome = Outcome::NotTested;
        QString from;
        QString to;
        std::optional<SmtpReply> mailReply;
        std::optional<SmtpReply> rcptReply;
    };

    // Asked for
    QString host;
    quint16 port = 0;
    bool implicitTls = false;
    QString heloName;

    // Seen
    QDateTime startedAt; // UTC
    QString peerAddress;
    bool connected = false;
    qint64 connectMs = -1;
    std::optional<SmtpReply> greeting;
    std::optional<SmtpReply> ehloReply;
    bool usedHelo = false; // EHLO refused, HELO worked
    SmtpCapabilities capabilities; // before TLS (or over implicit TLS)
    std::optional<SmtpCapabilities> capabilitiesAfterTls;
    Tls tls;
    std::optional<SmtpReply> xclientReply; // when XCLIENT was asked for
    bool xclientAccepted = false; // the transactions ran as the XCLIENT client
    Transaction recipient; // the optional recipient acceptance check
    Transaction relay; // outside sender to outside recipient, without AUTH
    QList<TranscriptEntry> transcript;
    QList<Finding> findings;
    qint64 elapsedMs = 0;

    std::optional<Error> error; // set when the run stopped early
    QString failedStep; // "greeting", "ehlo", "starttls", ...

    bool ok() const { return !error.has_value(); }
    bool isOpenRelay() const { return relay.outcome == Transaction::Outcome::Accepted; }
    Finding::Severity worstSeverity() const;

    static QString directionName(TranscriptEntry::Direction d); // "C", "S", "*"
    static QString severityName(Finding::Severity s); // "pass", "fail", ...
    static QString outcomeName(Transaction::Outcome o); // "accepted", ...
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::SmtpProbeResult)

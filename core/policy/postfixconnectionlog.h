#pragma once

#include "common/boundedlinesplitter.h"
#include "maillog/maillogparser.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <deque>
#include <functional>

namespace MailOps {

// The SMTP sessions of a Postfix mail log, as smtpd saw them: who connected
// (name, address, whether the name was verified, whether it has a PTR at
// all), what it said (HELO, senders, recipients) and what became of it
// (accepted, rejected, tempfailed, with code, DSN and stage). Fed bytes or
// lines in log order; hands each session to the sink once it is over (at its
// disconnect, or a little later while its messages' deliveries still name
// recipients). Memory stays bounded: open sessions, sessions waiting for
// deliveries, addresses per session and lines are capped, and what a cap
// drops is counted. Also remembers which addresses the log shows listed by
// which DNSBL. A plain object for one thread; never fails: a line it cannot
// read is counted and skipped.
class PostfixConnectionLog final
{
public:
    struct Connection
    {
        enum class Outcome : quint8
        {
            NoMail, // no message accepted and nothing refused (e.g. a probe, a dropped session)
            Accepted, // at least one message accepted
            Rejected, // refused with a 5xx reply, nothing accepted
            Tempfailed // refused with a 4xx reply, nothing accepted
        };
        enum class Reverse : quint8
        {
            Unknown, // the session's connect line was not in the log
            Present, // a PTR name exists (verified or not)
            Absent // no PTR name at all
        };

        qint64 time = 0; // connect (or first line seen), log wall clock as MailLogEvent::time
        qint64 endTime = 0;
        QByteArray clientName; // as logged: "unknown" unless the name was verified
        QByteArray clientIp;
        QByteArray reverseName; // the PTR name when smtpd said it could not verify it
        Reverse reverse = Reverse::Unknown;
        QByteArray helo; // empty: the log did not say (Postfix logs it with rejects only)
        QByteArray saslUser;
        QByteArray commands; // the disconnect line's counts: "ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5"
        QList<QByteArray> senders; // envelope senders, "" for <>; at most MaxAddresses
        QList<QByteArray> recipients; // of accepted messages; at most MaxAddresses
        Outcome outcome = Outcome::NoMail;
        int messages = 0; // accepted
        int rejects = 0; // reject lines
        // The first refusal.
        int rejectCode = 0;
        QByteArray rejectDsn;
        QByteArray rejectStage; // "RCPT", "CONNECT", "HELO", "MAIL", "DATA", ...
        QByteArray rejectReason;
        QByteArray rejectSender;
        QByteArray rejectRecipient;
        bool sawConnect = false;
        bool sawDisconnect = false;

        // Postfix's notion: the name is "unknown" unless it forward-confirms.
        bool nameVerified() const { return !clientName.isEmpty() && clientName != "unknown"; }
    };

    struct Stats
    {
        qint64 lines = 0;
        qint64 unparsed = 0; // no timestamp, not a log line
        qint64 cutLines = 0; // longer than the line cap; read cut
        qint64 connections = 0; // handed to the sink
        qint64 evicted = 0; // open sessions dropped at the cap (handed over unfinished)
        qint64 listings = 0; // DNSBL listings remembered
        qint64 newestTime = 0; // the newest stamp read
        qint64 oldestTime = 0; // the oldest stamp read
    };

    static constexpr int MaxAddresses = 16;
    static constexpr qsizetype DefaultMaxLine = 64 * 1024;

    using Sink = std::function<void(const Connection &)>;

    // Year-less stamps take their year from the reference date (see MailLogParser).
    explicit PostfixConnectionLog(QDate reference = QDate::currentDate());

    void setSink(Sink sink) { m_sink = std::move(sink); }
    void setMaxOpen(int sessions) { m_maxOpen = qMax(1, sessions); }
    void setMaxLineLength(qsizetype bytes) { m_splitter.setMaxLineLength(qMax<qsizetype>(256, bytes)); }
    // Sessions whose connect lies before this log time are read (their
    // messages still resolve) but not handed to the sink; 0: all.
    void setWindowStart(qint64 time) { m_windowStart = time; }

    // Bytes in any chunks; lines are cut at the line cap.
    void addData(QByteArrayView chunk);
    // One line, without its newline (a trailing CR is ignored).
    void addLine(QByteArrayView line);
    // The input is over: every session still open or waiting is handed over.
    void finish();

    const Stats &stats() const { return m_stats; }

    // Whether the log shows the address listed by the zone: a smtpd reject
    // "blocked using ZONE" or a dnsblog "addr IP listed by domain ZONE".
    bool listedInLog(const QByteArray &zone, const QByteArray &ip) const;
    QStringList listingZones() const;

private:
    struct Session
    {
        Connection c;
        QList<QByteArray> queueIds;
        bool done = false;
    };

    Session *openSession(quint64 key, const MailLogEvent &e);
    void takeClient(Session &s, const MailLogEvent &e);
    void readWarning(quint64 key, QByteArrayView text);
    void readDnsblog(QByteArrayView text);
    void remember(QByteArrayView zone, QByteArrayView ip);
    void close(quint64 key, qint64 time);
    void flushPending(bool all);
    void emitSession(quint64 id);

    MailLogParser m_parser;
    BoundedLineSplitter m_splitter { DefaultMaxLine, BoundedLineSplitter::TooLong::KeepHead };
    Sink m_sink;
    int m_maxOpen = 20000;
    qint64 m_windowStart = 0;
    quint64 m_nextId = 1;
    QHash<quint64, Session> m_sessions; // by id
    QHash<quint64, quint64> m_open; // smtpd process -> session id
    std::deque<quint64> m_openOrder; // ids in the order they opened, for the cap
    QHash<QByteArray, quint64> m_byQueueId;
    std::deque<quint64> m_pending; // closed sessions waiting for their deliveries
    // An unverified name is warned about before the connect line: by process.
    QHash<quint64, std::pair<QByteArray, QByteArray>> m_unverified; // key -> (ip, PTR name)
    QHash<QByteArray, QSet<QByteArray>> m_listed; // zone -> addresses
    Stats m_stats;
};

} // namespace MailOps

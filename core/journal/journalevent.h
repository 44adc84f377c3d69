#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace MailOps {

// One thing the console saw or did, as the journal keeps it: when, on which
// gateway profile, what kind (a namespaced word such as "monitor.crashloop",
// "queue.alert", "queue.action", "diagnostics.run", "policy.apply"), how bad,
// one line in plain words, the details as JSON, and a reference to what it
// concerns ("queue:66F5C10C04C", "run:<uuid>", "alert:deferred",
// "version:42"). A plain value: writers make one and hand it to a sink.
struct JournalEvent
{
    enum class Severity
    {
        Info,
        Notice,
        Warning,
        Critical
    };

    qint64 id = 0; // set by the store; 0 until stored
    QDateTime time; // UTC; the store fills it when empty
    QString profile;
    QString kind;
    Severity severity = Severity::Info;
    QString summary;
    QJsonObject payload;
    QString subject;

    // "monitor" for "monitor.crashloop": the module that wrote it.
    QString module() const { return kind.section(QLatin1Char('.'), 0, 0); }

    static QString severityName(Severity severity);
    static Severity severityFromName(const QString &name); // unknown names read as Info
};

using JournalEventList = QList<JournalEvent>;

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::JournalEvent)

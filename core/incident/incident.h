#pragma once

#include "incident/noticekind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace MailOps {

// One incident as the admin runs it: what broke, how bad, where it stands,
// since when, what it hits, who owns it, the notes written along the way, the
// notices sent and when the next one is due. A plain value; IncidentStore
// keeps it.
struct Incident
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::Incident)

public:
    enum class Severity
    {
        Minor,
        Major,
        Critical
    };
    enum class Status
    {
        Investigating,
        Identified,
        Monitoring,
        Resolved
    };

    // A line the admin wrote down, with when and who.
    struct Note
    {
        qint64 id = 0;
        QDateTime time; // UTC
        QString author;
        QString text;
    };

    // A notice that went out: to whom, by which path, what it said.
    struct Notice
    {
        qint64 id = 0;
        QDateTime time; // UTC
        NoticeKind kind;
        QString path; // how it left: "smtp:relay.example.org:587", "eml:/home/a/x.eml", "clipboard"...
        QStringList recipients;
        QString subject;
        QString text;
    };

    qint64 id = 0; // set by the store
    QString profile; // the gateway profile it concerns
    QString title;
    Severity severity = Severity::Major;
    Status status = Status::Investigating;
    QDateTime start; // UTC
    QDateTime end; // UTC; invalid while it lasts
    QStringList affectedServices;
    QString impact;
    QString owner;
    QDateTime nextUpdateDue; // UTC; invalid when none is planned
    QList<Note> notes; // oldest first; filled by IncidentStore::incident()
    QList<Notice> notices; // oldest first; filled by IncidentStore::incident()

    bool isOpen() const { return status != Status::Resolved; }

    // How long until the next notice by default: every hour for the worst,
    // after the GOV.UK service manual's practice for major incidents.
    static std::chrono::minutes defaultCadence(Severity severity);

    // Stable words for the store and scripts ("critical", "investigating").
    static QString severityKey(Severity severity);
    static std::optional<Severity> severityFromKey(const QString &key);
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    // The same in the admin's language.
    static QString severityText(Severity severity);
    static QString statusText(Status status);
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::Incident)

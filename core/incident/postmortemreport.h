#pragma once

#include "incident/incident.h"
#include "incident/incidenttimeline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace MailOps {

// An incident written up for the people who were not there: what it was,
// how long it lasted, its timeline (the journal's events, the notes, the
// notices), every notice as it went out, and the policy versions it touched
// with what each one changed. The draft of a postmortem, not the postmortem:
// the causes and the lessons are the team's to write, so it leaves headed
// places for them. Markdown, and HTML made from that Markdown, so both say
// the same; `mailops incident export` and the Timeline panel print the same.
class PostmortemReport final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PostmortemReport)

public:
    // A policy version the incident's timeline names, as Policy history
    // knows it ("v42", "rollback to v41", "confirmed").
    struct Version
    {
        qint64 id = 0;
        QString label; // "v42 (rollback to v41)"
        QStringList changes; // the structured summary in plain words
    };

    Incident incident; // with its notes and notices
    QList<IncidentTimeline::Entry> timeline;
    QList<Version> versions;
    QTimeZone zone = QTimeZone::utc(); // times are written in it, said once

    // The ids of the versions the timeline names ("version:42"), in the
    // order they first appear.
    static QList<qint64> versionIds(const QList<IncidentTimeline::Entry> &timeline);

    QString toMarkdown() const;
    QString toHtml() const;

private:
    QString time(const QDateTime &t) const;
};

} // namespace MailOps

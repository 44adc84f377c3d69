#pragma once

#include "policysnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace MailOps {

// What changed between two policy versions, one plain-words line per change:
// parameters set, removed or changed (restriction lists token by token, with
// moves), master.cf services and -o overrides, map files by lines added and
// removed. A pure function, usable on any thread; unreadable text is compared
// as far as it parses, never an error.
class PolicyChangeSummary final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyChangeSummary)

public:
    struct Line
    {
        QString file; // "main.cf", "master.cf", "client_access.cidr"
        QString parameter; // for a UI link; empty for whole-file lines
        QString text; // translated: "unknown_client_reject_code: 550 → 450"
    };

    static QList<Line> between(const PolicySnapshot &before, const PolicySnapshot &after);
    static QStringList texts(const QList<Line> &lines);
};

} // namespace MailOps

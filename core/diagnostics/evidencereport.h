#pragma once

#include "diagnostics/checkitem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace MailOps {

// What a diagnostic run found, written for someone who was not there: a
// support desk reading a ticket. Conclusions first, in plain words, each
// naming the checks that back it; then every check with its raw evidence.
// Times are UTC and the vantage point is stated, because "refused from here"
// and "refused from outside" are different findings.
class EvidenceReport final
{
public:
    struct Conclusion
    {
        CheckItem::Verdict severity = CheckItem::Verdict::Info;
        QString headline; // "Port 25 of mx1.example.org is filtered"
        QString explanation; // what it means and what to do
        QStringList evidenceIds; // ids of the CheckItems that show it
    };

    QString question; // "Why is mail for example.org not arriving?"
    QString target;
    QString profile; // the gateway profile it ran for; empty: none (the system resolver)
    QString vantage; // where the checks ran from
    QDateTime started;
    QDateTime finished;
    QList<Conclusion> conclusions;
    QList<CheckItem> items;

    CheckItem::Verdict overall() const; // worst conclusion; a check alone raises it to a warning at most
    // Items with every child right after its parent, otherwise in the order
    // they were added; reports are written in this order.
    QList<CheckItem> treeOrder() const;
    // "Lab gateway — 05:31:02": which gateway and when (local time of the
    // start), for the heading of what shows the report.
    QString stamp() const;
    QString gatewayName() const; // the profile, or that there was none
    QString toText() const;
    QString toMarkdown() const;
    QJsonObject toJson() const;

    static QString thisHost(); // host name and non-loopback addresses
};

} // namespace MailOps

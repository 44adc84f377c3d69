#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace MailOps {

// One line of a diagnostic run: what was checked, what came out, and the raw
// evidence behind it. Items form a tree through parentId; id is stable
// ("mx", "mx/mx1.example.org/port25") so a running check can be updated.
struct CheckItem
{
    // Ordered by how much attention an item wants: worst() picks the maximum.
    enum class Verdict
    {
        Pending,
        Skipped,
        Running,
        Pass,
        Info,
        Warning,
        Error,
        Fail
    };

    QString id;
    QString parentId;
    QString title;
    Verdict verdict = Verdict::Pending;
    QString summary; // one line, plain words
    QString evidence; // raw records, transcript, ...
    QString evidenceSyntax; // KSyntaxHighlighting definition for the evidence
    qint64 elapsedMs = -1;
    QJsonObject data; // structured details for the JSON report

    static QString verdictName(Verdict v); // "pass", "fail", ...
    static QString verdictLabel(Verdict v); // translated, for people
    static Verdict worst(Verdict a, Verdict b) { return a > b ? a : b; }
    bool isFinished() const { return verdict != Verdict::Pending && verdict != Verdict::Running; }
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::CheckItem)

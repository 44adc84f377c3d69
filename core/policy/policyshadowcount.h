#pragma once

#include "common/boundedlinesplitter.h"
#include "maillog/maillogparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace MailOps {

// What a change applied in shadow would have done: the reject_warning lines
// Postfix writes for restrictions behind warn_if_reject, counted by the
// restriction that wrote them, with the distinct clients and a few examples.
// Also makes the shadow form of a proposal: each restriction it adds to a
// smtpd_*_restrictions list, behind warn_if_reject. A plain value, fed the
// log in chunks.
class PolicyShadowCount final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyShadowCount)

public:
    struct Example
    {
        qint64 time = 0; // log time
        QString client; // "unknown[192.0.2.7]"
        QString sender;
        QString recipient;
        QString reply; // "450 4.7.1 Client host rejected: cannot find your hostname"
    };

    struct Rule
    {
        QString restriction; // "reject_unknown_client_hostname"; "" for texts we do not know
        qint64 tempfails = 0; // 4xx replies
        qint64 rejects = 0; // 5xx replies
        QSet<QString> clients; // addresses
        QList<Example> examples; // the first few
        qint64 total() const { return tempfails + rejects; }
    };

    static constexpr int MaxExamples = 5;

    // Lines before this log time (MailLogEvent::time) are not counted.
    void setSince(qint64 logTime) { m_since = logTime; }
    void feed(QByteArrayView log);
    void finish();

    // Most hits first.
    QList<Rule> rules() const;
    qint64 total() const;
    // One sentence per rule: "reject_unknown_client_hostname would have
    // tempfailed 14 connections from 9 clients (450 4.7.1 ...)"; or that none
    // would have been refused.
    QStringList sentences() const;

    // The proposal with each added restriction made warn_if_reject, and the
    // restrictions so wrapped ("smtpd_client_restrictions: reject_unknown_client_hostname").
    // Settings other than the restriction lists take effect as proposed.
    // Added permits take effect as proposed: warn_if_reject cannot soften them.
    static QByteArray shadowOf(
        const QByteArray &currentMainCf, const QByteArray &proposedMainCf, QStringList *wrapped = nullptr);

private:
    void onLine(QByteArrayView line);

    MailLogParser m_parser;
    BoundedLineSplitter m_lines { 64 * 1024, BoundedLineSplitter::TooLong::KeepHead };
    QList<Rule> m_rules;
    qint64 m_since = 0;
};

} // namespace MailOps

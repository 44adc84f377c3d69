#pragma once

#include "policysnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace MailOps {

// Judges one policy version before it is applied: reply codes that make
// permanent refusals temporary, open relays, rules that hit the company's own
// clients or its own Received headers, dead DNSBLs, broken or missing map
// files. Pure: what needs the network or the gateway comes in LintContext.
// Usable on any thread; never fails: what it cannot read is itself a finding.
class PolicyLint final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PolicyLint)

public:
    enum class Severity
    {
        Error,
        Warning,
        Notice
    };

    struct Finding
    {
        Severity severity = Severity::Warning;
        QString file; // snapshot path: "main.cf", "header_checks"; empty: none
        int line = 0; // 1-based; 0: none
        QString parameter;
        QString message; // one sentence, translated
        QString rule; // stable id: "tempfail-for-permanent"
    };

    struct LintContext
    {
        QSet<QString> deadDnsbls; // failed the RFC 5782 liveness check
        QSet<QString> listsEverything; // answered for the RFC 5782 test address
        QStringList internalNetworks; // "10.0.0.0/8", "192.0.2.7"; may be empty
        QString gatewayHostname; // myhostname as the gateway reports it
        QByteArray postfixCheckOutput; // `postfix check`, shown line by line
        QByteArray postconfWarnings; // postconf's stderr, shown line by line
    };

    static QList<Finding> check(const PolicySnapshot &snapshot, const LintContext &context);

    // The Received headers the gateway writes for its own clients, as the
    // header_checks rule tests them.
    static QStringList internalReceivedHeaders(const LintContext &context, const QString &myhostname);
    // A Postfix regexp:/pcre: table line's pattern as a QRegularExpression
    // pattern: "/x/i" -> "x" with case sensitivity, "!/x/" negated. False
    // when the line is not "/pattern/flags action".
    struct TablePattern
    {
        QString pattern;
        bool caseSensitive = false;
        bool negated = false;
        QString action;
    };
    static bool parseTablePattern(QStringView line, bool pcre, TablePattern *out);

    // The logical lines of a Postfix table source (cidr, hash, regexp, ...):
    // comments and blank lines skipped, a line starting with whitespace
    // joined to the one before, at most a bounded number.
    struct MapLine
    {
        int line = 0; // 1-based, of the first physical line
        QString text; // trimmed
    };
    static QList<MapLine> mapLines(const QByteArray &content);
};

} // namespace MailOps

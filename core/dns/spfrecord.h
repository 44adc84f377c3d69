#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace MailOps {

// One term of an SPF record: a mechanism with its qualifier, or a modifier.
struct SpfTerm
{
    enum class Kind
    {
        All,
        Include,
        A,
        Mx,
        Ptr,
        Ip4,
        Ip6,
        Exists,
        Redirect,
        Exp,
        UnknownModifier
    };

    Kind kind = Kind::All;
    QChar qualifier = QLatin1Char('+'); // + - ~ ?
    QString domainSpec; // macro-string; empty: the current domain
    QHostAddress network; // ip4, ip6
    int cidr4 = -1; // -1: not given (a full-length match)
    int cidr6 = -1;
    QString name; // modifier name
    QString text; // the term as written

    bool isMechanism() const
    {
        return kind != Kind::Redirect && kind != Kind::Exp && kind != Kind::UnknownModifier;
    }
    // Terms that cost a DNS lookup (RFC 7208 4.6.4).
    bool countsAsLookup() const;
};

// A parsed "v=spf1 ..." record (RFC 7208 section 4.6 and 12), usable alone
// (lint, the details pane) and by SpfEvaluator. Pure value, any thread;
// syntax errors are ParseError values naming the term and the rule broken.
class SpfRecord final
{
public:
    // True for a TXT string that is an SPF record: "v=spf1" then a space or
    // the end, in any case (RFC 7208 4.5).
    static bool isSpfRecord(const QString &txt);
    static Result<SpfRecord> parse(const QString &text);

    const QList<SpfTerm> &terms() const { return m_terms; }
    QList<SpfTerm> mechanisms() const;
    const SpfTerm *redirect() const;
    const SpfTerm *explanation() const;
    QString text() const { return m_text; }

private:
    QString m_text;
    QList<SpfTerm> m_terms;
};

} // namespace MailOps

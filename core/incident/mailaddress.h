#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace MailOps {

// A mailbox: an optional display name and an RFC 5322 addr-spec, checked
// the practical way (dot-atom or quoted local part of at most 64 octets, a
// host name of letter-digit-hyphen labels with a dot, at most 254 octets in
// all; no comments, no domain literals, ASCII only: a notice goes out
// without SMTPUTF8). Names may hold any printable Unicode; control
// characters, CR and LF are refused so nothing can smuggle a header in.
struct MailAddress
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::MailAddress)

public:
    QString name;
    QString address;

    // "Ops Desk <ops@example.org>", "ops@example.org", "<ops@example.org>".
    static Result<MailAddress> parse(const QString &text);
    // A list separated by commas, semicolons or newlines (quoted names may
    // hold commas); every bad entry is named in the Error.
    static Result<QList<MailAddress>> parseList(const QString &text);
    // Why `address` is not a usable addr-spec; an empty string when it is.
    static QString addrSpecProblem(const QString &address);
    // Why `name` cannot be a display name; an empty string when it can.
    static QString nameProblem(const QString &name);

    // The mailbox as a header writes it, in pieces a folded line may break
    // between: the name as atoms, one quoted string or RFC 2047 encoded
    // words, then <address>.
    QList<QByteArray> headerAtoms() const;
    QByteArray toHeader() const;
    QString toString() const;

    bool operator==(const MailAddress &other) const = default;
};

} // namespace MailOps

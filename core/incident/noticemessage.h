#pragma once

#include "common/result.h"
#include "incident/mailaddress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace MailOps {

// A notice as an RFC 5322 message: multipart/alternative with the Markdown
// as text/plain and its HTML (MarkdownHtml, unless html is given), both
// UTF-8 in quoted-printable, CRLF line ends, no line over 78 characters;
// From, To, Cc, Subject (RFC 2047 encoded words when it is not plain ASCII),
// Date, Message-ID and MIME-Version. compose() refuses what would let a
// header be injected or a message go astray: CR, LF or other control
// characters in the subject or a name, an invalid or missing address.
// saveEml() writes it through QSaveFile: a reader sees the old file or the
// whole new one, never half.
class NoticeMessage final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::NoticeMessage)

public:
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject; // leading and trailing blanks are dropped
    QString markdown;
    QString html; // empty: made from the Markdown
    QDateTime date; // invalid: now
    QString messageId; // without <>; empty: a new one at the sender's domain

    Result<QByteArray> compose() const;
    Status saveEml(const QString &path) const;

    // Why `subject` cannot be a subject; an empty string when it can.
    static QString subjectProblem(const QString &subject);
    // UTF-8 "B" encoded words of at most 75 characters each, split between
    // characters, never inside one.
    static QList<QByteArray> encodedWords(const QString &text);
    // Quoted-printable of UTF-8 text with LF line ends: CRLF hard breaks,
    // "=" soft breaks keeping lines within 76 characters, trailing blanks
    // and a line-leading "From " encoded.
    static QByteArray quotedPrintable(const QByteArray &utf8);
    // "Mon, 07 Dec 2026 15:15:40 +0000".
    static QByteArray rfc5322Date(const QDateTime &t);
    // Header name, then the pieces, folded between pieces to keep lines
    // within 78 characters where the pieces allow it.
    static QByteArray foldHeader(const QByteArray &name, const QList<QByteArray> &pieces);
};

} // namespace MailOps

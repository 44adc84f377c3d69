#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace MailOps {

// One complete SMTP reply (RFC 5321 4.2), single- or multiline, with its
// RFC 3463 enhanced status code when the server gave one. A plain value made
// by SmtpReplyParser; every text in it is already safe to display.
struct SmtpReply
{
    int code = 0;
    QString enhancedCode; // "5.7.1", empty when the server sent none
    QStringList lines; // text of each line without code and enhanced code
    QStringList rawLines; // each line as received ("250-PIPELINING"), printable
    bool bareLineFeed = false; // a line ended in LF alone, not CRLF

    bool isValid() const { return code >= 200 && code <= 599; }
    bool isPositive() const { return code >= 200 && code < 300; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransientFailure() const { return code >= 400 && code < 500; }
    bool isPermanentFailure() const { return code >= 500 && code < 600; }

    // "554 5.7.1 Relay access denied" (lines after the first joined by " / ").
    QString summary() const;

    // Bytes from a hostile server made readable: UTF-8 when it decodes as such
    // (RFC 6531), control and format characters replaced by U+FFFD, so that no
    // escape sequence or bidi override reaches a terminal or a report.
    static QString printable(const QByteArray &bytes);
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::SmtpReply)

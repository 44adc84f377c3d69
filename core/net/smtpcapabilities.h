#pragma once

#include "net/smtpreply.h"

#include <QMetaType>
#include <QStringList>

namespace MailOps {

// What a server offers in its EHLO reply (RFC 5321 4.1.1.1 and the service
// extensions' own RFCs), read from an SmtpReply. Plain value; unknown or
// malformed keywords are kept as text and never fail.
struct SmtpCapabilities
{
    QString serverName; // first word of the EHLO reply
    QStringList keywords; // every extension line as offered, printable
    qint64 sizeLimit = -1; // SIZE (RFC 1870): -1 not announced, 0 no fixed limit
    bool pipelining = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool startTls = false;
    bool chunking = false;
    bool dsn = false;
    bool enhancedStatusCodes = false;
    QStringList authMechanisms; // upper case, from "AUTH" and the old "AUTH="

    bool has(const QString &keyword) const;
    bool isEmpty() const { return serverName.isEmpty() && keywords.isEmpty(); }

    static SmtpCapabilities fromEhloReply(const SmtpReply &reply);
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::SmtpCapabilities)

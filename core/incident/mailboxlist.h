#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailOps {

// The mailboxes of an all-users notice, from the list the admin has (an
// export of the directory, or a Postfix map's source): one address per
// line, "Name <address>" or the first field of a map line ("user@domain
// OK"); "#" starts a comment; a mailbox listed twice gets one message.
// Every line that is not an address is named by its number, never silently
// dropped. A plain value.
class MailboxList final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::MailboxList)

public:
    // A directory export of a large site is a few MB; this is far beyond.
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    struct Problem
    {
        int line = 0;
        QString text; // the line, shortened
        QString why;
    };

    QStringList addresses; // in the order of the file, each once
    QList<Problem> problems;
    int duplicates = 0;

    static MailboxList parse(const QByteArray &text);
    // An Error when the file cannot be read or is over MaxBytes.
    static Result<MailboxList> read(const QString &path);

    // "10,000 mailboxes, 3 listed twice; 2 lines are no address: line 7 (...)".
    QString summary() const;
};

} // namespace MailOps

#pragma once

#include "common/result.h"
#include "transport/transport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace MailOps {

// What the policy classes that run fixed commands on the gateway share: how
// a failed command is reported and which table types postmap indexes.
// Plain functions, usable on any thread.

// The first line of a command's output, trimmed: what it said went wrong.
QString firstLine(const QByteArray &text);

// Table types whose source Postfix reads through an index that postmap
// builds ("hash", "lmdb", ...), as opposed to "cidr", "pcre" and the like.
bool isIndexedTable(const QString &type);

// `out` when the command ran and exited 0; otherwise an Error naming the
// command, its exit code and the first line of its stderr.
Result<CommandOutput> requireSuccess(const Result<CommandOutput> &out, const QStringList &argv);

} // namespace MailOps

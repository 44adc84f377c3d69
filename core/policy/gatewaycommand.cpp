#include "gatewaycommand.h"

#include <QCoreApplication>
#include <QSet>

namespace MailOps {

QString firstLine(const QByteArray &text)
{
    const QString s = QString::fromUtf8(text).trimmed();
    return s.section(QLatin1Char('\n'), 0, 0).trimmed();
}

bool isIndexedTable(const QString &type)
{
    static const QSet<QString> indexed { QStringLiteral("hash"), QStringLiteral("btree"),
        QStringLiteral("lmdb"), QStringLiteral("cdb"), QStringLiteral("dbm"), QStringLiteral("sdbm") };
    return indexed.contains(type);
}

Result<CommandOutput> requireSuccess(const Result<CommandOutput> &out, const QStringList &argv)
{
    if (!out || out->exitCode == 0)
        return out;
    const QString why = firstLine(out->stdErr);
    return Error { Error::Code::ProcessFailed,
        QCoreApplication::translate("MailOps::GatewayCommand", "%1 failed (exit %2)%3")
            .arg(argv.join(QLatin1Char(' ')))
            .arg(out->exitCode)
            .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why) };
}

} // namespace MailOps

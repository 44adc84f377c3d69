#include "checkitem.h"

#include <QCoreApplication>

namespace MailOps {

QString CheckItem::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Pending:
        return QStringLiteral("pending");
    case Verdict::Skipped:
        return QStringLiteral("skipped");
    case Verdict::Running:
        return QStringLiteral("running");
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Info:
        return QStringLiteral("info");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Error:
        return QStringLiteral("error");
    case Verdict::Fail:
        return QStringLiteral("fail");
    }
    return QStringLiteral("unknown");
}

QString CheckItem::verdictLabel(Verdict v)
{
    const char *ctx = "MailOps::CheckItem";
    switch (v) {
    case Verdict::Pending:
        return QCoreApplication::translate(ctx, "waiting");
    case Verdict::Skipped:
        return QCoreApplication::translate(ctx, "skipped");
    case Verdict::Running:
        return QCoreApplication::translate(ctx, "running");
    case Verdict::Pass:
        return QCoreApplication::translate(ctx, "OK");
    case Verdict::Info:
        return QCoreApplication::translate(ctx, "note");
    case Verdict::Warning:
        return QCoreApplication::translate(ctx, "WARNING");
    case Verdict::Error:
        return QCoreApplication::translate(ctx, "COULD NOT CHECK");
    case Verdict::Fail:
        return QCoreApplication::translate(ctx, "FAIL");
    }
    return {};
}

} // namespace MailOps

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
    switch (v) {
    case Verdict::Pending:
        return QCoreApplication::translate("MailOps::CheckItem", "waiting");
    case Verdict::Skipped:
        return QCoreApplication::translate("MailOps::CheckItem", "skipped");
    case Verdict::Running:
        return QCoreApplication::translate("MailOps::CheckItem", "running");
    case Verdict::Pass:
        return QCoreApplication::translate("MailOps::CheckItem", "OK");
    case Verdict::Info:
        return QCoreApplication::translate("MailOps::CheckItem", "note");
    case Verdict::Warning:
        return QCoreApplication::translate("MailOps::CheckItem", "WARNING");
    case Verdict::Error:
        return QCoreApplication::translate("MailOps::CheckItem", "COULD NOT CHECK");
    case Verdict::Fail:
        return QCoreApplication::translate("MailOps::CheckItem", "FAIL");
    }
    return {};
}

} // namespace MailOps

#include "translation.h"

#include <QCoreApplication>

namespace MailOps {

QString translateIn(const char *context, const char *text)
{
    const QString translated = QCoreApplication::translate(context, text);
    if (translated != QLatin1String(text))
        return translated;
    return QCoreApplication::translate("MailOps", text);
}

} // namespace MailOps

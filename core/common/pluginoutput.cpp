#include "pluginoutput.h"

#include "common/error.h"
#include "common/printable.h"

namespace MailOps {

PluginOutput PluginOutput::unknown(const QString &name, const QString &reason)
{
    return { Unknown, name + QStringLiteral(" UNKNOWN - ") + oneLine(reason) };
}

PluginOutput PluginOutput::unknown(const QString &name, const Error &error)
{
    return unknown(name, error.message.isEmpty() ? error.toString() : error.message);
}

QString PluginOutput::statusWord(ExitCode code)
{
    switch (code) {
    case Ok:
        return QStringLiteral("OK");
    case Warning:
        return QStringLiteral("WARNING");
    case Critical:
        return QStringLiteral("CRITICAL");
    case Unknown:
        return QStringLiteral("UNKNOWN");
    }
    return QStringLiteral("UNKNOWN");
}

QString PluginOutput::perfLabel(const QString &label)
{
    QString clean = label;
    clean.replace(QLatin1Char('='), QLatin1Char('_')).replace(QLatin1Char('\''), QLatin1Char('_'));
    clean = oneLine(clean);
    if (clean.contains(QLatin1Char(' ')))
        return QLatin1Char('\'') + clean + QLatin1Char('\'');
    return clean;
}

QString PluginOutput::oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('|'), QLatin1Char('/'));
    return Printable::text(text);
}

} // namespace MailOps

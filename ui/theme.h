#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace MailOps {

// Light and dark palettes on the Fusion style, so the console looks the same
// on every desktop and can be read in a dark machine room.
class Theme final
{
public:
    enum class Mode
    {
        System,
        Light,
        Dark
    };

    static void apply(Mode mode);
    static Mode fromName(const QString &name);
    static QString name(Mode mode);

    // The one set of severity colours every view uses (banners, cards, the
    // sidebar mark, table text, the inspector's tints), chosen to read on the
    // palette given: deeper on a light base, brighter on a dark one.
    enum class Severity
    {
        Neutral,
        Ok,
        Info,
        Warning,
        Critical
    };
    static QColor colour(Severity severity, const QPalette &palette);
    static QColor colour(Severity severity); // on the application's palette
    // Text that reads on colour(severity) as a background.
    static QColor textOn(Severity severity);
    // "background: ...; color: ...; padding: 6px; border-radius: 4px;"
    static QString bannerStyle(Severity severity, const QPalette &palette);
};

} // namespace MailOps

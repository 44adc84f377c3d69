#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

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
    // A background for a line of ordinary text that carries a severity: the
    // severity's colour blended into the palette's window, so that the
    // palette's own text reads on it in light and dark alike.
    static QColor tint(Severity severity, const QPalette &palette);
    // Gives `widget` the tinted background and the palette's text.
    static void paintSeverity(QWidget *widget, Severity severity);
    // WCAG 2 contrast ratio of two colours (1 to 21; 4.5 is AA for text).
    static double contrast(const QColor &a, const QColor &b);
    // "background: ...; color: ...; padding: 6px; border-radius: 4px;"
    static QString bannerStyle(Severity severity, const QPalette &palette);
};

} // namespace MailOps

#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>
#include <cmath>

namespace MailOps {

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x4e, 0x79));
    return p;
}
} // namespace

void Theme::apply(Mode mode)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (mode) {
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::System:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    }
}

Theme::Mode Theme::fromName(const QString &name)
{
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    if (name == QLatin1String("light"))
        return Mode::Light;
    return Mode::System;
}

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

QColor Theme::colour(Severity severity, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (severity) {
    case Severity::Critical:
        return dark ? QColor(0xe7, 0x4c, 0x3c) : QColor(0xc0, 0x39, 0x2b);
    case Severity::Warning:
        return dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0xd6, 0x89, 0x10);
    case Severity::Info:
        return dark ? QColor(0x5d, 0xad, 0xe2) : QColor(0x3a, 0x7b, 0xd5);
    case Severity::Ok:
        return dark ? QColor(0x52, 0xbe, 0x80) : QColor(0x2e, 0x8b, 0x57);
    case Severity::Neutral:
        break;
    }
    return dark ? QColor(0x95, 0xa5, 0xa6) : QColor(0x7f, 0x8c, 0x8d);
}

QColor Theme::colour(Severity severity)
{
    return colour(severity, QApplication::palette());
}

QColor Theme::textOn(Severity severity)
{
    return severity == Severity::Warning ? QColor(Qt::black) : QColor(Qt::white);
}

QColor Theme::tint(Severity severity, const QPalette &palette)
{
    const QColor over = colour(severity, palette);
    const QColor under = palette.color(QPalette::Window);
    const double a = 0.22;
    return QColor::fromRgbF(float(over.redF() * a + under.redF() * (1 - a)),
        float(over.greenF() * a + under.greenF() * (1 - a)),
        float(over.blueF() * a + under.blueF() * (1 - a)));
}

void Theme::paintSeverity(QWidget *widget, Severity severity)
{
    // From the application's palette, not the widget's: the widget's own
    // carries the tint of the last call.
    const QPalette app = QApplication::palette();
    QPalette p = widget->palette();
    p.setColor(QPalette::Window, tint(severity, app));
    p.setColor(QPalette::WindowText, app.color(QPalette::WindowText));
    widget->setPalette(p);
    widget->setAutoFillBackground(true);
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel
            = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString Theme::bannerStyle(Severity severity, const QPalette &palette)
{
    return QStringLiteral("background: %1; color: %2; padding: 6px; border-radius: 4px;")
        .arg(colour(severity, palette).name(), textOn(severity).name());
}

} // namespace MailOps

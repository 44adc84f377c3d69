#pragma once

#include <QString>

namespace MailOps {

// Light and dark palettes on the Fusion style, so the console looks the same
// on every desktop and can be read in a dark machine room.
class Theme final
{
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode fromName(const QString &name);
    static QString name(Mode mode);
};

} // namespace MailOps

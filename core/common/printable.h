#pragma once

#include <QString>
#include <QStringView>

namespace MailOps {

// Text from a gateway (queue ids, senders, recipients, reasons, banners),
// made safe to print on a terminal or show in a view: control characters
// (C0 but tab, DEL, C1) and the bidirectional overrides that reorder what a
// reader sees become visible escapes ("\x1b", "\u202e"), so a sender with
// ESC sequences cannot rewrite the admin's terminal or hide what is shown.
// Printable text, newlines included where kept, is unchanged.
class Printable final
{
public:
    enum class Newlines
    {
        Escape,
        Keep
    };

    static QString text(QStringView in, Newlines newlines = Newlines::Escape);
    static bool isSafe(QStringView in, Newlines newlines = Newlines::Escape);
};

} // namespace MailOps

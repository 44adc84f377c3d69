#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace MailOps {

// Asks for a relay's password the keychain does not have (there is none,
// or nothing in it): used for what is being sent now and kept nowhere.
// Empty when the admin cancelled.
class RelayPasswordPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::RelayPasswordPrompt)

public:
    static std::optional<QString> ask(QWidget *parent, const QString &relay);
};

} // namespace MailOps

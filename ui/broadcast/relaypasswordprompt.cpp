#include "relaypasswordprompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace MailOps {

std::optional<QString> RelayPasswordPrompt::ask(QWidget *parent, const QString &relay)
{
    bool ok = false;
    const QString password = QInputDialog::getText(parent, tr("Password for relay %1").arg(relay),
        tr("The password of relay \"%1\" is not in the system keychain. It is used for this send only and "
           "kept nowhere.")
            .arg(relay),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace MailOps

#pragma once

#include "incident/broadcastsettings.h"

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QWidget;

namespace MailOps {

class SecretStore;

// How one gateway's notices go out: the sender, the SMTP relays (the
// password typed here goes to the system keychain, never to the settings
// file), the webhooks (their URL is a secret too), and per audience the
// order in which the paths are tried, with the ones left out unticked.
// Problems are named as they are typed and OK stays off while there are
// any. OK writes the settings file and the keychain; when there is no
// keychain it says that the password will be asked for at each send.
class BroadcastSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BroadcastSettingsDialog)

public:
    BroadcastSettingsDialog(const QString &profile, const QString &storePath = {},
        const SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~BroadcastSettingsDialog() override;

    BroadcastSettings settings() const { return m_settings; }

    void accept() override;

private:
    QWidget *buildRelays();
    QWidget *buildWebhooks();
    QWidget *buildOrder();
    void showRelay(int row);
    void editRelay();
    void showWebhook(int row);
    void editWebhook();
    void showOrder();
    void editOrder();
    void moveOrder(int by);
    void updateProblems();
    QString secretHint(const QString &key) const;

    QString m_storePath;
    const SecretStore *m_secrets;
    BroadcastSettings m_settings;
    // Typed this time, per row; empty: left as the keychain has it.
    QList<QString> m_relayPasswords;
    QList<QString> m_webhookUrls;
    QStringList m_removedKeys; // keychain entries of rows removed
    bool m_filling = false;

    QLineEdit *m_sender;
    QListWidget *m_relayList;
    QWidget *m_relayForm;
    QLineEdit *m_relayName;
    QLineEdit *m_relayHost;
    QSpinBox *m_relayPort;
    QComboBox *m_relaySecurity;
    QLineEdit *m_relayUser;
    QLineEdit *m_relayCa;
    QLineEdit *m_relayPassword;
    QListWidget *m_hookList;
    QWidget *m_hookForm;
    QLineEdit *m_hookName;
    QComboBox *m_hookKind;
    QLineEdit *m_hookUser;
    QLineEdit *m_hookUrl;
    QComboBox *m_orderAudience;
    QListWidget *m_order;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace MailOps

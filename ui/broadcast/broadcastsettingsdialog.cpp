#include "broadcastsettingsdialog.h"

#include "incident/broadcastsettingsstore.h"
#include "incident/webhookpost.h"
#include "settings/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace MailOps {

namespace {

const QList<NoticeKind::Audience> kAudiences { NoticeKind::Audience::Management,
    NoticeKind::Audience::Partners, NoticeKind::Audience::EndUsers };

QString relayId(const QString &name)
{
    return QStringLiteral("smtp:") + name;
}

QString webhookId(const QString &name)
{
    return QStringLiteral("webhook:") + name;
}

// A path renamed or removed: every audience's order follows.
void renamePath(BroadcastSettings *s, const QString &from, const QString &to)
{
    for (QStringList &order : s->fallback) {
        for (qsizetype i = order.size() - 1; i >= 0; --i) {
            if (order.at(i) != from)
                continue;
            if (to.isEmpty())
                order.removeAt(i);
            else
                order[i] = to;
        }
    }
}

QPushButton *smallButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace

BroadcastSettingsDialog::BroadcastSettingsDialog(
    const QString &profile, const QString &storePath, const SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_storePath(storePath.isEmpty() ? BroadcastSettingsStore::defaultPath() : storePath)
    , m_secrets(secrets)
{
    BroadcastSettingsStore store(m_storePath);
    const Status loaded = store.load();
    m_settings = store.settings(profile);
    m_settings.profile = profile;
    for (qsizetype i = 0; i < m_settings.relays.size(); ++i)
        m_relayPasswords << QString();
    for (qsizetype i = 0; i < m_settings.webhooks.size(); ++i)
        m_webhookUrls << QString();

    setWindowTitle(tr("How notices of %1 go out").arg(profile));
    auto *layout = new QVBoxLayout(this);
    if (!loaded) {
        auto *warning = new QLabel(loaded.error().message.toHtmlEscaped(), this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    auto *top = new QFormLayout;
    m_sender = new QLineEdit(m_settings.sender, this);
    m_sender->setObjectName(QStringLiteral("sender"));
    m_sender->setPlaceholderText(tr("Ops Desk <ops@example.org>"));
    top->addRow(tr("&Sender:"), m_sender);
    layout->addLayout(top);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(buildRelays(), tr("&Relays"));
    tabs->addTab(buildWebhooks(), tr("&Webhooks"));
    tabs->addTab(buildOrder(), tr("&Order per audience"));
    layout->addWidget(tabs, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BroadcastSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sender, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_settings.sender = text.trimmed();
        updateProblems();
    });

    m_relayList->setCurrentRow(m_settings.relays.isEmpty() ? -1 : 0);
    showRelay(m_relayList->currentRow());
    m_hookList->setCurrentRow(m_settings.webhooks.isEmpty() ? -1 : 0);
    showWebhook(m_hookList->currentRow());
    showOrder();
    updateProblems();
    resize(720, 520);
}

BroadcastSettingsDialog::~BroadcastSettingsDialog() = default;

QWidget *BroadcastSettingsDialog::buildRelays()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    m_relayList = new QListWidget(page);
    m_relayList->setObjectName(QStringLiteral("relayList"));
    for (const BroadcastSettings::Relay &r : std::as_const(m_settings.relays))
        m_relayList->addItem(r.name);
    left->addWidget(m_relayList, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = smallButton(tr("Add"), QStringLiteral("addRelay"), page);
    auto *remove = smallButton(tr("Remove"), QStringLiteral("removeRelay"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);
    row->addLayout(left, 1);

    m_relayForm = new QWidget(page);
    auto *form = new QFormLayout(m_relayForm);
    m_relayName = new QLineEdit(m_relayForm);
    m_relayName->setObjectName(QStringLiteral("relayName"));
    m_relayHost = new QLineEdit(m_relayForm);
    m_relayHost->setObjectName(QStringLiteral("relayHost"));
    m_relayHost->setPlaceholderText(tr("smtp.example.org: not the gateway the incident is about"));
    m_relayPort = new QSpinBox(m_relayForm);
    m_relayPort->setObjectName(QStringLiteral("relayPort"));
    m_relayPort->setRange(1, 65535);
    m_relaySecurity = new QComboBox(m_relayForm);
    m_relaySecurity->setObjectName(QStringLiteral("relaySecurity"));
    m_relaySecurity->addItem(tr("STARTTLS (submission, 587)"), int(BroadcastSettings::Security::StartTls));
    m_relaySecurity->addItem(tr("TLS (submissions, 465)"), int(BroadcastSettings::Security::ImplicitTls));
    m_relaySecurity->addItem(
        tr("No TLS (a relay on this machine only)"), int(BroadcastSettings::Security::PlainLoopbackOnly));
    m_relayUser = new QLineEdit(m_relayForm);
    m_relayUser->setObjectName(QStringLiteral("relayUser"));
    m_relayUser->setPlaceholderText(tr("empty: no login"));
    m_relayCa = new QLineEdit(m_relayForm);
    m_relayCa->setObjectName(QStringLiteral("relayCa"));
    m_relayCa->setPlaceholderText(tr("empty: the system's trusted authorities"));
    auto *browse = smallButton(tr("Browse…"), QStringLiteral("relayCaBrowse"), m_relayForm);
    auto *ca = new QHBoxLayout;
    ca->addWidget(m_relayCa, 1);
    ca->addWidget(browse);
    m_relayPassword = new QLineEdit(m_relayForm);
    m_relayPassword->setObjectName(QStringLiteral("relayPassword"));
    m_relayPassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_relayName);
    form->addRow(tr("&Host:"), m_relayHost);
    form->addRow(tr("&Port:"), m_relayPort);
    form->addRow(tr("Se&curity:"), m_relaySecurity);
    form->addRow(tr("&User:"), m_relayUser);
    auto *caLabel = new QLabel(tr("C&A file:"), m_relayForm);
    caLabel->setBuddy(m_relayCa);
    form->addRow(caLabel, ca);
    form->addRow(tr("Passwor&d:"), m_relayPassword);
    row->addWidget(m_relayForm, 2);

    connect(m_relayList, &QListWidget::currentRowChanged, this, &BroadcastSettingsDialog::showRelay);
    for (QLineEdit *e : { m_relayName, m_relayHost, m_relayUser, m_relayCa, m_relayPassword })
        connect(e, &QLineEdit::textChanged, this, &BroadcastSettingsDialog::editRelay);
    connect(m_relayPort, &QSpinBox::valueChanged, this, &BroadcastSettingsDialog::editRelay);
    connect(m_relaySecurity, &QComboBox::currentIndexChanged, this, [this] {
        // The port follows the security unless the admin set another.
        const int port = m_relayPort->value();
        const auto security = BroadcastSettings::Security(m_relaySecurity->currentData().toInt());
        if (!m_filling && (port == 587 || port == 465))
            m_relayPort->setValue(security == BroadcastSettings::Security::ImplicitTls ? 465 : 587);
        editRelay();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("The relay's certificate authority"), m_relayCa->text(),
                tr("Certificates (*.crt *.pem);;All files (*)"), nullptr, QFileDialog::DontUseNativeDialog);
        if (!file.isEmpty())
            m_relayCa->setText(file);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        BroadcastSettings::Relay r;
        int n = int(m_settings.relays.size()) + 1;
        while (m_settings.relay(QStringLiteral("relay%1").arg(n)))
            ++n;
        r.name = QStringLiteral("relay%1").arg(n);
        m_settings.relays << r;
        m_relayPasswords << QString();
        m_relayList->addItem(r.name);
        m_relayList->setCurrentRow(m_relayList->count() - 1);
        showOrder();
        updateProblems();
        m_relayHost->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int current = m_relayList->currentRow();
        if (current < 0)
            return;
        const QString name = m_settings.relays.at(current).name;
        m_removedKeys << SecretStore::smtpKey(m_settings.profile, name);
        renamePath(&m_settings, relayId(name), QString());
        m_settings.relays.removeAt(current);
        m_relayPasswords.removeAt(current);
        delete m_relayList->takeItem(current);
        showRelay(m_relayList->currentRow());
        showOrder();
        updateProblems();
    });
    return page;
}

QWidget *BroadcastSettingsDialog::buildWebhooks()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    m_hookList = new QListWidget(page);
    m_hookList->setObjectName(QStringLiteral("webhookList"));
    for (const BroadcastSettings::Webhook &w : std::as_const(m_settings.webhooks))
        m_hookList->addItem(w.name);
    left->addWidget(m_hookList, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = smallButton(tr("Add"), QStringLiteral("addWebhook"), page);
    auto *remove = smallButton(tr("Remove"), QStringLiteral("removeWebhook"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);
    row->addLayout(left, 1);

    m_hookForm = new QWidget(page);
    auto *form = new QFormLayout(m_hookForm);
    m_hookName = new QLineEdit(m_hookForm);
    m_hookName->setObjectName(QStringLiteral("webhookName"));
    m_hookKind = new QComboBox(m_hookForm);
    m_hookKind->setObjectName(QStringLiteral("webhookKind"));
    for (const WebhookPayload::Kind k :
        { WebhookPayload::Kind::Slack, WebhookPayload::Kind::Mattermost, WebhookPayload::Kind::Teams })
        m_hookKind->addItem(WebhookPayload::kindName(k), int(k));
    m_hookUser = new QLineEdit(m_hookForm);
    m_hookUser->setObjectName(QStringLiteral("webhookUser"));
    m_hookUser->setPlaceholderText(tr("the poster's name, where the service takes one"));
    m_hookUrl = new QLineEdit(m_hookForm);
    m_hookUrl->setObjectName(QStringLiteral("webhookUrl"));
    m_hookUrl->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_hookName);
    form->addRow(tr("&Service:"), m_hookKind);
    form->addRow(tr("&Post as:"), m_hookUser);
    form->addRow(tr("&URL:"), m_hookUrl);
    row->addWidget(m_hookForm, 2);

    connect(m_hookList, &QListWidget::currentRowChanged, this, &BroadcastSettingsDialog::showWebhook);
    for (QLineEdit *e : { m_hookName, m_hookUser, m_hookUrl })
        connect(e, &QLineEdit::textChanged, this, &BroadcastSettingsDialog::editWebhook);
    connect(m_hookKind, &QComboBox::currentIndexChanged, this, &BroadcastSettingsDialog::editWebhook);
    connect(add, &QPushButton::clicked, this, [this] {
        BroadcastSettings::Webhook w;
        int n = int(m_settings.webhooks.size()) + 1;
        while (m_settings.webhook(QStringLiteral("webhook%1").arg(n)))
            ++n;
        w.name = QStringLiteral("webhook%1").arg(n);
        m_settings.webhooks << w;
        m_webhookUrls << QString();
        m_hookList->addItem(w.name);
        m_hookList->setCurrentRow(m_hookList->count() - 1);
        showOrder();
        updateProblems();
        m_hookUrl->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int current = m_hookList->currentRow();
        if (current < 0)
            return;
        const QString name = m_settings.webhooks.at(current).name;
        m_removedKeys << SecretStore::webhookKey(m_settings.profile, name);
        renamePath(&m_settings, webhookId(name), QString());
        m_settings.webhooks.removeAt(current);
        m_webhookUrls.removeAt(current);
        delete m_hookList->takeItem(current);
        showWebhook(m_hookList->currentRow());
        showOrder();
        updateProblems();
    });
    return page;
}

QWidget *BroadcastSettingsDialog::buildOrder()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The paths are tried from the top until one gets the notice out; an "
                                "unticked path is left out for that audience."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_orderAudience = new QComboBox(page);
    m_orderAudience->setObjectName(QStringLiteral("orderAudience"));
    m_orderAudience->addItem(tr("Management"), int(NoticeKind::Audience::Management));
    m_orderAudience->addItem(tr("Partners"), int(NoticeKind::Audience::Partners));
    m_orderAudience->addItem(tr("End users"), int(NoticeKind::Audience::EndUsers));
    layout->addWidget(m_orderAudience);
    auto *row = new QHBoxLayout;
    m_order = new QListWidget(page);
    m_order->setObjectName(QStringLiteral("pathOrder"));
    row->addWidget(m_order, 1);
    auto *moves = new QVBoxLayout;
    auto *up = smallButton(tr("Up"), QStringLiteral("pathUp"), page);
    auto *down = smallButton(tr("Down"), QStringLiteral("pathDown"), page);
    moves->addWidget(up);
    moves->addWidget(down);
    moves->addStretch(1);
    row->addLayout(moves);
    layout->addLayout(row, 1);
    connect(m_orderAudience, &QComboBox::currentIndexChanged, this, &BroadcastSettingsDialog::showOrder);
    connect(m_order, &QListWidget::itemChanged, this, &BroadcastSettingsDialog::editOrder);
    connect(up, &QPushButton::clicked, this, [this] { moveOrder(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveOrder(1); });
    return page;
}

QString BroadcastSettingsDialog::secretHint(const QString &key) const
{
    if (!m_secrets)
        return tr("asked for at each send (no keychain)");
    const Result<QString> stored = m_secrets->read(key);
    if (stored)
        return tr("in the system keychain; type to replace");
    if (SecretStore::isNoKeychain(stored.error()))
        return tr("asked for at each send (no keychain)");
    return tr("not in the keychain yet");
}

void BroadcastSettingsDialog::showRelay(int row)
{
    const bool valid = row >= 0 && row < m_settings.relays.size();
    m_relayForm->setEnabled(valid);
    m_filling = true;
    const BroadcastSettings::Relay r = valid ? m_settings.relays.at(row) : BroadcastSettings::Relay();
    m_relayName->setText(r.name);
    m_relayHost->setText(r.host);
    m_relayPort->setValue(r.port);
    m_relaySecurity->setCurrentIndex(m_relaySecurity->findData(int(r.security)));
    m_relayUser->setText(r.username);
    m_relayCa->setText(r.caFile);
    m_relayPassword->setText(valid ? m_relayPasswords.at(row) : QString());
    m_relayPassword->setPlaceholderText(valid && !r.name.isEmpty()
            ? secretHint(SecretStore::smtpKey(m_settings.profile, r.name))
            : QString());
    m_filling = false;
}

void BroadcastSettingsDialog::editRelay()
{
    const int row = m_relayList->currentRow();
    if (m_filling || row < 0 || row >= m_settings.relays.size())
        return;
    BroadcastSettings::Relay &r = m_settings.relays[row];
    const QString name = m_relayName->text().trimmed();
    if (name != r.name) {
        // The keychain entry follows the name when OK is pressed.
        if (!r.name.isEmpty() && m_relayPasswords.at(row).isEmpty() && m_secrets) {
            if (const Result<QString> old = m_secrets->read(SecretStore::smtpKey(m_settings.profile, r.name)))
                m_relayPasswords[row] = *old;
        }
        m_removedKeys << SecretStore::smtpKey(m_settings.profile, r.name);
        renamePath(&m_settings, relayId(r.name), relayId(name));
        r.name = name;
        m_relayList->item(row)->setText(name);
        showOrder();
    }
    r.host = m_relayHost->text().trimmed();
    r.port = quint16(m_relayPort->value());
    r.security = BroadcastSettings::Security(m_relaySecurity->currentData().toInt());
    r.username = m_relayUser->text().trimmed();
    r.caFile = m_relayCa->text().trimmed();
    if (!m_relayPassword->text().isEmpty())
        m_relayPasswords[row] = m_relayPassword->text();
    updateProblems();
}

void BroadcastSettingsDialog::showWebhook(int row)
{
    const bool valid = row >= 0 && row < m_settings.webhooks.size();
    m_hookForm->setEnabled(valid);
    m_filling = true;
    const BroadcastSettings::Webhook w = valid ? m_settings.webhooks.at(row) : BroadcastSettings::Webhook();
    m_hookName->setText(w.name);
    m_hookKind->setCurrentIndex(m_hookKind->findData(int(w.kind)));
    m_hookUser->setText(w.username);
    m_hookUrl->setText(valid ? m_webhookUrls.at(row) : QString());
    m_hookUrl->setPlaceholderText(valid && !w.name.isEmpty()
            ? secretHint(SecretStore::webhookKey(m_settings.profile, w.name))
            : QString());
    m_filling = false;
}

void BroadcastSettingsDialog::editWebhook()
{
    const int row = m_hookList->currentRow();
    if (m_filling || row < 0 || row >= m_settings.webhooks.size())
        return;
    BroadcastSettings::Webhook &w = m_settings.webhooks[row];
    const QString name = m_hookName->text().trimmed();
    if (name != w.name) {
        if (!w.name.isEmpty() && m_webhookUrls.at(row).isEmpty() && m_secrets) {
            if (const Result<QString> old
                = m_secrets->read(SecretStore::webhookKey(m_settings.profile, w.name)))
                m_webhookUrls[row] = *old;
        }
        m_removedKeys << SecretStore::webhookKey(m_settings.profile, w.name);
        renamePath(&m_settings, webhookId(w.name), webhookId(name));
        w.name = name;
        m_hookList->item(row)->setText(name);
        showOrder();
    }
    w.kind = WebhookPayload::Kind(m_hookKind->currentData().toInt());
    w.username = m_hookUser->text().trimmed();
    if (!m_hookUrl->text().isEmpty())
        m_webhookUrls[row] = m_hookUrl->text().trimmed();
    updateProblems();
}

void BroadcastSettingsDialog::showOrder()
{
    const auto audience = NoticeKind::Audience(m_orderAudience->currentData().toInt());
    const QStringList used = m_settings.fallbackFor(audience);
    QStringList all = used;
    for (const QString &id : BroadcastSettings::defaultFallback(m_settings))
        if (!all.contains(id))
            all << id;
    m_filling = true;
    m_order->clear();
    for (const QString &id : std::as_const(all)) {
        auto *item = new QListWidgetItem(id, m_order);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(used.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void BroadcastSettingsDialog::editOrder()
{
    if (m_filling)
        return;
    QStringList order;
    for (int i = 0; i < m_order->count(); ++i)
        if (m_order->item(i)->checkState() == Qt::Checked)
            order << m_order->item(i)->text();
    m_settings.fallback.insert(NoticeKind::Audience(m_orderAudience->currentData().toInt()), order);
    updateProblems();
}

void BroadcastSettingsDialog::moveOrder(int by)
{
    const int row = m_order->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_order->count())
        return;
    m_filling = true;
    QListWidgetItem *item = m_order->takeItem(row);
    m_order->insertItem(to, item);
    m_order->setCurrentRow(to);
    m_filling = false;
    editOrder();
}

void BroadcastSettingsDialog::updateProblems()
{
    QStringList problems = m_settings.validate();
    for (qsizetype i = 0; i < m_settings.webhooks.size(); ++i) {
        const QString &url = m_webhookUrls.at(i);
        if (url.isEmpty())
            continue;
        const QString why = WebhookPost::urlProblem(QUrl(url));
        if (!why.isEmpty())
            problems << tr("webhook \"%1\": %2").arg(m_settings.webhooks.at(i).name, why);
    }
    for (const NoticeKind::Audience a : kAudiences) {
        if (m_settings.fallback.contains(a) && m_settings.fallback.value(a).isEmpty())
            problems << tr("%1: every path is left out.")
                            .arg(m_orderAudience->itemText(m_orderAudience->findData(int(a))));
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void BroadcastSettingsDialog::accept()
{
    updateProblems();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QStringList notes;
    bool noKeychain = false;
    const auto keep = [&](const QString &key, const QString &secret) {
        if (noKeychain)
            return;
        const Status stored = m_secrets ? m_secrets->write(key, secret)
                                        : Status(Error { Error::Code::Unsupported, QString() });
        if (!stored) {
            if (SecretStore::isNoKeychain(stored.error()))
                noKeychain = true;
            else
                notes << stored.error().message;
        }
    };
    QStringList kept;
    for (qsizetype i = 0; i < m_settings.relays.size(); ++i) {
        if (m_relayPasswords.at(i).isEmpty())
            continue;
        const QString key = SecretStore::smtpKey(m_settings.profile, m_settings.relays.at(i).name);
        keep(key, m_relayPasswords.at(i));
        kept << key;
    }
    for (qsizetype i = 0; i < m_settings.webhooks.size(); ++i) {
        if (m_webhookUrls.at(i).isEmpty())
            continue;
        const QString key = SecretStore::webhookKey(m_settings.profile, m_settings.webhooks.at(i).name);
        keep(key, m_webhookUrls.at(i));
        kept << key;
    }
    if (m_secrets && !noKeychain) {
        for (const QString &key : std::as_const(m_removedKeys))
            if (!kept.contains(key))
                m_secrets->remove(key);
    }
    BroadcastSettingsStore store(m_storePath);
    store.load();
    if (const Status saved = store.save(m_settings); !saved) {
        m_problems->setText(saved.error().message);
        m_problems->show();
        return;
    }
    if (noKeychain && !kept.isEmpty())
        notes << tr("There is no system keychain here: the settings are saved, the passwords and URLs are "
                    "not. They will be asked for at each send.");
    if (!notes.isEmpty()) {
        // Saved, but the admin must read why a secret was not kept: the
        // dialog stays, with OK now only closing it.
        m_problems->setText(notes.join(QLatin1Char('\n')));
        m_problems->show();
        m_relayPasswords.fill(QString());
        m_webhookUrls.fill(QString());
        m_buttons->button(QDialogButtonBox::Cancel)->hide();
        disconnect(m_buttons, &QDialogButtonBox::accepted, this, &BroadcastSettingsDialog::accept);
        connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { QDialog::accept(); });
        return;
    }
    QDialog::accept();
}

} // namespace MailOps

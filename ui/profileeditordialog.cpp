#include "profileeditordialog.h"

#include "settings/profilelistmodel.h"
#include "settings/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace MailOps {

ProfileEditorDialog::ProfileEditorDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new ProfileListModel(store, this))
{
    setWindowTitle(tr("Gateway profiles"));
    setObjectName(QStringLiteral("profileEditor"));
    resize(860, 480);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("profileTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(ProfileListModel::Dns, true);
    m_table->setColumnHidden(ProfileListModel::Smtp, true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto makeEdit = [this](const QString &objectName, const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setObjectName(objectName);
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        return e;
    };
    auto makePort = [this](const QString &objectName) {
        auto *s = new QSpinBox(this);
        s->setObjectName(objectName);
        s->setRange(1, 65535);
        return s;
    };
    m_name = makeEdit(QStringLiteral("nameEdit"), tr("e.g. Edge gateway 1"));
    m_transport = new QComboBox(this);
    m_transport->setObjectName(QStringLiteral("transportCombo"));
    m_transport->addItem(tr("Local (this machine)"), QStringLiteral("local"));
    m_transport->addItem(tr("SSH"), QStringLiteral("ssh"));
    m_sshHost = makeEdit(QStringLiteral("sshHostEdit"), tr("user@gateway.example.org"));
    m_backend = new QComboBox(this);
    m_backend->setObjectName(QStringLiteral("backendCombo"));
    m_backend->addItem(QStringLiteral("systemd"), QStringLiteral("systemd"));
    m_backend->addItem(QStringLiteral("supervisord"), QStringLiteral("supervisord"));
    m_supervisorUrl
        = makeEdit(QStringLiteral("supervisorUrlEdit"), QStringLiteral("http://127.0.0.1:9001/RPC2"));
    m_dnsServer = makeEdit(QStringLiteral("dnsServerEdit"), tr("empty: the system resolver"));
    m_dnsPort = makePort(QStringLiteral("dnsPortSpin"));
    m_smtpHost = makeEdit(QStringLiteral("smtpHostEdit"), QStringLiteral("mx1.example.org"));
    m_smtpPort = makePort(QStringLiteral("smtpPortSpin"));
    m_mailLog = makeEdit(QStringLiteral("mailLogEdit"), QStringLiteral("/var/log/mail.log"));
    m_postfixDir = makeEdit(QStringLiteral("postfixDirEdit"), tr("empty: /etc/postfix"));
    m_dnsbls = makeEdit(
        QStringLiteral("dnsblsEdit"), tr("comma-separated, e.g. zen.spamhaus.org, bl.spamcop.net"));
    m_policyReview = new QCheckBox(tr("Policy changes need a second look before they are applied"), this);
    m_policyReview->setObjectName(QStringLiteral("policyReviewCheck"));
    m_noticeReview = new QCheckBox(tr("Notices need a second look before they are sent"), this);
    m_noticeReview->setObjectName(QStringLiteral("noticeReviewCheck"));

    auto *dnsRow = new QHBoxLayout;
    dnsRow->addWidget(m_dnsServer, 1);
    dnsRow->addWidget(new QLabel(tr("port"), this));
    dnsRow->addWidget(m_dnsPort);
    auto *smtpRow = new QHBoxLayout;
    smtpRow->addWidget(m_smtpHost, 1);
    smtpRow->addWidget(new QLabel(tr("port"), this));
    smtpRow->addWidget(m_smtpPort);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Transport:"), m_transport);
    form->addRow(tr("SSH &host:"), m_sshHost);
    form->addRow(tr("&Services from:"), m_backend);
    form->addRow(tr("supervisord &URL:"), m_supervisorUrl);
    // A row that is a layout gets a label without a buddy, which shows the
    // "&" instead of underlining: the label is made here.
    auto *dnsLabel = new QLabel(tr("&DNS resolver:"), this);
    dnsLabel->setBuddy(m_dnsServer);
    form->addRow(dnsLabel, dnsRow);
    auto *smtpLabel = new QLabel(tr("S&MTP server:"), this);
    smtpLabel->setBuddy(m_smtpHost);
    form->addRow(smtpLabel, smtpRow);
    form->addRow(tr("Mail &log:"), m_mailLog);
    form->addRow(tr("&Postfix config:"), m_postfixDir);
    form->addRow(tr("&Blocklists:"), m_dnsbls);
    form->addRow(QString(), m_policyReview);
    form->addRow(QString(), m_noticeReview);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));

    m_new = new QPushButton(tr("&New"), this);
    m_new->setObjectName(QStringLiteral("newButton"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_use = new QPushButton(tr("&Use this gateway"), this);
    m_use->setObjectName(QStringLiteral("useButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_use);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_problems);
    right->addStretch(1);
    right->addLayout(buttons);

    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 2);
    top->addLayout(right, 3);

    auto *outer = new QVBoxLayout(this);
    outer->addLayout(top);
    outer->addWidget(close);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid()) {
                m_editingRow = current.row();
                showProfile(m_store->at(current.row()));
            }
        });
    connect(m_transport, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::updateEnabled);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::updateEnabled);
    connect(m_new, &QPushButton::clicked, this, &ProfileEditorDialog::newProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditorDialog::saveProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileEditorDialog::deleteProfile);
    connect(m_use, &QPushButton::clicked, this, &ProfileEditorDialog::useProfile);

    selectRow(m_store->currentIndex());
}

int ProfileEditorDialog::selectedRow() const
{
    return m_editingRow;
}

void ProfileEditorDialog::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    m_editingRow = row;
    showProfile(m_store->at(row));
}

void ProfileEditorDialog::showProfile(const GatewayProfile &p)
{
    m_name->setText(p.name);
    m_transport->setCurrentIndex(m_transport->findData(GatewayProfile::transportName(p.transport)));
    m_sshHost->setText(p.sshHost);
    m_backend->setCurrentIndex(m_backend->findData(GatewayProfile::backendName(p.serviceBackend)));
    m_supervisorUrl->setText(p.supervisorUrl);
    m_dnsServer->setText(p.dnsServer);
    m_dnsPort->setValue(p.dnsPort);
    m_smtpHost->setText(p.smtpHost);
    m_smtpPort->setValue(p.smtpPort);
    m_mailLog->setText(p.mailLogPath);
    m_postfixDir->setText(p.postfixConfigDir);
    m_dnsbls->setText(p.dnsbls.join(QStringLiteral(", ")));
    m_policyReview->setChecked(p.policyReviewRequired);
    m_noticeReview->setChecked(p.noticeReviewRequired);
    m_problems->clear();
    updateEnabled();
}

GatewayProfile ProfileEditorDialog::formProfile() const
{
    GatewayProfile p;
    p.name = m_name->text().trimmed();
    p.transport = GatewayProfile::transportFromName(m_transport->currentData().toString());
    p.sshHost = m_sshHost->text().trimmed();
    p.serviceBackend = GatewayProfile::backendFromName(m_backend->currentData().toString());
    p.supervisorUrl = m_supervisorUrl->text().trimmed();
    p.dnsServer = m_dnsServer->text().trimmed();
    p.dnsPort = quint16(m_dnsPort->value());
    p.smtpHost = m_smtpHost->text().trimmed();
    p.smtpPort = quint16(m_smtpPort->value());
    p.mailLogPath = m_mailLog->text().trimmed();
    p.postfixConfigDir = m_postfixDir->text().trimmed();
    p.policyReviewRequired = m_policyReview->isChecked();
    p.noticeReviewRequired = m_noticeReview->isChecked();
    for (const QString &zone : m_dnsbls->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!zone.trimmed().isEmpty())
            p.dnsbls << zone.trimmed().toLower();
    }
    return p;
}

void ProfileEditorDialog::updateEnabled()
{
    m_sshHost->setEnabled(m_transport->currentData().toString() == QLatin1String("ssh"));
    m_supervisorUrl->setEnabled(m_backend->currentData().toString() == QLatin1String("supervisord"));
    m_delete->setEnabled(m_editingRow >= 0 && m_store->count() > 1);
    m_use->setEnabled(m_editingRow >= 0);
}

void ProfileEditorDialog::newProfile()
{
    m_table->clearSelection();
    m_editingRow = -1;
    GatewayProfile p;
    p.name = QString();
    p.transport = GatewayProfile::Transport::Ssh;
    p.serviceBackend = GatewayProfile::ServiceBackend::Systemd;
    p.mailLogPath = QStringLiteral("/var/log/mail.log");
    showProfile(p);
    m_name->setFocus();
}

void ProfileEditorDialog::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
}

void ProfileEditorDialog::saveProfile()
{
    const GatewayProfile p = formProfile();
    if (m_editingRow < 0) {
        const Result<int> added = m_store->add(p);
        if (!added) {
            showProblems({ added.error().message });
            return;
        }
        selectRow(added.value());
    } else {
        const Status st = m_store->update(m_editingRow, p);
        if (!st) {
            showProblems({ st.error().message });
            return;
        }
    }
    m_problems->clear();
    updateEnabled();
}

void ProfileEditorDialog::deleteProfile()
{
    if (m_editingRow < 0)
        return;
    const QString name = m_store->at(m_editingRow).name;
    // Deleting loses what the admin typed: ask, but default to the safe answer.
    const auto answer = QMessageBox::question(this, tr("Delete profile"),
        tr("Delete the gateway profile \"%1\"?").arg(name), QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Status st = m_store->remove(m_editingRow);
    if (!st) {
        showProblems({ st.error().message });
        return;
    }
    selectRow(qMin(m_editingRow, m_store->count() - 1));
}

void ProfileEditorDialog::useProfile()
{
    if (m_editingRow >= 0)
        m_store->setCurrentIndex(m_editingRow);
}

} // namespace MailOps

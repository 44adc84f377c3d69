#include "allusersdialog.h"

#include "incident/mailboxlist.h"
#include "incident/noticesender.h"
#include "relaypasswordprompt.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace MailOps {

AllUsersDialog::AllUsersDialog(BroadcastSettings settings, const SecretStore *secrets, Incident incident,
    NoticeDraft draft, IncidentStore *store, JournalSink *journal, QWidget *parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_incident(std::move(incident))
    , m_draft(std::move(draft))
    , m_store(store)
    , m_journal(journal)
{
    setWindowTitle(tr("Tell every user: %1").arg(m_draft.subject));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One message to every mailbox of the list, through the relay below: send it "
                                "once mail flows again, at a rate the gateway takes alongside the backlog."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("mailboxFile"));
    m_file->setPlaceholderText(tr("a file with one address per line (a directory export)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&Mailboxes:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_listSummary = new QLabel(this);
    m_listSummary->setObjectName(QStringLiteral("mailboxSummary"));
    m_listSummary->setWordWrap(true);
    form->addRow(QString(), m_listSummary);
    m_relayBox = new QComboBox(this);
    m_relayBox->setObjectName(QStringLiteral("bulkRelay"));
    for (const BroadcastSettings::Relay &r : std::as_const(m_settings.relays))
        m_relayBox->addItem(tr("%1 (%2:%3)").arg(r.name, r.host).arg(r.port), r.name);
    form->addRow(tr("&Through:"), m_relayBox);
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("bulkRate"));
    m_rate->setRange(0, 100000);
    m_rate->setValue(600);
    m_rate->setSuffix(tr(" a minute"));
    m_rate->setSpecialValueText(tr("as fast as the relay takes them"));
    form->addRow(tr("&Rate:"), m_rate);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bulkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("Send to all"), QDialogButtonBox::ActionRole);
    m_startButton->setObjectName(QStringLiteral("startBulk"));
    m_startButton->setEnabled(false);
    m_stopButton = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopBulk"));
    m_stopButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    // A Return in the file field must never start a mass mailing.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    layout->addWidget(buttons);

    if (m_settings.relays.isEmpty())
        m_status->setText(
            tr("The broadcast settings of %1 have no relay: add one under \"How it goes out…\".")
                .arg(m_settings.profile));
    connect(m_file, &QLineEdit::editingFinished, this, &AllUsersDialog::loadList);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("The list of mailboxes"), m_file->text(),
            tr("Text files (*.txt *.csv *.lst);;All files (*)"), nullptr, QFileDialog::DontUseNativeDialog);
        if (!file.isEmpty()) {
            m_file->setText(file);
            loadList();
        }
    });
    connect(m_startButton, &QPushButton::clicked, this, &AllUsersDialog::start);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_bulk)
            m_bulk->cancel();
        m_status->setText(tr("Stopping after the message being sent…"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &AllUsersDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AllUsersDialog::finished);
    resize(620, 320);
}

AllUsersDialog::~AllUsersDialog()
{
    // The run uses m_bulk on its thread: it ends before they go.
    if (m_bulk)
        m_bulk->cancel();
    m_watcher.waitForFinished();
}

void AllUsersDialog::loadList()
{
    m_mailboxes.clear();
    if (m_file->text().trimmed().isEmpty()) {
        m_listSummary->clear();
        m_startButton->setEnabled(false);
        return;
    }
    const Result<MailboxList> list = MailboxList::read(m_file->text().trimmed());
    if (!list) {
        m_listSummary->setText(list.error().message);
    } else {
        m_listSummary->setText(list->summary());
        m_mailboxes = list->addresses;
    }
    m_startButton->setEnabled(!m_mailboxes.isEmpty() && !m_settings.relays.isEmpty() && !m_running);
}

void AllUsersDialog::start()
{
    if (m_running || m_mailboxes.isEmpty())
        return;
    m_relay = m_relayBox->currentData().toString();
    const NoticeSender sender(m_settings, m_secrets, QString());
    QHash<QString, QString> passwords;
    Result<std::unique_ptr<BulkNotice>> bulk = sender.bulk(m_relay, passwords);
    if (!bulk && bulk.error().code == Error::Code::PermissionDenied) {
        // No keychain, or nothing in it: asked for, used for this run only.
        const std::optional<QString> password = RelayPasswordPrompt::ask(this, m_relay);
        if (!password)
            return;
        passwords.insert(m_relay, *password);
        bulk = sender.bulk(m_relay, passwords);
    }
    if (!bulk) {
        m_status->setText(bulk.error().message);
        return;
    }
    m_bulk = std::move(bulk.value());
    m_bulk->setRate(m_rate->value());
    QPointer<AllUsersDialog> self(this);
    m_bulk->setProgressCallback([self](const BulkNotice::Progress &progress) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, progress] {
                if (self)
                    self->showProgress(progress);
            },
            Qt::QueuedConnection);
    });
    m_running = true;
    m_startButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    m_progress->setRange(0, int(m_mailboxes.size()));
    m_progress->setValue(0);
    m_status->setText(tr("Sending to %1 mailboxes through %2…").arg(m_mailboxes.size()).arg(m_relay));
    BulkNotice *run = m_bulk.get();
    const QStringList mailboxes = m_mailboxes;
    const BulkNotice::Composer compose = sender.composer(m_draft);
    m_watcher.setFuture(
        QtConcurrent::run([run, mailboxes, compose] { return run->run(mailboxes, compose); }));
}

void AllUsersDialog::showProgress(const BulkNotice::Progress &progress)
{
    if (!m_running)
        return;
    m_progress->setValue(progress.sent + progress.failed);
    m_status->setText(tr("Sent %1 of %2, %3 failed, %4 to go.")
                          .arg(progress.sent)
                          .arg(m_mailboxes.size())
                          .arg(progress.failed)
                          .arg(progress.remaining));
}

void AllUsersDialog::finished()
{
    if (!m_running)
        return;
    m_running = false;
    const BulkNotice::Report report = m_watcher.result();
    QStringList lines;
    lines << tr("Sent to %1 of %2 mailboxes through %3 in %4 s.")
                 .arg(report.sent)
                 .arg(m_mailboxes.size())
                 .arg(m_relay)
                 .arg(report.elapsedMs / 1000.0, 0, 'f', 1);
    if (!report.failed.isEmpty())
        lines << tr("Not sent to %1, e.g. %2: %3")
                     .arg(report.failed.size())
                     .arg(report.failed.constFirst().address, report.failed.constFirst().error);
    if (report.cancelled)
        lines << tr("Stopped by you; %1 mailboxes not tried.").arg(report.notAttempted);
    else if (!report.stoppedBy.isEmpty())
        lines << tr("Stopped: %1; %2 mailboxes not tried.").arg(report.stoppedBy).arg(report.notAttempted);
    if (const Status recorded = NoticeSender::recordBulk(
            m_store, m_journal, m_incident, m_draft, m_relay, int(m_mailboxes.size()), report);
        !recorded)
        lines << recorded.error().message;
    m_progress->setValue(report.sent + int(report.failed.size()));
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_stopButton->setEnabled(false);
    m_startButton->setEnabled(!m_mailboxes.isEmpty());
    m_startButton->setText(tr("Send to all again"));
    if (m_closeWhenDone)
        QDialog::reject();
}

void AllUsersDialog::reject()
{
    if (m_running) {
        // Never a half-known run: it stops, is recorded, then the dialog goes.
        m_closeWhenDone = true;
        if (m_bulk)
            m_bulk->cancel();
        m_status->setText(tr("Stopping after the message being sent…"));
        return;
    }
    QDialog::reject();
}

} // namespace MailOps

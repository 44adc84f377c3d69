#include "policyhistorypanel.h"

#include "policy/policychangesummary.h"
#include "policy/policydiff.h"
#include "policy/policydnsblaudit.h"
#include "policy/policyhistory.h"
#include "policy/policylint.h"
#include "policy/policyversionmodel.h"
#include "policy/postfixserviceoverrides.h"
#include "policyconfirmdialog.h"
#include "session/gatewaysession.h"
#include "textviewer.h"
#include "theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace MailOps {

namespace {

Theme::Severity lintSeverity(PolicyLint::Severity s)
{
    switch (s) {
    case PolicyLint::Severity::Error:
        return Theme::Severity::Critical;
    case PolicyLint::Severity::Warning:
        return Theme::Severity::Warning;
    case PolicyLint::Severity::Notice:
        break;
    }
    return Theme::Severity::Info;
}

QString countdownText(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PolicyHistoryPanel::PolicyHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new PolicyVersionModel(this))
    , m_status(new QLabel(this))
    , m_confirmBar(new QWidget(this))
    , m_confirmText(new QLabel(m_confirmBar))
    , m_confirmButton(new QPushButton(tr("Keep it"), m_confirmBar))
    , m_revertButton(new QPushButton(tr("Roll back now"), m_confirmBar))
    , m_shadowBar(new QWidget(this))
    , m_shadowText(new QLabel(m_shadowBar))
    , m_enforceButton(new QPushButton(m_shadowBar))
    , m_dropButton(new QPushButton(tr("Drop it"), m_shadowBar))
    , m_auditBar(new QWidget(this))
    , m_auditText(new QLabel(m_auditBar))
    , m_auditFix(new QPushButton(m_auditBar))
    , m_table(new QTableView(this))
    , m_rollbackButton(new QPushButton(tr("Roll back to this version…"), this))
    , m_refreshButton(new QPushButton(tr("Read the gateway again"), this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_diff(new TextViewer(this))
    , m_fileCombo(new QComboBox(this))
    , m_fileView(new TextViewer(this))
    , m_editFile(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_lint(new QListWidget(this))
    , m_comment(new QLineEdit(this))
    , m_applyMode(new QComboBox(this))
    , m_confirmWithin(new QSpinBox(this))
    , m_checkClient(new QLineEdit(this))
    , m_applyButton(new QPushButton(tr("Apply…"), this))
    , m_resetButton(new QPushButton(tr("Start again from the live version"), this))
{
    m_status->setObjectName(QStringLiteral("policyStatus"));
    m_confirmBar->setObjectName(QStringLiteral("policyConfirmBar"));
    m_confirmButton->setObjectName(QStringLiteral("policyConfirm"));
    m_table->setObjectName(QStringLiteral("policyVersions"));
    m_auditBar->setObjectName(QStringLiteral("policyAuditBar"));
    m_auditText->setObjectName(QStringLiteral("policyAuditText"));
    m_auditFix->setObjectName(QStringLiteral("policyAuditFix"));
    m_rollbackButton->setObjectName(QStringLiteral("policyRollback"));
    m_refreshButton->setObjectName(QStringLiteral("policyRefresh"));
    m_tabs->setObjectName(QStringLiteral("policyTabs"));
    m_summary->setObjectName(QStringLiteral("policySummary"));
    m_diff->setObjectName(QStringLiteral("policyDiff"));
    m_fileCombo->setObjectName(QStringLiteral("policyFiles"));
    m_fileView->setObjectName(QStringLiteral("policyFileView"));
    m_editFile->setObjectName(QStringLiteral("policyEditFile"));
    m_editor->setObjectName(QStringLiteral("policyEditor"));
    m_lint->setObjectName(QStringLiteral("policyLint"));
    m_comment->setObjectName(QStringLiteral("policyComment"));
    m_confirmWithin->setObjectName(QStringLiteral("policyConfirmWithin"));
    m_applyMode->setObjectName(QStringLiteral("policyApplyMode"));
    m_shadowBar->setObjectName(QStringLiteral("policyShadowBar"));
    m_shadowText->setObjectName(QStringLiteral("policyShadowText"));
    m_enforceButton->setObjectName(QStringLiteral("policyEnforce"));
    m_dropButton->setObjectName(QStringLiteral("policyDrop"));
    m_checkClient->setObjectName(QStringLiteral("policyCheckClient"));
    m_applyButton->setObjectName(QStringLiteral("policyApply"));

    auto *layout = new QVBoxLayout(this);
    m_status->setWordWrap(true);
    m_status->setMargin(6);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAutoFillBackground(true);
    layout->addWidget(m_status);

    auto *confirmLayout = new QHBoxLayout(m_confirmBar);
    confirmLayout->setContentsMargins(6, 4, 6, 4);
    m_confirmText->setWordWrap(true);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_confirmButton);
    confirmLayout->addWidget(m_revertButton);
    m_revertButton->setObjectName(QStringLiteral("policyRevertNow"));
    m_confirmBar->setAttribute(Qt::WA_StyledBackground);
    m_confirmBar->setVisible(false);
    layout->addWidget(m_confirmBar);

    auto *shadowLayout = new QHBoxLayout(m_shadowBar);
    shadowLayout->setContentsMargins(6, 4, 6, 4);
    m_shadowText->setWordWrap(true);
    m_shadowText->setTextFormat(Qt::PlainText);
    shadowLayout->addWidget(m_shadowText, 1);
    shadowLayout->addWidget(m_enforceButton);
    shadowLayout->addWidget(m_dropButton);
    m_shadowBar->setAttribute(Qt::WA_StyledBackground);
    m_shadowBar->setVisible(false);
    layout->addWidget(m_shadowBar);

    auto *auditLayout = new QHBoxLayout(m_auditBar);
    auditLayout->setContentsMargins(6, 4, 6, 4);
    m_auditText->setWordWrap(true);
    auditLayout->addWidget(m_auditText, 1);
    auditLayout->addWidget(m_auditFix);
    m_auditBar->setAttribute(Qt::WA_StyledBackground);
    m_auditBar->setVisible(false);
    layout->addWidget(m_auditBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PolicyVersionModel::Comment, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    // The comment says why; it gets the room, and the whole of it on hover.
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(m_table, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_rollbackButton);
    leftButtons->addStretch(1);
    leftButtons->addWidget(m_refreshButton);
    leftLayout->addLayout(leftButtons);

    auto *changes = new QWidget(m_tabs);
    auto *changesLayout = new QVBoxLayout(changes);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    changesLayout->addWidget(m_summary);
    changesLayout->addWidget(m_diff, 1);
    m_tabs->addTab(changes, tr("Changes"));

    auto *files = new QWidget(m_tabs);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->addWidget(m_fileCombo);
    filesLayout->addWidget(m_fileView, 1);
    m_tabs->addTab(files, tr("Files"));

    auto *edit = new QWidget(m_tabs);
    auto *editLayout = new QVBoxLayout(edit);
    auto *editTop = new QHBoxLayout;
    editTop->addWidget(new QLabel(tr("File:"), edit));
    editTop->addWidget(m_editFile, 1);
    editTop->addWidget(m_resetButton);
    editLayout->addLayout(editTop);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(mono);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editLayout->addWidget(m_editor, 3);
    m_lint->setWordWrap(true);
    m_lint->setToolTip(tr("Double-click a finding to go to its line."));
    editLayout->addWidget(m_lint, 1);
    auto *form = new QFormLayout;
    m_comment->setPlaceholderText(tr("why: \"tempfail clients without reverse DNS (ticket 4711)\""));
    form->addRow(tr("Comment:"), m_comment);
    m_applyMode->addItem(tr("Apply, with a confirm window"));
    m_applyMode->addItem(tr("Try in shadow first: new rules only log what they would refuse"));
    m_applyMode->addItem(tr("Propose for a second look: nothing goes to the gateway yet"));
    form->addRow(tr("How:"), m_applyMode);
    m_confirmWithin->setRange(0, 24 * 60);
    m_confirmWithin->setValue(10);
    m_confirmWithin->setSuffix(tr(" min"));
    m_confirmWithin->setSpecialValueText(tr("no window: keep at once"));
    auto *windowLabel = new QLabel(tr("Confirm within:"), edit);
    form->addRow(windowLabel, m_confirmWithin);
    const auto modeChanged = [this, windowLabel](int mode) {
        m_confirmWithin->setEnabled(mode != 2);
        if (mode == 1) {
            windowLabel->setText(tr("Shadow for:"));
            m_confirmWithin->setMinimum(1);
            m_confirmWithin->setValue(qMax(30, m_confirmWithin->value()));
            m_confirmWithin->setToolTip(
                tr("How long the new rules run in shadow before you enforce or drop them."));
            m_applyButton->setText(tr("Try in shadow…"));
        } else {
            windowLabel->setText(tr("Confirm within:"));
            m_confirmWithin->setMinimum(0);
            m_confirmWithin->setToolTip(
                tr("Unless you confirm within this time, the previous version comes back by itself; it comes "
                   "back earlier if tempfails, rejects or deferred mail jump."));
            m_applyButton->setText(mode == 2 ? tr("Propose…") : tr("Apply…"));
        }
    };
    connect(m_applyMode, &QComboBox::currentIndexChanged, this, modeChanged);
    modeChanged(0);
    m_checkClient->setPlaceholderText(tr("optional: a client that must still get through, NAME/ADDR"));
    m_checkClient->setToolTip(
        tr("After the reload the console speaks as this client (XCLIENT) up to RCPT TO, "
           "e.g. partner.example/192.0.2.7, or -/192.0.2.7 for one without reverse DNS."));
    form->addRow(tr("Check as:"), m_checkClient);
    editLayout->addLayout(form);
    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    applyRow->addWidget(m_applyButton);
    editLayout->addLayout(applyRow);
    m_tabs->addTab(edit, tr("New version"));

    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_lintTimer.setSingleShot(true);
    m_lintTimer.setInterval(300);
    connect(&m_lintTimer, &QTimer::timeout, this, &PolicyHistoryPanel::lintNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_editing.isEmpty())
            m_edits.insert(m_editing, m_editor->toPlainText());
        m_lintTimer.start();
    });
    connect(m_lint, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString file = item->data(Qt::UserRole).toString();
        const int line = item->data(Qt::UserRole + 1).toInt();
        if (line <= 0)
            return;
        const int index = m_editFile->findText(file);
        if (index >= 0)
            m_editFile->setCurrentIndex(index);
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            m_editor->setTextCursor(QTextCursor(block));
            m_editor->setFocus();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PolicyHistoryPanel::showSelected);
    connect(m_fileCombo, &QComboBox::currentTextChanged, this, &PolicyHistoryPanel::showFile);
    connect(m_editFile, &QComboBox::currentTextChanged, this, &PolicyHistoryPanel::editFileChanged);
    connect(m_resetButton, &QPushButton::clicked, this, &PolicyHistoryPanel::resetEditor);
    connect(m_applyButton, &QPushButton::clicked, this, &PolicyHistoryPanel::askApply);
    connect(m_rollbackButton, &QPushButton::clicked, this, &PolicyHistoryPanel::askRollback);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        if (m_history)
            m_history->start();
    });
    connect(m_auditFix, &QPushButton::clicked, this, [this] {
        const qint64 live = m_history ? m_history->liveNumber() : 0;
        if (!have(live) || m_auditZone.isEmpty())
            return;
        if (reviewRequired()) {
            m_history->propose(PolicyDnsblAudit::without(m_loaded[live].snapshot, m_auditZone),
                tr("remove %1: it failed its liveness test").arg(m_auditZone));
            return;
        }
        askApplySnapshot(PolicyDnsblAudit::without(m_loaded[live].snapshot, m_auditZone),
            tr("Remove %1 from the policy of %2? The new version goes through the same checks.")
                .arg(m_auditZone, m_history->profile().name),
            tr("removed %1: it failed its liveness test").arg(m_auditZone));
    });
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        // The version it replaced, through the same safe path; no second
        // question: the window was opened to make this one click.
        if (!m_history || m_history->awaitingConfirmation() <= 0)
            return;
        const int row = m_model->rowOf(m_history->awaitingConfirmation());
        const qint64 previous = row >= 0 ? m_model->version(row).parent : 0;
        if (previous > 0)
            m_history->rollback(previous);
    });
    connect(m_confirmButton, &QPushButton::clicked, this, [this] {
        if (m_history)
            m_history->confirm();
    });
    connect(m_enforceButton, &QPushButton::clicked, this, [this] {
        if (!m_history || !m_history->shadow())
            return;
        const PolicyApplier::ShadowReport &s = *m_history->shadow();
        need(s.proposal);
        const qint64 live = m_history->liveNumber();
        if (!have(s.proposal) || !have(live)) {
            setStatus(tr("Loading %1, then ask again.").arg(PolicyVersion::label(s.proposal)),
                int(Theme::Severity::Info));
            return;
        }
        const PolicySnapshot &from = m_loaded[live].snapshot;
        const PolicySnapshot &to = m_loaded[s.proposal].snapshot;
        auto *dialog = new PolicyConfirmDialog(
            tr("Enforce %1 on %2? In shadow: %3")
                .arg(PolicyVersion::label(s.proposal), m_history->profile().name,
                    s.sentences.join(QLatin1Char(' '))),
            PolicyChangeSummary::texts(PolicyChangeSummary::between(from, to)),
            PolicyDiff::unified(from, to, 3, PolicyVersion::label(live), PolicyVersion::label(s.proposal)),
            tr("Enforce %1").arg(PolicyVersion::label(s.proposal)), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, number = s.proposal] {
            if (m_history)
                m_history->applyProposed(number, tr("enforced after shadow"));
        });
        dialog->open();
    });
    connect(m_dropButton, &QPushButton::clicked, this, [this] {
        // Back to what ran before the shadow: the same one-click as Roll back now.
        if (m_history)
            m_history->dropShadow();
    });
    m_rollbackButton->setEnabled(false);
    m_applyButton->setEnabled(false);
    setStatus(tr("Loading the gateway profile…"), int(Theme::Severity::Neutral));
}

PolicyHistoryPanel::~PolicyHistoryPanel() = default;

void PolicyHistoryPanel::setStatus(const QString &text, int severity)
{
    m_status->setText(text);
    Theme::paintSeverity(m_status, Theme::Severity(severity));
}

QString PolicyHistoryPanel::statusText() const
{
    return m_status->text();
}

void PolicyHistoryPanel::showLoading(const QString &profile)
{
    setSession(nullptr);
    setStatus(tr("Loading %1…").arg(profile), int(Theme::Severity::Neutral));
}

void PolicyHistoryPanel::setSession(GatewaySession *session)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = session ? session->policyHistory() : nullptr;
    m_loaded.clear();
    m_edits.clear();
    m_editing.clear();
    m_editBase = 0;
    m_started = false;
    m_model->setVersions({}, 0);
    m_diff->setContent({});
    m_summary->clear();
    m_fileView->setContent({});
    m_editor->clear();
    m_lint->clear();
    m_confirmBar->setVisible(false);
    m_shadowBar->setVisible(false);
    m_auditBar->setVisible(false);
    m_watchLine.clear();
    applyReviewRule();
    if (!m_history) {
        setStatus(tr("Loading the gateway profile…"), int(Theme::Severity::Neutral));
        return;
    }
    connect(m_history, &PolicyHistory::versionsChanged, this, &PolicyHistoryPanel::onVersionsChanged);
    connect(m_history, &PolicyHistory::versionLoaded, this, &PolicyHistoryPanel::onLoaded);
    connect(m_history, &PolicyHistory::applyFinished, this, &PolicyHistoryPanel::onApplied);
    connect(m_history, &PolicyHistory::busyChanged, this, &PolicyHistoryPanel::onBusy);
    connect(m_history, &PolicyHistory::confirmCountdown, this, &PolicyHistoryPanel::onCountdown);
    connect(m_history, &PolicyHistory::auditChanged, this, &PolicyHistoryPanel::onAudit);
    connect(m_history, &PolicyHistory::shadowChanged, this, &PolicyHistoryPanel::onShadow);
    connect(m_history, &PolicyHistory::watched, this, [this](const QString &text) { m_watchLine = text; });
    connect(m_history, &PolicyHistory::message, this, [this](const QString &text, bool bad) {
        setStatus(text, int(bad ? Theme::Severity::Warning : Theme::Severity::Ok));
    });
    connect(m_history, &PolicyHistory::failed, this, [this](const Error &error) {
        setStatus(tr("%1: %2").arg(m_history->profile().name, error.message), int(Theme::Severity::Critical));
    });
    setStatus(tr("%1: reading the gateway's policy…").arg(m_history->profile().name),
        int(Theme::Severity::Neutral));
    if (!m_history->versions().isEmpty())
        onVersionsChanged();
    if (isVisible()) {
        m_started = true;
        m_history->start();
    }
}

bool PolicyHistoryPanel::reviewRequired() const
{
    return m_history && m_history->profile().policyReviewRequired;
}

// Under the profile's review rule a new version can only be proposed; the
// other ways stay listed, greyed, so the admin sees why they are missing.
void PolicyHistoryPanel::applyReviewRule()
{
    auto *items = qobject_cast<QStandardItemModel *>(m_applyMode->model());
    if (!items)
        return;
    const bool review = reviewRequired();
    const QString why = review
        ? tr("The profile %1 says policy changes need a second look: propose the version, and "
             "someone else applies it.")
              .arg(m_history->profile().name)
        : QString();
    for (int mode = 0; mode < 2; ++mode) {
        QStandardItem *item = items->item(mode);
        item->setFlags(review ? item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable)
                              : item->flags() | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(why);
    }
    m_applyMode->setToolTip(why);
    m_applyMode->setCurrentIndex(review ? 2 : 0);
}

void PolicyHistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_history && !m_started) {
        m_started = true;
        m_history->start();
    }
}

void PolicyHistoryPanel::need(qint64 number)
{
    if (number > 0 && !have(number) && m_history)
        m_history->load(number);
}

qint64 PolicyHistoryPanel::selectedVersion() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->version(current.row()).number : 0;
}

void PolicyHistoryPanel::selectVersion(qint64 number)
{
    const int row = m_model->rowOf(number);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void PolicyHistoryPanel::onVersionsChanged()
{
    const qint64 selected = selectedVersion();
    m_model->setVersions(m_history->versions(), m_history->liveNumber());
    const qint64 live = m_history->liveNumber();
    selectVersion(selected > 0 && m_model->rowOf(selected) >= 0 ? selected : live);
    need(live);
    if (!m_history->isBusy()) {
        if (live > 0 && m_status->text().endsWith(QStringLiteral("…")))
            setStatus(tr("%1 is live on %2: %3 versions kept.")
                          .arg(PolicyVersion::label(live), m_history->profile().name)
                          .arg(m_history->versions().size()),
                int(Theme::Severity::Ok));
    }
    m_applyButton->setEnabled(live > 0 && !m_history->isBusy());
}

void PolicyHistoryPanel::onLoaded(const PolicyVersion &version)
{
    m_loaded.insert(version.number, version);
    if (m_history && version.number == m_history->liveNumber() && (m_editBase == 0 || m_edits.isEmpty()))
        resetEditor();
    showSelected();
}

void PolicyHistoryPanel::showSelected()
{
    const qint64 number = selectedVersion();
    const qint64 live = m_history ? m_history->liveNumber() : 0;
    m_rollbackButton->setEnabled(number > 0 && number != live && m_history && !m_history->isBusy());
    if (number <= 0)
        return;
    const PolicyVersion row = m_model->version(m_model->rowOf(number));
    m_rollbackButton->setText(row.state == PolicyVersion::State::Proposed ? tr("Apply this proposal…")
                                                                          : tr("Roll back to this version…"));
    // What this version changed: against the one it was made from, or the
    // one before it in the list.
    qint64 base = row.parent;
    if (base <= 0) {
        const int next = m_model->rowOf(number) + 1;
        base = next < m_model->rowCount() ? m_model->version(next).number : 0;
    }
    need(number);
    need(base);
    if (!have(number) || (base > 0 && !have(base))) {
        m_summary->setText(tr("Loading %1…").arg(PolicyVersion::label(number)));
        return;
    }
    const PolicyVersion &v = m_loaded[number];
    QStringList services;
    for (const PostfixServiceOverrides::Entry &e : PostfixServiceOverrides::of(v.snapshot))
        services << QStringLiteral("• ") + PostfixServiceOverrides::text(e);
    const QString serviceText = services.isEmpty()
        ? QString()
        : QStringLiteral("\n\n") + tr("Services that override main.cf in %1:").arg(v.label())
            + QLatin1Char('\n') + services.join(QLatin1Char('\n'));
    if (base > 0) {
        const PolicyVersion &b = m_loaded[base];
        QStringList lines;
        for (const QString &line :
            PolicyChangeSummary::texts(PolicyChangeSummary::between(b.snapshot, v.snapshot)))
            lines << QStringLiteral("• ") + line;
        m_summary->setText(tr("%1 against %2:").arg(v.label(), b.label()) + QLatin1Char('\n')
            + (lines.isEmpty() ? tr("no differences") : lines.join(QLatin1Char('\n'))) + serviceText);
        m_diff->setContent(
            PolicyDiff::unified(b.snapshot, v.snapshot, 3, b.label(), v.label()), QStringLiteral("Diff"));
    } else {
        m_summary->setText(
            tr("%1 is the first version kept: %2 files.").arg(v.label()).arg(v.snapshot.files().size())
            + serviceText);
        m_diff->setContent({});
    }
    const QString file = m_fileCombo->currentText();
    {
        const QSignalBlocker block(m_fileCombo);
        m_fileCombo->clear();
        m_fileCombo->addItems(v.snapshot.paths());
        const int index = m_fileCombo->findText(file.isEmpty() ? PolicySnapshot::MainCf : file);
        m_fileCombo->setCurrentIndex(qMax(0, index));
    }
    showFile();
}

void PolicyHistoryPanel::showFile()
{
    const qint64 number = selectedVersion();
    if (!have(number))
        return;
    const QString file = m_fileCombo->currentText();
    const QString text = QString::fromUtf8(m_loaded[number].snapshot.content(file));
    m_fileView->setContent(
        text, file.endsWith(QLatin1String(".cf")) ? QStringLiteral("INI Files") : QString());
}

void PolicyHistoryPanel::resetEditor()
{
    const qint64 live = m_history ? m_history->liveNumber() : 0;
    if (!have(live))
        return;
    m_editBase = live;
    m_edits.clear();
    const PolicySnapshot &s = m_loaded[live].snapshot;
    {
        const QSignalBlocker block(m_editFile);
        m_editFile->clear();
        m_editFile->addItems(s.paths());
        m_editFile->setCurrentIndex(qMax(0, m_editFile->findText(PolicySnapshot::MainCf)));
    }
    m_editing.clear();
    editFileChanged();
}

void PolicyHistoryPanel::editFileChanged()
{
    const QString file = m_editFile->currentText();
    if (!have(m_editBase) || file.isEmpty())
        return;
    const QString text = m_edits.contains(file)
        ? m_edits.value(file)
        : QString::fromUtf8(m_loaded[m_editBase].snapshot.content(file));
    m_editing.clear(); // so that setPlainText does not count as an edit
    m_editor->setPlainText(text);
    m_editing = file;
    if (!m_edits.contains(file))
        m_edits.remove(file);
    lintNow();
}

PolicySnapshot PolicyHistoryPanel::proposed() const
{
    if (!have(m_editBase))
        return {};
    PolicySnapshot s = m_loaded[m_editBase].snapshot;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        s.setFile(it.key(), it.value().toUtf8());
    return s;
}

void PolicyHistoryPanel::lintNow()
{
    m_lint->clear();
    if (!have(m_editBase))
        return;
    const QList<PolicyLint::Finding> findings = PolicyLint::check(proposed(),
        PolicyDnsblAudit::context(m_history ? m_history->audit() : QList<PolicyDnsblAudit::List>()));
    for (const PolicyLint::Finding &f : findings) {
        auto *item
            = new QListWidgetItem(f.line > 0 ? tr("%1 line %2: %3").arg(f.file).arg(f.line).arg(f.message)
                                             : tr("%1: %2").arg(f.file, f.message),
                m_lint);
        item->setData(Qt::UserRole, f.file);
        item->setData(Qt::UserRole + 1, f.line);
        item->setForeground(Theme::colour(lintSeverity(f.severity), palette()));
        item->setToolTip(f.rule);
    }
    if (findings.isEmpty())
        new QListWidgetItem(tr("No lint findings."), m_lint);
}

void PolicyHistoryPanel::askApply()
{
    if (!m_history || !have(m_editBase))
        return;
    const int minutes = m_confirmWithin->value();
    if (m_applyMode->currentIndex() == 2 || reviewRequired()) {
        m_history->propose(proposed(), m_comment->text().trimmed());
        m_comment->clear();
        m_edits.clear();
        m_editBase = 0;
        return;
    }
    const QString heading = m_applyMode->currentIndex() == 1
        ? tr("Try the new rules on %1 in shadow for %2 min? They only log what they would refuse "
             "(warn_if_reject); then enforce or drop them.")
              .arg(m_history->profile().name)
              .arg(minutes)
        : minutes > 0
        ? tr("Apply a new version to %1? It is checked in a staging copy first; unless you keep it within %2 "
             "min, "
             "%3 comes back by itself.")
              .arg(m_history->profile().name)
              .arg(minutes)
              .arg(PolicyVersion::label(m_editBase))
        : tr("Apply a new version to %1? It is checked in a staging copy first, and %2 comes back by itself "
             "if "
             "mail stops.")
              .arg(m_history->profile().name, PolicyVersion::label(m_editBase));
    askApplySnapshot(proposed(), heading, m_comment->text().trimmed());
}

void PolicyHistoryPanel::askApplySnapshot(
    const PolicySnapshot &next, const QString &heading, const QString &comment)
{
    const qint64 base = m_history ? m_history->liveNumber() : 0;
    if (!have(base))
        return;
    const PolicySnapshot &live = m_loaded[base].snapshot;
    if (next.sameContent(live)) {
        setStatus(tr("Nothing to apply: it is exactly the live version."), int(Theme::Severity::Info));
        return;
    }
    std::optional<PolicyHealthCheck::Probe> client;
    if (!m_checkClient->text().trimmed().isEmpty()) {
        client = PolicyHealthCheck::clientFromText(m_checkClient->text(), {});
        if (!client) {
            setStatus(tr("\"Check as\" wants NAME/ADDR, e.g. partner.example/192.0.2.7 or -/192.0.2.7."),
                int(Theme::Severity::Warning));
            return;
        }
    }
    const int minutes = m_confirmWithin->value();
    const bool shadow = m_applyMode->currentIndex() == 1;
    auto *dialog = new PolicyConfirmDialog(heading,
        PolicyChangeSummary::texts(PolicyChangeSummary::between(live, next)),
        PolicyDiff::unified(live, next, 3, PolicyVersion::label(base), tr("new")), tr("Apply"), this);
    QStringList warnings;
    for (const PolicyLint::Finding &f :
        PolicyLint::check(next, PolicyDnsblAudit::context(m_history->audit()))) {
        if (f.severity != PolicyLint::Severity::Notice)
            warnings << (f.file.isEmpty() ? f.message : tr("%1: %2").arg(f.file, f.message));
    }
    dialog->setWarnings(warnings);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The replay takes a moment on a big log: the dialog opens at once and
    // the answer fills in.
    dialog->setImpact(tr("Impact preview: replaying the last 24 hours of the mail log…"), false);
    connect(m_history, &PolicyHistory::previewed, dialog, &PolicyConfirmDialog::setImpact);
    m_history->preview(next);
    connect(dialog, &QDialog::accepted, this, [this, next, minutes, client, comment, shadow] {
        if (!m_history)
            return;
        PolicyApplier::Request request;
        request.proposed = next;
        request.comment = comment;
        if (shadow)
            request.shadowSeconds = minutes * 60;
        else
            request.confirmWithinSeconds = minutes * 60;
        QList<PolicyHealthCheck::Probe> clients = m_history->checkClients();
        if (client)
            clients << *client;
        request.health = PolicyHealthCheck::forProfile(m_history->profile(), next, clients);
        m_history->apply(request);
    });
    dialog->open();
}

void PolicyHistoryPanel::onAudit()
{
    m_auditZone.clear();
    QStringList bad;
    for (const PolicyDnsblAudit::List &l : m_history->audit()) {
        if (!l.harmful())
            continue;
        if (m_auditZone.isEmpty())
            m_auditZone = l.zone;
        bad << l.describe();
    }
    m_auditBar->setVisible(!bad.isEmpty());
    if (bad.isEmpty())
        return;
    m_auditText->setText(
        tr("Blocklist audit of %1: %2.")
            .arg(PolicyVersion::label(m_history->liveNumber()), bad.join(QStringLiteral("; "))));
    m_auditFix->setText(tr("Remove %1…").arg(m_auditZone));
    Theme::paintSeverity(m_auditBar, Theme::Severity::Critical);
    lintNow();
}

void PolicyHistoryPanel::askRollback()
{
    const qint64 number = selectedVersion();
    const qint64 live = m_history ? m_history->liveNumber() : 0;
    if (!m_history || number <= 0 || number == live)
        return;
    if (!have(number) || !have(live)) {
        need(number);
        need(live);
        setStatus(
            tr("Loading %1, then ask again.").arg(PolicyVersion::label(number)), int(Theme::Severity::Info));
        return;
    }
    const PolicySnapshot &from = m_loaded[live].snapshot;
    const PolicySnapshot &to = m_loaded[number].snapshot;
    if (m_loaded[number].state == PolicyVersion::State::Proposed) {
        // The second look: the proposal against what is live now.
        auto *review = new PolicyConfirmDialog(
            tr("Apply %1, proposed by %2, to %3? It goes through the same checks.")
                .arg(PolicyVersion::label(number), m_loaded[number].author, m_history->profile().name),
            PolicyChangeSummary::texts(PolicyChangeSummary::between(from, to)),
            PolicyDiff::unified(from, to, 3, PolicyVersion::label(live), PolicyVersion::label(number)),
            tr("Apply %1").arg(PolicyVersion::label(number)), this);
        review->setAttribute(Qt::WA_DeleteOnClose);
        connect(review, &QDialog::accepted, this, [this, number] {
            if (m_history)
                m_history->applyProposed(number, tr("applied after review"));
        });
        review->open();
        return;
    }
    auto *dialog = new PolicyConfirmDialog(
        tr("Roll %1 back to %2? The gateway gets %2's files through the same checks, as a new version.")
            .arg(m_history->profile().name, PolicyVersion::label(number)),
        PolicyChangeSummary::texts(PolicyChangeSummary::between(from, to)),
        PolicyDiff::unified(from, to, 3, PolicyVersion::label(live), PolicyVersion::label(number)),
        tr("Roll back to %1").arg(PolicyVersion::label(number)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, number] {
        if (m_history)
            m_history->rollback(number);
    });
    dialog->open();
}

void PolicyHistoryPanel::onApplied(const PolicyApplier::Report &report)
{
    Theme::Severity severity = Theme::Severity::Ok;
    switch (report.outcome) {
    case PolicyApplier::Outcome::Applied:
        m_comment->clear();
        m_edits.clear();
        m_editBase = 0; // the editor starts again from the new live version
        break;
    case PolicyApplier::Outcome::Unchanged:
        severity = Theme::Severity::Info;
        break;
    case PolicyApplier::Outcome::Invalid:
        severity = Theme::Severity::Warning;
        break;
    case PolicyApplier::Outcome::Reverted:
    case PolicyApplier::Outcome::Failed:
        severity = Theme::Severity::Critical;
        break;
    }
    QString text = report.sentence;
    if (report.outcome == PolicyApplier::Outcome::Invalid
        && !report.validation.checkOutput.trimmed().isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(report.validation.checkOutput).trimmed();
    setStatus(text, int(severity));
}

void PolicyHistoryPanel::onBusy(bool busy, const QString &step)
{
    m_applyButton->setEnabled(!busy && m_history && m_history->liveNumber() > 0);
    m_refreshButton->setEnabled(!busy);
    m_rollbackButton->setEnabled(
        !busy && selectedVersion() > 0 && m_history && selectedVersion() != m_history->liveNumber());
    if (busy && !step.isEmpty())
        setStatus(tr("%1: %2…").arg(m_history ? m_history->profile().name : QString(), step),
            int(Theme::Severity::Info));
}

void PolicyHistoryPanel::onCountdown(int secondsLeft)
{
    const bool open = secondsLeft > 0 && m_history;
    m_confirmBar->setVisible(open);
    if (!open)
        return;
    QString text
        = tr("%1 is live on probation: keep it within %2, or %3 comes back by itself.")
              .arg(PolicyVersion::label(m_history->awaitingConfirmation()), countdownText(secondsLeft),
                  PolicyVersion::label(
                      m_model->version(m_model->rowOf(m_history->awaitingConfirmation())).parent));
    text += QLatin1Char('\n')
        + tr("Guarded by the console's countdown and its watch on tempfails, rejects, deferred mail and a "
             "test client: it comes back earlier if they jump.");
    if (!m_watchLine.isEmpty())
        text += QLatin1Char('\n') + m_watchLine;
    m_confirmText->setText(text);
    Theme::paintSeverity(m_confirmBar, Theme::Severity::Warning);
}

void PolicyHistoryPanel::onShadow()
{
    const std::optional<PolicyApplier::ShadowReport> &s = m_history->shadow();
    m_shadowBar->setVisible(s.has_value());
    if (!s)
        return;
    const bool over = s->until.isValid() && s->until <= QDateTime::currentDateTimeUtc();
    QString text = (over ? tr("%1 tried out %2 in shadow until %3: decide now.")
                         : tr("%1 tries out %2 in shadow until %3."))
                       .arg(s->shadow.label(), PolicyVersion::label(s->proposal),
                           s->until.toLocalTime().toString(QStringLiteral("HH:mm")));
    for (const QString &line : s->sentences)
        text += QStringLiteral("\n• ") + line;
    m_shadowText->setText(text);
    m_enforceButton->setText(tr("Enforce %1…").arg(PolicyVersion::label(s->proposal)));
    Theme::paintSeverity(m_shadowBar, over ? Theme::Severity::Warning : Theme::Severity::Info);
}

} // namespace MailOps

#include "statusbroadcastpanel.h"

#include "broadcast/allusersdialog.h"
#include "broadcast/broadcastsettingsdialog.h"
#include "broadcast/incidentdialog.h"
#include "broadcast/noticereviewdialog.h"
#include "broadcast/relaypasswordprompt.h"
#include "incident/broadcastsettingsstore.h"
#include "incident/incidentstore.h"
#include "incident/incidenttimeline.h"
#include "incident/jargonlist.h"
#include "incident/mailaddress.h"
#include "incident/markdownhtml.h"
#include "incident/noticemessage.h"
#include "incident/noticereview.h"
#include "incident/noticesender.h"
#include "incident/postmortemreport.h"
#include "journal/journalsink.h"
#include "journal/journalstore.h"
#include "monitor/gatewaymonitor.h"
#include "session/gatewaysession.h"
#include "settings/secretstore.h"
#include "textviewer.h"
#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace MailOps {

namespace {

QString hhmm(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

StatusBroadcastPanel::StatusBroadcastPanel(JournalStore *journal, const QString &storePath, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_store(std::make_unique<IncidentStore>(storePath.isEmpty() ? IncidentStore::defaultPath() : storePath))
{
    buildUi();
    m_sender = chainSender();
    if (const Status opened = m_store->open(); !opened) {
        // A damaged store was set aside and a new one started: say where
        // the old one went, and carry on with the new one.
        m_result->setText(opened.error().message);
        QTimer::singleShot(
            0, this, [this, message = opened.error().message] { Q_EMIT statusMessage(message); });
    }
    reloadIncidents();
}

StatusBroadcastPanel::~StatusBroadcastPanel()
{
    // What was typed in the last quarter second is not lost either.
    if (m_saveTimer->isActive())
        saveDraft();
}

void StatusBroadcastPanel::buildUi()
{
    m_pages = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 12);
    outer->addWidget(m_pages);

    // No incident yet: say what this panel is for and offer to open one.
    auto *emptyPage = new QWidget(m_pages);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_empty = new QLabel(emptyPage);
    m_empty->setObjectName(QStringLiteral("broadcastEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *openFirst = new QPushButton(tr("Open an incident…"), emptyPage);
    openFirst->setObjectName(QStringLiteral("openFirstIncident"));
    connect(openFirst, &QPushButton::clicked, this, [this] {
        Incident seed;
        seed.profile = profileName();
        proposeIncident(seed);
    });
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(openFirst, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_pages->addWidget(emptyPage);

    auto *work = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(work);
    layout->setContentsMargins(0, 0, 0, 0);

    // The incident's header.
    auto *head = new QHBoxLayout;
    m_incidentBox = new QComboBox(work);
    m_incidentBox->setObjectName(QStringLiteral("incidentBox"));
    m_incidentBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_incidentBox->setMinimumContentsLength(28);
    m_newButton = new QPushButton(tr("New…"), work);
    m_newButton->setObjectName(QStringLiteral("newIncident"));
    m_newButton->setToolTip(tr("Open another incident (Ctrl+Shift+N)"));
    m_editButton = new QPushButton(tr("Edit…"), work);
    m_editButton->setObjectName(QStringLiteral("editIncident"));
    m_statusBox = new QComboBox(work);
    m_statusBox->setObjectName(QStringLiteral("incidentStatus"));
    for (const Incident::Status s : { Incident::Status::Investigating, Incident::Status::Identified,
             Incident::Status::Monitoring, Incident::Status::Resolved })
        m_statusBox->addItem(Incident::statusText(s), int(s));
    m_severity = new QLabel(work);
    m_severity->setObjectName(QStringLiteral("incidentSeverity"));
    m_countdown = new QLabel(work);
    m_countdown->setObjectName(QStringLiteral("nextUpdate"));
    head->addWidget(m_incidentBox, 1);
    head->addWidget(m_newButton);
    head->addWidget(m_editButton);
    head->addSpacing(12);
    head->addWidget(new QLabel(tr("Status:"), work));
    head->addWidget(m_statusBox);
    head->addWidget(m_severity);
    head->addSpacing(12);
    head->addWidget(m_countdown);
    layout->addLayout(head);

    // Which notice.
    auto *pick = new QHBoxLayout;
    m_audienceBox = new QComboBox(work);
    m_audienceBox->setObjectName(QStringLiteral("audienceBox"));
    m_audienceBox->addItem(tr("Management (plain words)"), int(NoticeKind::Audience::Management));
    m_audienceBox->addItem(tr("Technical partners"), int(NoticeKind::Audience::Partners));
    m_audienceBox->addItem(tr("End users (plain words)"), int(NoticeKind::Audience::EndUsers));
    m_phaseBox = new QComboBox(work);
    m_phaseBox->setObjectName(QStringLiteral("phaseBox"));
    m_phaseBox->addItem(tr("First notice"), int(NoticeKind::Phase::First));
    m_phaseBox->addItem(tr("Update"), int(NoticeKind::Phase::Update));
    m_phaseBox->addItem(tr("Resolved"), int(NoticeKind::Phase::Resolved));
    m_languageBox = new QComboBox(work);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    for (const QString &l : NoticeTemplate::shippedLanguages())
        m_languageBox->addItem(l == u"en" ? QStringLiteral("English") : QLocale(l).nativeLanguageName(), l);
    m_languageBox->setCurrentIndex(qMax(0, m_languageBox->findData(NoticeDraft::defaultLanguage())));
    m_refillButton = new QPushButton(tr("Refill from live state"), work);
    m_refillButton->setObjectName(QStringLiteral("refillDraft"));
    m_refillButton->setToolTip(
        tr("Fill the template again from what the gateway shows now (the text typed so far is replaced)"));
    pick->addWidget(new QLabel(tr("Notice to:"), work));
    pick->addWidget(m_audienceBox);
    pick->addWidget(m_phaseBox);
    pick->addWidget(m_languageBox);
    pick->addStretch();
    pick->addWidget(m_refillButton);
    layout->addLayout(pick);

    auto *subjectRow = new QHBoxLayout;
    m_subject = new QLineEdit(work);
    m_subject->setObjectName(QStringLiteral("noticeSubject"));
    subjectRow->addWidget(new QLabel(tr("Subject:"), work));
    subjectRow->addWidget(m_subject, 1);
    layout->addLayout(subjectRow);

    // The draft beside what its readers will see, over the findings.
    auto *split = new QSplitter(Qt::Vertical, work);
    auto *pair = new QSplitter(Qt::Horizontal, split);
    m_editor = new TextViewer(pair);
    m_editor->setObjectName(QStringLiteral("noticeEditor"));
    m_editor->setEditable(true);
    m_editor->setSyntax(QStringLiteral("Markdown"));
    m_preview = new QTextBrowser(pair);
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_preview->setOpenLinks(false);
    pair->addWidget(m_editor);
    pair->addWidget(m_preview);
    pair->setStretchFactor(0, 1);
    pair->setStretchFactor(1, 1);

    m_tabs = new QTabWidget(split);
    auto *checkPage = new QWidget(m_tabs);
    auto *checkLayout = new QVBoxLayout(checkPage);
    m_readability = new QLabel(checkPage);
    m_readability->setObjectName(QStringLiteral("readability"));
    m_readability->setWordWrap(true);
    m_findings = new QListWidget(checkPage);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setToolTip(tr("Click to see it in the draft; double-click to use the plainer wording"));
    checkLayout->addWidget(m_readability);
    checkLayout->addWidget(m_findings, 1);
    m_tabs->addTab(checkPage, tr("Audience check"));

    auto *timelinePage = new QWidget(m_tabs);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    m_timeline = new QListWidget(timelinePage);
    m_timeline->setObjectName(QStringLiteral("incidentTimeline"));
    auto *noteRow = new QHBoxLayout;
    m_noteEdit = new QLineEdit(timelinePage);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("What you did or found, for the timeline"));
    auto *noteButton = new QPushButton(tr("Add note"), timelinePage);
    noteButton->setObjectName(QStringLiteral("addNote"));
    auto *exportButton = new QPushButton(tr("Export postmortem…"), timelinePage);
    exportButton->setObjectName(QStringLiteral("exportPostmortem"));
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(noteButton);
    noteRow->addWidget(exportButton);
    auto *inTimeline = new QPushButton(tr("Show in Timeline"), timelinePage);
    inTimeline->setObjectName(QStringLiteral("showInTimeline"));
    inTimeline->setToolTip(tr("Every event of the journal on this gateway while the incident ran"));
    connect(inTimeline, &QPushButton::clicked, this, [this] {
        if (m_incident.id)
            Q_EMIT timelineRequested(m_incident);
    });
    noteRow->addWidget(inTimeline);
    timelineLayout->addWidget(m_timeline, 1);
    timelineLayout->addLayout(noteRow);
    m_tabs->addTab(timelinePage, tr("Incident timeline"));
    split->addWidget(pair);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    // Who gets it, and how it leaves.
    auto *to = new QFormLayout;
    m_recipients = new QLineEdit(work);
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setPlaceholderText(tr("board@example.org, Ops Team <ops@example.org>"));
    m_recipientProblem = new QLabel(work);
    m_recipientProblem->setObjectName(QStringLiteral("recipientProblem"));
    m_recipientProblem->setWordWrap(true);
    auto *settingsButton = new QPushButton(tr("How it goes out…"), work);
    settingsButton->setObjectName(QStringLiteral("broadcastSettings"));
    settingsButton->setAutoDefault(false);
    settingsButton->setToolTip(tr("The sender, the relays and webhooks, and the order they are tried in"));
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_recipients, 1);
    toRow->addWidget(settingsButton);
    auto *toLabel = new QLabel(tr("&To:"), work);
    toLabel->setBuddy(m_recipients);
    to->addRow(toLabel, toRow);
    to->addRow(QString(), m_recipientProblem);
    m_recipientProblem->hide();
    layout->addLayout(to);
    auto *actions = new QHBoxLayout;
    m_result = new QLabel(work);
    m_result->setObjectName(QStringLiteral("sendResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyButton = new QPushButton(tr("Copy"), work);
    m_copyButton->setObjectName(QStringLiteral("copyNotice"));
    m_copyButton->setToolTip(tr("Copy the subject and text, to paste into another program"));
    m_emlButton = new QPushButton(tr("Save .eml…"), work);
    m_emlButton->setObjectName(QStringLiteral("saveEml"));
    m_emlButton->setToolTip(tr("Save the message for another mail program"));
    m_allUsersButton = new QPushButton(tr("Tell every user…"), work);
    m_allUsersButton->setObjectName(QStringLiteral("allUsers"));
    m_allUsersButton->setToolTip(tr("Once mail flows again: this notice to every mailbox of a list, one "
                                    "message each, through the recovered gateway"));
    m_allUsersButton->hide();
    m_reviewButton = new QPushButton(tr("Second look…"), work);
    m_reviewButton->setObjectName(QStringLiteral("reviewNotice"));
    m_reviewButton->setToolTip(tr("Record that you read this notice as it stands: this gateway's notices "
                                  "go out only after a second look"));
    m_reviewButton->hide();
    m_sendButton = new QPushButton(tr("Send"), work);
    m_sendButton->setObjectName(QStringLiteral("sendNotice"));
    m_sendButton->setDefault(true);
    m_sendButton->setToolTip(tr("Send to the recipients (Ctrl+Return)"));
    actions->addWidget(m_result, 1);
    actions->addWidget(m_copyButton);
    actions->addWidget(m_emlButton);
    actions->addWidget(m_allUsersButton);
    actions->addWidget(m_reviewButton);
    actions->addWidget(m_sendButton);
    layout->addLayout(actions);
    m_pages->addWidget(work);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(250);
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(150);
    m_clock = new QTimer(this);
    m_clock->setInterval(15000);

    connect(m_incidentBox, &QComboBox::currentIndexChanged, this, &StatusBroadcastPanel::loadIncident);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        Incident seed;
        seed.profile = profileName();
        proposeIncident(seed);
    });
    connect(m_editButton, &QPushButton::clicked, this, &StatusBroadcastPanel::editIncident);
    connect(m_statusBox, &QComboBox::activated, this, &StatusBroadcastPanel::setStatus);
    connect(m_audienceBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_saveTimer->isActive())
            saveDraft();
        updateRecipients();
        loadDraft(false);
    });
    connect(m_phaseBox, &QComboBox::currentIndexChanged, this, [this] { loadDraft(false); });
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this] { recheck(); });
    connect(m_refillButton, &QPushButton::clicked, this, [this] { loadDraft(true); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &StatusBroadcastPanel::onEdited);
    connect(m_subject, &QLineEdit::textEdited, this, &StatusBroadcastPanel::onEdited);
    connect(m_saveTimer, &QTimer::timeout, this, &StatusBroadcastPanel::saveDraft);
    connect(m_checkTimer, &QTimer::timeout, this, &StatusBroadcastPanel::recheck);
    connect(m_clock, &QTimer::timeout, this, &StatusBroadcastPanel::updateCountdown);
    connect(m_findings, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { jumpTo(m_findings->row(item)); });
    connect(m_findings, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { usePlainerWording(m_findings->row(item)); });
    connect(noteButton, &QPushButton::clicked, this, &StatusBroadcastPanel::addNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &StatusBroadcastPanel::addNote);
    connect(exportButton, &QPushButton::clicked, this, &StatusBroadcastPanel::exportPostmortem);
    connect(m_recipients, &QLineEdit::textChanged, this, [this] {
        QStringList invalid;
        recipients(&invalid);
        m_recipientProblem->setText(invalid.isEmpty() ? QString() : invalid.join(QLatin1Char('\n')));
        m_recipientProblem->setVisible(!invalid.isEmpty());
        m_recipientProblem->setStyleSheet(invalid.isEmpty()
                ? QString()
                : QStringLiteral("color: %1").arg(Theme::colour(Theme::Severity::Critical).name()));
        if (!m_loading && m_incident.id) {
            m_recipientsEdited = true;
            m_saveTimer->start();
        }
    });
    connect(settingsButton, &QPushButton::clicked, this, &StatusBroadcastPanel::editBroadcastSettings);
    connect(m_sendButton, &QPushButton::clicked, this, &StatusBroadcastPanel::send);
    connect(m_reviewButton, &QPushButton::clicked, this, &StatusBroadcastPanel::reviewNotice);
    connect(m_allUsersButton, &QPushButton::clicked, this, &StatusBroadcastPanel::tellEveryUser);
    connect(m_emlButton, &QPushButton::clicked, this, &StatusBroadcastPanel::saveEml);
    connect(m_copyButton, &QPushButton::clicked, this, &StatusBroadcastPanel::copyToClipboard);

    // The hot path: a new update, and send it.
    auto *newUpdate = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_U), this);
    newUpdate->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newUpdate, &QShortcut::activated, this, [this] {
        m_phaseBox->setCurrentIndex(m_phaseBox->findData(int(NoticeKind::Phase::Update)));
        m_editor->setFocus();
    });
    auto *sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendKey, &QShortcut::activated, this, &StatusBroadcastPanel::send);
    auto *newIncident = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    newIncident->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newIncident, &QShortcut::activated, m_newButton, &QPushButton::click);
}

void StatusBroadcastPanel::showEvent(QShowEvent *event)
{
    updateCountdown();
    QWidget::showEvent(event);
}

QString StatusBroadcastPanel::profileName() const
{
    return m_session ? m_session->profile().name : m_profile;
}

void StatusBroadcastPanel::setSession(GatewaySession *session)
{
    if (m_saveTimer->isActive())
        saveDraft();
    m_session = session;
    m_profile = session ? session->profile().name : QString();
    reloadIncidents();
    updateReviewState();
}

void StatusBroadcastPanel::showLoading(const QString &profile)
{
    if (m_saveTimer->isActive())
        saveDraft();
    m_session = nullptr;
    m_incident = Incident();
    m_empty->setText(tr("Loading %1…").arg(profile));
    m_pages->setCurrentIndex(0);
}

void StatusBroadcastPanel::reloadIncidents(qint64 select)
{
    const qint64 keep = select ? select : m_incident.id;
    const Result<QList<Incident>> all = m_store->isOpen()
        ? m_store->incidents(m_profile)
        : Result<QList<Incident>>(Error { Error::Code::IoError, tr("The incident store is not open.") });
    {
        const QSignalBlocker block(m_incidentBox);
        m_incidentBox->clear();
        if (all) {
            for (const Incident &i : *all) {
                const QString label = i.isOpen() ? tr("#%1 %2").arg(i.id).arg(i.title)
                                                 : tr("#%1 %2 (resolved)").arg(i.id).arg(i.title);
                m_incidentBox->addItem(label, i.id);
                m_incidentBox->setItemData(m_incidentBox->count() - 1,
                    tr("Since %1, %2")
                        .arg(i.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            Incident::severityText(i.severity)),
                    Qt::ToolTipRole);
            }
        }
        int index = m_incidentBox->findData(keep);
        if (index < 0 && all) {
            // The newest open one first: that is the one being worked on.
            for (int r = 0; r < all->size() && index < 0; ++r) {
                if (all->at(r).isOpen())
                    index = r;
            }
        }
        m_incidentBox->setCurrentIndex(index >= 0 ? index : (m_incidentBox->count() ? 0 : -1));
    }
    if (!all)
        Q_EMIT statusMessage(all.error().message);
    if (m_incidentBox->count() == 0) {
        m_incident = Incident();
        m_empty->setText(m_profile.isEmpty()
                ? tr("No gateway profile is chosen.")
                : tr(
                    "No incident on %1. When something breaks, open one here or from the Gateway monitor's "
                    "alert: its notices start from what the console sees, and its timeline from the journal.")
                      .arg(m_profile));
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    loadIncident();
}

void StatusBroadcastPanel::loadIncident()
{
    if (m_saveTimer->isActive())
        saveDraft();
    const qint64 id = m_incidentBox->currentData().toLongLong();
    const Result<Incident> found = m_store->incident(id);
    if (!found) {
        Q_EMIT statusMessage(found.error().message);
        return;
    }
    m_incident = *found;
    m_statusBox->setCurrentIndex(m_statusBox->findData(int(m_incident.status)));
    m_severity->setText(tr("Severity: %1").arg(Incident::severityText(m_incident.severity)));
    // A new incident starts on its first notice, a resolved one on the
    // all-clear; otherwise the admin's choice stays.
    const QSignalBlocker blockPhase(m_phaseBox);
    if (!m_incident.isOpen())
        m_phaseBox->setCurrentIndex(m_phaseBox->findData(int(NoticeKind::Phase::Resolved)));
    else if (m_incident.notices.isEmpty())
        m_phaseBox->setCurrentIndex(m_phaseBox->findData(int(NoticeKind::Phase::First)));
    else if (m_phaseBox->currentData().toInt() == int(NoticeKind::Phase::First))
        m_phaseBox->setCurrentIndex(m_phaseBox->findData(int(NoticeKind::Phase::Update)));
    updateRecipients();
    loadDraft(false);
    refreshTimeline();
    updateCountdown();
    m_clock->start();
}

qint64 StatusBroadcastPanel::currentIncident() const
{
    return m_incident.id;
}

NoticeKind StatusBroadcastPanel::currentKind() const
{
    return { NoticeKind::Audience(m_audienceBox->currentData().toInt()),
        NoticeKind::Phase(m_phaseBox->currentData().toInt()) };
}

QString StatusBroadcastPanel::language() const
{
    return m_languageBox->currentData().toString();
}

NoticeDraft StatusBroadcastPanel::draft() const
{
    return { currentKind(), m_subject->text().simplified(), m_editor->toPlainText() };
}

NoticeFacts::Inputs StatusBroadcastPanel::liveInputs() const
{
    NoticeFacts::Inputs in;
    in.incident = m_incident;
    if (m_journal && m_journal->isOpen()) {
        const Result<JournalEventList> events
            = m_journal->events(IncidentTimeline::journalFilter(m_incident));
        if (events)
            in.events = *events;
    }
    if (m_session && m_session->profile().name == m_incident.profile) {
        GatewayMonitor *monitor = m_session->monitor();
        in.services = monitor->services();
        if (monitor->lastQueueAt().isValid())
            in.queue = monitor->lastQueue();
        in.depth = monitor->queueHistory();
    }
    return in;
}

void StatusBroadcastPanel::loadDraft(bool fresh)
{
    if (!m_incident.id)
        return;
    if (m_saveTimer->isActive())
        saveDraft();
    const NoticeKind kind = currentKind();
    NoticeDraft d;
    const Result<std::optional<IncidentStore::Draft>> kept = m_store->draft(m_incident.id, kind);
    if (!fresh && kept && *kept) {
        d = NoticeDraft::fromText(kind, (*kept)->text);
        m_result->setText(tr("The draft as saved at %1.").arg(hhmm((*kept)->saved)));
    } else {
        const Result<NoticeDraft> made = NoticeDraft::fromTemplate(kind, liveInputs(), language());
        if (!made) {
            // A broken template of the admin's: named, never sent as is.
            m_result->setText(made.error().message);
            d.kind = kind;
        } else {
            d = *made;
            m_result->setText(
                tr("Filled from the gateway's state at %1.").arg(hhmm(QDateTime::currentDateTime())));
        }
    }
    m_loading = true;
    m_subject->setText(d.subject);
    m_editor->setPlainText(d.body);
    m_loading = false;
    m_shown = kind;
    if (fresh || !kept || !*kept)
        saveDraft();
    recheck();
}

void StatusBroadcastPanel::onEdited()
{
    if (m_loading)
        return;
    m_saveTimer->start();
    m_checkTimer->start();
}

void StatusBroadcastPanel::saveDraft()
{
    m_saveTimer->stop();
    if (m_recipientsEdited && !m_profile.isEmpty()) {
        m_recipientsEdited = false;
        BroadcastSettingsStore settingsStore;
        settingsStore.load();
        BroadcastSettings settings = settingsStore.settings(m_profile);
        settings.recipients.insert(m_shown.audience, recipients());
        if (const Status saved = settingsStore.save(settings); !saved)
            m_result->setText(saved.error().message);
    }
    if (!m_incident.id)
        return;
    // The kind of the text on screen: after a switch of the audience or the
    // phase, currentKind() already names the next one.
    NoticeDraft shown = draft();
    shown.kind = m_shown;
    if (const Status saved = m_store->saveDraft(m_incident.id, m_shown, shown.text()); !saved)
        m_result->setText(saved.error().message);
}

namespace {

// Up to this, the check runs at once (about 1 ms for 5,000 words); beyond
// it, on a worker thread, and the preview shows the beginning only.
constexpr qsizetype kCheckHereChars = 64 * 1024;
constexpr qsizetype kPreviewChars = 256 * 1024;
// A list of thousands of findings helps nobody: the first ones are shown.
constexpr int kShownFindings = 300;

} // namespace

void StatusBroadcastPanel::recheck()
{
    m_checkTimer->stop();
    const NoticeDraft d = draft();
    if (d.body.size() > kPreviewChars)
        m_preview->setHtml(MarkdownHtml::fragment(d.body.left(kPreviewChars))
            + tr("<p><i>The preview shows the first %1 KB of %2 KB.</i></p>")
                  .arg(kPreviewChars / 1024)
                  .arg(d.body.size() / 1024));
    else
        m_preview->setHtml(MarkdownHtml::fragment(d.body));
    std::shared_ptr<AudienceCheck> &check = m_checks[language()];
    if (!check) {
        QStringList warnings;
        Result<JargonList> jargon = JargonList::load(language(), JargonList::defaultUserDir(), &warnings);
        for (const QString &w : std::as_const(warnings))
            Q_EMIT statusMessage(w);
        check = std::make_shared<AudienceCheck>(jargon ? *jargon : JargonList(), language());
    }
    const quint64 generation = ++m_checkGeneration;
    if (d.body.size() <= kCheckHereChars) {
        m_report = check->check(d.body, d.kind);
        showFindings();
        updateReviewState();
        return;
    }
    // A long draft: typing stays fluid, the findings follow when ready and
    // only if nothing was typed since.
    m_readability->setText(tr("Checking %1 KB…").arg(d.body.size() / 1024));
    updateReviewState();
    auto *watcher = new QFutureWatcher<AudienceCheck::Report>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_checkGeneration)
            return;
        m_report = watcher->result();
        showFindings();
    });
    const std::shared_ptr<const AudienceCheck> checker = check;
    watcher->setFuture(QtConcurrent::run([checker, d] { return checker->check(d.body, d.kind); }));
}

void StatusBroadcastPanel::showFindings()
{
    m_findings->clear();
    const AudienceCheck::Readability &r = m_report.readability;
    if (r.words > 0) {
        m_readability->setText(r.ok()
                ? tr("%1 reading ease %2: easy enough for this audience (target %3).")
                      .arg(r.formula)
                      .arg(r.score, 0, 'f', 0)
                      .arg(r.target, 0, 'f', 0)
                : tr("%1 reading ease %2, below the target of %3: use shorter sentences "
                     "and shorter words.")
                      .arg(r.formula)
                      .arg(r.score, 0, 'f', 0)
                      .arg(r.target, 0, 'f', 0));
    } else {
        m_readability->setText(tr("The draft is empty."));
    }
    m_shownFindings = int(qMin<qsizetype>(m_report.findings.size(), kShownFindings));
    for (int i = 0; i < m_shownFindings; ++i) {
        const AudienceCheck::Finding &f = m_report.findings.at(i);
        auto *item = new QListWidgetItem(tr("Line %1: \"%2\" (%3): %4")
                                             .arg(f.line)
                                             .arg(f.text, AudienceCheck::kindText(f.kind), f.advice()),
            m_findings);
        if (f.replaceable())
            item->setToolTip(tr("Double-click to put \"%1\" in its place").arg(f.suggestion));
        item->setData(Qt::UserRole, 0);
    }
    if (m_report.findings.size() > m_shownFindings)
        new QListWidgetItem(
            tr("… and %1 more words to put plainly").arg(m_report.findings.size() - m_shownFindings),
            m_findings);
    for (const AudienceCheck::Part part : std::as_const(m_report.missing)) {
        auto *item = new QListWidgetItem(tr("Missing: %1").arg(AudienceCheck::partText(part)), m_findings);
        item->setData(Qt::UserRole, 1);
    }
    if (m_report.nextUpdateTimeMissing)
        new QListWidgetItem(tr("Missing: the time of the next update (partners plan around it)"), m_findings);
    m_tabs->setTabText(0,
        m_report.passes() ? tr("Audience check: passes")
                          : tr("Audience check: %1 to look at").arg(m_findings->count()));

    // The same findings underlined in the draft.
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat wavy;
    wavy.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    wavy.setUnderlineColor(Theme::colour(Theme::Severity::Warning));
    const int length = m_editor->document()->characterCount();
    for (int i = 0; i < m_shownFindings; ++i) {
        const AudienceCheck::Finding &f = m_report.findings.at(i);
        if (f.offset + f.length >= length)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_editor->document());
        sel.cursor.setPosition(int(f.offset));
        sel.cursor.setPosition(int(f.offset + f.length), QTextCursor::KeepAnchor);
        sel.format = wavy;
        sel.format.setToolTip(f.advice());
        marks << sel;
    }
    m_editor->setExtraSelections(marks);
}

void StatusBroadcastPanel::jumpTo(int row)
{
    if (row < 0 || row >= m_shownFindings)
        return;
    const AudienceCheck::Finding &f = m_report.findings.at(row);
    QTextCursor c = m_editor->textCursor();
    c.setPosition(int(f.offset));
    c.setPosition(int(f.offset + f.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(c);
    m_editor->centerCursor();
    m_editor->setFocus();
}

void StatusBroadcastPanel::usePlainerWording(int row)
{
    if (row < 0 || row >= m_shownFindings)
        return;
    const AudienceCheck::Finding f = m_report.findings.at(row);
    // Advice ("say what it means") is for the writer, never put in the text.
    if (f.suggestion.isEmpty() || !f.replaceable())
        return;
    QTextCursor c(m_editor->document());
    c.setPosition(int(f.offset));
    // A sentence's start stays one: "MTA is down" -> "Our mail server is down".
    const QString before = c.block().text().left(c.positionInBlock()).trimmed();
    const bool sentenceStart = before.isEmpty() || before.endsWith(u'.') || before.endsWith(u'!')
        || before.endsWith(u'?') || before.endsWith(u':');
    // "The MTA" -> "The mail server", not "The our mail server".
    static const QStringList determiners { QStringLiteral("the"), QStringLiteral("our"), QStringLiteral("a"),
        QStringLiteral("an"), QStringLiteral("der"), QStringLiteral("die"), QStringLiteral("das"),
        QStringLiteral("unser"), QStringLiteral("unsere"), QStringLiteral("unseren"),
        QStringLiteral("unserem") };
    const QString lastWord = before.section(u' ', -1).toLower();
    c.setPosition(int(f.offset + f.length), QTextCursor::KeepAnchor);
    if (c.selectedText() != f.text)
        return; // the text moved since the check; the next check shows it again
    QString plain = f.suggestion;
    if (determiners.contains(lastWord)) {
        const QString first = plain.section(u' ', 0, 0).toLower();
        if (determiners.contains(first) && plain.contains(u' '))
            plain = plain.section(u' ', 1);
    }
    if (!f.text.isEmpty() && f.text.at(0).isUpper() && sentenceStart && !plain.isEmpty())
        plain[0] = plain.at(0).toUpper();
    c.insertText(plain);
    recheck();
}

void StatusBroadcastPanel::updateCountdown()
{
    if (!m_incident.id) {
        m_countdown->clear();
        return;
    }
    if (!m_incident.isOpen()) {
        m_countdown->setText(tr("Resolved at %1").arg(hhmm(m_incident.end)));
        m_countdown->setStyleSheet(QString());
        return;
    }
    if (!m_incident.nextUpdateDue.isValid()) {
        m_countdown->setText(tr("No update planned"));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_incident.nextUpdateDue);
    if (left > 0) {
        m_countdown->setText(tr("Next update due %1 (in %2)")
                                 .arg(hhmm(m_incident.nextUpdateDue), NoticeFacts::formatDuration(left)));
        m_countdown->setStyleSheet(left < 600 ? QStringLiteral("color: %1; font-weight: bold")
                                                    .arg(Theme::colour(Theme::Severity::Warning).name())
                                              : QString());
        return;
    }
    m_countdown->setText(tr("Update overdue since %1").arg(hhmm(m_incident.nextUpdateDue)));
    m_countdown->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold").arg(Theme::colour(Theme::Severity::Critical).name()));
    const QString key = QString::number(m_incident.id);
    if (m_dueNotified.value(key) != m_incident.nextUpdateDue) {
        m_dueNotified.insert(key, m_incident.nextUpdateDue);
        Q_EMIT updateDue(tr("Update due: %1").arg(m_incident.title),
            tr("The next notice on \"%1\" was due at %2.")
                .arg(m_incident.title, hhmm(m_incident.nextUpdateDue)));
    }
}

void StatusBroadcastPanel::updateRecipients()
{
    m_loading = true;
    // The audience's stakeholder group, kept with the profile's broadcast
    // settings so the command line sends to the same people.
    BroadcastSettingsStore settingsStore;
    settingsStore.load();
    m_recipients->setText(settingsStore.settings(m_profile)
                              .recipients.value(currentKind().audience)
                              .join(QStringLiteral(", ")));
    m_loading = false;
}

QStringList StatusBroadcastPanel::recipients(QStringList *invalid) const
{
    QStringList out;
    for (const QString &part : m_recipients->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const Result<MailAddress> a = MailAddress::parse(part.trimmed());
        if (a)
            out << a->address;
        else if (invalid)
            *invalid << tr("\"%1\": %2").arg(part.trimmed(), a.error().message);
    }
    return out;
}

qint64 StatusBroadcastPanel::proposeIncident(const Incident &seed)
{
    Incident filled = seed;
    if (filled.profile.isEmpty())
        filled.profile = profileName();
    IncidentDialog dialog(filled, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const Result<Incident> made = m_store->create(dialog.incident());
    if (!made) {
        Q_EMIT statusMessage(made.error().message);
        return 0;
    }
    if (m_journal)
        m_journal->record(IncidentTimeline::openedEvent(*made, made->start));
    if (made->profile == m_profile || m_profile.isEmpty())
        reloadIncidents(made->id);
    Q_EMIT statusMessage(
        tr("Incident #%1 opened; first notice due by %2.").arg(made->id).arg(hhmm(made->nextUpdateDue)));
    return made->id;
}

void StatusBroadcastPanel::selectIncident(qint64 id)
{
    const int index = m_incidentBox->findData(id);
    if (index >= 0)
        m_incidentBox->setCurrentIndex(index);
}

void StatusBroadcastPanel::editIncident()
{
    if (!m_incident.id)
        return;
    IncidentDialog dialog(m_incident, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Incident edited = dialog.incident();
    if (const Status saved = m_store->update(edited); !saved) {
        Q_EMIT statusMessage(saved.error().message);
        return;
    }
    if (m_journal && edited.severity != m_incident.severity)
        m_journal->record(IncidentTimeline::statusEvent(edited));
    reloadIncidents(edited.id);
}

void StatusBroadcastPanel::setStatus(int index)
{
    if (!m_incident.id)
        return;
    Incident i = m_incident;
    i.status = Incident::Status(m_statusBox->itemData(index).toInt());
    if (i.status == m_incident.status)
        return;
    i.end = i.isOpen() ? QDateTime() : QDateTime::currentDateTimeUtc();
    if (const Status saved = m_store->update(i); !saved) {
        Q_EMIT statusMessage(saved.error().message);
        m_statusBox->setCurrentIndex(m_statusBox->findData(int(m_incident.status)));
        return;
    }
    if (m_journal)
        m_journal->record(IncidentTimeline::statusEvent(i));
    reloadIncidents(i.id);
}

void StatusBroadcastPanel::addNote()
{
    const QString text = m_noteEdit->text().trimmed();
    if (!m_incident.id || text.isEmpty())
        return;
    const Result<Incident::Note> note = m_store->addNote(m_incident.id, text);
    if (!note) {
        Q_EMIT statusMessage(note.error().message);
        return;
    }
    if (m_journal)
        m_journal->record(IncidentTimeline::noteEvent(m_incident, *note));
    m_noteEdit->clear();
    m_incident.notes << *note;
    refreshTimeline();
}

void StatusBroadcastPanel::refreshTimeline()
{
    m_timeline->clear();
    JournalEventList events;
    if (m_journal && m_journal->isOpen()) {
        if (const Result<JournalEventList> e = m_journal->events(IncidentTimeline::journalFilter(m_incident)))
            events = *e;
    }
    const QList<IncidentTimeline::Entry> entries = IncidentTimeline::build(m_incident, events);
    // Newest first, as in the Timeline panel.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(
                it->time.toLocalTime().toString(QStringLiteral("HH:mm:ss")), it->summary),
            m_timeline);
        item->setToolTip(it->kind);
    }
    m_tabs->setTabText(1, tr("Incident timeline (%1)").arg(entries.size()));
}

void StatusBroadcastPanel::exportPostmortem()
{
    if (!m_incident.id)
        return;
    const QString name = QStringLiteral("postmortem-%1-%2.md")
                             .arg(m_incident.id)
                             .arg(m_incident.start.toString(QStringLiteral("yyyyMMdd")));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the postmortem draft"), QDir::home().filePath(name),
            tr("Markdown (*.md);;HTML (*.html)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    PostmortemReport report;
    report.incident = m_incident;
    JournalEventList events;
    if (m_journal && m_journal->isOpen()) {
        if (const Result<JournalEventList> e = m_journal->events(IncidentTimeline::journalFilter(m_incident)))
            events = *e;
    }
    report.timeline = IncidentTimeline::build(m_incident, events);
    report.zone = QTimeZone::systemTimeZone();
    const QString text = path.endsWith(QLatin1String(".html")) ? report.toHtml() : report.toMarkdown();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
        Q_EMIT statusMessage(tr("Could not write %1: %2").arg(path, f.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Postmortem draft written to %1").arg(path));
}

void StatusBroadcastPanel::recordSent(const QString &path, const QStringList &to)
{
    Incident::Notice n;
    const NoticeDraft d = draft();
    n.kind = d.kind;
    n.path = path;
    n.recipients = to;
    n.subject = d.subject;
    n.text = d.body;
    const Result<Incident::Notice> sent = m_store->recordNotice(m_incident.id, n);
    if (!sent) {
        Q_EMIT statusMessage(sent.error().message);
        return;
    }
    if (m_journal)
        m_journal->record(IncidentTimeline::noticeEvent(m_incident, *sent));
    // The next notice is due one cadence from now; the sent draft is done
    // with, so the next one starts from the state of the gateway then.
    if (m_incident.isOpen()) {
        Incident i = m_incident;
        i.nextUpdateDue = QDateTime::currentDateTimeUtc().addSecs(
            std::chrono::duration_cast<std::chrono::seconds>(Incident::defaultCadence(i.severity)).count());
        if (const Status saved = m_store->update(i); !saved)
            Q_EMIT statusMessage(saved.error().message);
    }
    m_store->discardDraft(m_incident.id, d.kind);
    const QString result = m_result->text();
    reloadIncidents(m_incident.id);
    m_result->setText(result);
}

void StatusBroadcastPanel::send()
{
    if (!m_incident.id)
        return;
    saveDraft();
    QStringList invalid;
    const QStringList to = recipients(&invalid);
    if (!invalid.isEmpty() || to.isEmpty()) {
        m_result->setText(to.isEmpty() && invalid.isEmpty() ? tr("Nobody to send it to: add recipients.")
                                                            : tr("Fix the recipients first."));
        m_recipients->setFocus();
        return;
    }
    if (const Status reviewed = NoticeReview::gate(m_store.get(), m_incident, draft(), reviewRequired());
        !reviewed) {
        m_result->setText(reviewed.error().message);
        updateReviewState();
        return;
    }
    m_sendButton->setEnabled(false);
    m_result->setText(tr("Sending to %1…").arg(to.join(QStringLiteral(", "))));
    const qint64 incident = m_incident.id;
    const NoticeKind kind = currentKind();
    QPointer<StatusBroadcastPanel> self(this);
    m_sender(draft(), to, [self, incident, kind, to](const Outcome &outcome) {
        if (!self)
            return;
        self->m_sendButton->setEnabled(true);
        self->m_result->setText(outcome.attempts.join(QLatin1Char('\n')));
        self->updateReviewState();
        // A result for another incident or notice than the one on screen is
        // still recorded against the one it was sent for.
        if (self->m_incident.id != incident || self->currentKind() != kind)
            return;
        if (outcome.recorded) {
            const QString said = self->m_result->text();
            self->reloadIncidents(incident);
            self->m_result->setText(said);
        } else if (outcome.ok) {
            self->recordSent(outcome.path, to);
        } else if (outcome.offered == u"clipboard") {
            self->copyToClipboard();
        }
    });
}

StatusBroadcastPanel::Sender StatusBroadcastPanel::chainSender()
{
    return [this](const NoticeDraft &d, const QStringList &to,
               const std::function<void(const Outcome &)> &done) {
        BroadcastSettingsStore settingsStore;
        if (const Status loaded = settingsStore.load(); !loaded)
            Q_EMIT statusMessage(loaded.error().message);
        const BroadcastSettings settings = settingsStore.settings(m_profile);
        auto secrets = std::make_shared<SecretStore>();
        auto sender = std::make_shared<NoticeSender>(
            settings, secrets.get(), m_session ? m_session->profile().smtpHost : QString());
        NoticeSender::Request request;
        request.incident = m_incident;
        request.draft = d;
        request.recipients = to;
        request.reviewRequired = reviewRequired();
        request.emlFile = NoticeSender::defaultEmlFile(m_store->path(), m_incident.id, d.kind);
        // Without a keychain (or with nothing in it) the password is asked
        // for, used for this send and kept nowhere.
        for (const QString &relay : sender->relaysWithoutPassword(d.kind.audience, {})) {
            const std::optional<QString> password = RelayPasswordPrompt::ask(this, relay);
            if (!password) {
                done({ false, QString(), { tr("Not sent: no password for relay %1.").arg(relay) }, false,
                    QString() });
                return;
            }
            request.passwords.insert(relay, *password);
        }
        const QString storePath = m_store->path();
        JournalSink *journal = m_journal;
        auto *watcher = new QFutureWatcher<NoticeDelivery::Report>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
            const NoticeDelivery::Report report = watcher->result();
            watcher->deleteLater();
            QStringList lines;
            if (!report.warning.isEmpty())
                lines << report.warning;
            lines << report.lines() << report.problems;
            lines << report.summary();
            done({ report.sent(), report.reachedBy, lines, report.sent(), report.offered });
        });
        watcher->setFuture(QtConcurrent::run([sender, secrets, storePath, journal, request] {
            // The store is this thread's own: an IncidentStore lives on one.
            IncidentStore store(storePath);
            store.open();
            NullJournalSink none;
            return sender->send(&store, journal ? journal : static_cast<JournalSink *>(&none), request);
        }));
    };
}

void StatusBroadcastPanel::tellEveryUser()
{
    if (!m_incident.id)
        return;
    saveDraft();
    const NoticeDraft d = draft();
    if (const Status reviewed = NoticeReview::gate(m_store.get(), m_incident, d, reviewRequired());
        !reviewed) {
        m_result->setText(reviewed.error().message);
        return;
    }
    BroadcastSettingsStore settingsStore;
    if (const Status loaded = settingsStore.load(); !loaded)
        Q_EMIT statusMessage(loaded.error().message);
    const SecretStore secrets;
    AllUsersDialog dialog(
        settingsStore.settings(profileName()), &secrets, m_incident, d, m_store.get(), m_journal, this);
    dialog.exec();
    const qint64 id = m_incident.id;
    reloadIncidents(id);
}

void StatusBroadcastPanel::editBroadcastSettings()
{
    if (profileName().isEmpty())
        return;
    saveDraft();
    const SecretStore secrets;
    BroadcastSettingsDialog dialog(profileName(), QString(), &secrets, this);
    if (dialog.exec() == QDialog::Accepted)
        m_result->setText(
            tr("Notices of %1 now go out by: %2.")
                .arg(profileName(),
                    dialog.settings().fallbackFor(currentKind().audience).join(QStringLiteral(", "))));
}

bool StatusBroadcastPanel::reviewRequired() const
{
    return m_session && m_session->profile().noticeReviewRequired;
}

void StatusBroadcastPanel::updateReviewState()
{
    m_allUsersButton->setVisible(m_incident.id && currentKind().audience == NoticeKind::Audience::EndUsers);
    const bool required = reviewRequired() && m_incident.id;
    m_reviewButton->setVisible(required);
    if (!required) {
        m_sendButton->setToolTip(tr("Send to the recipients (Ctrl+Return)"));
        return;
    }
    const QString reviewer = NoticeReview::reviewerOf(m_store.get(), m_incident, draft());
    if (reviewer.isEmpty()) {
        m_reviewButton->setText(tr("Second look…"));
        m_sendButton->setToolTip(tr(
            "This gateway's notices go out after a second look: have someone read it first (Second look…)"));
    } else {
        m_reviewButton->setText(tr("Reviewed by %1").arg(reviewer));
        m_sendButton->setToolTip(
            tr("Send to the recipients (Ctrl+Return); %1 has read it as it stands").arg(reviewer));
    }
}

void StatusBroadcastPanel::reviewNotice()
{
    if (!m_incident.id)
        return;
    saveDraft();
    const NoticeDraft d = draft();
    NoticeReviewDialog dialog(d, recipients(), m_readability->text(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status marked = NoticeReview::mark(m_store.get(), m_journal, m_incident, d, dialog.reviewer());
        !marked) {
        m_result->setText(marked.error().message);
        return;
    }
    m_result->setText(tr("%1 took the second look: it may go as it stands.").arg(dialog.reviewer()));
    updateReviewState();
    refreshTimeline();
}

void StatusBroadcastPanel::saveEml()
{
    if (!m_incident.id)
        return;
    saveDraft();
    const QString name = QStringLiteral("notice-%1-%2.eml").arg(m_incident.id).arg(currentKind().key());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the notice as a message"),
        QDir::home().filePath(name), tr("E-mail message (*.eml)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    NoticeMessage m;
    const NoticeDraft d = draft();
    m.subject = d.subject;
    m.markdown = d.body;
    for (const QString &a : recipients()) {
        if (const Result<MailAddress> parsed = MailAddress::parse(a))
            m.to << *parsed;
    }
    BroadcastSettingsStore settingsStore;
    settingsStore.load();
    const QString from = settingsStore.settings(m_profile).sender;
    const Result<MailAddress> sender
        = MailAddress::parse(from.isEmpty() ? QStringLiteral("postmaster@localhost") : from);
    if (sender)
        m.from = *sender;
    if (const Status saved = m.saveEml(path); !saved) {
        m_result->setText(saved.error().message);
        return;
    }
    m_result->setText(tr("Saved as %1: open it in a mail program to send it.").arg(path));
    recordSent(QStringLiteral("eml:") + path, recipients());
}

void StatusBroadcastPanel::copyToClipboard()
{
    if (!m_incident.id)
        return;
    const NoticeDraft d = draft();
    QApplication::clipboard()->setText(d.subject + QStringLiteral("\n\n") + d.body);
    m_result->setText(tr("Copied: paste it where your readers will see it."));
    recordSent(QStringLiteral("clipboard"), recipients());
}

} // namespace MailOps

#include "timelinepanel.h"

#include "journal/journalmodel.h"
#include "journal/journalreport.h"
#include "journal/journalstore.h"
#include "timeline/journaldecoration.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace MailOps {

namespace {

// Every event the filter matches goes into an export, not only the rows
// loaded so far; this bounds a runaway journal.
constexpr int kExportLimit = 200000;

void setComboItems(QComboBox *combo, const QList<std::pair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto &[label, value] : items)
        combo->addItem(label, value);
    const int keep = combo->findData(current);
    combo->setCurrentIndex(keep >= 0 ? keep : 0);
}

} // namespace

TimelinePanel::TimelinePanel(JournalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_pages(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_pages);

    if (!m_store || !m_store->isOpen()) {
        auto *unavailable = new QLabel(m_pages);
        unavailable->setObjectName(QStringLiteral("timelineUnavailable"));
        unavailable->setWordWrap(true);
        unavailable->setAlignment(Qt::AlignCenter);
        unavailable->setText(tr("The journal could not be opened, so nothing seen or done is being recorded. "
                                "Check that the data directory is writable and start the console again."));
        if (m_store)
            unavailable->setToolTip(m_store->path());
        m_pages->addWidget(unavailable);
        m_pages->setCurrentWidget(unavailable);
        return;
    }

    m_model = new JournalModel(m_store, this);
    m_decoration = new JournalDecoration(this);
    m_decoration->setSourceModel(m_model);

    auto *content = new QWidget(m_pages);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(content);
    m_kind->setObjectName(QStringLiteral("timelineKind"));
    m_kind->setToolTip(tr("Which module or kind of event to show"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_gateway = new QComboBox(content);
    m_gateway->setObjectName(QStringLiteral("timelineGateway"));
    m_gateway->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_severity = new QComboBox(content);
    m_severity->setObjectName(QStringLiteral("timelineSeverity"));
    m_severity->addItem(tr("Any severity"), int(JournalEvent::Severity::Info));
    m_severity->addItem(tr("Notices and worse"), int(JournalEvent::Severity::Notice));
    m_severity->addItem(tr("Warnings and worse"), int(JournalEvent::Severity::Warning));
    m_severity->addItem(tr("Critical only"), int(JournalEvent::Severity::Critical));
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setPlaceholderText(tr("Find in summaries, kinds and queue IDs…"));
    m_search->setClearButtonEnabled(true);
    m_export = new QPushButton(tr("Export as postmortem…"), content);
    m_export->setObjectName(QStringLiteral("timelineExport"));
    m_export->setToolTip(tr("The events shown, oldest first, as Markdown, JSON or text"));
    filters->addWidget(new QLabel(tr("Show:"), content));
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("Gateway:"), content));
    filters->addWidget(m_gateway);
    filters->addWidget(m_severity);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_export);
    contentLayout->addLayout(filters);
    m_incidentBar = new QWidget(content);
    m_incidentBar->setObjectName(QStringLiteral("timelineIncidentBar"));
    auto *incidentRow = new QHBoxLayout(m_incidentBar);
    incidentRow->setContentsMargins(0, 0, 0, 0);
    m_incidentText = new QLabel(m_incidentBar);
    m_incidentText->setObjectName(QStringLiteral("timelineIncident"));
    auto *allEvents = new QPushButton(tr("Show all events"), m_incidentBar);
    allEvents->setObjectName(QStringLiteral("timelineAllEvents"));
    connect(allEvents, &QPushButton::clicked, this, &TimelinePanel::clearIncident);
    incidentRow->addWidget(m_incidentText, 1);
    incidentRow->addWidget(allEvents);
    m_incidentBar->hide();
    contentLayout->addWidget(m_incidentBar);

    auto *split = new QSplitter(Qt::Vertical, content);
    auto *listPart = new QWidget(split);
    auto *listLayout = new QVBoxLayout(listPart);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTreeView(listPart);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_decoration);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(JournalModel::Summary, QHeaderView::Stretch);
    m_view->setColumnHidden(JournalModel::Kind, false);
    m_empty = new QLabel(listPart);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_count = new QLabel(listPart);
    m_count->setObjectName(QStringLiteral("timelineCount"));
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_empty, 1);
    listLayout->addWidget(m_count);

    auto *detailPart = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(detailPart);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QPlainTextEdit(detailPart);
    m_details->setObjectName(QStringLiteral("timelineDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an event to see its details."));
    m_open = new QPushButton(detailPart);
    m_open->setObjectName(QStringLiteral("timelineOpen"));
    m_open->hide();
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch(1);
    detailLayout->addWidget(m_details, 1);
    detailLayout->addLayout(openRow);
    split->addWidget(listPart);
    split->addWidget(detailPart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    contentLayout->addWidget(split, 1);
    m_pages->addWidget(content);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    refreshChoices();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyFilters);
    connect(m_gateway, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyFilters);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Enter does not wait for the pause in typing.
    connect(m_search, &QLineEdit::returnPressed, this, &TimelinePanel::applyFilters);
    connect(m_searchDelay, &QTimer::timeout, this, &TimelinePanel::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &TimelinePanel::exportWithDialog);
    connect(m_open, &QPushButton::clicked, this, &TimelinePanel::openSelected);
    connect(m_view, &QTreeView::activated, this, &TimelinePanel::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TimelinePanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePanel::showSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelinePanel::updateEmptyState);
    connect(m_model, &JournalModel::loadFailed, this,
        [this](const Error &error) { Q_EMIT statusMessage(tr("Timeline: %1").arg(error.message)); });
    // New kinds and gateways join the choices as they are first recorded.
    connect(m_store, &JournalStore::eventsAdded, this, &TimelinePanel::refreshChoices);
    updateEmptyState();
}

TimelinePanel::~TimelinePanel() = default;

QString TimelinePanel::linkText(const JournalEvent &event)
{
    const QString &s = event.subject;
    if (s.startsWith(QLatin1String("queue:")))
        return tr("Show message %1 in the Gateway monitor").arg(s.mid(6));
    if (s == QLatin1String("queue") || s.startsWith(QLatin1String("alert:"))
        || event.module() == QLatin1String("monitor"))
        return tr("Show in the Gateway monitor");
    if (event.module() == QLatin1String("incident"))
        return tr("Show the incident in Status broadcast");
    if (event.module() == QLatin1String("diagnostics")) {
        const QString domain = event.payload.value(QStringLiteral("domain")).toString();
        return domain.isEmpty() ? tr("Show Diagnostics") : tr("Diagnose %1 again").arg(domain);
    }
    return {};
}

void TimelinePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model)
        refreshChoices();
}

void TimelinePanel::refreshChoices()
{
    QList<std::pair<QString, QString>> kinds = {
        { tr("Everything"), QString() },
        { tr("Monitor"), QStringLiteral("monitor.") },
        { tr("Queue"), QStringLiteral("queue.") },
        { tr("Diagnostics"), QStringLiteral("diagnostics.") },
        { tr("Policy"), QStringLiteral("policy.") },
        { tr("Incidents"), QStringLiteral("incident.") },
    };
    if (const Result<QStringList> known = m_store->kinds()) {
        for (const QString &k : known.value())
            kinds.append({ k, k });
    }
    setComboItems(m_kind, kinds);

    QList<std::pair<QString, QString>> gateways = { { tr("All gateways"), QString() } };
    if (const Result<QStringList> known = m_store->profiles()) {
        for (const QString &p : known.value()) {
            if (!p.isEmpty())
                gateways.append({ p, p });
        }
    }
    setComboItems(m_gateway, gateways);
}

void TimelinePanel::applyFilters()
{
    m_searchDelay->stop();
    JournalFilter f = m_model->filter();
    f.kind = m_kind->currentData().toString();
    f.profile = m_gateway->currentData().toString();
    f.minSeverity = JournalEvent::Severity(m_severity->currentData().toInt());
    f.text = m_search->text().trimmed();
    f.from = m_from;
    f.to = m_to;
    m_model->setFilter(f);
}

void TimelinePanel::showIncident(const Incident &incident)
{
    if (!m_incidentBar)
        return;
    m_from = incident.start;
    m_to = incident.end;
    m_incidentText->setText(incident.end.isValid()
            ? tr("Incident #%1 \"%2\": from %3 to %4")
                  .arg(incident.id)
                  .arg(incident.title,
                      incident.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      incident.end.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : tr("Incident #%1 \"%2\": since %3")
                  .arg(incident.id)
                  .arg(incident.title,
                      incident.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_incidentBar->show();
    const int gateway = m_gateway->findData(incident.profile);
    if (gateway >= 0 && gateway != m_gateway->currentIndex())
        m_gateway->setCurrentIndex(gateway); // applies the filters
    else
        applyFilters();
}

void TimelinePanel::clearIncident()
{
    if (!m_incidentBar)
        return;
    m_from = m_to = QDateTime();
    m_incidentBar->hide();
    applyFilters();
}

void TimelinePanel::updateEmptyState()
{
    const int rows = m_model->rowCount();
    const bool filtered = m_from.isValid() || !m_kind->currentData().toString().isEmpty()
        || !m_gateway->currentData().toString().isEmpty() || m_severity->currentIndex() > 0
        || !m_search->text().trimmed().isEmpty();
    m_view->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
    m_empty->setText(filtered
            ? tr("No event matches these filters.")
            : tr("Nothing recorded yet. Restarts, crash loops, queue alerts, held messages, "
                 "queue actions and diagnoses appear here as they happen."));
    if (m_model->canFetchMore({}))
        m_count->setText(tr("The newest %1 events; more load as you scroll.").arg(rows));
    else
        m_count->setText(rows == 1 ? tr("1 event.") : tr("%1 events.").arg(rows));
    m_export->setEnabled(rows > 0);
}

JournalEvent TimelinePanel::selectedEvent() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->event(current.row()) : JournalEvent {};
}

void TimelinePanel::showSelected()
{
    const JournalEvent e = selectedEvent();
    if (e.id == 0) {
        m_details->clear();
        m_open->hide();
        return;
    }
    QString text = tr("%1 (%2 UTC)")
                       .arg(e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           e.time.toUTC().toString(QStringLiteral("HH:mm:ss")));
    text += QLatin1Char('\n') + tr("Gateway: %1").arg(e.profile.isEmpty() ? tr("(none)") : e.profile);
    text += QLatin1Char('\n') + tr("Kind: %1, %2").arg(e.kind, JournalEvent::severityName(e.severity));
    if (!e.subject.isEmpty())
        text += QLatin1Char('\n') + tr("Concerns: %1").arg(e.subject);
    text += QStringLiteral("\n\n") + e.summary;
    if (!e.payload.isEmpty())
        text += QStringLiteral("\n\n")
            + QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Indented));
    m_details->setPlainText(text);
    const QString link = linkText(e);
    m_open->setText(link);
    m_open->setVisible(!link.isEmpty());
}

void TimelinePanel::openSelected()
{
    const JournalEvent e = selectedEvent();
    if (e.id != 0 && !linkText(e).isEmpty())
        Q_EMIT openRequested(e);
}

bool TimelinePanel::exportTo(const QString &path, QString *error)
{
    JournalFilter f = m_model->filter();
    f.limit = kExportLimit;
    const Result<JournalEventList> events = m_store->events(f);
    if (!events) {
        *error = events.error().message;
        return false;
    }
    JournalReport report;
    report.events = events.value();
    const QString gateway = m_gateway->currentData().toString();
    if (!report.events.isEmpty()) {
        const QString from
            = report.events.constLast().time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString to
            = report.events.constFirst().time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        report.title = gateway.isEmpty() ? tr("Timeline from %1 to %2 UTC").arg(from, to)
                                         : tr("Timeline of %1 from %2 to %3 UTC").arg(gateway, from, to);
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    JournalReport::Format format = JournalReport::Format::Text;
    if (!JournalReport::formatFromName(suffix, &format))
        format = JournalReport::Format::Text;

    // Write-then-rename: an export cut short never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(report.render(format).toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void TimelinePanel::exportWithDialog()
{
    const QString name = QStringLiteral("timeline-%1.md")
                             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the timeline"), QDir::home().filePath(name),
            tr("Markdown (*.md);;JSON (*.json);;Text (*.txt)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        Q_EMIT statusMessage(tr("Timeline written to %1").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT statusMessage(error);
}

} // namespace MailOps

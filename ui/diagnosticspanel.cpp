#include "diagnosticspanel.h"

#include "diagnostics/checktreemodel.h"
#include "diagnostics/guidedrun.h"
#include "textviewer.h"
#include "transport/transport.h"
#include "verdictproxymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTime>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace MailOps {

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CheckTreeModel(this))
    , m_proxy(new VerdictProxyModel(CheckTreeModel::Verdict, this))
{
    setObjectName(QStringLiteral("panel_diagnostics"));
    m_proxy->setSourceModel(m_model);

    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setPlaceholderText(tr("Domain that does not receive mail, e.g. example.org"));
    m_domain->setClearButtonEnabled(true);
    m_senderIp = new QLineEdit(this);
    m_senderIp->setObjectName(QStringLiteral("senderIpEdit"));
    m_senderIp->setPlaceholderText(tr("optional: sending IP"));
    m_helo = new QLineEdit(this);
    m_helo->setObjectName(QStringLiteral("heloEdit"));
    m_helo->setPlaceholderText(tr("optional: sender's HELO name"));

    m_runButton = new QPushButton(tr("&Why is mail not arriving?"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setText(tr("Copy evidence report"));
    m_copyButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *copyMenu = new QMenu(m_copyButton);
    copyMenu->addAction(tr("As plain text"), this, [this] { copyReport(QStringLiteral("text")); });
    copyMenu->addAction(tr("As Markdown"), this, [this] { copyReport(QStringLiteral("markdown")); });
    copyMenu->addAction(tr("As JSON"), this, [this] { copyReport(QStringLiteral("json")); });
    m_copyButton->setMenu(copyMenu);
    connect(m_copyButton, &QToolButton::clicked, this, [this] { copyReport(QStringLiteral("text")); });
    m_saveButton = new QPushButton(tr("Save evidence report…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("As Markdown, JSON or text, by the file name's suffix"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("reportNotice"));
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Shortcuts are actions of the panel, so the window can list them.
    m_runAction = new QAction(tr("Run the diagnosis"), this);
    m_runAction->setObjectName(QStringLiteral("actionRunDiagnosis"));
    m_runAction->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R) });
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_runAction, &QAction::triggered, this, &DiagnosticsPanel::startRun);
    addAction(m_runAction);
    m_cancelAction = new QAction(tr("Cancel the diagnosis"), this);
    m_cancelAction->setObjectName(QStringLiteral("actionCancelDiagnosis"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &DiagnosticsPanel::cancelRun);
    addAction(m_cancelAction);
    m_saveAction = new QAction(tr("Save the evidence report to a file"), this);
    m_saveAction->setObjectName(QStringLiteral("actionSaveReport"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &DiagnosticsPanel::saveReport);
    addAction(m_saveAction);

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_domain, 3);
    targetRow->addWidget(m_senderIp, 1);
    targetRow->addWidget(m_helo, 1);
    targetRow->addWidget(m_runButton);
    targetRow->addWidget(m_cancelButton);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m checks"));
    m_progress->setMaximumHeight(18);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setMargin(8);
    m_verdict->setText(tr("Enter a domain and start the run. Every check shows up here as it goes."));

    m_stamp = new QLabel(this);
    m_stamp->setObjectName(QStringLiteral("runStamp"));
    m_stamp->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("checkTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(CheckTreeModel::Title, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CheckTreeModel::Verdict, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CheckTreeModel::Summary, QHeaderView::Stretch);

    m_detailTitle = new QLabel(this);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence = new TextViewer(this);
    m_evidence->setObjectName(QStringLiteral("evidenceViewer"));
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailTitle);
    detailsLayout->addWidget(m_evidence, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_notice);
    bottom->addWidget(m_copyButton);
    bottom->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(targetRow);
    layout->addWidget(m_verdict);
    layout->addWidget(m_stamp);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_runButton, &QPushButton::clicked, this, &DiagnosticsPanel::startRun);
    connect(m_domain, &QLineEdit::returnPressed, this, &DiagnosticsPanel::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &DiagnosticsPanel::cancelRun);
    connect(m_saveButton, &QPushButton::clicked, this, &DiagnosticsPanel::saveReport);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &DiagnosticsPanel::showSelected);
    setRunning(false);
    clearResults();
}

void DiagnosticsPanel::setSession(GatewaySession *session)
{
    const bool wasRunning = isRunning();
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    GuidedRun *run = session ? session->guidedRun() : nullptr;
    if (wasRunning)
        m_stoppedRunOf = m_profile.name;
    if (run != m_run) {
        // Nothing of another session's run stays on screen: not its tree,
        // not its verdict, not a report to copy or save.
        clearResults();
    }
    setRunning(false);
    m_session = session;
    m_run = run;
    if (!m_run) {
        m_profile = GatewayProfile();
        m_verdict->setText(m_stoppedRunOf.isEmpty()
                ? tr("Loading the gateway profile…")
                : tr("The run for %1 was stopped: the gateway profile changed.")
                      .arg(m_stoppedRunOf.toHtmlEscaped()));
        return;
    }
    m_profile = session->profile();
    const QString ready = tr("%1: enter a domain and start the run. Every check shows up here as it goes.")
                              .arg(m_profile.name.toHtmlEscaped());
    m_verdict->setText(m_stoppedRunOf.isEmpty()
            ? ready
            : tr("The run for %1 was stopped: the gateway profile changed.")
                    .arg(m_stoppedRunOf.toHtmlEscaped())
                + QLatin1Char(' ') + ready);
    m_stoppedRunOf.clear();
    m_stamp->setText(tr("%1 — no run yet").arg(m_profile.name));
    if (m_domain->text().isEmpty() && m_profile == GatewayProfile::lab())
        m_domain->setText(QStringLiteral("mailops.test"));
    connect(m_run, &GuidedRun::itemUpdated, this, [this](const CheckItem &item) {
        m_model->upsert(item);
        const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOf(item.id));
        m_tree->expand(idx.parent());
        if (m_tree->currentIndex().isValid() && m_tree->currentIndex().siblingAtColumn(0) == idx)
            showSelected();
    });
    connect(m_run, &GuidedRun::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_run, &GuidedRun::finished, this, &DiagnosticsPanel::onFinished);
}

void DiagnosticsPanel::showLoading(const QString &profile)
{
    setSession(nullptr);
    m_verdict->setText(tr("Loading %1…").arg(profile.toHtmlEscaped()));
    m_stamp->setText(tr("Loading %1…").arg(profile));
}

void DiagnosticsPanel::clearResults()
{
    m_model->clear();
    m_evidence->clear();
    m_detailTitle->clear();
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_report = EvidenceReport();
    m_verdict->setStyleSheet(QString());
    m_stamp->clear();
    m_notice->clear();
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_saveAction->setEnabled(false);
}

bool DiagnosticsPanel::isRunning() const
{
    return m_run && m_run->isRunning();
}

void DiagnosticsPanel::setDomain(const QString &domain)
{
    m_domain->setText(domain);
}

QString DiagnosticsPanel::verdictText() const
{
    return m_verdict->text();
}

QString DiagnosticsPanel::stampText() const
{
    return m_stamp->text();
}

QString DiagnosticsPanel::noticeText() const
{
    return m_notice->text();
}

void DiagnosticsPanel::startRun()
{
    const QString domain = m_domain->text().trimmed().toLower();
    if (domain.isEmpty()) {
        m_verdict->setText(tr("Enter the domain whose mail does not arrive."));
        m_domain->setFocus();
        return;
    }
    if (!m_run) {
        m_verdict->setText(tr("No gateway profile is loaded yet."));
        return;
    }
    if (m_run->isRunning())
        m_run->cancel();
    clearResults();
    m_verdict->setText(tr("Checking %1 for %2…").arg(domain.toHtmlEscaped(), m_profile.name.toHtmlEscaped()));
    GuidedRun::Options o = GuidedRun::Options::forProfile(m_profile, domain);
    o.senderIp = m_senderIp->text().trimmed();
    o.helo = m_helo->text().trimmed();
    // The Postfix policy is read through the session's own transport: the
    // gateway being diagnosed, never this machine by default.
    if (m_session) {
        const Result<Transport *> transport = m_session->transport();
        m_run->setTransport(
            transport ? transport.value() : nullptr, transport ? QString() : transport.error().message);
    }
    setRunning(true);
    m_stamp->setText(tr("%1 — started %2, running…")
                         .arg(m_profile.name, QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_run->start(o);
}

void DiagnosticsPanel::cancelRun()
{
    if (!isRunning())
        return;
    m_run->cancel();
}

void DiagnosticsPanel::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_runAction->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_cancelAction->setEnabled(running);
    m_progress->setVisible(running || m_progress->value() > 0);
}

void DiagnosticsPanel::onFinished(const EvidenceReport &report)
{
    // A run belongs to its session's profile; one that finished under
    // another would be shown as the wrong gateway's.
    if (report.profile != m_profile.name)
        return;
    m_report = report;
    setRunning(false);
    m_copyButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    m_saveAction->setEnabled(true);
    m_stamp->setText(tr("%1 · %2, %3 checks in %4 s")
                         .arg(report.stamp(), report.target)
                         .arg(report.items.size())
                         .arg(double(report.started.msecsTo(report.finished)) / 1000.0, 0, 'f', 1));
    showVerdict();
    // Put the evidence of the worst finding in front of the admin.
    const QString first
        = report.conclusions.isEmpty() || report.conclusions.constFirst().evidenceIds.isEmpty()
        ? QString()
        : report.conclusions.constFirst().evidenceIds.constFirst();
    const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOf(first));
    if (idx.isValid()) {
        m_tree->setCurrentIndex(idx);
        m_tree->scrollTo(idx);
    }
}

void DiagnosticsPanel::showVerdict()
{
    if (m_report.items.isEmpty() && m_report.conclusions.isEmpty())
        return;
    const CheckItem::Verdict overall = m_report.overall();
    QString html = QStringLiteral("<div><b>%1</b></div>").arg(m_report.stamp().toHtmlEscaped());
    html += QStringLiteral("<b style='color:%1'>%2</b> ")
                .arg(VerdictProxyModel::colour(int(overall)).name(),
                    CheckItem::verdictLabel(overall).toHtmlEscaped());
    if (m_report.conclusions.isEmpty()) {
        html += tr("No problem found by these checks for %1.").arg(m_report.target.toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul style='margin:0'>");
        for (const EvidenceReport::Conclusion &c : m_report.conclusions) {
            html += QStringLiteral("<li><b style='color:%1'>%2</b> %3<br/><span>%4</span></li>")
                        .arg(VerdictProxyModel::colour(int(c.severity)).name(),
                            CheckItem::verdictLabel(c.severity).toHtmlEscaped(), c.headline.toHtmlEscaped(),
                            c.explanation.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_verdict->setText(html);
    // The text's colour from the palette of now, set in the sheet: a label
    // with a style sheet keeps the colours of the theme it was styled in.
    m_verdict->setStyleSheet(
        QStringLiteral("QLabel#verdictLabel { border: 2px solid %1; border-radius: 4px; color: %2; }")
            .arg(VerdictProxyModel::colour(int(overall)).name(),
                QApplication::palette().color(QPalette::WindowText).name()));
}

void DiagnosticsPanel::showSelected()
{
    const QModelIndex idx = m_proxy->mapToSource(m_tree->currentIndex());
    if (!idx.isValid())
        return;
    const CheckItem *item = m_model->item(idx.data(CheckTreeModel::IdRole).toString());
    if (!item)
        return;
    m_detailTitle->setText(
        QStringLiteral("<b>%1</b> — %2<br/>%3")
            .arg(item->title.toHtmlEscaped(), CheckItem::verdictLabel(item->verdict).toHtmlEscaped(),
                item->summary.toHtmlEscaped()));
    m_evidence->setContent(item->evidence, item->evidenceSyntax);
}

void DiagnosticsPanel::copyReport(const QString &format)
{
    QString text;
    if (format == QLatin1String("markdown"))
        text = m_report.toMarkdown();
    else if (format == QLatin1String("json"))
        text = QString::fromUtf8(QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented));
    else
        text = m_report.toText();
    QApplication::clipboard()->setText(text);
    showNotice(tr("Evidence report copied to the clipboard (%1).")
                   .arg(format == QLatin1String("markdown")  ? tr("Markdown")
                           : format == QLatin1String("json") ? tr("JSON")
                                                             : tr("plain text")));
}

bool DiagnosticsPanel::saveReportTo(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        bytes = m_report.toMarkdown().toUtf8();
    else if (suffix == QLatin1String("json"))
        bytes = QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented);
    else
        bytes = m_report.toText().toUtf8();
    // Write-then-rename: a save cut short never leaves half a report.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void DiagnosticsPanel::saveReport()
{
    if (!m_report.started.isValid())
        return;
    QString slug = (m_report.profile + QLatin1Char('-') + m_report.target).toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9.]+")), QStringLiteral("-"));
    const QString name = QStringLiteral("evidence-%1-%2.md")
                             .arg(slug, m_report.started.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString markdown = tr("Markdown (*.md)");
    const QString json = tr("JSON (*.json)");
    const QString text = tr("Text (*.txt)");
    QString filter = markdown;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the evidence report"),
        QDir::home().filePath(name), QStringList { markdown, json, text }.join(QStringLiteral(";;")), &filter,
        QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    // A name typed without a suffix takes the format of the chosen filter.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == json ? QStringLiteral(".json")
            : filter == text   ? QStringLiteral(".txt")
                               : QStringLiteral(".md");
    QString error;
    if (saveReportTo(path, &error))
        showNotice(tr("Evidence report saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        showNotice(error);
}

void DiagnosticsPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
}

QAction *DiagnosticsPanel::actionFor(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    for (QAction *a : actions()) {
        if (a->isEnabled() && a->shortcutContext() == Qt::WidgetWithChildrenShortcut
            && a->shortcuts().contains(pressed))
            return a;
    }
    return nullptr;
}

bool DiagnosticsPanel::event(QEvent *event)
{
    // A theme switch: the verdict's colours are drawn again from the new palette.
    if (event->type() == QEvent::ApplicationPaletteChange)
        showVerdict();
    // F5 is also the window's "check the gateway now"; two shortcuts on one
    // key would both stay silent. Inside this panel it means this panel's
    // action: claiming the key here turns it into a key press for the panel.
    if (event->type() == QEvent::ShortcutOverride && actionFor(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void DiagnosticsPanel::keyPressEvent(QKeyEvent *event)
{
    if (QAction *a = actionFor(event)) {
        a->trigger();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace MailOps

#include "crashloopbanner.h"

#include "incident/incidentseed.h"
#include "message/scannedmessagemodel.h"
#include "monitor/gatewaymonitor.h"
#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTime>

namespace MailOps {

CrashLoopBanner::CrashLoopBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("crashLoopBanner"));
    // A plain QWidget paints no style-sheet background without this: the
    // banner's white text would stand on the window's grey.
    setAttribute(Qt::WA_StyledBackground, true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("crashLoopText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_holdButton = new QPushButton(tr("Hold the suspect message"), this);
    m_holdButton->setObjectName(QStringLiteral("holdButton"));
    m_dismissButton = new QPushButton(tr("Dismiss"), this);
    m_dismissButton->setObjectName(QStringLiteral("dismissResolved"));
    m_dismissButton->hide();
    connect(m_dismissButton, &QPushButton::clicked, this, &CrashLoopBanner::reset);
    m_incidentButton = new QPushButton(tr("Open an incident…"), this);
    m_incidentButton->setObjectName(QStringLiteral("openIncident"));
    m_incidentButton->setToolTip(tr("Start the notices to management, partners and users from this loop"));
    connect(m_incidentButton, &QPushButton::clicked, this, [this] {
        if (!m_monitor)
            return;
        const std::optional<QueueSummary> queue = m_monitor->lastQueueAt().isValid()
            ? std::optional<QueueSummary>(m_monitor->lastQueue())
            : std::nullopt;
        Q_EMIT incidentRequested(IncidentSeed::fromCrashLoop(m_alert, m_monitor->profile().name, queue));
    });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_holdButton);
    layout->addWidget(m_incidentButton);
    layout->addWidget(m_dismissButton);
    paint(false);
    connect(m_holdButton, &QPushButton::clicked, this, &CrashLoopBanner::holdSuspect);
    hide();
}

void CrashLoopBanner::paint(bool resolved)
{
    // Red while the loop runs; once over, the palette's own text on a green
    // tint, readable in light and dark.
    if (resolved) {
        const QPalette app = QApplication::palette();
        setStyleSheet(
            QStringLiteral("#crashLoopBanner { background: %1; border-radius: 4px; } "
                           "#crashLoopBanner QLabel { color: %2; }")
                .arg(Theme::tint(Theme::Severity::Ok, app).name(), app.color(QPalette::WindowText).name()));
    } else {
        setStyleSheet(QStringLiteral("#crashLoopBanner { background: %1; border-radius: 4px; } "
                                     "#crashLoopBanner QLabel { color: %2; }")
                          .arg(Theme::colour(Theme::Severity::Critical).name(),
                              Theme::textOn(Theme::Severity::Critical).name()));
    }
}

void CrashLoopBanner::showResolved(const QString &service)
{
    if (!isVisible() || m_resolved)
        return;
    m_resolved = true;
    paint(true);
    QStringList held;
    for (const QString &id : std::as_const(m_suspects)) {
        if (m_held.contains(id) || m_autoHeld.contains(id))
            held << id;
    }
    const QString when = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    const QString text = held.isEmpty()
        ? tr("Resolved at %1: %2 runs without restarts again.").arg(when, service)
        : tr("Resolved at %1: %2 runs without restarts again (message %3 held; release it once the cause "
             "is fixed).")
              .arg(when, service, held.join(QStringLiteral(", ")));
    m_text->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    m_text->setToolTip(QString());
    m_holdButton->hide();
    m_dismissButton->show();
}

void CrashLoopBanner::reset()
{
    hide();
    m_resolved = false;
    paint(false);
    m_dismissButton->hide();
    m_text->clear();
    m_suspects.clear();
    m_held.clear();
    m_autoHeld.clear();
}

void CrashLoopBanner::setMonitor(GatewayMonitor *monitor)
{
    if (m_monitor) {
        m_monitor->disconnect(this);
        m_monitor->alerts()->disconnect(this);
    }
    reset();
    m_monitor = monitor;
    if (!monitor)
        return;
    connect(monitor, &GatewayMonitor::alertRaised, this,
        [this](const CrashLoopAlert &a, const QStringList &suspects) {
            m_suspects = suspects;
            onAlert(a);
        });
    connect(monitor, &GatewayMonitor::suspectsChecked, this, &CrashLoopBanner::onSuspectsChecked);
    connect(monitor, &GatewayMonitor::alertCleared, this, [this](const QString &service) {
        Q_EMIT alert(tr("Crash loop over"), tr("%1 has been running without restarts.").arg(service), false);
        if (m_monitor && !m_monitor->alerts()->worst(QStringLiteral("crashloop")))
            showResolved(service);
    });
    connect(monitor, &GatewayMonitor::suspectAutoHeld, this, [this](const QString &id, const QString &) {
        m_autoHeld.insert(id);
        m_holdButton->setEnabled(false);
    });
    connect(monitor, &GatewayMonitor::holdFinished, this,
        [this](const QString &id, const Status &st) { onHoldFinished(id, st.ok()); });
    connect(monitor->alerts(), &ActiveAlerts::changed, this, &CrashLoopBanner::followAlerts);
}

void CrashLoopBanner::followAlerts()
{
    // The alerts say whether any crash loop is still on; the text stays the
    // one of the loop reported last.
    if (!m_resolved && (!m_monitor || !m_monitor->alerts()->worst(QStringLiteral("crashloop"))))
        hide();
}

void CrashLoopBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        paint(m_resolved);
    QWidget::changeEvent(event);
}

QString CrashLoopBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void CrashLoopBanner::onAlert(const CrashLoopAlert &a)
{
    const bool first = !isVisible() || m_resolved;
    m_alert = a;
    if (m_resolved) {
        m_resolved = false;
        paint(false);
        m_dismissButton->hide();
    }
    QString text = QStringLiteral("<b>%1</b>").arg(tr("CRASH LOOP: %1").arg(a.summary()).toHtmlEscaped());
    if (!m_suspects.isEmpty()) {
        text += QStringLiteral("<br/>")
            + tr("Suspect: queued message %1, which %2 was processing when it died.")
                  .arg(m_suspects.constFirst(), a.service)
                  .toHtmlEscaped();
    }
    if (!a.logLines.isEmpty()) {
        // Always three lines, each cut to one row: the banner keeps its
        // height between reports, so nothing below moves under the pointer.
        QStringList lines = a.logLines.mid(qMax(0, int(a.logLines.size()) - 3));
        while (lines.size() < 3)
            lines.prepend(QString());
        QStringList shown;
        for (const QString &line : std::as_const(lines))
            shown << (line.size() > 110 ? line.left(109) + QStringLiteral("…") : line).toHtmlEscaped();
        text += QStringLiteral("<br/><tt>%1</tt>").arg(shown.join(QStringLiteral("<br/>")));
        m_text->setToolTip(a.logLines.mid(qMax(0, int(a.logLines.size()) - 10)).join(QLatin1Char('\n')));
    }
    m_text->setText(text);
    m_holdButton->setVisible(!m_suspects.isEmpty());
    // A suspect already held stays held: the loop's next report is no reason
    // to offer the button again.
    const bool held = !m_suspects.isEmpty()
        && (m_held.contains(m_suspects.constFirst()) || m_autoHeld.contains(m_suspects.constFirst()));
    m_holdButton->setEnabled(!m_suspects.isEmpty() && !held);
    show();
    if (first)
        Q_EMIT alert(tr("Crash loop: %1").arg(a.service), a.summary(), true);
}

void CrashLoopBanner::onSuspectsChecked(const QString &, const ScannedMessageList &suspects)
{
    if (suspects.isEmpty())
        return;
    // The linter's verdict goes beside the log's: a suspect with defects is
    // very likely the poison, one without may only have been in the way.
    const ScannedMessage &top = suspects.constFirst();
    m_suspects.removeAll(top.entry.queueId);
    m_suspects.prepend(top.entry.queueId);
    m_holdButton->setEnabled(!m_held.contains(top.entry.queueId) && !m_autoHeld.contains(top.entry.queueId));
    QString verdict;
    if (!top.fetched)
        verdict = tr("Could not read it: %1").arg(top.fetchError);
    else if (top.report.hasErrors())
        verdict
            = tr("The linter finds it malformed: %1.").arg(ScannedMessageModel::defectSummary(top.report));
    else
        verdict = tr("The linter finds nothing wrong with it; the crash may have another cause.");
    QString text = m_text->text();
    const int cut = text.indexOf(QLatin1String("<br/><i>"));
    if (cut >= 0)
        text.truncate(cut);
    m_text->setText(text
        + QStringLiteral("<br/><i>%1 %2</i>")
              .arg(top.entry.queueId.toHtmlEscaped(), verdict.toHtmlEscaped()));
}

void CrashLoopBanner::onHoldFinished(const QString &id, bool ok)
{
    if (ok)
        m_held.insert(id);
    m_holdButton->setEnabled(!ok);
}

void CrashLoopBanner::holdSuspect()
{
    if (m_suspects.isEmpty() || !m_monitor)
        return;
    m_holdButton->setEnabled(false);
    m_monitor->hold(m_suspects.constFirst());
}

} // namespace MailOps

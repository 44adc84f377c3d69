#include "crashloopbanner.h"

#include "message/scannedmessagemodel.h"
#include "monitor/gatewaymonitor.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace MailOps {

CrashLoopBanner::CrashLoopBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("crashLoopBanner"));
    // A plain QWidget paints no style-sheet background without this: the
    // banner's white text would stand on the window's grey.
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral(
        "#crashLoopBanner { background: %1; border-radius: 4px; } #crashLoopBanner QLabel { color: %2; }")
                      .arg(Theme::colour(Theme::Severity::Critical).name(),
                          Theme::textOn(Theme::Severity::Critical).name()));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("crashLoopText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_holdButton = new QPushButton(tr("Hold the suspect message"), this);
    m_holdButton->setObjectName(QStringLiteral("holdButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_holdButton);
    connect(m_holdButton, &QPushButton::clicked, this, &CrashLoopBanner::holdSuspect);
    hide();
}

void CrashLoopBanner::reset()
{
    hide();
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
    if (!m_monitor || !m_monitor->alerts()->worst(QStringLiteral("crashloop")))
        hide();
}

QString CrashLoopBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void CrashLoopBanner::onAlert(const CrashLoopAlert &a)
{
    const bool first = !isVisible();
    QString text = QStringLiteral("<b>%1</b>").arg(tr("CRASH LOOP: %1").arg(a.summary()).toHtmlEscaped());
    if (!m_suspects.isEmpty()) {
        text += QStringLiteral("<br/>")
            + tr("Suspect: queued message %1, which %2 was processing when it died.")
                  .arg(m_suspects.constFirst(), a.service)
                  .toHtmlEscaped();
    }
    if (!a.logLines.isEmpty()) {
        text += QStringLiteral("<br/><tt>%1</tt>")
                    .arg(a.logLines.mid(qMax(0, int(a.logLines.size()) - 3))
                             .join(QStringLiteral("\n"))
                             .toHtmlEscaped()
                             .replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
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

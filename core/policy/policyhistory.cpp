#include "policyhistory.h"

#include "journal/journalevent.h"
#include "journal/journalsink.h"
#include "policy/policyworker.h"

#include <QThread>

namespace MailOps {

PolicyHistory::PolicyHistory(
    const GatewayProfile &profile, const QString &storePath, JournalSink *journal, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_journal(journal)
    , m_thread(new QThread(this))
    , m_worker(new PolicyWorker(profile, storePath, this))
{
    qRegisterMetaType<PolicyVersion>();
    qRegisterMetaType<PolicyApplier::Report>();
    m_thread->setObjectName(QStringLiteral("policy ") + profile.name);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_poll.setInterval(60000);
    connect(&m_poll, &QTimer::timeout, this, &PolicyHistory::refresh);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &PolicyHistory::tick);
    m_watch.setInterval(15000);
    connect(&m_watch, &QTimer::timeout, this, [this] {
        if (m_busy || !m_confirmBy.isValid())
            return;
        QMetaObject::invokeMethod(m_worker, [w = m_worker, clients = m_clients] { w->watch(clients); });
    });
}

void PolicyHistory::setWatchInterval(int ms)
{
    if (ms <= 0) {
        m_watch.stop();
        m_watch.setInterval(0);
        return;
    }
    m_watch.setInterval(ms);
    if (m_confirmBy.isValid())
        m_watch.start();
}

PolicyHistory::~PolicyHistory()
{
    // The worker may be in the middle of an apply: it finishes (the store
    // knows what is under way either way) before anything here goes.
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        delete m_worker; // never moved into a running thread: nothing deletes it later
        return;
    }
    m_thread->quit();
    m_thread->wait();
}

void PolicyHistory::setPollInterval(int ms)
{
    if (ms <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.setInterval(ms);
    if (m_thread->isRunning())
        m_poll.start();
}

void PolicyHistory::start()
{
    if (!m_thread->isRunning()) {
        m_thread->start();
        if (m_poll.interval() > 0)
            m_poll.start();
    }
    setBusy(true, tr("reading the gateway's policy"));
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->refresh(true); });
}

void PolicyHistory::refresh()
{
    if (m_busy || !m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->refresh(false); });
}

void PolicyHistory::load(qint64 number)
{
    if (!m_thread->isRunning())
        start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, number] { w->load(number); });
}

void PolicyHistory::apply(const PolicyApplier::Request &request)
{
    if (!m_thread->isRunning())
        start();
    setBusy(true, tr("applying"));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request] { w->apply(request, false); });
}

void PolicyHistory::preview(const PolicySnapshot &proposed, int hours)
{
    if (!m_thread->isRunning())
        start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, proposed, hours] { w->preview(proposed, hours); });
}

void PolicyHistory::propose(const PolicySnapshot &proposed, const QString &comment)
{
    if (!m_thread->isRunning())
        start();
    setBusy(true, tr("keeping the proposal"));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, proposed, comment] { w->propose(proposed, comment); });
}

void PolicyHistory::applyProposed(qint64 number, const QString &comment)
{
    if (!m_thread->isRunning())
        start();
    setBusy(true, tr("applying %1").arg(PolicyVersion::label(number)));
    PolicyApplier::Request request;
    request.existing = number;
    request.comment = comment;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, request, clients = m_clients] { w->applyExisting(request, clients); });
}

void PolicyHistory::dropShadow()
{
    if (m_shadow && m_shadow->shadow.parent > 0)
        rollback(m_shadow->shadow.parent);
}

void PolicyHistory::rollback(qint64 number, int confirmWithinSeconds)
{
    if (!m_thread->isRunning())
        start();
    setBusy(true, tr("rolling back to %1").arg(PolicyVersion::label(number)));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, number, confirmWithinSeconds, clients = m_clients] {
        w->rollback(number, confirmWithinSeconds, clients);
    });
}

void PolicyHistory::confirm()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->confirm(); });
}

void PolicyHistory::setBusy(bool busy, const QString &step)
{
    if (busy == m_busy && !busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy, step);
}

void PolicyHistory::record(const JournalEvent &event)
{
    if (m_journal)
        m_journal->record(event);
}

void PolicyHistory::onListed(const QList<PolicyVersion> &versions, qint64 live, qint64 awaiting,
    const QDateTime &confirmBy, const QString &recovered, const std::optional<PolicyVersion> &drift)
{
    m_versions = versions;
    m_live = live;
    m_awaiting = awaiting;
    m_confirmBy = confirmBy;
    if (m_confirmBy.isValid()) {
        if (!m_countdown.isActive())
            m_countdown.start();
        if (m_watch.interval() > 0 && !m_watch.isActive())
            m_watch.start();
        tick();
    } else {
        m_watch.stop();
        if (m_countdown.isActive()) {
            m_countdown.stop();
            Q_EMIT confirmCountdown(-1);
        }
    }
    setBusy(false);
    if (!recovered.isEmpty()) {
        record(PolicyApplier::event(
            m_profile.name, JournalEvent::Severity::Warning, QStringLiteral("policy.revert"), recovered, 0));
        Q_EMIT message(recovered, true);
    }
    if (drift) {
        const JournalEvent e = PolicyApplier::driftEvent(m_profile.name, *drift);
        record(e);
        Q_EMIT message(e.summary, true);
    }
    Q_EMIT versionsChanged();
}

void PolicyHistory::onApplied(const PolicyApplier::Report &report, bool rollback)
{
    if (const std::optional<JournalEvent> e = PolicyApplier::applyEvent(m_profile.name, report, rollback))
        record(*e);
    Q_EMIT applyFinished(report);
}

void PolicyHistory::tick()
{
    if (!m_confirmBy.isValid())
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_confirmBy);
    if (left > 0) {
        Q_EMIT confirmCountdown(int(left));
        return;
    }
    // The window ran out: the worker's recover() restores the previous version.
    m_countdown.stop();
    m_watch.stop();
    m_confirmBy = QDateTime();
    Q_EMIT confirmCountdown(0);
    setBusy(true, tr("restoring the previous version: not confirmed in time"));
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->refresh(true); });
}

} // namespace MailOps

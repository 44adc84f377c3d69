#include "policyworker.h"

#include "policy/policydiff.h"
#include "policy/policydnsblaudit.h"
#include "policy/policygateway.h"
#include "policy/policyhistory.h"
#include "policy/policyimpactpreview.h"
#include "policy/policyrevertguard.h"
#include "policy/policystore.h"
#include "transport/transport.h"

#include <QBuffer>
#include <QScopeGuard>

namespace MailOps {

namespace {

// The hour before a change on a busy gateway; the log read per look.
constexpr qint64 BaselineBytes = qint64(32) << 20;
constexpr qint64 WatchChunkBytes = qint64(64) << 20;

} // namespace

PolicyWorker::PolicyWorker(const GatewayProfile &profile, const QString &storePath, PolicyHistory *history)
    : m_profile(profile)
    , m_storePath(storePath)
    , m_history(history)
{
}

// The applier and gateway hold raw pointers to the transport and the store:
// they go first.
PolicyWorker::~PolicyWorker()
{
    m_applier.reset();
    m_guard.reset();
    m_gateway.reset();
    m_store.reset();
    m_transport.reset();
}

void PolicyWorker::fail(const Error &error)
{
    QMetaObject::invokeMethod(m_history, [h = m_history, error] {
        h->setBusy(false);
        Q_EMIT h->failed(error);
    });
}

bool PolicyWorker::ready()
{
    if (m_applier)
        return true;
    Result<std::unique_ptr<Transport>> transport = Transport::forProfile(m_profile);
    if (!transport) {
        fail(transport.error());
        return false;
    }
    m_transport = std::move(transport).value();
    m_store = std::make_unique<PolicyStore>(m_storePath);
    if (const Status opened = m_store->open(); !opened) {
        fail(opened.error());
        if (!m_store->isOpen()) {
            m_store.reset();
            return false;
        }
    }
    m_gateway = std::make_unique<PolicyGateway>(
        m_transport.get(), m_profile.postfixConfigDir, m_profile.mailLogPath);
    m_gateway->setStepHook([h = m_history](const QString &step) {
        QMetaObject::invokeMethod(h, [h, step] { h->setBusy(true, step); });
    });
    m_applier = std::make_unique<PolicyApplier>(m_gateway.get(), m_store.get(), m_profile.name);
    m_guard = std::make_unique<PolicyRevertGuard>(m_transport.get());
    m_applier->setGuard(m_guard.get());
    return true;
}

void PolicyWorker::list(const QString &recovered, const std::optional<PolicyVersion> &drift)
{
    const Result<QList<PolicyVersion>> all = m_store->versions(m_profile.name);
    if (!all) {
        fail(all.error());
        return;
    }
    const Result<std::optional<PolicyVersion>> live = m_store->latestWithState(m_profile.name,
        { PolicyVersion::State::Applied, PolicyVersion::State::Confirmed, PolicyVersion::State::Recorded });
    const Result<std::optional<PolicyStore::PendingApply>> pending = m_store->pendingApply(m_profile.name);
    qint64 awaiting = 0;
    QDateTime confirmBy;
    if (pending && pending->has_value()) {
        const QJsonObject journal = pending->value().journal;
        if (journal.value(QStringLiteral("phase")).toString() == u"confirm") {
            awaiting = pending->value().number;
            confirmBy = QDateTime::fromString(
                journal.value(QStringLiteral("confirmBy")).toString(), Qt::ISODateWithMs);
        }
    }
    const qint64 liveNumber = live && live->has_value() ? live->value().number : 0;
    std::optional<PolicyApplier::ShadowReport> shadow;
    if (live && live->has_value() && live->value().origin == PolicyVersion::Origin::Shadow) {
        if (const Result<std::optional<PolicyApplier::ShadowReport>> r = m_applier->shadowReport())
            shadow = *r;
    }
    QMetaObject::invokeMethod(m_history, [h = m_history, shadow] {
        h->m_shadow = shadow;
        Q_EMIT h->shadowChanged();
    });
    QMetaObject::invokeMethod(
        m_history, [h = m_history, versions = *all, liveNumber, awaiting, confirmBy, recovered, drift] {
            h->onListed(versions, liveNumber, awaiting, confirmBy, recovered, drift);
        });
}

void PolicyWorker::refresh(bool recover)
{
    if (!ready())
        return;
    QString recovered;
    if (recover) {
        const Result<QString> r = m_applier->recover();
        if (!r) {
            fail(r.error());
            return;
        }
        recovered = *r;
    }
    bool recorded = false;
    const Result<PolicyVersion> live = m_applier->sync(&recorded);
    if (!live) {
        fail(live.error());
        return;
    }
    std::optional<PolicyVersion> drift;
    if (recorded && live->origin == PolicyVersion::Origin::Drift)
        drift = *live;
    list(recovered, drift);
    audit(live->snapshot);
}

void PolicyWorker::audit(const PolicySnapshot &snapshot)
{
    // Once per live version: the lists are not asked again at every poll.
    const QByteArray digest = snapshot.digest();
    if (digest == m_auditedDigest)
        return;
    m_auditedDigest = digest;
    const QList<PolicyDnsblAudit::List> lists = PolicyDnsblAudit::check(snapshot, m_profile);
    QMetaObject::invokeMethod(m_history, [h = m_history, lists] {
        h->m_audit = lists;
        Q_EMIT h->auditChanged();
    });
}

void PolicyWorker::load(qint64 number)
{
    if (!ready())
        return;
    const Result<PolicyVersion> v = m_store->version(m_profile.name, number);
    if (!v) {
        fail(v.error());
        return;
    }
    QMetaObject::invokeMethod(m_history, [h = m_history, version = *v] { Q_EMIT h->versionLoaded(version); });
}

void PolicyWorker::apply(const PolicyApplier::Request &request, bool rollback)
{
    if (!ready())
        return;
    const PolicyApplier::Report report = m_applier->apply(request);
    QMetaObject::invokeMethod(
        m_history, [h = m_history, report, rollback] { h->onApplied(report, rollback); });
    list({}, std::nullopt);
}

void PolicyWorker::rollback(
    qint64 number, int confirmWithinSeconds, const QList<PolicyHealthCheck::Probe> &clients)
{
    if (!ready())
        return;
    const Result<PolicyVersion> v = m_store->version(m_profile.name, number);
    if (!v) {
        fail(v.error());
        return;
    }
    PolicyApplier::Request request;
    request.proposed = v->snapshot;
    request.origin = PolicyVersion::Origin::Rollback;
    request.rollbackOf = number;
    request.comment = PolicyApplier::tr("rollback to %1").arg(v->label());
    request.confirmWithinSeconds = confirmWithinSeconds;
    request.health = PolicyHealthCheck::forProfile(m_profile, v->snapshot, clients);
    apply(request, true);
}

void PolicyWorker::preview(const PolicySnapshot &proposed, int hours)
{
    if (!ready())
        return;
    const auto tell = [this](const QString &text, bool harms) {
        QMetaObject::invokeMethod(
            m_history, [h = m_history, text, harms] { Q_EMIT h->previewed(text, harms); });
    };
    const Result<std::optional<PolicyVersion>> live = m_store->latestWithState(m_profile.name,
        { PolicyVersion::State::Applied, PolicyVersion::State::Confirmed, PolicyVersion::State::Recorded });
    if (!live || !live->has_value()) {
        tell(PolicyApplier::tr("No impact preview: the live version is not known yet."), false);
        return;
    }
    const Result<QByteArray> log = PolicyImpactPreview::fetchLog(m_gateway.get(), m_profile.mailLogPath);
    if (!log) {
        tell(PolicyApplier::tr("No impact preview: the mail log could not be read (%1).")
                 .arg(log.error().message),
            false);
        return;
    }
    QBuffer buffer;
    buffer.setData(*log);
    buffer.open(QIODevice::ReadOnly);
    PolicyImpactPreview::Options options;
    options.hours = hours;
    const Result<PolicyImpactPreview::Report> r
        = PolicyImpactPreview::run(&buffer, live->value().snapshot, proposed, options);
    if (!r) {
        tell(PolicyApplier::tr("No impact preview: %1").arg(r.error().message), false);
        return;
    }
    QStringList lines;
    lines << PolicyApplier::tr("Impact preview, the last %1 hours of the mail log: %2.")
                 .arg(hours)
                 .arg(r->summary());
    for (const PolicyImpactPreview::RuleImpact &rule : r->rules) {
        if (rule.rejects == 0 && rule.tempfails == 0)
            continue;
        QString line = PolicyApplier::tr("• %1: %2 rejected, %3 tempfailed")
                           .arg(rule.rule)
                           .arg(rule.rejects)
                           .arg(rule.tempfails);
        if (!rule.examples.isEmpty()) {
            const PolicyImpactPreview::Example &e = rule.examples.constFirst();
            line += PolicyApplier::tr(", e.g. %1 at %2").arg(e.client, e.timeText());
        }
        lines << line;
    }
    if (r->newlyAccepted > 0)
        lines << PolicyApplier::tr("• %1 connections refused now would be accepted.").arg(r->newlyAccepted);
    for (const PolicyImpactPreview::NotEvaluated &n : r->notEvaluated)
        lines << PolicyApplier::tr("• %1 (%2 connections)").arg(n.what).arg(n.connections);
    tell(lines.join(QLatin1Char('\n')), r->harmsMail());
}

void PolicyWorker::propose(const PolicySnapshot &proposed, const QString &comment)
{
    if (!ready())
        return;
    const Result<PolicyVersion> v = m_applier->propose(proposed, comment);
    if (!v) {
        fail(v.error());
        return;
    }
    QMetaObject::invokeMethod(m_history, [h = m_history, number = v->number] {
        const QString text
            = PolicyApplier::tr("%1 is proposed: it goes to the gateway once someone applies it.")
                  .arg(PolicyVersion::label(number));
        h->record(PolicyApplier::event(
            h->m_profile.name, JournalEvent::Severity::Info, QStringLiteral("policy.propose"), text, number));
        Q_EMIT h->message(text, false);
    });
    list({}, std::nullopt);
}

void PolicyWorker::applyExisting(
    PolicyApplier::Request request, const QList<PolicyHealthCheck::Probe> &clients)
{
    if (!ready())
        return;
    const Result<PolicyVersion> v = m_store->version(m_profile.name, request.existing);
    if (!v) {
        fail(v.error());
        return;
    }
    request.health = PolicyHealthCheck::forProfile(m_profile, v->snapshot, clients);
    apply(request, false);
}

void PolicyWorker::confirm()
{
    if (!ready())
        return;
    const Status confirmed = m_applier->confirm();
    if (!confirmed) {
        fail(confirmed.error());
        return;
    }
    QMetaObject::invokeMethod(m_history, [h = m_history] {
        h->record(PolicyApplier::confirmEvent(h->m_profile.name, h->m_awaiting));
        Q_EMIT h->message(PolicyApplier::tr("Confirmed: the applied version stays."), false);
    });
    list({}, std::nullopt);
}

void PolicyWorker::watch(const QList<PolicyHealthCheck::Probe> &clients)
{
    // The gateway's commands wait in an event loop, where the next tick's
    // watch() can run and revert under this one: one look at a time.
    if (!ready() || m_watching)
        return;
    m_watching = true;
    const auto done = qScopeGuard([this] { m_watching = false; });
    const Result<std::optional<PolicyApplier::Window>> window = m_applier->window();
    if (!window || !window->has_value()) {
        m_watch.reset();
        return;
    }
    const PolicyApplier::Window w = window->value();
    const Result<qint64> size = m_gateway->logSize();
    if (!m_watch || m_watchVersion != w.version) {
        m_watch = std::make_unique<PolicyHealthWatch>(w.version);
        m_watchVersion = w.version;
        // The hour before the reload; a window without its offset (an older
        // console's) starts from now.
        m_watchOffset = w.logOffset >= 0 ? w.logOffset : (size ? *size : 0);
        const Result<QByteArray> before = m_gateway->readLogBefore(m_watchOffset, BaselineBytes);
        if (!m_watch)
            return;
        m_watch->setBaseline(before ? QByteArrayView(*before) : QByteArrayView(), w.deferredBefore);
        const Result<PolicyVersion> version = m_store->version(m_profile.name, w.version);
        m_watchHealth = PolicyHealthCheck::forProfile(
            m_profile, version ? version->snapshot : PolicySnapshot(), clients);
    }
    if (size && *size < m_watchOffset)
        m_watchOffset = 0; // rotated under us
    const Result<QByteArray> more = m_gateway->readLog(m_watchOffset, WatchChunkBytes);
    // A confirm or a revert that ran while the log was read ended the watch.
    if (!m_watch)
        return;
    if (more) {
        m_watch->feed(*more);
        m_watchOffset += more->size();
    }
    const Result<qint64> deferred = m_gateway->deferredCount();
    const PolicyHealthCheck::Report probe = PolicyHealthCheck::run(m_watchHealth);
    if (!m_watch)
        return;
    const PolicyHealthWatch::Verdict verdict = m_watch->judge(deferred ? *deferred : -1, &probe);
    if (!verdict.hurt) {
        const QString seen
            = PolicyApplier::tr("Watching mail since %1: tempfails %2 a minute (%3 before), "
                                "rejects %4 a minute (%5 before), the check as a client passes.")
                  .arg(PolicyVersion::label(w.version),
                      QString::number(m_watch->tempfailsAfter().perMinute(), 'f', 1),
                      QString::number(m_watch->tempfailsBefore().perMinute(), 'f', 1),
                      QString::number(m_watch->rejectsAfter().perMinute(), 'f', 1),
                      QString::number(m_watch->rejectsBefore().perMinute(), 'f', 1));
        QMetaObject::invokeMethod(m_history, [h = m_history, seen] { Q_EMIT h->watched(seen); });
        return;
    }
    QMetaObject::invokeMethod(m_history, [h = m_history] {
        h->setBusy(true, PolicyApplier::tr("mail is hurt: restoring the previous version"));
    });
    const Result<QString> reverted = m_applier->revert(verdict.sentence);
    m_watch.reset();
    if (!reverted) {
        fail(reverted.error());
        return;
    }
    const qint64 number = w.version;
    QMetaObject::invokeMethod(m_history, [h = m_history, sentence = *reverted, number] {
        h->record(PolicyApplier::event(h->m_profile.name, JournalEvent::Severity::Critical,
            QStringLiteral("policy.revert"), sentence, number));
        Q_EMIT h->message(sentence, true);
    });
    list({}, std::nullopt);
}

} // namespace MailOps

#include "policyapplier.h"

#include "policy/policydiff.h"
#include "policy/policyrevertguard.h"
#include "policy/policystore.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace MailOps {

namespace {

// The versions that describe what the gateway has (or had): the ones a new
// reading is compared with.
const QList<PolicyVersion::State> OnGateway { PolicyVersion::State::Applied, PolicyVersion::State::Confirmed,
    PolicyVersion::State::Recorded };

const QString PhaseWriting = QStringLiteral("writing");
const QString PhaseConfirm = QStringLiteral("confirm");
const QString ShadowUntil = QStringLiteral("shadow until ");
const QString ShadowFromOffset = QStringLiteral(" from log offset ");
// What one shadow count reads at most, so a console first opened days into a
// shadow on a busy gateway catches up over a few polls.
constexpr qint64 ShadowChunkBytes = qint64(64) << 20;
// A shadow kept before its offset was: the tail of the log, filtered by time.
constexpr qint64 ShadowLogBytes = qint64(256) << 20;

} // namespace

PolicyApplier::PolicyApplier(PolicyGateway *gateway, PolicyStore *store, const QString &profile)
    : m_gateway(gateway)
    , m_store(store)
    , m_profile(profile)
{
}

QString PolicyApplier::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Reverted:
        return QStringLiteral("reverted");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

JournalEvent PolicyApplier::event(const QString &profile, JournalEvent::Severity severity,
    const QString &kind, const QString &summary, qint64 version)
{
    JournalEvent e;
    e.profile = profile;
    e.kind = kind;
    e.severity = severity;
    e.summary = summary;
    if (version > 0)
        e.subject = QStringLiteral("version:%1").arg(version);
    return e;
}

std::optional<JournalEvent> PolicyApplier::applyEvent(
    const QString &profile, const Report &report, bool rollback)
{
    using Severity = JournalEvent::Severity;
    const qint64 number = report.version ? report.version->number : 0;
    switch (report.outcome) {
    case Outcome::Applied:
        return event(profile, Severity::Notice,
            rollback                  ? QStringLiteral("policy.rollback")
                : report.shadowOf > 0 ? QStringLiteral("policy.shadow")
                                      : QStringLiteral("policy.apply"),
            report.sentence, number);
    case Outcome::Unchanged:
        return std::nullopt;
    case Outcome::Invalid:
        return event(profile, Severity::Warning, QStringLiteral("policy.invalid"), report.sentence, number);
    case Outcome::Reverted:
        return event(profile, Severity::Critical, QStringLiteral("policy.revert"), report.sentence, number);
    case Outcome::Failed:
        break;
    }
    return event(profile, Severity::Critical, QStringLiteral("policy.failed"), report.sentence, number);
}

JournalEvent PolicyApplier::driftEvent(const QString &profile, const PolicyVersion &drift)
{
    return event(profile, JournalEvent::Severity::Warning, QStringLiteral("policy.drift"),
        tr("The policy was changed outside the console: recorded as %1").arg(drift.label()), drift.number);
}

JournalEvent PolicyApplier::confirmEvent(const QString &profile, qint64 version)
{
    return event(profile, JournalEvent::Severity::Notice, QStringLiteral("policy.confirm"),
        tr("Policy change confirmed"), version);
}

void PolicyApplier::timed(QList<Step> *steps, const QString &name, const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    steps->append(Step { name, clock.elapsed() });
}

Result<PolicyVersion> PolicyApplier::sync(bool *recorded)
{
    if (recorded)
        *recorded = false;
    const Result<PolicyGateway::Reading> reading = m_gateway->read();
    if (!reading)
        return reading.error();
    const Result<std::optional<PolicyVersion>> newest = m_store->latestWithState(m_profile, OnGateway);
    if (!newest)
        return newest.error();
    if (newest->has_value() && newest->value().snapshot.sameContent(reading->snapshot))
        return newest->value();
    PolicyVersion meta;
    meta.origin = newest->has_value() ? PolicyVersion::Origin::Drift : PolicyVersion::Origin::Baseline;
    meta.state = PolicyVersion::State::Recorded;
    meta.parent = newest->has_value() ? newest->value().number : 0;
    meta.comment = newest->has_value() ? tr("changed outside the console") : tr("as found on the gateway");
    if (newest->has_value())
        meta.driftDiff = PolicyDiff::unified(
            newest->value().snapshot, reading->snapshot, 3, newest->value().label(), tr("gateway"));
    const Result<PolicyVersion> added = m_store->add(m_profile, reading->snapshot, meta);
    if (added && recorded)
        *recorded = true;
    return added;
}

Status PolicyApplier::restore(const PolicySnapshot &previous, QList<Step> *steps)
{
    Status status = Ok {};
    timed(steps, QStringLiteral("restore"), [&] {
        // What is live now may be a mix of both versions: read it, so that
        // only files that differ are written and each keeps its owner and mode.
        const Result<PolicyGateway::Reading> now = m_gateway->read();
        PolicySnapshot live = now ? now->snapshot : PolicySnapshot();
        status = m_gateway->write(live, previous);
        if (status)
            status = m_gateway->reload();
    });
    return status;
}

Result<PolicyVersion> PolicyApplier::propose(const PolicySnapshot &proposed, const QString &comment)
{
    const Result<PolicyVersion> current = sync();
    if (!current)
        return current.error();
    if (current->snapshot.sameContent(proposed))
        return Error { Error::Code::InvalidInput,
            tr("the gateway already has this policy (%1): nothing to propose").arg(current->label()) };
    PolicyVersion meta;
    meta.origin = PolicyVersion::Origin::Applied;
    meta.parent = current->number;
    meta.comment = comment;
    meta.state = PolicyVersion::State::Proposed;
    PolicySnapshot snapshot = proposed;
    snapshot.setConfigDir(current->snapshot.configDir());
    return m_store->add(m_profile, snapshot, meta);
}

PolicyApplier::Report PolicyApplier::apply(const Request &request)
{
    Report report = applyOnce(request);
    // The version as the store has it now, with every state it went through.
    if (report.version) {
        if (const Result<PolicyVersion> stored = m_store->version(m_profile, report.version->number))
            report.version = *stored;
    }
    return report;
}

PolicyApplier::Report PolicyApplier::applyOnce(const Request &request)
{
    Report report;
    Result<PolicyVersion> current;
    timed(&report.steps, QStringLiteral("read"), [&] { current = sync(); });
    if (!current) {
        report.sentence = tr("Nothing was applied: the gateway's policy could not be read (%1).")
                              .arg(current.error().message);
        return report;
    }
    report.previous = *current;
    std::optional<PolicyVersion> existing;
    if (request.existing > 0) {
        const Result<PolicyVersion> stored = m_store->version(m_profile, request.existing);
        if (!stored) {
            report.sentence = tr("Nothing was applied: %1 could not be read (%2).")
                                  .arg(PolicyVersion::label(request.existing), stored.error().message);
            return report;
        }
        if (stored->state != PolicyVersion::State::Proposed) {
            report.outcome = Outcome::Invalid;
            report.sentence = tr("%1 is %2, not proposed: apply it again as a rollback instead.")
                                  .arg(stored->label(), PolicyVersion::stateName(stored->state).toLower());
            return report;
        }
        existing = *stored;
    }
    const PolicySnapshot &wanted = existing ? existing->snapshot : request.proposed;
    if (current->snapshot.sameContent(wanted)) {
        report.outcome = Outcome::Unchanged;
        report.sentence
            = tr("The gateway already has this policy (%1); nothing was applied.").arg(current->label());
        return report;
    }

    PolicyVersion meta;
    meta.origin = request.origin;
    meta.rollbackOf = request.rollbackOf;
    meta.parent = current->number;
    meta.comment = request.comment;
    meta.state = PolicyVersion::State::Proposed;
    PolicySnapshot proposed = wanted;
    proposed.setConfigDir(current->snapshot.configDir());
    QDateTime shadowUntil;
    if (request.shadowSeconds > 0) {
        const QByteArray shadowMainCf
            = PolicyShadowCount::shadowOf(current->snapshot.content(PolicySnapshot::MainCf),
                proposed.content(PolicySnapshot::MainCf), &report.shadowed);
        if (report.shadowed.isEmpty()) {
            report.outcome = Outcome::Invalid;
            report.sentence
                = tr("Nothing to try in shadow: the change adds no restriction that warn_if_reject "
                     "can soften. Apply it with a confirm window instead.");
            return report;
        }
        // The proposal waits, whole, to be enforced or dropped.
        if (!existing) {
            const Result<PolicyVersion> waiting = m_store->add(m_profile, proposed, meta);
            if (!waiting) {
                report.sentence = tr("Nothing was applied: the new version could not be saved (%1).")
                                      .arg(waiting.error().message);
                return report;
            }
            existing = *waiting;
        }
        report.shadowOf = existing->number;
        shadowUntil = QDateTime::currentDateTimeUtc().addSecs(request.shadowSeconds);
        proposed.setFile(PolicySnapshot::MainCf, shadowMainCf);
        meta.origin = PolicyVersion::Origin::Shadow;
        meta.rollbackOf = existing->number;
        meta.comment
            = tr("shadow of %1 until %2")
                  .arg(existing->label(), shadowUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        if (!request.comment.isEmpty())
            meta.comment += QStringLiteral(": ") + request.comment;
        existing.reset();
    }
    const Result<PolicyVersion> added
        = existing ? Result<PolicyVersion>(*existing) : m_store->add(m_profile, proposed, meta);
    if (!added) {
        report.sentence
            = tr("Nothing was applied: the new version could not be saved (%1).").arg(added.error().message);
        return report;
    }
    report.version = *added;
    const qint64 number = added->number;
    const QString label = added->label();
    const QString previousLabel = current->label();

    Result<PolicyGateway::Validation> validation;
    timed(&report.steps, QStringLiteral("validate"), [&] { validation = m_gateway->validate(proposed); });
    if (!validation || !validation->passed) {
        const QString why = validation ? validation->failure : validation.error().message;
        if (validation)
            report.validation = *validation;
        m_store->setState(m_profile, number, PolicyVersion::State::Failed, why);
        report.outcome = Outcome::Invalid;
        report.sentence = tr("%1 was not applied: %2. Nothing was written to the gateway.").arg(label, why);
        return report;
    }
    report.validation = *validation;

    QJsonObject journal { { QStringLiteral("phase"), PhaseWriting } };
    if (const Status begun = m_store->beginApply(m_profile, number, current->number, journal); !begun) {
        m_store->setState(m_profile, number, PolicyVersion::State::Failed, begun.error().message);
        report.sentence = tr("%1 was not applied: the store could not record the apply (%2).")
                              .arg(label, begun.error().message);
        return report;
    }
    m_store->setState(m_profile, number, PolicyVersion::State::Applying, {});

    const auto fail = [&](Outcome outcome, const QString &why) {
        const Status restored = restore(current->snapshot, &report.steps);
        m_store->setState(m_profile, number,
            outcome == Outcome::Reverted ? PolicyVersion::State::Reverted : PolicyVersion::State::Failed,
            why);
        if (restored) {
            m_store->endApply(m_profile);
            report.outcome = outcome;
            report.sentence
                = tr("%1 %2: %3, so %4 was restored by itself.")
                      .arg(label, outcome == Outcome::Reverted ? tr("was reverted") : tr("failed"), why,
                          previousLabel);
        } else {
            // The pending record stays: the next recover() tries again.
            report.outcome = Outcome::Failed;
            report.sentence = tr("%1 failed: %2, and restoring %3 failed too (%4); the console will retry.")
                                  .arg(label, why, previousLabel, restored.error().message);
        }
        return report;
    };

    Status written = Ok {};
    timed(&report.steps, QStringLiteral("write"),
        [&] { written = m_gateway->write(current->snapshot, proposed); });
    if (!written)
        return fail(Outcome::Failed, written.error().message);
    Status reloaded = Ok {};
    timed(&report.steps, QStringLiteral("reload"), [&] { reloaded = m_gateway->reload(); });
    if (!reloaded)
        return fail(Outcome::Failed, reloaded.error().message);
    PolicyHealthCheck::Report health;
    timed(&report.steps, QStringLiteral("health check"),
        [&] { health = PolicyHealthCheck::run(request.health); });
    report.health = health;
    if (!health.healthy)
        return fail(Outcome::Reverted, health.failure);

    // A shadow's end is kept with its state, in words a person reads too.
    m_store->setState(m_profile, number, PolicyVersion::State::Applied,
        shadowUntil.isValid() ? ShadowUntil + shadowUntil.toString(Qt::ISODate) + ShadowFromOffset
                + QString::number(m_gateway->reloadLogOffset())
                              : QString());
    report.outcome = Outcome::Applied;
    if (shadowUntil.isValid()) {
        m_store->endApply(m_profile);
        report.sentence
            = tr("%1 is live: %2 now only logs what it would refuse, until %3. Then enforce %4 or "
                 "drop it.")
                  .arg(label, report.shadowed.join(QStringLiteral("; ")),
                      shadowUntil.toLocalTime().toString(QStringLiteral("HH:mm")),
                      PolicyVersion::label(report.shadowOf));
    } else if (request.confirmWithinSeconds > 0) {
        report.confirmBy = QDateTime::currentDateTimeUtc().addSecs(request.confirmWithinSeconds);
        journal.insert(QStringLiteral("phase"), PhaseConfirm);
        journal.insert(QStringLiteral("confirmBy"), report.confirmBy.toString(Qt::ISODateWithMs));
        // What the health watch compares with, kept where a restarted console finds it.
        journal.insert(QStringLiteral("logOffset"), m_gateway->reloadLogOffset());
        const Result<qint64> deferred = m_gateway->deferredCount();
        journal.insert(QStringLiteral("deferred"), deferred ? *deferred : qint64(-1));
        timed(&report.steps, QStringLiteral("guard"), [&] {
            report.guard = armGuard(
                number, current->number, request.confirmWithinSeconds, current->snapshot, proposed);
        });
        journal.insert(QStringLiteral("guard"), report.guard);
        m_store->beginApply(m_profile, number, current->number, journal);
        report.sentence = tr("%1 is live and mail is flowing; confirm it by %2 or %3 comes back by itself.")
                              .arg(label, report.confirmBy.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                  previousLabel);
        if (!report.guard.isEmpty())
            report.sentence += QLatin1Char(' ') + tr("Guarded by %1.").arg(report.guard);
    } else {
        m_store->endApply(m_profile);
        report.sentence = tr("%1 is live and mail is flowing.").arg(label);
    }
    return report;
}

Status PolicyApplier::confirm(const QString &note)
{
    const Result<std::optional<PolicyStore::PendingApply>> pending = m_store->pendingApply(m_profile);
    if (!pending)
        return pending.error();
    if (!pending->has_value()
        || pending->value().journal.value(QStringLiteral("phase")).toString() != PhaseConfirm)
        return Error { Error::Code::NotFound, tr("no applied version is waiting for confirmation") };
    // The gateway's timer first: a confirm it beat is no confirm.
    if (const Status disarmed = disarmGuard(pending->value().number); !disarmed)
        return disarmed;
    const Status set
        = m_store->setState(m_profile, pending->value().number, PolicyVersion::State::Confirmed, note);
    if (!set)
        return set;
    return m_store->endApply(m_profile);
}

QString PolicyApplier::armGuard(
    qint64 number, qint64 previous, int seconds, const PolicySnapshot &from, const PolicySnapshot &to)
{
    if (!m_guard)
        return tr("the console's countdown");
    const Result<QString> dir = m_gateway->configDirectory();
    const Result<PolicyRevertGuard::Detection> found = m_guard->detect();
    if (dir && found && found->available) {
        const Result<bool> installed = m_guard->install();
        if (installed) {
            PolicyRevertGuard::Arming arming;
            arming.configDir = *dir;
            arming.token = number;
            arming.window = std::chrono::seconds(seconds);
            arming.files = PolicyRevertGuard::guardedFiles(from, to, *dir);
            arming.previousVersion = previous;
            const Result<PolicyRevertGuard::Armed> armed = m_guard->arm(arming);
            if (armed)
                return m_guard->guardDescription();
            return tr("the console's countdown only: the gateway timer could not be set (%1)")
                .arg(armed.error().message);
        }
        return tr("the console's countdown only: the revert script could not be installed (%1)")
            .arg(installed.error().message);
    }
    return m_guard->guardDescription();
}

Status PolicyApplier::disarmGuard(qint64 number)
{
    if (!m_guard)
        return Ok {};
    // A console started after the apply has not asked yet.
    if (!m_guard->detection().available) {
        const Result<PolicyRevertGuard::Detection> found = m_guard->detect();
        if (!found)
            return found.error();
        if (!found->available)
            return Ok {};
    }
    const Result<QString> dir = m_gateway->configDirectory();
    if (!dir)
        return dir.error();
    return m_guard->disarm(*dir, number);
}

QDateTime PolicyApplier::shadowUntil(const PolicyVersion &version)
{
    if (version.origin != PolicyVersion::Origin::Shadow)
        return {};
    for (const PolicyVersion::StateChange &change : version.history) {
        if (change.state == PolicyVersion::State::Applied && change.note.startsWith(ShadowUntil))
            return QDateTime::fromString(
                change.note.mid(ShadowUntil.size()).section(QLatin1Char(' '), 0, 0), Qt::ISODate);
    }
    return {};
}

qint64 PolicyApplier::shadowLogOffset(const PolicyVersion &version)
{
    if (version.origin != PolicyVersion::Origin::Shadow)
        return -1;
    for (const PolicyVersion::StateChange &change : version.history) {
        const qsizetype at = change.note.indexOf(ShadowFromOffset);
        if (change.state == PolicyVersion::State::Applied && change.note.startsWith(ShadowUntil) && at > 0) {
            bool ok = false;
            const qint64 offset = change.note.mid(at + ShadowFromOffset.size()).toLongLong(&ok);
            return ok ? offset : -1;
        }
    }
    return -1;
}

Result<std::optional<PolicyApplier::ShadowReport>> PolicyApplier::shadowReport()
{
    const Result<std::optional<PolicyVersion>> live = m_store->latestWithState(m_profile, OnGateway);
    if (!live)
        return live.error();
    if (!live->has_value() || live->value().origin != PolicyVersion::Origin::Shadow)
        return std::optional<ShadowReport>();
    ShadowReport report;
    report.shadow = live->value();
    report.proposal = report.shadow.rollbackOf;
    report.until = shadowUntil(report.shadow);
    const Result<qint64> size = m_gateway->logSize();
    if (!size)
        return size.error();
    const qint64 recorded = shadowLogOffset(report.shadow);
    if (recorded < 0) {
        // No offset kept with it: the log's tail, from the time it went live.
        QDateTime since;
        for (const PolicyVersion::StateChange &change : report.shadow.history) {
            if (change.state == PolicyVersion::State::Applied)
                since = change.time;
        }
        const Result<QByteArray> log = m_gateway->readLogBefore(*size, ShadowLogBytes);
        if (!log)
            return log.error();
        // Log stamps are the gateway's wall clock, read as if UTC.
        const QDateTime local = since.toLocalTime();
        PolicyShadowCount count;
        count.setSince(QDateTime(local.date(), local.time(), Qt::UTC).toSecsSinceEpoch());
        count.feed(*log);
        count.finish();
        report.rules = count.rules();
        report.sentences = count.sentences();
        return std::optional<ShadowReport>(report);
    }

    ShadowTally &tally = m_shadowTally;
    if (tally.version != report.shadow.number) {
        tally = ShadowTally {};
        tally.version = report.shadow.number;
        tally.offset = recorded;
    }
    if (*size < tally.offset)
        tally.offset = 0; // rotated: the new file began after the reload
    if (*size > tally.offset) {
        const Result<QByteArray> more = m_gateway->readLog(tally.offset, ShadowChunkBytes);
        if (!more)
            return more.error();
        // Whole lines only: the one Postfix is still writing waits for the next call.
        qsizetype end = more->lastIndexOf('\n') + 1;
        if (end == 0 && more->size() == ShadowChunkBytes)
            end = more->size(); // no line ends in a whole chunk: not a log to count in

        tally.count.feed(QByteArrayView(*more).first(end));
        tally.offset += end;
    }
    report.rules = tally.count.rules();
    report.sentences = tally.count.sentences();
    return std::optional<ShadowReport>(report);
}

Result<std::optional<PolicyApplier::Window>> PolicyApplier::window()
{
    const Result<std::optional<PolicyStore::PendingApply>> pending = m_store->pendingApply(m_profile);
    if (!pending)
        return pending.error();
    if (!pending->has_value()
        || pending->value().journal.value(QStringLiteral("phase")).toString() != PhaseConfirm)
        return std::optional<Window>();
    const PolicyStore::PendingApply &p = pending->value();
    Window w;
    w.version = p.number;
    w.previous = p.previous;
    w.confirmBy
        = QDateTime::fromString(p.journal.value(QStringLiteral("confirmBy")).toString(), Qt::ISODateWithMs);
    w.logOffset = p.journal.value(QStringLiteral("logOffset")).toInteger(-1);
    w.deferredBefore = p.journal.value(QStringLiteral("deferred")).toInteger(-1);
    return std::optional<Window>(w);
}

Result<QString> PolicyApplier::revertPending(qint64 number, qint64 previousNumber, const QString &why)
{
    const Result<PolicyVersion> previous = m_store->version(m_profile, previousNumber);
    if (!previous)
        return previous.error();
    // Whether or not the gateway's timer already ran, the files are made
    // those of the previous version here.
    disarmGuard(number);
    QList<Step> steps;
    const Status restored = restore(previous->snapshot, &steps);
    if (!restored)
        return restored.error();
    m_store->setState(m_profile, number, PolicyVersion::State::Reverted, why);
    const Status ended = m_store->endApply(m_profile);
    if (!ended)
        return ended.error();
    return previous->label();
}

Result<QString> PolicyApplier::revert(const QString &why)
{
    const Result<std::optional<Window>> w = window();
    if (!w)
        return w.error();
    if (!w->has_value())
        return Error { Error::Code::NotFound, tr("no applied version is waiting for confirmation") };
    const Result<QString> previous = revertPending(w->value().version, w->value().previous, why);
    if (!previous)
        return previous.error();
    return tr("%1: reverted to %2.").arg(why, *previous);
}

Result<QString> PolicyApplier::recover()
{
    const Result<std::optional<PolicyStore::PendingApply>> pending = m_store->pendingApply(m_profile);
    if (!pending)
        return pending.error();
    if (!pending->has_value())
        return QString();
    const PolicyStore::PendingApply p = pending->value();
    const QString phase = p.journal.value(QStringLiteral("phase")).toString();
    const QDateTime confirmBy
        = QDateTime::fromString(p.journal.value(QStringLiteral("confirmBy")).toString(), Qt::ISODateWithMs);
    if (phase == PhaseConfirm && confirmBy.isValid() && QDateTime::currentDateTimeUtc() < confirmBy)
        return QString(); // the window still runs

    const QString why = phase == PhaseConfirm ? tr("not confirmed in time") : tr("the apply was cut off");
    const Result<QString> previous = revertPending(p.number, p.previous, why);
    if (!previous)
        return previous.error();
    return tr("%1 was %2, so %3 was restored.").arg(PolicyVersion::label(p.number), why, *previous);
}

} // namespace MailOps

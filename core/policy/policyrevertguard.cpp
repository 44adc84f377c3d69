#include "policyrevertguard.h"

#include "policy/gatewaycommand.h"
#include "policy/policygateway.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace MailOps {

namespace {

const QString Systemctl = QStringLiteral("systemctl");
const QString SystemdRun = QStringLiteral("systemd-run");
const QString GuardDir = QStringLiteral("/.mailops-guard");

// The script refuses anything outside this alphabet; refusing it here as
// well gives the admin a sentence instead of a failed unit at 3 a.m.
bool hasScriptAlphabet(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._/+@-]+$"));
    return re.match(s).hasMatch() && !s.contains(QLatin1String("//"));
}

bool isGuardableDir(const QString &dir)
{
    return dir.startsWith(QLatin1Char('/')) && hasScriptAlphabet(dir) && !dir.contains(QLatin1String("/../"))
        && !dir.endsWith(QLatin1String("/.."));
}

bool isGuardableName(const QString &name)
{
    return !name.startsWith(QLatin1Char('/')) && !name.endsWith(QLatin1Char('/')) && hasScriptAlphabet(name)
        && !name.contains(QLatin1String(".."));
}

// The number after "KEY " on a line of a guard file; 0 when there is none.
qint64 numberField(const QByteArray &text, const QByteArray &key)
{
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.startsWith(QByteArray(key + ' '))) {
            bool ok = false;
            const qint64 n = l.mid(key.size() + 1).trimmed().toLongLong(&ok);
            return ok ? n : 0;
        }
    }
    return 0;
}

QString guardFile(const QString &configDir, const QString &name)
{
    return QDir::cleanPath(configDir) + GuardDir + QLatin1Char('/') + name;
}

} // namespace

PolicyRevertGuard::PolicyRevertGuard(Transport *transport)
    : m_transport(transport)
{
    m_detection.reason = tr("the gateway was not asked whether it runs systemd");
}

QByteArray PolicyRevertGuard::script()
{
    QFile f(QStringLiteral(":/gateway/mailops-policy-revert"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString PolicyRevertGuard::unitName(qint64 token)
{
    return QStringLiteral("mailops-policy-revert-") + QString::number(token);
}

QString PolicyRevertGuard::manifestPath(const QString &configDir)
{
    return guardFile(configDir, QStringLiteral("manifest"));
}

Result<CommandOutput> PolicyRevertGuard::run(const QStringList &argv, const CommandOptions &options)
{
    // PolicyGateway's blocking run, so both wait on the transport alike.
    PolicyGateway gateway(m_transport, QString());
    gateway.setCommandTimeout(m_timeout);
    return gateway.run(argv, options);
}

Result<CommandOutput> PolicyRevertGuard::runChecked(const QStringList &argv, const CommandOptions &options)
{
    return requireSuccess(run(argv, options), argv);
}

Result<PolicyRevertGuard::Detection> PolicyRevertGuard::detect()
{
    Detection d;
    const auto done = [&](const QString &reason) -> Result<Detection> {
        d.available = reason.isEmpty();
        d.reason = reason;
        m_detection = d;
        return d;
    };

    const Result<CommandOutput> state = run({ Systemctl, QStringLiteral("is-system-running") });
    if (!state && state.error().code == Error::Code::NotFound)
        return done(tr("the gateway has no systemd (no systemctl)"));
    if (!state)
        return state.error();
    // A degraded system (some unit failed) still runs timers; so does one
    // still starting up or in maintenance.
    static const QSet<QString> usable { QStringLiteral("running"), QStringLiteral("degraded"),
        QStringLiteral("starting"), QStringLiteral("initializing"), QStringLiteral("maintenance") };
    d.systemState = firstLine(state->stdOut);
    if (d.systemState == u"offline")
        return done(tr("the gateway has no systemd as its init (systemctl says \"offline\")"));
    if (d.systemState == u"stopping")
        return done(tr("the gateway is shutting down"));
    if (!usable.contains(d.systemState)) {
        // Output this console does not know: sd_booted()'s own test decides.
        const Result<CommandOutput> booted
            = run({ QStringLiteral("test"), QStringLiteral("-d"), QStringLiteral("/run/systemd/system") });
        if (!booted)
            return booted.error();
        if (booted->exitCode != 0)
            return done(tr("the gateway has no systemd as its init"));
    }

    const Result<CommandOutput> version = run({ SystemdRun, QStringLiteral("--version") });
    if (!version && version.error().code == Error::Code::NotFound)
        return done(tr("the gateway runs systemd but has no systemd-run"));
    if (!version)
        return version.error();
    if (version->exitCode != 0)
        return done(tr("systemd-run does not work on the gateway: %1").arg(firstLine(version->stdErr)));
    d.systemdVersion = firstLine(version->stdOut);
    return done({});
}

Status PolicyRevertGuard::writeFile(const QString &path, const QByteArray &content, const QString &mode)
{
    const QString fresh = path + QLatin1String(PolicyGateway::NewSuffix);
    CommandOptions o;
    o.stdinData = content;
    const Result<CommandOutput> dd
        = runChecked({ QStringLiteral("dd"), QStringLiteral("of=") + fresh, QStringLiteral("status=none"),
                         QStringLiteral("bs=65536") },
            o);
    if (!dd)
        return dd.error();
    const Result<CommandOutput> chmod
        = runChecked({ QStringLiteral("chmod"), mode, QStringLiteral("--"), fresh });
    if (!chmod)
        return chmod.error();
    const Result<CommandOutput> moved
        = runChecked({ QStringLiteral("mv"), QStringLiteral("-f"), QStringLiteral("--"), fresh, path });
    if (!moved)
        return moved.error();
    return Ok {};
}

Result<bool> PolicyRevertGuard::install()
{
    const QByteArray content = script();
    if (content.isEmpty())
        return Error { Error::Code::NotFound,
            tr("the revert script is missing from this build of the console") };
    if (!m_scriptPath.startsWith(QLatin1Char('/')) || !hasScriptAlphabet(m_scriptPath))
        return Error { Error::Code::InvalidInput,
            tr("\"%1\" is not a place the console installs its revert script").arg(m_scriptPath) };
    const QByteArray wanted = PolicySnapshot::fileHash(content);
    const auto installedHash = [&]() -> Result<QByteArray> {
        const Result<CommandOutput> sum
            = run({ QStringLiteral("sha256sum"), QStringLiteral("--"), m_scriptPath });
        if (!sum)
            return sum.error();
        return sum->exitCode == 0 ? sum->stdOut.split(' ').value(0).trimmed() : QByteArray();
    };
    const Result<QByteArray> before = installedHash();
    if (!before)
        return before.error();
    if (*before == wanted)
        return false;

    const Result<CommandOutput> mk = runChecked({ QStringLiteral("mkdir"), QStringLiteral("-p"),
        QStringLiteral("--"), m_scriptPath.section(QLatin1Char('/'), 0, -2) });
    if (!mk)
        return mk.error();
    const Status written = writeFile(m_scriptPath, content, QStringLiteral("0755"));
    if (!written)
        return written.error();
    const Result<QByteArray> after = installedHash();
    if (!after)
        return after.error();
    if (*after != wanted)
        return Error { Error::Code::IoError,
            tr("the revert script at %1 on the gateway does not match what was sent").arg(m_scriptPath) };
    return true;
}

QList<PolicyRevertGuard::GuardedFile> PolicyRevertGuard::guardedFiles(
    const PolicySnapshot &from, const PolicySnapshot &to, const QString &configDir)
{
    PolicySnapshot target = to;
    target.setConfigDir(configDir);
    const QHash<QString, QString> maps = PolicyGateway::mapSources(target, configDir);
    QList<GuardedFile> out;
    for (const PolicySnapshot::File &file : to.files()) {
        if (!from.contains(file.path) || from.content(file.path) == file.content)
            continue;
        const QString type = maps.value(QDir::cleanPath(target.absolutePath(file.path)));
        out << GuardedFile { file.path, isIndexedTable(type) ? type : QString() };
    }
    return out;
}

QByteArray PolicyRevertGuard::manifest(const Arming &arming, qint64 deadline)
{
    QByteArray m = "# MailOps Console: put back by mailops-policy-revert unless v"
        + QByteArray::number(arming.token) + " is confirmed\n";
    m += "token " + QByteArray::number(arming.token) + '\n';
    if (arming.previousVersion > 0)
        m += "previous " + QByteArray::number(arming.previousVersion) + '\n';
    m += "deadline " + QByteArray::number(deadline) + '\n';
    for (const GuardedFile &f : arming.files) {
        m += "file " + f.name.toUtf8();
        if (!f.mapType.isEmpty())
            m += ' ' + f.mapType.toUtf8();
        m += '\n';
    }
    return m;
}

Result<qint64> PolicyRevertGuard::gatewayTime()
{
    const Result<CommandOutput> date = runChecked({ QStringLiteral("date"), QStringLiteral("+%s") });
    if (!date)
        return date.error();
    bool ok = false;
    const qint64 now = date->stdOut.trimmed().toLongLong(&ok);
    if (!ok)
        return Error { Error::Code::MalformedAnswer,
            tr("the gateway's clock answered \"%1\"").arg(firstLine(date->stdOut)) };
    return now;
}

Result<PolicyRevertGuard::Armed> PolicyRevertGuard::arm(const Arming &arming)
{
    m_armed.reset();
    const QString dir = QDir::cleanPath(arming.configDir);
    if (!isGuardableDir(dir))
        return Error { Error::Code::InvalidInput,
            tr("the gateway's timer cannot guard the configuration directory \"%1\"").arg(arming.configDir) };
    if (arming.token <= 0 || arming.token > 999999999999999999LL)
        return Error { Error::Code::InvalidInput,
            tr("v%1 is not a version the gateway's timer can name").arg(arming.token) };
    if (arming.window.count() < 1)
        return Error { Error::Code::InvalidInput, tr("a confirm window must last at least a second") };
    if (arming.files.isEmpty())
        return Error { Error::Code::InvalidInput,
            tr("the apply replaced no file for the gateway's timer to restore") };
    for (const GuardedFile &f : arming.files) {
        if (QDir::isAbsolutePath(f.name))
            return Error {
                Error::Code::InvalidInput,
                tr("%1 lies outside %2: the gateway's timer restores only files inside it").arg(f.name, dir)
            };
        if (!isGuardableName(f.name))
            return Error { Error::Code::InvalidInput,
                tr("the gateway's timer cannot restore a file named \"%1\"").arg(f.name) };
        if (!f.mapType.isEmpty() && !isIndexedTable(f.mapType))
            return Error { Error::Code::InvalidInput,
                tr("%1 is a %2 table, which the gateway's timer does not rebuild").arg(f.name, f.mapType) };
    }

    const Result<CommandOutput> installed
        = run({ QStringLiteral("test"), QStringLiteral("-x"), m_scriptPath });
    if (!installed)
        return installed.error();
    if (installed->exitCode != 0)
        return Error { Error::Code::NotFound,
            tr("the revert script is not installed at %1 on the gateway").arg(m_scriptPath) };

    const QString unit = unitName(arming.token);
    // Arming the same version again (a console that restarted) starts its
    // window afresh rather than failing on the unit that is still loaded.
    run({ Systemctl, QStringLiteral("stop"), QStringLiteral("--"), unit + QStringLiteral(".timer") });
    const Result<qint64> now = gatewayTime();
    if (!now)
        return now.error();
    const qint64 deadline = *now + arming.window.count();
    const QString guard = dir + GuardDir;
    const Result<CommandOutput> mk = runChecked({ QStringLiteral("mkdir"), QStringLiteral("-p"),
        QStringLiteral("-m"), QStringLiteral("0700"), QStringLiteral("--"), guard });
    if (!mk)
        return mk.error();
    const Status written = writeFile(manifestPath(dir), manifest(arming, deadline), QStringLiteral("0600"));
    if (!written)
        return written.error();

    const Result<CommandOutput> started = run({ SystemdRun, QStringLiteral("--unit=") + unit,
        QStringLiteral("--on-active=%1s").arg(arming.window.count()),
        QStringLiteral("--timer-property=AccuracySec=1s"), QStringLiteral("--collect"),
        QStringLiteral("--description=MailOps Console: restore the Postfix policy unless v%1 is confirmed")
            .arg(arming.token),
        m_scriptPath, dir, QString::number(arming.token) });
    const auto withdraw = [&](const Error &error) -> Result<Armed> {
        run({ QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), manifestPath(dir) });
        return error;
    };
    if (!started)
        return withdraw(started.error());
    if (started->exitCode != 0)
        return withdraw(Error { Error::Code::ProcessFailed,
            tr("systemd-run on the gateway refused the timer: %1").arg(firstLine(started->stdErr)) });
    Result<Armed> armed = parseSystemdRunOutput(started->stdErr + '\n' + started->stdOut);
    if (!armed) {
        // Whatever it started, it must not fire unseen.
        run({ Systemctl, QStringLiteral("stop"), QStringLiteral("--"), unit + QStringLiteral(".timer") });
        return withdraw(armed.error());
    }
    Armed a = *armed;
    a.deadline = QDateTime::fromSecsSinceEpoch(deadline);
    m_armed = a;
    return a;
}

Result<qint64> PolicyRevertGuard::tokenIn(const QString &path)
{
    const Result<CommandOutput> out = run({ QStringLiteral("cat"), QStringLiteral("--"), path });
    if (!out)
        return out.error();
    if (out->exitCode != 0) {
        if (out->stdErr.contains("No such file"))
            return qint64(0);
        return Error { Error::Code::IoError,
            tr("cannot read %1 on the gateway: %2").arg(path, firstLine(out->stdErr)) };
    }
    return numberField(out->stdOut, "token");
}

Status PolicyRevertGuard::disarm(const QString &configDir, qint64 token)
{
    const QString dir = QDir::cleanPath(configDir);
    if (!isGuardableDir(dir) || token <= 0)
        return Error { Error::Code::InvalidInput,
            tr("nothing the gateway's timer guards is named by %1 v%2").arg(configDir).arg(token) };
    // Stopping the timer is the courtesy; removing the manifest is what
    // makes a timer that fires anyway do nothing, so a timer that cannot be
    // stopped is not a failure here.
    const Result<CommandOutput> stopped = run({ Systemctl, QStringLiteral("stop"), QStringLiteral("--"),
        unitName(token) + QStringLiteral(".timer") });
    if (!stopped && stopped.error().code != Error::Code::NotFound)
        return stopped.error();
    m_armed.reset();

    const QString manifestFile = manifestPath(dir);
    const Result<qint64> armedFor = tokenIn(manifestFile);
    if (!armedFor)
        return armedFor.error();
    if (*armedFor == token) {
        // Without -f: if the script renamed the manifest first, this fails
        // and the confirm knows it came too late.
        const Result<CommandOutput> removed
            = run({ QStringLiteral("rm"), QStringLiteral("--"), manifestFile });
        if (!removed)
            return removed.error();
        if (removed->exitCode == 0)
            return Ok {};
    } else if (*armedFor != 0) {
        return Error { Error::Code::InvalidInput,
            tr("the gateway's timer is armed for v%1, not v%2: left as it is").arg(*armedFor).arg(token) };
    }
    for (const QString &name : { QStringLiteral("restoring"), QStringLiteral("restored") }) {
        const Result<qint64> took = tokenIn(guardFile(dir, name));
        if (!took)
            return took.error();
        if (*took == token)
            return Error { Error::Code::Cancelled,
                name == u"restoring"
                    ? tr("too late to keep v%1: the gateway's timer is restoring the previous policy")
                          .arg(token)
                    : tr("too late to keep v%1: the gateway's timer has already restored the previous policy")
                          .arg(token) };
    }
    return Ok {};
}

Result<PolicyRevertGuard::State> PolicyRevertGuard::status(const QString &configDir, qint64 token)
{
    const QString dir = QDir::cleanPath(configDir);
    if (!isGuardableDir(dir) || token <= 0)
        return Error { Error::Code::InvalidInput,
            tr("nothing the gateway's timer guards is named by %1 v%2").arg(configDir).arg(token) };
    State s;
    s.timerUnit = unitName(token) + QStringLiteral(".timer");

    bool timerActive = false;
    const Result<CommandOutput> show = run({ Systemctl, QStringLiteral("show"), QStringLiteral("-p"),
        QStringLiteral("LoadState"), QStringLiteral("-p"), QStringLiteral("ActiveState"),
        QStringLiteral("-p"), QStringLiteral("NextElapseUSecMonotonic"), QStringLiteral("--"), s.timerUnit });
    if (!show && show.error().code != Error::Code::NotFound)
        return show.error();
    if (show && show->exitCode == 0) {
        const QHash<QString, QString> props = parseShowOutput(show->stdOut);
        timerActive = props.value(QStringLiteral("LoadState")) == u"loaded"
            && props.value(QStringLiteral("ActiveState")) == u"active";
    }

    const Result<CommandOutput> manifestText
        = run({ QStringLiteral("cat"), QStringLiteral("--"), manifestPath(dir) });
    if (!manifestText)
        return manifestText.error();
    const QByteArray text = manifestText->exitCode == 0 ? manifestText->stdOut : QByteArray();
    if (numberField(text, "token") == token) {
        if (!timerActive) {
            s.phase = State::Phase::TimerLost;
            s.sentence = tr("the gateway's timer %1 is gone (was the gateway restarted?): only the console's "
                            "countdown guards v%2")
                             .arg(s.timerUnit)
                             .arg(token);
            return s;
        }
        s.phase = State::Phase::Armed;
        const qint64 deadline = numberField(text, "deadline");
        if (deadline > 0) {
            const Result<qint64> now = gatewayTime();
            if (now)
                s.remaining = std::chrono::seconds(std::max<qint64>(0, deadline - *now));
        }
        s.sentence = s.remaining
            ? tr("the gateway's timer %1 restores the previous policy in %2 s unless v%3 is confirmed")
                  .arg(s.timerUnit)
                  .arg(s.remaining->count())
                  .arg(token)
            : tr("the gateway's timer %1 restores the previous policy unless v%2 is confirmed")
                  .arg(s.timerUnit)
                  .arg(token);
        return s;
    }
    const Result<qint64> restoring = tokenIn(guardFile(dir, QStringLiteral("restoring")));
    if (!restoring)
        return restoring.error();
    if (*restoring == token) {
        s.phase = State::Phase::Restoring;
        s.sentence = tr("the gateway's timer is restoring the policy from before v%1").arg(token);
        return s;
    }
    const Result<qint64> restored = tokenIn(guardFile(dir, QStringLiteral("restored")));
    if (!restored)
        return restored.error();
    if (*restored == token) {
        s.phase = State::Phase::Restored;
        s.sentence = tr("the gateway's timer restored the policy from before v%1").arg(token);
        return s;
    }
    s.phase = State::Phase::NotArmed;
    s.sentence = tr("no gateway timer guards v%1").arg(token);
    return s;
}

QString PolicyRevertGuard::guardDescription() const
{
    if (m_armed)
        return tr("gateway timer %1 and the console's countdown").arg(m_armed->timerUnit);
    if (m_detection.available)
        return tr("the console's countdown only: the gateway's timer is not armed");
    return tr("the console's countdown only: %1").arg(m_detection.reason);
}

Result<PolicyRevertGuard::Armed> PolicyRevertGuard::parseSystemdRunOutput(const QByteArray &output)
{
    static const QRegularExpression timer(
        QStringLiteral("^Running timer as unit: (\\S+\\.timer)\\s*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression service(
        QStringLiteral("^Will run service as unit: (\\S+\\.service)\\s*$"),
        QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(output);
    const QRegularExpressionMatch t = timer.match(text);
    if (!t.hasMatch())
        return Error { Error::Code::MalformedAnswer,
            tr("systemd-run did not name the timer it started (it said \"%1\")").arg(firstLine(output)) };
    Armed a;
    a.timerUnit = t.captured(1);
    const QRegularExpressionMatch s = service.match(text);
    a.serviceUnit = s.hasMatch() ? s.captured(1) : a.timerUnit.chopped(6) + QStringLiteral(".service");
    return a;
}

QHash<QString, QString> PolicyRevertGuard::parseShowOutput(const QByteArray &output)
{
    QHash<QString, QString> props;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            props.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return props;
}

} // namespace MailOps

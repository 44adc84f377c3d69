#include "policygateway.h"

#include "policy/gatewaycommand.h"
#include "policy/postfixmaincf.h"
#include "policy/postfixmastercf.h"
#include "queue/queueparser.h"
#include "transport/commandjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace MailOps {

namespace {

const QString Postconf = QStringLiteral("postconf");
const QString Postfix = QStringLiteral("postfix");
const QString Postmap = QStringLiteral("postmap");

// A path that came back from the gateway or from a snapshot, safe to hand
// to a command as one argument: absolute, clean, printable.
bool isSafePath(const QString &path)
{
    if (!QDir::isAbsolutePath(path) || path.contains(QLatin1String("/../"))
        || path.endsWith(QLatin1String("/..")))
        return false;
    return std::none_of(
        path.cbegin(), path.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace

PolicyGateway::PolicyGateway(Transport *transport, const QString &configDir, const QString &mailLogPath)
    : m_transport(transport)
    , m_configDir(configDir)
    , m_mailLogPath(mailLogPath)
{
}

void PolicyGateway::step(const QString &name)
{
    if (m_hook)
        m_hook(name);
}

Result<CommandOutput> PolicyGateway::run(const QStringList &argv, const CommandOptions &options)
{
    CommandOptions o = options;
    if (o.timeout == CommandOptions {}.timeout)
        o.timeout = m_timeout;
    CommandJob *job = m_transport->start(argv, o);
    Result<CommandOutput> out;
    bool done = false;
    QEventLoop loop;
    QObject::connect(job, &CommandJob::finished, &loop, [&](const Result<CommandOutput> &result) {
        out = result;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return out;
}

Result<CommandOutput> PolicyGateway::runChecked(const QStringList &argv, const CommandOptions &options)
{
    return requireSuccess(run(argv, options), argv);
}

Result<QString> PolicyGateway::configDirectory()
{
    if (!m_configDir.isEmpty()) {
        if (!isSafePath(m_configDir))
            return Error { Error::Code::InvalidInput,
                tr("the Postfix configuration directory \"%1\" is not an absolute path").arg(m_configDir) };
        return m_configDir;
    }
    const Result<CommandOutput> out
        = runChecked({ Postconf, QStringLiteral("-h"), QStringLiteral("config_directory") });
    if (!out)
        return out.error();
    const QString dir = QString::fromUtf8(out->stdOut).trimmed();
    if (!isSafePath(dir))
        return Error {
            Error::Code::MalformedAnswer,
            tr("postconf named \"%1\" as the configuration directory, which is not an absolute path").arg(dir)
        };
    m_configDir = dir;
    return dir;
}

Result<QByteArray> PolicyGateway::readFile(const QString &path, bool *missing)
{
    *missing = false;
    if (!isSafePath(path))
        return Error { Error::Code::InvalidInput, tr("\"%1\" is not a file the console reads").arg(path) };
    const Result<CommandOutput> out = run({ QStringLiteral("cat"), QStringLiteral("--"), path });
    if (!out)
        return out.error();
    if (out->exitCode != 0) {
        const QString why = firstLine(out->stdErr);
        if (why.contains(QLatin1String("No such file"))) {
            *missing = true;
            return QByteArray();
        }
        return Error { Error::Code::IoError, tr("cannot read %1: %2").arg(path, why) };
    }
    return out->stdOut;
}

QHash<QString, QString> PolicyGateway::mapSources(const PolicySnapshot &snapshot, const QString &configDir)
{
    QHash<QString, QString> defaults;
    defaults.insert(QStringLiteral("config_directory"), configDir);
    QHash<QString, QString> out;
    const PostfixMainCf mainCf = PostfixMainCf::parse(snapshot.content(PolicySnapshot::MainCf));
    for (const PostfixMainCf::MapReference &ref : mainCf.mapReferences(defaults)) {
        if (!ref.sourceFile.isEmpty() && QDir::isAbsolutePath(ref.sourceFile))
            out.insert(QDir::cleanPath(ref.sourceFile), ref.type);
    }
    // master.cf's -o overrides name maps too.
    const PostfixMasterCf masterCf = PostfixMasterCf::parse(snapshot.content(PolicySnapshot::MasterCf));
    for (const PostfixMasterCf::Override &o : masterCf.overrides()) {
        for (const PostfixMainCf::MapReference &ref :
            PostfixMainCf::mapReferencesIn(o.name, mainCf.expand(o.value, defaults))) {
            if (!ref.sourceFile.isEmpty() && QDir::isAbsolutePath(ref.sourceFile))
                out.insert(QDir::cleanPath(ref.sourceFile), ref.type);
        }
    }
    return out;
}

Result<PolicyGateway::Reading> PolicyGateway::read()
{
    const Result<QString> dir = configDirectory();
    if (!dir)
        return dir.error();
    Reading reading;
    reading.snapshot.setConfigDir(*dir);
    for (const QString &name : { PolicySnapshot::MainCf, PolicySnapshot::MasterCf }) {
        bool missing = false;
        const Result<QByteArray> text = readFile(reading.snapshot.absolutePath(name), &missing);
        if (!text)
            return text.error();
        if (missing)
            return Error { Error::Code::NotFound,
                tr("%1 is missing on the gateway").arg(reading.snapshot.absolutePath(name)) };
        reading.snapshot.setFile(name, *text);
    }
    // postconf's own warnings (unknown parameters, bad values) as Postfix says them.
    const Result<CommandOutput> postconf
        = run({ Postconf, QStringLiteral("-c"), *dir, QStringLiteral("-n") });
    if (postconf)
        reading.postconfWarnings = postconf->stdErr;

    const QHash<QString, QString> sources = mapSources(reading.snapshot, *dir);
    QStringList paths = sources.keys();
    paths.sort();
    for (const QString &path : paths) {
        bool missing = false;
        const Result<QByteArray> text = readFile(path, &missing);
        if (!text)
            return text.error();
        if (missing)
            reading.missingFiles << path;
        else
            reading.snapshot.setFile(reading.snapshot.relativePath(path), *text);
    }
    return reading;
}

Status PolicyGateway::writeFile(const QString &path, const QByteArray &content, bool keepPrevious)
{
    if (!isSafePath(path))
        return Error { Error::Code::InvalidInput, tr("\"%1\" is not a file the console writes").arg(path) };
    const QString fresh = path + QLatin1String(NewSuffix);
    // The new file starts as a copy of the old so it keeps its owner and mode.
    if (keepPrevious) {
        const Result<CommandOutput> copy
            = runChecked({ QStringLiteral("cp"), QStringLiteral("-p"), QStringLiteral("--"), path, fresh });
        if (!copy)
            return copy.error();
    }
    CommandOptions o;
    o.stdinData = content;
    const Result<CommandOutput> dd
        = runChecked({ QStringLiteral("dd"), QStringLiteral("of=") + fresh, QStringLiteral("status=none"),
                         QStringLiteral("bs=65536") },
            o);
    if (!dd)
        return dd.error();
    // Postfix waits before reading a main.cf that looks as if it were still
    // being written (changed within the last second or two); this one is
    // complete before it is renamed into place, so it is dated back.
    const Result<CommandOutput> aged = runChecked({ QStringLiteral("touch"), QStringLiteral("-d"),
        QStringLiteral("5 seconds ago"), QStringLiteral("--"), fresh });
    if (!aged)
        return aged.error();
    return Ok {};
}

Result<PolicyGateway::Validation> PolicyGateway::validate(const PolicySnapshot &proposed)
{
    const Result<QString> dir = configDirectory();
    if (!dir)
        return dir.error();
    step(QStringLiteral("staging"));
    const Result<CommandOutput> made = runChecked({ QStringLiteral("mktemp"), QStringLiteral("-d"),
        QStringLiteral("-t"), QStringLiteral("mailops-policy.XXXXXXXX") });
    if (!made)
        return made.error();
    const QString stage = QString::fromUtf8(made->stdOut).trimmed();
    if (!isSafePath(stage) || !stage.contains(QLatin1String("mailops-policy.")))
        return Error { Error::Code::MalformedAnswer,
            tr("mktemp named \"%1\" as the staging directory").arg(stage) };

    Validation v;
    const auto finish = [&](const QString &failure) -> Result<Validation> {
        run({ QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), stage });
        v.failure = failure;
        v.passed = failure.isEmpty();
        return v;
    };

    PolicySnapshot staged = proposed;
    staged.setConfigDir(stage);
    for (const PolicySnapshot::File &file : proposed.files()) {
        if (QDir::isAbsolutePath(file.path))
            continue; // outside the configuration directory: checked through postmap below
        const QString target = staged.absolutePath(file.path);
        // A relative name with ".." would climb out of the stage, as far as the live files.
        if (!target.startsWith(stage + QLatin1Char('/')))
            return finish(tr("%1 lies outside the configuration directory").arg(file.path));
        if (file.path.contains(QLatin1Char('/'))) {
            const Result<CommandOutput> mk = runChecked({ QStringLiteral("mkdir"), QStringLiteral("-p"),
                QStringLiteral("--"), target.section(QLatin1Char('/'), 0, -2) });
            if (!mk)
                return finish(mk.error().message);
        }
        const Status written = writeFile(target, file.content, false);
        if (!written)
            return finish(written.error().message);
        const Result<CommandOutput> moved = runChecked({ QStringLiteral("mv"), QStringLiteral("-f"),
            QStringLiteral("--"), target + QLatin1String(NewSuffix), target });
        if (!moved)
            return finish(moved.error().message);
    }

    step(QStringLiteral("postconf"));
    const Result<CommandOutput> postconf
        = run({ Postconf, QStringLiteral("-c"), stage, QStringLiteral("-n") });
    if (!postconf)
        return finish(postconf.error().message);
    v.postconfWarnings = postconf->stdErr;
    if (postconf->exitCode != 0)
        return finish(tr("postconf refused the new main.cf: %1").arg(firstLine(postconf->stdErr)));

    // Each referenced map is read the way Postfix would read it; a map line
    // Postfix would skip is a failure, not a silently weaker rule.
    step(QStringLiteral("postmap"));
    const QHash<QString, QString> live = mapSources(proposed, *dir);
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        const QString name = proposed.relativePath(it.key());
        if (!proposed.contains(name))
            return finish(tr("%1 is referenced by the policy but not part of it").arg(it.key()));
        QString path = QDir::isAbsolutePath(name) ? QString() : staged.absolutePath(name);
        if (path.isEmpty()) {
            path = stage + QStringLiteral("/outside-") + QString::number(qHash(name), 16);
            const Status written = writeFile(path, proposed.content(name), false);
            if (!written)
                return finish(written.error().message);
            path += QLatin1String(NewSuffix);
        }
        const QStringList argv = isIndexedTable(it.value())
            ? QStringList { Postmap, QStringLiteral("-c"), stage, it.value() + QLatin1Char(':') + path }
            : QStringList { Postmap, QStringLiteral("-c"), stage, QStringLiteral("-q"),
                  QStringLiteral("mailops.invalid"), it.value() + QLatin1Char(':') + path };
        const Result<CommandOutput> out = run(argv, {});
        if (!out)
            return finish(out.error().message);
        const QString said = QString::fromUtf8(out->stdErr).trimmed();
        // -q exits 1 for "not found", which is the expected answer.
        const bool failed = said.contains(QLatin1String("warning:")) || said.contains(QLatin1String("fatal:"))
            || (out->exitCode != 0 && isIndexedTable(it.value()));
        if (failed)
            return finish(tr("%1 does not parse: %2").arg(name, firstLine(out->stdErr).replace(path, name)));
    }

    step(QStringLiteral("postfix check"));
    CommandOptions check;
    check.timeout = m_checkTimeout;
    const Result<CommandOutput> checked
        = run({ Postfix, QStringLiteral("-c"), stage, QStringLiteral("check") }, check);
    if (!checked) {
        if (checked.error().code == Error::Code::Timeout)
            return finish(tr("postfix check did not finish within %1 s")
                              .arg(double(m_checkTimeout.count()) / 1000.0, 0, 'g', 3));
        return finish(checked.error().message);
    }
    v.checkOutput = checked->stdErr + checked->stdOut;
    if (checked->exitCode != 0)
        return finish(tr("postfix check failed: %1").arg(firstLine(v.checkOutput).replace(stage, *dir)));
    v.checkOutput.replace(stage.toUtf8(), dir->toUtf8());
    return finish({});
}

Status PolicyGateway::write(const PolicySnapshot &from, const PolicySnapshot &to)
{
    const Result<QString> dir = configDirectory();
    if (!dir)
        return dir.error();
    PolicySnapshot target = to;
    target.setConfigDir(*dir);
    QStringList changed;
    for (const PolicySnapshot::File &file : to.files()) {
        if (!from.contains(file.path) || from.content(file.path) != file.content)
            changed << file.path;
    }
    step(QStringLiteral("write"));
    // Every new file is in place beside the old before the first rename, so a
    // failure while writing leaves the live configuration as it was.
    for (const QString &name : changed) {
        // A relative name stays inside the configuration directory.
        if (!QDir::isAbsolutePath(name)
            && !target.absolutePath(name).startsWith(QDir::cleanPath(*dir) + QLatin1Char('/')))
            return Error { Error::Code::InvalidInput,
                tr("%1 lies outside the configuration directory").arg(name) };
    }
    for (const QString &name : changed) {
        const Status written = writeFile(target.absolutePath(name), to.content(name), from.contains(name));
        if (!written)
            return written;
    }
    step(QStringLiteral("rename"));
    for (const QString &name : changed) {
        const QString path = target.absolutePath(name);
        if (from.contains(name)) {
            const Result<CommandOutput> kept = runChecked({ QStringLiteral("cp"), QStringLiteral("-p"),
                QStringLiteral("--"), path, path + QLatin1String(PreviousSuffix) });
            if (!kept)
                return kept.error();
        }
        const Result<CommandOutput> moved = runChecked({ QStringLiteral("mv"), QStringLiteral("-f"),
            QStringLiteral("--"), path + QLatin1String(NewSuffix), path });
        if (!moved)
            return moved.error();
    }
    step(QStringLiteral("postmap"));
    const QHash<QString, QString> sources = mapSources(target, *dir);
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        if (!isIndexedTable(it.value()) || !changed.contains(target.relativePath(it.key())))
            continue;
        const Result<CommandOutput> built
            = runChecked({ Postmap, QStringLiteral("-c"), *dir, it.value() + QLatin1Char(':') + it.key() });
        if (!built)
            return built.error();
    }
    return Ok {};
}

Result<qint64> PolicyGateway::logSize()
{
    if (m_mailLogPath.isEmpty() || !isSafePath(m_mailLogPath))
        return Error { Error::Code::NotFound, tr("no mail log is set for this gateway") };
    const Result<CommandOutput> size = runChecked({ QStringLiteral("stat"), QStringLiteral("-c"),
        QStringLiteral("%s"), QStringLiteral("--"), m_mailLogPath });
    if (!size)
        return size.error();
    bool ok = false;
    const qint64 bytes = QString::fromUtf8(size->stdOut).trimmed().toLongLong(&ok);
    if (!ok || bytes < 0)
        return Error { Error::Code::ParseError, tr("stat gave no size for %1").arg(m_mailLogPath) };
    return bytes;
}

Result<QByteArray> PolicyGateway::readLog(qint64 from, qint64 maxBytes)
{
    if (m_mailLogPath.isEmpty() || !isSafePath(m_mailLogPath))
        return Error { Error::Code::NotFound, tr("no mail log is set for this gateway") };
    // tail -c +N reads from byte N; head bounds what comes back over ssh.
    const QString start = QStringLiteral("+") + QString::number(qMax<qint64>(from, 0) + 1);
    const Result<CommandOutput> tail = runChecked(
        { QStringLiteral("tail"), QStringLiteral("-c"), start, QStringLiteral("--"), m_mailLogPath });
    if (!tail)
        return tail.error();
    QByteArray bytes = tail->stdOut;
    if (maxBytes > 0 && bytes.size() > maxBytes)
        bytes.truncate(maxBytes);
    return bytes;
}

Result<QByteArray> PolicyGateway::readLogBefore(qint64 end, qint64 maxBytes)
{
    const qint64 from = qMax<qint64>(0, end - maxBytes);
    Result<QByteArray> bytes = readLog(from, end - from);
    if (!bytes || from == 0)
        return bytes;
    // The first line is cut: start at the next whole one.
    const qsizetype newline = bytes->indexOf('\n');
    return newline < 0 ? QByteArray() : bytes->mid(newline + 1);
}

Result<qint64> PolicyGateway::deferredCount()
{
    const Result<QString> dir = configDirectory();
    if (!dir)
        return dir.error();
    const Result<CommandOutput> listed
        = runChecked({ QStringLiteral("postqueue"), QStringLiteral("-c"), *dir, QStringLiteral("-j") });
    if (!listed)
        return listed.error();
    qint64 deferred = 0;
    QueueParser parser([&](const QueueEntry &entry) {
        if (entry.queue == QueueEntry::Queue::Deferred)
            ++deferred;
    });
    parser.feed(listed->stdOut);
    parser.finish();
    return deferred;
}

Status PolicyGateway::reload()
{
    const Result<QString> dir = configDirectory();
    if (!dir)
        return dir.error();
    step(QStringLiteral("reload"));
    m_reloadLogOffset = -1;
    if (const Result<qint64> size = logSize())
        m_reloadLogOffset = *size;
    const Result<CommandOutput> reloaded
        = runChecked({ Postfix, QStringLiteral("-c"), *dir, QStringLiteral("reload") });
    if (!reloaded)
        return reloaded.error();
    if (m_reloadLogOffset < 0)
        return Ok {};
    // smtpd processes started after the master re-read main.cf use the new
    // policy; the master says when in the log. Asked again until it does.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        const Result<QByteArray> tail = readLog(m_reloadLogOffset);
        if (tail && tail->contains("reload -- version"))
            return Ok {};
        QEventLoop pause;
        QTimer::singleShot(50, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return Error { Error::Code::Timeout, tr("Postfix did not confirm the reload in its log within 10 s") };
}

} // namespace MailOps

#include "systemdshowparser.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QHash>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::SystemdShowParser", text);
}

Result<ServiceStatus> finishBlock(
    const QHash<QByteArray, QByteArray> &props, int firstLine, const QDateTime &observedAt)
{
    const QString id = QString::fromUtf8(props.value("Id"));
    if (id.isEmpty())
        return Result<ServiceStatus>::failure(Error::Code::ParseError,
            tr("unit block at line %1 has no Id (truncated or not systemctl show output)").arg(firstLine));
    if (!props.contains("ActiveState"))
        return Result<ServiceStatus>::failure(
            Error::Code::ParseError, tr("unit %1 has no ActiveState (truncated output?)").arg(id));

    ServiceStatus s;
    s.name = id;
    s.observedAt = observedAt;
    const QString active = QString::fromUtf8(props.value("ActiveState"));
    const QString sub = QString::fromUtf8(props.value("SubState"));
    const QString result = QString::fromUtf8(props.value("Result"));
    s.rawState = sub.isEmpty() ? active : active + QLatin1Char('/') + sub;
    s.state = SystemdShowParser::mapState(active, sub, result);
    s.pid = props.value("MainPID").toLongLong();
    s.restartCount = qMax(0, props.value("NRestarts").toInt());
    s.lastExitStatus = props.value("ExecMainStatus").toInt();
    s.since = SystemdShowParser::parseTimestamp(props.value("ExecMainStartTimestamp"));
    if (props.value("LoadState") == "not-found") {
        s.state = ServiceStatus::State::Unknown;
        s.message = tr("no such unit");
    } else if (!result.isEmpty() && result != QLatin1String("success")) {
        s.message = tr("last result: %1").arg(result);
    }
    return s;
}

} // namespace

QStringList SystemdShowParser::properties()
{
    return { QStringLiteral("Id"), QStringLiteral("LoadState"), QStringLiteral("ActiveState"),
        QStringLiteral("SubState"), QStringLiteral("MainPID"), QStringLiteral("NRestarts"),
        QStringLiteral("ExecMainStartTimestamp"), QStringLiteral("ExecMainStatus"),
        QStringLiteral("Result") };
}

ServiceStatus::State SystemdShowParser::mapState(
    const QString &activeState, const QString &subState, const QString &result)
{
    using State = ServiceStatus::State;
    if (activeState == QLatin1String("active") || activeState == QLatin1String("reloading"))
        return State::Running;
    if (activeState == QLatin1String("activating"))
        // Restart= waiting out RestartSec after a crash: supervisord's BACKOFF.
        return subState == QLatin1String("auto-restart") ? State::Backoff : State::Starting;
    if (activeState == QLatin1String("deactivating"))
        return State::Stopping;
    if (activeState == QLatin1String("inactive"))
        return State::Stopped;
    if (activeState == QLatin1String("failed"))
        // StartLimitBurst reached: systemd will not try again by itself.
        return result == QLatin1String("start-limit-hit") ? State::Fatal : State::Failed;
    return State::Unknown;
}

QDateTime SystemdShowParser::parseTimestamp(QByteArrayView value)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty() || text == "n/a" || text == "0")
        return {};
    if (text.startsWith('@')) {
        bool ok = false;
        const double secs = text.mid(1).toDouble(&ok);
        if (!ok || secs <= 0 || secs > 1e11)
            return {};
        return QDateTime::fromMSecsSinceEpoch(qint64(secs * 1000.0), Qt::UTC);
    }
    const QList<QByteArray> parts = text.split(' ');
    // Weekday, date, time, zone; the weekday is optional in some locales.
    qsizetype i = parts.size() >= 4 ? 1 : 0;
    if (parts.size() < i + 2)
        return {};
    const QDate date = QDate::fromString(QString::fromLatin1(parts.at(i)), QStringLiteral("yyyy-MM-dd"));
    QString timeText = QString::fromLatin1(parts.at(i + 1));
    const qsizetype dot = timeText.indexOf(QLatin1Char('.'));
    int micros = 0;
    if (dot >= 0) {
        micros = timeText.mid(dot + 1).left(6).leftJustified(6, QLatin1Char('0')).toInt();
        timeText.truncate(dot);
    }
    QTime time = QTime::fromString(timeText, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    time = time.addMSecs(micros / 1000);
    const QByteArray zone = parts.value(i + 2);
    if (zone == "UTC" || zone == "GMT" || zone == "Z")
        return QDateTime(date, time, Qt::UTC);
    return QDateTime(date, time, Qt::LocalTime);
}

Result<ServiceStatusList> SystemdShowParser::parse(QByteArrayView output, const QDateTime &observedAt)
{
    if (output.size() > MaxInputBytes)
        return Result<ServiceStatusList>::failure(Error::Code::InvalidInput,
            tr("systemctl printed %1 bytes, more than the %2 allowed").arg(output.size()).arg(MaxInputBytes));
    ServiceStatusList services;
    QHash<QByteArray, QByteArray> props;
    int blockStart = 1;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos <= output.size()) {
        qsizetype end = output.indexOf('\n', pos);
        if (end < 0)
            end = output.size();
        QByteArrayView line = output.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > MaxLineBytes)
            return Result<ServiceStatusList>::failure(
                Error::Code::ParseError, tr("line %1 of systemctl output is too long").arg(lineNo));
        if (line.trimmed().isEmpty()) {
            if (!props.isEmpty()) {
                Result<ServiceStatus> s = finishBlock(props, blockStart, observedAt);
                if (!s.ok())
                    return s.error();
                services << s.value();
                props.clear();
            }
            blockStart = lineNo + 1;
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            return Result<ServiceStatusList>::failure(Error::Code::ParseError,
                tr("line %1 of systemctl output is not KEY=value: %2")
                    .arg(lineNo)
                    .arg(QString::fromUtf8(line.first(qMin<qsizetype>(80, line.size())).toByteArray())));
        const QByteArray key = line.first(eq).toByteArray();
        for (const char c : key) {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                return Result<ServiceStatusList>::failure(Error::Code::ParseError,
                    tr("line %1 of systemctl output has a bad property name").arg(lineNo));
        }
        if (key == "Id" && props.contains("Id"))
            return Result<ServiceStatusList>::failure(
                Error::Code::ParseError, tr("line %1: a second Id in one unit block").arg(lineNo));
        props.insert(key, line.sliced(eq + 1).toByteArray());
        if (services.size() > 10000)
            return Result<ServiceStatusList>::failure(Error::Code::InvalidInput, tr("more than 10000 units"));
    }
    if (!props.isEmpty()) {
        Result<ServiceStatus> s = finishBlock(props, blockStart, observedAt);
        if (!s.ok())
            return s.error();
        services << s.value();
    }
    return services;
}

} // namespace MailOps

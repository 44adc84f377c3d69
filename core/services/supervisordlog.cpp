#include "supervisordlog.h"

#include <QRegularExpression>

namespace MailOps {

namespace {

// "2026-12-07 05:30:01,123 WARN exited: filterhub (exit status 1; not expected)"
QDateTime stamp(QStringView line)
{
    if (line.size() < 19)
        return {};
    const QDateTime at
        = QDateTime::fromString(line.left(19).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!at.isValid())
        return {};
    QDateTime utc(at.date(), at.time(), Qt::UTC);
    // Milliseconds order two events of the same second.
    if (line.size() >= 23 && line.at(19) == QLatin1Char(','))
        utc = utc.addMSecs(line.mid(20, 3).toInt());
    return utc;
}

} // namespace

QList<SupervisordLog::Event> SupervisordLog::parse(QStringView text)
{
    static const QRegularExpression spawned(QStringLiteral("^spawned: '([^']+)' with pid (\\d+)"));
    static const QRegularExpression exited(QStringLiteral("^exited: (\\S+) \\((.*)\\)"));
    static const QRegularExpression stopped(QStringLiteral("^stopped: (\\S+) "));
    static const QRegularExpression gaveUp(QStringLiteral("^gave up: (\\S+) entered FATAL"));
    QList<Event> events;
    for (QStringView line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QDateTime at = stamp(line);
        if (!at.isValid())
            continue;
        // After the stamp comes the level (INFO, WARN, CRIT...) and the message.
        QStringView rest = line.mid(23).trimmed();
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        if (space < 0)
            continue;
        rest = rest.mid(space + 1);
        // A new supervisord knows nothing of the old one's processes.
        if (rest.startsWith(QLatin1String("supervisord started with pid"))) {
            events.clear();
            continue;
        }
        Event e;
        e.at = at;
        const QString message = rest.toString();
        QRegularExpressionMatch m;
        if ((m = spawned.match(message)).hasMatch()) {
            e.kind = Event::Kind::Spawned;
            e.pid = m.capturedView(2).toLongLong();
        } else if ((m = exited.match(message)).hasMatch()) {
            e.kind = Event::Kind::Exited;
            e.expected = !m.capturedView(2).contains(QLatin1String("not expected"));
        } else if ((m = stopped.match(message)).hasMatch()) {
            e.kind = Event::Kind::Stopped;
        } else if ((m = gaveUp.match(message)).hasMatch()) {
            e.kind = Event::Kind::GaveUp;
        } else {
            continue;
        }
        e.process = m.captured(1);
        events << e;
    }
    return events;
}

QList<QDateTime> SupervisordLog::restarts(const QList<Event> &events, const QString &process)
{
    QList<QDateTime> when;
    bool exited = false;
    for (const Event &e : events) {
        if (e.process != process)
            continue;
        switch (e.kind) {
        case Event::Kind::Exited:
            exited = true;
            break;
        case Event::Kind::Spawned:
            if (exited)
                when << e.at;
            exited = false;
            break;
        case Event::Kind::Stopped:
        case Event::Kind::GaveUp:
            exited = false;
            break;
        }
    }
    return when;
}

QDateTime SupervisordLog::spawnedAt(const QList<Event> &events, const QString &process, qint64 pid)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == Event::Kind::Spawned && it->process == process && it->pid == pid)
            return it->at;
    }
    return {};
}

} // namespace MailOps

#include "portconflictdetector.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::PortConflictDetector", text);
}

QString ownersText(const QList<SocketOwner> &owners)
{
    QStringList parts;
    for (const SocketOwner &o : owners)
        parts << QStringLiteral("%1 (pid %2)").arg(o.process).arg(o.pid);
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

bool addressesOverlap(const QString &a, const QString &b)
{
    auto any = [](const QString &x) {
        return x.isEmpty() || x == QLatin1String("*") || x == QLatin1String("0.0.0.0")
            || x == QLatin1String("::");
    };
    return a == b || any(a) || any(b);
}

} // namespace

QString PortConflict::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SharedPort:
        return QStringLiteral("shared-port");
    case Kind::ForeignOwner:
        return QStringLiteral("foreign-owner");
    case Kind::NotListening:
        return QStringLiteral("not-listening");
    case Kind::AddressInUse:
        return QStringLiteral("address-in-use");
    }
    return {};
}

bool PortConflictDetector::isAddressInUse(const QString &line, int *port)
{
    static const QRegularExpression inUse(
        QStringLiteral("address already in use|EADDRINUSE|bind\\b.*\\bin use|address in use"),
        QRegularExpression::CaseInsensitiveOption);
    if (!inUse.match(line).hasMatch())
        return false;
    if (port) {
        // Times ("09:14:02.123") look like address:port; drop them first.
        static const QRegularExpression timeRe(QStringLiteral("\\b\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?\\b"));
        // "port 110", "0.0.0.0:110", "[::]:110", "*:110", "(*, 110)", "('127.0.0.1', 10025)"
        static const QRegularExpression portRe(
            QStringLiteral("\\bport\\s+(\\d{1,5})\\b|[\\d\\]\\*]:(\\d{1,5})\\b|,\\s*(\\d{1,5})\\)"),
            QRegularExpression::CaseInsensitiveOption);
        QString text = line;
        text.replace(timeRe, QStringLiteral(" "));
        *port = 0;
        auto it = portRe.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const int p = QString(m.captured(1) + m.captured(2) + m.captured(3)).toInt();
            if (p > 0 && p <= 65535)
                *port = p; // the last one: the address comes after any prefix
        }
    }
    return true;
}

QList<PortConflict> PortConflictDetector::detect(const QList<PortExpectation> &expected,
    const ListeningSocketList &sockets, const QHash<QString, QStringList> &logLinesByService)
{
    QList<PortConflict> found;

    auto holdersOf = [&sockets](const QString &protocol, int port, const QString &address) {
        QList<SocketOwner> holders;
        for (const ListeningSocket &s : sockets) {
            if (s.protocol == protocol && s.port == port && addressesOverlap(s.address, address))
                holders << s.owners;
        }
        return holders;
    };
    auto listening = [&sockets](const QString &protocol, int port, const QString &address) {
        for (const ListeningSocket &s : sockets) {
            if (s.protocol == protocol && s.port == port && addressesOverlap(s.address, address))
                return true;
        }
        return false;
    };

    // Two services configured for one port: only one can have it.
    QSet<int> reported;
    for (int i = 0; i < expected.size(); ++i) {
        if (reported.contains(i))
            continue;
        PortConflict c;
        c.kind = PortConflict::Kind::SharedPort;
        c.protocol = expected.at(i).protocol;
        c.port = expected.at(i).port;
        c.services << expected.at(i).service;
        for (int j = i + 1; j < expected.size(); ++j) {
            const PortExpectation &a = expected.at(i);
            const PortExpectation &b = expected.at(j);
            if (a.service != b.service && a.protocol == b.protocol && a.port == b.port
                && addressesOverlap(a.address, b.address)) {
                c.services << b.service;
                reported.insert(j);
            }
        }
        c.services.removeDuplicates();
        if (c.services.size() < 2)
            continue;
        c.holders = holdersOf(c.protocol, c.port, expected.at(i).address);
        c.description = tr("%1 are all configured to listen on %2 port %3; only one can have it")
                            .arg(c.services.join(QStringLiteral(", ")), c.protocol.toUpper())
                            .arg(c.port);
        if (!c.holders.isEmpty())
            c.description += tr(" (now held by %1)").arg(ownersText(c.holders));
        found << c;
    }

    // Each expectation against what really listens.
    for (const PortExpectation &e : expected) {
        const QList<SocketOwner> holders = holdersOf(e.protocol, e.port, e.address);
        if (!listening(e.protocol, e.port, e.address)) {
            PortConflict c;
            c.kind = PortConflict::Kind::NotListening;
            c.services << e.service;
            c.protocol = e.protocol;
            c.port = e.port;
            c.description = tr("%1 should listen on %2 port %3, but nothing does")
                                .arg(e.service, e.protocol.toUpper())
                                .arg(e.port);
            found << c;
            continue;
        }
        if (holders.isEmpty() || e.processNames.isEmpty())
            continue; // owners unknown (ss not run as root) or no names to compare
        bool ours = false;
        for (const SocketOwner &o : holders)
            ours = ours || e.processNames.contains(o.process);
        if (!ours) {
            PortConflict c;
            c.kind = PortConflict::Kind::ForeignOwner;
            c.services << e.service;
            c.protocol = e.protocol;
            c.port = e.port;
            c.holders = holders;
            c.description = tr("%1 port %2 belongs to %3 but is held by %4")
                                .arg(e.protocol.toUpper())
                                .arg(e.port)
                                .arg(e.service, ownersText(holders));
            found << c;
        }
    }

    // A bind that failed, as the service itself logged it.
    for (auto it = logLinesByService.cbegin(); it != logLinesByService.cend(); ++it) {
        for (const QString &line : it.value()) {
            int port = 0;
            if (!isAddressInUse(line, &port))
                continue;
            PortConflict c;
            c.kind = PortConflict::Kind::AddressInUse;
            c.services << it.key();
            c.port = port;
            c.evidence = line;
            for (const PortExpectation &e : expected) {
                if (e.service == it.key() && (port == 0 || e.port == port)) {
                    c.port = e.port;
                    c.protocol = e.protocol;
                    c.holders = holdersOf(e.protocol, e.port, e.address);
                    break;
                }
            }
            if (c.port != 0 && !c.holders.isEmpty())
                c.description = tr("%1 could not bind port %2: it is already held by %3")
                                    .arg(it.key())
                                    .arg(c.port)
                                    .arg(ownersText(c.holders));
            else if (c.port != 0)
                c.description
                    = tr("%1 could not bind port %2: address already in use").arg(it.key()).arg(c.port);
            else
                c.description = tr("%1 could not bind its port: address already in use").arg(it.key());
            found << c;
            break; // one finding per service; repeated log lines say the same
        }
    }
    return found;
}

} // namespace MailOps

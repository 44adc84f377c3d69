// In-process driver for the DNSBL benchmark: times DnsblChecker on generated
// addresses against lNN.bl.mailops.test lists through a given server.
//
//   dnsbl_bench --server 127.0.0.153:53 --lists 50 --ips 1 [--liveness]
#include "dns/dnsblchecker.h"
#include "dns/resolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace MailOps;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({ QStringLiteral("server"), QStringLiteral("DNS server ADDR:PORT"), QStringLiteral("server"),
        QStringLiteral("127.0.0.1:5300") });
    p.addOption({ QStringLiteral("lists"), QStringLiteral("number of lists (l01..lNN.bl.mailops.test)"),
        QStringLiteral("n"), QStringLiteral("50") });
    p.addOption({ QStringLiteral("ips"), QStringLiteral("number of addresses (127.1.x.y)"),
        QStringLiteral("n"), QStringLiteral("1") });
    p.addOption({ QStringLiteral("liveness"), QStringLiteral("also ask each list's RFC 5782 test points") });
    p.addOption({ QStringLiteral("print-ips"), QStringLiteral("print the addresses used and exit") });
    p.process(app);

    const int nLists = qBound(1, p.value(QStringLiteral("lists")).toInt(), 99);
    const int nIps = qBound(1, p.value(QStringLiteral("ips")).toInt(), 65000);
    QList<QHostAddress> ips;
    for (int i = 0; i < nIps; ++i)
        ips.append(QHostAddress(quint32(0x7f010000u + 1 + i)));
    if (p.isSet(QStringLiteral("print-ips"))) {
        for (const QHostAddress &a : ips)
            std::printf("%s\n", qPrintable(a.toString()));
        return 0;
    }
    QStringList zones;
    for (int i = 1; i <= nLists; ++i)
        zones.append(QStringLiteral("l%1.bl.mailops.test").arg(i, 2, 10, QLatin1Char('0')));

    const auto server = DnsServer::parse(p.value(QStringLiteral("server")));
    if (!server.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error().message));
        return 2;
    }
    ResolverOptions o;
    o.servers = { server.value() };
    o.recursionDesired = false;
    o.timeoutMs = 3000;
    auto resolver = std::make_shared<Resolver>(o);
    DnsblOptions opts;
    opts.liveness = p.isSet(QStringLiteral("liveness"));
    DnsblChecker checker(resolver, opts);

    QElapsedTimer t;
    t.start();
    const QList<DnsblReport> reports = checker.checkManyBlocking(ips, zones);
    const qint64 ms = t.elapsed();
    int errors = 0, listed = 0;
    for (const DnsblReport &r : reports) {
        for (const DnsblListResult &l : r.lists) {
            errors += l.status == DnsblListResult::Status::Error ? 1 : 0;
            listed += l.status == DnsblListResult::Status::Listed ? 1 : 0;
        }
    }
    const int queries = nIps * nLists + (opts.liveness ? 2 * nLists : 0);
    std::printf("in-process: %d address(es) x %d list(s)%s: %lld ms (%d queries, %d listed, %d errors)\n",
        nIps, nLists, opts.liveness ? " + liveness" : "", static_cast<long long>(ms), queries, listed,
        errors);
    return errors ? 1 : 0;
}

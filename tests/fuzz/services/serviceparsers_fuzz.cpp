// `systemctl show` and `ss -ltnupH` parsers, and the port-conflict check fed
// by the latter, on arbitrary bytes.
#include "fuzztarget.h"
#include "services/portconflictdetector.h"
#include "services/ssoutputparser.h"
#include "services/systemdshowparser.h"

#include <QDir>
#include <QFile>

using namespace MailOps;

void fuzzOne(const QByteArray &data)
{
    (void)SystemdShowParser::parse(data, QDateTime::fromSecsSinceEpoch(1795429306, Qt::UTC));
    const Result<ListeningSocketList> sockets = SsOutputParser::parse(data);
    const QString text = QString::fromUtf8(data.left(4096));
    (void)PortConflictDetector::detect(
        { { QStringLiteral("a"), QStringLiteral("tcp"), 25, QStringLiteral("*"),
              { QStringLiteral("master") } },
            { QStringLiteral("b"), QStringLiteral("tcp"), 25, QStringLiteral("127.0.0.1"), {} } },
        sockets.ok() ? sockets.value() : ListeningSocketList {},
        { { QStringLiteral("a"), text.split(QLatin1Char('\n')) } });
}

QList<QByteArray> fuzzSeeds()
{
    QList<QByteArray> seeds;
    const QDir dir(QStringLiteral(MAILOPS_TEST_DATA_DIR "/services"));
    for (const QString &name :
        dir.entryList({ QStringLiteral("systemctl-*"), QStringLiteral("ss-*") }, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            seeds << f.readAll();
    }
    seeds << QByteArray(
        "xinetd[1]: bind failed (Address already in use (errno = 98)) port 25 [::]:25 (*, 25)");
    return seeds;
}

// supervisord's XML-RPC replies on arbitrary bytes: the decoder, then the
// process-info mapping and restart tracking that consume its output.
#include "fuzztarget.h"
#include "services/restarttracker.h"
#include "services/supervisordbackend.h"
#include "services/xmlrpc.h"

#include <QDir>
#include <QFile>

using namespace MailOps;

void fuzzOne(const QByteArray &data)
{
    const Result<XmlRpc::Response> r = XmlRpc::decodeResponse(data);
    if (!r.ok() || r->fault)
        return;
    RestartTracker tracker;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795429306, Qt::UTC);
    for (const QVariant &item : r->value.toList()) {
        const Result<ServiceStatus> s = SupervisordBackend::statusFromProcessInfo(item.toMap(), now);
        if (s.ok()) {
            tracker.observe(
                s->name, s->pid, item.toMap().value(QStringLiteral("start")).toLongLong(), s->state);
            (void)s->uptimeSeconds();
        }
    }
}

QList<QByteArray> fuzzSeeds()
{
    QList<QByteArray> seeds;
    const QDir dir(QStringLiteral(MAILOPS_TEST_DATA_DIR "/services"));
    for (const QString &name : dir.entryList({ QStringLiteral("supervisord-*") }, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            seeds << f.readAll();
    }
    seeds << QByteArray(
        "<methodResponse><params><param><value><struct><member><name>a</name><value><array><data>"
        "<value><i8>1</i8></value><value><base64>aGk=</base64></value><value><nil/></value>"
        "</data></array></value></member></struct></value></param></params></methodResponse>");
    return seeds;
}

#include "services/supervisordbackend.h"
#include "services/xmlrpc.h"
#include "testdata.h"

#include <QTest>

using namespace MailOps;

class XmlRpcTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void getAllProcessInfo();
    void statusFromRecordedStates_data();
    void statusFromRecordedStates();
    void faults_data();
    void faults();
    void valueTypes();
    void malformed_data();
    void malformed();
    void encodeRoundTrip();
};

void XmlRpcTest::getAllProcessInfo()
{
    const Result<XmlRpc::Response> r = XmlRpc::decodeResponse(
        servicesTestData(QStringLiteral("supervisord-getallprocessinfo-running.xml")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY(!r->fault);
    const QVariantList list = r->value.toList();
    QCOMPARE(list.size(), 3);
    QStringList names;
    for (const QVariant &v : list)
        names << v.toMap().value(QStringLiteral("name")).toString();
    QCOMPARE(names,
        (QStringList { QStringLiteral("filterhub"), QStringLiteral("nsd"), QStringLiteral("postfix") }));
    const QVariantMap hub = list.at(0).toMap();
    QCOMPARE(hub.value(QStringLiteral("statename")).toString(), QStringLiteral("RUNNING"));
    QCOMPARE(hub.value(QStringLiteral("state")).toLongLong(), 20);
    QCOMPARE(hub.value(QStringLiteral("pid")).toLongLong(), 32672);
    QCOMPARE(hub.value(QStringLiteral("start")).toLongLong(), 1795429208);
    QCOMPARE(hub.value(QStringLiteral("spawnerr")).toString(), QString());
}

void XmlRpcTest::statusFromRecordedStates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ServiceStatus::State>("state");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<int>("exitStatus");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("uptime");
    QTest::newRow("running") << "running" << ServiceStatus::State::Running << qint64(32672) << 0
                             << "pid 32672, uptime 0:01:38" << qint64(98);
    QTest::newRow("exited") << "exited" << ServiceStatus::State::Exited << qint64(0) << 70
                            << "Nov 23 10:21 AM" << qint64(-1);
    QTest::newRow("backoff") << "backoff" << ServiceStatus::State::Backoff << qint64(0) << 70
                             << "Exited too quickly (process log may have details)" << qint64(-1);
    QTest::newRow("fatal") << "fatal" << ServiceStatus::State::Fatal << qint64(0) << 70
                           << "Exited too quickly (process log may have details)" << qint64(-1);
}

void XmlRpcTest::statusFromRecordedStates()
{
    QFETCH(QString, file);
    QFETCH(ServiceStatus::State, state);
    QFETCH(qint64, pid);
    QFETCH(int, exitStatus);
    QFETCH(QString, message);
    QFETCH(qint64, uptime);
    const Result<XmlRpc::Response> r = XmlRpc::decodeResponse(
        servicesTestData(QStringLiteral("supervisord-getallprocessinfo-%1.xml").arg(file)));
    QVERIFY(r.ok());
    const QDateTime localNow(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC); // clocks need not agree
    const Result<ServiceStatus> s
        = SupervisordBackend::statusFromProcessInfo(r->value.toList().at(0).toMap(), localNow);
    QVERIFY(s.ok());
    QCOMPARE(s->name, QStringLiteral("filterhub"));
    QCOMPARE(s->state, state);
    QCOMPARE(s->pid, pid);
    QCOMPARE(s->lastExitStatus, exitStatus);
    QCOMPARE(s->message, message);
    QCOMPARE(s->uptimeSeconds(), uptime);
    QCOMPARE(s->observedAt, localNow);
}

void XmlRpcTest::faults_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("bad name") << "supervisord-fault-badname.xml" << 10 << "BAD_NAME: nosuch";
    QTest::newRow("unknown method") << "supervisord-fault-unknownmethod.xml" << 1 << "UNKNOWN_METHOD";
}

void XmlRpcTest::faults()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, text);
    const Result<XmlRpc::Response> r = XmlRpc::decodeResponse(servicesTestData(file));
    QVERIFY(r.ok());
    QVERIFY(r->fault);
    QCOMPARE(r->faultCode, code);
    QCOMPARE(r->faultString, text);
}

void XmlRpcTest::valueTypes()
{
    const QByteArray xml = R"(<?xml version="1.0"?><methodResponse><params><param><value><struct>
<member><name>i4</name><value><i4>-7</i4></value></member>
<member><name>i8</name><value><i8>8589934592</i8></value></member>
<member><name>bool</name><value><boolean>1</boolean></value></member>
<member><name>untyped</name><value>plain &amp; simple</value></member>
<member><name>double</name><value><double>2.5</double></value></member>
<member><name>b64</name><value><base64>aGVsbG8=</base64></value></member>
<member><name>when</name><value><dateTime.iso8601>20261123T09:12:03</dateTime.iso8601></value></member>
<member><name>nil</name><value><nil/></value></member>
<member><name>list</name><value><array><data><value><int>1</int></value><value><string>two</string></value></data></array></value></member>
<member><name>empty</name><value><array><data></data></array></value></member>
</struct></value></param></params></methodResponse>)";
    const Result<XmlRpc::Response> r = XmlRpc::decodeResponse(xml);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    const QVariantMap m = r->value.toMap();
    QCOMPARE(m.value(QStringLiteral("i4")).toLongLong(), -7);
    QCOMPARE(m.value(QStringLiteral("i8")).toLongLong(), 8589934592LL);
    QCOMPARE(m.value(QStringLiteral("bool")).toBool(), true);
    QCOMPARE(m.value(QStringLiteral("untyped")).toString(), QStringLiteral("plain & simple"));
    QCOMPARE(m.value(QStringLiteral("double")).toDouble(), 2.5);
    QCOMPARE(m.value(QStringLiteral("b64")).toByteArray(), QByteArray("hello"));
    QCOMPARE(m.value(QStringLiteral("when")).toDateTime().time(), QTime(9, 12, 3));
    QVERIFY(m.contains(QStringLiteral("nil")));
    QCOMPARE(m.value(QStringLiteral("list")).toList().size(), 2);
    QCOMPARE(m.value(QStringLiteral("empty")).toList().size(), 0);
}

void XmlRpcTest::malformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("empty") << QByteArray() << Error::Code::ParseError;
    QTest::newRow("truncated process list")
        << servicesTestData(QStringLiteral("supervisord-getallprocessinfo-truncated.xml"))
        << Error::Code::ParseError;
    QTest::newRow("HTML error page") << servicesTestData(QStringLiteral("supervisord-http400-body.html"))
                                     << Error::Code::ParseError;
    QTest::newRow("binary junk") << QByteArray("\x00\xff\xfe<<<>>>", 9) << Error::Code::ParseError;
    QTest::newRow("methodCall instead of response")
        << QByteArray("<methodCall><methodName>x</methodName></methodCall>") << Error::Code::ParseError;
    QTest::newRow("bad integer") << QByteArray(
        "<methodResponse><params><param><value><int>12x</int></value></param></params></methodResponse>")
                                 << Error::Code::ParseError;
    QTest::newRow("bad boolean") << QByteArray("<methodResponse><params><param><value><boolean>yes</"
                                               "boolean></value></param></params></methodResponse>")
                                 << Error::Code::ParseError;
    QTest::newRow("unknown type") << QByteArray(
        "<methodResponse><params><param><value><blob>1</blob></value></param></params></methodResponse>")
                                  << Error::Code::ParseError;
    QTest::newRow("member without value")
        << QByteArray("<methodResponse><params><param><value><struct><member><name>a</name></member></"
                      "struct></value></param></params></methodResponse>")
        << Error::Code::ParseError;
    QTest::newRow("two values in a param") << QByteArray(
        "<methodResponse><params><param><value>a</value><value>b</value></param></params></methodResponse>")
                                           << Error::Code::ParseError;
    QTest::newRow("fault without code")
        << QByteArray("<methodResponse><fault><value><string>x</string></value></fault></methodResponse>")
        << Error::Code::ParseError;
    QTest::newRow("entity expansion bomb") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
        "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
        "<methodResponse><params><param><value><string>&d;&d;&d;&d;</string></value></param></params></"
        "methodResponse>") << Error::Code::ParseError;
    QByteArray deep = "<methodResponse><params><param>";
    for (int i = 0; i < 200; ++i)
        deep += "<value><array><data>";
    QTest::newRow("nesting bomb") << deep << Error::Code::ParseError;
    QTest::newRow("oversized") << QByteArray(XmlRpc::MaxResponseBytes + 1, ' ') << Error::Code::InvalidInput;
}

void XmlRpcTest::malformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(Error::Code, code);
    const Result<XmlRpc::Response> r = XmlRpc::decodeResponse(xml);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
}

void XmlRpcTest::encodeRoundTrip()
{
    const QByteArray call = XmlRpc::encodeCall(QStringLiteral("supervisor.tailProcessStdoutLog"),
        { QStringLiteral("filter<hub>&"), qint64(0), qint64(2000), true });
    QVERIFY(call.contains("<methodName>supervisor.tailProcessStdoutLog</methodName>"));
    QVERIFY(call.contains("<string>filter&lt;hub&gt;&amp;</string>"));
    QVERIFY(call.contains("<int>2000</int>"));
    QVERIFY(call.contains("<boolean>1</boolean>"));
    // The same value machinery decodes what it encodes, once wrapped as a response.
    QByteArray response = call;
    response.replace("methodCall", "methodResponse");
    response.replace("<methodName>supervisor.tailProcessStdoutLog</methodName>", "");
    response.replace("<params><param>", "<params><param><value><array><data>");
    response.replace("</param><param>", "");
    response.replace("</param></params>", "</data></array></value></param></params>");
    const Result<XmlRpc::Response> r = XmlRpc::decodeResponse(response);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString() + QString::fromUtf8(response)));
    QCOMPARE(r->value.toList().at(0).toString(), QStringLiteral("filter<hub>&"));
    QCOMPARE(r->value.toList().at(3).toBool(), true);
}

QTEST_GUILESS_MAIN(XmlRpcTest)
#include "xmlrpc_test.moc"

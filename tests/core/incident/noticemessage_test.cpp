#include "emlreader.h"
#include "incident/noticemessage.h"
#include "message/messagelinter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

NoticeMessage notice()
{
    NoticeMessage m;
    m.from = { QStringLiteral("Jörg Ops-Desk"), QStringLiteral("ops@example.org") };
    m.to = { { QStringLiteral("Board, the"), QStringLiteral("board@example.org") },
        { QString(), QStringLiteral("it@example.org") } };
    m.subject = QStringLiteral("Störung: E-Mail kommt verspätet an – nächste Meldung um 11:00 Uhr, "
                               "bitte nichts doppelt senden");
    m.markdown = QStringLiteral("# Störung\n\n## Was ist passiert\n\nSeit 09:12 kommen E-Mails spät an. "
                                "Eine sehr lange Zeile, die weit über achtundsiebzig Zeichen hinausgeht und "
                                "deshalb weich umbrochen werden muss, ohne ihren Inhalt zu ändern.\n\n"
                                "- eins \n- **zwei**\nFrom here on.\n=3D stays\n");
    m.date = QDateTime(QDate(2026, 12, 7), QTime(15, 15, 40), Qt::UTC);
    m.messageId = QStringLiteral("incident-3-1@example.org");
    return m;
}

} // namespace

class NoticeMessageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composesACleanMessage()
    {
        const Result<QByteArray> raw = notice().compose();
        QVERIFY2(raw, raw ? "" : qPrintable(raw.error().message));
        for (const QByteArray &line : raw->split('\n'))
            QVERIFY2(line.size() <= 79, line.constData()); // 78 and the CR
        const LintReport lint = MessageLinter::lint(raw.value());
        QVERIFY2(!lint.hasErrors(), qPrintable(lint.codeNames().join(QLatin1Char(' '))));
        QVERIFY(lint.isClean());
        QCOMPARE(lint.parts, 3);

        const EmlReader::Message back = EmlReader::read(raw.value());
        QCOMPARE(EmlReader::decodeWords(back.header("Subject")), notice().subject);
        QCOMPARE(back.header("Date"), QByteArray("Mon, 07 Dec 2026 15:15:40 +0000"));
        QCOMPARE(back.header("Message-ID"), QByteArray("<incident-3-1@example.org>"));
        QCOMPARE(back.header("MIME-Version"), QByteArray("1.0"));
        QVERIFY(
            EmlReader::decodeWords(back.header("From")).startsWith(QStringLiteral("Jörg Ops-Desk <ops@")));
        QCOMPARE(back.parts.size(), 2);
        QCOMPARE(back.parts.at(0).contentType, QByteArray("text/plain"));
        QCOMPARE(back.parts.at(0).text, notice().markdown);
        QCOMPARE(back.parts.at(1).contentType, QByteArray("text/html"));
        QVERIFY(back.parts.at(1).text.contains(QStringLiteral("<strong>zwei</strong>")));
    }

    void refusesHeaderInjection_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("to");
        QTest::newRow("crlf in subject")
            << QStringLiteral("Hi\r\nBcc: x@evil.example") << QString() << QStringLiteral("a@example.org");
        QTest::newRow("lf in subject")
            << QStringLiteral("Hi\nthere") << QString() << QStringLiteral("a@example.org");
        QTest::newRow("escape in subject")
            << QStringLiteral("Hi \x1b[2J") << QString() << QStringLiteral("a@example.org");
        QTest::newRow("crlf in name") << QStringLiteral("Hi") << QStringLiteral("A\r\nBcc: x@evil.example")
                                      << QStringLiteral("a@example.org");
        QTest::newRow("bad recipient")
            << QStringLiteral("Hi") << QString() << QStringLiteral("a@example.org>, <x@evil.example");
        QTest::newRow("empty subject")
            << QStringLiteral("  ") << QString() << QStringLiteral("a@example.org");
    }

    void refusesHeaderInjection()
    {
        QFETCH(QString, subject);
        QFETCH(QString, name);
        QFETCH(QString, to);
        NoticeMessage m = notice();
        m.subject = subject;
        m.to = { { name, to } };
        const auto raw = m.compose();
        QVERIFY(!raw);
        QCOMPARE(raw.error().code, Error::Code::InvalidInput);
        QTemporaryDir dir;
        QVERIFY(!m.saveEml(dir.filePath(QStringLiteral("x.eml"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.eml"))));
    }

    void pythonReadsTheEmlBack()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notice.eml"));
        QVERIFY(notice().saveEml(path));
        const QString script = QStringLiteral(
            "import email, email.policy, json, sys\n"
            "m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)\n"
            "parts = {p.get_content_type(): p.get_content() for p in m.iter_parts()}\n"
            "print(json.dumps({'subject': str(m['subject']), 'from': m['from'].addresses[0].display_name,\n"
            "  'fromaddr': m['from'].addresses[0].addr_spec,\n"
            "  'to': [a.addr_spec for a in m['to'].addresses], 'toname': m['to'].addresses[0].display_name,\n"
            "  'defects': len(m.defects) + sum(len(p.defects) for p in m.iter_parts()),\n"
            "  'type': m.get_content_type(), 'plain': parts.get('text/plain'), 'html': "
            "parts.get('text/html')}))\n");
        QProcess p;
        p.start(python, { QStringLiteral("-c"), script, path });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("subject")).toString(), notice().subject);
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("Jörg Ops-Desk"));
        QCOMPARE(o.value(QStringLiteral("fromaddr")).toString(), QStringLiteral("ops@example.org"));
        QCOMPARE(o.value(QStringLiteral("toname")).toString(), QStringLiteral("Board, the"));
        QCOMPARE(o.value(QStringLiteral("to")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("defects")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("multipart/alternative"));
        QCOMPARE(o.value(QStringLiteral("plain")).toString(), notice().markdown);
        QVERIFY(
            o.value(QStringLiteral("html")).toString().contains(QStringLiteral("<h2>Was ist passiert</h2>")));
    }

    void quotedPrintable()
    {
        QCOMPARE(
            NoticeMessage::quotedPrintable("a = b \nFrom x\n"), QByteArray("a =3D b=20\r\n=46rom x\r\n"));
        const QByteArray qp = NoticeMessage::quotedPrintable(QByteArray(200, 'x'));
        for (const QByteArray &l : qp.split('\n'))
            QVERIFY(l.size() <= 77);
    }
};

QTEST_GUILESS_MAIN(NoticeMessageTest)
#include "noticemessage_test.moc"

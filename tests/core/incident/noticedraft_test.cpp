#include "incident/noticedraft.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

class NoticeDraftTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textRoundTrip()
    {
        const NoticeKind kind { NoticeKind::Audience::Partners, NoticeKind::Phase::Update };
        const NoticeDraft d { kind, QStringLiteral("Mail to you is delayed"),
            QStringLiteral("# Hi\n\nBody\n") };
        const NoticeDraft back = NoticeDraft::fromText(kind, d.text());
        QCOMPARE(back.subject, d.subject);
        QCOMPARE(back.body, d.body);
        QCOMPARE(back.kind, kind);
    }

    void subjectStaysOneLine()
    {
        const NoticeDraft d { {}, QStringLiteral("a\r\nBcc: x@example.org"), QStringLiteral("b") };
        QCOMPARE(NoticeDraft::fromText({}, d.text()).subject, QStringLiteral("a  Bcc: x@example.org"));
    }

    void withoutSubject()
    {
        const NoticeDraft d = NoticeDraft::fromText({}, QStringLiteral("just text"));
        QVERIFY(d.subject.isEmpty());
        QCOMPARE(d.body, QStringLiteral("just text"));
    }

    void fromShippedTemplate()
    {
        NoticeFacts::Inputs in;
        in.zone = QTimeZone::utc();
        in.incident.title = QStringLiteral("Incoming mail stopped");
        in.incident.start = QDateTime(QDate(2026, 12, 7), QTime(9, 12), QTimeZone::utc());
        in.now = in.incident.start.addSecs(600);
        in.incident.nextUpdateDue = in.incident.start.addSecs(3600);
        QTemporaryDir none;
        const Result<NoticeDraft> d
            = NoticeDraft::fromTemplate({ NoticeKind::Audience::Management, NoticeKind::Phase::First }, in,
                QStringLiteral("en"), none.path());
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QVERIFY(d.value().subject.contains(QStringLiteral("Incoming mail stopped")));
        QVERIFY(d.value().body.contains(QStringLiteral("09:12")));
        QVERIFY(!d.value().body.contains(QStringLiteral("{{")));
    }

    void brokenUserTemplateIsNamed()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("en")));
        QFile f(dir.filePath(QStringLiteral("en/management-first.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Subject: x\n\nline one\n{{services_dwn}} and {{#open\n");
        f.close();
        const Result<NoticeDraft> d = NoticeDraft::fromTemplate({}, {}, QStringLiteral("en"), dir.path());
        QVERIFY(!d);
        QVERIFY2(d.error().message.contains(QStringLiteral("line 4")), qPrintable(d.error().message));
        QVERIFY(d.error().message.contains(QStringLiteral("services_dwn")));
    }
};

QTEST_GUILESS_MAIN(NoticeDraftTest)
#include "noticedraft_test.moc"

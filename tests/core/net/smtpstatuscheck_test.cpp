#include "golden.h"
#include "net/smtpstatuscheck.h"

#include <QTest>

using namespace MailOps;

class SmtpStatusCheckTest : public QObject
{
    Q_OBJECT

    static GatewayHealthCheck::Answer answer(int code, const QString &greeting)
    {
        GatewayHealthCheck::Answer a;
        a.replyCode = code;
        a.greeting = greeting;
        a.elapsedMs = 12;
        return a;
    }

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::newRow("greets") << 220 << 0 << QStringLiteral("ok");
        QTest::newRow("busy") << 421 << 2 << QStringLiteral("critical");
        QTest::newRow("refuses") << 554 << 2 << QStringLiteral("critical");
    }
    void verdicts()
    {
        QFETCH(int, code);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        const SmtpStatusCheck check(QStringLiteral("lab"), QStringLiteral("127.0.0.1:2525"),
            answer(code, QStringLiteral("%1 mx.example ESMTP").arg(code)));
        QCOMPARE(int(check.render().exitCode), exitCode);
        QCOMPARE(check.toJson().value(QStringLiteral("status")).toString(), status);
    }

    void output()
    {
        const QString text = SmtpStatusCheck(QStringLiteral("lab"), QStringLiteral("127.0.0.1:2525"),
                                 answer(220, QStringLiteral("220 mx.example ESMTP")))
                                 .render()
                                 .text
            + QLatin1Char('\n')
            // A hostile banner cannot add perfdata or lines.
            + SmtpStatusCheck(QStringLiteral("lab"), QStringLiteral("127.0.0.1:2525"),
                answer(220, QStringLiteral("220 evil | time=0ms\nOK \x1b[31mred")))
                  .render()
                  .text
            + QLatin1Char('\n')
            + SmtpStatusCheck(QStringLiteral("edge"), QStringLiteral("10.0.0.1:25"),
                Error { Error::Code::ConnectionRefused, QStringLiteral("Connection refused") })
                  .render()
                  .text
            + QLatin1Char('\n');
        MAILOPS_COMPARE_GOLDEN("smtpstatus.txt", text);
    }
};

QTEST_GUILESS_MAIN(SmtpStatusCheckTest)
#include "smtpstatuscheck_test.moc"

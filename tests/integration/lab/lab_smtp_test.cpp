// The lab's Postfix on 127.0.0.1:2525: its banner, and the relay and TLS
// switches of the lab script as a client sees them.

#include "labenvironment.h"
#include "smtpdialog.h"

#include <QtTest>

using namespace MailOps;

class LabSmtpTest : public QObject
{
    Q_OBJECT

private:
    static QStringList ehloKeywords(SmtpDialog &smtp)
    {
        const auto ehlo = smtp.command("EHLO client.mailops.test");
        if (!ehlo || ehlo->code != 250)
            return {};
        QStringList words;
        for (const QString &line : ehlo->lines)
            words << line.section(u' ', 0, 0).toUpper();
        return words;
    }

    static void switchLab(const QStringList &arguments)
    {
        const auto run = LabEnvironment::runLab(arguments);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QVERIFY2(run->exitCode == 0, run->standardError.constData());
    }

private Q_SLOTS:
    void bannerNamesTheHost()
    {
        SmtpDialog smtp;
        const auto banner = smtp.connectToHost(QStringLiteral("127.0.0.1"), 2525);
        QVERIFY2(banner, banner ? "" : qPrintable(banner.error().message));
        QCOMPARE(banner->code, 220);
        QVERIFY2(banner->text().startsWith(QStringLiteral("mx1.mailops.test ")), qPrintable(banner->text()));
        QVERIFY(ehloKeywords(smtp).contains(QStringLiteral("STARTTLS")));
        smtp.close();
    }

    void relay_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QByteArray>("recipient");
        QTest::addColumn<int>("expectedCode");
        QTest::addColumn<QString>("expectedText");

        QTest::newRow("closed refuses an outside domain")
            << QStringLiteral("closed") << QByteArrayLiteral("someone@example.com") << 554
            << QStringLiteral("5.7.1 <someone@example.com>: Relay access denied");
        QTest::newRow("closed accepts the lab domain")
            << QStringLiteral("closed") << QByteArrayLiteral("postmaster@mailops.test") << 250 << QString();
        QTest::newRow("open accepts an outside domain")
            << QStringLiteral("open") << QByteArrayLiteral("someone@example.com") << 250 << QString();
    }

    void relay()
    {
        QFETCH(QString, mode);
        QFETCH(QByteArray, recipient);
        QFETCH(int, expectedCode);
        QFETCH(QString, expectedText);

        switchLab({ QStringLiteral("relay"), mode });
        if (QTest::currentTestFailed())
            return;
        SmtpDialog smtp;
        QVERIFY(smtp.connectToHost(QStringLiteral("127.0.0.1"), 2525));
        QCOMPARE(replyCode(smtp.command("EHLO client.mailops.test")), 250);
        QCOMPARE(replyCode(smtp.command("MAIL FROM:<relaytest@mailops.test>")), 250);
        const auto rcpt = smtp.command("RCPT TO:<" + recipient + '>');
        QVERIFY2(rcpt, rcpt ? "" : qPrintable(rcpt.error().message));
        QCOMPARE(rcpt->code, expectedCode);
        if (!expectedText.isEmpty())
            QCOMPARE(rcpt->text(), expectedText);
        // A probe, not a delivery: nothing is sent.
        QCOMPARE(replyCode(smtp.command("RSET")), 250);
        smtp.close();
    }

    void tlsSwitch_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("offered");
        QTest::newRow("off hides STARTTLS") << QStringLiteral("off") << false;
        QTest::newRow("on offers STARTTLS") << QStringLiteral("on") << true;
    }

    void tlsSwitch()
    {
        QFETCH(QString, setting);
        QFETCH(bool, offered);

        switchLab({ QStringLiteral("tls"), setting });
        if (QTest::currentTestFailed())
            return;
        SmtpDialog smtp;
        QVERIFY(smtp.connectToHost(QStringLiteral("127.0.0.1"), 2525));
        QCOMPARE(ehloKeywords(smtp).contains(QStringLiteral("STARTTLS")), offered);
        smtp.close();
    }

    void cleanupTestCase()
    {
        // Leave the defaults for the tests that follow.
        LabEnvironment::runLab({ QStringLiteral("relay"), QStringLiteral("closed") });
        LabEnvironment::runLab({ QStringLiteral("tls"), QStringLiteral("on") });
    }
};

QTEST_GUILESS_MAIN(LabSmtpTest)
#include "lab_smtp_test.moc"

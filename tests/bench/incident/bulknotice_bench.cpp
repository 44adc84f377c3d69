// The all-users notice to many mailboxes through the lab's Postfix
// submission service (STARTTLS and AUTH on 127.0.0.1:2587, one session),
// beside a loop of swaks runs doing the same, one process and one session
// per message, the way a script would. Mail goes to bulk.mailops.test,
// which the lab discards as soon as it is queued.
//
//   bulknotice_bench [--count N] [--swaks N]     (defaults 10000 and 200)
//
// The swaks sample is extrapolated to N. Needs the lab running, and root to
// read its SASL password.
#include "incident/bulknotice.h"
#include "incident/noticemessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <cstdio>
#include <sys/resource.h>

using namespace MailOps;

namespace {

long peakRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

QString labDir()
{
    const QByteArray env = qgetenv("MAILOPS_LAB_DIR");
    return env.isEmpty() ? QStringLiteral("/var/lib/mailops-lab") : QString::fromLocal8Bit(env);
}

QString readLab(const QString &relative)
{
    QFile f(labDir() + relative);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().trimmed()) : QString();
}

QString mailbox(int i)
{
    return QStringLiteral("user%1@bulk.mailops.test").arg(i);
}

// One swaks run per message; with TLS and AUTH where this swaks can, else
// plain on the gateway's port 2525 (what is measured is printed).
double swaksLoop(int n, const QString &user, const QString &password, QString *how)
{
    const QString swaks = QStandardPaths::findExecutable(QStringLiteral("swaks"));
    if (swaks.isEmpty())
        return -1;
    const QStringList tls { QStringLiteral("-s"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
        QStringLiteral("2587"), QStringLiteral("-tls"), QStringLiteral("-a"), QStringLiteral("PLAIN"),
        QStringLiteral("-au"), user, QStringLiteral("-ap"), password };
    const QStringList plain { QStringLiteral("-s"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
        QStringLiteral("2525") };
    const auto runOnce = [&](const QStringList &base, int i) {
        QProcess p;
        p.start(swaks,
            base
                + QStringList { QStringLiteral("-f"), user, QStringLiteral("-t"), mailbox(i),
                    QStringLiteral("--silent"), QStringLiteral("2") });
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    QStringList base = tls;
    *how = QStringLiteral("127.0.0.1:2587, STARTTLS and AUTH PLAIN");
    if (!runOnce(tls, 0)) {
        base = plain;
        *how = QStringLiteral(
            "127.0.0.1:2525 without TLS or AUTH (this swaks has no TLS: Net::SSLeay missing)");
        if (!runOnce(plain, 0))
            return -1;
    }
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= n; ++i) {
        if (!runOnce(base, i))
            return -1;
    }
    return clock.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("mailops.incident.info=false"));
    int count = 10000;
    int swaksCount = 200;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--count")
            count = args.at(i + 1).toInt();
        else if (args.at(i) == u"--swaks")
            swaksCount = args.at(i + 1).toInt();
    }
    const QString user = readLab(QStringLiteral("/sasl/user"));
    const QString password = readLab(QStringLiteral("/sasl/password"));
    if (user.isEmpty() || password.isEmpty()) {
        std::fprintf(stderr, "bulknotice_bench: no lab SASL user under %s (is the lab started?)\n",
            qPrintable(labDir()));
        return 1;
    }

    SmtpSubmission::Settings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = 2587;
    s.security = SmtpSubmission::Security::StartTls;
    s.username = user;
    s.password = password;
    s.caFile = labDir() + QStringLiteral("/ca/mailops-lab-ca.crt");
    BulkNotice bulk(s, user);
    QStringList mailboxes;
    for (int i = 0; i < count; ++i)
        mailboxes.append(mailbox(i));
    const auto compose = [&](const QString &address) {
        NoticeMessage m;
        m.from = { QStringLiteral("Mail-Betrieb"), user };
        m.to = { { QString(), address } };
        m.subject = QStringLiteral("E-Mail funktioniert wieder – Störung behoben");
        m.markdown = QStringLiteral("# Behoben\n\nSeit 11:40 kommen E-Mails wieder pünktlich an. Was liegen "
                                    "geblieben war, ist zugestellt.\n\n- Sie müssen nichts tun.\n");
        return m.compose();
    };
    const BulkNotice::Report r = bulk.run(mailboxes, compose);
    const double seconds = r.elapsedMs / 1000.0;
    std::printf("console: %d of %d notices through 127.0.0.1:2587 (STARTTLS, AUTH, %d session%s): %.2f s, "
                "%.0f messages/s, peak RSS %.1f MB, %lld failed\n",
        r.sent, count, r.connections, r.connections == 1 ? "" : "s", seconds, r.sent / seconds,
        peakRssKb() / 1024.0, qlonglong(r.failed.size()));
    if (!r.failed.isEmpty())
        std::printf("first failure: %s\n", qPrintable(r.failed.first().error));

    QString how;
    const double swaksSeconds = swaksLoop(swaksCount, user, password, &how);
    if (swaksSeconds < 0) {
        std::printf("swaks: not run (not installed or the lab refused it)\n");
        return r.failed.isEmpty() ? 0 : 1;
    }
    const double swaksRate = swaksCount / swaksSeconds;
    std::printf("swaks loop: %d runs through %s: %.2f s, %.0f messages/s; %d would take %.0f s\n", swaksCount,
        qPrintable(how), swaksSeconds, swaksRate, count, count / swaksRate);
    std::printf("ratio: the console sends %.1fx as many messages per second as the swaks loop\n",
        (r.sent / seconds) / swaksRate);
    return r.failed.isEmpty() ? 0 : 1;
}

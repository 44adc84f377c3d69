#include "fakepolicyfiles.h"
#include "fakesmtpserver.h"
#include "faketransport.h"
#include "policy/policyapplier.h"
#include "policy/policystore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;
using Outcome = PolicyApplier::Outcome;
using State = PolicyVersion::State;

namespace {

const QString Dir = QStringLiteral("/etc/postfix");
const QString Profile = QStringLiteral("mx1");

PolicySnapshot liveSnapshot()
{
    PolicySnapshot s;
    s.setConfigDir(Dir);
    s.setFile(PolicySnapshot::MainCf,
        "myhostname = mx1.mailops.test\nmydomain = mailops.test\n"
        "smtpd_client_restrictions = check_client_access cidr:/etc/postfix/client.cidr, check_sender_access "
        "hash:/etc/postfix/sender_access\n");
    s.setFile(PolicySnapshot::MasterCf, "smtp      inet  n       -       y       -       -       smtpd\n");
    s.setFile(QStringLiteral("client.cidr"), "192.0.2.0/24 REJECT\n");
    s.setFile(QStringLiteral("sender_access"), "spam.example REJECT\n");
    return s;
}

PolicySnapshot proposal()
{
    PolicySnapshot s = liveSnapshot();
    s.setFile(PolicySnapshot::MainCf, s.content(PolicySnapshot::MainCf) + "smtpd_helo_required = yes\n");
    s.setFile(QStringLiteral("client.cidr"), "192.0.2.0/24 REJECT\n198.51.100.0/24 REJECT\n");
    s.setFile(QStringLiteral("sender_access"), "spam.example REJECT\nscam.example REJECT\n");
    return s;
}

QString outcomeText(const PolicyApplier::Report &r)
{
    return PolicyApplier::outcomeName(r.outcome) + QStringLiteral(": ") + r.sentence;
}

// A gateway (fake files behind a fake transport), a real store in a temporary
// directory, an SMTP server for the health check, and a switch that drops the
// "ssh connection" at a chosen command of a chosen step.
struct Rig
{
    QTemporaryDir dir;
    FakeTransport transport;
    FakePolicyFiles fs;
    PolicyStore store;
    PolicyGateway gateway;
    PolicyApplier applier;
    FakeSmtpServer smtp;

    QStringList steps;
    QString dropAt; // a step of the apply's write or reload (not validate's)
    int dropAfter = -1; // commands of that step that still succeed first
    bool staysDown = false; // false: only that one command fails
    bool down = false;
    bool writing = false;
    bool armed = false;
    int counted = -1; // -1: not counting

    Rig()
        : store(dir.filePath(QStringLiteral("policy.sqlite")))
        , gateway(&transport, Dir, fs.mailLog)
        , applier(&gateway, &store, Profile)
    {
        fs.attach(&transport);
        setLive(liveSnapshot());
        store.open();
        gateway.setStepHook([this](const QString &s) {
            steps << s;
            writing = writing || s == u"write";
            if (writing && !armed && s == dropAt && dropAfter >= 0) {
                armed = true;
                counted = 0;
            }
        });
        fs.fault = [this](const QStringList &) -> std::optional<FakePolicyFiles::Answer> {
            if (down)
                return FakePolicyFiles::dropped();
            if (counted < 0)
                return std::nullopt;
            if (counted++ < dropAfter)
                return std::nullopt;
            counted = -1;
            down = staysDown;
            return FakePolicyFiles::dropped();
        };
    }

    void setLive(const PolicySnapshot &s)
    {
        for (const PolicySnapshot::File &f : s.files())
            fs.setFile(s.absolutePath(f.path), f.content);
    }

    // Each file of `s` on the fake gateway, as `s` has it.
    bool liveIs(const PolicySnapshot &s) const
    {
        for (const PolicySnapshot::File &f : s.files()) {
            if (fs.file(s.absolutePath(f.path)) != f.content)
                return false;
        }
        return true;
    }

    PolicyApplier::Request request(const PolicySnapshot &proposed, int confirmWithin = 0)
    {
        PolicyApplier::Request r;
        r.proposed = proposed;
        r.comment = QStringLiteral("test");
        r.confirmWithinSeconds = confirmWithin;
        r.health = PolicyHealthCheck::forGateway(
            QStringLiteral("127.0.0.1"), smtp.serverPort(), QStringLiteral("mailops.test"));
        r.health.timeoutMs = 3000;
        return r;
    }

    bool pending()
    {
        const Result<std::optional<PolicyStore::PendingApply>> p = store.pendingApply(Profile);
        return p && p->has_value();
    }

    State state(qint64 number)
    {
        const Result<PolicyVersion> v = store.version(Profile, number);
        return v ? v->state : State::Proposed;
    }

    // Commands that would change something in the live configuration directory.
    QStringList liveWrites() const
    {
        QStringList out;
        for (const QStringList &argv : transport.commands) {
            const QString program = argv.value(0);
            if ((program == u"dd" && argv.value(1).startsWith(QStringLiteral("of=") + Dir))
                || ((program == u"mv" || program == u"cp" || program == u"touch")
                    && argv.last().startsWith(Dir))
                || (program == u"postmap" && argv.value(2) == Dir))
                out << argv.join(QLatin1Char(' '));
        }
        return out;
    }
};

} // namespace

// PolicyApplier over a simulated gateway: baseline and drift, a clean apply,
// a refused one that writes nothing, a revert on a broken greeting, an ssh
// connection lost mid-apply that recover() finishes, and the confirm window.
class PolicyApplierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncRecordsBaselineThenDrift()
    {
        Rig rig;
        bool recorded = false;
        const Result<PolicyVersion> first = rig.applier.sync(&recorded);
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
        QVERIFY(recorded);
        QCOMPARE(first->origin, PolicyVersion::Origin::Baseline);
        QCOMPARE(first->state, State::Recorded);
        QVERIFY(first->snapshot.sameContent(liveSnapshot()));

        const Result<PolicyVersion> again = rig.applier.sync(&recorded);
        QVERIFY(again.ok());
        QVERIFY(!recorded);
        QCOMPARE(again->number, first->number);
        QCOMPARE(rig.store.versions(Profile)->size(), 1);

        rig.fs.setFile(PolicySnapshot::MainCf,
            liveSnapshot().content(PolicySnapshot::MainCf)
                + "smtpd_banner = $myhostname ESMTP hand-edited\n");
        const Result<PolicyVersion> drift = rig.applier.sync(&recorded);
        QVERIFY(drift.ok());
        QVERIFY(recorded);
        QCOMPARE(drift->number, first->number + 1);
        QCOMPARE(drift->origin, PolicyVersion::Origin::Drift);
        QCOMPARE(drift->parent, first->number);
        QVERIFY2(drift->driftDiff.contains(QStringLiteral("+smtpd_banner = $myhostname ESMTP hand-edited")),
            qPrintable(drift->driftDiff));
        QVERIFY(rig.liveWrites().isEmpty());
    }

    void applyHappyPath()
    {
        Rig rig;
        const PolicyApplier::Report r = rig.applier.apply(rig.request(proposal()));
        QVERIFY2(r.outcome == Outcome::Applied, qPrintable(outcomeText(r)));
        QVERIFY(r.version.has_value());
        QVERIFY(r.previous.has_value());
        QCOMPARE(r.previous->origin, PolicyVersion::Origin::Baseline);
        QCOMPARE(r.version->parent, r.previous->number);
        QCOMPARE(r.version->state, State::Applied);
        QVERIFY(r.validation.passed);
        QVERIFY(r.health && r.health->healthy);
        QVERIFY(!r.confirmBy.isValid());
        QVERIFY2(r.sentence.contains(QStringLiteral("is live and mail is flowing")), qPrintable(r.sentence));
        QVERIFY(rig.liveIs(proposal()));
        QCOMPARE(rig.fs.file(QStringLiteral("client.cidr") + QLatin1String(PolicyGateway::PreviousSuffix)),
            liveSnapshot().content(QStringLiteral("client.cidr")));
        QVERIFY(!rig.pending());
        QVERIFY(rig.smtp.received("EHLO"));
        QVERIFY(!rig.smtp.received("DATA"));
        QVERIFY(rig.fs.file(rig.fs.mailLog).contains("reload -- version"));

        QStringList names;
        for (const PolicyApplier::Step &s : r.steps)
            names << s.name;
        QCOMPARE(names,
            (QStringList { QStringLiteral("read"), QStringLiteral("validate"), QStringLiteral("write"),
                QStringLiteral("reload"), QStringLiteral("health check") }));
        QVERIFY(rig.fs.unknown.isEmpty());

        // The history the store keeps for it, in order.
        QList<State> states;
        for (const PolicyVersion::StateChange &c : r.version->history)
            states << c.state;
        QCOMPARE(states, (QList<State> { State::Proposed, State::Applying, State::Applied }));

        // What was applied is now what a sync finds: no drift.
        bool recorded = true;
        QCOMPARE(rig.applier.sync(&recorded)->number, r.version->number);
        QVERIFY(!recorded);
    }

    void applyUnchanged()
    {
        Rig rig;
        const PolicyApplier::Report r = rig.applier.apply(rig.request(liveSnapshot()));
        QVERIFY2(r.outcome == Outcome::Unchanged, qPrintable(outcomeText(r)));
        QVERIFY(!r.version.has_value());
        QVERIFY(rig.liveWrites().isEmpty());
        QCOMPARE(rig.store.versions(Profile)->size(), 1);
        QCOMPARE(rig.smtp.connections, 0);
    }

    void applyInvalidWritesNothing()
    {
        Rig rig;
        rig.fs.fault = [](const QStringList &argv) -> std::optional<FakePolicyFiles::Answer> {
            if (argv.value(0) == u"postfix" && argv.last() == u"check")
                return FakePolicyFiles::failed("postfix/postfix-script: fatal: bad master.cf entry\n");
            return std::nullopt;
        };
        const auto before = rig.fs.files;
        const PolicyApplier::Report r = rig.applier.apply(rig.request(proposal()));
        QVERIFY2(r.outcome == Outcome::Invalid, qPrintable(outcomeText(r)));
        QVERIFY2(r.sentence.contains(QStringLiteral("bad master.cf entry")), qPrintable(r.sentence));
        QVERIFY(r.sentence.contains(QStringLiteral("Nothing was written")));
        QVERIFY(!r.validation.passed);
        QCOMPARE(rig.liveWrites(), QStringList());
        QVERIFY(rig.fs.files == before);
        QCOMPARE(rig.state(r.version->number), State::Failed);
        QVERIFY(!rig.pending());
        QCOMPARE(rig.smtp.connections, 0);
    }

    void applyRevertedOnBrokenGreeting()
    {
        Rig rig;
        rig.smtp.greeting = { "554 5.3.2 mx1.mailops.test Service currently unavailable\r\n" };
        const PolicyApplier::Report r = rig.applier.apply(rig.request(proposal()));
        QVERIFY2(r.outcome == Outcome::Reverted, qPrintable(outcomeText(r)));
        QVERIFY(r.health && !r.health->healthy);
        QVERIFY2(r.sentence.contains(QStringLiteral("554")), qPrintable(r.sentence));
        QVERIFY2(r.sentence.contains(QStringLiteral("v1 was restored by itself")), qPrintable(r.sentence));
        QVERIFY(rig.liveIs(liveSnapshot()));
        QCOMPARE(r.version->state, State::Reverted);
        QVERIFY(!rig.pending());
        int reloads = 0;
        for (const QStringList &argv : std::as_const(rig.transport.commands))
            reloads += argv.value(0) == u"postfix" && argv.last() == u"reload";
        QCOMPARE(reloads, 2);
        // The gateway is back on the baseline: a sync records nothing new.
        bool recorded = true;
        QCOMPARE(rig.applier.sync(&recorded)->number, r.previous->number);
        QVERIFY(!recorded);
    }

    void connectionDropsMidApply_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("after");
        QTest::addColumn<bool>("staysDown");

        // Changed files, by path: client.cidr, main.cf, sender_access. "write"
        // runs cp, dd, touch for each; "rename" cp (keep) and mv for each;
        // "postmap" one postmap; "reload" stat, then postfix reload.
        QTest::newRow("first dd, back for the restore") << QStringLiteral("write") << 1 << false;
        QTest::newRow("first dd, stays down") << QStringLiteral("write") << 1 << true;
        QTest::newRow("second file's dd, stays down") << QStringLiteral("write") << 4 << true;
        QTest::newRow("between renames, back for the restore") << QStringLiteral("rename") << 2 << false;
        QTest::newRow("between renames, stays down") << QStringLiteral("rename") << 2 << true;
        QTest::newRow("postmap, stays down") << QStringLiteral("postmap") << 0 << true;
        QTest::newRow("reload, stays down") << QStringLiteral("reload") << 1 << true;
    }

    void connectionDropsMidApply()
    {
        QFETCH(QString, step);
        QFETCH(int, after);
        QFETCH(bool, staysDown);

        Rig rig;
        rig.dropAt = step;
        rig.dropAfter = after;
        rig.staysDown = staysDown;

        const PolicyApplier::Report r = rig.applier.apply(rig.request(proposal()));
        QVERIFY2(rig.armed, qPrintable(rig.steps.join(u',')));
        QVERIFY2(r.outcome == Outcome::Failed, qPrintable(outcomeText(r)));
        QVERIFY2(r.sentence.contains(QStringLiteral("ssh: connection closed")), qPrintable(r.sentence));
        QCOMPARE(rig.smtp.connections, 0);
        QVERIFY(r.version.has_value());
        QCOMPARE(r.version->state, State::Failed);

        if (!staysDown) {
            QVERIFY2(
                r.sentence.contains(QStringLiteral("v1 was restored by itself")), qPrintable(r.sentence));
            QVERIFY(rig.liveIs(liveSnapshot()));
            QVERIFY(!rig.pending());
            QCOMPARE(rig.applier.recover().value(), QString());
            return;
        }

        QVERIFY2(r.sentence.contains(QStringLiteral("restoring v1 failed too")), qPrintable(r.sentence));
        QVERIFY(rig.pending());
        if (step == u"rename") {
            // Cut between renames: the gateway holds half of each version.
            QCOMPARE(rig.fs.file(QStringLiteral("client.cidr")),
                proposal().content(QStringLiteral("client.cidr")));
            QCOMPARE(rig.fs.file(PolicySnapshot::MainCf), liveSnapshot().content(PolicySnapshot::MainCf));
        }
        // With the connection still gone, recover() says so and keeps the marker.
        const Result<QString> early = rig.applier.recover();
        QVERIFY(!early.ok());
        QVERIFY(rig.pending());

        rig.down = false;
        const Result<QString> recovered = rig.applier.recover();
        QVERIFY2(recovered.ok(), qPrintable(recovered ? QString() : recovered.error().message));
        QVERIFY2(recovered->contains(QStringLiteral("the apply was cut off")), qPrintable(*recovered));
        QVERIFY(recovered->contains(QStringLiteral("v1 was restored")));
        QVERIFY(rig.liveIs(liveSnapshot()));
        QVERIFY(!rig.pending());
        QCOMPARE(rig.state(r.version->number), State::Reverted);
        QCOMPARE(rig.applier.recover().value(), QString());
        bool recorded = true;
        QCOMPARE(rig.applier.sync(&recorded)->number, r.previous->number);
        QVERIFY(!recorded);
    }

    void confirmWindowRunsOut()
    {
        Rig rig;
        const PolicyApplier::Report r = rig.applier.apply(rig.request(proposal(), 1));
        QVERIFY2(r.outcome == Outcome::Applied, qPrintable(outcomeText(r)));
        QVERIFY(r.confirmBy.isValid());
        QVERIFY2(r.sentence.contains(QStringLiteral("confirm it by")), qPrintable(r.sentence));
        QVERIFY(rig.pending());

        // Before the deadline: nothing happens.
        QCOMPARE(rig.applier.recover().value(), QString());
        QVERIFY(rig.liveIs(proposal()));
        QVERIFY(rig.pending());

        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > r.confirmBy, 3000);
        const Result<QString> recovered = rig.applier.recover();
        QVERIFY(recovered.ok());
        QVERIFY2(recovered->contains(QStringLiteral("not confirmed in time")), qPrintable(*recovered));
        QVERIFY(rig.liveIs(liveSnapshot()));
        QVERIFY(!rig.pending());
        QCOMPARE(rig.state(r.version->number), State::Reverted);
        QCOMPARE(rig.applier.confirm().error().code, Error::Code::NotFound);
    }

    void confirmKeepsTheVersion()
    {
        Rig rig;
        const PolicyApplier::Report r = rig.applier.apply(rig.request(proposal(), 60));
        QVERIFY2(r.outcome == Outcome::Applied, qPrintable(outcomeText(r)));
        QVERIFY(rig.applier.confirm(QStringLiteral("looks good")).ok());
        QCOMPARE(rig.state(r.version->number), State::Confirmed);
        QVERIFY(!rig.pending());
        QCOMPARE(rig.applier.recover().value(), QString());
        QVERIFY(rig.liveIs(proposal()));
    }

    void shadowCountsFromTheReloadOffset()
    {
        Rig rig;
        const auto warning = [](const QByteArray &stamp, const QByteArray &ip) -> QByteArray {
            return stamp + " mx1 postfix/smtpd[1200]: NOQUEUE: reject_warning: RCPT from unknown[" + ip
                + "]: 450 4.7.25 Client host rejected: cannot find your reverse hostname, [" + ip
                + "]; from=<a@example.com> to=<b@mailops.test> proto=ESMTP helo=<x>\n";
        };
        // Refused before the shadow, stamped in the future of every time zone.
        rig.fs.files[rig.fs.mailLog] += warning("Dec 31 23:59:59", "192.0.2.1");
        PolicySnapshot rule = liveSnapshot();
        rule.setFile(PolicySnapshot::MainCf,
            rule.content(PolicySnapshot::MainCf)
                + "smtpd_helo_restrictions = reject_unknown_helo_hostname\n");
        PolicyApplier::Request request = rig.request(rule);
        request.shadowSeconds = 1800;
        const PolicyApplier::Report r = rig.applier.apply(request);
        QVERIFY2(r.outcome == Outcome::Applied, qPrintable(outcomeText(r)));
        const qint64 offset = PolicyApplier::shadowLogOffset(*rig.store.version(Profile, r.version->number));
        QVERIFY(offset > 0);
        QVERIFY(offset < rig.fs.file(rig.fs.mailLog).size());

        // After the reload, stamped long before it: the offset decides, not the time.
        rig.fs.files[rig.fs.mailLog] += warning("Jan  1 00:00:01", "192.0.2.7");
        rig.fs.files[rig.fs.mailLog] += warning("Jan  1 00:00:02", "192.0.2.8");
        const Result<std::optional<PolicyApplier::ShadowReport>> first = rig.applier.shadowReport();
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
        QVERIFY(first->has_value());
        QCOMPARE(first->value().rules.size(), 1);
        QCOMPARE(first->value().rules.first().tempfails, 2);
        QVERIFY(!first->value().rules.first().clients.contains(QStringLiteral("192.0.2.1")));

        // The next poll reads only what came since, a line half written included later.
        const qsizetype seen = rig.fs.file(rig.fs.mailLog).size();
        const QByteArray next = warning("Jan  1 00:00:03", "192.0.2.9");
        rig.fs.files[rig.fs.mailLog] += next.first(20);
        rig.transport.commands.clear();
        const auto second = rig.applier.shadowReport();
        QVERIFY(second.ok() && second->has_value());
        QCOMPARE(second->value().rules.first().tempfails, 2);
        QStringList tails;
        for (const QStringList &argv : rig.transport.commands) {
            if (argv.value(0) == u"tail")
                tails << argv.value(2);
        }
        QCOMPARE(tails, QStringList { QStringLiteral("+%1").arg(seen + 1) });
        rig.fs.files[rig.fs.mailLog] += next.mid(20);
        const auto third = rig.applier.shadowReport();
        QVERIFY(third.ok() && third->has_value());
        QCOMPARE(third->value().rules.first().tempfails, 3);
        QCOMPARE(third->value().rules.first().clients.size(), 3);

        // Another console's applier starts from the recorded offset, and agrees.
        PolicyApplier other(&rig.gateway, &rig.store, Profile);
        const auto fresh = other.shadowReport();
        QVERIFY(fresh.ok() && fresh->has_value());
        QCOMPARE(fresh->value().rules.first().tempfails, 3);
    }

    void confirmWithoutWindowIsAnError()
    {
        Rig rig;
        QCOMPARE(rig.applier.confirm().error().code, Error::Code::NotFound);
        const PolicyApplier::Report r = rig.applier.apply(rig.request(proposal()));
        QVERIFY2(r.outcome == Outcome::Applied, qPrintable(outcomeText(r)));
        const Status confirmed = rig.applier.confirm();
        QVERIFY(!confirmed.ok());
        QCOMPARE(confirmed.error().code, Error::Code::NotFound);
        QCOMPARE(rig.state(r.version->number), State::Applied);
    }
};

QTEST_GUILESS_MAIN(PolicyApplierTest)
#include "policyapplier_test.moc"

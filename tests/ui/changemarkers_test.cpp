#include "fakesessionfactory.h"
#include "gatewaymonitorpanel.h"
#include "journal/journalstore.h"
#include "maillog/logcounters.h"
#include "monitor/changemarkers.h"
#include "monitor/policymarkfeed.h"
#include "monitor/queuedepthtab.h"
#include "monitor/rejectrateseries.h"
#include "monitor/rejectstab.h"
#include "session/gatewaysession.h"
#include "theme.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace MailOps;

// The rejects tab as an admin sees it after a bad change: the policy events
// of the journal drawn on the chart, the jump that followed v42 said beside
// it, and its rollback one click away; a rollback arriving in the journal
// shows at once and the offer goes.
class ChangeMarkersTest : public QObject
{
    Q_OBJECT

    static constexpr qint64 Minute = 60000;

    // The log's wall clock as the counters keep it: local time written as if
    // it were UTC, so the chart puts the minute where the journal's UTC
    // time of the change lands.
    static QByteArray stamp(qint64 ms)
    {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
        return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + 'Z';
    }

    static QByteArray tempfail(qint64 ms)
    {
        return stamp(ms)
            + " gw postfix/smtpd[101]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 450 4.7.1 Client host "
              "rejected: cannot find your hostname, [192.0.2.1]; from=<a@example.biz> to=<b@gw.example> "
              "proto=ESMTP helo=<x>";
    }

    static JournalEvent policyEvent(const QString &kind, qint64 version, qint64 ms, const QString &summary)
    {
        JournalEvent e;
        e.time = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        e.profile = QStringLiteral("lab");
        e.kind = kind;
        e.severity = JournalEvent::Severity::Notice;
        e.summary = summary;
        e.subject = QStringLiteral("version:%1").arg(version);
        return e;
    }

    // `low` tempfails a minute from 20 minutes before m0 to 9 after, `high`
    // from three minutes after it.
    static LogCounters tempfails(qint64 m0, int low, int high)
    {
        LogCounters counters;
        for (qint64 m = m0 - 20 * Minute; m < m0 + 9 * Minute; m += Minute) {
            const int n = m >= m0 + 3 * Minute ? high : low;
            for (int i = 0; i < n; ++i)
                counters.addLine(tempfail(m + 1000 + i * 100));
        }
        return counters;
    }

    static bool show(RejectsTab *tab, PolicyMarkFeed *feed, const LogCounters &counters, const QSize &size)
    {
        tab->resize(size);
        tab->setMarkFeed(feed);
        tab->showCounters(counters, RejectRateSeries::wallClockNow());
        tab->show();
        return QTest::qWaitForWindowExposed(tab);
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void markerSentenceAndRollback()
    {
        JournalStore store(m_dir.filePath(QStringLiteral("journal.sqlite")));
        store.setPollInterval(50);
        QVERIFY(store.open());

        // v42 went live a quarter of an hour ago, ten seconds into a minute;
        // v41 before it never got past the checks, so v40 is what was live.
        const qint64 m0 = QDateTime::currentMSecsSinceEpoch() / Minute * Minute - 15 * Minute;
        const qint64 change = m0 + 10000;
        QVERIFY(store.append(policyEvent(QStringLiteral("policy.apply"), 40, m0 - 60 * Minute,
            QStringLiteral("v40 is live and mail is flowing."))));
        QVERIFY(store.append(policyEvent(QStringLiteral("policy.invalid"), 41, m0 - 8 * Minute,
            QStringLiteral(
                "v41 was not applied: postfix check failed. Nothing was written to the gateway."))));
        QVERIFY(store.append(policyEvent(
            QStringLiteral("policy.apply"), 42, change, QStringLiteral("v42 is live and mail is flowing."))));
        JournalEvent other
            = policyEvent(QStringLiteral("policy.apply"), 7, change, QStringLiteral("elsewhere"));
        other.profile = QStringLiteral("mx2");
        QVERIFY(store.append(other));

        // One tempfail a minute before it, forty a minute from three minutes after.
        PolicyMarkFeed feed(&store);
        feed.setSource(QStringLiteral("lab"), nullptr);
        RejectsTab tab;
        QVERIFY(show(&tab, &feed, tempfails(m0, 1, 40), QSize(1180, 560)));

        ChangeMarkers *markers = tab.findChild<ChangeMarkers *>(QStringLiteral("rejectMarkers"));
        QVERIFY(markers);
        QCOMPARE(markers->marks().size(), 3); // not the other gateway's
        QTRY_COMPARE(markers->visibleLabels(),
            QStringList({ QStringLiteral("v41 not applied"), QStringLiteral("v42") }));

        auto *callout = tab.findChild<QFrame *>(QStringLiteral("changeJump_v42"));
        QVERIFY(callout);
        QTRY_VERIFY(callout->isVisible());
        auto *text = callout->findChild<QLabel *>(QStringLiteral("changeJumpText"));
        QVERIFY(text);
        QCOMPARE(text->text(), QStringLiteral("tempfails rose 40x three minutes after v42"));
        // Beside its mark, inside the chart.
        const QRect chart = tab.findChild<QWidget *>(QStringLiteral("rejectChart"))->rect();
        QVERIFY(chart.contains(callout->geometry()));

        auto *rollback = callout->findChild<QPushButton *>(QStringLiteral("changeRollback"));
        QVERIFY(rollback);
        QCOMPARE(rollback->text(), QStringLiteral("Roll back to v40…"));
        if (const QByteArray dir = qgetenv("MAILOPS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            tab.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/monitor-markers.png"));
            // The callouts are made again in the new palette's tint.
            QPointer<QFrame> light = callout;
            Theme::apply(Theme::Mode::Dark);
            QTRY_VERIFY(!light);
            QPointer<QFrame> dark = tab.findChild<QFrame *>(QStringLiteral("changeJump_v42"));
            QTRY_VERIFY(dark && dark->isVisible());
            tab.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/monitor-markers-dark.png"));
            Theme::apply(Theme::Mode::Light);
            QTRY_VERIFY(!dark);
            rollback = tab.findChild<QFrame *>(QStringLiteral("changeJump_v42"))
                           ->findChild<QPushButton *>(QStringLiteral("changeRollback"));
            QVERIFY(rollback);
        }
        QSignalSpy asked(&tab, &RejectsTab::rollbackRequested);
        QTest::mouseClick(rollback, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst().constFirst().toLongLong(), 40);

        // The rollback lands in the journal: its mark shows, and v42 is no
        // longer the change to undo.
        QVERIFY(store.append(policyEvent(QStringLiteral("policy.rollback"), 43, change + 7 * Minute,
            QStringLiteral("v43 is live and mail is flowing."))));
        QTRY_COMPARE(markers->visibleLabels().size(), 3);
        QCOMPARE(markers->visibleLabels().constLast(), QStringLiteral("v43 (rollback)"));
        QTRY_VERIFY(!tab.findChild<QPushButton *>(QStringLiteral("changeRollback")));
        auto *still = tab.findChild<QFrame *>(QStringLiteral("changeJump_v42"));
        QVERIFY(still);
        QCOMPARE(still->findChild<QLabel *>(QStringLiteral("changeJumpText"))->text(),
            QStringLiteral("tempfails rose 40x three minutes after v42"));
    }

    void quietCountersSayNothing()
    {
        JournalStore store(m_dir.filePath(QStringLiteral("quiet.sqlite")));
        QVERIFY(store.open());
        const qint64 m0 = QDateTime::currentMSecsSinceEpoch() / Minute * Minute - 15 * Minute;
        QVERIFY(store.append(policyEvent(
            QStringLiteral("policy.drift"), 5, m0 + 10000, QStringLiteral("changed outside the console"))));
        PolicyMarkFeed feed(&store);
        feed.setSource(QStringLiteral("lab"), nullptr);
        RejectsTab tab;
        QVERIFY(show(&tab, &feed, tempfails(m0, 1, 1), QSize(900, 500)));
        QTRY_COMPARE(tab.markers()->visibleLabels(), QStringList { QStringLiteral("drift v5") });
        QVERIFY(tab.markers()->jumps().isEmpty());
        QVERIFY(!tab.findChild<QFrame *>(QStringLiteral("changeJump_v5")));
    }

    // The monitor panel gives both charts the session's policy events and
    // passes their rollback requests on.
    void panelMarksBothChartsAndPassesRollbacksOn()
    {
        JournalStore store(m_dir.filePath(QStringLiteral("panel.sqlite")));
        QVERIFY(store.open());
        QVERIFY(store.append(
            policyEvent(QStringLiteral("policy.apply"), 42, QDateTime::currentMSecsSinceEpoch() - 5 * Minute,
                QStringLiteral("v42 is live and mail is flowing."))));
        GatewayProfile profile;
        profile.name = QStringLiteral("lab");
        profile.mailLogPath = QStringLiteral("/nonexistent/mail.log");
        FakeSessionFactory factory;
        NullJournalSink sink;
        std::unique_ptr<GatewaySession> session = factory.create(profile, &sink);

        GatewayMonitorPanel panel;
        panel.setJournal(&store);
        panel.setSession(session.get());
        auto *rejects = panel.findChild<RejectsTab *>();
        auto *depth = panel.findChild<QueueDepthTab *>();
        QVERIFY(rejects && depth);
        QCOMPARE(rejects->markers()->marks().size(), 1);
        QCOMPARE(depth->markers()->marks().size(), 1);
        QCOMPARE(depth->markers()->marks().constFirst().label(), QStringLiteral("v42"));

        QSignalSpy asked(&panel, &GatewayMonitorPanel::rollbackRequested);
        Q_EMIT depth->rollbackRequested(41);
        Q_EMIT rejects->rollbackRequested(40);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(1).constFirst().toLongLong(), 40);

        panel.showLoading(QStringLiteral("mx2"));
        QVERIFY(rejects->markers()->marks().isEmpty());
        panel.setSession(nullptr);
    }
};

QTEST_MAIN(ChangeMarkersTest)
#include "changemarkers_test.moc"

#include "incident/incidentstore.h"
#include "incident/noticereview.h"
#include "journal/journalsink.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

class RecordingSink final : public JournalSink
{
public:
    void record(const JournalEvent &event) override { events << event; }
    JournalEventList events;
};

} // namespace

// The second look is bound to the text it read, kept across a restart,
// recorded in the journal, and gone with the draft once it was sent.
class NoticeReviewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Incident made(IncidentStore &store)
    {
        Incident i;
        i.profile = QStringLiteral("lab");
        i.title = QStringLiteral("Partner mail is late");
        return store.create(i).value();
    }

    static NoticeDraft draft()
    {
        return { { NoticeKind::Audience::Partners, NoticeKind::Phase::Update }, QStringLiteral("Mail delays"),
            QStringLiteral("## Summary\\n\\nMail to you is late. Next update at 10:00 UTC.\\n") };
    }

private Q_SLOTS:
    void notRequiredAlwaysPasses()
    {
        IncidentStore store(m_dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(store.open());
        QVERIFY(NoticeReview::gate(&store, made(store), draft(), false));
    }

    void requiredWantsAReviewOfThisText()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.sqlite"));
        Incident i;
        {
            IncidentStore store(path);
            QVERIFY(store.open());
            i = made(store);
            const Status none = NoticeReview::gate(&store, i, draft(), true);
            QVERIFY(!none);
            QVERIFY(none.error().message.contains(QStringLiteral("nobody has reviewed")));
            RecordingSink sink;
            QVERIFY(!NoticeReview::mark(&store, &sink, i, draft(), QStringLiteral("  ")));
            QVERIFY(NoticeReview::mark(&store, &sink, i, draft(), QStringLiteral("Dana")));
            QCOMPARE(sink.events.size(), 1);
            QCOMPARE(sink.events.constFirst().kind, QStringLiteral("incident.review"));
            QVERIFY(sink.events.constFirst().summary.contains(QStringLiteral("Dana")));
        }
        // Across a restart of the console.
        IncidentStore store(path);
        QVERIFY(store.open());
        QVERIFY(NoticeReview::gate(&store, i, draft(), true));
        QCOMPARE(NoticeReview::reviewerOf(&store, i, draft()), QStringLiteral("Dana"));

        NoticeDraft edited = draft();
        edited.subject = QStringLiteral("Mail delays (update)");
        const Status changed = NoticeReview::gate(&store, i, edited, true);
        QVERIFY(!changed);
        QVERIFY(changed.error().message.contains(QStringLiteral("changed after Dana")));
        QVERIFY(NoticeReview::reviewerOf(&store, i, edited).isEmpty());

        // Another audience's notice is not covered by this one's review.
        NoticeDraft other = draft();
        other.kind.audience = NoticeKind::Audience::Management;
        QVERIFY(!NoticeReview::gate(&store, i, other, true));

        QVERIFY(store.discardDraft(i.id, draft().kind));
        QVERIFY(!NoticeReview::gate(&store, i, draft(), true));
    }

    void noSuchIncident()
    {
        IncidentStore store(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(store.open());
        Incident ghost;
        ghost.id = 99;
        NullJournalSink none;
        QVERIFY(!NoticeReview::mark(&store, &none, ghost, draft(), QStringLiteral("Dana")));
    }
};

QTEST_GUILESS_MAIN(NoticeReviewTest)
#include "noticereview_test.moc"

#include "incident/incidentstore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailOps;

namespace {

Incident filterHubDown()
{
    Incident i;
    i.profile = QStringLiteral("lab");
    i.title = QStringLiteral("Incoming mail stopped: the filter hub crash-loops");
    i.severity = Incident::Severity::Critical;
    i.start = QDateTime(QDate(2026, 12, 7), QTime(9, 12), Qt::UTC);
    i.affectedServices = { QStringLiteral("incoming mail"), QStringLiteral("filterhub") };
    i.impact = QStringLiteral("Mail from outside waits.");
    i.owner = QStringLiteral("Dana");
    return i;
}

} // namespace

class IncidentStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createReadUpdate()
    {
        QTemporaryDir dir;
        IncidentStore store(dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY(store.open());
        const Result<Incident> created = store.create(filterHubDown());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(created->id > 0);
        // The worst severity: the next notice is due within the hour.
        QCOMPARE(created->nextUpdateDue, created->start.addSecs(3600));

        Incident changed = created.value();
        changed.status = Incident::Status::Resolved;
        changed.end = changed.start.addSecs(45 * 60);
        QVERIFY(store.update(changed));
        const Result<Incident> read = store.incident(created->id);
        QVERIFY(read);
        QCOMPARE(read->title, changed.title);
        QCOMPARE(read->status, Incident::Status::Resolved);
        QCOMPARE(read->end, changed.end);
        QCOMPARE(read->affectedServices, changed.affectedServices);
        QCOMPARE(read->owner, QStringLiteral("Dana"));
        QCOMPARE(store.incidents(QStringLiteral("lab"), true).value().size(), 0);
        QCOMPARE(store.incidents().value().size(), 1);

        Incident missing = changed;
        missing.id = 999;
        QCOMPARE(store.update(missing).error().code, Error::Code::NotFound);
        QCOMPARE(store.incident(999).error().code, Error::Code::NotFound);
    }

    void notesAndNotices()
    {
        QTemporaryDir dir;
        IncidentStore store(dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY(store.open());
        const qint64 id = store.create(filterHubDown())->id;
        QVERIFY(store.addNote(id, QStringLiteral("Patch downloaded"), QStringLiteral("dana")));
        Incident::Notice n;
        n.kind = { NoticeKind::Audience::Management, NoticeKind::Phase::First };
        n.path = QStringLiteral("eml:/tmp/first.eml");
        n.recipients = { QStringLiteral("board@example.org"), QStringLiteral("it@example.org") };
        n.subject = QStringLiteral("Email problem");
        n.text = QStringLiteral("Since 09:12 UTC...");
        const auto recorded = store.recordNotice(id, n);
        QVERIFY(recorded);
        QVERIFY(recorded->time.isValid());
        const Incident read = store.incident(id).value();
        QCOMPARE(read.notes.size(), 1);
        QCOMPARE(read.notes.constFirst().author, QStringLiteral("dana"));
        QCOMPARE(read.notices.size(), 1);
        QCOMPARE(read.notices.constFirst().recipients, n.recipients);
        QCOMPARE(read.notices.constFirst().kind, n.kind);
        QCOMPARE(store.addNote(4242, QStringLiteral("x")).error().code, Error::Code::NotFound);
    }

    void emptyListsAreKept()
    {
        // An incident with no services named and a notice copied to the
        // clipboard for nobody in particular are still stored.
        QTemporaryDir dir;
        IncidentStore store(dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY(store.open());
        Incident bare;
        bare.title = QStringLiteral("Mail is late");
        const auto made = store.create(bare);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        Incident::Notice n;
        n.path = QStringLiteral("clipboard");
        QVERIFY(store.recordNotice(made->id, n));
        const Incident read = store.incident(made->id).value();
        QVERIFY(read.affectedServices.isEmpty());
        QVERIFY(read.notices.constFirst().recipients.isEmpty());
    }

    void draftsAreUpsertedAndSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("incidents.sqlite"));
        const NoticeKind kind { NoticeKind::Audience::Partners, NoticeKind::Phase::Update };
        qint64 id = 0;
        {
            IncidentStore store(path);
            QVERIFY(store.open());
            id = store.create(filterHubDown())->id;
            QString typed;
            for (const QChar c : QStringLiteral("Mail waits.")) {
                typed += c;
                QVERIFY(store.saveDraft(id, kind, typed));
            }
            QCOMPARE(store.saveDraft(id + 1, kind, typed).error().code, Error::Code::NotFound);
        }
        IncidentStore again(path);
        QVERIFY(again.open());
        const auto d = again.draft(id, kind);
        QVERIFY(d && d->has_value());
        QCOMPARE((*d)->text, QStringLiteral("Mail waits."));
        QCOMPARE(again.drafts(id)->size(), 1);
        QVERIFY(again.discardDraft(id, kind));
        QVERIFY(!again.draft(id, kind)->has_value());
    }

    void aFiveMegabyteDraftIsKept()
    {
        QTemporaryDir dir;
        IncidentStore store(dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY(store.open());
        const qint64 id = store.create(filterHubDown())->id;
        const QString big(5 * 1024 * 1024, QLatin1Char('x'));
        const NoticeKind kind;
        QVERIFY(store.saveDraft(id, kind, big));
        QCOMPARE(store.draft(id, kind).value()->text.size(), big.size());
    }

    void damagedFileIsKeptAsideAndANewOneStarted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("incidents.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        IncidentStore store(path);
        const Status opened = store.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(path + QStringLiteral(".damaged")),
            qPrintable(opened.error().message));
        QVERIFY(store.isOpen());
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".damaged")));
        QVERIFY(store.create(filterHubDown()));
    }
};

QTEST_GUILESS_MAIN(IncidentStoreTest)
#include "incidentstore_test.moc"

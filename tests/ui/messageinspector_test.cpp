#include "message/messagelinter.h"
#include "messageinspector.h"
#include "textviewer.h"
#include "theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>
#include <QtTest>

using namespace MailOps;

namespace {

constexpr int kCodeColumn = 2;
const QString kDate = QStringLiteral("Date: Mon, 23 Nov 2026 09:12:01 +0000");

// A message as a broken filter leaves it: no Date, a bare LF in a CRLF
// message (line 10), a 1200-byte line (11) and a base64 part with a byte that
// is not base64 (16).
QByteArray malformedMessage()
{
    QByteArray m;
    m += "From: Alice <alice@example.com>\r\n";
    m += "To: bob@example.net\r\n";
    m += "Subject: quarterly report\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/mixed; boundary=\"b1\"\r\n";
    m += "\r\n";
    m += "--b1\r\n";
    m += "Content-Type: text/plain\r\n";
    m += "\r\n";
    m += "the filter wrote a bare LF here\n";
    m += QByteArray(1200, 'x') + "\r\n";
    m += "--b1\r\n";
    m += "Content-Type: application/pdf\r\n";
    m += "Content-Transfer-Encoding: base64\r\n";
    m += "\r\n";
    m += "JVBERi0xLjQKJcfs*j8KMSAwIG9iago8PC9UeXBl\r\n";
    m += "--b1--\r\n";
    return m;
}

ScannedMessage scan(const QByteArray &raw, const QString &id = QStringLiteral("4XyZ1A2B3C"))
{
    ScannedMessage m;
    m.entry.queueId = id;
    m.entry.queueName = QStringLiteral("deferred");
    m.entry.sender = QStringLiteral("alice@example.com");
    m.entry.recipients = { QueueRecipient { QStringLiteral("bob@example.net"), {} },
        QueueRecipient { QStringLiteral("carol@example.net"), {} } };
    m.entry.messageSize = raw.size();
    m.report = MessageLinter::lint(raw);
    m.fetched = true;
    return m;
}

// The blocks (0-based) tinted as whole lines.
QList<int> bandedBlocks(const TextViewer *viewer)
{
    QList<int> blocks;
    for (const QTextEdit::ExtraSelection &s : viewer->extraSelections()) {
        if (s.format.property(QTextFormat::FullWidthSelection).toBool())
            blocks.append(s.cursor.blockNumber());
    }
    std::sort(blocks.begin(), blocks.end());
    return blocks;
}

// The characters marked on their own.
QStringList markedCharacters(const TextViewer *viewer)
{
    QStringList chars;
    for (const QTextEdit::ExtraSelection &s : viewer->extraSelections()) {
        if (!s.format.property(QTextFormat::FullWidthSelection).toBool())
            chars.append(s.cursor.selectedText());
    }
    return chars;
}

// Expected texts are written with control pictures ("␀"); fonts without them
// get the stand-ins the inspector uses instead.
QString shownIn(const QWidget *viewer, QString text)
{
    const QFontMetrics metrics(viewer->font());
    if (metrics.inFontUcs4(0x2400) && metrics.inFontUcs4(0x240d) && metrics.inFontUcs4(0x240a))
        return text;
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0x2400:
            c = QChar(char16_t(0x2205));
            break;
        case 0x240d:
            c = QChar(char16_t(0x21b5));
            break;
        case 0x240a:
            c = QChar(char16_t(0x2193));
            break;
        case 0x2424:
            c = QChar(char16_t(0x00b6));
            break;
        default:
            if (c.unicode() > 0x2400 && c.unicode() <= 0x2421)
                c = QChar::ReplacementCharacter;
        }
    }
    return text;
}

QStringList shownIn(const QWidget *viewer, const QStringList &texts)
{
    QStringList out;
    for (const QString &t : texts)
        out.append(shownIn(viewer, t));
    return out;
}

double luminance(const QColor &c)
{
    const auto channel
        = [](float v) { return v <= 0.03928f ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast ratio: 4.5 is the minimum for body text.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class MessageInspectorTest : public QObject
{
    Q_OBJECT

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    // Clicks a defect in the list as a person does.
    static void clickDefect(QTreeWidget *list, const QString &code)
    {
        const QList<QTreeWidgetItem *> found = list->findItems(code, Qt::MatchExactly, kCodeColumn);
        QVERIFY2(!found.isEmpty(), qPrintable(code));
        list->scrollToItem(found.first());
        const QRect rect = list->visualItemRect(found.first());
        QVERIFY(rect.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(list->currentItem(), found.first());
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Theme::apply(Theme::Mode::Light);
    }

    void malformedMessageIsMarked()
    {
        const QByteArray raw = malformedMessage();
        const ScannedMessage message = scan(raw);
        QVERIFY(message.report.has(MessageDefect::Code::MissingDate));

        MessageInspector inspector;
        inspector.resize(1000, 700);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.setMessage(message, raw);

        auto *viewer = child<TextViewer>(&inspector, "rawViewer");
        auto *list = child<QTreeWidget>(&inspector, "defectList");
        auto *banner = child<QLabel>(&inspector, "wholeMessageBanner");
        auto *header = child<QLabel>(&inspector, "messageHeader");
        QVERIFY(viewer && list && banner && header);
        QVERIFY(viewer->isVisible());
        QCOMPARE(viewer->syntax(), QStringLiteral("Email"));
        QCOMPARE(viewer->document()->blockCount(), 17);
        QCOMPARE(viewer->document()->findBlockByNumber(0).text(),
            QStringLiteral("From: Alice <alice@example.com>"));
        QCOMPARE(viewer->document()->findBlockByNumber(9).text(),
            shownIn(viewer, QStringLiteral("the filter wrote a bare LF here\u240a")));
        QCOMPARE(viewer->document()->findBlockByNumber(10).text().size(), 1200);

        // Lines 10, 11 and 16 are tinted; the bare LF itself is marked.
        QCOMPARE(bandedBlocks(viewer), (QList<int> { 9, 10, 15 }));
        QCOMPARE(markedCharacters(viewer), shownIn(viewer, QStringList { QStringLiteral("\u240a") }));

        // Missing Date is about the whole message: a banner, not a line.
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("no Date:")), qPrintable(banner->text()));
        QCOMPARE(list->topLevelItemCount(), 4);
        QVERIFY(header->text().contains(QStringLiteral("4XyZ1A2B3C")));
        QVERIFY(header->text().contains(QStringLiteral("to bob@example.net +1")));
        QVERIFY2(header->text().contains(QStringLiteral("4 errors")), qPrintable(header->text()));
        QVERIFY(!child<QLabel>(&inspector, "suspectLabel")->isVisible());

        clickDefect(list, QStringLiteral("bad-base64"));
        QCOMPARE(viewer->textCursor().blockNumber(), 15);
        QVERIFY(viewer->textCursor().selectedText().startsWith(QStringLiteral("JVBERi0x")));

        clickDefect(list, QStringLiteral("line-too-long"));
        QCOMPARE(viewer->textCursor().blockNumber(), 10);

        // The bare LF is one character: the cursor selects exactly it.
        clickDefect(list, QStringLiteral("bare-lf"));
        QCOMPARE(viewer->textCursor().blockNumber(), 9);
        QCOMPARE(viewer->textCursor().selectedText(), shownIn(viewer, QStringLiteral("\u240a")));
        QVERIFY(list->currentItem()->text(3).contains(shownIn(viewer, QStringLiteral(", shown as \u240a"))));
        QCOMPARE(
            viewer->textCursor().selectionStart() - viewer->document()->findBlockByNumber(9).position(), 31);

        clickDefect(list, QStringLiteral("missing-date"));
        QCOMPARE(viewer->textCursor().blockNumber(), 0);
        QVERIFY(!viewer->textCursor().hasSelection());

        // Keyboard works as well as the mouse.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_End);
        QCOMPARE(viewer->textCursor().blockNumber(), 15);

        const QString path = m_dir.filePath(QStringLiteral("inspector-light.png"));
        QVERIFY(inspector.grab().save(path));
        if (!qEnvironmentVariableIsEmpty("MAILOPS_KEEP_SCREENSHOTS"))
            QFile::copy(path,
                qEnvironmentVariable("MAILOPS_KEEP_SCREENSHOTS") + QStringLiteral("/inspector-light.png"));
    }

    void controlBytesAreVisible_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("block");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QStringList>("marked");

        const QByteArray head = "From: a@example.com\n" + kDate.toLatin1() + "\n";
        QTest::newRow("NUL byte") << head + QByteArray("\nbefore\0after\n", 14) << 3
                                  << QStringLiteral("before\u2400after")
                                  << QStringList { QStringLiteral("\u2400") };
        QTest::newRow("bare CR") << head + "\nold\rmac\n"
                                 << 3 << QStringLiteral("old\u240dmac")
                                 << QStringList { QStringLiteral("\u240d") };
        QTest::newRow("NUL and bare CR on one line")
            << head + QByteArray("\nx\0y\rz\n", 7) << 3 << QStringLiteral("x\u2400y\u240dz")
            << QStringList { QStringLiteral("\u2400"), QStringLiteral("\u240d") };
        QTest::newRow("Latin-1 in a header, shown, not dropped")
            << head + "Subject: caf\xe9\n\nbody\n"
            << 2 << QStringLiteral("Subject: caf\u00e9") << QStringList();
        QTest::newRow("UTF-8 stays UTF-8") << head + "\ncaf\xc3\xa9 \xe2\x82\xac\n"
                                           << 3 << QStringLiteral("caf\u00e9 \u20ac") << QStringList();
        QTest::newRow("paragraph separator does not shift lines") << head
                + "\na\xe2\x80\xa9"
                  "b\nnext\n" << 4 << QStringLiteral("next") << QStringList();
        QTest::newRow("escape and DEL") << head + "\n\x1b[31m\x7f\n"
                                        << 3 << QStringLiteral("\u241b[31m\u2421") << QStringList();
        QTest::newRow("CRLF stripped") << QByteArray(head + "\nbody\n").replace("\n", "\r\n") << 3
                                       << QStringLiteral("body") << QStringList();
    }

    void controlBytesAreVisible()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, block);
        QFETCH(QString, shown);
        QFETCH(QStringList, marked);

        MessageInspector inspector;
        inspector.resize(800, 500);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.setMessage(scan(raw), raw);
        auto *viewer = child<TextViewer>(&inspector, "rawViewer");
        shown = shownIn(viewer, shown);
        marked = shownIn(viewer, marked);
        QCOMPARE(viewer->document()->findBlockByNumber(block).text(), shown);
        QCOMPARE(markedCharacters(viewer), marked);
        if (!marked.isEmpty()) {
            QCOMPARE(bandedBlocks(viewer), QList<int> { block });
            auto *list = child<QTreeWidget>(&inspector, "defectList");
            QTest::mouseClick(
                list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->topLevelItem(0)).center());
            QCOMPARE(viewer->textCursor().blockNumber(), block);
            QCOMPARE(viewer->textCursor().selectedText(), marked.first());
        }
    }

    void nulMessageScreenshotDark()
    {
        const QByteArray raw = "From: a@example.com\r\n" + kDate.toLatin1()
            + "\r\nSubject: binary junk\r\n\r\n" + QByteArray("before\0after\r\n", 14)
            + "ok line\r\nmac\rline\r\n";
        ScannedMessage message = scan(raw);
        message.suspect = true;
        message.suspectReason = QStringLiteral("logged by filterhub just before 3 of its crashes");

        Theme::apply(Theme::Mode::Dark);
        MessageInspector inspector;
        inspector.resize(900, 500);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.setMessage(message, raw);
        auto *viewer = child<TextViewer>(&inspector, "rawViewer");
        auto *suspect = child<QLabel>(&inspector, "suspectLabel");
        QVERIFY(suspect->isVisible());
        QCOMPARE(suspect->text(),
            QStringLiteral("Poison suspect: logged by filterhub just before 3 of its crashes"));
        QCOMPARE(bandedBlocks(viewer), (QList<int> { 4, 6 }));

        // Every tint keeps the text readable against it.
        const QColor text = viewer->palette().color(QPalette::Text);
        for (const QTextEdit::ExtraSelection &s : viewer->extraSelections()) {
            const QColor bg = s.format.background().color();
            QVERIFY2(contrast(text, bg) >= 4.5, qPrintable(bg.name()));
        }
        QVERIFY(contrast(suspect->palette().color(QPalette::WindowText),
                    suspect->palette().color(QPalette::Window))
            >= 4.5);
        QVERIFY(viewer->palette().color(QPalette::Base).lightness() < 128);

        const QString path = m_dir.filePath(QStringLiteral("inspector-dark.png"));
        QVERIFY(inspector.grab().save(path));
        if (!qEnvironmentVariableIsEmpty("MAILOPS_KEEP_SCREENSHOTS"))
            QFile::copy(path,
                qEnvironmentVariable("MAILOPS_KEEP_SCREENSHOTS") + QStringLiteral("/inspector-dark.png"));

        // Back to light: the tints follow the palette.
        const QColor darkBand = viewer->extraSelections().first().format.background().color();
        Theme::apply(Theme::Mode::Light);
        QTRY_VERIFY(viewer->extraSelections().first().format.background().color() != darkBand);
        const QColor lightText = viewer->palette().color(QPalette::Text);
        for (const QTextEdit::ExtraSelection &s : viewer->extraSelections())
            QVERIFY(contrast(lightText, s.format.background().color()) >= 4.5);
    }

    void states()
    {
        MessageInspector inspector;
        inspector.resize(800, 400);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        auto *status = child<QLabel>(&inspector, "statusLabel");
        auto *viewer = child<TextViewer>(&inspector, "rawViewer");
        QVERIFY(status->isVisible());
        QVERIFY(!viewer->isVisible());

        const QByteArray raw = malformedMessage();
        ScannedMessage message = scan(raw, QStringLiteral("B00B1E5"));
        inspector.setLoading(message);
        QCOMPARE(status->text(), QStringLiteral("Loading message B00B1E5…"));
        QVERIFY(child<QLabel>(&inspector, "messageHeader")->text().contains(QStringLiteral("B00B1E5")));
        inspector.setError(QStringLiteral("postcat: no such message"));
        QCOMPARE(status->text(), QStringLiteral("postcat: no such message"));
        QVERIFY(status->isVisible());
        QVERIFY(status->autoFillBackground());

        inspector.setMessage(message, raw);
        QVERIFY(viewer->isVisible());
        QVERIFY(!status->isVisible());
        QCOMPARE(inspector.queueId(), QStringLiteral("B00B1E5"));

        // A message that was read clean: no banner, no list, no tint.
        const QByteArray clean = "From: a@example.com\n" + kDate.toLatin1() + "\n\nhello\n";
        inspector.setMessage(scan(clean), clean);
        QVERIFY(!child<QLabel>(&inspector, "wholeMessageBanner")->isVisible());
        QVERIFY(!child<QTreeWidget>(&inspector, "defectList")->isVisible());
        QVERIFY(viewer->extraSelections().isEmpty());

        // Empty raw text and a report that does not match it never crash.
        inspector.setMessage(scan(raw), QByteArray());
        inspector.setMessage(scan(raw), "short\n");
        auto *list = child<QTreeWidget>(&inspector, "defectList");
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->topLevelItem(0)).center());
        QCOMPARE(viewer->textCursor().blockNumber(), 0);

        inspector.clear();
        QCOMPARE(inspector.queueId(), QString());
        QVERIFY(status->isVisible());
    }

    void hugeMessagesAreBounded_data()
    {
        QTest::addColumn<QByteArray>("raw");
        const QByteArray head = "From: a@example.com\r\n" + kDate.toLatin1()
            + "\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        const QByteArray base64Line = QByteArray(76, 'A') + "\r\n";
        QTest::newRow("20 MB of base64 lines")
            << head + base64Line.repeated(20 * 1024 * 1024 / base64Line.size());
        QTest::newRow("20 MB on one line") << head + QByteArray(20 * 1024 * 1024, 'x');
        QTest::newRow("20 MB of empty lines") << head + QByteArray(20 * 1024 * 1024, '\n');
        QTest::newRow("20 MB of invalid UTF-8") << head + QByteArray(20 * 1024 * 1024, '\x80');
    }

    void hugeMessagesAreBounded()
    {
        QFETCH(QByteArray, raw);
        const ScannedMessage message = scan(raw);
        MessageInspector inspector;
        inspector.resize(900, 600);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));

        QElapsedTimer timer;
        timer.start();
        inspector.setMessage(message, raw);
        QCoreApplication::processEvents(); // paints the first screen
        const qint64 ms = timer.elapsed();
        qInfo("setMessage of %lld bytes: %lld ms", qint64(raw.size()), ms);
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));

        auto *viewer = child<TextViewer>(&inspector, "rawViewer");
        QTextDocument *doc = viewer->document();
        QVERIFY(doc->characterCount() <= TextViewer::maxChars);
        QVERIFY(doc->blockCount() <= MessageInspector::maxLines + 1);
        const QString last = doc->lastBlock().text();
        QVERIFY2(last.contains(QStringLiteral("not shown"))
                || last.endsWith(QStringLiteral("more bytes on this line]")),
            qPrintable(last.right(80)));
        // A defect on a line past the part shown is listed, not marked.
        if (last.contains(QStringLiteral("not shown"))) {
            for (const QTextEdit::ExtraSelection &s : viewer->extraSelections())
                QVERIFY(s.cursor.blockNumber() < doc->blockCount() - 1);
        }
        QVERIFY(child<QLabel>(&inspector, "messageHeader")->text().contains(QStringLiteral("MiB")));
    }
};

QTEST_MAIN(MessageInspectorTest)
#include "messageinspector_test.moc"

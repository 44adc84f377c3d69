// NoticeMessage on arbitrary subjects, names and drafts: what it refuses is
// refused with a reason; what it writes lints without errors and reads back
// (independently, tests/common/emlreader.h) to the subject and text given.
#include "emlreader.h"
#include "fuzztarget.h"
#include "incident/noticemessage.h"
#include "message/messagelinter.h"

using namespace MailOps;

void fuzzOne(const QByteArray &data)
{
    const QList<QByteArray> fields = data.split('\x01');
    NoticeMessage m;
    m.subject = QString::fromUtf8(fields.value(0));
    m.from = { QString::fromUtf8(fields.value(1)), QStringLiteral("ops@example.org") };
    m.to = { { QString::fromUtf8(fields.value(2)),
        QString::fromUtf8(fields.value(3)) + QStringLiteral("@example.org") } };
    m.markdown = QString::fromUtf8(fields.value(4));
    m.date = QDateTime(QDate(2026, 12, 7), QTime(15, 15, 40), Qt::UTC);
    m.messageId = QStringLiteral("fuzz@example.org");
    const Result<QByteArray> raw = m.compose();
    if (!raw) {
        FUZZ_CHECK(raw.error().code == Error::Code::InvalidInput && !raw.error().message.isEmpty());
        return;
    }
    for (const QByteArray &line : raw->split('\n'))
        FUZZ_CHECK(line.size() <= 999);
    const LintReport lint = MessageLinter::lint(raw.value());
    FUZZ_CHECK(!lint.hasErrors());
    const EmlReader::Message back = EmlReader::read(raw.value());
    FUZZ_CHECK(EmlReader::decodeWords(back.header("Subject")) == m.subject.trimmed());
    FUZZ_CHECK(back.parts.size() == 2);
    QString text = m.markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    FUZZ_CHECK(back.parts.at(0).text == text);
    FUZZ_CHECK(back.parts.at(1).contentType == "text/html");
}

QList<QByteArray> fuzzSeeds()
{
    return {
        "St\xc3\xb6rung: E-Mail kommt versp\xc3\xa4tet an\x01J\xc3\xb6rg\x01The Board\x01"
        "board\x01# A\n\nFrom here =3D\n- x \n",
        "Plain subject with  two spaces\x01\x01\x01it\x01line\r\nline\rline",
        "Hi\r\nBcc: x@evil.example\x01\x01\x01a\x01x",
        "=?utf-8?q?x?= " + QByteArray(120, 'a') + "\x01\"quoted\\\"\x01, ;\x01b.c\x01" + QByteArray(300, '=')
            + "\n.\n",
    };
}

#include "noticemessage.h"

#include "incident/markdownhtml.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

namespace MailOps {

namespace {

constexpr int kMaxLine = 78;
// "=?UTF-8?B?" and "?=" around 56 base64 characters: 42 bytes, 68 in all,
// so "Subject: " and one word fit a line.
constexpr int kWordBytes = 42;

bool plainAscii(QStringView s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return false;
    return true;
}

QByteArray addressList(const QByteArray &name, const QList<MailAddress> &list)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QList<QByteArray> atoms = list.at(i).headerAtoms();
        if (i + 1 < list.size())
            atoms.last() += ',';
        pieces << atoms;
    }
    return NoticeMessage::foldHeader(name, pieces);
}

QString normaliseLines(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

QString NoticeMessage::subjectProblem(const QString &subject)
{
    if (subject.trimmed().isEmpty())
        return tr("the subject is empty");
    for (const QChar c : subject) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return tr("the subject holds a line break");
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return tr("the subject holds a control character (U+%1)")
                .arg(QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper());
    }
    if (subject.size() > 500)
        return tr("the subject is longer than 500 characters");
    return {};
}

QList<QByteArray> NoticeMessage::encodedWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    const QStringView view(text);
    for (qsizetype i = 0; i < view.size();) {
        // One code point at a time: a surrogate pair stays together.
        const qsizetype len = (view.at(i).isHighSurrogate() && i + 1 < view.size()) ? 2 : 1;
        const QByteArray bytes = view.sliced(i, len).toUtf8();
        if (chunk.size() + bytes.size() > kWordBytes)
            flush();
        chunk += bytes;
        i += len;
    }
    flush();
    return words;
}

QByteArray NoticeMessage::foldHeader(const QByteArray &name, const QList<QByteArray> &pieces)
{
    QByteArray out = name + ':';
    qsizetype lineLength = out.size();
    for (const QByteArray &piece : pieces) {
        if (lineLength + 1 + piece.size() > kMaxLine && lineLength > name.size() + 1) {
            out += "\r\n";
            lineLength = 0;
        }
        out += ' ' + piece;
        lineLength += 1 + piece.size();
    }
    return out + "\r\n";
}

QByteArray NoticeMessage::quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 8);
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        qsizetype length = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool last = i + 1 == line.size();
            QByteArray piece;
            const bool fromLine = i == 0 && line.startsWith("From ");
            if ((c >= 33 && c <= 126 && c != '=' && !fromLine) || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else {
                const char encoded[] = { '=', hex[c >> 4], hex[c & 15] };
                piece = QByteArray(encoded, 3);
            }
            // 76 characters a line, the soft break's "=" included.
            if (length + piece.size() > (last ? 76 : 75)) {
                out += "=\r\n";
                length = 0;
            }
            out += piece;
            length += piece.size();
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray NoticeMessage::rfc5322Date(const QDateTime &t)
{
    const QLocale c = QLocale::c();
    const int offset = t.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return c.toString(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + ' '
        + (offset < 0 ? '-' : '+') + QByteArray::number(minutes / 60).rightJustified(2, '0')
        + QByteArray::number(minutes % 60).rightJustified(2, '0');
}

Result<QByteArray> NoticeMessage::compose() const
{
    QStringList problems;
    const auto checkMailbox = [&](const QString &role, const MailAddress &a) {
        if (const QString p = MailAddress::addrSpecProblem(a.address); !p.isEmpty())
            problems << tr("%1 \"%2\": %3").arg(role, a.address, p);
        if (const QString p = MailAddress::nameProblem(a.name); !p.isEmpty())
            problems << tr("%1 \"%2\": %3").arg(role, a.address, p);
    };
    checkMailbox(tr("sender"), from);
    if (to.isEmpty() && cc.isEmpty())
        problems << tr("there is no recipient");
    for (const MailAddress &a : to)
        checkMailbox(tr("recipient"), a);
    for (const MailAddress &a : cc)
        checkMailbox(tr("recipient"), a);
    if (const QString p = subjectProblem(subject); !p.isEmpty())
        problems << p;
    if (!messageId.isEmpty()) {
        const qsizetype at = messageId.indexOf(QLatin1Char('@'));
        if (at <= 0 || !plainAscii(messageId) || messageId.contains(QLatin1Char(' '))
            || messageId.contains(QLatin1Char('<')) || messageId.contains(QLatin1Char('>')))
            problems << tr("\"%1\" is not a Message-ID").arg(messageId);
    }
    if (!problems.isEmpty())
        return Error { Error::Code::InvalidInput,
            tr("The notice cannot be written as a message: %1.").arg(problems.join(QStringLiteral("; "))) };

    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    const QString domain = from.address.section(QLatin1Char('@'), -1);
    const QString id = messageId.isEmpty()
        ? QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain
        : messageId;
    const QString title = subject.trimmed();

    QByteArray m;
    m += foldHeader("From", from.headerAtoms());
    if (!to.isEmpty())
        m += addressList("To", to);
    if (!cc.isEmpty())
        m += addressList("Cc", cc);
    QList<QByteArray> subjectPieces;
    bool asWords = !plainAscii(title) || title.contains(QLatin1String("=?"));
    if (!asWords) {
        // Plain words fold at their spaces; a run of spaces or a word too
        // long for a line is kept exactly only by encoded words.
        subjectPieces = title.toLatin1().split(' ');
        for (const QByteArray &p : std::as_const(subjectPieces))
            asWords = asWords || p.isEmpty() || p.size() > kMaxLine - 10;
    }
    if (asWords)
        subjectPieces = encodedWords(title);
    m += foldHeader("Subject", subjectPieces);
    m += "Date: " + rfc5322Date(when) + "\r\n";
    m += "Message-ID: <" + id.toLatin1() + ">\r\n";
    m += "MIME-Version: 1.0\r\n";

    // "=_" never occurs in quoted-printable text: the boundary cannot
    // appear in a part.
    const QByteArray boundary
        = "=_mailops_" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    m += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    m += "This is a message in MIME format: a plain-text part and an HTML part.\r\n";
    const QString text = normaliseLines(markdown);
    const QString body = html.isEmpty() ? MarkdownHtml::document(text, title) : normaliseLines(html);
    const auto part = [&](const QByteArray &type, const QString &content) {
        m += "\r\n--" + boundary + "\r\n";
        m += "Content-Type: " + type + "; charset=utf-8\r\n";
        m += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
        m += quotedPrintable(content.toUtf8());
    };
    part("text/plain", text);
    part("text/html", body);
    m += "\r\n--" + boundary + "--\r\n";
    return m;
}

Status NoticeMessage::saveEml(const QString &path) const
{
    const Result<QByteArray> message = compose();
    if (!message)
        return message.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error { Error::Code::IoError, tr("Cannot write %1: %2").arg(path, f.errorString()) };
    if (f.write(message.value()) != message->size() || !f.commit())
        return Error { Error::Code::IoError, tr("Cannot write %1: %2").arg(path, f.errorString()) };
    return Ok {};
}

} // namespace MailOps

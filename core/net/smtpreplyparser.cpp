#include "smtpreplyparser.h"

#include "common/translation.h"

#include <QCoreApplication>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::SmtpReplyParser", text);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 3463 class.subject.detail at the start of the text; its class must be
// the reply's own (RFC 2034 section 4), otherwise it is just text.
qsizetype enhancedCodeLength(const QByteArray &text, int replyCode)
{
    if (text.size() < 5 || text.at(0) != char('0' + replyCode / 100) || text.at(1) != '.')
        return 0;
    qsizetype pos = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = pos;
        while (pos < text.size() && isDigit(text.at(pos)) && pos - start < 3)
            ++pos;
        if (pos == start)
            return 0;
        if (part == 0) {
            if (pos >= text.size() || text.at(pos) != '.')
                return 0;
            ++pos;
        }
    }
    if (pos < text.size() && text.at(pos) != ' ')
        return 0;
    return pos;
}

} // namespace

void SmtpReplyParser::reset()
{
    m_line.clear();
    m_current = SmtpReply();
    m_currentBytes = 0;
    m_ready.clear();
    m_error = Error();
    m_failed = false;
}

Status SmtpReplyParser::fail(const QString &message)
{
    m_failed = true;
    m_error = Error { Error::Code::ProtocolError, message };
    m_line.clear();
    m_current = SmtpReply();
    return m_error;
}

Status SmtpReplyParser::feed(const QByteArray &bytes)
{
    if (m_failed)
        return m_error;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype eol = bytes.indexOf('\n', pos);
        const qsizetype end = eol < 0 ? bytes.size() : eol;
        // Checked before appending so that an endless line costs no memory.
        if (m_line.size() + (end - pos) > m_limits.maxLineLength + 1)
            return fail(tr("the server sent a line longer than %1 bytes").arg(m_limits.maxLineLength));
        m_line.append(bytes.constData() + pos, end - pos);
        if (eol < 0)
            break;
        pos = eol + 1;
        const bool bareLf = !m_line.endsWith('\r');
        if (!bareLf)
            m_line.chop(1);
        if (m_line.size() > m_limits.maxLineLength)
            return fail(tr("the server sent a line longer than %1 bytes").arg(m_limits.maxLineLength));
        QByteArray line;
        line.swap(m_line);
        if (const Status s = takeLine(std::move(line), bareLf); !s)
            return s;
    }
    return Ok();
}

Status SmtpReplyParser::takeLine(QByteArray line, bool bareLf)
{
    m_currentBytes += line.size() + 2;
    if (m_currentBytes > m_limits.maxReplyBytes)
        return fail(tr("the server sent a reply larger than %1 bytes").arg(m_limits.maxReplyBytes));
    if (m_current.rawLines.size() >= m_limits.maxLines)
        return fail(tr("the server sent a reply of more than %1 lines").arg(m_limits.maxLines));

    const QString shown = SmtpReply::printable(line.left(80));
    // RFC 5321 4.2: three digits, 2-5 then 0-5 then any, then SP, "-" or the end.
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2)))
        return fail(tr("the server sent a line that is not an SMTP reply: \"%1\"").arg(shown));
    if (line.at(0) < '2' || line.at(0) > '5' || line.at(1) > '5')
        return fail(tr("the server sent an invalid reply code: \"%1\"").arg(shown));
    const char sep = line.size() == 3 ? ' ' : line.at(3);
    if (sep != ' ' && sep != '-')
        return fail(
            tr("the server sent a reply line without a space or hyphen after the code: \"%1\"").arg(shown));
    const int code = (line.at(0) - '0') * 100 + (line.at(1) - '0') * 10 + (line.at(2) - '0');
    if (!m_current.rawLines.isEmpty() && code != m_current.code)
        return fail(tr("the server changed the reply code from %1 to %2 inside one reply")
                        .arg(m_current.code)
                        .arg(code));

    QByteArray text = line.size() > 4 ? line.mid(4) : QByteArray();
    const qsizetype enhanced = enhancedCodeLength(text, code);
    if (m_current.rawLines.isEmpty()) {
        m_current.code = code;
        if (enhanced > 0)
            m_current.enhancedCode = QString::fromLatin1(text.left(enhanced));
    }
    if (enhanced > 0 && QString::fromLatin1(text.left(enhanced)) == m_current.enhancedCode)
        text = text.mid(enhanced + 1);
    m_current.lines.append(SmtpReply::printable(text));
    m_current.rawLines.append(SmtpReply::printable(line));
    m_current.bareLineFeed = m_current.bareLineFeed || bareLf;

    if (sep == ' ') {
        m_ready.append(std::move(m_current));
        m_current = SmtpReply();
        m_currentBytes = 0;
    }
    return Ok();
}

Result<QList<SmtpReply>> SmtpReplyParser::parseAll(const QByteArray &bytes, const Limits &limits)
{
    SmtpReplyParser parser(limits);
    if (const Status s = parser.feed(bytes); !s)
        return s.error();
    if (parser.inReply())
        return Result<QList<SmtpReply>>::failure(
            Error::Code::ProtocolError, tr("the reply ended before its last line"));
    QList<SmtpReply> replies;
    while (parser.hasReply())
        replies.append(parser.takeReply());
    return replies;
}

} // namespace MailOps

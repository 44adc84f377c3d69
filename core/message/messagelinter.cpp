#include "messagelinter.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>
#include <array>
#include <cstring>

namespace MailOps {

namespace {

using Code = MessageDefect::Code;
using Severity = MessageDefect::Severity;

constexpr qsizetype kLineKeep = 8192;
constexpr qint64 kMaxLineOctets = 998;

QString tr(const char *text)
{
    return translateIn("MailOps::MessageLinter", text);
}

constexpr std::array<bool, 256> kBase64Table = [] {
    std::array<bool, 256> t {};
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        t[c] = true;
    t['+'] = t['/'] = true;
    return t;
}();

inline bool isBase64Char(char c)
{
    return kBase64Table[uchar(c)];
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

bool isSingleton(QByteArrayView lowerName)
{
    static const char *const names[] = { "from", "sender", "reply-to", "to", "cc", "bcc", "message-id",
        "in-reply-to", "references", "subject", "date" };
    for (const char *n : names) {
        if (lowerName == QByteArrayView(n))
            return true;
    }
    return false;
}

Severity duplicateSeverity(QByteArrayView lowerName)
{
    return (lowerName == "from" || lowerName == "date" || lowerName == "sender" || lowerName == "message-id")
        ? Severity::Error
        : Severity::Warning;
}

QString printable(QByteArrayView s, qsizetype max = 60)
{
    QString out = QString::fromLatin1(s.first(std::min(s.size(), max)));
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            c = u'?';
    }
    return s.size() > max ? out + u'\x2026' : out;
}

// "multipart/mixed; charset=x; boundary="abc"" -> type and boundary.
void parseContentType(QByteArrayView value, QByteArray *type, QByteArray *boundary)
{
    value = value.trimmed();
    qsizetype semi = value.indexOf(';');
    *type = (semi < 0 ? value : value.first(semi)).trimmed().toByteArray().toLower();
    boundary->clear();
    if (semi < 0)
        return;
    qsizetype i = semi + 1;
    const qsizetype n = value.size();
    while (i < n) {
        while (i < n && (value[i] == ' ' || value[i] == '\t' || value[i] == ';'))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && value[i] != '=' && value[i] != ';')
            ++i;
        const QByteArray name = value.sliced(nameStart, i - nameStart).trimmed().toByteArray().toLower();
        if (i >= n || value[i] != '=')
            continue;
        ++i;
        while (i < n && (value[i] == ' ' || value[i] == '\t'))
            ++i;
        QByteArray v;
        if (i < n && value[i] == '"') {
            ++i;
            while (i < n && value[i] != '"') {
                if (value[i] == '\\' && i + 1 < n)
                    ++i;
                v += value[i];
                ++i;
            }
            ++i;
        } else {
            while (i < n && value[i] != ';' && value[i] != ' ' && value[i] != '\t')
                v += value[i++];
        }
        if (name == "boundary")
            *boundary = v;
    }
}

} // namespace

MessageLinter::MessageLinter()
    : MessageLinter(Options {})
{
}

MessageLinter::MessageLinter(const Options &options)
    : m_options(options)
{
    reset();
}

void MessageLinter::reset()
{
    m_report = LintReport {};
    m_state = State::Header;
    m_line.clear();
    m_line.reserve(1024);
    m_lineLength = 0;
    m_lineStart = 0;
    m_lineNo = 1;
    m_offset = 0;
    m_line8bit = false;
    m_lastWasCr = false;
    m_crlf = m_options.lineEndings == LineEndings::Crlf;
    m_endingsKnown = m_options.lineEndings != LineEndings::Auto;
    m_fieldName.clear();
    m_fieldValue.clear();
    m_fieldLine = 0;
    m_fieldTruncated = false;
    m_haveField = false;
    m_seen.clear();
    m_topHeaderDone = false;
    m_part = Part {};
    m_part.topLevel = true;
    m_part.contentType = "text/plain";
    m_multiparts.clear();
    m_nestingReported = false;
}

void MessageLinter::defect(
    Code code, Severity severity, const QString &message, qint64 offset, const QString &header, qint64 line)
{
    const qint64 n = ++m_report.counts[int(code)];
    if (n > m_options.maxDefectsPerCode)
        return;
    MessageDefect d;
    d.code = code;
    d.severity = severity;
    d.line = line >= 0 ? line : offset == -1 ? 0 : m_lineNo;
    d.offset = offset == -2 ? m_lineStart : offset;
    d.header = header;
    d.partPath = m_part.path;
    d.message = message;
    m_report.defects.append(d);
}

void MessageLinter::feed(QByteArrayView chunk)
{
    const char *p = chunk.data();
    const qsizetype n = chunk.size();
    if (n == 0)
        return;
    if (m_lastWasCr && p[0] != '\n') {
        if (m_report.counts[int(Code::BareCr)] < m_options.maxDefectsPerCode)
            defect(Code::BareCr, Severity::Error, tr("carriage return not followed by a line feed"),
                m_offset - 1);
        else
            ++m_report.counts[int(Code::BareCr)];
    }
    m_lastWasCr = false;
    qsizetype i = 0;
    while (i < n) {
        const char *nl = static_cast<const char *>(std::memchr(p + i, '\n', size_t(n - i)));
        const qsizetype end = nl ? qsizetype(nl - p) : n;
        for (qsizetype k = i; k < end; ++k) {
            const auto c = uchar(p[k]);
            if (c >= 0x20 && c < 0x80)
                continue;
            if (c >= 0x80) {
                m_line8bit = true;
            } else if (c == 0) {
                if (m_report.counts[int(Code::NulByte)] < m_options.maxDefectsPerCode)
                    defect(Code::NulByte, Severity::Error, tr("NUL byte"), m_offset + (k - i));
                else
                    ++m_report.counts[int(Code::NulByte)];
            } else if (c == '\r') {
                if (k + 1 < end) {
                    if (m_report.counts[int(Code::BareCr)] < m_options.maxDefectsPerCode)
                        defect(Code::BareCr, Severity::Error,
                            tr("carriage return not followed by a line feed"), m_offset + (k - i));
                    else
                        ++m_report.counts[int(Code::BareCr)];
                } else if (!nl) {
                    m_lastWasCr = true; // decided by the next chunk
                }
            }
        }
        const qsizetype len = end - i;
        const qsizetype room = kLineKeep - m_line.size();
        if (room > 0)
            m_line.append(p + i, std::min(room, len));
        m_lineLength += len;
        m_offset += len;
        if (len > 0)
            m_lastByteCr = p[end - 1] == '\r';
        i = end;
        if (nl) {
            ++m_offset;
            ++i;
            endLine(true);
        }
    }
}

void MessageLinter::endLine(bool hasLf)
{
    const bool wholeLineKept = m_line.size() == m_lineLength;
    // m_lastByteCr sees the real last byte even when it lies beyond the kept prefix.
    const bool crlf = hasLf && m_lastByteCr;
    QByteArrayView line = m_line;
    if (crlf && wholeLineKept)
        line.chop(1);
    const qint64 contentLength = m_lineLength - (crlf ? 1 : 0);
    if (hasLf && !m_endingsKnown) {
        m_endingsKnown = true;
        m_crlf = crlf;
    }
    if (hasLf && m_crlf && !crlf)
        defect(Code::BareLf, Severity::Error, tr("line ends in a bare line feed in a CRLF message"),
            m_lineStart + m_lineLength);
    if (contentLength > kMaxLineOctets)
        defect(Code::LineTooLong, Severity::Error,
            tr("line is %1 octets long; the limit is %2").arg(contentLength).arg(kMaxLineOctets));
    processLine(line);
    ++m_report.lines;
    ++m_lineNo;
    m_line.clear();
    m_lineLength = 0;
    m_lineStart = m_offset;
    m_line8bit = false;
    m_lastByteCr = false;
}

void MessageLinter::processLine(QByteArrayView line)
{
    if (m_state == State::Header)
        headerLine(line);
    else
        bodyLine(line);
}

void MessageLinter::headerLine(QByteArrayView line)
{
    const bool top = m_part.topLevel;
    const Severity eightBitSeverity = top ? Severity::Error : Severity::Warning;
    const auto checkEightBit = [&](const QString &header) {
        if (!m_line8bit)
            return;
        if (!m_options.smtpUtf8)
            defect(Code::EightBitHeader, eightBitSeverity, tr("8-bit bytes in a header without SMTPUTF8"), -2,
                header);
        else if (m_line.size() == m_lineLength && !QByteArrayView(m_line).isValidUtf8())
            defect(Code::InvalidUtf8Header, eightBitSeverity, tr("header is not valid UTF-8"), -2, header);
    };

    if (line.isEmpty()) {
        finishField();
        endHeader();
        return;
    }
    if (line[0] == ' ' || line[0] == '\t') {
        if (!m_haveField) {
            defect(Code::BadFolding, Severity::Error, tr("continuation line before any header field"));
            checkEightBit({});
            return;
        }
        const QString name = QString::fromLatin1(m_fieldName);
        if (line.trimmed().isEmpty())
            defect(Code::BadFolding, Severity::Warning,
                tr("continuation line holds only white space (obsolete folding)"), -2, name);
        checkEightBit(name);
        const qsizetype room = m_options.maxFieldBytes - m_fieldValue.size();
        if (line.size() > room || m_line.size() < m_lineLength)
            m_fieldTruncated = true;
        if (room > 0)
            m_fieldValue.append(line.first(std::min(room, line.size())));
        return;
    }
    finishField();
    if (top && m_lineNo == 1 && line.startsWith("From ")) {
        defect(Code::InvalidHeader, Severity::Info, tr("mbox \"From \" separator line before the header"));
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        defect(Code::InvalidHeader, Severity::Error,
            tr("not a header field (no field name and colon): \"%1\"; taken as the start of the body")
                .arg(printable(line)));
        checkEightBit({});
        endHeader();
        bodyLine(line);
        return;
    }
    QByteArrayView name = line.first(colon);
    if (name.back() == ' ' || name.back() == '\t') {
        name = name.trimmed();
        defect(Code::InvalidHeader, Severity::Warning,
            tr("white space before the colon of \"%1\" (obsolete syntax)").arg(printable(name)), -2,
            QString::fromLatin1(name));
    }
    for (char c : name) {
        const auto u = uchar(c);
        if (u < 33 || u > 126) {
            defect(Code::InvalidHeader, Severity::Error,
                tr("invalid character in header field name \"%1\"").arg(printable(name)), -2,
                printable(name));
            break;
        }
    }
    m_fieldName = name.toByteArray();
    const QByteArrayView value = line.sliced(colon + 1);
    m_fieldValue = value.first(std::min(value.size(), m_options.maxFieldBytes)).toByteArray();
    m_fieldTruncated = value.size() > m_options.maxFieldBytes || m_line.size() < m_lineLength;
    m_fieldLine = m_lineNo;
    m_fieldOffset = m_lineStart;
    m_haveField = true;
    checkEightBit(QString::fromLatin1(m_fieldName));
}

void MessageLinter::finishField()
{
    if (!m_haveField)
        return;
    m_haveField = false;
    const QByteArray lname = m_fieldName.toLower();
    const QString name = printable(m_fieldName);
    if (m_fieldTruncated)
        defect(Code::HeaderTooLong, Severity::Info,
            tr("header field %1 is larger than %2 bytes; only its start was analysed")
                .arg(name)
                .arg(m_options.maxFieldBytes),
            m_fieldOffset, name, m_fieldLine);
    if (m_part.topLevel) {
        const int seen = ++m_seen[lname];
        if (seen >= 2 && isSingleton(lname))
            defect(Code::DuplicateHeader, duplicateSeverity(lname),
                tr("header field %1 appears %2 times; it is allowed once").arg(name).arg(seen), m_fieldOffset,
                name, m_fieldLine);
    }
    if (lname == "content-type") {
        parseContentType(m_fieldValue, &m_part.contentType, &m_part.boundary);
    } else if (lname == "content-transfer-encoding") {
        const QByteArray cte = m_fieldValue.trimmed().toLower();
        m_part.encoding = cte == "base64" ? Encoding::Base64
            : cte == "quoted-printable"   ? Encoding::QuotedPrintable
                                          : Encoding::Other;
    }
    m_fieldValue.clear();
    m_fieldName.clear();
}

void MessageLinter::endHeader()
{
    m_state = State::Body;
    if (m_part.topLevel && !m_topHeaderDone) {
        m_topHeaderDone = true;
        if (!m_seen.contains("from"))
            defect(
                Code::MissingFrom, Severity::Error, tr("no From: header field"), -1, QStringLiteral("From"));
        if (!m_seen.contains("date"))
            defect(
                Code::MissingDate, Severity::Error, tr("no Date: header field"), -1, QStringLiteral("Date"));
    }
    ++m_report.parts;
    const bool multipart = m_part.contentType.startsWith("multipart/");
    const bool message = m_part.contentType == "message/rfc822" || m_part.contentType == "message/global";
    if (!multipart && !message)
        return;
    // Containers are never decoded; only their leaves are.
    m_part.encoding = Encoding::Other;
    if (multipart && m_part.boundary.isEmpty()) {
        defect(Code::MissingBoundary, Severity::Error, tr("multipart content without a boundary parameter"),
            -2, QStringLiteral("Content-Type"));
        return;
    }
    if (m_part.depth >= m_options.maxNestingDepth) {
        if (!m_nestingReported) {
            m_nestingReported = true;
            defect(Code::NestingTooDeep, Severity::Error,
                tr("MIME nesting deeper than %1 levels; deeper parts are not analysed")
                    .arg(m_options.maxNestingDepth));
        }
        return;
    }
    if (multipart) {
        m_multiparts.append(Multipart { m_part.boundary, m_part.path, 0, m_lineNo, m_part.depth });
        return;
    }
    // message/rfc822: the embedded message's header follows at once.
    startPart(m_part.path, m_part.depth + 1);
}

void MessageLinter::startPart(const QString &path, int depth)
{
    m_part = Part {};
    m_part.path = path;
    m_part.depth = depth;
    m_part.contentType = "text/plain";
    m_state = State::Header;
    m_report.maxDepth = std::max(m_report.maxDepth, depth);
}

void MessageLinter::bodyLine(QByteArrayView line)
{
    if (!m_multiparts.isEmpty() && line.startsWith("--") && boundaryLine(line))
        return;
    if (m_part.encoding == Encoding::Base64)
        checkBase64(line);
    else if (m_part.encoding == Encoding::QuotedPrintable)
        checkQuotedPrintable(line);
}

bool MessageLinter::boundaryLine(QByteArrayView line)
{
    const QByteArrayView afterDashes = line.sliced(2);
    for (qsizetype k = m_multiparts.size() - 1; k >= 0; --k) {
        const QByteArray &b = m_multiparts[k].boundary;
        if (!afterDashes.startsWith(b))
            continue;
        QByteArrayView rest = afterDashes.sliced(b.size());
        const bool close = rest.startsWith("--");
        if (close)
            rest = rest.sliced(2);
        if (!rest.trimmed().isEmpty())
            continue; // a longer boundary that merely starts with this one
        finishPart();
        while (m_multiparts.size() - 1 > k) {
            const Multipart inner = m_multiparts.takeLast();
            m_part.path = inner.path;
            if (inner.children == 0)
                defect(Code::BoundaryNotFound, Severity::Error,
                    tr("boundary \"%1\" never appears").arg(printable(inner.boundary)));
            else
                defect(Code::UnterminatedMultipart, Severity::Error,
                    tr("multipart with boundary \"%1\" has no closing delimiter")
                        .arg(printable(inner.boundary)));
        }
        Multipart &mp = m_multiparts[k];
        if (close) {
            m_part = Part {};
            m_part.path = mp.path;
            m_part.depth = mp.depth;
            if (mp.children == 0)
                defect(Code::EmptyMultipart, Severity::Error, tr("multipart closed without any body part"));
            m_multiparts.removeLast();
            m_state = State::Body; // the epilogue
            return true;
        }
        ++mp.children;
        startPart(
            mp.path.isEmpty() ? QString::number(mp.children) : mp.path + u'.' + QString::number(mp.children),
            mp.depth + 1);
        return true;
    }
    return false;
}

void MessageLinter::finishPart()
{
    if (m_part.encoding == Encoding::Base64 && !m_part.reported && m_part.b64Chars % 4 != 0) {
        m_part.reported = true;
        defect(Code::BadBase64, Severity::Error,
            tr("base64 data ends in the middle of a 4-character group (truncated?)"));
    }
}

void MessageLinter::checkBase64(QByteArrayView line)
{
    if (m_part.reported)
        return;
    qsizetype plain = 0;
    if (!m_part.b64Padded) {
        while (plain < line.size() && isBase64Char(line[plain]))
            ++plain;
        m_part.b64Chars += plain;
    }
    for (char c : line.sliced(plain)) {
        QString problem;
        if (isBase64Char(c)) {
            if (!m_part.b64Padded) {
                ++m_part.b64Chars;
                continue;
            }
            problem = tr("data after base64 padding");
        } else if (c == '=') {
            if (m_part.b64Chars % 4 >= 2) {
                m_part.b64Padded = true;
                ++m_part.b64Chars;
                continue;
            }
            problem = tr("misplaced base64 padding");
        } else if (c == ' ' || c == '\t') {
            continue;
        } else {
            problem = tr("byte 0x%1 is not base64").arg(uchar(c), 2, 16, QLatin1Char('0'));
        }
        m_part.reported = true;
        defect(Code::BadBase64, Severity::Error, problem);
        return;
    }
}

void MessageLinter::checkQuotedPrintable(QByteArrayView line)
{
    if (m_part.reported)
        return;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != '=')
            continue;
        if (i + 2 < line.size() + 0 && isHex(line[i + 1]) && isHex(line[i + 2])) {
            i += 2;
            continue;
        }
        if (line.sliced(i + 1).trimmed().isEmpty())
            return; // soft line break
        m_part.reported = true;
        defect(Code::BadQuotedPrintable, Severity::Error,
            tr("\"=\" not followed by two hex digits: \"%1\"")
                .arg(printable(line.sliced(i, std::min<qsizetype>(3, line.size() - i)))));
        return;
    }
}

LintReport MessageLinter::finish()
{
    if (m_lastWasCr) {
        defect(
            Code::BareCr, Severity::Error, tr("carriage return not followed by a line feed"), m_offset - 1);
        m_lastWasCr = false;
    }
    if (m_lineLength > 0)
        endLine(false);
    // Whatever is found from here on is found at the last line.
    m_lineNo = std::max<qint64>(1, m_report.lines);
    if (m_offset == 0)
        defect(Code::EmptyMessage, Severity::Error, tr("the message is empty"), -1);
    else if (m_state == State::Header) {
        finishField();
        if (m_part.topLevel && !m_topHeaderDone)
            endHeader();
    }
    finishPart();
    while (!m_multiparts.isEmpty()) {
        const Multipart mp = m_multiparts.takeLast();
        m_part.path = mp.path;
        if (mp.children == 0)
            defect(Code::BoundaryNotFound, Severity::Error,
                tr("boundary \"%1\" never appears").arg(printable(mp.boundary)));
        else
            defect(Code::UnterminatedMultipart, Severity::Error,
                tr("multipart with boundary \"%1\" has no closing delimiter").arg(printable(mp.boundary)));
    }
    m_report.bytes = m_offset;
    LintReport report = std::move(m_report);
    reset();
    return report;
}

LintReport MessageLinter::lint(QByteArrayView message, const Options &options)
{
    MessageLinter linter(options);
    linter.feed(message);
    return linter.finish();
}

Result<LintReport> MessageLinter::lintFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<LintReport>::failure(
            file.exists() ? Error::Code::PermissionDenied : Error::Code::NotFound,
            tr("cannot open %1: %2").arg(path, file.errorString()));
    }
    MessageLinter linter(options);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return Result<LintReport>::failure(
                Error::Code::IoError, tr("cannot read %1: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        linter.feed(QByteArrayView(block.constData(), qsizetype(n)));
    }
    return linter.finish();
}

QFuture<Result<LintReport>> MessageLinter::lintFileAsync(const QString &path, const Options &options)
{
    return QtConcurrent::run([path, options] { return lintFile(path, options); });
}

} // namespace MailOps

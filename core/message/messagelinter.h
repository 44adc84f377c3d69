#pragma once

#include "common/result.h"
#include "message/messagedefect.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFuture>
#include <QHash>
#include <QList>

namespace MailOps {

// How strictly MessageLinter reads a message.
struct MessageLintOptions
{
    enum class LineEndings
    {
        Auto,
        Crlf,
        Lf
    };
    // The message travels with SMTPUTF8: UTF-8 headers are allowed (RFC 6532).
    bool smtpUtf8 = false;
    // Auto: the first line decides (CRLF on the wire, LF in a spool file or
    // from postcat); bare LF is a defect only in CRLF messages.
    LineEndings lineEndings = LineEndings::Auto;
    int maxNestingDepth = 20;
    int maxDefectsPerCode = 10;
    qsizetype maxFieldBytes = 64 * 1024;
};

// Lints one raw RFC 5322 / MIME message: header syntax and folding, required
// and duplicate fields, line length, bare CR/LF, NUL and 8-bit bytes, the
// multipart structure (missing, unterminated or never-seen boundaries,
// nesting bombs) and base64/quoted-printable bodies. Streaming: fed chunks,
// it keeps only a bounded prefix of the current line and header field, so a
// 50 MB message with one header line costs linear time and constant memory.
// Never fails on content: whatever the bytes, the result is a report. One
// thread at a time; lintFileAsync() runs on the global thread pool.
class MessageLinter final
{
public:
    using LineEndings = MessageLintOptions::LineEndings;
    using Options = MessageLintOptions;

    MessageLinter();
    explicit MessageLinter(const Options &options);

    void feed(QByteArrayView chunk);
    // Ends the message and returns the report; the linter is then reset.
    LintReport finish();

    static LintReport lint(QByteArrayView message, const Options &options = {});
    // Reads the file in bounded chunks.
    static Result<LintReport> lintFile(const QString &path, const Options &options = {});
    static QFuture<Result<LintReport>> lintFileAsync(const QString &path, const Options &options = {});

private:
    enum class State
    {
        Header,
        Body
    };
    enum class Encoding
    {
        Other,
        Base64,
        QuotedPrintable
    };

    struct Multipart
    {
        QByteArray boundary;
        QString path;
        int children = 0;
        qint64 line = 0;
        int depth = 0;
    };

    struct Part
    {
        QString path;
        int depth = 0;
        bool topLevel = false;
        QByteArray contentType; // lower case "type/subtype"
        QByteArray boundary;
        Encoding encoding = Encoding::Other;
        // base64 state
        qint64 b64Chars = 0;
        bool b64Padded = false;
        bool reported = false;
    };

    void reset();
    void endLine(bool hasLf);
    void processLine(QByteArrayView line);
    void headerLine(QByteArrayView line);
    void finishField();
    void endHeader();
    void bodyLine(QByteArrayView line);
    bool boundaryLine(QByteArrayView line);
    void finishPart();
    void startPart(const QString &path, int depth);
    void checkBase64(QByteArrayView line);
    void checkQuotedPrintable(QByteArrayView line);
    // offset -2: the current line's start; -1: the message as a whole (line 0).
    void defect(MessageDefect::Code code, MessageDefect::Severity severity, const QString &message,
        qint64 offset = -2, const QString &header = {}, qint64 line = -1);

    Options m_options;
    LintReport m_report;
    State m_state = State::Header;
    // current line
    QByteArray m_line; // bounded prefix
    qint64 m_lineLength = 0;
    qint64 m_lineStart = 0;
    qint64 m_lineNo = 1;
    qint64 m_offset = 0;
    bool m_line8bit = false;
    bool m_lastWasCr = false;
    bool m_lastByteCr = false;
    bool m_crlf = false;
    bool m_endingsKnown = false;
    // current header field
    QByteArray m_fieldName;
    QByteArray m_fieldValue;
    qint64 m_fieldLine = 0;
    qint64 m_fieldOffset = 0;
    bool m_fieldTruncated = false;
    bool m_haveField = false;
    // top-level headers
    QHash<QByteArray, int> m_seen;
    bool m_topHeaderDone = false;
    // MIME
    Part m_part;
    QList<Multipart> m_multiparts;
    bool m_inMultipartPreamble = false;
    bool m_nestingReported = false;
};

} // namespace MailOps

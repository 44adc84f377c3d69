#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <array>

namespace MailOps {

// One thing wrong with a message, located precisely enough to mark it in a
// raw viewer: line, byte offset, header name or MIME part path ("2.1").
struct MessageDefect
{
    enum class Code
    {
        EmptyMessage,
        MissingFrom,
        MissingDate,
        InvalidHeader, // not "name: value", bad characters in the name
        BadFolding, // continuation before any field, or a whitespace-only one
        HeaderTooLong, // a field larger than the analysis cap (checked in part)
        DuplicateHeader, // a field RFC 5322 allows once, seen again
        EightBitHeader, // 8-bit bytes in a header without SMTPUTF8
        InvalidUtf8Header, // with SMTPUTF8, but not UTF-8
        LineTooLong, // over 998 octets (RFC 5322 2.1.1)
        BareCr,
        BareLf,
        NulByte,
        MissingBoundary, // multipart without a boundary parameter
        BoundaryNotFound, // multipart whose boundary never appears
        EmptyMultipart, // closed without any body part
        UnterminatedMultipart, // no close delimiter before the end
        NestingTooDeep, // a nesting bomb; deeper parts are not analysed
        BadBase64,
        BadQuotedPrintable,
    };
    static constexpr int CodeCount = int(Code::BadQuotedPrintable) + 1;
    enum class Severity
    {
        Error,
        Warning,
        Info
    };

    Code code = Code::InvalidHeader;
    Severity severity = Severity::Error;
    qint64 line = 0; // 1-based; 0 = the message as a whole
    qint64 offset = -1; // byte offset in the message, -1 = not one place
    QString header; // header field name, when about a header
    QString partPath; // MIME part path; empty for the top level
    QString message;

    static QString codeName(Code code); // stable, for JSON and tests: "missing-from"
    static QString severityName(Severity severity);
};

// Everything the linter found in one message.
struct LintReport
{
    QList<MessageDefect> defects; // the first few of each code, in order found
    std::array<qint64, MessageDefect::CodeCount> counts {}; // all of them
    qint64 bytes = 0;
    qint64 lines = 0;
    int parts = 0; // MIME leaf parts and multiparts seen
    int maxDepth = 0;

    qint64 count(MessageDefect::Code code) const { return counts[int(code)]; }
    bool has(MessageDefect::Code code) const { return count(code) > 0; }
    bool hasErrors() const;
    bool isClean() const { return defects.isEmpty(); }
    QStringList codeNames() const; // distinct codes found, in order found
};

} // namespace MailOps

Q_DECLARE_METATYPE(MailOps::LintReport)

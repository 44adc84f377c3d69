#include "messagedefect.h"

namespace MailOps {

QString MessageDefect::codeName(Code code)
{
    switch (code) {
    case Code::EmptyMessage:
        return QStringLiteral("empty-message");
    case Code::MissingFrom:
        return QStringLiteral("missing-from");
    case Code::MissingDate:
        return QStringLiteral("missing-date");
    case Code::InvalidHeader:
        return QStringLiteral("invalid-header");
    case Code::BadFolding:
        return QStringLiteral("bad-folding");
    case Code::HeaderTooLong:
        return QStringLiteral("header-too-long");
    case Code::DuplicateHeader:
        return QStringLiteral("duplicate-header");
    case Code::EightBitHeader:
        return QStringLiteral("8bit-header");
    case Code::InvalidUtf8Header:
        return QStringLiteral("invalid-utf8-header");
    case Code::LineTooLong:
        return QStringLiteral("line-too-long");
    case Code::BareCr:
        return QStringLiteral("bare-cr");
    case Code::BareLf:
        return QStringLiteral("bare-lf");
    case Code::NulByte:
        return QStringLiteral("nul-byte");
    case Code::MissingBoundary:
        return QStringLiteral("missing-boundary");
    case Code::BoundaryNotFound:
        return QStringLiteral("boundary-not-found");
    case Code::EmptyMultipart:
        return QStringLiteral("empty-multipart");
    case Code::UnterminatedMultipart:
        return QStringLiteral("unterminated-multipart");
    case Code::NestingTooDeep:
        return QStringLiteral("nesting-too-deep");
    case Code::BadBase64:
        return QStringLiteral("bad-base64");
    case Code::BadQuotedPrintable:
        return QStringLiteral("bad-quoted-printable");
    }
    return QStringLiteral("unknown");
}

QString MessageDefect::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

bool LintReport::hasErrors() const
{
    for (const MessageDefect &d : defects) {
        if (d.severity == MessageDefect::Severity::Error)
            return true;
    }
    return false;
}

QStringList LintReport::codeNames() const
{
    QStringList names;
    for (const MessageDefect &d : defects) {
        const QString n = MessageDefect::codeName(d.code);
        if (!names.contains(n))
            names.append(n);
    }
    return names;
}

} // namespace MailOps

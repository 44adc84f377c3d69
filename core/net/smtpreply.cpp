#include "smtpreply.h"

#include <QStringDecoder>

namespace MailOps {

QString SmtpReply::summary() const
{
    QString out = QString::number(code);
    if (!enhancedCode.isEmpty())
        out += QLatin1Char(' ') + enhancedCode;
    if (!lines.isEmpty() && !lines.constFirst().isEmpty())
        out += QLatin1Char(' ') + lines.constFirst();
    if (lines.size() > 1)
        out += QStringLiteral(" / ") + lines.mid(1).join(QStringLiteral(" / "));
    return out;
}

QString SmtpReply::printable(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Not UTF-8: keep ASCII, mark every other byte rather than guess a charset.
        text.clear();
        text.reserve(bytes.size());
        for (const char c : bytes) {
            const auto u = static_cast<unsigned char>(c);
            text += u < 0x80 ? QChar(QLatin1Char(c)) : QChar(QChar::ReplacementCharacter);
        }
    }
    for (QChar &ch : text) {
        if (ch == QLatin1Char('\t'))
            ch = QLatin1Char(' ');
        else if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format
            || ch.category() == QChar::Separator_Line || ch.category() == QChar::Separator_Paragraph)
            ch = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

} // namespace MailOps

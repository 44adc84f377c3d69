#include "noticedraft.h"

#include <QLocale>

namespace MailOps {

Result<NoticeDraft> NoticeDraft::fromTemplate(const NoticeKind &kind, const NoticeFacts::Inputs &inputs,
    const QString &language, const QString &userDir)
{
    const Result<NoticeTemplate> tmpl = NoticeTemplate::load(kind, language, NoticeFacts::names(), userDir);
    if (!tmpl)
        return tmpl.error();
    const Result<NoticeTemplate::Rendered> rendered = tmpl.value().render(NoticeFacts::build(inputs));
    if (!rendered)
        return rendered.error();
    return NoticeDraft { kind, rendered.value().subject, rendered.value().body };
}

NoticeDraft NoticeDraft::fromText(const NoticeKind &kind, const QString &text)
{
    static const QLatin1String tag("Subject:");
    NoticeDraft d;
    d.kind = kind;
    QStringView rest(text);
    if (rest.startsWith(tag, Qt::CaseInsensitive)) {
        const qsizetype eol = rest.indexOf(QLatin1Char('\n'));
        d.subject = rest.sliced(tag.size(), (eol < 0 ? rest.size() : eol) - tag.size()).trimmed().toString();
        rest = eol < 0 ? QStringView() : rest.sliced(eol + 1);
        while (rest.startsWith(QLatin1Char('\n')) || rest.startsWith(QLatin1String("\r\n")))
            rest = rest.sliced(rest.startsWith(QLatin1Char('\n')) ? 1 : 2);
    }
    d.body = rest.toString();
    return d;
}

QString NoticeDraft::text() const
{
    QString s = subject;
    // The subject is one line in the store, whatever was pasted into it.
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("Subject: ") + s + QStringLiteral("\n\n") + body;
}

QString NoticeDraft::defaultLanguage()
{
    const QString mine = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return NoticeTemplate::shippedLanguages().contains(mine) ? mine : QStringLiteral("en");
}

} // namespace MailOps

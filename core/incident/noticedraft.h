#pragma once

#include "common/result.h"
#include "incident/noticefacts.h"
#include "incident/noticekind.h"
#include "incident/noticetemplate.h"

#include <QCoreApplication>
#include <QString>

namespace MailOps {

// One notice as it is being written: its kind, subject and Markdown body.
// Kept in IncidentStore as text() ("Subject: ..." then a blank line then the
// body, the same shape as a template), so a draft and a template read alike
// in the editor, in `mailops notice draft` and in a file.
struct NoticeDraft
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::NoticeDraft)

public:
    NoticeKind kind;
    QString subject;
    QString body;

    // The kind's template (the user's, else the shipped one) filled from
    // live state. An Error names every problem of the template by line.
    static Result<NoticeDraft> fromTemplate(const NoticeKind &kind, const NoticeFacts::Inputs &inputs,
        const QString &language, const QString &userDir = NoticeTemplate::defaultUserDir());
    // A leading "Subject:" line is the subject; the rest, without the blank
    // lines after it, is the body.
    static NoticeDraft fromText(const NoticeKind &kind, const QString &text);
    QString text() const;

    // The language of the admin's locale when templates are shipped in it,
    // else English.
    static QString defaultLanguage();
};

} // namespace MailOps

#pragma once

#include "incident/noticedraft.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLineEdit;

namespace MailOps {

// The second look at a notice before it goes, on a profile that wants one:
// the notice as its readers will see it (subject, recipients, the rendered
// text) and who took the look. OK ("It may go") stays off until a name is
// given; what is recorded is bound to this very text.
class NoticeReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeReviewDialog)

public:
    NoticeReviewDialog(const NoticeDraft &draft, const QStringList &recipients, const QString &checkSummary,
        QWidget *parent = nullptr);

    QString reviewer() const;

private:
    QLineEdit *m_reviewer;
    QDialogButtonBox *m_buttons;
};

} // namespace MailOps

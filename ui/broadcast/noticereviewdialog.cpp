#include "noticereviewdialog.h"

#include "incident/markdownhtml.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace MailOps {

NoticeReviewDialog::NoticeReviewDialog(
    const NoticeDraft &draft, const QStringList &recipients, const QString &checkSummary, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Second look at the notice"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("This gateway's notices go out only after someone has read them as they "
                        "stand. Read it as its readers will; a change after this needs another look."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *subject = new QLabel(draft.subject.toHtmlEscaped(), this);
    subject->setObjectName(QStringLiteral("reviewSubject"));
    subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Subject:"), subject);
    auto *to = new QLabel(recipients.join(QStringLiteral(", ")).toHtmlEscaped(), this);
    to->setWordWrap(true);
    to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("To:"), to);
    if (!checkSummary.isEmpty())
        form->addRow(tr("Check:"), new QLabel(checkSummary.toHtmlEscaped(), this));
    layout->addLayout(form);

    auto *preview = new QTextBrowser(this);
    preview->setObjectName(QStringLiteral("reviewPreview"));
    preview->setOpenLinks(false);
    preview->setHtml(MarkdownHtml::fragment(draft.body));
    layout->addWidget(preview, 1);

    auto *who = new QFormLayout;
    m_reviewer = new QLineEdit(this);
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_reviewer->setPlaceholderText(tr("Your name"));
    who->addRow(tr("&Reviewed by:"), m_reviewer);
    layout->addLayout(who);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("It may go"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reviewer, &QLineEdit::textChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reviewer().isEmpty()); });
    m_reviewer->setFocus();
    resize(640, 560);
}

QString NoticeReviewDialog::reviewer() const
{
    return m_reviewer->text().simplified();
}

} // namespace MailOps

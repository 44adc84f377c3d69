#include "policyconfirmdialog.h"

#include "textviewer.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace MailOps {

PolicyConfirmDialog::PolicyConfirmDialog(const QString &heading, const QStringList &summary,
    const QString &diff, const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_warnings(new QLabel(this))
    , m_impact(new QLabel(this))
{
    setObjectName(QStringLiteral("policyConfirmDialog"));
    setWindowTitle(acceptText);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(heading, this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    auto *changes = new QLabel(this);
    changes->setObjectName(QStringLiteral("policyConfirmSummary"));
    changes->setWordWrap(true);
    changes->setTextFormat(Qt::PlainText);
    QStringList bullets;
    for (const QString &line : summary)
        bullets << QStringLiteral("• ") + line;
    changes->setText(bullets.isEmpty() ? tr("No setting changes (comments or layout only).")
                                       : bullets.join(QLatin1Char('\n')));
    layout->addWidget(changes);

    m_warnings->setObjectName(QStringLiteral("policyConfirmWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);
    layout->addWidget(m_warnings);

    m_impact->setObjectName(QStringLiteral("policyConfirmImpact"));
    m_impact->setWordWrap(true);
    m_impact->setTextFormat(Qt::PlainText);
    m_impact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_impact->setMargin(6);
    m_impact->setVisible(false);
    layout->addWidget(m_impact);

    auto *view = new TextViewer(this);
    view->setObjectName(QStringLiteral("policyConfirmDiff"));
    view->setContent(diff, QStringLiteral("Diff"));
    layout->addWidget(view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("policyConfirmAccept"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

void PolicyConfirmDialog::setImpact(const QString &text, bool bad)
{
    m_impact->setVisible(!text.isEmpty());
    m_impact->setText(text);
    Theme::paintSeverity(m_impact, bad ? Theme::Severity::Critical : Theme::Severity::Info);
}

void PolicyConfirmDialog::setWarnings(const QStringList &warnings)
{
    m_warnings->setVisible(!warnings.isEmpty());
    if (warnings.isEmpty())
        return;
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    Theme::paintSeverity(m_warnings, Theme::Severity::Warning);
    m_warnings->setMargin(6);
}

} // namespace MailOps

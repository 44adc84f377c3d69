#include "plannedpanel.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace MailOps {

PlannedPanel::PlannedPanel(
    const QString &title, const QString &purpose, const QStringList &features, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);

    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);

    auto *purposeLabel = new QLabel(purpose, this);
    purposeLabel->setWordWrap(true);
    layout->addWidget(purposeLabel);

    auto *notice = new QLabel(tr("Not available in this version yet: this panel shows no live data."), this);
    notice->setObjectName(QStringLiteral("plannedNotice"));
    notice->setFrameShape(QFrame::StyledPanel);
    notice->setMargin(8);
    notice->setWordWrap(true);
    layout->addWidget(notice);

    QString list = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What it will hold"));
    for (const QString &feature : features)
        list += QStringLiteral("<li>%1</li>").arg(feature.toHtmlEscaped());
    list += QStringLiteral("</ul>");
    auto *featuresLabel = new QLabel(list, this);
    featuresLabel->setTextFormat(Qt::RichText);
    featuresLabel->setWordWrap(true);
    layout->addWidget(featuresLabel);
    layout->addStretch(1);
}

} // namespace MailOps

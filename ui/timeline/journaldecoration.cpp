#include "journaldecoration.h"

#include "journal/journalevent.h"
#include "journal/journalmodel.h"
#include "theme.h"

#include <QApplication>
#include <QFont>

namespace MailOps {

namespace {

Theme::Severity themeSeverity(JournalEvent::Severity severity)
{
    switch (severity) {
    case JournalEvent::Severity::Critical:
        return Theme::Severity::Critical;
    case JournalEvent::Severity::Warning:
        return Theme::Severity::Warning;
    case JournalEvent::Severity::Notice:
        return Theme::Severity::Info;
    case JournalEvent::Severity::Info:
        break;
    }
    return Theme::Severity::Neutral;
}

} // namespace

JournalDecoration::JournalDecoration(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QVariant JournalDecoration::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto severity
        = JournalEvent::Severity(QIdentityProxyModel::data(index, JournalModel::SeverityRole).toInt());
    switch (role) {
    case Qt::ForegroundRole:
        if (index.column() == JournalModel::Severity && severity != JournalEvent::Severity::Info)
            return Theme::colour(themeSeverity(severity), QApplication::palette());
        return {};
    case Qt::FontRole:
        if (severity == JournalEvent::Severity::Critical
            && (index.column() == JournalModel::Severity || index.column() == JournalModel::Summary)) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace MailOps

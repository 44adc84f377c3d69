#include "incidentdialog.h"

#include "common/osuser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace MailOps {

IncidentDialog::IncidentDialog(const Incident &incident, QWidget *parent)
    : QDialog(parent)
    , m_incident(incident)
{
    setWindowTitle(incident.id ? tr("Incident #%1").arg(incident.id) : tr("Open an incident"));
    m_title = new QLineEdit(incident.title, this);
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setPlaceholderText(tr("What is wrong, in a few plain words"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("incidentSeverity"));
    for (const Incident::Severity s :
        { Incident::Severity::Minor, Incident::Severity::Major, Incident::Severity::Critical }) {
        const int minutes = int(Incident::defaultCadence(s).count());
        m_severity->addItem(
            tr("%1 (an update every %2 min)").arg(Incident::severityText(s)).arg(minutes), int(s));
    }
    m_severity->setCurrentIndex(m_severity->findData(int(incident.severity)));
    m_services = new QLineEdit(incident.affectedServices.join(QStringLiteral(", ")), this);
    m_services->setObjectName(QStringLiteral("incidentServices"));
    m_services->setPlaceholderText(tr("filterhub, postfix"));
    m_impact = new QPlainTextEdit(incident.impact, this);
    m_impact->setObjectName(QStringLiteral("incidentImpact"));
    m_impact->setPlaceholderText(tr("Who notices what: \"Incoming mail waits; nothing is lost.\""));
    m_impact->setTabChangesFocus(true);
    m_impact->setMaximumHeight(m_impact->fontMetrics().lineSpacing() * 5);
    m_owner = new QLineEdit(incident.owner.isEmpty() ? osUserName() : incident.owner, this);
    m_owner->setObjectName(QStringLiteral("incidentOwner"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(incident.id ? tr("Save") : tr("Open incident"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &IncidentDialog::updateOk);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Affected services:"), m_services);
    form->addRow(tr("&Impact:"), m_impact);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(m_buttons);
    setMinimumWidth(520);
    updateOk();
}

void IncidentDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

Incident IncidentDialog::incident() const
{
    Incident i = m_incident;
    i.title = m_title->text().simplified();
    i.severity = Incident::Severity(m_severity->currentData().toInt());
    i.affectedServices.clear();
    for (const QString &s : m_services->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty())
            i.affectedServices << s.trimmed();
    }
    i.impact = m_impact->toPlainText().trimmed();
    i.owner = m_owner->text().simplified();
    return i;
}

} // namespace MailOps

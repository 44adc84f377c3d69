#pragma once

#include "incident/incident.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace MailOps {

// Opens an incident, or edits the one open: title, severity, affected
// services, impact and owner. Filled in from what the console saw when it
// comes from an alert; OK stays off until there is a title.
class IncidentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDialog)

public:
    explicit IncidentDialog(const Incident &incident, QWidget *parent = nullptr);

    // The incident as edited: the given one with the form's fields.
    Incident incident() const;

private:
    void updateOk();

    Incident m_incident;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QLineEdit *m_services;
    QPlainTextEdit *m_impact;
    QLineEdit *m_owner;
    QDialogButtonBox *m_buttons;
};

} // namespace MailOps

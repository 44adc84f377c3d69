#pragma once

#include "settings/gatewayprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace MailOps {

class ProfileStore;
class ProfileListModel;

// Creates, edits, deletes and selects gateway profiles. Edits go to the store
// only on Save, after validation; problems are shown beside the form.
class ProfileEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditorDialog)

public:
    explicit ProfileEditorDialog(ProfileStore *store, QWidget *parent = nullptr);

    int selectedRow() const;

private:
    void selectRow(int row);
    void showProfile(const GatewayProfile &p);
    GatewayProfile formProfile() const;
    void updateEnabled();
    void newProfile();
    void saveProfile();
    void deleteProfile();
    void useProfile();
    void showProblems(const QStringList &problems);

    ProfileStore *m_store;
    ProfileListModel *m_model;
    QTableView *m_table;
    QLineEdit *m_name;
    QComboBox *m_transport;
    QLineEdit *m_sshHost;
    QComboBox *m_backend;
    QLineEdit *m_supervisorUrl;
    QLineEdit *m_dnsServer;
    QSpinBox *m_dnsPort;
    QLineEdit *m_smtpHost;
    QSpinBox *m_smtpPort;
    QLineEdit *m_mailLog;
    QLineEdit *m_postfixDir;
    QLineEdit *m_dnsbls;
    QCheckBox *m_policyReview;
    QCheckBox *m_noticeReview;
    QLabel *m_problems;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_use;
    int m_editingRow = -1; // -1: a new profile not saved yet
};

} // namespace MailOps

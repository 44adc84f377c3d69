#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;

namespace MailOps {

class TextViewer;

// The one confirmation before a policy reaches the gateway (an apply or a
// rollback): what it does in one sentence, the changes in plain words, the
// highlighted diff, and lint errors that would make Postfix skip rules. The
// accept button names the action. Opened with open(); accepted() goes on.
class PolicyConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyConfirmDialog)

public:
    PolicyConfirmDialog(const QString &heading, const QStringList &summary, const QString &diff,
        const QString &acceptText, QWidget *parent = nullptr);

    void setWarnings(const QStringList &warnings);
    // What replaying the mail log through the change found; `bad`: it
    // would refuse mail that is accepted now.
    void setImpact(const QString &text, bool bad);
    QPushButton *acceptButton() const { return m_accept; }

private:
    QLabel *m_warnings;
    QLabel *m_impact;
    QPushButton *m_accept;
};

} // namespace MailOps

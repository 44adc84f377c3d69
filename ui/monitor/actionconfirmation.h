#pragma once

#include "queue/queueaction.h"

#include <QCoreApplication>

class QWidget;

namespace MailOps {

class QueueFilter;

// Asks before a destructive queue action, saying its real size (and the
// filter that chose the messages); anything else goes ahead unasked.
class ActionConfirmation final
{
    Q_DECLARE_TR_FUNCTIONS(ActionConfirmation)

public:
    static bool ask(QWidget *parent, QueueAction::Kind kind, qint64 count, const QueueFilter *filter);
};

} // namespace MailOps

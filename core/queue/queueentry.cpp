#include "queueentry.h"

namespace MailOps {

QueueEntry::Queue QueueEntry::queueFromName(QStringView name)
{
    if (name == u"active")
        return Queue::Active;
    if (name == u"deferred")
        return Queue::Deferred;
    if (name == u"hold")
        return Queue::Hold;
    if (name == u"incoming")
        return Queue::Incoming;
    if (name == u"maildrop")
        return Queue::Maildrop;
    return Queue::Other;
}

QString QueueEntry::nameOfQueue(Queue queue)
{
    switch (queue) {
    case Queue::Active:
        return QStringLiteral("active");
    case Queue::Deferred:
        return QStringLiteral("deferred");
    case Queue::Hold:
        return QStringLiteral("hold");
    case Queue::Incoming:
        return QStringLiteral("incoming");
    case Queue::Maildrop:
        return QStringLiteral("maildrop");
    case Queue::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace MailOps

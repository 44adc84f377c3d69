#include "servicebackend.h"

#include <QCoreApplication>

namespace MailOps {

QFuture<Result<QStringList>> ServiceBackend::tailLog(const QString &service, int maxLines)
{
    Q_UNUSED(maxLines)
    return QtFuture::makeReadyFuture(Result<QStringList>::failure(Error::Code::Unsupported,
        QCoreApplication::translate("MailOps::ServiceBackend", "%1 cannot show the log of %2")
            .arg(kind(), service)));
}

} // namespace MailOps

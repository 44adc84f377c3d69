#pragma once

#include "transport.h"

namespace MailOps {

// Runs commands on this machine with QProcess (no shell: argv[0] is looked up
// in PATH, the rest are passed as they are). Lives on its creator's thread;
// failures are those of CommandJob.
class LocalTransport final : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalTransport)
public:
    explicit LocalTransport(QObject *parent = nullptr);

    CommandJob *start(const QStringList &argv, const CommandOptions &options = {}) override;
    QString describe() const override;
};

} // namespace MailOps

#pragma once

#include "common/result.h"
#include "servicestatus.h"

#include <QByteArrayView>
#include <QDateTime>

namespace MailOps {

// Parses the output of `systemctl show --property=... UNIT...`: KEY=value
// lines, one block per unit, blocks separated by blank lines. Pure and
// thread-safe. Garbage, truncated blocks (no Id or ActiveState) and oversized
// input are ParseErrors naming the line; unknown keys are ignored.
class SystemdShowParser final
{
public:
    static constexpr qsizetype MaxInputBytes = 4 * 1024 * 1024;
    static constexpr qsizetype MaxLineBytes = 64 * 1024;

    // The properties a caller should ask systemctl for.
    static QStringList properties();

    static Result<ServiceStatusList> parse(QByteArrayView output, const QDateTime &observedAt);

    // "Mon 2026-11-23 09:12:03 UTC", "... 09:12:03.123456 CET", "@1795429208",
    // "" and "n/a" (invalid). A zone other than UTC/GMT is taken as local time.
    static QDateTime parseTimestamp(QByteArrayView value);

    static ServiceStatus::State mapState(
        const QString &activeState, const QString &subState, const QString &result);
};

} // namespace MailOps

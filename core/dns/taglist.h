#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <utility>

namespace MailOps {

// A "tag=value; tag=value" list as DKIM (RFC 6376 3.2), DMARC, MTA-STS and
// TLS-RPT records use. Pure value; a duplicate tag or a malformed one is a
// ParseError naming it.
class TagList final
{
public:
    static Result<TagList> parse(const QString &text);

    const QList<std::pair<QString, QString>> &tags() const { return m_tags; }
    bool has(const QString &name) const;
    QString value(const QString &name, const QString &fallback = {}) const;
    QString firstName() const { return m_tags.isEmpty() ? QString() : m_tags.first().first; }

private:
    QList<std::pair<QString, QString>> m_tags;
};

} // namespace MailOps

#include "policyshadowcount.h"

#include "policy/postfixmaincf.h"
#include "policy/postfixrejectreason.h"
#include "policy/postfixrestrictions.h"

#include <QLocale>
#include <algorithm>

namespace MailOps {

namespace {

// The restrictions warn_if_reject turns into a logged warning; a permit it
// would leave a permit.
bool canShadow(const QString &name)
{
    return name == u"reject" || name == u"defer" || name.startsWith(u"reject_") || name.startsWith(u"defer_")
        || name.startsWith(u"check_");
}

// "check_client_access cidr:/x", enforced or not.
QString plain(PostfixRestrictions::Restriction r)
{
    r.warnIfReject = false;
    return r.text();
}

} // namespace

void PolicyShadowCount::feed(QByteArrayView log)
{
    m_lines.feed(
        log, [this](QByteArrayView line) { onLine(line); }, [](auto &&...) {});
}

void PolicyShadowCount::finish()
{
    m_lines.finish([this](QByteArrayView line) { onLine(line); }, [](auto &&...) {});
}

void PolicyShadowCount::onLine(QByteArrayView line)
{
    if (!line.contains("reject_warning: "))
        return;
    const MailLogEvent e = m_parser.parse(line);
    if (e.kind != MailLogEvent::Kind::RejectWarning || e.time < m_since)
        return;
    const QString restriction = PostfixRejectReason::restrictionOf(e.reason);
    auto it = std::find_if(
        m_rules.begin(), m_rules.end(), [&](const Rule &r) { return r.restriction == restriction; });
    if (it == m_rules.end()) {
        m_rules.append(Rule { restriction, 0, 0, {}, {} });
        it = m_rules.end() - 1;
    }
    if (e.smtpCode >= 500)
        ++it->rejects;
    else
        ++it->tempfails;
    it->clients.insert(QString::fromLatin1(e.clientIp));
    if (it->examples.size() < MaxExamples) {
        QString reply = QString::number(e.smtpCode);
        if (!e.dsn.isEmpty())
            reply += QLatin1Char(' ') + QString::fromLatin1(e.dsn);
        reply += QLatin1Char(' ') + QString::fromUtf8(e.reason);
        it->examples.append(Example { e.time, QString::fromUtf8(e.client), QString::fromUtf8(e.sender),
            QString::fromUtf8(e.recipient), reply });
    }
}

QList<PolicyShadowCount::Rule> PolicyShadowCount::rules() const
{
    QList<Rule> sorted = m_rules;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const Rule &a, const Rule &b) { return a.total() > b.total(); });
    return sorted;
}

qint64 PolicyShadowCount::total() const
{
    qint64 n = 0;
    for (const Rule &r : m_rules)
        n += r.total();
    return n;
}

QStringList PolicyShadowCount::sentences() const
{
    QStringList out;
    const QLocale locale;
    for (const Rule &r : rules()) {
        const QString name = r.restriction.isEmpty() ? tr("a rule with its own reply text") : r.restriction;
        QString what;
        if (r.rejects > 0 && r.tempfails > 0)
            what = tr("%1 would have rejected %2 and tempfailed %3 connections")
                       .arg(name, locale.toString(r.rejects), locale.toString(r.tempfails));
        else if (r.rejects > 0)
            what = tr("%1 would have rejected %2 connections").arg(name, locale.toString(r.rejects));
        else
            what = tr("%1 would have tempfailed %2 connections").arg(name, locale.toString(r.tempfails));
        what += QLatin1Char(' ')
            + (r.clients.size() == 1 ? tr("from 1 client") : tr("from %1 clients").arg(r.clients.size()));
        if (!r.examples.isEmpty())
            what += QStringLiteral(" (%1)").arg(r.examples.first().reply);
        out.append(what);
    }
    if (out.isEmpty())
        out.append(tr("No connection would have been refused by the shadowed rules."));
    return out;
}

QByteArray PolicyShadowCount::shadowOf(
    const QByteArray &currentMainCf, const QByteArray &proposedMainCf, QStringList *wrapped)
{
    const PostfixMainCf current = PostfixMainCf::parse(currentMainCf);
    const PostfixRestrictions currentRestrictions = PostfixRestrictions::fromMainCf(current);
    PostfixMainCf proposed = PostfixMainCf::parse(proposedMainCf);
    QByteArray text = proposedMainCf;
    for (const QString &parameter : PostfixRestrictions::stageParameters()) {
        if (!proposed.has(parameter))
            continue;
        QStringList before;
        for (const PostfixRestrictions::Restriction &r : currentRestrictions.stage(parameter))
            before.append(plain(r));
        const QList<PostfixRestrictions::Restriction> after
            = PostfixRestrictions::group(PostfixMainCf::splitList(proposed.value(parameter)));
        QStringList tokens;
        bool changed = false;
        for (const PostfixRestrictions::Restriction &r : after) {
            const bool shadow = !r.warnIfReject && canShadow(r.name) && !before.contains(plain(r));
            if (shadow) {
                changed = true;
                if (wrapped)
                    wrapped->append(parameter + QStringLiteral(": ") + plain(r));
            }
            tokens.append(shadow ? QStringLiteral("warn_if_reject ") + r.text() : r.text());
        }
        if (!changed)
            continue;
        text = proposed.withValue(parameter, tokens.join(QStringLiteral(", ")));
        proposed = PostfixMainCf::parse(text);
    }
    return text;
}

} // namespace MailOps

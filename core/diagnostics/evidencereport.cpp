#include "evidencereport.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QSet>
#include <functional>

namespace MailOps {

namespace {
QString tr(const char *s)
{
    return translateIn("MailOps::EvidenceReport", s);
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString indent(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l.prepend(prefix);
    return lines.join(QLatin1Char('\n'));
}

// Markdown tables and emphasis break on these; evidence goes in code blocks.
QString mdEscape(QString s)
{
    for (const char *c : { "\\", "|", "*", "_", "`", "<", ">", "[", "]" })
        s.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    return s.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString fence(const QString &text)
{
    // A fence longer than any run of backticks inside, so evidence cannot end it.
    int longest = 0, run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), QLatin1Char('`'));
}

int depthOf(const CheckItem &item, const QList<CheckItem> &all)
{
    int depth = 0;
    QString parent = item.parentId;
    while (!parent.isEmpty() && depth < 16) {
        auto it = std::find_if(all.cbegin(), all.cend(), [&](const CheckItem &c) { return c.id == parent; });
        if (it == all.cend())
            break;
        parent = it->parentId;
        ++depth;
    }
    return depth;
}
} // namespace

CheckItem::Verdict EvidenceReport::overall() const
{
    // The conclusions carry the judgement (a failed backup MX is only a
    // warning while another MX takes the mail); a single check on its own
    // can raise the overall verdict to a warning, no further.
    auto v = CheckItem::Verdict::Pass;
    for (const Conclusion &c : conclusions)
        v = CheckItem::worst(v, c.severity);
    for (const CheckItem &i : items) {
        if (i.isFinished() && i.verdict != CheckItem::Verdict::Skipped)
            v = CheckItem::worst(v, qMin(i.verdict, CheckItem::Verdict::Warning));
    }
    return v;
}

QList<CheckItem> EvidenceReport::treeOrder() const
{
    QHash<QString, QList<int>> children;
    QSet<QString> ids;
    for (const CheckItem &i : items)
        ids.insert(i.id);
    QList<int> roots;
    for (int n = 0; n < items.size(); ++n) {
        const QString &parent = items.at(n).parentId;
        if (parent.isEmpty() || !ids.contains(parent))
            roots << n;
        else
            children[parent] << n;
    }
    QList<CheckItem> out;
    out.reserve(items.size());
    std::function<void(int, int)> walk = [&](int n, int depth) {
        out << items.at(n);
        if (depth < 32) {
            for (int c : children.value(items.at(n).id))
                walk(c, depth + 1);
        }
    };
    for (int r : roots)
        walk(r, 0);
    return out;
}

QString EvidenceReport::thisHost()
{
    QStringList addresses;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && !a.isLinkLocal())
            addresses << a.toString();
    }
    return addresses.isEmpty()
        ? QHostInfo::localHostName()
        : QStringLiteral("%1 (%2)").arg(QHostInfo::localHostName(), addresses.join(QStringLiteral(", ")));
}

QString EvidenceReport::gatewayName() const
{
    return profile.isEmpty() ? tr("no gateway profile") : profile;
}

QString EvidenceReport::stamp() const
{
    const QString when
        = started.isValid() ? started.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
    return when.isEmpty() ? gatewayName() : tr("%1 — %2").arg(gatewayName(), when);
}

QString EvidenceReport::toText() const
{
    QString out;
    out += tr("MailOps Console evidence report") + QLatin1Char('\n');
    out += QString(31, QLatin1Char('=')) + QLatin1Char('\n');
    if (!question.isEmpty())
        out += tr("Question:     %1").arg(question) + QLatin1Char('\n');
    out += tr("Gateway:      %1").arg(gatewayName()) + QLatin1Char('\n');
    out += tr("Target:       %1").arg(target) + QLatin1Char('\n');
    out += tr("Checked from: %1").arg(vantage) + QLatin1Char('\n');
    out += tr("Time (UTC):   %1 to %2").arg(utc(started), utc(finished)) + QLatin1Char('\n');
    out += tr("Overall:      %1").arg(CheckItem::verdictLabel(overall())) + QStringLiteral("\n\n");

    out += tr("CONCLUSIONS") + QLatin1Char('\n');
    if (conclusions.isEmpty())
        out += QStringLiteral("  ") + tr("No problem found by these checks.") + QLatin1Char('\n');
    for (const Conclusion &c : conclusions) {
        out += QStringLiteral("  [%1] %2\n").arg(CheckItem::verdictLabel(c.severity), c.headline);
        if (!c.explanation.isEmpty())
            out += indent(c.explanation, QStringLiteral("      ")) + QLatin1Char('\n');
        if (!c.evidenceIds.isEmpty())
            out += QStringLiteral("      ") + tr("Evidence: %1").arg(c.evidenceIds.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + tr("CHECKS") + QLatin1Char('\n');
    const QList<CheckItem> ordered = treeOrder();
    for (const CheckItem &i : ordered) {
        const QString pad(2 + 2 * depthOf(i, ordered), QLatin1Char(' '));
        out += QStringLiteral("%1[%2] %3 (%4)").arg(pad, CheckItem::verdictLabel(i.verdict), i.title, i.id);
        if (!i.summary.isEmpty())
            out += QStringLiteral(": ") + i.summary;
        out += QLatin1Char('\n');
        if (!i.evidence.isEmpty())
            out += indent(i.evidence, pad + QStringLiteral("    | ")) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n')
        + tr("Generated by MailOps Console %1.").arg(QCoreApplication::applicationVersion())
        + QLatin1Char('\n');
    return out;
}

QString EvidenceReport::toMarkdown() const
{
    QString out;
    out += QStringLiteral("## ")
        + tr("Evidence report: %1").arg(mdEscape(question.isEmpty() ? target : question))
        + QStringLiteral("\n\n");
    out += QStringLiteral("| | |\n|---|---|\n");
    out += QStringLiteral("| %1 | %2 |\n").arg(tr("Gateway"), mdEscape(gatewayName()));
    out += QStringLiteral("| %1 | %2 |\n").arg(tr("Target"), mdEscape(target));
    out += QStringLiteral("| %1 | %2 |\n").arg(tr("Checked from"), mdEscape(vantage));
    out += QStringLiteral("| %1 | %2 to %3 |\n").arg(tr("Time (UTC)"), utc(started), utc(finished));
    out += QStringLiteral("| %1 | **%2** |\n\n").arg(tr("Overall"), CheckItem::verdictLabel(overall()));
    out += QStringLiteral("### ") + tr("Conclusions") + QStringLiteral("\n\n");
    if (conclusions.isEmpty())
        out += tr("No problem found by these checks.") + QStringLiteral("\n");
    for (const Conclusion &c : conclusions) {
        out += QStringLiteral("- **%1**: %2").arg(CheckItem::verdictLabel(c.severity), mdEscape(c.headline));
        if (!c.explanation.isEmpty())
            out += QStringLiteral(". ") + mdEscape(c.explanation);
        if (!c.evidenceIds.isEmpty())
            out += QStringLiteral(" (") + tr("evidence: %1").arg(c.evidenceIds.join(QStringLiteral(", ")))
                + QStringLiteral(")");
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("\n### ") + tr("Checks") + QStringLiteral("\n\n");
    out += QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n").arg(tr("Check"), tr("Result"), tr("Details"));
    const QList<CheckItem> ordered = treeOrder();
    for (const CheckItem &i : ordered) {
        out += QStringLiteral("| %1%2 | %3 | %4 |\n")
                   .arg(QString(depthOf(i, ordered) * 2, QChar(0x00a0)), mdEscape(i.title),
                       CheckItem::verdictLabel(i.verdict), mdEscape(i.summary));
    }
    bool anyEvidence = false;
    for (const CheckItem &i : ordered) {
        if (i.evidence.isEmpty())
            continue;
        if (!anyEvidence)
            out += QStringLiteral("\n### ") + tr("Raw evidence") + QStringLiteral("\n");
        anyEvidence = true;
        const QString f = fence(i.evidence);
        out += QStringLiteral("\n%1 (`%2`):\n\n%3\n%4\n%3\n").arg(mdEscape(i.title), i.id, f, i.evidence);
    }
    return out;
}

QJsonObject EvidenceReport::toJson() const
{
    QJsonArray conclusionsJson;
    for (const Conclusion &c : conclusions) {
        conclusionsJson.append(QJsonObject {
            { QStringLiteral("severity"), CheckItem::verdictName(c.severity) },
            { QStringLiteral("headline"), c.headline },
            { QStringLiteral("explanation"), c.explanation },
            { QStringLiteral("evidence"), QJsonArray::fromStringList(c.evidenceIds) },
        });
    }
    QJsonArray checks;
    const QList<CheckItem> ordered = treeOrder();
    for (const CheckItem &i : ordered) {
        QJsonObject o {
            { QStringLiteral("id"), i.id },
            { QStringLiteral("title"), i.title },
            { QStringLiteral("verdict"), CheckItem::verdictName(i.verdict) },
            { QStringLiteral("summary"), i.summary },
        };
        if (!i.parentId.isEmpty())
            o.insert(QStringLiteral("parent"), i.parentId);
        if (!i.evidence.isEmpty())
            o.insert(QStringLiteral("evidence"), i.evidence);
        if (i.elapsedMs >= 0)
            o.insert(QStringLiteral("elapsedMs"), i.elapsedMs);
        if (!i.data.isEmpty())
            o.insert(QStringLiteral("data"), i.data);
        checks.append(o);
    }
    return QJsonObject {
        { QStringLiteral("generator"),
            QStringLiteral("MailOps Console %1").arg(QCoreApplication::applicationVersion()) },
        { QStringLiteral("question"), question },
        { QStringLiteral("profile"), profile },
        { QStringLiteral("target"), target },
        { QStringLiteral("vantage"), vantage },
        { QStringLiteral("started"), utc(started) },
        { QStringLiteral("finished"), utc(finished) },
        { QStringLiteral("overall"), CheckItem::verdictName(overall()) },
        { QStringLiteral("conclusions"), conclusionsJson },
        { QStringLiteral("checks"), checks },
    };
}

} // namespace MailOps

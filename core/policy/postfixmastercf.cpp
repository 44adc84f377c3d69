#include "postfixmastercf.h"

#include "postfixmaincf.h"

namespace MailOps {

namespace {

// Whitespace separates fields; Postfix 3.0 keeps "{ ... }" together so an
// argument (or an override's value) may contain spaces.
QStringList fields(QStringView line)
{
    return PostfixMainCf::splitList(line, PostfixMainCf::Separators::Whitespace);
}

} // namespace

PostfixMasterCf PostfixMasterCf::parse(const QByteArray &text)
{
    PostfixMasterCf cf;
    const char *d = text.constData();
    const qsizetype n = text.size();
    QByteArray logical;
    int first = 0;
    int last = 0;

    const auto finish = [&cf, &logical, &first, &last] {
        if (first == 0)
            return;
        const QString line = QString::fromUtf8(logical);
        const QStringList f = fields(line);
        const int at = first;
        first = 0;
        if (f.size() < 8) {
            cf.m_problems << Problem { at,
                tr("line %1: a service needs eight fields and a command, this line has %2")
                    .arg(at)
                    .arg(f.size()) };
            return;
        }
        Service s;
        s.service = f.at(0);
        s.type = f.at(1);
        s.privateFlag = f.at(2);
        s.unprivileged = f.at(3);
        s.chroot = f.at(4);
        s.wakeup = f.at(5);
        s.maxProcesses = f.at(6);
        s.command = f.at(7);
        s.arguments = f.mid(8);
        s.line = at;
        s.lastLine = last;
        for (qsizetype i = 0; i < s.arguments.size(); ++i) {
            const QString &a = s.arguments.at(i);
            QString setting;
            if (a == QLatin1String("-o") && i + 1 < s.arguments.size())
                setting = s.arguments.at(++i);
            else if (a.startsWith(QLatin1String("-o")) && a.size() > 2)
                setting = a.mid(2);
            else
                continue;
            // "-o { name = value }" may hold spaces; the braces go.
            if (setting.startsWith(QLatin1Char('{')) && setting.endsWith(QLatin1Char('}')))
                setting = setting.mid(1, setting.size() - 2).trimmed();
            const qsizetype eq = setting.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                cf.m_problems << Problem { at,
                    tr("line %1: “-o %2” in %3 is not “-o name=value”").arg(at).arg(setting, s.key()) };
                continue;
            }
            cf.m_overrides << Override { s.service, s.type, setting.left(eq).trimmed(),
                setting.mid(eq + 1).trimmed(), at };
        }
        cf.m_services << s;
    };

    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < n) {
        ++lineNo;
        const PostfixMainCf::PhysicalLine physical = PostfixMainCf::physicalLine(text, pos);
        const qsizetype eol = physical.end;
        const qsizetype next = physical.next;
        const qsizetype start = physical.start;
        if (start == eol || d[start] == '#') {
            // Comments and blank lines do not end a service, as in main.cf.
        } else if (start > pos) {
            if (first != 0) {
                logical += ' ';
                logical.append(d + start, eol - start);
                last = lineNo;
            } else {
                cf.m_problems << Problem { lineNo,
                    tr("line %1: starts with whitespace but continues no service").arg(lineNo) };
            }
        } else {
            finish();
            logical = QByteArray(d + pos, eol - pos);
            first = last = lineNo;
        }
        pos = next;
    }
    finish();
    return cf;
}

QList<PostfixMasterCf::Override> PostfixMasterCf::overridesOf(const QString &key) const
{
    QList<Override> out;
    for (const Override &o : m_overrides) {
        if (o.service + QLatin1Char('/') + o.type == key)
            out << o;
    }
    return out;
}

} // namespace MailOps

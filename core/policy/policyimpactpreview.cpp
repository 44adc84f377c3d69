#include "policyimpactpreview.h"

#include "policy/policygateway.h"
#include "policy/policylint.h"
#include "policy/postfixmaincf.h"
#include "policy/postfixrestrictions.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHostAddress>
#include <QIODevice>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <memory>

namespace MailOps {

namespace {

using Connection = PostfixConnectionLog::Connection;
using Decision = PolicyImpactPreview::Decision;
using Verdict = PolicyImpactPreview::Verdict;
using Restriction = PostfixRestrictions::Restriction;

constexpr qint64 kChunk = 1 << 20;
constexpr int kMaxNesting = 4;
// The newest stamp is looked for in this much of the log's end.
constexpr qint64 kTailProbe = 1 << 20;
// Sessions start a little before the window so their later lines resolve.
constexpr qint64 kWindowSlackSecs = 600;

// Settings Postfix derives from others; PostfixRestrictions knows only the
// ones decisions are made with.
const QHash<QString, QString> &derivedDefaults()
{
    static const QHash<QString, QString> d {
        { QStringLiteral("mydestination"), QStringLiteral("$myhostname, localhost.$mydomain, localhost") },
        { QStringLiteral("virtual_alias_domains"), QStringLiteral("$virtual_alias_maps") },
        { QStringLiteral("virtual_mailbox_domains"), QStringLiteral("$virtual_mailbox_maps") },
        // mynetworks_style = host: the gateway's own addresses, of which loopback is all the log can tell.
        { QStringLiteral("mynetworks"), QStringLiteral("127.0.0.0/8 [::1]/128") },
    };
    return d;
}

// What one restriction said.
struct Step
{
    enum Kind
    {
        Dunno,
        Permit,
        Refuse,
        Unknown
    };
    Kind kind = Dunno;
    int code = 0;
    QString why; // Unknown: what could not be evaluated
};

Step permitStep()
{
    return Step { Step::Permit, 0, {} };
}

Step refuse(int code)
{
    return Step { Step::Refuse, code, {} };
}

Step unknown(const QString &why)
{
    return Step { Step::Unknown, 0, why };
}

// A lookup table read from the snapshot's source text.
struct Table
{
    enum class Type
    {
        Cidr,
        Hash,
        Regexp,
        Static,
        Unreadable
    };
    struct Cidr
    {
        QHostAddress network;
        int length = -1;
        bool negated = false;
        QString action;
    };
    struct Pattern
    {
        QRegularExpression re;
        bool negated = false;
        QString action;
    };
    Type type = Type::Unreadable;
    QString why;
    QByteArray content; // as read, to tell whether two policies hold the same table
    QList<Cidr> cidr;
    QHash<QString, QString> hash;
    QList<Pattern> patterns;
    QString staticValue;

    std::optional<QString> lookupAddress(const QHostAddress &a) const
    {
        for (const Cidr &c : cidr) {
            const bool in = c.length < 0 ? a.isEqual(c.network, QHostAddress::ConvertV4MappedToIPv4)
                                         : a.isInSubnet(c.network, c.length);
            if (in != c.negated)
                return c.action;
        }
        return std::nullopt;
    }
    std::optional<QString> lookupKey(const QString &key) const
    {
        if (type == Type::Static)
            return staticValue;
        if (type == Type::Hash) {
            const auto it = hash.constFind(key.toLower());
            if (it != hash.cend())
                return it.value();
            return std::nullopt;
        }
        if (type == Type::Regexp) {
            for (const Pattern &p : patterns) {
                if (p.re.match(key).hasMatch() != p.negated)
                    return p.action;
            }
        }
        return std::nullopt;
    }
};

// A table's logical lines; conditional is set when it holds if/endif blocks.
QStringList tableLines(const QByteArray &content, bool *conditional)
{
    QStringList out;
    for (const PolicyLint::MapLine &l : PolicyLint::mapLines(content)) {
        const QString first = l.text.section(QLatin1Char(' '), 0, 0).toLower();
        if (first == u"if" || first == u"endif")
            *conditional = true;
        out << l.text;
    }
    return out;
}

Table readTable(const PolicySnapshot &snapshot, const QString &spec)
{
    Table t;
    QString type = spec.section(QLatin1Char(':'), 0, 0).toLower();
    QString name = spec.section(QLatin1Char(':'), 1);
    if (type == u"proxy") {
        type = name.section(QLatin1Char(':'), 0, 0).toLower();
        name = name.section(QLatin1Char(':'), 1);
    }
    if (type == u"static") {
        t.type = Table::Type::Static;
        t.staticValue = name.startsWith(QLatin1Char('{')) ? name.mid(1).chopped(1).trimmed() : name;
        return t;
    }
    static const QStringList hashLike { QStringLiteral("hash"), QStringLiteral("texthash"),
        QStringLiteral("btree"), QStringLiteral("lmdb"), QStringLiteral("cdb"), QStringLiteral("dbm") };
    const bool cidr = type == u"cidr";
    const bool regexp = type == u"regexp" || type == u"pcre";
    if (!cidr && !regexp && !hashLike.contains(type)) {
        t.why = PolicyImpactPreview::tr("%1 tables cannot be read here").arg(type);
        return t;
    }
    QString path = snapshot.relativePath(name);
    if (!snapshot.contains(path))
        path = QFileInfo(name).fileName();
    if (!snapshot.contains(path)) {
        t.why = PolicyImpactPreview::tr("%1 is not part of the policy").arg(name);
        return t;
    }
    t.content = snapshot.content(path);
    bool conditional = false;
    const QStringList lines = tableLines(t.content, &conditional);
    if (conditional) {
        t.why = PolicyImpactPreview::tr("its if/endif blocks are not evaluated");
        return t;
    }
    if (cidr) {
        for (const QString &line : lines) {
            const qsizetype sp = line.indexOf(QLatin1Char(' '));
            const qsizetype tab = line.indexOf(QLatin1Char('\t'));
            const qsizetype cut = sp < 0 ? tab : (tab < 0 ? sp : qMin(sp, tab));
            if (cut < 0)
                continue; // Postfix skips a line without an action, and so do we
            Table::Cidr c;
            QString pattern = line.left(cut);
            c.action = line.mid(cut + 1).trimmed();
            if (pattern.startsWith(QLatin1Char('!'))) {
                c.negated = true;
                pattern.remove(0, 1);
            }
            pattern.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            if (pattern.contains(QLatin1Char('/'))) {
                const auto subnet = QHostAddress::parseSubnet(pattern);
                if (subnet.second < 0
                    || QHostAddress(pattern.section(QLatin1Char('/'), 0, 0)) != subnet.first)
                    continue; // as Postfix: a bad or host-bits pattern is skipped with a warning
                c.network = subnet.first;
                c.length = subnet.second;
            } else {
                c.network = QHostAddress(pattern);
                if (c.network.isNull())
                    continue;
            }
            t.cidr << c;
        }
        t.type = Table::Type::Cidr;
        return t;
    }
    if (regexp) {
        for (const QString &line : lines) {
            PolicyLint::TablePattern p;
            if (!PolicyLint::parseTablePattern(line, type == u"pcre", &p)) {
                t.why = PolicyImpactPreview::tr("a line is not “/pattern/ action”");
                return t;
            }
            QRegularExpression re(p.pattern,
                p.caseSensitive ? QRegularExpression::NoPatternOption
                                : QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid()) {
                t.why = PolicyImpactPreview::tr("a pattern does not compile");
                return t;
            }
            t.patterns << Table::Pattern { re, p.negated, p.action };
        }
        t.type = Table::Type::Regexp;
        return t;
    }
    for (const QString &line : lines) {
        qsizetype cut = 0;
        while (cut < line.size() && !line.at(cut).isSpace())
            ++cut;
        const QString key = line.left(cut).toLower();
        if (!t.hash.contains(key))
            t.hash.insert(key, line.mid(cut).trimmed());
    }
    t.type = Table::Type::Hash;
    return t;
}

// "sub.example.com" -> "sub.example.com", "example.com", "com" and their
// ".parent" forms, as Postfix looks up names in access maps.
QStringList nameKeys(const QString &name, bool parents)
{
    QStringList keys { name };
    QString rest = name;
    while (parents) {
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        rest = rest.mid(dot + 1);
        if (rest.isEmpty())
            break;
        keys << rest << QLatin1Char('.') + rest;
    }
    return keys;
}

bool isFqdn(const QString &name)
{
    return name.contains(QLatin1Char('.')) && !name.startsWith(QLatin1Char('.'));
}

bool validHostname(const QString &name)
{
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']'))) {
        QString inner = name.mid(1, name.size() - 2);
        if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
            inner = inner.mid(5);
        return !QHostAddress(inner).isNull();
    }
    if (name.isEmpty() || name.size() > 255)
        return false;
    const QStringList labels = name.endsWith(QLatin1Char('.')) ? name.chopped(1).split(QLatin1Char('.'))
                                                               : name.split(QLatin1Char('.'));
    bool allNumeric = true;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                || c == u'-' || c == u'_';
            if (!ok)
                return false;
            if (!c.isDigit())
                allNumeric = false;
        }
    }
    // All-numeric names that are not address literals are what Postfix calls invalid.
    return !allNumeric;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

// One policy, its tables read once: evaluating a session then costs lookups only.
class CompiledPolicy
{
public:
    struct Stage
    {
        QString name;
        QList<Restriction> list;
        QList<bool> sameInCurrent; // the current policy applies the same restriction in this stage
    };

    struct Context
    {
        const Connection *c = nullptr;
        QHostAddress address;
        QString clientName; // verified name, lower case; empty: unknown
        QString helo; // empty: not in the log
        bool senderKnown = false;
        QString sender; // "" for <>
        bool recipientKnown = false;
        QString recipient;
        const PolicyImpactPreview::DnsblAnswer *dnsbl = nullptr;
        const std::function<bool(const QString &, const QByteArray &)> *listedInLog = nullptr;
        QSet<QString> *notListed = nullptr; // zones this session is not listed by
        bool recordNotListed = false; // an accepted session through the current policy
        bool acceptedInLog = false;
        QStringList warned;
        bool inferred = false;
    };

    explicit CompiledPolicy(const PolicySnapshot &snapshot)
        : m_snapshot(snapshot)
        , m_r(PostfixRestrictions::fromMainCf(
              PostfixMainCf::parse(snapshot.content(PolicySnapshot::MainCf)), derivedDefaults()))
    {
        static const QStringList stages { QStringLiteral("smtpd_client_restrictions"),
            QStringLiteral("smtpd_helo_restrictions"), QStringLiteral("smtpd_sender_restrictions"),
            QStringLiteral("smtpd_relay_restrictions"), QStringLiteral("smtpd_recipient_restrictions"),
            QStringLiteral("smtpd_data_restrictions"), QStringLiteral("smtpd_end_of_data_restrictions") };
        for (const QString &s : stages) {
            Stage st { s, m_r.stage(s), {} };
            st.sameInCurrent.fill(false, st.list.size());
            m_stages << st;
        }
        m_saslEnabled = m_r.saslAuthEnabled();
        for (QString entry : m_r.mynetworks()) {
            if (entry.contains(QLatin1Char(':')) && !entry.startsWith(QLatin1Char('['))
                && QHostAddress::parseSubnet(entry).second < 0 && QHostAddress(entry).isNull()) {
                m_mynetworkTables << entry; // type:table
                continue;
            }
            if (entry.startsWith(QLatin1Char('/'))) {
                m_mynetworksWhy = PolicyImpactPreview::tr("mynetworks reads %1").arg(entry);
                continue;
            }
            entry.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (subnet.second >= 0)
                m_mynetworks << subnet;
            else if (const QHostAddress a(entry); !a.isNull())
                m_mynetworks << qMakePair(a, a.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
            else
                m_mynetworkNames << entry.toLower();
        }
        m_destinations = list(QStringLiteral("mydestination"));
        m_relayDomains = list(QStringLiteral("relay_domains"));
        m_virtualDomains = list(QStringLiteral("virtual_alias_domains"));
        const DomainList mailbox = list(QStringLiteral("virtual_mailbox_domains"));
        m_virtualDomains.names += mailbox.names;
        m_virtualDomains.tables += mailbox.tables;
    }

    // Marks each restriction the current policy applies alike (same stage,
    // same text, same table content).
    void compareWith(CompiledPolicy &current)
    {
        for (qsizetype s = 0; s < m_stages.size(); ++s) {
            Stage &st = m_stages[s];
            for (qsizetype i = 0; i < st.list.size(); ++i) {
                const Restriction &r = st.list.at(i);
                for (const Restriction &o : current.m_stages.at(s).list) {
                    if (o.name == r.name && o.argument == r.argument && o.warnIfReject == r.warnIfReject
                        && (r.argument.isEmpty() || !r.argument.contains(QLatin1Char(':'))
                            || table(r.argument).content == current.table(r.argument).content)) {
                        st.sameInCurrent[i] = true;
                        break;
                    }
                }
            }
        }
    }

    int code(const QString &parameter) const { return m_r.code(parameter); }

    Verdict evaluate(Context &x)
    {
        Verdict v;
        for (const Stage &st : std::as_const(m_stages)) {
            bool stageDone = false;
            for (qsizetype i = 0; i < st.list.size() && !stageDone; ++i) {
                const Restriction &r = st.list.at(i);
                Step step = apply(r.name, r.argument, x, 0);
                if (step.kind == Step::Unknown && x.acceptedInLog && st.sameInCurrent.at(i)) {
                    // The log shows this session got past it under the current policy.
                    x.inferred = true;
                    step = Step {};
                }
                switch (step.kind) {
                case Step::Dunno:
                    break;
                case Step::Permit:
                    stageDone = true;
                    break;
                case Step::Refuse:
                    if (r.warnIfReject) {
                        x.warned << r.text();
                        break;
                    }
                    v.decision = step.code >= 500 ? Decision::Reject : Decision::Tempfail;
                    v.code = step.code;
                    v.rule = r.text();
                    v.stage = st.name;
                    return finish(v, x);
                case Step::Unknown:
                    if (r.warnIfReject)
                        break;
                    v.decision = Decision::Unknown;
                    v.rule = r.text();
                    v.stage = st.name;
                    v.notEvaluated << step.why;
                    return finish(v, x);
                }
            }
        }
        return finish(v, x);
    }

private:
    static Verdict finish(Verdict v, Context &x)
    {
        v.warned = x.warned;
        v.inferred = x.inferred;
        return v;
    }

    struct DomainList
    {
        QStringList names;
        QStringList tables;
    };

    DomainList list(const QString &parameter) const
    {
        DomainList d;
        for (const QString &entry : PostfixMainCf::splitList(m_r.setting(parameter))) {
            if (entry.contains(QLatin1Char(':')))
                d.tables << entry;
            else if (entry.startsWith(QLatin1Char('/')))
                d.tables << QStringLiteral("texthash:") + entry;
            else if (!entry.isEmpty())
                d.names << entry.toLower();
        }
        return d;
    }

    const Table &table(const QString &spec)
    {
        auto it = m_tables.find(spec);
        if (it == m_tables.end())
            it = m_tables.insert(spec, readTable(m_snapshot, spec));
        return it.value();
    }

    // nullopt: a table could not be read and nothing else matched.
    std::optional<bool> inList(const DomainList &d, const QString &domain, bool parents, QString *why)
    {
        const QStringList keys = nameKeys(domain, parents);
        for (const QString &k : keys) {
            if (d.names.contains(k))
                return true;
        }
        bool unreadable = false;
        for (const QString &spec : d.tables) {
            const Table &t = table(spec);
            if (t.type == Table::Type::Unreadable || t.type == Table::Type::Cidr) {
                unreadable = true;
                *why = QStringLiteral("%1: %2").arg(spec, t.why);
                continue;
            }
            for (const QString &k : keys) {
                if (t.lookupKey(k))
                    return true;
            }
        }
        if (unreadable)
            return std::nullopt;
        return false;
    }

    Step mynetworks(const Context &x)
    {
        if (x.address.isNull())
            return unknown(
                PolicyImpactPreview::tr("permit_mynetworks: the client address is not in the log"));
        for (const auto &n : std::as_const(m_mynetworks)) {
            if (x.address.isInSubnet(n.first, n.second))
                return permitStep();
        }
        if (!x.clientName.isEmpty() && !m_mynetworkNames.isEmpty()) {
            for (const QString &k : nameKeys(x.clientName, true)) {
                if (m_mynetworkNames.contains(k))
                    return permitStep();
            }
        }
        for (const QString &spec : std::as_const(m_mynetworkTables)) {
            const Table &t = table(spec);
            if (t.type == Table::Type::Cidr) {
                if (t.lookupAddress(x.address))
                    return permitStep();
                continue;
            }
            if (t.type == Table::Type::Unreadable)
                return unknown(QStringLiteral("permit_mynetworks (mynetworks %1): %2").arg(spec, t.why));
            if (t.lookupKey(x.address.toString()))
                return permitStep();
        }
        if (!m_mynetworksWhy.isEmpty())
            return unknown(QStringLiteral("permit_mynetworks: ") + m_mynetworksWhy);
        return {};
    }

    Step unauthDestination(const Context &x, bool defer, const QString &name)
    {
        if (!x.recipientKnown)
            return unknown(PolicyImpactPreview::tr("%1: the recipient is not in the log").arg(name));
        const QString domain = domainOf(x.recipient);
        if (domain.isEmpty())
            return {}; // a local name without a domain
        QString why;
        bool unreadable = false;
        for (const auto &[d, parents] : { std::pair { &m_destinations, false },
                 std::pair { &m_relayDomains, true }, std::pair { &m_virtualDomains, false } }) {
            const std::optional<bool> hit = inList(*d, domain, parents, &why);
            if (!hit)
                unreadable = true;
            else if (*hit)
                return {};
        }
        if (unreadable)
            return unknown(QStringLiteral("%1: %2").arg(name, why));
        return refuse(defer ? 450 : m_r.code(QStringLiteral("relay_domains_reject_code")));
    }

    // A table's answer as smtpd acts on it.
    Step action(const QString &value, const QString &restriction, Context &x, int depth)
    {
        const QString word = value.section(QLatin1Char(' '), 0, 0);
        const QString upper = word.toUpper();
        if (upper == u"OK" || upper == u"PERMIT")
            return permitStep();
        if (upper == u"DUNNO")
            return {};
        if (upper == u"REJECT")
            return refuse(m_r.code(QStringLiteral("access_map_reject_code")));
        if (upper == u"DEFER" || upper == u"DEFER_IF_PERMIT" || upper == u"DEFER_IF_REJECT")
            return upper == u"DEFER"
                ? refuse(m_r.code(QStringLiteral("access_map_defer_code")))
                : unknown(QStringLiteral("%1 → %2: not evaluated").arg(restriction, upper));
        if (word.size() == 3 && (word.at(0) == u'4' || word.at(0) == u'5') && word.at(1).isDigit()
            && word.at(2).isDigit())
            return refuse(word.toInt());
        static const QStringList noEffect { QStringLiteral("WARN"), QStringLiteral("INFO"),
            QStringLiteral("PREPEND"), QStringLiteral("HOLD"), QStringLiteral("DISCARD"),
            QStringLiteral("FILTER"), QStringLiteral("REDIRECT"), QStringLiteral("BCC"),
            QStringLiteral("HANG"), QStringLiteral("IGNORE") };
        if (noEffect.contains(upper))
            return {}; // accepted as far as the client is told
        // Anything else is a list of restrictions, applied in place.
        if (depth >= kMaxNesting)
            return unknown(QStringLiteral("%1: nested too deep").arg(restriction));
        const QList<Restriction> inner = PostfixRestrictions::group(PostfixMainCf::splitList(value));
        for (const Restriction &r : inner) {
            const Step s = apply(r.name, r.argument, x, depth + 1);
            if (s.kind == Step::Refuse && r.warnIfReject)
                continue;
            if (s.kind != Step::Dunno)
                return s;
        }
        return {};
    }

    Step access(const QString &restriction, const QString &spec, const QStringList &keys,
        const QHostAddress *address, Context &x, int depth)
    {
        const Table &t = table(spec);
        if (t.type == Table::Type::Unreadable)
            return unknown(QStringLiteral("%1 %2: %3").arg(restriction, spec, t.why));
        const QString text = restriction + QLatin1Char(' ') + spec;
        if (t.type == Table::Type::Cidr) {
            if (!address)
                return {};
            if (const std::optional<QString> a = t.lookupAddress(*address))
                return action(*a, text, x, depth);
            return {};
        }
        for (const QString &k : keys) {
            if (const std::optional<QString> a = t.lookupKey(k))
                return action(*a, text, x, depth);
        }
        return {};
    }

    QStringList addressKeys(const QString &address) const
    {
        if (address.isEmpty())
            return { m_r.setting(QStringLiteral("smtpd_null_access_lookup_key")).isEmpty()
                    ? QStringLiteral("<>")
                    : m_r.setting(QStringLiteral("smtpd_null_access_lookup_key")) };
        const QString lower = address.toLower();
        const qsizetype at = lower.lastIndexOf(QLatin1Char('@'));
        if (at < 0)
            return { lower };
        QStringList keys { lower };
        keys += nameKeys(lower.mid(at + 1), true);
        keys << lower.left(at + 1);
        return keys;
    }

    Step rbl(const QString &restriction, const QString &argument, Context &x)
    {
        const QString zone = argument.section(QLatin1Char('='), 0, 0).toLower();
        const QString text = restriction + QLatin1Char(' ') + argument;
        const QByteArray ip = x.c ? x.c->clientIp : QByteArray();
        if (ip.isEmpty())
            return unknown(PolicyImpactPreview::tr("%1: the client address is not in the log").arg(text));
        const bool allow = restriction == u"permit_dnswl_client";
        std::optional<bool> listed;
        if (x.listedInLog && *x.listedInLog && (*x.listedInLog)(zone, ip))
            listed = true;
        else if (x.notListed && x.notListed->contains(zone))
            listed = false;
        else if (x.dnsbl && *x.dnsbl)
            listed = (*x.dnsbl)(zone, ip);
        if (!listed) {
            if (x.recordNotListed) {
                // Accepted under this (the current) policy with the list on
                // its way: the session was not listed then.
                x.notListed->insert(zone);
                x.inferred = true;
                return {};
            }
            return unknown(PolicyImpactPreview::tr("%1: no answer in the log").arg(text));
        }
        if (allow)
            return *listed ? permitStep() : Step {};
        return *listed ? refuse(m_r.code(QStringLiteral("maps_rbl_reject_code"))) : Step {};
    }

    Step apply(const QString &name, const QString &argument, Context &x, int depth)
    {
        const Connection &c = *x.c;
        if (name == u"permit")
            return permitStep();
        if (name == u"dunno")
            return {};
        if (name == u"reject")
            return refuse(m_r.code(QStringLiteral("reject_code")));
        if (name == u"defer")
            return refuse(m_r.code(QStringLiteral("defer_code")));
        if (name == u"permit_mynetworks")
            return mynetworks(x);
        if (name == u"permit_sasl_authenticated")
            return m_saslEnabled && !c.saslUser.isEmpty() ? permitStep() : Step {};
        if (name == u"reject_unauth_destination" || name == u"defer_unauth_destination"
            || name == u"check_relay_domains")
            return unauthDestination(x, name == u"defer_unauth_destination", name);
        if (name == u"reject_unknown_client_hostname" || name == u"reject_unknown_client") {
            if (c.clientName.isEmpty())
                return unknown(PolicyImpactPreview::tr("%1: the client is not in the log").arg(name));
            return c.nameVerified() ? Step {}
                                    : refuse(m_r.code(QStringLiteral("unknown_client_reject_code")));
        }
        if (name == u"reject_unknown_reverse_client_hostname") {
            if (c.reverse == Connection::Reverse::Absent)
                return refuse(m_r.code(QStringLiteral("unknown_client_reject_code")));
            if (c.reverse == Connection::Reverse::Present)
                return {};
            return unknown(
                PolicyImpactPreview::tr("%1: the log does not say whether the client has a PTR name")
                    .arg(name));
        }
        const auto heloNeeded = [&] {
            return unknown(PolicyImpactPreview::tr("%1: the HELO name is not in the log").arg(name));
        };
        if (name == u"reject_invalid_helo_hostname" || name == u"reject_invalid_hostname") {
            if (x.helo.isEmpty())
                return heloNeeded();
            return validHostname(x.helo) ? Step {}
                                         : refuse(m_r.code(QStringLiteral("invalid_hostname_reject_code")));
        }
        if (name == u"reject_non_fqdn_helo_hostname" || name == u"reject_non_fqdn_hostname") {
            if (x.helo.isEmpty())
                return heloNeeded();
            if (x.helo.startsWith(QLatin1Char('[')) || isFqdn(x.helo))
                return {};
            return refuse(m_r.code(QStringLiteral("non_fqdn_reject_code")));
        }
        if (name == u"reject_non_fqdn_sender" || name == u"reject_non_fqdn_recipient") {
            const bool sender = name == u"reject_non_fqdn_sender";
            if (!(sender ? x.senderKnown : x.recipientKnown))
                return unknown(PolicyImpactPreview::tr("%1: the address is not in the log").arg(name));
            const QString address = sender ? x.sender : x.recipient;
            if (address.isEmpty())
                return {};
            const QString domain = domainOf(address);
            return domain.isEmpty() || isFqdn(domain)
                ? Step {}
                : refuse(m_r.code(QStringLiteral("non_fqdn_reject_code")));
        }
        if (name == u"reject_rbl_client" || name == u"reject_rbl" || name == u"permit_dnswl_client")
            return rbl(name, argument, x);
        if (name == u"check_client_access") {
            QStringList keys;
            if (!x.clientName.isEmpty())
                keys = nameKeys(x.clientName, true);
            if (!x.address.isNull()) {
                const QString ip = x.address.toString();
                keys << ip;
                if (x.address.protocol() == QAbstractSocket::IPv4Protocol) {
                    QString prefix = ip;
                    for (int i = 0; i < 3; ++i) {
                        prefix = prefix.section(QLatin1Char('.'), 0, -2);
                        keys << prefix;
                    }
                }
            } else {
                return unknown(PolicyImpactPreview::tr("%1: the client address is not in the log").arg(name));
            }
            return access(name, argument, keys, &x.address, x, depth);
        }
        if (name == u"check_reverse_client_hostname_access") {
            const QString reverse
                = x.clientName.isEmpty() ? QString::fromUtf8(c.reverseName).toLower() : x.clientName;
            if (reverse.isEmpty() && c.reverse != Connection::Reverse::Absent)
                return unknown(PolicyImpactPreview::tr("%1: the PTR name is not in the log").arg(name));
            return access(name, argument, reverse.isEmpty() ? QStringList {} : nameKeys(reverse, true),
                &x.address, x, depth);
        }
        if (name == u"check_helo_access") {
            if (x.helo.isEmpty())
                return heloNeeded();
            return access(name, argument, nameKeys(x.helo.toLower(), true), nullptr, x, depth);
        }
        if (name == u"check_sender_access") {
            if (!x.senderKnown)
                return unknown(PolicyImpactPreview::tr("%1: the sender is not in the log").arg(name));
            return access(name, argument, addressKeys(x.sender), nullptr, x, depth);
        }
        if (name == u"check_recipient_access") {
            if (!x.recipientKnown)
                return unknown(PolicyImpactPreview::tr("%1: the recipient is not in the log").arg(name));
            return access(name, argument, addressKeys(x.recipient), nullptr, x, depth);
        }
        QString text = name;
        if (!argument.isEmpty())
            text += QLatin1Char(' ') + argument;
        return unknown(PolicyImpactPreview::tr("%1: not evaluated").arg(text));
    }

    PolicySnapshot m_snapshot;
    PostfixRestrictions m_r;
    QList<Stage> m_stages;
    bool m_saslEnabled = false;
    QList<QPair<QHostAddress, int>> m_mynetworks;
    QStringList m_mynetworkNames;
    QStringList m_mynetworkTables;
    QString m_mynetworksWhy;
    DomainList m_destinations;
    DomainList m_relayDomains;
    DomainList m_virtualDomains;
    QHash<QString, Table> m_tables;
};

int severity(Decision d)
{
    switch (d) {
    case Decision::Accept:
        return 0;
    case Decision::Unknown:
        return 1;
    case Decision::Tempfail:
        return 2;
    case Decision::Reject:
        return 3;
    }
    return 0;
}

struct Evaluation
{
    const PolicyImpactPreview::DnsblAnswer *dnsbl = nullptr;
    const std::function<bool(const QString &, const QByteArray &)> *listedInLog = nullptr;
};

// Every recipient through the policy; the session's verdict is the most severe.
Verdict evaluateSession(CompiledPolicy &policy, const Connection &c, const Evaluation &e,
    QSet<QString> *notListed, bool recordNotListed)
{
    CompiledPolicy::Context base;
    base.c = &c;
    base.address = QHostAddress(QString::fromLatin1(c.clientIp));
    if (c.nameVerified())
        base.clientName = QString::fromUtf8(c.clientName).toLower();
    base.helo = QString::fromUtf8(c.helo);
    base.senderKnown = !c.senders.isEmpty();
    base.sender = base.senderKnown ? QString::fromUtf8(c.senders.constFirst()) : QString();
    base.dnsbl = e.dnsbl;
    base.listedInLog = e.listedInLog;
    base.notListed = notListed;
    base.recordNotListed = recordNotListed;
    base.acceptedInLog = c.outcome == Connection::Outcome::Accepted;

    QList<QByteArray> recipients = c.recipients;
    if (c.outcome != Connection::Outcome::Accepted && !c.rejectRecipient.isEmpty())
        recipients = { c.rejectRecipient };
    Verdict worst;
    bool first = true;
    const auto one = [&](const QString *rcpt) {
        CompiledPolicy::Context x = base;
        x.recipientKnown = rcpt != nullptr;
        if (rcpt)
            x.recipient = *rcpt;
        Verdict v = policy.evaluate(x);
        if (first || severity(v.decision) > severity(worst.decision)) {
            const QStringList seen = worst.notEvaluated;
            worst = v;
            for (const QString &s : seen) {
                if (!worst.notEvaluated.contains(s))
                    worst.notEvaluated << s;
            }
        } else {
            for (const QString &s : std::as_const(v.notEvaluated)) {
                if (!worst.notEvaluated.contains(s))
                    worst.notEvaluated << s;
            }
            worst.inferred = worst.inferred || v.inferred;
        }
        first = false;
    };
    if (recipients.isEmpty()) {
        one(nullptr);
    } else {
        for (const QByteArray &r : std::as_const(recipients)) {
            const QString rcpt = QString::fromUtf8(r);
            one(&rcpt);
        }
    }
    if (worst.decision != Decision::Unknown)
        worst.notEvaluated.clear();
    return worst;
}

PolicyImpactPreview::Example exampleOf(const Connection &c, int code)
{
    PolicyImpactPreview::Example x;
    x.time = c.time;
    x.client = QString::fromUtf8(c.clientName + '[' + c.clientIp + ']');
    x.helo = QString::fromUtf8(c.helo);
    x.sender = c.senders.isEmpty() ? QString() : QString::fromUtf8(c.senders.constFirst());
    const QList<QByteArray> &rcpts = c.recipients;
    x.recipient
        = !rcpts.isEmpty() ? QString::fromUtf8(rcpts.constFirst()) : QString::fromUtf8(c.rejectRecipient);
    x.code = code;
    return x;
}

// The newest stamp in the last part of the file, by the same parser the
// sessions are read with; 0 when none is found there.
qint64 newestTime(QIODevice *log, qint64 size, const QDate &reference)
{
    const MailLogParser parser(reference);
    for (qint64 probe = kTailProbe; probe <= 16 * kTailProbe; probe *= 4) {
        const qint64 from = qMax<qint64>(0, size - probe);
        if (!log->seek(from))
            return 0;
        const QByteArray tail = log->read(size - from);
        qint64 newest = 0;
        QByteArrayView rest(tail);
        if (from > 0) {
            const qsizetype nl = rest.indexOf('\n');
            rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
        }
        while (!rest.isEmpty()) {
            const qsizetype nl = rest.indexOf('\n');
            const QByteArrayView line = nl < 0 ? rest : rest.first(nl);
            rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
            if (line.size() > PostfixConnectionLog::DefaultMaxLine)
                continue;
            const MailLogEvent e = parser.parse(line);
            if (e.kind != MailLogEvent::Kind::Unparsed && e.time > newest)
                newest = e.time;
        }
        if (newest > 0 || from == 0)
            return newest;
    }
    return 0;
}

// The first stamp at or after `pos` (after the line `pos` cuts); -1 if none near.
qint64 timeAt(QIODevice *log, qint64 pos, const MailLogParser &parser)
{
    if (!log->seek(pos))
        return -1;
    const QByteArray block = log->read(256 * 1024);
    QByteArrayView rest(block);
    if (pos > 0) {
        const qsizetype nl = rest.indexOf('\n');
        rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
    }
    while (!rest.isEmpty()) {
        const qsizetype nl = rest.indexOf('\n');
        if (nl < 0)
            return -1;
        const MailLogEvent e = parser.parse(rest.first(nl));
        if (e.kind != MailLogEvent::Kind::Unparsed)
            return e.time;
        rest = rest.sliced(nl + 1);
    }
    return -1;
}

// Where reading may start: a line well before the window, found by
// bisection on the stamps (a log is in time order, give or take a clock
// step), so a day out of a month-long log costs a day's reading.
qint64 startOffset(QIODevice *log, qint64 size, qint64 windowStart, const QDate &reference)
{
    const MailLogParser parser(reference);
    const qint64 target = windowStart - kWindowSlackSecs;
    qint64 lo = 0, hi = size;
    for (int i = 0; i < 40 && hi - lo > 4 * kChunk; ++i) {
        const qint64 mid = lo + (hi - lo) / 2;
        const qint64 t = timeAt(log, mid, parser);
        if (t < 0 || t >= target)
            hi = mid;
        else
            lo = mid;
    }
    return lo;
}

} // namespace

QString PolicyImpactPreview::Example::timeText() const
{
    return QDateTime::fromSecsSinceEpoch(time, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString PolicyImpactPreview::Report::summary() const
{
    return tr("would reject %1 and tempfail %2 of %3 connections that were accepted")
        .arg(wouldReject)
        .arg(wouldTempfail)
        .arg(accepted);
}

QString PolicyImpactPreview::decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Accept:
        return QStringLiteral("accept");
    case Decision::Reject:
        return QStringLiteral("reject");
    case Decision::Tempfail:
        return QStringLiteral("tempfail");
    case Decision::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

PolicyImpactPreview::Verdict PolicyImpactPreview::evaluate(const Connection &connection,
    const PolicySnapshot &policy, const DnsblAnswer &dnsbl, const PolicySnapshot *current)
{
    CompiledPolicy compiled(policy);
    std::unique_ptr<CompiledPolicy> base;
    if (current) {
        base = std::make_unique<CompiledPolicy>(*current);
        compiled.compareWith(*base);
    }
    Evaluation e;
    e.dnsbl = &dnsbl;
    QSet<QString> notListed;
    if (base && connection.outcome == Connection::Outcome::Accepted) {
        base->compareWith(*base);
        evaluateSession(*base, connection, e, &notListed, true);
    }
    return evaluateSession(compiled, connection, e, &notListed, false);
}

MailOps::Result<PolicyImpactPreview::Report> PolicyImpactPreview::run(QIODevice *log,
    const PolicySnapshot &current, const PolicySnapshot &proposed, const Options &options,
    const Progress &progress, const Cancelled &cancelled)
{
    if (!log || !log->isReadable())
        return Error { Error::Code::IoError, tr("the mail log is not open for reading") };

    // A pipe is spooled to a temporary file: the window is counted back from
    // the newest line, which only the end of the input tells.
    std::unique_ptr<QTemporaryFile> spool;
    QIODevice *in = log;
    if (log->isSequential()) {
        spool = std::make_unique<QTemporaryFile>();
        if (!spool->open())
            return Error { Error::Code::IoError,
                tr("cannot spool the mail log: %1").arg(spool->errorString()) };
        QByteArray buffer;
        while (true) {
            buffer = log->read(kChunk);
            if (buffer.isEmpty() && !log->waitForReadyRead(30000))
                break;
            if (!buffer.isEmpty() && spool->write(buffer) != buffer.size())
                return Error { Error::Code::IoError,
                    tr("cannot spool the mail log: %1").arg(spool->errorString()) };
            if (cancelled && cancelled()) {
                Report r;
                r.cancelled = true;
                return r;
            }
        }
        spool->flush();
        in = spool.get();
    }

    Report report;
    report.hours = options.hours;
    const qint64 size = in->size();
    qint64 start = 0;
    if (options.hours > 0 && size > 0) {
        report.windowEnd = newestTime(in, size, options.referenceDate);
        if (report.windowEnd > 0) {
            report.windowStart = report.windowEnd - qint64(options.hours) * 3600;
            start = startOffset(in, size, report.windowStart, options.referenceDate);
        }
    }
    if (!in->seek(start))
        return Error { Error::Code::IoError, tr("cannot read the mail log: %1").arg(in->errorString()) };

    CompiledPolicy currentPolicy(current);
    CompiledPolicy proposedPolicy(proposed);
    currentPolicy.compareWith(currentPolicy);
    proposedPolicy.compareWith(currentPolicy);

    PostfixConnectionLog sessions(options.referenceDate);
    sessions.setWindowStart(report.windowStart);
    const std::function<bool(const QString &, const QByteArray &)> listed
        = [&sessions](const QString &zone, const QByteArray &ip) {
              return sessions.listedInLog(zone.toLatin1(), ip);
          };
    Evaluation eval;
    eval.dnsbl = &options.dnsbl;
    eval.listedInLog = &listed;

    QHash<QString, qsizetype> ruleIndex;
    QHash<QString, qsizetype> unknownIndex;
    const auto ruleFor = [&](const Verdict &v) -> RuleImpact & {
        const QString key = v.stage + QLatin1Char('\n') + v.rule;
        auto it = ruleIndex.constFind(key);
        if (it == ruleIndex.cend()) {
            it = ruleIndex.insert(key, report.rules.size());
            report.rules << RuleImpact { v.rule, v.stage, v.code, 0, 0, 0, {}, {} };
        }
        RuleImpact &r = report.rules[it.value()];
        r.code = v.code;
        return r;
    };

    sessions.setSink([&](const Connection &c) {
        ++report.connections;
        if (c.outcome == Connection::Outcome::NoMail)
            return;
        QSet<QString> notListed;
        if (c.outcome == Connection::Outcome::Accepted) {
            ++report.accepted;
            const Verdict now = evaluateSession(currentPolicy, c, eval, &notListed, true);
            if (now.decision == Decision::Reject || now.decision == Decision::Tempfail)
                ++report.currentDisagrees;
            const Verdict next = evaluateSession(proposedPolicy, c, eval, &notListed, false);
            switch (next.decision) {
            case Decision::Accept:
                return;
            case Decision::Reject:
            case Decision::Tempfail: {
                RuleImpact &r = ruleFor(next);
                if (next.decision == Decision::Reject) {
                    ++report.wouldReject;
                    ++r.rejects;
                } else {
                    ++report.wouldTempfail;
                    ++r.tempfails;
                }
                if (r.examples.size() < MaxExamples)
                    r.examples << exampleOf(c, next.code);
                return;
            }
            case Decision::Unknown:
                ++report.undecided;
                for (const QString &what : next.notEvaluated) {
                    auto it = unknownIndex.constFind(what);
                    if (it == unknownIndex.cend()) {
                        it = unknownIndex.insert(what, report.notEvaluated.size());
                        report.notEvaluated << NotEvaluated { what, 0 };
                    }
                    ++report.notEvaluated[it.value()].connections;
                }
                return;
            }
            return;
        }
        ++report.refused;
        const Verdict now = evaluateSession(currentPolicy, c, eval, &notListed, false);
        if (now.decision != Decision::Reject && now.decision != Decision::Tempfail) {
            ++report.notReproduced;
            return;
        }
        const Verdict next = evaluateSession(proposedPolicy, c, eval, &notListed, false);
        if (next.decision != Decision::Accept)
            return;
        ++report.newlyAccepted;
        RuleImpact &r = ruleFor(now);
        ++r.admits;
        if (r.admitExamples.size() < MaxExamples)
            r.admitExamples << exampleOf(c, now.code);
    });

    const qint64 total = qMax<qint64>(0, size - start);
    QByteArray buffer;
    qint64 done = 0;
    while (true) {
        buffer = in->read(kChunk);
        if (buffer.isEmpty())
            break;
        done += buffer.size();
        sessions.addData(buffer);
        if (progress)
            progress(done, total);
        if (cancelled && cancelled()) {
            report.cancelled = true;
            break;
        }
    }
    if (!report.cancelled)
        sessions.finish();
    const PostfixConnectionLog::Stats &stats = sessions.stats();
    report.bytesRead = done;
    report.lines = stats.lines;
    report.unparsedLines = stats.unparsed;
    report.cutLines = stats.cutLines;
    if (report.windowEnd == 0)
        report.windowEnd = stats.newestTime;
    if (report.windowStart == 0)
        report.windowStart = stats.oldestTime;
    std::stable_sort(report.rules.begin(), report.rules.end(), [](const RuleImpact &a, const RuleImpact &b) {
        return a.rejects + a.tempfails + a.admits > b.rejects + b.tempfails + b.admits;
    });
    std::stable_sort(report.notEvaluated.begin(), report.notEvaluated.end(),
        [](const NotEvaluated &a, const NotEvaluated &b) { return a.connections > b.connections; });
    return report;
}

MailOps::Result<QByteArray> PolicyImpactPreview::fetchLog(
    PolicyGateway *gateway, const QString &path, qint64 maxBytes, std::chrono::milliseconds timeout)
{
    if (!QFileInfo(path).isAbsolute() || path.contains(QLatin1String("/../"))
        || std::any_of(path.cbegin(), path.cend(), [](QChar c) { return c.unicode() < 0x20; }))
        return Error { Error::Code::InvalidInput,
            tr("the mail log \"%1\" is not an absolute path").arg(path) };
    CommandOptions o;
    o.timeout = timeout;
    o.maxStdoutBytes = maxBytes + 1;
    const Result<CommandOutput> out
        = gateway->run({ QStringLiteral("tail"), QStringLiteral("-c"),
                           QString::number(qMax<qint64>(1, maxBytes)), QStringLiteral("--"), path },
            o);
    if (!out)
        return out.error();
    if (out->exitCode != 0)
        return Error { Error::Code::IoError,
            tr("cannot read the mail log %1: %2").arg(path, QString::fromUtf8(out->stdErr).trimmed()) };
    QByteArray text = out->stdOut;
    // A full tail starts inside a line.
    if (text.size() >= maxBytes) {
        const qsizetype nl = text.indexOf('\n');
        text = nl < 0 ? QByteArray() : text.mid(nl + 1);
    }
    return text;
}

} // namespace MailOps

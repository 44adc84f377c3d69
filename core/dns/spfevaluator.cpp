#include "spfevaluator.h"

#include "common/translation.h"
#include "spfmacro.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace MailOps {

namespace {

QString tr(const char *text)
{
    return translateIn("MailOps::SpfEvaluator", text);
}

using Code = SpfResult::Code;

struct Outcome
{
    Code code = Code::Neutral;
    QString reason;
    QString matched;
    QString explanation;
};

enum class Match
{
    No,
    Yes,
    TempError,
    PermError
};

struct MatchResult
{
    Match match = Match::No;
    QString reason;
};

Code qualifierCode(QChar q)
{
    switch (q.unicode()) {
    case '-':
        return Code::Fail;
    case '~':
        return Code::SoftFail;
    case '?':
        return Code::Neutral;
    default:
        return Code::Pass;
    }
}

bool validDomain(const QString &d)
{
    if (d.isEmpty() || d.size() > 253 || !d.contains(QLatin1Char('.')))
        return false;
    const QStringList labels = d.split(QLatin1Char('.'));
    return std::all_of(
        labels.begin(), labels.end(), [](const QString &l) { return !l.isEmpty() && l.size() <= 63; });
}

bool isDnsTrouble(Error::Code c)
{
    return c != Error::Code::NxDomain && c != Error::Code::NoData;
}

// One run of check_host() with its recursion: counters and the include chain
// are shared by every level, as the limits are per evaluation.
class Evaluation
{
public:
    Evaluation(DnsQuerier &querier, SpfResult &result, const QString &helo, const QString &receivingHost,
        qint64 timestamp)
        : m_q(querier)
        , m_res(result)
        , m_helo(helo)
        , m_receivingHost(receivingHost)
        , m_timestamp(timestamp)
    {
        bool v4 = false;
        const quint32 a = result.ip.toIPv4Address(&v4);
        m_v4 = v4;
        // IPv4-mapped IPv6 addresses are treated as IPv4 (RFC 7208 5).
        m_ip = v4 ? QHostAddress(a) : result.ip;
    }

    Outcome checkHost(const QString &domainIn, int depth, bool inInclude, QString *recordText)
    {
        const QString domain = normalizedDnsName(domainIn);
        const QString indent(depth * 2, QLatin1Char(' '));
        if (!validDomain(domain))
            return trace(depth,
                { Code::None, tr("\"%1\" is not a valid domain name, so it has no SPF policy").arg(domainIn),
                    {}, {} });

        const Result<DnsAnswer> txt = m_q.queryBlocking(domain, DnsType::TXT);
        if (!txt.ok()) {
            if (isDnsTrouble(txt.error().code))
                return trace(depth,
                    { Code::TempError,
                        tr("the SPF record of %1 could not be fetched: %2").arg(domain, txt.error().message),
                        {}, {} });
            return trace(depth,
                { Code::None, tr("%1 publishes no SPF record (%2)").arg(domain, txt.error().message), {},
                    {} });
        }
        QStringList spf;
        for (const QString &t : txt.value().texts()) {
            if (SpfRecord::isSpfRecord(t))
                spf.append(t);
        }
        if (spf.isEmpty())
            return trace(depth,
                { Code::None, tr("%1 has TXT records but none of them is an SPF record").arg(domain), {},
                    {} });
        if (spf.size() > 1)
            return trace(depth,
                { Code::PermError,
                    tr("%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 4.5): %3")
                        .arg(domain, QString::number(spf.size()), spf.join(QStringLiteral(" | "))),
                    {}, {} });
        if (recordText)
            *recordText = spf.first();
        m_res.trace.append(indent + domain + QStringLiteral(": \"") + spf.first() + QLatin1Char('"'));

        const Result<SpfRecord> parsed = SpfRecord::parse(spf.first());
        if (!parsed.ok())
            return trace(depth,
                { Code::PermError,
                    tr("the SPF record of %1 is invalid: %2").arg(domain, parsed.error().message), {}, {} });
        const SpfRecord &record = parsed.value();

        SpfMacroContext ctx;
        ctx.sender = m_res.sender;
        ctx.domain = domain;
        ctx.ip = m_ip;
        ctx.helo = m_helo;
        ctx.receivingHost = m_receivingHost;
        ctx.timestamp = m_timestamp;
        ctx.validatedName = [this, domain] { return validatedName(domain); };

        for (const SpfTerm &term : record.terms()) {
            if (!term.isMechanism())
                continue;
            if (term.countsAsLookup()) {
                if (++m_res.dnsLookups > SpfEvaluator::LookupLimit)
                    return trace(depth,
                        { Code::PermError,
                            tr("more than %1 DNS lookups are needed (RFC 7208 4.6.4); the limit was crossed "
                               "at \"%2\" in %3's record")
                                .arg(SpfEvaluator::LookupLimit)
                                .arg(term.text, domain),
                            {}, {} });
            }
            const MatchResult m = evaluate(term, ctx, domain, depth);
            m_res.trace.append(indent + QStringLiteral("  ") + term.text + QStringLiteral(" -> ")
                + (m.match == Match::Yes       ? QStringLiteral("match")
                        : m.match == Match::No ? QStringLiteral("no match")
                                               : m.reason)
                + ((m.match == Match::No && !m.reason.isEmpty())
                        ? QStringLiteral(" (") + m.reason + QLatin1Char(')')
                        : QString()));
            if (m.match == Match::TempError)
                return { Code::TempError, m.reason, term.text + tr(" in ") + domain, {} };
            if (m.match == Match::PermError)
                return { Code::PermError, m.reason, term.text + tr(" in ") + domain, {} };
            if (m.match == Match::Yes) {
                Outcome o;
                o.code = qualifierCode(term.qualifier);
                o.matched = term.text + tr(" in ") + domain;
                o.reason
                    = tr("%1 matched \"%2\" in the SPF record of %3").arg(m_ip.toString(), term.text, domain);
                if (o.code == Code::Fail && !inInclude)
                    o.explanation = explanation(record, ctx);
                return o;
            }
        }

        if (const SpfTerm *redirect = record.redirect()) {
            if (++m_res.dnsLookups > SpfEvaluator::LookupLimit)
                return trace(depth,
                    { Code::PermError,
                        tr("more than %1 DNS lookups are needed (RFC 7208 4.6.4); the limit was crossed at "
                           "\"%2\" in %3's record")
                            .arg(SpfEvaluator::LookupLimit)
                            .arg(redirect->text, domain),
                        {}, {} });
            const Result<QString> target = expandDomain(redirect->domainSpec, ctx);
            if (!target.ok())
                return trace(depth, { Code::PermError, target.error().message, redirect->text, {} });
            if (m_stack.contains(target.value()))
                return trace(depth,
                    { Code::PermError,
                        tr("redirect loop: %1")
                            .arg((m_stack + QStringList { target.value() }).join(QStringLiteral(" -> "))),
                        redirect->text, {} });
            m_res.trace.append(indent + QStringLiteral("  ") + redirect->text + QStringLiteral(" -> follow"));
            m_stack.append(target.value());
            Outcome sub = checkHost(target.value(), depth + 1, inInclude, nullptr);
            m_stack.removeLast();
            if (sub.code == Code::None)
                return trace(depth,
                    { Code::PermError,
                        tr("redirect=%1 in %2 points to a domain without an SPF record (%3)")
                            .arg(target.value(), domain, sub.reason),
                        redirect->text, {} });
            return sub;
        }
        return { Code::Neutral,
            tr("no mechanism in the SPF record of %1 matched %2 and there is no redirect=, so the result is "
               "neutral (RFC 7208 4.7)")
                .arg(domain, m_ip.toString()),
            {}, {} };
    }

    QStringList m_stack;

private:
    Outcome trace(int depth, const Outcome &o)
    {
        m_res.trace.append(QString(depth * 2, QLatin1Char(' ')) + SpfResult::codeName(o.code)
            + QStringLiteral(": ") + o.reason);
        return o;
    }

    Result<QString> expandDomain(const QString &spec, const SpfMacroContext &ctx)
    {
        const Result<QString> e = SpfMacro::expand(spec, ctx);
        if (!e.ok())
            return e;
        return SpfMacro::truncateDomain(normalizedDnsName(e.value()));
    }

    // NXDOMAIN and NODATA are void lookups: more than two is a permerror.
    MatchResult voidLookup(const QString &what)
    {
        if (++m_res.voidLookups > SpfEvaluator::VoidLookupLimit)
            return { Match::PermError,
                tr("more than %1 lookups found nothing (RFC 7208 4.6.4 void lookup limit); the last was %2")
                    .arg(SpfEvaluator::VoidLookupLimit)
                    .arg(what) };
        return { Match::No, tr("%1 found nothing").arg(what) };
    }

    bool inNetwork(const QHostAddress &candidate, int cidr4, int cidr6) const
    {
        bool v4 = false;
        const quint32 a = candidate.toIPv4Address(&v4);
        if (v4 != m_v4)
            return false;
        if (v4)
            return m_ip.isInSubnet(QHostAddress(a), cidr4 < 0 ? 32 : cidr4);
        return m_ip.isInSubnet(candidate, cidr6 < 0 ? 128 : cidr6);
    }

    DnsType addressType() const { return m_v4 ? DnsType::A : DnsType::AAAA; }

    MatchResult matchAddresses(const QString &host, int cidr4, int cidr6, bool countVoid)
    {
        const Result<DnsAnswer> r = m_q.queryBlocking(host, addressType());
        const QString what = host + QLatin1Char(' ') + dnsTypeName(addressType());
        if (!r.ok()) {
            if (isDnsTrouble(r.error().code))
                return { Match::TempError, tr("lookup of %1 failed: %2").arg(what, r.error().message) };
            return countVoid ? voidLookup(what) : MatchResult { Match::No, tr("%1 found nothing").arg(what) };
        }
        for (const QHostAddress &a : r.value().addresses()) {
            if (inNetwork(a, cidr4, cidr6))
                return { Match::Yes, {} };
        }
        return { Match::No, {} };
    }

    MatchResult evaluate(const SpfTerm &term, const SpfMacroContext &ctx, const QString &domain, int depth)
    {
        QString target = domain;
        if (!term.domainSpec.isEmpty() && term.kind != SpfTerm::Kind::Ip4
            && term.kind != SpfTerm::Kind::Ip6) {
            const Result<QString> e = expandDomain(term.domainSpec, ctx);
            if (!e.ok())
                return { Match::PermError, e.error().message };
            target = e.value();
        }
        switch (term.kind) {
        case SpfTerm::Kind::All:
            return { Match::Yes, {} };
        case SpfTerm::Kind::Ip4:
            if (!m_v4)
                return { Match::No, {} };
            return { m_ip.isInSubnet(term.network, term.cidr4 < 0 ? 32 : term.cidr4) ? Match::Yes : Match::No,
                {} };
        case SpfTerm::Kind::Ip6:
            if (m_v4)
                return { Match::No, {} };
            return {
                m_ip.isInSubnet(term.network, term.cidr6 < 0 ? 128 : term.cidr6) ? Match::Yes : Match::No, {}
            };
        case SpfTerm::Kind::A:
            return matchAddresses(target, term.cidr4, term.cidr6, true);
        case SpfTerm::Kind::Exists: {
            // exists always asks for A, whatever the client's address family.
            const Result<DnsAnswer> r = m_q.queryBlocking(target, DnsType::A);
            if (r.ok())
                return { Match::Yes, {} };
            if (isDnsTrouble(r.error().code))
                return { Match::TempError, tr("lookup of %1 A failed: %2").arg(target, r.error().message) };
            return voidLookup(target + QStringLiteral(" A"));
        }
        case SpfTerm::Kind::Mx: {
            const Result<DnsAnswer> r = m_q.queryBlocking(target, DnsType::MX);
            if (!r.ok()) {
                if (isDnsTrouble(r.error().code))
                    return { Match::TempError,
                        tr("lookup of %1 MX failed: %2").arg(target, r.error().message) };
                return voidLookup(target + QStringLiteral(" MX"));
            }
            QList<DnsRecord> mx = r.value().records(DnsType::MX);
            if (mx.size() > 10)
                return { Match::PermError,
                    tr("%1 has %2 MX records; an SPF mx mechanism may look at no more than 10 (RFC 7208 "
                       "4.6.4)")
                        .arg(target, QString::number(mx.size())) };
            std::stable_sort(mx.begin(), mx.end(),
                [](const DnsRecord &a, const DnsRecord &b) { return a.preference < b.preference; });
            for (const DnsRecord &m : std::as_const(mx)) {
                if (m.target.isEmpty() || m.target == QLatin1String("."))
                    continue;
                const MatchResult sub = matchAddresses(m.target, term.cidr4, term.cidr6, false);
                if (sub.match == Match::Yes || sub.match == Match::TempError)
                    return sub;
            }
            return { Match::No, {} };
        }
        case SpfTerm::Kind::Ptr: {
            const QStringList names = validatedNames(target);
            for (const QString &n : names) {
                if (n == target || n.endsWith(QLatin1Char('.') + target))
                    return { Match::Yes, {} };
            }
            return { Match::No,
                names.isEmpty() ? tr("no validated PTR name for %1").arg(m_ip.toString()) : QString() };
        }
        case SpfTerm::Kind::Include: {
            if (m_stack.contains(target))
                return { Match::PermError,
                    tr("include loop: %1")
                        .arg((m_stack + QStringList { target }).join(QStringLiteral(" -> "))) };
            m_stack.append(target);
            const Outcome sub = checkHost(target, depth + 1, true, nullptr);
            m_stack.removeLast();
            switch (sub.code) {
            case Code::Pass:
                return { Match::Yes, {} };
            case Code::Fail:
            case Code::SoftFail:
            case Code::Neutral:
                return { Match::No, {} };
            case Code::TempError:
                return { Match::TempError, sub.reason };
            case Code::PermError:
                return { Match::PermError, sub.reason };
            case Code::None:
                return { Match::PermError,
                    tr("include:%1 points to a domain without an SPF record (%2)").arg(target, sub.reason) };
            }
            return { Match::No, {} };
        }
        case SpfTerm::Kind::Redirect:
        case SpfTerm::Kind::Exp:
        case SpfTerm::Kind::UnknownModifier:
            break;
        }
        return { Match::No, {} };
    }

    // PTR names of the client that resolve back to it (RFC 7208 5.5), at
    // most 10 looked at; names under `preferred` come first.
    QStringList validatedNames(const QString &preferred)
    {
        const Result<DnsAnswer> ptr = m_q.queryBlocking(reverseName(m_ip), DnsType::PTR);
        if (!ptr.ok()) {
            if (!isDnsTrouble(ptr.error().code))
                voidLookup(reverseName(m_ip) + QStringLiteral(" PTR"));
            return {};
        }
        QStringList names;
        for (const DnsRecord &r : ptr.value().records(DnsType::PTR))
            names.append(r.target);
        names = names.mid(0, 10);
        std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
            const bool pa = a == preferred || a.endsWith(QLatin1Char('.') + preferred);
            const bool pb = b == preferred || b.endsWith(QLatin1Char('.') + preferred);
            return pa && !pb;
        });
        QStringList validated;
        for (const QString &n : std::as_const(names)) {
            const Result<DnsAnswer> a = m_q.queryBlocking(n, addressType());
            if (a.ok() && a.value().addresses().contains(m_ip))
                validated.append(n);
        }
        return validated;
    }

    QString validatedName(const QString &domain)
    {
        const QStringList names = validatedNames(domain);
        return names.isEmpty() ? QStringLiteral("unknown") : names.first();
    }

    QString explanation(const SpfRecord &record, const SpfMacroContext &ctx)
    {
        const SpfTerm *exp = record.explanation();
        if (!exp)
            return {};
        const Result<QString> target = expandDomain(exp->domainSpec, ctx);
        if (!target.ok())
            return {};
        const Result<DnsAnswer> txt = m_q.queryBlocking(target.value(), DnsType::TXT);
        // Any trouble with the explanation leaves it out (RFC 7208 6.2).
        if (!txt.ok() || txt.value().texts().size() != 1)
            return {};
        const Result<QString> text = SpfMacro::expand(txt.value().texts().first(), ctx, true);
        return text.ok() ? text.value() : QString();
    }

    DnsQuerier &m_q;
    SpfResult &m_res;
    QHostAddress m_ip;
    bool m_v4 = true;
    QString m_helo;
    QString m_receivingHost;
    qint64 m_timestamp = 0;
};

} // namespace

QString SpfResult::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::Neutral:
        return QStringLiteral("neutral");
    case Code::Pass:
        return QStringLiteral("pass");
    case Code::Fail:
        return QStringLiteral("fail");
    case Code::SoftFail:
        return QStringLiteral("softfail");
    case Code::TempError:
        return QStringLiteral("temperror");
    case Code::PermError:
        return QStringLiteral("permerror");
    }
    return QStringLiteral("none");
}

SpfEvaluator::SpfEvaluator(std::shared_ptr<DnsQuerier> querier)
    : m_querier(std::move(querier))
{
}

QFuture<SpfResult> SpfEvaluator::checkHost(
    const QHostAddress &ip, const QString &domain, const QString &sender, const QString &helo) const
{
    return QtConcurrent::run(dnsCheckPool(), [self = *this, ip, domain, sender, helo] {
        return self.checkHostBlocking(ip, domain, sender, helo);
    });
}

SpfResult SpfEvaluator::checkHostBlocking(
    const QHostAddress &ip, const QString &domainIn, const QString &senderIn, const QString &helo) const
{
    SpfResult res;
    res.ip = ip;
    res.domain = normalizedDnsName(domainIn);
    // RFC 7208 4.3: a sender without local-part is postmaster@; a null
    // reverse-path uses the HELO identity.
    QString sender = senderIn.trimmed();
    if (sender.isEmpty() || sender == QLatin1String("<>"))
        sender = QStringLiteral("postmaster@") + normalizedDnsName(helo.isEmpty() ? domainIn : helo);
    else if (!sender.contains(QLatin1Char('@')))
        sender = QStringLiteral("postmaster@") + sender;
    else if (sender.startsWith(QLatin1Char('@')))
        sender = QStringLiteral("postmaster") + sender;
    res.sender = sender;
    if (ip.isNull()) {
        res.code = Code::PermError;
        res.reason = tr("no client IP address was given");
        return res;
    }
    Evaluation eval(*m_querier, res, helo, m_receivingHost, m_timestamp);
    eval.m_stack.append(res.domain);
    const Outcome o = eval.checkHost(res.domain, 0, false, &res.record);
    res.code = o.code;
    res.reason = o.reason;
    res.matched = o.matched;
    res.explanation = o.explanation;
    res.trace.append(QStringLiteral("result: ") + SpfResult::codeName(o.code) + QStringLiteral(" (")
        + QString::number(res.dnsLookups) + tr(" DNS lookups, ") + QString::number(res.voidLookups)
        + tr(" void)"));
    return res;
}

} // namespace MailOps

#include "guidedrun.h"

#include "common/logging.h"
#include "common/translation.h"
#include "diagnostics/smtpstep.h"
#include "dns/dmarccheck.h"
#include "dns/dnsblchecker.h"
#include "dns/dnsseccheck.h"
#include "dns/mtastspolicy.h"
#include "dns/mxcheck.h"
#include "dns/policyrecordcheck.h"
#include "dns/propagationcheck.h"
#include "dns/resolver.h"
#include "dns/reversednscheck.h"
#include "dns/spfevaluator.h"
#include "dns/tlsacheck.h"
#include "journal/journalsink.h"
#include "net/portprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureSynchronizer>
#include <QMutex>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent>
#include <atomic>
#include <memory>

namespace MailOps {

namespace {

QString tr(const char *s)
{
    return translateIn("MailOps::Worker", s);
}

using V = CheckItem::Verdict;

// What the worker hands to the GUI thread. The worker only ever touches this
// shared state, so deleting or restarting the GuidedRun while a run is in
// flight is safe: the old run finishes into a channel nobody reads.
struct Channel
{
    QMutex mutex;
    QList<CheckItem> updates;
    QList<EvidenceReport::Conclusion> conclusions;
    int total = 0;
    int done = 0;
    bool finished = false;
    std::atomic<bool> cancelled { false };
    // The run's checks mostly wait on the network, side by side; a pool of
    // the run's own leaves the application's pool as it was.
    QThreadPool pool;

    Channel() { pool.setMaxThreadCount(24); }

    void post(const CheckItem &item)
    {
        QMutexLocker lock(&mutex);
        if (item.isFinished())
            ++done;
        updates << item;
    }
    void expect(int n)
    {
        QMutexLocker lock(&mutex);
        total += n;
    }
    void conclude(
        V severity, const QString &headline, const QString &explanation, const QStringList &evidence)
    {
        QMutexLocker lock(&mutex);
        conclusions << EvidenceReport::Conclusion { severity, headline, explanation, evidence };
    }
};

CheckItem makeItem(
    const QString &id, const QString &parent, const QString &title, V verdict, const QString &summary = {})
{
    CheckItem i;
    i.id = id;
    i.parentId = parent;
    i.title = title;
    i.verdict = verdict;
    i.summary = summary;
    return i;
}

class Worker
{
public:
    Worker(std::shared_ptr<Channel> channel, GuidedRun::Options options, std::shared_ptr<DnsQuerier> querier)
        : m_ch(std::move(channel))
        , m_o(std::move(options))
    {
        if (querier) {
            m_dns = querier;
            m_dnssec = std::move(querier);
            return;
        }
        ResolverOptions ro;
        if (!m_o.dnsServer.isEmpty())
            ro.servers << DnsServer { QHostAddress(m_o.dnsServer), m_o.dnsPort };
        ro.timeoutMs = qBound(500, m_o.timeoutMs / 2, 5000);
        m_dns = std::make_shared<Resolver>(ro);
        // DNSSEC and DANE want the signatures; the other checks do not
        // need answers that large.
        ro.dnssecOk = true;
        m_dnssec = std::make_shared<Resolver>(ro);
    }

    void run();

private:
    bool cancelled() const { return m_ch->cancelled.load(); }
    void checkMx();
    void checkHosts();
    void checkDnsbl();
    void checkSpf();
    void checkDmarc();
    void checkSender();
    void checkMtaSts();
    void checkDnssec();
    void checkDane();
    void checkPropagation();
    void checkPorts();
    QList<MxHost> firstHosts() const { return m_mx.hosts.mid(0, 5); }

    std::shared_ptr<Channel> m_ch;
    GuidedRun::Options m_o;
    std::shared_ptr<DnsQuerier> m_dns;
    std::shared_ptr<DnsQuerier> m_dnssec;
    MxReport m_mx;
    QList<QHostAddress> m_mxAddresses;
};

void Worker::run()
{
    m_ch->expect(1);
    checkMx();
    if (cancelled())
        return;
    // Everything after the MX lookup is independent: run it side by side so
    // the whole run costs about the slowest check, not their sum.
    QFutureSynchronizer<void> sync;
    sync.addFuture(QtConcurrent::run(&m_ch->pool, [this] { checkHosts(); }));
    sync.addFuture(QtConcurrent::run(&m_ch->pool, [this] { checkDnsbl(); }));
    sync.addFuture(QtConcurrent::run(&m_ch->pool, [this] { checkSpf(); }));
    sync.addFuture(QtConcurrent::run(&m_ch->pool, [this] { checkDmarc(); }));
    sync.addFuture(QtConcurrent::run(&m_ch->pool, [this] { checkMtaSts(); }));
    sync.addFuture(QtConcurrent::run(&m_ch->pool, [this] { checkDnssec(); }));
    sync.addFuture(QtConcurrent::run(&m_ch->pool, [this] { checkDane(); }));
    sync.addFuture(QtConcurrent::run(&m_ch->pool, [this] { checkPropagation(); }));
    sync.addFuture(QtConcurrent::run(&m_ch->pool, [this] { checkPorts(); }));
    if (!m_o.senderIp.isEmpty() || !m_o.helo.isEmpty())
        sync.addFuture(QtConcurrent::run(&m_ch->pool, [this] { checkSender(); }));
    sync.waitForFinished();
}

void Worker::checkMx()
{
    QElapsedTimer t;
    t.start();
    m_ch->post(makeItem(QStringLiteral("mx"), {}, tr("Mail servers (MX) of %1").arg(m_o.domain), V::Running));
    m_mx = MxCheck::runBlocking(*m_dns, m_o.domain);
    CheckItem item = makeItem(
        QStringLiteral("mx"), {}, tr("Mail servers (MX) of %1").arg(m_o.domain), V::Pass, m_mx.verdict);
    item.elapsedMs = t.elapsed();
    QStringList evidence;
    QJsonArray hosts;
    for (const MxHost &h : std::as_const(m_mx.hosts)) {
        QStringList addrs;
        for (const QHostAddress &a : h.addresses)
            addrs << a.toString();
        evidence << QStringLiteral("%1 IN MX %2 %3.  ->  %4")
                        .arg(m_o.domain)
                        .arg(h.preference)
                        .arg(h.name, addrs.isEmpty() ? tr("(no address)") : addrs.join(QStringLiteral(", ")));
        for (const QString &p : h.problems)
            evidence << QStringLiteral("    ") + p;
        hosts.append(
            QJsonObject { { QStringLiteral("preference"), h.preference }, { QStringLiteral("name"), h.name },
                { QStringLiteral("addresses"), QJsonArray::fromStringList(addrs) } });
        for (const QHostAddress &a : h.addresses) {
            if (!m_mxAddresses.contains(a))
                m_mxAddresses << a;
        }
    }
    item.evidence = evidence.join(QLatin1Char('\n'));
    item.data.insert(QStringLiteral("hosts"), hosts);
    item.data.insert(QStringLiteral("implicitMx"), m_mx.implicitMx);
    item.data.insert(QStringLiteral("nullMx"), m_mx.nullMx);
    if (m_mx.error && m_mx.error->code == Error::Code::NxDomain) {
        item.verdict = V::Fail;
        item.evidence += QStringLiteral("\n") + m_mx.error->toString();
        m_ch->conclude(V::Fail, tr("The domain %1 does not exist in DNS").arg(m_o.domain),
            tr("Its DNS servers answer NXDOMAIN: no sender can find a mail server for it. Check the "
               "spelling, "
               "the registration and the delegation of the domain."),
            { QStringLiteral("mx") });
    } else if (m_mx.error) {
        item.verdict = V::Error;
        item.evidence += QStringLiteral("\n") + m_mx.error->toString();
        m_ch->conclude(V::Error, tr("The DNS lookup of %1's mail servers failed").arg(m_o.domain),
            tr("%1. This is not the same as \"no mail server\": the DNS servers asked did not give an "
               "answer, "
               "so nothing could be checked further.")
                .arg(m_mx.error->message),
            { QStringLiteral("mx") });
    } else if (m_mx.nullMx) {
        item.verdict = V::Fail;
        m_ch->conclude(V::Fail, tr("%1 says it accepts no mail at all (null MX)").arg(m_o.domain),
            tr("The domain publishes \"MX 0 .\" (RFC 7505): every sender is told to give up. Remove it if "
               "the "
               "domain should receive mail."),
            { QStringLiteral("mx") });
    } else if (!m_mx.ok()) {
        item.verdict = V::Fail;
        m_ch->conclude(V::Fail, tr("%1 has no reachable mail server in DNS").arg(m_o.domain), m_mx.verdict,
            { QStringLiteral("mx") });
    } else if (m_mx.implicitMx) {
        item.verdict = V::Warning;
    }
    m_ch->post(item);
}

void Worker::checkHosts()
{
    // At most the first five MX hosts and two addresses each: enough to find
    // the fault, bounded against a domain that publishes hundreds.
    int hostCount = 0;
    QList<std::pair<QString, QHostAddress>> targets;
    for (const MxHost &h : std::as_const(m_mx.hosts)) {
        if (++hostCount > 5)
            break;
        int n = 0;
        for (const QHostAddress &a : h.addresses) {
            if (++n > 2)
                break;
            targets << std::pair { h.name, a };
        }
    }
    m_ch->expect(int(targets.size()) * 2);
    // Each host line takes the worst verdict of its checks once they are in.
    QMutex hostMutex;
    QHash<QString, std::pair<V, QStringList>> hostState;
    auto childDone = [&](const QString &base, const QString &title, V v, const QString &what) {
        QMutexLocker lock(&hostMutex);
        auto &[worst, notes] = hostState[base];
        worst = notes.isEmpty() ? v : CheckItem::worst(worst, v);
        if (v >= V::Warning)
            notes << what;
        else
            notes << QString();
        if (notes.size() == 2) {
            notes.removeAll(QString());
            m_ch->post(makeItem(base, QStringLiteral("mx"), title, worst,
                notes.isEmpty() ? tr("reachable, greets, accepts mail") : notes.join(QStringLiteral("; "))));
        }
    };
    QList<EvidenceReport::Conclusion> smtpFindings;
    bool anyAccepts = false;
    QFutureSynchronizer<void> sync;
    for (const auto &[host, address] : std::as_const(targets)) {
        const QString base = QStringLiteral("mx/%1/%2").arg(host, address.toString());
        const QString hostTitle = tr("%1 (%2)").arg(host, address.toString());
        m_ch->post(makeItem(base, QStringLiteral("mx"), hostTitle, V::Running));
        const QHostAddress a = address;
        const QString h = host;
        sync.addFuture(QtConcurrent::run(&m_ch->pool, [this, base, a, hostTitle, &childDone] {
            const QString id = base + QStringLiteral("/ptr");
            m_ch->post(makeItem(id, base, tr("Reverse DNS"), V::Running));
            QElapsedTimer t;
            t.start();
            const ReverseDnsReport r = ReverseDnsCheck::runBlocking(*m_dns, a);
            CheckItem item = makeItem(id, base, tr("Reverse DNS"), V::Pass, r.summary);
            item.elapsedMs = t.elapsed();
            item.evidence = r.details.join(QLatin1Char('\n'));
            item.data.insert(QStringLiteral("verdict"), ReverseDnsReport::verdictName(r.verdict));
            switch (r.verdict) {
            case ReverseDnsReport::Verdict::Confirmed:
                break;
            case ReverseDnsReport::Verdict::MissingPtr:
            case ReverseDnsReport::Verdict::ForgedPtr:
                item.verdict = V::Warning;
                break;
            case ReverseDnsReport::Verdict::Unknown:
                item.verdict = V::Error;
                break;
            }
            m_ch->post(item);
            childDone(base, hostTitle, item.verdict,
                tr("reverse DNS: %1").arg(ReverseDnsReport::verdictName(r.verdict)));
        }));
        sync.addFuture(QtConcurrent::run(
            &m_ch->pool, [this, base, h, a, hostTitle, &childDone, &hostMutex, &smtpFindings, &anyAccepts] {
                const SmtpStepResult s = runSmtpStep(h, a, m_o.smtpPort, m_o.domain, m_o.recipient,
                    m_o.timeoutMs, [this] { return cancelled(); });
                CheckItem item = makeItem(base + QStringLiteral("/smtp"), base,
                    tr("SMTP on port %1").arg(m_o.smtpPort), s.verdict, s.summary);
                item.evidence = s.transcript;
                item.evidenceSyntax = QString();
                item.elapsedMs = s.elapsedMs;
                item.data = s.data;
                m_ch->post(item);
                {
                    QMutexLocker lock(&hostMutex);
                    if (!s.conclusion.isEmpty())
                        smtpFindings << EvidenceReport::Conclusion { s.verdict, s.conclusion, s.advice,
                            { item.id } };
                    const int rcpt = s.data.value(QStringLiteral("rcptCode")).toInt();
                    anyAccepts |= rcpt == 250 || rcpt == 251;
                }
                childDone(base, hostTitle, item.verdict, s.summary);
            }));
    }
    sync.waitForFinished();
    // While one MX takes the mail, a broken other one delays mail (senders
    // retry it first or after) but does not stop it: a warning, not a failure.
    for (EvidenceReport::Conclusion &c : smtpFindings) {
        if (anyAccepts && c.severity == V::Fail) {
            c.severity = V::Warning;
            c.explanation += QLatin1Char(' ')
                + tr("Another MX of the domain accepts mail, so mail still arrives, but "
                     "senders that try this one first are delayed.");
        }
        m_ch->conclude(c.severity, c.headline, c.explanation, c.evidenceIds);
    }
    if (!anyAccepts && !targets.isEmpty())
        m_ch->conclude(V::Fail, tr("No mail server of %1 accepts mail for it from here").arg(m_o.domain),
            tr("Every MX address was tried; see the findings above for why each one failed."),
            { QStringLiteral("mx") });
}

void Worker::checkDnsbl()
{
    QList<QHostAddress> ips = m_mxAddresses.mid(0, 10);
    const QHostAddress sender(m_o.senderIp);
    if (!sender.isNull() && !ips.contains(sender))
        ips << sender;
    m_ch->expect(1);
    const QString id = QStringLiteral("dnsbl");
    const QStringList lists = m_o.dnsbls.isEmpty() ? GuidedRun::defaultDnsbls() : m_o.dnsbls;
    m_ch->post(makeItem(id, {}, tr("Blocklists (DNSBL)"), V::Running,
        tr("%1 addresses against %2 lists").arg(ips.size()).arg(lists.size())));
    if (ips.isEmpty()) {
        m_ch->post(makeItem(id, {}, tr("Blocklists (DNSBL)"), V::Skipped, tr("no address to check")));
        return;
    }
    QElapsedTimer t;
    t.start();
    DnsblChecker checker(m_dns);
    const QList<DnsblReport> reports = checker.checkManyBlocking(ips, lists);
    V overall = V::Pass;
    QStringList listedSummary;
    QStringList deadReported;
    QJsonArray json;
    for (const DnsblReport &r : reports) {
        const QString childId = id + QLatin1Char('/') + r.ip.toString();
        V v = V::Pass;
        QStringList on;
        for (const DnsblListResult &l : r.lists) {
            if (l.trustworthyListing())
                on << l.zone;
        }
        if (!on.isEmpty())
            v = V::Fail;
        CheckItem child = makeItem(childId, id, r.ip.toString(), v,
            on.isEmpty() ? tr("not listed on any working list")
                         : tr("listed on %1").arg(on.join(QStringLiteral(", "))));
        child.evidence = r.toText();
        child.elapsedMs = r.elapsedMs;
        child.data = r.toJson();
        json.append(r.toJson());
        m_ch->post(child);
        overall = V(qMax(int(overall), int(v)));
        if (!on.isEmpty()) {
            listedSummary << tr("%1 on %2").arg(r.ip.toString(), on.join(QStringLiteral(", ")));
            QStringList reasons;
            for (const DnsblListResult &l : r.lists) {
                if (l.trustworthyListing() && !l.reason.isEmpty())
                    reasons << QStringLiteral("%1: %2").arg(l.zone, l.reason);
            }
            m_ch->conclude(V::Fail,
                tr("%1 is listed on %2").arg(r.ip.toString(), on.join(QStringLiteral(", "))),
                reasons.isEmpty() ? tr("Receivers that use these lists reject mail from this address.")
                                  : reasons.join(QStringLiteral("; ")),
                { childId });
        }
        for (const DnsblListResult &l : r.lists) {
            if (l.health == DnsblListResult::Health::Dead && !deadReported.contains(l.zone)) {
                deadReported << l.zone;
                overall = V(qMax(int(overall), int(V::Fail)));
                m_ch->conclude(V::Fail, tr("The blocklist %1 is dead: it lists every address").arg(l.zone),
                    tr("It lists the test address 127.0.0.1, which no working list does (RFC 5782). Anyone "
                       "who "
                       "still uses it rejects ALL mail. Remove it from every configuration that queries it."),
                    { childId });
            }
        }
    }
    CheckItem item = makeItem(id, {}, tr("Blocklists (DNSBL)"), overall,
        listedSummary.isEmpty() ? tr("no address is listed on a working list")
                                : listedSummary.join(QStringLiteral("; ")));
    if (!deadReported.isEmpty())
        item.summary
            += QStringLiteral("; ") + tr("dead lists: %1").arg(deadReported.join(QStringLiteral(", ")));
    // Each address's child item carries its own evidence; the parent sums up.
    item.elapsedMs = t.elapsed();
    item.data.insert(QStringLiteral("reports"), json);
    m_ch->post(item);
}

void Worker::checkSpf()
{
    const QString domain = m_o.senderDomain.isEmpty() ? m_o.domain : m_o.senderDomain;
    const QString id = QStringLiteral("spf");
    m_ch->expect(1);
    m_ch->post(makeItem(id, {}, tr("SPF of %1").arg(domain), V::Running));
    // Without a sending IP, ask whether the domain's own first MX may send
    // for it: it shows the record is there and evaluates cleanly.
    QHostAddress ip(m_o.senderIp);
    const bool ownMx = ip.isNull();
    if (ownMx && !m_mxAddresses.isEmpty())
        ip = m_mxAddresses.constFirst();
    if (ip.isNull()) {
        m_ch->post(makeItem(id, {}, tr("SPF of %1").arg(domain), V::Skipped, tr("no address to evaluate")));
        return;
    }
    QElapsedTimer t;
    t.start();
    SpfEvaluator spf(m_dns);
    const SpfResult r = spf.checkHostBlocking(ip, domain, QStringLiteral("postmaster@") + domain, m_o.helo);
    V v = V::Pass;
    switch (r.code) {
    case SpfResult::Code::Pass:
        v = V::Pass;
        break;
    case SpfResult::Code::None:
    case SpfResult::Code::Neutral:
        v = V::Info;
        break;
    case SpfResult::Code::SoftFail:
        v = ownMx ? V::Info : V::Warning;
        break;
    case SpfResult::Code::Fail:
        v = ownMx ? V::Info : V::Fail;
        break;
    case SpfResult::Code::TempError:
        v = V::Error;
        break;
    case SpfResult::Code::PermError:
        v = V::Fail;
        break;
    }
    CheckItem item = makeItem(id, {}, tr("SPF of %1").arg(domain), v,
        tr("%1 for %2: %3").arg(r.codeName(), ip.toString(), r.reason));
    item.evidence
        = (r.record.isEmpty() ? QString()
                              : domain + QStringLiteral(" TXT \"") + r.record + QStringLiteral("\"\n\n"))
        + r.trace.join(QLatin1Char('\n'));
    item.elapsedMs = t.elapsed();
    item.data
        = QJsonObject { { QStringLiteral("result"), r.codeName() }, { QStringLiteral("ip"), ip.toString() },
              { QStringLiteral("record"), r.record }, { QStringLiteral("lookups"), r.dnsLookups } };
    m_ch->post(item);
    if (r.code == SpfResult::Code::PermError) {
        m_ch->conclude(V::Fail, tr("The SPF record of %1 is broken (permerror)").arg(domain),
            tr("%1 Receivers that enforce SPF may reject or junk this domain's mail.").arg(r.reason), { id });
    } else if (!ownMx && r.code == SpfResult::Code::Fail) {
        m_ch->conclude(V::Fail, tr("SPF of %1 does not allow %2 to send for it").arg(domain, ip.toString()),
            r.explanation.isEmpty() ? r.reason : r.explanation, { id });
    }
}

void Worker::checkDmarc()
{
    const QString domain = m_o.senderDomain.isEmpty() ? m_o.domain : m_o.senderDomain;
    const QString id = QStringLiteral("dmarc");
    m_ch->expect(1);
    m_ch->post(makeItem(id, {}, tr("DMARC of %1").arg(domain), V::Running));
    QElapsedTimer t;
    t.start();
    const DmarcReport r = DmarcCheck::runBlocking(*m_dns, domain);
    V v = V::Pass;
    if (r.error)
        v = r.record ? V::Warning : V::Error;
    else if (!r.warnings.isEmpty())
        v = V::Warning;
    else if (r.missing)
        v = V::Info;
    CheckItem item = makeItem(id, {}, tr("DMARC of %1").arg(domain), v, r.summary);
    QStringList evidence;
    if (!r.raw.isEmpty())
        evidence << r.queriedName + QStringLiteral(" TXT \"") + r.raw + QStringLiteral("\"");
    if (r.error)
        evidence << r.error->toString();
    for (const QString &w : r.warnings)
        evidence << tr("warning: %1").arg(w);
    if (r.record) {
        for (const QString &a : r.record->advice)
            evidence << tr("advice: %1").arg(a);
        item.data.insert(QStringLiteral("policy"), DmarcRecord::policyName(r.effectivePolicy));
    }
    item.data.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    item.evidence = evidence.join(QLatin1Char('\n'));
    item.elapsedMs = t.elapsed();
    m_ch->post(item);
    if (r.error && r.error->code == Error::Code::ParseError)
        m_ch->conclude(V::Warning, tr("The DMARC record of %1 has a syntax error").arg(domain),
            r.error->message, { id });
    else if (!r.warnings.isEmpty())
        m_ch->conclude(V::Warning,
            r.record ? tr("The DMARC record of %1 has slips receivers step over; they apply p=%2")
                           .arg(domain, DmarcRecord::policyName(r.effectivePolicy))
                     : tr("%1 publishes a DMARC record receivers discard").arg(domain),
            r.warnings.join(QLatin1Char(' ')), { id });
}

void Worker::checkMtaSts()
{
    const QString id = QStringLiteral("mta-sts");
    const QString title = tr("MTA-STS of %1").arg(m_o.domain);
    m_ch->expect(1);
    m_ch->post(makeItem(id, {}, title, V::Running));
    QElapsedTimer t;
    t.start();
    const PolicyRecordReport txt = PolicyRecordCheck::mtaStsBlocking(*m_dns, m_o.domain);
    if (txt.status == PolicyRecordReport::Status::Missing) {
        CheckItem item = makeItem(id, {}, title, V::Info, tr("no MTA-STS policy published (optional)"));
        item.elapsedMs = t.elapsed();
        m_ch->post(item);
        return;
    }
    QStringList evidence { txt.name + QStringLiteral(" TXT \"") + txt.raw + QStringLiteral("\"") };
    if (txt.status != PolicyRecordReport::Status::Valid) {
        CheckItem item = makeItem(id, {}, title, V::Warning, txt.summary);
        item.evidence = evidence.join(QLatin1Char('\n'));
        item.elapsedMs = t.elapsed();
        m_ch->post(item);
        return;
    }
    // The policy file itself, over HTTPS as a sending MTA fetches it. The
    // host is looked up through the same DNS server as everything else, so
    // the run asks no resolver the admin did not choose.
    MtaStsFetcher fetcher;
    fetcher.setTimeout(qMax(m_o.timeoutMs, 1000));
    const QString policyHost = MtaStsFetcher::policyUrl(m_o.domain).host();
    const Result<DnsAnswer> address = m_dns->queryBlocking(policyHost, DnsType::A);
    if (!address || address->addresses().isEmpty()) {
        CheckItem item = makeItem(id, {}, title, V::Warning,
            tr("the TXT record announces a policy, but %1 has no address%2")
                .arg(policyHost, address ? QString() : QStringLiteral(": ") + address.error().message));
        item.evidence = evidence.join(QLatin1Char('\n'));
        item.elapsedMs = t.elapsed();
        m_ch->post(item);
        m_ch->conclude(V::Warning, tr("The MTA-STS policy of %1 cannot be fetched").arg(m_o.domain),
            item.summary, { id });
        return;
    }
    QUrl target;
    target.setScheme(QStringLiteral("https"));
    target.setHost(address->addresses().constFirst().toString());
    target.setPort(443);
    fetcher.setConnectOverride(target);
    QEventLoop loop;
    Result<MtaStsPolicy> policy;
    QObject::connect(&fetcher, &MtaStsFetcher::finished, &loop, [&](const Result<MtaStsPolicy> &r) {
        policy = r;
        loop.quit();
    });
    fetcher.fetch(m_o.domain);
    loop.exec();
    CheckItem item = makeItem(id, {}, title, V::Pass, QString());
    evidence << MtaStsFetcher::policyUrl(m_o.domain).toString();
    if (!policy) {
        item.verdict = V::Warning;
        item.summary = tr("the TXT record announces a policy, but it cannot be fetched: %1")
                           .arg(policy.error().message);
        evidence << policy.error().toString();
        m_ch->conclude(V::Warning, tr("The MTA-STS policy of %1 cannot be fetched").arg(m_o.domain),
            tr("%1. Senders that cached an older policy keep applying it; new senders ignore MTA-STS for "
               "this domain.")
                .arg(policy.error().message),
            { id });
    } else {
        evidence << policy->raw;
        QStringList notAllowed;
        for (const MxHost &h : std::as_const(m_mx.hosts)) {
            if (!policy->allows(h.name))
                notAllowed << h.name;
        }
        item.summary = tr("mode %1, %2 MX pattern(s), max_age %3 s")
                           .arg(MtaStsPolicy::modeName(policy->mode))
                           .arg(policy->mx.size())
                           .arg(policy->maxAge);
        if (!notAllowed.isEmpty() && policy->mode == MtaStsPolicy::Mode::Enforce) {
            item.verdict = V::Fail;
            m_ch->conclude(V::Fail,
                tr("The MTA-STS policy of %1 does not list its MX %2")
                    .arg(m_o.domain, notAllowed.join(QStringLiteral(", "))),
                tr("In enforce mode, senders that honour MTA-STS refuse to deliver to an MX the policy does "
                   "not name."),
                { id });
        } else if (!notAllowed.isEmpty() || !policy->problems.isEmpty()) {
            item.verdict = V::Warning;
        }
        if (!policy->problems.isEmpty())
            item.summary += QStringLiteral("; ") + policy->problems.join(QStringLiteral("; "));
    }
    item.evidence = evidence.join(QLatin1Char('\n'));
    item.elapsedMs = t.elapsed();
    m_ch->post(item);
}

void Worker::checkSender()
{
    const QHostAddress ip(m_o.senderIp);
    const QString id = QStringLiteral("sender");
    m_ch->expect(1);
    if (ip.isNull()) {
        m_ch->post(makeItem(
            id, {}, tr("Sending host"), V::Skipped, tr("give the sending IP to compare HELO and PTR")));
        return;
    }
    m_ch->post(makeItem(id, {}, tr("Sending host %1").arg(ip.toString()), V::Running));
    QElapsedTimer t;
    t.start();
    const ReverseDnsReport r = ReverseDnsCheck::runBlocking(*m_dns, ip, m_o.helo);
    V v = V::Pass;
    if (r.verdict == ReverseDnsReport::Verdict::MissingPtr
        || r.verdict == ReverseDnsReport::Verdict::ForgedPtr)
        v = V::Warning;
    else if (r.verdict == ReverseDnsReport::Verdict::Unknown)
        v = V::Error;
    if (r.heloVerdict == ReverseDnsReport::Helo::PointsElsewhere
        || r.heloVerdict == ReverseDnsReport::Helo::DoesNotResolve)
        v = CheckItem::worst(v, V::Warning);
    CheckItem item = makeItem(id, {}, tr("Sending host %1").arg(ip.toString()), v, r.summary);
    item.evidence = r.details.join(QLatin1Char('\n'));
    item.elapsedMs = t.elapsed();
    item.data = QJsonObject { { QStringLiteral("ptr"), ReverseDnsReport::verdictName(r.verdict) },
        { QStringLiteral("helo"), ReverseDnsReport::heloName(r.heloVerdict) } };
    m_ch->post(item);
    if (r.verdict == ReverseDnsReport::Verdict::MissingPtr) {
        m_ch->conclude(V::Warning, tr("The sending address %1 has no reverse DNS (PTR)").arg(ip.toString()),
            tr("Many receivers tempfail or reject mail from addresses without a PTR record (450 4.7.1 "
               "\"cannot find your hostname\"). Ask whoever runs the address block to publish one that "
               "resolves back to it."),
            { id });
    } else if (r.verdict == ReverseDnsReport::Verdict::ForgedPtr) {
        m_ch->conclude(V::Warning,
            tr("The reverse DNS of %1 is not confirmed (forged PTR)").arg(ip.toString()),
            tr("%1 Receivers that require forward-confirmed reverse DNS will refuse this sender.")
                .arg(r.summary),
            { id });
    }
}

void Worker::checkDnssec()
{
    m_ch->expect(1);
    const QString id = QStringLiteral("dnssec");
    const QString title = tr("DNSSEC of %1").arg(m_o.domain);
    m_ch->post(makeItem(id, {}, title, V::Running));
    QElapsedTimer t;
    t.start();
    const DnssecReport r = DnssecCheck::runBlocking(*m_dnssec, m_o.domain, DnsType::MX, {});
    V v = V::Info;
    QString summary = r.summary;
    switch (r.status) {
    case DnssecReport::Status::Secure:
        v = V::Pass;
        break;
    case DnssecReport::Status::Indeterminate:
        v = r.authenticatedByResolver ? V::Pass : V::Info;
        summary = r.authenticatedByResolver
            ? tr("signed by %1; the resolver asked validated it").arg(r.signer)
            : tr("signed by %1; not validated here (the resolver asked does not validate)").arg(r.signer);
        break;
    case DnssecReport::Status::Bogus:
        v = V::Fail;
        m_ch->conclude(V::Fail, tr("The DNSSEC signatures of %1 do not verify").arg(m_o.domain),
            tr("Validating resolvers, which most large mail providers use, treat its records as missing, so "
               "their senders find no mail server. Re-sign the zone, or fix the DS record at the parent."),
            { id });
        break;
    case DnssecReport::Status::Unsigned:
        summary = tr("not signed (no DNSSEC)");
        break;
    case DnssecReport::Status::Error:
        v = V::Info;
        break;
    }
    CheckItem item = makeItem(id, {}, title, v, summary);
    item.elapsedMs = t.elapsed();
    item.evidence = r.steps.join(QLatin1Char('\n'));
    item.data.insert(QStringLiteral("status"), DnssecReport::statusName(r.status));
    item.data.insert(QStringLiteral("signer"), r.signer);
    item.data.insert(QStringLiteral("authenticatedByResolver"), r.authenticatedByResolver);
    m_ch->post(item);
}

void Worker::checkDane()
{
    const QList<MxHost> hosts = firstHosts();
    m_ch->expect(1 + int(hosts.size()));
    const QString id = QStringLiteral("dane");
    const QString title = tr("DANE (TLSA) of the mail servers");
    m_ch->post(makeItem(id, {}, title, V::Running));
    if (hosts.isEmpty()) {
        m_ch->post(makeItem(id, {}, title, V::Skipped, tr("no mail server to look up")));
        return;
    }
    int published = 0;
    int unauthenticated = 0;
    for (const MxHost &h : hosts) {
        if (cancelled())
            return;
        const QString childId = id + QLatin1Char('/') + h.name;
        QElapsedTimer t;
        t.start();
        const TlsaReport r = TlsaCheck::runBlocking(*m_dnssec, h.name, 25);
        V v = V::Info;
        if (!r.missing && !r.error) {
            ++published;
            v = r.authenticated ? V::Pass : V::Info;
            unauthenticated += r.authenticated ? 0 : 1;
        }
        CheckItem child = makeItem(childId, id, h.name, v, r.summary);
        child.elapsedMs = t.elapsed();
        child.evidence = r.descriptions.join(QLatin1Char('\n'));
        child.data.insert(QStringLiteral("name"), r.name);
        child.data.insert(QStringLiteral("records"), int(r.records.size()));
        child.data.insert(QStringLiteral("authenticated"), r.authenticated);
        m_ch->post(child);
    }
    QString summary;
    if (published == 0)
        summary = tr("no TLSA records: senders that use DANE fall back to opportunistic TLS");
    else if (unauthenticated > 0)
        summary
            = tr("%1 of %2 servers publish TLSA records; not DNSSEC-validated here, and DANE senders ignore "
                 "records they cannot validate")
                  .arg(published)
                  .arg(hosts.size());
    else
        summary = tr("%1 of %2 servers publish validated TLSA records").arg(published).arg(hosts.size());
    m_ch->post(makeItem(id, {}, title, published > 0 && unauthenticated == 0 ? V::Pass : V::Info, summary));
}

void Worker::checkPropagation()
{
    m_ch->expect(1);
    const QString id = QStringLiteral("propagation");
    const QString title = tr("Name servers of %1 agree").arg(m_o.domain);
    m_ch->post(makeItem(id, {}, title, V::Running));
    QElapsedTimer t;
    t.start();
    PropagationOptions po;
    // A profile's own DNS server (the lab's) serves on its own port.
    po.port = m_o.dnsServer.isEmpty() ? quint16(53) : m_o.dnsPort;
    const PropagationReport r
        = PropagationCheck::runBlocking(*m_dns, m_o.domain, m_o.domain, DnsType::MX, po);
    int answered = 0;
    QStringList evidence;
    for (const PropagationServer &s : r.servers) {
        const bool ok = !s.soaError;
        answered += ok ? 1 : 0;
        evidence << QStringLiteral("%1 (%2): %3  %4")
                        .arg(s.nameServer, s.server.address.toString(),
                            s.serial ? tr("serial %1").arg(*s.serial)
                                     : tr("no SOA: %1").arg(s.soaError ? s.soaError->message : QString()),
                            s.answerError ? s.answerError->message : s.answers.join(QStringLiteral(", ")));
    }
    V v = V::Pass;
    QString summary = r.summary;
    if (r.error) {
        v = V::Info;
        summary = tr("not checked: %1").arg(r.error->message);
    } else if (answered == 0) {
        v = V::Info;
        summary = tr("none of its %1 name servers answered from here").arg(r.servers.size());
    } else if (answered > 1 && (!r.serialsAgree || !r.answersAgree)) {
        v = V::Warning;
        m_ch->conclude(V::Warning, tr("The name servers of %1 give different answers").arg(m_o.domain),
            tr("%1 Senders see one answer or the other depending on the server they ask: a change of the MX "
               "records has not reached every server. Check the zone transfers (NOTIFY, AXFR/IXFR) to the "
               "secondaries.")
                .arg(r.summary),
            { id });
    }
    CheckItem item = makeItem(id, {}, title, v, summary);
    item.elapsedMs = t.elapsed();
    item.evidence = evidence.join(QLatin1Char('\n'));
    item.data.insert(QStringLiteral("serialsAgree"), r.serialsAgree);
    item.data.insert(QStringLiteral("answersAgree"), r.answersAgree);
    item.data.insert(QStringLiteral("servers"), int(r.servers.size()));
    m_ch->post(item);
}

void Worker::checkPorts()
{
    const QList<MxHost> hosts = firstHosts();
    m_ch->expect(1 + int(hosts.size()));
    const QString id = QStringLiteral("ports");
    const QString title = tr("Mail ports of the mail servers");
    m_ch->post(makeItem(id, {}, title, V::Running, tr("SMTP, submission and submissions, from here")));
    if (hosts.isEmpty()) {
        m_ch->post(makeItem(id, {}, title, V::Skipped, tr("no mail server to probe")));
        return;
    }
    QList<quint16> ports { 25, 465, 587 };
    if (!ports.contains(m_o.smtpPort))
        ports.prepend(m_o.smtpPort);
    for (const MxHost &h : hosts) {
        if (cancelled())
            return;
        // The probe lives on this pool thread and needs an event loop of
        // its own for its sockets and timers.
        PortProbe probe;
        QEventLoop loop;
        PortProbeReport report;
        QObject::connect(&probe, &PortProbe::finished, &loop, [&](const PortProbeReport &r) {
            report = r;
            loop.quit();
        });
        if (h.addresses.isEmpty()) {
            // The run's own DNS found no address; the system's is not asked.
            m_ch->post(
                makeItem(id + QLatin1Char('/') + h.name, id, h.name, V::Skipped, tr("no address to probe")));
            continue;
        }
        PortProbe::Options po;
        po.host = h.addresses.constFirst().toString();
        po.ports = ports;
        po.timeoutMs = qBound(500, m_o.timeoutMs, 10000);
        po.maxAddressesPerFamily = 1;
        probe.start(po);
        if (probe.isRunning())
            loop.exec();
        QStringList states;
        QStringList evidence;
        for (const PortProbeResult &r : std::as_const(report.results)) {
            states << QStringLiteral("%1 %2").arg(r.port).arg(PortProbeResult::stateName(r.state));
            evidence << QStringLiteral("%1 port %2 (%3): %4  %5")
                            .arg(r.address.toString())
                            .arg(r.port)
                            .arg(PortProbeResult::serviceName(r.port), PortProbeResult::stateName(r.state),
                                r.reason);
        }
        CheckItem child = makeItem(id + QLatin1Char('/') + h.name, id, h.name, V::Info,
            report.lookupError ? report.lookupError->message : states.join(QStringLiteral(", ")));
        child.evidence = evidence.join(QLatin1Char('\n'));
        child.elapsedMs = report.elapsedMs;
        m_ch->post(child);
    }
    m_ch->post(makeItem(id, {}, title, V::Info, tr("%1 servers probed").arg(hosts.size())));
}

} // namespace

class GuidedRun::Private
{
public:
    std::shared_ptr<Channel> channel;
    QTimer poll;
    QElapsedTimer elapsed;
};

GuidedRun::Options GuidedRun::Options::forProfile(const GatewayProfile &profile, const QString &domain)
{
    Options o;
    o.domain = domain.trimmed().toLower();
    o.profile = profile.name;
    o.dnsServer = profile.dnsServer;
    o.dnsPort = profile.dnsPort;
    o.dnsbls = profile.dnsbls;
    // The lab's MTA is not on port 25; elsewhere the MX is asked on 25.
    if (profile == GatewayProfile::lab())
        o.smtpPort = profile.smtpPort;
    return o;
}

GuidedRun::GuidedRun(JournalSink *journal, QObject *parent)
    : QObject(parent)
    , d(new Private)
    , m_journal(journal)
{
    d->poll.setInterval(40);
    connect(&d->poll, &QTimer::timeout, this, [this] {
        if (!d->channel)
            return;
        QList<CheckItem> updates;
        QList<EvidenceReport::Conclusion> conclusions;
        int done = 0, total = 0;
        bool finishedNow = false;
        {
            QMutexLocker lock(&d->channel->mutex);
            updates.swap(d->channel->updates);
            conclusions = d->channel->conclusions;
            done = d->channel->done;
            total = d->channel->total;
            finishedNow = d->channel->finished;
        }
        for (const CheckItem &i : std::as_const(updates))
            update(i);
        if (!updates.isEmpty())
            Q_EMIT progress(done, qMax(total, done));
        if (finishedNow) {
            std::stable_sort(conclusions.begin(), conclusions.end(),
                [](const auto &a, const auto &b) { return a.severity > b.severity; });
            m_report.conclusions = conclusions;
            finish();
        }
    });
}

GuidedRun::~GuidedRun()
{
    cancel();
    delete d;
}

QStringList GuidedRun::defaultDnsbls()
{
    return DnsblChecker::defaultLists();
}

void GuidedRun::start(const Options &options)
{
    if (m_running)
        cancel();
    m_options = options;
    m_report = EvidenceReport();
    m_report.question = tr("Why is mail for %1 not arriving?").arg(options.domain);
    m_report.target = options.domain;
    if (!options.senderIp.isEmpty())
        m_report.target += tr(", sent from %1").arg(options.senderIp);
    m_report.vantage = EvidenceReport::thisHost()
        + (options.dnsServer.isEmpty()
                ? QString()
                : tr(", DNS asked at %1 port %2").arg(options.dnsServer).arg(options.dnsPort));
    m_report.started = QDateTime::currentDateTimeUtc();
    m_running = true;
    d->elapsed.start();

    auto channel = std::make_shared<Channel>();
    d->channel = channel;
    // The orchestration blocks on its own lookups, so it gets a thread of its
    // own rather than one of the pool's.
    QThread *thread = QThread::create([channel, options, querier = m_querier] {
        Worker(channel, options, querier).run();
        QMutexLocker lock(&channel->mutex);
        channel->finished = true;
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    d->poll.start();
}

void GuidedRun::setQuerier(std::shared_ptr<DnsQuerier> querier)
{
    m_querier = std::move(querier);
}

void GuidedRun::cancel()
{
    if (!m_running)
        return;
    d->channel->cancelled = true;
    // Forget the run: whatever it still reports lands in a channel nobody reads.
    d->channel.reset();
    CheckItem c;
    c.id = QStringLiteral("cancelled");
    c.title = tr("Run cancelled");
    c.verdict = CheckItem::Verdict::Skipped;
    c.summary = tr("cancelled after %1 ms; checks still running were abandoned").arg(d->elapsed.elapsed());
    update(c);
    for (CheckItem &i : m_report.items) {
        if (!i.isFinished()) {
            i.verdict = CheckItem::Verdict::Skipped;
            i.summary = tr("cancelled");
            Q_EMIT itemUpdated(i);
        }
    }
    finish();
}

void GuidedRun::update(const CheckItem &item)
{
    auto it = std::find_if(
        m_report.items.begin(), m_report.items.end(), [&](const CheckItem &i) { return i.id == item.id; });
    if (it == m_report.items.end())
        m_report.items << item;
    else
        *it = item;
    Q_EMIT itemUpdated(item);
}

void GuidedRun::finish()
{
    d->poll.stop();
    d->channel.reset();
    m_running = false;
    m_report.finished = QDateTime::currentDateTimeUtc();
    record();
    // Parents before children, in the order the checks were started.
    Q_EMIT finished(m_report);
}

void GuidedRun::record()
{
    if (!m_journal)
        return;
    const CheckItem::Verdict overall = m_report.overall();
    const bool cancelled = std::any_of(m_report.items.cbegin(), m_report.items.cend(),
        [](const CheckItem &i) { return i.id == QLatin1String("cancelled"); });
    JournalEvent e;
    e.time = m_report.finished;
    e.profile = m_options.profile;
    e.kind = QStringLiteral("diagnostics.run");
    e.severity = overall == CheckItem::Verdict::Fail ? JournalEvent::Severity::Critical
        : overall >= CheckItem::Verdict::Warning     ? JournalEvent::Severity::Warning
                                                     : JournalEvent::Severity::Info;
    if (cancelled)
        e.summary = tr("Diagnosis of %1 cancelled").arg(m_options.domain);
    else if (m_report.conclusions.isEmpty())
        e.summary = tr("Diagnosis of %1: no problem found").arg(m_options.domain);
    else
        e.summary
            = tr("Diagnosis of %1: %2").arg(m_options.domain, m_report.conclusions.constFirst().headline);
    QJsonArray conclusions;
    for (const EvidenceReport::Conclusion &c : std::as_const(m_report.conclusions))
        conclusions.append(QJsonObject { { QStringLiteral("verdict"), CheckItem::verdictName(c.severity) },
            { QStringLiteral("headline"), c.headline } });
    e.payload = QJsonObject {
        { QStringLiteral("domain"), m_options.domain },
        { QStringLiteral("senderIp"), m_options.senderIp },
        { QStringLiteral("verdict"), CheckItem::verdictName(overall) },
        { QStringLiteral("conclusions"), conclusions },
        { QStringLiteral("cancelled"), cancelled },
        { QStringLiteral("elapsedMs"), m_report.started.msecsTo(m_report.finished) },
    };
    e.subject = QStringLiteral("run:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_journal->record(e);
}

} // namespace MailOps

#include "guidedrun.h"

#include "common/logging.h"
#include "common/translation.h"
#include "common/whenfinished.h"
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
#include "policy/postfixdnsblusage.h"
#include "transport/transport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureSynchronizer>
#include <QMutex>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>
#include <QWaitCondition>
#include <QtConcurrent>
#include <atomic>
#include <climits>
#include <memory>
#include <optional>

namespace MailOps {

namespace {

QString tr(const char *s)
{
    return translateIn("MailOps::Worker", s);
}

using V = CheckItem::Verdict;

// postconf -n answers in well under a second on a local gateway; over ssh
// the login takes most of this.
constexpr int kPolicyTimeoutMs = 15000;

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

    // The gateway's Postfix policy, read on the GUI thread through the
    // session's transport while the checks run; the DNSBL check waits for it.
    QWaitCondition policyArrived;
    bool policyDone = false;
    std::optional<Result<CommandOutput>> policyOutput; // unset: not asked
    QString policyNotAsked; // why it was not asked
    QString policyCommand; // the argv, for the evidence

    Channel() { pool.setMaxThreadCount(24); }

    void post(const CheckItem &item)
    {
        QMutexLocker lock(&mutex);
        if (item.isFinished())
            ++done;
        updates << item;
    }
    // A finished item changed after the fact (a finding re-judged): counted once.
    void repost(const CheckItem &item)
    {
        QMutexLocker lock(&mutex);
        updates << item;
    }
    // postconf's answer, or (no answer) why it was not asked; the first one counts.
    void setPolicy(const std::optional<Result<CommandOutput>> &output, const QString &notAsked = {})
    {
        QMutexLocker lock(&mutex);
        if (policyDone)
            return;
        policyOutput = output;
        policyNotAsked = notAsked;
        policyDone = true;
        policyArrived.wakeAll();
    }
    void setPolicyNotAsked(const QString &why) { setPolicy(std::nullopt, why); }
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
    void announce();
    void awaitPolicy();
    QString usageText(const QString &zone) const;
    QString senderDomain() const { return m_o.senderDomain.isEmpty() ? m_o.domain : m_o.senderDomain; }

    struct Policy
    {
        bool known = false;
        PostfixDnsblUsage usage;
        QString unknown; // why it is not known
        QString source; // the command it was read with
    };

    std::shared_ptr<Channel> m_ch;
    GuidedRun::Options m_o;
    std::shared_ptr<DnsQuerier> m_dns;
    std::shared_ptr<DnsQuerier> m_dnssec;
    MxReport m_mx;
    QList<QHostAddress> m_mxAddresses;
    Policy m_policy;
};

void Worker::run()
{
    m_ch->expect(1);
    checkMx();
    if (cancelled())
        return;
    announce();
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

void Worker::announce()
{
    // The checks below start side by side and answer in any order; naming
    // them all first, in this order, keeps the tree the same from run to run.
    QList<std::pair<QString, QString>> checks {
        { QStringLiteral("dnsbl"), tr("Blocklists (DNSBL)") },
        { QStringLiteral("spf"), tr("SPF of %1").arg(senderDomain()) },
        { QStringLiteral("dmarc"), tr("DMARC of %1").arg(senderDomain()) },
        { QStringLiteral("mta-sts"), tr("MTA-STS of %1").arg(m_o.domain) },
        { QStringLiteral("dnssec"), tr("DNSSEC of %1").arg(m_o.domain) },
        { QStringLiteral("dane"), tr("DANE (TLSA) of the mail servers") },
        { QStringLiteral("propagation"), tr("Name servers of %1 agree").arg(m_o.domain) },
        { QStringLiteral("ports"), tr("Mail ports of the mail servers") },
    };
    if (!m_o.senderIp.isEmpty() || !m_o.helo.isEmpty()) {
        const QHostAddress ip(m_o.senderIp);
        checks << std::pair { QStringLiteral("sender"),
            ip.isNull() ? tr("Sending host") : tr("Sending host %1").arg(ip.toString()) };
    }
    for (const auto &[id, title] : std::as_const(checks))
        m_ch->post(makeItem(id, {}, title, V::Pending));
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
    // Each host line takes the worst verdict of its two checks once both are
    // in; its summary names them in a fixed order, whichever answered first.
    struct HostState
    {
        QString title;
        std::optional<V> ptr;
        std::optional<V> smtp;
        QString ptrNote;
        QString smtpNote;
    };
    QMutex hostMutex;
    QHash<QString, HostState> hostState;
    QHash<QString, CheckItem> smtpItems;
    const auto postHost = [&](const QString &base) {
        const HostState &s = hostState[base];
        if (!s.ptr || !s.smtp)
            return;
        QStringList notes;
        if (*s.ptr >= V::Warning)
            notes << s.ptrNote;
        if (*s.smtp >= V::Warning)
            notes << s.smtpNote;
        m_ch->post(makeItem(base, QStringLiteral("mx"), s.title, CheckItem::worst(*s.ptr, *s.smtp),
            notes.isEmpty() ? tr("reachable, greets, accepts mail") : notes.join(QStringLiteral("; "))));
    };
    QList<EvidenceReport::Conclusion> smtpFindings;
    bool anyAccepts = false;
    QFutureSynchronizer<void> sync;
    for (const auto &[host, address] : std::as_const(targets)) {
        const QString base = QStringLiteral("mx/%1/%2").arg(host, address.toString());
        const QString hostTitle = tr("%1 (%2)").arg(host, address.toString());
        hostState[base].title = hostTitle;
        // Announced in this order before either check starts, so the tree
        // does not depend on which one answers first.
        m_ch->post(makeItem(base, QStringLiteral("mx"), hostTitle, V::Running));
        m_ch->post(makeItem(base + QStringLiteral("/ptr"), base, tr("Reverse DNS"), V::Pending));
        m_ch->post(makeItem(
            base + QStringLiteral("/smtp"), base, tr("SMTP on port %1").arg(m_o.smtpPort), V::Pending));
        const QHostAddress a = address;
        const QString h = host;
        sync.addFuture(QtConcurrent::run(&m_ch->pool, [this, base, a, &hostMutex, &hostState, &postHost] {
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
            QMutexLocker lock(&hostMutex);
            hostState[base].ptr = item.verdict;
            hostState[base].ptrNote = tr("reverse DNS: %1").arg(ReverseDnsReport::verdictName(r.verdict));
            postHost(base);
        }));
        sync.addFuture(QtConcurrent::run(&m_ch->pool,
            [this, base, h, a, &hostMutex, &hostState, &smtpItems, &postHost, &smtpFindings, &anyAccepts] {
                const SmtpStepResult s = runSmtpStep(h, a, m_o.smtpPort, m_o.domain, m_o.recipient,
                    m_o.timeoutMs, [this] { return cancelled(); });
                CheckItem item = makeItem(base + QStringLiteral("/smtp"), base,
                    tr("SMTP on port %1").arg(m_o.smtpPort), s.verdict, s.summary);
                item.evidence = s.transcript;
                item.evidenceSyntax = QString();
                item.elapsedMs = s.elapsedMs;
                item.data = s.data;
                m_ch->post(item);
                QMutexLocker lock(&hostMutex);
                if (!s.conclusion.isEmpty())
                    smtpFindings << EvidenceReport::Conclusion { s.verdict, s.conclusion, s.advice,
                        { item.id } };
                const int rcpt = s.data.value(QStringLiteral("rcptCode")).toInt();
                anyAccepts |= rcpt == 250 || rcpt == 251;
                smtpItems.insert(item.id, item);
                hostState[base].smtp = item.verdict;
                hostState[base].smtpNote = s.summary;
                postHost(base);
            }));
    }
    sync.waitForFinished();
    // While one MX takes the mail, a broken other one delays mail (senders
    // retry it first or after) but does not stop it: a warning, not a failure.
    // The finding, its SMTP check and the host line say so alike.
    for (EvidenceReport::Conclusion &c : smtpFindings) {
        if (anyAccepts && c.severity == V::Fail) {
            c.severity = V::Warning;
            c.explanation += QLatin1Char(' ')
                + tr("Another MX of the domain accepts mail, so mail still arrives, but "
                     "senders that try this one first are delayed.");
            for (const QString &id : std::as_const(c.evidenceIds)) {
                auto it = smtpItems.find(id);
                if (it == smtpItems.end() || it->verdict != V::Fail)
                    continue;
                it->verdict = V::Warning;
                m_ch->repost(*it);
                const QString base = it->parentId;
                hostState[base].smtp = V::Warning;
                postHost(base);
            }
        }
        m_ch->conclude(c.severity, c.headline, c.explanation, c.evidenceIds);
    }
    if (!anyAccepts && !targets.isEmpty())
        m_ch->conclude(V::Fail, tr("No mail server of %1 accepts mail for it from here").arg(m_o.domain),
            tr("Every MX address was tried; see the findings above for why each one failed."),
            { QStringLiteral("mx") });
}

QString Worker::usageText(const QString &zone) const
{
    if (!m_policy.known)
        return tr("whether this gateway's policy queries it is unknown (%1)").arg(m_policy.unknown);
    const QStringList params = m_policy.usage.parameters(zone);
    if (params.isEmpty())
        return tr("this gateway's policy does not query it");
    return tr("used by this gateway's policy (%1)").arg(params.join(QStringLiteral(", ")));
}

void Worker::awaitPolicy()
{
    {
        QMutexLocker lock(&m_ch->mutex);
        // The command has a timeout of its own; this bound only guards
        // against a transport that never answers at all.
        QDeadlineTimer deadline(kPolicyTimeoutMs + 5000);
        while (!m_ch->policyDone && !cancelled() && !deadline.hasExpired())
            m_ch->policyArrived.wait(&m_ch->mutex, 100);
        m_policy.source = m_ch->policyCommand;
        if (!m_ch->policyDone) {
            m_policy.unknown = tr("postconf did not answer in time");
            return;
        }
        if (!m_ch->policyOutput) {
            m_policy.unknown = m_ch->policyNotAsked;
            return;
        }
    }
    const Result<CommandOutput> &r = *m_ch->policyOutput;
    if (!r) {
        m_policy.unknown = r.error().message;
        return;
    }
    if (r->exitCode != 0) {
        const QString said = QString::fromUtf8(r->stdErr).trimmed().section(QLatin1Char('\n'), 0, 0);
        m_policy.unknown = said.isEmpty()
            ? tr("postconf exited with status %1").arg(r->exitCode)
            : tr("postconf exited with status %1: %2").arg(r->exitCode).arg(said);
        return;
    }
    // Parsed here, on the run's thread, not on the GUI thread that ran the command.
    m_policy.usage = PostfixDnsblUsage::parse(QString::fromUtf8(r->stdOut));
    if (m_policy.usage.settingsRead() == 0) {
        m_policy.unknown = tr("postconf printed no settings");
        return;
    }
    m_policy.known = true;
}

void Worker::checkDnsbl()
{
    QList<QHostAddress> ips = m_mxAddresses.mid(0, 10);
    const QHostAddress sender(m_o.senderIp);
    if (!sender.isNull() && !ips.contains(sender))
        ips << sender;
    m_ch->expect(1);
    const QString id = QStringLiteral("dnsbl");
    const QString title = tr("Blocklists (DNSBL)");
    const QStringList lists = m_o.dnsbls.isEmpty() ? GuidedRun::defaultDnsbls() : m_o.dnsbls;
    m_ch->post(makeItem(
        id, {}, title, V::Running, tr("%1 addresses against %2 lists").arg(ips.size()).arg(lists.size())));
    if (ips.isEmpty()) {
        m_ch->post(makeItem(id, {}, title, V::Skipped, tr("no address to check")));
        return;
    }
    QElapsedTimer t;
    t.start();
    DnsblChecker checker(m_dns);
    const QList<DnsblReport> reports = checker.checkManyBlocking(ips, lists);
    // The lists answer over the network meanwhile; postconf is usually back first.
    awaitPolicy();
    if (cancelled())
        return;
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
        overall = CheckItem::worst(overall, v);
        if (!on.isEmpty()) {
            listedSummary << tr("%1 on %2").arg(r.ip.toString(), on.join(QStringLiteral(", ")));
            QStringList reasons;
            for (const DnsblListResult &l : r.lists) {
                if (l.trustworthyListing() && !l.reason.isEmpty())
                    reasons << QStringLiteral("%1: %2").arg(l.zone, l.reason);
            }
            QStringList usage;
            for (const QString &zone : std::as_const(on))
                usage << QStringLiteral("%1: %2").arg(zone, usageText(zone));
            m_ch->conclude(V::Fail,
                tr("%1 is listed on %2").arg(r.ip.toString(), on.join(QStringLiteral(", "))),
                (reasons.isEmpty() ? tr("Receivers that use these lists reject mail from this address.")
                                   : reasons.join(QStringLiteral("; ")))
                    + QStringLiteral(" (") + usage.join(QStringLiteral("; ")) + QLatin1Char(')'),
                { childId });
        }
    }
    // One line per list, in the order of the profile: its health from the
    // RFC 5782 test points, and whether this gateway's own policy asks it.
    QStringList seen;
    for (const QString &zoneName : lists) {
        if (seen.contains(zoneName))
            continue;
        seen << zoneName;
        const DnsblListResult *l = nullptr;
        for (const DnsblReport &r : reports) {
            for (const DnsblListResult &candidate : r.lists) {
                if (candidate.zone == zoneName) {
                    l = &candidate;
                    break;
                }
            }
            if (l)
                break;
        }
        if (!l)
            continue;
        const QString zone = l->zone;
        const QString listId = id + QStringLiteral("/list/") + zone;
        const QString usage = usageText(zone);
        const QList<PostfixDnsblUsage::Use> uses
            = m_policy.known ? m_policy.usage.uses(zone) : QList<PostfixDnsblUsage::Use>();
        V v = V::Pass;
        QString summary;
        switch (l->health) {
        case DnsblListResult::Health::Working:
            summary = tr("working; %1").arg(usage);
            break;
        case DnsblListResult::Health::Dead:
            summary = tr("DEAD: lists every address; %1").arg(usage);
            break;
        case DnsblListResult::Health::Refusing:
            v = V::Info;
            summary = tr("refuses queries from here, so its answers mean nothing; %1").arg(usage);
            break;
        case DnsblListResult::Health::NoTestPoint:
            v = V::Info;
            summary = tr("does not list the test address 127.0.0.2; %1").arg(usage);
            break;
        case DnsblListResult::Health::Unknown:
            v = V::Info;
            summary = tr("its test points could not be checked; %1").arg(usage);
            break;
        }
        if (l->health == DnsblListResult::Health::Dead && !deadReported.contains(zone)) {
            deadReported << zone;
            const QString dead
                = tr("It lists the test address 127.0.0.1, which no working list does (RFC 5782).");
            const QString params = m_policy.usage.parameters(zone).join(QStringLiteral(", "));
            const bool allows
                = std::any_of(uses.cbegin(), uses.cend(), [](const auto &u) { return u.allows(); });
            const bool postscreenOnly = !uses.isEmpty()
                && std::all_of(uses.cbegin(), uses.cend(),
                    [](const auto &u) { return u.restriction == QLatin1String("postscreen"); });
            if (!m_policy.known) {
                v = V::Fail;
                m_ch->conclude(v, tr("The blocklist %1 is dead: it lists every address").arg(zone),
                    dead + QLatin1Char(' ')
                        + tr("Anyone who still uses it rejects ALL mail. Whether this gateway's policy "
                             "queries "
                             "it is unknown (%1): remove it from every configuration that queries it.")
                              .arg(m_policy.unknown),
                    { listId });
            } else if (uses.isEmpty()) {
                v = V::Warning;
                m_ch->conclude(v,
                    tr("The blocklist %1 is dead; this gateway's policy does not query it").arg(zone),
                    dead + QLatin1Char(' ')
                        + tr("This gateway's Postfix policy does not query it, so it rejects no mail here: "
                             "remove "
                             "it from the profile's lists. Anyone else who still uses it rejects ALL mail."),
                    { listId });
            } else if (m_policy.usage.rejectsWith(zone)) {
                v = V::Fail;
                m_ch->conclude(v,
                    postscreenOnly ? tr(
                        "The blocklist %1 is dead and this gateway's postscreen scores every client with it")
                                         .arg(zone)
                                   : tr("The blocklist %1 is dead and this gateway's policy queries it: mail "
                                        "is rejected here")
                                         .arg(zone),
                    dead + QLatin1Char(' ')
                        + tr("It is used by this gateway's policy (%1), so this gateway treats every client "
                             "as "
                             "listed and refuses its mail. Remove it from %1 now.")
                              .arg(params),
                    { listId });
            } else if (allows) {
                v = V::Fail;
                m_ch->conclude(v,
                    tr("The allowlist %1 is dead and this gateway's policy queries it: every client is let "
                       "through")
                        .arg(zone),
                    dead + QLatin1Char(' ')
                        + tr("It is used by this gateway's policy (%1), so every client skips the checks "
                             "after it, "
                             "spammers included. Remove it from %1 now.")
                              .arg(params),
                    { listId });
            } else {
                v = V::Warning;
                m_ch->conclude(v,
                    tr("The blocklist %1 is dead; this gateway's policy only logs its answers "
                       "(warn_if_reject)")
                        .arg(zone),
                    dead + QLatin1Char(' ')
                        + tr(
                            "It is used by this gateway's policy (%1) behind warn_if_reject: every client is "
                            "logged as listed, none is rejected. Remove it from %1 and from the profile's "
                            "lists.")
                              .arg(params),
                    { listId });
            }
        }
        CheckItem listItem = makeItem(listId, id, zone, v, summary);
        QStringList evidence { l->healthDetail };
        for (const PostfixDnsblUsage::Use &u : uses)
            evidence << u.describe();
        if (!m_policy.known)
            evidence << tr("policy unknown: %1").arg(m_policy.unknown);
        else if (uses.isEmpty())
            evidence << tr("not in the output of %1").arg(m_policy.source);
        listItem.evidence = evidence.join(QLatin1Char('\n'));
        listItem.data = QJsonObject {
            { QStringLiteral("zone"), zone },
            { QStringLiteral("health"), DnsblListResult::healthName(l->health) },
            { QStringLiteral("usage"),
                !m_policy.known      ? QStringLiteral("unknown")
                    : uses.isEmpty() ? QStringLiteral("not-queried")
                                     : QStringLiteral("queried") },
            { QStringLiteral("usedBy"), QJsonArray::fromStringList(m_policy.usage.parameters(zone)) },
        };
        m_ch->post(listItem);
        overall = CheckItem::worst(overall, v == V::Info ? V::Pass : v);
    }
    CheckItem item = makeItem(id, {}, title, overall,
        listedSummary.isEmpty() ? tr("no address is listed on a working list")
                                : listedSummary.join(QStringLiteral("; ")));
    if (!deadReported.isEmpty())
        item.summary
            += QStringLiteral("; ") + tr("dead lists: %1").arg(deadReported.join(QStringLiteral(", ")));
    item.evidence = m_policy.known
        ? tr("%1: %2 settings read").arg(m_policy.source).arg(m_policy.usage.settingsRead())
        : tr("this gateway's policy is unknown: %1").arg(m_policy.unknown);
    // Each address's and list's child carries its own evidence; the parent sums up.
    item.elapsedMs = t.elapsed();
    item.data.insert(QStringLiteral("reports"), json);
    item.data.insert(QStringLiteral("policy"),
        QJsonObject { { QStringLiteral("known"), m_policy.known },
            { QStringLiteral("source"), m_policy.source }, { QStringLiteral("unknown"), m_policy.unknown } });
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
    // A syntax error is a finding (the conclusion below), not a failure to check.
    if (r.error)
        v = r.record || r.error->code == Error::Code::ParseError ? V::Warning : V::Error;
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

// Asks the gateway for its Postfix policy on the context's (GUI) thread; the
// channel gets the answer, or why there is none.
void askPolicy(QObject *context, Transport *transport, const QString &unavailable, const QString &configDir,
    const std::shared_ptr<Channel> &channel)
{
    const QStringList argv = PostfixDnsblUsage::postconfCommand(configDir);
    if (!transport) {
        channel->setPolicyNotAsked(unavailable.isEmpty()
                ? tr("no connection to a gateway to read its Postfix policy from")
                : unavailable);
        return;
    }
    if (argv.isEmpty()) {
        channel->setPolicyNotAsked(
            tr("the Postfix configuration directory \"%1\" is not an absolute path").arg(configDir));
        return;
    }
    channel->policyCommand = argv.join(QLatin1Char(' '));
    CommandOptions co;
    co.timeout = std::chrono::milliseconds(kPolicyTimeoutMs);
    co.maxStdoutBytes = 4 * 1024 * 1024;
    // A run restarted or cancelled meanwhile has let go of its channel: the
    // answer then goes nowhere.
    const std::weak_ptr<Channel> weak = channel;
    whenFinished(
        transport->run(argv, co), context,
        [weak](const Result<CommandOutput> &r) {
            if (const auto c = weak.lock())
                c->setPolicy(r);
        },
        [weak] {
            if (const auto c = weak.lock())
                c->setPolicyNotAsked(tr("the gateway connection ended before postconf answered"));
        });
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
    o.postfixConfigDir = profile.postfixConfigDir;
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
            // Worst first; among equals, in the order of the checks in the
            // tree, not in the order the checks happened to conclude.
            QHash<QString, int> position;
            const QList<CheckItem> ordered = m_report.treeOrder();
            for (int i = 0; i < ordered.size(); ++i)
                position.insert(ordered.at(i).id, i);
            const auto rank = [&position](const EvidenceReport::Conclusion &c) {
                return c.evidenceIds.isEmpty() ? INT_MAX
                                               : position.value(c.evidenceIds.constFirst(), INT_MAX);
            };
            std::stable_sort(conclusions.begin(), conclusions.end(), [&rank](const auto &a, const auto &b) {
                return a.severity != b.severity ? a.severity > b.severity : rank(a) < rank(b);
            });
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
    m_report.profile = options.profile;
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
    askPolicy(this, m_transport, m_transportUnavailable, options.postfixConfigDir, channel);
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

void GuidedRun::setTransport(Transport *transport, const QString &unavailable)
{
    m_transport = transport;
    m_transportUnavailable = unavailable;
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

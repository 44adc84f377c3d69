#include "policylint.h"

#include "postfixdnsblusage.h"
#include "postfixmaincf.h"
#include "postfixmastercf.h"
#include "postfixrestrictions.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace MailOps {

namespace {

using Restriction = PostfixRestrictions::Restriction;
using Severity = PolicyLint::Severity;

constexpr int kMaxSampleNetworks = 8;
// A map with more rule lines than this is checked only that far.
constexpr int kMaxMapLines = 100000;

const QString &mainCfPath()
{
    static const QString path = PolicySnapshot::MainCf;
    return path;
}

qsizetype indexOf(const QList<Restriction> &list, const QStringList &names, qsizetype from = 0)
{
    for (qsizetype i = from; i < list.size(); ++i) {
        if (list.at(i).enforced() && names.contains(list.at(i).name))
            return i;
    }
    return -1;
}

qsizetype indexOf(const QList<Restriction> &list, const QString &name, qsizetype from = 0)
{
    return indexOf(list, QStringList { name }, from);
}

const QStringList &unauthChecks()
{
    // What Postfix's own startup check accepts as "a working instance".
    static const QStringList names {
        QStringLiteral("reject_unauth_destination"),
        QStringLiteral("defer_unauth_destination"),
        QStringLiteral("reject"),
        QStringLiteral("defer"),
        QStringLiteral("defer_if_permit"),
        QStringLiteral("check_relay_domains"),
    };
    return names;
}

// The stage refuses relaying for strangers before anything lets them through.
bool blocksRelay(const QList<Restriction> &stage)
{
    const qsizetype check = indexOf(stage, unauthChecks());
    const qsizetype permit = indexOf(stage, QStringLiteral("permit"));
    return check >= 0 && (permit < 0 || check < permit);
}

// Whether mail for anywhere is accepted from anyone: a permit before the
// relay check in both stages.
bool openRelay(const PostfixRestrictions &r)
{
    const QList<Restriction> relay = r.stage(QStringLiteral("smtpd_relay_restrictions"));
    const QList<Restriction> recipient = r.stage(QStringLiteral("smtpd_recipient_restrictions"));
    const bool checked = indexOf(relay, unauthChecks()) >= 0 || indexOf(recipient, unauthChecks()) >= 0;
    return checked && !blocksRelay(relay) && !blocksRelay(recipient);
}

QString whoRetries(const QString &codeParameter)
{
    if (codeParameter == QLatin1String("unknown_client_reject_code"))
        return PolicyLint::tr("senders without reverse DNS");
    if (codeParameter == QLatin1String("unknown_hostname_reject_code"))
        return PolicyLint::tr("clients whose HELO name does not resolve");
    if (codeParameter == QLatin1String("unknown_address_reject_code"))
        return PolicyLint::tr("senders from domains that do not exist");
    if (codeParameter == QLatin1String("maps_rbl_reject_code"))
        return PolicyLint::tr("clients on a block list");
    if (codeParameter == QLatin1String("unknown_local_recipient_reject_code")
        || codeParameter == QLatin1String("unknown_relay_recipient_reject_code"))
        return PolicyLint::tr("senders to unknown recipients");
    return PolicyLint::tr("refused senders");
}

// "10.0.0.0/8" -> 10.0.0.1: an address a client inside would have.
QString sampleAddress(const QString &network)
{
    QString text = network.trimmed();
    if (text.startsWith(QLatin1Char('[')))
        text.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    const auto subnet = QHostAddress::parseSubnet(text);
    if (subnet.second < 0) {
        const QHostAddress single(text);
        return single.isNull() ? QString() : single.toString();
    }
    if (subnet.first.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 base = subnet.first.toIPv4Address();
        return QHostAddress(subnet.second < 31 ? base + 1 : base).toString();
    }
    Q_IPV6ADDR bytes = subnet.first.toIPv6Address();
    if (subnet.second < 128)
        bytes[15] = quint8(bytes[15] | 1);
    return QHostAddress(bytes).toString();
}

// Map files are read like main.cf: indented lines continue the previous one.
} // namespace

QList<PolicyLint::MapLine> PolicyLint::mapLines(const QByteArray &content)
{
    QList<MapLine> out;
    int lineNo = 0;
    for (QByteArray raw : content.split('\n')) {
        ++lineNo;
        if (out.size() > kMaxMapLines)
            break;
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString line = QString::fromUtf8(raw);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (line.front().isSpace() && !out.isEmpty()) {
            out.last().text += QLatin1Char(' ') + trimmed;
            continue;
        }
        out << MapLine { lineNo, trimmed };
    }
    return out;
}

bool PolicyLint::parseTablePattern(QStringView line, bool pcre, TablePattern *out)
{
    QStringView rest = line.trimmed();
    TablePattern p;
    if (rest.startsWith(QLatin1Char('!'))) {
        p.negated = true;
        rest = rest.mid(1);
    }
    if (rest.isEmpty() || rest.front().isSpace() || rest.front().isLetterOrNumber()
        || rest.front() == QLatin1Char('\\'))
        return false;
    const QChar delimiter = rest.front();
    qsizetype end = 1;
    for (; end < rest.size(); ++end) {
        if (rest.at(end) == QLatin1Char('\\')) {
            ++end;
            continue;
        }
        if (rest.at(end) == delimiter)
            break;
    }
    if (end >= rest.size())
        return false;
    p.pattern = rest.mid(1, end - 1).toString();
    qsizetype f = end + 1;
    QString options;
    for (; f < rest.size() && !rest.at(f).isSpace(); ++f)
        options += rest.at(f);
    // Both table types match case-insensitively unless "i" toggles it.
    for (const QChar o : std::as_const(options)) {
        if (o == QLatin1Char('i'))
            p.caseSensitive = !p.caseSensitive;
        else if (pcre && o == QLatin1Char('s'))
            p.pattern = QStringLiteral("(?s)") + p.pattern;
        else if (o == QLatin1Char('m'))
            p.pattern = QStringLiteral("(?m)") + p.pattern;
        else if (pcre && o == QLatin1Char('x'))
            p.pattern = QStringLiteral("(?x)") + p.pattern;
        else if (pcre && o == QLatin1Char('U'))
            p.pattern = QStringLiteral("(?U)") + p.pattern;
    }
    p.action = rest.mid(f).trimmed().toString();
    *out = p;
    return true;
}

QStringList PolicyLint::internalReceivedHeaders(const LintContext &context, const QString &myhostname)
{
    QString host = context.gatewayHostname.trimmed();
    if (host.isEmpty())
        host = myhostname.trimmed();
    if (host.isEmpty())
        host = QStringLiteral("mx.example.com");
    QStringList addresses;
    for (const QString &network : context.internalNetworks) {
        const QString a = sampleAddress(network);
        if (!a.isEmpty() && !addresses.contains(a))
            addresses << a;
        if (addresses.size() >= kMaxSampleNetworks)
            break;
    }
    if (addresses.isEmpty())
        addresses << QStringLiteral("10.1.2.3");
    const QString tail = QStringLiteral(" by %1 (Postfix) with ESMTP id 4F1A2B3C4D for <user@example.com>; "
                                        "Mon, 23 Nov 2026 09:12:01 +0100 (CET)")
                             .arg(host);
    QStringList out;
    for (const QString &a : std::as_const(addresses)) {
        out << QStringLiteral("Received: from unknown (unknown [%1])").arg(a) + tail
            << QStringLiteral("Received: from app1.internal ([%1])").arg(a) + tail
            << QStringLiteral("Received: from app1.internal (app1.internal [%1])").arg(a) + tail;
    }
    return out;
}

QList<PolicyLint::Finding> PolicyLint::check(const PolicySnapshot &input, const LintContext &context)
{
    QList<Finding> out;
    const auto add = [&out](Severity severity, const QString &file, int line, const QString &parameter,
                         const QString &rule, const QString &message) {
        out << Finding { severity, file, line, parameter, message, rule };
    };

    const PostfixMainCf cf = PostfixMainCf::parse(input.content(PolicySnapshot::MainCf));
    PolicySnapshot snapshot = input;
    if (snapshot.configDir().isEmpty()) {
        const QString own = cf.value(QStringLiteral("config_directory"));
        snapshot.setConfigDir(own.startsWith(QLatin1Char('/')) ? own : QStringLiteral("/etc/postfix"));
    }
    QHash<QString, QString> defaults { { QStringLiteral("config_directory"), snapshot.configDir() } };
    const PostfixRestrictions r = PostfixRestrictions::fromMainCf(cf, defaults);
    const PostfixMasterCf master = PostfixMasterCf::parse(input.content(PolicySnapshot::MasterCf));

    // What Postfix itself says comes first, verbatim.
    for (const QByteArray *source : { &context.postfixCheckOutput, &context.postconfWarnings }) {
        for (const QByteArray &raw : source->split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty())
                continue;
            const bool fatal
                = line.contains(QLatin1String("fatal:")) || line.contains(QLatin1String("error:"));
            add(fatal ? Severity::Error : Severity::Warning, {}, 0, {}, QStringLiteral("postfix-check"),
                line);
        }
    }

    for (const PostfixMainCf::Problem &p : cf.problems()) {
        const bool duplicate = p.kind == PostfixMainCf::Problem::Kind::Duplicate;
        add(duplicate ? Severity::Notice : Severity::Error, mainCfPath(), p.line, p.name,
            duplicate ? QStringLiteral("duplicate-parameter") : QStringLiteral("main-cf-syntax"), p.message);
    }
    for (const PostfixMasterCf::Problem &p : master.problems())
        add(Severity::Error, PolicySnapshot::MasterCf, p.line, {}, QStringLiteral("master-cf-syntax"),
            p.message);

    // Temporary codes for permanent refusals: the sender's MTA retries for
    // days, nobody gets a bounce, and the mail is simply late or lost.
    QSet<QString> reportedCodes;
    for (const QString &stage : PostfixRestrictions::stageParameters()) {
        for (const Restriction &x : r.stage(stage)) {
            const QString codeParameter = PostfixRestrictions::codeParameterOf(x.name);
            if (!x.enforced() || codeParameter.isEmpty() || reportedCodes.contains(codeParameter))
                continue;
            const int code = r.code(codeParameter);
            if (code < 400 || code > 499)
                continue;
            reportedCodes.insert(codeParameter);
            const QString who = whoRetries(codeParameter);
            const QString fix = QString::number(code + 100);
            if (cf.has(codeParameter)) {
                const int line = cf.lineOf(codeParameter);
                add(Severity::Warning, mainCfPath(), line, codeParameter,
                    QStringLiteral("tempfail-for-permanent"),
                    tr("line %1: %2 = %3 makes %4 retry silently for days instead of getting a bounce; use "
                       "%5 or "
                       "drop %6")
                        .arg(line)
                        .arg(codeParameter)
                        .arg(code)
                        .arg(who, fix, x.name));
            } else {
                const int line = r.lineOf(stage);
                add(Severity::Warning, mainCfPath(), line, codeParameter,
                    QStringLiteral("tempfail-for-permanent"),
                    tr("line %1: %2 in %3 answers with Postfix's default %4 = %5, which makes %6 retry "
                       "silently for "
                       "days instead of getting a bounce; set %4 = %7 or drop %2")
                        .arg(line)
                        .arg(x.name, stage, codeParameter)
                        .arg(code)
                        .arg(who, fix));
            }
        }
    }
    if (cf.has(QStringLiteral("soft_bounce"))
        && r.setting(QStringLiteral("soft_bounce")).trimmed().toLower() == QLatin1String("yes")) {
        const int line = cf.lineOf(QStringLiteral("soft_bounce"));
        add(Severity::Warning, mainCfPath(), line, QStringLiteral("soft_bounce"),
            QStringLiteral("soft-bounce"),
            tr("line %1: soft_bounce = yes turns every bounce and permanent refusal into a temporary one, so "
               "senders "
               "retry for days and nobody learns the mail failed; remove it once testing is over")
                .arg(line));
    }

    // DNSBLs, read through the same code the DNSBL health view uses.
    {
        QString listing;
        for (const QString &name : cf.names())
            listing += name + QStringLiteral(" = ") + cf.value(name) + QLatin1Char('\n');
        const PostfixDnsblUsage usage = PostfixDnsblUsage::parse(listing);
        QSet<QString> dead;
        QSet<QString> everything;
        for (const QString &z : context.deadDnsbls)
            dead.insert(PostfixDnsblUsage::normalizedZone(z));
        for (const QString &z : context.listsEverything)
            everything.insert(PostfixDnsblUsage::normalizedZone(z));
        for (const QString &zone : usage.zones()) {
            const bool all = everything.contains(zone);
            if (!all && !dead.contains(zone))
                continue;
            QSet<QString> reported;
            for (const PostfixDnsblUsage::Use &use : usage.uses(zone)) {
                if (use.warnOnly || use.allows() || reported.contains(use.parameter))
                    continue;
                reported.insert(use.parameter);
                const int line = cf.lineOf(use.parameter);
                if (all) {
                    add(Severity::Error, mainCfPath(), line, use.parameter,
                        QStringLiteral("dnsbl-lists-everything"),
                        tr("line %1: %2 rejects with %3, which lists every address it is asked about, so all "
                           "mail "
                           "from outside is refused; remove it")
                            .arg(line)
                            .arg(use.parameter, use.zoneText));
                } else {
                    add(Severity::Warning, mainCfPath(), line, use.parameter, QStringLiteral("dnsbl-dead"),
                        tr("line %1: %2 rejects with %3, which no longer answers its test queries; a dead "
                           "list slows "
                           "every connection and may start listing everything any day, so remove it")
                            .arg(line)
                            .arg(use.parameter, use.zoneText));
                }
            }
        }
    }

    // Open relay: mynetworks that hold half the Internet, or restrictions
    // that let strangers through before the relay check.
    if (cf.has(QStringLiteral("mynetworks"))) {
        const int line = cf.lineOf(QStringLiteral("mynetworks"));
        for (QString network : r.mynetworks()) {
            network.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            const auto subnet = QHostAddress::parseSubnet(network);
            if (subnet.second < 0)
                continue;
            const bool v4 = subnet.first.protocol() == QAbstractSocket::IPv4Protocol;
            if ((v4 && subnet.second < 8) || (!v4 && subnet.second == 0)) {
                add(Severity::Error, mainCfPath(), line, QStringLiteral("mynetworks"),
                    QStringLiteral("mynetworks-too-broad"),
                    tr("line %1: mynetworks contains %2, so permit_mynetworks lets a large part of the "
                       "Internet "
                       "send anywhere through this gateway (an open relay); list only your own networks")
                        .arg(line)
                        .arg(network));
            }
        }
    }
    const QString relayName = QStringLiteral("smtpd_relay_restrictions");
    const QString recipientName = QStringLiteral("smtpd_recipient_restrictions");
    const QList<Restriction> relay = r.stage(relayName);
    const QList<Restriction> recipient = r.stage(recipientName);
    if (indexOf(relay, unauthChecks()) < 0 && indexOf(recipient, unauthChecks()) < 0) {
        const QString where = cf.has(recipientName) || !cf.has(relayName) ? recipientName : relayName;
        const int line = r.lineOf(where) ? r.lineOf(where) : r.lineOf(relayName);
        add(Severity::Error, mainCfPath(), line, where, QStringLiteral("no-relay-protection"),
            tr("line %1: neither smtpd_relay_restrictions nor smtpd_recipient_restrictions contains "
               "reject_unauth_destination, so Postfix refuses every message with a configuration error; add "
               "it "
               "after permit_mynetworks and permit_sasl_authenticated")
                .arg(line));
    } else if (!blocksRelay(relay) && !blocksRelay(recipient)) {
        const QString where = indexOf(relay, QStringLiteral("permit")) >= 0 ? relayName : recipientName;
        const int line = r.lineOf(where);
        add(Severity::Error, mainCfPath(), line, where, QStringLiteral("open-relay"),
            tr("line %1: %2 reaches “permit” before reject_unauth_destination, so anyone on the Internet can "
               "send "
               "mail anywhere through this gateway; put reject_unauth_destination before the permit")
                .arg(line)
                .arg(where));
    }

    // A service's -o overrides can undo main.cf's relay protection for
    // everyone who connects to that port.
    if (!openRelay(r)) {
        QStringList checked;
        for (const PostfixMasterCf::Service &s : master.services()) {
            if (s.command != u"smtpd" || checked.contains(s.key()))
                continue;
            checked << s.key();
            QByteArray overlay = input.content(PolicySnapshot::MainCf) + '\n';
            QString changed;
            for (const PostfixMasterCf::Override &o : master.overridesOf(s.key())) {
                overlay += o.name.toUtf8() + " = " + o.value.toUtf8() + '\n';
                if (o.name == u"smtpd_relay_restrictions" || o.name == u"smtpd_recipient_restrictions"
                    || o.name == u"smtpd_restriction_classes")
                    changed = o.name;
            }
            if (changed.isEmpty())
                continue;
            const PostfixRestrictions service
                = PostfixRestrictions::fromMainCf(PostfixMainCf::parse(overlay), defaults);
            if (!openRelay(service))
                continue;
            add(Severity::Error, PolicySnapshot::MasterCf, s.line, changed,
                QStringLiteral("service-open-relay"),
                tr("line %1: %2 overrides %3 so that it reaches “permit” before reject_unauth_destination: "
                   "anyone who connects to %2 can send mail anywhere through this gateway (an open relay)")
                    .arg(s.line)
                    .arg(s.key(), changed));
        }
    }

    bool saslSomewhere = r.saslAuthEnabled();
    for (const PostfixMasterCf::Override &o : master.overrides()) {
        if (o.name == QLatin1String("smtpd_sasl_auth_enable") && o.value.toLower() == QLatin1String("yes"))
            saslSomewhere = true;
    }

    const QStringList loginMismatch { QStringLiteral("reject_sender_login_mismatch"),
        QStringLiteral("reject_unauthenticated_sender_login_mismatch"),
        QStringLiteral("reject_known_sender_login_mismatch") };
    const QStringList refusals { QStringLiteral("reject"), QStringLiteral("defer"),
        QStringLiteral("reject_unauth_destination"), QStringLiteral("defer_unauth_destination") };
    const QStringList unknownClient { QStringLiteral("reject_unknown_client_hostname"),
        QStringLiteral("reject_unknown_reverse_client_hostname") };
    for (const QString &stage : PostfixRestrictions::stageParameters()) {
        if (!r.isSet(stage))
            continue; // Postfix's own defaults are sound
        const QList<Restriction> list = r.stage(stage);
        const int line = r.lineOf(stage);
        if (!saslSomewhere && indexOf(list, QStringLiteral("permit_sasl_authenticated")) >= 0) {
            add(Severity::Warning, mainCfPath(), line, stage, QStringLiteral("sasl-not-enabled"),
                tr("line %1: %2 uses permit_sasl_authenticated, but smtpd_sasl_auth_enable is not yes, so "
                   "nobody can "
                   "log in and clients that should send after AUTH are refused; set smtpd_sasl_auth_enable = "
                   "yes or "
                   "remove it")
                    .arg(line)
                    .arg(stage));
        }
        const qsizetype mynetworks = indexOf(list, QStringLiteral("permit_mynetworks"));
        if (mynetworks >= 0) {
            const qsizetype mismatch = indexOf(list, loginMismatch);
            const qsizetype sasl = indexOf(list, QStringLiteral("permit_sasl_authenticated"));
            const qsizetype refusal = sasl >= 0 ? indexOf(list, refusals, sasl + 1) : -1;
            if (mismatch >= 0 && mismatch < mynetworks) {
                add(Severity::Warning, mainCfPath(), line, stage, QStringLiteral("auth-before-mynetworks"),
                    tr("line %1: %2 applies %3 before permit_mynetworks, so your own applications in "
                       "mynetworks that "
                       "send without AUTH are refused; put permit_mynetworks first")
                        .arg(line)
                        .arg(stage, list.at(mismatch).name));
            } else if (refusal >= 0 && refusal < mynetworks) {
                add(Severity::Warning, mainCfPath(), line, stage, QStringLiteral("auth-before-mynetworks"),
                    tr("line %1: %2 has %3 after permit_sasl_authenticated but before permit_mynetworks, so "
                       "clients "
                       "in mynetworks must log in or are refused; move permit_mynetworks before %3")
                        .arg(line)
                        .arg(stage, list.at(refusal).name));
            }
        }
        // Only a permit_mynetworks earlier in the same stage spares the
        // company's own hosts; a later stage is never reached after a reject.
        const qsizetype strict = indexOf(list, unknownClient);
        if (strict >= 0 && (mynetworks < 0 || mynetworks > strict)) {
            add(Severity::Warning, mainCfPath(), line, stage,
                QStringLiteral("unknown-client-before-mynetworks"),
                tr("line %1: %2 applies %3 before permit_mynetworks, so your own servers and applications "
                   "without "
                   "reverse DNS are refused too; put permit_mynetworks first")
                    .arg(line)
                    .arg(stage, list.at(strict).name));
        }
    }

    // Map files: present in the version, and readable by Postfix.
    QList<PostfixMainCf::MapReference> refs = cf.mapReferences(defaults);
    for (const PostfixMasterCf::Override &o : master.overrides())
        refs += PostfixMainCf::mapReferencesIn(o.name, cf.expand(o.value, defaults));
    const QStringList headers
        = internalReceivedHeaders(context, cf.expanded(QStringLiteral("myhostname"), defaults));
    QSet<QString> seen;
    for (const PostfixMainCf::MapReference &ref : std::as_const(refs)) {
        if (ref.sourceFile.isEmpty())
            continue;
        const QString path = snapshot.relativePath(ref.sourceFile);
        const int paramLine = cf.lineOf(ref.parameter);
        if (!snapshot.contains(path)) {
            if (seen.contains(path))
                continue;
            seen.insert(path);
            add(Severity::Error, cf.has(ref.parameter) ? mainCfPath() : PolicySnapshot::MasterCf, paramLine,
                ref.parameter, QStringLiteral("map-missing"),
                tr("line %1: %2 uses %3:%4, but that file is not part of this policy, so it cannot be "
                   "checked or "
                   "restored and Postfix answers lookups with temporary errors when it is missing; add it")
                    .arg(paramLine)
                    .arg(ref.parameter, ref.type, ref.name));
            continue;
        }
        const QString key = ref.type + QLatin1Char(':') + path + QLatin1Char(':') + ref.parameter;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const QList<MapLine> lines = mapLines(snapshot.content(path));
        if (ref.type == QLatin1String("cidr")) {
            if (seen.contains(QStringLiteral("cidr:") + path))
                continue;
            seen.insert(QStringLiteral("cidr:") + path);
            for (const MapLine &l : lines) {
                QStringList words = l.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (words.first().compare(QLatin1String("endif"), Qt::CaseInsensitive) == 0)
                    continue;
                const bool condition = words.first().compare(QLatin1String("if"), Qt::CaseInsensitive) == 0;
                if (condition)
                    words.removeFirst();
                QString address = words.isEmpty() ? QString() : words.first();
                if (address.startsWith(QLatin1Char('!')))
                    address.remove(0, 1);
                address.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
                QString problem;
                if (address.contains(QLatin1Char('/'))) {
                    const auto subnet = QHostAddress::parseSubnet(address);
                    if (subnet.second < 0)
                        problem = tr("%1 is not an address/length network").arg(address);
                    else if (QHostAddress(address.section(QLatin1Char('/'), 0, 0)) != subnet.first)
                        problem = tr("%1 has host bits set, so Postfix skips the line (write %2/%3)")
                                      .arg(address, subnet.first.toString())
                                      .arg(subnet.second);
                } else if (QHostAddress(address).isNull()) {
                    problem = tr("“%1” is not an address or address/length network").arg(address);
                }
                if (problem.isEmpty() && !condition && words.size() < 2)
                    problem = tr("%1 has no action after it, so Postfix skips the line").arg(address);
                if (!problem.isEmpty()) {
                    add(Severity::Error, path, l.line, ref.parameter, QStringLiteral("cidr-syntax"),
                        tr("%1 line %2: %3").arg(path).arg(l.line).arg(problem));
                }
            }
            continue;
        }
        if (ref.type != QLatin1String("regexp") && ref.type != QLatin1String("pcre"))
            continue;
        const bool pcre = ref.type == QLatin1String("pcre");
        const bool headerChecks = ref.parameter == QLatin1String("header_checks");
        // A rule inside "if /x/ ... endif" applies only where every enclosing
        // condition holds; track that per sample header.
        QList<QList<bool>> active(headers.size());
        for (const MapLine &l : lines) {
            if (l.text.compare(QLatin1String("endif"), Qt::CaseInsensitive) == 0) {
                for (QList<bool> &stack : active) {
                    if (!stack.isEmpty())
                        stack.removeLast();
                }
                continue;
            }
            QStringView text = l.text;
            const bool condition = text.startsWith(QLatin1String("if"), Qt::CaseInsensitive)
                && text.size() > 2
                && (text.at(2).isSpace() || text.at(2) == QLatin1Char('/') || text.at(2) == QLatin1Char('!'));
            if (condition)
                text = text.mid(2);
            TablePattern p;
            if (!parseTablePattern(text, pcre, &p)) {
                add(Severity::Error, path, l.line, ref.parameter, QStringLiteral("regexp-syntax"),
                    tr("%1 line %2: “%3” is not “/pattern/ action”, so Postfix refuses the whole table")
                        .arg(path)
                        .arg(l.line)
                        .arg(l.text.left(60)));
                continue;
            }
            const QRegularExpression re(p.pattern,
                p.caseSensitive ? QRegularExpression::NoPatternOption
                                : QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid()) {
                add(Severity::Error, path, l.line, ref.parameter, QStringLiteral("regexp-syntax"),
                    tr("%1 line %2: the pattern does not compile (%3), so Postfix refuses the whole table")
                        .arg(path)
                        .arg(l.line)
                        .arg(re.errorString()));
                if (condition) {
                    for (QList<bool> &stack : active)
                        stack << false;
                }
                continue;
            }
            for (qsizetype h = 0; h < headers.size(); ++h) {
                if (!headerChecks && !condition)
                    break;
                const bool hit = re.match(headers.at(h)).hasMatch() != p.negated;
                const bool inside = !active.at(h).contains(false);
                if (condition) {
                    active[h] << hit;
                    continue;
                }
                if (!hit || !inside || !headerChecks)
                    continue;
                const QString action = p.action.section(QLatin1Char(' '), 0, 0).toUpper();
                if (action == QLatin1String("OK") || action == QLatin1String("DUNNO") || action.isEmpty())
                    break;
                add(action == QLatin1String("WARN") ? Severity::Notice : Severity::Warning, path, l.line,
                    ref.parameter, QStringLiteral("header-check-hits-internal"),
                    tr("%1 line %2: the pattern matches the gateway's own Received header “%3”, so mail from "
                       "your own clients gets %4 too; narrow the pattern or exempt internal addresses")
                        .arg(path)
                        .arg(l.line)
                        .arg(headers.at(h).section(QLatin1String(" by "), 0, 0), action));
                break;
            }
        }
    }
    return out;
}

} // namespace MailOps

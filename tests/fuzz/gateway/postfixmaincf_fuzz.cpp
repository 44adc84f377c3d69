// main.cf and master.cf parsing, expansion, edits, restrictions and the lint
// on arbitrary bytes. An edit must round-trip: the value set is the value read.
#include "fuzztarget.h"
#include "policy/policylint.h"
#include "policy/policysnapshot.h"
#include "policy/postfixmaincf.h"
#include "policy/postfixmastercf.h"
#include "policy/postfixrestrictions.h"

using namespace MailOps;

namespace {

constexpr qsizetype kMaxNames = 64;

} // namespace

void fuzzOne(const QByteArray &data)
{
    const PostfixMainCf cf = PostfixMainCf::parse(data);
    const QHash<QString, QString> defaults { { QStringLiteral("config_directory"),
        QStringLiteral("/etc/postfix") } };
    for (const PostfixMainCf::Entry &e : cf.entries()) {
        FUZZ_CHECK(e.line >= 1 && e.lastLine >= e.line);
        FUZZ_CHECK(e.begin >= 0 && e.begin <= e.end && e.end <= data.size());
    }
    const QStringList names = cf.names().mid(0, kMaxNames);
    for (const QString &name : names) {
        FUZZ_CHECK(cf.has(name));
        (void)cf.expanded(name, defaults);
        (void)PostfixMainCf::splitList(cf.value(name));
    }
    (void)cf.mapReferences(defaults);
    if (!names.isEmpty()) {
        const QString name = names.first();
        const QString value = QStringLiteral("fuzz, value");
        const PostfixMainCf edited = PostfixMainCf::parse(cf.withValue(name, value));
        FUZZ_CHECK(edited.value(name) == value);
        FUZZ_CHECK(!PostfixMainCf::parse(cf.withoutParameter(name)).has(name));
    }
    const PostfixMainCf added
        = PostfixMainCf::parse(cf.withValue(QStringLiteral("fuzz_added"), QStringLiteral("1")));
    FUZZ_CHECK(added.value(QStringLiteral("fuzz_added")) == QLatin1String("1"));

    const PostfixMasterCf master = PostfixMasterCf::parse(data);
    for (const auto &s : master.services())
        FUZZ_CHECK(s.line >= 1 && s.lastLine >= s.line);
    (void)PostfixRestrictions::fromMainCf(cf, defaults);

    PolicySnapshot snapshot;
    snapshot.setConfigDir(QStringLiteral("/etc/postfix"));
    snapshot.setFile(PolicySnapshot::MainCf, data);
    snapshot.setFile(PolicySnapshot::MasterCf, data);
    // The same bytes as every map file the policy names, so map checks run too.
    for (const auto &ref : cf.mapReferences(defaults)) {
        if (!ref.sourceFile.isEmpty() && snapshot.paths().size() < 8)
            snapshot.setFile(snapshot.relativePath(ref.sourceFile), data);
    }
    PolicyLint::LintContext context;
    context.deadDnsbls.insert(QStringLiteral("dead.example"));
    context.internalNetworks << QStringLiteral("10.0.0.0/8");
    context.postconfWarnings = data.left(256);
    for (const auto &f : PolicyLint::check(snapshot, context))
        FUZZ_CHECK(!f.rule.isEmpty() && f.line >= 0);
}

QList<QByteArray> fuzzSeeds()
{
    return {
        "myhostname = mx1.example.com\nmydomain = example.com\nmyorigin = $mydomain\n"
        "smtpd_client_restrictions = permit_mynetworks,\n  check_client_access "
        "cidr:$config_directory/c.cidr,\n"
        "  reject_unknown_client_hostname\nunknown_client_reject_code = 450\n"
        "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, reject_rbl_client "
        "dead.example\nheader_checks = regexp:/etc/postfix/header_checks\n"
        "/^Received: from unknown/ REJECT\n10.0.0.0/8 OK\n",
        "a = ${b?{x}:{y}} $(c) ${d:e} $$ $\r\nb = $a\r\nc = ${\r\n# c\r\n  more\r\nno equals here\r\n",
        "smtp inet n - y - - smtpd\n  -o { smtpd_client_restrictions = permit_mynetworks, reject }\n"
        "  -o smtpd_sasl_auth_enable=yes\nsmtpd_restriction_classes = k\nk = k, permit\n"
        "smtpd_relay_restrictions = k\nalias_maps = proxy:hash:/etc/aliases inline:{ a=b } pipemap:{cidr:/x, "
        "pcre:/y}\n",
    };
}

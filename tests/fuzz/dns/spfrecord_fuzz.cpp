// Fuzzes the SPF record parser, the macro expander and, through a DNS that
// answers every TXT question with the input itself, the evaluator with its
// recursion and limits.
#include "dns/spfevaluator.h"
#include "dns/spfmacro.h"
#include "dns/spfrecord.h"
#include "fuzztarget.h"

namespace {

class EchoQuerier final : public MailOps::DnsQuerier
{
public:
    explicit EchoQuerier(const QByteArray &txt)
        : m_txt(txt)
    {
    }
    QFuture<MailOps::Result<MailOps::DnsAnswer>> ask(const MailOps::DnsQuestion &q) override
    {
        using namespace MailOps;
        DnsAnswer a;
        a.qname = q.name;
        a.qtype = q.type;
        DnsRecord r;
        r.name = q.name;
        r.type = q.type;
        if (q.type == DnsType::TXT) {
            r.strings = { m_txt.left(255), m_txt.mid(255, 255) };
        } else if (q.type == DnsType::A) {
            r.address = QHostAddress(QStringLiteral("192.0.2.1"));
        } else if (q.type == DnsType::MX) {
            r.target = QStringLiteral("mx.example.com");
        } else {
            return QtFuture::makeReadyFuture(
                Result<DnsAnswer>::failure(Error::Code::NxDomain, QStringLiteral("nx")));
        }
        a.answers = { r };
        return QtFuture::makeReadyFuture(Result<DnsAnswer>(a));
    }
    QString describe() const override { return QStringLiteral("echo"); }

private:
    QByteArray m_txt;
};

} // namespace

void fuzzOne(const QByteArray &data)
{
    using namespace MailOps;
    const QString text = QString::fromLatin1(data);
    const auto parsed = SpfRecord::parse(text);
    if (parsed.ok()) {
        for (const SpfTerm &t : parsed.value().terms())
            (void)t.countsAsLookup();
    }
    SpfMacroContext ctx;
    ctx.sender = QStringLiteral("strong-bad@email.example.com");
    ctx.domain = QStringLiteral("email.example.com");
    ctx.ip = QHostAddress(QStringLiteral("2001:db8::cb01"));
    (void)SpfMacro::expand(text, ctx, true);
    if (data.size() < 2048) {
        SpfEvaluator eval(
            std::make_shared<EchoQuerier>(data.startsWith("v=spf1") ? data : QByteArray("v=spf1 ") + data));
        const SpfResult r = eval.checkHostBlocking(QHostAddress(QStringLiteral("192.0.2.1")),
            QStringLiteral("example.com"), QStringLiteral("a@example.com"));
        FUZZ_CHECK(r.dnsLookups <= SpfEvaluator::LookupLimit + 1);
    }
}

QList<QByteArray> fuzzSeeds()
{
    return {
        "v=spf1 ip4:127.0.0.10 ip4:127.0.0.11 a:mx1.mailops.test -all",
        "v=spf1 a mx ptr ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.com "
        "exists:%{i}.bl.example.com ~all",
        "v=spf1 a/24//64 mx:example.com/30 redirect=_spf.example.com exp=explain.%{d}",
        "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all",
        "v=spf1 include:example.com -all",
        "v=spf1 redirect=example.com",
        "%{ir}.%{v}._spf.%{d2} %{S} %% %_ %- %{lr-}",
        "v=spf1 ip4:300.1.2.3 foo:bar -all",
    };
}

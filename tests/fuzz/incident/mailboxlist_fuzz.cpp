// MailboxList on arbitrary bytes: every address it keeps is one MailAddress
// accepts, none twice, and every problem names a line of the input.
#include "fuzztarget.h"
#include "incident/mailaddress.h"
#include "incident/mailboxlist.h"

#include <QSet>

using namespace MailOps;

void fuzzOne(const QByteArray &data)
{
    const MailboxList list = MailboxList::parse(data);
    const int lines = int(data.count('\n')) + 1;
    QSet<QString> seen;
    for (const QString &a : list.addresses) {
        FUZZ_CHECK(MailAddress::parse(a).ok());
        FUZZ_CHECK(!seen.contains(a.toLower()));
        seen.insert(a.toLower());
    }
    for (const MailboxList::Problem &p : list.problems) {
        FUZZ_CHECK(p.line >= 1 && p.line <= lines);
        FUZZ_CHECK(!p.why.isEmpty());
    }
    FUZZ_CHECK(!list.summary().isEmpty());
}

QList<QByteArray> fuzzSeeds()
{
    return {
        "alice@example.org\nBob <bob@example.org>\ncarol@example.org OK\n# comment\n@example.org\n",
        "a@b.c, d@e.f; \"Q, R\" <q@r.s>\r\n\r\nx\n<<>>\n",
        QByteArray("\x00\xff\n\xc3\x28@\n", 7),
    };
}

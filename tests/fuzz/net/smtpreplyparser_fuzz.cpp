// Feeds arbitrary bytes to the SMTP reply parser, whole and in random-sized
// pieces, with tight limits; then the EHLO reading and the display helpers.
#include "fuzztarget.h"
#include "net/smtpcapabilities.h"
#include "net/smtpreplyparser.h"

#include <cstdlib>

using namespace MailOps;

namespace {

void check(const SmtpReply &r, const SmtpReplyParser::Limits &limits)
{
    if (r.code < 200 || r.code > 559 || r.lines.size() != r.rawLines.size() || r.lines.isEmpty()
        || r.lines.size() > limits.maxLines)
        std::abort();
    for (const QString &line : r.rawLines) {
        for (const QChar c : line) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                std::abort(); // control characters must never reach a display
        }
    }
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(r);
    if (caps.authMechanisms.size() > 32)
        std::abort();
    (void)r.summary();
}

} // namespace

void fuzzOne(const QByteArray &data)
{
    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 256;
    limits.maxLines = 16;
    limits.maxReplyBytes = 2048;

    const auto whole = SmtpReplyParser::parseAll(data, limits);
    if (whole) {
        for (const SmtpReply &r : *whole)
            check(r, limits);
    }

    // The same bytes in pieces must give the same verdict.
    SmtpReplyParser parser(limits);
    qsizetype pos = 0;
    int piece = 1;
    bool failed = false;
    int replies = 0;
    while (pos < data.size() && !failed) {
        const QByteArray chunk = data.mid(pos, piece);
        pos += chunk.size();
        piece = piece * 3 % 61 + 1;
        failed = !parser.feed(chunk).ok();
        while (parser.hasReply()) {
            check(parser.takeReply(), limits);
            ++replies;
        }
    }
    if (whole.ok() && (failed || replies != whole->size()))
        std::abort();
    if (!whole.ok() && !failed && !parser.inReply())
        std::abort();
}

QList<QByteArray> fuzzSeeds()
{
    return {
        "220 mx1.mailops.test ESMTP Postfix\r\n",
        "250-mx1.mailops.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n250-AUTH PLAIN "
        "LOGIN\r\n"
        "250-AUTH=LOGIN\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250 SMTPUTF8\r\n",
        "554 5.7.1 <relaytest@example.net>: Relay access denied\r\n",
        "550-5.1.1 one\r\n550 5.1.1 two\r\n221 2.0.0 Bye\r\n",
        "250-a\r\n251-b\r\n250 c\r\n",
        "220 hi\n250 ok\n",
        QByteArray("220 a\0b\r\n", 9),
        "220 gr\xc3\xbc\xc3\x9f \xe2\x80\xae\r\n",
        "HTTP/1.1 400 Bad Request\r\n\r\n",
        "250\r\n250-\r\n250 \r\n",
    };
}

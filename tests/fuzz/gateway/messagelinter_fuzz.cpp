// MessageLinter on arbitrary bytes, whole and in uneven chunks; the two
// reports must agree (streaming must not change the verdict).
#include "fuzztarget.h"
#include "message/messagelinter.h"

#include <cstdio>
#include <cstdlib>

using namespace MailOps;

void fuzzOne(const QByteArray &data)
{
    MessageLinter::Options options;
    options.maxNestingDepth = 8;
    options.smtpUtf8 = !data.isEmpty() && (uchar(data.back()) & 1);
    const LintReport whole = MessageLinter::lint(data, options);
    MessageLinter linter(options);
    const int step = 1 + (data.isEmpty() ? 0 : uchar(data.at(0)) % 61);
    for (qsizetype i = 0; i < data.size(); i += step)
        linter.feed(QByteArrayView(data).sliced(i, std::min<qsizetype>(step, data.size() - i)));
    const LintReport chunked = linter.finish();
    if (whole.counts != chunked.counts || whole.lines != chunked.lines || whole.bytes != data.size()) {
        std::fprintf(stderr, "streaming changed the report\n");
        std::abort();
    }
}

QList<QByteArray> fuzzSeeds()
{
    return {
        "From: a@example.com\r\nDate: Mon, 23 Nov 2026 09:12:01 +0000\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\npre\r\n--b1\r\nContent-Type: "
        "multipart/alternative; boundary=b2\r\n\r\n"
        "--b2\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nJ=C3=A9r=\r\nome\r\n--b2--\r\n--b1\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\naGVsbG8gd29ybGQ=\r\n--b1\r\nContent-Type: "
        "message/rfc822\r\n\r\nSubject: inner\r\n\r\nbody\r\n--b1--\r\n",
        "Subject: x\n folded\n \n\tmore\nX-Bad Name: 1\nX-8: \xe9\n\nline\rwith\0junk\n",
        "Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/mixed; "
        "boundary=b\n\n--b\nContent-Type: multipart/mixed; boundary=c\n\n--c\n\n",
        "From x\nno header here\n\nbody\n",
    };
}

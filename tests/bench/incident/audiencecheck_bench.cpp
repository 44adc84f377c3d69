// The audience check while typing: a 5,000-word management draft rechecked
// after each of 200 keystrokes, as the editor would; prints the time per
// recheck (median and worst) against the 5 ms budget.
#include "incident/audiencecheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace MailOps;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Result<JargonList> jargon = JargonList::load(QStringLiteral("en"), QString());
    if (!jargon) {
        std::fprintf(stderr, "%s\n", qPrintable(jargon.error().message));
        return 1;
    }
    const AudienceCheck check(jargon.value(), QStringLiteral("en"));
    const QString paragraph = QStringLiteral(
        "## What happened\n\nOur MTA tempfails mail from hosts without rDNS with 450 4.7.1, so the mail "
        "queue "
        "on mx1.example.org (192.0.2.25) grows. Mail from outside waits and is not lost. We are undoing the "
        "change that did this, and we will tell you when it is done.\n\n## What you can do\n\n- Please do "
        "not "
        "send the same message twice.\n- Call us for anything urgent.\n\n");
    QString draft;
    while (check.check(draft, {}).readability.words < 5000)
        draft += paragraph;
    const NoticeKind kind { NoticeKind::Audience::Management, NoticeKind::Phase::Update };
    QList<qint64> ns;
    int words = 0;
    qsizetype findings = 0;
    for (int key = 0; key < 200; ++key) {
        draft.insert(draft.size() / 2, QLatin1Char(key % 7 == 0 ? ' ' : 'x'));
        QElapsedTimer t;
        t.start();
        const AudienceCheck::Report r = check.check(draft, kind);
        ns << t.nsecsElapsed();
        words = r.readability.words;
        findings = r.findings.size();
    }
    std::sort(ns.begin(), ns.end());
    std::printf("audience check: %d words, %lld findings; per keystroke median %.2f ms, worst %.2f ms "
                "(budget 5 ms)\n",
        words, qint64(findings), double(ns.at(ns.size() / 2)) / 1e6, double(ns.constLast()) / 1e6);
    return ns.at(ns.size() / 2) < 5'000'000 ? 0 : 1;
}

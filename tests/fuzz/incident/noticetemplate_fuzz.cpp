// NoticeTemplate on arbitrary text: every problem is placed inside the
// source, a template with problems never renders, and a valid one renders
// with every value given and leaves no placeholder behind.
#include "fuzztarget.h"
#include "incident/noticefacts.h"
#include "incident/noticetemplate.h"

using namespace MailOps;

void fuzzOne(const QByteArray &data)
{
    const QString source = QString::fromUtf8(data);
    const NoticeTemplate t = NoticeTemplate::parse(source, NoticeFacts::names());
    const int lines = int(source.count(QLatin1Char('\n'))) + 1;
    for (const NoticeTemplate::Problem &p : t.problems()) {
        FUZZ_CHECK(p.line >= 1 && p.line <= lines);
        FUZZ_CHECK(p.column >= 1 && p.column <= source.size() + 1);
        FUZZ_CHECK(!p.message.isEmpty());
    }
    QHash<QString, QString> values;
    for (const QString &name : NoticeFacts::names())
        values.insert(name, (name.size() % 2) ? QStringLiteral("v") : QString());
    const auto r = t.render(values);
    FUZZ_CHECK(r.ok() == t.isValid());
    if (r) {
        FUZZ_CHECK(!r->body.contains(QStringLiteral("{{")));
        FUZZ_CHECK(!r->subject.contains(QStringLiteral("{{")));
        for (const QString &name : t.names())
            FUZZ_CHECK(NoticeFacts::names().contains(name));
    }
}

QList<QByteArray> fuzzSeeds()
{
    return {
        "Subject: [{{severity}}] {{title}}\n\n# {{title}}\n\n{{#services_down}}Down: {{services_down}}.\n"
        "{{/services_down}}{{^queue_depth}}No queue.{{/queue_depth}}\n\nNext: {{ next_update }}\n",
        "{{unknown}} {{title\n}} {{#title}}{{#now}}{{/title}}{{/now}} {{Bad}} {{/owner}} {{#impact}}",
        "{{{title}}} {{}} {{#}} {{^ status}}x{{/ status}}",
    };
}

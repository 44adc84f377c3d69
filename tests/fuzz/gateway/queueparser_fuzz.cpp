// postqueue -j and mailq parsers plus the summary on arbitrary bytes, fed in
// uneven chunks as a pipe would deliver them.
#include "fuzztarget.h"
#include "queue/mailqparser.h"
#include "queue/qshapemodel.h"
#include "queue/queueparser.h"
#include "queue/queuesummary.h"

using namespace MailOps;

void fuzzOne(const QByteArray &data)
{
    QueueSummary summary(1795428000);
    QueueParser json([&](const QueueEntry &e) { summary.add(e); });
    json.setMaxLineLength(4096);
    MailqParser mailq([&](const QueueEntry &e) { summary.add(e); });
    mailq.setReferenceTime(1795428000);
    mailq.setMaxLineLength(4096);
    const int step = 1 + (data.isEmpty() ? 0 : uchar(data.at(0)) % 97);
    for (qsizetype i = 0; i < data.size(); i += step) {
        const QByteArrayView chunk
            = QByteArrayView(data).sliced(i, std::min<qsizetype>(step, data.size() - i));
        json.feed(chunk);
        mailq.feed(chunk);
    }
    json.finish();
    mailq.finish();
    for (const auto &g : summary.reasonGroups())
        (void)QueueSummary::normaliseReason(g.example);
    QShapeModel model;
    model.setSummary(summary);
    (void)model.index(model.rowCount() - 1, QShapeModel::ColumnCount - 1).data();
}

QList<QByteArray> fuzzSeeds()
{
    return {
        R"({"queue_name": "deferred", "queue_id": "3F2A81C0B1", "arrival_time": 1795424400, "message_size": 1234, "forced_expire": false, "sender": "alice@example.com", "recipients": [{"address": "bob@example.net", "delay_reason": "connect to 127.0.0.1[127.0.0.1]:2: Connection refused"}]})"
        "\n{\"queue_name\": \"active\", \"queue_id\": \"A1\", \"arrival_time\": 1, \"message_size\": 2, "
        "\"sender\": \"\", \"recipients\": []}\n",
        "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n3F2A81C0B1*     432 Mon Nov 23 "
        "11:59:01  alice@example.com\n"
        "(connect to 127.0.0.1[127.0.0.1]:2: Connection refused)\n                                         "
        "bob@example.net\n\n-- 1 Kbytes in 1 Request.\n",
        "\t\t/var/spool/mqueue (1 request)\n-----Q-ID----- --Size-- -----Q-Time----- "
        "------------Sender/Recipient-----------\n"
        "4ANBqD0P011234X     1234 Mon Nov 23 11:52 <alice@example.com>\n                 (Deferred: "
        "Connection refused by mx.example.net.)\n\t\t\t\t\t <bob@example.net>\n\t\tTotal requests: 1\n",
        "host mx[192.0.2.1] said: 450 4.7.1 <a@b>: Greylisted [2001:db8::1] 4bKnVt1RnNz3vXl\n",
    };
}

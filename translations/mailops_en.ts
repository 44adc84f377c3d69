<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MailOps::Cli</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::CrashLoopAlert</name>
    <message numerus="yes">
        <source>%1 restarted %n times in %2 (alert at %3 in %4)</source>
        <translation>
            <numerusform>%1 restarted once in %2 (alert at %3 in %4)</numerusform>
            <numerusform>%1 restarted %n times in %2 (alert at %3 in %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::GatewayMonitorPanel</name>
    <message numerus="yes">
        <source>Queue: %n message(s) (%1)</source>
        <translation>
            <numerusform>Queue: %n message (%1)</numerusform>
            <numerusform>Queue: %n messages (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) %2…</source>
        <translation>
            <numerusform>%1: %n message %2…</numerusform>
            <numerusform>%1: %n messages %2…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::JournalStore</name>
    <message numerus="yes">
        <source>%1; %n journal event(s) are waiting in memory.</source>
        <translation>
            <numerusform>%1; %n journal event is waiting in memory.</numerusform>
            <numerusform>%1; %n journal events are waiting in memory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::MalformedTab</name>
    <message numerus="yes">
        <source>%n left the queue during the scan.</source>
        <translation>
            <numerusform>%n left the queue during the scan.</numerusform>
            <numerusform>%n left the queue during the scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)…</source>
        <translation>
            <numerusform>%1: %n message…</numerusform>
            <numerusform>%1: %n messages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::MessageInspector</name>
    <message numerus="yes">
        <source>  [… %n more bytes on this line]</source>
        <translation>
            <numerusform>  [… %n more byte on this line]</numerusform>
            <numerusform>  [… %n more bytes on this line]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n more not listed</numerusform>
            <numerusform>%n more not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::NoticeDelivery</name>
    <message numerus="yes">
        <source>Reached %1 by %2 after %n failed path(s).</source>
        <translation>
            <numerusform>Reached %1 by %2 after %n failed path.</numerusform>
            <numerusform>Reached %1 by %2 after %n failed paths.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n path(s) failed and the notice is offered by %1.</source>
        <translation>
            <numerusform>Not sent yet: %n path failed and the notice is offered by %1.</numerusform>
            <numerusform>Not sent yet: %n paths failed and the notice is offered by %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::QueueAction</name>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages %1</source>
        <translation>
            <numerusform>%n message %1</numerusform>
            <numerusform>%n messages %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::QueueFilter</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::QueueHistoryStore</name>
    <message numerus="yes">
        <source>The queue history %1 cannot be written; %n queue sample(s) are waiting in memory.</source>
        <translation>
            <numerusform>The queue history %1 cannot be written; %n queue sample is waiting in memory.</numerusform>
            <numerusform>The queue history %1 cannot be written; %n queue samples are waiting in memory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n queue sample(s) are waiting in memory.</source>
        <translation>
            <numerusform>%1; %n queue sample is waiting in memory.</numerusform>
            <numerusform>%1; %n queue samples are waiting in memory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::ScannedMessageModel</name>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::SocketsTab</name>
    <message numerus="yes">
        <source>%n socket(s) listening; no port conflicts.</source>
        <translation>
            <numerusform>%n socket listening; no port conflicts.</numerusform>
            <numerusform>%n sockets listening; no port conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port problem(s): see the rows on top.</source>
        <translation>
            <numerusform>%n port problem: see the rows on top.</numerusform>
            <numerusform>%n port problems: see the rows on top.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailOps::WebhookPost</name>
    <message numerus="yes">
        <source>, retry after %n s</source>
        <translation>
            <numerusform>, retry after %n s</numerusform>
            <numerusform>, retry after %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 did not answer within %n s.</source>
        <translation>
            <numerusform>The %1 did not answer within %n s.</numerusform>
            <numerusform>The %1 did not answer within %n s.</numerusform>
        </translation>
    </message>
</context>
</TS>

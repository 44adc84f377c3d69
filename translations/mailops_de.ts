<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>DnsServer</name>
    <message>
        <source>"%1" is not a DNS server address (expected ADDRESS or ADDRESS:PORT)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps</name>
    <message>
        <source>'%1' is not a macro letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the macro is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a macro transformer of 0 parts is not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected '%1' in a macro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPF syntax error in "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the domain is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a fully qualified domain name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" does not end in a valid top-level label</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::CheckTreeModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>MailOps::Cli</name>
    <message>
        <source>check that the gateway answers (Nagios exit codes)</source>
        <translation>prüfen, ob das Gateway antwortet (Nagios-Exitcodes)</translation>
    </message>
    <message>
        <source>list the gateway profiles</source>
        <translation>die Gateway-Profile auflisten</translation>
    </message>
    <message>
        <source>Usage: mailops [options]            open the console
       mailops COMMAND [options]    run a command without a display

Console options:
  --profile NAME      open on this gateway profile
  --panel N           open on panel N (1-5)
  --theme MODE        system, light or dark
  --screenshot FILE   save a picture of the window and quit

Commands:
</source>
        <translation>Aufruf: mailops [Optionen]            die Konsole öffnen
        mailops BEFEHL [Optionen]     einen Befehl ohne Bildschirm ausführen

Konsolen-Optionen:
  --profile NAME      mit diesem Gateway-Profil öffnen
  --panel N           mit Bereich N (1-5) öffnen
  --theme MODUS       system, light oder dark
  --screenshot DATEI  ein Bild des Fensters speichern und beenden

Befehle:
</translation>
    </message>
    <message>
        <source>
Run 'mailops COMMAND --help' for a command's options.
</source>
        <translation>
'mailops BEFEHL --help' zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>no gateway profile named "%1"</source>
        <translation>kein Gateway-Profil namens „%1“</translation>
    </message>
    <message>
        <source>List the gateway profiles.</source>
        <translation>Die Gateway-Profile auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Check that the gateway's SMTP service answers with a greeting.</source>
        <translation>Prüfen, ob der SMTP-Dienst des Gateways mit einer Begrüßung antwortet.</translation>
    </message>
    <message>
        <source>Gateway profile to check (default: the current one).</source>
        <translation>Zu prüfendes Gateway-Profil (Vorgabe: das aktuelle).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Seconds to wait for the greeting (default 5).</source>
        <translation>Sekunden, die auf die Begrüßung gewartet wird (Vorgabe 5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 0 and 600</source>
        <translation>--timeout erwartet eine Zahl von Sekunden zwischen 0 und 600</translation>
    </message>
</context>
<context>
    <name>MailOps::DiagnosticsPanel</name>
    <message>
        <source>Domain that does not receive mail, e.g. example.org</source>
        <translation>Domain, die keine Mail erhält, z. B. example.org</translation>
    </message>
    <message>
        <source>optional: sending IP</source>
        <translation>optional: sendende IP</translation>
    </message>
    <message>
        <source>optional: sender's HELO name</source>
        <translation>optional: HELO-Name des Absenders</translation>
    </message>
    <message>
        <source>&amp;Why is mail not arriving?</source>
        <translation>&amp;Warum kommt keine Mail an?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy evidence report</source>
        <translation>Befundbericht kopieren</translation>
    </message>
    <message>
        <source>As plain text</source>
        <translation>Als Text</translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation>Als Markdown</translation>
    </message>
    <message>
        <source>As JSON</source>
        <translation>Als JSON</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>Enter a domain and start the run. Every check shows up here as it goes.</source>
        <translation>Eine Domain eingeben und den Lauf starten. Jede Prüfung erscheint hier, sobald sie läuft.</translation>
    </message>
    <message>
        <source>Enter the domain whose mail does not arrive.</source>
        <translation>Die Domain eingeben, deren Mail nicht ankommt.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1 …</translation>
    </message>
    <message>
        <source>No problem found by these checks for %1.</source>
        <translation>Diese Prüfungen fanden für %1 kein Problem.</translation>
    </message>
</context>
<context>
    <name>MailOps::Evaluation</name>
    <message>
        <source>"%1" is not a valid domain name, so it has no SPF policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SPF record of %1 could not be fetched: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 publishes no SPF record (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has TXT records but none of them is an SPF record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 4.5): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SPF record of %1 is invalid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 DNS lookups are needed (RFC 7208 4.6.4); the limit was crossed at "%2" in %3's record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> in </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 matched "%2" in the SPF record of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redirect loop: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redirect=%1 in %2 points to a domain without an SPF record (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no mechanism in the SPF record of %1 matched %2 and there is no redirect=, so the result is neutral (RFC 7208 4.7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 lookups found nothing (RFC 7208 4.6.4 void lookup limit); the last was %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 found nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lookup of %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lookup of %1 A failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lookup of %1 MX failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 MX records; an SPF mx mechanism may look at no more than 10 (RFC 7208 4.6.4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no validated PTR name for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>include loop: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>include:%1 points to a domain without an SPF record (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::EvidenceReport</name>
    <message>
        <source>MailOps Console evidence report</source>
        <translation>Befundbericht der MailOps-Konsole</translation>
    </message>
    <message>
        <source>Question:     %1</source>
        <translation>Frage:        %1</translation>
    </message>
    <message>
        <source>Target:       %1</source>
        <translation>Ziel:         %1</translation>
    </message>
    <message>
        <source>Checked from: %1</source>
        <translation>Geprüft von:  %1</translation>
    </message>
    <message>
        <source>Time (UTC):   %1 to %2</source>
        <translation>Zeit (UTC):   %1 bis %2</translation>
    </message>
    <message>
        <source>Overall:      %1</source>
        <translation>Gesamt:       %1</translation>
    </message>
    <message>
        <source>CONCLUSIONS</source>
        <translation>ERGEBNISSE</translation>
    </message>
    <message>
        <source>No problem found by these checks.</source>
        <translation>Diese Prüfungen fanden kein Problem.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Belege: %1</translation>
    </message>
    <message>
        <source>CHECKS</source>
        <translation>PRÜFUNGEN</translation>
    </message>
    <message>
        <source>Generated by MailOps Console %1.</source>
        <translation>Erstellt von MailOps-Konsole %1.</translation>
    </message>
    <message>
        <source>Evidence report: %1</source>
        <translation>Befundbericht: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Checked from</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Belege: %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Raw evidence</source>
        <translation>Rohdaten</translation>
    </message>
</context>
<context>
    <name>MailOps::GatewayHealthCheck</name>
    <message>
        <source>%1 did not greet within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s gegrüßt</translation>
    </message>
    <message>
        <source>%1 answered, but not with an SMTP greeting: %2</source>
        <translation>%1 hat geantwortet, aber nicht mit einer SMTP-Begrüßung: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::GatewayProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The SSH host must look like user@host or host.</source>
        <translation>Der SSH-Host muss die Form benutzer@host oder host haben.</translation>
    </message>
    <message>
        <source>The DNS resolver must be an IP address (or empty for the system resolver).</source>
        <translation>Der DNS-Resolver muss eine IP-Adresse sein (oder leer für den System-Resolver).</translation>
    </message>
    <message>
        <source>The DNS port must be between 1 and 65535.</source>
        <translation>Der DNS-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The SMTP host is not a valid host name or address.</source>
        <translation>Der SMTP-Host ist kein gültiger Hostname und keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The SMTP port must be between 1 and 65535.</source>
        <translation>Der SMTP-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The supervisord address must be an http:// URL such as http://127.0.0.1:9001/RPC2.</source>
        <translation>Die supervisord-Adresse muss eine http://-URL sein, etwa http://127.0.0.1:9001/RPC2.</translation>
    </message>
    <message>
        <source>Do not put a password in the supervisord URL; it is kept in the system keychain.</source>
        <translation>Kein Passwort in die supervisord-URL schreiben; es liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The mail log path must be absolute.</source>
        <translation>Der Pfad des Mail-Logs muss absolut sein.</translation>
    </message>
</context>
<context>
    <name>MailOps::GatewayStatusWidget</name>
    <message>
        <source>%1 answers (%2 ms)</source>
        <translation>%1 antwortet (%2 ms)</translation>
    </message>
    <message>
        <source>%1 refuses sessions: %2</source>
        <translation>%1 lehnt Sitzungen ab: %2</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Gateway not checked yet</source>
        <translation>Gateway noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1: no SMTP server set in the profile</source>
        <translation>%1: kein SMTP-Server im Profil eingetragen</translation>
    </message>
    <message>
        <source>Checking %1 (%2:%3)…</source>
        <translation>Prüfe %1 (%2:%3) …</translation>
    </message>
</context>
<context>
    <name>MailOps::MailLogFollower</name>
    <message>
        <source>mail log %1 does not exist (yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open mail log %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::MailqParser</name>
    <message>
        <source>line longer than %1 bytes, skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a queue entry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>continuation line outside an entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::MainWindow</name>
    <message>
        <source>MailOps Console</source>
        <translation>MailOps-Konsole</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Gateway monitor</source>
        <translation>Gateway-Überwachung</translation>
    </message>
    <message>
        <source>Watches the gateway's services, queue and malformed messages, so a crash loop or a silent tempfail rule shows up before the phones ring.</source>
        <translation>Überwacht Dienste, Warteschlange und fehlerhafte Nachrichten des Gateways, damit eine Absturzschleife oder eine stille Tempfail-Regel auffällt, bevor die Telefone klingeln.</translation>
    </message>
    <message>
        <source>A card per service with state, PID, uptime, restart count and a crash-loop alert</source>
        <translation>Eine Karte je Dienst mit Zustand, PID, Laufzeit, Neustarts und Alarm bei Absturzschleifen</translation>
    </message>
    <message>
        <source>Queue depth per queue (active, deferred, hold, incoming) charted over time</source>
        <translation>Länge jeder Warteschlange (active, deferred, hold, incoming) im Zeitverlauf</translation>
    </message>
    <message>
        <source>Deferral reasons grouped, and a qshape-like table by domain and age</source>
        <translation>Gruppierte Zurückstellungsgründe und eine Tabelle nach Domain und Alter wie bei qshape</translation>
    </message>
    <message>
        <source>A scan of queued messages for malformed and poison messages, with hold, release and delete</source>
        <translation>Suche nach fehlerhaften und giftigen Nachrichten in der Warteschlange, mit Anhalten, Freigeben und Löschen</translation>
    </message>
    <message>
        <source>Reject and tempfail rates by code and reason from the mail log</source>
        <translation>Ablehnungen und Tempfails nach Code und Grund aus dem Mail-Log</translation>
    </message>
    <message>
        <source>Listening sockets and port conflicts</source>
        <translation>Lauschende Sockets und Portkonflikte</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Answers "why is mail not arriving?" with evidence a support desk cannot misread.</source>
        <translation>Beantwortet „Warum kommt keine Mail an?“ mit Belegen, die ein Support-Team nicht missverstehen kann.</translation>
    </message>
    <message>
        <source>DNS: MX, A/AAAA, PTR and forward-confirmed reverse DNS, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, DANE, DNSSEC, propagation</source>
        <translation>DNS: MX, A/AAAA, PTR und bestätigtes Reverse-DNS, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, DANE, DNSSEC, Verbreitung</translation>
    </message>
    <message>
        <source>DNSBL checks with list liveness (RFC 5782 test points)</source>
        <translation>DNSBL-Prüfungen mit Lebendprüfung der Listen (Testpunkte nach RFC 5782)</translation>
    </message>
    <message>
        <source>Ports: open, refused, or filtered, from here</source>
        <translation>Ports: offen, abgewiesen oder gefiltert, von hier aus</translation>
    </message>
    <message>
        <source>SMTP: banner, EHLO, STARTTLS and certificate, AUTH, open relay without sending</source>
        <translation>SMTP: Banner, EHLO, STARTTLS und Zertifikat, AUTH, offenes Relay ohne Versand</translation>
    </message>
    <message>
        <source>A guided run and an evidence report in text, Markdown and JSON</source>
        <translation>Ein geführter Lauf und ein Befundbericht als Text, Markdown und JSON</translation>
    </message>
    <message>
        <source>Policy history</source>
        <translation>Richtlinien-Verlauf</translation>
    </message>
    <message>
        <source>Keeps the gateway's policy as versions, so a bad rule is one click from undone.</source>
        <translation>Hält die Richtlinie des Gateways in Versionen, damit eine schlechte Regel mit einem Klick zurückgenommen ist.</translation>
    </message>
    <message>
        <source>Versions with author, time and comment, and a highlighted diff</source>
        <translation>Versionen mit Autor, Zeit und Kommentar und ein hervorgehobener Vergleich</translation>
    </message>
    <message>
        <source>Lint that knows past outages (tempfail on missing PTR, dead DNSBLs, open relay)</source>
        <translation>Prüfregeln, die frühere Ausfälle kennen (Tempfail bei fehlendem PTR, tote DNSBLs, offenes Relay)</translation>
    </message>
    <message>
        <source>Apply with validation, reload, health check and automatic rollback</source>
        <translation>Anwenden mit Prüfung, Neuladen, Gesundheitscheck und automatischer Rücknahme</translation>
    </message>
    <message>
        <source>An impact preview that replays recent traffic through a proposed policy</source>
        <translation>Eine Wirkungsvorschau, die jüngsten Verkehr durch eine vorgeschlagene Richtlinie schickt</translation>
    </message>
    <message>
        <source>Status broadcast</source>
        <translation>Statusmeldungen</translation>
    </message>
    <message>
        <source>Drafts the notices that keep management, partners and users informed while the incident runs.</source>
        <translation>Entwirft die Meldungen, die Leitung, Partner und Nutzer während des Vorfalls informieren.</translation>
    </message>
    <message>
        <source>Drafts per audience, filled from live state: what happened, what we did, what you can do, next update</source>
        <translation>Entwürfe je Zielgruppe aus dem aktuellen Zustand: was geschah, was wir taten, was Sie tun können, nächste Meldung</translation>
    </message>
    <message>
        <source>A jargon check for the plain-words audience</source>
        <translation>Eine Fachjargon-Prüfung für Leser ohne Technikwissen</translation>
    </message>
    <message>
        <source>A "next update due" timer</source>
        <translation>Ein Zeitgeber „nächste Meldung fällig“</translation>
    </message>
    <message>
        <source>Sending through a chosen SMTP server, or as .eml, clipboard or webhook while the gateway is down</source>
        <translation>Versand über einen gewählten SMTP-Server oder als .eml, Zwischenablage oder Webhook, solange das Gateway ausfällt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Everything the console saw or did, in order, ready to become the postmortem.</source>
        <translation>Alles, was die Konsole sah oder tat, der Reihe nach, bereit für die Nachbetrachtung.</translation>
    </message>
    <message>
        <source>Service restarts, queue spikes, policy applies and rollbacks, notices sent</source>
        <translation>Neustarts von Diensten, Spitzen in der Warteschlange, Richtlinienänderungen und Rücknahmen, versandte Meldungen</translation>
    </message>
    <message>
        <source>Export as a postmortem</source>
        <translation>Export als Nachbetrachtung</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Gateway &amp;profiles…</source>
        <translation>Gateway-&amp;Profile …</translation>
    </message>
    <message>
        <source>&amp;Check gateway now</source>
        <translation>Gateway jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Toggle &amp;dark mode</source>
        <translation>&amp;Dunkelmodus umschalten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About MailOps Console</source>
        <translation>&amp;Über die MailOps-Konsole</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Gateway: </source>
        <translation>Gateway: </translation>
    </message>
    <message>
        <source>The gateway every panel looks at</source>
        <translation>Das Gateway, das alle Bereiche betrachten</translation>
    </message>
    <message>
        <source>%1 — MailOps Console</source>
        <translation>%1 — MailOps-Konsole</translation>
    </message>
    <message>
        <source>Gateway profiles</source>
        <translation>Gateway-Profile</translation>
    </message>
    <message>
        <source>Check the gateway now</source>
        <translation>Gateway jetzt prüfen</translation>
    </message>
    <message>
        <source>Toggle dark mode</source>
        <translation>Dunkelmodus umschalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About MailOps Console</source>
        <translation>Über die MailOps-Konsole</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MailOps Console %1&lt;/h3&gt;&lt;p&gt;A console for mail-gateway administrators during outages: gateway monitor, diagnostics, policy history, status broadcast and timeline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailOps-Konsole %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für Administratoren von Mail-Gateways während Ausfällen: Gateway-Überwachung, Diagnose, Richtlinien-Verlauf, Statusmeldungen und Zeitleiste.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MailOps::MessageLinter</name>
    <message>
        <source>carriage return not followed by a line feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NUL byte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line ends in a bare line feed in a CRLF message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line is %1 octets long; the limit is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>8-bit bytes in a header without SMTPUTF8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>continuation line before any header field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>continuation line holds only white space (obsolete folding)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mbox "From " separator line before the header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a header field (no field name and colon): "%1"; taken as the start of the body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>white space before the colon of "%1" (obsolete syntax)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid character in header field name "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header field %1 is larger than %2 bytes; only its start was analysed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header field %1 appears %2 times; it is allowed once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no From: header field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Date: header field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>multipart content without a boundary parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MIME nesting deeper than %1 levels; deeper parts are not analysed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>boundary "%1" never appears</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>multipart with boundary "%1" has no closing delimiter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>multipart closed without any body part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>base64 data ends in the middle of a 4-character group (truncated?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data after base64 padding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>misplaced base64 padding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>byte 0x%1 is not base64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"=" not followed by two hex digits: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the message is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::PlannedPanel</name>
    <message>
        <source>Not available in this version yet: this panel shows no live data.</source>
        <translation>In dieser Version noch nicht verfügbar: dieser Bereich zeigt keine Live-Daten.</translation>
    </message>
    <message>
        <source>What it will hold</source>
        <translation>Was er enthalten wird</translation>
    </message>
</context>
<context>
    <name>MailOps::ProfileEditorDialog</name>
    <message>
        <source>Gateway profiles</source>
        <translation>Gateway-Profile</translation>
    </message>
    <message>
        <source>e.g. Edge gateway 1</source>
        <translation>z. B. Edge-Gateway 1</translation>
    </message>
    <message>
        <source>Local (this machine)</source>
        <translation>Lokal (dieser Rechner)</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>user@gateway.example.org</source>
        <translation>benutzer@gateway.example.org</translation>
    </message>
    <message>
        <source>empty: the system resolver</source>
        <translation>leer: der System-Resolver</translation>
    </message>
    <message>
        <source>empty: /etc/postfix</source>
        <translation>leer: /etc/postfix</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation>SSH-&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Services from:</source>
        <translation>&amp;Dienste aus:</translation>
    </message>
    <message>
        <source>supervisord &amp;URL:</source>
        <translation>supervisord-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;DNS resolver:</source>
        <translation>DNS-&amp;Resolver:</translation>
    </message>
    <message>
        <source>S&amp;MTP server:</source>
        <translation>S&amp;MTP-Server:</translation>
    </message>
    <message>
        <source>Mail &amp;log:</source>
        <translation>Mail-&amp;Log:</translation>
    </message>
    <message>
        <source>&amp;Postfix config:</source>
        <translation>&amp;Postfix-Konfiguration:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Use this gateway</source>
        <translation>Dieses Gateway &amp;verwenden</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the gateway profile "%1"?</source>
        <translation>Das Gateway-Profil „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>MailOps::ProfileListModel</name>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation>DNS-Resolver</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
</context>
<context>
    <name>MailOps::ProfileStore</name>
    <message>
        <source>The settings file %1 cannot be read (permission denied); using the lab gateway profile.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden (keine Berechtigung); das Labor-Gateway-Profil wird verwendet.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and was not read; it was kept as %2. Using the lab gateway profile.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt und wurde nicht gelesen; sie wurde als %2 aufbewahrt. Das Labor-Gateway-Profil wird verwendet.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version; some settings may be ignored.</source>
        <translation>Die Einstellungsdatei %1 stammt von einer neueren Version; manche Einstellungen werden womöglich ignoriert.</translation>
    </message>
    <message>
        <source>The settings file %1 claims %2 profiles; only the first %3 were read.</source>
        <translation>Die Einstellungsdatei %1 gibt %2 Profile an; nur die ersten %3 wurden gelesen.</translation>
    </message>
    <message>
        <source>Profile %1 in %2 is invalid and was skipped: %3</source>
        <translation>Profil %1 in %2 ist ungültig und wurde übersprungen: %3</translation>
    </message>
    <message>
        <source>a value has the wrong type.</source>
        <translation>ein Wert hat den falschen Typ.</translation>
    </message>
    <message>
        <source>%1 more invalid profiles were skipped.</source>
        <translation>%1 weitere ungültige Profile wurden übersprungen.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the settings file as %1.</source>
        <translation>Konnte keine Kopie der Einstellungsdatei als %1 anlegen.</translation>
    </message>
    <message>
        <source>A profile named %1 already exists.</source>
        <translation>Ein Profil namens %1 gibt es schon.</translation>
    </message>
    <message>
        <source>No such profile.</source>
        <translation>Dieses Profil gibt es nicht.</translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation>Das letzte Profil kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Konnte die Einstellungsdatei %1 nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>MailOps::QShapeModel</name>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::QueueParser</name>
    <message>
        <source>line longer than %1 bytes, skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field "%1" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field "%1" is not a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field "%1" is not a non-negative number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field "queue_id" is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field "recipients" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field "recipients" is not an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a recipient has no "address"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::QueueSummary</name>
    <message>
        <source>(other domains)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(other reasons)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::Resolver</name>
    <message>
        <source>system resolver (/etc/resolv.conf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid DNS name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot use the system resolver: /etc/resolv.conf could not be read (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>system resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>out of memory creating a resolver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a usable server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot build a query for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no answer to %2 within %3 ms (%4 attempt(s) of %5 ms each)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: could not send %2 or receive its answer (network error after %3 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot ask %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the answer to %2 could not be decoded (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the answer to %2 could not be re-encoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed answer to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes is shorter than a DNS header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes is larger than any DNS message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it carries ID %1 but the query had ID %2 (a confused or spoofing server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server sent a query back, not an answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it answers a different question (%1 %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no question section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer to %1 was truncated and could not be fetched whole (TCP fallback off or failed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists but has no %2 records (NODATA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server failed to answer %1 (SERVFAIL): the domain's DNS is broken, unreachable or fails DNSSEC validation; this says nothing about whether the record exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server refused to answer %1 (REFUSED): it does not serve this zone or does not answer this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server answered %1 with %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::SpfEvaluator</name>
    <message>
        <source>no client IP address was given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> DNS lookups, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> void)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::SpfMacro</name>
    <message>
        <source>character %1 at position %2 is not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a lone '%' ends the text (write %% for a percent sign)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%%1' at position %2 is not a macro (use %{...}, %%, %_ or %-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad macro at position %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::SpfRecord</name>
    <message>
        <source>not an SPF record: it does not start with "v=spf1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid modifier name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1= modifier appears more than once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>':' must be followed by a domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"all" takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" needs a domain (%1:example.com)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" takes no prefix length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid prefix length (/0-32, //0-128)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"ptr" takes no prefix length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" needs an address (%1:%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid %2 address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"/%1" is not a valid prefix length (0-%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailOps::TextViewer</name>
    <message>
        <source>

[… %1 more characters not shown]</source>
        <translation>

[… %1 weitere Zeichen nicht angezeigt]</translation>
    </message>
</context>
</TS>
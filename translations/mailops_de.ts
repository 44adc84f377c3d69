<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionConfirmation</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation>An Absender zurückschicken</translation>
    </message>
</context>
<context>
    <name>ChangeImpact</name>
    <message>
        <source>rollback to %1</source>
        <translation>Rollback auf %1</translation>
    </message>
    <message>
        <source>%1 (rollback)</source>
        <translation>%1 (Rollback)</translation>
    </message>
    <message>
        <source>drift %1</source>
        <translation>Drift %1</translation>
    </message>
    <message>
        <source>%1 confirmed</source>
        <translation>%1 bestätigt</translation>
    </message>
    <message>
        <source>%1 reverted</source>
        <translation>%1 zurückgenommen</translation>
    </message>
    <message>
        <source>%1 not applied</source>
        <translation>%1 nicht eingespielt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 gescheitert</translation>
    </message>
    <message>
        <source>%1 rose %2x %3 %4</source>
        <translation>%1 %3 %4 auf das %2-Fache gestiegen</translation>
    </message>
    <message>
        <source>%1 rose from 0 to %2 a minute %3 %4</source>
        <translation>%1 %3 %4 von 0 auf %2 pro Minute gestiegen</translation>
    </message>
    <message>
        <source>%1 rose from 0 to %2 %3 %4</source>
        <translation>%1 %3 %4 von 0 auf %2 gestiegen</translation>
    </message>
    <message>
        <source>within a minute of</source>
        <translation>binnen einer Minute nach</translation>
    </message>
    <message>
        <source>a minute after</source>
        <translation>eine Minute nach</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>zehn</translation>
    </message>
    <message>
        <source>%1 minutes after</source>
        <translation>%1 Minuten nach</translation>
    </message>
</context>
<context>
    <name>DeliveryVerdict</name>
    <message>
        <source>the next hop %1 refuses connections</source>
        <translation>der nächste Hop %1 verweigert Verbindungen</translation>
    </message>
    <message>
        <source>the next hop %1 does not answer (connection timed out)</source>
        <translation>der nächste Hop %1 antwortet nicht (Zeitüberschreitung beim Verbinden)</translation>
    </message>
    <message>
        <source>the next hop %1 cannot be reached (%2)</source>
        <translation>der nächste Hop %1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 answers %2 %3</source>
        <translation>%1 antwortet %2 %3</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while %2</source>
        <translation>die Verbindung zu %1 brach ab, während: %2</translation>
    </message>
    <message>
        <source>DNS cannot find %1 (%2) for now</source>
        <translation>DNS findet %1 (%2) derzeit nicht</translation>
    </message>
    <message>
        <source>%1 is in a crash loop</source>
        <translation>%1 steckt in einer Absturzschleife</translation>
    </message>
    <message>
        <source>Mail stopped: %1 not running, nothing is received or delivered</source>
        <translation>Mail steht: %1 läuft nicht, es wird nichts angenommen oder zugestellt</translation>
    </message>
    <message>
        <source>Waiting for the first look at the queue…</source>
        <translation>Warte auf den ersten Blick in die Warteschlange…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 recipients)</source>
        <translation>%1 (%2 von %3 Empfängern)</translation>
    </message>
    <message>
        <source>in the last %1 min</source>
        <translation>in den letzten %1 min</translation>
    </message>
    <message>
        <source>; %1 on hold</source>
        <translation>; %1 angehalten</translation>
    </message>
    <message>
        <source>Outbound delivery stopped: %1 of %2 queued messages deferred, none delivered %3</source>
        <translation>Ausgehende Zustellung steht: %1 von %2 Nachrichten in der Warteschlange zurückgestellt, %3 keine zugestellt</translation>
    </message>
    <message>
        <source>Outbound delivery looks stopped: %1 of %2 queued messages deferred</source>
        <translation>Ausgehende Zustellung steht offenbar: %1 von %2 Nachrichten in der Warteschlange zurückgestellt</translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <source>Delivery is slow: %1 of %2 queued messages deferred, %3 delivered %4</source>
        <translation>Zustellung ist langsam: %1 von %2 Nachrichten in der Warteschlange zurückgestellt, %4 %3 zugestellt</translation>
    </message>
    <message>
        <source>Delivery is slow: %1 of %2 queued messages deferred</source>
        <translation>Zustellung ist langsam: %1 von %2 Nachrichten in der Warteschlange zurückgestellt</translation>
    </message>
    <message>
        <source>the services cannot be read (%1)</source>
        <translation>die Dienste können nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Nothing waits: the queue is empty, no delivery %1</source>
        <translation>Nichts wartet: die Warteschlange ist leer, %1 keine Zustellung</translation>
    </message>
    <message>
        <source>Queue: %1 messages, %2 deferred</source>
        <translation>Warteschlange: %1 Nachrichten, %2 zurückgestellt</translation>
    </message>
    <message>
        <source>Quiet: no delivery %1; %2 in the queue, %3 deferred</source>
        <translation>Ruhig: %1 keine Zustellung; %2 in der Warteschlange, %3 zurückgestellt</translation>
    </message>
    <message>
        <source>Mail is flowing: %1 delivered %2, %3 in the queue</source>
        <translation>Mail fließt: %2 %1 zugestellt, %3 in der Warteschlange</translation>
    </message>
</context>
<context>
    <name>DnsServer</name>
    <message>
        <source>&quot;%1&quot; is not a DNS server address (expected ADDRESS or ADDRESS:PORT)</source>
        <translation>„%1“ ist keine DNS-Serveradresse (erwartet ADRESSE oder ADRESSE:PORT)</translation>
    </message>
</context>
<context>
    <name>JournalReport</name>
    <message>
        <source>Times are UTC.</source>
        <translation>Zeiten in UTC.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
</context>
<context>
    <name>MailLogCheck</name>
    <message>
        <source>no mail log is configured</source>
        <translation>kein Mail-Log eingerichtet</translation>
    </message>
    <message>
        <source>the mail log %1 does not exist</source>
        <translation>das Mail-Log %1 gibt es nicht</translation>
    </message>
    <message>
        <source>the mail log %1 is not a regular file</source>
        <translation>das Mail-Log %1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read the mail log %1: %2</source>
        <translation>das Mail-Log %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot seek in the mail log %1: %2</source>
        <translation>im Mail-Log %1 kann nicht positioniert werden: %2</translation>
    </message>
    <message>
        <source>none of the %1 lines read looks like a mail log</source>
        <translation>keine der %1 gelesenen Zeilen sieht nach einem Mail-Log aus</translation>
    </message>
    <message>
        <source>%1 %2 in the last %3 min</source>
        <translation>%1 %2 in den letzten %3 min</translation>
    </message>
    <message>
        <source>(critical at %1)</source>
        <translation>(kritisch ab %1)</translation>
    </message>
    <message>
        <source>(warning at %1)</source>
        <translation>(Warnung ab %1)</translation>
    </message>
    <message>
        <source>only the last %1 MB of the log were read, covering %2</source>
        <translation>nur die letzten %1 MB des Logs wurden gelesen, sie umfassen %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 lines read (%2 not from a mail log), %3 bytes%4</source>
        <translation>%1 Zeilen gelesen (%2 nicht aus einem Mail-Log), %3 Bytes%4</translation>
    </message>
    <message>
        <source>, the tail of the file only</source>
        <translation>, nur das Ende der Datei</translation>
    </message>
</context>
<context>
    <name>MailOps</name>
    <message>
        <source>&apos;%1&apos; is not a macro letter</source>
        <translation>&apos;%1&apos; ist kein Makrobuchstabe</translation>
    </message>
    <message>
        <source>the macro is not closed</source>
        <translation>das Makro ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a macro transformer of 0 parts is not allowed</source>
        <translation>ein Makro-Transformer mit 0 Teilen ist nicht erlaubt</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in a macro</source>
        <translation>unerwartetes &apos;%1&apos; in einem Makro</translation>
    </message>
    <message>
        <source>SPF syntax error in &quot;%1&quot;: %2</source>
        <translation>SPF-Syntaxfehler in „%1“: %2</translation>
    </message>
    <message>
        <source>the domain is empty</source>
        <translation>die Domain ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fully qualified domain name</source>
        <translation>„%1“ ist kein vollqualifizierter Domainname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not end in a valid top-level label</source>
        <translation>„%1“ endet nicht auf ein gültiges Top-Level-Label</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 (connection refused)</source>
        <translation>Auf %1 nimmt nichts Verbindungen an (Verbindung abgewiesen)</translation>
    </message>
    <message>
        <source>The host answered at once and refused: the mail service is not running there, or listens on another address or port. Tested from %1.</source>
        <translation>Der Host hat sofort geantwortet und abgewiesen: der Maildienst läuft dort nicht oder lauscht auf einer anderen Adresse oder einem anderen Port. Geprüft von %1.</translation>
    </message>
    <message>
        <source>Port %1 of %2 is filtered: connections time out</source>
        <translation>Port %1 von %2 ist gefiltert: Verbindungsversuche laufen ins Leere</translation>
    </message>
    <message>
        <source>No answer at all: a firewall between here and the server drops the connection (a refused connection would be answered at once). If the server accepts mail locally, ask the network or hosting provider whether port %1 is blocked upstream.</source>
        <translation>Überhaupt keine Antwort: eine Firewall zwischen hier und dem Server verwirft die Verbindung (eine abgewiesene Verbindung würde sofort beantwortet). Nimmt der Server lokal Mail an, beim Netz- oder Hosting-Provider nachfragen, ob Port %1 vorgelagert gesperrt ist.</translation>
    </message>
    <message>
        <source>%1 refuses SMTP sessions at the greeting</source>
        <translation>%1 lehnt SMTP-Sitzungen bei der Begrüßung ab</translation>
    </message>
    <message>
        <source>%1 is an OPEN RELAY</source>
        <translation>%1 ist ein OFFENES RELAY</translation>
    </message>
    <message>
        <source>It accepted mail from an outside sender to an outside recipient without authentication (no message was sent: the test stops before DATA). Spammers will find it within hours; close it now.</source>
        <translation>Es hat ohne Authentifizierung Mail von einem externen Absender an einen externen Empfänger angenommen (es wurde keine Nachricht gesendet: der Test endet vor DATA). Spammer finden es binnen Stunden; sofort schließen.</translation>
    </message>
    <message>
        <source>%1 temporarily refuses mail for %2</source>
        <translation>%1 lehnt Mail für %2 vorübergehend ab</translation>
    </message>
    <message>
        <source>A 4xx answer makes senders queue and retry for days: mail seems to vanish rather than bounce. Look for a new rule that tempfails (a reverse-DNS or greylisting check, a full disk).</source>
        <translation>Eine 4xx-Antwort lässt Absender die Mail tagelang in der Warteschlange halten und erneut versuchen: Mail scheint zu verschwinden, statt zu bouncen. Nach einer neuen Regel suchen, die Tempfails erzeugt (eine Reverse-DNS- oder Greylisting-Prüfung, eine volle Platte).</translation>
    </message>
    <message>
        <source>%1 rejects mail for %2</source>
        <translation>%1 lehnt Mail für %2 ab</translation>
    </message>
    <message>
        <source>The SMTP session with %1 failed</source>
        <translation>Die SMTP-Sitzung mit %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the DMARC record at %1 could not be looked up: %2</source>
        <translation>der DMARC-Record bei %1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers then apply no DMARC at all (RFC 7489 6.6.3)</source>
        <translation>%1 hat %2 DMARC-Records; Empfänger wenden dann überhaupt kein DMARC an (RFC 7489 6.6.3)</translation>
    </message>
    <message>
        <source>the DMARC record at %1 is invalid, so receivers ignore it: %2</source>
        <translation>der DMARC-Record bei %1 ist ungültig, daher ignorieren Empfänger ihn: %2</translation>
    </message>
    <message>
        <source>DMARC syntax error: %1</source>
        <translation>DMARC-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>DEAD OR MISCONFIGURED: %1 lists the test address 127.0.0.1 (answer %2), which no working list does (RFC 5782). It lists everything and will reject ALL mail: remove it from the gateway&apos;s configuration now.</source>
        <translation>TOT ODER FEHLKONFIGURIERT: %1 listet die Testadresse 127.0.0.1 (Antwort %2), was keine funktionierende Liste tut (RFC 5782). Sie listet alles und wird ALLE Mail ablehnen: sofort aus der Konfiguration des Gateways entfernen.</translation>
    </message>
    <message>
        <source>%1 answers %2 to its test queries: %3. Its answers from this resolver mean nothing; query it through a resolver it accepts, or drop it.</source>
        <translation>%1 antwortet %2 auf ihre Testabfragen: %3. Ihre Antworten über diesen Resolver sind bedeutungslos; sie über einen Resolver abfragen, den sie akzeptiert, oder sie entfernen.</translation>
    </message>
    <message>
        <source>could not test %1: %2</source>
        <translation>%1 konnte nicht getestet werden: %2</translation>
    </message>
    <message>
        <source>%1 does not list the test address 127.0.0.2: it may be discontinued or not publish RFC 5782 test points; treat its answers with care.</source>
        <translation>%1 listet die Testadresse 127.0.0.2 nicht: sie ist vielleicht eingestellt oder veröffentlicht keine Testpunkte nach RFC 5782; ihre Antworten mit Vorsicht behandeln.</translation>
    </message>
    <message>
        <source>%1 answers its test points correctly (127.0.0.2 listed, 127.0.0.1 not listed)</source>
        <translation>%1 beantwortet ihre Testpunkte richtig (127.0.0.2 gelistet, 127.0.0.1 nicht gelistet)</translation>
    </message>
    <message>
        <source>%1 lookup failed: %2</source>
        <translation>%1-Abfrage fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>no %1 record at %2</source>
        <translation>kein %1-Record bei %2</translation>
    </message>
    <message>
        <source>the %1 record at %2 could not be looked up: %3</source>
        <translation>der %1-Record bei %2 konnte nicht abgefragt werden: %3</translation>
    </message>
    <message>
        <source>%1 has TXT records but no %2 record</source>
        <translation>%1 hat TXT-Records, aber keinen %2-Record</translation>
    </message>
    <message>
        <source>%1 has %2 %3 records; exactly one is allowed</source>
        <translation>%1 hat %2 %3-Records; genau einer ist erlaubt</translation>
    </message>
    <message>
        <source>the %1 record at %2 is invalid: %3</source>
        <translation>der %1-Record bei %2 ist ungültig: %3</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ABGEWIESEN</translation>
    </message>
    <message>
        <source>FILTERED (timeout)</source>
        <translation>GEFILTERT (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>UNREACHABLE</source>
        <translation>UNERREICHBAR</translation>
    </message>
    <message>
        <source>NAME NOT FOUND</source>
        <translation>NAME NICHT GEFUNDEN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>supervisord at %1 refused the connection: is it running?</source>
        <translation>supervisord auf %1 hat die Verbindung abgewiesen: läuft er?</translation>
    </message>
    <message>
        <source>host of %1 not found</source>
        <translation>Host von %1 nicht gefunden</translation>
    </message>
    <message>
        <source>supervisord at %1 did not answer in time</source>
        <translation>supervisord auf %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>supervisord at %1 wants a user name and password (put them in the URL)</source>
        <translation>supervisord auf %1 verlangt Benutzername und Passwort (in die URL schreiben)</translation>
    </message>
    <message>
        <source>supervisord at %1 answered HTTP %2</source>
        <translation>supervisord auf %1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>cannot talk to supervisord at %1: %2</source>
        <translation>keine Verbindung zu supervisord auf %1: %2</translation>
    </message>
    <message>
        <source>supervisord fault %1: %2</source>
        <translation>supervisord-Fehler %1: %2</translation>
    </message>
    <message>
        <source>the gateway does not run systemd: %1</source>
        <translation>auf dem Gateway läuft kein systemd: %1</translation>
    </message>
    <message>
        <source>%1 was not allowed: %2</source>
        <translation>%1 wurde nicht erlaubt: %2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 ist mit Exitcode %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>unit block at line %1 has no Id (truncated or not systemctl show output)</source>
        <translation>Unit-Block in Zeile %1 hat keine Id (abgeschnitten oder keine Ausgabe von systemctl show)</translation>
    </message>
    <message>
        <source>unit %1 has no ActiveState (truncated output?)</source>
        <translation>Unit %1 hat keinen ActiveState (Ausgabe abgeschnitten?)</translation>
    </message>
    <message>
        <source>no such unit</source>
        <translation>keine solche Unit</translation>
    </message>
    <message>
        <source>last result: %1</source>
        <translation>letztes Ergebnis: %1</translation>
    </message>
    <message>
        <source>no connection to a gateway to read its Postfix policy from</source>
        <translation>keine Verbindung zu einem Gateway, von dem sich die Postfix-Richtlinie lesen ließe</translation>
    </message>
    <message>
        <source>the Postfix configuration directory &quot;%1&quot; is not an absolute path</source>
        <translation>das Postfix-Konfigurationsverzeichnis „%1“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>the gateway connection ended before postconf answered</source>
        <translation>die Verbindung zum Gateway endete, bevor postconf antwortete</translation>
    </message>
    <message>
        <source>the TXT record &quot;%1&quot; at %2 is not a DMARC record (&quot;v=DMARC1&quot; must be followed by &quot;;&quot;): receivers discard it</source>
        <translation>der TXT-Record „%1“ bei %2 ist kein DMARC-Record (auf „v=DMARC1“ muss „;“ folgen): Empfänger verwerfen ihn</translation>
    </message>
    <message>
        <source>%1=: &quot;%2&quot; is not a report URI; write mailto:address</source>
        <translation>%1=: „%2“ ist keine Report-URI; mailto:adresse schreiben</translation>
    </message>
    <message>
        <source>%1=: %2 is not a mailto: URI; receivers send reports to mailto: only</source>
        <translation>%1=: %2 ist keine mailto:-URI; Empfänger schicken Reports nur an mailto:-Adressen</translation>
    </message>
    <message>
        <source> (write %1=%2)</source>
        <translation> (%1=%2 schreiben)</translation>
    </message>
    <message>
        <source>U+%1</source>
        <translation>U+%1</translation>
    </message>
    <message>
        <source>an HTML entity</source>
        <translation>eine HTML-Entity</translation>
    </message>
</context>
<context>
    <name>MailOps::AllUsersDialog</name>
    <message>
        <source>Tell every user: %1</source>
        <translation>Alle Benutzer informieren: %1</translation>
    </message>
    <message>
        <source>One message to every mailbox of the list, through the relay below: send it once mail flows again, at a rate the gateway takes alongside the backlog.</source>
        <translation>Eine Nachricht an jedes Postfach der Liste, über das Relay unten: erst senden, wenn Mail wieder fließt, und in einem Tempo, das das Gateway neben dem Rückstau verkraftet.</translation>
    </message>
    <message>
        <source>a file with one address per line (a directory export)</source>
        <translation>eine Datei mit einer Adresse je Zeile (ein Verzeichnisexport)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Mailboxes:</source>
        <translation>&amp;Postfächer:</translation>
    </message>
    <message>
        <source>%1 (%2:%3)</source>
        <translation>%1 (%2:%3)</translation>
    </message>
    <message>
        <source>&amp;Through:</source>
        <translation>Ü&amp;ber:</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>as fast as the relay takes them</source>
        <translation>so schnell, wie das Relay sie annimmt</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>An alle senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>The broadcast settings of %1 have no relay: add one under &quot;How it goes out…&quot;.</source>
        <translation>Die Versandeinstellungen von %1 enthalten kein Relay: unter „Versand…“ eines hinzufügen.</translation>
    </message>
    <message>
        <source>The list of mailboxes</source>
        <translation>Die Liste der Postfächer</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.lst);;All files (*)</source>
        <translation>Textdateien (*.txt *.csv *.lst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Stopping after the message being sent…</source>
        <translation>Stoppe nach der Nachricht, die gerade gesendet wird…</translation>
    </message>
    <message>
        <source>Sending to %1 mailboxes through %2…</source>
        <translation>Sende an %1 Postfächer über %2…</translation>
    </message>
    <message>
        <source>Sent %1 of %2, %3 failed, %4 to go.</source>
        <translation>%1 von %2 gesendet, %3 fehlgeschlagen, %4 ausstehend.</translation>
    </message>
    <message>
        <source>Sent to %1 of %2 mailboxes through %3 in %4 s.</source>
        <translation>An %1 von %2 Postfächern über %3 in %4 s gesendet.</translation>
    </message>
    <message>
        <source>Not sent to %1, e.g. %2: %3</source>
        <translation>Nicht gesendet an %1, z. B. an %2: %3</translation>
    </message>
    <message>
        <source>Stopped by you; %1 mailboxes not tried.</source>
        <translation>Von Ihnen gestoppt; %1 Postfächer nicht versucht.</translation>
    </message>
    <message>
        <source>Stopped: %1; %2 mailboxes not tried.</source>
        <translation>Gestoppt: %1; %2 Postfächer nicht versucht.</translation>
    </message>
    <message>
        <source>Send to all again</source>
        <translation>Erneut an alle senden</translation>
    </message>
</context>
<context>
    <name>MailOps::AudienceCheck</name>
    <message>
        <source>what happened</source>
        <translation>was passiert ist</translation>
    </message>
    <message>
        <source>who is affected</source>
        <translation>wer betroffen ist</translation>
    </message>
    <message>
        <source>what we are doing</source>
        <translation>was wir tun</translation>
    </message>
    <message>
        <source>what you can do</source>
        <translation>was Sie tun können</translation>
    </message>
    <message>
        <source>when the next update comes</source>
        <translation>wann die nächste Meldung kommt</translation>
    </message>
    <message>
        <source>jargon</source>
        <translation>Fachjargon</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>line %1, column %2: &quot;%3&quot; (%4): %5</source>
        <translation>Zeile %1, Spalte %2: „%3“ (%4): %5</translation>
    </message>
    <message>
        <source>hard to read: %1 reading ease %2, the target is %3; use shorter sentences and words</source>
        <translation>schwer lesbar: Lesbarkeit nach %1 %2, Ziel ist %3; kürzere Sätze und Wörter verwenden</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>partners need the time of the next update (hh:mm)</source>
        <translation>Partner brauchen die Uhrzeit der nächsten Meldung (hh:mm)</translation>
    </message>
    <message>
        <source>leave the address out, or say which system it is (&quot;our mail server&quot;)</source>
        <translation>die Adresse weglassen oder sagen, welches System es ist („unser Mailserver“)</translation>
    </message>
    <message>
        <source>say what it means (&quot;the other server asked us to try again later&quot;)</source>
        <translation>sagen, was es bedeutet („der andere Server hat uns gebeten, es später noch einmal zu versuchen“)</translation>
    </message>
    <message>
        <source>say what it means (&quot;the other server refused the message&quot;)</source>
        <translation>sagen, was es bedeutet („der andere Server hat die Nachricht abgelehnt“)</translation>
    </message>
    <message>
        <source>say which system it is in words (&quot;our mail server&quot;, &quot;the partner&apos;s mail server&quot;)</source>
        <translation>in Worten sagen, welches System es ist („unser Mailserver“, „der Mailserver des Partners“)</translation>
    </message>
    <message>
        <source>say &quot;%1&quot;</source>
        <translation>sagen Sie „%1“</translation>
    </message>
</context>
<context>
    <name>MailOps::BroadcastSettings</name>
    <message>
        <source>&quot;%1&quot; has a value of the wrong type.</source>
        <translation>„%1“ hat einen Wert mit falschem Typ.</translation>
    </message>
    <message>
        <source>No sender address is set.</source>
        <translation>Es ist keine Absenderadresse eingestellt.</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <source>a relay without a name</source>
        <translation>ein Relay ohne Namen</translation>
    </message>
    <message>
        <source>relay &quot;%1&quot;</source>
        <translation>Relay „%1“</translation>
    </message>
    <message>
        <source>%1: a relay needs a name without &quot;:&quot;.</source>
        <translation>%1: ein Relay braucht einen Namen ohne „:“.</translation>
    </message>
    <message>
        <source>%1: two relays have this name.</source>
        <translation>%1: zwei Relays haben diesen Namen.</translation>
    </message>
    <message>
        <source>%1: no host is set.</source>
        <translation>%1: es ist kein Host eingestellt.</translation>
    </message>
    <message>
        <source>%1: port 0 is not a port.</source>
        <translation>%1: Port 0 ist kein Port.</translation>
    </message>
    <message>
        <source>%1: without TLS only a relay on this machine is allowed, not %2.</source>
        <translation>%1: ohne TLS ist nur ein Relay auf diesem Rechner erlaubt, nicht %2.</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;</source>
        <translation>Webhook „%1“</translation>
    </message>
    <message>
        <source>%1: a webhook needs a name without &quot;:&quot;.</source>
        <translation>%1: ein Webhook braucht einen Namen ohne „:“.</translation>
    </message>
    <message>
        <source>%1: two webhooks have this name.</source>
        <translation>%1: zwei Webhooks haben diesen Namen.</translation>
    </message>
    <message>
        <source>Recipients for %1: &quot;%2&quot;: %3</source>
        <translation>Empfänger für %1: „%2“: %3</translation>
    </message>
    <message>
        <source>Fallback for %1: &quot;%2&quot; is no relay or webhook of this profile.</source>
        <translation>Reihenfolge für %1: „%2“ ist weder ein Relay noch ein Webhook dieses Profils.</translation>
    </message>
</context>
<context>
    <name>MailOps::BroadcastSettingsDialog</name>
    <message>
        <source>How notices of %1 go out</source>
        <translation>Versand der Meldungen von %1</translation>
    </message>
    <message>
        <source>Ops Desk &lt;ops@example.org&gt;</source>
        <translation>Ops Desk &lt;ops@example.org&gt;</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;Relays</source>
        <translation>&amp;Relays</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>&amp;Order per audience</source>
        <translation>Reihenfolge je &amp;Zielgruppe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>smtp.example.org: not the gateway the incident is about</source>
        <translation>smtp.example.org: nicht das Gateway, um das es bei der Störung geht</translation>
    </message>
    <message>
        <source>STARTTLS (submission, 587)</source>
        <translation>STARTTLS (submission, 587)</translation>
    </message>
    <message>
        <source>TLS (submissions, 465)</source>
        <translation>TLS (submissions, 465)</translation>
    </message>
    <message>
        <source>No TLS (a relay on this machine only)</source>
        <translation>Kein TLS (nur für ein Relay auf diesem Rechner)</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>leer: keine Anmeldung</translation>
    </message>
    <message>
        <source>empty: the system&apos;s trusted authorities</source>
        <translation>leer: die vertrauenswürdigen Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate authority</source>
        <translation>Die Zertifizierungsstelle des Relays</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the poster&apos;s name, where the service takes one</source>
        <translation>der angezeigte Name des Verfassers, sofern der Dienst einen annimmt</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Post as:</source>
        <translation>&amp;Posten als:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>The paths are tried from the top until one gets the notice out; an unticked path is left out for that audience.</source>
        <translation>Die Versandwege werden von oben nach unten versucht, bis einer die Meldung hinausbringt; ein nicht angehakter Versandweg entfällt für diese Zielgruppe.</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>End users</source>
        <translation>Endbenutzer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>asked for at each send (no keychain)</source>
        <translation>wird bei jedem Senden abgefragt (kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>in the system keychain; type to replace</source>
        <translation>im Schlüsselbund des Systems; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>not in the keychain yet</source>
        <translation>noch nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;: %2</source>
        <translation>Webhook „%1“: %2</translation>
    </message>
    <message>
        <source>%1: every path is left out.</source>
        <translation>%1: alle Versandwege sind abgewählt.</translation>
    </message>
    <message>
        <source>There is no system keychain here: the settings are saved, the passwords and URLs are not. They will be asked for at each send.</source>
        <translation>Hier gibt es keinen Schlüsselbund des Systems: die Einstellungen sind gespeichert, die Passwörter und URLs nicht. Sie werden bei jedem Senden abgefragt.</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation>Pa&amp;sswort:</translation>
    </message>
</context>
<context>
    <name>MailOps::BroadcastSettingsStore</name>
    <message>
        <source>The broadcast settings in %1 cannot be read (%2) and cannot be moved aside; the defaults are in use.</source>
        <translation>Die Versandeinstellungen in %1 können nicht gelesen werden (%2) und lassen sich auch nicht beiseitelegen; es gelten die Vorgaben.</translation>
    </message>
    <message>
        <source>The broadcast settings in %1 cannot be read (%2): the file was kept as %3 and the defaults are in use.</source>
        <translation>Die Versandeinstellungen in %1 können nicht gelesen werden (%2): die Datei wurde als %3 aufbewahrt, und es gelten die Vorgaben.</translation>
    </message>
    <message>
        <source>The broadcast settings in %1 cannot be opened: %2; the defaults are in use.</source>
        <translation>Die Versandeinstellungen in %1 können nicht geöffnet werden: %2; es gelten die Vorgaben.</translation>
    </message>
    <message>
        <source>it is %1 MB</source>
        <translation>die Datei ist %1 MB groß</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>die Datei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The broadcast settings in %1 were written by a newer version; the defaults are in use and the file is left as it is.</source>
        <translation>Die Versandeinstellungen in %1 stammen von einer neueren Version; es gelten die Vorgaben, und die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>it has no &quot;profiles&quot; object</source>
        <translation>die Datei hat kein Objekt „profiles“</translation>
    </message>
    <message>
        <source>the settings of profile &quot;%1&quot; are not an object</source>
        <translation>die Einstellungen des Profils „%1“ sind kein Objekt</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>The broadcast settings cannot be written to %1: %2</source>
        <translation>Die Versandeinstellungen können nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::BulkActionBar</name>
    <message>
        <source>Hold</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Neu einreihen</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut zustellen</translation>
    </message>
    <message>
        <source>Return to sender…</source>
        <translation>An Absender zurückschicken…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Select these messages</source>
        <translation>Diese Nachrichten auswählen</translation>
    </message>
    <message>
        <source>Every message %1:</source>
        <translation>Alle Nachrichten %1:</translation>
    </message>
    <message>
        <source>Select a row to act on all of its messages.</source>
        <translation>Eine Zeile auswählen, um auf alle ihre Nachrichten zu wirken.</translation>
    </message>
</context>
<context>
    <name>MailOps::ChangeMarkers</name>
    <message>
        <source>Roll back to v%1…</source>
        <translation>Rollback auf v%1…</translation>
    </message>
    <message>
        <source>Opens Policy history with the rollback to v%1 and the diff to confirm</source>
        <translation>Öffnet den Richtlinien-Verlauf mit dem Rollback auf v%1 und dem Diff zum Bestätigen</translation>
    </message>
</context>
<context>
    <name>MailOps::CheckItem</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>COULD NOT CHECK</source>
        <translation>NICHT PRÜFBAR</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
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
        <source>
Run &apos;mailops COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
&apos;mailops BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>no gateway profile named &quot;%1&quot;</source>
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
        <source>Check that the gateway&apos;s SMTP service answers with a greeting.</source>
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
    <message>
        <source>Why is mail for DOMAIN not arriving? Checks MX, addresses, reverse DNS, SMTP (greeting, EHLO, STARTTLS, recipient acceptance, never DATA), blocklists, SPF and DMARC, and prints an evidence report.
Exit codes: 0 no problem found, 1 warnings, 2 failures, 3 could not check.</source>
        <translation>Warum kommt Mail für DOMAIN nicht an? Prüft MX, Adressen, Reverse-DNS, SMTP (Begrüßung, EHLO, STARTTLS, Annahme des Empfängers, nie DATA), Blocklisten, SPF und DMARC und gibt einen Befundbericht aus.
Exitcodes: 0 kein Problem gefunden, 1 Warnungen, 2 Fehler, 3 Prüfung nicht möglich.</translation>
    </message>
    <message>
        <source>The domain that does not receive mail.</source>
        <translation>Die Domain, die keine Mail erhält.</translation>
    </message>
    <message>
        <source>The sending IP (SPF, DNSBL, reverse DNS).</source>
        <translation>Die sendende IP (SPF, DNSBL, Reverse-DNS).</translation>
    </message>
    <message>
        <source>The sender&apos;s HELO name, compared with its PTR.</source>
        <translation>Der HELO-Name des Absenders, verglichen mit seinem PTR.</translation>
    </message>
    <message>
        <source>DNS server to ask (default: the system resolver).</source>
        <translation>Zu fragender DNS-Server (Vorgabe: der System-Resolver).</translation>
    </message>
    <message>
        <source>Blocklists to check, comma-separated.</source>
        <translation>Zu prüfende Blocklisten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Seconds per network step (default 5).</source>
        <translation>Sekunden je Netzwerkschritt (Vorgabe 5).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print the report as Markdown.</source>
        <translation>Den Bericht als Markdown ausgeben.</translation>
    </message>
    <message>
        <source>--ip wants an IPv4 or IPv6 address, not &quot;%1&quot;</source>
        <translation>--ip erwartet eine IPv4- oder IPv6-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>--smtp-port wants a port number</source>
        <translation>--smtp-port erwartet eine Portnummer</translation>
    </message>
    <message>
        <source>--timeout wants seconds between 0 and 120</source>
        <translation>--timeout erwartet Sekunden zwischen 0 und 120</translation>
    </message>
    <message>
        <source>Check an IP address against DNS blocklists, all at once, and check that each list is alive (RFC 5782 test points): a list that lists everything is reported as dead.
Exit codes: 0 not listed, 1 a list is dead or unusable, 2 listed, 3 could not check.</source>
        <translation>Eine IP-Adresse gegen DNS-Blocklisten prüfen, alle auf einmal, und prüfen, ob jede Liste lebt (Testpunkte nach RFC 5782): eine Liste, die alles listet, wird als tot gemeldet.
Exitcodes: 0 nicht gelistet, 1 eine Liste ist tot oder unbrauchbar, 2 gelistet, 3 Prüfung nicht möglich.</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address.</source>
        <translation>IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>File with one list zone per line (# comments).</source>
        <translation>Datei mit einer Listenzone je Zeile (# für Kommentare).</translation>
    </message>
    <message>
        <source>List zones, comma-separated.</source>
        <translation>Listenzonen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Skip the test-point queries.</source>
        <translation>Die Testpunkt-Abfragen auslassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>cannot read the list file %1</source>
        <translation>die Listendatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>why is mail for a domain not arriving? (evidence report)</source>
        <translation>warum kommt Mail für eine Domain nicht an? (Befundbericht)</translation>
    </message>
    <message>
        <source>check an IP against blocklists, with list liveness</source>
        <translation>eine IP gegen Blocklisten prüfen, mit Lebendprüfung der Listen</translation>
    </message>
    <message>
        <source>no usable ssh target in profile %1</source>
        <translation>kein brauchbares SSH-Ziel im Profil %1</translation>
    </message>
    <message>
        <source>--class wants rejects, tempfails, bounces or deferred</source>
        <translation>--class erwartet rejects, tempfails, bounces oder deferred</translation>
    </message>
    <message>
        <source>--minutes wants 1 to 10080</source>
        <translation>--minutes erwartet 1 bis 10080</translation>
    </message>
    <message>
        <source>the mail log of %1 is on %2: run the check there or pass --log</source>
        <translation>das Mail-Log von %1 liegt auf %2: die Prüfung dort ausführen oder --log angeben</translation>
    </message>
    <message>
        <source>Gateway profile (default: the current one).</source>
        <translation>Gateway-Profil (Vorgabe: das aktuelle).</translation>
    </message>
    <message>
        <source>Warning threshold.</source>
        <translation>Warnschwelle.</translation>
    </message>
    <message>
        <source>Critical threshold.</source>
        <translation>Kritische Schwelle.</translation>
    </message>
    <message>
        <source>services: watch this many seconds to count restarts (supervisord keeps no counter).</source>
        <translation>services: so viele Sekunden beobachten, um Neustarts zu zählen (supervisord führt keinen Zähler).</translation>
    </message>
    <message>
        <source>log: count events of the last M minutes.</source>
        <translation>log: Ereignisse der letzten M Minuten zählen.</translation>
    </message>
    <message>
        <source>log: what to count: rejects, tempfails, bounces or deferred.</source>
        <translation>log: was gezählt wird: rejects, tempfails, bounces oder deferred.</translation>
    </message>
    <message>
        <source>log: the mail log to read (default: the profile&apos;s).</source>
        <translation>log: das zu lesende Mail-Log (Vorgabe: das des Profils).</translation>
    </message>
    <message>
        <source>--warning and --critical want numbers, critical &gt;= warning</source>
        <translation>--warning und --critical erwarten Zahlen, critical &gt;= warning</translation>
    </message>
    <message>
        <source>check what? services, queue or log</source>
        <translation>was prüfen? services, queue oder log</translation>
    </message>
    <message>
        <source>Fetch each queued message and check it against RFC 5322 and MIME. Exit 0 none malformed, 1 malformed messages found, 3 could not scan.</source>
        <translation>Jede Nachricht der Warteschlange abrufen und gegen RFC 5322 und MIME prüfen. Exit 0 keine fehlerhaft, 1 fehlerhafte Nachrichten gefunden, 3 Prüfung nicht möglich.</translation>
    </message>
    <message>
        <source>Scan at most this many messages (default 10000).</source>
        <translation>Höchstens so viele Nachrichten prüfen (Vorgabe 10000).</translation>
    </message>
    <message>
        <source>usage: mailops queue export ID --output FILE.eml [--overwrite]</source>
        <translation>Aufruf: mailops queue export ID --output DATEI.eml [--overwrite]</translation>
    </message>
    <message>
        <source>Saved %1 to %2 (%3 bytes)</source>
        <translation>%1 als %2 gespeichert (%3 Bytes)</translation>
    </message>
    <message>
        <source>Act on queued messages: hold, release, requeue, retry (deliver now), delete (silently), bounce (return to the sender now), or export one message as an .eml file.
Messages are chosen by queue id (&apos;-&apos; reads ids from stdin), by filter, or both (then the listed ids that match). delete and bounce need --yes.
Exit codes: 0 done, 1 nothing done (--yes missing) or ids refused, 2 the gateway reported an error, 3 could not run.</source>
        <translation>Aktionen auf Nachrichten in der Warteschlange: hold (anhalten), release (freigeben), requeue (neu einreihen), retry (jetzt zustellen), delete (stillschweigend löschen), bounce (jetzt an den Absender zurückschicken) oder export (eine Nachricht als .eml-Datei speichern).
Nachrichten werden per Queue-ID (&apos;-&apos; liest IDs von stdin), per Filter oder mit beidem gewählt (dann die aufgeführten IDs, die passen). delete und bounce brauchen --yes.
Exitcodes: 0 erledigt, 1 nichts getan (--yes fehlt) oder IDs abgewiesen, 2 das Gateway meldete einen Fehler, 3 Ausführung nicht möglich.</translation>
    </message>
    <message>
        <source>Queue ids.</source>
        <translation>Queue-IDs.</translation>
    </message>
    <message>
        <source>Recipient domain; .example.com for its subdomains; comma-separated alternatives.</source>
        <translation>Empfänger-Domain; .example.com für ihre Subdomains; Alternativen durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Sender address, @domain, or &lt;&gt; for the null sender.</source>
        <translation>Absenderadresse, @domain oder &lt;&gt; für den leeren Absender.</translation>
    </message>
    <message>
        <source>Text in the delay reason, or its pattern as the monitor groups it.</source>
        <translation>Text im Grund der Verzögerung oder dessen Muster, wie die Überwachung es gruppiert.</translation>
    </message>
    <message>
        <source>Queue: deferred, hold, active, incoming, maildrop.</source>
        <translation>Warteschlange: deferred, hold, active, incoming, maildrop.</translation>
    </message>
    <message>
        <source>Minimum age in minutes (or with s, m, h, d).</source>
        <translation>Mindestalter in Minuten (oder mit s, m, h, d).</translation>
    </message>
    <message>
        <source>Print the selected ids and do nothing.</source>
        <translation>Die gewählten IDs ausgeben und nichts tun.</translation>
    </message>
    <message>
        <source>Really delete or bounce.</source>
        <translation>Wirklich löschen (delete) oder zurückschicken (bounce).</translation>
    </message>
    <message>
        <source>export: the .eml file to write.</source>
        <translation>export: die zu schreibende .eml-Datei.</translation>
    </message>
    <message>
        <source>export: replace an existing file.</source>
        <translation>export: eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>unknown queue action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“ für die Warteschlange</translation>
    </message>
    <message>
        <source>not queue ids, ignored: %1</source>
        <translation>keine Queue-IDs, ignoriert: %1</translation>
    </message>
    <message>
        <source>no valid queue id given; nothing done</source>
        <translation>keine gültige Queue-ID angegeben; nichts getan</translation>
    </message>
    <message>
        <source>name queue ids or a filter (--domain, --sender, --reason, --queue, --older-than); nothing is chosen by default</source>
        <translation>Queue-IDs oder einen Filter angeben (--domain, --sender, --reason, --queue, --older-than); ohne Angabe wird nichts gewählt</translation>
    </message>
    <message>
        <source>No queued message matches (%1).</source>
        <translation>Keine Nachricht in der Warteschlange passt (%1).</translation>
    </message>
    <message>
        <source>%1 messages selected; nothing done (--dry-run)</source>
        <translation>%1 Nachrichten gewählt; nichts getan (--dry-run)</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <source>nothing done; run again with --yes to %1 them</source>
        <translation>nichts getan; zum Ausführen von %1 erneut mit --yes aufrufen</translation>
    </message>
    <message>
        <source>monitoring-plugin checks: services, queue, log</source>
        <translation>Prüfungen als Monitoring-Plugin: services, queue, log</translation>
    </message>
    <message>
        <source>hold, release, requeue, retry, delete, bounce or export queued messages</source>
        <translation>Nachrichten der Warteschlange: hold, release, requeue, retry, delete, bounce, export</translation>
    </message>
    <message>
        <source>lint every queued message, name the malformed ones</source>
        <translation>jede Nachricht der Warteschlange prüfen, fehlerhafte nennen</translation>
    </message>
    <message>
        <source>DNS server to ask (default: the profile&apos;s, else the system resolver).</source>
        <translation>Zu fragender DNS-Server (Vorgabe: der des Profils, sonst der System-Resolver).</translation>
    </message>
    <message>
        <source>Port to try on each MX (default: the profile&apos;s, else 25).</source>
        <translation>Port, der auf jedem MX versucht wird (Vorgabe: der des Profils, sonst 25).</translation>
    </message>
    <message>
        <source>Take DNS server, SMTP port, blocklists and Postfix policy from this gateway profile (default: the current one, as the console).</source>
        <translation>DNS-Server, SMTP-Port, Blocklisten und Postfix-Richtlinie aus diesem Gateway-Profil nehmen (Vorgabe: das aktuelle, wie in der Konsole).</translation>
    </message>
    <message>
        <source>Use no gateway profile: the system resolver, port 25, the default blocklists, no Postfix policy.</source>
        <translation>Kein Gateway-Profil verwenden: System-Resolver, Port 25, die Standard-Blocklisten, keine Postfix-Richtlinie.</translation>
    </message>
    <message>
        <source>--profile and --no-profile exclude each other</source>
        <translation>--profile und --no-profile schließen einander aus</translation>
    </message>
    <message>
        <source>--no-profile: no gateway to read a policy from</source>
        <translation>--no-profile: kein Gateway, von dem sich eine Richtlinie lesen ließe</translation>
    </message>
    <message>
        <source>Monitoring-plugin checks (Nagios/Icinga): one status line with perfdata, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
  services  restarts per service (thresholds: restarts)
  queue     messages in the queue (thresholds: messages; whatever they are, a queue mostly deferred is CRITICAL and many deferred while mail still leaves WARNING)
  log       events of --class in the mail log&apos;s last --minutes (thresholds: events)</source>
        <translation>Prüfungen als Monitoring-Plugin (Nagios/Icinga): eine Statuszeile mit Perfdata, Exitcode 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
  services  Neustarts je Dienst (Schwellen: Neustarts)
  queue     Nachrichten in der Warteschlange (Schwellen: Nachrichten; unabhängig davon ist eine überwiegend zurückgestellte Warteschlange CRITICAL, und viele zurückgestellte, während noch Mail hinausgeht, WARNING)
  log       Ereignisse von --class in den letzten --minutes des Mail-Logs (Schwellen: Ereignisse)</translation>
    </message>
    <message>
        <source>policy versions: log, show, diff, lint, apply safely, confirm, roll back</source>
        <translation>Richtlinien-Versionen: log, show, diff, lint, sicher einspielen, bestätigen, zurückrollen</translation>
    </message>
    <message>
        <source>run an incident: open, note, status, list, export the postmortem draft</source>
        <translation>eine Störung führen: eröffnen, Notiz, Status, Liste, Postmortem-Entwurf exportieren</translation>
    </message>
    <message>
        <source>an incident&apos;s notices: draft from live state, check for the audience</source>
        <translation>die Meldungen einer Störung: Entwurf aus dem aktuellen Zustand, Prüfung für die Zielgruppe</translation>
    </message>
    <message>
        <source>print the journal of what was seen and done, as text, Markdown or JSON</source>
        <translation>das Journal des Gesehenen und Getanen ausgeben, als Text, Markdown oder JSON</translation>
    </message>
    <message>
        <source>Usage: mailops [options]            open the console
       mailops COMMAND [options]    run a command without a display

Console options:
  --profile NAME      open on this gateway profile
  --panel N           open on panel N (1-5)
  --theme MODE        system, light or dark
  --screenshot FILE   save a picture of the window and quit
  --screenshot-delay S  seconds to wait before the picture (default 2.5)
  --diagnose DOMAIN   open on Diagnostics and run &quot;why is mail not arriving?&quot;

Commands:
</source>
        <translation>Aufruf: mailops [Optionen]            die Konsole öffnen
        mailops BEFEHL [Optionen]      einen Befehl ohne Anzeige ausführen

Optionen der Konsole:
  --profile NAME      mit diesem Gateway-Profil öffnen
  --panel N           mit Bereich N öffnen (1-5)
  --theme MODE        system, light oder dark
  --screenshot FILE   ein Bild des Fensters speichern und beenden
  --screenshot-delay S  Sekunden Wartezeit vor dem Bild (Vorgabe 2.5)
  --diagnose DOMAIN   mit der Diagnose öffnen und „Warum kommt keine Mail an?“ starten

Befehle:
</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the journal: everything the console and these commands saw or did (restarts, crash loops, queue alerts, held messages, queue actions, diagnoses), oldest first.
Exit codes: 0 printed, 3 the journal could not be read.</source>
        <translation>Das Journal ausgeben: alles, was die Konsole und diese Befehle gesehen oder getan haben (Neustarts, Absturzschleifen, Warteschlangen-Alarme, angehaltene Nachrichten, Aktionen auf der Warteschlange, Diagnosen), älteste zuerst.
Exitcodes: 0 ausgegeben, 3 das Journal konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only this kind (queue.action), or a module ending in a dot (monitor.).</source>
        <translation>Nur diese Art (queue.action) oder ein Modul mit Punkt am Ende (monitor.).</translation>
    </message>
    <message>
        <source>Only events of this gateway profile.</source>
        <translation>Nur Ereignisse dieses Gateway-Profils.</translation>
    </message>
    <message>
        <source>Only events since then: 90m, 6h, 2d or an ISO 8601 time.</source>
        <translation>Nur Ereignisse seit: 90m, 6h, 2d oder eine Zeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>Only events at least this bad: notice, warning or critical.</source>
        <translation>Nur Ereignisse mindestens dieser Schwere: notice, warning oder critical.</translation>
    </message>
    <message>
        <source>Only events whose summary, kind or subject holds this text.</source>
        <translation>Nur Ereignisse, deren Zusammenfassung, Art oder Betreff diesen Text enthält.</translation>
    </message>
    <message>
        <source>At most the newest N events (default 1000).</source>
        <translation>Höchstens die neuesten N Ereignisse (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>text, markdown or json (default text).</source>
        <translation>text, markdown oder json (Vorgabe text).</translation>
    </message>
    <message>
        <source>A heading for the report.</source>
        <translation>Eine Überschrift für den Bericht.</translation>
    </message>
    <message>
        <source>Read this journal file (default: the console&apos;s).</source>
        <translation>Diese Journal-Datei lesen (Vorgabe: die der Konsole).</translation>
    </message>
    <message>
        <source>--format wants text, markdown or json</source>
        <translation>--format erwartet text, markdown oder json</translation>
    </message>
    <message>
        <source>--limit wants 1 to 1000000</source>
        <translation>--limit erwartet 1 bis 1000000</translation>
    </message>
    <message>
        <source>--since wants 90m, 6h, 2d or an ISO 8601 time</source>
        <translation>--since erwartet 90m, 6h, 2d oder eine Zeit nach ISO 8601</translation>
    </message>
    <message>
        <source>--severity wants info, notice, warning or critical</source>
        <translation>--severity erwartet info, notice, warning oder critical</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>kein Journal unter %1</translation>
    </message>
</context>
<context>
    <name>MailOps::CommandJob</name>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 ist nicht innerhalb von %2 s fertig geworden</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 printed more than %2 bytes; stopped it</source>
        <translation>%1 hat mehr als %2 Bytes ausgegeben; angehalten</translation>
    </message>
    <message>
        <source>%1 was killed before it finished</source>
        <translation>%1 wurde vor dem Abschluss gewaltsam beendet</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::CrashLoopAlert</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%1 restarted %n times in %2 (alert at %3 in %4)</source>
        <translation>
            <numerusform>%1 wurde in %2 %n-mal neu gestartet (Alarm ab %3 in %4)</numerusform>
            <numerusform>%1 wurde in %2 %n-mal neu gestartet (Alarm ab %3 in %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>, last exit status %1</source>
        <translation>, letzter Exit-Status %1</translation>
    </message>
</context>
<context>
    <name>MailOps::CrashLoopBanner</name>
    <message>
        <source>Hold the suspect message</source>
        <translation>Verdächtige Nachricht anhalten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Open an incident…</source>
        <translation>Störung eröffnen…</translation>
    </message>
    <message>
        <source>Start the notices to management, partners and users from this loop</source>
        <translation>Die Meldungen an Leitung, Partner und Benutzer aus dieser Schleife beginnen</translation>
    </message>
    <message>
        <source>Resolved at %1: %2 runs without restarts again.</source>
        <translation>Behoben um %1: %2 läuft wieder ohne Neustarts.</translation>
    </message>
    <message>
        <source>Resolved at %1: %2 runs without restarts again (message %3 held; release it once the cause is fixed).</source>
        <translation>Behoben um %1: %2 läuft wieder ohne Neustarts (Nachricht %3 angehalten; freigeben, sobald die Ursache behoben ist).</translation>
    </message>
    <message>
        <source>Crash loop over</source>
        <translation>Absturzschleife beendet</translation>
    </message>
    <message>
        <source>%1 has been running without restarts.</source>
        <translation>%1 läuft wieder ohne Neustarts.</translation>
    </message>
    <message>
        <source>CRASH LOOP: %1</source>
        <translation>ABSTURZSCHLEIFE: %1</translation>
    </message>
    <message>
        <source>Suspect: queued message %1, which %2 was processing when it died.</source>
        <translation>Verdächtig: Nachricht %1 in der Warteschlange, die %2 beim Absturz verarbeitete.</translation>
    </message>
    <message>
        <source>Crash loop: %1</source>
        <translation>Absturzschleife: %1</translation>
    </message>
    <message>
        <source>Could not read it: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The linter finds it malformed: %1.</source>
        <translation>Der Linter hält sie für fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>The linter finds nothing wrong with it; the crash may have another cause.</source>
        <translation>Der Linter findet an ihr keinen Fehler; der Absturz hat vielleicht eine andere Ursache.</translation>
    </message>
</context>
<context>
    <name>MailOps::Decoder</name>
    <message>
        <source>not an XML-RPC methodResponse</source>
        <translation>keine XML-RPC-methodResponse</translation>
    </message>
    <message>
        <source>empty methodResponse</source>
        <translation>leere methodResponse</translation>
    </message>
    <message>
        <source>fault without a value</source>
        <translation>fault ohne value</translation>
    </message>
    <message>
        <source>fault without faultCode</source>
        <translation>fault ohne faultCode</translation>
    </message>
    <message>
        <source>params without a param</source>
        <translation>params ohne param</translation>
    </message>
    <message>
        <source>param without a value</source>
        <translation>param ohne value</translation>
    </message>
    <message>
        <source>unexpected &lt;%1&gt; in methodResponse</source>
        <translation>unerwartetes &lt;%1&gt; in methodResponse</translation>
    </message>
    <message>
        <source>unexpected &lt;%1&gt; after the response value</source>
        <translation>unerwartetes &lt;%1&gt; nach dem Antwortwert</translation>
    </message>
    <message>
        <source>DTDs are not allowed in XML-RPC</source>
        <translation>DTDs sind in XML-RPC nicht erlaubt</translation>
    </message>
    <message>
        <source>malformed XML at line %1, column %2: %3</source>
        <translation>fehlerhaftes XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot;</source>
        <translation>unerwarteter Text „%1“</translation>
    </message>
    <message>
        <source>values nested deeper than %1</source>
        <translation>Werte tiefer als %1 verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>mehr als %1 Werte</translation>
    </message>
    <message>
        <source>a value with two types</source>
        <translation>ein Wert mit zwei Typen</translation>
    </message>
    <message>
        <source>truncated XML-RPC response</source>
        <translation>abgeschnittene XML-RPC-Antwort</translation>
    </message>
    <message>
        <source>bad integer &quot;%1&quot;</source>
        <translation>ungültiger int-Wert „%1“</translation>
    </message>
    <message>
        <source>bad boolean &quot;%1&quot;</source>
        <translation>ungültiger boolean-Wert „%1“</translation>
    </message>
    <message>
        <source>bad double &quot;%1&quot;</source>
        <translation>ungültiger double-Wert „%1“</translation>
    </message>
    <message>
        <source>bad base64</source>
        <translation>ungültiges base64</translation>
    </message>
    <message>
        <source>bad dateTime &quot;%1&quot;</source>
        <translation>ungültiger dateTime-Wert „%1“</translation>
    </message>
    <message>
        <source>unknown XML-RPC type &lt;%1&gt;</source>
        <translation>unbekannter XML-RPC-Typ &lt;%1&gt;</translation>
    </message>
    <message>
        <source>unexpected &lt;%1&gt; in struct</source>
        <translation>unerwartetes &lt;%1&gt; in struct</translation>
    </message>
    <message>
        <source>unexpected &lt;%1&gt; in struct member</source>
        <translation>unerwartetes &lt;%1&gt; in struct-member</translation>
    </message>
    <message>
        <source>struct member without name or value</source>
        <translation>struct-member ohne name oder value</translation>
    </message>
    <message>
        <source>array without data</source>
        <translation>array ohne data</translation>
    </message>
    <message>
        <source>unexpected &lt;%1&gt; in array</source>
        <translation>unerwartetes &lt;%1&gt; in array</translation>
    </message>
    <message>
        <source>unexpected &lt;%1&gt; after array data</source>
        <translation>unerwartetes &lt;%1&gt; nach den array-Daten</translation>
    </message>
</context>
<context>
    <name>MailOps::DeferralReasonsTab</name>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Deferral reason (one of the group)</source>
        <translation>Grund der Zurückstellung (einer aus der Gruppe)</translation>
    </message>
    <message>
        <source>Grouped as: %1</source>
        <translation>Gruppiert als: %1</translation>
    </message>
    <message>
        <source>%1 every message deferred for this reason</source>
        <translation>%1: alle aus diesem Grund zurückgestellten Nachrichten</translation>
    </message>
    <message>
        <source>Select these messages</source>
        <translation>Diese Nachrichten auswählen</translation>
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
        <source>optional: sender&apos;s HELO name</source>
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
        <source>No problem found by these checks for %1.</source>
        <translation>Diese Prüfungen fanden für %1 kein Problem.</translation>
    </message>
    <message>
        <source>Save evidence report…</source>
        <translation>Befundbericht speichern…</translation>
    </message>
    <message>
        <source>As Markdown, JSON or text, by the file name&apos;s suffix</source>
        <translation>Als Markdown, JSON oder Text, je nach Dateiendung</translation>
    </message>
    <message>
        <source>Run the diagnosis</source>
        <translation>Diagnose starten</translation>
    </message>
    <message>
        <source>Cancel the diagnosis</source>
        <translation>Diagnose abbrechen</translation>
    </message>
    <message>
        <source>Save the evidence report to a file</source>
        <translation>Befundbericht in eine Datei speichern</translation>
    </message>
    <message>
        <source>Loading the gateway profile…</source>
        <translation>Gateway-Profil wird geladen…</translation>
    </message>
    <message>
        <source>The run for %1 was stopped: the gateway profile changed.</source>
        <translation>Der Lauf für %1 wurde angehalten: Das Gateway-Profil hat gewechselt.</translation>
    </message>
    <message>
        <source>%1: enter a domain and start the run. Every check shows up here as it goes.</source>
        <translation>%1: Eine Domain eingeben und den Lauf starten. Jede Prüfung erscheint hier, sobald sie läuft.</translation>
    </message>
    <message>
        <source>%1 — no run yet</source>
        <translation>%1 — noch kein Lauf</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Checking %1 for %2…</source>
        <translation>%1 wird für %2 geprüft…</translation>
    </message>
    <message>
        <source>%1 — started %2, running…</source>
        <translation>%1 — gestartet um %2, läuft…</translation>
    </message>
    <message>
        <source>%1 · %2, %3 checks in %4 s</source>
        <translation>%1 · %2, %3 Prüfungen in %4 s</translation>
    </message>
    <message>
        <source>Evidence report copied to the clipboard (%1).</source>
        <translation>Befundbericht in die Zwischenablage kopiert (%1).</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Save the evidence report</source>
        <translation>Befundbericht speichern</translation>
    </message>
    <message>
        <source>Evidence report saved to %1</source>
        <translation>Befundbericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>No gateway profile is loaded yet.</source>
        <translation>Es ist noch kein Gateway-Profil geladen.</translation>
    </message>
</context>
<context>
    <name>MailOps::DmarcCheck</name>
    <message>
        <source>%1 publishes no DMARC record (looked at _dmarc.%1%2)</source>
        <translation>%1 veröffentlicht keinen DMARC-Record (geprüft: _dmarc.%1%2)</translation>
    </message>
    <message>
        <source> and _dmarc.%1</source>
        <translation> und _dmarc.%1</translation>
    </message>
    <message>
        <source>DMARC for %1 (record at %2): %3</source>
        <translation>DMARC für %1 (Record bei %2): %3</translation>
    </message>
    <message>
        <source>; %1 inherits the subdomain policy %2</source>
        <translation>; %1 erbt die Subdomain-Policy %2</translation>
    </message>
</context>
<context>
    <name>MailOps::DmarcRecord</name>
    <message>
        <source>the record must begin with &quot;v=DMARC1;&quot; (found &quot;%1&quot;)</source>
        <translation>der Record muss mit „v=DMARC1;“ beginnen (gefunden: „%1“)</translation>
    </message>
    <message>
        <source>p=%1 is not none, quarantine or reject</source>
        <translation>p=%1 ist nicht none, quarantine oder reject</translation>
    </message>
    <message>
        <source>sp=%1 is not none, quarantine or reject</source>
        <translation>sp=%1 ist nicht none, quarantine oder reject</translation>
    </message>
    <message>
        <source>rf=%1: only afrf is defined</source>
        <translation>rf=%1: nur afrf ist definiert</translation>
    </message>
    <message>
        <source>unknown tag %1= is ignored</source>
        <translation>unbekannter Tag %1= wird ignoriert</translation>
    </message>
    <message>
        <source>the required p= tag is missing</source>
        <translation>der vorgeschriebene Tag p= fehlt</translation>
    </message>
    <message>
        <source>pct=%1: the policy applies to only %1% of failing mail</source>
        <translation>pct=%1: die Policy gilt nur für %1% der durchgefallenen Mail</translation>
    </message>
    <message>
        <source>policy %1 (subdomains: %2) for %3% of failing mail; DKIM alignment %4, SPF alignment %5; aggregate reports to %6</source>
        <translation>Policy %1 (Subdomains: %2) für %3% der durchgefallenen Mail; DKIM-Alignment %4, SPF-Alignment %5; Aggregate-Reports an %6</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strikt</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>locker</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not tag=value, so receivers skip it%2</source>
        <translation>„%1“ ist nicht tag=value, Empfänger überspringen es also%2</translation>
    </message>
    <message>
        <source>%1= appears twice; only the first counts</source>
        <translation>%1= kommt zweimal vor; nur das erste zählt</translation>
    </message>
    <message>
        <source>%1 (it holds %2)</source>
        <translation>%1 (enthält %2)</translation>
    </message>
    <message>
        <source>np=%1 is not none, quarantine or reject; receivers use sp= instead</source>
        <translation>np=%1 ist nicht none, quarantine oder reject; Empfänger nehmen stattdessen sp=</translation>
    </message>
    <message>
        <source>pct=%1 is not a number from 0 to 100; receivers use 100</source>
        <translation>pct=%1 ist keine Zahl von 0 bis 100; Empfänger nehmen 100</translation>
    </message>
    <message>
        <source>%1=%2 is not r (relaxed) or s (strict); receivers use r</source>
        <translation>%1=%2 ist nicht r (relaxed) oder s (strict); Empfänger nehmen r</translation>
    </message>
    <message>
        <source>fo=%1: options are 0, 1, d and s, separated by &quot;:&quot;; receivers use 0</source>
        <translation>fo=%1: Optionen sind 0, 1, d und s, getrennt durch „:“; Empfänger nehmen 0</translation>
    </message>
    <message>
        <source>ri=%1 is not a number of seconds; receivers use 86400</source>
        <translation>ri=%1 ist keine Zahl von Sekunden; Empfänger nehmen 86400</translation>
    </message>
    <message>
        <source>t=%1 is not y or n</source>
        <translation>t=%1 ist nicht y oder n</translation>
    </message>
    <message>
        <source>psd=%1 is not y, n or u</source>
        <translation>psd=%1 ist nicht y, n oder u</translation>
    </message>
    <message>
        <source>%1, and there is no usable rua=, so receivers apply no DMARC (RFC 7489 6.6.3)</source>
        <translation>%1, und es gibt kein brauchbares rua=, Empfänger wenden also kein DMARC an (RFC 7489 6.6.3)</translation>
    </message>
    <message>
        <source>%1; receivers read the record as p=none because rua= is usable (RFC 7489 6.6.3)</source>
        <translation>%1; Empfänger lesen den Record als p=none, weil rua= brauchbar ist (RFC 7489 6.6.3)</translation>
    </message>
    <message>
        <source>p= must come right after v=DMARC1 (RFC 7489 6.3); strict receivers reject the record</source>
        <translation>p= muss direkt nach v=DMARC1 stehen (RFC 7489 6.3); strenge Empfänger verwerfen den Record</translation>
    </message>
    <message>
        <source>no usable rua=: nobody receives aggregate reports</source>
        <translation>kein brauchbares rua=: niemand erhält Sammelberichte (aggregate reports)</translation>
    </message>
    <message>
        <source>%1= is removed by DMARCbis (RFC 9989)%2</source>
        <translation>%1= entfällt mit DMARCbis (RFC 9989)%2</translation>
    </message>
    <message>
        <source>; t=y takes the place of a partial pct</source>
        <translation>; t=y tritt an die Stelle eines teilweisen pct</translation>
    </message>
    <message>
        <source>; non-existent subdomains: %1</source>
        <translation>; nicht existierende Subdomains: %1</translation>
    </message>
    <message>
        <source>; in test mode (t=y): receivers apply one step less</source>
        <translation>; im Testmodus (t=y): Empfänger wenden eine Stufe weniger an</translation>
    </message>
</context>
<context>
    <name>MailOps::DnsblChecker</name>
    <message>
        <source>%1 is outside 127.0.0.0/8, so it is not a listing (a wildcard record, a hijacked zone or a resolver that rewrites NXDOMAIN)</source>
        <translation>%1 liegt außerhalb von 127.0.0.0/8 und ist daher keine Listung (ein Wildcard-Record, eine gekaperte Zone oder ein Resolver, der NXDOMAIN umschreibt)</translation>
    </message>
    <message>
        <source>the list name is wrong (typing error)</source>
        <translation>der Listenname ist falsch (Tippfehler)</translation>
    </message>
    <message>
        <source>the list refuses queries through public or open resolvers</source>
        <translation>die Liste verweigert Abfragen über öffentliche oder offene Resolver</translation>
    </message>
    <message>
        <source>the list refuses queries from this resolver for excessive volume</source>
        <translation>die Liste verweigert Abfragen von diesem Resolver wegen zu vieler Anfragen</translation>
    </message>
    <message>
        <source>an error code of the list</source>
        <translation>ein Fehlercode der Liste</translation>
    </message>
    <message>
        <source>%1 means &quot;query refused&quot;: %2; it is not a listing</source>
        <translation>%1 bedeutet „Abfrage verweigert“: %2; das ist keine Listung</translation>
    </message>
    <message>
        <source>127.0.0.1 is not a valid return code (RFC 5782 reserves it); not counted as a listing</source>
        <translation>127.0.0.1 ist kein gültiger Rückgabecode (RFC 5782 reserviert ihn); nicht als Listung gezählt</translation>
    </message>
    <message>
        <source>listed (127.0.0.2, the usual return code)</source>
        <translation>gelistet (127.0.0.2, der übliche Rückgabecode)</translation>
    </message>
    <message>
        <source>listed (return code %1; its meaning is defined by the list)</source>
        <translation>gelistet (Rückgabecode %1; seine Bedeutung legt die Liste fest)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a DNS list zone name</source>
        <translation>Zeile %1: „%2“ ist kein Zonenname einer DNS-Liste</translation>
    </message>
    <message>
        <source>the list file names no lists</source>
        <translation>die Listendatei nennt keine Listen</translation>
    </message>
    <message>
        <source>liveness not tested</source>
        <translation>Lebendprüfung nicht durchgeführt</translation>
    </message>
</context>
<context>
    <name>MailOps::DnsblReport</name>
    <message>
        <source>DNSBL check of %1 against %2 list(s) via %3, %4 ms</source>
        <translation>DNSBL-Prüfung von %1 gegen %2 Liste(n) über %3, %4 ms</translation>
    </message>
    <message>
        <source>LISTED       </source>
        <translation>GELISTET     </translation>
    </message>
    <message>
        <source>LISTED?      </source>
        <translation>GELISTET?    </translation>
    </message>
    <message>
        <source>reason: </source>
        <translation>Grund: </translation>
    </message>
    <message>
        <source>not trustworthy: the list itself is %1</source>
        <translation>nicht vertrauenswürdig: die Liste selbst ist %1</translation>
    </message>
    <message>
        <source>not listed   </source>
        <translation>ungelistet   </translation>
    </message>
    <message>
        <source>NO ANSWER    </source>
        <translation>OHNE ANTWORT </translation>
    </message>
    <message>
        <source>UNKNOWN      </source>
        <translation>UNBEKANNT    </translation>
    </message>
    <message>
        <source>lookup failed, so listing status is unknown: </source>
        <translation>Abfrage fehlgeschlagen, daher ist der Listungsstatus unbekannt: </translation>
    </message>
    <message>
        <source>list health: </source>
        <translation>Zustand der Liste: </translation>
    </message>
    <message>
        <source>Verdict: %1 is listed on %2 working list(s).</source>
        <translation>Ergebnis: %1 ist auf %2 funktionierenden Liste(n) gelistet.</translation>
    </message>
    <message>
        <source>Verdict: %1 is not listed on any working list.</source>
        <translation>Ergebnis: %1 ist auf keiner funktionierenden Liste gelistet.</translation>
    </message>
    <message>
        <source>WARNING: %1 list(s) LIST EVERYTHING and must not be used: %2</source>
        <translation>WARNUNG: %1 Liste(n) LISTEN ALLES und dürfen nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::DnssecCheck</name>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>%1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 record(s), %3 signature(s), AD=%4</source>
        <translation>%1: %2 Record(s), %3 Signatur(en), AD=%4</translation>
    </message>
    <message>
        <source>%1 is not signed (no RRSIG came back; the zone is unsigned, or the resolver strips signatures)</source>
        <translation>%1 ist nicht signiert (kein RRSIG zurückgekommen; die Zone ist unsigniert, oder der Resolver entfernt Signaturen)</translation>
    </message>
    <message>
        <source>the answer could not be re-read for validation</source>
        <translation>die Antwort konnte für die Validierung nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>the RRSIG of %1 names no signer</source>
        <translation>das RRSIG von %1 nennt keinen Signierer</translation>
    </message>
    <message>
        <source>the DNSKEY set of %1 could not be fetched: %2</source>
        <translation>das DNSKEY-Set von %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>the DNSKEY answer could not be re-read</source>
        <translation>die DNSKEY-Antwort konnte nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>%1 DNSKEY: %2 key(s), %3 signature(s)</source>
        <translation>%1 DNSKEY: %2 Schlüssel, %3 Signatur(en)</translation>
    </message>
    <message>
        <source>the signature on %1 does not verify with the DNSKEYs of %2: %3</source>
        <translation>die Signatur von %1 lässt sich mit den DNSKEYs von %2 nicht verifizieren: %3</translation>
    </message>
    <message>
        <source>the signature on %1 verifies with a DNSKEY of %2</source>
        <translation>die Signatur von %1 lässt sich mit einem DNSKEY von %2 verifizieren</translation>
    </message>
    <message>
        <source>%1 is signed by %2 and the signature verifies, but no trust anchor was given, so the key itself is not trusted%3</source>
        <translation>%1 ist von %2 signiert und die Signatur ist gültig, aber es wurde kein Trust Anchor angegeben, daher gilt der Schlüssel selbst nicht als vertrauenswürdig%3</translation>
    </message>
    <message>
        <source> (the resolver did set AD)</source>
        <translation> (der Resolver hat AD gesetzt)</translation>
    </message>
    <message>
        <source>trust anchor not understood: %1</source>
        <translation>Trust Anchor nicht verstanden: %1</translation>
    </message>
    <message>
        <source>none of the DNSKEYs of %1 matches the trust anchor given: the zone was re-keyed, or the anchor is for another zone</source>
        <translation>keiner der DNSKEYs von %1 passt zum angegebenen Trust Anchor: die Zone hat neue Schlüssel bekommen, oder der Anchor gehört zu einer anderen Zone</translation>
    </message>
    <message>
        <source>the DNSKEY set of %1 is not signed by the trusted key: %2</source>
        <translation>das DNSKEY-Set von %1 ist nicht mit dem vertrauenswürdigen Schlüssel signiert: %2</translation>
    </message>
    <message>
        <source>the DNSKEY set of %1 is signed by the trust anchor&apos;s key</source>
        <translation>das DNSKEY-Set von %1 ist mit dem Schlüssel des Trust Anchors signiert</translation>
    </message>
    <message>
        <source>%1 is DNSSEC-secure: signed by %2, verified up to the given trust anchor%3</source>
        <translation>%1 ist DNSSEC-sicher: signiert von %2, verifiziert bis zum angegebenen Trust Anchor%3</translation>
    </message>
    <message>
        <source> (the resolver also set AD)</source>
        <translation> (der Resolver hat auch AD gesetzt)</translation>
    </message>
</context>
<context>
    <name>MailOps::Evaluation</name>
    <message>
        <source>&quot;%1&quot; is not a valid domain name, so it has no SPF policy</source>
        <translation>„%1“ ist kein gültiger Domainname und hat daher keine SPF-Policy</translation>
    </message>
    <message>
        <source>the SPF record of %1 could not be fetched: %2</source>
        <translation>der SPF-Record von %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record (%2)</source>
        <translation>%1 veröffentlicht keinen SPF-Record (%2)</translation>
    </message>
    <message>
        <source>%1 has TXT records but none of them is an SPF record</source>
        <translation>%1 hat TXT-Records, aber keiner davon ist ein SPF-Record</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 4.5): %3</source>
        <translation>%1 veröffentlicht %2 SPF-Records; genau einer ist erlaubt (RFC 7208 4.5): %3</translation>
    </message>
    <message>
        <source>the SPF record of %1 is invalid: %2</source>
        <translation>der SPF-Record von %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups are needed (RFC 7208 4.6.4); the limit was crossed at &quot;%2&quot; in %3&apos;s record</source>
        <translation>mehr als %1 DNS-Abfragen sind nötig (RFC 7208 4.6.4); das Limit wurde bei „%2“ im Record von %3 überschritten</translation>
    </message>
    <message>
        <source> in </source>
        <translation> in </translation>
    </message>
    <message>
        <source>%1 matched &quot;%2&quot; in the SPF record of %3</source>
        <translation>%1 passte auf „%2“ im SPF-Record von %3</translation>
    </message>
    <message>
        <source>redirect loop: %1</source>
        <translation>redirect-Schleife: %1</translation>
    </message>
    <message>
        <source>redirect=%1 in %2 points to a domain without an SPF record (%3)</source>
        <translation>redirect=%1 in %2 zeigt auf eine Domain ohne SPF-Record (%3)</translation>
    </message>
    <message>
        <source>no mechanism in the SPF record of %1 matched %2 and there is no redirect=, so the result is neutral (RFC 7208 4.7)</source>
        <translation>kein Mechanismus im SPF-Record von %1 passte auf %2 und es gibt kein redirect=, daher ist das Ergebnis neutral (RFC 7208 4.7)</translation>
    </message>
    <message>
        <source>more than %1 lookups found nothing (RFC 7208 4.6.4 void lookup limit); the last was %2</source>
        <translation>mehr als %1 Abfragen lieferten nichts (Void-Lookup-Limit nach RFC 7208 4.6.4); die letzte war %2</translation>
    </message>
    <message>
        <source>%1 found nothing</source>
        <translation>%1 lieferte nichts</translation>
    </message>
    <message>
        <source>lookup of %1 failed: %2</source>
        <translation>Abfrage von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>lookup of %1 A failed: %2</source>
        <translation>A-Abfrage von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>lookup of %1 MX failed: %2</source>
        <translation>MX-Abfrage von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; an SPF mx mechanism may look at no more than 10 (RFC 7208 4.6.4)</source>
        <translation>%1 hat %2 MX-Records; ein SPF-Mechanismus mx darf höchstens 10 betrachten (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>no validated PTR name for %1</source>
        <translation>kein validierter PTR-Name für %1</translation>
    </message>
    <message>
        <source>include loop: %1</source>
        <translation>include-Schleife: %1</translation>
    </message>
    <message>
        <source>include:%1 points to a domain without an SPF record (%2)</source>
        <translation>include:%1 zeigt auf eine Domain ohne SPF-Record (%2)</translation>
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
    <message>
        <source>no gateway profile</source>
        <translation>kein Gateway-Profil</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Gateway:      %1</source>
        <translation>Gateway:      %1</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
</context>
<context>
    <name>MailOps::GatewayCommand</name>
    <message>
        <source>%1 failed (exit %2)%3</source>
        <translation>%1 fehlgeschlagen (Exitcode %2)%3</translation>
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
    <name>MailOps::GatewayMonitor</name>
    <message>
        <source>&quot;%1&quot; is not a Postfix queue id</source>
        <translation>„%1“ ist keine Postfix-Queue-ID</translation>
    </message>
    <message>
        <source>%1 crashed on it repeatedly and the linter finds it malformed (%2)</source>
        <translation>%1 ist wiederholt an ihr abgestürzt, und der Linter hält sie für fehlerhaft (%2)</translation>
    </message>
    <message>
        <source>%1 logged it last before crashing (%2 restarts)</source>
        <translation>%1 hat sie zuletzt vor dem Absturz protokolliert (%2 Neustarts)</translation>
    </message>
    <message>
        <source>%1 logged it shortly before crashing</source>
        <translation>%1 hat sie kurz vor dem Absturz protokolliert</translation>
    </message>
    <message>
        <source>another queue action is still running</source>
        <translation>eine andere Aktion auf der Warteschlange läuft noch</translation>
    </message>
    <message>
        <source>no service backend for this profile</source>
        <translation>kein Dienst-Backend für dieses Profil</translation>
    </message>
    <message>
        <source>Crash loop: %1</source>
        <translation>Absturzschleife: %1</translation>
    </message>
    <message>
        <source>%1 is in a crash loop: %2</source>
        <translation>%1 steckt in einer Absturzschleife: %2</translation>
    </message>
    <message>
        <source>%1 runs again without restarts: the crash loop is over</source>
        <translation>%1 läuft wieder ohne Neustarts: die Absturzschleife ist vorbei</translation>
    </message>
    <message>
        <source>Poison suspect %1 put on hold automatically</source>
        <translation>Verdächtige Nachricht %1 automatisch angehalten</translation>
    </message>
    <message>
        <source>Poison suspect %1 put on hold</source>
        <translation>Verdächtige Nachricht %1 angehalten</translation>
    </message>
    <message>
        <source>Could not hold poison suspect %1: %2</source>
        <translation>Verdächtige Nachricht %1 konnte nicht angehalten werden: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::GatewayMonitorPanel</name>
    <message>
        <source>Queue depth</source>
        <translation>Länge der Warteschlange</translation>
    </message>
    <message>
        <source>By domain and age</source>
        <translation>Nach Domain und Alter</translation>
    </message>
    <message>
        <source>Deferral reasons</source>
        <translation>Zurückstellungsgründe</translation>
    </message>
    <message>
        <source>Rejects and tempfails</source>
        <translation>Ablehnungen und Tempfails</translation>
    </message>
    <message>
        <source>&lt;b&gt;Services&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dienste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Message %1 is on hold: the service no longer receives it. Release it from the queue once the cause is fixed.</source>
        <translation>Nachricht %1 ist angehalten: der Dienst bekommt sie nicht mehr. Geben Sie sie frei, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>Malformed and poison</source>
        <translation>Fehlerhaft und giftig</translation>
    </message>
    <message>
        <source>Listening sockets</source>
        <translation>Lauschende Sockets</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Einzelheiten der Dienste</translation>
    </message>
    <message>
        <source>Queue history: %1</source>
        <translation>Warteschlangen-Verlauf: %1</translation>
    </message>
    <message>
        <source>Mail log: %1</source>
        <translation>Mail-Log: %1</translation>
    </message>
    <message>
        <source>Message %1 was put on hold automatically: %2. Release it once the cause is fixed.</source>
        <translation>Nachricht %1 wurde automatisch angehalten: %2. Nach Behebung der Ursache freigeben.</translation>
    </message>
    <message>
        <source>Poison suspect held</source>
        <translation>Verdächtige Nachricht angehalten</translation>
    </message>
    <message>
        <source>Could not select messages: %1</source>
        <translation>Nachrichten konnten nicht ausgewählt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n message(s) (%1)</source>
        <translation>
            <numerusform>Warteschlange: %n Nachricht (%1)</numerusform>
            <numerusform>Warteschlange: %n Nachrichten (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Another queue action is still running.</source>
        <translation>Eine andere Aktion auf der Warteschlange läuft noch.</translation>
    </message>
    <message>
        <source>Selecting the messages %1…</source>
        <translation>Suche Nachrichten %1 …</translation>
    </message>
    <message>
        <source>No queued message matches %1.</source>
        <translation>Keine wartende Nachricht %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) %2…</source>
        <translation>
            <numerusform>%1: %n Nachricht %2 …</numerusform>
            <numerusform>%1: %n Nachrichten %2 …</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 messages %2.</source>
        <translation>%1 Nachrichten %2.</translation>
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
    <message>
        <source>&quot;%1&quot; is not a DNS zone name for a blocklist.</source>
        <translation>„%1“ ist kein DNS-Zonenname für eine Blockliste.</translation>
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
    <name>MailOps::GuidedRun</name>
    <message>
        <source>Why is mail for %1 not arriving?</source>
        <translation>Warum kommt Mail für %1 nicht an?</translation>
    </message>
    <message>
        <source>, sent from %1</source>
        <translation>, gesendet von %1</translation>
    </message>
    <message>
        <source>, DNS asked at %1 port %2</source>
        <translation>, DNS gefragt bei %1 Port %2</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Lauf abgebrochen</translation>
    </message>
    <message>
        <source>cancelled after %1 ms; checks still running were abandoned</source>
        <translation>nach %1 ms abgebrochen; noch laufende Prüfungen wurden aufgegeben</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Diagnosis of %1 cancelled</source>
        <translation>Diagnose von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Diagnosis of %1: no problem found</source>
        <translation>Diagnose von %1: kein Problem gefunden</translation>
    </message>
    <message>
        <source>Diagnosis of %1: %2</source>
        <translation>Diagnose von %1: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::HostLocality</name>
    <message>
        <source>this machine (loopback)</source>
        <translation>dieser Rechner (Loopback)</translation>
    </message>
    <message>
        <source>this machine (one of its own addresses)</source>
        <translation>dieser Rechner (eine seiner eigenen Adressen)</translation>
    </message>
    <message>
        <source>another machine</source>
        <translation>ein anderer Rechner</translation>
    </message>
</context>
<context>
    <name>MailOps::Incident</name>
    <message>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>major</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation>wird untersucht</translation>
    </message>
    <message>
        <source>cause identified</source>
        <translation>Ursache erkannt</translation>
    </message>
    <message>
        <source>fixed, monitoring</source>
        <translation>behoben, wird beobachtet</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
</context>
<context>
    <name>MailOps::IncidentDialog</name>
    <message>
        <source>Incident #%1</source>
        <translation>Störung #%1</translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation>Störung eröffnen</translation>
    </message>
    <message>
        <source>What is wrong, in a few plain words</source>
        <translation>Was los ist, in wenigen einfachen Worten</translation>
    </message>
    <message>
        <source>%1 (an update every %2 min)</source>
        <translation>%1 (eine Meldung alle %2 min)</translation>
    </message>
    <message>
        <source>filterhub, postfix</source>
        <translation>filterhub, postfix</translation>
    </message>
    <message>
        <source>Who notices what: &quot;Incoming mail waits; nothing is lost.&quot;</source>
        <translation>Wer was bemerkt: „Eingehende Mail wartet; nichts geht verloren.“</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Störung eröffnen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Affected services:</source>
        <translation>&amp;Betroffene Dienste:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
</context>
<context>
    <name>MailOps::IncidentSeed</name>
    <message>
        <source>%1 messages wait in the queue, %2 of them deferred.</source>
        <translation>%1 Nachrichten warten in der Warteschlange, %2 davon zurückgestellt.</translation>
    </message>
    <message>
        <source>%1 keeps crashing</source>
        <translation>%1 stürzt immer wieder ab</translation>
    </message>
    <message>
        <source>%1 restarted %2 times since %3.</source>
        <translation>%1 wurde seit %3 %2-mal neu gestartet.</translation>
    </message>
    <message>
        <source>Mail piles up in the queue</source>
        <translation>Mail staut sich in der Warteschlange</translation>
    </message>
    <message>
        <source>Outgoing mail is delayed</source>
        <translation>Ausgehende Mail verzögert sich</translation>
    </message>
    <message>
        <source>Messages are on hold</source>
        <translation>Nachrichten sind angehalten</translation>
    </message>
    <message>
        <source>The %1 queue alert reads %2.</source>
        <translation>Der Alarm der Warteschlange %1 lautet: %2.</translation>
    </message>
</context>
<context>
    <name>MailOps::IncidentStore</name>
    <message>
        <source>incident store</source>
        <translation>Störungsspeicher</translation>
    </message>
    <message>
        <source>The incident store %1 is not open.</source>
        <translation>Der Störungsspeicher %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Es gibt keine Störung %1.</translation>
    </message>
    <message>
        <source>Cannot store the incident &quot;%1&quot; in %2</source>
        <translation>Die Störung „%1“ kann nicht in %2 gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot change the incident %1 in %2</source>
        <translation>Die Störung %1 in %2 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot read the incidents from %1</source>
        <translation>Die Störungen können nicht aus %1 gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the incident %1 from %2</source>
        <translation>Die Störung %1 kann nicht aus %2 gelesen werden</translation>
    </message>
    <message>
        <source>Cannot add a note to the incident %1 in %2</source>
        <translation>Zur Störung %1 in %2 kann keine Notiz hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot record a notice of the incident %1 in %2</source>
        <translation>Eine Meldung zur Störung %1 kann nicht in %2 festgehalten werden</translation>
    </message>
    <message>
        <source>Cannot save the draft of the incident %1 in %2</source>
        <translation>Der Entwurf zur Störung %1 kann nicht in %2 gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the drafts of the incident %1 from %2</source>
        <translation>Die Entwürfe zur Störung %1 können nicht aus %2 gelesen werden</translation>
    </message>
    <message>
        <source>Cannot discard the draft of the incident %1 in %2</source>
        <translation>Der Entwurf zur Störung %1 in %2 kann nicht verworfen werden</translation>
    </message>
    <message>
        <source>Cannot record the review of a notice of the incident %1 in %2</source>
        <translation>Die Durchsicht einer Meldung zur Störung %1 kann nicht in %2 festgehalten werden</translation>
    </message>
    <message>
        <source>Cannot read the reviews of the incident %1 from %2</source>
        <translation>Die Durchsichten zur Störung %1 können nicht aus %2 gelesen werden</translation>
    </message>
</context>
<context>
    <name>MailOps::IncidentTimeline</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notice to %1 (%2) by %3: %4</source>
        <translation>Meldung an %1 (%2) von %3: %4</translation>
    </message>
    <message>
        <source>Note on &quot;%1&quot;: %2</source>
        <translation>Notiz zu „%1“: %2</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; sent to %2 by %3</source>
        <translation>Meldung „%1“ an %2 gesendet von %3</translation>
    </message>
    <message>
        <source>Incident &quot;%1&quot; opened (%2)</source>
        <translation>Störung „%1“ eröffnet (%2)</translation>
    </message>
    <message>
        <source>Incident &quot;%1&quot;: %2, %3</source>
        <translation>Störung „%1“: %2, %3</translation>
    </message>
    <message>
        <source>Second look at the %1 notice of &quot;%2&quot; by %3</source>
        <translation>Durchsicht der Meldung %1 zu „%2“ durch %3</translation>
    </message>
</context>
<context>
    <name>MailOps::JargonList</name>
    <message>
        <source>line %1: no &quot;=&quot; between the term and its plainer wording</source>
        <translation>Zeile %1: kein „=“ zwischen dem Begriff und seiner einfacheren Formulierung</translation>
    </message>
    <message>
        <source>line %1: a term is one to %2 words</source>
        <translation>Zeile %1: ein Begriff hat ein bis %2 Wörter</translation>
    </message>
    <message>
        <source>There is no jargon list %1.</source>
        <translation>Es gibt keine Jargon-Liste %1.</translation>
    </message>
</context>
<context>
    <name>MailOps::JournalModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
</context>
<context>
    <name>MailOps::JournalStore</name>
    <message>
        <source>journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Cannot write to the journal %1</source>
        <translation>In das Journal %1 kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n journal event(s) are waiting in memory.</source>
        <translation>
            <numerusform>%1; %n Journal-Ereignis wartet im Speicher.</numerusform>
            <numerusform>%1; %n Journal-Ereignisse warten im Speicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal %1 is not open.</source>
        <translation>Das Journal %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the journal %1</source>
        <translation>Das Journal %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>MailOps::ListeningSocketModel</name>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Listening on</source>
        <translation>Lauscht auf</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>MailOps::LocalTransport</name>
    <message>
        <source>empty command</source>
        <translation>leerer Befehl</translation>
    </message>
    <message>
        <source>argument with a NUL character</source>
        <translation>Argument mit einem NUL-Zeichen</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
</context>
<context>
    <name>MailOps::MailAddress</name>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>the address holds a control character</source>
        <translation>die Adresse enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the address is not ASCII (it would need SMTPUTF8)</source>
        <translation>die Adresse ist nicht ASCII (sie bräuchte SMTPUTF8)</translation>
    </message>
    <message>
        <source>the address is longer than 254 characters</source>
        <translation>die Adresse ist länger als 254 Zeichen</translation>
    </message>
    <message>
        <source>the address has no &quot;@&quot;</source>
        <translation>die Adresse hat kein „@“</translation>
    </message>
    <message>
        <source>there is nothing before the &quot;@&quot;</source>
        <translation>vor dem „@“ steht nichts</translation>
    </message>
    <message>
        <source>the part before the &quot;@&quot; is longer than 64 characters</source>
        <translation>der Teil vor dem „@“ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>the part before the &quot;@&quot; is not a valid mailbox name</source>
        <translation>der Teil vor dem „@“ ist kein gültiger Postfachname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name with a dot</source>
        <translation>„%1“ ist kein Hostname mit Punkt</translation>
    </message>
    <message>
        <source>the name holds a line break</source>
        <translation>der Name enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the name holds a control character (U+%1)</source>
        <translation>der Name enthält ein Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>der Name ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the &quot;&lt;&quot; is not closed by &quot;&gt;&quot;</source>
        <translation>„%1“: das „&lt;“ wird nicht durch „&gt;“ geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::MailLogFollower</name>
    <message>
        <source>mail log %1 does not exist (yet)</source>
        <translation>das Mail-Log %1 gibt es (noch) nicht</translation>
    </message>
    <message>
        <source>cannot open mail log %1: %2</source>
        <translation>das Mail-Log %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::MailboxList</name>
    <message>
        <source>a whole domain, not a mailbox</source>
        <translation>eine ganze Domain, kein Postfach</translation>
    </message>
    <message>
        <source>Cannot read the mailbox list %1: %2</source>
        <translation>Die Postfachliste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mailbox list %1 is over %2 MB: not a list of mailboxes.</source>
        <translation>Die Postfachliste %1 ist größer als %2 MB: das ist keine Liste von Postfächern.</translation>
    </message>
    <message>
        <source>1 mailbox</source>
        <translation>1 Postfach</translation>
    </message>
    <message>
        <source>%1 mailboxes</source>
        <translation>%1 Postfächer</translation>
    </message>
    <message>
        <source>, %1 listed twice</source>
        <translation>, %1 doppelt aufgeführt</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>; 1 line is no address: </source>
        <translation>; 1 Zeile ist keine Adresse: </translation>
    </message>
    <message>
        <source>; %1 lines are no address: </source>
        <translation>; %1 Zeilen sind keine Adressen: </translation>
    </message>
    <message>
        <source>; …</source>
        <translation>; …</translation>
    </message>
</context>
<context>
    <name>MailOps::MailqParser</name>
    <message>
        <source>line longer than %1 bytes, skipped</source>
        <translation>Zeile länger als %1 Bytes, übersprungen</translation>
    </message>
    <message>
        <source>not a queue entry: %1</source>
        <translation>kein Eintrag der Warteschlange: %1</translation>
    </message>
    <message>
        <source>continuation line outside an entry</source>
        <translation>Fortsetzungszeile außerhalb eines Eintrags</translation>
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
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Policy history</source>
        <translation>Richtlinien-Verlauf</translation>
    </message>
    <message>
        <source>Status broadcast</source>
        <translation>Statusmeldungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
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
    <message>
        <source>There is no gateway profile named &quot;%1&quot; any more.</source>
        <translation>Es gibt kein Gateway-Profil „%1“ mehr.</translation>
    </message>
    <message>
        <source>MailOps Console: %1</source>
        <translation>MailOps-Konsole: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::MalformedTab</name>
    <message>
        <source>Scan the queue</source>
        <translation>Warteschlange prüfen</translation>
    </message>
    <message>
        <source>Fetch every queued message and check it against RFC 5322 and MIME</source>
        <translation>Jede Nachricht der Warteschlange abrufen und gegen RFC 5322 und MIME prüfen</translation>
    </message>
    <message>
        <source>Not scanned yet. Poison suspects of a crash loop are checked at once.</source>
        <translation>Noch nicht geprüft. Verdächtige Nachrichten einer Absturzschleife werden sofort geprüft.</translation>
    </message>
    <message>
        <source>Hold poison suspects automatically</source>
        <translation>Verdächtige Nachrichten automatisch anhalten</translation>
    </message>
    <message>
        <source>When a service crash-loops on a message the linter finds malformed, put it on hold at once and say so here and in the tray</source>
        <translation>Stürzt ein Dienst wiederholt an einer Nachricht ab, die der Linter für fehlerhaft hält, sie sofort anhalten und das hier und im Infobereich melden</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut zustellen</translation>
    </message>
    <message>
        <source>Return to sender…</source>
        <translation>An Absender zurückschicken…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Export .eml…</source>
        <translation>Als .eml exportieren…</translation>
    </message>
    <message>
        <source>Listing the queue…</source>
        <translation>Warteschlange wird gelesen…</translation>
    </message>
    <message>
        <source>Malformed and poison</source>
        <translation>Fehlerhaft und giftig</translation>
    </message>
    <message>
        <source>Scanning: %1 of %2 messages…</source>
        <translation>Prüfe %1 von %2 Nachrichten…</translation>
    </message>
    <message>
        <source>named by %1 before its crashes</source>
        <translation>von %1 vor seinen Abstürzen genannt</translation>
    </message>
    <message>
        <source>Message %1 is selected when the scan running now finds it.</source>
        <translation>Nachricht %1 wird ausgewählt, sobald die laufende Prüfung sie findet.</translation>
    </message>
    <message>
        <source>Message %1 is not in this list: scan the queue to look for it, it may have left the queue.</source>
        <translation>Nachricht %1 ist nicht in dieser Liste: die Warteschlange prüfen, um sie zu suchen; vielleicht hat sie die Warteschlange verlassen.</translation>
    </message>
    <message>
        <source>Looking at the %1 messages to select…</source>
        <translation>Die %1 auszuwählenden Nachrichten werden angesehen…</translation>
    </message>
    <message>
        <source>%1 of %2 messages selected.</source>
        <translation>%1 von %2 Nachrichten ausgewählt.</translation>
    </message>
    <message>
        <source>Scan failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 queued messages scanned: %3 malformed.</source>
        <translation>%1 von %2 Nachrichten der Warteschlange geprüft: %3 fehlerhaft.</translation>
    </message>
    <message numerus="yes">
        <source>%n left the queue during the scan.</source>
        <translation>
            <numerusform>%n hat die Warteschlange während der Prüfung verlassen.</numerusform>
            <numerusform>%n haben die Warteschlange während der Prüfung verlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Malformed and poison (%1)</source>
        <translation>Fehlerhaft und giftig (%1)</translation>
    </message>
    <message>
        <source>Select one or more messages in the list first.</source>
        <translation>Zuerst eine oder mehrere Nachrichten in der Liste auswählen.</translation>
    </message>
    <message>
        <source>Another queue action is still running.</source>
        <translation>Eine andere Aktion auf der Warteschlange läuft noch.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)…</source>
        <translation>
            <numerusform>%1: %n Nachricht…</numerusform>
            <numerusform>%1: %n Nachrichten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly one message to export.</source>
        <translation>Zum Exportieren genau eine Nachricht auswählen.</translation>
    </message>
    <message>
        <source>Export message %1</source>
        <translation>Nachricht %1 exportieren</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>Message %1 saved as %2 (%3 bytes).</source>
        <translation>Nachricht %1 als %2 gespeichert (%3 Bytes).</translation>
    </message>
</context>
<context>
    <name>MailOps::MessageExporter</name>
    <message>
        <source>&quot;%1&quot; is not a Postfix queue id</source>
        <translation>„%1“ ist keine Postfix-Queue-ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>„%1“ ist kein Dateiname</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting it</source>
        <translation>%1 gibt es schon; einen anderen Namen wählen oder das Überschreiben erlauben</translation>
    </message>
    <message>
        <source>the connection to the gateway was closed</source>
        <translation>die Verbindung zum Gateway wurde geschlossen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>saving message %1 was cancelled</source>
        <translation>das Speichern von Nachricht %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>message %1 is larger than %2 MB; not saved</source>
        <translation>Nachricht %1 ist größer als %2 MB; nicht gespeichert</translation>
    </message>
    <message>
        <source>message %1 is no longer in the queue (delivered, returned or deleted)</source>
        <translation>Nachricht %1 ist nicht mehr in der Warteschlange (zugestellt, zurückgeschickt oder gelöscht)</translation>
    </message>
    <message>
        <source>postcat failed for %1 (exit %2): %3</source>
        <translation>postcat ist für %1 fehlgeschlagen (Exit %2): %3</translation>
    </message>
    <message>
        <source>postcat printed nothing for message %1; it may be leaving the queue</source>
        <translation>postcat hat für Nachricht %1 nichts ausgegeben; sie verlässt womöglich gerade die Warteschlange</translation>
    </message>
    <message>
        <source>%1 appeared while the message was fetched; not replaced</source>
        <translation>%1 ist während des Abrufs der Nachricht entstanden; nicht ersetzt</translation>
    </message>
</context>
<context>
    <name>MailOps::MessageInspector</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade …</translation>
    </message>
    <message>
        <source>Loading message %1…</source>
        <translation>Lade Nachricht %1 …</translation>
    </message>
    <message>
        <source>Queue id %1</source>
        <translation>Queue-ID %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>to %1 +%2</source>
        <translation>an %1 +%2</translation>
    </message>
    <message>
        <source>Poison suspect</source>
        <translation>Giftverdacht</translation>
    </message>
    <message>
        <source>Poison suspect: %1</source>
        <translation>Giftverdacht: %1</translation>
    </message>
    <message numerus="yes">
        <source>  [… %n more bytes on this line]</source>
        <translation>
            <numerusform>  [… %n weiteres Byte in dieser Zeile]</numerusform>
            <numerusform>  [… %n weitere Bytes in dieser Zeile]</numerusform>
        </translation>
    </message>
    <message>
        <source>[… %1 more bytes not shown]</source>
        <translation>[… weitere %1 nicht angezeigt]</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source> (beyond the part shown)</source>
        <translation> (jenseits des angezeigten Teils)</translation>
    </message>
    <message>
        <source>, shown as %1</source>
        <translation>, angezeigt als %1</translation>
    </message>
    <message>
        <source> (part %1)</source>
        <translation> (Teil %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n weiterer nicht aufgeführt</numerusform>
            <numerusform>%n weitere nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole message: %1</source>
        <translation>Gesamte Nachricht: %1</translation>
    </message>
</context>
<context>
    <name>MailOps::MessageLinter</name>
    <message>
        <source>carriage return not followed by a line feed</source>
        <translation>Wagenrücklauf (CR) ohne folgenden Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>NUL byte</source>
        <translation>NUL-Byte</translation>
    </message>
    <message>
        <source>line ends in a bare line feed in a CRLF message</source>
        <translation>Zeile endet in einer CRLF-Nachricht mit einem bloßen LF</translation>
    </message>
    <message>
        <source>line is %1 octets long; the limit is %2</source>
        <translation>Zeile ist %1 Oktette lang; die Grenze ist %2</translation>
    </message>
    <message>
        <source>8-bit bytes in a header without SMTPUTF8</source>
        <translation>8-Bit-Bytes im Header ohne SMTPUTF8</translation>
    </message>
    <message>
        <source>header is not valid UTF-8</source>
        <translation>Header ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>continuation line before any header field</source>
        <translation>Fortsetzungszeile vor dem ersten Header-Feld</translation>
    </message>
    <message>
        <source>continuation line holds only white space (obsolete folding)</source>
        <translation>Fortsetzungszeile enthält nur Leerraum (veraltete Faltung)</translation>
    </message>
    <message>
        <source>mbox &quot;From &quot; separator line before the header</source>
        <translation>mbox-Trennzeile „From “ vor dem Header</translation>
    </message>
    <message>
        <source>not a header field (no field name and colon): &quot;%1&quot;; taken as the start of the body</source>
        <translation>kein Header-Feld (kein Feldname mit Doppelpunkt): „%1“; als Beginn des Body gewertet</translation>
    </message>
    <message>
        <source>white space before the colon of &quot;%1&quot; (obsolete syntax)</source>
        <translation>Leerraum vor dem Doppelpunkt von „%1“ (veraltete Syntax)</translation>
    </message>
    <message>
        <source>invalid character in header field name &quot;%1&quot;</source>
        <translation>ungültiges Zeichen im Header-Feldnamen „%1“</translation>
    </message>
    <message>
        <source>header field %1 is larger than %2 bytes; only its start was analysed</source>
        <translation>Header-Feld %1 ist größer als %2 Bytes; nur sein Anfang wurde untersucht</translation>
    </message>
    <message>
        <source>header field %1 appears %2 times; it is allowed once</source>
        <translation>Header-Feld %1 kommt %2-mal vor; erlaubt ist es einmal</translation>
    </message>
    <message>
        <source>no From: header field</source>
        <translation>kein From:-Header-Feld</translation>
    </message>
    <message>
        <source>no Date: header field</source>
        <translation>kein Date:-Header-Feld</translation>
    </message>
    <message>
        <source>multipart content without a boundary parameter</source>
        <translation>Multipart-Inhalt ohne boundary-Parameter</translation>
    </message>
    <message>
        <source>MIME nesting deeper than %1 levels; deeper parts are not analysed</source>
        <translation>MIME-Verschachtelung tiefer als %1 Ebenen; tiefere Teile werden nicht untersucht</translation>
    </message>
    <message>
        <source>boundary &quot;%1&quot; never appears</source>
        <translation>Boundary „%1“ kommt nie vor</translation>
    </message>
    <message>
        <source>multipart with boundary &quot;%1&quot; has no closing delimiter</source>
        <translation>Multipart mit Boundary „%1“ hat keinen schließenden Begrenzer</translation>
    </message>
    <message>
        <source>multipart closed without any body part</source>
        <translation>Multipart ohne einen einzigen Teil geschlossen</translation>
    </message>
    <message>
        <source>base64 data ends in the middle of a 4-character group (truncated?)</source>
        <translation>Base64-Daten enden mitten in einer Gruppe aus 4 Zeichen (abgeschnitten?)</translation>
    </message>
    <message>
        <source>data after base64 padding</source>
        <translation>Daten nach dem Base64-Padding</translation>
    </message>
    <message>
        <source>misplaced base64 padding</source>
        <translation>Base64-Padding an falscher Stelle</translation>
    </message>
    <message>
        <source>byte 0x%1 is not base64</source>
        <translation>Byte 0x%1 ist kein Base64</translation>
    </message>
    <message>
        <source>&quot;=&quot; not followed by two hex digits: &quot;%1&quot;</source>
        <translation>„=“ nicht von zwei Hex-Ziffern gefolgt: „%1“</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>die Nachricht ist leer</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::MtaStsFetcher</name>
    <message>
        <source>the policy is larger than 64 KB</source>
        <translation>die Policy ist größer als 64 KB</translation>
    </message>
    <message>
        <source>%1: the certificate is not valid for %2 (%3); senders ignore this policy</source>
        <translation>%1: das Zertifikat ist für %2 nicht gültig (%3); Absender ignorieren diese Policy</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2; a policy must be served with 200 and without redirects</source>
        <translation>%1 antwortete mit HTTP %2; eine Policy muss mit 200 und ohne Weiterleitungen ausgeliefert werden</translation>
    </message>
    <message>
        <source>served as &quot;%1&quot;, not text/plain</source>
        <translation>ausgeliefert als „%1“, nicht als text/plain</translation>
    </message>
</context>
<context>
    <name>MailOps::MtaStsPolicy</name>
    <message>
        <source>the policy is larger than 64 KB</source>
        <translation>die Policy ist größer als 64 KB</translation>
    </message>
    <message>
        <source>line %1 is not &quot;key: value&quot;</source>
        <translation>Zeile %1 hat nicht die Form „key: value“</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not STSv1</source>
        <translation>version ist „%1“, nicht STSv1</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;</source>
        <translation>unbekannter mode „%1“</translation>
    </message>
    <message>
        <source>line %1: an empty or malformed mx pattern</source>
        <translation>Zeile %1: ein leeres oder fehlerhaftes mx-Muster</translation>
    </message>
    <message>
        <source>max_age &quot;%1&quot; is not a number of seconds</source>
        <translation>max_age „%1“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>max_age %1 is above the maximum of %2 s</source>
        <translation>max_age %1 liegt über dem Höchstwert von %2 s</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>no &quot;version: STSv1&quot; line</source>
        <translation>keine Zeile „version: STSv1“</translation>
    </message>
    <message>
        <source>no &quot;mode&quot; line</source>
        <translation>keine Zeile „mode“</translation>
    </message>
    <message>
        <source>no &quot;max_age&quot; line</source>
        <translation>keine Zeile „max_age“</translation>
    </message>
    <message>
        <source>mode %1 without any mx line</source>
        <translation>mode %1 ohne eine einzige mx-Zeile</translation>
    </message>
</context>
<context>
    <name>MailOps::MxCheck</name>
    <message>
        <source>%1 does not exist in DNS: no mail can be delivered to it</source>
        <translation>%1 existiert nicht im DNS: an diese Domain kann keine Mail zugestellt werden</translation>
    </message>
    <message>
        <source>the MX records of %1 could not be looked up: %2</source>
        <translation>die MX-Records von %1 konnten nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail at all</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): die Domain nimmt überhaupt keine Mail an</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record</source>
        <translation>%1 hat keinen A- oder AAAA-Record</translation>
    </message>
    <message>
        <source>%1 has no MX record; mail goes to its own address (RFC 5321 5.1)</source>
        <translation>%1 hat keinen MX-Record; Mail geht an die eigene Adresse der Domain (RFC 5321 5.1)</translation>
    </message>
    <message>
        <source>%1 has no MX record and no address: mail to it cannot be delivered</source>
        <translation>%1 hat weder MX-Record noch Adresse: Mail dorthin kann nicht zugestellt werden</translation>
    </message>
    <message>
        <source>%1 has %2 MX host(s), all with addresses</source>
        <translation>%1 hat %2 MX-Host(s), alle mit Adressen</translation>
    </message>
    <message>
        <source>%1 has %2 MX host(s), but %3 of them have no usable address</source>
        <translation>%1 hat %2 MX-Host(s), aber %3 davon haben keine brauchbare Adresse</translation>
    </message>
    <message>
        <source>none of the %1 MX host(s) of %2 has a usable address: mail cannot be delivered</source>
        <translation>keiner der %1 MX-Host(s) von %2 hat eine brauchbare Adresse: Mail kann nicht zugestellt werden</translation>
    </message>
</context>
<context>
    <name>MailOps::NetReport</name>
    <message>
        <source>Ports of %1 (%2)</source>
        <translation>Ports von %1 (%2)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>Name lookup: %1</source>
        <translation>Namensauflösung: %1</translation>
    </message>
    <message>
        <source>Note: these addresses belong to this machine. A port open here says nothing about whether it can be reached from outside; probe from another network to see what senders see.</source>
        <translation>Hinweis: diese Adressen gehören zu diesem Rechner. Ein hier offener Port sagt nichts darüber, ob er von außen erreichbar ist; aus einem anderen Netz prüfen, um zu sehen, was Absender sehen.</translation>
    </message>
    <message>
        <source>Filtered means no answer at all: a firewall drops the packets (often upstream, at the provider), unlike refused, where the host itself answers that nothing listens.</source>
        <translation>Gefiltert heißt überhaupt keine Antwort: eine Firewall verwirft die Pakete (oft vorgelagert, beim Provider), anders als bei abgewiesen, wo der Host selbst antwortet, dass nichts lauscht.</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>Dauer: %1 ms.</translation>
    </message>
    <message>
        <source>SMTP probe of %1 port %2%3, started %4 UTC</source>
        <translation>SMTP-Prüfung von %1 Port %2%3, gestartet %4 UTC</translation>
    </message>
    <message>
        <source>Greeting:      %1</source>
        <translation>Begrüßung:     %1</translation>
    </message>
    <message>
        <source>EHLO (as %1): %2</source>
        <translation>EHLO (als %1): %2</translation>
    </message>
    <message>
        <source>EHLO after TLS: %1</source>
        <translation>EHLO nach TLS: %1</translation>
    </message>
    <message>
        <source>TLS:           %1, %2</source>
        <translation>TLS:           %1, %2</translation>
    </message>
    <message>
        <source>  certificate %1: %2</source>
        <translation>  Zertifikat %1: %2</translation>
    </message>
    <message>
        <source>    issuer %1; valid %2 to %3 (%4 days left)%5</source>
        <translation>    Aussteller %1; gültig %2 bis %3 (noch %4 Tage)%5</translation>
    </message>
    <message>
        <source>; self-signed</source>
        <translation>; selbst signiert</translation>
    </message>
    <message>
        <source>    names %1</source>
        <translation>    Namen %1</translation>
    </message>
    <message>
        <source>Stopped during %1: %2</source>
        <translation>Beendet während %1: %2</translation>
    </message>
    <message>
        <source>Transcript (C client, S server, * event):</source>
        <translation>Mitschrift (C Client, S Server, * Ereignis):</translation>
    </message>
</context>
<context>
    <name>MailOps::NoticeDelivery</name>
    <message>
        <source>%1: sent</source>
        <translation>%1: gesendet</translation>
    </message>
    <message>
        <source>%1: offered</source>
        <translation>%1: angeboten</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reached %1 by %2.</source>
        <translation>Zielgruppe %1 über %2 erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>Reached %1 by %2 after %n failed path(s).</source>
        <translation>
            <numerusform>Zielgruppe %1 über %2 erreicht, nach %n fehlgeschlagenen Versandweg.</numerusform>
            <numerusform>Zielgruppe %1 über %2 erreicht, nach %n fehlgeschlagenen Versandwegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n path(s) failed and the notice is offered by %1.</source>
        <translation>
            <numerusform>Noch nicht gesendet: %n Versandweg ist fehlgeschlagen, und die Meldung wird über %1 angeboten.</numerusform>
            <numerusform>Noch nicht gesendet: %n Versandwege sind fehlgeschlagen, und die Meldung wird über %1 angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: no path is set for %1.</source>
        <translation>Nicht gesendet: für %1 ist kein Versandweg eingestellt.</translation>
    </message>
    <message>
        <source>Not sent: every path for %1 failed.</source>
        <translation>Nicht gesendet: alle Versandwege für %1 sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The first relay, %1 (%2), is the gateway itself: while it is down the notice goes by the next path.</source>
        <translation>Das erste Relay, %1 (%2), ist das Gateway selbst: solange es ausgefallen ist, geht die Meldung über den nächsten Versandweg hinaus.</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; did not reach %2: %3</source>
        <translation>Meldung „%1“ hat %2 nicht erreicht: %3</translation>
    </message>
    <message>
        <source>The notice went out by %1 but could not be recorded: %2</source>
        <translation>Die Meldung ging über %1 hinaus, konnte aber nicht festgehalten werden: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::NoticeFacts</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 crash-looped and runs again since %2</source>
        <translation>%1 steckte in einer Absturzschleife und läuft seit %2 wieder</translation>
    </message>
    <message>
        <source>%1 keeps crashing (%2 restarts) since %3</source>
        <translation>%1 stürzt seit %3 immer wieder ab (%2 Neustarts)</translation>
    </message>
    <message>
        <source>%1 keeps crashing since %2</source>
        <translation>%1 stürzt seit %2 immer wieder ab</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>grew by %1 in the last %2</source>
        <translation>in den letzten %2 um %1 gewachsen</translation>
    </message>
    <message>
        <source>shrank by %1 in the last %2</source>
        <translation>in den letzten %2 um %1 geschrumpft</translation>
    </message>
    <message>
        <source>unchanged in the last %1</source>
        <translation>in den letzten %1 unverändert</translation>
    </message>
    <message>
        <source>their MX refuses connections</source>
        <translation>ihr MX verweigert Verbindungen</translation>
    </message>
    <message>
        <source>their MX does not answer</source>
        <translation>ihr MX antwortet nicht</translation>
    </message>
    <message>
        <source>their MX cannot be looked up in the DNS</source>
        <translation>ihr MX lässt sich im DNS nicht nachschlagen</translation>
    </message>
    <message>
        <source>TLS with their MX fails</source>
        <translation>TLS mit ihrem MX schlägt fehl</translation>
    </message>
    <message>
        <source>their MX answers %1</source>
        <translation>ihr MX antwortet %1</translation>
    </message>
    <message>
        <source>diagnosis at %1: %2</source>
        <translation>Diagnose um %1: %2</translation>
    </message>
    <message>
        <source>1 message to %1 waiting</source>
        <translation>1 Nachricht an %1 wartet</translation>
    </message>
    <message>
        <source>%1 messages to %2 waiting</source>
        <translation>%1 Nachrichten an %2 warten</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
    <message>
        <source>and 1 more domain</source>
        <translation>und 1 weitere Domain</translation>
    </message>
    <message>
        <source>and %1 more domains</source>
        <translation>und %1 weitere Domains</translation>
    </message>
</context>
<context>
    <name>MailOps::NoticeMessage</name>
    <message>
        <source>the subject is empty</source>
        <translation>der Betreff ist leer</translation>
    </message>
    <message>
        <source>the subject holds a line break</source>
        <translation>der Betreff enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the subject holds a control character (U+%1)</source>
        <translation>der Betreff enthält ein Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <source>the subject is longer than 500 characters</source>
        <translation>der Betreff ist länger als 500 Zeichen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>there is no recipient</source>
        <translation>es gibt keinen Empfänger</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Message-ID</source>
        <translation>„%1“ ist keine Message-ID</translation>
    </message>
    <message>
        <source>The notice cannot be written as a message: %1.</source>
        <translation>Die Meldung kann nicht als Nachricht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::NoticePath</name>
    <message>
        <source>No file is chosen for the .eml copy.</source>
        <translation>Für die .eml-Kopie ist keine Datei gewählt.</translation>
    </message>
    <message>
        <source>There is no relay named &quot;%1&quot;.</source>
        <translation>Es gibt kein Relay namens „%1“.</translation>
    </message>
    <message>
        <source>Sending through relay &quot;%1&quot; is not available here.</source>
        <translation>Senden über Relay „%1“ ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>There is no webhook named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Webhook namens „%1“.</translation>
    </message>
    <message>
        <source>The URL of webhook &quot;%1&quot; is not in the keychain (%2).</source>
        <translation>Die URL von Webhook „%1“ liegt nicht im Schlüsselbund (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no kind of path.</source>
        <translation>„%1“ ist keine bekannte Art von Versandweg.</translation>
    </message>
</context>
<context>
    <name>MailOps::NoticeReview</name>
    <message>
        <source>A second look needs the name of who took it.</source>
        <translation>Eine Durchsicht braucht den Namen der Person, die sie vorgenommen hat.</translation>
    </message>
    <message>
        <source>The incident store is not open.</source>
        <translation>Der Störungsspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Not sent: this gateway&apos;s notices go out after a second look, and nobody has reviewed this one yet.</source>
        <translation>Nicht gesendet: die Meldungen dieses Gateways gehen erst nach einer Durchsicht hinaus, und diese hat noch niemand durchgesehen.</translation>
    </message>
    <message>
        <source>Not sent: the notice changed after %1 reviewed it at %2 UTC; it needs another look.</source>
        <translation>Nicht gesendet: die Meldung wurde geändert, nachdem %1 sie um %2 UTC durchgesehen hat; sie braucht eine neue Durchsicht.</translation>
    </message>
</context>
<context>
    <name>MailOps::NoticeReviewDialog</name>
    <message>
        <source>Second look at the notice</source>
        <translation>Durchsicht der Meldung</translation>
    </message>
    <message>
        <source>This gateway&apos;s notices go out only after someone has read them as they stand. Read it as its readers will; a change after this needs another look.</source>
        <translation>Die Meldungen dieses Gateways gehen erst hinaus, wenn jemand sie so gelesen hat, wie sie dastehen. Lesen Sie die Meldung so, wie ihre Leser sie lesen werden; eine spätere Änderung braucht eine neue Durchsicht.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Reviewed by:</source>
        <translation>&amp;Durchgesehen von:</translation>
    </message>
    <message>
        <source>It may go</source>
        <translation>Zum Senden freigeben</translation>
    </message>
</context>
<context>
    <name>MailOps::NoticeSender</name>
    <message>
        <source>No sender is set for the notices of %1: set one in the broadcast settings.</source>
        <translation>Für die Meldungen von %1 ist kein Absender eingestellt: einen in den Versandeinstellungen eintragen.</translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; is not an address: %2</source>
        <translation>Der Absender „%1“ ist keine Adresse: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Nobody to send it to: add recipients.</source>
        <translation>Niemand, an den es gehen soll: Empfänger hinzufügen.</translation>
    </message>
    <message>
        <source>The broadcast settings of %1 have no relay &quot;%2&quot;.</source>
        <translation>Die Versandeinstellungen von %1 enthalten kein Relay „%2“.</translation>
    </message>
    <message>
        <source>No usable sender is set for the notices of %1: set one in the broadcast settings.</source>
        <translation>Für die Meldungen von %1 ist kein brauchbarer Absender eingestellt: einen in den Versandeinstellungen eintragen.</translation>
    </message>
    <message>
        <source>all users: %1 of %2 mailboxes</source>
        <translation>alle Benutzer: %1 von %2 Postfächern</translation>
    </message>
</context>
<context>
    <name>MailOps::NoticeTemplate</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the notice template %1: %2</source>
        <translation>Die Meldungsvorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no notice template %1.</source>
        <translation>Es gibt keine Meldungsvorlage %1.</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot; on the same line</source>
        <translation>„{{“ wird nicht in derselben Zeile durch „}}“ geschlossen</translation>
    </message>
    <message>
        <source>&quot;{{%1}}&quot; is not a placeholder: a name is lower-case letters, digits and _</source>
        <translation>„{{%1}}“ ist kein Platzhalter: ein Name besteht aus Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}</source>
        <translation>unbekannter Platzhalter {{%1}}</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that was never opened</source>
        <translation>{{/%1}} schließt einen Abschnitt, der nie geöffnet wurde</translation>
    </message>
    <message>
        <source>{{/%1}} closes {{%2%3}} (opened on line %4) out of order</source>
        <translation>{{/%1}} schließt {{%2%3}} (geöffnet in Zeile %4) in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>section {{%1%2}} is never closed by {{/%2}}</source>
        <translation>Abschnitt {{%1%2}} wird nie durch {{/%2}} geschlossen</translation>
    </message>
    <message>
        <source>no value for {{%1}}</source>
        <translation>kein Wert für {{%1}}</translation>
    </message>
    <message>
        <source>The notice template</source>
        <translation>Die Meldungsvorlage</translation>
    </message>
    <message>
        <source>%1 cannot be used:
%2</source>
        <translation>%1 kann nicht verwendet werden:
%2</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyApplier</name>
    <message>
        <source>The policy was changed outside the console: recorded as %1</source>
        <translation>Die Richtlinie wurde außerhalb der Konsole geändert: festgehalten als %1</translation>
    </message>
    <message>
        <source>Policy change confirmed</source>
        <translation>Richtlinienänderung bestätigt</translation>
    </message>
    <message>
        <source>changed outside the console</source>
        <translation>außerhalb der Konsole geändert</translation>
    </message>
    <message>
        <source>as found on the gateway</source>
        <translation>wie auf dem Gateway vorgefunden</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>the gateway already has this policy (%1): nothing to propose</source>
        <translation>das Gateway hat diese Richtlinie schon (%1): nichts vorzuschlagen</translation>
    </message>
    <message>
        <source>Nothing was applied: the gateway&apos;s policy could not be read (%1).</source>
        <translation>Nichts eingespielt: die Richtlinie des Gateways konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Nothing was applied: %1 could not be read (%2).</source>
        <translation>Nichts eingespielt: %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is %2, not proposed: apply it again as a rollback instead.</source>
        <translation>%1 ist %2, nicht vorgeschlagen: stattdessen erneut als Rollback einspielen.</translation>
    </message>
    <message>
        <source>The gateway already has this policy (%1); nothing was applied.</source>
        <translation>Das Gateway hat diese Richtlinie schon (%1); nichts eingespielt.</translation>
    </message>
    <message>
        <source>Nothing to try in shadow: the change adds no restriction that warn_if_reject can soften. Apply it with a confirm window instead.</source>
        <translation>Im Schattenmodus gibt es nichts zu testen: die Änderung fügt keine Einschränkung hinzu, die warn_if_reject entschärfen kann. Stattdessen mit Bestätigungsfrist einspielen.</translation>
    </message>
    <message>
        <source>Nothing was applied: the new version could not be saved (%1).</source>
        <translation>Nichts eingespielt: die neue Version konnte nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>shadow of %1 until %2</source>
        <translation>Schattenmodus von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 was not applied: %2. Nothing was written to the gateway.</source>
        <translation>%1 wurde nicht eingespielt: %2. Auf das Gateway wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 was not applied: the store could not record the apply (%2).</source>
        <translation>%1 wurde nicht eingespielt: der Speicher konnte das Einspielen nicht festhalten (%2).</translation>
    </message>
    <message>
        <source>%1 %2: %3, so %4 was restored by itself.</source>
        <translation>%1 %2: %3, daher wurde %4 von selbst wiederhergestellt.</translation>
    </message>
    <message>
        <source>was reverted</source>
        <translation>wurde zurückgenommen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ist gescheitert</translation>
    </message>
    <message>
        <source>%1 failed: %2, and restoring %3 failed too (%4); the console will retry.</source>
        <translation>%1 ist gescheitert: %2, und auch das Wiederherstellen von %3 ist gescheitert (%4); die Konsole versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 is live: %2 now only logs what it would refuse, until %3. Then enforce %4 or drop it.</source>
        <translation>%1 ist aktiv: bis %3 wird für %2 nur protokolliert, was abgelehnt würde. Dann %4 durchsetzen oder verwerfen.</translation>
    </message>
    <message>
        <source>%1 is live and mail is flowing; confirm it by %2 or %3 comes back by itself.</source>
        <translation>%1 ist aktiv und Mail fließt; bis %2 bestätigen, sonst kommt %3 von selbst zurück.</translation>
    </message>
    <message>
        <source>Guarded by %1.</source>
        <translation>Abgesichert durch %1.</translation>
    </message>
    <message>
        <source>%1 is live and mail is flowing.</source>
        <translation>%1 ist aktiv und Mail fließt.</translation>
    </message>
    <message>
        <source>no applied version is waiting for confirmation</source>
        <translation>keine eingespielte Version wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>the console&apos;s countdown</source>
        <translation>den Countdown der Konsole</translation>
    </message>
    <message>
        <source>the console&apos;s countdown only: the gateway timer could not be set (%1)</source>
        <translation>nur den Countdown der Konsole: der Timer auf dem Gateway ließ sich nicht setzen (%1)</translation>
    </message>
    <message>
        <source>the console&apos;s countdown only: the revert script could not be installed (%1)</source>
        <translation>nur den Countdown der Konsole: das Rücknahme-Skript ließ sich nicht installieren (%1)</translation>
    </message>
    <message>
        <source>%1: reverted to %2.</source>
        <translation>%1: auf %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>not confirmed in time</source>
        <translation>nicht rechtzeitig bestätigt</translation>
    </message>
    <message>
        <source>the apply was cut off</source>
        <translation>das Einspielen wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 was %2, so %3 was restored.</source>
        <translation>%1: %2, daher wurde %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>rollback to %1</source>
        <translation>Rollback auf %1</translation>
    </message>
    <message>
        <source>No impact preview: the live version is not known yet.</source>
        <translation>Keine Vorschau der Auswirkung: die aktive Version ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>No impact preview: the mail log could not be read (%1).</source>
        <translation>Keine Vorschau der Auswirkung: das Mail-Log konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>No impact preview: %1</source>
        <translation>Keine Vorschau der Auswirkung: %1</translation>
    </message>
    <message>
        <source>Impact preview, the last %1 hours of the mail log: %2.</source>
        <translation>Vorschau der Auswirkung, die letzten %1 Stunden des Mail-Logs: %2.</translation>
    </message>
    <message>
        <source>• %1: %2 rejected, %3 tempfailed</source>
        <translation>• %1: %2 abgelehnt, %3 mit Tempfail</translation>
    </message>
    <message>
        <source>, e.g. %1 at %2</source>
        <translation>, z. B. %1 um %2</translation>
    </message>
    <message>
        <source>• %1 connections refused now would be accepted.</source>
        <translation>• %1 jetzt abgewiesene Verbindungen würden angenommen.</translation>
    </message>
    <message>
        <source>• %1 (%2 connections)</source>
        <translation>• %1 (%2 Verbindungen)</translation>
    </message>
    <message>
        <source>%1 is proposed: it goes to the gateway once someone applies it.</source>
        <translation>%1 ist vorgeschlagen: es geht auf das Gateway, sobald jemand es einspielt.</translation>
    </message>
    <message>
        <source>Confirmed: the applied version stays.</source>
        <translation>Bestätigt: die eingespielte Version bleibt.</translation>
    </message>
    <message>
        <source>Watching mail since %1: tempfails %2 a minute (%3 before), rejects %4 a minute (%5 before), the check as a client passes.</source>
        <translation>Mail wird seit %1 beobachtet: Tempfails %2 pro Minute (vorher %3), Ablehnungen %4 pro Minute (vorher %5), die Prüfung als Client besteht.</translation>
    </message>
    <message>
        <source>mail is hurt: restoring the previous version</source>
        <translation>Mail leidet: die vorige Version wird wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyChangeSummary</name>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1: set to %2 (was not set)</source>
        <translation>%1: auf %2 gesetzt (war nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1: removed (was %2)</source>
        <translation>%1: entfernt (war %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: %2 entfernt</translation>
    </message>
    <message>
        <source>%1: same items in a different order</source>
        <translation>%1: dieselben Einträge in anderer Reihenfolge</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>ans Ende</translation>
    </message>
    <message>
        <source>%1: moved %2 %3</source>
        <translation>%1: %2 %3 verschoben</translation>
    </message>
    <message>
        <source>%1: added %2 %3</source>
        <translation>%1: %2 %3 hinzugefügt</translation>
    </message>
    <message>
        <source>main.cf: comments only</source>
        <translation>main.cf: nur Kommentare</translation>
    </message>
    <message>
        <source>master.cf: added service %1 (%2)</source>
        <translation>master.cf: Dienst %1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>master.cf: %1: %2 → %3</source>
        <translation>master.cf: %1: %2 → %3</translation>
    </message>
    <message>
        <source>master.cf: %1 -o %2=%3 added</source>
        <translation>master.cf: %1 -o %2=%3 hinzugefügt</translation>
    </message>
    <message>
        <source>master.cf: %1 -o %2=%3 changed (was %4)</source>
        <translation>master.cf: %1 -o %2=%3 geändert (war %4)</translation>
    </message>
    <message>
        <source>master.cf: %1 -o %2 removed (was %3)</source>
        <translation>master.cf: %1 -o %2 entfernt (war %3)</translation>
    </message>
    <message>
        <source>master.cf: %1: command arguments changed</source>
        <translation>master.cf: %1: Argumente des Befehls geändert</translation>
    </message>
    <message>
        <source>master.cf: removed service %1</source>
        <translation>master.cf: Dienst %1 entfernt</translation>
    </message>
    <message>
        <source>master.cf: comments only</source>
        <translation>master.cf: nur Kommentare</translation>
    </message>
    <message>
        <source>%1: new file, %2</source>
        <translation>%1: neue Datei, %2</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: entfernt</translation>
    </message>
    <message>
        <source>%1: blank lines or line endings only</source>
        <translation>%1: nur Leerzeilen oder Zeilenenden</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyConfirmDialog</name>
    <message>
        <source>No setting changes (comments or layout only).</source>
        <translation>Keine geänderten Einstellungen (nur Kommentare oder Layout).</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyDnsblAudit</name>
    <message>
        <source>%1 (%2) lists every address it is asked about: it rejects all mail</source>
        <translation>%1 (%2) führt jede abgefragte Adresse auf: es lehnt alle Mail ab</translation>
    </message>
    <message>
        <source>%1 (%2) does not list its test address 127.0.0.2: discontinued or not answering, it protects nothing</source>
        <translation>%1 (%2) führt seine Testadresse 127.0.0.2 nicht auf: eingestellt oder antwortet nicht, es schützt vor nichts</translation>
    </message>
    <message>
        <source>%1 (%2) refuses queries from this gateway&apos;s resolver: its answers mean nothing</source>
        <translation>%1 (%2) verweigert Anfragen vom Resolver dieses Gateways: seine Antworten bedeuten nichts</translation>
    </message>
    <message>
        <source>%1 (%2) works</source>
        <translation>%1 (%2) funktioniert</translation>
    </message>
    <message>
        <source>%1 (%2) could not be tested: %3</source>
        <translation>%1 (%2) konnte nicht getestet werden: %3</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyGateway</name>
    <message>
        <source>the Postfix configuration directory &quot;%1&quot; is not an absolute path</source>
        <translation>das Postfix-Konfigurationsverzeichnis „%1“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>postconf named &quot;%1&quot; as the configuration directory, which is not an absolute path</source>
        <translation>postconf nannte „%1“ als Konfigurationsverzeichnis, das ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file the console reads</source>
        <translation>„%1“ ist keine Datei, die die Konsole liest</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is missing on the gateway</source>
        <translation>%1 fehlt auf dem Gateway</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file the console writes</source>
        <translation>„%1“ ist keine Datei, die die Konsole schreibt</translation>
    </message>
    <message>
        <source>mktemp named &quot;%1&quot; as the staging directory</source>
        <translation>mktemp nannte „%1“ als Staging-Verzeichnis</translation>
    </message>
    <message>
        <source>%1 lies outside the configuration directory</source>
        <translation>%1 liegt außerhalb des Konfigurationsverzeichnisses</translation>
    </message>
    <message>
        <source>postconf refused the new main.cf: %1</source>
        <translation>postconf hat die neue main.cf abgewiesen: %1</translation>
    </message>
    <message>
        <source>%1 is referenced by the policy but not part of it</source>
        <translation>%1 wird von der Richtlinie referenziert, gehört aber nicht zu ihr</translation>
    </message>
    <message>
        <source>%1 does not parse: %2</source>
        <translation>%1 lässt sich nicht parsen: %2</translation>
    </message>
    <message>
        <source>postfix check did not finish within %1 s</source>
        <translation>postfix check wurde nicht binnen %1 s fertig</translation>
    </message>
    <message>
        <source>postfix check failed: %1</source>
        <translation>postfix check fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no mail log is set for this gateway</source>
        <translation>für dieses Gateway ist kein Mail-Log eingestellt</translation>
    </message>
    <message>
        <source>stat gave no size for %1</source>
        <translation>stat lieferte keine Größe für %1</translation>
    </message>
    <message>
        <source>Postfix did not confirm the reload in its log within 10 s</source>
        <translation>Postfix hat das Neuladen nicht binnen 10 s im Log bestätigt</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyHealthCheck</name>
    <message>
        <source>this console</source>
        <translation>diese Konsole</translation>
    </message>
    <message>
        <source>a client at %1 without reverse DNS</source>
        <translation>ein Client bei %1 ohne Reverse-DNS</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>the gateway greets with &quot;%1&quot; instead of 220</source>
        <translation>das Gateway grüßt mit „%1“ statt 220</translation>
    </message>
    <message>
        <source>the gateway does not greet: %1</source>
        <translation>das Gateway grüßt nicht: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the check as %1 failed: %2</source>
        <translation>die Prüfung als %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the check as %1 did not reach RCPT TO: %2</source>
        <translation>die Prüfung als %1 kam nicht bis RCPT TO: %2</translation>
    </message>
    <message>
        <source>the gateway now refuses mail from %1 to %2: %3</source>
        <translation>das Gateway lehnt jetzt Mail von %1 an %2 ab: %3</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyHealthWatch</name>
    <message>
        <source>under 1</source>
        <translation>unter 1</translation>
    </message>
    <message>
        <source>tempfails rose from %1 to %2 a minute after %3</source>
        <translation>Tempfails stiegen nach %3 von %1 auf %2 pro Minute</translation>
    </message>
    <message>
        <source>rejects rose from %1 to %2 a minute after %3</source>
        <translation>Ablehnungen stiegen nach %3 von %1 auf %2 pro Minute</translation>
    </message>
    <message>
        <source>the check after %1 failed: %2</source>
        <translation>die Prüfung nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>deferred mail grew from %1 to %2 messages after %3</source>
        <translation>zurückgestellte Mail wuchs nach %3 von %1 auf %2 Nachrichten</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyHistory</name>
    <message>
        <source>reading the gateway&apos;s policy</source>
        <translation>lese die Richtlinie des Gateways</translation>
    </message>
    <message>
        <source>applying</source>
        <translation>spiele ein</translation>
    </message>
    <message>
        <source>keeping the proposal</source>
        <translation>behalte den Vorschlag</translation>
    </message>
    <message>
        <source>applying %1</source>
        <translation>spiele %1 ein</translation>
    </message>
    <message>
        <source>rolling back to %1</source>
        <translation>Rollback auf %1</translation>
    </message>
    <message>
        <source>restoring the previous version: not confirmed in time</source>
        <translation>stelle die vorige Version wieder her: nicht rechtzeitig bestätigt</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyHistoryPanel</name>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Roll back now</source>
        <translation>Jetzt zurückrollen</translation>
    </message>
    <message>
        <source>Drop it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation>Auf diese Version zurückrollen…</translation>
    </message>
    <message>
        <source>Read the gateway again</source>
        <translation>Gateway neu lesen</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Einspielen…</translation>
    </message>
    <message>
        <source>Start again from the live version</source>
        <translation>Neu bei der aktiven Version beginnen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Double-click a finding to go to its line.</source>
        <translation>Doppelklick auf einen Befund springt zu seiner Zeile.</translation>
    </message>
    <message>
        <source>why: &quot;tempfail clients without reverse DNS (ticket 4711)&quot;</source>
        <translation>warum: „Clients ohne Reverse-DNS mit Tempfail abweisen (Ticket 4711)“</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Apply, with a confirm window</source>
        <translation>Einspielen, mit Bestätigungsfrist</translation>
    </message>
    <message>
        <source>Try in shadow first: new rules only log what they would refuse</source>
        <translation>Erst im Schattenmodus testen: neue Regeln protokollieren nur, was sie ablehnen würden</translation>
    </message>
    <message>
        <source>Propose for a second look: nothing goes to the gateway yet</source>
        <translation>Zur Durchsicht vorschlagen: noch geht nichts auf das Gateway</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no window: keep at once</source>
        <translation>keine Frist: sofort behalten</translation>
    </message>
    <message>
        <source>Confirm within:</source>
        <translation>Bestätigen binnen:</translation>
    </message>
    <message>
        <source>Shadow for:</source>
        <translation>Schattenmodus für:</translation>
    </message>
    <message>
        <source>How long the new rules run in shadow before you enforce or drop them.</source>
        <translation>Wie lange die neuen Regeln im Schattenmodus laufen, bevor Sie sie durchsetzen oder verwerfen.</translation>
    </message>
    <message>
        <source>Try in shadow…</source>
        <translation>Im Schattenmodus testen…</translation>
    </message>
    <message>
        <source>Unless you confirm within this time, the previous version comes back by itself; it comes back earlier if tempfails, rejects or deferred mail jump.</source>
        <translation>Ohne Bestätigung in dieser Zeit kommt die vorige Version von selbst zurück; früher, wenn Tempfails, Ablehnungen oder zurückgestellte Mail sprunghaft steigen.</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Vorschlagen…</translation>
    </message>
    <message>
        <source>optional: a client that must still get through, NAME/ADDR</source>
        <translation>optional: ein Client, der weiter durchkommen muss, NAME/ADDR</translation>
    </message>
    <message>
        <source>After the reload the console speaks as this client (XCLIENT) up to RCPT TO, e.g. partner.example/192.0.2.7, or -/192.0.2.7 for one without reverse DNS.</source>
        <translation>Nach dem Neuladen spricht die Konsole als dieser Client (XCLIENT) bis RCPT TO, z. B. partner.example/192.0.2.7, oder -/192.0.2.7 für einen ohne Reverse-DNS.</translation>
    </message>
    <message>
        <source>Check as:</source>
        <translation>Prüfen als:</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Remove %1 from the policy of %2? The new version goes through the same checks.</source>
        <translation>%1 aus der Richtlinie von %2 entfernen? Die neue Version durchläuft dieselben Prüfungen.</translation>
    </message>
    <message>
        <source>removed %1: it failed its liveness test</source>
        <translation>%1 entfernt: es hat seinen Lebendtest nicht bestanden</translation>
    </message>
    <message>
        <source>Loading %1, then ask again.</source>
        <translation>%1 wird geladen, dann erneut fragen.</translation>
    </message>
    <message>
        <source>Enforce %1 on %2? In shadow: %3</source>
        <translation>%1 auf %2 durchsetzen? Im Schattenmodus: %3</translation>
    </message>
    <message>
        <source>Enforce %1</source>
        <translation>%1 durchsetzen</translation>
    </message>
    <message>
        <source>enforced after shadow</source>
        <translation>nach Schattenmodus durchgesetzt</translation>
    </message>
    <message>
        <source>Loading the gateway profile…</source>
        <translation>Gateway-Profil wird geladen…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: reading the gateway&apos;s policy…</source>
        <translation>%1: lese die Richtlinie des Gateways…</translation>
    </message>
    <message>
        <source>%1 is live on %2: %3 versions kept.</source>
        <translation>%1 ist aktiv auf %2; gespeicherte Versionen: %3.</translation>
    </message>
    <message>
        <source>Apply this proposal…</source>
        <translation>Diesen Vorschlag einspielen…</translation>
    </message>
    <message>
        <source>%1 against %2:</source>
        <translation>%1 gegenüber %2:</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message>
        <source>%1 is the first version kept: %2 files.</source>
        <translation>%1 ist die erste gespeicherte Version: %2 Dateien.</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>No lint findings.</source>
        <translation>Keine Lint-Befunde.</translation>
    </message>
    <message>
        <source>Try the new rules on %1 in shadow for %2 min? They only log what they would refuse (warn_if_reject); then enforce or drop them.</source>
        <translation>Die neuen Regeln auf %1 für %2 min im Schattenmodus testen? Sie protokollieren nur, was sie ablehnen würden (warn_if_reject); danach durchsetzen oder verwerfen.</translation>
    </message>
    <message>
        <source>Apply a new version to %1? It is checked in a staging copy first; unless you keep it within %2 min, %3 comes back by itself.</source>
        <translation>Eine neue Version auf %1 einspielen? Sie wird zuerst in einer Staging-Kopie geprüft; wenn Sie sie nicht binnen %2 min behalten, kommt %3 von selbst zurück.</translation>
    </message>
    <message>
        <source>Apply a new version to %1? It is checked in a staging copy first, and %2 comes back by itself if mail stops.</source>
        <translation>Eine neue Version auf %1 einspielen? Sie wird zuerst in einer Staging-Kopie geprüft, und %2 kommt von selbst zurück, wenn Mail stockt.</translation>
    </message>
    <message>
        <source>Nothing to apply: it is exactly the live version.</source>
        <translation>Nichts einzuspielen: das ist genau die aktive Version.</translation>
    </message>
    <message>
        <source>&quot;Check as&quot; wants NAME/ADDR, e.g. partner.example/192.0.2.7 or -/192.0.2.7.</source>
        <translation>„Prüfen als“ erwartet NAME/ADDR, z. B. partner.example/192.0.2.7 oder -/192.0.2.7.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Einspielen</translation>
    </message>
    <message>
        <source>Impact preview: replaying the last 24 hours of the mail log…</source>
        <translation>Vorschau der Auswirkung: die letzten 24 Stunden des Mail-Logs werden nachgespielt…</translation>
    </message>
    <message>
        <source>Blocklist audit of %1: %2.</source>
        <translation>Blocklisten-Prüfung von %1: %2.</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <translation>%1 entfernen…</translation>
    </message>
    <message>
        <source>Apply %1, proposed by %2, to %3? It goes through the same checks.</source>
        <translation>%1, vorgeschlagen von %2, auf %3 einspielen? Es durchläuft dieselben Prüfungen.</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>%1 einspielen</translation>
    </message>
    <message>
        <source>applied after review</source>
        <translation>nach Durchsicht eingespielt</translation>
    </message>
    <message>
        <source>Roll %1 back to %2? The gateway gets %2&apos;s files through the same checks, as a new version.</source>
        <translation>%1 auf %2 zurückrollen? Das Gateway erhält die Dateien von %2 über dieselben Prüfungen, als neue Version.</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <translation>Rollback auf %1</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <source>%1 is live on probation: keep it within %2, or %3 comes back by itself.</source>
        <translation>%1 ist auf Probe aktiv: bis %2 behalten, sonst kommt %3 von selbst zurück.</translation>
    </message>
    <message>
        <source>Guarded by the console&apos;s countdown and its watch on tempfails, rejects, deferred mail and a test client: it comes back earlier if they jump.</source>
        <translation>Abgesichert durch den Countdown der Konsole und ihre Beobachtung von Tempfails, Ablehnungen, zurückgestellter Mail und einem Test-Client: die Version kommt früher zurück, wenn diese sprunghaft steigen.</translation>
    </message>
    <message>
        <source>%1 tried out %2 in shadow until %3: decide now.</source>
        <translation>%1 hat %2 bis %3 im Schattenmodus getestet: jetzt entscheiden.</translation>
    </message>
    <message>
        <source>%1 tries out %2 in shadow until %3.</source>
        <translation>%1 testet %2 bis %3 im Schattenmodus.</translation>
    </message>
    <message>
        <source>Enforce %1…</source>
        <translation>%1 durchsetzen…</translation>
    </message>
    <message>
        <source>remove %1: it failed its liveness test</source>
        <translation>%1 entfernen: es hat seinen Lebendtest nicht bestanden</translation>
    </message>
    <message>
        <source>The profile %1 says policy changes need a second look: propose the version, and someone else applies it.</source>
        <translation>Laut Profil %1 brauchen Richtlinienänderungen eine Durchsicht: die Version vorschlagen, und jemand anderes spielt sie ein.</translation>
    </message>
    <message>
        <source>Services that override main.cf in %1:</source>
        <translation>Dienste, die main.cf in %1 überschreiben:</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyImpactPreview</name>
    <message>
        <source>%1 tables cannot be read here</source>
        <translation>%1-Tabellen können hier nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not part of the policy</source>
        <translation>%1 gehört nicht zur Richtlinie</translation>
    </message>
    <message>
        <source>its if/endif blocks are not evaluated</source>
        <translation>ihre if/endif-Blöcke werden nicht ausgewertet</translation>
    </message>
    <message>
        <source>a line is not “/pattern/ action”</source>
        <translation>eine Zeile ist nicht „/pattern/ action“</translation>
    </message>
    <message>
        <source>a pattern does not compile</source>
        <translation>ein Muster lässt sich nicht kompilieren</translation>
    </message>
    <message>
        <source>mynetworks reads %1</source>
        <translation>mynetworks liest %1</translation>
    </message>
    <message>
        <source>permit_mynetworks: the client address is not in the log</source>
        <translation>permit_mynetworks: die Client-Adresse steht nicht im Log</translation>
    </message>
    <message>
        <source>%1: the recipient is not in the log</source>
        <translation>%1: der Empfänger steht nicht im Log</translation>
    </message>
    <message>
        <source>%1: the client address is not in the log</source>
        <translation>%1: die Client-Adresse steht nicht im Log</translation>
    </message>
    <message>
        <source>%1: no answer in the log</source>
        <translation>%1: keine Antwort im Log</translation>
    </message>
    <message>
        <source>%1: the client is not in the log</source>
        <translation>%1: der Client steht nicht im Log</translation>
    </message>
    <message>
        <source>%1: the log does not say whether the client has a PTR name</source>
        <translation>%1: das Log sagt nicht, ob der Client einen PTR-Namen hat</translation>
    </message>
    <message>
        <source>%1: the HELO name is not in the log</source>
        <translation>%1: der HELO-Name steht nicht im Log</translation>
    </message>
    <message>
        <source>%1: the address is not in the log</source>
        <translation>%1: die Adresse steht nicht im Log</translation>
    </message>
    <message>
        <source>%1: the PTR name is not in the log</source>
        <translation>%1: der PTR-Name steht nicht im Log</translation>
    </message>
    <message>
        <source>%1: the sender is not in the log</source>
        <translation>%1: der Absender steht nicht im Log</translation>
    </message>
    <message>
        <source>%1: not evaluated</source>
        <translation>%1: nicht ausgewertet</translation>
    </message>
    <message>
        <source>would reject %1 and tempfail %2 of %3 connections that were accepted</source>
        <translation>würde %1 ablehnen und %2 mit Tempfail abweisen, von %3 Verbindungen, die angenommen wurden</translation>
    </message>
    <message>
        <source>the mail log is not open for reading</source>
        <translation>das Mail-Log ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>cannot spool the mail log: %1</source>
        <translation>das Mail-Log kann nicht zwischengespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot read the mail log: %1</source>
        <translation>das Mail-Log kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the mail log &quot;%1&quot; is not an absolute path</source>
        <translation>das Mail-Log „%1“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>cannot read the mail log %1: %2</source>
        <translation>das Mail-Log %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyLint</name>
    <message>
        <source>senders without reverse DNS</source>
        <translation>Absender ohne Reverse-DNS</translation>
    </message>
    <message>
        <source>clients whose HELO name does not resolve</source>
        <translation>Clients, deren HELO-Name sich nicht auflösen lässt</translation>
    </message>
    <message>
        <source>senders from domains that do not exist</source>
        <translation>Absender aus Domains, die es nicht gibt</translation>
    </message>
    <message>
        <source>clients on a block list</source>
        <translation>Clients auf einer Blockliste</translation>
    </message>
    <message>
        <source>senders to unknown recipients</source>
        <translation>Absender an unbekannte Empfänger</translation>
    </message>
    <message>
        <source>refused senders</source>
        <translation>abgewiesene Absender</translation>
    </message>
    <message>
        <source>line %1: %2 = %3 makes %4 retry silently for days instead of getting a bounce; use %5 or drop %6</source>
        <translation>Zeile %1: %2 = %3 lässt %4 tagelang stumm erneut zustellen, statt einen Bounce zu bekommen; %5 verwenden oder %6 weglassen</translation>
    </message>
    <message>
        <source>line %1: %2 in %3 answers with Postfix&apos;s default %4 = %5, which makes %6 retry silently for days instead of getting a bounce; set %4 = %7 or drop %2</source>
        <translation>Zeile %1: %2 in %3 antwortet mit dem Postfix-Standard %4 = %5, der %6 tagelang stumm erneut zustellen lässt, statt einen Bounce zu bekommen; %4 = %7 setzen oder %2 weglassen</translation>
    </message>
    <message>
        <source>line %1: soft_bounce = yes turns every bounce and permanent refusal into a temporary one, so senders retry for days and nobody learns the mail failed; remove it once testing is over</source>
        <translation>Zeile %1: soft_bounce = yes macht aus jedem Bounce und jeder endgültigen Ablehnung eine vorübergehende, Absender versuchen es also tagelang, und niemand erfährt, dass die Mail gescheitert ist; nach dem Testen entfernen</translation>
    </message>
    <message>
        <source>line %1: %2 rejects with %3, which lists every address it is asked about, so all mail from outside is refused; remove it</source>
        <translation>Zeile %1: %2 lehnt mit %3 ab, das jede abgefragte Adresse aufführt, also wird alle Mail von außen abgewiesen; entfernen</translation>
    </message>
    <message>
        <source>line %1: %2 rejects with %3, which no longer answers its test queries; a dead list slows every connection and may start listing everything any day, so remove it</source>
        <translation>Zeile %1: %2 lehnt mit %3 ab, das auf seine Testanfragen nicht mehr antwortet; eine tote Liste bremst jede Verbindung und kann jeden Tag anfangen, alles aufzuführen, also entfernen</translation>
    </message>
    <message>
        <source>line %1: mynetworks contains %2, so permit_mynetworks lets a large part of the Internet send anywhere through this gateway (an open relay); list only your own networks</source>
        <translation>Zeile %1: mynetworks enthält %2, also lässt permit_mynetworks einen großen Teil des Internets über dieses Gateway überallhin senden (ein offenes Relay); nur die eigenen Netze eintragen</translation>
    </message>
    <message>
        <source>line %1: neither smtpd_relay_restrictions nor smtpd_recipient_restrictions contains reject_unauth_destination, so Postfix refuses every message with a configuration error; add it after permit_mynetworks and permit_sasl_authenticated</source>
        <translation>Zeile %1: weder smtpd_relay_restrictions noch smtpd_recipient_restrictions enthält reject_unauth_destination, also weist Postfix jede Nachricht mit einem Konfigurationsfehler ab; nach permit_mynetworks und permit_sasl_authenticated hinzufügen</translation>
    </message>
    <message>
        <source>line %1: %2 reaches “permit” before reject_unauth_destination, so anyone on the Internet can send mail anywhere through this gateway; put reject_unauth_destination before the permit</source>
        <translation>Zeile %1: %2 erreicht „permit“ vor reject_unauth_destination, also kann jeder im Internet über dieses Gateway überallhin Mail senden; reject_unauth_destination vor das permit setzen</translation>
    </message>
    <message>
        <source>line %1: %2 uses permit_sasl_authenticated, but smtpd_sasl_auth_enable is not yes, so nobody can log in and clients that should send after AUTH are refused; set smtpd_sasl_auth_enable = yes or remove it</source>
        <translation>Zeile %1: %2 verwendet permit_sasl_authenticated, aber smtpd_sasl_auth_enable ist nicht yes, also kann sich niemand anmelden, und Clients, die nach AUTH senden sollen, werden abgewiesen; smtpd_sasl_auth_enable = yes setzen oder es entfernen</translation>
    </message>
    <message>
        <source>line %1: %2 applies %3 before permit_mynetworks, so your own applications in mynetworks that send without AUTH are refused; put permit_mynetworks first</source>
        <translation>Zeile %1: %2 wendet %3 vor permit_mynetworks an, also werden die eigenen Anwendungen in mynetworks, die ohne AUTH senden, abgewiesen; permit_mynetworks an den Anfang setzen</translation>
    </message>
    <message>
        <source>line %1: %2 has %3 after permit_sasl_authenticated but before permit_mynetworks, so clients in mynetworks must log in or are refused; move permit_mynetworks before %3</source>
        <translation>Zeile %1: %2 hat %3 nach permit_sasl_authenticated, aber vor permit_mynetworks, also müssen sich Clients in mynetworks anmelden oder werden abgewiesen; permit_mynetworks vor %3 setzen</translation>
    </message>
    <message>
        <source>line %1: %2 applies %3 before permit_mynetworks, so your own servers and applications without reverse DNS are refused too; put permit_mynetworks first</source>
        <translation>Zeile %1: %2 wendet %3 vor permit_mynetworks an, also werden auch die eigenen Server und Anwendungen ohne Reverse-DNS abgewiesen; permit_mynetworks an den Anfang setzen</translation>
    </message>
    <message>
        <source>line %1: %2 uses %3:%4, but that file is not part of this policy, so it cannot be checked or restored and Postfix answers lookups with temporary errors when it is missing; add it</source>
        <translation>Zeile %1: %2 verwendet %3:%4, aber diese Datei gehört nicht zu dieser Richtlinie, kann also weder geprüft noch wiederhergestellt werden, und fehlt sie, beantwortet Postfix Abfragen mit vorübergehenden Fehlern; hinzufügen</translation>
    </message>
    <message>
        <source>%1 is not an address/length network</source>
        <translation>%1 ist kein Netz der Form Adresse/Länge</translation>
    </message>
    <message>
        <source>%1 has host bits set, so Postfix skips the line (write %2/%3)</source>
        <translation>bei %1 sind Host-Bits gesetzt, also überspringt Postfix die Zeile (%2/%3 schreiben)</translation>
    </message>
    <message>
        <source>“%1” is not an address or address/length network</source>
        <translation>„%1“ ist keine Adresse und kein Netz der Form Adresse/Länge</translation>
    </message>
    <message>
        <source>%1 has no action after it, so Postfix skips the line</source>
        <translation>nach %1 steht keine Aktion, also überspringt Postfix die Zeile</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 line %2: “%3” is not “/pattern/ action”, so Postfix refuses the whole table</source>
        <translation>%1 Zeile %2: „%3“ ist nicht „/pattern/ action“, also verweigert Postfix die ganze Tabelle</translation>
    </message>
    <message>
        <source>%1 line %2: the pattern does not compile (%3), so Postfix refuses the whole table</source>
        <translation>%1 Zeile %2: das Muster lässt sich nicht kompilieren (%3), also verweigert Postfix die ganze Tabelle</translation>
    </message>
    <message>
        <source>%1 line %2: the pattern matches the gateway&apos;s own Received header “%3”, so mail from your own clients gets %4 too; narrow the pattern or exempt internal addresses</source>
        <translation>%1 Zeile %2: das Muster trifft den eigenen Received-Header des Gateways „%3“, also bekommt auch Mail von Ihren eigenen Clients %4; das Muster enger fassen oder interne Adressen ausnehmen</translation>
    </message>
    <message>
        <source>line %1: %2 overrides %3 so that it reaches “permit” before reject_unauth_destination: anyone who connects to %2 can send mail anywhere through this gateway (an open relay)</source>
        <translation>Zeile %1: %2 überschreibt %3 so, dass „permit“ vor reject_unauth_destination erreicht wird: jeder, der sich mit %2 verbindet, kann über dieses Gateway überallhin Mail senden (ein offenes Relay)</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyRecordCheck</name>
    <message>
        <source>v= must come first and be DKIM1</source>
        <translation>v= muss zuerst stehen und DKIM1 sein</translation>
    </message>
    <message>
        <source>k=%1 is not a known key type (rsa, ed25519)</source>
        <translation>k=%1 ist kein bekannter Schlüsseltyp (rsa, ed25519)</translation>
    </message>
    <message>
        <source>the required p= (public key) tag is missing</source>
        <translation>der vorgeschriebene Tag p= (öffentlicher Schlüssel) fehlt</translation>
    </message>
    <message>
        <source>the DKIM key at %1 is revoked (empty p=): mail signed with this selector fails DKIM</source>
        <translation>der DKIM-Schlüssel bei %1 ist widerrufen (leeres p=): mit diesem Selektor signierte Mail fällt bei DKIM durch</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= ist kein gültiges base64</translation>
    </message>
    <message>
        <source>the RSA key is about %1 bits; receivers ignore keys under 1024 bits (RFC 8301)</source>
        <translation>der RSA-Schlüssel hat etwa %1 Bit; Empfänger ignorieren Schlüssel unter 1024 Bit (RFC 8301)</translation>
    </message>
    <message>
        <source>the RSA key is about %1 bits; 2048 bits is recommended (RFC 8301)</source>
        <translation>der RSA-Schlüssel hat etwa %1 Bit; empfohlen sind 2048 Bit (RFC 8301)</translation>
    </message>
    <message>
        <source>DKIM key at %1: RSA, about %2 bits</source>
        <translation>DKIM-Schlüssel bei %1: RSA, etwa %2 Bit</translation>
    </message>
    <message>
        <source>an ed25519 key is 32 bytes, this one is %1</source>
        <translation>ein ed25519-Schlüssel hat 32 Bytes, dieser hat %1</translation>
    </message>
    <message>
        <source>DKIM key at %1: ed25519</source>
        <translation>DKIM-Schlüssel bei %1: ed25519</translation>
    </message>
    <message>
        <source>t=y: the domain is testing DKIM; receivers may treat failures leniently</source>
        <translation>t=y: die Domain testet DKIM; Empfänger behandeln Fehlschläge womöglich nachsichtig</translation>
    </message>
    <message>
        <source>the record must begin with v=STSv1</source>
        <translation>der Record muss mit v=STSv1 beginnen</translation>
    </message>
    <message>
        <source>id= must be 1 to 32 letters or digits (found &quot;%1&quot;)</source>
        <translation>id= muss aus 1 bis 32 Buchstaben oder Ziffern bestehen (gefunden: „%1“)</translation>
    </message>
    <message>
        <source>MTA-STS announced at %1 (id %2); the policy file itself (https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt) is not fetched by this check</source>
        <translation>MTA-STS angekündigt bei %1 (id %2); die Policy-Datei selbst (https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt) ruft diese Prüfung nicht ab</translation>
    </message>
    <message>
        <source>the record must begin with v=TLSRPTv1</source>
        <translation>der Record muss mit v=TLSRPTv1 beginnen</translation>
    </message>
    <message>
        <source>the required rua= tag is missing</source>
        <translation>der vorgeschriebene Tag rua= fehlt</translation>
    </message>
    <message>
        <source>rua entry &quot;%1&quot; is neither mailto: nor https:</source>
        <translation>der rua-Eintrag „%1“ ist weder mailto: noch https:</translation>
    </message>
    <message>
        <source>TLS reports for %1 go to %2</source>
        <translation>TLS-Reports für %1 gehen an %2</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyRevertGuard</name>
    <message>
        <source>the gateway was not asked whether it runs systemd</source>
        <translation>das Gateway wurde nicht gefragt, ob es systemd verwendet</translation>
    </message>
    <message>
        <source>the gateway has no systemd (no systemctl)</source>
        <translation>das Gateway hat kein systemd (kein systemctl)</translation>
    </message>
    <message>
        <source>the gateway has no systemd as its init (systemctl says &quot;offline&quot;)</source>
        <translation>das Gateway hat systemd nicht als Init-System (systemctl sagt „offline“)</translation>
    </message>
    <message>
        <source>the gateway is shutting down</source>
        <translation>das Gateway fährt herunter</translation>
    </message>
    <message>
        <source>the gateway has no systemd as its init</source>
        <translation>das Gateway hat systemd nicht als Init-System</translation>
    </message>
    <message>
        <source>the gateway runs systemd but has no systemd-run</source>
        <translation>auf dem Gateway läuft systemd, aber es gibt kein systemd-run</translation>
    </message>
    <message>
        <source>systemd-run does not work on the gateway: %1</source>
        <translation>systemd-run funktioniert auf dem Gateway nicht: %1</translation>
    </message>
    <message>
        <source>the revert script is missing from this build of the console</source>
        <translation>das Rücknahme-Skript fehlt in diesem Build der Konsole</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place the console installs its revert script</source>
        <translation>„%1“ ist kein Ort, an dem die Konsole ihr Rücknahme-Skript installiert</translation>
    </message>
    <message>
        <source>the revert script at %1 on the gateway does not match what was sent</source>
        <translation>das Rücknahme-Skript unter %1 auf dem Gateway stimmt nicht mit dem gesendeten überein</translation>
    </message>
    <message>
        <source>the gateway&apos;s clock answered &quot;%1&quot;</source>
        <translation>die Uhr des Gateways antwortete „%1“</translation>
    </message>
    <message>
        <source>the gateway&apos;s timer cannot guard the configuration directory &quot;%1&quot;</source>
        <translation>der Timer des Gateways kann das Konfigurationsverzeichnis „%1“ nicht absichern</translation>
    </message>
    <message>
        <source>v%1 is not a version the gateway&apos;s timer can name</source>
        <translation>v%1 ist keine Version, die der Timer des Gateways benennen kann</translation>
    </message>
    <message>
        <source>a confirm window must last at least a second</source>
        <translation>eine Bestätigungsfrist muss mindestens eine Sekunde dauern</translation>
    </message>
    <message>
        <source>the apply replaced no file for the gateway&apos;s timer to restore</source>
        <translation>das Einspielen hat keine Datei ersetzt, die der Timer des Gateways wiederherstellen könnte</translation>
    </message>
    <message>
        <source>%1 lies outside %2: the gateway&apos;s timer restores only files inside it</source>
        <translation>%1 liegt außerhalb von %2: der Timer des Gateways stellt nur Dateien darin wieder her</translation>
    </message>
    <message>
        <source>the gateway&apos;s timer cannot restore a file named &quot;%1&quot;</source>
        <translation>der Timer des Gateways kann keine Datei namens „%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>%1 is a %2 table, which the gateway&apos;s timer does not rebuild</source>
        <translation>%1 ist eine %2-Tabelle, die der Timer des Gateways nicht neu baut</translation>
    </message>
    <message>
        <source>the revert script is not installed at %1 on the gateway</source>
        <translation>das Rücknahme-Skript ist auf dem Gateway nicht unter %1 installiert</translation>
    </message>
    <message>
        <source>systemd-run on the gateway refused the timer: %1</source>
        <translation>systemd-run auf dem Gateway hat den Timer abgelehnt: %1</translation>
    </message>
    <message>
        <source>cannot read %1 on the gateway: %2</source>
        <translation>%1 kann auf dem Gateway nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>nothing the gateway&apos;s timer guards is named by %1 v%2</source>
        <translation>%1 v%2 nennt nichts, was der Timer des Gateways absichert</translation>
    </message>
    <message>
        <source>the gateway&apos;s timer is armed for v%1, not v%2: left as it is</source>
        <translation>der Timer des Gateways ist für v%1 gestellt, nicht für v%2: so belassen</translation>
    </message>
    <message>
        <source>too late to keep v%1: the gateway&apos;s timer is restoring the previous policy</source>
        <translation>zu spät, um v%1 zu behalten: der Timer des Gateways stellt gerade die vorige Richtlinie wieder her</translation>
    </message>
    <message>
        <source>too late to keep v%1: the gateway&apos;s timer has already restored the previous policy</source>
        <translation>zu spät, um v%1 zu behalten: der Timer des Gateways hat die vorige Richtlinie schon wiederhergestellt</translation>
    </message>
    <message>
        <source>the gateway&apos;s timer %1 is gone (was the gateway restarted?): only the console&apos;s countdown guards v%2</source>
        <translation>der Timer %1 des Gateways ist weg (wurde das Gateway neu gestartet?): nur der Countdown der Konsole sichert v%2 ab</translation>
    </message>
    <message>
        <source>the gateway&apos;s timer %1 restores the previous policy in %2 s unless v%3 is confirmed</source>
        <translation>der Timer %1 des Gateways stellt in %2 s die vorige Richtlinie wieder her, wenn v%3 nicht bestätigt wird</translation>
    </message>
    <message>
        <source>the gateway&apos;s timer %1 restores the previous policy unless v%2 is confirmed</source>
        <translation>der Timer %1 des Gateways stellt die vorige Richtlinie wieder her, wenn v%2 nicht bestätigt wird</translation>
    </message>
    <message>
        <source>the gateway&apos;s timer is restoring the policy from before v%1</source>
        <translation>der Timer des Gateways stellt gerade die Richtlinie von vor v%1 wieder her</translation>
    </message>
    <message>
        <source>the gateway&apos;s timer restored the policy from before v%1</source>
        <translation>der Timer des Gateways hat die Richtlinie von vor v%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>no gateway timer guards v%1</source>
        <translation>kein Timer auf dem Gateway sichert v%1 ab</translation>
    </message>
    <message>
        <source>gateway timer %1 and the console&apos;s countdown</source>
        <translation>den Gateway-Timer %1 und den Countdown der Konsole</translation>
    </message>
    <message>
        <source>the console&apos;s countdown only: the gateway&apos;s timer is not armed</source>
        <translation>nur den Countdown der Konsole: der Timer des Gateways ist nicht gestellt</translation>
    </message>
    <message>
        <source>the console&apos;s countdown only: %1</source>
        <translation>nur den Countdown der Konsole: %1</translation>
    </message>
    <message>
        <source>systemd-run did not name the timer it started (it said &quot;%1&quot;)</source>
        <translation>systemd-run hat den gestarteten Timer nicht genannt (es sagte „%1“)</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyRollbackRoute</name>
    <message>
        <source>v%1 could not be opened for a rollback: Policy history did not list it in time.</source>
        <translation>v%1 konnte nicht für ein Rollback geöffnet werden: der Richtlinien-Verlauf hat sie nicht rechtzeitig aufgeführt.</translation>
    </message>
    <message>
        <source>The gateway&apos;s policy history is gone.</source>
        <translation>Der Richtlinien-Verlauf des Gateways ist weg.</translation>
    </message>
    <message>
        <source>v%1 is live already: there is nothing to roll back.</source>
        <translation>v%1 ist schon aktiv: es gibt nichts zurückzurollen.</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyShadowCount</name>
    <message>
        <source>a rule with its own reply text</source>
        <translation>eine Regel mit eigenem Antworttext</translation>
    </message>
    <message>
        <source>%1 would have rejected %2 and tempfailed %3 connections</source>
        <translation>%1 hätte %2 Verbindungen abgelehnt und %3 mit Tempfail abgewiesen</translation>
    </message>
    <message>
        <source>%1 would have rejected %2 connections</source>
        <translation>%1 hätte %2 Verbindungen abgelehnt</translation>
    </message>
    <message>
        <source>%1 would have tempfailed %2 connections</source>
        <translation>%1 hätte %2 Verbindungen mit Tempfail abgewiesen</translation>
    </message>
    <message>
        <source>from 1 client</source>
        <translation>– von 1 Client</translation>
    </message>
    <message>
        <source>from %1 clients</source>
        <translation>– von %1 Clients</translation>
    </message>
    <message>
        <source>No connection would have been refused by the shadowed rules.</source>
        <translation>Die Regeln im Schattenmodus hätten keine Verbindung abgewiesen.</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyStore</name>
    <message>
        <source>policy version store</source>
        <translation>Speicher der Richtlinien-Versionen</translation>
    </message>
    <message>
        <source>The policy version store %1 is not open.</source>
        <translation>Der Speicher der Richtlinien-Versionen %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>A policy version needs a profile.</source>
        <translation>Eine Richtlinien-Version braucht ein Profil.</translation>
    </message>
    <message>
        <source>Cannot store a policy version of %1 in %2</source>
        <translation>Eine Richtlinien-Version von %1 kann nicht in %2 gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the policy versions of %1 from %2</source>
        <translation>Die Richtlinien-Versionen von %1 können nicht aus %2 gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read %1 of %2 from %3</source>
        <translation>%1 von %2 kann nicht aus %3 gelesen werden</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 lacks the content of %4.</source>
        <translation>%1 von %2 in %3 fehlt der Inhalt von %4.</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 does not have the content it was stored with.</source>
        <translation>%1 von %2 in %3 hat nicht mehr den Inhalt, mit dem es gespeichert wurde.</translation>
    </message>
    <message>
        <source>There is no policy version %1 of %2.</source>
        <translation>Es gibt keine Richtlinien-Version %1 von %2.</translation>
    </message>
    <message>
        <source>Cannot change the state of %1 of %2 in %3</source>
        <translation>Der Zustand von %1 von %2 in %3 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot record the apply of %1 to %2 in %3</source>
        <translation>Das Einspielen von %1 auf %2 kann nicht in %3 festgehalten werden</translation>
    </message>
    <message>
        <source>Cannot record the end of the apply to %1 in %2</source>
        <translation>Das Ende des Einspielens auf %1 kann nicht in %2 festgehalten werden</translation>
    </message>
    <message>
        <source>Cannot read the pending apply of %1 from %2</source>
        <translation>Das anstehende Einspielen von %1 kann nicht aus %2 gelesen werden</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyVersion</name>
    <message>
        <source>Baseline</source>
        <translation>Ausgangsstand</translation>
    </message>
    <message>
        <source>Applied from the console</source>
        <translation>Aus der Konsole eingespielt</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Changed outside the console</source>
        <translation>Außerhalb der Konsole geändert</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Shadow: new rules only logged</source>
        <translation>Schattenmodus: neue Regeln nur protokolliert</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Wird eingespielt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Eingespielt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Festgehalten</translation>
    </message>
</context>
<context>
    <name>MailOps::PolicyVersionModel</name>
    <message>
        <source>%1  %2%3</source>
        <translation>%1  %2%3</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>vorgefunden</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>eingespielt</translation>
    </message>
    <message>
        <source>rollback to %1</source>
        <translation>Rollback auf %1</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>DRIFT: edited outside</source>
        <translation>DRIFT: außerhalb bearbeitet</translation>
    </message>
    <message>
        <source>shadow of %1</source>
        <translation>Schattenmodus von %1</translation>
    </message>
    <message>
        <source>shadow</source>
        <translation>Schattenmodus</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>MailOps::PortConflictDetector</name>
    <message>
        <source>%1 are all configured to listen on %2 port %3; only one can have it</source>
        <translation>%1 sollen alle auf %2-Port %3 lauschen; nur einer kann ihn belegen</translation>
    </message>
    <message>
        <source> (now held by %1)</source>
        <translation> (jetzt belegt von %1)</translation>
    </message>
    <message>
        <source>%1 should listen on %2 port %3, but nothing does</source>
        <translation>%1 sollte auf %2-Port %3 lauschen, aber dort lauscht nichts</translation>
    </message>
    <message>
        <source>%1 port %2 belongs to %3 but is held by %4</source>
        <translation>%1-Port %2 gehört zu %3, ist aber von %4 belegt</translation>
    </message>
    <message>
        <source>%1 could not bind port %2: it is already held by %3</source>
        <translation>%1 konnte Port %2 nicht binden: er ist schon von %3 belegt</translation>
    </message>
    <message>
        <source>%1 could not bind port %2: address already in use</source>
        <translation>%1 konnte Port %2 nicht binden: Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <source>%1 could not bind its port: address already in use</source>
        <translation>%1 konnte seinen Port nicht binden: Adresse wird bereits verwendet</translation>
    </message>
</context>
<context>
    <name>MailOps::PortProbe</name>
    <message>
        <source>looking up %1 took longer than %2 s</source>
        <translation>die Auflösung von %1 dauerte länger als %2 s</translation>
    </message>
    <message>
        <source>no host name or address to probe</source>
        <translation>kein Hostname und keine Adresse zum Prüfen</translation>
    </message>
    <message>
        <source>no port to probe</source>
        <translation>kein Port zum Prüfen</translation>
    </message>
    <message>
        <source>at most %1 ports can be probed at once</source>
        <translation>höchstens %1 Ports können auf einmal geprüft werden</translation>
    </message>
    <message>
        <source>timeouts must be positive</source>
        <translation>Zeitlimits müssen positiv sein</translation>
    </message>
    <message>
        <source>the name %1 has no address</source>
        <translation>der Name %1 hat keine Adresse</translation>
    </message>
    <message>
        <source>looking up %1 failed: %2</source>
        <translation>die Auflösung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has no address of the requested family</source>
        <translation>%1 hat keine Adresse der verlangten Adressfamilie</translation>
    </message>
    <message>
        <source>cannot create a socket: %1</source>
        <translation>kein Socket erzeugbar: %1</translation>
    </message>
    <message>
        <source>connected in %1 ms: a service listens on port %2</source>
        <translation>in %1 ms verbunden: auf Port %2 lauscht ein Dienst</translation>
    </message>
    <message>
        <source>no answer within %1 s: a firewall on the way probably drops the packets</source>
        <translation>keine Antwort innerhalb von %1 s: vermutlich verwirft eine Firewall auf dem Weg die Pakete</translation>
    </message>
    <message>
        <source>refused in %1 ms: the host answered, but nothing listens on port %2 (or a firewall rejects the connection)</source>
        <translation>in %1 ms abgewiesen: der Host hat geantwortet, aber auf Port %2 lauscht nichts (oder eine Firewall weist die Verbindung ab)</translation>
    </message>
    <message>
        <source>unreachable: %1 (no route, an ICMP error, or a firewall&apos;s REJECT)</source>
        <translation>unerreichbar: %1 (keine Route, ein ICMP-Fehler oder das REJECT einer Firewall)</translation>
    </message>
    <message>
        <source>not allowed to connect (a local firewall rule?): %1</source>
        <translation>Verbindung nicht erlaubt (eine lokale Firewall-Regel?): %1</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>MailOps::PostfixMainCf</name>
    <message>
        <source>line %1: “%2” is not “name = value”; Postfix stops reading main.cf here</source>
        <translation>Zeile %1: „%2“ ist nicht „name = value“; Postfix liest main.cf ab hier nicht weiter</translation>
    </message>
    <message>
        <source>line %1: “%2” has no parameter name before “=”; Postfix stops reading main.cf here</source>
        <translation>Zeile %1: „%2“ hat keinen Parameternamen vor „=“; Postfix liest main.cf ab hier nicht weiter</translation>
    </message>
    <message>
        <source>line %1: %2 is already set on line %3; the later value wins</source>
        <translation>Zeile %1: %2 ist schon in Zeile %3 gesetzt; der spätere Wert gilt</translation>
    </message>
    <message>
        <source>line %1: “%2” starts with whitespace but continues no parameter; Postfix ignores it</source>
        <translation>Zeile %1: „%2“ beginnt mit Leerraum, setzt aber keinen Parameter fort; Postfix ignoriert sie</translation>
    </message>
</context>
<context>
    <name>MailOps::PostfixMasterCf</name>
    <message>
        <source>line %1: a service needs eight fields and a command, this line has %2</source>
        <translation>Zeile %1: ein Dienst braucht acht Felder und einen Befehl, diese Zeile hat %2</translation>
    </message>
    <message>
        <source>line %1: “-o %2” in %3 is not “-o name=value”</source>
        <translation>Zeile %1: „-o %2“ in %3 ist nicht „-o name=value“</translation>
    </message>
    <message>
        <source>line %1: starts with whitespace but continues no service</source>
        <translation>Zeile %1: beginnt mit Leerraum, setzt aber keinen Dienst fort</translation>
    </message>
</context>
<context>
    <name>MailOps::PostfixServiceOverrides</name>
    <message>
        <source>main.cf: %1</source>
        <translation>main.cf: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>main.cf: the default</source>
        <translation>main.cf: der Standardwert</translation>
    </message>
    <message>
        <source>%1: %2 = %3 (%4)</source>
        <translation>%1: %2 = %3 (%4)</translation>
    </message>
</context>
<context>
    <name>MailOps::PostmortemReport</name>
    <message>
        <source>Incident %1</source>
        <translation>Störung %1</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Zeiten in %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Notices sent</source>
        <translation>Gesendete Meldungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Notice sent: %1</source>
        <translation>Meldung gesendet: %1</translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation>Richtlinien-Versionen</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>To be written: what broke, and why it was not caught sooner.</source>
        <translation>Noch zu schreiben: was kaputtging und warum es nicht früher bemerkt wurde.</translation>
    </message>
    <message>
        <source>Lessons and actions</source>
        <translation>Lehren und Maßnahmen</translation>
    </message>
    <message>
        <source>To be written: what we change, who does it, by when.</source>
        <translation>Noch zu schreiben: was wir ändern, wer es tut, bis wann.</translation>
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
        <source>Delete the gateway profile &quot;%1&quot;?</source>
        <translation>Das Gateway-Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>comma-separated, e.g. zen.spamhaus.org, bl.spamcop.net</source>
        <translation>durch Kommas getrennt, z. B. zen.spamhaus.org, bl.spamcop.net</translation>
    </message>
    <message>
        <source>&amp;Blocklists:</source>
        <translation>&amp;Blocklisten:</translation>
    </message>
    <message>
        <source>Policy changes need a second look before they are applied</source>
        <translation>Richtlinienänderungen brauchen vor dem Einspielen eine Durchsicht</translation>
    </message>
    <message>
        <source>Notices need a second look before they are sent</source>
        <translation>Meldungen brauchen vor dem Senden eine Durchsicht</translation>
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
    <name>MailOps::PropagationCheck</name>
    <message>
        <source>the name servers of %1 could not be found: %2</source>
        <translation>die Nameserver von %1 konnten nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <source>no SOA in the answer</source>
        <translation>kein SOA in der Antwort</translation>
    </message>
    <message>
        <source>%1 lists no name servers</source>
        <translation>%1 nennt keine Nameserver</translation>
    </message>
    <message>
        <source>all %1 server(s) of %2 agree: serial %3, same answer for %4</source>
        <translation>alle %1 Server von %2 stimmen überein: Serial %3, gleiche Antwort für %4</translation>
    </message>
    <message>
        <source>%1 did not answer</source>
        <translation>%1 hat nicht geantwortet</translation>
    </message>
    <message>
        <source>SOA serials differ (%1): a change has not reached every server</source>
        <translation>die SOA-Serials weichen ab (%1): eine Änderung hat noch nicht jeden Server erreicht</translation>
    </message>
    <message>
        <source>the servers give different answers for %1</source>
        <translation>die Server geben unterschiedliche Antworten für %1</translation>
    </message>
    <message>
        <source>%1 is not consistent: %2</source>
        <translation>%1 ist nicht konsistent: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::QShapeModel</name>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>MailOps::QueueAction</name>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 message %1</source>
        <translation>1 Nachricht %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages %1</source>
        <translation>
            <numerusform>%n Nachricht %1</numerusform>
            <numerusform>%n Nachrichten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Put %1 on hold? Postfix will not deliver them until they are released.</source>
        <translation>%1 anhalten? Postfix stellt sie erst zu, wenn sie wieder freigegeben sind.</translation>
    </message>
    <message>
        <source>Release %1 from hold?</source>
        <translation>%1 freigeben?</translation>
    </message>
    <message>
        <source>Requeue %1? They pass through address rewriting and the content filter again.</source>
        <translation>%1 neu einreihen? Sie durchlaufen die Adressumschreibung und den Content-Filter erneut.</translation>
    </message>
    <message>
        <source>Try to deliver %1 now?</source>
        <translation>Jetzt versuchen, %1 zuzustellen?</translation>
    </message>
    <message>
        <source>Delete %1 without telling their senders?</source>
        <translation>%1 löschen, ohne die Absender zu benachrichtigen?</translation>
    </message>
    <message>
        <source>Return %1 to their senders as undeliverable and remove them from the queue?</source>
        <translation>%1 als unzustellbar an die Absender zurückschicken und aus der Warteschlange entfernen?</translation>
    </message>
    <message>
        <source>Placed on hold: %1 messages.</source>
        <translation>Angehalten: %1 Nachrichten.</translation>
    </message>
    <message>
        <source>Released from hold: %1 messages.</source>
        <translation>Freigegeben: %1 Nachrichten.</translation>
    </message>
    <message>
        <source>Requeued: %1 messages.</source>
        <translation>Neu eingereiht: %1 Nachrichten.</translation>
    </message>
    <message>
        <source>Delivery requested now: %1 messages.</source>
        <translation>Sofortige Zustellung angestoßen: %1 Nachrichten.</translation>
    </message>
    <message>
        <source>Deleted: %1 messages.</source>
        <translation>Gelöscht: %1 Nachrichten.</translation>
    </message>
    <message>
        <source>Returned to their senders: %1 messages.</source>
        <translation>An die Absender zurückgeschickt: %1 Nachrichten.</translation>
    </message>
    <message>
        <source>%1 of them at their next delivery attempt.</source>
        <translation>%1 davon beim nächsten Zustellversuch.</translation>
    </message>
    <message>
        <source>The others were no longer in the queue.</source>
        <translation>Die übrigen waren nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <source>%1 duplicate ids ignored.</source>
        <translation>%1 doppelte IDs ignoriert.</translation>
    </message>
    <message>
        <source>%1 invalid queue ids refused: %2.</source>
        <translation>%1 ungültige Queue-IDs abgewiesen: %2.</translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>%1 messages were not retried: at most %2 at once, one command each; requeue them instead.</source>
        <translation>%1 Nachrichten wurden nicht erneut zugestellt: höchstens %2 auf einmal, je ein Befehl; stattdessen neu einreihen.</translation>
    </message>
    <message>
        <source>the connection to the gateway was closed</source>
        <translation>die Verbindung zum Gateway wurde geschlossen</translation>
    </message>
    <message>
        <source>postsuper failed (exit %1): %2</source>
        <translation>postsuper ist fehlgeschlagen (Exit %1): %2</translation>
    </message>
    <message>
        <source>postsuper did not say what it did; the queue may have changed: %1</source>
        <translation>postsuper hat nicht gemeldet, was es getan hat; die Warteschlange hat sich womöglich geändert: %1</translation>
    </message>
    <message>
        <source>postqueue -i %1 failed (exit %2): %3</source>
        <translation>postqueue -i %1 ist fehlgeschlagen (Exit %2): %3</translation>
    </message>
</context>
<context>
    <name>MailOps::QueueAlertBanner</name>
    <message>
        <source>Open an incident…</source>
        <translation>Störung eröffnen…</translation>
    </message>
</context>
<context>
    <name>MailOps::QueueDepthTab</name>
    <message>
        <source>Queue depth</source>
        <translation>Länge der Warteschlange</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>MailOps::QueueFilter</name>
    <message>
        <source>&quot;%1&quot; is not a domain (write example.com, or .example.com for its subdomains)</source>
        <translation>„%1“ ist keine Domain (example.com schreiben, oder .example.com für ihre Subdomains)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sender (write user@example.com, @example.com or &lt;&gt; for the null sender)</source>
        <translation>„%1“ ist kein Absender (user@example.com, @example.com oder &lt;&gt; für den leeren Absender schreiben)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>at most %1 domains at once</source>
        <translation>höchstens %1 Domains auf einmal</translation>
    </message>
    <message>
        <source>at most %1 senders at once</source>
        <translation>höchstens %1 Absender auf einmal</translation>
    </message>
    <message>
        <source>a reason to match may be at most %1 characters long</source>
        <translation>ein zu suchender Grund darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a queue (deferred, hold, active, incoming or maildrop)</source>
        <translation>„%1“ ist keine Warteschlange (deferred, hold, active, incoming oder maildrop)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>subdomains of %1</source>
        <translation>Subdomains von %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>the null sender &lt;&gt;</source>
        <translation>dem leeren Absender &lt;&gt;</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>delayed because of &quot;%1&quot;</source>
        <translation>zurückgestellt wegen „%1“</translation>
    </message>
    <message>
        <source>in the %1 queue</source>
        <translation>in der Warteschlange %1</translation>
    </message>
    <message>
        <source>older than %1</source>
        <translation>älter als %1</translation>
    </message>
    <message>
        <source>all queued messages</source>
        <translation>alle Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age (minutes, or a number with s, m, h or d)</source>
        <translation>„%1“ ist kein Alter (Minuten oder eine Zahl mit s, m, h oder d)</translation>
    </message>
    <message>
        <source>--%1 wants a value</source>
        <translation>--%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation>unbekannter Filter „%1“</translation>
    </message>
</context>
<context>
    <name>MailOps::QueueHistoryStore</name>
    <message>
        <source>Cannot read the queue history %1</source>
        <translation>Der Warteschlangen-Verlauf %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot prepare the queue history %1</source>
        <translation>Der Warteschlangen-Verlauf %1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot write to the queue history %1</source>
        <translation>In den Warteschlangen-Verlauf %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>A queue sample needs a profile name.</source>
        <translation>Ein Messwert der Warteschlange braucht einen Profilnamen.</translation>
    </message>
    <message>
        <source>A queue sample has no valid time or a negative count.</source>
        <translation>Ein Messwert der Warteschlange hat keine gültige Zeit oder eine negative Anzahl.</translation>
    </message>
    <message numerus="yes">
        <source>The queue history %1 cannot be written; %n queue sample(s) are waiting in memory.</source>
        <translation>
            <numerusform>Der Warteschlangen-Verlauf %1 kann nicht geschrieben werden; %n Messwert wartet im Speicher.</numerusform>
            <numerusform>Der Warteschlangen-Verlauf %1 kann nicht geschrieben werden; %n Messwerte warten im Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n queue sample(s) are waiting in memory.</source>
        <translation>
            <numerusform>%1; %n Messwert wartet im Speicher.</numerusform>
            <numerusform>%1; %n Messwerte warten im Speicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>A queue history request needs a valid time range and at least one point.</source>
        <translation>Eine Abfrage des Warteschlangen-Verlaufs braucht einen gültigen Zeitraum und mindestens einen Punkt.</translation>
    </message>
    <message>
        <source>The queue history %1 is not open.</source>
        <translation>Der Warteschlangen-Verlauf %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot prune the queue history %1</source>
        <translation>Der Warteschlangen-Verlauf %1 kann nicht ausgedünnt werden</translation>
    </message>
    <message>
        <source>queue history</source>
        <translation>Warteschlangen-Verlauf</translation>
    </message>
</context>
<context>
    <name>MailOps::QueueParser</name>
    <message>
        <source>line longer than %1 bytes, skipped</source>
        <translation>Zeile länger als %1 Bytes, übersprungen</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a string</source>
        <translation>Feld „%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a non-negative number</source>
        <translation>Feld „%1“ ist keine nicht-negative Zahl</translation>
    </message>
    <message>
        <source>field &quot;queue_id&quot; is empty</source>
        <translation>Feld „queue_id“ ist leer</translation>
    </message>
    <message>
        <source>field &quot;recipients&quot; is missing</source>
        <translation>Feld „recipients“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;recipients&quot; is not an array</source>
        <translation>Feld „recipients“ ist kein Array</translation>
    </message>
    <message>
        <source>a recipient has no &quot;address&quot;</source>
        <translation>ein Empfänger hat kein „address“</translation>
    </message>
</context>
<context>
    <name>MailOps::QueueReader</name>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 endete mit Status %2</translation>
    </message>
    <message>
        <source>%1 exited with status %2: %3</source>
        <translation>%1 endete mit Status %2: %3</translation>
    </message>
    <message>
        <source>the listing of %1 could not be read whole (lines not understood: %2); the first, line %3: %4</source>
        <translation>die Liste von %1 konnte nicht vollständig gelesen werden (unverstandene Zeilen: %2); die erste, Zeile %3: %4</translation>
    </message>
</context>
<context>
    <name>MailOps::QueueScanner</name>
    <message>
        <source>&quot;%1&quot; is not a Postfix queue id</source>
        <translation>„%1“ ist keine Postfix-Queue-ID</translation>
    </message>
    <message>
        <source>postcat exited with status %1</source>
        <translation>postcat endete mit Status %1</translation>
    </message>
    <message>
        <source>%1 is no longer in the queue</source>
        <translation>%1 ist nicht mehr in der Warteschlange</translation>
    </message>
</context>
<context>
    <name>MailOps::QueueShapeTab</name>
    <message>
        <source>%1 every message for %2</source>
        <translation>%1: alle Nachrichten für %2</translation>
    </message>
    <message>
        <source>Select these messages</source>
        <translation>Diese Nachrichten auswählen</translation>
    </message>
</context>
<context>
    <name>MailOps::QueueSummary</name>
    <message>
        <source>(other domains)</source>
        <translation>(andere Domains)</translation>
    </message>
    <message>
        <source>(other reasons)</source>
        <translation>(andere Gründe)</translation>
    </message>
</context>
<context>
    <name>MailOps::RejectsTab</name>
    <message>
        <source>Rejects and tempfails per minute</source>
        <translation>Ablehnungen und Tempfails pro Minute</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>Reason or status</source>
        <translation>Grund oder Zustand</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>MailOps::RelayPasswordPrompt</name>
    <message>
        <source>Password for relay %1</source>
        <translation>Passwort für Relay %1</translation>
    </message>
    <message>
        <source>The password of relay &quot;%1&quot; is not in the system keychain. It is used for this send only and kept nowhere.</source>
        <translation>Das Passwort von Relay „%1“ ist nicht im Schlüsselbund des Systems. Es wird nur für diesen Versand verwendet und nirgends gespeichert.</translation>
    </message>
</context>
<context>
    <name>MailOps::Resolver</name>
    <message>
        <source>system resolver (/etc/resolv.conf)</source>
        <translation>System-Resolver (/etc/resolv.conf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name</source>
        <translation>„%1“ ist kein gültiger DNS-Name</translation>
    </message>
    <message>
        <source>cannot use the system resolver: /etc/resolv.conf could not be read (%1)</source>
        <translation>der System-Resolver ist nicht nutzbar: /etc/resolv.conf konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>out of memory creating a resolver</source>
        <translation>kein Speicher mehr beim Anlegen eines Resolvers</translation>
    </message>
    <message>
        <source>%1 is not a usable server address</source>
        <translation>%1 ist keine brauchbare Serveradresse</translation>
    </message>
    <message>
        <source>cannot build a query for %1: %2</source>
        <translation>für %1 kann keine Anfrage gebaut werden: %2</translation>
    </message>
    <message>
        <source>%1: no answer to %2 within %3 ms (%4 attempt(s) of %5 ms each)</source>
        <translation>%1: keine Antwort auf %2 innerhalb von %3 ms (%4 Versuch(e) zu je %5 ms)</translation>
    </message>
    <message>
        <source>%1: could not send %2 or receive its answer (network error after %3 ms)</source>
        <translation>%1: %2 konnte nicht gesendet oder die Antwort nicht empfangen werden (Netzwerkfehler nach %3 ms)</translation>
    </message>
    <message>
        <source>%1: cannot ask %2: %3</source>
        <translation>%1: %2 kann nicht gefragt werden: %3</translation>
    </message>
    <message>
        <source>%1: the answer to %2 could not be decoded (%3)</source>
        <translation>%1: die Antwort auf %2 konnte nicht dekodiert werden (%3)</translation>
    </message>
    <message>
        <source>%1: the answer to %2 could not be re-encoded</source>
        <translation>%1: die Antwort auf %2 konnte nicht neu kodiert werden</translation>
    </message>
    <message>
        <source>malformed answer to %1: %2</source>
        <translation>fehlerhafte Antwort auf %1: %2</translation>
    </message>
    <message>
        <source>%1 bytes is shorter than a DNS header</source>
        <translation>%1 Bytes sind kürzer als ein DNS-Header</translation>
    </message>
    <message>
        <source>%1 bytes is larger than any DNS message</source>
        <translation>%1 Bytes sind größer als jede DNS-Nachricht</translation>
    </message>
    <message>
        <source>it carries ID %1 but the query had ID %2 (a confused or spoofing server)</source>
        <translation>sie trägt die ID %1, die Anfrage hatte aber die ID %2 (ein verwirrter oder fälschender Server)</translation>
    </message>
    <message>
        <source>the server sent a query back, not an answer</source>
        <translation>der Server hat eine Anfrage zurückgeschickt, keine Antwort</translation>
    </message>
    <message>
        <source>it answers a different question (%1 %2)</source>
        <translation>sie beantwortet eine andere Frage (%1 %2)</translation>
    </message>
    <message>
        <source>it has no question section</source>
        <translation>sie hat keine Question-Section</translation>
    </message>
    <message>
        <source>the answer to %1 was truncated and could not be fetched whole (TCP fallback off or failed)</source>
        <translation>die Antwort auf %1 war abgeschnitten und konnte nicht vollständig geholt werden (TCP-Fallback aus oder fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1 exists but has no %2 records (NODATA)</source>
        <translation>%1 existiert, hat aber keine %2-Records (NODATA)</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the server failed to answer %1 (SERVFAIL): the domain&apos;s DNS is broken, unreachable or fails DNSSEC validation; this says nothing about whether the record exists</source>
        <translation>der Server konnte %1 nicht beantworten (SERVFAIL): das DNS der Domain ist kaputt, unerreichbar oder besteht die DNSSEC-Validierung nicht; das sagt nichts darüber, ob der Record existiert</translation>
    </message>
    <message>
        <source>the server refused to answer %1 (REFUSED): it does not serve this zone or does not answer this client</source>
        <translation>der Server hat die Antwort auf %1 verweigert (REFUSED): er bedient diese Zone nicht oder antwortet diesem Client nicht</translation>
    </message>
    <message>
        <source>the server answered %1 with %2</source>
        <translation>der Server beantwortete %1 mit %2</translation>
    </message>
</context>
<context>
    <name>MailOps::ReverseDnsCheck</name>
    <message>
        <source>%1 PTR: none (%2)</source>
        <translation>%1 PTR: keiner (%2)</translation>
    </message>
    <message>
        <source>%1 has no PTR record (reverse DNS is missing); many receivers reject or defer mail from such addresses</source>
        <translation>%1 hat keinen PTR-Record (Reverse-DNS fehlt); viele Empfänger lehnen Mail von solchen Adressen ab oder stellen sie zurück</translation>
    </message>
    <message>
        <source>%1 PTR: lookup failed: %2</source>
        <translation>%1 PTR: Abfrage fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the reverse DNS of %1 could not be checked: %2</source>
        <translation>das Reverse-DNS von %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 PTR: %2</source>
        <translation>%1 PTR: %2</translation>
    </message>
    <message>
        <source>%1: lookup failed: %2</source>
        <translation>%1: Abfrage fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 löst sich auf in %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, which resolves back to it (forward-confirmed)</source>
        <translation>%1 hat das Reverse-DNS %2, das sich wieder in diese Adresse auflöst (forward-confirmed)</translation>
    </message>
    <message>
        <source>the PTR names of %1 could not all be checked; forward confirmation is unknown</source>
        <translation>die PTR-Namen von %1 konnten nicht alle geprüft werden; die Forward-Bestätigung ist unbekannt</translation>
    </message>
    <message>
        <source>%1 claims to be %2 in reverse DNS, but that name does not resolve back to it: the PTR is forged or stale, and receivers that check forward-confirmed reverse DNS will reject or defer its mail</source>
        <translation>%1 gibt sich im Reverse-DNS als %2 aus, aber dieser Name löst sich nicht wieder in diese Adresse auf: der PTR ist gefälscht oder veraltet, und Empfänger, die forward-confirmed Reverse-DNS prüfen, werden ihre Mail ablehnen oder zurückstellen</translation>
    </message>
    <message>
        <source>HELO %1: lookup failed: %2</source>
        <translation>HELO %1: Abfrage fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>HELO %1 resolves to %2</source>
        <translation>HELO %1 löst sich auf in %2</translation>
    </message>
    <message>
        <source>; HELO %1 matches the reverse DNS</source>
        <translation>; HELO %1 passt zum Reverse-DNS</translation>
    </message>
    <message>
        <source>; HELO %1 resolves to %2 but is not its reverse DNS name</source>
        <translation>; HELO %1 löst sich in %2 auf, ist aber nicht dessen Reverse-DNS-Name</translation>
    </message>
    <message>
        <source>; HELO %1 resolves to %2, not to %3: the HELO name does not belong to this sender</source>
        <translation>; HELO %1 löst sich in %2 auf, nicht in %3: der HELO-Name gehört nicht zu diesem Absender</translation>
    </message>
    <message>
        <source>; HELO %1 does not resolve at all</source>
        <translation>; HELO %1 löst sich überhaupt nicht auf</translation>
    </message>
    <message>
        <source>; HELO %1 could not be checked</source>
        <translation>; HELO %1 konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>MailOps::ScannedMessageModel</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>poison suspect</source>
        <translation>Giftverdacht</translation>
    </message>
    <message>
        <source>Queue id</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Verdacht</translation>
    </message>
</context>
<context>
    <name>MailOps::SecretStore</name>
    <message>
        <source>No system keychain is available (no Secret Service on the session bus): the password is used for this session only and stored nowhere.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (kein Secret Service auf dem Session-Bus): das Passwort wird nur für diese Sitzung verwendet und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s (is it locked and waiting for a password?); &quot;%2&quot; was not read or stored.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet (ist er gesperrt und wartet auf ein Passwort?); „%2“ wurde weder gelesen noch gespeichert.</translation>
    </message>
    <message>
        <source>The keychain holds nothing for &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund enthält nichts für „%1“.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund hat den Zugriff auf „%1“ verweigert: %2</translation>
    </message>
    <message>
        <source>The keychain failed on &quot;%1&quot;: %2</source>
        <translation>Fehler des Schlüsselbunds bei „%1“: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::ServiceBackend</name>
    <message>
        <source>%1 cannot show the log of %2</source>
        <translation>%1 kann das Log von %2 nicht anzeigen</translation>
    </message>
</context>
<context>
    <name>MailOps::ServiceCardView</name>
    <message>
        <source>Waiting for the first poll of the gateway&apos;s services…</source>
        <translation>Warte auf die erste Abfrage der Gateway-Dienste …</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>CRASH LOOP</source>
        <translation>ABSTURZSCHLEIFE</translation>
    </message>
    <message>
        <source>1 restart</source>
        <translation>1 Neustart</translation>
    </message>
    <message>
        <source>%1 restarts</source>
        <translation>%1 Neustarts</translation>
    </message>
</context>
<context>
    <name>MailOps::ServiceListModel</name>
    <message>
        <source>%1d %2</source>
        <translation>%1 d %2</translation>
    </message>
    <message>
        <source>crash loop</source>
        <translation>Absturzschleife</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Last exit</source>
        <translation>Letzter Exit</translation>
    </message>
    <message>
        <source>Crash loop</source>
        <translation>Absturzschleife</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>MailOps::ServiceMonitor</name>
    <message>
        <source>no service backend</source>
        <translation>kein Dienst-Backend</translation>
    </message>
    <message>
        <source>poll abandoned</source>
        <translation>Abfrage aufgegeben</translation>
    </message>
    <message>
        <source>(no log: %1)</source>
        <translation>(kein Log: %1)</translation>
    </message>
</context>
<context>
    <name>MailOps::ServiceStatus</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>backing off</source>
        <translation>wartet auf Neustart</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>MailOps::SmtpProbe</name>
    <message>
        <source>the whole probe took longer than %1 s</source>
        <translation>die gesamte Prüfung dauerte länger als %1 s</translation>
    </message>
    <message>
        <source>no host name or address to probe</source>
        <translation>kein Hostname und keine Adresse zum Prüfen</translation>
    </message>
    <message>
        <source>port 0 cannot be probed</source>
        <translation>Port 0 kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent as a HELO name</source>
        <translation>„%1“ kann nicht als HELO-Name gesendet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable recipient address</source>
        <translation>„%1“ ist keine brauchbare Empfängeradresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable sender address</source>
        <translation>„%1“ ist keine brauchbare Absenderadresse</translation>
    </message>
    <message>
        <source>the relay test needs a sender and a recipient address</source>
        <translation>der Relay-Test braucht eine Absender- und eine Empfängeradresse</translation>
    </message>
    <message>
        <source>timeouts must be positive</source>
        <translation>Zeitlimits müssen positiv sein</translation>
    </message>
    <message>
        <source>connecting to %1 port %2%3</source>
        <translation>verbinde mit %1 Port %2%3</translation>
    </message>
    <message>
        <source> with TLS</source>
        <translation> mit TLS</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>refused to send %1</source>
        <translation>Senden von %1 verweigert</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for: %1</source>
        <translation>der Server hat eine Antwort gesendet, nach der niemand gefragt hat: %1</translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms</source>
        <translation>mit %1 in %2 ms verbunden</translation>
    </message>
    <message>
        <source>TLS established: %1, %2; certificate for %3, issued by %4</source>
        <translation>TLS aufgebaut: %1, %2; Zertifikat für %3, ausgestellt von %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation>Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server sent more data after its reply to STARTTLS</source>
        <translation>der Server hat nach seiner Antwort auf STARTTLS weitere Daten gesendet</translation>
    </message>
    <message>
        <source>TLS handshake, expecting the name %1</source>
        <translation>TLS-Handshake, erwarteter Name %1</translation>
    </message>
    <message>
        <source>the server refused EHLO after STARTTLS: %1</source>
        <translation>der Server hat EHLO nach STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>relay test: outside sender and recipient, without AUTH; DATA is never sent</source>
        <translation>Relay-Test: externer Absender und Empfänger, ohne AUTH; DATA wird nie gesendet</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on port %1</source>
        <translation>Verbindung abgewiesen: auf Port %1 lauscht nichts</translation>
    </message>
    <message>
        <source>the name %1 was not found</source>
        <translation>der Name %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of a reply</source>
        <translation>der Server hat die Verbindung mitten in einer Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection during %1</source>
        <translation>der Server hat die Verbindung während %1 geschlossen</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no answer to the connection attempt within %1 s</source>
        <translation>keine Antwort auf den Verbindungsversuch innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no complete answer during %1 within %2 s</source>
        <translation>keine vollständige Antwort während %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>stopped during %1: %2</source>
        <translation>beendet während %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there, or a firewall rejects it.</source>
        <translation>%1 hat die Verbindung abgewiesen: dort lauscht nichts, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <source>%1 did not answer the connection attempt: a firewall on the way probably drops the packets.</source>
        <translation>%1 hat auf den Verbindungsversuch nicht geantwortet: vermutlich verwirft eine Firewall auf dem Weg die Pakete.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve to an address.</source>
        <translation>Der Name %1 löst sich in keine Adresse auf.</translation>
    </message>
    <message>
        <source>The probe was cancelled before it connected.</source>
        <translation>Die Prüfung wurde vor dem Verbindungsaufbau abgebrochen.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>The server greets: %1</source>
        <translation>Der Server grüßt: %1</translation>
    </message>
    <message>
        <source>The server refuses SMTP sessions at the greeting: %1</source>
        <translation>Der Server lehnt SMTP-Sitzungen bei der Begrüßung ab: %1</translation>
    </message>
    <message>
        <source>The server ends lines with LF alone instead of CRLF.</source>
        <translation>Der Server beendet Zeilen mit bloßem LF statt CRLF.</translation>
    </message>
    <message>
        <source>The server refused EHLO and only speaks HELO: no extensions, no STARTTLS.</source>
        <translation>Der Server hat EHLO abgelehnt und spricht nur HELO: keine Erweiterungen, kein STARTTLS.</translation>
    </message>
    <message>
        <source>The server refused EHLO: %1</source>
        <translation>Der Server hat EHLO abgelehnt: %1</translation>
    </message>
    <message>
        <source>TLS works: %1, %2.</source>
        <translation>TLS funktioniert: %1, %2.</translation>
    </message>
    <message>
        <source>STARTTLS works: %1, %2.</source>
        <translation>STARTTLS funktioniert: %1, %2.</translation>
    </message>
    <message>
        <source>The certificate expired on %1 (%2 days ago).</source>
        <translation>Das Zertifikat ist am %1 abgelaufen (vor %2 Tagen).</translation>
    </message>
    <message>
        <source>The certificate expires on %1, in %2 days.</source>
        <translation>Das Zertifikat läuft am %1 ab, in %2 Tagen.</translation>
    </message>
    <message>
        <source>The certificate is self-signed (%1): senders that verify certificates will not trust it.</source>
        <translation>Das Zertifikat ist selbst signiert (%1): Absender, die Zertifikate prüfen, vertrauen ihm nicht.</translation>
    </message>
    <message>
        <source>The certificate does not name %1; it names %2.</source>
        <translation>Das Zertifikat nennt %1 nicht; es nennt %2.</translation>
    </message>
    <message>
        <source>The certificate for %1 is valid until %2 (%3 days left).</source>
        <translation>Das Zertifikat für %1 ist gültig bis %2 (noch %3 Tage).</translation>
    </message>
    <message>
        <source>Certificate verification reported: %1</source>
        <translation>Die Zertifikatsprüfung meldete: %1</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>TLS fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: mail to it crosses the network unencrypted.</source>
        <translation>Der Server bietet kein STARTTLS an: Mail an ihn geht unverschlüsselt durchs Netz.</translation>
    </message>
    <message>
        <source>AUTH is offered before TLS (%1): passwords can cross the network unencrypted.</source>
        <translation>AUTH wird vor TLS angeboten (%1): Passwörter können unverschlüsselt durchs Netz gehen.</translation>
    </message>
    <message>
        <source>AUTH offered over TLS: %1.</source>
        <translation>AUTH über TLS angeboten: %1.</translation>
    </message>
    <message>
        <source>The server offers no AUTH on this port.</source>
        <translation>Der Server bietet auf diesem Port kein AUTH an.</translation>
    </message>
    <message>
        <source>The server accepts mail for %1: %2</source>
        <translation>Der Server nimmt Mail für %1 an: %2</translation>
    </message>
    <message>
        <source>The server refuses mail for %1: %2</source>
        <translation>Der Server lehnt Mail für %1 ab: %2</translation>
    </message>
    <message>
        <source>The server defers mail for %1 (a temporary refusal): %2</source>
        <translation>Der Server stellt Mail für %1 zurück (vorübergehende Ablehnung): %2</translation>
    </message>
    <message>
        <source>The recipient check could not run: the sender was refused: %1</source>
        <translation>Die Empfängerprüfung konnte nicht laufen: der Absender wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>OPEN RELAY: without authentication the server accepted mail from %1 to %2 (%3). No message was sent: the test stops before DATA.</source>
        <translation>OFFENES RELAY: ohne Authentifizierung hat der Server Mail von %1 an %2 angenommen (%3). Es wurde keine Nachricht gesendet: der Test endet vor DATA.</translation>
    </message>
    <message>
        <source>Relaying to outside addresses without authentication is refused: %1</source>
        <translation>Relaying an externe Adressen ohne Authentifizierung wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>The relay test is inconclusive: the server deferred the recipient: %1</source>
        <translation>Der Relay-Test ist nicht eindeutig: der Server hat den Empfänger zurückgestellt: %1</translation>
    </message>
    <message>
        <source>The relay test is inconclusive: the outside sender was refused: %1</source>
        <translation>Der Relay-Test ist nicht eindeutig: der externe Absender wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Largest message accepted: %1 MB.</source>
        <translation>Größte angenommene Nachricht: %1 MB.</translation>
    </message>
    <message>
        <source>The probe was cancelled during %1.</source>
        <translation>Die Prüfung wurde während %1 abgebrochen.</translation>
    </message>
    <message>
        <source>The probe stopped during %1: %2</source>
        <translation>Die Prüfung endete während %1: %2</translation>
    </message>
    <message>
        <source>XCLIENT knows only NAME, REVERSE_NAME, ADDR, PORT, PROTO, HELO, LOGIN, DESTADDR and DESTPORT</source>
        <translation>XCLIENT kennt nur NAME, REVERSE_NAME, ADDR, PORT, PROTO, HELO, LOGIN, DESTADDR und DESTPORT</translation>
    </message>
    <message>
        <source>the server refused EHLO after XCLIENT: %1</source>
        <translation>der Server hat EHLO nach XCLIENT abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server refused XCLIENT: %1</source>
        <translation>der Server hat XCLIENT abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server does not offer XCLIENT to this address (smtpd_authorized_xclient_hosts)</source>
        <translation>der Server bietet dieser Adresse kein XCLIENT an (smtpd_authorized_xclient_hosts)</translation>
    </message>
</context>
<context>
    <name>MailOps::SmtpReplyParser</name>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>der Server hat eine Zeile länger als %1 Bytes gesendet</translation>
    </message>
    <message>
        <source>the server sent a reply larger than %1 bytes</source>
        <translation>der Server hat eine Antwort größer als %1 Bytes gesendet</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>der Server hat eine Antwort mit mehr als %1 Zeilen gesendet</translation>
    </message>
    <message>
        <source>the server sent a line that is not an SMTP reply: &quot;%1&quot;</source>
        <translation>der Server hat eine Zeile gesendet, die keine SMTP-Antwort ist: „%1“</translation>
    </message>
    <message>
        <source>the server sent an invalid reply code: &quot;%1&quot;</source>
        <translation>der Server hat einen ungültigen Antwortcode gesendet: „%1“</translation>
    </message>
    <message>
        <source>the server sent a reply line without a space or hyphen after the code: &quot;%1&quot;</source>
        <translation>der Server hat eine Antwortzeile ohne Leerzeichen oder Bindestrich nach dem Code gesendet: „%1“</translation>
    </message>
    <message>
        <source>the server changed the reply code from %1 to %2 inside one reply</source>
        <translation>der Server hat den Antwortcode innerhalb einer Antwort von %1 auf %2 geändert</translation>
    </message>
    <message>
        <source>the reply ended before its last line</source>
        <translation>die Antwort endete vor ihrer letzten Zeile</translation>
    </message>
</context>
<context>
    <name>MailOps::SmtpSubmission</name>
    <message>
        <source>%1, issued by %2</source>
        <translation>%1, ausgestellt von %2</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the password and the notice would go unencrypted: nothing was sent.</source>
        <translation>%1 bietet kein STARTTLS an, Passwort und Meldung gingen also unverschlüsselt durchs Netz: es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No SMTP server is set.</source>
        <translation>Es ist kein SMTP-Server eingestellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <source>No SMTP port is set.</source>
        <translation>Es ist kein SMTP-Port eingestellt.</translation>
    </message>
    <message>
        <source>Unencrypted SMTP is only allowed to this machine (loopback); use STARTTLS or implicit TLS for %1.</source>
        <translation>Unverschlüsseltes SMTP ist nur zu diesem Rechner erlaubt (Loopback); für %1 STARTTLS oder implizites TLS verwenden.</translation>
    </message>
    <message>
        <source>A user name is set for %1 but no password.</source>
        <translation>Für %1 ist ein Benutzername eingestellt, aber kein Passwort.</translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; cannot be used: %2</source>
        <translation>Der Absender „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The notice has no recipient.</source>
        <translation>Die Meldung hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; cannot be used: %2</source>
        <translation>Der Empfänger „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Sending was cancelled before it began; the message was not sent.</source>
        <translation>Das Senden wurde abgebrochen, bevor es begann; die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>libcurl could not be initialised.</source>
        <translation>libcurl konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Sending through %1 failed: %2.</source>
        <translation>Senden über %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Sending through %1 was cancelled; the message was not accepted.</source>
        <translation>Das Senden über %1 wurde abgebrochen; die Nachricht wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Could not reach %1: the host name %2 was not found.</source>
        <translation>%1 nicht erreichbar: der Hostname %2 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not reach %1: there is no route to that host.</source>
        <translation>%1 nicht erreichbar: es gibt keine Route zu diesem Host.</translation>
    </message>
    <message>
        <source>Could not reach %1: the connection timed out (a firewall may drop it).</source>
        <translation>%1 nicht erreichbar: Zeitüberschreitung beim Verbinden (vielleicht verwirft eine Firewall die Verbindung).</translation>
    </message>
    <message>
        <source>Could not reach %1: the connection was refused (nothing listens on that port).</source>
        <translation>%1 nicht erreichbar: die Verbindung wurde abgewiesen (auf diesem Port lauscht nichts).</translation>
    </message>
    <message>
        <source>Could not reach %1: no answer within %2 s (a firewall may drop the connection).</source>
        <translation>%1 nicht erreichbar: keine Antwort innerhalb von %2 s (vielleicht verwirft eine Firewall die Verbindung).</translation>
    </message>
    <message>
        <source>%1 stopped answering (after %2); the message was not accepted.</source>
        <translation>%1 antwortet nicht mehr (nach %2); die Nachricht wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>its greeting</source>
        <translation>der Begrüßung</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%DETAIL%): nothing was sent; give the CA file that signed it, or have the server&apos;s certificate fixed.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%DETAIL%): es wurde nichts gesendet; die CA-Datei angeben, mit der es signiert wurde, oder das Zertifikat des Servers korrigieren lassen.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%DETAIL%): nothing was sent.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%DETAIL%): es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password for %2 (%3): nothing was sent.</source>
        <translation>%1 hat Benutzername oder Passwort für %2 abgelehnt (%3): es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 does not offer authentication on this connection: nothing was sent.</source>
        <translation>%1 bietet auf dieser Verbindung keine Authentifizierung an: es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 offers none of AUTH PLAIN and LOGIN (only %2): nothing was sent.</source>
        <translation>%1 bietet weder AUTH PLAIN noch LOGIN an (nur %2): es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 dropped the connection while the message was being sent (after DATA); it was not accepted and can be sent again.</source>
        <translation>%1 hat die Verbindung abgebrochen, während die Nachricht gesendet wurde (nach DATA); sie wurde nicht angenommen und kann erneut gesendet werden.</translation>
    </message>
    <message>
        <source>%1 refused the message at the end of DATA: %2</source>
        <translation>%1 hat die Nachricht am Ende von DATA abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused the message as too large: %2</source>
        <translation>%1 hat die Nachricht als zu groß abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused the sender: %2</source>
        <translation>%1 hat den Absender abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused every recipient: %2.</source>
        <translation>%1 hat alle Empfänger abgelehnt: %2.</translation>
    </message>
    <message>
        <source>%1 closed the connection (after %2): nothing was sent.</source>
        <translation>%1 hat die Verbindung geschlossen (nach %2): es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>dem Verbindungsaufbau</translation>
    </message>
    <message>
        <source>%1 answered %2 with: %3</source>
        <translation>%1 beantwortete %2 mit: %3</translation>
    </message>
</context>
<context>
    <name>MailOps::SocketsTab</name>
    <message>
        <source>Listing the gateway&apos;s sockets…</source>
        <translation>Sockets des Gateways werden ermittelt…</translation>
    </message>
    <message>
        <source>Listening sockets</source>
        <translation>Lauschende Sockets</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) listening; no port conflicts.</source>
        <translation>
            <numerusform>%n Socket lauscht; keine Portkonflikte.</numerusform>
            <numerusform>%n Sockets lauschen; keine Portkonflikte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port problem(s): see the rows on top.</source>
        <translation>
            <numerusform>%n Portproblem: siehe die Zeilen oben.</numerusform>
            <numerusform>%n Portprobleme: siehe die Zeilen oben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening sockets (%1!)</source>
        <translation>Lauschende Sockets (%1!)</translation>
    </message>
</context>
<context>
    <name>MailOps::SpfEvaluator</name>
    <message>
        <source>no client IP address was given</source>
        <translation>keine Client-IP-Adresse angegeben</translation>
    </message>
    <message>
        <source> DNS lookups, </source>
        <translation> DNS-Abfragen, </translation>
    </message>
    <message>
        <source> void)</source>
        <translation> ohne Ergebnis)</translation>
    </message>
</context>
<context>
    <name>MailOps::SpfMacro</name>
    <message>
        <source>character %1 at position %2 is not allowed</source>
        <translation>das Zeichen %1 an Position %2 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>a lone &apos;%&apos; ends the text (write %% for a percent sign)</source>
        <translation>ein einzelnes &apos;%&apos; beendet den Text (%% schreiben für ein Prozentzeichen)</translation>
    </message>
    <message>
        <source>&apos;%%1&apos; at position %2 is not a macro (use %{...}, %%, %_ or %-)</source>
        <translation>&apos;%%1&apos; an Position %2 ist kein Makro (%{...}, %%, %_ oder %- verwenden)</translation>
    </message>
    <message>
        <source>bad macro at position %1: %2</source>
        <translation>fehlerhaftes Makro an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::SpfRecord</name>
    <message>
        <source>not an SPF record: it does not start with &quot;v=spf1&quot;</source>
        <translation>kein SPF-Record: er beginnt nicht mit „v=spf1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid modifier name</source>
        <translation>„%1“ ist kein gültiger Modifier-Name</translation>
    </message>
    <message>
        <source>the %1= modifier appears more than once</source>
        <translation>der Modifier %1= kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>&apos;:&apos; must be followed by a domain</source>
        <translation>auf &apos;:&apos; muss eine Domain folgen</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no arguments</source>
        <translation>„all“ nimmt keine Argumente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a domain (%1:example.com)</source>
        <translation>„%1“ braucht eine Domain (%1:example.com)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no prefix length</source>
        <translation>„%1“ nimmt keine Präfixlänge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid prefix length (/0-32, //0-128)</source>
        <translation>„%1“ ist keine gültige Präfixlänge (/0-32, //0-128)</translation>
    </message>
    <message>
        <source>&quot;ptr&quot; takes no prefix length</source>
        <translation>„ptr“ nimmt keine Präfixlänge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an address (%1:%2)</source>
        <translation>„%1“ braucht eine Adresse (%1:%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 address</source>
        <translation>„%1“ ist keine gültige %2-Adresse</translation>
    </message>
    <message>
        <source>&quot;/%1&quot; is not a valid prefix length (0-%2)</source>
        <translation>„/%1“ ist keine gültige Präfixlänge (0-%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists)</source>
        <translation>„%1“ ist kein SPF-Mechanismus (all, include, a, mx, ptr, ip4, ip6, exists)</translation>
    </message>
</context>
<context>
    <name>MailOps::SqliteFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown SQLite error</source>
        <translation>unbekannter SQLite-Fehler</translation>
    </message>
    <message>
        <source>The %1 %2 is not open.</source>
        <translation>Die Datei %2 (%1) ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No file was given for the %1.</source>
        <translation>Für „%1“ wurde keine Datei angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the %2.</source>
        <translation>Der Ordner %1 für „%2“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber für Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open the %1 %2</source>
        <translation>Die Datei %2 (%1) kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2</source>
        <translation>Die Datei %2 (%1) kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot set up the %1 %2</source>
        <translation>Die Datei %2 (%1) kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot check the %1 %2</source>
        <translation>Die Datei %2 (%1) kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>the integrity check says: %1</source>
        <translation>die Integritätsprüfung meldet: %1</translation>
    </message>
    <message>
        <source>it was written by a newer version of MailOps (format %1)</source>
        <translation>die Datei stammt von einer neueren Version von MailOps (Format %1)</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a %1</source>
        <translation>sie ist eine SQLite-Datenbank, aber nicht vom Typ „%1“</translation>
    </message>
    <message>
        <source>Cannot bring the %1 %2 to format %3</source>
        <translation>Die Datei %2 (%1) kann nicht auf Format %3 gebracht werden</translation>
    </message>
    <message>
        <source>%1 is in the way</source>
        <translation>%1 ist im Weg</translation>
    </message>
    <message>
        <source>could not rename it to %1</source>
        <translation>konnte nicht in %1 umbenannt werden</translation>
    </message>
    <message>
        <source>The %1 %2 is damaged (%3) and %4; what is written now is kept in memory only.</source>
        <translation>Die Datei %2 (%1) ist beschädigt (%3) und %4; was jetzt geschrieben wird, bleibt nur im Speicher.</translation>
    </message>
    <message>
        <source>The %1 %2 was damaged (%3) and was kept as %4, but a new one could not be started: %5</source>
        <translation>Die Datei %2 (%1) war beschädigt (%3) und wurde als %4 aufbewahrt, aber eine neue konnte nicht angelegt werden: %5</translation>
    </message>
    <message>
        <source>The %1 %2 was damaged (%3); it was kept as %4 and a new one was started.</source>
        <translation>Die Datei %2 (%1) war beschädigt (%3); sie wurde als %4 aufbewahrt und eine neue angelegt.</translation>
    </message>
</context>
<context>
    <name>MailOps::SsOutputParser</name>
    <message>
        <source>process field is not users:(...)</source>
        <translation>das Prozessfeld ist nicht users:(...)</translation>
    </message>
    <message>
        <source>bad process entry in users:(...)</source>
        <translation>fehlerhafter Prozesseintrag in users:(...)</translation>
    </message>
    <message>
        <source>process entry without pid</source>
        <translation>Prozesseintrag ohne pid</translation>
    </message>
    <message>
        <source>unterminated process entry</source>
        <translation>nicht abgeschlossener Prozesseintrag</translation>
    </message>
    <message>
        <source>bad pid in users:(...)</source>
        <translation>fehlerhafte pid in users:(...)</translation>
    </message>
    <message>
        <source>fewer than six columns</source>
        <translation>weniger als sechs Spalten</translation>
    </message>
    <message>
        <source>unknown socket type &quot;%1&quot;</source>
        <translation>unbekannter Socket-Typ „%1“</translation>
    </message>
    <message>
        <source>Recv-Q is not a number</source>
        <translation>Recv-Q ist keine Zahl</translation>
    </message>
    <message>
        <source>bad local address</source>
        <translation>fehlerhafte lokale Adresse</translation>
    </message>
    <message>
        <source>ss output larger than allowed</source>
        <translation>Ausgabe von ss größer als erlaubt</translation>
    </message>
    <message>
        <source>line %1 of ss output: %2</source>
        <translation>Zeile %1 der Ausgabe von ss: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::SshTransport</name>
    <message>
        <source>unterminated [ in &quot;%1&quot;</source>
        <translation>nicht geschlossenes [ in „%1“</translation>
    </message>
    <message>
        <source>unexpected text after ] in &quot;%1&quot;</source>
        <translation>unerwarteter Text nach ] in „%1“</translation>
    </message>
    <message>
        <source>bad port &quot;%1&quot;</source>
        <translation>ungültiger Port „%1“</translation>
    </message>
    <message>
        <source>no host in &quot;%1&quot;</source>
        <translation>kein Host in „%1“</translation>
    </message>
    <message>
        <source>unusable ssh host &quot;%1&quot;</source>
        <translation>unbrauchbarer SSH-Host „%1“</translation>
    </message>
    <message>
        <source>unusable ssh user &quot;%1&quot;</source>
        <translation>unbrauchbarer SSH-Benutzer „%1“</translation>
    </message>
    <message>
        <source>empty remote command</source>
        <translation>leerer entfernter Befehl</translation>
    </message>
    <message>
        <source>remote argument with a NUL character</source>
        <translation>entferntes Argument mit einem NUL-Zeichen</translation>
    </message>
    <message>
        <source>the OpenSSH client (ssh) is not installed or not in PATH: %1</source>
        <translation>der OpenSSH-Client (ssh) ist nicht installiert oder nicht im PATH: %1</translation>
    </message>
    <message>
        <source>the host key of %1 has changed since it was recorded in known_hosts: either the server was reinstalled or someone is intercepting the connection. Verify the new key with the server&apos;s administrator, then update known_hosts (ssh-keygen -R %1)</source>
        <translation>der Host-Schlüssel von %1 hat sich geändert, seit er in known_hosts eingetragen wurde: entweder wurde der Server neu installiert, oder jemand fängt die Verbindung ab. Den neuen Schlüssel mit dem Administrator des Servers abgleichen, dann known_hosts aktualisieren (ssh-keygen -R %1)</translation>
    </message>
    <message>
        <source>%1 is not in known_hosts (or its key does not match): connect once with ssh from a terminal, verify the fingerprint and accept it</source>
        <translation>%1 steht nicht in known_hosts (oder sein Schlüssel passt nicht): einmal mit ssh aus einem Terminal verbinden, den Fingerabdruck prüfen und annehmen</translation>
    </message>
    <message>
        <source>%1 refused the login: no key of yours (files or agent) is accepted for this user</source>
        <translation>%1 hat die Anmeldung abgelehnt: keiner der eigenen Schlüssel (Dateien oder Agent) wird für diesen Benutzer angenommen</translation>
    </message>
    <message>
        <source>host name %1 does not resolve</source>
        <translation>der Hostname %1 lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>%1 refused the connection: no ssh server on that port</source>
        <translation>%1 hat die Verbindung abgewiesen: kein SSH-Server auf diesem Port</translation>
    </message>
    <message>
        <source>connecting to %1 timed out</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1</translation>
    </message>
    <message>
        <source>%1 is unreachable from here</source>
        <translation>%1 ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>the connection to %1 was closed before the command finished</source>
        <translation>die Verbindung zu %1 wurde geschlossen, bevor der Befehl fertig war</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>ssh to %1 failed (exit 255): %2</source>
        <translation>ssh zu %1 fehlgeschlagen (Exit 255): %2</translation>
    </message>
</context>
<context>
    <name>MailOps::StatusBroadcastPanel</name>
    <message>
        <source>Open an incident…</source>
        <translation>Störung eröffnen…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Open another incident (Ctrl+Shift+N)</source>
        <translation>Eine weitere Störung eröffnen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Management (plain words)</source>
        <translation>Leitung (einfache Worte)</translation>
    </message>
    <message>
        <source>Technical partners</source>
        <translation>Technische Partner</translation>
    </message>
    <message>
        <source>End users (plain words)</source>
        <translation>Endbenutzer (einfache Worte)</translation>
    </message>
    <message>
        <source>First notice</source>
        <translation>Erste Meldung</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Refill from live state</source>
        <translation>Neu aus dem aktuellen Zustand füllen</translation>
    </message>
    <message>
        <source>Fill the template again from what the gateway shows now (the text typed so far is replaced)</source>
        <translation>Die Vorlage erneut aus dem füllen, was das Gateway jetzt zeigt (der bisher getippte Text wird ersetzt)</translation>
    </message>
    <message>
        <source>Notice to:</source>
        <translation>Meldung an:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Click to see it in the draft; double-click to use the plainer wording</source>
        <translation>Klick zeigt die Stelle im Entwurf; Doppelklick übernimmt die einfachere Formulierung</translation>
    </message>
    <message>
        <source>Audience check</source>
        <translation>Zielgruppen-Prüfung</translation>
    </message>
    <message>
        <source>What you did or found, for the timeline</source>
        <translation>Was Sie getan oder gefunden haben, für die Zeitleiste</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Export postmortem…</source>
        <translation>Postmortem exportieren…</translation>
    </message>
    <message>
        <source>Show in Timeline</source>
        <translation>In der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>Every event of the journal on this gateway while the incident ran</source>
        <translation>Alle Ereignisse des Journals zu diesem Gateway, solange die Störung lief</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Zeitleiste der Störung</translation>
    </message>
    <message>
        <source>board@example.org, Ops Team &lt;ops@example.org&gt;</source>
        <translation>board@example.org, Ops Team &lt;ops@example.org&gt;</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the subject and text, to paste into another program</source>
        <translation>Betreff und Text kopieren, um sie in ein anderes Programm einzufügen</translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation>.eml speichern…</translation>
    </message>
    <message>
        <source>Save the message for another mail program</source>
        <translation>Die Nachricht für ein anderes Mailprogramm speichern</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send to the recipients (Ctrl+Return)</source>
        <translation>An die Empfänger senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>The incident store is not open.</source>
        <translation>Der Störungsspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2 (resolved)</source>
        <translation>#%1 %2 (behoben)</translation>
    </message>
    <message>
        <source>Since %1, %2</source>
        <translation>Seit %1, %2</translation>
    </message>
    <message>
        <source>No gateway profile is chosen.</source>
        <translation>Es ist kein Gateway-Profil gewählt.</translation>
    </message>
    <message>
        <source>No incident on %1. When something breaks, open one here or from the Gateway monitor&apos;s alert: its notices start from what the console sees, and its timeline from the journal.</source>
        <translation>Keine Störung auf %1. Wenn etwas kaputtgeht, hier eine eröffnen oder über den Alarm der Gateway-Überwachung: ihre Meldungen beginnen mit dem, was die Konsole sieht, und ihre Zeitleiste mit dem Journal.</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>The draft as saved at %1.</source>
        <translation>Der Entwurf, wie er um %1 gespeichert wurde.</translation>
    </message>
    <message>
        <source>Filled from the gateway&apos;s state at %1.</source>
        <translation>Gefüllt aus dem Zustand des Gateways um %1.</translation>
    </message>
    <message>
        <source>%1 reading ease %2: easy enough for this audience (target %3).</source>
        <translation>Lesbarkeit nach %1 %2: leicht genug für diese Zielgruppe (Ziel %3).</translation>
    </message>
    <message>
        <source>%1 reading ease %2, below the target of %3: use shorter sentences and shorter words.</source>
        <translation>Lesbarkeit nach %1 %2, unter dem Ziel von %3: kürzere Sätze und kürzere Wörter verwenden.</translation>
    </message>
    <message>
        <source>The draft is empty.</source>
        <translation>Der Entwurf ist leer.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>Missing: the time of the next update (partners plan around it)</source>
        <translation>Fehlt: die Uhrzeit der nächsten Meldung (Partner planen danach)</translation>
    </message>
    <message>
        <source>Audience check: passes</source>
        <translation>Zielgruppen-Prüfung: bestanden</translation>
    </message>
    <message>
        <source>Audience check: %1 to look at</source>
        <translation>Zielgruppen-Prüfung: %1 Hinweise</translation>
    </message>
    <message>
        <source>Resolved at %1</source>
        <translation>Behoben um %1</translation>
    </message>
    <message>
        <source>No update planned</source>
        <translation>Keine Aktualisierung geplant</translation>
    </message>
    <message>
        <source>Next update due %1 (in %2)</source>
        <translation>Nächste Meldung fällig um %1 (in %2)</translation>
    </message>
    <message>
        <source>Update overdue since %1</source>
        <translation>Meldung überfällig seit %1</translation>
    </message>
    <message>
        <source>Update due: %1</source>
        <translation>Meldung fällig: %1</translation>
    </message>
    <message>
        <source>The next notice on &quot;%1&quot; was due at %2.</source>
        <translation>Die nächste Meldung zu „%1“ war um %2 fällig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Incident #%1 opened; first notice due by %2.</source>
        <translation>Störung #%1 eröffnet; erste Meldung fällig bis %2.</translation>
    </message>
    <message>
        <source>Incident timeline (%1)</source>
        <translation>Zeitleiste der Störung (%1)</translation>
    </message>
    <message>
        <source>Export the postmortem draft</source>
        <translation>Postmortem-Entwurf exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Postmortem draft written to %1</source>
        <translation>Postmortem-Entwurf nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Nobody to send it to: add recipients.</source>
        <translation>Niemand, an den es gehen soll: Empfänger hinzufügen.</translation>
    </message>
    <message>
        <source>Fix the recipients first.</source>
        <translation>Zuerst die Empfänger korrigieren.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Sende an %1…</translation>
    </message>
    <message>
        <source>Save the notice as a message</source>
        <translation>Die Meldung als Nachricht speichern</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>E-Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <source>Saved as %1: open it in a mail program to send it.</source>
        <translation>Gespeichert als %1: zum Senden in einem Mailprogramm öffnen.</translation>
    </message>
    <message>
        <source>Copied: paste it where your readers will see it.</source>
        <translation>Kopiert: dort einfügen, wo Ihre Leser es sehen.</translation>
    </message>
    <message>
        <source>How it goes out…</source>
        <translation>Versand…</translation>
    </message>
    <message>
        <source>The sender, the relays and webhooks, and the order they are tried in</source>
        <translation>Der Absender, die Relays und Webhooks und die Reihenfolge, in der sie versucht werden</translation>
    </message>
    <message>
        <source>Tell every user…</source>
        <translation>Alle Benutzer informieren…</translation>
    </message>
    <message>
        <source>Once mail flows again: this notice to every mailbox of a list, one message each, through the recovered gateway</source>
        <translation>Sobald Mail wieder fließt: diese Meldung an jedes Postfach einer Liste, je eine Nachricht, über das wiederhergestellte Gateway</translation>
    </message>
    <message>
        <source>Second look…</source>
        <translation>Durchsicht…</translation>
    </message>
    <message>
        <source>Record that you read this notice as it stands: this gateway&apos;s notices go out only after a second look</source>
        <translation>Festhalten, dass Sie diese Meldung so gelesen haben, wie sie dasteht: die Meldungen dieses Gateways gehen erst nach einer Durchsicht hinaus</translation>
    </message>
    <message>
        <source>Not sent: no password for relay %1.</source>
        <translation>Nicht gesendet: kein Passwort für Relay %1.</translation>
    </message>
    <message>
        <source>Notices of %1 now go out by: %2.</source>
        <translation>Meldungen von %1 gehen jetzt hinaus über: %2.</translation>
    </message>
    <message>
        <source>This gateway&apos;s notices go out after a second look: have someone read it first (Second look…)</source>
        <translation>Die Meldungen dieses Gateways gehen nach einer Durchsicht hinaus: lassen Sie die Meldung zuerst von jemandem lesen (Durchsicht…)</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Durchgesehen von %1</translation>
    </message>
    <message>
        <source>Send to the recipients (Ctrl+Return); %1 has read it as it stands</source>
        <translation>An die Empfänger senden (Strg+Eingabe); %1 hat die Meldung so gelesen, wie sie dasteht</translation>
    </message>
    <message>
        <source>%1 took the second look: it may go as it stands.</source>
        <translation>%1 hat die Durchsicht vorgenommen: die Meldung kann so hinausgehen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The preview shows the first %1 KB of %2 KB.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Die Vorschau zeigt die ersten %1 KB von %2 KB.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking %1 KB…</source>
        <translation>%1 KB werden geprüft…</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; (%3): %4</source>
        <translation>Zeile %1: „%2“ (%3): %4</translation>
    </message>
    <message>
        <source>Double-click to put &quot;%1&quot; in its place</source>
        <translation>Doppelklick setzt „%1“ an seine Stelle</translation>
    </message>
    <message>
        <source>… and %1 more words to put plainly</source>
        <translation>… und %1 weitere Wörter, die einfacher gehen</translation>
    </message>
</context>
<context>
    <name>MailOps::SupervisordBackend</name>
    <message>
        <source>the supervisord monitor was stopped</source>
        <translation>die supervisord-Überwachung wurde beendet</translation>
    </message>
    <message>
        <source>supervisord&apos;s reply is too large</source>
        <translation>die Antwort von supervisord ist zu groß</translation>
    </message>
    <message>
        <source>bad reply from supervisord to %1: %2</source>
        <translation>fehlerhafte Antwort von supervisord auf %1: %2</translation>
    </message>
    <message>
        <source>process info without name or state from supervisord</source>
        <translation>Prozessinfo ohne Name oder Zustand von supervisord</translation>
    </message>
    <message>
        <source>getAllProcessInfo did not return a list</source>
        <translation>getAllProcessInfo hat keine Liste geliefert</translation>
    </message>
    <message>
        <source>getAllProcessInfo returned a non-struct entry</source>
        <translation>getAllProcessInfo hat einen Eintrag geliefert, der kein struct ist</translation>
    </message>
    <message>
        <source>unexpected reply to a log tail request</source>
        <translation>unerwartete Antwort auf eine Anfrage nach dem Log-Ende</translation>
    </message>
</context>
<context>
    <name>MailOps::SystemdBackend</name>
    <message>
        <source>no transport to the gateway</source>
        <translation>kein Transport zum Gateway</translation>
    </message>
</context>
<context>
    <name>MailOps::SystemdShowParser</name>
    <message>
        <source>systemctl printed %1 bytes, more than the %2 allowed</source>
        <translation>systemctl hat %1 Bytes ausgegeben, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>line %1 of systemctl output is too long</source>
        <translation>Zeile %1 der Ausgabe von systemctl ist zu lang</translation>
    </message>
    <message>
        <source>line %1 of systemctl output is not KEY=value: %2</source>
        <translation>Zeile %1 der Ausgabe von systemctl hat nicht die Form KEY=value: %2</translation>
    </message>
    <message>
        <source>line %1 of systemctl output has a bad property name</source>
        <translation>Zeile %1 der Ausgabe von systemctl hat einen ungültigen Property-Namen</translation>
    </message>
    <message>
        <source>line %1: a second Id in one unit block</source>
        <translation>Zeile %1: eine zweite Id in einem Unit-Block</translation>
    </message>
    <message>
        <source>more than 10000 units</source>
        <translation>mehr als 10000 Units</translation>
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
<context>
    <name>MailOps::TimelinePanel</name>
    <message>
        <source>The journal could not be opened, so nothing seen or done is being recorded. Check that the data directory is writable and start the console again.</source>
        <translation>Das Journal konnte nicht geöffnet werden, daher wird nichts aufgezeichnet, was gesehen oder getan wird. Prüfen, ob das Datenverzeichnis beschreibbar ist, und die Konsole neu starten.</translation>
    </message>
    <message>
        <source>Which module or kind of event to show</source>
        <translation>Welches Modul oder welche Art von Ereignis gezeigt wird</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Notices and worse</source>
        <translation>Hinweise und schlimmer</translation>
    </message>
    <message>
        <source>Warnings and worse</source>
        <translation>Warnungen und schlimmer</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritische</translation>
    </message>
    <message>
        <source>Find in summaries, kinds and queue IDs…</source>
        <translation>In Texten, Arten und Queue-IDs suchen…</translation>
    </message>
    <message>
        <source>Export as postmortem…</source>
        <translation>Als Postmortem exportieren…</translation>
    </message>
    <message>
        <source>The events shown, oldest first, as Markdown, JSON or text</source>
        <translation>Die gezeigten Ereignisse, älteste zuerst, als Markdown, JSON oder Text</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Alle Ereignisse zeigen</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Ein Ereignis auswählen, um seine Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Zeitleiste: %1</translation>
    </message>
    <message>
        <source>Show message %1 in the Gateway monitor</source>
        <translation>Nachricht %1 in der Gateway-Überwachung zeigen</translation>
    </message>
    <message>
        <source>Show in the Gateway monitor</source>
        <translation>In der Gateway-Überwachung zeigen</translation>
    </message>
    <message>
        <source>Show the incident in Status broadcast</source>
        <translation>Die Störung in den Statusmeldungen zeigen</translation>
    </message>
    <message>
        <source>Show Diagnostics</source>
        <translation>Diagnose zeigen</translation>
    </message>
    <message>
        <source>Diagnose %1 again</source>
        <translation>%1 erneut diagnostizieren</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>All gateways</source>
        <translation>Alle Gateways</translation>
    </message>
    <message>
        <source>Incident #%1 &quot;%2&quot;: from %3 to %4</source>
        <translation>Störung #%1 „%2“: von %3 bis %4</translation>
    </message>
    <message>
        <source>Incident #%1 &quot;%2&quot;: since %3</source>
        <translation>Störung #%1 „%2“: seit %3</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Kein Ereignis passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Restarts, crash loops, queue alerts, held messages, queue actions and diagnoses appear here as they happen.</source>
        <translation>Noch nichts aufgezeichnet. Neustarts, Absturzschleifen, Warteschlangen-Alarme, angehaltene Nachrichten, Aktionen auf der Warteschlange und Diagnosen erscheinen hier, sobald sie passieren.</translation>
    </message>
    <message>
        <source>The newest %1 events; more load as you scroll.</source>
        <translation>Die neuesten %1 Ereignisse; beim Scrollen werden weitere geladen.</translation>
    </message>
    <message>
        <source>1 event.</source>
        <translation>1 Ereignis.</translation>
    </message>
    <message>
        <source>%1 events.</source>
        <translation>%1 Ereignisse.</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation>Gateway: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Kind: %1, %2</source>
        <translation>Art: %1, %2</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Timeline from %1 to %2 UTC</source>
        <translation>Zeitleiste von %1 bis %2 UTC</translation>
    </message>
    <message>
        <source>Timeline of %1 from %2 to %3 UTC</source>
        <translation>Zeitleiste von %1 von %2 bis %3 UTC</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;Text (*.txt)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Text (*.txt)</translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation>Zeitleiste nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>MailOps::TlsaCheck</name>
    <message>
        <source>unknown usage %1</source>
        <translation>unbekannte Usage %1</translation>
    </message>
    <message>
        <source>unknown selector %1</source>
        <translation>unbekannter Selector %1</translation>
    </message>
    <message>
        <source>unknown matching type %1</source>
        <translation>unbekannter Matching Type %1</translation>
    </message>
    <message>
        <source>%1 has no TLSA record: DANE is not used for this host</source>
        <translation>%1 hat keinen TLSA-Record: für diesen Host wird DANE nicht verwendet</translation>
    </message>
    <message>
        <source>the TLSA record %1 could not be looked up: %2; a DANE-aware sender will defer mail to this host</source>
        <translation>der TLSA-Record %1 konnte nicht abgefragt werden: %2; ein Absender mit DANE-Unterstützung stellt Mail an diesen Host zurück</translation>
    </message>
    <message>
        <source>%1: %2 TLSA record(s), validated by DNSSEC (AD)</source>
        <translation>%1: %2 TLSA-Record(s), per DNSSEC validiert (AD)</translation>
    </message>
    <message>
        <source>%1: %2 TLSA record(s), but the answer is not DNSSEC-validated (no AD flag): senders ignore DANE without DNSSEC</source>
        <translation>%1: %2 TLSA-Record(s), aber die Antwort ist nicht per DNSSEC validiert (kein AD-Flag): Absender ignorieren DANE ohne DNSSEC</translation>
    </message>
</context>
<context>
    <name>MailOps::Transport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MailOps::WebhookPayload</name>
    <message>
        <source>The notice is %1 bytes as a %2 message; %2 takes at most %3.</source>
        <translation>Die Meldung hat als %2-Nachricht %1 Bytes; %2 nimmt höchstens %3 an.</translation>
    </message>
    <message>
        <source>The notice is %1 characters; %2 takes at most %3 in one message.</source>
        <translation>Die Meldung hat %1 Zeichen; %2 nimmt höchstens %3 in einer Nachricht an.</translation>
    </message>
</context>
<context>
    <name>MailOps::WebhookPost</name>
    <message>
        <source>The webhook URL is not a valid URL.</source>
        <translation>Die Webhook-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The webhook URL for %1 uses http://: the URL is a secret and would travel in clear; use https://.</source>
        <translation>Die Webhook-URL für %1 verwendet http://: die URL ist geheim und ginge im Klartext durchs Netz; https:// verwenden.</translation>
    </message>
    <message>
        <source>The webhook URL for %1 is not an https:// URL.</source>
        <translation>Die Webhook-URL für %1 ist keine https://-URL.</translation>
    </message>
    <message>
        <source>%1 webhook at %2</source>
        <translation>%1-Webhook bei %2</translation>
    </message>
    <message>
        <source>: &quot;%1&quot;</source>
        <translation>: „%1“</translation>
    </message>
    <message>
        <source>The %1 answered %2 but reported an error%3.</source>
        <translation>Der %1 antwortete mit %2, meldete aber einen Fehler%3.</translation>
    </message>
    <message>
        <source>The %1 answered with a redirect (%2); a webhook is never followed elsewhere.</source>
        <translation>Der %1 antwortete mit einer Weiterleitung (%2); einer Weiterleitung wird bei Webhooks nie gefolgt.</translation>
    </message>
    <message numerus="yes">
        <source>, retry after %n s</source>
        <translation>
            <numerusform>, erneuter Versuch nach %n s</numerusform>
            <numerusform>, erneuter Versuch nach %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is rate-limiting: %2 (too many requests)%3%4.</source>
        <translation>Der %1 drosselt die Anfragen: %2 (zu viele Anfragen)%3%4.</translation>
    </message>
    <message>
        <source>The %1 refused the notice: %2%3.</source>
        <translation>Der %1 hat die Meldung abgelehnt: %2%3.</translation>
    </message>
    <message>
        <source>The %1 gave no HTTP answer that can be read.</source>
        <translation>Der %1 gab keine lesbare HTTP-Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 did not answer within %n s.</source>
        <translation>
            <numerusform>Der %1 hat nicht innerhalb von %n s geantwortet.</numerusform>
            <numerusform>Der %1 hat nicht innerhalb von %n s geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 did not answer within %2 ms.</source>
        <translation>Der %1 hat nicht innerhalb von %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>The %1 refused the connection.</source>
        <translation>Der %1 hat die Verbindung abgewiesen.</translation>
    </message>
    <message>
        <source>The %1 cannot be reached: %2 was not found in DNS.</source>
        <translation>Der %1 ist nicht erreichbar: %2 wurde im DNS nicht gefunden.</translation>
    </message>
    <message>
        <source>The %1 failed the TLS handshake; its certificate is not trusted here.</source>
        <translation>Der TLS-Handshake mit dem %1 ist fehlgeschlagen; seinem Zertifikat wird hier nicht vertraut.</translation>
    </message>
    <message>
        <source>The %1 closed the connection without an answer.</source>
        <translation>Der %1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The %1 could not be reached (network error %2).</source>
        <translation>Der %1 war nicht erreichbar (Netzwerkfehler %2).</translation>
    </message>
</context>
<context>
    <name>MailOps::Worker</name>
    <message>
        <source>Mail servers (MX) of %1</source>
        <translation>Mailserver (MX) von %1</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS</source>
        <translation>Die Domain %1 existiert nicht im DNS</translation>
    </message>
    <message>
        <source>Its DNS servers answer NXDOMAIN: no sender can find a mail server for it. Check the spelling, the registration and the delegation of the domain.</source>
        <translation>Ihre DNS-Server antworten NXDOMAIN: kein Absender kann einen Mailserver für sie finden. Schreibweise, Registrierung und Delegation der Domain prüfen.</translation>
    </message>
    <message>
        <source>The DNS lookup of %1&apos;s mail servers failed</source>
        <translation>Die DNS-Abfrage der Mailserver von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1. This is not the same as &quot;no mail server&quot;: the DNS servers asked did not give an answer, so nothing could be checked further.</source>
        <translation>%1. Das ist nicht dasselbe wie „kein Mailserver“: die gefragten DNS-Server gaben keine Antwort, daher konnte nichts weiter geprüft werden.</translation>
    </message>
    <message>
        <source>%1 says it accepts no mail at all (null MX)</source>
        <translation>%1 erklärt, überhaupt keine Mail anzunehmen (Null-MX)</translation>
    </message>
    <message>
        <source>The domain publishes &quot;MX 0 .&quot; (RFC 7505): every sender is told to give up. Remove it if the domain should receive mail.</source>
        <translation>Die Domain veröffentlicht „MX 0 .“ (RFC 7505): jedem Absender wird gesagt, aufzugeben. Entfernen, wenn die Domain Mail erhalten soll.</translation>
    </message>
    <message>
        <source>%1 has no reachable mail server in DNS</source>
        <translation>%1 hat keinen erreichbaren Mailserver im DNS</translation>
    </message>
    <message>
        <source>reachable, greets, accepts mail</source>
        <translation>erreichbar, grüßt, nimmt Mail an</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse-DNS</translation>
    </message>
    <message>
        <source>reverse DNS: %1</source>
        <translation>Reverse-DNS: %1</translation>
    </message>
    <message>
        <source>SMTP on port %1</source>
        <translation>SMTP auf Port %1</translation>
    </message>
    <message>
        <source>Another MX of the domain accepts mail, so mail still arrives, but senders that try this one first are delayed.</source>
        <translation>Ein anderer MX der Domain nimmt Mail an, also kommt Mail noch an, aber Absender, die es zuerst bei diesem versuchen, werden verzögert.</translation>
    </message>
    <message>
        <source>No mail server of %1 accepts mail for it from here</source>
        <translation>Kein Mailserver von %1 nimmt von hier aus Mail für die Domain an</translation>
    </message>
    <message>
        <source>Every MX address was tried; see the findings above for why each one failed.</source>
        <translation>Jede MX-Adresse wurde versucht; warum jede fehlschlug, steht in den Befunden oben.</translation>
    </message>
    <message>
        <source>Blocklists (DNSBL)</source>
        <translation>Blocklisten (DNSBL)</translation>
    </message>
    <message>
        <source>%1 addresses against %2 lists</source>
        <translation>%1 Adressen gegen %2 Listen</translation>
    </message>
    <message>
        <source>no address to check</source>
        <translation>keine Adresse zum Prüfen</translation>
    </message>
    <message>
        <source>not listed on any working list</source>
        <translation>auf keiner funktionierenden Liste gelistet</translation>
    </message>
    <message>
        <source>listed on %1</source>
        <translation>gelistet auf %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 is listed on %2</source>
        <translation>%1 ist gelistet auf %2</translation>
    </message>
    <message>
        <source>Receivers that use these lists reject mail from this address.</source>
        <translation>Empfänger, die diese Listen nutzen, lehnen Mail von dieser Adresse ab.</translation>
    </message>
    <message>
        <source>The blocklist %1 is dead: it lists every address</source>
        <translation>Die Blockliste %1 ist tot: sie listet jede Adresse</translation>
    </message>
    <message>
        <source>no address is listed on a working list</source>
        <translation>keine Adresse ist auf einer funktionierenden Liste gelistet</translation>
    </message>
    <message>
        <source>dead lists: %1</source>
        <translation>tote Listen: %1</translation>
    </message>
    <message>
        <source>SPF of %1</source>
        <translation>SPF von %1</translation>
    </message>
    <message>
        <source>no address to evaluate</source>
        <translation>keine Adresse zum Auswerten</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 für %2: %3</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken (permerror)</source>
        <translation>Der SPF-Record von %1 ist kaputt (permerror)</translation>
    </message>
    <message>
        <source>%1 Receivers that enforce SPF may reject or junk this domain&apos;s mail.</source>
        <translation>%1 Empfänger, die SPF durchsetzen, lehnen Mail dieser Domain womöglich ab oder sortieren sie als Spam aus.</translation>
    </message>
    <message>
        <source>SPF of %1 does not allow %2 to send for it</source>
        <translation>SPF von %1 erlaubt %2 nicht, für die Domain zu senden</translation>
    </message>
    <message>
        <source>DMARC of %1</source>
        <translation>DMARC von %1</translation>
    </message>
    <message>
        <source>The DMARC record of %1 has a syntax error</source>
        <translation>Der DMARC-Record von %1 hat einen Syntaxfehler</translation>
    </message>
    <message>
        <source>Sending host</source>
        <translation>Sendender Host</translation>
    </message>
    <message>
        <source>give the sending IP to compare HELO and PTR</source>
        <translation>die sendende IP angeben, um HELO und PTR zu vergleichen</translation>
    </message>
    <message>
        <source>Sending host %1</source>
        <translation>Sendender Host %1</translation>
    </message>
    <message>
        <source>The sending address %1 has no reverse DNS (PTR)</source>
        <translation>Die sendende Adresse %1 hat kein Reverse-DNS (PTR)</translation>
    </message>
    <message>
        <source>Many receivers tempfail or reject mail from addresses without a PTR record (450 4.7.1 &quot;cannot find your hostname&quot;). Ask whoever runs the address block to publish one that resolves back to it.</source>
        <translation>Viele Empfänger antworten mit Tempfail oder lehnen Mail von Adressen ohne PTR-Record ab (450 4.7.1 „cannot find your hostname“). Den Betreiber des Adressblocks bitten, einen zu veröffentlichen, der sich wieder in die Adresse auflöst.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 is not confirmed (forged PTR)</source>
        <translation>Das Reverse-DNS von %1 ist nicht bestätigt (gefälschter PTR)</translation>
    </message>
    <message>
        <source>%1 Receivers that require forward-confirmed reverse DNS will refuse this sender.</source>
        <translation>%1 Empfänger, die forward-confirmed Reverse-DNS verlangen, werden diesen Absender abweisen.</translation>
    </message>
    <message>
        <source>MTA-STS of %1</source>
        <translation>MTA-STS von %1</translation>
    </message>
    <message>
        <source>no MTA-STS policy published (optional)</source>
        <translation>keine MTA-STS-Policy veröffentlicht (optional)</translation>
    </message>
    <message>
        <source>the TXT record announces a policy, but %1 has no address%2</source>
        <translation>der TXT-Record kündigt eine Policy an, aber %1 hat keine Adresse%2</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 cannot be fetched</source>
        <translation>Die MTA-STS-Policy von %1 kann nicht abgerufen werden</translation>
    </message>
    <message>
        <source>the TXT record announces a policy, but it cannot be fetched: %1</source>
        <translation>der TXT-Record kündigt eine Policy an, aber sie kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>%1. Senders that cached an older policy keep applying it; new senders ignore MTA-STS for this domain.</source>
        <translation>%1. Absender, die eine ältere Policy zwischengespeichert haben, wenden sie weiter an; neue Absender ignorieren MTA-STS für diese Domain.</translation>
    </message>
    <message>
        <source>mode %1, %2 MX pattern(s), max_age %3 s</source>
        <translation>mode %1, %2 MX-Muster, max_age %3 s</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 does not list its MX %2</source>
        <translation>Die MTA-STS-Policy von %1 führt ihren MX %2 nicht auf</translation>
    </message>
    <message>
        <source>In enforce mode, senders that honour MTA-STS refuse to deliver to an MX the policy does not name.</source>
        <translation>Im Modus enforce verweigern Absender, die MTA-STS beachten, die Zustellung an einen MX, den die Policy nicht nennt.</translation>
    </message>
    <message>
        <source>DNSSEC of %1</source>
        <translation>DNSSEC von %1</translation>
    </message>
    <message>
        <source>DANE (TLSA) of the mail servers</source>
        <translation>DANE (TLSA) der Mailserver</translation>
    </message>
    <message>
        <source>Name servers of %1 agree</source>
        <translation>Nameserver von %1 stimmen überein</translation>
    </message>
    <message>
        <source>Mail ports of the mail servers</source>
        <translation>Mail-Ports der Mailserver</translation>
    </message>
    <message>
        <source>whether this gateway&apos;s policy queries it is unknown (%1)</source>
        <translation>ob die Richtlinie dieses Gateways sie abfragt, ist unbekannt (%1)</translation>
    </message>
    <message>
        <source>this gateway&apos;s policy does not query it</source>
        <translation>die Richtlinie dieses Gateways fragt sie nicht ab</translation>
    </message>
    <message>
        <source>used by this gateway&apos;s policy (%1)</source>
        <translation>von der Richtlinie dieses Gateways genutzt (%1)</translation>
    </message>
    <message>
        <source>postconf did not answer in time</source>
        <translation>postconf hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>postconf exited with status %1</source>
        <translation>postconf endete mit Status %1</translation>
    </message>
    <message>
        <source>postconf exited with status %1: %2</source>
        <translation>postconf endete mit Status %1: %2</translation>
    </message>
    <message>
        <source>postconf printed no settings</source>
        <translation>postconf hat keine Einstellungen ausgegeben</translation>
    </message>
    <message>
        <source>working; %1</source>
        <translation>funktioniert; %1</translation>
    </message>
    <message>
        <source>DEAD: lists every address; %1</source>
        <translation>TOT: listet jede Adresse; %1</translation>
    </message>
    <message>
        <source>refuses queries from here, so its answers mean nothing; %1</source>
        <translation>verweigert Anfragen von hier, ihre Antworten sagen also nichts; %1</translation>
    </message>
    <message>
        <source>does not list the test address 127.0.0.2; %1</source>
        <translation>listet die Testadresse 127.0.0.2 nicht; %1</translation>
    </message>
    <message>
        <source>its test points could not be checked; %1</source>
        <translation>ihre Testpunkte ließen sich nicht prüfen; %1</translation>
    </message>
    <message>
        <source>It lists the test address 127.0.0.1, which no working list does (RFC 5782).</source>
        <translation>Sie listet die Testadresse 127.0.0.1, was keine funktionierende Liste tut (RFC 5782).</translation>
    </message>
    <message>
        <source>Anyone who still uses it rejects ALL mail. Whether this gateway&apos;s policy queries it is unknown (%1): remove it from every configuration that queries it.</source>
        <translation>Wer sie noch nutzt, lehnt ALLE Mail ab. Ob die Richtlinie dieses Gateways sie abfragt, ist unbekannt (%1): aus jeder Konfiguration entfernen, die sie abfragt.</translation>
    </message>
    <message>
        <source>The blocklist %1 is dead; this gateway&apos;s policy does not query it</source>
        <translation>Die Blockliste %1 ist tot; die Richtlinie dieses Gateways fragt sie nicht ab</translation>
    </message>
    <message>
        <source>This gateway&apos;s Postfix policy does not query it, so it rejects no mail here: remove it from the profile&apos;s lists. Anyone else who still uses it rejects ALL mail.</source>
        <translation>Die Postfix-Richtlinie dieses Gateways fragt sie nicht ab, hier lehnt sie also keine Mail ab: aus den Listen des Profils entfernen. Wer sie sonst noch nutzt, lehnt ALLE Mail ab.</translation>
    </message>
    <message>
        <source>The blocklist %1 is dead and this gateway&apos;s postscreen scores every client with it</source>
        <translation>Die Blockliste %1 ist tot, und postscreen auf diesem Gateway bewertet damit jeden Client</translation>
    </message>
    <message>
        <source>The blocklist %1 is dead and this gateway&apos;s policy queries it: mail is rejected here</source>
        <translation>Die Blockliste %1 ist tot, und die Richtlinie dieses Gateways fragt sie ab: Hier wird Mail abgelehnt</translation>
    </message>
    <message>
        <source>It is used by this gateway&apos;s policy (%1), so this gateway treats every client as listed and refuses its mail. Remove it from %1 now.</source>
        <translation>Die Richtlinie dieses Gateways nutzt sie (%1), also gilt hier jeder Client als gelistet und seine Mail wird abgelehnt. Sofort aus %1 entfernen.</translation>
    </message>
    <message>
        <source>The allowlist %1 is dead and this gateway&apos;s policy queries it: every client is let through</source>
        <translation>Die Allowlist %1 ist tot, und die Richtlinie dieses Gateways fragt sie ab: Jeder Client wird durchgelassen</translation>
    </message>
    <message>
        <source>It is used by this gateway&apos;s policy (%1), so every client skips the checks after it, spammers included. Remove it from %1 now.</source>
        <translation>Die Richtlinie dieses Gateways nutzt sie (%1), also überspringt jeder Client die folgenden Prüfungen, Spammer eingeschlossen. Sofort aus %1 entfernen.</translation>
    </message>
    <message>
        <source>The blocklist %1 is dead; this gateway&apos;s policy only logs its answers (warn_if_reject)</source>
        <translation>Die Blockliste %1 ist tot; die Richtlinie dieses Gateways protokolliert ihre Antworten nur (warn_if_reject)</translation>
    </message>
    <message>
        <source>It is used by this gateway&apos;s policy (%1) behind warn_if_reject: every client is logged as listed, none is rejected. Remove it from %1 and from the profile&apos;s lists.</source>
        <translation>Die Richtlinie dieses Gateways nutzt sie (%1) hinter warn_if_reject: Jeder Client wird als gelistet protokolliert, keiner abgelehnt. Aus %1 und aus den Listen des Profils entfernen.</translation>
    </message>
    <message>
        <source>policy unknown: %1</source>
        <translation>Richtlinie unbekannt: %1</translation>
    </message>
    <message>
        <source>not in the output of %1</source>
        <translation>nicht in der Ausgabe von %1</translation>
    </message>
    <message>
        <source>%1: %2 settings read</source>
        <translation>%1: %2 Einstellungen gelesen</translation>
    </message>
    <message>
        <source>this gateway&apos;s policy is unknown: %1</source>
        <translation>die Richtlinie dieses Gateways ist unbekannt: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>advice: %1</source>
        <translation>Rat: %1</translation>
    </message>
    <message>
        <source>The DMARC record of %1 has slips receivers step over; they apply p=%2</source>
        <translation>Der DMARC-Record von %1 hat Fehler, über die Empfänger hinweggehen; sie wenden p=%2 an</translation>
    </message>
    <message>
        <source>%1 publishes a DMARC record receivers discard</source>
        <translation>%1 veröffentlicht einen DMARC-Record, den Empfänger verwerfen</translation>
    </message>
    <message>
        <source>signed by %1; the resolver asked validated it</source>
        <translation>signiert von %1; der befragte Resolver hat es validiert</translation>
    </message>
    <message>
        <source>signed by %1; not validated here (the resolver asked does not validate)</source>
        <translation>signiert von %1; hier nicht validiert (der befragte Resolver validiert nicht)</translation>
    </message>
    <message>
        <source>The DNSSEC signatures of %1 do not verify</source>
        <translation>Die DNSSEC-Signaturen von %1 lassen sich nicht verifizieren</translation>
    </message>
    <message>
        <source>Validating resolvers, which most large mail providers use, treat its records as missing, so their senders find no mail server. Re-sign the zone, or fix the DS record at the parent.</source>
        <translation>Validierende Resolver, wie sie die meisten großen Mail-Provider verwenden, behandeln seine Records als nicht vorhanden, also finden deren Absender keinen Mailserver. Die Zone neu signieren oder den DS-Record bei der Elternzone korrigieren.</translation>
    </message>
    <message>
        <source>not signed (no DNSSEC)</source>
        <translation>nicht signiert (kein DNSSEC)</translation>
    </message>
    <message>
        <source>no mail server to look up</source>
        <translation>kein Mailserver nachzuschlagen</translation>
    </message>
    <message>
        <source>no TLSA records: senders that use DANE fall back to opportunistic TLS</source>
        <translation>keine TLSA-Records: Absender mit DANE fallen auf opportunistisches TLS zurück</translation>
    </message>
    <message>
        <source>%1 of %2 servers publish TLSA records; not DNSSEC-validated here, and DANE senders ignore records they cannot validate</source>
        <translation>%1 von %2 Servern veröffentlichen TLSA-Records; hier nicht per DNSSEC validiert, und DANE-Absender ignorieren Records, die sie nicht validieren können</translation>
    </message>
    <message>
        <source>%1 of %2 servers publish validated TLSA records</source>
        <translation>%1 von %2 Servern veröffentlichen validierte TLSA-Records</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>no SOA: %1</source>
        <translation>kein SOA: %1</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>none of its %1 name servers answered from here</source>
        <translation>keiner seiner %1 Nameserver hat von hier aus geantwortet</translation>
    </message>
    <message>
        <source>The name servers of %1 give different answers</source>
        <translation>Die Nameserver von %1 geben unterschiedliche Antworten</translation>
    </message>
    <message>
        <source>%1 Senders see one answer or the other depending on the server they ask: a change of the MX records has not reached every server. Check the zone transfers (NOTIFY, AXFR/IXFR) to the secondaries.</source>
        <translation>%1 Absender sehen die eine oder die andere Antwort, je nachdem, welchen Server sie fragen: eine Änderung der MX-Records ist nicht bei jedem Server angekommen. Die Zonentransfers (NOTIFY, AXFR/IXFR) zu den Secondaries prüfen.</translation>
    </message>
    <message>
        <source>SMTP, submission and submissions, from here</source>
        <translation>SMTP, Submission und Submissions, von hier aus</translation>
    </message>
    <message>
        <source>no mail server to probe</source>
        <translation>kein Mailserver zu prüfen</translation>
    </message>
    <message>
        <source>no address to probe</source>
        <translation>keine Adresse zu prüfen</translation>
    </message>
    <message>
        <source>%1 servers probed</source>
        <translation>%1 Server geprüft</translation>
    </message>
</context>
<context>
    <name>MailOps::XmlRpc</name>
    <message>
        <source>XML-RPC response of %1 bytes is larger than allowed</source>
        <translation>XML-RPC-Antwort mit %1 Bytes ist größer als erlaubt</translation>
    </message>
    <message>
        <source>empty XML-RPC response</source>
        <translation>leere XML-RPC-Antwort</translation>
    </message>
</context>
<context>
    <name>MailOps::ZoomableChartView</name>
    <message>
        <source>Drag to zoom, wheel to zoom, Shift+drag or arrow keys to pan, Home or right click to reset</source>
        <translation>Ziehen oder Mausrad zum Zoomen, Umschalt+Ziehen oder Pfeiltasten zum Verschieben, Pos1 oder Rechtsklick zum Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>QueueAlertPolicy</name>
    <message>
        <source>The queue holds %1 messages</source>
        <translation>Die Warteschlange enthält %1 Nachrichten</translation>
    </message>
    <message>
        <source>The deferred queue holds %1 messages</source>
        <translation>Die Warteschlange deferred enthält %1 Nachrichten</translation>
    </message>
    <message>
        <source>The hold queue holds %1 messages</source>
        <translation>Die Warteschlange hold enthält %1 Nachrichten</translation>
    </message>
    <message>
        <source>Deferred queue grew by %1 messages in %2 min (%3/min)</source>
        <translation>Die Warteschlange deferred wuchs in %2 min um %1 Nachrichten (%3/min)</translation>
    </message>
    <message>
        <source>Mail queue</source>
        <translation>Mail-Warteschlange</translation>
    </message>
    <message>
        <source>Deferred queue</source>
        <translation>Warteschlange deferred</translation>
    </message>
    <message>
        <source>Hold queue</source>
        <translation>Warteschlange hold</translation>
    </message>
    <message>
        <source>Deferred queue growth</source>
        <translation>Wachstum der Warteschlange deferred</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>%1: critical</source>
        <translation>%1: kritisch</translation>
    </message>
    <message>
        <source>%1: warning</source>
        <translation>%1: Warnung</translation>
    </message>
    <message>
        <source>%1; critical at %2%3.</source>
        <translation>%1; kritisch ab %2%3.</translation>
    </message>
    <message>
        <source>%1; warning at %2%3.</source>
        <translation>%1; Warnung ab %2%3.</translation>
    </message>
    <message>
        <source>%1: back to normal</source>
        <translation>%1: wieder normal</translation>
    </message>
    <message>
        <source>%1; under %2%3 again.</source>
        <translation>%1; wieder unter %2%3.</translation>
    </message>
    <message>
        <source>%1: down to warning</source>
        <translation>%1: zurück auf Warnung</translation>
    </message>
    <message>
        <source>%1; under the critical level of %2%3.</source>
        <translation>%1; unter der kritischen Schwelle von %2%3.</translation>
    </message>
    <message>
        <source>%1: limits must lie between 0 and %2.</source>
        <translation>%1: Grenzwerte müssen zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <source>%1: the critical limit (%2) is below the warning limit (%3).</source>
        <translation>%1: der kritische Grenzwert (%2) liegt unter dem Warngrenzwert (%3).</translation>
    </message>
    <message>
        <source>Queue total</source>
        <translation>Warteschlange gesamt</translation>
    </message>
    <message>
        <source>The growth window must be 1 to %1 minutes.</source>
        <translation>Das Zeitfenster für das Wachstum muss 1 bis %1 Minuten betragen.</translation>
    </message>
    <message>
        <source>The clear ratio must be above 0 and at most 1.</source>
        <translation>Der Entwarnungsfaktor muss größer als 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <source>Clearing after 1 to %1 samples is allowed.</source>
        <translation>Entwarnung ist nach 1 bis %1 Messwerten erlaubt.</translation>
    </message>
    <message>
        <source>Queue alerts: %1 = &quot;%2&quot; is not valid; using the default.</source>
        <translation>Warteschlangen-Alarme: %1 = „%2“ ist ungültig; die Vorgabe wird verwendet.</translation>
    </message>
    <message>
        <source>Queue alerts: the %1 critical limit (%2) is below its warning limit (%3); using the defaults.</source>
        <translation>Warteschlangen-Alarme: der kritische Grenzwert für %1 (%2) liegt unter seinem Warngrenzwert (%3); die Vorgaben werden verwendet.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>die ganze Warteschlange</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>hold</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>das Wachstum von deferred</translation>
    </message>
</context>
<context>
    <name>QueueCheck</name>
    <message>
        <source>%1 messages (active %2, deferred %3, hold %4, incoming %5)</source>
        <translation>%1 Nachrichten (active %2, deferred %3, hold %4, incoming %5)</translation>
    </message>
</context>
<context>
    <name>QueueDepthSeries</name>
    <message>
        <source>the deferred queue</source>
        <translation>die Warteschlange deferred</translation>
    </message>
</context>
<context>
    <name>QueueScanReport</name>
    <message>
        <source>not fetched: %1</source>
        <translation>nicht abgerufen: %1</translation>
    </message>
    <message>
        <source>%1 (%2, from %3): %4</source>
        <translation>%1 (%2, von %3): %4</translation>
    </message>
    <message>
        <source>%1 messages scanned, %2 malformed</source>
        <translation>%1 Nachrichten geprüft, %2 fehlerhaft</translation>
    </message>
</context>
<context>
    <name>RejectRateSeries</name>
    <message>
        <source>tempfail</source>
        <translation>Tempfail</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>reject %1</source>
        <translation>Ablehnung %1</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>deferred (tempfail)</source>
        <translation>zurückgestellt (Tempfail)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>  rejected: %1</source>
        <translation>  abgelehnt: %1</translation>
    </message>
    <message>
        <source>  DSN %1</source>
        <translation>  DSN %1</translation>
    </message>
    <message>
        <source>tempfails</source>
        <translation>Tempfails</translation>
    </message>
    <message>
        <source>rejects</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>Bounces</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>empty tag (&quot;;;&quot;) in &quot;%1&quot;</source>
        <translation>leerer Tag („;;“) in „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not tag=value</source>
        <translation>„%1“ hat nicht die Form tag=value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag name</source>
        <translation>„%1“ ist kein gültiger Tag-Name</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; appears twice</source>
        <translation>der Tag „%1“ kommt zweimal vor</translation>
    </message>
</context>
</TS>

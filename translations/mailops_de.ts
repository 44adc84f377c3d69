<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DnsServer</name>
    <message>
        <source>&quot;%1&quot; is not a DNS server address (expected ADDRESS or ADDRESS:PORT)</source>
        <translation>„%1“ ist keine DNS-Serveradresse (erwartet ADRESSE oder ADRESSE:PORT)</translation>
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
        <source>&quot;%1&quot; is not a report URI (expected mailto:address)</source>
        <translation>„%1“ ist keine Report-URI (erwartet mailto:adresse)</translation>
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
        <source>Port to try on each MX (default 25).</source>
        <translation>An jedem MX zu versuchender Port (Vorgabe 25).</translation>
    </message>
    <message>
        <source>Blocklists to check, comma-separated.</source>
        <translation>Zu prüfende Blocklisten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Take DNS server, SMTP port and blocklists from this gateway profile.</source>
        <translation>DNS-Server, SMTP-Port und Blocklisten aus diesem Gateway-Profil nehmen.</translation>
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
        <source>Usage: mailops [options]            open the console
       mailops COMMAND [options]    run a command without a display

Console options:
  --profile NAME      open on this gateway profile
  --panel N           open on panel N (1-5)
  --theme MODE        system, light or dark
  --screenshot FILE   save a picture of the window and quit
  --diagnose DOMAIN   open on Diagnostics and run &quot;why is mail not arriving?&quot;

Commands:
</source>
        <translation>Aufruf: mailops [Optionen]            die Konsole öffnen
        mailops BEFEHL [Optionen]     einen Befehl ohne Bildschirm ausführen

Konsolen-Optionen:
  --profile NAME      mit diesem Gateway-Profil öffnen
  --panel N           mit Bereich N (1-5) öffnen
  --theme MODUS       system, light oder dark
  --screenshot DATEI  ein Bild des Fensters speichern und beenden
  --diagnose DOMAIN   Diagnose öffnen und „Warum kommt keine Mail an?“ starten

Befehle:
</translation>
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
        <source>Monitoring-plugin checks (Nagios/Icinga): one status line with perfdata, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
  services  restarts per service (thresholds: restarts)
  queue     messages in the queue (thresholds: messages)
  log       events of --class in the mail log&apos;s last --minutes (thresholds: events)</source>
        <translation>Prüfungen als Monitoring-Plugin (Nagios/Icinga): eine Statuszeile mit perfdata, Exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
  services  Neustarts je Dienst (Schwellen: Neustarts)
  queue     Nachrichten in der Warteschlange (Schwellen: Nachrichten)
  log       Ereignisse von --class in den letzten --minutes des Mail-Logs (Schwellen: Ereignisse)</translation>
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
        <source>%1 messages scanned, %2 malformed</source>
        <translation>%1 Nachrichten geprüft, %2 fehlerhaft</translation>
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
        <source>Checking %1…</source>
        <translation>Prüfe %1 …</translation>
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
        <source>pct=%1 is not a number from 0 to 100</source>
        <translation>pct=%1 ist keine Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>%1=%2 is not r (relaxed) or s (strict)</source>
        <translation>%1=%2 ist weder r (relaxed) noch s (strict)</translation>
    </message>
    <message>
        <source>rua: %1</source>
        <translation>rua: %1</translation>
    </message>
    <message>
        <source>ruf: %1</source>
        <translation>ruf: %1</translation>
    </message>
    <message>
        <source>fo=%1: &quot;%2&quot; is not 0, 1, d or s</source>
        <translation>fo=%1: „%2“ ist nicht 0, 1, d oder s</translation>
    </message>
    <message>
        <source>ri=%1 is not a number of seconds</source>
        <translation>ri=%1 ist keine Anzahl Sekunden</translation>
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
        <source>p= is missing; treated as p=none because rua= is present (RFC 7489 6.6.3)</source>
        <translation>p= fehlt; wird als p=none behandelt, weil rua= vorhanden ist (RFC 7489 6.6.3)</translation>
    </message>
    <message>
        <source>pct=%1: the policy applies to only %1% of failing mail</source>
        <translation>pct=%1: die Policy gilt nur für %1% der durchgefallenen Mail</translation>
    </message>
    <message>
        <source>no rua=: nobody receives aggregate reports</source>
        <translation>kein rua=: niemand erhält Aggregate-Reports</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
</context>
<context>
    <name>MailOps::GatewayMonitorPanel</name>
    <message>
        <source>Hold the suspect message</source>
        <translation>Verdächtige Nachricht anhalten</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Länge der Warteschlange</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Deferral reason (grouped)</source>
        <translation>Grund der Zurückstellung (gruppiert)</translation>
    </message>
    <message>
        <source>Reason or status</source>
        <translation>Grund oder Zustand</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
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
        <source>Crash loop over</source>
        <translation>Absturzschleife beendet</translation>
    </message>
    <message>
        <source>%1 has been running without restarts.</source>
        <translation>%1 läuft wieder ohne Neustarts.</translation>
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
        <source>bounced</source>
        <translation>unzustellbar</translation>
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
        <source>Listing the gateway&apos;s sockets…</source>
        <translation>Sockets des Gateways werden ermittelt …</translation>
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
        <source>Scanning: %1 of %2 messages…</source>
        <translation>Prüfe %1 von %2 Nachrichten …</translation>
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
        <translation>An Absender zurückschicken …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Export .eml…</source>
        <translation>Als .eml exportieren …</translation>
    </message>
    <message>
        <source>Listing the queue…</source>
        <translation>Warteschlange wird gelesen …</translation>
    </message>
    <message>
        <source>Rejects and tempfails per minute</source>
        <translation>Ablehnungen und Tempfails pro Minute</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>tempfail</source>
        <translation>Tempfail</translation>
    </message>
    <message>
        <source>reject %1</source>
        <translation>Ablehnung %1</translation>
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
    <message>
        <source>named by %1 before its crashes</source>
        <translation>von %1 vor seinen Abstürzen genannt</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n message(s) (%1)</source>
        <translation>
            <numerusform>Warteschlange: %n Nachricht (%1)</numerusform>
            <numerusform>Warteschlange: %n Nachrichten (%1)</numerusform>
        </translation>
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
            <numerusform>%1: %n Nachricht …</numerusform>
            <numerusform>%1: %n Nachrichten …</numerusform>
        </translation>
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
        <source>%1 every message for %2</source>
        <translation>%1: alle Nachrichten für %2</translation>
    </message>
    <message>
        <source>%1 every message deferred for this reason</source>
        <translation>%1: alle aus diesem Grund zurückgestellten Nachrichten</translation>
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
        <source>Watches the gateway&apos;s services, queue and malformed messages, so a crash loop or a silent tempfail rule shows up before the phones ring.</source>
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
        <source>Answers &quot;why is mail not arriving?&quot; with evidence a support desk cannot misread.</source>
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
        <source>Keeps the gateway&apos;s policy as versions, so a bad rule is one click from undone.</source>
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
        <source>A &quot;next update due&quot; timer</source>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown SQLite error</source>
        <translation>unbekannter SQLite-Fehler</translation>
    </message>
    <message>
        <source>No file was given for the queue history.</source>
        <translation>Für den Warteschlangen-Verlauf wurde keine Datei angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the queue history.</source>
        <translation>Der Ordner %1 für den Warteschlangen-Verlauf kann nicht angelegt werden.</translation>
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
        <source>Cannot open the queue history %1</source>
        <translation>Der Warteschlangen-Verlauf %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read the queue history %1</source>
        <translation>Der Warteschlangen-Verlauf %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot set up the queue history %1</source>
        <translation>Der Warteschlangen-Verlauf %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot check the queue history %1</source>
        <translation>Der Warteschlangen-Verlauf %1 kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>the integrity check says: %1</source>
        <translation>die Integritätsprüfung meldet: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the queue history %1</source>
        <translation>Der Warteschlangen-Verlauf %1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>it was written by a newer version of MailOps (format %1)</source>
        <translation>die Datei stammt von einer neueren Version von MailOps (Format %1)</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a queue history</source>
        <translation>die Datei ist eine SQLite-Datenbank, aber kein Warteschlangen-Verlauf</translation>
    </message>
    <message>
        <source>Cannot create the queue history %1</source>
        <translation>Der Warteschlangen-Verlauf %1 kann nicht angelegt werden</translation>
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
        <source>The queue history %1 is damaged (%2) and %3; queue samples are kept in memory only.</source>
        <translation>Der Warteschlangen-Verlauf %1 ist beschädigt (%2) und %3; Messwerte der Warteschlange werden nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The queue history %1 was damaged (%2) and was kept as %3, but a new one could not be started: %4</source>
        <translation>Der Warteschlangen-Verlauf %1 war beschädigt (%2) und wurde als %3 aufbewahrt, aber ein neuer konnte nicht begonnen werden: %4</translation>
    </message>
    <message>
        <source>The queue history %1 was damaged (%2); it was kept as %3 and a new history was started.</source>
        <translation>Der Warteschlangen-Verlauf %1 war beschädigt (%2); er wurde als %3 aufbewahrt und ein neuer Verlauf begonnen.</translation>
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
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n Neustart</numerusform>
            <numerusform>%n Neustarts</numerusform>
        </translation>
    </message>
    <message>
        <source>CRASH LOOP</source>
        <translation>ABSTURZSCHLEIFE</translation>
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
        <source>It lists the test address 127.0.0.1, which no working list does (RFC 5782). Anyone who still uses it rejects ALL mail. Remove it from every configuration that queries it.</source>
        <translation>Sie listet die Testadresse 127.0.0.1, was keine funktionierende Liste tut (RFC 5782). Wer sie noch nutzt, lehnt ALLE Mail ab. Aus jeder Konfiguration entfernen, die sie abfragt.</translation>
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

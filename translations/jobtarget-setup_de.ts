<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArgumentCheck</name>
    <message>
        <source>Argument %1 is not an option of “%2”.</source>
        <extracomment>%2 is the subcommand, such as &quot;verify&quot;</extracomment>
        <translation>Argument %1 ist keine Option von „%2“.</translation>
    </message>
    <message>
        <source>Did you mean --%1?</source>
        <translation>Meinten Sie --%1?</translation>
    </message>
    <message>
        <source>--%1 is given twice; give it once.</source>
        <translation>--%1 ist zweimal angegeben; geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <source>Usage: jobtarget-setup %1 [options]</source>
        <translation>Aufruf: jobtarget-setup %1 [Optionen]</translation>
    </message>
</context>
<context>
    <name>BoardTokenInput</name>
    <message>
        <source>Enter the job board token or paste the address of your job board.</source>
        <translation>Geben Sie das Job-Board-Token ein oder fügen Sie die Adresse Ihres Job-Boards ein.</translation>
    </message>
    <message>
        <source>This address is not a Greenhouse job board. Paste an address such as https://boards.greenhouse.io/yourcompany, or just the token.</source>
        <translation>Diese Adresse gehört zu keinem Greenhouse-Job-Board. Fügen Sie eine Adresse wie https://boards.greenhouse.io/yourcompany ein oder nur das Token.</translation>
    </message>
    <message>
        <source>This Greenhouse address does not name a job board. Open your job board and copy its address, or copy the token from Dev Center.</source>
        <translation>Diese Greenhouse-Adresse verweist auf kein Job-Board. Öffnen Sie Ihr Job-Board und kopieren Sie dessen Adresse oder kopieren Sie das Token aus dem Dev Center.</translation>
    </message>
    <message>
        <source>A job board token is made of up to 100 letters a–z, digits, “-” and “_”, like “acme”. Copy it from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation>Ein Job-Board-Token besteht aus bis zu 100 Zeichen: Buchstaben a–z, Ziffern, „-“ und „_“, etwa „acme“. Kopieren Sie es aus Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
    <message>
        <source>This address holds a user name or password. Paste the job board&apos;s address without them, such as https://boards.greenhouse.io/yourcompany.</source>
        <translation>Diese Adresse enthält einen Benutzernamen oder ein Passwort. Fügen Sie die Adresse des Job-Boards ohne sie ein, etwa https://boards.greenhouse.io/yourcompany.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>jobtarget-setup check: %1</source>
        <translation>jobtarget-setup check: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: “check” takes only options.</source>
        <translation>Unerwartetes Argument: „check“ nimmt nur Optionen an.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Notified: %1</source>
        <translation>Benachrichtigt: %1</translation>
    </message>
    <message>
        <source>Not notified (no desktop session): %1</source>
        <translation>Nicht benachrichtigt (keine Desktopsitzung): %1</translation>
    </message>
    <message>
        <source>Checks the connection stored on this computer, as “verify --from-keychain” does, and keeps the result in the history of checks (the last %1):
  %2
When the connection stops working, works again, or could not be checked %3 times in a row, a desktop notification says so; it opens the wizard. Meant for a daily schedule: the wizard&apos;s “Check every day” installs one.
The secret is always the keychain&apos;s: JOBTARGET_SETUP_SECRET is ignored (and not passed on).

Exit status: as “verify”. More: man jobtarget-setup</source>
        <extracomment>%1 how many checks the history keeps (100), %2 its file, %3 how many checks in a row</extracomment>
        <translation>Prüft die auf diesem Computer gespeicherte Verbindung wie „verify --from-keychain“ und hält das Ergebnis im Verlauf der Prüfungen fest (die letzten %1):
  %2
Wenn die Verbindung nicht mehr funktioniert, wieder funktioniert oder %3-mal in Folge nicht geprüft werden konnte, meldet das eine Desktopbenachrichtigung; sie öffnet den Assistenten. Gedacht für einen täglichen Zeitplan: „Täglich prüfen“ im Assistenten richtet ihn ein.
Das Secret stammt immer aus dem Schlüsselbund: JOBTARGET_SETUP_SECRET wird ignoriert (und nicht weitergegeben).

Exit-Status: wie bei „verify“. Mehr: man jobtarget-setup</translation>
    </message>
    <message>
        <source>The check could not be added to the history (%1): %2. Its outcome is still reported; the next check that can write the history records its own.</source>
        <translation>Die Prüfung konnte nicht in den Verlauf aufgenommen werden (%1): %2. Ihr Ergebnis wird trotzdem gemeldet; die nächste Prüfung, die den Verlauf schreiben kann, hält ihr eigenes fest.</translation>
    </message>
</context>
<context>
    <name>CheckHistory</name>
    <message>
        <source>The history of checks (%1) could not be read and starts again: %2.</source>
        <extracomment>%1 the file, %2 what was wrong with it</extracomment>
        <translation>Der Verlauf der Prüfungen (%1) konnte nicht gelesen werden und beginnt neu: %2.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>er ist zu groß</translation>
    </message>
    <message>
        <source>it is not a history of checks</source>
        <translation>er ist kein Verlauf von Prüfungen</translation>
    </message>
    <message>
        <source>it was written by another version</source>
        <translation>er wurde von einer anderen Version geschrieben</translation>
    </message>
    <message>
        <source>an entry is damaged</source>
        <translation>ein Eintrag ist beschädigt</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n time(s) since %1</source>
        <extracomment>%n checks, %1 the date of the first one (&quot;1 November 2026&quot;)</extracomment>
        <translation>
            <numerusform>Einmal geprüft seit dem %1</numerusform>
            <numerusform>%n-mal geprüft seit dem %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, passed.</source>
        <translation>%1, bestanden.</translation>
    </message>
    <message>
        <source>%1, all passed.</source>
        <translation>%1, jedes Mal bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n nicht bestanden</numerusform>
            <numerusform>%n nicht bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n konnte nicht durchgeführt werden</numerusform>
            <numerusform>%n konnten nicht durchgeführt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 &quot;Checked 30 times since 1 November 2026&quot;, %2 &quot;27 passed, 2 failed, 1 could not be checked&quot;</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>another check is writing it</source>
        <translation>eine andere Prüfung schreibt gerade hinein</translation>
    </message>
    <message>
        <source>The history of checks (%1) is not used: %2.</source>
        <extracomment>%1 the file, %2 why it is not used (&quot;it is a symbolic link&quot;)</extracomment>
        <translation>Der Verlauf der Prüfungen (%1) wird nicht verwendet: %2.</translation>
    </message>
    <message>
        <source>its lock %1 is not used: %2</source>
        <extracomment>%1 the lock file, %2 why it is not used (&quot;it is a symbolic link&quot;)</extracomment>
        <translation>seine Sperrdatei %1 wird nicht verwendet: %2</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>sein Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>its lock %1 cannot be made (is the disk full?)</source>
        <translation>seine Sperrdatei %1 kann nicht angelegt werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>CheckRecord</name>
    <message>
        <source>the keychain could not be read (it may be locked)</source>
        <translation>der Schlüsselbund konnte nicht gelesen werden (vielleicht ist er gesperrt)</translation>
    </message>
    <message>
        <source>the stored connection could not be used; save it again</source>
        <translation>die gespeicherte Verbindung konnte nicht verwendet werden; speichern Sie sie erneut</translation>
    </message>
    <message>
        <source>Greenhouse could not be reached</source>
        <translation>Greenhouse konnte nicht erreicht werden</translation>
    </message>
    <message>
        <source>the credential was rejected (revoked, or its secret rotated)</source>
        <translation>die Zugangsdaten wurden abgelehnt (widerrufen, oder das Secret wurde ausgetauscht)</translation>
    </message>
    <message>
        <source>the user ID the credential acts as is no longer a Site Admin&apos;s</source>
        <translation>die Benutzer-ID, in deren Namen die Zugangsdaten handeln, gehört keinem Site Admin mehr</translation>
    </message>
    <message>
        <source>a permission JobTarget needs is missing</source>
        <translation>eine Berechtigung, die JobTarget braucht, fehlt</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <extracomment>%1 is a permission exactly as Greenhouse names it, such as &quot;Openings &gt; List openings&quot;</extracomment>
        <translation>„%1“ fehlt</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and %n more permission(s) are missing</source>
        <translation>
            <numerusform>„%1“ und %n weitere Berechtigung fehlen</numerusform>
            <numerusform>„%1“ und %n weitere Berechtigungen fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>the job board “%1” has no live jobs</source>
        <translation>das Job-Board „%1“ hat keine veröffentlichten Stellen</translation>
    </message>
    <message>
        <source>the job board “%1” was not found (renamed or deleted?)</source>
        <translation>das Job-Board „%1“ wurde nicht gefunden (umbenannt oder gelöscht?)</translation>
    </message>
    <message>
        <source>the job board&apos;s jobs belong to another Greenhouse account</source>
        <translation>die Stellen des Job-Boards gehören zu einem anderen Greenhouse-Konto</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How the check history writes a date; Qt&apos;s date format (d, MMMM, yyyy), as is usual in your language</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%1: passed, %n live job(s)</source>
        <extracomment>%1 date and time of a check, %n the board&apos;s live jobs</extracomment>
        <translation>
            <numerusform>%1: bestanden, %n veröffentlichte Stelle</numerusform>
            <numerusform>%1: bestanden, %n veröffentlichte Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1: bestanden</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <extracomment>%1 date and time of a check, %2 what was wrong</extracomment>
        <translation>%1: nicht bestanden – %2</translation>
    </message>
    <message>
        <source>%1: could not check — %2</source>
        <extracomment>%1 date and time of a check, %2 why it could not be done</extracomment>
        <translation>%1: Prüfung nicht möglich – %2</translation>
    </message>
</context>
<context>
    <name>CheckVerdict</name>
    <message>
        <source>The connection to Greenhouse is not trustworthy</source>
        <translation>Die Verbindung zu Greenhouse ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>If your company inspects secure connections, ask your IT team; your credential was not sent.</source>
        <translation>Falls Ihr Unternehmen sichere Verbindungen prüft, wenden Sie sich an Ihre IT-Abteilung. Ihre Zugangsdaten wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>Greenhouse could not be reached</source>
        <translation>Greenhouse konnte nicht erreicht werden</translation>
    </message>
    <message>
        <source>Greenhouse did not accept the credential</source>
        <translation>Greenhouse hat die Zugangsdaten nicht akzeptiert</translation>
    </message>
    <message>
        <source>Every permission JobTarget needs is granted</source>
        <translation>Alle Berechtigungen, die JobTarget braucht, sind erteilt</translation>
    </message>
    <message>
        <source>There is no job board “%1”</source>
        <translation>Es gibt kein Job-Board „%1“</translation>
    </message>
    <message>
        <source>Copy the token from Dev Center → Configuring Your Job Board → Your Board Token, or paste the address of your job board.</source>
        <translation>Kopieren Sie das Token aus Dev Center → Configuring Your Job Board → Your Board Token oder fügen Sie die Adresse Ihres Job-Boards ein.</translation>
    </message>
    <message>
        <source>“%1” belongs to another Greenhouse account</source>
        <translation>„%1“ gehört zu einem anderen Greenhouse-Konto</translation>
    </message>
    <message>
        <source>None of its jobs exist in the account your credential belongs to, so JobTarget could not read them. Choose a board of your own account, or create the credential in the account that owns this board.</source>
        <translation>Keine seiner Stellen existiert in dem Konto, zu dem Ihre Zugangsdaten gehören. JobTarget könnte sie daher nicht lesen. Wählen Sie ein Job-Board Ihres eigenen Kontos oder erstellen Sie die Zugangsdaten in dem Konto, zu dem dieses Job-Board gehört.</translation>
    </message>
    <message>
        <source>Job board “%1” confirmed</source>
        <translation>Job-Board „%1“ bestätigt</translation>
    </message>
    <message>
        <source>Nothing was changed. Check again when you are ready.</source>
        <translation>Es wurde nichts geändert. Prüfen Sie erneut, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>This is not a problem with your credential. Try again when the connection works.</source>
        <translation>Das liegt nicht an Ihren Zugangsdaten. Versuchen Sie es erneut, sobald die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Fix each missing permission in Greenhouse as shown in the list, then check again.</source>
        <translation>Ergänzen Sie jede fehlende Berechtigung in Greenhouse wie in der Liste beschrieben und prüfen Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n permissions are missing</source>
        <translation>
            <numerusform>%n Berechtigung fehlt</numerusform>
            <numerusform>%n Berechtigungen fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1 is not a Site Admin</source>
        <translation>Benutzer %1 ist kein Site Admin</translation>
    </message>
    <message>
        <source>Greenhouse answers this user with empty lists, so JobTarget would see no jobs. Go back to “%2” and remove the user ID %1, or replace it with the user ID of a Site Admin.</source>
        <extracomment>%1 is the user ID, %2 the title of the page where it is entered</extracomment>
        <translation>Greenhouse beantwortet Anfragen dieses Benutzers mit leeren Listen, sodass JobTarget keine Stellen sähe. Gehen Sie zurück zu „%2“ und entfernen Sie die Benutzer-ID %1 oder ersetzen Sie sie durch die Benutzer-ID eines Site Admin.</translation>
    </message>
    <message>
        <source>%1 is not granted to the credential. Tick it in Greenhouse as shown in the list, then check again.</source>
        <extracomment>%1 a permission as Greenhouse shows it (&quot;Job posts &gt; List job posts&quot;)</extracomment>
        <translation>%1 ist den Zugangsdaten nicht erteilt. Setzen Sie den Haken in Greenhouse wie in der Liste gezeigt und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Not granted: %1. Tick each in Greenhouse as shown in the list, then check again.</source>
        <extracomment>%1 permissions as Greenhouse shows them, separated by commas</extracomment>
        <translation>Nicht erteilt: %1. Setzen Sie jeden Haken in Greenhouse wie in der Liste gezeigt und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>credential kind</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>Art der Zugangsdaten</translation>
    </message>
    <message>
        <source>Client ID</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Site Admin user ID</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>Benutzer-ID des Site Admin</translation>
    </message>
    <message>
        <source>job board token</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>Job-Board-Token</translation>
    </message>
    <message>
        <source>job board name</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>Name des Job-Boards</translation>
    </message>
    <message>
        <source>fingerprint of the secret</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>Fingerabdruck des Secrets</translation>
    </message>
    <message>
        <source>time of the last check</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>Zeitpunkt der letzten Prüfung</translation>
    </message>
    <message>
        <source>result of the last check</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>Ergebnis der letzten Prüfung</translation>
    </message>
</context>
<context>
    <name>CredentialInput</name>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key. For Harvest v3 (OAuth), paste the Client Secret, or choose “Harvest API key (legacy)”.</source>
        <translation>Das sieht nach einem älteren Harvest-API-Schlüssel aus. Fügen Sie für Harvest v3 (OAuth) das Client Secret ein oder wählen Sie „Harvest-API-Schlüssel (alt)“.</translation>
    </message>
    <message>
        <source>This looks like a Harvest v3 Client ID, not an API key. Choose “Harvest v3 (OAuth)” to use client credentials.</source>
        <translation>Das sieht nach einer Client ID für Harvest v3 aus, nicht nach einem API-Schlüssel. Wählen Sie „Harvest v3 (OAuth)“, um Client ID und Client Secret zu verwenden.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>The Client ID is empty.</source>
        <translation>Das Feld Client ID ist leer.</translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key, not a Client ID. Choose “Harvest API key (legacy)” to use it.</source>
        <translation>Das sieht nach einem älteren Harvest-API-Schlüssel aus, nicht nach einer Client ID. Wählen Sie „Harvest-API-Schlüssel (alt)“, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Client IDs usually look like “name-1234”. Check that you copied all of it.</source>
        <translation>Eine Client ID sieht normalerweise so aus: „name-1234“. Prüfen Sie, ob Sie sie vollständig kopiert haben.</translation>
    </message>
    <message>
        <source>The Site Admin user ID is a number: the digits at the end of the user&apos;s Greenhouse address (…/users/12345).</source>
        <translation>Die Benutzer-ID des Site Admin ist eine Zahl: die Ziffern am Ende der Greenhouse-Adresse des Benutzers (…/users/12345).</translation>
    </message>
    <message>
        <source>%1: the value contains a line break. Copy it again as one line.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: Der Wert enthält einen Zeilenumbruch. Kopieren Sie ihn erneut als eine einzige Zeile.</translation>
    </message>
    <message>
        <source>%1: the value contains quotation marks. Paste it without them.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: Der Wert enthält Anführungszeichen. Fügen Sie ihn ohne Anführungszeichen ein.</translation>
    </message>
    <message>
        <source>%1: this is a whole “Authorization” header. Paste only the value that Greenhouse shows.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: Das ist ein vollständiger „Authorization“-Header. Fügen Sie nur den Wert ein, den Greenhouse anzeigt.</translation>
    </message>
    <message>
        <source>%1: this is a web address. Copy the value from API Credential Management.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: Das ist eine Webadresse. Kopieren Sie den Wert aus dem Bereich API Credential Management.</translation>
    </message>
    <message>
        <source>%1: the value contains spaces. Copy it again without them.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: Der Wert enthält Leerzeichen. Kopieren Sie ihn erneut ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The Client Secret is empty.</source>
        <translation>Das Feld Client Secret ist leer.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>Das Feld API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The Client Secret looks too short. Greenhouse shows it only once: copy all of it.</source>
        <translation>Das Client Secret scheint zu kurz zu sein. Greenhouse zeigt es nur einmal an: Kopieren Sie es vollständig.</translation>
    </message>
    <message>
        <source>The API key looks too short. Greenhouse shows it only once: copy all of it.</source>
        <translation>Der API-Schlüssel scheint zu kurz zu sein. Greenhouse zeigt ihn nur einmal an: Kopieren Sie ihn vollständig.</translation>
    </message>
    <message>
        <source>Remove the header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Anführungszeichen entfernen</translation>
    </message>
    <message>
        <source>%1: the value is not valid text (UTF-8). Copy it again.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: Der Wert ist kein gültiger Text (UTF-8). Kopieren Sie ihn noch einmal.</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 bytes, far longer than any Greenhouse secret. Copy the secret again.</source>
        <translation>%1: Der Wert ist länger als %2 Bytes, viel länger als jedes Secret von Greenhouse. Kopieren Sie das Secret noch einmal.</translation>
    </message>
    <message>
        <source>The Client ID contains “:”, which no Client ID has. Copy it again from API Credential Management.</source>
        <translation>Die Client ID enthält „:“, was keine Client ID enthält. Kopieren Sie sie noch einmal aus API Credential Management.</translation>
    </message>
    <message>
        <source>%1: the value contains a control or invisible character (such as NUL). Copy it again.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: Der Wert enthält ein Steuerzeichen oder unsichtbares Zeichen (etwa NUL). Kopieren Sie ihn noch einmal.</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 bytes, far longer than any Client ID. Copy it again from API Credential Management.</source>
        <translation>%1: Der Wert ist länger als %2 Bytes, viel länger als jede Client ID. Kopieren Sie sie noch einmal aus API Credential Management.</translation>
    </message>
</context>
<context>
    <name>DesktopActions</name>
    <message>
        <source>Open this address in your browser</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Browser</translation>
    </message>
    <message>
        <source>No web browser opened. Open this address yourself:</source>
        <translation>Es wurde kein Webbrowser geöffnet. Öffnen Sie diese Adresse selbst:</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>The address in %1 is not valid.</source>
        <extracomment>%1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL</extracomment>
        <translation>Die Adresse in %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The address in %1 must not contain a user name, a query or a fragment.</source>
        <extracomment>%1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL</extracomment>
        <translation>Die Adresse in %1 darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The address in %1 is refused: only https:// addresses are used (http:// only for this computer: localhost, 127.0.0.0/8, ::1).</source>
        <extracomment>%1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL</extracomment>
        <translation>Die Adresse in %1 wird abgelehnt: Es werden nur https://-Adressen verwendet (http:// nur für diesen Computer: localhost, 127.0.0.0/8, ::1).</translation>
    </message>
</context>
<context>
    <name>HandoffChecks</name>
    <message>
        <source>Passing since %1.</source>
        <extracomment>The state of the stored connection now; %1 the date of the first check that passed in a row</extracomment>
        <translation>Besteht seit %1.</translation>
    </message>
    <message>
        <source>Passing since %1; one failure on %2, fixed.</source>
        <extracomment>%1 since when the checks pass, %2 the day of the one failure before that</extracomment>
        <translation>Besteht seit %1; ein Fehler am %2, behoben.</translation>
    </message>
    <message>
        <source>Passing since %1; one failure from %2 to %3, fixed.</source>
        <translation>Besteht seit %1; ein Fehler vom %2 bis %3, behoben.</translation>
    </message>
    <message numerus="yes">
        <source>Passing since %1; %n failures before, the last on %2, all fixed.</source>
        <extracomment>%n (2 or more) failures before, each fixed; %1 since when the checks pass, %2 the day of the last failure</extracomment>
        <translation>
            <numerusform>Besteht seit %1; zuvor %n Fehler, der letzte am %2, alle behoben.</numerusform>
            <numerusform>Besteht seit %1; zuvor %n Fehler, der letzte am %2, alle behoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failing since %1: %2.</source>
        <extracomment>%1 the date of the first failed check in a row, %2 what is wrong (&quot;the credential was rejected&quot;)</extracomment>
        <translation>Schlägt fehl seit %1: %2.</translation>
    </message>
    <message>
        <source>No check has reached a result yet; the last, on %1, could not be done: %2.</source>
        <translation>Noch keine Prüfung kam zu einem Ergebnis; die letzte, am %1, war nicht möglich: %2.</translation>
    </message>
    <message>
        <source>The last check, on %1, could not be done: %2.</source>
        <translation>Die letzte Prüfung, am %1, war nicht möglich: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled checks since %1.</source>
        <extracomment>%n (2 or more) checks that the daily schedule ran, %1 the date of the first</extracomment>
        <translation>
            <numerusform>%n geplante Prüfung seit %1.</numerusform>
            <numerusform>%n geplante Prüfungen seit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 scheduled check, on %1.</source>
        <extracomment>%1 the date of the one check the daily schedule ran</extracomment>
        <translation>1 geplante Prüfung, am %1.</translation>
    </message>
    <message>
        <source>No scheduled check yet.</source>
        <translation>Noch keine geplante Prüfung.</translation>
    </message>
    <message numerus="yes">
        <source>%n checks by hand.</source>
        <extracomment>%n (2 or more) checks the admin started in the wizard (&quot;Check it now&quot;)</extracomment>
        <translation>
            <numerusform>%n Prüfung von Hand.</numerusform>
            <numerusform>%n Prüfungen von Hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 check by hand.</source>
        <translation>1 Prüfung von Hand.</translation>
    </message>
</context>
<context>
    <name>HandoffDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>In the footer of every page of the PDF and the printout</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>HandoffFile</name>
    <message>
        <source>%1 is a symbolic link; choose another name.</source>
        <translation>%1 ist eine symbolische Verknüpfung; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe); choose another name.</source>
        <translation>%1 ist keine normale Datei (ein Gerät oder eine Pipe); wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The file would contain the secret, but it could not be made readable by you alone, so it was not saved.</source>
        <translation>Die Datei würde das Secret enthalten, aber sie konnte nicht so eingerichtet werden, dass nur Sie sie lesen können; deshalb wurde sie nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>HandoffSummary</name>
    <message>
        <source>The jobs of this board belong to another Greenhouse account than the credential. Choose the board of the account the credential was created in.</source>
        <translation>Die Stellen dieses Job-Boards gehören zu einem anderen Greenhouse-Konto als die Zugangsdaten. Wählen Sie das Job-Board des Kontos, in dem die Zugangsdaten erstellt wurden.</translation>
    </message>
    <message>
        <source>Hand-off to JobTarget: %1</source>
        <extracomment>%1 is the name of the job board (or its token)</extracomment>
        <translation>Übergabe an JobTarget: %1</translation>
    </message>
    <message>
        <source>Harvest v3 (OAuth)</source>
        <translation>Harvest v3 (OAuth)</translation>
    </message>
    <message>
        <source>Harvest API key (legacy)</source>
        <translation>Harvest-API-Schlüssel (alt)</translation>
    </message>
    <message>
        <source>This document contains the secret. Share it only through a secure channel and delete it afterwards.</source>
        <translation>Dieses Dokument enthält das Secret. Geben Sie es nur über einen sicheren Kanal weiter und löschen Sie es anschließend.</translation>
    </message>
    <message>
        <source>Send JobTarget the board token “%1” and the Harvest API key through a secure method, not in a plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) which secure channel to use.</source>
        <extracomment>%1 is the board token, %2 the address of JobTarget&apos;s help centre. &quot;Through a secure method&quot; is Greenhouse&apos;s wording.</extracomment>
        <translation>Senden Sie JobTarget das Board-Token „%1“ und den Harvest-API-Schlüssel auf sicherem Weg, nicht per einfacher E-Mail: Fragen Sie JobTarget (Hilfe-Center: %2, oder Ihre Ansprechperson bei JobTarget), welcher sichere Kanal verwendet werden soll.</translation>
    </message>
    <message>
        <source>Send JobTarget the board token “%1”, the Client ID and the Client Secret through a secure method, not in a plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) which secure channel to use.</source>
        <extracomment>%1 is the board token, %2 the address of JobTarget&apos;s help centre</extracomment>
        <translation>Senden Sie JobTarget das Board-Token „%1“, die Client ID und das Client Secret auf sicherem Weg, nicht per einfacher E-Mail: Fragen Sie JobTarget (Hilfe-Center: %2, oder Ihre Ansprechperson bei JobTarget), welcher sichere Kanal verwendet werden soll.</translation>
    </message>
    <message>
        <source>Send JobTarget the board token “%1”, the Client ID, the Client Secret and the Site Admin user ID through a secure method, not in a plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) which secure channel to use.</source>
        <extracomment>%1 is the board token, %2 the address of JobTarget&apos;s help centre</extracomment>
        <translation>Senden Sie JobTarget das Board-Token „%1“, die Client ID, das Client Secret und die Benutzer-ID des Site Admin auf sicherem Weg, nicht per einfacher E-Mail: Fragen Sie JobTarget (Hilfe-Center: %2, oder Ihre Ansprechperson bei JobTarget), welcher sichere Kanal verwendet werden soll.</translation>
    </message>
    <message>
        <source>JobTarget confirms the connection and publishes the live jobs of “%1” on its job sites. Only jobs that are live on this board reach JobTarget.</source>
        <extracomment>%1 is the name of the job board</extracomment>
        <translation>JobTarget bestätigt die Verbindung und verbreitet die veröffentlichten Stellen von „%1“ auf seinen Jobbörsen. Nur Stellen, die auf diesem Job-Board veröffentlicht sind, gelangen zu JobTarget.</translation>
    </message>
    <message>
        <source>When JobTarget no longer uses this credential, or you replace it, revoke it in Greenhouse: Configure → Dev Center → API Credential Management.</source>
        <translation>Wenn JobTarget diese Zugangsdaten nicht mehr verwendet oder Sie sie ersetzen, widerrufen Sie sie in Greenhouse: Configure → Dev Center → API Credential Management.</translation>
    </message>
    <message>
        <source>Fix this in Greenhouse and check again before you hand the credential to JobTarget.</source>
        <translation>Beheben Sie das in Greenhouse und prüfen Sie erneut, bevor Sie die Zugangsdaten an JobTarget übergeben.</translation>
    </message>
    <message>
        <source>Practice data — not a real connection</source>
        <translation>Übungsdaten – keine echte Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After the titles of the first few live jobs: how many more the board has</extracomment>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n required permissions are granted.</source>
        <extracomment>%n is the number of required permissions (3 or 6)</extracomment>
        <translation>
            <numerusform>Die erforderliche Berechtigung (%n) ist erteilt.</numerusform>
            <numerusform>Alle %n erforderlichen Berechtigungen sind erteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 required permission is missing.</source>
        <translation>1 erforderliche Berechtigung fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>%n required permissions are missing.</source>
        <extracomment>%n is the number of required permissions that are missing (2 or more)</extracomment>
        <translation>
            <numerusform>%n erforderliche Berechtigung fehlt.</numerusform>
            <numerusform>%n erforderliche Berechtigungen fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 required permission could not be checked.</source>
        <translation>1 erforderliche Berechtigung konnte nicht geprüft werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n required permissions could not be checked.</source>
        <extracomment>%n is the number of required permissions that could not be checked (2 or more)</extracomment>
        <translation>
            <numerusform>%n erforderliche Berechtigung konnte nicht geprüft werden.</numerusform>
            <numerusform>%n erforderliche Berechtigungen konnten nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is longer than an e-mail address can be.</source>
        <extracomment>%1 is what the admin typed as the contact e-mail</extracomment>
        <translation>„%1“ ist länger, als eine E-Mail-Adresse sein kann.</translation>
    </message>
    <message>
        <source>“%1” contains a space; an e-mail address has none.</source>
        <translation>„%1“ enthält ein Leerzeichen; eine E-Mail-Adresse hat keines.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which an e-mail address cannot hold.</source>
        <extracomment>%1 is what the admin typed as the contact e-mail, %2 the character it may not hold</extracomment>
        <translation>„%1“ enthält „%2“, das in einer E-Mail-Adresse nicht vorkommen kann.</translation>
    </message>
    <message>
        <source>“%1” has no @. Write the address like dana@example.com.</source>
        <translation>„%1“ hat kein @. Schreiben Sie die Adresse wie dana@example.com.</translation>
    </message>
    <message>
        <source>“%1” has more than one @. Write the address like dana@example.com.</source>
        <translation>„%1“ hat mehr als ein @. Schreiben Sie die Adresse wie dana@example.com.</translation>
    </message>
    <message>
        <source>“%1” has nothing before the @. Write the address like dana@example.com.</source>
        <translation>„%1“ hat nichts vor dem @. Schreiben Sie die Adresse wie dana@example.com.</translation>
    </message>
    <message>
        <source>After the @ in “%1” comes a domain, such as example.com.</source>
        <translation>Nach dem @ in „%1“ folgt eine Domain, etwa example.com.</translation>
    </message>
    <message>
        <source>Their titles were not recorded at the last check.</source>
        <extracomment>Instead of the first live jobs&apos; titles, when the connection&apos;s last check did not record them</extracomment>
        <translation>Ihre Titel wurden bei der letzten Prüfung nicht erfasst.</translation>
    </message>
</context>
<context>
    <name>HandoffText</name>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Job-Board</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>Name des Job-Boards</translation>
    </message>
    <message>
        <source>Board token</source>
        <translation>Board-Token</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>Live jobs at the last check</source>
        <translation>Veröffentlichte Stellen bei der letzten Prüfung</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Site Admin user ID</source>
        <translation>Benutzer-ID des Site Admin</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Fingerabdruck des Schlüssels</translation>
    </message>
    <message>
        <source>(tells keys apart; reveals nothing about the key)</source>
        <translation>(unterscheidet Schlüssel voneinander; verrät nichts über den Schlüssel)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Harvest API key</source>
        <translation>Harvest-API-Schlüssel</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Permission in Greenhouse</source>
        <translation>Berechtigung in Greenhouse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Next steps with JobTarget</source>
        <translation>Nächste Schritte mit JobTarget</translation>
    </message>
    <message>
        <source>JobTarget&apos;s help centre:</source>
        <translation>Hilfe-Center von JobTarget:</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>--lang needs a language, such as de, fr or es.</source>
        <translation>--lang braucht eine Sprache, etwa de, fr oder es.</translation>
    </message>
    <message>
        <source>Argument %1 is not an option of jobtarget-setup.</source>
        <translation>Argument %1 ist keine Option von jobtarget-setup.</translation>
    </message>
    <message>
        <source>Did you mean --%1?</source>
        <translation>Meinten Sie --%1?</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>jobtarget-setup [--lang LANGUAGE] verify [OPTIONS]</source>
        <translation>jobtarget-setup [--lang SPRACHE] verify [OPTIONEN]</translation>
    </message>
    <message>
        <source>jobtarget-setup [--lang LANGUAGE] summary --output FILE [OPTIONS]</source>
        <translation>jobtarget-setup [--lang SPRACHE] summary --output DATEI [OPTIONEN]</translation>
    </message>
    <message>
        <source>Connects Greenhouse Recruiting to JobTarget: a wizard that checks every step live against Greenhouse, keeps the credential in the system&apos;s keychain and ends with a summary for JobTarget.</source>
        <translation>Verbindet Greenhouse Recruiting mit JobTarget: ein Assistent, der jeden Schritt live bei Greenhouse prüft, die Zugangsdaten im Schlüsselbund des Systems aufbewahrt und mit einer Zusammenfassung für JobTarget endet.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Practise with a simulated Greenhouse on this computer.</source>
        <translation>Mit einem simulierten Greenhouse auf diesem Computer üben.</translation>
    </message>
    <message>
        <source>Print the milliseconds from the start to the first page on screen, and exit.</source>
        <translation>Die Millisekunden vom Start bis zur ersten Seite auf dem Bildschirm ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Language of the wizard and the messages (de, fr, es, en).</source>
        <translation>Sprache des Assistenten und der Meldungen (de, fr, es, en).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Check a credential and a job board, for scripts (verify --help).</source>
        <translation>Zugangsdaten und ein Job-Board prüfen, für Skripte (verify --help).</translation>
    </message>
    <message>
        <source>Write the hand-off summary for JobTarget (summary --help).</source>
        <translation>Die Übergabe-Zusammenfassung für JobTarget schreiben (summary --help).</translation>
    </message>
    <message>
        <source>The wizard also takes Qt&apos;s own options, such as -platform and -style.</source>
        <translation>Der Assistent nimmt auch die Optionen von Qt an, etwa -platform und -style.</translation>
    </message>
    <message>
        <source>This build has no wizard (built for headless computers).</source>
        <translation>Diese Ausgabe hat keinen Assistenten (für Computer ohne Bildschirm gebaut).</translation>
    </message>
    <message>
        <source>jobtarget-setup [--demo] [--lang LANGUAGE]</source>
        <translation>jobtarget-setup [--demo] [--lang SPRACHE]</translation>
    </message>
    <message>
        <source>--demo, --stored-connection and --benchmark-startup are options of the wizard, not of “%1”.</source>
        <translation>--demo, --stored-connection und --benchmark-startup sind Optionen des Assistenten, nicht von „%1“.</translation>
    </message>
    <message>
        <source>Argument %1 is not a command; the commands are “verify”, “check” and “summary”.</source>
        <translation>Argument %1 ist kein Befehl; die Befehle sind „verify“, „check“ und „summary“.</translation>
    </message>
    <message>
        <source>jobtarget-setup [--lang LANGUAGE] check [OPTIONS]</source>
        <translation>jobtarget-setup [--lang SPRACHE] check [OPTIONEN]</translation>
    </message>
    <message>
        <source>Open the wizard on the connection stored on this computer.</source>
        <translation>Den Assistenten mit der auf diesem Computer gespeicherten Verbindung öffnen.</translation>
    </message>
    <message>
        <source>Check the stored connection, keep the result, notify when it changed (check --help).</source>
        <translation>Die gespeicherte Verbindung prüfen, das Ergebnis festhalten, bei einer Änderung benachrichtigen (check --help).</translation>
    </message>
</context>
<context>
    <name>NetworkProblem</name>
    <message>
        <source>Greenhouse could not be reached. Check your internet connection or proxy, then try again.</source>
        <translation>Greenhouse konnte nicht erreicht werden. Prüfen Sie Ihre Internetverbindung oder Ihren Proxy und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Greenhouse&apos;s address could not be found. Check your internet connection, then try again.</source>
        <translation>Die Adresse von Greenhouse wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The secure connection to Greenhouse could not be verified. If your company inspects HTTPS traffic, ask IT for its certificate (--ca-file).</source>
        <translation>Die sichere Verbindung zu Greenhouse konnte nicht überprüft werden. Falls Ihr Unternehmen den HTTPS-Datenverkehr prüft, bitten Sie Ihre IT-Abteilung um das zugehörige Zertifikat (--ca-file).</translation>
    </message>
    <message>
        <source>Greenhouse did not answer in time. Try again in a moment.</source>
        <translation>Greenhouse hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Greenhouse asked us to slow down (rate limit). Wait a minute, then try again.</source>
        <translation>Greenhouse hat darum gebeten, das Tempo zu drosseln (Anfragelimit). Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Greenhouse had a problem answering (server error). Try again later.</source>
        <translation>Bei Greenhouse ist beim Antworten ein Problem aufgetreten (Serverfehler). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The address is not allowed: only HTTPS addresses (or plain HTTP on this computer) are used.</source>
        <translation>Diese Adresse ist nicht zulässig: Es werden nur HTTPS-Adressen verwendet (oder einfaches HTTP auf diesem Computer).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer did not look like it came from Greenhouse (perhaps a Wi-Fi or proxy sign-in page?). Check your connection, then try again.</source>
        <translation>Die Antwort schien nicht von Greenhouse zu stammen (vielleicht die Anmeldeseite eines WLANs oder Proxys?). Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The check ran out of time: Greenhouse answered too slowly or asked us to wait too long. Try again in a few minutes.</source>
        <translation>Die Prüfung hat ihre Zeit überschritten: Greenhouse hat zu langsam geantwortet oder zu lange warten lassen. Versuchen Sie es in ein paar Minuten noch einmal.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Open JobTarget Setup</source>
        <translation>JobTarget Setup öffnen</translation>
    </message>
    <message>
        <source>JobTarget has no Greenhouse jobs to read</source>
        <translation>Für JobTarget gibt es keine Greenhouse-Stellen zu lesen</translation>
    </message>
    <message>
        <source>JobTarget can no longer read your Greenhouse jobs</source>
        <translation>JobTarget kann Ihre Greenhouse-Stellen nicht mehr lesen</translation>
    </message>
    <message>
        <source>%1. Open JobTarget Setup to see how to fix it.</source>
        <extracomment>%1 the problem, such as &quot;“Openings &gt; List openings” is missing&quot;</extracomment>
        <translation>%1. Öffnen Sie JobTarget Setup, um zu sehen, wie Sie das beheben.</translation>
    </message>
    <message>
        <source>JobTarget can read your Greenhouse jobs again</source>
        <translation>JobTarget kann Ihre Greenhouse-Stellen wieder lesen</translation>
    </message>
    <message numerus="yes">
        <source>The daily check passed: %n live job(s) on the job board.</source>
        <translation>
            <numerusform>Die tägliche Prüfung war erfolgreich: %n veröffentlichte Stelle auf dem Job-Board.</numerusform>
            <numerusform>Die tägliche Prüfung war erfolgreich: %n veröffentlichte Stellen auf dem Job-Board.</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily check passed.</source>
        <translation>Die tägliche Prüfung war erfolgreich.</translation>
    </message>
    <message>
        <source>The connection to JobTarget could not be checked</source>
        <translation>Die Verbindung zu JobTarget konnte nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>The last %n daily checks could not be done: %1. The connection itself may be fine.</source>
        <extracomment>%n checks in a row, %1 why (&quot;Greenhouse could not be reached&quot;)</extracomment>
        <translation>
            <numerusform>%n tägliche Prüfung konnte nicht durchgeführt werden: %1. Die Verbindung selbst ist vielleicht in Ordnung.</numerusform>
            <numerusform>Die letzten %n täglichen Prüfungen konnten nicht durchgeführt werden: %1. Die Verbindung selbst ist vielleicht in Ordnung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget credential, click Manage Scopes, tick “%1” and save.</source>
        <translation>Öffnen Sie in Greenhouse Configure → Dev Center → API Credential Management, wählen Sie die Zugangsdaten für JobTarget aus, klicken Sie auf Manage Scopes, aktivieren Sie „%1“ und speichern Sie.</translation>
    </message>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget key, click Manage Permissions, tick “%1” under “%2” and save.</source>
        <translation>Öffnen Sie in Greenhouse Configure → Dev Center → API Credential Management, wählen Sie den API-Schlüssel für JobTarget aus, klicken Sie auf Manage Permissions, aktivieren Sie „%1“ unter „%2“ und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>RevokeReminder</name>
    <message>
        <source>The old secret keeps working for up to a week; revoke it in Greenhouse once JobTarget uses the new one: Configure → Dev Center → API Credential Management → the credential with Client ID %1.</source>
        <translation>Das alte Secret bleibt bis zu einer Woche gültig; widerrufen Sie es in Greenhouse, sobald JobTarget das neue verwendet: Configure → Dev Center → API Credential Management → die Zugangsdaten mit der Client ID %1.</translation>
    </message>
    <message>
        <source>the previous “JobTarget” API key</source>
        <extracomment>Goes into &quot;… → API Credential Management → %1 → Revoke.&quot;</extracomment>
        <translation>der bisherige API-Schlüssel „JobTarget“</translation>
    </message>
    <message>
        <source>the credential with Client ID %1</source>
        <translation>die Zugangsdaten mit der Client ID %1</translation>
    </message>
    <message>
        <source>Once JobTarget uses the new credential, revoke the old one: in Greenhouse, Configure → Dev Center → API Credential Management → %1 → Revoke.</source>
        <translation>Sobald JobTarget die neuen Zugangsdaten verwendet, widerrufen Sie die alten: in Greenhouse unter Configure → Dev Center → API Credential Management → %1 → Revoke.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>accepted</source>
        <comment>credential status</comment>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>credential status</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <comment>credential status</comment>
        <translation>konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>credential status</comment>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>granted</source>
        <comment>permission status</comment>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>permission status</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <comment>permission status</comment>
        <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>permission status</comment>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>StoredConnectionView</name>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Check it now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel the check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>O&amp;pen API Credential Management</source>
        <translation>API Credential Management ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Choose the &amp;job board…</source>
        <translation>&amp;Job-Board auswählen&#xa0;…</translation>
    </message>
    <message>
        <source>&amp;Replace the credential…</source>
        <translation>Zugangsdaten &amp;ersetzen&#xa0;…</translation>
    </message>
    <message>
        <source>Hand &amp;off to JobTarget…</source>
        <translation>&amp;An JobTarget übergeben&#xa0;…</translation>
    </message>
    <message>
        <source>Re&amp;move stored credentials…</source>
        <translation>&amp;Gespeicherte Zugangsdaten entfernen&#xa0;…</translation>
    </message>
    <message>
        <source>&amp;Set up a new connection…</source>
        <translation>&amp;Neue Verbindung einrichten&#xa0;…</translation>
    </message>
    <message>
        <source>Checking the stored connection…</source>
        <translation>Gespeicherte Verbindung wird geprüft&#xa0;…</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Das Secret wird aus dem Schlüsselbund gelesen&#xa0;…</translation>
    </message>
    <message>
        <source>Removing the stored connection…</source>
        <translation>Gespeicherte Verbindung wird entfernt&#xa0;…</translation>
    </message>
    <message>
        <source>No connection to JobTarget is stored on this computer.</source>
        <translation>Auf diesem Computer ist keine Verbindung zu JobTarget gespeichert.</translation>
    </message>
    <message>
        <source>A connection to JobTarget is stored on this computer. What would you like to do?</source>
        <translation>Auf diesem Computer ist eine Verbindung zu JobTarget gespeichert. Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Harvest v3 (OAuth), Client ID %1</source>
        <translation>Harvest v3 (OAuth), Client ID %1</translation>
    </message>
    <message>
        <source>Harvest API key (legacy), %1</source>
        <translation>Harvest-API-Schlüssel (alt), %1</translation>
    </message>
    <message>
        <source>everything passed</source>
        <translation>alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Greenhouse could not be reached</source>
        <translation>Greenhouse konnte nicht erreicht werden</translation>
    </message>
    <message>
        <source>not every check passed</source>
        <translation>nicht alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Job board</source>
        <extracomment>%1 board name, %2 board token</extracomment>
        <translation>Job-Board</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Last checked</source>
        <extracomment>%1 date and time of the last check, %2 &quot;everything passed&quot; or what went wrong</extracomment>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Last daily check: %1</source>
        <translation>Letzte tägliche Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>jobtarget-setup summary: %1</source>
        <translation>jobtarget-setup summary: %1</translation>
    </message>
    <message>
        <source>The keychain cannot be used here.</source>
        <translation>Der Schlüsselbund kann hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Writes the hand-off summary of the stored connection for JobTarget: board, credential (without its secret), permissions and next steps.</source>
        <translation>Schreibt die Übergabe-Zusammenfassung der gespeicherten Verbindung für JobTarget: Job-Board, Zugangsdaten (ohne Secret), Berechtigungen und nächste Schritte.</translation>
    </message>
    <message>
        <source>Output format: md, html, pdf or json (default: from the file name).</source>
        <translation>Ausgabeformat: md, html, pdf oder json (Standard: aus dem Dateinamen).</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists); - for standard output.</source>
        <translation>Die zu schreibende Datei (wird ersetzt, falls vorhanden); - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Also put the secret, read from the keychain, into the summary (the file is then readable by you only). Share such a file only through a secure channel and delete it afterwards.</source>
        <translation>Auch das Secret aus dem Schlüsselbund in die Zusammenfassung aufnehmen (die Datei ist dann nur für Sie lesbar). Geben Sie eine solche Datei nur über einen sicheren Kanal weiter und löschen Sie sie anschließend.</translation>
    </message>
    <message>
        <source>Language of the summary (de, fr, es, …).</source>
        <translation>Sprache der Zusammenfassung (de, fr, es, …).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument. Name the file with --output FILE.</source>
        <translation>Unerwartetes Argument. Geben Sie die Datei mit --output FILE an.</translation>
    </message>
    <message>
        <source>--output FILE is required (- for standard output).</source>
        <translation>--output FILE ist erforderlich (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>--format must be md, html, pdf or json.</source>
        <translation>--format muss md, html, pdf oder json sein.</translation>
    </message>
    <message>
        <source>Give --format md, html, pdf or json.</source>
        <translation>Geben Sie --format md, html, pdf oder json an.</translation>
    </message>
    <message>
        <source>A PDF cannot go to standard output; name a file with --output.</source>
        <translation>Ein PDF kann nicht in die Standardausgabe geschrieben werden; geben Sie mit --output eine Datei an.</translation>
    </message>
    <message>
        <source>PDF output is not available in this mode.</source>
        <translation>Die PDF-Ausgabe ist in diesem Modus nicht verfügbar.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1. It contains the secret: share it only through a secure channel and delete it afterwards.</source>
        <translation>%1 wurde geschrieben. Die Datei enthält das Secret: Geben Sie sie nur über einen sicheren Kanal weiter und löschen Sie sie anschließend.</translation>
    </message>
    <message>
        <source>Exit status: 0 written   2 bad usage (nothing written)   7 nothing stored, or the keychain could not be used   1 the file could not be written</source>
        <translation>Exit-Status: 0 geschrieben   2 falscher Aufruf (nichts geschrieben)   7 nichts gespeichert, oder der Schlüsselbund war nicht nutzbar   1 die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>An e-mail address at which JobTarget can reach whoever prepared the summary (shown in it).</source>
        <translation>Eine E-Mail-Adresse, unter der JobTarget die Person erreicht, die die Übersicht erstellt hat (in ihr angezeigt).</translation>
    </message>
    <message>
        <source>--contact-email: %1</source>
        <translation>--contact-email: %1</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <source>Harvest v3 (OAuth) credential</source>
        <translation>Zugangsdaten für Harvest v3 (OAuth)</translation>
    </message>
    <message>
        <source>Harvest API key (legacy)</source>
        <translation>Harvest-API-Schlüssel (alt)</translation>
    </message>
    <message>
        <source>Credential: %1 %2</source>
        <extracomment>%1 is a mark (✓, ✗ or ⚠), %2 the credential&apos;s status, such as &quot;accepted&quot;</extracomment>
        <translation>Zugangsdaten: %1 %2</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Job board: not checked (no --board-token given)</source>
        <translation>Job-Board: nicht geprüft (kein --board-token angegeben)</translation>
    </message>
    <message>
        <source>Job board: ✗ no job board “%1” exists in Greenhouse. Copy the token from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation>Job-Board: ✗ In Greenhouse gibt es kein Job-Board „%1“. Kopieren Sie das Token aus Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
    <message>
        <source>Job board: ⚠ “%1” could not be checked. %2</source>
        <translation>Job-Board: ⚠ „%1“ konnte nicht geprüft werden. %2</translation>
    </message>
    <message>
        <source>Its jobs belong to the same Greenhouse account as the credential.</source>
        <translation>Die Stellen gehören zum selben Greenhouse-Konto wie die Zugangsdaten.</translation>
    </message>
    <message>
        <source>Its jobs belong to another Greenhouse account: choose the board of the account the credential was created in.</source>
        <translation>Die Stellen gehören zu einem anderen Greenhouse-Konto: Wählen Sie das Job-Board des Kontos, in dem die Zugangsdaten erstellt wurden.</translation>
    </message>
    <message>
        <source>Boards this credential can see: %1</source>
        <translation>Für diese Zugangsdaten sichtbare Job-Boards: %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Result: ready for JobTarget.</source>
        <translation>Ergebnis: bereit für JobTarget.</translation>
    </message>
    <message>
        <source>Result: not ready (exit status %1).</source>
        <translation>Ergebnis: nicht bereit (Exit-Status %1).</translation>
    </message>
    <message>
        <source>Greenhouse check: %1, %2</source>
        <extracomment>%1 is the kind of credential, %2 the date and time of the check</extracomment>
        <translation>Greenhouse-Prüfung: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Job board: %1 “%2” (%3), live jobs: %n</source>
        <translation>
            <numerusform>Job-Board: %1 „%2“ (%3), %n veröffentlichte Stelle</numerusform>
            <numerusform>Job-Board: %1 „%2“ (%3), %n veröffentlichte Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not published)</source>
        <extracomment>A board in draft: not published on the careers site</extracomment>
        <translation>%1 (nicht veröffentlicht)</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>jobtarget-setup verify: %1</source>
        <translation>jobtarget-setup verify: %1</translation>
    </message>
    <message>
        <source>Secret (not shown): </source>
        <translation>Secret (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Checks a Greenhouse credential and job board for JobTarget.</source>
        <translation>Prüft Greenhouse-Zugangsdaten und ein Job-Board für JobTarget.</translation>
    </message>
    <message>
        <source>Credential kind: v3 (default) or v1.</source>
        <translation>Art der Zugangsdaten: v3 (Standard) oder v1.</translation>
    </message>
    <message>
        <source>Harvest v3 Client ID.</source>
        <translation>Client ID für Harvest v3.</translation>
    </message>
    <message>
        <source>Harvest v3 Site Admin user ID (optional).</source>
        <translation>Benutzer-ID des Site Admin für Harvest v3 (optional).</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Ausgabe: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Also trust this PEM CA certificate.</source>
        <translation>Diesem CA-Zertifikat (PEM) zusätzlich vertrauen.</translation>
    </message>
    <message>
        <source>Language of the messages (de, fr, es, …).</source>
        <translation>Sprache der Meldungen (de, fr, es, …).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format muss text oder json sein.</translation>
    </message>
    <message>
        <source>--credential must be v3 or v1.</source>
        <translation>--credential muss v3 oder v1 sein.</translation>
    </message>
    <message>
        <source>--client-id and --user-id belong to v3 credentials; a legacy API key has neither.</source>
        <translation>--client-id und --user-id gehören zu v3-Zugangsdaten; ein älterer API-Schlüssel hat keines von beiden.</translation>
    </message>
    <message>
        <source>--client-id is required for a v3 credential.</source>
        <translation>--client-id ist für v3-Zugangsdaten erforderlich.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 600.</source>
        <translation>--timeout muss eine Anzahl von Sekunden zwischen 1 und 600 sein.</translation>
    </message>
    <message>
        <source>--ca-file holds no PEM certificate.</source>
        <translation>--ca-file enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Read the secret (Client Secret or API key) from the first line of standard input (alternatively, set JOBTARGET_SETUP_SECRET).</source>
        <translation>Das Secret (Client Secret oder API-Schlüssel) aus der ersten Zeile der Standardeingabe lesen (alternativ JOBTARGET_SETUP_SECRET setzen).</translation>
    </message>
    <message>
        <source>Job board token, or the address of the job board.</source>
        <translation>Job-Board-Token oder Adresse des Job-Boards.</translation>
    </message>
    <message>
        <source>Seconds to wait for a connection, or for Greenhouse to go on answering (default 20).</source>
        <translation>Wartezeit in Sekunden auf eine Verbindung oder darauf, dass Greenhouse weiter antwortet (Standard 20).</translation>
    </message>
    <message>
        <source>A secret is never accepted as an argument (it would show in the process list). Use --secret-stdin or JOBTARGET_SETUP_SECRET.</source>
        <translation>Ein Secret wird nie als Argument angenommen (es wäre in der Prozessliste sichtbar). Verwenden Sie --secret-stdin oder JOBTARGET_SETUP_SECRET.</translation>
    </message>
    <message>
        <source>Unexpected argument. Secrets go to standard input (--secret-stdin).</source>
        <translation>Unerwartetes Argument. Secrets gehören in die Standardeingabe (--secret-stdin).</translation>
    </message>
    <message>
        <source>--ca-file cannot be read (%1).</source>
        <translation>--ca-file kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Greenhouse asked to slow down; waiting until %1.</source>
        <translation>Greenhouse hat darum gebeten, das Tempo zu drosseln; es wird bis %1 gewartet.</translation>
    </message>
    <message>
        <source>Use the connection the wizard stored: its secret, kind, Client ID, user ID and board token (options given here win, except the secret).</source>
        <translation>Die vom Assistenten gespeicherte Verbindung verwenden: Secret, Art, Client ID, Benutzer-ID und Board-Token (hier angegebene Optionen haben Vorrang, außer beim Secret).</translation>
    </message>
    <message>
        <source>When every check passes, store the connection in the keychain, as the wizard does; exit 0 only if it was stored.</source>
        <translation>Wenn alle Prüfungen bestanden sind, die Verbindung wie der Assistent im Schlüsselbund speichern; Exit-Status 0 nur, wenn sie gespeichert wurde.</translation>
    </message>
    <message>
        <source>Give the secret one way only: --secret-stdin, JOBTARGET_SETUP_SECRET or --from-keychain.</source>
        <translation>Geben Sie das Secret nur auf einem Weg an: --secret-stdin, JOBTARGET_SETUP_SECRET oder --from-keychain.</translation>
    </message>
    <message>
        <source>No secret given. Use --secret-stdin (first line of standard input), set JOBTARGET_SETUP_SECRET, or use --from-keychain.</source>
        <translation>Kein Secret angegeben. Verwenden Sie --secret-stdin (erste Zeile der Standardeingabe), setzen Sie JOBTARGET_SETUP_SECRET oder verwenden Sie --from-keychain.</translation>
    </message>
    <message>
        <source>No keychain is available to this command.</source>
        <translation>Für diesen Befehl ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>--save needs the job board: give --board-token.</source>
        <translation>--save benötigt das Job-Board: Geben Sie --board-token an.</translation>
    </message>
    <message>
        <source>Seconds the whole check may take, waits for Greenhouse&apos;s rate limit included (default 120).</source>
        <translation>Sekunden, die die ganze Prüfung dauern darf, Wartezeiten wegen Greenhouses Ratenbegrenzung eingeschlossen (Standard 120).</translation>
    </message>
    <message>
        <source>--deadline must be a number of seconds from 1 to 3600.</source>
        <translation>--deadline muss eine Anzahl von Sekunden zwischen 1 und 3600 sein.</translation>
    </message>
    <message>
        <source>Waiting for another save of the connection to finish…</source>
        <translation>Warten, bis ein anderes Speichern der Verbindung abgeschlossen ist …</translation>
    </message>
    <message>
        <source>Environment:
  JOBTARGET_SETUP_SECRET     The secret, instead of --secret-stdin.
  GREENHOUSE_HARVEST_URL, GREENHOUSE_AUTH_URL, GREENHOUSE_BOARDS_URL
                             Other addresses of Greenhouse (https; http only for this computer).

Exit status, the first check that did not pass:
  0 ready   2 bad input (nothing was sent)   3 credential rejected   4 permissions missing
  5 board not found or of another Greenhouse account   6 Greenhouse could not be reached
  7 the keychain could not be used   1 internal error

No secret is ever printed. More: man jobtarget-setup</source>
        <translation>Umgebung:
  JOBTARGET_SETUP_SECRET     Das Secret, statt --secret-stdin.
  GREENHOUSE_HARVEST_URL, GREENHOUSE_AUTH_URL, GREENHOUSE_BOARDS_URL
                             Andere Adressen von Greenhouse (https; http nur für diesen Computer).

Exit-Status, die erste Prüfung, die nicht bestanden wurde:
  0 bereit   2 ungültige Eingabe (nichts gesendet)   3 Zugangsdaten abgelehnt   4 Berechtigungen fehlen
  5 Job-Board nicht gefunden oder aus einem anderen Greenhouse-Konto   6 Greenhouse nicht erreichbar
  7 Schlüsselbund nicht nutzbar   1 interner Fehler

Kein Secret wird je ausgegeben. Mehr: man jobtarget-setup</translation>
    </message>
    <message>
        <source>--ca-file must be a file of PEM certificates, not a folder, device or pipe.</source>
        <translation>--ca-file muss eine Datei mit PEM-Zertifikaten sein, kein Ordner, Gerät oder Pipe.</translation>
    </message>
    <message>
        <source>--ca-file is larger than %1 KiB, far larger than any file of CA certificates.</source>
        <translation>--ca-file ist größer als %1 KiB, viel größer als jede Datei mit CA-Zertifikaten.</translation>
    </message>
</context>
<context>
    <name>WizardSteps</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Your Greenhouse permission</source>
        <translation>Ihre Greenhouse-Berechtigung</translation>
    </message>
    <message>
        <source>Create the credential</source>
        <translation>Zugangsdaten erstellen</translation>
    </message>
    <message>
        <source>Enter the credential</source>
        <translation>Zugangsdaten eingeben</translation>
    </message>
    <message>
        <source>Check permissions</source>
        <translation>Berechtigungen prüfen</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Job-Board</translation>
    </message>
    <message>
        <source>Connect your Greenhouse job board to JobTarget, checked live at every step.</source>
        <translation>Verbinden Sie Ihr Greenhouse-Job-Board mit JobTarget, bei jedem Schritt live geprüft.</translation>
    </message>
    <message>
        <source>Creating a credential needs one developer permission in Greenhouse.</source>
        <translation>Zum Erstellen von Zugangsdaten benötigen Sie eine Entwicklerberechtigung in Greenhouse.</translation>
    </message>
    <message>
        <source>Create a credential for JobTarget in Greenhouse&apos;s Dev Center.</source>
        <translation>Erstellen Sie im Dev Center von Greenhouse Zugangsdaten für JobTarget.</translation>
    </message>
    <message>
        <source>Paste what Greenhouse showed you. It is checked before anything is sent.</source>
        <translation>Fügen Sie ein, was Greenhouse Ihnen angezeigt hat. Alles wird geprüft, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>The credential is tried against Greenhouse, permission by permission.</source>
        <translation>Die Zugangsdaten werden bei Greenhouse getestet, Berechtigung für Berechtigung.</translation>
    </message>
    <message>
        <source>Choose the job board whose live jobs JobTarget should receive.</source>
        <translation>Wählen Sie das Job-Board, dessen veröffentlichte Stellen JobTarget erhalten soll.</translation>
    </message>
    <message>
        <source>Save securely</source>
        <translation>Sicher speichern</translation>
    </message>
    <message>
        <source>Hand off to JobTarget</source>
        <translation>An JobTarget übergeben</translation>
    </message>
    <message>
        <source>Your JobTarget connection</source>
        <translation>Ihre JobTarget-Verbindung</translation>
    </message>
    <message>
        <source>The secret goes into your computer&apos;s keychain, nowhere else.</source>
        <translation>Das Secret kommt in den Schlüsselbund Ihres Computers und nirgendwo anders hin.</translation>
    </message>
    <message>
        <source>Everything JobTarget needs, checked with Greenhouse.</source>
        <translation>Alles, was JobTarget braucht, bei Greenhouse geprüft.</translation>
    </message>
    <message>
        <source>Check the stored connection, replace its credential, or remove it.</source>
        <translation>Prüfen Sie die gespeicherte Verbindung, ersetzen Sie ihre Zugangsdaten oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>jt::AutostartSchedule</name>
    <message>
        <source>Checks each time you sign in to this computer, not at a set time of day (this computer has no daily schedule for programs like this one). It is kept in %1.</source>
        <extracomment>%1 the file</extracomment>
        <translation>Prüft bei jeder Anmeldung an diesem Computer, nicht zu einer festen Uhrzeit (dieser Computer hat keinen täglichen Zeitplan für Programme wie dieses). Gespeichert in %1.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>Die tägliche Prüfung konnte nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>Die tägliche Prüfung konnte nicht ausgeschaltet werden</translation>
    </message>
</context>
<context>
    <name>jt::CheckRun</name>
    <message numerus="yes">
        <source>Still waiting for Greenhouse… (attempt %1 of %2; the check gives up in %n s)</source>
        <extracomment>%1 and %2 count attempts (&quot;attempt 2 of 3&quot;); %n is the number of seconds left</extracomment>
        <translation>
            <numerusform>Noch keine Antwort von Greenhouse&#xa0;… (Versuch %1 von %2; die Prüfung wird in %n Sekunde abgebrochen)</numerusform>
            <numerusform>Noch keine Antwort von Greenhouse&#xa0;… (Versuch %1 von %2; die Prüfung wird in %n Sekunden abgebrochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still waiting for Greenhouse… (the check gives up in %n s)</source>
        <translation>
            <numerusform>Noch keine Antwort von Greenhouse&#xa0;… (die Prüfung wird in %n Sekunde abgebrochen)</numerusform>
            <numerusform>Noch keine Antwort von Greenhouse&#xa0;… (die Prüfung wird in %n Sekunden abgebrochen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::CheckSchedule</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started (%2)</source>
        <translation>%1 konnte nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <source>%1 ended with status %2</source>
        <translation>%1 wurde mit Status %2 beendet</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>%1 konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 what could not be done (&quot;The daily check could not be turned on&quot;), %2 why</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>the path of the program, %1, contains a line break or another control character, which a schedule cannot hold; move the program to a folder whose name has none and turn the daily check on from there</source>
        <extracomment>%1 the program&apos;s path, each control character in it shown as �</extracomment>
        <translation>der Pfad des Programms, %1, enthält einen Zeilenumbruch oder ein anderes Steuerzeichen, das ein Zeitplan nicht aufnehmen kann; verschieben Sie das Programm in einen Ordner, dessen Name keines enthält, und schalten Sie die tägliche Prüfung von dort aus ein</translation>
    </message>
    <message>
        <source>its argument “%1” contains a line break or another control character, which a schedule cannot hold</source>
        <extracomment>%1 an argument of the program, each control character in it shown as �</extracomment>
        <translation>das Argument „%1“ des Programms enthält einen Zeilenumbruch oder ein anderes Steuerzeichen, das ein Zeitplan nicht aufnehmen kann</translation>
    </message>
</context>
<context>
    <name>jt::ConnectionStore</name>
    <message>
        <source>No connection is stored yet. Set one up with JobTarget Setup, or with `jobtarget-setup verify --save`.</source>
        <translation>Es ist noch keine Verbindung gespeichert. Richten Sie eine mit JobTarget Setup oder mit `jobtarget-setup verify --save` ein.</translation>
    </message>
    <message>
        <source>The keychain could not be put back as it was (%1): remove the stored credentials before you save again.</source>
        <translation>Der Schlüsselbund konnte nicht wiederhergestellt werden, wie er war (%1): Entfernen Sie die gespeicherten Zugangsdaten, bevor Sie erneut speichern.</translation>
    </message>
    <message>
        <source>the secret read back is not the one written</source>
        <translation>das zurückgelesene Secret ist nicht das geschriebene</translation>
    </message>
    <message>
        <source>The stored connection is damaged; save it again. A value in this computer&apos;s settings is not valid: %1. Set the connection up again with JobTarget Setup, or with `jobtarget-setup verify --save`.</source>
        <extracomment>%1 names the value, such as &quot;job board token&quot;</extracomment>
        <translation>Die gespeicherte Verbindung ist beschädigt; speichern Sie sie erneut. Ein Wert in den Einstellungen dieses Computers ist ungültig: %1. Richten Sie die Verbindung mit JobTarget Setup oder mit `jobtarget-setup verify --save` erneut ein.</translation>
    </message>
</context>
<context>
    <name>jt::DailyCheck</name>
    <message>
        <source>Daily checks cannot be scheduled from here (this copy of JobTarget Setup runs in a sandbox). “jobtarget-setup check” can be run by any scheduler instead.</source>
        <translation>Tägliche Prüfungen lassen sich von hier aus nicht planen (diese Kopie von JobTarget Setup läuft in einer Sandbox). Stattdessen kann jeder Zeitplaner „jobtarget-setup check“ ausführen.</translation>
    </message>
    <message>
        <source>The history of checks (%1) could not be removed.</source>
        <translation>Der Verlauf der Prüfungen (%1) konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>jt::HarvestV1Client</name>
    <message>
        <source>the job look-up did not succeed</source>
        <translation>die Abfrage der Stellen war nicht erfolgreich</translation>
    </message>
</context>
<context>
    <name>jt::HarvestV3Client</name>
    <message>
        <source>Greenhouse accepted the Client ID and Client Secret.</source>
        <translation>Greenhouse hat Client ID und Client Secret akzeptiert.</translation>
    </message>
    <message>
        <source>Greenhouse does not recognise this Client ID. Copy it again from API Credential Management: it looks like “name-1234”.</source>
        <translation>Greenhouse erkennt diese Client ID nicht. Kopieren Sie sie erneut aus dem Bereich API Credential Management – sie hat die Form „name-1234“.</translation>
    </message>
    <message>
        <source>Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was lost, create a new credential and revoke the old one.</source>
        <translation>Greenhouse hat die Client ID oder das Client Secret abgelehnt. Kopieren Sie beide erneut. Falls das Client Secret verloren gegangen ist, erstellen Sie neue Zugangsdaten und widerrufen Sie die alten.</translation>
    </message>
    <message>
        <source>Greenhouse refused to issue a token for this credential (HTTP %1).</source>
        <translation>Greenhouse hat es abgelehnt, für diese Zugangsdaten ein Token auszustellen (HTTP %1).</translation>
    </message>
    <message>
        <source>the credential may not list jobs</source>
        <translation>die Zugangsdaten dürfen keine Stellen auflisten</translation>
    </message>
    <message>
        <source>the job look-up did not succeed</source>
        <translation>die Abfrage der Stellen war nicht erfolgreich</translation>
    </message>
    <message>
        <source>the job look-up gave an unexpected answer</source>
        <translation>die Abfrage der Stellen lieferte eine unerwartete Antwort</translation>
    </message>
    <message>
        <source>Greenhouse did not accept the Site Admin user ID. Use the number at the end of the user&apos;s Greenhouse address (…/users/12345), or leave the user ID out.</source>
        <translation>Greenhouse hat die Benutzer-ID des Site Admin nicht akzeptiert. Verwenden Sie die Zahl am Ende der Greenhouse-Adresse des Benutzers (…/users/12345) oder lassen Sie die Benutzer-ID weg.</translation>
    </message>
</context>
<context>
    <name>jt::LaunchAgentSchedule</name>
    <message>
        <source>Installs a LaunchAgent that runs “jobtarget-setup check” once a day (or when the Mac wakes up, if it slept through the time): %1.</source>
        <extracomment>%1 the file</extracomment>
        <translation>Richtet einen LaunchAgent ein, der „jobtarget-setup check“ einmal am Tag ausführt (oder beim Aufwachen des Mac, falls er zur geplanten Zeit im Ruhezustand war): %1.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>Die tägliche Prüfung konnte nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>Die tägliche Prüfung konnte nicht ausgeschaltet werden</translation>
    </message>
</context>
<context>
    <name>jt::RegularFile</name>
    <message>
        <source>it is a symbolic link</source>
        <translation>es handelt sich um eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO)</source>
        <translation>es handelt sich um eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es handelt sich um einen Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es handelt sich nicht um eine normale Datei</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>die Datei lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>jt::ScheduledTaskSchedule</name>
    <message>
        <source>Creates the Task Scheduler task “%1”, which runs “jobtarget-setup check” once a day (or as soon as possible when the computer was off), and keeps its definition in %2.</source>
        <extracomment>%1 the task&apos;s name, %2 the file that keeps its definition</extracomment>
        <translation>Legt in der Aufgabenplanung die Aufgabe „%1“ an, die „jobtarget-setup check“ einmal am Tag ausführt (oder so bald wie möglich, wenn der Computer ausgeschaltet war), und speichert ihre Definition in %2.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>Die tägliche Prüfung konnte nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>Die tägliche Prüfung konnte nicht ausgeschaltet werden</translation>
    </message>
</context>
<context>
    <name>jt::SecretStore</name>
    <message>
        <source>Nothing is stored in the keychain under this name yet.</source>
        <translation>Im Schlüsselbund ist unter diesem Namen noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available: the Secret Service (GNOME Keyring or KWallet) is not running. Start your desktop&apos;s keyring, or install gnome-keyring, then try again. Nothing was stored in a file.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Secret Service (GNOME Keyring oder KWallet) läuft nicht. Starten Sie den Schlüsselbund Ihrer Desktopumgebung oder installieren Sie gnome-keyring und versuchen Sie es dann erneut. Es wurde nichts in einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>The keyring is locked or access was denied. Unlock it (for example by logging in again) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder der Zugriff wurde verweigert. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n s. If a password prompt is open, answer it; then try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Falls eine Passwortabfrage geöffnet ist, beantworten Sie sie und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Falls eine Passwortabfrage geöffnet ist, beantworten Sie sie und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error. Try again; if it keeps happening, restart your desktop&apos;s keyring (or log out and in again).</source>
        <translation>Der Schlüsselbund hat einen unerwarteten Fehler gemeldet. Versuchen Sie es erneut. Falls der Fehler weiterhin auftritt, starten Sie den Schlüsselbund Ihrer Desktopumgebung neu (oder melden Sie sich ab und wieder an).</translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error: %1. Try again; if it keeps happening, restart your desktop&apos;s keyring (or log out and in again).</source>
        <translation>Der Schlüsselbund hat einen unerwarteten Fehler gemeldet: %1. Versuchen Sie es erneut. Falls der Fehler weiterhin auftritt, starten Sie den Schlüsselbund Ihrer Desktopumgebung neu (oder melden Sie sich ab und wieder an).</translation>
    </message>
    <message>
        <source>No keychain is available: the keyring has no default collection (&quot;login&quot;) to store passwords in. Open your desktop&apos;s password manager (for example &quot;Passwords and Keys&quot;), create a default keyring, then try again. Nothing was stored in a file.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Schlüsselbund hat keine Standardsammlung („login“) zum Speichern von Passwörtern. Öffnen Sie die Passwortverwaltung Ihrer Desktopumgebung (zum Beispiel „Passwörter und Verschlüsselung“), legen Sie einen Standard-Schlüsselbund an und versuchen Sie es dann erneut. Es wurde nichts in einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>The stored connection is incomplete; save it again. The keychain does not hold the secret that was saved with this computer&apos;s settings (a save was cut short, or another program changed the keychain). Set the connection up again with JobTarget Setup, or with `jobtarget-setup verify --save`.</source>
        <translation>Die gespeicherte Verbindung ist unvollständig; speichern Sie sie erneut. Der Schlüsselbund enthält nicht das Secret, das mit den Einstellungen dieses Computers gespeichert wurde (ein Speichervorgang wurde unterbrochen oder ein anderes Programm hat den Schlüsselbund geändert). Richten Sie die Verbindung mit JobTarget Setup oder mit `jobtarget-setup verify --save` erneut ein.</translation>
    </message>
    <message>
        <source>The settings could not be written (%1), so the connection was not stored. Check that the disk has room and the folder can be written to, then save again.</source>
        <translation>Die Einstellungen konnten nicht geschrieben werden (%1), daher wurde die Verbindung nicht gespeichert. Prüfen Sie, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Another save of the connection is still under way (in another JobTarget Setup window or a script). Try again when it has finished.</source>
        <translation>Ein anderes Speichern der Verbindung läuft noch (in einem anderen Fenster von JobTarget Setup oder in einem Skript). Versuchen Sie es erneut, wenn es abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>jt::SetupController</name>
    <message>
        <source>Please grant me a Greenhouse developer permission for JobTarget</source>
        <translation>Bitte erteilen Sie mir eine Greenhouse-Entwicklerberechtigung für JobTarget</translation>
    </message>
    <message>
        <source>Hello,

To connect our Greenhouse job board to JobTarget I need to create an API credential in Greenhouse. Could you give me the developer permission “Can manage ALL organization&apos;s API Credentials”?

In Greenhouse: Configure (the gear icon) → Users → my name → Permissions → Developer Permissions → tick “Can manage ALL organization&apos;s API Credentials” → Save.

This needs a Site Admin who can edit other users&apos; advanced permissions. I will tell you when the connection is done.

Thank you!</source>
        <translation>Hallo,

um unser Greenhouse-Job-Board mit JobTarget zu verbinden, muss ich in Greenhouse API-Zugangsdaten erstellen. Könnten Sie mir die Entwicklerberechtigung „Can manage ALL organization&apos;s API Credentials“ erteilen?

In Greenhouse: Configure (das Zahnradsymbol) → Users → mein Name → Permissions → Developer Permissions → „Can manage ALL organization&apos;s API Credentials“ aktivieren → Save.

Dafür ist ein Site Admin nötig, der die erweiterten Berechtigungen anderer Benutzer bearbeiten darf. Ich gebe Ihnen Bescheid, sobald die Verbindung eingerichtet ist.

Vielen Dank!</translation>
    </message>
</context>
<context>
    <name>jt::StoredConnectionFlow</name>
    <message>
        <source>No keychain is set up for this session.</source>
        <translation>Für diese Sitzung ist kein Schlüsselbund eingerichtet.</translation>
    </message>
</context>
<context>
    <name>jt::SystemdTimerSchedule</name>
    <message>
        <source>Installs a systemd user timer that runs “jobtarget-setup check” once a day (at a random time, or at the next login if the computer was off): %2 and %3 in %1.</source>
        <extracomment>%1 the folder, %2 and %3 the two files&apos; names</extracomment>
        <translation>Richtet einen systemd-Benutzer-Timer ein, der „jobtarget-setup check“ einmal am Tag ausführt (zu einer zufälligen Uhrzeit oder bei der nächsten Anmeldung, wenn der Computer ausgeschaltet war): %2 und %3 in %1.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>Die tägliche Prüfung konnte nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>Die tägliche Prüfung konnte nicht ausgeschaltet werden</translation>
    </message>
    <message>
        <source>systemd could not load %1 (%2); “%3” says why</source>
        <extracomment>%1 the unit&apos;s file name, %2 systemd&apos;s word for its state (&quot;bad-setting&quot;, &quot;not-found&quot;, &quot;error&quot;), %3 the command that tells why</extracomment>
        <translation>systemd konnte %1 nicht laden (%2); „%3“ nennt den Grund</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>jt::Verifier</name>
    <message>
        <source>Greenhouse accepted the API key.</source>
        <translation>Greenhouse hat den API-Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>The board “%1” has no live jobs: JobTarget would receive nothing until jobs are published on it.</source>
        <translation>Das Job-Board „%1“ hat keine veröffentlichten Stellen: JobTarget erhält nichts, bis dort Stellen veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Could not confirm that the board belongs to the credential&apos;s Greenhouse account (%1).</source>
        <translation>Es konnte nicht bestätigt werden, dass das Job-Board zum selben Greenhouse-Konto gehört wie die Zugangsdaten (%1).</translation>
    </message>
    <message>
        <source>The board “%1” is not among the boards this credential can list.</source>
        <translation>Das Job-Board „%1“ gehört nicht zu den Job-Boards, die diese Zugangsdaten auflisten können.</translation>
    </message>
    <message>
        <source>Greenhouse rejected this API key (“Invalid Basic Auth credentials”). Copy it again; if it was lost, create a new key and revoke the old one.</source>
        <translation>Greenhouse hat diesen API-Schlüssel abgelehnt („Invalid Basic Auth credentials“). Kopieren Sie ihn erneut. Falls er verloren gegangen ist, erstellen Sie einen neuen Schlüssel und widerrufen Sie den alten.</translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Tick the scopes listed below; if they are already ticked, check that user %1 is a Site Admin.</source>
        <translation>Greenhouse hat alle Berechtigungen verweigert. Aktivieren Sie die unten aufgeführten Scopes. Falls sie bereits aktiviert sind, prüfen Sie, ob Benutzer %1 ein Site Admin ist.</translation>
    </message>
    <message>
        <source>Greenhouse retired Harvest API keys (v1/v2) on 31 August 2026. Ask JobTarget whether it accepts a Harvest v3 (OAuth) credential instead.</source>
        <translation>Greenhouse hat Harvest-API-Schlüssel (v1/v2) am 31. August 2026 abgeschaltet. Fragen Sie JobTarget, ob stattdessen Zugangsdaten für Harvest v3 (OAuth) akzeptiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Greenhouse issued a token that expires in %n min; check the credential in API Credential Management.</source>
        <translation>
            <numerusform>Greenhouse hat ein Token ausgestellt, das in %n Minute abläuft. Prüfen Sie die Zugangsdaten im Bereich API Credential Management.</numerusform>
            <numerusform>Greenhouse hat ein Token ausgestellt, das in %n Minuten abläuft. Prüfen Sie die Zugangsdaten im Bereich API Credential Management.</numerusform>
        </translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Tick the scopes listed below; if they are already ticked, give the user ID of a Site Admin, such as your integration user (“Site Admin user ID” in the wizard, --user-id on the command line).</source>
        <translation>Greenhouse hat alle Berechtigungen verweigert. Aktivieren Sie die unten aufgeführten Scopes. Falls sie bereits aktiviert sind, geben Sie die Benutzer-ID eines Site Admin an, etwa die Ihres Integrationsbenutzers („Benutzer-ID des Site Admin“ im Assistenten, --user-id in der Befehlszeile).</translation>
    </message>
    <message>
        <source>User %1 is not a Site Admin, so Greenhouse answers it with empty lists. Leave the user ID empty, or give the user ID of a Site Admin.</source>
        <translation>Benutzer %1 ist kein Site Admin, daher beantwortet Greenhouse seine Anfragen mit leeren Listen. Lassen Sie die Benutzer-ID leer oder geben Sie die Benutzer-ID eines Site Admin an.</translation>
    </message>
</context>
<context>
    <name>jt::ui::Banner</name>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
</context>
<context>
    <name>jt::ui::CheckHistoryStrip</name>
    <message>
        <source>History of the daily checks</source>
        <translation>Verlauf der täglichen Prüfungen</translation>
    </message>
</context>
<context>
    <name>jt::ui::CheckPermissionsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Open API Credential Management</source>
        <translation>API Credential Management ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Checking with Greenhouse</source>
        <translation>Prüfung bei Greenhouse läuft</translation>
    </message>
    <message>
        <source>Each permission is tried with a harmless read request, the way JobTarget will use it. Nothing in Greenhouse is changed. Removing or adding a permission in Greenhouse takes effect at once: choose “Check again” after you changed it.</source>
        <translation>Jede Berechtigung wird mit einer harmlosen Leseanfrage getestet, so wie JobTarget sie nutzen wird. In Greenhouse wird nichts geändert. Wenn Sie in Greenhouse eine Berechtigung entfernen oder hinzufügen, wirkt sich das sofort aus: Wählen Sie danach „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>Checking the credential with Greenhouse…</source>
        <translation>Zugangsdaten werden bei Greenhouse geprüft&#xa0;…</translation>
    </message>
    <message>
        <source>Greenhouse accepted the credential.</source>
        <translation>Greenhouse hat die Zugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <source>Cance&amp;l check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Demo practice: the credential lacks “%1”</source>
        <extracomment>%1 is a permission exactly as Greenhouse&apos;s Dev Center shows it (&quot;Openings &gt; List openings&quot;).</extracomment>
        <translation>Demo-Übung: Den Zugangsdaten fehlt „%1“</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the headline (&quot;1 permission is missing&quot;), %2 the advice that names the permission</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>jt::ui::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>jt::ui::CreateCredentialPage</name>
    <message>
        <source>Harvest &amp;v3 (OAuth) — recommended</source>
        <translation>Harvest &amp;v3 (OAuth) – empfohlen</translation>
    </message>
    <message>
        <source>Harvest API &amp;key (legacy)</source>
        <translation>Harvest-API-&amp;Schlüssel (alt)</translation>
    </message>
    <message>
        <source>API &amp;type:</source>
        <translation>API &amp;type:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Which kind of credential?</source>
        <translation>Welche Art von Zugangsdaten?</translation>
    </message>
    <message>
        <source>Greenhouse retired Harvest v1/v2 API keys on 31 August 2026. Choose the legacy key only if JobTarget asked you for one and your Greenhouse still offers it.</source>
        <translation>Greenhouse hat Harvest-API-Schlüssel (v1/v2) am 31. August 2026 abgeschaltet. Wählen Sie den alten Schlüssel nur, wenn JobTarget Sie darum gebeten hat und Ihr Greenhouse ihn noch anbietet.</translation>
    </message>
    <message>
        <source>&amp;Open API Credential Management</source>
        <translation>API Credential Management ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The credential is what JobTarget uses to read your jobs. It only needs to read: the permissions listed here are all “list” or “retrieve” permissions. If you lose the secret, create a new credential, then revoke the old one in API Credential Management.</source>
        <translation>Mit den Zugangsdaten liest JobTarget Ihre Stellen. Sie brauchen nur Lesezugriff: Die hier aufgeführten Berechtigungen sind alle „list“- oder „retrieve“-Berechtigungen. Wenn Sie das Secret verlieren, erstellen Sie neue Zugangsdaten und widerrufen Sie dann die alten im Bereich API Credential Management.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; In Greenhouse, open Configure (the gear icon) → &lt;b&gt;Dev Center&lt;/b&gt; → &lt;b&gt;API Credential Management&lt;/b&gt;, or use the button above.&lt;br&gt;&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Click &lt;b&gt;%1&lt;/b&gt; and fill in:</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Öffnen Sie in Greenhouse Configure (das Zahnradsymbol) → &lt;b&gt;Dev Center&lt;/b&gt; → &lt;b&gt;API Credential Management&lt;/b&gt; oder verwenden Sie die Schaltfläche oben.&lt;br&gt;&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Klicken Sie auf &lt;b&gt;%1&lt;/b&gt; und füllen Sie Folgendes aus:</translation>
    </message>
    <message>
        <source>Where to click to create the credential</source>
        <translation>Wo Sie klicken, um die Zugangsdaten zu erstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Click &lt;b&gt;View and store credentials&lt;/b&gt;. Copy the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt; and keep them ready for the next page, then click &lt;b&gt;I have stored the client credentials&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Klicken Sie auf &lt;b&gt;View and store credentials&lt;/b&gt;. Kopieren Sie die &lt;b&gt;Client ID&lt;/b&gt; und das &lt;b&gt;Client Secret&lt;/b&gt; und halten Sie beide für die nächste Seite bereit. Klicken Sie dann auf &lt;b&gt;I have stored the client credentials&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Click &lt;b&gt;Manage Permissions&lt;/b&gt;. Greenhouse shows the API key: &lt;b&gt;Copy&lt;/b&gt; it and keep it ready for the next page, then click &lt;b&gt;I have stored the API Key&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Klicken Sie auf &lt;b&gt;Manage Permissions&lt;/b&gt;. Greenhouse zeigt den API-Schlüssel an: Kopieren Sie ihn mit &lt;b&gt;Copy&lt;/b&gt; und halten Sie ihn für die nächste Seite bereit. Klicken Sie dann auf &lt;b&gt;I have stored the API Key&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The Client Secret is shown only once.</source>
        <translation>Das Client Secret wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>The API key is shown only once.</source>
        <translation>Der API-Schlüssel wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>If you lose it, create a new credential, give that one to JobTarget, and revoke the old one.</source>
        <translation>Bei Verlust erstellen Sie neue Zugangsdaten, geben diese an JobTarget weiter und widerrufen die alten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Back in the list, open the credential&apos;s &lt;b&gt;Manage Scopes&lt;/b&gt; and tick:</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; Öffnen Sie wieder in der Liste für die Zugangsdaten &lt;b&gt;Manage Scopes&lt;/b&gt; und aktivieren Sie:</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Under &lt;b&gt;Manage Permissions&lt;/b&gt;, tick:</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; Aktivieren Sie unter &lt;b&gt;Manage Permissions&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Then click &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Klicken Sie dann auf &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Where to tick the permissions</source>
        <translation>Wo Sie die Berechtigungen aktivieren</translation>
    </message>
</context>
<context>
    <name>jt::ui::DeveloperPermissionPage</name>
    <message>
        <source>&amp;Yes, I see “API Credential Management”</source>
        <translation>&amp;Ja, ich sehe „API Credential Management“</translation>
    </message>
    <message>
        <source>Ask a Site Admin</source>
        <translation>Einen Site Admin fragen</translation>
    </message>
    <message>
        <source>&amp;Copy request</source>
        <translation>Anfrage &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;E-mail request…</source>
        <translation>Anfrage per &amp;E-Mail senden&#xa0;…</translation>
    </message>
    <message>
        <source>Only people with the developer permission “Can manage ALL organization&apos;s API Credentials” can create a credential for JobTarget. Open Greenhouse&apos;s Dev Center and look for “API Credential Management”:</source>
        <translation>Nur Personen mit der Entwicklerberechtigung „Can manage ALL organization&apos;s API Credentials“ können Zugangsdaten für JobTarget erstellen. Öffnen Sie das Dev Center von Greenhouse und suchen Sie nach „API Credential Management“:</translation>
    </message>
    <message>
        <source>Configure (the gear icon), then Dev Center, then API Credential Management</source>
        <translation>Configure (das Zahnradsymbol), dann Dev Center, dann API Credential Management</translation>
    </message>
    <message>
        <source>&amp;Open Dev Center</source>
        <translation>Dev Center ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Do you see “API Credential Management” in Dev Center?</source>
        <translation>Sehen Sie „API Credential Management“ im Dev Center?</translation>
    </message>
    <message>
        <source>A Site Admin who may edit other users&apos; advanced permissions grants it: Configure (the gear icon) → &lt;b&gt;Users&lt;/b&gt; → your name → &lt;b&gt;Permissions&lt;/b&gt; → &lt;b&gt;Developer Permissions&lt;/b&gt; → tick “Can manage ALL organization&apos;s API Credentials” → &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Ein Site Admin, der die erweiterten Berechtigungen anderer Benutzer bearbeiten darf, erteilt sie so: Configure (das Zahnradsymbol) → &lt;b&gt;Users&lt;/b&gt; → Ihr Name → &lt;b&gt;Permissions&lt;/b&gt; → &lt;b&gt;Developer Permissions&lt;/b&gt; → „Can manage ALL organization&apos;s API Credentials“ aktivieren → &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Request to send:</source>
        <translation>Zu sendende &amp;Anfrage:</translation>
    </message>
    <message>
        <source>Request to send to your Site Admin</source>
        <translation>Anfrage an Ihren Site Admin</translation>
    </message>
    <message>
        <source>You can close this assistant now. When the permission has been granted, open it again: it continues here.</source>
        <translation>Sie können diesen Assistenten jetzt schließen. Sobald die Berechtigung erteilt wurde, öffnen Sie ihn erneut: Er macht dann an dieser Stelle weiter.</translation>
    </message>
    <message>
        <source>Configure, Users, the user, Permissions, Developer Permissions, tick the permission, Save</source>
        <translation>Configure, Users, der Benutzer, Permissions, Developer Permissions, Berechtigung aktivieren, Save</translation>
    </message>
    <message>
        <source>Greenhouse has no way to check this permission before a credential exists, so the assistant asks you. If you are unsure, open Dev Center: without the permission, “API Credential Management” is not listed.</source>
        <translation>Greenhouse kann diese Berechtigung nicht prüfen, bevor Zugangsdaten existieren. Deshalb fragt der Assistent Sie. Wenn Sie unsicher sind, öffnen Sie das Dev Center: Ohne die Berechtigung wird „API Credential Management“ dort nicht aufgeführt.</translation>
    </message>
    <message>
        <source>The request is on the clipboard.</source>
        <translation>Die Anfrage wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>No e-mail program opened</source>
        <translation>Es wurde kein E-Mail-Programm geöffnet</translation>
    </message>
    <message>
        <source>Copy the request instead and send it the way you usually reach your Site Admin.</source>
        <translation>Kopieren Sie stattdessen die Anfrage und schicken Sie sie Ihrem Site Admin auf dem gewohnten Weg.</translation>
    </message>
    <message>
        <source>No, it is not &amp;there</source>
        <translation>&amp;Nein, der Eintrag fehlt</translation>
    </message>
</context>
<context>
    <name>jt::ui::EnterCredentialPage</name>
    <message>
        <source>&amp;Fill in the demo credential</source>
        <translation>&amp;Demo-Zugangsdaten eintragen</translation>
    </message>
    <message>
        <source>Nothing is sent until the next page, and the secret is never written to a file.</source>
        <translation>Vor der nächsten Seite wird nichts gesendet, und das Secret wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>for example jobtarget-12345</source>
        <translation>zum Beispiel jobtarget-12345</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>Client S&amp;ecret:</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Site Admin &amp;user ID (optional):</source>
        <translation>&amp;Benutzer-ID des Site Admin (optional):</translation>
    </message>
    <message>
        <source>Site Admin user ID, optional</source>
        <translation>Benutzer-ID des Site Admin, optional</translation>
    </message>
    <message>
        <source>the digits at the end of …/account/users/12345</source>
        <translation>die Ziffern am Ende von …/account/users/12345</translation>
    </message>
    <message>
        <source>Leave it empty unless the permission check says every permission is refused. Then enter the user ID of a Site Admin, such as the user Greenhouse recommends for integrations.</source>
        <translation>Lassen Sie das Feld leer, es sei denn, die Berechtigungsprüfung meldet, dass alle Berechtigungen verweigert wurden. Geben Sie dann die Benutzer-ID eines Site Admin ein, etwa die des Benutzers, den Greenhouse für Integrationen empfiehlt.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Harvest API key</source>
        <translation>Harvest-API-Schlüssel</translation>
    </message>
    <message>
        <source>Greenhouse shows the secret only once. If you no longer have it, create a new credential in API Credential Management and revoke the old one. The Client ID stays visible in Greenhouse&apos;s list of credentials.</source>
        <translation>Greenhouse zeigt das Secret nur einmal an. Wenn Sie es nicht mehr haben, erstellen Sie im Bereich API Credential Management neue Zugangsdaten und widerrufen Sie die alten. Die Client ID bleibt in der Liste der Zugangsdaten in Greenhouse sichtbar.</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Spaces around the value were removed.</source>
        <translation>Leerzeichen vor und nach dem Wert wurden entfernt.</translation>
    </message>
    <message>
        <source>The demo Client ID and Client Secret are filled in.</source>
        <translation>Client ID und Client Secret der Demo sind eingetragen.</translation>
    </message>
</context>
<context>
    <name>jt::ui::ExistingConnectionPage</name>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Remove stored credentials?</source>
        <translation>Gespeicherte Zugangsdaten entfernen?</translation>
    </message>
    <message>
        <source>The secret is deleted from the keychain and the connection&apos;s settings from this computer. JobTarget keeps working with what it has; to stop it, revoke the credential in Greenhouse&apos;s API Credential Management.</source>
        <translation>Das Secret wird aus dem Schlüsselbund gelöscht, die Einstellungen der Verbindung werden von diesem Computer entfernt. JobTarget arbeitet mit dem weiter, was es bereits hat. Um den Zugriff zu beenden, widerrufen Sie die Zugangsdaten in Greenhouse unter API Credential Management.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed from this computer. If JobTarget no longer uses the credential, revoke it in Greenhouse: Configure → Dev Center → API Credential Management.</source>
        <translation>Von diesem Computer entfernt. Wenn JobTarget die Zugangsdaten nicht mehr verwendet, widerrufen Sie sie in Greenhouse: Configure → Dev Center → API Credential Management.</translation>
    </message>
    <message>
        <source>The connection works</source>
        <translation>Die Verbindung funktioniert</translation>
    </message>
    <message>
        <source>“Check it now” reads the secret from the keychain and checks everything again with Greenhouse; the result becomes the connection&apos;s “Last checked”. “Hand off to JobTarget” shows the summary again, to export, print or copy the secret. “Replace the credential” walks you through creating a new one, or a new secret for the same one (for example when the secret was lost or must be rotated). A rotated secret&apos;s old one keeps working for up to a week; revoke it in Greenhouse once JobTarget uses the new one. “Remove stored credentials” deletes the secret from the keychain and the settings from this computer; it does not revoke anything in Greenhouse.</source>
        <translation>„Jetzt prüfen“ liest das Secret aus dem Schlüsselbund und prüft alles erneut bei Greenhouse; das Ergebnis wird als „Zuletzt geprüft“ der Verbindung übernommen. „An JobTarget übergeben“ zeigt die Zusammenfassung erneut an, um sie zu exportieren, zu drucken oder das Secret zu kopieren. „Zugangsdaten ersetzen“ führt Sie durch das Erstellen neuer Zugangsdaten oder eines neuen Secrets für dieselben (zum Beispiel, wenn das Secret verloren gegangen ist oder ausgetauscht werden muss). Das alte Secret eines ausgetauschten bleibt bis zu einer Woche gültig; widerrufen Sie es in Greenhouse, sobald JobTarget das neue verwendet. „Gespeicherte Zugangsdaten entfernen“ löscht das Secret aus dem Schlüsselbund und die Einstellungen von diesem Computer; in Greenhouse wird dabei nichts widerrufen.</translation>
    </message>
    <message>
        <source>Check &amp;every day and tell me if it stops working</source>
        <translation>&amp;Täglich prüfen und mich benachrichtigen, wenn die Verbindung nicht mehr funktioniert</translation>
    </message>
    <message>
        <source>Turning the daily check on…</source>
        <translation>Tägliche Prüfung wird eingeschaltet&#xa0;…</translation>
    </message>
    <message>
        <source>Turning the daily check off…</source>
        <translation>Tägliche Prüfung wird ausgeschaltet&#xa0;…</translation>
    </message>
    <message>
        <source>No daily check has run yet.</source>
        <translation>Es wurde noch keine tägliche Prüfung ausgeführt.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2f855a&quot;&gt;●&lt;/span&gt; passed &amp;nbsp; &lt;span style=&quot;color:#e53e3e&quot;&gt;■&lt;/span&gt; failed &amp;nbsp; &lt;span style=&quot;color:#b7791f&quot;&gt;▲&lt;/span&gt; could not check</source>
        <extracomment>The legend of the history&apos;s marks: a circle, a square, a triangle</extracomment>
        <translation>&lt;span style=&quot;color:#2f855a&quot;&gt;●&lt;/span&gt; bestanden &amp;nbsp; &lt;span style=&quot;color:#e53e3e&quot;&gt;■&lt;/span&gt; nicht bestanden &amp;nbsp; &lt;span style=&quot;color:#b7791f&quot;&gt;▲&lt;/span&gt; Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>The daily check is turned off and its history deleted.</source>
        <translation>Die tägliche Prüfung wird ausgeschaltet und ihr Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Tick the missing permission in Greenhouse, then check again.</source>
        <translation>Setzen Sie in Greenhouse den Haken bei der fehlenden Berechtigung und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>jt::ui::HandOffPage</name>
    <message>
        <source>&amp;Include the secret in exports and prints</source>
        <translation>Secret in Exporte und Ausdrucke &amp;aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren&#xa0;…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken&#xa0;…</translation>
    </message>
    <message>
        <source>Copy &amp;secret</source>
        <translation>Secret &amp;kopieren</translation>
    </message>
    <message>
        <source>Open JobTarget&apos;s &amp;contact page</source>
        <translation>Kontaktseite von JobTarget ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Summary for JobTarget</source>
        <translation>Zusammenfassung für JobTarget</translation>
    </message>
    <message>
        <source>Give JobTarget the board token and the credential through a secure channel, as Greenhouse recommends — not in a plain e-mail. “Copy secret” puts it on the clipboard for a short time, marked so that clipboard managers do not keep it. Exports leave the secret out unless you tick “Include the secret”.</source>
        <translation>Übermitteln Sie JobTarget das Board-Token und die Zugangsdaten über einen sicheren Kanal, wie von Greenhouse empfohlen – nicht per einfacher E-Mail. „Secret kopieren“ legt das Secret für kurze Zeit in die Zwischenablage, so markiert, dass Zwischenablage-Manager es nicht aufbewahren. Exporte enthalten das Secret nur, wenn Sie „Secret in Exporte und Ausdrucke aufnehmen“ aktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>The secret is on the clipboard; it is cleared in %n s.</source>
        <translation>
            <numerusform>Das Secret ist in der Zwischenablage; sie wird in %n Sekunde geleert.</numerusform>
            <numerusform>Das Secret ist in der Zwischenablage; sie wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo connection works</source>
        <translation>Die Demo-Verbindung funktioniert</translation>
    </message>
    <message>
        <source>In a real set-up this is what you would give JobTarget.</source>
        <translation>Bei einer echten Einrichtung würden Sie JobTarget genau das übergeben.</translation>
    </message>
    <message>
        <source>The connection works but is not stored</source>
        <translation>Die Verbindung funktioniert, ist aber nicht gespeichert</translation>
    </message>
    <message>
        <source>Give JobTarget the secret now; this computer will not keep it.</source>
        <translation>Übergeben Sie JobTarget das Secret jetzt; dieser Computer bewahrt es nicht auf.</translation>
    </message>
    <message>
        <source>The connection works, with a remark</source>
        <translation>Die Verbindung funktioniert, mit einem Hinweis</translation>
    </message>
    <message>
        <source>The connection works and is stored</source>
        <translation>Die Verbindung funktioniert und ist gespeichert</translation>
    </message>
    <message>
        <source>Include the secret?</source>
        <translation>Secret aufnehmen?</translation>
    </message>
    <message>
        <source>Anyone who gets the exported file or the printout can read your jobs through Greenhouse&apos;s API. Share it only through a secure channel and delete it afterwards.</source>
        <translation>Wer die exportierte Datei oder den Ausdruck erhält, kann über die API von Greenhouse Ihre Stellen lesen. Geben Sie sie nur über einen sicheren Kanal weiter und vernichten Sie sie anschließend.</translation>
    </message>
    <message>
        <source>Include the secret</source>
        <translation>Secret aufnehmen</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md or .json.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .pdf, .html, .md oder .json.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
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
        <source>Export the summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 is the full path of the file written</extracomment>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <extracomment>%1 is the full path of the file, %2 why it could not be written</extracomment>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>P&amp;repared by:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>The last check of this connection did not pass</source>
        <translation>Die letzte Prüfung dieser Verbindung war nicht erfolgreich</translation>
    </message>
    <message>
        <source>Go back and choose “Check it now” to see what to fix before you give it to JobTarget. The summary below shows each result.</source>
        <translation>Gehen Sie zurück und wählen Sie „Jetzt prüfen“, um zu sehen, was zu beheben ist, bevor Sie sie an JobTarget übergeben. Die Zusammenfassung unten zeigt jedes Ergebnis.</translation>
    </message>
    <message>
        <source>The secret is no longer on the clipboard.</source>
        <translation>Das Secret ist nicht mehr in der Zwischenablage.</translation>
    </message>
    <message>
        <source>•••••••• (in exports and prints only)</source>
        <translation>•••••••• (nur in Exporten und Ausdrucken)</translation>
    </message>
    <message>
        <source>Your name as the summary shows it: your account&apos;s full name unless you change it. What you write here is remembered.</source>
        <translation>Ihr Name, wie die Übersicht ihn zeigt: der vollständige Name Ihres Kontos, sofern Sie ihn nicht ändern. Was Sie hier schreiben, wird gespeichert.</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail (optional):</source>
        <translation>Kontakt-E-&amp;Mail (optional):</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Where JobTarget can reach you about this connection; shown in the summary and remembered.</source>
        <translation>Wo JobTarget Sie zu dieser Verbindung erreicht; wird in der Übersicht angezeigt und gespeichert.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <extracomment>An example address in the empty contact e-mail field</extracomment>
        <translation>name@example.com</translation>
    </message>
</context>
<context>
    <name>jt::ui::JobBoardPage</name>
    <message>
        <source>Job boards your credential can see</source>
        <translation>Für Ihre Zugangsdaten sichtbare Job-Boards</translation>
    </message>
    <message>
        <source>Job board token or address</source>
        <translation>Job-Board-Token oder -Adresse</translation>
    </message>
    <message>
        <source>for example acme, or https://boards.greenhouse.io/acme</source>
        <translation>zum Beispiel acme oder https://boards.greenhouse.io/acme</translation>
    </message>
    <message>
        <source>Checking the job board</source>
        <translation>Job-Board wird geprüft</translation>
    </message>
    <message>
        <source>Where to find it: Configure → Dev Center → Configuring Your Job Board → Your Board Token. The address of your job board ends with it too.</source>
        <translation>Wo Sie es finden: Configure → Dev Center → Configuring Your Job Board → Your Board Token. Auch die Adresse Ihres Job-Boards endet damit.</translation>
    </message>
    <message>
        <source>&amp;Open job board settings</source>
        <translation>Job-Board-&amp;Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Dev Center, Configuring Your Job Board, Your Board Token</source>
        <translation>Dev Center, Configuring Your Job Board, Your Board Token</translation>
    </message>
    <message>
        <source>JobTarget publishes the live jobs of exactly one Greenhouse job board. The check reads the board&apos;s public job list and looks a few of its jobs up with your credential, to make sure the board belongs to the same Greenhouse account.</source>
        <translation>JobTarget verbreitet die veröffentlichten Stellen genau eines Greenhouse-Job-Boards. Die Prüfung liest die öffentliche Stellenliste des Job-Boards und ruft einige der Stellen mit Ihren Zugangsdaten ab, um sicherzustellen, dass das Job-Board zum selben Greenhouse-Konto gehört.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Board token: %1</source>
        <translation>Board-Token: %1</translation>
    </message>
    <message>
        <source>✓ Its jobs belong to the same Greenhouse account as your credential.</source>
        <translation>✓ Die Stellen gehören zum selben Greenhouse-Konto wie Ihre Zugangsdaten.</translation>
    </message>
    <message>
        <source>✗ Its jobs belong to another Greenhouse account.</source>
        <translation>✗ Die Stellen gehören zu einem anderen Greenhouse-Konto.</translation>
    </message>
    <message>
        <source>⚠ It has no live jobs, so whether it belongs to your account cannot be checked.</source>
        <translation>⚠ Das Job-Board hat keine veröffentlichten Stellen. Daher lässt sich nicht prüfen, ob es zu Ihrem Konto gehört.</translation>
    </message>
    <message>
        <source>⚠ Whether it belongs to your account could not be decided (%1).</source>
        <extracomment>%1 is a reason such as &quot;the job look-up did not succeed&quot;</extracomment>
        <translation>⚠ Ob das Job-Board zu Ihrem Konto gehört, ließ sich nicht feststellen (%1).</translation>
    </message>
    <message>
        <source>the job look-up was not possible</source>
        <translation>die Abfrage der Stellen war nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Live jobs: %n</source>
        <translation>
            <numerusform>%n veröffentlichte Stelle</numerusform>
            <numerusform>%n veröffentlichte Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k this board</source>
        <translation>Dieses Job-Board &amp;prüfen</translation>
    </message>
    <message>
        <source>Cance&amp;l check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Boards your credential can &amp;see:</source>
        <translation>Für Ihre Zugangsdaten sichtbare &amp;Job-Boards:</translation>
    </message>
    <message>
        <source>Board token or the &amp;address of your job board:</source>
        <translation>Board-&amp;Token oder Adresse Ihres Job-Boards:</translation>
    </message>
    <message>
        <source>%1 (%2), not published</source>
        <translation>%1 (%2), nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>jt::ui::PermissionChecklist</name>
    <message>
        <source>Required permissions</source>
        <translation>Erforderliche Berechtigungen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft&#xa0;…</translation>
    </message>
</context>
<context>
    <name>jt::ui::SavePage</name>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Goes into &quot;The secret is stored in %1, which protects it with your login.&quot;</extracomment>
        <translation>dem macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <extracomment>Goes into &quot;The secret is stored in %1, which protects it with your login.&quot;</extracomment>
        <translation>der Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>your desktop&apos;s keyring (GNOME Keyring or KWallet)</source>
        <extracomment>Goes into &quot;The secret is stored in %1, which protects it with your login.&quot;</extracomment>
        <translation>dem Schlüsselbund Ihrer Desktopumgebung (GNOME Keyring oder KWallet)</translation>
    </message>
    <message>
        <source>&amp;Save in the keychain</source>
        <translation>&amp;Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>The secret is stored in %1, which protects it with your login. The Client ID, the board token and the result of the last check are kept in this app&apos;s settings: they are not secret. Nothing is ever written to a plain file.</source>
        <translation>Das Secret wird in %1 gespeichert und dort durch Ihre Anmeldung geschützt. Die Client ID, das Board-Token und das Ergebnis der letzten Prüfung werden in den Einstellungen dieser App abgelegt: Sie sind nicht geheim. Nichts wird jemals in eine einfache Datei geschrieben.</translation>
    </message>
    <message>
        <source>With the connection stored, this app can check it again later, and you can copy the secret for JobTarget on the next page.</source>
        <translation>Ist die Verbindung gespeichert, kann diese App sie später erneut prüfen, und Sie können das Secret für JobTarget auf der nächsten Seite kopieren.</translation>
    </message>
    <message>
        <source>Saving in the keychain</source>
        <translation>Wird im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>If no keychain is available, the assistant says why and how to fix it. It never stores the secret anywhere else: without a keychain, give JobTarget the secret now, from the next page, and keep no copy.</source>
        <translation>Wenn kein Schlüsselbund verfügbar ist, nennt der Assistent den Grund und wie Sie das beheben. Das Secret wird nie an einem anderen Ort gespeichert: Ohne Schlüsselbund geben Sie JobTarget das Secret jetzt über die nächste Seite weiter und behalten keine Kopie.</translation>
    </message>
    <message>
        <source>Demo: nothing was stored, your keychain was not touched. In a real set-up the secret would now be in the keychain.</source>
        <translation>Demo: Es wurde nichts gespeichert, Ihr Schlüsselbund blieb unberührt. Bei einer echten Einrichtung läge das Secret jetzt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Stored. The secret is in the keychain; this app can check the connection again at any time.</source>
        <translation>Gespeichert. Das Secret liegt im Schlüsselbund; diese App kann die Verbindung jederzeit erneut prüfen.</translation>
    </message>
</context>
<context>
    <name>jt::ui::SecretField</name>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste from the clipboard</source>
        <translation>Aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Hide the secret (Alt+R)</source>
        <translation>Secret ausblenden (Alt+R)</translation>
    </message>
    <message>
        <source>Show the secret (Alt+R)</source>
        <translation>Secret anzeigen (Alt+R)</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Secret verbergen</translation>
    </message>
    <message>
        <source>The secret is shown</source>
        <translation>Das Secret wird angezeigt</translation>
    </message>
    <message>
        <source>The secret is hidden</source>
        <translation>Das Secret ist verborgen</translation>
    </message>
</context>
<context>
    <name>jt::ui::SetupPage</name>
    <message>
        <source>Demo.</source>
        <translation>Demo.</translation>
    </message>
    <message>
        <source>You are practicing with a simulated Greenhouse on this computer. Nothing is sent to Greenhouse or JobTarget.</source>
        <translation>Sie üben mit einem simulierten Greenhouse auf diesem Computer. Es wird nichts an Greenhouse oder JobTarget gesendet.</translation>
    </message>
    <message>
        <source>Demo mode: practicing with a simulated Greenhouse</source>
        <translation>Demo-Modus: Üben mit einem simulierten Greenhouse</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message numerus="yes">
        <source>Greenhouse asked us to slow down. Trying again in %n s…</source>
        <translation>
            <numerusform>Greenhouse hat darum gebeten, das Tempo zu drosseln. Neuer Versuch in %n Sekunde&#xa0;…</numerusform>
            <numerusform>Greenhouse hat darum gebeten, das Tempo zu drosseln. Neuer Versuch in %n Sekunden&#xa0;…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation>Der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation>Der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The stored connection is incomplete</source>
        <translation>Die gespeicherte Verbindung ist unvollständig</translation>
    </message>
    <message>
        <source>The settings could not be written</source>
        <translation>Die Einstellungen konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Another save is under way</source>
        <translation>Ein anderes Speichern läuft gerade</translation>
    </message>
    <message>
        <source>The keychain could not be used</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>No connection is stored</source>
        <translation>Es ist keine Verbindung gespeichert</translation>
    </message>
</context>
<context>
    <name>jt::ui::SetupWizard</name>
    <message>
        <source>JobTarget Setup for Greenhouse — Demo</source>
        <translation>JobTarget Setup for Greenhouse — Demo</translation>
    </message>
    <message>
        <source>JobTarget Setup for Greenhouse</source>
        <translation>JobTarget Setup for Greenhouse</translation>
    </message>
    <message>
        <source>Show or hide help for this step (F1)</source>
        <translation>Hilfe zu diesem Schritt ein- oder ausblenden (F1)</translation>
    </message>
    <message>
        <source>This is only practice: nothing of it is kept.</source>
        <translation>Das ist nur eine Übung: Nichts davon wird aufbewahrt.</translation>
    </message>
    <message>
        <source>The secret is not stored on this computer. Give it to JobTarget before you close, or set the connection up again later with a new credential.</source>
        <translation>Das Secret ist auf diesem Computer nicht gespeichert. Übergeben Sie es JobTarget, bevor Sie schließen, oder richten Sie die Verbindung später mit neuen Zugangsdaten erneut ein.</translation>
    </message>
    <message>
        <source>Your progress is kept: next time the assistant continues at “%1”. The secret is not kept; you will enter it again.</source>
        <extracomment>%1 is the title of a step, such as &quot;Enter the credential&quot;</extracomment>
        <translation>Ihr Fortschritt bleibt erhalten: Beim nächsten Mal macht der Assistent bei „%1“ weiter. Das Secret wird nicht aufbewahrt; Sie geben es dann erneut ein.</translation>
    </message>
    <message>
        <source>Stop setting up JobTarget?</source>
        <translation>Einrichtung von JobTarget abbrechen?</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>the window&apos;s title: %1 the step (&quot;Your JobTarget connection&quot;), %2 the application&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>jt::ui::StepList</name>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Schritt %1 von %2: %3, %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>needs a change</source>
        <translation>muss geändert werden</translation>
    </message>
</context>
<context>
    <name>jt::ui::WelcomePage</name>
    <message>
        <source>&amp;Set up JobTarget</source>
        <translation>JobTarget &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Practice with demo data</source>
        <translation>Mit &amp;Demodaten üben</translation>
    </message>
    <message>
        <source>JobTarget publishes every live job of your Greenhouse job board on its job sites. To read your jobs it needs two things from Greenhouse: an API credential with a few read-only permissions, and the token of your job board.</source>
        <translation>JobTarget verbreitet alle veröffentlichten Stellen Ihres Greenhouse-Job-Boards auf seinen Jobbörsen. Um Ihre Stellen zu lesen, braucht JobTarget zwei Dinge aus Greenhouse: API-Zugangsdaten mit einigen reinen Leseberechtigungen und das Token Ihres Job-Boards.</translation>
    </message>
    <message>
        <source>This assistant walks you through Greenhouse&apos;s screens and checks each step live with Greenhouse, so you finish knowing the connection works.</source>
        <translation>Dieser Assistent führt Sie durch die Bildschirme von Greenhouse und prüft jeden Schritt live bei Greenhouse. So wissen Sie am Ende sicher, dass die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You need:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a Greenhouse account with the developer permission “Can manage ALL organization&apos;s API Credentials” (the next step helps you get it);&lt;/li&gt;&lt;li&gt;about 10 minutes.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Sie benötigen:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;ein Greenhouse-Konto mit der Entwicklerberechtigung „Can manage ALL organization&apos;s API Credentials“ (der nächste Schritt hilft Ihnen, sie zu erhalten);&lt;/li&gt;&lt;li&gt;etwa 10 Minuten.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Runs every step against a simulated Greenhouse on this computer.</source>
        <translation>Führt jeden Schritt mit einem simulierten Greenhouse auf diesem Computer aus.</translation>
    </message>
    <message>
        <source>Choose “Practice with demo data” to see every step, including what happens when a permission is missing or a secret is wrong, without touching your Greenhouse account.</source>
        <translation>Wählen Sie „Mit Demodaten üben“, um alle Schritte zu sehen, auch was passiert, wenn eine Berechtigung fehlt oder ein Secret falsch ist. Ihr Greenhouse-Konto bleibt dabei unberührt.</translation>
    </message>
    <message>
        <source>&amp;Continue where you stopped: %1</source>
        <translation>&amp;Fortfahren, wo Sie aufgehört haben: %1</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>Die Demo konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>The simulated Greenhouse could not listen on this computer.</source>
        <translation>Das simulierte Greenhouse konnte auf diesem Computer keine Verbindungen annehmen.</translation>
    </message>
    <message>
        <source>Check or update the &amp;existing connection</source>
        <translation>Bestehende Verbindung &amp;prüfen oder aktualisieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This build of jobtarget-setup has no wizard. Use “jobtarget-setup verify --help” or “jobtarget-setup summary --help”.</source>
        <translation>Diese Ausgabe von jobtarget-setup hat keinen Assistenten. Verwenden Sie „jobtarget-setup verify --help“ oder „jobtarget-setup summary --help“.</translation>
    </message>
    <message>
        <source>See “jobtarget-setup --help”.</source>
        <translation>Siehe „jobtarget-setup --help“.</translation>
    </message>
    <message>
        <source>jobtarget-setup is already running, or there is no session bus to take its name on.</source>
        <translation>jobtarget-setup läuft bereits, oder es gibt keinen Sitzungsbus, auf dem es seinen Namen registrieren kann.</translation>
    </message>
</context>
</TS>

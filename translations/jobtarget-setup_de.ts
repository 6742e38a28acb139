<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>A job board token has only letters, digits, “-” and “_”, like “acme”. Copy it from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation>Ein Job-Board-Token besteht nur aus Buchstaben, Ziffern, “-” und “_”, zum Beispiel “acme”. Kopieren Sie es aus Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
</context>
<context>
    <name>CredentialInput</name>
    <message>
        <source>The %1 contains a line break: copy it again as one line.</source>
        <translation>Der Wert für %1 enthält einen Zeilenumbruch: Kopieren Sie ihn erneut als eine einzige Zeile.</translation>
    </message>
    <message>
        <source>The %1 contains quotation marks: paste it without them.</source>
        <translation>Der Wert für %1 enthält Anführungszeichen: Fügen Sie ihn ohne Anführungszeichen ein.</translation>
    </message>
    <message>
        <source>This is a whole “Authorization” header. Paste only the %1 from Greenhouse.</source>
        <translation>Das ist ein vollständiger “Authorization”-Header. Fügen Sie nur den Wert für %1 aus Greenhouse ein.</translation>
    </message>
    <message>
        <source>This is a web address, not a %1. Copy the %1 from API Credential Management.</source>
        <translation>Das ist eine Webadresse und nicht der Wert für %1. Kopieren Sie den Wert für %1 aus dem Bereich API Credential Management.</translation>
    </message>
    <message>
        <source>The %1 contains spaces: copy it again without them.</source>
        <translation>Der Wert für %1 enthält Leerzeichen: Kopieren Sie ihn erneut ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>Das Feld %1 ist leer.</translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key. For Harvest v3 (OAuth), paste the Client Secret, or choose “Harvest API key (legacy)”.</source>
        <translation>Das sieht nach einem älteren Harvest-API-Schlüssel aus. Fügen Sie für Harvest v3 (OAuth) das Client Secret ein oder wählen Sie “Harvest API key (legacy)”.</translation>
    </message>
    <message>
        <source>This looks like a Harvest v3 Client ID, not an API key. Choose “Harvest v3 (OAuth)” to use client credentials.</source>
        <translation>Das sieht nach einer Client ID für Harvest v3 aus, nicht nach einem API-Schlüssel. Wählen Sie “Harvest v3 (OAuth)”, um Client ID und Client Secret zu verwenden.</translation>
    </message>
    <message>
        <source>The %1 looks too short. Greenhouse shows it only once: copy all of it.</source>
        <translation>Der Wert für %1 scheint zu kurz zu sein. Greenhouse zeigt ihn nur einmal an: Kopieren Sie ihn vollständig.</translation>
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
        <translation>Das sieht nach einem älteren Harvest-API-Schlüssel aus, nicht nach einer Client ID. Wählen Sie “Harvest API key (legacy)”, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Client IDs usually look like “name-1234”. Check that you copied all of it.</source>
        <translation>Eine Client ID sieht normalerweise so aus: “name-1234”. Prüfen Sie, ob Sie sie vollständig kopiert haben.</translation>
    </message>
    <message>
        <source>The Site Admin user ID is a number: the digits at the end of the user&apos;s Greenhouse address (…/users/12345).</source>
        <translation>Die Benutzer-ID des Site Admin ist eine Zahl: die Ziffern am Ende der Greenhouse-Adresse des Benutzers (…/users/12345).</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>%1 is not a valid address.</source>
        <translation>%1 ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>%1 must be a plain address, without a user name, query or fragment.</source>
        <translation>%1 muss eine einfache Adresse sein, ohne Benutzernamen, Abfrageteil oder Fragment.</translation>
    </message>
    <message>
        <source>%1 is refused: only https:// addresses are used (http:// only for this computer: localhost, 127.0.0.0/8, ::1).</source>
        <translation>%1 wird abgelehnt: Es werden nur https://-Adressen verwendet (http:// nur für diesen Computer: localhost, 127.0.0.0/8, ::1).</translation>
    </message>
</context>
<context>
    <name>HarvestV3Client</name>
    <message>
        <source>Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was lost, create a new credential and revoke the old one.</source>
        <translation>Greenhouse hat die Client ID oder das Client Secret abgelehnt. Kopieren Sie beide erneut. Falls das Client Secret verloren gegangen ist, erstellen Sie neue Zugangsdaten und widerrufen Sie die alten.</translation>
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
        <source>The answer did not come from Greenhouse as expected (a sign-in page of a Wi-Fi network or a proxy?). Check your connection, then try again.</source>
        <translation>Die Antwort stammte offenbar nicht von Greenhouse (vielleicht die Anmeldeseite eines WLANs oder eines Proxys?). Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The address is not allowed: only HTTPS addresses (or plain HTTP on this computer) are used.</source>
        <translation>Diese Adresse ist nicht zulässig: Es werden nur HTTPS-Adressen verwendet (oder einfaches HTTP auf diesem Computer).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget credential, click Manage Scopes, tick “%1” and save.</source>
        <translation>Öffnen Sie in Greenhouse Configure → Dev Center → API Credential Management, wählen Sie die Zugangsdaten für JobTarget aus, klicken Sie auf Manage Scopes, aktivieren Sie “%1” und speichern Sie.</translation>
    </message>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget key, click Manage Permissions, tick “%1” under “%2” and save.</source>
        <translation>Öffnen Sie in Greenhouse Configure → Dev Center → API Credential Management, wählen Sie den API-Schlüssel für JobTarget aus, klicken Sie auf Manage Permissions, aktivieren Sie “%1” unter “%2” und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Greenhouse rejected this API key (“Invalid Basic Auth credentials”). Copy it again; if it was lost, create a new key and revoke the old one.</source>
        <translation>Greenhouse hat diesen API-Schlüssel abgelehnt (“Invalid Basic Auth credentials”). Kopieren Sie ihn erneut. Falls er verloren gegangen ist, erstellen Sie einen neuen Schlüssel und widerrufen Sie den alten.</translation>
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
        <source>Greenhouse check of a %1, %2</source>
        <translation>Greenhouse-Prüfung: %1, %2</translation>
    </message>
    <message>
        <source>Credential: %1 %2</source>
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
        <translation>Job-Board: ✗ In Greenhouse gibt es kein Job-Board “%1”. Kopieren Sie das Token aus Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
    <message>
        <source>Job board: ⚠ “%1” could not be checked. %2</source>
        <translation>Job-Board: ⚠ “%1” konnte nicht geprüft werden. %2</translation>
    </message>
    <message numerus="yes">
        <source>Job board: %1 “%2” (%3), %n live job(s)</source>
        <translation>
            <numerusform>Job-Board: %1 “%2” (%3), %n veröffentlichte Stelle</numerusform>
            <numerusform>Job-Board: %1 “%2” (%3), %n veröffentlichte Stellen</numerusform>
        </translation>
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
        <source>Read the secret (Client Secret or API key) from the first line of standard input. Or set JOBTARGET_SETUP_SECRET.</source>
        <translation>Liest das Secret (Client Secret oder API-Schlüssel) aus der ersten Zeile der Standardeingabe. Alternativ können Sie JOBTARGET_SETUP_SECRET setzen.</translation>
    </message>
    <message>
        <source>Job board token or the board&apos;s address.</source>
        <translation>Job-Board-Token oder die Adresse des Job-Boards.</translation>
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
        <source>Seconds to wait for connecting and for each silence (default 20).</source>
        <translation>Wartezeit in Sekunden für den Verbindungsaufbau und für jede Pause ohne Antwort (Standard: 20).</translation>
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
        <source>a secret is never accepted as an argument (it would show in the process list). Use --secret-stdin or JOBTARGET_SETUP_SECRET.</source>
        <translation>ein Secret wird nie als Argument angenommen (es wäre in der Prozessliste sichtbar). Verwenden Sie --secret-stdin oder JOBTARGET_SETUP_SECRET.</translation>
    </message>
    <message>
        <source>unexpected argument. Secrets go to standard input (--secret-stdin).</source>
        <translation>unerwartetes Argument. Secrets werden über die Standardeingabe übergeben (--secret-stdin).</translation>
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
        <source>give the secret one way only: --secret-stdin or JOBTARGET_SETUP_SECRET, not both.</source>
        <translation>geben Sie das Secret nur auf einem Weg an: --secret-stdin oder JOBTARGET_SETUP_SECRET, nicht beides.</translation>
    </message>
    <message>
        <source>no secret given. Use --secret-stdin (first line of standard input) or set JOBTARGET_SETUP_SECRET.</source>
        <translation>kein Secret angegeben. Verwenden Sie --secret-stdin (erste Zeile der Standardeingabe) oder setzen Sie JOBTARGET_SETUP_SECRET.</translation>
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
        <source>--ca-file cannot be read: %1</source>
        <translation>--ca-file kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>--ca-file holds no PEM certificate.</source>
        <translation>--ca-file enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Greenhouse asked to slow down; waiting until %1.
</source>
        <translation>Greenhouse hat darum gebeten, das Tempo zu drosseln; es wird bis %1 gewartet.
</translation>
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
        <translation>Greenhouse erkennt diese Client ID nicht. Kopieren Sie sie erneut aus dem Bereich API Credential Management – sie hat die Form “name-1234”.</translation>
    </message>
    <message>
        <source>Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was lost, create a new credential and revoke the old one.</source>
        <translation>Greenhouse hat die Client ID oder das Client Secret abgelehnt. Kopieren Sie beide erneut. Falls das Client Secret verloren gegangen ist, erstellen Sie neue Zugangsdaten und widerrufen Sie die alten.</translation>
    </message>
    <message>
        <source>Greenhouse did not accept the Site Admin user ID. Use the number at the end of the user&apos;s Greenhouse address, or leave the field empty.</source>
        <translation>Greenhouse hat die Benutzer-ID des Site Admin nicht akzeptiert. Verwenden Sie die Zahl am Ende der Greenhouse-Adresse des Benutzers oder lassen Sie das Feld leer.</translation>
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
</context>
<context>
    <name>jt::Verifier</name>
    <message>
        <source>the board has no live jobs</source>
        <translation>das Job-Board hat keine veröffentlichten Stellen</translation>
    </message>
    <message>
        <source>the board&apos;s jobs carry no Harvest job id</source>
        <translation>die Stellen des Job-Boards enthalten keine Harvest-Job-ID</translation>
    </message>
    <message>
        <source>Greenhouse accepted the API key.</source>
        <translation>Greenhouse hat den API-Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Tick the scopes below; if they are ticked, enter the user ID of a Site Admin (for example your Integration System User) as the Site Admin user ID.</source>
        <translation>Greenhouse hat alle Berechtigungen verweigert. Aktivieren Sie die unten aufgeführten Scopes. Falls sie bereits aktiviert sind, geben Sie die Benutzer-ID eines Site Admin (zum Beispiel Ihres Integration System User) als Benutzer-ID des Site Admin ein.</translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Check that user %1 is a Site Admin, or tick the scopes below.</source>
        <translation>Greenhouse hat alle Berechtigungen verweigert. Prüfen Sie, ob Benutzer %1 ein Site Admin ist, oder aktivieren Sie die unten aufgeführten Scopes.</translation>
    </message>
    <message>
        <source>The board “%1” has no live jobs: JobTarget would receive nothing until jobs are published on it.</source>
        <translation>Das Job-Board “%1” hat keine veröffentlichten Stellen: JobTarget erhält nichts, bis dort Stellen veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Could not confirm that the board belongs to the credential&apos;s Greenhouse account (%1).</source>
        <translation>Es konnte nicht bestätigt werden, dass das Job-Board zum selben Greenhouse-Konto gehört wie die Zugangsdaten (%1).</translation>
    </message>
    <message>
        <source>The board “%1” is not among the boards this credential can list.</source>
        <translation>Das Job-Board “%1” gehört nicht zu den Job-Boards, die diese Zugangsdaten auflisten können.</translation>
    </message>
    <message>
        <source>Greenhouse retired Harvest API keys (v1/v2) on 31 August 2026. Create a Harvest v3 (OAuth) credential for JobTarget as soon as JobTarget accepts one.</source>
        <translation>Greenhouse hat die Harvest-API-Schlüssel (v1/v2) am 31. August 2026 eingestellt. Erstellen Sie Zugangsdaten für Harvest v3 (OAuth) für JobTarget, sobald JobTarget diese annimmt.</translation>
    </message>
    <message numerus="yes">
        <source>Greenhouse issued a token that expires in %n minute(s); check the credential in API Credential Management.</source>
        <translation>
            <numerusform>Greenhouse hat ein Token ausgestellt, das in %n Minute abläuft. Prüfen Sie die Zugangsdaten im Bereich API Credential Management.</numerusform>
            <numerusform>Greenhouse hat ein Token ausgestellt, das in %n Minuten abläuft. Prüfen Sie die Zugangsdaten im Bereich API Credential Management.</numerusform>
        </translation>
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
        <source>Connect Greenhouse to JobTarget</source>
        <translation>Greenhouse mit JobTarget verbinden</translation>
    </message>
    <message>
        <source>This assistant helps you create the Greenhouse credential JobTarget needs, checks it live against Greenhouse and prepares everything to hand to JobTarget.

The guided pages are being built. Until then, IT staff can check a connection with “jobtarget-setup verify --help”.</source>
        <translation>Dieser Assistent hilft Ihnen, die Greenhouse-Zugangsdaten zu erstellen, die JobTarget benötigt. Er prüft sie direkt bei Greenhouse und bereitet alles vor, was Sie an JobTarget übergeben.

Die geführten Seiten sind noch in Arbeit. Bis dahin kann Ihre IT-Abteilung eine Verbindung mit “jobtarget-setup verify --help” prüfen.</translation>
    </message>
</context>
</TS>

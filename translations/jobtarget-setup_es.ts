<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BoardTokenInput</name>
    <message>
        <source>Enter the job board token or paste the address of your job board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not a Greenhouse job board. Paste an address such as https://boards.greenhouse.io/yourcompany, or just the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Greenhouse address does not name a job board. Open your job board and copy its address, or copy the token from Dev Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job board token has only letters, digits, “-” and “_”, like “acme”. Copy it from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialInput</name>
    <message>
        <source>The %1 contains a line break: copy it again as one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains quotation marks: paste it without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a whole “Authorization” header. Paste only the %1 from Greenhouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a web address, not a %1. Copy the %1 from API Credential Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains spaces: copy it again without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key. For Harvest v3 (OAuth), paste the Client Secret, or choose “Harvest API key (legacy)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Harvest v3 Client ID, not an API key. Choose “Harvest v3 (OAuth)” to use client credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 looks too short. Greenhouse shows it only once: copy all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key, not a Client ID. Choose “Harvest API key (legacy)” to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client IDs usually look like “name-1234”. Check that you copied all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Site Admin user ID is a number: the digits at the end of the user&apos;s Greenhouse address (…/users/12345).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>%1 is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a plain address, without a user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: only https:// addresses are used (http:// only for this computer: localhost, 127.0.0.0/8, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarvestV3Client</name>
    <message>
        <source>Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was lost, create a new credential and revoke the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkProblem</name>
    <message>
        <source>Greenhouse could not be reached. Check your internet connection or proxy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse&apos;s address could not be found. Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Greenhouse could not be verified. If your company inspects HTTPS traffic, ask IT for its certificate (--ca-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse asked us to slow down (rate limit). Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse had a problem answering (server error). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer did not come from Greenhouse as expected (a sign-in page of a Wi-Fi network or a proxy?). Check your connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not allowed: only HTTPS addresses (or plain HTTP on this computer) are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget credential, click Manage Scopes, tick “%1” and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget key, click Manage Permissions, tick “%1” under “%2” and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Greenhouse rejected this API key (“Invalid Basic Auth credentials”). Copy it again; if it was lost, create a new key and revoke the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <source>Harvest v3 (OAuth) credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harvest API key (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse check of a %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job board: not checked (no --board-token given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job board: ✗ no job board “%1” exists in Greenhouse. Copy the token from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job board: ⚠ “%1” could not be checked. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job board: %1 “%2” (%3), %n live job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its jobs belong to the same Greenhouse account as the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its jobs belong to another Greenhouse account: choose the board of the account the credential was created in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards this credential can see: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: ready for JobTarget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: not ready (exit status %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>jobtarget-setup verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a Greenhouse credential and job board for JobTarget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential kind: v3 (default) or v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harvest v3 Client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harvest v3 Site Admin user ID (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret (Client Secret or API key) from the first line of standard input. Or set JOBTARGET_SETUP_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job board token or the board&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust this PEM CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for connecting and for each silence (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages (de, fr, es, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret is never accepted as an argument (it would show in the process list). Use --secret-stdin or JOBTARGET_SETUP_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument. Secrets go to standard input (--secret-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--credential must be v3 or v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id and --user-id belong to v3 credentials; a legacy API key has neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the secret one way only: --secret-stdin or JOBTARGET_SETUP_SECRET, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret given. Use --secret-stdin (first line of standard input) or set JOBTARGET_SETUP_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id is required for a v3 credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse asked to slow down; waiting until %1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jt::HarvestV1Client</name>
    <message>
        <source>the job look-up did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jt::HarvestV3Client</name>
    <message>
        <source>Greenhouse accepted the Client ID and Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse does not recognise this Client ID. Copy it again from API Credential Management: it looks like “name-1234”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was lost, create a new credential and revoke the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse did not accept the Site Admin user ID. Use the number at the end of the user&apos;s Greenhouse address, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse refused to issue a token for this credential (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential may not list jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job look-up did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job look-up gave an unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jt::Verifier</name>
    <message>
        <source>the board has no live jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board&apos;s jobs carry no Harvest job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse accepted the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Tick the scopes below; if they are ticked, enter the user ID of a Site Admin (for example your Integration System User) as the Site Admin user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Check that user %1 is a Site Admin, or tick the scopes below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board “%1” has no live jobs: JobTarget would receive nothing until jobs are published on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not confirm that the board belongs to the credential&apos;s Greenhouse account (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board “%1” is not among the boards this credential can list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenhouse retired Harvest API keys (v1/v2) on 31 August 2026. Create a Harvest v3 (OAuth) credential for JobTarget as soon as JobTarget accepts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Greenhouse issued a token that expires in %n minute(s); check the credential in API Credential Management.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::ui::SetupWizard</name>
    <message>
        <source>JobTarget Setup for Greenhouse — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JobTarget Setup for Greenhouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Greenhouse to JobTarget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assistant helps you create the Greenhouse credential JobTarget needs, checks it live against Greenhouse and prepares everything to hand to JobTarget.

The guided pages are being built. Until then, IT staff can check a connection with “jobtarget-setup verify --help”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

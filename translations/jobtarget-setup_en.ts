<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckHistory</name>
    <message numerus="yes">
        <source>Checked %n time(s) since %1</source>
        <extracomment>%n checks, %1 the date of the first one (&quot;1 November 2026&quot;)</extracomment>
        <translation>
            <numerusform>Checked once since %1</numerusform>
            <numerusform>Checked %n times since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n could not be checked</numerusform>
            <numerusform>%n could not be checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckRecord</name>
    <message numerus="yes">
        <source>“%1” and %n more permission(s) are missing</source>
        <translation>
            <numerusform>“%1” and %n more permission are missing</numerusform>
            <numerusform>“%1” and %n more permissions are missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: passed, %n live job(s)</source>
        <extracomment>%1 date and time of a check, %n the board&apos;s live jobs</extracomment>
        <translation>
            <numerusform>%1: passed, %n live job</numerusform>
            <numerusform>%1: passed, %n live jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckVerdict</name>
    <message numerus="yes">
        <source>%n permissions are missing</source>
        <translation>
            <numerusform>%n permission is missing</numerusform>
            <numerusform>%n permissions are missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffChecks</name>
    <message numerus="yes">
        <source>Passing since %1; %n failures before, the last on %2, all fixed.</source>
        <extracomment>%n (2 or more) failures before, each fixed; %1 since when the checks pass, %2 the day of the last failure</extracomment>
        <translation>
            <numerusform>Passing since %1; %n failure before, on %2, fixed.</numerusform>
            <numerusform>Passing since %1; %n failures before, the last on %2, all fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled checks since %1.</source>
        <extracomment>%n (2 or more) checks that the daily schedule ran, %1 the date of the first</extracomment>
        <translation>
            <numerusform>%n scheduled check since %1.</numerusform>
            <numerusform>%n scheduled checks since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks by hand.</source>
        <extracomment>%n (2 or more) checks the admin started in the wizard (&quot;Check it now&quot;)</extracomment>
        <translation>
            <numerusform>%n check by hand.</numerusform>
            <numerusform>%n checks by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffSummary</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After the titles of the first few live jobs: how many more the board has</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n required permissions are granted.</source>
        <extracomment>%n is the number of required permissions (3 or 6)</extracomment>
        <translation>
            <numerusform>The %n required permission is granted.</numerusform>
            <numerusform>All %n required permissions are granted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required permissions are missing.</source>
        <extracomment>%n is the number of required permissions that are missing (2 or more)</extracomment>
        <translation>
            <numerusform>%n required permission is missing.</numerusform>
            <numerusform>%n required permissions are missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required permissions could not be checked.</source>
        <extracomment>%n is the number of required permissions that could not be checked (2 or more)</extracomment>
        <translation>
            <numerusform>%n required permission could not be checked.</numerusform>
            <numerusform>%n required permissions could not be checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>The daily check passed: %n live job(s) on the job board.</source>
        <translation>
            <numerusform>The daily check passed: %n live job on the job board.</numerusform>
            <numerusform>The daily check passed: %n live jobs on the job board.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n daily checks could not be done: %1. The connection itself may be fine.</source>
        <extracomment>%n checks in a row, %1 why (&quot;Greenhouse could not be reached&quot;)</extracomment>
        <translation>
            <numerusform>The last check could not be done: %1. The connection itself may be fine.</numerusform>
            <numerusform>The last %n daily checks could not be done: %1. The connection itself may be fine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message numerus="yes">
        <source>Job board: %1 “%2” (%3), live jobs: %n</source>
        <translation>
            <numerusform>Job board: %1 “%2” (%3), live jobs: %n</numerusform>
            <numerusform>Job board: %1 “%2” (%3), live jobs: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::CheckRun</name>
    <message numerus="yes">
        <source>Still waiting for Greenhouse… (attempt %1 of %2; the check gives up in %n s)</source>
        <extracomment>%1 and %2 count attempts (&quot;attempt 2 of 3&quot;); %n is the number of seconds left</extracomment>
        <translation>
            <numerusform>Still waiting for Greenhouse… (attempt %1 of %2; the check gives up in %n s)</numerusform>
            <numerusform>Still waiting for Greenhouse… (attempt %1 of %2; the check gives up in %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still waiting for Greenhouse… (the check gives up in %n s)</source>
        <translation>
            <numerusform>Still waiting for Greenhouse… (the check gives up in %n s)</numerusform>
            <numerusform>Still waiting for Greenhouse… (the check gives up in %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::CheckSchedule</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 did not answer within %n second</numerusform>
            <numerusform>%1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::SecretStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n s. If a password prompt is open, answer it; then try again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n s. If a password prompt is open, answer it; then try again.</numerusform>
            <numerusform>The keychain did not answer within %n s. If a password prompt is open, answer it; then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::Verifier</name>
    <message numerus="yes">
        <source>Greenhouse issued a token that expires in %n min; check the credential in API Credential Management.</source>
        <translation>
            <numerusform>Greenhouse issued a token that expires in %n min; check the credential in API Credential Management.</numerusform>
            <numerusform>Greenhouse issued a token that expires in %n min; check the credential in API Credential Management.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::ui::HandOffPage</name>
    <message numerus="yes">
        <source>The secret is on the clipboard; it is cleared in %n s.</source>
        <translation>
            <numerusform>The secret is on the clipboard; it is cleared in %n s.</numerusform>
            <numerusform>The secret is on the clipboard; it is cleared in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::ui::JobBoardPage</name>
    <message numerus="yes">
        <source>Live jobs: %n</source>
        <translation>
            <numerusform>Live jobs: %n</numerusform>
            <numerusform>Live jobs: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::ui::SetupPage</name>
    <message numerus="yes">
        <source>Greenhouse asked us to slow down. Trying again in %n s…</source>
        <translation>
            <numerusform>Greenhouse asked us to slow down. Trying again in %n s…</numerusform>
            <numerusform>Greenhouse asked us to slow down. Trying again in %n s…</numerusform>
        </translation>
    </message>
</context>
</TS>

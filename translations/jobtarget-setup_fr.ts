<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArgumentCheck</name>
    <message>
        <source>Argument %1 is not an option of “%2”.</source>
        <extracomment>%2 is the subcommand, such as &quot;verify&quot;</extracomment>
        <translation>L’argument %1 n’est pas une option de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Did you mean --%1?</source>
        <translation>Vouliez-vous dire --%1&#xa0;?</translation>
    </message>
    <message>
        <source>--%1 is given twice; give it once.</source>
        <translation>--%1 est donné deux fois&#x202f;; donnez-le une seule fois.</translation>
    </message>
    <message>
        <source>Usage: jobtarget-setup %1 [options]</source>
        <translation>Utilisation&#xa0;: jobtarget-setup %1 [options]</translation>
    </message>
</context>
<context>
    <name>BoardTokenInput</name>
    <message>
        <source>Enter the job board token or paste the address of your job board.</source>
        <translation>Saisissez le jeton du job board ou collez l&apos;adresse de votre job board.</translation>
    </message>
    <message>
        <source>This address is not a Greenhouse job board. Paste an address such as https://boards.greenhouse.io/yourcompany, or just the token.</source>
        <translation>Cette adresse n&apos;est pas celle d&apos;un job board Greenhouse. Collez une adresse comme https://boards.greenhouse.io/yourcompany, ou seulement le jeton.</translation>
    </message>
    <message>
        <source>This Greenhouse address does not name a job board. Open your job board and copy its address, or copy the token from Dev Center.</source>
        <translation>Cette adresse Greenhouse n&apos;indique aucun job board. Ouvrez votre job board et copiez son adresse, ou copiez le jeton depuis Dev Center.</translation>
    </message>
    <message>
        <source>A job board token is made of up to 100 letters a–z, digits, “-” and “_”, like “acme”. Copy it from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation>Un jeton de job board comporte jusqu&apos;à 100 caractères&#xa0;: lettres a–z, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», par exemple «&#xa0;acme&#xa0;». Copiez-le depuis Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
    <message>
        <source>This address holds a user name or password. Paste the job board&apos;s address without them, such as https://boards.greenhouse.io/yourcompany.</source>
        <translation>Cette adresse contient un nom d’utilisateur ou un mot de passe. Collez l’adresse du job board sans eux, par exemple https://boards.greenhouse.io/yourcompany.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>jobtarget-setup check: %1</source>
        <translation>jobtarget-setup check&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: “check” takes only options.</source>
        <translation>Argument inattendu&#xa0;: «&#xa0;check&#xa0;» n&apos;accepte que des options.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notified: %1</source>
        <translation>Notification envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not notified (no desktop session): %1</source>
        <translation>Aucune notification (pas de session de bureau)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checks the connection stored on this computer, as “verify --from-keychain” does, and keeps the result in the history of checks (the last %1):
  %2
When the connection stops working, works again, or could not be checked %3 times in a row, a desktop notification says so; it opens the wizard. Meant for a daily schedule: the wizard&apos;s “Check every day” installs one.
The secret is always the keychain&apos;s: JOBTARGET_SETUP_SECRET is ignored (and not passed on).

Exit status: as “verify”. More: man jobtarget-setup</source>
        <extracomment>%1 how many checks the history keeps (100), %2 its file, %3 how many checks in a row</extracomment>
        <translation>Vérifie la connexion enregistrée sur cet ordinateur, comme le fait «&#xa0;verify --from-keychain&#xa0;», et conserve le résultat dans l&apos;historique des vérifications (les %1 dernières)&#xa0;:
  %2
Lorsque la connexion cesse de fonctionner, fonctionne de nouveau ou n&apos;a pas pu être vérifiée %3 fois de suite, une notification de bureau le signale&#xa0;; elle ouvre l&apos;assistant. Prévu pour une exécution quotidienne&#xa0;: l&apos;option «&#xa0;Vérifier chaque jour&#xa0;» de l&apos;assistant la programme.
Le secret est toujours celui du trousseau&#xa0;: JOBTARGET_SETUP_SECRET est ignoré (et n&apos;est pas transmis).

Code de sortie&#xa0;: comme «&#xa0;verify&#xa0;». Plus&#xa0;: man jobtarget-setup</translation>
    </message>
    <message>
        <source>The check could not be added to the history (%1): %2. Its outcome is still reported; the next check that can write the history records its own.</source>
        <translation>La vérification n&apos;a pas pu être ajoutée à l&apos;historique (%1)&#xa0;: %2. Son résultat est tout de même signalé&#xa0;; la prochaine vérification qui pourra écrire l&apos;historique y consignera le sien.</translation>
    </message>
</context>
<context>
    <name>CheckHistory</name>
    <message>
        <source>The history of checks (%1) could not be read and starts again: %2.</source>
        <extracomment>%1 the file, %2 what was wrong with it</extracomment>
        <translation>L&apos;historique des vérifications (%1) n&apos;a pas pu être lu et repart de zéro&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>il est trop volumineux</translation>
    </message>
    <message>
        <source>it is not a history of checks</source>
        <translation>ce n&apos;est pas un historique de vérifications</translation>
    </message>
    <message>
        <source>it was written by another version</source>
        <translation>il a été écrit par une autre version</translation>
    </message>
    <message>
        <source>an entry is damaged</source>
        <translation>une entrée est endommagée</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n time(s) since %1</source>
        <extracomment>%n checks, %1 the date of the first one (&quot;1 November 2026&quot;)</extracomment>
        <translation>
            <numerusform>Vérifiée une fois depuis le %1</numerusform>
            <numerusform>Vérifiée %n fois depuis le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, passed.</source>
        <translation>%1, avec succès.</translation>
    </message>
    <message>
        <source>%1, all passed.</source>
        <translation>%1, chaque fois avec succès.</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être effectuée</numerusform>
            <numerusform>%n n&apos;ont pas pu être effectuées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 &quot;Checked 30 times since 1 November 2026&quot;, %2 &quot;27 passed, 2 failed, 1 could not be checked&quot;</extracomment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>another check is writing it</source>
        <translation>une autre vérification est en train de l&apos;écrire</translation>
    </message>
    <message>
        <source>The history of checks (%1) is not used: %2.</source>
        <extracomment>%1 the file, %2 why it is not used (&quot;it is a symbolic link&quot;)</extracomment>
        <translation>L&apos;historique des vérifications (%1) n&apos;est pas utilisé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>its lock %1 is not used: %2</source>
        <extracomment>%1 the lock file, %2 why it is not used (&quot;it is a symbolic link&quot;)</extracomment>
        <translation>son fichier de verrou %1 n&apos;est pas utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>son dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>its lock %1 cannot be made (is the disk full?)</source>
        <translation>son fichier de verrou %1 ne peut pas être créé (le disque est-il plein&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>CheckRecord</name>
    <message>
        <source>the keychain could not be read (it may be locked)</source>
        <translation>le trousseau n&apos;a pas pu être lu (il est peut-être verrouillé)</translation>
    </message>
    <message>
        <source>the stored connection could not be used; save it again</source>
        <translation>la connexion enregistrée n&apos;a pas pu être utilisée&#xa0;; enregistrez-la de nouveau</translation>
    </message>
    <message>
        <source>Greenhouse could not be reached</source>
        <translation>Greenhouse n&apos;a pas pu être joint</translation>
    </message>
    <message>
        <source>the credential was rejected (revoked, or its secret rotated)</source>
        <translation>les identifiants ont été refusés (révoqués, ou leur secret a été renouvelé)</translation>
    </message>
    <message>
        <source>the user ID the credential acts as is no longer a Site Admin&apos;s</source>
        <translation>l&apos;ID utilisateur au nom duquel agissent les identifiants n&apos;est plus celui d&apos;un Site Admin</translation>
    </message>
    <message>
        <source>a permission JobTarget needs is missing</source>
        <translation>il manque une autorisation nécessaire à JobTarget</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <extracomment>%1 is a permission exactly as Greenhouse names it, such as &quot;Openings &gt; List openings&quot;</extracomment>
        <translation>il manque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and %n more permission(s) are missing</source>
        <translation>
            <numerusform>il manque «&#xa0;%1&#xa0;» et %n autre autorisation</numerusform>
            <numerusform>il manque «&#xa0;%1&#xa0;» et %n autres autorisations</numerusform>
        </translation>
    </message>
    <message>
        <source>the job board “%1” has no live jobs</source>
        <translation>le job board «&#xa0;%1&#xa0;» n&apos;a aucune offre publiée</translation>
    </message>
    <message>
        <source>the job board “%1” was not found (renamed or deleted?)</source>
        <translation>le job board «&#xa0;%1&#xa0;» est introuvable (renommé ou supprimé&#xa0;?)</translation>
    </message>
    <message>
        <source>the job board&apos;s jobs belong to another Greenhouse account</source>
        <translation>les offres du job board appartiennent à un autre compte Greenhouse</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How the check history writes a date; Qt&apos;s date format (d, MMMM, yyyy), as is usual in your language</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%1: passed, %n live job(s)</source>
        <extracomment>%1 date and time of a check, %n the board&apos;s live jobs</extracomment>
        <translation>
            <numerusform>%1&#xa0;: réussie, %n offre publiée</numerusform>
            <numerusform>%1&#xa0;: réussie, %n offres publiées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1&#xa0;: réussie</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <extracomment>%1 date and time of a check, %2 what was wrong</extracomment>
        <translation>%1&#xa0;: échouée — %2</translation>
    </message>
    <message>
        <source>%1: could not check — %2</source>
        <extracomment>%1 date and time of a check, %2 why it could not be done</extracomment>
        <translation>%1&#xa0;: vérification impossible — %2</translation>
    </message>
</context>
<context>
    <name>CheckVerdict</name>
    <message>
        <source>The connection to Greenhouse is not trustworthy</source>
        <translation>La connexion à Greenhouse n&apos;est pas digne de confiance</translation>
    </message>
    <message>
        <source>If your company inspects secure connections, ask your IT team; your credential was not sent.</source>
        <translation>Si votre entreprise inspecte les connexions sécurisées, adressez-vous à votre service informatique&#xa0;; vos identifiants n&apos;ont pas été envoyés.</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Vérification annulée</translation>
    </message>
    <message>
        <source>Greenhouse could not be reached</source>
        <translation>Impossible de joindre Greenhouse</translation>
    </message>
    <message>
        <source>Greenhouse did not accept the credential</source>
        <translation>Greenhouse n&apos;a pas accepté les identifiants</translation>
    </message>
    <message>
        <source>Every permission JobTarget needs is granted</source>
        <translation>Toutes les autorisations nécessaires à JobTarget sont accordées</translation>
    </message>
    <message>
        <source>There is no job board “%1”</source>
        <translation>Il n&apos;existe aucun job board «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copy the token from Dev Center → Configuring Your Job Board → Your Board Token, or paste the address of your job board.</source>
        <translation>Copiez le jeton depuis Dev Center → Configuring Your Job Board → Your Board Token, ou collez l&apos;adresse de votre job board.</translation>
    </message>
    <message>
        <source>“%1” belongs to another Greenhouse account</source>
        <translation>«&#xa0;%1&#xa0;» appartient à un autre compte Greenhouse</translation>
    </message>
    <message>
        <source>None of its jobs exist in the account your credential belongs to, so JobTarget could not read them. Choose a board of your own account, or create the credential in the account that owns this board.</source>
        <translation>Aucune de ses offres n&apos;existe dans le compte auquel appartiennent vos identifiants&#xa0;: JobTarget ne pourrait donc pas les lire. Choisissez un job board de votre propre compte, ou créez les identifiants dans le compte auquel appartient ce job board.</translation>
    </message>
    <message>
        <source>Job board “%1” confirmed</source>
        <translation>Job board «&#xa0;%1&#xa0;» confirmé</translation>
    </message>
    <message>
        <source>Nothing was changed. Check again when you are ready.</source>
        <translation>Rien n&apos;a été modifié. Vérifiez à nouveau dès que vous le souhaitez.</translation>
    </message>
    <message>
        <source>This is not a problem with your credential. Try again when the connection works.</source>
        <translation>Le problème ne vient pas de vos identifiants. Réessayez une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>Fix each missing permission in Greenhouse as shown in the list, then check again.</source>
        <translation>Ajoutez chaque autorisation manquante dans Greenhouse comme indiqué dans la liste, puis vérifiez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n permissions are missing</source>
        <translation>
            <numerusform>Il manque %n autorisation</numerusform>
            <numerusform>Il manque %n autorisations</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1 is not a Site Admin</source>
        <translation>L’utilisateur %1 n’est pas Site Admin</translation>
    </message>
    <message>
        <source>Greenhouse answers this user with empty lists, so JobTarget would see no jobs. Go back to “%2” and remove the user ID %1, or replace it with the user ID of a Site Admin.</source>
        <extracomment>%1 is the user ID, %2 the title of the page where it is entered</extracomment>
        <translation>Greenhouse répond à cet utilisateur par des listes vides&#xa0;: JobTarget ne verrait aucune offre. Revenez à «&#xa0;%2&#xa0;» et supprimez l’ID utilisateur %1, ou remplacez-le par l’ID utilisateur d’un Site Admin.</translation>
    </message>
    <message>
        <source>%1 is not granted to the credential. Tick it in Greenhouse as shown in the list, then check again.</source>
        <extracomment>%1 a permission as Greenhouse shows it (&quot;Job posts &gt; List job posts&quot;)</extracomment>
        <translation>%1 n&apos;est pas accordée aux identifiants. Cochez-la dans Greenhouse comme indiqué dans la liste, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Not granted: %1. Tick each in Greenhouse as shown in the list, then check again.</source>
        <extracomment>%1 permissions as Greenhouse shows them, separated by commas</extracomment>
        <translation>Non accordées&#xa0;: %1. Cochez chacune dans Greenhouse comme indiqué dans la liste, puis vérifiez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>credential kind</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>type d&apos;identifiants</translation>
    </message>
    <message>
        <source>Client ID</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Site Admin user ID</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>ID utilisateur du Site Admin</translation>
    </message>
    <message>
        <source>job board token</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>jeton du job board</translation>
    </message>
    <message>
        <source>job board name</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>nom du job board</translation>
    </message>
    <message>
        <source>fingerprint of the secret</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>empreinte du secret</translation>
    </message>
    <message>
        <source>time of the last check</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>date de la dernière vérification</translation>
    </message>
    <message>
        <source>result of the last check</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>résultat de la dernière vérification</translation>
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
        <translation>Clé API</translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key. For Harvest v3 (OAuth), paste the Client Secret, or choose “Harvest API key (legacy)”.</source>
        <translation>Cela ressemble à une ancienne clé API Harvest. Pour Harvest v3 (OAuth), collez le Client Secret, ou choisissez «&#xa0;Clé API Harvest (ancienne)&#xa0;».</translation>
    </message>
    <message>
        <source>This looks like a Harvest v3 Client ID, not an API key. Choose “Harvest v3 (OAuth)” to use client credentials.</source>
        <translation>Cela ressemble à un Client ID Harvest v3, pas à une clé API. Choisissez «&#xa0;Harvest v3 (OAuth)&#xa0;» pour utiliser un Client ID et un Client Secret.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>The Client ID is empty.</source>
        <translation>Le champ Client ID est vide.</translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key, not a Client ID. Choose “Harvest API key (legacy)” to use it.</source>
        <translation>Cela ressemble à une ancienne clé API Harvest, pas à un Client ID. Choisissez «&#xa0;Clé API Harvest (ancienne)&#xa0;» pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Client IDs usually look like “name-1234”. Check that you copied all of it.</source>
        <translation>Un Client ID ressemble généralement à «&#xa0;name-1234&#xa0;». Vérifiez que vous l&apos;avez copié en entier.</translation>
    </message>
    <message>
        <source>The Site Admin user ID is a number: the digits at the end of the user&apos;s Greenhouse address (…/users/12345).</source>
        <translation>L&apos;ID utilisateur du Site Admin est un nombre&#xa0;: les chiffres à la fin de l&apos;adresse Greenhouse de l&apos;utilisateur (…/users/12345).</translation>
    </message>
    <message>
        <source>%1: the value contains a line break. Copy it again as one line.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1&#xa0;: la valeur contient un saut de ligne. Copiez-la à nouveau sur une seule ligne.</translation>
    </message>
    <message>
        <source>%1: the value contains quotation marks. Paste it without them.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1&#xa0;: la valeur contient des guillemets. Collez-la sans les guillemets.</translation>
    </message>
    <message>
        <source>%1: this is a whole “Authorization” header. Paste only the value that Greenhouse shows.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1&#xa0;: il s&apos;agit d&apos;un en-tête «&#xa0;Authorization&#xa0;» complet. Collez uniquement la valeur affichée par Greenhouse.</translation>
    </message>
    <message>
        <source>%1: this is a web address. Copy the value from API Credential Management.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1&#xa0;: il s&apos;agit d&apos;une adresse web. Copiez la valeur depuis API Credential Management.</translation>
    </message>
    <message>
        <source>%1: the value contains spaces. Copy it again without them.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1&#xa0;: la valeur contient des espaces. Copiez-la à nouveau sans les espaces.</translation>
    </message>
    <message>
        <source>The Client Secret is empty.</source>
        <translation>Le champ Client Secret est vide.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>Le champ Clé API est vide.</translation>
    </message>
    <message>
        <source>The Client Secret looks too short. Greenhouse shows it only once: copy all of it.</source>
        <translation>Le Client Secret semble trop court. Greenhouse ne l&apos;affiche qu&apos;une seule fois&#xa0;: copiez-le en entier.</translation>
    </message>
    <message>
        <source>The API key looks too short. Greenhouse shows it only once: copy all of it.</source>
        <translation>La clé API semble trop courte. Greenhouse ne l&apos;affiche qu&apos;une seule fois&#xa0;: copiez-la en entier.</translation>
    </message>
    <message>
        <source>Remove the header</source>
        <translation>Supprimer l&apos;en-tête</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Supprimer les guillemets</translation>
    </message>
    <message>
        <source>%1: the value is not valid text (UTF-8). Copy it again.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1&#xa0;: la valeur n’est pas un texte valide (UTF-8). Copiez-la de nouveau.</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 bytes, far longer than any Greenhouse secret. Copy the secret again.</source>
        <translation>%1&#xa0;: la valeur dépasse %2 octets, bien plus que tout secret Greenhouse. Copiez le secret de nouveau.</translation>
    </message>
    <message>
        <source>The Client ID contains “:”, which no Client ID has. Copy it again from API Credential Management.</source>
        <translation>Le Client ID contient «&#xa0;:&#xa0;», ce qu’aucun Client ID ne contient. Copiez-le de nouveau depuis API Credential Management.</translation>
    </message>
    <message>
        <source>%1: the value contains a control or invisible character (such as NUL). Copy it again.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1&#xa0;: la valeur contient un caractère de contrôle ou invisible (comme NUL). Copiez-la de nouveau.</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 bytes, far longer than any Client ID. Copy it again from API Credential Management.</source>
        <translation>%1&#xa0;: la valeur dépasse %2 octets, bien plus que n’importe quel Client ID. Copiez-le de nouveau depuis API Credential Management.</translation>
    </message>
</context>
<context>
    <name>DesktopActions</name>
    <message>
        <source>Open this address in your browser</source>
        <translation>Ouvrez cette adresse dans votre navigateur</translation>
    </message>
    <message>
        <source>No web browser opened. Open this address yourself:</source>
        <translation>Aucun navigateur web ne s&apos;est ouvert. Ouvrez vous-même cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>The address in %1 is not valid.</source>
        <extracomment>%1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL</extracomment>
        <translation>L&apos;adresse dans %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The address in %1 must not contain a user name, a query or a fragment.</source>
        <extracomment>%1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL</extracomment>
        <translation>L&apos;adresse dans %1 ne doit contenir ni nom d&apos;utilisateur, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>The address in %1 is refused: only https:// addresses are used (http:// only for this computer: localhost, 127.0.0.0/8, ::1).</source>
        <extracomment>%1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL</extracomment>
        <translation>L&apos;adresse dans %1 est refusée&#xa0;: seules les adresses https:// sont utilisées (http:// uniquement pour cet ordinateur&#xa0;: localhost, 127.0.0.0/8, ::1).</translation>
    </message>
</context>
<context>
    <name>HandoffChecks</name>
    <message>
        <source>Passing since %1.</source>
        <extracomment>The state of the stored connection now; %1 the date of the first check that passed in a row</extracomment>
        <translation>Réussit depuis le %1.</translation>
    </message>
    <message>
        <source>Passing since %1; one failure on %2, fixed.</source>
        <extracomment>%1 since when the checks pass, %2 the day of the one failure before that</extracomment>
        <translation>Réussit depuis le %1&#xa0;; un échec le %2, corrigé.</translation>
    </message>
    <message>
        <source>Passing since %1; one failure from %2 to %3, fixed.</source>
        <translation>Réussit depuis le %1&#xa0;; un échec du %2 au %3, corrigé.</translation>
    </message>
    <message numerus="yes">
        <source>Passing since %1; %n failures before, the last on %2, all fixed.</source>
        <extracomment>%n (2 or more) failures before, each fixed; %1 since when the checks pass, %2 the day of the last failure</extracomment>
        <translation>
            <numerusform>Réussit depuis le %1&#xa0;; %n échec auparavant, le dernier le %2, corrigé.</numerusform>
            <numerusform>Réussit depuis le %1&#xa0;; %n échecs auparavant, le dernier le %2, tous corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failing since %1: %2.</source>
        <extracomment>%1 the date of the first failed check in a row, %2 what is wrong (&quot;the credential was rejected&quot;)</extracomment>
        <translation>Échoue depuis le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No check has reached a result yet; the last, on %1, could not be done: %2.</source>
        <translation>Aucune vérification n&apos;a encore abouti&#xa0;; la dernière, le %1, n&apos;a pas pu être effectuée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The last check, on %1, could not be done: %2.</source>
        <translation>La dernière vérification, le %1, n&apos;a pas pu être effectuée&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled checks since %1.</source>
        <extracomment>%n (2 or more) checks that the daily schedule ran, %1 the date of the first</extracomment>
        <translation>
            <numerusform>%n vérification planifiée depuis le %1.</numerusform>
            <numerusform>%n vérifications planifiées depuis le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 scheduled check, on %1.</source>
        <extracomment>%1 the date of the one check the daily schedule ran</extracomment>
        <translation>1 vérification planifiée, le %1.</translation>
    </message>
    <message>
        <source>No scheduled check yet.</source>
        <translation>Aucune vérification planifiée pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n checks by hand.</source>
        <extracomment>%n (2 or more) checks the admin started in the wizard (&quot;Check it now&quot;)</extracomment>
        <translation>
            <numerusform>%n vérification manuelle.</numerusform>
            <numerusform>%n vérifications manuelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 check by hand.</source>
        <translation>1 vérification manuelle.</translation>
    </message>
</context>
<context>
    <name>HandoffDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>In the footer of every page of the PDF and the printout</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>HandoffFile</name>
    <message>
        <source>%1 is a symbolic link; choose another name.</source>
        <translation>%1 est un lien symbolique&#x202f;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 est un dossier&#x202f;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe); choose another name.</source>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique ou un tube)&#x202f;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The file would contain the secret, but it could not be made readable by you alone, so it was not saved.</source>
        <translation>Le fichier contiendrait le secret, mais il n’a pas pu être rendu lisible par vous seul ; il n’a donc pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>HandoffSummary</name>
    <message>
        <source>The jobs of this board belong to another Greenhouse account than the credential. Choose the board of the account the credential was created in.</source>
        <translation>Les offres de ce job board appartiennent à un autre compte Greenhouse que les identifiants. Choisissez le job board du compte dans lequel les identifiants ont été créés.</translation>
    </message>
    <message>
        <source>Hand-off to JobTarget: %1</source>
        <extracomment>%1 is the name of the job board (or its token)</extracomment>
        <translation>Transmission à JobTarget&#xa0;: %1</translation>
    </message>
    <message>
        <source>Harvest v3 (OAuth)</source>
        <translation>Harvest v3 (OAuth)</translation>
    </message>
    <message>
        <source>Harvest API key (legacy)</source>
        <translation>Clé API Harvest (ancienne)</translation>
    </message>
    <message>
        <source>This document contains the secret. Share it only through a secure channel and delete it afterwards.</source>
        <translation>Ce document contient le secret. Ne le partagez que par un canal sécurisé et supprimez-le ensuite.</translation>
    </message>
    <message>
        <source>Send JobTarget the board token “%1” and the Harvest API key through a secure method, not in a plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) which secure channel to use.</source>
        <extracomment>%1 is the board token, %2 the address of JobTarget&apos;s help centre. &quot;Through a secure method&quot; is Greenhouse&apos;s wording.</extracomment>
        <translation>Envoyez à JobTarget le jeton du job board «&#xa0;%1&#xa0;» et la clé API Harvest par une méthode sécurisée, pas dans un simple e-mail&#xa0;: demandez à JobTarget (centre d&apos;aide&#xa0;: %2, ou votre contact chez JobTarget) quel canal sécurisé utiliser.</translation>
    </message>
    <message>
        <source>Send JobTarget the board token “%1”, the Client ID and the Client Secret through a secure method, not in a plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) which secure channel to use.</source>
        <extracomment>%1 is the board token, %2 the address of JobTarget&apos;s help centre</extracomment>
        <translation>Envoyez à JobTarget le jeton du job board «&#xa0;%1&#xa0;», le Client ID et le Client Secret par une méthode sécurisée, pas dans un simple e-mail&#xa0;: demandez à JobTarget (centre d&apos;aide&#xa0;: %2, ou votre contact chez JobTarget) quel canal sécurisé utiliser.</translation>
    </message>
    <message>
        <source>Send JobTarget the board token “%1”, the Client ID, the Client Secret and the Site Admin user ID through a secure method, not in a plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) which secure channel to use.</source>
        <extracomment>%1 is the board token, %2 the address of JobTarget&apos;s help centre</extracomment>
        <translation>Envoyez à JobTarget le jeton du job board «&#xa0;%1&#xa0;», le Client ID, le Client Secret et l&apos;ID utilisateur du Site Admin par une méthode sécurisée, pas dans un simple e-mail&#xa0;: demandez à JobTarget (centre d&apos;aide&#xa0;: %2, ou votre contact chez JobTarget) quel canal sécurisé utiliser.</translation>
    </message>
    <message>
        <source>JobTarget confirms the connection and publishes the live jobs of “%1” on its job sites. Only jobs that are live on this board reach JobTarget.</source>
        <extracomment>%1 is the name of the job board</extracomment>
        <translation>JobTarget confirme la connexion et diffuse les offres publiées de «&#xa0;%1&#xa0;» sur ses sites d&apos;emploi. Seules les offres publiées sur ce job board parviennent à JobTarget.</translation>
    </message>
    <message>
        <source>When JobTarget no longer uses this credential, or you replace it, revoke it in Greenhouse: Configure → Dev Center → API Credential Management.</source>
        <translation>Lorsque JobTarget n&apos;utilise plus ces identifiants, ou si vous les remplacez, révoquez-les dans Greenhouse&#xa0;: Configure → Dev Center → API Credential Management.</translation>
    </message>
    <message>
        <source>Fix this in Greenhouse and check again before you hand the credential to JobTarget.</source>
        <translation>Corrigez ce point dans Greenhouse et vérifiez à nouveau avant de transmettre les identifiants à JobTarget.</translation>
    </message>
    <message>
        <source>Practice data — not a real connection</source>
        <translation>Données d&apos;exercice — pas une vraie connexion</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After the titles of the first few live jobs: how many more the board has</extracomment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n required permissions are granted.</source>
        <extracomment>%n is the number of required permissions (3 or 6)</extracomment>
        <translation>
            <numerusform>L&apos;autorisation requise (%n) est accordée.</numerusform>
            <numerusform>Les %n autorisations requises sont toutes accordées.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 required permission is missing.</source>
        <translation>Il manque 1 autorisation requise.</translation>
    </message>
    <message numerus="yes">
        <source>%n required permissions are missing.</source>
        <extracomment>%n is the number of required permissions that are missing (2 or more)</extracomment>
        <translation>
            <numerusform>Il manque %n autorisation requise.</numerusform>
            <numerusform>Il manque %n autorisations requises.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 required permission could not be checked.</source>
        <translation>1 autorisation requise n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n required permissions could not be checked.</source>
        <extracomment>%n is the number of required permissions that could not be checked (2 or more)</extracomment>
        <translation>
            <numerusform>%n autorisation requise n&apos;a pas pu être vérifiée.</numerusform>
            <numerusform>%n autorisations requises n&apos;ont pas pu être vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is longer than an e-mail address can be.</source>
        <extracomment>%1 is what the admin typed as the contact e-mail</extracomment>
        <translation>«&#xa0;%1&#xa0;» est plus long qu&apos;une adresse e-mail ne peut l&apos;être.</translation>
    </message>
    <message>
        <source>“%1” contains a space; an e-mail address has none.</source>
        <translation>«&#xa0;%1&#xa0;» contient une espace&#xa0;; une adresse e-mail n&apos;en a pas.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which an e-mail address cannot hold.</source>
        <extracomment>%1 is what the admin typed as the contact e-mail, %2 the character it may not hold</extracomment>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;», qu&apos;une adresse e-mail ne peut pas contenir.</translation>
    </message>
    <message>
        <source>“%1” has no @. Write the address like dana@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de @. Écrivez l&apos;adresse comme dana@example.com.</translation>
    </message>
    <message>
        <source>“%1” has more than one @. Write the address like dana@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» a plus d&apos;un @. Écrivez l&apos;adresse comme dana@example.com.</translation>
    </message>
    <message>
        <source>“%1” has nothing before the @. Write the address like dana@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a rien avant le @. Écrivez l&apos;adresse comme dana@example.com.</translation>
    </message>
    <message>
        <source>After the @ in “%1” comes a domain, such as example.com.</source>
        <translation>Après le @ de «&#xa0;%1&#xa0;» vient un domaine, comme example.com.</translation>
    </message>
    <message>
        <source>Their titles were not recorded at the last check.</source>
        <extracomment>Instead of the first live jobs&apos; titles, when the connection&apos;s last check did not record them</extracomment>
        <translation>Leurs intitulés n&apos;ont pas été relevés lors de la dernière vérification.</translation>
    </message>
</context>
<context>
    <name>HandoffText</name>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Job board</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>Nom du job board</translation>
    </message>
    <message>
        <source>Board token</source>
        <translation>Jeton du job board</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>Live jobs at the last check</source>
        <translation>Offres publiées lors de la dernière vérification</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Site Admin user ID</source>
        <translation>ID utilisateur du Site Admin</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>(tells keys apart; reveals nothing about the key)</source>
        <translation>(permet de distinguer les clés&#xa0;; ne révèle rien de la clé)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérification</translation>
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
        <translation>Clé API Harvest</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Permission in Greenhouse</source>
        <translation>Autorisation dans Greenhouse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Next steps with JobTarget</source>
        <translation>Prochaines étapes avec JobTarget</translation>
    </message>
    <message>
        <source>JobTarget&apos;s help centre:</source>
        <translation>Centre d&apos;aide de JobTarget&#xa0;:</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>--lang needs a language, such as de, fr or es.</source>
        <translation>--lang attend une langue, par exemple de, fr ou es.</translation>
    </message>
    <message>
        <source>Argument %1 is not an option of jobtarget-setup.</source>
        <translation>L’argument %1 n’est pas une option de jobtarget-setup.</translation>
    </message>
    <message>
        <source>Did you mean --%1?</source>
        <translation>Vouliez-vous dire --%1&#xa0;?</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>jobtarget-setup [--lang LANGUAGE] verify [OPTIONS]</source>
        <translation>jobtarget-setup [--lang LANGUE] verify [OPTIONS]</translation>
    </message>
    <message>
        <source>jobtarget-setup [--lang LANGUAGE] summary --output FILE [OPTIONS]</source>
        <translation>jobtarget-setup [--lang LANGUE] summary --output FICHIER [OPTIONS]</translation>
    </message>
    <message>
        <source>Connects Greenhouse Recruiting to JobTarget: a wizard that checks every step live against Greenhouse, keeps the credential in the system&apos;s keychain and ends with a summary for JobTarget.</source>
        <translation>Relie Greenhouse Recruiting à JobTarget&#xa0;: un assistant qui vérifie chaque étape en direct auprès de Greenhouse, garde l’identifiant dans le trousseau du système et se termine par un récapitulatif pour JobTarget.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Practise with a simulated Greenhouse on this computer.</source>
        <translation>S’exercer avec un Greenhouse simulé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Print the milliseconds from the start to the first page on screen, and exit.</source>
        <translation>Afficher les millisecondes entre le démarrage et la première page à l’écran, puis quitter.</translation>
    </message>
    <message>
        <source>Language of the wizard and the messages (de, fr, es, en).</source>
        <translation>Langue de l’assistant et des messages (de, fr, es, en).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Check a credential and a job board, for scripts (verify --help).</source>
        <translation>Vérifier un identifiant et un job board, pour les scripts (verify --help).</translation>
    </message>
    <message>
        <source>Write the hand-off summary for JobTarget (summary --help).</source>
        <translation>Écrire le récapitulatif de transmission pour JobTarget (summary --help).</translation>
    </message>
    <message>
        <source>The wizard also takes Qt&apos;s own options, such as -platform and -style.</source>
        <translation>L’assistant accepte aussi les options de Qt, comme -platform et -style.</translation>
    </message>
    <message>
        <source>This build has no wizard (built for headless computers).</source>
        <translation>Cette version n’a pas d’assistant (compilée pour les ordinateurs sans écran).</translation>
    </message>
    <message>
        <source>jobtarget-setup [--demo] [--lang LANGUAGE]</source>
        <translation>jobtarget-setup [--demo] [--lang LANGUE]</translation>
    </message>
    <message>
        <source>--demo, --stored-connection and --benchmark-startup are options of the wizard, not of “%1”.</source>
        <translation>--demo, --stored-connection et --benchmark-startup sont des options de l’assistant, pas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Argument %1 is not a command; the commands are “verify”, “check” and “summary”.</source>
        <translation>L’argument %1 n’est pas une commande&#xa0;; les commandes sont «&#xa0;verify&#xa0;», «&#xa0;check&#xa0;» et «&#xa0;summary&#xa0;».</translation>
    </message>
    <message>
        <source>jobtarget-setup [--lang LANGUAGE] check [OPTIONS]</source>
        <translation>jobtarget-setup [--lang LANGUE] check [OPTIONS]</translation>
    </message>
    <message>
        <source>Open the wizard on the connection stored on this computer.</source>
        <translation>Ouvrir l’assistant sur la connexion enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Check the stored connection, keep the result, notify when it changed (check --help).</source>
        <translation>Vérifier la connexion enregistrée, conserver le résultat, prévenir en cas de changement (check --help).</translation>
    </message>
</context>
<context>
    <name>NetworkProblem</name>
    <message>
        <source>Greenhouse could not be reached. Check your internet connection or proxy, then try again.</source>
        <translation>Impossible de joindre Greenhouse. Vérifiez votre connexion Internet ou votre proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>Greenhouse&apos;s address could not be found. Check your internet connection, then try again.</source>
        <translation>L&apos;adresse de Greenhouse est introuvable. Vérifiez votre connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to Greenhouse could not be verified. If your company inspects HTTPS traffic, ask IT for its certificate (--ca-file).</source>
        <translation>La connexion sécurisée à Greenhouse n&apos;a pas pu être vérifiée. Si votre entreprise inspecte le trafic HTTPS, demandez le certificat correspondant à votre service informatique (--ca-file).</translation>
    </message>
    <message>
        <source>Greenhouse did not answer in time. Try again in a moment.</source>
        <translation>Greenhouse n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Greenhouse asked us to slow down (rate limit). Wait a minute, then try again.</source>
        <translation>Greenhouse nous a demandé de ralentir (limite de requêtes). Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>Greenhouse had a problem answering (server error). Try again later.</source>
        <translation>Greenhouse a rencontré un problème pour répondre (erreur du serveur). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The address is not allowed: only HTTPS addresses (or plain HTTP on this computer) are used.</source>
        <translation>Cette adresse n&apos;est pas autorisée&#xa0;: seules les adresses HTTPS sont utilisées (ou HTTP simple sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>The answer did not look like it came from Greenhouse (perhaps a Wi-Fi or proxy sign-in page?). Check your connection, then try again.</source>
        <translation>La réponse ne semblait pas provenir de Greenhouse (peut-être une page de connexion Wi-Fi ou de proxy&#xa0;?). Vérifiez votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>The check ran out of time: Greenhouse answered too slowly or asked us to wait too long. Try again in a few minutes.</source>
        <translation>La vérification a dépassé son temps&#xa0;: Greenhouse a répondu trop lentement ou nous a fait attendre trop longtemps. Réessayez dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Open JobTarget Setup</source>
        <translation>Ouvrir JobTarget Setup</translation>
    </message>
    <message>
        <source>JobTarget has no Greenhouse jobs to read</source>
        <translation>JobTarget n&apos;a aucune offre Greenhouse à lire</translation>
    </message>
    <message>
        <source>JobTarget can no longer read your Greenhouse jobs</source>
        <translation>JobTarget ne peut plus lire vos offres Greenhouse</translation>
    </message>
    <message>
        <source>%1. Open JobTarget Setup to see how to fix it.</source>
        <extracomment>%1 the problem, such as &quot;“Openings &gt; List openings” is missing&quot;</extracomment>
        <translation>%1. Ouvrez JobTarget Setup pour savoir comment y remédier.</translation>
    </message>
    <message>
        <source>JobTarget can read your Greenhouse jobs again</source>
        <translation>JobTarget peut de nouveau lire vos offres Greenhouse</translation>
    </message>
    <message numerus="yes">
        <source>The daily check passed: %n live job(s) on the job board.</source>
        <translation>
            <numerusform>La vérification quotidienne a réussi&#xa0;: %n offre publiée sur le job board.</numerusform>
            <numerusform>La vérification quotidienne a réussi&#xa0;: %n offres publiées sur le job board.</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily check passed.</source>
        <translation>La vérification quotidienne a réussi.</translation>
    </message>
    <message>
        <source>The connection to JobTarget could not be checked</source>
        <translation>La connexion à JobTarget n&apos;a pas pu être vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>The last %n daily checks could not be done: %1. The connection itself may be fine.</source>
        <extracomment>%n checks in a row, %1 why (&quot;Greenhouse could not be reached&quot;)</extracomment>
        <translation>
            <numerusform>%n vérification quotidienne n&apos;a pas pu être effectuée&#xa0;: %1. La connexion elle-même fonctionne peut-être.</numerusform>
            <numerusform>Les %n dernières vérifications quotidiennes n&apos;ont pas pu être effectuées&#xa0;: %1. La connexion elle-même fonctionne peut-être.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget credential, click Manage Scopes, tick “%1” and save.</source>
        <translation>Dans Greenhouse, ouvrez Configure → Dev Center → API Credential Management, choisissez les identifiants JobTarget, cliquez sur Manage Scopes, cochez «&#xa0;%1&#xa0;» et enregistrez.</translation>
    </message>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget key, click Manage Permissions, tick “%1” under “%2” and save.</source>
        <translation>Dans Greenhouse, ouvrez Configure → Dev Center → API Credential Management, choisissez la clé JobTarget, cliquez sur Manage Permissions, cochez «&#xa0;%1&#xa0;» sous «&#xa0;%2&#xa0;» et enregistrez.</translation>
    </message>
</context>
<context>
    <name>RevokeReminder</name>
    <message>
        <source>The old secret keeps working for up to a week; revoke it in Greenhouse once JobTarget uses the new one: Configure → Dev Center → API Credential Management → the credential with Client ID %1.</source>
        <translation>L&apos;ancien secret reste valable jusqu&apos;à une semaine&#x202f;; révoquez-le dans Greenhouse dès que JobTarget utilise le nouveau&#xa0;: Configure → Dev Center → API Credential Management → les identifiants dont le Client ID est %1.</translation>
    </message>
    <message>
        <source>the previous “JobTarget” API key</source>
        <extracomment>Goes into &quot;… → API Credential Management → %1 → Revoke.&quot;</extracomment>
        <translation>l&apos;ancienne clé API «&#xa0;JobTarget&#xa0;»</translation>
    </message>
    <message>
        <source>the credential with Client ID %1</source>
        <translation>les identifiants avec le Client ID %1</translation>
    </message>
    <message>
        <source>Once JobTarget uses the new credential, revoke the old one: in Greenhouse, Configure → Dev Center → API Credential Management → %1 → Revoke.</source>
        <translation>Dès que JobTarget utilise les nouveaux identifiants, révoquez les anciens&#xa0;: dans Greenhouse, Configure → Dev Center → API Credential Management → %1 → Revoke.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>accepted</source>
        <comment>credential status</comment>
        <translation>acceptés</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>credential status</comment>
        <translation>refusés</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <comment>credential status</comment>
        <translation>n&apos;ont pas pu être vérifiés</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>credential status</comment>
        <translation>non vérifiés</translation>
    </message>
    <message>
        <source>granted</source>
        <comment>permission status</comment>
        <translation>accordée</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>permission status</comment>
        <translation>manquante</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <comment>permission status</comment>
        <translation>n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>permission status</comment>
        <translation>non vérifiée</translation>
    </message>
</context>
<context>
    <name>StoredConnectionView</name>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Check it now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel the check</source>
        <translation>Annu&amp;ler la vérification</translation>
    </message>
    <message>
        <source>O&amp;pen API Credential Management</source>
        <translation>&amp;Ouvrir API Credential Management</translation>
    </message>
    <message>
        <source>Choose the &amp;job board…</source>
        <translation>C&amp;hoisir le job board…</translation>
    </message>
    <message>
        <source>&amp;Replace the credential…</source>
        <translation>Rempla&amp;cer les identifiants…</translation>
    </message>
    <message>
        <source>Hand &amp;off to JobTarget…</source>
        <translation>Tra&amp;nsmettre à JobTarget…</translation>
    </message>
    <message>
        <source>Re&amp;move stored credentials…</source>
        <translation>Suppri&amp;mer les identifiants enregistrés…</translation>
    </message>
    <message>
        <source>&amp;Set up a new connection…</source>
        <translation>&amp;Configurer une nouvelle connexion…</translation>
    </message>
    <message>
        <source>Checking the stored connection…</source>
        <translation>Vérification de la connexion enregistrée…</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Lecture du secret dans le trousseau…</translation>
    </message>
    <message>
        <source>Removing the stored connection…</source>
        <translation>Suppression de la connexion enregistrée…</translation>
    </message>
    <message>
        <source>No connection to JobTarget is stored on this computer.</source>
        <translation>Aucune connexion à JobTarget n&apos;est enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A connection to JobTarget is stored on this computer. What would you like to do?</source>
        <translation>Une connexion à JobTarget est enregistrée sur cet ordinateur. Que souhaitez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>Harvest v3 (OAuth), Client ID %1</source>
        <translation>Harvest v3 (OAuth), Client ID %1</translation>
    </message>
    <message>
        <source>Harvest API key (legacy), %1</source>
        <translation>Clé API Harvest (ancienne), %1</translation>
    </message>
    <message>
        <source>everything passed</source>
        <translation>toutes les vérifications ont réussi</translation>
    </message>
    <message>
        <source>Greenhouse could not be reached</source>
        <translation>Greenhouse n&apos;a pas pu être joint</translation>
    </message>
    <message>
        <source>not every check passed</source>
        <translation>certaines vérifications n&apos;ont pas réussi</translation>
    </message>
    <message>
        <source>Job board</source>
        <extracomment>%1 board name, %2 board token</extracomment>
        <translation>Job board</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Last checked</source>
        <extracomment>%1 date and time of the last check, %2 &quot;everything passed&quot; or what went wrong</extracomment>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Last daily check: %1</source>
        <translation>Dernière vérification quotidienne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>jobtarget-setup summary: %1</source>
        <translation>jobtarget-setup summary&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain cannot be used here.</source>
        <translation>Le trousseau ne peut pas être utilisé ici.</translation>
    </message>
    <message>
        <source>Writes the hand-off summary of the stored connection for JobTarget: board, credential (without its secret), permissions and next steps.</source>
        <translation>Écrit le récapitulatif de transmission de la connexion enregistrée pour JobTarget&#xa0;: job board, identifiants (sans leur secret), autorisations et prochaines étapes.</translation>
    </message>
    <message>
        <source>Output format: md, html, pdf or json (default: from the file name).</source>
        <translation>Format de sortie&#xa0;: md, html, pdf ou json (par défaut&#xa0;: d&apos;après le nom du fichier).</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists); - for standard output.</source>
        <translation>Le fichier à écrire (remplacé s&apos;il existe)&#xa0;; - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Also put the secret, read from the keychain, into the summary (the file is then readable by you only). Share such a file only through a secure channel and delete it afterwards.</source>
        <translation>Inclure aussi dans le récapitulatif le secret, lu dans le trousseau (le fichier n&apos;est alors lisible que par vous). Ne partagez un tel fichier que par un canal sécurisé et supprimez-le ensuite.</translation>
    </message>
    <message>
        <source>Language of the summary (de, fr, es, …).</source>
        <translation>Langue du récapitulatif (de, fr, es, …).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Unexpected argument. Name the file with --output FILE.</source>
        <translation>Argument inattendu. Indiquez le fichier avec --output FILE.</translation>
    </message>
    <message>
        <source>--output FILE is required (- for standard output).</source>
        <translation>--output FILE est obligatoire (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>--format must be md, html, pdf or json.</source>
        <translation>--format doit valoir md, html, pdf ou json.</translation>
    </message>
    <message>
        <source>Give --format md, html, pdf or json.</source>
        <translation>Indiquez --format md, html, pdf ou json.</translation>
    </message>
    <message>
        <source>A PDF cannot go to standard output; name a file with --output.</source>
        <translation>Un PDF ne peut pas être envoyé sur la sortie standard&#xa0;; indiquez un fichier avec --output.</translation>
    </message>
    <message>
        <source>PDF output is not available in this mode.</source>
        <translation>La sortie PDF n&apos;est pas disponible dans ce mode.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1. It contains the secret: share it only through a secure channel and delete it afterwards.</source>
        <translation>%1 a été écrit. Il contient le secret&#xa0;: ne le partagez que par un canal sécurisé et supprimez-le ensuite.</translation>
    </message>
    <message>
        <source>Exit status: 0 written   2 bad usage (nothing written)   7 nothing stored, or the keychain could not be used   1 the file could not be written</source>
        <translation>Code de sortie&#xa0;: 0 écrit   2 mauvaise utilisation (rien n&apos;est écrit)   7 rien n&apos;est enregistré, ou le trousseau n&apos;a pas pu être utilisé   1 le fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>An e-mail address at which JobTarget can reach whoever prepared the summary (shown in it).</source>
        <translation>Une adresse e-mail à laquelle JobTarget peut joindre la personne qui a préparé le récapitulatif (affichée dans celui-ci).</translation>
    </message>
    <message>
        <source>--contact-email: %1</source>
        <translation>--contact-email&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <source>Harvest v3 (OAuth) credential</source>
        <translation>identifiants Harvest v3 (OAuth)</translation>
    </message>
    <message>
        <source>Harvest API key (legacy)</source>
        <translation>clé API Harvest (ancienne)</translation>
    </message>
    <message>
        <source>Credential: %1 %2</source>
        <extracomment>%1 is a mark (✓, ✗ or ⚠), %2 the credential&apos;s status, such as &quot;accepted&quot;</extracomment>
        <translation>Identifiants&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Autorisations&#xa0;:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Job board: not checked (no --board-token given)</source>
        <translation>Job board&#xa0;: non vérifié (aucun --board-token indiqué)</translation>
    </message>
    <message>
        <source>Job board: ✗ no job board “%1” exists in Greenhouse. Copy the token from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation>Job board&#xa0;: ✗ aucun job board «&#xa0;%1&#xa0;» n&apos;existe dans Greenhouse. Copiez le jeton depuis Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
    <message>
        <source>Job board: ⚠ “%1” could not be checked. %2</source>
        <translation>Job board&#xa0;: ⚠ impossible de vérifier «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>Its jobs belong to the same Greenhouse account as the credential.</source>
        <translation>Ses offres appartiennent au même compte Greenhouse que les identifiants.</translation>
    </message>
    <message>
        <source>Its jobs belong to another Greenhouse account: choose the board of the account the credential was created in.</source>
        <translation>Ses offres appartiennent à un autre compte Greenhouse&#xa0;: choisissez le job board du compte dans lequel les identifiants ont été créés.</translation>
    </message>
    <message>
        <source>Boards this credential can see: %1</source>
        <translation>Job boards visibles avec ces identifiants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Result: ready for JobTarget.</source>
        <translation>Résultat&#xa0;: prêt pour JobTarget.</translation>
    </message>
    <message>
        <source>Result: not ready (exit status %1).</source>
        <translation>Résultat&#xa0;: pas prêt (code de sortie %1).</translation>
    </message>
    <message>
        <source>Greenhouse check: %1, %2</source>
        <extracomment>%1 is the kind of credential, %2 the date and time of the check</extracomment>
        <translation>Vérification Greenhouse&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Job board: %1 “%2” (%3), live jobs: %n</source>
        <translation>
            <numerusform>Job board&#xa0;: %1 «&#xa0;%2&#xa0;» (%3), %n offre publiée</numerusform>
            <numerusform>Job board&#xa0;: %1 «&#xa0;%2&#xa0;» (%3), %n offres publiées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not published)</source>
        <extracomment>A board in draft: not published on the careers site</extracomment>
        <translation>%1 (non publié)</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>jobtarget-setup verify: %1</source>
        <translation>jobtarget-setup verify&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secret (not shown): </source>
        <translation>Secret (non affiché)&#xa0;: </translation>
    </message>
    <message>
        <source>Checks a Greenhouse credential and job board for JobTarget.</source>
        <translation>Vérifie des identifiants Greenhouse et un job board pour JobTarget.</translation>
    </message>
    <message>
        <source>Credential kind: v3 (default) or v1.</source>
        <translation>Type d&apos;identifiants&#xa0;: v3 (par défaut) ou v1.</translation>
    </message>
    <message>
        <source>Harvest v3 Client ID.</source>
        <translation>Client ID Harvest v3.</translation>
    </message>
    <message>
        <source>Harvest v3 Site Admin user ID (optional).</source>
        <translation>ID utilisateur du Site Admin pour Harvest v3 (facultatif).</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Also trust this PEM CA certificate.</source>
        <translation>Faire également confiance à ce certificat CA (PEM).</translation>
    </message>
    <message>
        <source>Language of the messages (de, fr, es, …).</source>
        <translation>Langue des messages (de, fr, es, …).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format doit valoir text ou json.</translation>
    </message>
    <message>
        <source>--credential must be v3 or v1.</source>
        <translation>--credential doit valoir v3 ou v1.</translation>
    </message>
    <message>
        <source>--client-id and --user-id belong to v3 credentials; a legacy API key has neither.</source>
        <translation>--client-id et --user-id concernent les identifiants v3&#xa0;; une ancienne clé API n&apos;a ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>--client-id is required for a v3 credential.</source>
        <translation>--client-id est obligatoire pour des identifiants v3.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 600.</source>
        <translation>--timeout doit être un nombre de secondes entre 1 et 600.</translation>
    </message>
    <message>
        <source>--ca-file holds no PEM certificate.</source>
        <translation>--ca-file ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Read the secret (Client Secret or API key) from the first line of standard input (alternatively, set JOBTARGET_SETUP_SECRET).</source>
        <translation>Lire le secret (Client Secret ou clé API) depuis la première ligne de l&apos;entrée standard (ou bien définir JOBTARGET_SETUP_SECRET).</translation>
    </message>
    <message>
        <source>Job board token, or the address of the job board.</source>
        <translation>Jeton du job board, ou adresse du job board.</translation>
    </message>
    <message>
        <source>Seconds to wait for a connection, or for Greenhouse to go on answering (default 20).</source>
        <translation>Nombre de secondes d&apos;attente d&apos;une connexion, ou de la suite de la réponse de Greenhouse (20 par défaut).</translation>
    </message>
    <message>
        <source>A secret is never accepted as an argument (it would show in the process list). Use --secret-stdin or JOBTARGET_SETUP_SECRET.</source>
        <translation>Un secret n&apos;est jamais accepté comme argument (il apparaîtrait dans la liste des processus). Utilisez --secret-stdin ou JOBTARGET_SETUP_SECRET.</translation>
    </message>
    <message>
        <source>Unexpected argument. Secrets go to standard input (--secret-stdin).</source>
        <translation>Argument inattendu. Les secrets se transmettent par l&apos;entrée standard (--secret-stdin).</translation>
    </message>
    <message>
        <source>--ca-file cannot be read (%1).</source>
        <translation>Impossible de lire --ca-file (%1).</translation>
    </message>
    <message>
        <source>Greenhouse asked to slow down; waiting until %1.</source>
        <translation>Greenhouse a demandé de ralentir&#xa0;; attente jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Use the connection the wizard stored: its secret, kind, Client ID, user ID and board token (options given here win, except the secret).</source>
        <translation>Utiliser la connexion enregistrée par l&apos;assistant&#xa0;: son secret, son type, son Client ID, son ID utilisateur et son jeton de job board (les options indiquées ici l&apos;emportent, sauf pour le secret).</translation>
    </message>
    <message>
        <source>When every check passes, store the connection in the keychain, as the wizard does; exit 0 only if it was stored.</source>
        <translation>Si toutes les vérifications réussissent, enregistrer la connexion dans le trousseau, comme le fait l&apos;assistant&#xa0;; code de sortie 0 uniquement si elle a été enregistrée.</translation>
    </message>
    <message>
        <source>Give the secret one way only: --secret-stdin, JOBTARGET_SETUP_SECRET or --from-keychain.</source>
        <translation>Transmettez le secret d&apos;une seule façon&#xa0;: --secret-stdin, JOBTARGET_SETUP_SECRET ou --from-keychain.</translation>
    </message>
    <message>
        <source>No secret given. Use --secret-stdin (first line of standard input), set JOBTARGET_SETUP_SECRET, or use --from-keychain.</source>
        <translation>Aucun secret indiqué. Utilisez --secret-stdin (première ligne de l&apos;entrée standard), définissez JOBTARGET_SETUP_SECRET ou utilisez --from-keychain.</translation>
    </message>
    <message>
        <source>No keychain is available to this command.</source>
        <translation>Aucun trousseau n&apos;est disponible pour cette commande.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>--save needs the job board: give --board-token.</source>
        <translation>--save nécessite le job board&#xa0;: indiquez --board-token.</translation>
    </message>
    <message>
        <source>Seconds the whole check may take, waits for Greenhouse&apos;s rate limit included (default 120).</source>
        <translation>Secondes que peut durer toute la vérification, attentes dues à la limite de débit de Greenhouse comprises (120 par défaut).</translation>
    </message>
    <message>
        <source>--deadline must be a number of seconds from 1 to 3600.</source>
        <translation>--deadline doit être un nombre de secondes entre 1 et 3600.</translation>
    </message>
    <message>
        <source>Waiting for another save of the connection to finish…</source>
        <translation>Attente de la fin d’un autre enregistrement de la connexion…</translation>
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
        <translation>Environnement&#xa0;:
  JOBTARGET_SETUP_SECRET     Le secret, au lieu de --secret-stdin.
  GREENHOUSE_HARVEST_URL, GREENHOUSE_AUTH_URL, GREENHOUSE_BOARDS_URL
                             D&apos;autres adresses de Greenhouse (https&#x202f;; http seulement pour cet ordinateur).

Code de sortie, la première vérification qui n&apos;a pas réussi&#xa0;:
  0 prêt   2 saisie invalide (rien n&apos;a été envoyé)   3 identifiants refusés   4 autorisations manquantes
  5 job board introuvable ou d&apos;un autre compte Greenhouse   6 Greenhouse injoignable
  7 le trousseau n&apos;a pas pu être utilisé   1 erreur interne

Aucun secret n&apos;est jamais affiché. Plus&#xa0;: man jobtarget-setup</translation>
    </message>
    <message>
        <source>--ca-file must be a file of PEM certificates, not a folder, device or pipe.</source>
        <translation>--ca-file doit être un fichier de certificats PEM, et non un dossier, un périphérique ou un tube.</translation>
    </message>
    <message>
        <source>--ca-file is larger than %1 KiB, far larger than any file of CA certificates.</source>
        <translation>--ca-file dépasse %1 Kio, bien plus que n&apos;importe quel fichier de certificats CA.</translation>
    </message>
</context>
<context>
    <name>WizardSteps</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Your Greenhouse permission</source>
        <translation>Votre autorisation Greenhouse</translation>
    </message>
    <message>
        <source>Create the credential</source>
        <translation>Créer les identifiants</translation>
    </message>
    <message>
        <source>Enter the credential</source>
        <translation>Saisir les identifiants</translation>
    </message>
    <message>
        <source>Check permissions</source>
        <translation>Vérifier les autorisations</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Job board</translation>
    </message>
    <message>
        <source>Connect your Greenhouse job board to JobTarget, checked live at every step.</source>
        <translation>Connectez votre job board Greenhouse à JobTarget, avec une vérification en direct à chaque étape.</translation>
    </message>
    <message>
        <source>Creating a credential needs one developer permission in Greenhouse.</source>
        <translation>La création d&apos;identifiants nécessite une autorisation de développeur dans Greenhouse.</translation>
    </message>
    <message>
        <source>Create a credential for JobTarget in Greenhouse&apos;s Dev Center.</source>
        <translation>Créez des identifiants pour JobTarget dans le Dev Center de Greenhouse.</translation>
    </message>
    <message>
        <source>Paste what Greenhouse showed you. It is checked before anything is sent.</source>
        <translation>Collez ce que Greenhouse vous a affiché. Tout est vérifié avant le moindre envoi.</translation>
    </message>
    <message>
        <source>The credential is tried against Greenhouse, permission by permission.</source>
        <translation>Les identifiants sont testés auprès de Greenhouse, autorisation par autorisation.</translation>
    </message>
    <message>
        <source>Choose the job board whose live jobs JobTarget should receive.</source>
        <translation>Choisissez le job board dont JobTarget doit recevoir les offres publiées.</translation>
    </message>
    <message>
        <source>Save securely</source>
        <translation>Enregistrer en sécurité</translation>
    </message>
    <message>
        <source>Hand off to JobTarget</source>
        <translation>Transmettre à JobTarget</translation>
    </message>
    <message>
        <source>Your JobTarget connection</source>
        <translation>Votre connexion JobTarget</translation>
    </message>
    <message>
        <source>The secret goes into your computer&apos;s keychain, nowhere else.</source>
        <translation>Le secret va dans le trousseau de votre ordinateur, et nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Everything JobTarget needs, checked with Greenhouse.</source>
        <translation>Tout ce dont JobTarget a besoin, vérifié auprès de Greenhouse.</translation>
    </message>
    <message>
        <source>Check the stored connection, replace its credential, or remove it.</source>
        <translation>Vérifiez la connexion enregistrée, remplacez ses identifiants ou supprimez-la.</translation>
    </message>
</context>
<context>
    <name>jt::AutostartSchedule</name>
    <message>
        <source>Checks each time you sign in to this computer, not at a set time of day (this computer has no daily schedule for programs like this one). It is kept in %1.</source>
        <extracomment>%1 the file</extracomment>
        <translation>Vérifie à chaque ouverture de session sur cet ordinateur, pas à heure fixe (cet ordinateur n&apos;a pas de planification quotidienne pour ce type de programme). Enregistré dans %1.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>La vérification quotidienne n&apos;a pas pu être activée</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>La vérification quotidienne n&apos;a pas pu être désactivée</translation>
    </message>
</context>
<context>
    <name>jt::CheckRun</name>
    <message numerus="yes">
        <source>Still waiting for Greenhouse… (attempt %1 of %2; the check gives up in %n s)</source>
        <extracomment>%1 and %2 count attempts (&quot;attempt 2 of 3&quot;); %n is the number of seconds left</extracomment>
        <translation>
            <numerusform>Toujours en attente de Greenhouse… (tentative %1 sur %2&#xa0;; la vérification s&apos;arrêtera dans %n seconde)</numerusform>
            <numerusform>Toujours en attente de Greenhouse… (tentative %1 sur %2&#xa0;; la vérification s&apos;arrêtera dans %n secondes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still waiting for Greenhouse… (the check gives up in %n s)</source>
        <translation>
            <numerusform>Toujours en attente de Greenhouse… (la vérification s&apos;arrêtera dans %n seconde)</numerusform>
            <numerusform>Toujours en attente de Greenhouse… (la vérification s&apos;arrêtera dans %n secondes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::CheckSchedule</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu dans un délai de %n seconde</numerusform>
            <numerusform>%1 n&apos;a pas répondu dans un délai de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started (%2)</source>
        <translation>%1 n&apos;a pas pu être démarré (%2)</translation>
    </message>
    <message>
        <source>%1 ended with status %2</source>
        <translation>%1 s&apos;est terminé avec le code %2</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>le dossier %1 n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>%1 n&apos;a pas pu être écrit (%2)</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 what could not be done (&quot;The daily check could not be turned on&quot;), %2 why</extracomment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the path of the program, %1, contains a line break or another control character, which a schedule cannot hold; move the program to a folder whose name has none and turn the daily check on from there</source>
        <extracomment>%1 the program&apos;s path, each control character in it shown as �</extracomment>
        <translation>le chemin du programme, %1, contient un saut de ligne ou un autre caractère de contrôle, qu&apos;une tâche planifiée ne peut pas contenir&#xa0;; déplacez le programme dans un dossier dont le nom n&apos;en contient aucun et activez la vérification quotidienne depuis celui-ci</translation>
    </message>
    <message>
        <source>its argument “%1” contains a line break or another control character, which a schedule cannot hold</source>
        <extracomment>%1 an argument of the program, each control character in it shown as �</extracomment>
        <translation>l&apos;argument «&#xa0;%1&#xa0;» du programme contient un saut de ligne ou un autre caractère de contrôle, qu&apos;une tâche planifiée ne peut pas contenir</translation>
    </message>
</context>
<context>
    <name>jt::ConnectionStore</name>
    <message>
        <source>No connection is stored yet. Set one up with JobTarget Setup, or with `jobtarget-setup verify --save`.</source>
        <translation>Aucune connexion n&apos;est encore enregistrée. Configurez-en une avec JobTarget Setup, ou avec `jobtarget-setup verify --save`.</translation>
    </message>
    <message>
        <source>The keychain could not be put back as it was (%1): remove the stored credentials before you save again.</source>
        <translation>Le trousseau n’a pas pu être remis dans son état précédent (%1)&#xa0;: supprimez les identifiants enregistrés avant d’enregistrer de nouveau.</translation>
    </message>
    <message>
        <source>the secret read back is not the one written</source>
        <translation>le secret relu n’est pas celui qui a été écrit</translation>
    </message>
    <message>
        <source>The stored connection is damaged; save it again. A value in this computer&apos;s settings is not valid: %1. Set the connection up again with JobTarget Setup, or with `jobtarget-setup verify --save`.</source>
        <extracomment>%1 names the value, such as &quot;job board token&quot;</extracomment>
        <translation>La connexion enregistrée est endommagée&#xa0;; enregistrez-la de nouveau. Une valeur des réglages de cet ordinateur n&apos;est pas valide&#xa0;: %1. Configurez de nouveau la connexion avec JobTarget Setup ou avec `jobtarget-setup verify --save`.</translation>
    </message>
</context>
<context>
    <name>jt::DailyCheck</name>
    <message>
        <source>Daily checks cannot be scheduled from here (this copy of JobTarget Setup runs in a sandbox). “jobtarget-setup check” can be run by any scheduler instead.</source>
        <translation>Les vérifications quotidiennes ne peuvent pas être programmées d&apos;ici (cette copie de JobTarget Setup s&apos;exécute dans un bac à sable). N&apos;importe quel planificateur peut exécuter «&#xa0;jobtarget-setup check&#xa0;» à la place.</translation>
    </message>
    <message>
        <source>The history of checks (%1) could not be removed.</source>
        <translation>L&apos;historique des vérifications (%1) n&apos;a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>jt::HarvestV1Client</name>
    <message>
        <source>the job look-up did not succeed</source>
        <translation>la recherche des postes a échoué</translation>
    </message>
</context>
<context>
    <name>jt::HarvestV3Client</name>
    <message>
        <source>Greenhouse accepted the Client ID and Client Secret.</source>
        <translation>Greenhouse a accepté le Client ID et le Client Secret.</translation>
    </message>
    <message>
        <source>Greenhouse does not recognise this Client ID. Copy it again from API Credential Management: it looks like “name-1234”.</source>
        <translation>Greenhouse ne reconnaît pas ce Client ID. Copiez-le à nouveau depuis API Credential Management&#xa0;: il ressemble à «&#xa0;name-1234&#xa0;».</translation>
    </message>
    <message>
        <source>Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was lost, create a new credential and revoke the old one.</source>
        <translation>Greenhouse a refusé le Client ID ou le Client Secret. Copiez-les à nouveau&#xa0;; si le Client Secret a été perdu, créez de nouveaux identifiants et révoquez les anciens.</translation>
    </message>
    <message>
        <source>Greenhouse refused to issue a token for this credential (HTTP %1).</source>
        <translation>Greenhouse a refusé d&apos;émettre un jeton pour ces identifiants (HTTP %1).</translation>
    </message>
    <message>
        <source>the credential may not list jobs</source>
        <translation>les identifiants ne sont pas autorisés à lister les postes</translation>
    </message>
    <message>
        <source>the job look-up did not succeed</source>
        <translation>la recherche des postes a échoué</translation>
    </message>
    <message>
        <source>the job look-up gave an unexpected answer</source>
        <translation>la recherche des postes a renvoyé une réponse inattendue</translation>
    </message>
    <message>
        <source>Greenhouse did not accept the Site Admin user ID. Use the number at the end of the user&apos;s Greenhouse address (…/users/12345), or leave the user ID out.</source>
        <translation>Greenhouse n&apos;a pas accepté l&apos;ID utilisateur du Site Admin. Utilisez le nombre à la fin de l&apos;adresse Greenhouse de l&apos;utilisateur (…/users/12345), ou n&apos;indiquez pas d&apos;ID utilisateur.</translation>
    </message>
</context>
<context>
    <name>jt::LaunchAgentSchedule</name>
    <message>
        <source>Installs a LaunchAgent that runs “jobtarget-setup check” once a day (or when the Mac wakes up, if it slept through the time): %1.</source>
        <extracomment>%1 the file</extracomment>
        <translation>Installe un LaunchAgent qui exécute «&#xa0;jobtarget-setup check&#xa0;» une fois par jour (ou au réveil du Mac, s&apos;il était en veille à l&apos;heure prévue)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>La vérification quotidienne n&apos;a pas pu être activée</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>La vérification quotidienne n&apos;a pas pu être désactivée</translation>
    </message>
</context>
<context>
    <name>jt::RegularFile</name>
    <message>
        <source>it is a symbolic link</source>
        <translation>il s&apos;agit d&apos;un lien symbolique</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO)</source>
        <translation>il s&apos;agit d&apos;un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>il s&apos;agit d&apos;un dossier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
</context>
<context>
    <name>jt::ScheduledTaskSchedule</name>
    <message>
        <source>Creates the Task Scheduler task “%1”, which runs “jobtarget-setup check” once a day (or as soon as possible when the computer was off), and keeps its definition in %2.</source>
        <extracomment>%1 the task&apos;s name, %2 the file that keeps its definition</extracomment>
        <translation>Crée dans le Planificateur de tâches la tâche «&#xa0;%1&#xa0;», qui exécute «&#xa0;jobtarget-setup check&#xa0;» une fois par jour (ou dès que possible si l&apos;ordinateur était éteint), et conserve sa définition dans %2.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>La vérification quotidienne n&apos;a pas pu être activée</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>La vérification quotidienne n&apos;a pas pu être désactivée</translation>
    </message>
</context>
<context>
    <name>jt::SecretStore</name>
    <message>
        <source>Nothing is stored in the keychain under this name yet.</source>
        <translation>Rien n&apos;est encore enregistré dans le trousseau sous ce nom.</translation>
    </message>
    <message>
        <source>No keychain is available: the Secret Service (GNOME Keyring or KWallet) is not running. Start your desktop&apos;s keyring, or install gnome-keyring, then try again. Nothing was stored in a file.</source>
        <translation>Aucun trousseau disponible&#xa0;: le Secret Service (GNOME Keyring ou KWallet) n&apos;est pas en cours d&apos;exécution. Démarrez le trousseau de votre environnement de bureau, ou installez gnome-keyring, puis réessayez. Rien n&apos;a été enregistré dans un fichier.</translation>
    </message>
    <message>
        <source>The keyring is locked or access was denied. Unlock it (for example by logging in again) and try again.</source>
        <translation>Le trousseau est verrouillé ou l&apos;accès a été refusé. Déverrouillez-le (par exemple en vous reconnectant) et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n s. If a password prompt is open, answer it; then try again.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu dans un délai de %n seconde. Si une demande de mot de passe est ouverte, répondez-y, puis réessayez.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu dans un délai de %n secondes. Si une demande de mot de passe est ouverte, répondez-y, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error. Try again; if it keeps happening, restart your desktop&apos;s keyring (or log out and in again).</source>
        <translation>Le trousseau a signalé une erreur inattendue. Réessayez&#xa0;; si le problème persiste, redémarrez le trousseau de votre environnement de bureau (ou déconnectez-vous puis reconnectez-vous).</translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error: %1. Try again; if it keeps happening, restart your desktop&apos;s keyring (or log out and in again).</source>
        <translation>Le trousseau a signalé une erreur inattendue&#xa0;: %1. Réessayez&#xa0;; si le problème persiste, redémarrez le trousseau de votre environnement de bureau (ou déconnectez-vous puis reconnectez-vous).</translation>
    </message>
    <message>
        <source>No keychain is available: the keyring has no default collection (&quot;login&quot;) to store passwords in. Open your desktop&apos;s password manager (for example &quot;Passwords and Keys&quot;), create a default keyring, then try again. Nothing was stored in a file.</source>
        <translation>Aucun trousseau disponible&#xa0;: le trousseau n&apos;a pas de collection par défaut («&#xa0;login&#xa0;») où stocker les mots de passe. Ouvrez le gestionnaire de mots de passe de votre environnement de bureau (par exemple «&#xa0;Mots de passe et clés&#xa0;»), créez un trousseau par défaut, puis réessayez. Rien n&apos;a été enregistré dans un fichier.</translation>
    </message>
    <message>
        <source>The stored connection is incomplete; save it again. The keychain does not hold the secret that was saved with this computer&apos;s settings (a save was cut short, or another program changed the keychain). Set the connection up again with JobTarget Setup, or with `jobtarget-setup verify --save`.</source>
        <translation>La connexion enregistrée est incomplète&#x202f;; enregistrez-la de nouveau. Le trousseau ne contient pas le secret enregistré avec les réglages de cet ordinateur (un enregistrement a été interrompu, ou un autre programme a modifié le trousseau). Configurez de nouveau la connexion avec JobTarget Setup ou avec `jobtarget-setup verify --save`.</translation>
    </message>
    <message>
        <source>The settings could not be written (%1), so the connection was not stored. Check that the disk has room and the folder can be written to, then save again.</source>
        <translation>Les réglages n’ont pas pu être écrits (%1), la connexion n’a donc pas été enregistrée. Vérifiez qu’il reste de la place sur le disque et que le dossier est accessible en écriture, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Another save of the connection is still under way (in another JobTarget Setup window or a script). Try again when it has finished.</source>
        <translation>Un autre enregistrement de la connexion est encore en cours (dans une autre fenêtre de JobTarget Setup ou dans un script). Réessayez lorsqu’il sera terminé.</translation>
    </message>
</context>
<context>
    <name>jt::SetupController</name>
    <message>
        <source>Please grant me a Greenhouse developer permission for JobTarget</source>
        <translation>Merci de m&apos;accorder une autorisation de développeur Greenhouse pour JobTarget</translation>
    </message>
    <message>
        <source>Hello,

To connect our Greenhouse job board to JobTarget I need to create an API credential in Greenhouse. Could you give me the developer permission “Can manage ALL organization&apos;s API Credentials”?

In Greenhouse: Configure (the gear icon) → Users → my name → Permissions → Developer Permissions → tick “Can manage ALL organization&apos;s API Credentials” → Save.

This needs a Site Admin who can edit other users&apos; advanced permissions. I will tell you when the connection is done.

Thank you!</source>
        <translation>Bonjour,

Pour connecter notre job board Greenhouse à JobTarget, je dois créer des identifiants d&apos;API dans Greenhouse. Pourriez-vous m&apos;accorder l&apos;autorisation de développeur «&#xa0;Can manage ALL organization&apos;s API Credentials&#xa0;»&#xa0;?

Dans Greenhouse&#xa0;: Configure (l&apos;icône d&apos;engrenage) → Users → mon nom → Permissions → Developer Permissions → cocher «&#xa0;Can manage ALL organization&apos;s API Credentials&#xa0;» → Save.

Il faut pour cela un Site Admin autorisé à modifier les autorisations avancées des autres utilisateurs. Je vous préviendrai quand la connexion sera établie.

Merci&#xa0;!</translation>
    </message>
</context>
<context>
    <name>jt::StoredConnectionFlow</name>
    <message>
        <source>No keychain is set up for this session.</source>
        <translation>Aucun trousseau n&apos;est configuré pour cette session.</translation>
    </message>
</context>
<context>
    <name>jt::SystemdTimerSchedule</name>
    <message>
        <source>Installs a systemd user timer that runs “jobtarget-setup check” once a day (at a random time, or at the next login if the computer was off): %2 and %3 in %1.</source>
        <extracomment>%1 the folder, %2 and %3 the two files&apos; names</extracomment>
        <translation>Installe un timer utilisateur systemd qui exécute «&#xa0;jobtarget-setup check&#xa0;» une fois par jour (à une heure aléatoire, ou à la prochaine ouverture de session si l&apos;ordinateur était éteint)&#xa0;: %2 et %3 dans %1.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>La vérification quotidienne n&apos;a pas pu être activée</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>La vérification quotidienne n&apos;a pas pu être désactivée</translation>
    </message>
    <message>
        <source>systemd could not load %1 (%2); “%3” says why</source>
        <extracomment>%1 the unit&apos;s file name, %2 systemd&apos;s word for its state (&quot;bad-setting&quot;, &quot;not-found&quot;, &quot;error&quot;), %3 the command that tells why</extracomment>
        <translation>systemd n&apos;a pas pu charger %1 (%2)&#xa0;; «&#xa0;%3&#xa0;» en indique la raison</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
</context>
<context>
    <name>jt::Verifier</name>
    <message>
        <source>Greenhouse accepted the API key.</source>
        <translation>Greenhouse a accepté la clé API.</translation>
    </message>
    <message>
        <source>The board “%1” has no live jobs: JobTarget would receive nothing until jobs are published on it.</source>
        <translation>Le job board «&#xa0;%1&#xa0;» n&apos;a aucune offre publiée&#xa0;: JobTarget ne recevra rien tant que des offres n&apos;y seront pas publiées.</translation>
    </message>
    <message>
        <source>Could not confirm that the board belongs to the credential&apos;s Greenhouse account (%1).</source>
        <translation>Impossible de confirmer que le job board appartient au compte Greenhouse des identifiants (%1).</translation>
    </message>
    <message>
        <source>The board “%1” is not among the boards this credential can list.</source>
        <translation>Le job board «&#xa0;%1&#xa0;» ne figure pas parmi les job boards que ces identifiants peuvent lister.</translation>
    </message>
    <message>
        <source>Greenhouse rejected this API key (“Invalid Basic Auth credentials”). Copy it again; if it was lost, create a new key and revoke the old one.</source>
        <translation>Greenhouse a refusé cette clé API («&#xa0;Invalid Basic Auth credentials&#xa0;»). Copiez-la à nouveau&#xa0;; si elle a été perdue, créez une nouvelle clé et révoquez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Tick the scopes listed below; if they are already ticked, check that user %1 is a Site Admin.</source>
        <translation>Greenhouse a refusé toutes les autorisations. Cochez les scopes listés ci-dessous&#xa0;; s&apos;ils sont déjà cochés, vérifiez que l&apos;utilisateur %1 est bien un Site Admin.</translation>
    </message>
    <message>
        <source>Greenhouse retired Harvest API keys (v1/v2) on 31 August 2026. Ask JobTarget whether it accepts a Harvest v3 (OAuth) credential instead.</source>
        <translation>Greenhouse a retiré les clés API Harvest (v1/v2) le 31 août 2026. Demandez à JobTarget s&apos;il accepte à la place des identifiants Harvest v3 (OAuth).</translation>
    </message>
    <message numerus="yes">
        <source>Greenhouse issued a token that expires in %n min; check the credential in API Credential Management.</source>
        <translation>
            <numerusform>Greenhouse a émis un jeton qui expire dans %n minute&#xa0;; vérifiez les identifiants dans API Credential Management.</numerusform>
            <numerusform>Greenhouse a émis un jeton qui expire dans %n minutes&#xa0;; vérifiez les identifiants dans API Credential Management.</numerusform>
        </translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Tick the scopes listed below; if they are already ticked, give the user ID of a Site Admin, such as your integration user (“Site Admin user ID” in the wizard, --user-id on the command line).</source>
        <translation>Greenhouse a refusé toutes les autorisations. Cochez les scopes listés ci-dessous&#xa0;; s&apos;ils sont déjà cochés, indiquez l&apos;ID utilisateur d&apos;un Site Admin, par exemple celui de votre utilisateur d&apos;intégration («&#xa0;ID utilisateur du Site Admin&#xa0;» dans l&apos;assistant, --user-id en ligne de commande).</translation>
    </message>
    <message>
        <source>User %1 is not a Site Admin, so Greenhouse answers it with empty lists. Leave the user ID empty, or give the user ID of a Site Admin.</source>
        <translation>L’utilisateur %1 n’est pas Site Admin, donc Greenhouse lui répond par des listes vides. Laissez l’ID utilisateur vide, ou indiquez l’ID utilisateur d’un Site Admin.</translation>
    </message>
</context>
<context>
    <name>jt::ui::Banner</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>jt::ui::CheckHistoryStrip</name>
    <message>
        <source>History of the daily checks</source>
        <translation>Historique des vérifications quotidiennes</translation>
    </message>
</context>
<context>
    <name>jt::ui::CheckPermissionsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Open API Credential Management</source>
        <translation>&amp;Ouvrir API Credential Management</translation>
    </message>
    <message>
        <source>Checking with Greenhouse</source>
        <translation>Vérification en cours auprès de Greenhouse</translation>
    </message>
    <message>
        <source>Each permission is tried with a harmless read request, the way JobTarget will use it. Nothing in Greenhouse is changed. Removing or adding a permission in Greenhouse takes effect at once: choose “Check again” after you changed it.</source>
        <translation>Chaque autorisation est testée par une requête de lecture sans risque, comme JobTarget l&apos;utilisera. Rien n&apos;est modifié dans Greenhouse. Le retrait ou l&apos;ajout d&apos;une autorisation dans Greenhouse prend effet immédiatement&#xa0;: choisissez «&#xa0;Vérifier à nouveau&#xa0;» après l&apos;avoir modifiée.</translation>
    </message>
    <message>
        <source>Checking the credential with Greenhouse…</source>
        <translation>Vérification des identifiants auprès de Greenhouse…</translation>
    </message>
    <message>
        <source>Greenhouse accepted the credential.</source>
        <translation>Greenhouse a accepté les identifiants.</translation>
    </message>
    <message>
        <source>Cance&amp;l check</source>
        <translation>Annu&amp;ler la vérification</translation>
    </message>
    <message>
        <source>Demo practice: the credential lacks “%1”</source>
        <extracomment>%1 is a permission exactly as Greenhouse&apos;s Dev Center shows it (&quot;Openings &gt; List openings&quot;).</extracomment>
        <translation>Exercice de démo&#xa0;: il manque «&#xa0;%1&#xa0;» aux identifiants</translation>
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
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>%1 copié</translation>
    </message>
</context>
<context>
    <name>jt::ui::CreateCredentialPage</name>
    <message>
        <source>Harvest &amp;v3 (OAuth) — recommended</source>
        <translation>Harvest &amp;v3 (OAuth) — recommandé</translation>
    </message>
    <message>
        <source>Harvest API &amp;key (legacy)</source>
        <translation>&amp;Clé API Harvest (ancienne)</translation>
    </message>
    <message>
        <source>API &amp;type:</source>
        <translation>API &amp;type&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtner&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Which kind of credential?</source>
        <translation>Quel type d&apos;identifiants&#xa0;?</translation>
    </message>
    <message>
        <source>Greenhouse retired Harvest v1/v2 API keys on 31 August 2026. Choose the legacy key only if JobTarget asked you for one and your Greenhouse still offers it.</source>
        <translation>Greenhouse a retiré les clés API Harvest v1/v2 le 31 août 2026. Ne choisissez l&apos;ancienne clé que si JobTarget vous en a demandé une et que votre Greenhouse la propose encore.</translation>
    </message>
    <message>
        <source>&amp;Open API Credential Management</source>
        <translation>&amp;Ouvrir API Credential Management</translation>
    </message>
    <message>
        <source>The credential is what JobTarget uses to read your jobs. It only needs to read: the permissions listed here are all “list” or “retrieve” permissions. If you lose the secret, create a new credential, then revoke the old one in API Credential Management.</source>
        <translation>Les identifiants permettent à JobTarget de lire vos offres. Ils n&apos;ont besoin que de lire&#xa0;: les autorisations listées ici sont toutes des autorisations «&#xa0;list&#xa0;» ou «&#xa0;retrieve&#xa0;». Si vous perdez le secret, créez de nouveaux identifiants, puis révoquez les anciens dans API Credential Management.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; In Greenhouse, open Configure (the gear icon) → &lt;b&gt;Dev Center&lt;/b&gt; → &lt;b&gt;API Credential Management&lt;/b&gt;, or use the button above.&lt;br&gt;&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Click &lt;b&gt;%1&lt;/b&gt; and fill in:</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Dans Greenhouse, ouvrez Configure (l&apos;icône d&apos;engrenage) → &lt;b&gt;Dev Center&lt;/b&gt; → &lt;b&gt;API Credential Management&lt;/b&gt;, ou utilisez le bouton ci-dessus.&lt;br&gt;&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Cliquez sur &lt;b&gt;%1&lt;/b&gt; et remplissez&#xa0;:</translation>
    </message>
    <message>
        <source>Where to click to create the credential</source>
        <translation>Où cliquer pour créer les identifiants</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Click &lt;b&gt;View and store credentials&lt;/b&gt;. Copy the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt; and keep them ready for the next page, then click &lt;b&gt;I have stored the client credentials&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Cliquez sur &lt;b&gt;View and store credentials&lt;/b&gt;. Copiez le &lt;b&gt;Client ID&lt;/b&gt; et le &lt;b&gt;Client Secret&lt;/b&gt; et gardez-les à portée de main pour la page suivante, puis cliquez sur &lt;b&gt;I have stored the client credentials&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Click &lt;b&gt;Manage Permissions&lt;/b&gt;. Greenhouse shows the API key: &lt;b&gt;Copy&lt;/b&gt; it and keep it ready for the next page, then click &lt;b&gt;I have stored the API Key&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Cliquez sur &lt;b&gt;Manage Permissions&lt;/b&gt;. Greenhouse affiche la clé API&#xa0;: copiez-la avec &lt;b&gt;Copy&lt;/b&gt; et gardez-la à portée de main pour la page suivante, puis cliquez sur &lt;b&gt;I have stored the API Key&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The Client Secret is shown only once.</source>
        <translation>Le Client Secret n&apos;est affiché qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>The API key is shown only once.</source>
        <translation>La clé API n&apos;est affichée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>If you lose it, create a new credential, give that one to JobTarget, and revoke the old one.</source>
        <translation>En cas de perte, créez de nouveaux identifiants, transmettez-les à JobTarget et révoquez les anciens.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Back in the list, open the credential&apos;s &lt;b&gt;Manage Scopes&lt;/b&gt; and tick:</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; De retour dans la liste, ouvrez &lt;b&gt;Manage Scopes&lt;/b&gt; pour ces identifiants et cochez&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Under &lt;b&gt;Manage Permissions&lt;/b&gt;, tick:</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; Dans &lt;b&gt;Manage Permissions&lt;/b&gt;, cochez&#xa0;:</translation>
    </message>
    <message>
        <source>Then click &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Cliquez ensuite sur &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Where to tick the permissions</source>
        <translation>Où cocher les autorisations</translation>
    </message>
</context>
<context>
    <name>jt::ui::DeveloperPermissionPage</name>
    <message>
        <source>&amp;Yes, I see “API Credential Management”</source>
        <translation>&amp;Oui, je vois «&#xa0;API Credential Management&#xa0;»</translation>
    </message>
    <message>
        <source>Ask a Site Admin</source>
        <translation>Demander à un Site Admin</translation>
    </message>
    <message>
        <source>&amp;Copy request</source>
        <translation>&amp;Copier la demande</translation>
    </message>
    <message>
        <source>&amp;E-mail request…</source>
        <translation>Envoyer la demande par &amp;e-mail…</translation>
    </message>
    <message>
        <source>Only people with the developer permission “Can manage ALL organization&apos;s API Credentials” can create a credential for JobTarget. Open Greenhouse&apos;s Dev Center and look for “API Credential Management”:</source>
        <translation>Seules les personnes disposant de l&apos;autorisation de développeur «&#xa0;Can manage ALL organization&apos;s API Credentials&#xa0;» peuvent créer des identifiants pour JobTarget. Ouvrez le Dev Center de Greenhouse et cherchez «&#xa0;API Credential Management&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Configure (the gear icon), then Dev Center, then API Credential Management</source>
        <translation>Configure (l&apos;icône d&apos;engrenage), puis Dev Center, puis API Credential Management</translation>
    </message>
    <message>
        <source>&amp;Open Dev Center</source>
        <translation>Ouvrir &amp;Dev Center</translation>
    </message>
    <message>
        <source>Do you see “API Credential Management” in Dev Center?</source>
        <translation>Voyez-vous «&#xa0;API Credential Management&#xa0;» dans Dev Center&#xa0;?</translation>
    </message>
    <message>
        <source>A Site Admin who may edit other users&apos; advanced permissions grants it: Configure (the gear icon) → &lt;b&gt;Users&lt;/b&gt; → your name → &lt;b&gt;Permissions&lt;/b&gt; → &lt;b&gt;Developer Permissions&lt;/b&gt; → tick “Can manage ALL organization&apos;s API Credentials” → &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Un Site Admin autorisé à modifier les autorisations avancées des autres utilisateurs peut vous l&apos;accorder&#xa0;: Configure (l&apos;icône d&apos;engrenage) → &lt;b&gt;Users&lt;/b&gt; → votre nom → &lt;b&gt;Permissions&lt;/b&gt; → &lt;b&gt;Developer Permissions&lt;/b&gt; → cocher «&#xa0;Can manage ALL organization&apos;s API Credentials&#xa0;» → &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Request to send:</source>
        <translation>De&amp;mande à envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>Request to send to your Site Admin</source>
        <translation>Demande à envoyer à votre Site Admin</translation>
    </message>
    <message>
        <source>You can close this assistant now. When the permission has been granted, open it again: it continues here.</source>
        <translation>Vous pouvez fermer cet assistant maintenant. Une fois l&apos;autorisation accordée, rouvrez-le&#xa0;: il reprendra ici.</translation>
    </message>
    <message>
        <source>Configure, Users, the user, Permissions, Developer Permissions, tick the permission, Save</source>
        <translation>Configure, Users, l&apos;utilisateur, Permissions, Developer Permissions, cocher l&apos;autorisation, Save</translation>
    </message>
    <message>
        <source>Greenhouse has no way to check this permission before a credential exists, so the assistant asks you. If you are unsure, open Dev Center: without the permission, “API Credential Management” is not listed.</source>
        <translation>Greenhouse ne permet pas de vérifier cette autorisation avant que des identifiants existent&#xa0;; l&apos;assistant vous pose donc la question. En cas de doute, ouvrez Dev Center&#xa0;: sans l&apos;autorisation, «&#xa0;API Credential Management&#xa0;» n&apos;y figure pas.</translation>
    </message>
    <message>
        <source>The request is on the clipboard.</source>
        <translation>La demande a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>No e-mail program opened</source>
        <translation>Aucun programme de messagerie ne s&apos;est ouvert</translation>
    </message>
    <message>
        <source>Copy the request instead and send it the way you usually reach your Site Admin.</source>
        <translation>Copiez plutôt la demande et envoyez-la à votre Site Admin par le moyen habituel.</translation>
    </message>
    <message>
        <source>No, it is not &amp;there</source>
        <translation>&amp;Non, cette entrée n&apos;y est pas</translation>
    </message>
</context>
<context>
    <name>jt::ui::EnterCredentialPage</name>
    <message>
        <source>&amp;Fill in the demo credential</source>
        <translation>Saisir les identifiants de &amp;démo</translation>
    </message>
    <message>
        <source>Nothing is sent until the next page, and the secret is never written to a file.</source>
        <translation>Rien n&apos;est envoyé avant la page suivante, et le secret n&apos;est jamais enregistré dans un fichier.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>for example jobtarget-12345</source>
        <translation>par exemple jobtarget-12345</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>Client S&amp;ecret&#xa0;:</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Site Admin &amp;user ID (optional):</source>
        <translation>ID &amp;utilisateur du Site Admin (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Site Admin user ID, optional</source>
        <translation>ID utilisateur du Site Admin, facultatif</translation>
    </message>
    <message>
        <source>the digits at the end of …/account/users/12345</source>
        <translation>les chiffres à la fin de …/account/users/12345</translation>
    </message>
    <message>
        <source>Leave it empty unless the permission check says every permission is refused. Then enter the user ID of a Site Admin, such as the user Greenhouse recommends for integrations.</source>
        <translation>Laissez ce champ vide, sauf si la vérification des autorisations indique que toutes les autorisations sont refusées. Saisissez alors l&apos;ID utilisateur d&apos;un Site Admin, par exemple celui de l&apos;utilisateur que Greenhouse recommande pour les intégrations.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>Harvest API key</source>
        <translation>Clé API Harvest</translation>
    </message>
    <message>
        <source>Greenhouse shows the secret only once. If you no longer have it, create a new credential in API Credential Management and revoke the old one. The Client ID stays visible in Greenhouse&apos;s list of credentials.</source>
        <translation>Greenhouse n&apos;affiche le secret qu&apos;une seule fois. Si vous ne l&apos;avez plus, créez de nouveaux identifiants dans API Credential Management et révoquez les anciens. Le Client ID reste visible dans la liste des identifiants de Greenhouse.</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Spaces around the value were removed.</source>
        <translation>Les espaces autour de la valeur ont été supprimés.</translation>
    </message>
    <message>
        <source>The demo Client ID and Client Secret are filled in.</source>
        <translation>Le Client ID et le Client Secret de démonstration sont remplis.</translation>
    </message>
</context>
<context>
    <name>jt::ui::ExistingConnectionPage</name>
    <message>
        <source>Working</source>
        <translation>Opération en cours</translation>
    </message>
    <message>
        <source>Remove stored credentials?</source>
        <translation>Supprimer les identifiants enregistrés&#xa0;?</translation>
    </message>
    <message>
        <source>The secret is deleted from the keychain and the connection&apos;s settings from this computer. JobTarget keeps working with what it has; to stop it, revoke the credential in Greenhouse&apos;s API Credential Management.</source>
        <translation>Le secret est supprimé du trousseau et les paramètres de la connexion sont supprimés de cet ordinateur. JobTarget continue de fonctionner avec ce dont il dispose&#xa0;; pour l&apos;arrêter, révoquez les identifiants dans API Credential Management, sur Greenhouse.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed from this computer. If JobTarget no longer uses the credential, revoke it in Greenhouse: Configure → Dev Center → API Credential Management.</source>
        <translation>Supprimé de cet ordinateur. Si JobTarget n&apos;utilise plus les identifiants, révoquez-les dans Greenhouse&#xa0;: Configure → Dev Center → API Credential Management.</translation>
    </message>
    <message>
        <source>The connection works</source>
        <translation>La connexion fonctionne</translation>
    </message>
    <message>
        <source>“Check it now” reads the secret from the keychain and checks everything again with Greenhouse; the result becomes the connection&apos;s “Last checked”. “Hand off to JobTarget” shows the summary again, to export, print or copy the secret. “Replace the credential” walks you through creating a new one, or a new secret for the same one (for example when the secret was lost or must be rotated). A rotated secret&apos;s old one keeps working for up to a week; revoke it in Greenhouse once JobTarget uses the new one. “Remove stored credentials” deletes the secret from the keychain and the settings from this computer; it does not revoke anything in Greenhouse.</source>
        <translation>«&#xa0;Vérifier maintenant&#xa0;» lit le secret dans le trousseau et vérifie à nouveau tous les points auprès de Greenhouse&#xa0;; le résultat devient la «&#xa0;Dernière vérification&#xa0;» de la connexion. «&#xa0;Transmettre à JobTarget&#xa0;» affiche à nouveau le récapitulatif, pour l&apos;exporter, l&apos;imprimer ou copier le secret. «&#xa0;Remplacer les identifiants&#xa0;» vous guide dans la création de nouveaux identifiants, ou d&apos;un nouveau secret pour les mêmes (par exemple si le secret a été perdu ou doit être renouvelé). L&apos;ancien secret d&apos;identifiants renouvelés reste valable jusqu&apos;à une semaine&#x202f;; révoquez-le dans Greenhouse dès que JobTarget utilise le nouveau. «&#xa0;Supprimer les identifiants enregistrés&#xa0;» supprime le secret du trousseau et les paramètres de cet ordinateur&#xa0;; rien n&apos;est révoqué dans Greenhouse.</translation>
    </message>
    <message>
        <source>Check &amp;every day and tell me if it stops working</source>
        <translation>Vérifier chaque &amp;jour et me prévenir si la connexion ne fonctionne plus</translation>
    </message>
    <message>
        <source>Turning the daily check on…</source>
        <translation>Activation de la vérification quotidienne…</translation>
    </message>
    <message>
        <source>Turning the daily check off…</source>
        <translation>Désactivation de la vérification quotidienne…</translation>
    </message>
    <message>
        <source>No daily check has run yet.</source>
        <translation>Aucune vérification quotidienne n&apos;a encore eu lieu.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2f855a&quot;&gt;●&lt;/span&gt; passed &amp;nbsp; &lt;span style=&quot;color:#e53e3e&quot;&gt;■&lt;/span&gt; failed &amp;nbsp; &lt;span style=&quot;color:#b7791f&quot;&gt;▲&lt;/span&gt; could not check</source>
        <extracomment>The legend of the history&apos;s marks: a circle, a square, a triangle</extracomment>
        <translation>&lt;span style=&quot;color:#2f855a&quot;&gt;●&lt;/span&gt; réussie &amp;nbsp; &lt;span style=&quot;color:#e53e3e&quot;&gt;■&lt;/span&gt; échouée &amp;nbsp; &lt;span style=&quot;color:#b7791f&quot;&gt;▲&lt;/span&gt; vérification impossible</translation>
    </message>
    <message>
        <source>The daily check is turned off and its history deleted.</source>
        <translation>La vérification quotidienne est désactivée et son historique supprimé.</translation>
    </message>
    <message>
        <source>Tick the missing permission in Greenhouse, then check again.</source>
        <translation>Cochez la permission manquante dans Greenhouse, puis vérifiez à nouveau.</translation>
    </message>
</context>
<context>
    <name>jt::ui::HandOffPage</name>
    <message>
        <source>&amp;Include the secret in exports and prints</source>
        <translation>&amp;Inclure le secret dans les exports et les impressions</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Copy &amp;secret</source>
        <translation>&amp;Copier le secret</translation>
    </message>
    <message>
        <source>Open JobTarget&apos;s &amp;contact page</source>
        <translation>&amp;Ouvrir la page de contact de JobTarget</translation>
    </message>
    <message>
        <source>Summary for JobTarget</source>
        <translation>Récapitulatif pour JobTarget</translation>
    </message>
    <message>
        <source>Give JobTarget the board token and the credential through a secure channel, as Greenhouse recommends — not in a plain e-mail. “Copy secret” puts it on the clipboard for a short time, marked so that clipboard managers do not keep it. Exports leave the secret out unless you tick “Include the secret”.</source>
        <translation>Transmettez le jeton du job board et les identifiants à JobTarget par un canal sécurisé, comme le recommande Greenhouse — pas dans un simple e-mail. «&#xa0;Copier le secret&#xa0;» le place brièvement dans le presse-papiers, marqué pour que les gestionnaires de presse-papiers ne le conservent pas. Les exports n&apos;incluent le secret que si vous cochez «&#xa0;Inclure le secret&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The secret is on the clipboard; it is cleared in %n s.</source>
        <translation>
            <numerusform>Le secret est dans le presse-papiers&#xa0;; il sera effacé dans %n seconde.</numerusform>
            <numerusform>Le secret est dans le presse-papiers&#xa0;; il sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo connection works</source>
        <translation>La connexion de démo fonctionne</translation>
    </message>
    <message>
        <source>In a real set-up this is what you would give JobTarget.</source>
        <translation>Dans une configuration réelle, c&apos;est ce que vous transmettriez à JobTarget.</translation>
    </message>
    <message>
        <source>The connection works but is not stored</source>
        <translation>La connexion fonctionne mais n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <source>Give JobTarget the secret now; this computer will not keep it.</source>
        <translation>Transmettez le secret à JobTarget maintenant&#xa0;; cet ordinateur ne le conservera pas.</translation>
    </message>
    <message>
        <source>The connection works, with a remark</source>
        <translation>La connexion fonctionne, avec une remarque</translation>
    </message>
    <message>
        <source>The connection works and is stored</source>
        <translation>La connexion fonctionne et est enregistrée</translation>
    </message>
    <message>
        <source>Include the secret?</source>
        <translation>Inclure le secret&#xa0;?</translation>
    </message>
    <message>
        <source>Anyone who gets the exported file or the printout can read your jobs through Greenhouse&apos;s API. Share it only through a secure channel and delete it afterwards.</source>
        <translation>Toute personne qui obtient le fichier exporté ou l&apos;impression peut lire vos offres via l&apos;API de Greenhouse. Ne les partagez que par un canal sécurisé et supprimez-les ensuite.</translation>
    </message>
    <message>
        <source>Include the secret</source>
        <translation>Inclure le secret</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md or .json.</source>
        <translation>Choisissez un fichier se terminant par .pdf, .html, .md ou .json.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
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
        <translation>Exporter le récapitulatif</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 is the full path of the file written</extracomment>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <extracomment>%1 is the full path of the file, %2 why it could not be written</extracomment>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>P&amp;repared by:</source>
        <translation>Pr&amp;éparé par&#xa0;:</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>The last check of this connection did not pass</source>
        <translation>La dernière vérification de cette connexion n&apos;a pas réussi</translation>
    </message>
    <message>
        <source>Go back and choose “Check it now” to see what to fix before you give it to JobTarget. The summary below shows each result.</source>
        <translation>Revenez en arrière et choisissez «&#xa0;Vérifier maintenant&#xa0;» pour voir ce qu&apos;il faut corriger avant de la transmettre à JobTarget. Le récapitulatif ci-dessous montre chaque résultat.</translation>
    </message>
    <message>
        <source>The secret is no longer on the clipboard.</source>
        <translation>Le secret n’est plus dans le presse-papiers.</translation>
    </message>
    <message>
        <source>•••••••• (in exports and prints only)</source>
        <translation>•••••••• (uniquement dans les exports et impressions)</translation>
    </message>
    <message>
        <source>Your name as the summary shows it: your account&apos;s full name unless you change it. What you write here is remembered.</source>
        <translation>Votre nom tel que le récapitulatif l&apos;affiche&#xa0;: le nom complet de votre compte, sauf si vous le modifiez. Ce que vous écrivez ici est mémorisé.</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail (optional):</source>
        <translation>E-&amp;mail de contact (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>Where JobTarget can reach you about this connection; shown in the summary and remembered.</source>
        <translation>Où JobTarget peut vous joindre au sujet de cette connexion&#xa0;; affiché dans le récapitulatif et mémorisé.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <extracomment>An example address in the empty contact e-mail field</extracomment>
        <translation>nom@example.com</translation>
    </message>
</context>
<context>
    <name>jt::ui::JobBoardPage</name>
    <message>
        <source>Job boards your credential can see</source>
        <translation>Job boards visibles avec vos identifiants</translation>
    </message>
    <message>
        <source>Job board token or address</source>
        <translation>Jeton ou adresse du job board</translation>
    </message>
    <message>
        <source>for example acme, or https://boards.greenhouse.io/acme</source>
        <translation>par exemple acme, ou https://boards.greenhouse.io/acme</translation>
    </message>
    <message>
        <source>Checking the job board</source>
        <translation>Vérification du job board</translation>
    </message>
    <message>
        <source>Where to find it: Configure → Dev Center → Configuring Your Job Board → Your Board Token. The address of your job board ends with it too.</source>
        <translation>Où le trouver&#xa0;: Configure → Dev Center → Configuring Your Job Board → Your Board Token. L&apos;adresse de votre job board se termine aussi par ce jeton.</translation>
    </message>
    <message>
        <source>&amp;Open job board settings</source>
        <translation>&amp;Ouvrir les paramètres du job board</translation>
    </message>
    <message>
        <source>Dev Center, Configuring Your Job Board, Your Board Token</source>
        <translation>Dev Center, Configuring Your Job Board, Your Board Token</translation>
    </message>
    <message>
        <source>JobTarget publishes the live jobs of exactly one Greenhouse job board. The check reads the board&apos;s public job list and looks a few of its jobs up with your credential, to make sure the board belongs to the same Greenhouse account.</source>
        <translation>JobTarget diffuse les offres publiées d&apos;un seul et unique job board Greenhouse. La vérification lit la liste publique des offres du job board et recherche quelques-unes de ces offres avec vos identifiants, pour s&apos;assurer que le job board appartient bien au même compte Greenhouse.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Board token: %1</source>
        <translation>Jeton du job board&#xa0;: %1</translation>
    </message>
    <message>
        <source>✓ Its jobs belong to the same Greenhouse account as your credential.</source>
        <translation>✓ Ses offres appartiennent au même compte Greenhouse que vos identifiants.</translation>
    </message>
    <message>
        <source>✗ Its jobs belong to another Greenhouse account.</source>
        <translation>✗ Ses offres appartiennent à un autre compte Greenhouse.</translation>
    </message>
    <message>
        <source>⚠ It has no live jobs, so whether it belongs to your account cannot be checked.</source>
        <translation>⚠ Il n&apos;a aucune offre publiée&#xa0;: impossible donc de vérifier s&apos;il appartient à votre compte.</translation>
    </message>
    <message>
        <source>⚠ Whether it belongs to your account could not be decided (%1).</source>
        <extracomment>%1 is a reason such as &quot;the job look-up did not succeed&quot;</extracomment>
        <translation>⚠ Impossible de déterminer s&apos;il appartient à votre compte (%1).</translation>
    </message>
    <message>
        <source>the job look-up was not possible</source>
        <translation>la recherche des postes n&apos;a pas été possible</translation>
    </message>
    <message numerus="yes">
        <source>Live jobs: %n</source>
        <translation>
            <numerusform>%n offre publiée</numerusform>
            <numerusform>%n offres publiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k this board</source>
        <translation>&amp;Vérifier ce job board</translation>
    </message>
    <message>
        <source>Cance&amp;l check</source>
        <translation>Annu&amp;ler la vérification</translation>
    </message>
    <message>
        <source>Boards your credential can &amp;see:</source>
        <translation>Job &amp;boards visibles avec vos identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>Board token or the &amp;address of your job board:</source>
        <translation>&amp;Jeton ou adresse de votre job board&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2), not published</source>
        <translation>%1 (%2), non publié</translation>
    </message>
</context>
<context>
    <name>jt::ui::PermissionChecklist</name>
    <message>
        <source>Required permissions</source>
        <translation>Autorisations requises</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>jt::ui::SavePage</name>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Goes into &quot;The secret is stored in %1, which protects it with your login.&quot;</extracomment>
        <translation>le trousseau macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <extracomment>Goes into &quot;The secret is stored in %1, which protects it with your login.&quot;</extracomment>
        <translation>le Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>your desktop&apos;s keyring (GNOME Keyring or KWallet)</source>
        <extracomment>Goes into &quot;The secret is stored in %1, which protects it with your login.&quot;</extracomment>
        <translation>le trousseau de votre environnement de bureau (GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <source>&amp;Save in the keychain</source>
        <translation>&amp;Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>The secret is stored in %1, which protects it with your login. The Client ID, the board token and the result of the last check are kept in this app&apos;s settings: they are not secret. Nothing is ever written to a plain file.</source>
        <translation>Le secret est stocké dans %1, qui le protège grâce à votre session utilisateur. Le Client ID, le jeton du job board et le résultat de la dernière vérification sont conservés dans les paramètres de cette application&#xa0;: ils ne sont pas secrets. Rien n&apos;est jamais écrit dans un simple fichier.</translation>
    </message>
    <message>
        <source>With the connection stored, this app can check it again later, and you can copy the secret for JobTarget on the next page.</source>
        <translation>Une fois la connexion enregistrée, cette application peut la revérifier plus tard, et vous pouvez copier le secret pour JobTarget à la page suivante.</translation>
    </message>
    <message>
        <source>Saving in the keychain</source>
        <translation>Enregistrement dans le trousseau</translation>
    </message>
    <message>
        <source>If no keychain is available, the assistant says why and how to fix it. It never stores the secret anywhere else: without a keychain, give JobTarget the secret now, from the next page, and keep no copy.</source>
        <translation>Si aucun trousseau n&apos;est disponible, l&apos;assistant indique pourquoi et comment y remédier. Il ne stocke jamais le secret ailleurs&#xa0;: sans trousseau, transmettez dès maintenant le secret à JobTarget depuis la page suivante, et n&apos;en gardez aucune copie.</translation>
    </message>
    <message>
        <source>Demo: nothing was stored, your keychain was not touched. In a real set-up the secret would now be in the keychain.</source>
        <translation>Démo&#xa0;: rien n&apos;a été enregistré, votre trousseau n&apos;a pas été modifié. Dans une configuration réelle, le secret serait maintenant dans le trousseau.</translation>
    </message>
    <message>
        <source>Stored. The secret is in the keychain; this app can check the connection again at any time.</source>
        <translation>Enregistré. Le secret est dans le trousseau&#xa0;; cette application peut revérifier la connexion à tout moment.</translation>
    </message>
</context>
<context>
    <name>jt::ui::SecretField</name>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste from the clipboard</source>
        <translation>Coller depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Hide the secret (Alt+R)</source>
        <translation>Masquer le secret (Alt+R)</translation>
    </message>
    <message>
        <source>Show the secret (Alt+R)</source>
        <translation>Afficher le secret (Alt+R)</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>The secret is shown</source>
        <translation>Le secret est affiché</translation>
    </message>
    <message>
        <source>The secret is hidden</source>
        <translation>Le secret est masqué</translation>
    </message>
</context>
<context>
    <name>jt::ui::SetupPage</name>
    <message>
        <source>Demo.</source>
        <translation>Démo.</translation>
    </message>
    <message>
        <source>You are practicing with a simulated Greenhouse on this computer. Nothing is sent to Greenhouse or JobTarget.</source>
        <translation>Vous vous exercez avec un Greenhouse simulé sur cet ordinateur. Rien n&apos;est envoyé à Greenhouse ni à JobTarget.</translation>
    </message>
    <message>
        <source>Demo mode: practicing with a simulated Greenhouse</source>
        <translation>Mode démo&#xa0;: exercice avec un Greenhouse simulé</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Aide&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Greenhouse asked us to slow down. Trying again in %n s…</source>
        <translation>
            <numerusform>Greenhouse nous a demandé de ralentir. Nouvel essai dans %n seconde…</numerusform>
            <numerusform>Greenhouse nous a demandé de ralentir. Nouvel essai dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation>Le trousseau est verrouillé</translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation>Le trousseau n’a pas répondu</translation>
    </message>
    <message>
        <source>The stored connection is incomplete</source>
        <translation>La connexion enregistrée est incomplète</translation>
    </message>
    <message>
        <source>The settings could not be written</source>
        <translation>Les réglages n’ont pas pu être écrits</translation>
    </message>
    <message>
        <source>Another save is under way</source>
        <translation>Un autre enregistrement est en cours</translation>
    </message>
    <message>
        <source>The keychain could not be used</source>
        <translation>Impossible d&apos;utiliser le trousseau</translation>
    </message>
    <message>
        <source>No connection is stored</source>
        <translation>Aucune connexion n’est enregistrée</translation>
    </message>
</context>
<context>
    <name>jt::ui::SetupWizard</name>
    <message>
        <source>JobTarget Setup for Greenhouse — Demo</source>
        <translation>JobTarget Setup for Greenhouse — Démo</translation>
    </message>
    <message>
        <source>JobTarget Setup for Greenhouse</source>
        <translation>JobTarget Setup for Greenhouse</translation>
    </message>
    <message>
        <source>Show or hide help for this step (F1)</source>
        <translation>Afficher ou masquer l&apos;aide de cette étape (F1)</translation>
    </message>
    <message>
        <source>This is only practice: nothing of it is kept.</source>
        <translation>Ce n&apos;est qu&apos;un exercice&#xa0;: rien n&apos;en est conservé.</translation>
    </message>
    <message>
        <source>The secret is not stored on this computer. Give it to JobTarget before you close, or set the connection up again later with a new credential.</source>
        <translation>Le secret n&apos;est pas enregistré sur cet ordinateur. Transmettez-le à JobTarget avant de fermer, ou configurez à nouveau la connexion plus tard avec de nouveaux identifiants.</translation>
    </message>
    <message>
        <source>Your progress is kept: next time the assistant continues at “%1”. The secret is not kept; you will enter it again.</source>
        <extracomment>%1 is the title of a step, such as &quot;Enter the credential&quot;</extracomment>
        <translation>Votre progression est conservée&#xa0;: la prochaine fois, l&apos;assistant reprendra à l&apos;étape «&#xa0;%1&#xa0;». Le secret n&apos;est pas conservé&#xa0;; vous le saisirez à nouveau.</translation>
    </message>
    <message>
        <source>Stop setting up JobTarget?</source>
        <translation>Arrêter la configuration de JobTarget&#xa0;?</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>the window&apos;s title: %1 the step (&quot;Your JobTarget connection&quot;), %2 the application&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>jt::ui::StepList</name>
    <message>
        <source>current step</source>
        <translation>étape en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Étape %1 sur %2&#xa0;: %3, %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>needs a change</source>
        <translation>à corriger</translation>
    </message>
</context>
<context>
    <name>jt::ui::WelcomePage</name>
    <message>
        <source>&amp;Set up JobTarget</source>
        <translation>&amp;Configurer JobTarget</translation>
    </message>
    <message>
        <source>&amp;Practice with demo data</source>
        <translation>S&apos;&amp;exercer avec des données de démo</translation>
    </message>
    <message>
        <source>JobTarget publishes every live job of your Greenhouse job board on its job sites. To read your jobs it needs two things from Greenhouse: an API credential with a few read-only permissions, and the token of your job board.</source>
        <translation>JobTarget diffuse toutes les offres publiées de votre job board Greenhouse sur ses sites d&apos;emploi. Pour lire vos offres, il a besoin de deux choses de Greenhouse&#xa0;: des identifiants d&apos;API avec quelques autorisations en lecture seule, et le jeton de votre job board.</translation>
    </message>
    <message>
        <source>This assistant walks you through Greenhouse&apos;s screens and checks each step live with Greenhouse, so you finish knowing the connection works.</source>
        <translation>Cet assistant vous guide dans les écrans de Greenhouse et vérifie chaque étape en direct auprès de Greenhouse&#xa0;: à la fin, vous savez que la connexion fonctionne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You need:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a Greenhouse account with the developer permission “Can manage ALL organization&apos;s API Credentials” (the next step helps you get it);&lt;/li&gt;&lt;li&gt;about 10 minutes.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Il vous faut&#xa0;:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;un compte Greenhouse disposant de l&apos;autorisation de développeur «&#xa0;Can manage ALL organization&apos;s API Credentials&#xa0;» (l&apos;étape suivante vous aide à l&apos;obtenir)&#xa0;;&lt;/li&gt;&lt;li&gt;environ 10 minutes.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Que souhaitez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>Runs every step against a simulated Greenhouse on this computer.</source>
        <translation>Exécute chaque étape avec un Greenhouse simulé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose “Practice with demo data” to see every step, including what happens when a permission is missing or a secret is wrong, without touching your Greenhouse account.</source>
        <translation>Choisissez «&#xa0;S&apos;exercer avec des données de démo&#xa0;» pour voir chaque étape, y compris ce qui se passe quand une autorisation manque ou qu&apos;un secret est erroné, sans toucher à votre compte Greenhouse.</translation>
    </message>
    <message>
        <source>&amp;Continue where you stopped: %1</source>
        <translation>&amp;Reprendre là où vous vous étiez arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>Impossible de démarrer la démo</translation>
    </message>
    <message>
        <source>The simulated Greenhouse could not listen on this computer.</source>
        <translation>Le Greenhouse simulé n&apos;a pas pu accepter de connexions sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Check or update the &amp;existing connection</source>
        <translation>&amp;Vérifier ou mettre à jour la connexion existante</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This build of jobtarget-setup has no wizard. Use “jobtarget-setup verify --help” or “jobtarget-setup summary --help”.</source>
        <translation>Cette version de jobtarget-setup n&apos;a pas d&apos;assistant. Utilisez «&#xa0;jobtarget-setup verify --help&#xa0;» ou «&#xa0;jobtarget-setup summary --help&#xa0;».</translation>
    </message>
    <message>
        <source>See “jobtarget-setup --help”.</source>
        <translation>Voir «&#xa0;jobtarget-setup --help&#xa0;».</translation>
    </message>
    <message>
        <source>jobtarget-setup is already running, or there is no session bus to take its name on.</source>
        <translation>jobtarget-setup est déjà en cours d&apos;exécution, ou il n&apos;existe aucun bus de session où enregistrer son nom.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>A job board token has only letters, digits, “-” and “_”, like “acme”. Copy it from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation>Un jeton de job board ne contient que des lettres, des chiffres, “-” et “_”, par exemple “acme”. Copiez-le depuis Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
</context>
<context>
    <name>CredentialInput</name>
    <message>
        <source>The %1 contains a line break: copy it again as one line.</source>
        <translation>Votre %1 contient un saut de ligne : recopiez la valeur sur une seule ligne.</translation>
    </message>
    <message>
        <source>The %1 contains quotation marks: paste it without them.</source>
        <translation>Votre %1 contient des guillemets : collez la valeur sans les guillemets.</translation>
    </message>
    <message>
        <source>This is a whole “Authorization” header. Paste only the %1 from Greenhouse.</source>
        <translation>Ceci est un en-tête “Authorization” complet. Collez uniquement la valeur de votre %1 fournie par Greenhouse.</translation>
    </message>
    <message>
        <source>This is a web address, not a %1. Copy the %1 from API Credential Management.</source>
        <translation>Ceci est une adresse web, pas votre %1. Copiez votre %1 depuis API Credential Management.</translation>
    </message>
    <message>
        <source>The %1 contains spaces: copy it again without them.</source>
        <translation>Votre %1 contient des espaces : recopiez la valeur sans les espaces.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé API</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>Le champ %1 est vide.</translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key. For Harvest v3 (OAuth), paste the Client Secret, or choose “Harvest API key (legacy)”.</source>
        <translation>Cela ressemble à une ancienne clé API Harvest. Pour Harvest v3 (OAuth), collez le Client Secret, ou choisissez “Harvest API key (legacy)”.</translation>
    </message>
    <message>
        <source>This looks like a Harvest v3 Client ID, not an API key. Choose “Harvest v3 (OAuth)” to use client credentials.</source>
        <translation>Cela ressemble à un Client ID Harvest v3, pas à une clé API. Choisissez “Harvest v3 (OAuth)” pour utiliser un Client ID et un Client Secret.</translation>
    </message>
    <message>
        <source>The %1 looks too short. Greenhouse shows it only once: copy all of it.</source>
        <translation>La valeur de votre %1 semble trop courte. Greenhouse ne l&apos;affiche qu&apos;une seule fois : copiez-la en entier.</translation>
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
        <translation>Cela ressemble à une ancienne clé API Harvest, pas à un Client ID. Choisissez “Harvest API key (legacy)” pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Client IDs usually look like “name-1234”. Check that you copied all of it.</source>
        <translation>Un Client ID ressemble généralement à “name-1234”. Vérifiez que vous l&apos;avez copié en entier.</translation>
    </message>
    <message>
        <source>The Site Admin user ID is a number: the digits at the end of the user&apos;s Greenhouse address (…/users/12345).</source>
        <translation>L&apos;ID utilisateur du Site Admin est un nombre : les chiffres à la fin de l&apos;adresse Greenhouse de l&apos;utilisateur (…/users/12345).</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>%1 is not a valid address.</source>
        <translation>%1 n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>%1 must be a plain address, without a user name, query or fragment.</source>
        <translation>%1 doit être une adresse simple, sans nom d&apos;utilisateur, requête ni fragment.</translation>
    </message>
    <message>
        <source>%1 is refused: only https:// addresses are used (http:// only for this computer: localhost, 127.0.0.0/8, ::1).</source>
        <translation>%1 : adresse refusée. Seules les adresses https:// sont utilisées (http:// uniquement pour cet ordinateur : localhost, 127.0.0.0/8, ::1).</translation>
    </message>
</context>
<context>
    <name>HarvestV3Client</name>
    <message>
        <source>Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was lost, create a new credential and revoke the old one.</source>
        <translation>Greenhouse a refusé le Client ID ou le Client Secret. Copiez-les à nouveau ; si le Client Secret a été perdu, créez de nouveaux identifiants et révoquez les anciens.</translation>
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
        <source>The answer did not come from Greenhouse as expected (a sign-in page of a Wi-Fi network or a proxy?). Check your connection, then try again.</source>
        <translation>La réponse ne semble pas provenir de Greenhouse (une page de connexion d&apos;un réseau Wi-Fi ou d&apos;un proxy ?). Vérifiez votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>The address is not allowed: only HTTPS addresses (or plain HTTP on this computer) are used.</source>
        <translation>Cette adresse n&apos;est pas autorisée : seules les adresses HTTPS sont utilisées (ou HTTP simple sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget credential, click Manage Scopes, tick “%1” and save.</source>
        <translation>Dans Greenhouse, ouvrez Configure → Dev Center → API Credential Management, choisissez les identifiants JobTarget, cliquez sur Manage Scopes, cochez “%1” et enregistrez.</translation>
    </message>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget key, click Manage Permissions, tick “%1” under “%2” and save.</source>
        <translation>Dans Greenhouse, ouvrez Configure → Dev Center → API Credential Management, choisissez la clé JobTarget, cliquez sur Manage Permissions, cochez “%1” sous “%2” et enregistrez.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Greenhouse rejected this API key (“Invalid Basic Auth credentials”). Copy it again; if it was lost, create a new key and revoke the old one.</source>
        <translation>Greenhouse a refusé cette clé API (“Invalid Basic Auth credentials”). Copiez-la à nouveau ; si elle a été perdue, créez une nouvelle clé et révoquez l&apos;ancienne.</translation>
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
        <source>Greenhouse check of a %1, %2</source>
        <translation>Vérification Greenhouse : %1, %2</translation>
    </message>
    <message>
        <source>Credential: %1 %2</source>
        <translation>Identifiants : %1 %2</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Autorisations :</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solution : %1</translation>
    </message>
    <message>
        <source>Job board: not checked (no --board-token given)</source>
        <translation>Job board : non vérifié (aucun --board-token indiqué)</translation>
    </message>
    <message>
        <source>Job board: ✗ no job board “%1” exists in Greenhouse. Copy the token from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation>Job board : ✗ aucun job board “%1” n&apos;existe dans Greenhouse. Copiez le jeton depuis Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
    <message>
        <source>Job board: ⚠ “%1” could not be checked. %2</source>
        <translation>Job board : ⚠ impossible de vérifier “%1”. %2</translation>
    </message>
    <message numerus="yes">
        <source>Job board: %1 “%2” (%3), %n live job(s)</source>
        <translation>
            <numerusform>Job board : %1 “%2” (%3), %n offre publiée</numerusform>
            <numerusform>Job board : %1 “%2” (%3), %n offres publiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Its jobs belong to the same Greenhouse account as the credential.</source>
        <translation>Ses offres appartiennent au même compte Greenhouse que les identifiants.</translation>
    </message>
    <message>
        <source>Its jobs belong to another Greenhouse account: choose the board of the account the credential was created in.</source>
        <translation>Ses offres appartiennent à un autre compte Greenhouse : choisissez le job board du compte dans lequel les identifiants ont été créés.</translation>
    </message>
    <message>
        <source>Boards this credential can see: %1</source>
        <translation>Job boards visibles avec ces identifiants : %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Result: ready for JobTarget.</source>
        <translation>Résultat : prêt pour JobTarget.</translation>
    </message>
    <message>
        <source>Result: not ready (exit status %1).</source>
        <translation>Résultat : pas prêt (code de sortie %1).</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>jobtarget-setup verify: %1</source>
        <translation>jobtarget-setup verify : %1</translation>
    </message>
    <message>
        <source>Secret (not shown): </source>
        <translation>Secret (non affiché) : </translation>
    </message>
    <message>
        <source>Checks a Greenhouse credential and job board for JobTarget.</source>
        <translation>Vérifie des identifiants Greenhouse et un job board pour JobTarget.</translation>
    </message>
    <message>
        <source>Credential kind: v3 (default) or v1.</source>
        <translation>Type d&apos;identifiants : v3 (par défaut) ou v1.</translation>
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
        <source>Read the secret (Client Secret or API key) from the first line of standard input. Or set JOBTARGET_SETUP_SECRET.</source>
        <translation>Lit le secret (Client Secret ou clé API) sur la première ligne de l&apos;entrée standard. Vous pouvez aussi définir JOBTARGET_SETUP_SECRET.</translation>
    </message>
    <message>
        <source>Job board token or the board&apos;s address.</source>
        <translation>Jeton du job board ou adresse du job board.</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Sortie : text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Also trust this PEM CA certificate.</source>
        <translation>Faire également confiance à ce certificat CA (PEM).</translation>
    </message>
    <message>
        <source>Seconds to wait for connecting and for each silence (default 20).</source>
        <translation>Délai d&apos;attente en secondes pour la connexion et pour chaque période sans réponse (20 par défaut).</translation>
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
        <source>a secret is never accepted as an argument (it would show in the process list). Use --secret-stdin or JOBTARGET_SETUP_SECRET.</source>
        <translation>un secret n&apos;est jamais accepté comme argument (il serait visible dans la liste des processus). Utilisez --secret-stdin ou JOBTARGET_SETUP_SECRET.</translation>
    </message>
    <message>
        <source>unexpected argument. Secrets go to standard input (--secret-stdin).</source>
        <translation>argument inattendu. Les secrets se transmettent par l&apos;entrée standard (--secret-stdin).</translation>
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
        <translation>--client-id et --user-id concernent les identifiants v3 ; une ancienne clé API n&apos;a ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>give the secret one way only: --secret-stdin or JOBTARGET_SETUP_SECRET, not both.</source>
        <translation>indiquez le secret d&apos;une seule façon : --secret-stdin ou JOBTARGET_SETUP_SECRET, pas les deux.</translation>
    </message>
    <message>
        <source>no secret given. Use --secret-stdin (first line of standard input) or set JOBTARGET_SETUP_SECRET.</source>
        <translation>aucun secret indiqué. Utilisez --secret-stdin (première ligne de l&apos;entrée standard) ou définissez JOBTARGET_SETUP_SECRET.</translation>
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
        <source>--ca-file cannot be read: %1</source>
        <translation>--ca-file ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>--ca-file holds no PEM certificate.</source>
        <translation>--ca-file ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Greenhouse asked to slow down; waiting until %1.
</source>
        <translation>Greenhouse a demandé de ralentir ; attente jusqu&apos;à %1.
</translation>
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
        <translation>Greenhouse ne reconnaît pas ce Client ID. Copiez-le à nouveau depuis API Credential Management : il ressemble à “name-1234”.</translation>
    </message>
    <message>
        <source>Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was lost, create a new credential and revoke the old one.</source>
        <translation>Greenhouse a refusé le Client ID ou le Client Secret. Copiez-les à nouveau ; si le Client Secret a été perdu, créez de nouveaux identifiants et révoquez les anciens.</translation>
    </message>
    <message>
        <source>Greenhouse did not accept the Site Admin user ID. Use the number at the end of the user&apos;s Greenhouse address, or leave the field empty.</source>
        <translation>Greenhouse n&apos;a pas accepté l&apos;ID utilisateur du Site Admin. Utilisez le nombre à la fin de l&apos;adresse Greenhouse de l&apos;utilisateur, ou laissez le champ vide.</translation>
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
</context>
<context>
    <name>jt::Verifier</name>
    <message>
        <source>the board has no live jobs</source>
        <translation>le job board n&apos;a aucune offre publiée</translation>
    </message>
    <message>
        <source>the board&apos;s jobs carry no Harvest job id</source>
        <translation>les offres du job board ne comportent aucun ID de poste Harvest</translation>
    </message>
    <message>
        <source>Greenhouse accepted the API key.</source>
        <translation>Greenhouse a accepté la clé API.</translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Tick the scopes below; if they are ticked, enter the user ID of a Site Admin (for example your Integration System User) as the Site Admin user ID.</source>
        <translation>Greenhouse a refusé toutes les autorisations. Cochez les scopes ci-dessous ; s&apos;ils sont déjà cochés, saisissez l&apos;ID utilisateur d&apos;un Site Admin (par exemple votre Integration System User) comme ID utilisateur du Site Admin.</translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Check that user %1 is a Site Admin, or tick the scopes below.</source>
        <translation>Greenhouse a refusé toutes les autorisations. Vérifiez que l&apos;utilisateur %1 est bien un Site Admin, ou cochez les scopes ci-dessous.</translation>
    </message>
    <message>
        <source>The board “%1” has no live jobs: JobTarget would receive nothing until jobs are published on it.</source>
        <translation>Le job board “%1” n&apos;a aucune offre publiée : JobTarget ne recevra rien tant que des offres n&apos;y seront pas publiées.</translation>
    </message>
    <message>
        <source>Could not confirm that the board belongs to the credential&apos;s Greenhouse account (%1).</source>
        <translation>Impossible de confirmer que le job board appartient au compte Greenhouse des identifiants (%1).</translation>
    </message>
    <message>
        <source>The board “%1” is not among the boards this credential can list.</source>
        <translation>Le job board “%1” ne figure pas parmi les job boards que ces identifiants peuvent lister.</translation>
    </message>
    <message>
        <source>Greenhouse retired Harvest API keys (v1/v2) on 31 August 2026. Create a Harvest v3 (OAuth) credential for JobTarget as soon as JobTarget accepts one.</source>
        <translation>Greenhouse a mis fin aux clés API Harvest (v1/v2) le 31 août 2026. Créez des identifiants Harvest v3 (OAuth) pour JobTarget dès que JobTarget les accepte.</translation>
    </message>
    <message numerus="yes">
        <source>Greenhouse issued a token that expires in %n minute(s); check the credential in API Credential Management.</source>
        <translation>
            <numerusform>Greenhouse a émis un jeton qui expire dans %n minute ; vérifiez les identifiants dans API Credential Management.</numerusform>
            <numerusform>Greenhouse a émis un jeton qui expire dans %n minutes ; vérifiez les identifiants dans API Credential Management.</numerusform>
        </translation>
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
        <source>Connect Greenhouse to JobTarget</source>
        <translation>Connecter Greenhouse à JobTarget</translation>
    </message>
    <message>
        <source>This assistant helps you create the Greenhouse credential JobTarget needs, checks it live against Greenhouse and prepares everything to hand to JobTarget.

The guided pages are being built. Until then, IT staff can check a connection with “jobtarget-setup verify --help”.</source>
        <translation>Cet assistant vous aide à créer les identifiants Greenhouse dont JobTarget a besoin, les vérifie en direct auprès de Greenhouse et prépare tout ce qu&apos;il faut transmettre à JobTarget.

Les pages guidées sont en cours de développement. En attendant, votre service informatique peut vérifier une connexion avec “jobtarget-setup verify --help”.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BoardTokenInput</name>
    <message>
        <source>Enter the job board token or paste the address of your job board.</source>
        <translation>Introduzca el token del portal de empleo o pegue la dirección de su portal de empleo.</translation>
    </message>
    <message>
        <source>This address is not a Greenhouse job board. Paste an address such as https://boards.greenhouse.io/yourcompany, or just the token.</source>
        <translation>Esta dirección no corresponde a un portal de empleo de Greenhouse. Pegue una dirección como https://boards.greenhouse.io/yourcompany o solo el token.</translation>
    </message>
    <message>
        <source>This Greenhouse address does not name a job board. Open your job board and copy its address, or copy the token from Dev Center.</source>
        <translation>Esta dirección de Greenhouse no indica ningún portal de empleo. Abra su portal de empleo y copie su dirección, o copie el token desde Dev Center.</translation>
    </message>
    <message>
        <source>A job board token has only letters, digits, “-” and “_”, like “acme”. Copy it from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation>Un token de portal de empleo solo contiene letras, números, “-” y “_”, por ejemplo “acme”. Cópielo desde Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
</context>
<context>
    <name>CredentialInput</name>
    <message>
        <source>The %1 contains a line break: copy it again as one line.</source>
        <translation>Su %1 contiene un salto de línea: vuelva a copiar el valor en una sola línea.</translation>
    </message>
    <message>
        <source>The %1 contains quotation marks: paste it without them.</source>
        <translation>Su %1 contiene comillas: pegue el valor sin las comillas.</translation>
    </message>
    <message>
        <source>This is a whole “Authorization” header. Paste only the %1 from Greenhouse.</source>
        <translation>Esto es un encabezado “Authorization” completo. Pegue solo su %1 de Greenhouse.</translation>
    </message>
    <message>
        <source>This is a web address, not a %1. Copy the %1 from API Credential Management.</source>
        <translation>Esto es una dirección web, no su %1. Copie su %1 desde API Credential Management.</translation>
    </message>
    <message>
        <source>The %1 contains spaces: copy it again without them.</source>
        <translation>Su %1 contiene espacios: vuelva a copiar el valor sin espacios.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clave de API</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>El campo %1 está vacío.</translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key. For Harvest v3 (OAuth), paste the Client Secret, or choose “Harvest API key (legacy)”.</source>
        <translation>Parece una clave de API antigua de Harvest. Para Harvest v3 (OAuth), pegue el Client Secret o elija “Harvest API key (legacy)”.</translation>
    </message>
    <message>
        <source>This looks like a Harvest v3 Client ID, not an API key. Choose “Harvest v3 (OAuth)” to use client credentials.</source>
        <translation>Parece un Client ID de Harvest v3, no una clave de API. Elija “Harvest v3 (OAuth)” para usar un Client ID y un Client Secret.</translation>
    </message>
    <message>
        <source>The %1 looks too short. Greenhouse shows it only once: copy all of it.</source>
        <translation>El valor de su %1 parece demasiado corto. Greenhouse solo lo muestra una vez: cópielo completo.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>The Client ID is empty.</source>
        <translation>El campo Client ID está vacío.</translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key, not a Client ID. Choose “Harvest API key (legacy)” to use it.</source>
        <translation>Parece una clave de API antigua de Harvest, no un Client ID. Elija “Harvest API key (legacy)” para usarla.</translation>
    </message>
    <message>
        <source>Client IDs usually look like “name-1234”. Check that you copied all of it.</source>
        <translation>Un Client ID suele tener la forma “name-1234”. Compruebe que lo ha copiado completo.</translation>
    </message>
    <message>
        <source>The Site Admin user ID is a number: the digits at the end of the user&apos;s Greenhouse address (…/users/12345).</source>
        <translation>El ID de usuario del Site Admin es un número: los dígitos al final de la dirección de Greenhouse del usuario (…/users/12345).</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>%1 is not a valid address.</source>
        <translation>%1 no es una dirección válida.</translation>
    </message>
    <message>
        <source>%1 must be a plain address, without a user name, query or fragment.</source>
        <translation>%1 debe ser una dirección simple, sin nombre de usuario, consulta ni fragmento.</translation>
    </message>
    <message>
        <source>%1 is refused: only https:// addresses are used (http:// only for this computer: localhost, 127.0.0.0/8, ::1).</source>
        <translation>Se rechaza %1: solo se usan direcciones https:// (http:// solo para este equipo: localhost, 127.0.0.0/8, ::1).</translation>
    </message>
</context>
<context>
    <name>HarvestV3Client</name>
    <message>
        <source>Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was lost, create a new credential and revoke the old one.</source>
        <translation>Greenhouse rechazó el Client ID o el Client Secret. Vuelva a copiar ambos; si ha perdido el Client Secret, cree una credencial nueva y revoque la anterior.</translation>
    </message>
</context>
<context>
    <name>NetworkProblem</name>
    <message>
        <source>Greenhouse could not be reached. Check your internet connection or proxy, then try again.</source>
        <translation>No se pudo conectar con Greenhouse. Compruebe su conexión a Internet o su proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Greenhouse&apos;s address could not be found. Check your internet connection, then try again.</source>
        <translation>No se encontró la dirección de Greenhouse. Compruebe su conexión a Internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to Greenhouse could not be verified. If your company inspects HTTPS traffic, ask IT for its certificate (--ca-file).</source>
        <translation>No se pudo verificar la conexión segura con Greenhouse. Si su empresa inspecciona el tráfico HTTPS, pida el certificado correspondiente al departamento de TI (--ca-file).</translation>
    </message>
    <message>
        <source>Greenhouse did not answer in time. Try again in a moment.</source>
        <translation>Greenhouse no respondió a tiempo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Greenhouse asked us to slow down (rate limit). Wait a minute, then try again.</source>
        <translation>Greenhouse nos pidió que redujéramos el ritmo (límite de solicitudes). Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Greenhouse had a problem answering (server error). Try again later.</source>
        <translation>Greenhouse tuvo un problema al responder (error del servidor). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The answer did not come from Greenhouse as expected (a sign-in page of a Wi-Fi network or a proxy?). Check your connection, then try again.</source>
        <translation>La respuesta no parece venir de Greenhouse (¿una página de inicio de sesión de una red Wi-Fi o de un proxy?). Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The address is not allowed: only HTTPS addresses (or plain HTTP on this computer) are used.</source>
        <translation>Esta dirección no está permitida: solo se usan direcciones HTTPS (o HTTP simple en este equipo).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La comprobación se ha cancelado.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget credential, click Manage Scopes, tick “%1” and save.</source>
        <translation>En Greenhouse, abra Configure → Dev Center → API Credential Management, elija la credencial de JobTarget, haga clic en Manage Scopes, marque “%1” y guarde.</translation>
    </message>
    <message>
        <source>In Greenhouse, open Configure → Dev Center → API Credential Management, choose the JobTarget key, click Manage Permissions, tick “%1” under “%2” and save.</source>
        <translation>En Greenhouse, abra Configure → Dev Center → API Credential Management, elija la clave de JobTarget, haga clic en Manage Permissions, marque “%1” en “%2” y guarde.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Greenhouse rejected this API key (“Invalid Basic Auth credentials”). Copy it again; if it was lost, create a new key and revoke the old one.</source>
        <translation>Greenhouse rechazó esta clave de API (“Invalid Basic Auth credentials”). Vuelva a copiarla; si la ha perdido, cree una clave nueva y revoque la anterior.</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <source>Harvest v3 (OAuth) credential</source>
        <translation>credencial de Harvest v3 (OAuth)</translation>
    </message>
    <message>
        <source>Harvest API key (legacy)</source>
        <translation>clave de API de Harvest (antigua)</translation>
    </message>
    <message>
        <source>Greenhouse check of a %1, %2</source>
        <translation>Comprobación en Greenhouse: %1, %2</translation>
    </message>
    <message>
        <source>Credential: %1 %2</source>
        <translation>Credencial: %1 %2</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permisos:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Job board: not checked (no --board-token given)</source>
        <translation>Portal de empleo: no comprobado (no se indicó --board-token)</translation>
    </message>
    <message>
        <source>Job board: ✗ no job board “%1” exists in Greenhouse. Copy the token from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation>Portal de empleo: ✗ no existe ningún portal de empleo “%1” en Greenhouse. Copie el token desde Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
    <message>
        <source>Job board: ⚠ “%1” could not be checked. %2</source>
        <translation>Portal de empleo: ⚠ no se pudo comprobar “%1”. %2</translation>
    </message>
    <message numerus="yes">
        <source>Job board: %1 “%2” (%3), %n live job(s)</source>
        <translation>
            <numerusform>Portal de empleo: %1 “%2” (%3), %n oferta publicada</numerusform>
            <numerusform>Portal de empleo: %1 “%2” (%3), %n ofertas publicadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Its jobs belong to the same Greenhouse account as the credential.</source>
        <translation>Sus ofertas pertenecen a la misma cuenta de Greenhouse que la credencial.</translation>
    </message>
    <message>
        <source>Its jobs belong to another Greenhouse account: choose the board of the account the credential was created in.</source>
        <translation>Sus ofertas pertenecen a otra cuenta de Greenhouse: elija el portal de empleo de la cuenta en la que se creó la credencial.</translation>
    </message>
    <message>
        <source>Boards this credential can see: %1</source>
        <translation>Portales de empleo visibles para esta credencial: %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Result: ready for JobTarget.</source>
        <translation>Resultado: listo para JobTarget.</translation>
    </message>
    <message>
        <source>Result: not ready (exit status %1).</source>
        <translation>Resultado: no está listo (código de salida %1).</translation>
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
        <translation>Secreto (no se muestra): </translation>
    </message>
    <message>
        <source>Checks a Greenhouse credential and job board for JobTarget.</source>
        <translation>Comprueba una credencial y un portal de empleo de Greenhouse para JobTarget.</translation>
    </message>
    <message>
        <source>Credential kind: v3 (default) or v1.</source>
        <translation>Tipo de credencial: v3 (predeterminado) o v1.</translation>
    </message>
    <message>
        <source>Harvest v3 Client ID.</source>
        <translation>Client ID de Harvest v3.</translation>
    </message>
    <message>
        <source>Harvest v3 Site Admin user ID (optional).</source>
        <translation>ID de usuario del Site Admin para Harvest v3 (opcional).</translation>
    </message>
    <message>
        <source>Read the secret (Client Secret or API key) from the first line of standard input. Or set JOBTARGET_SETUP_SECRET.</source>
        <translation>Lee el secreto (Client Secret o clave de API) de la primera línea de la entrada estándar. También puede definir JOBTARGET_SETUP_SECRET.</translation>
    </message>
    <message>
        <source>Job board token or the board&apos;s address.</source>
        <translation>Token del portal de empleo o la dirección del portal.</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Salida: text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Also trust this PEM CA certificate.</source>
        <translation>Confiar también en este certificado de CA (PEM).</translation>
    </message>
    <message>
        <source>Seconds to wait for connecting and for each silence (default 20).</source>
        <translation>Segundos de espera para conectar y para cada periodo sin respuesta (predeterminado: 20).</translation>
    </message>
    <message>
        <source>Language of the messages (de, fr, es, …).</source>
        <translation>Idioma de los mensajes (de, fr, es, …).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>a secret is never accepted as an argument (it would show in the process list). Use --secret-stdin or JOBTARGET_SETUP_SECRET.</source>
        <translation>nunca se acepta un secreto como argumento (se vería en la lista de procesos). Use --secret-stdin o JOBTARGET_SETUP_SECRET.</translation>
    </message>
    <message>
        <source>unexpected argument. Secrets go to standard input (--secret-stdin).</source>
        <translation>argumento inesperado. Los secretos se pasan por la entrada estándar (--secret-stdin).</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format debe ser text o json.</translation>
    </message>
    <message>
        <source>--credential must be v3 or v1.</source>
        <translation>--credential debe ser v3 o v1.</translation>
    </message>
    <message>
        <source>--client-id and --user-id belong to v3 credentials; a legacy API key has neither.</source>
        <translation>--client-id y --user-id corresponden a credenciales v3; una clave de API antigua no tiene ninguno de los dos.</translation>
    </message>
    <message>
        <source>give the secret one way only: --secret-stdin or JOBTARGET_SETUP_SECRET, not both.</source>
        <translation>indique el secreto de una sola forma: --secret-stdin o JOBTARGET_SETUP_SECRET, no ambas.</translation>
    </message>
    <message>
        <source>no secret given. Use --secret-stdin (first line of standard input) or set JOBTARGET_SETUP_SECRET.</source>
        <translation>no se indicó ningún secreto. Use --secret-stdin (primera línea de la entrada estándar) o defina JOBTARGET_SETUP_SECRET.</translation>
    </message>
    <message>
        <source>--client-id is required for a v3 credential.</source>
        <translation>--client-id es obligatorio para una credencial v3.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 600.</source>
        <translation>--timeout debe ser un número de segundos entre 1 y 600.</translation>
    </message>
    <message>
        <source>--ca-file cannot be read: %1</source>
        <translation>--ca-file no se puede leer: %1</translation>
    </message>
    <message>
        <source>--ca-file holds no PEM certificate.</source>
        <translation>--ca-file no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Greenhouse asked to slow down; waiting until %1.
</source>
        <translation>Greenhouse pidió reducir el ritmo; esperando hasta las %1.
</translation>
    </message>
</context>
<context>
    <name>jt::HarvestV1Client</name>
    <message>
        <source>the job look-up did not succeed</source>
        <translation>la consulta de puestos no tuvo éxito</translation>
    </message>
</context>
<context>
    <name>jt::HarvestV3Client</name>
    <message>
        <source>Greenhouse accepted the Client ID and Client Secret.</source>
        <translation>Greenhouse aceptó el Client ID y el Client Secret.</translation>
    </message>
    <message>
        <source>Greenhouse does not recognise this Client ID. Copy it again from API Credential Management: it looks like “name-1234”.</source>
        <translation>Greenhouse no reconoce este Client ID. Vuelva a copiarlo desde API Credential Management: tiene la forma “name-1234”.</translation>
    </message>
    <message>
        <source>Greenhouse rejected the Client ID or the Client Secret. Copy both again; if the secret was lost, create a new credential and revoke the old one.</source>
        <translation>Greenhouse rechazó el Client ID o el Client Secret. Vuelva a copiar ambos; si ha perdido el Client Secret, cree una credencial nueva y revoque la anterior.</translation>
    </message>
    <message>
        <source>Greenhouse did not accept the Site Admin user ID. Use the number at the end of the user&apos;s Greenhouse address, or leave the field empty.</source>
        <translation>Greenhouse no aceptó el ID de usuario del Site Admin. Use el número que aparece al final de la dirección de Greenhouse del usuario o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Greenhouse refused to issue a token for this credential (HTTP %1).</source>
        <translation>Greenhouse se negó a emitir un token para esta credencial (HTTP %1).</translation>
    </message>
    <message>
        <source>the credential may not list jobs</source>
        <translation>la credencial no tiene permiso para listar puestos</translation>
    </message>
    <message>
        <source>the job look-up did not succeed</source>
        <translation>la consulta de puestos no tuvo éxito</translation>
    </message>
    <message>
        <source>the job look-up gave an unexpected answer</source>
        <translation>la consulta de puestos devolvió una respuesta inesperada</translation>
    </message>
</context>
<context>
    <name>jt::Verifier</name>
    <message>
        <source>the board has no live jobs</source>
        <translation>el portal de empleo no tiene ofertas publicadas</translation>
    </message>
    <message>
        <source>the board&apos;s jobs carry no Harvest job id</source>
        <translation>las ofertas del portal de empleo no incluyen ningún ID de puesto de Harvest</translation>
    </message>
    <message>
        <source>Greenhouse accepted the API key.</source>
        <translation>Greenhouse aceptó la clave de API.</translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Tick the scopes below; if they are ticked, enter the user ID of a Site Admin (for example your Integration System User) as the Site Admin user ID.</source>
        <translation>Greenhouse denegó todos los permisos. Marque los scopes que aparecen abajo; si ya están marcados, introduzca el ID de usuario de un Site Admin (por ejemplo, su Integration System User) como ID de usuario del Site Admin.</translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Check that user %1 is a Site Admin, or tick the scopes below.</source>
        <translation>Greenhouse denegó todos los permisos. Compruebe que el usuario %1 sea Site Admin o marque los scopes que aparecen abajo.</translation>
    </message>
    <message>
        <source>The board “%1” has no live jobs: JobTarget would receive nothing until jobs are published on it.</source>
        <translation>El portal de empleo “%1” no tiene ofertas publicadas: JobTarget no recibirá nada hasta que se publiquen ofertas en él.</translation>
    </message>
    <message>
        <source>Could not confirm that the board belongs to the credential&apos;s Greenhouse account (%1).</source>
        <translation>No se pudo confirmar que el portal de empleo pertenezca a la cuenta de Greenhouse de la credencial (%1).</translation>
    </message>
    <message>
        <source>The board “%1” is not among the boards this credential can list.</source>
        <translation>El portal de empleo “%1” no está entre los portales que esta credencial puede listar.</translation>
    </message>
    <message>
        <source>Greenhouse retired Harvest API keys (v1/v2) on 31 August 2026. Create a Harvest v3 (OAuth) credential for JobTarget as soon as JobTarget accepts one.</source>
        <translation>Greenhouse retiró las claves de API de Harvest (v1/v2) el 31 de agosto de 2026. Cree una credencial de Harvest v3 (OAuth) para JobTarget en cuanto JobTarget la admita.</translation>
    </message>
    <message numerus="yes">
        <source>Greenhouse issued a token that expires in %n minute(s); check the credential in API Credential Management.</source>
        <translation>
            <numerusform>Greenhouse emitió un token que caduca en %n minuto; revise la credencial en API Credential Management.</numerusform>
            <numerusform>Greenhouse emitió un token que caduca en %n minutos; revise la credencial en API Credential Management.</numerusform>
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
        <translation>Conectar Greenhouse con JobTarget</translation>
    </message>
    <message>
        <source>This assistant helps you create the Greenhouse credential JobTarget needs, checks it live against Greenhouse and prepares everything to hand to JobTarget.

The guided pages are being built. Until then, IT staff can check a connection with “jobtarget-setup verify --help”.</source>
        <translation>Este asistente le ayuda a crear la credencial de Greenhouse que necesita JobTarget, la comprueba en directo con Greenhouse y prepara todo lo que debe entregar a JobTarget.

Las páginas guiadas están en desarrollo. Mientras tanto, su departamento de TI puede comprobar una conexión con “jobtarget-setup verify --help”.</translation>
    </message>
</context>
</TS>

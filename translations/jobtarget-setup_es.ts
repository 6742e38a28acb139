<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArgumentCheck</name>
    <message>
        <source>Argument %1 is not an option of “%2”.</source>
        <extracomment>%2 is the subcommand, such as &quot;verify&quot;</extracomment>
        <translation>El argumento %1 no es una opción de «%2».</translation>
    </message>
    <message>
        <source>Did you mean --%1?</source>
        <translation>¿Quería decir --%1?</translation>
    </message>
    <message>
        <source>--%1 is given twice; give it once.</source>
        <translation>--%1 se indica dos veces; indíquelo una sola vez.</translation>
    </message>
    <message>
        <source>Usage: jobtarget-setup %1 [options]</source>
        <translation>Uso: jobtarget-setup %1 [opciones]</translation>
    </message>
</context>
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
        <source>A job board token is made of up to 100 letters a–z, digits, “-” and “_”, like “acme”. Copy it from Dev Center → Configuring Your Job Board → Your Board Token.</source>
        <translation>Un token de portal de empleo tiene hasta 100 caracteres: letras a–z, dígitos, “-” y “_”, por ejemplo “acme”. Cópielo desde Dev Center → Configuring Your Job Board → Your Board Token.</translation>
    </message>
    <message>
        <source>This address holds a user name or password. Paste the job board&apos;s address without them, such as https://boards.greenhouse.io/yourcompany.</source>
        <translation>Esta dirección contiene un nombre de usuario o una contraseña. Pegue la dirección del job board sin ellos, por ejemplo https://boards.greenhouse.io/yourcompany.</translation>
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
        <translation>Argumento inesperado: “check” solo admite opciones.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historial: %1</translation>
    </message>
    <message>
        <source>Notified: %1</source>
        <translation>Notificación enviada: %1</translation>
    </message>
    <message>
        <source>Not notified (no desktop session): %1</source>
        <translation>Sin notificación (no hay sesión de escritorio): %1</translation>
    </message>
    <message>
        <source>Checks the connection stored on this computer, as “verify --from-keychain” does, and keeps the result in the history of checks (the last %1):
  %2
When the connection stops working, works again, or could not be checked %3 times in a row, a desktop notification says so; it opens the wizard. Meant for a daily schedule: the wizard&apos;s “Check every day” installs one.
The secret is always the keychain&apos;s: JOBTARGET_SETUP_SECRET is ignored (and not passed on).

Exit status: as “verify”. More: man jobtarget-setup</source>
        <extracomment>%1 how many checks the history keeps (100), %2 its file, %3 how many checks in a row</extracomment>
        <translation>Comprueba la conexión guardada en este equipo, como hace “verify --from-keychain”, y guarda el resultado en el historial de comprobaciones (las últimas %1):
  %2
Cuando la conexión deja de funcionar, vuelve a funcionar o no se pudo comprobar %3 veces seguidas, una notificación de escritorio lo indica; esta abre el asistente. Pensado para ejecutarse a diario: la opción “Comprobar cada día” del asistente lo programa.
El secreto es siempre el del llavero: JOBTARGET_SETUP_SECRET se ignora (y no se transmite).

Estado de salida: como “verify”. Más: man jobtarget-setup</translation>
    </message>
    <message>
        <source>The check could not be added to the history (%1): %2. Its outcome is still reported; the next check that can write the history records its own.</source>
        <translation>No se pudo añadir la comprobación al historial (%1): %2. Su resultado se indica igualmente; la próxima comprobación que pueda escribir el historial registrará el suyo.</translation>
    </message>
</context>
<context>
    <name>CheckHistory</name>
    <message>
        <source>The history of checks (%1) could not be read and starts again: %2.</source>
        <extracomment>%1 the file, %2 what was wrong with it</extracomment>
        <translation>No se pudo leer el historial de comprobaciones (%1) y empieza de nuevo: %2.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>it is not a history of checks</source>
        <translation>no es un historial de comprobaciones</translation>
    </message>
    <message>
        <source>it was written by another version</source>
        <translation>lo escribió otra versión</translation>
    </message>
    <message>
        <source>an entry is damaged</source>
        <translation>una entrada está dañada</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n time(s) since %1</source>
        <extracomment>%n checks, %1 the date of the first one (&quot;1 November 2026&quot;)</extracomment>
        <translation>
            <numerusform>Comprobada una vez desde el %1</numerusform>
            <numerusform>Comprobada %n veces desde el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, passed.</source>
        <translation>%1, con éxito.</translation>
    </message>
    <message>
        <source>%1, all passed.</source>
        <translation>%1, siempre con éxito.</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n superada</numerusform>
            <numerusform>%n superadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n no superada</numerusform>
            <numerusform>%n no superadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n no se pudo realizar</numerusform>
            <numerusform>%n no se pudieron realizar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 &quot;Checked 30 times since 1 November 2026&quot;, %2 &quot;27 passed, 2 failed, 1 could not be checked&quot;</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>another check is writing it</source>
        <translation>otra comprobación lo está escribiendo</translation>
    </message>
    <message>
        <source>The history of checks (%1) is not used: %2.</source>
        <extracomment>%1 the file, %2 why it is not used (&quot;it is a symbolic link&quot;)</extracomment>
        <translation>No se usa el historial de comprobaciones (%1): %2.</translation>
    </message>
    <message>
        <source>its lock %1 is not used: %2</source>
        <extracomment>%1 the lock file, %2 why it is not used (&quot;it is a symbolic link&quot;)</extracomment>
        <translation>no se usa su archivo de bloqueo %1: %2</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>no se puede escribir en su carpeta</translation>
    </message>
    <message>
        <source>its lock %1 cannot be made (is the disk full?)</source>
        <translation>no se puede crear su archivo de bloqueo %1 (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>CheckRecord</name>
    <message>
        <source>the keychain could not be read (it may be locked)</source>
        <translation>no se pudo leer el llavero (puede que esté bloqueado)</translation>
    </message>
    <message>
        <source>the stored connection could not be used; save it again</source>
        <translation>no se pudo usar la conexión guardada; vuelva a guardarla</translation>
    </message>
    <message>
        <source>Greenhouse could not be reached</source>
        <translation>no se pudo conectar con Greenhouse</translation>
    </message>
    <message>
        <source>the credential was rejected (revoked, or its secret rotated)</source>
        <translation>se rechazó la credencial (se revocó o se renovó su secreto)</translation>
    </message>
    <message>
        <source>the user ID the credential acts as is no longer a Site Admin&apos;s</source>
        <translation>el ID de usuario en cuyo nombre actúa la credencial ya no es el de un Site Admin</translation>
    </message>
    <message>
        <source>a permission JobTarget needs is missing</source>
        <translation>falta un permiso que necesita JobTarget</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <extracomment>%1 is a permission exactly as Greenhouse names it, such as &quot;Openings &gt; List openings&quot;</extracomment>
        <translation>falta “%1”</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and %n more permission(s) are missing</source>
        <translation>
            <numerusform>faltan “%1” y %n permiso más</numerusform>
            <numerusform>faltan “%1” y %n permisos más</numerusform>
        </translation>
    </message>
    <message>
        <source>the job board “%1” has no live jobs</source>
        <translation>el portal de empleo “%1” no tiene ofertas publicadas</translation>
    </message>
    <message>
        <source>the job board “%1” was not found (renamed or deleted?)</source>
        <translation>no se encontró el portal de empleo “%1” (¿se cambió su nombre o se eliminó?)</translation>
    </message>
    <message>
        <source>the job board&apos;s jobs belong to another Greenhouse account</source>
        <translation>las ofertas del portal de empleo pertenecen a otra cuenta de Greenhouse</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>How the check history writes a date; Qt&apos;s date format (d, MMMM, yyyy), as is usual in your language</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%1: passed, %n live job(s)</source>
        <extracomment>%1 date and time of a check, %n the board&apos;s live jobs</extracomment>
        <translation>
            <numerusform>%1: superada, %n oferta publicada</numerusform>
            <numerusform>%1: superada, %n ofertas publicadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1: superada</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <extracomment>%1 date and time of a check, %2 what was wrong</extracomment>
        <translation>%1: no superada — %2</translation>
    </message>
    <message>
        <source>%1: could not check — %2</source>
        <extracomment>%1 date and time of a check, %2 why it could not be done</extracomment>
        <translation>%1: no se pudo comprobar — %2</translation>
    </message>
</context>
<context>
    <name>CheckVerdict</name>
    <message>
        <source>The connection to Greenhouse is not trustworthy</source>
        <translation>La conexión con Greenhouse no es de confianza</translation>
    </message>
    <message>
        <source>If your company inspects secure connections, ask your IT team; your credential was not sent.</source>
        <translation>Si su empresa inspecciona las conexiones seguras, consulte a su departamento de TI; su credencial no se ha enviado.</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Comprobación cancelada</translation>
    </message>
    <message>
        <source>Greenhouse could not be reached</source>
        <translation>No se pudo conectar con Greenhouse</translation>
    </message>
    <message>
        <source>Greenhouse did not accept the credential</source>
        <translation>Greenhouse no aceptó la credencial</translation>
    </message>
    <message>
        <source>Every permission JobTarget needs is granted</source>
        <translation>Todos los permisos que necesita JobTarget están concedidos</translation>
    </message>
    <message>
        <source>There is no job board “%1”</source>
        <translation>No existe ningún portal de empleo “%1”</translation>
    </message>
    <message>
        <source>Copy the token from Dev Center → Configuring Your Job Board → Your Board Token, or paste the address of your job board.</source>
        <translation>Copie el token desde Dev Center → Configuring Your Job Board → Your Board Token o pegue la dirección de su portal de empleo.</translation>
    </message>
    <message>
        <source>“%1” belongs to another Greenhouse account</source>
        <translation>“%1” pertenece a otra cuenta de Greenhouse</translation>
    </message>
    <message>
        <source>None of its jobs exist in the account your credential belongs to, so JobTarget could not read them. Choose a board of your own account, or create the credential in the account that owns this board.</source>
        <translation>Ninguna de sus ofertas existe en la cuenta a la que pertenece su credencial, por lo que JobTarget no podría leerlas. Elija un portal de empleo de su propia cuenta o cree la credencial en la cuenta a la que pertenece este portal.</translation>
    </message>
    <message>
        <source>Job board “%1” confirmed</source>
        <translation>Portal de empleo “%1” confirmado</translation>
    </message>
    <message>
        <source>Nothing was changed. Check again when you are ready.</source>
        <translation>No se ha cambiado nada. Vuelva a comprobarlo cuando quiera.</translation>
    </message>
    <message>
        <source>This is not a problem with your credential. Try again when the connection works.</source>
        <translation>El problema no está en su credencial. Vuelva a intentarlo cuando la conexión funcione.</translation>
    </message>
    <message>
        <source>Fix each missing permission in Greenhouse as shown in the list, then check again.</source>
        <translation>Añada en Greenhouse cada permiso que falta como se indica en la lista y, después, vuelva a comprobarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n permissions are missing</source>
        <translation>
            <numerusform>Falta %n permiso</numerusform>
            <numerusform>Faltan %n permisos</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1 is not a Site Admin</source>
        <translation>El usuario %1 no es Site Admin</translation>
    </message>
    <message>
        <source>Greenhouse answers this user with empty lists, so JobTarget would see no jobs. Go back to “%2” and remove the user ID %1, or replace it with the user ID of a Site Admin.</source>
        <extracomment>%1 is the user ID, %2 the title of the page where it is entered</extracomment>
        <translation>Greenhouse responde a este usuario con listas vacías, así que JobTarget no vería ninguna oferta. Vuelva a “%2” y quite el ID de usuario %1, o sustitúyalo por el ID de usuario de un Site Admin.</translation>
    </message>
    <message>
        <source>%1 is not granted to the credential. Tick it in Greenhouse as shown in the list, then check again.</source>
        <extracomment>%1 a permission as Greenhouse shows it (&quot;Job posts &gt; List job posts&quot;)</extracomment>
        <translation>%1 no está concedido a la credencial. Márquelo en Greenhouse como se indica en la lista y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Not granted: %1. Tick each in Greenhouse as shown in the list, then check again.</source>
        <extracomment>%1 permissions as Greenhouse shows them, separated by commas</extracomment>
        <translation>No concedidos: %1. Marque cada uno en Greenhouse como se indica en la lista y vuelva a comprobar.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>credential kind</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>tipo de credencial</translation>
    </message>
    <message>
        <source>Client ID</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Site Admin user ID</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>ID de usuario del Site Admin</translation>
    </message>
    <message>
        <source>job board token</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>token del portal de empleo</translation>
    </message>
    <message>
        <source>job board name</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>nombre del portal de empleo</translation>
    </message>
    <message>
        <source>fingerprint of the secret</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>huella digital del secreto</translation>
    </message>
    <message>
        <source>time of the last check</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>fecha de la última comprobación</translation>
    </message>
    <message>
        <source>result of the last check</source>
        <extracomment>a value of the stored connection, named when it is damaged</extracomment>
        <translation>resultado de la última comprobación</translation>
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
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>This looks like a legacy Harvest API key. For Harvest v3 (OAuth), paste the Client Secret, or choose “Harvest API key (legacy)”.</source>
        <translation>Parece una clave de API antigua de Harvest. Para Harvest v3 (OAuth), pegue el Client Secret o elija “Clave de API de Harvest (antigua)”.</translation>
    </message>
    <message>
        <source>This looks like a Harvest v3 Client ID, not an API key. Choose “Harvest v3 (OAuth)” to use client credentials.</source>
        <translation>Parece un Client ID de Harvest v3, no una clave de API. Elija “Harvest v3 (OAuth)” para usar un Client ID y un Client Secret.</translation>
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
        <translation>Parece una clave de API antigua de Harvest, no un Client ID. Elija “Clave de API de Harvest (antigua)” para usarla.</translation>
    </message>
    <message>
        <source>Client IDs usually look like “name-1234”. Check that you copied all of it.</source>
        <translation>Un Client ID suele tener la forma “name-1234”. Compruebe que lo ha copiado completo.</translation>
    </message>
    <message>
        <source>The Site Admin user ID is a number: the digits at the end of the user&apos;s Greenhouse address (…/users/12345).</source>
        <translation>El ID de usuario del Site Admin es un número: los dígitos al final de la dirección de Greenhouse del usuario (…/users/12345).</translation>
    </message>
    <message>
        <source>%1: the value contains a line break. Copy it again as one line.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: el valor contiene un salto de línea. Vuelva a copiarlo en una sola línea.</translation>
    </message>
    <message>
        <source>%1: the value contains quotation marks. Paste it without them.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: el valor contiene comillas. Péguelo sin ellas.</translation>
    </message>
    <message>
        <source>%1: this is a whole “Authorization” header. Paste only the value that Greenhouse shows.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: esto es una cabecera “Authorization” completa. Pegue solo el valor que muestra Greenhouse.</translation>
    </message>
    <message>
        <source>%1: this is a web address. Copy the value from API Credential Management.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: esto es una dirección web. Copie el valor desde API Credential Management.</translation>
    </message>
    <message>
        <source>%1: the value contains spaces. Copy it again without them.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: el valor contiene espacios. Vuelva a copiarlo sin ellos.</translation>
    </message>
    <message>
        <source>The Client Secret is empty.</source>
        <translation>El campo Client Secret está vacío.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>El campo Clave de API está vacío.</translation>
    </message>
    <message>
        <source>The Client Secret looks too short. Greenhouse shows it only once: copy all of it.</source>
        <translation>El Client Secret parece demasiado corto. Greenhouse solo lo muestra una vez: cópielo completo.</translation>
    </message>
    <message>
        <source>The API key looks too short. Greenhouse shows it only once: copy all of it.</source>
        <translation>La clave de API parece demasiado corta. Greenhouse solo la muestra una vez: cópiela completa.</translation>
    </message>
    <message>
        <source>Remove the header</source>
        <translation>Quitar la cabecera</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Quitar las comillas</translation>
    </message>
    <message>
        <source>%1: the value is not valid text (UTF-8). Copy it again.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: el valor no es un texto válido (UTF-8). Cópielo de nuevo.</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 bytes, far longer than any Greenhouse secret. Copy the secret again.</source>
        <translation>%1: el valor supera los %2 bytes, mucho más que cualquier secreto de Greenhouse. Copie el secreto de nuevo.</translation>
    </message>
    <message>
        <source>The Client ID contains “:”, which no Client ID has. Copy it again from API Credential Management.</source>
        <translation>El Client ID contiene «:», algo que ningún Client ID tiene. Cópielo de nuevo desde API Credential Management.</translation>
    </message>
    <message>
        <source>%1: the value contains a control or invisible character (such as NUL). Copy it again.</source>
        <extracomment>%1 is the field&apos;s name, such as &quot;Client Secret&quot;</extracomment>
        <translation>%1: el valor contiene un carácter de control o invisible (como NUL). Vuelva a copiarlo.</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 bytes, far longer than any Client ID. Copy it again from API Credential Management.</source>
        <translation>%1: el valor supera los %2 bytes, mucho más que cualquier Client ID. Vuelva a copiarlo desde API Credential Management.</translation>
    </message>
</context>
<context>
    <name>DesktopActions</name>
    <message>
        <source>Open this address in your browser</source>
        <translation>Abra esta dirección en su navegador</translation>
    </message>
    <message>
        <source>No web browser opened. Open this address yourself:</source>
        <translation>No se abrió ningún navegador web. Abra esta dirección manualmente:</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar la dirección</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>The address in %1 is not valid.</source>
        <extracomment>%1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL</extracomment>
        <translation>La dirección de %1 no es válida.</translation>
    </message>
    <message>
        <source>The address in %1 must not contain a user name, a query or a fragment.</source>
        <extracomment>%1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL</extracomment>
        <translation>La dirección de %1 no debe contener un nombre de usuario, una consulta ni un fragmento.</translation>
    </message>
    <message>
        <source>The address in %1 is refused: only https:// addresses are used (http:// only for this computer: localhost, 127.0.0.0/8, ::1).</source>
        <extracomment>%1 is the environment variable that holds the address, such as GREENHOUSE_HARVEST_URL</extracomment>
        <translation>La dirección de %1 se rechaza: solo se usan direcciones https:// (http:// solo para este equipo: localhost, 127.0.0.0/8, ::1).</translation>
    </message>
</context>
<context>
    <name>HandoffChecks</name>
    <message>
        <source>Passing since %1.</source>
        <extracomment>The state of the stored connection now; %1 the date of the first check that passed in a row</extracomment>
        <translation>Supera las comprobaciones desde el %1.</translation>
    </message>
    <message>
        <source>Passing since %1; one failure on %2, fixed.</source>
        <extracomment>%1 since when the checks pass, %2 the day of the one failure before that</extracomment>
        <translation>Supera las comprobaciones desde el %1; un fallo el %2, corregido.</translation>
    </message>
    <message>
        <source>Passing since %1; one failure from %2 to %3, fixed.</source>
        <translation>Supera las comprobaciones desde el %1; un fallo del %2 al %3, corregido.</translation>
    </message>
    <message numerus="yes">
        <source>Passing since %1; %n failures before, the last on %2, all fixed.</source>
        <extracomment>%n (2 or more) failures before, each fixed; %1 since when the checks pass, %2 the day of the last failure</extracomment>
        <translation>
            <numerusform>Supera las comprobaciones desde el %1; %n fallo antes, el último el %2, corregido.</numerusform>
            <numerusform>Supera las comprobaciones desde el %1; %n fallos antes, el último el %2, todos corregidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failing since %1: %2.</source>
        <extracomment>%1 the date of the first failed check in a row, %2 what is wrong (&quot;the credential was rejected&quot;)</extracomment>
        <translation>Falla desde el %1: %2.</translation>
    </message>
    <message>
        <source>No check has reached a result yet; the last, on %1, could not be done: %2.</source>
        <translation>Ninguna comprobación ha llegado aún a un resultado; la última, el %1, no se pudo hacer: %2.</translation>
    </message>
    <message>
        <source>The last check, on %1, could not be done: %2.</source>
        <translation>La última comprobación, el %1, no se pudo hacer: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled checks since %1.</source>
        <extracomment>%n (2 or more) checks that the daily schedule ran, %1 the date of the first</extracomment>
        <translation>
            <numerusform>%n comprobación programada desde el %1.</numerusform>
            <numerusform>%n comprobaciones programadas desde el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 scheduled check, on %1.</source>
        <extracomment>%1 the date of the one check the daily schedule ran</extracomment>
        <translation>1 comprobación programada, el %1.</translation>
    </message>
    <message>
        <source>No scheduled check yet.</source>
        <translation>Todavía no hay comprobaciones programadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n checks by hand.</source>
        <extracomment>%n (2 or more) checks the admin started in the wizard (&quot;Check it now&quot;)</extracomment>
        <translation>
            <numerusform>%n comprobación manual.</numerusform>
            <numerusform>%n comprobaciones manuales.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 check by hand.</source>
        <translation>1 comprobación manual.</translation>
    </message>
</context>
<context>
    <name>HandoffDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>In the footer of every page of the PDF and the printout</extracomment>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>HandoffFile</name>
    <message>
        <source>%1 is a symbolic link; choose another name.</source>
        <translation>%1 es un enlace simbólico; elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe); choose another name.</source>
        <translation>%1 no es un archivo normal (un dispositivo o una tubería); elija otro nombre.</translation>
    </message>
    <message>
        <source>The file would contain the secret, but it could not be made readable by you alone, so it was not saved.</source>
        <translation>El archivo contendría el secreto, pero no se pudo hacer que solo usted pueda leerlo, así que no se guardó.</translation>
    </message>
</context>
<context>
    <name>HandoffSummary</name>
    <message>
        <source>The jobs of this board belong to another Greenhouse account than the credential. Choose the board of the account the credential was created in.</source>
        <translation>Las ofertas de este portal pertenecen a una cuenta de Greenhouse distinta de la de la credencial. Elija el portal de empleo de la cuenta en la que se creó la credencial.</translation>
    </message>
    <message>
        <source>Hand-off to JobTarget: %1</source>
        <extracomment>%1 is the name of the job board (or its token)</extracomment>
        <translation>Entrega a JobTarget: %1</translation>
    </message>
    <message>
        <source>Harvest v3 (OAuth)</source>
        <translation>Harvest v3 (OAuth)</translation>
    </message>
    <message>
        <source>Harvest API key (legacy)</source>
        <translation>Clave de API de Harvest (antigua)</translation>
    </message>
    <message>
        <source>This document contains the secret. Share it only through a secure channel and delete it afterwards.</source>
        <translation>Este documento contiene el secreto. Compártalo solo por un canal seguro y elimínelo después.</translation>
    </message>
    <message>
        <source>Send JobTarget the board token “%1” and the Harvest API key through a secure method, not in a plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) which secure channel to use.</source>
        <extracomment>%1 is the board token, %2 the address of JobTarget&apos;s help centre. &quot;Through a secure method&quot; is Greenhouse&apos;s wording.</extracomment>
        <translation>Envíe a JobTarget el token del portal “%1” y la clave de API de Harvest por un método seguro, no en un simple correo electrónico: pregunte a JobTarget (centro de ayuda: %2, o su contacto en JobTarget) qué canal seguro debe usar.</translation>
    </message>
    <message>
        <source>Send JobTarget the board token “%1”, the Client ID and the Client Secret through a secure method, not in a plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) which secure channel to use.</source>
        <extracomment>%1 is the board token, %2 the address of JobTarget&apos;s help centre</extracomment>
        <translation>Envíe a JobTarget el token del portal “%1”, el Client ID y el Client Secret por un método seguro, no en un simple correo electrónico: pregunte a JobTarget (centro de ayuda: %2, o su contacto en JobTarget) qué canal seguro debe usar.</translation>
    </message>
    <message>
        <source>Send JobTarget the board token “%1”, the Client ID, the Client Secret and the Site Admin user ID through a secure method, not in a plain e-mail: ask JobTarget (help centre: %2, or your JobTarget contact) which secure channel to use.</source>
        <extracomment>%1 is the board token, %2 the address of JobTarget&apos;s help centre</extracomment>
        <translation>Envíe a JobTarget el token del portal “%1”, el Client ID, el Client Secret y el ID de usuario del Site Admin por un método seguro, no en un simple correo electrónico: pregunte a JobTarget (centro de ayuda: %2, o su contacto en JobTarget) qué canal seguro debe usar.</translation>
    </message>
    <message>
        <source>JobTarget confirms the connection and publishes the live jobs of “%1” on its job sites. Only jobs that are live on this board reach JobTarget.</source>
        <extracomment>%1 is the name of the job board</extracomment>
        <translation>JobTarget confirma la conexión y difunde las ofertas publicadas de “%1” en sus sitios de empleo. Solo llegan a JobTarget las ofertas publicadas en este portal.</translation>
    </message>
    <message>
        <source>When JobTarget no longer uses this credential, or you replace it, revoke it in Greenhouse: Configure → Dev Center → API Credential Management.</source>
        <translation>Cuando JobTarget deje de usar esta credencial, o si la reemplaza, revóquela en Greenhouse: Configure → Dev Center → API Credential Management.</translation>
    </message>
    <message>
        <source>Fix this in Greenhouse and check again before you hand the credential to JobTarget.</source>
        <translation>Corríjalo en Greenhouse y vuelva a comprobarlo antes de entregar la credencial a JobTarget.</translation>
    </message>
    <message>
        <source>Practice data — not a real connection</source>
        <translation>Datos de práctica — no es una conexión real</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After the titles of the first few live jobs: how many more the board has</extracomment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n required permissions are granted.</source>
        <extracomment>%n is the number of required permissions (3 or 6)</extracomment>
        <translation>
            <numerusform>El permiso necesario (%n) está concedido.</numerusform>
            <numerusform>Los %n permisos necesarios están concedidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 required permission is missing.</source>
        <translation>Falta 1 permiso necesario.</translation>
    </message>
    <message numerus="yes">
        <source>%n required permissions are missing.</source>
        <extracomment>%n is the number of required permissions that are missing (2 or more)</extracomment>
        <translation>
            <numerusform>Falta %n permiso necesario.</numerusform>
            <numerusform>Faltan %n permisos necesarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 required permission could not be checked.</source>
        <translation>No se pudo comprobar 1 permiso necesario.</translation>
    </message>
    <message numerus="yes">
        <source>%n required permissions could not be checked.</source>
        <extracomment>%n is the number of required permissions that could not be checked (2 or more)</extracomment>
        <translation>
            <numerusform>No se pudo comprobar %n permiso necesario.</numerusform>
            <numerusform>No se pudieron comprobar %n permisos necesarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is longer than an e-mail address can be.</source>
        <extracomment>%1 is what the admin typed as the contact e-mail</extracomment>
        <translation>«%1» es más largo de lo que puede ser una dirección de correo.</translation>
    </message>
    <message>
        <source>“%1” contains a space; an e-mail address has none.</source>
        <translation>«%1» contiene un espacio; una dirección de correo no tiene ninguno.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which an e-mail address cannot hold.</source>
        <extracomment>%1 is what the admin typed as the contact e-mail, %2 the character it may not hold</extracomment>
        <translation>«%1» contiene «%2», que una dirección de correo no puede contener.</translation>
    </message>
    <message>
        <source>“%1” has no @. Write the address like dana@example.com.</source>
        <translation>«%1» no tiene @. Escriba la dirección como dana@example.com.</translation>
    </message>
    <message>
        <source>“%1” has more than one @. Write the address like dana@example.com.</source>
        <translation>«%1» tiene más de una @. Escriba la dirección como dana@example.com.</translation>
    </message>
    <message>
        <source>“%1” has nothing before the @. Write the address like dana@example.com.</source>
        <translation>«%1» no tiene nada antes de la @. Escriba la dirección como dana@example.com.</translation>
    </message>
    <message>
        <source>After the @ in “%1” comes a domain, such as example.com.</source>
        <translation>Después de la @ en «%1» va un dominio, como example.com.</translation>
    </message>
    <message>
        <source>Their titles were not recorded at the last check.</source>
        <extracomment>Instead of the first live jobs&apos; titles, when the connection&apos;s last check did not record them</extracomment>
        <translation>Sus títulos no se registraron en la última comprobación.</translation>
    </message>
</context>
<context>
    <name>HandoffText</name>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Portal de empleo</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>Nombre del portal</translation>
    </message>
    <message>
        <source>Board token</source>
        <translation>Token del portal</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>Live jobs at the last check</source>
        <translation>Ofertas publicadas en la última comprobación</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Site Admin user ID</source>
        <translation>ID de usuario del Site Admin</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella digital de la clave</translation>
    </message>
    <message>
        <source>(tells keys apart; reveals nothing about the key)</source>
        <translation>(permite distinguir las claves; no revela nada de la clave)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Harvest API key</source>
        <translation>Clave de API de Harvest</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Permission in Greenhouse</source>
        <translation>Permiso en Greenhouse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Next steps with JobTarget</source>
        <translation>Próximos pasos con JobTarget</translation>
    </message>
    <message>
        <source>JobTarget&apos;s help centre:</source>
        <translation>Centro de ayuda de JobTarget:</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>¿Quería decir «%1»?</translation>
    </message>
    <message>
        <source>--lang needs a language, such as de, fr or es.</source>
        <translation>--lang necesita un idioma, como de, fr o es.</translation>
    </message>
    <message>
        <source>Argument %1 is not an option of jobtarget-setup.</source>
        <translation>El argumento %1 no es una opción de jobtarget-setup.</translation>
    </message>
    <message>
        <source>Did you mean --%1?</source>
        <translation>¿Quería decir --%1?</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>jobtarget-setup [--lang LANGUAGE] verify [OPTIONS]</source>
        <translation>jobtarget-setup [--lang IDIOMA] verify [OPCIONES]</translation>
    </message>
    <message>
        <source>jobtarget-setup [--lang LANGUAGE] summary --output FILE [OPTIONS]</source>
        <translation>jobtarget-setup [--lang IDIOMA] summary --output ARCHIVO [OPCIONES]</translation>
    </message>
    <message>
        <source>Connects Greenhouse Recruiting to JobTarget: a wizard that checks every step live against Greenhouse, keeps the credential in the system&apos;s keychain and ends with a summary for JobTarget.</source>
        <translation>Conecta Greenhouse Recruiting con JobTarget: un asistente que comprueba cada paso en directo con Greenhouse, guarda la credencial en el llavero del sistema y termina con un resumen para JobTarget.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Practise with a simulated Greenhouse on this computer.</source>
        <translation>Practicar con un Greenhouse simulado en este equipo.</translation>
    </message>
    <message>
        <source>Print the milliseconds from the start to the first page on screen, and exit.</source>
        <translation>Mostrar los milisegundos desde el inicio hasta la primera página en pantalla y salir.</translation>
    </message>
    <message>
        <source>Language of the wizard and the messages (de, fr, es, en).</source>
        <translation>Idioma del asistente y de los mensajes (de, fr, es, en).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Check a credential and a job board, for scripts (verify --help).</source>
        <translation>Comprobar una credencial y un job board, para scripts (verify --help).</translation>
    </message>
    <message>
        <source>Write the hand-off summary for JobTarget (summary --help).</source>
        <translation>Escribir el resumen de entrega para JobTarget (summary --help).</translation>
    </message>
    <message>
        <source>The wizard also takes Qt&apos;s own options, such as -platform and -style.</source>
        <translation>El asistente también acepta las opciones propias de Qt, como -platform y -style.</translation>
    </message>
    <message>
        <source>This build has no wizard (built for headless computers).</source>
        <translation>Esta versión no tiene asistente (compilada para equipos sin pantalla).</translation>
    </message>
    <message>
        <source>jobtarget-setup [--demo] [--lang LANGUAGE]</source>
        <translation>jobtarget-setup [--demo] [--lang IDIOMA]</translation>
    </message>
    <message>
        <source>--demo, --stored-connection and --benchmark-startup are options of the wizard, not of “%1”.</source>
        <translation>--demo, --stored-connection y --benchmark-startup son opciones del asistente, no de “%1”.</translation>
    </message>
    <message>
        <source>Argument %1 is not a command; the commands are “verify”, “check” and “summary”.</source>
        <translation>El argumento %1 no es un comando; los comandos son “verify”, “check” y “summary”.</translation>
    </message>
    <message>
        <source>jobtarget-setup [--lang LANGUAGE] check [OPTIONS]</source>
        <translation>jobtarget-setup [--lang IDIOMA] check [OPCIONES]</translation>
    </message>
    <message>
        <source>Open the wizard on the connection stored on this computer.</source>
        <translation>Abrir el asistente con la conexión guardada en este equipo.</translation>
    </message>
    <message>
        <source>Check the stored connection, keep the result, notify when it changed (check --help).</source>
        <translation>Comprobar la conexión guardada, guardar el resultado y avisar si ha cambiado (check --help).</translation>
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
        <source>The address is not allowed: only HTTPS addresses (or plain HTTP on this computer) are used.</source>
        <translation>Esta dirección no está permitida: solo se usan direcciones HTTPS (o HTTP simple en este equipo).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La comprobación se ha cancelado.</translation>
    </message>
    <message>
        <source>The answer did not look like it came from Greenhouse (perhaps a Wi-Fi or proxy sign-in page?). Check your connection, then try again.</source>
        <translation>La respuesta no parecía proceder de Greenhouse (¿quizá una página de inicio de sesión de wifi o de proxy?). Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The check ran out of time: Greenhouse answered too slowly or asked us to wait too long. Try again in a few minutes.</source>
        <translation>La comprobación se quedó sin tiempo: Greenhouse respondió demasiado despacio o nos hizo esperar demasiado. Vuelva a intentarlo en unos minutos.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Open JobTarget Setup</source>
        <translation>Abrir JobTarget Setup</translation>
    </message>
    <message>
        <source>JobTarget has no Greenhouse jobs to read</source>
        <translation>JobTarget no tiene ofertas de Greenhouse que leer</translation>
    </message>
    <message>
        <source>JobTarget can no longer read your Greenhouse jobs</source>
        <translation>JobTarget ya no puede leer sus ofertas de Greenhouse</translation>
    </message>
    <message>
        <source>%1. Open JobTarget Setup to see how to fix it.</source>
        <extracomment>%1 the problem, such as &quot;“Openings &gt; List openings” is missing&quot;</extracomment>
        <translation>%1. Abra JobTarget Setup para ver cómo solucionarlo.</translation>
    </message>
    <message>
        <source>JobTarget can read your Greenhouse jobs again</source>
        <translation>JobTarget vuelve a poder leer sus ofertas de Greenhouse</translation>
    </message>
    <message numerus="yes">
        <source>The daily check passed: %n live job(s) on the job board.</source>
        <translation>
            <numerusform>La comprobación diaria fue correcta: %n oferta publicada en el portal de empleo.</numerusform>
            <numerusform>La comprobación diaria fue correcta: %n ofertas publicadas en el portal de empleo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily check passed.</source>
        <translation>La comprobación diaria fue correcta.</translation>
    </message>
    <message>
        <source>The connection to JobTarget could not be checked</source>
        <translation>No se pudo comprobar la conexión con JobTarget</translation>
    </message>
    <message numerus="yes">
        <source>The last %n daily checks could not be done: %1. The connection itself may be fine.</source>
        <extracomment>%n checks in a row, %1 why (&quot;Greenhouse could not be reached&quot;)</extracomment>
        <translation>
            <numerusform>%n comprobación diaria no se pudo realizar: %1. Puede que la conexión en sí funcione bien.</numerusform>
            <numerusform>Las últimas %n comprobaciones diarias no se pudieron realizar: %1. Puede que la conexión en sí funcione bien.</numerusform>
        </translation>
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
    <name>RevokeReminder</name>
    <message>
        <source>The old secret keeps working for up to a week; revoke it in Greenhouse once JobTarget uses the new one: Configure → Dev Center → API Credential Management → the credential with Client ID %1.</source>
        <translation>El secreto anterior sigue funcionando hasta una semana; revóquelo en Greenhouse en cuanto JobTarget use el nuevo: Configure → Dev Center → API Credential Management → la credencial con el Client ID %1.</translation>
    </message>
    <message>
        <source>the previous “JobTarget” API key</source>
        <extracomment>Goes into &quot;… → API Credential Management → %1 → Revoke.&quot;</extracomment>
        <translation>la anterior clave de API “JobTarget”</translation>
    </message>
    <message>
        <source>the credential with Client ID %1</source>
        <translation>la credencial con el Client ID %1</translation>
    </message>
    <message>
        <source>Once JobTarget uses the new credential, revoke the old one: in Greenhouse, Configure → Dev Center → API Credential Management → %1 → Revoke.</source>
        <translation>En cuanto JobTarget use la credencial nueva, revoque la anterior: en Greenhouse, Configure → Dev Center → API Credential Management → %1 → Revoke.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>accepted</source>
        <comment>credential status</comment>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>credential status</comment>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <comment>credential status</comment>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>credential status</comment>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>granted</source>
        <comment>permission status</comment>
        <translation>concedido</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>permission status</comment>
        <translation>falta</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <comment>permission status</comment>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <source>not checked</source>
        <comment>permission status</comment>
        <translation>sin comprobar</translation>
    </message>
</context>
<context>
    <name>StoredConnectionView</name>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Check it now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel the check</source>
        <translation>Cancelar la com&amp;probación</translation>
    </message>
    <message>
        <source>O&amp;pen API Credential Management</source>
        <translation>A&amp;brir API Credential Management</translation>
    </message>
    <message>
        <source>Choose the &amp;job board…</source>
        <translation>Ele&amp;gir el portal de empleo…</translation>
    </message>
    <message>
        <source>&amp;Replace the credential…</source>
        <translation>&amp;Reemplazar la credencial…</translation>
    </message>
    <message>
        <source>Hand &amp;off to JobTarget…</source>
        <translation>E&amp;ntregar a JobTarget…</translation>
    </message>
    <message>
        <source>Re&amp;move stored credentials…</source>
        <translation>&amp;Eliminar las credenciales guardadas…</translation>
    </message>
    <message>
        <source>&amp;Set up a new connection…</source>
        <translation>Configurar una conexión &amp;nueva…</translation>
    </message>
    <message>
        <source>Checking the stored connection…</source>
        <translation>Comprobando la conexión guardada…</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Leyendo el secreto del llavero…</translation>
    </message>
    <message>
        <source>Removing the stored connection…</source>
        <translation>Eliminando la conexión guardada…</translation>
    </message>
    <message>
        <source>No connection to JobTarget is stored on this computer.</source>
        <translation>No hay ninguna conexión con JobTarget guardada en este equipo.</translation>
    </message>
    <message>
        <source>A connection to JobTarget is stored on this computer. What would you like to do?</source>
        <translation>Hay una conexión con JobTarget guardada en este equipo. ¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>Harvest v3 (OAuth), Client ID %1</source>
        <translation>Harvest v3 (OAuth), Client ID %1</translation>
    </message>
    <message>
        <source>Harvest API key (legacy), %1</source>
        <translation>Clave de API de Harvest (antigua), %1</translation>
    </message>
    <message>
        <source>everything passed</source>
        <translation>se superaron todas las comprobaciones</translation>
    </message>
    <message>
        <source>Greenhouse could not be reached</source>
        <translation>no se pudo conectar con Greenhouse</translation>
    </message>
    <message>
        <source>not every check passed</source>
        <translation>no se superaron todas las comprobaciones</translation>
    </message>
    <message>
        <source>Job board</source>
        <extracomment>%1 board name, %2 board token</extracomment>
        <translation>Portal de empleo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Last checked</source>
        <extracomment>%1 date and time of the last check, %2 &quot;everything passed&quot; or what went wrong</extracomment>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Last daily check: %1</source>
        <translation>Última comprobación diaria: %1</translation>
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
        <translation>Aquí no se puede usar el llavero.</translation>
    </message>
    <message>
        <source>Writes the hand-off summary of the stored connection for JobTarget: board, credential (without its secret), permissions and next steps.</source>
        <translation>Escribe el resumen de entrega de la conexión guardada para JobTarget: portal de empleo, credencial (sin su secreto), permisos y próximos pasos.</translation>
    </message>
    <message>
        <source>Output format: md, html, pdf or json (default: from the file name).</source>
        <translation>Formato de salida: md, html, pdf o json (predeterminado: según el nombre del archivo).</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists); - for standard output.</source>
        <translation>El archivo que se escribirá (se reemplaza si existe); - para la salida estándar.</translation>
    </message>
    <message>
        <source>Also put the secret, read from the keychain, into the summary (the file is then readable by you only). Share such a file only through a secure channel and delete it afterwards.</source>
        <translation>Incluir también en el resumen el secreto, leído del llavero (el archivo solo podrá leerlo usted). Comparta un archivo así solo por un canal seguro y elimínelo después.</translation>
    </message>
    <message>
        <source>Language of the summary (de, fr, es, …).</source>
        <translation>Idioma del resumen (de, fr, es, …).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Unexpected argument. Name the file with --output FILE.</source>
        <translation>Argumento inesperado. Indique el archivo con --output FILE.</translation>
    </message>
    <message>
        <source>--output FILE is required (- for standard output).</source>
        <translation>--output FILE es obligatorio (- para la salida estándar).</translation>
    </message>
    <message>
        <source>--format must be md, html, pdf or json.</source>
        <translation>--format debe ser md, html, pdf o json.</translation>
    </message>
    <message>
        <source>Give --format md, html, pdf or json.</source>
        <translation>Indique --format md, html, pdf o json.</translation>
    </message>
    <message>
        <source>A PDF cannot go to standard output; name a file with --output.</source>
        <translation>Un PDF no puede ir a la salida estándar; indique un archivo con --output.</translation>
    </message>
    <message>
        <source>PDF output is not available in this mode.</source>
        <translation>La salida en PDF no está disponible en este modo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1. It contains the secret: share it only through a secure channel and delete it afterwards.</source>
        <translation>Se ha escrito %1. Contiene el secreto: compártalo solo por un canal seguro y elimínelo después.</translation>
    </message>
    <message>
        <source>Exit status: 0 written   2 bad usage (nothing written)   7 nothing stored, or the keychain could not be used   1 the file could not be written</source>
        <translation>Estado de salida: 0 escrito   2 uso incorrecto (no se escribió nada)   7 no hay nada guardado, o no se pudo usar el llavero   1 no se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>An e-mail address at which JobTarget can reach whoever prepared the summary (shown in it).</source>
        <translation>Una dirección de correo en la que JobTarget puede contactar a quien preparó el resumen (se muestra en él).</translation>
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
        <translation>credencial de Harvest v3 (OAuth)</translation>
    </message>
    <message>
        <source>Harvest API key (legacy)</source>
        <translation>clave de API de Harvest (antigua)</translation>
    </message>
    <message>
        <source>Credential: %1 %2</source>
        <extracomment>%1 is a mark (✓, ✗ or ⚠), %2 the credential&apos;s status, such as &quot;accepted&quot;</extracomment>
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
    <message>
        <source>Greenhouse check: %1, %2</source>
        <extracomment>%1 is the kind of credential, %2 the date and time of the check</extracomment>
        <translation>Comprobación en Greenhouse: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Job board: %1 “%2” (%3), live jobs: %n</source>
        <translation>
            <numerusform>Portal de empleo: %1 “%2” (%3), %n oferta publicada</numerusform>
            <numerusform>Portal de empleo: %1 “%2” (%3), %n ofertas publicadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not published)</source>
        <extracomment>A board in draft: not published on the careers site</extracomment>
        <translation>%1 (no publicado)</translation>
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
        <source>Output: text (default) or json.</source>
        <translation>Salida: text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Also trust this PEM CA certificate.</source>
        <translation>Confiar también en este certificado de CA (PEM).</translation>
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
        <source>--client-id is required for a v3 credential.</source>
        <translation>--client-id es obligatorio para una credencial v3.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 600.</source>
        <translation>--timeout debe ser un número de segundos entre 1 y 600.</translation>
    </message>
    <message>
        <source>--ca-file holds no PEM certificate.</source>
        <translation>--ca-file no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Read the secret (Client Secret or API key) from the first line of standard input (alternatively, set JOBTARGET_SETUP_SECRET).</source>
        <translation>Leer el secreto (Client Secret o clave de API) de la primera línea de la entrada estándar (o bien, definir JOBTARGET_SETUP_SECRET).</translation>
    </message>
    <message>
        <source>Job board token, or the address of the job board.</source>
        <translation>Token del portal de empleo o dirección del portal de empleo.</translation>
    </message>
    <message>
        <source>Seconds to wait for a connection, or for Greenhouse to go on answering (default 20).</source>
        <translation>Segundos de espera para una conexión o para que Greenhouse siga respondiendo (predeterminado: 20).</translation>
    </message>
    <message>
        <source>A secret is never accepted as an argument (it would show in the process list). Use --secret-stdin or JOBTARGET_SETUP_SECRET.</source>
        <translation>Nunca se acepta un secreto como argumento (aparecería en la lista de procesos). Use --secret-stdin o JOBTARGET_SETUP_SECRET.</translation>
    </message>
    <message>
        <source>Unexpected argument. Secrets go to standard input (--secret-stdin).</source>
        <translation>Argumento inesperado. Los secretos se pasan por la entrada estándar (--secret-stdin).</translation>
    </message>
    <message>
        <source>--ca-file cannot be read (%1).</source>
        <translation>No se puede leer --ca-file (%1).</translation>
    </message>
    <message>
        <source>Greenhouse asked to slow down; waiting until %1.</source>
        <translation>Greenhouse pidió reducir el ritmo; se esperará hasta las %1.</translation>
    </message>
    <message>
        <source>Use the connection the wizard stored: its secret, kind, Client ID, user ID and board token (options given here win, except the secret).</source>
        <translation>Usar la conexión guardada por el asistente: su secreto, tipo, Client ID, ID de usuario y token del portal (las opciones indicadas aquí tienen prioridad, salvo el secreto).</translation>
    </message>
    <message>
        <source>When every check passes, store the connection in the keychain, as the wizard does; exit 0 only if it was stored.</source>
        <translation>Si se superan todas las comprobaciones, guardar la conexión en el llavero, como hace el asistente; código de salida 0 solo si se guardó.</translation>
    </message>
    <message>
        <source>Give the secret one way only: --secret-stdin, JOBTARGET_SETUP_SECRET or --from-keychain.</source>
        <translation>Indique el secreto de una sola forma: --secret-stdin, JOBTARGET_SETUP_SECRET o --from-keychain.</translation>
    </message>
    <message>
        <source>No secret given. Use --secret-stdin (first line of standard input), set JOBTARGET_SETUP_SECRET, or use --from-keychain.</source>
        <translation>No se indicó ningún secreto. Use --secret-stdin (primera línea de la entrada estándar), defina JOBTARGET_SETUP_SECRET o use --from-keychain.</translation>
    </message>
    <message>
        <source>No keychain is available to this command.</source>
        <translation>No hay ningún llavero disponible para este comando.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Guardado en el llavero.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>--save needs the job board: give --board-token.</source>
        <translation>--save necesita el portal de empleo: indique --board-token.</translation>
    </message>
    <message>
        <source>Seconds the whole check may take, waits for Greenhouse&apos;s rate limit included (default 120).</source>
        <translation>Segundos que puede durar toda la comprobación, incluidas las esperas por el límite de frecuencia de Greenhouse (120 por defecto).</translation>
    </message>
    <message>
        <source>--deadline must be a number of seconds from 1 to 3600.</source>
        <translation>--deadline debe ser un número de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <source>Waiting for another save of the connection to finish…</source>
        <translation>Esperando a que termine otro guardado de la conexión…</translation>
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
        <translation>Entorno:
  JOBTARGET_SETUP_SECRET     El secreto, en lugar de --secret-stdin.
  GREENHOUSE_HARVEST_URL, GREENHOUSE_AUTH_URL, GREENHOUSE_BOARDS_URL
                             Otras direcciones de Greenhouse (https; http solo para este ordenador).

Estado de salida, la primera comprobación que no se superó:
  0 listo   2 entrada no válida (no se envió nada)   3 credencial rechazada   4 faltan permisos
  5 job board no encontrado o de otra cuenta de Greenhouse   6 no se pudo contactar con Greenhouse
  7 no se pudo usar el llavero   1 error interno

Nunca se muestra ningún secreto. Más: man jobtarget-setup</translation>
    </message>
    <message>
        <source>--ca-file must be a file of PEM certificates, not a folder, device or pipe.</source>
        <translation>--ca-file debe ser un archivo de certificados PEM, no una carpeta, un dispositivo ni una tubería.</translation>
    </message>
    <message>
        <source>--ca-file is larger than %1 KiB, far larger than any file of CA certificates.</source>
        <translation>--ca-file supera los %1 KiB, mucho más que cualquier archivo de certificados de CA.</translation>
    </message>
</context>
<context>
    <name>WizardSteps</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Your Greenhouse permission</source>
        <translation>Su permiso de Greenhouse</translation>
    </message>
    <message>
        <source>Create the credential</source>
        <translation>Crear la credencial</translation>
    </message>
    <message>
        <source>Enter the credential</source>
        <translation>Introducir la credencial</translation>
    </message>
    <message>
        <source>Check permissions</source>
        <translation>Comprobar los permisos</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Portal de empleo</translation>
    </message>
    <message>
        <source>Connect your Greenhouse job board to JobTarget, checked live at every step.</source>
        <translation>Conecte su portal de empleo de Greenhouse con JobTarget, con una comprobación en directo en cada paso.</translation>
    </message>
    <message>
        <source>Creating a credential needs one developer permission in Greenhouse.</source>
        <translation>Para crear una credencial se necesita un permiso de desarrollador en Greenhouse.</translation>
    </message>
    <message>
        <source>Create a credential for JobTarget in Greenhouse&apos;s Dev Center.</source>
        <translation>Cree una credencial para JobTarget en el Dev Center de Greenhouse.</translation>
    </message>
    <message>
        <source>Paste what Greenhouse showed you. It is checked before anything is sent.</source>
        <translation>Pegue lo que le mostró Greenhouse. Todo se comprueba antes de enviar nada.</translation>
    </message>
    <message>
        <source>The credential is tried against Greenhouse, permission by permission.</source>
        <translation>La credencial se prueba en Greenhouse, permiso por permiso.</translation>
    </message>
    <message>
        <source>Choose the job board whose live jobs JobTarget should receive.</source>
        <translation>Elija el portal de empleo cuyas ofertas publicadas debe recibir JobTarget.</translation>
    </message>
    <message>
        <source>Save securely</source>
        <translation>Guardar de forma segura</translation>
    </message>
    <message>
        <source>Hand off to JobTarget</source>
        <translation>Entregar a JobTarget</translation>
    </message>
    <message>
        <source>Your JobTarget connection</source>
        <translation>Su conexión con JobTarget</translation>
    </message>
    <message>
        <source>The secret goes into your computer&apos;s keychain, nowhere else.</source>
        <translation>El secreto se guarda en el llavero de su equipo y en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Everything JobTarget needs, checked with Greenhouse.</source>
        <translation>Todo lo que necesita JobTarget, comprobado con Greenhouse.</translation>
    </message>
    <message>
        <source>Check the stored connection, replace its credential, or remove it.</source>
        <translation>Compruebe la conexión guardada, reemplace su credencial o elimínela.</translation>
    </message>
</context>
<context>
    <name>jt::AutostartSchedule</name>
    <message>
        <source>Checks each time you sign in to this computer, not at a set time of day (this computer has no daily schedule for programs like this one). It is kept in %1.</source>
        <extracomment>%1 the file</extracomment>
        <translation>Comprueba cada vez que inicia sesión en este ordenador, no a una hora fija (este ordenador no tiene una programación diaria para programas como este). Se guarda en %1.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>No se pudo activar la comprobación diaria</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>No se pudo desactivar la comprobación diaria</translation>
    </message>
</context>
<context>
    <name>jt::CheckRun</name>
    <message numerus="yes">
        <source>Still waiting for Greenhouse… (attempt %1 of %2; the check gives up in %n s)</source>
        <extracomment>%1 and %2 count attempts (&quot;attempt 2 of 3&quot;); %n is the number of seconds left</extracomment>
        <translation>
            <numerusform>Aún esperando a Greenhouse… (intento %1 de %2; la comprobación se detendrá en %n segundo)</numerusform>
            <numerusform>Aún esperando a Greenhouse… (intento %1 de %2; la comprobación se detendrá en %n segundos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still waiting for Greenhouse… (the check gives up in %n s)</source>
        <translation>
            <numerusform>Aún esperando a Greenhouse… (la comprobación se detendrá en %n segundo)</numerusform>
            <numerusform>Aún esperando a Greenhouse… (la comprobación se detendrá en %n segundos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jt::CheckSchedule</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo</numerusform>
            <numerusform>%1 no respondió en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be started (%2)</source>
        <translation>no se pudo iniciar %1 (%2)</translation>
    </message>
    <message>
        <source>%1 ended with status %2</source>
        <translation>%1 terminó con el estado %2</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>no se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>no se pudo escribir %1 (%2)</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>no se pudo eliminar %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 what could not be done (&quot;The daily check could not be turned on&quot;), %2 why</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>the path of the program, %1, contains a line break or another control character, which a schedule cannot hold; move the program to a folder whose name has none and turn the daily check on from there</source>
        <extracomment>%1 the program&apos;s path, each control character in it shown as �</extracomment>
        <translation>la ruta del programa, %1, contiene un salto de línea u otro carácter de control, que una tarea programada no admite; mueva el programa a una carpeta cuyo nombre no tenga ninguno y active la comprobación diaria desde allí</translation>
    </message>
    <message>
        <source>its argument “%1” contains a line break or another control character, which a schedule cannot hold</source>
        <extracomment>%1 an argument of the program, each control character in it shown as �</extracomment>
        <translation>el argumento “%1” del programa contiene un salto de línea u otro carácter de control, que una tarea programada no admite</translation>
    </message>
</context>
<context>
    <name>jt::ConnectionStore</name>
    <message>
        <source>No connection is stored yet. Set one up with JobTarget Setup, or with `jobtarget-setup verify --save`.</source>
        <translation>Todavía no hay ninguna conexión guardada. Configure una con JobTarget Setup o con `jobtarget-setup verify --save`.</translation>
    </message>
    <message>
        <source>The keychain could not be put back as it was (%1): remove the stored credentials before you save again.</source>
        <translation>No se pudo dejar el llavero como estaba (%1): elimine las credenciales guardadas antes de volver a guardar.</translation>
    </message>
    <message>
        <source>the secret read back is not the one written</source>
        <translation>el secreto leído de nuevo no es el que se escribió</translation>
    </message>
    <message>
        <source>The stored connection is damaged; save it again. A value in this computer&apos;s settings is not valid: %1. Set the connection up again with JobTarget Setup, or with `jobtarget-setup verify --save`.</source>
        <extracomment>%1 names the value, such as &quot;job board token&quot;</extracomment>
        <translation>La conexión guardada está dañada; vuelva a guardarla. Un valor de los ajustes de este equipo no es válido: %1. Vuelva a configurar la conexión con JobTarget Setup o con `jobtarget-setup verify --save`.</translation>
    </message>
</context>
<context>
    <name>jt::DailyCheck</name>
    <message>
        <source>Daily checks cannot be scheduled from here (this copy of JobTarget Setup runs in a sandbox). “jobtarget-setup check” can be run by any scheduler instead.</source>
        <translation>Las comprobaciones diarias no se pueden programar desde aquí (esta copia de JobTarget Setup se ejecuta en un entorno aislado). En su lugar, cualquier programador de tareas puede ejecutar “jobtarget-setup check”.</translation>
    </message>
    <message>
        <source>The history of checks (%1) could not be removed.</source>
        <translation>No se pudo eliminar el historial de comprobaciones (%1).</translation>
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
    <message>
        <source>Greenhouse did not accept the Site Admin user ID. Use the number at the end of the user&apos;s Greenhouse address (…/users/12345), or leave the user ID out.</source>
        <translation>Greenhouse no aceptó el ID de usuario del Site Admin. Use el número al final de la dirección de Greenhouse del usuario (…/users/12345) o no indique ningún ID de usuario.</translation>
    </message>
</context>
<context>
    <name>jt::LaunchAgentSchedule</name>
    <message>
        <source>Installs a LaunchAgent that runs “jobtarget-setup check” once a day (or when the Mac wakes up, if it slept through the time): %1.</source>
        <extracomment>%1 the file</extracomment>
        <translation>Instala un LaunchAgent que ejecuta “jobtarget-setup check” una vez al día (o cuando el Mac se reactiva, si estaba en reposo a la hora prevista): %1.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>No se pudo activar la comprobación diaria</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>No se pudo desactivar la comprobación diaria</translation>
    </message>
</context>
<context>
    <name>jt::RegularFile</name>
    <message>
        <source>it is a symbolic link</source>
        <translation>es un enlace simbólico</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO)</source>
        <translation>es una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
</context>
<context>
    <name>jt::ScheduledTaskSchedule</name>
    <message>
        <source>Creates the Task Scheduler task “%1”, which runs “jobtarget-setup check” once a day (or as soon as possible when the computer was off), and keeps its definition in %2.</source>
        <extracomment>%1 the task&apos;s name, %2 the file that keeps its definition</extracomment>
        <translation>Crea en el Programador de tareas la tarea “%1”, que ejecuta “jobtarget-setup check” una vez al día (o lo antes posible si el equipo estaba apagado), y guarda su definición en %2.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>No se pudo activar la comprobación diaria</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>No se pudo desactivar la comprobación diaria</translation>
    </message>
</context>
<context>
    <name>jt::SecretStore</name>
    <message>
        <source>Nothing is stored in the keychain under this name yet.</source>
        <translation>Todavía no hay nada guardado en el llavero con este nombre.</translation>
    </message>
    <message>
        <source>No keychain is available: the Secret Service (GNOME Keyring or KWallet) is not running. Start your desktop&apos;s keyring, or install gnome-keyring, then try again. Nothing was stored in a file.</source>
        <translation>No hay ningún llavero disponible: el Secret Service (GNOME Keyring o KWallet) no está en ejecución. Inicie el llavero de su entorno de escritorio o instale gnome-keyring y vuelva a intentarlo. No se ha guardado nada en un archivo.</translation>
    </message>
    <message>
        <source>The keyring is locked or access was denied. Unlock it (for example by logging in again) and try again.</source>
        <translation>El llavero está bloqueado o se denegó el acceso. Desbloquéelo (por ejemplo, volviendo a iniciar sesión) y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n s. If a password prompt is open, answer it; then try again.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo. Si hay una solicitud de contraseña abierta, respóndala y vuelva a intentarlo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos. Si hay una solicitud de contraseña abierta, respóndala y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error. Try again; if it keeps happening, restart your desktop&apos;s keyring (or log out and in again).</source>
        <translation>El llavero informó de un error inesperado. Vuelva a intentarlo; si sigue ocurriendo, reinicie el llavero de su entorno de escritorio (o cierre la sesión y vuelva a iniciarla).</translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error: %1. Try again; if it keeps happening, restart your desktop&apos;s keyring (or log out and in again).</source>
        <translation>El llavero informó de un error inesperado: %1. Vuelva a intentarlo; si sigue ocurriendo, reinicie el llavero de su entorno de escritorio (o cierre la sesión y vuelva a iniciarla).</translation>
    </message>
    <message>
        <source>No keychain is available: the keyring has no default collection (&quot;login&quot;) to store passwords in. Open your desktop&apos;s password manager (for example &quot;Passwords and Keys&quot;), create a default keyring, then try again. Nothing was stored in a file.</source>
        <translation>No hay ningún llavero disponible: el llavero no tiene una colección predeterminada (“login”) donde guardar contraseñas. Abra el gestor de contraseñas de su entorno de escritorio (por ejemplo, “Contraseñas y claves”), cree un llavero predeterminado y vuelva a intentarlo. No se ha guardado nada en un archivo.</translation>
    </message>
    <message>
        <source>The stored connection is incomplete; save it again. The keychain does not hold the secret that was saved with this computer&apos;s settings (a save was cut short, or another program changed the keychain). Set the connection up again with JobTarget Setup, or with `jobtarget-setup verify --save`.</source>
        <translation>La conexión guardada está incompleta; vuelva a guardarla. El llavero no contiene el secreto que se guardó con los ajustes de este equipo (un guardado se interrumpió u otro programa cambió el llavero). Vuelva a configurar la conexión con JobTarget Setup o con `jobtarget-setup verify --save`.</translation>
    </message>
    <message>
        <source>The settings could not be written (%1), so the connection was not stored. Check that the disk has room and the folder can be written to, then save again.</source>
        <translation>No se pudieron escribir los ajustes (%1), así que la conexión no se guardó. Compruebe que el disco tiene espacio y que se puede escribir en la carpeta, y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Another save of the connection is still under way (in another JobTarget Setup window or a script). Try again when it has finished.</source>
        <translation>Todavía hay otro guardado de la conexión en curso (en otra ventana de JobTarget Setup o en un script). Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>jt::SetupController</name>
    <message>
        <source>Please grant me a Greenhouse developer permission for JobTarget</source>
        <translation>Por favor, concédame un permiso de desarrollador de Greenhouse para JobTarget</translation>
    </message>
    <message>
        <source>Hello,

To connect our Greenhouse job board to JobTarget I need to create an API credential in Greenhouse. Could you give me the developer permission “Can manage ALL organization&apos;s API Credentials”?

In Greenhouse: Configure (the gear icon) → Users → my name → Permissions → Developer Permissions → tick “Can manage ALL organization&apos;s API Credentials” → Save.

This needs a Site Admin who can edit other users&apos; advanced permissions. I will tell you when the connection is done.

Thank you!</source>
        <translation>Hola:

Para conectar nuestro portal de empleo de Greenhouse con JobTarget, necesito crear una credencial de API en Greenhouse. ¿Podría concederme el permiso de desarrollador “Can manage ALL organization&apos;s API Credentials”?

En Greenhouse: Configure (el icono del engranaje) → Users → mi nombre → Permissions → Developer Permissions → marcar “Can manage ALL organization&apos;s API Credentials” → Save.

Para ello hace falta un Site Admin que pueda editar los permisos avanzados de otros usuarios. Le avisaré cuando la conexión esté lista.

¡Muchas gracias!</translation>
    </message>
</context>
<context>
    <name>jt::StoredConnectionFlow</name>
    <message>
        <source>No keychain is set up for this session.</source>
        <translation>No hay ningún llavero configurado para esta sesión.</translation>
    </message>
</context>
<context>
    <name>jt::SystemdTimerSchedule</name>
    <message>
        <source>Installs a systemd user timer that runs “jobtarget-setup check” once a day (at a random time, or at the next login if the computer was off): %2 and %3 in %1.</source>
        <extracomment>%1 the folder, %2 and %3 the two files&apos; names</extracomment>
        <translation>Instala un temporizador de usuario de systemd que ejecuta “jobtarget-setup check” una vez al día (a una hora aleatoria, o en el siguiente inicio de sesión si el equipo estaba apagado): %2 y %3 en %1.</translation>
    </message>
    <message>
        <source>The daily check could not be turned on</source>
        <translation>No se pudo activar la comprobación diaria</translation>
    </message>
    <message>
        <source>The daily check could not be turned off</source>
        <translation>No se pudo desactivar la comprobación diaria</translation>
    </message>
    <message>
        <source>systemd could not load %1 (%2); “%3” says why</source>
        <extracomment>%1 the unit&apos;s file name, %2 systemd&apos;s word for its state (&quot;bad-setting&quot;, &quot;not-found&quot;, &quot;error&quot;), %3 the command that tells why</extracomment>
        <translation>systemd no pudo cargar %1 (%2); “%3” indica el motivo</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
</context>
<context>
    <name>jt::Verifier</name>
    <message>
        <source>Greenhouse accepted the API key.</source>
        <translation>Greenhouse aceptó la clave de API.</translation>
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
        <source>Greenhouse rejected this API key (“Invalid Basic Auth credentials”). Copy it again; if it was lost, create a new key and revoke the old one.</source>
        <translation>Greenhouse rechazó esta clave de API (“Invalid Basic Auth credentials”). Vuelva a copiarla; si la ha perdido, cree una clave nueva y revoque la anterior.</translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Tick the scopes listed below; if they are already ticked, check that user %1 is a Site Admin.</source>
        <translation>Greenhouse denegó todos los permisos. Marque los scopes que se indican a continuación; si ya están marcados, compruebe que el usuario %1 sea Site Admin.</translation>
    </message>
    <message>
        <source>Greenhouse retired Harvest API keys (v1/v2) on 31 August 2026. Ask JobTarget whether it accepts a Harvest v3 (OAuth) credential instead.</source>
        <translation>Greenhouse retiró las claves de API de Harvest (v1/v2) el 31 de agosto de 2026. Pregunte a JobTarget si acepta en su lugar una credencial de Harvest v3 (OAuth).</translation>
    </message>
    <message numerus="yes">
        <source>Greenhouse issued a token that expires in %n min; check the credential in API Credential Management.</source>
        <translation>
            <numerusform>Greenhouse emitió un token que caduca en %n minuto; compruebe la credencial en API Credential Management.</numerusform>
            <numerusform>Greenhouse emitió un token que caduca en %n minutos; compruebe la credencial en API Credential Management.</numerusform>
        </translation>
    </message>
    <message>
        <source>Greenhouse refused every permission. Tick the scopes listed below; if they are already ticked, give the user ID of a Site Admin, such as your integration user (“Site Admin user ID” in the wizard, --user-id on the command line).</source>
        <translation>Greenhouse denegó todos los permisos. Marque los scopes que se indican a continuación; si ya están marcados, indique el ID de usuario de un Site Admin, por ejemplo, el de su usuario de integración (“ID de usuario del Site Admin” en el asistente, --user-id en la línea de comandos).</translation>
    </message>
    <message>
        <source>User %1 is not a Site Admin, so Greenhouse answers it with empty lists. Leave the user ID empty, or give the user ID of a Site Admin.</source>
        <translation>El usuario %1 no es Site Admin, así que Greenhouse le responde con listas vacías. Deje vacío el ID de usuario o indique el ID de usuario de un Site Admin.</translation>
    </message>
</context>
<context>
    <name>jt::ui::Banner</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
</context>
<context>
    <name>jt::ui::CheckHistoryStrip</name>
    <message>
        <source>History of the daily checks</source>
        <translation>Historial de las comprobaciones diarias</translation>
    </message>
</context>
<context>
    <name>jt::ui::CheckPermissionsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Open API Credential Management</source>
        <translation>A&amp;brir API Credential Management</translation>
    </message>
    <message>
        <source>Checking with Greenhouse</source>
        <translation>Comprobando con Greenhouse</translation>
    </message>
    <message>
        <source>Each permission is tried with a harmless read request, the way JobTarget will use it. Nothing in Greenhouse is changed. Removing or adding a permission in Greenhouse takes effect at once: choose “Check again” after you changed it.</source>
        <translation>Cada permiso se prueba con una solicitud de lectura inofensiva, tal como lo usará JobTarget. No se cambia nada en Greenhouse. Quitar o añadir un permiso en Greenhouse surte efecto de inmediato: elija “Comprobar de nuevo” después de cambiarlo.</translation>
    </message>
    <message>
        <source>Checking the credential with Greenhouse…</source>
        <translation>Comprobando la credencial con Greenhouse…</translation>
    </message>
    <message>
        <source>Greenhouse accepted the credential.</source>
        <translation>Greenhouse aceptó la credencial.</translation>
    </message>
    <message>
        <source>Cance&amp;l check</source>
        <translation>Cance&amp;lar la comprobación</translation>
    </message>
    <message>
        <source>Demo practice: the credential lacks “%1”</source>
        <extracomment>%1 is a permission exactly as Greenhouse&apos;s Dev Center shows it (&quot;Openings &gt; List openings&quot;).</extracomment>
        <translation>Práctica de demostración: a la credencial le falta “%1”</translation>
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
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>%1 copiado</translation>
    </message>
</context>
<context>
    <name>jt::ui::CreateCredentialPage</name>
    <message>
        <source>Harvest &amp;v3 (OAuth) — recommended</source>
        <translation>Harvest &amp;v3 (OAuth) — recomendado</translation>
    </message>
    <message>
        <source>Harvest API &amp;key (legacy)</source>
        <translation>&amp;Clave de API de Harvest (antigua)</translation>
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
        <translation>¿Qué tipo de credencial?</translation>
    </message>
    <message>
        <source>Greenhouse retired Harvest v1/v2 API keys on 31 August 2026. Choose the legacy key only if JobTarget asked you for one and your Greenhouse still offers it.</source>
        <translation>Greenhouse retiró las claves de API de Harvest v1/v2 el 31 de agosto de 2026. Elija la clave antigua solo si JobTarget se la ha pedido y su Greenhouse todavía la ofrece.</translation>
    </message>
    <message>
        <source>&amp;Open API Credential Management</source>
        <translation>A&amp;brir API Credential Management</translation>
    </message>
    <message>
        <source>The credential is what JobTarget uses to read your jobs. It only needs to read: the permissions listed here are all “list” or “retrieve” permissions. If you lose the secret, create a new credential, then revoke the old one in API Credential Management.</source>
        <translation>La credencial es lo que JobTarget usa para leer sus ofertas. Solo necesita leer: todos los permisos indicados aquí son de tipo “list” o “retrieve”. Si pierde el secreto, cree una credencial nueva y después revoque la anterior en API Credential Management.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; In Greenhouse, open Configure (the gear icon) → &lt;b&gt;Dev Center&lt;/b&gt; → &lt;b&gt;API Credential Management&lt;/b&gt;, or use the button above.&lt;br&gt;&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Click &lt;b&gt;%1&lt;/b&gt; and fill in:</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; En Greenhouse, abra Configure (el icono del engranaje) → &lt;b&gt;Dev Center&lt;/b&gt; → &lt;b&gt;API Credential Management&lt;/b&gt; o use el botón de arriba.&lt;br&gt;&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Haga clic en &lt;b&gt;%1&lt;/b&gt; y rellene:</translation>
    </message>
    <message>
        <source>Where to click to create the credential</source>
        <translation>Dónde hacer clic para crear la credencial</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Click &lt;b&gt;View and store credentials&lt;/b&gt;. Copy the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt; and keep them ready for the next page, then click &lt;b&gt;I have stored the client credentials&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Haga clic en &lt;b&gt;View and store credentials&lt;/b&gt;. Copie el &lt;b&gt;Client ID&lt;/b&gt; y el &lt;b&gt;Client Secret&lt;/b&gt; y téngalos a mano para la página siguiente; después, haga clic en &lt;b&gt;I have stored the client credentials&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Click &lt;b&gt;Manage Permissions&lt;/b&gt;. Greenhouse shows the API key: &lt;b&gt;Copy&lt;/b&gt; it and keep it ready for the next page, then click &lt;b&gt;I have stored the API Key&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Haga clic en &lt;b&gt;Manage Permissions&lt;/b&gt;. Greenhouse muestra la clave de API: cópiela con &lt;b&gt;Copy&lt;/b&gt; y téngala a mano para la página siguiente; después, haga clic en &lt;b&gt;I have stored the API Key&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The Client Secret is shown only once.</source>
        <translation>El Client Secret solo se muestra una vez.</translation>
    </message>
    <message>
        <source>The API key is shown only once.</source>
        <translation>La clave de API solo se muestra una vez.</translation>
    </message>
    <message>
        <source>If you lose it, create a new credential, give that one to JobTarget, and revoke the old one.</source>
        <translation>En caso de pérdida, cree una credencial nueva, entréguesela a JobTarget y revoque la anterior.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Back in the list, open the credential&apos;s &lt;b&gt;Manage Scopes&lt;/b&gt; and tick:</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; De vuelta en la lista, abra &lt;b&gt;Manage Scopes&lt;/b&gt; de la credencial y marque:</translation>
    </message>
    <message>
        <source>&lt;b&gt;4.&lt;/b&gt; Under &lt;b&gt;Manage Permissions&lt;/b&gt;, tick:</source>
        <translation>&lt;b&gt;4.&lt;/b&gt; En &lt;b&gt;Manage Permissions&lt;/b&gt;, marque:</translation>
    </message>
    <message>
        <source>Then click &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Después, haga clic en &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Where to tick the permissions</source>
        <translation>Dónde marcar los permisos</translation>
    </message>
</context>
<context>
    <name>jt::ui::DeveloperPermissionPage</name>
    <message>
        <source>&amp;Yes, I see “API Credential Management”</source>
        <translation>&amp;Sí, veo “API Credential Management”</translation>
    </message>
    <message>
        <source>Ask a Site Admin</source>
        <translation>Pedir a un Site Admin</translation>
    </message>
    <message>
        <source>&amp;Copy request</source>
        <translation>&amp;Copiar la solicitud</translation>
    </message>
    <message>
        <source>&amp;E-mail request…</source>
        <translation>&amp;Enviar la solicitud por correo…</translation>
    </message>
    <message>
        <source>Only people with the developer permission “Can manage ALL organization&apos;s API Credentials” can create a credential for JobTarget. Open Greenhouse&apos;s Dev Center and look for “API Credential Management”:</source>
        <translation>Solo las personas con el permiso de desarrollador “Can manage ALL organization&apos;s API Credentials” pueden crear una credencial para JobTarget. Abra el Dev Center de Greenhouse y busque “API Credential Management”:</translation>
    </message>
    <message>
        <source>Configure (the gear icon), then Dev Center, then API Credential Management</source>
        <translation>Configure (el icono del engranaje), luego Dev Center y luego API Credential Management</translation>
    </message>
    <message>
        <source>&amp;Open Dev Center</source>
        <translation>A&amp;brir Dev Center</translation>
    </message>
    <message>
        <source>Do you see “API Credential Management” in Dev Center?</source>
        <translation>¿Ve “API Credential Management” en Dev Center?</translation>
    </message>
    <message>
        <source>A Site Admin who may edit other users&apos; advanced permissions grants it: Configure (the gear icon) → &lt;b&gt;Users&lt;/b&gt; → your name → &lt;b&gt;Permissions&lt;/b&gt; → &lt;b&gt;Developer Permissions&lt;/b&gt; → tick “Can manage ALL organization&apos;s API Credentials” → &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Se lo concede un Site Admin que pueda editar los permisos avanzados de otros usuarios: Configure (el icono del engranaje) → &lt;b&gt;Users&lt;/b&gt; → su nombre → &lt;b&gt;Permissions&lt;/b&gt; → &lt;b&gt;Developer Permissions&lt;/b&gt; → marcar “Can manage ALL organization&apos;s API Credentials” → &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Request to send:</source>
        <translation>Solicitud para en&amp;viar:</translation>
    </message>
    <message>
        <source>Request to send to your Site Admin</source>
        <translation>Solicitud para enviar a su Site Admin</translation>
    </message>
    <message>
        <source>You can close this assistant now. When the permission has been granted, open it again: it continues here.</source>
        <translation>Ya puede cerrar este asistente. Cuando se le haya concedido el permiso, vuelva a abrirlo: continuará aquí.</translation>
    </message>
    <message>
        <source>Configure, Users, the user, Permissions, Developer Permissions, tick the permission, Save</source>
        <translation>Configure, Users, el usuario, Permissions, Developer Permissions, marcar el permiso, Save</translation>
    </message>
    <message>
        <source>Greenhouse has no way to check this permission before a credential exists, so the assistant asks you. If you are unsure, open Dev Center: without the permission, “API Credential Management” is not listed.</source>
        <translation>Greenhouse no permite comprobar este permiso antes de que exista una credencial, así que el asistente se lo pregunta. Si no está seguro, abra Dev Center: sin el permiso, “API Credential Management” no aparece.</translation>
    </message>
    <message>
        <source>The request is on the clipboard.</source>
        <translation>La solicitud se ha copiado en el portapapeles.</translation>
    </message>
    <message>
        <source>No e-mail program opened</source>
        <translation>No se abrió ningún programa de correo</translation>
    </message>
    <message>
        <source>Copy the request instead and send it the way you usually reach your Site Admin.</source>
        <translation>En su lugar, copie la solicitud y envíela a su Site Admin por la vía habitual.</translation>
    </message>
    <message>
        <source>No, it is not &amp;there</source>
        <translation>N&amp;o, no aparece</translation>
    </message>
</context>
<context>
    <name>jt::ui::EnterCredentialPage</name>
    <message>
        <source>&amp;Fill in the demo credential</source>
        <translation>Completar con la credencial de &amp;demostración</translation>
    </message>
    <message>
        <source>Nothing is sent until the next page, and the secret is never written to a file.</source>
        <translation>No se envía nada hasta la página siguiente, y el secreto nunca se guarda en un archivo.</translation>
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
        <translation>por ejemplo, jobtarget-12345</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>Client &amp;Secret:</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Site Admin &amp;user ID (optional):</source>
        <translation>ID de &amp;usuario del Site Admin (opcional):</translation>
    </message>
    <message>
        <source>Site Admin user ID, optional</source>
        <translation>ID de usuario del Site Admin, opcional</translation>
    </message>
    <message>
        <source>the digits at the end of …/account/users/12345</source>
        <translation>los dígitos al final de …/account/users/12345</translation>
    </message>
    <message>
        <source>Leave it empty unless the permission check says every permission is refused. Then enter the user ID of a Site Admin, such as the user Greenhouse recommends for integrations.</source>
        <translation>Déjelo vacío salvo que la comprobación de permisos indique que se han denegado todos los permisos. En ese caso, introduzca el ID de usuario de un Site Admin, por ejemplo, el del usuario que Greenhouse recomienda para integraciones.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Harvest API key</source>
        <translation>Clave de API de Harvest</translation>
    </message>
    <message>
        <source>Greenhouse shows the secret only once. If you no longer have it, create a new credential in API Credential Management and revoke the old one. The Client ID stays visible in Greenhouse&apos;s list of credentials.</source>
        <translation>Greenhouse solo muestra el secreto una vez. Si ya no lo tiene, cree una credencial nueva en API Credential Management y revoque la anterior. El Client ID sigue visible en la lista de credenciales de Greenhouse.</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID de usuario: %1</translation>
    </message>
    <message>
        <source>Spaces around the value were removed.</source>
        <translation>Se han quitado los espacios alrededor del valor.</translation>
    </message>
    <message>
        <source>The demo Client ID and Client Secret are filled in.</source>
        <translation>El Client ID y el Client Secret de demostración están rellenados.</translation>
    </message>
</context>
<context>
    <name>jt::ui::ExistingConnectionPage</name>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Remove stored credentials?</source>
        <translation>¿Eliminar las credenciales guardadas?</translation>
    </message>
    <message>
        <source>The secret is deleted from the keychain and the connection&apos;s settings from this computer. JobTarget keeps working with what it has; to stop it, revoke the credential in Greenhouse&apos;s API Credential Management.</source>
        <translation>El secreto se elimina del llavero y la configuración de la conexión, de este equipo. JobTarget sigue funcionando con lo que ya tiene; para detenerlo, revoque la credencial en API Credential Management de Greenhouse.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Removed from this computer. If JobTarget no longer uses the credential, revoke it in Greenhouse: Configure → Dev Center → API Credential Management.</source>
        <translation>Se ha eliminado de este equipo. Si JobTarget ya no usa la credencial, revóquela en Greenhouse: Configure → Dev Center → API Credential Management.</translation>
    </message>
    <message>
        <source>The connection works</source>
        <translation>La conexión funciona</translation>
    </message>
    <message>
        <source>“Check it now” reads the secret from the keychain and checks everything again with Greenhouse; the result becomes the connection&apos;s “Last checked”. “Hand off to JobTarget” shows the summary again, to export, print or copy the secret. “Replace the credential” walks you through creating a new one, or a new secret for the same one (for example when the secret was lost or must be rotated). A rotated secret&apos;s old one keeps working for up to a week; revoke it in Greenhouse once JobTarget uses the new one. “Remove stored credentials” deletes the secret from the keychain and the settings from this computer; it does not revoke anything in Greenhouse.</source>
        <translation>“Comprobar ahora” lee el secreto del llavero y vuelve a comprobarlo todo con Greenhouse; el resultado pasa a ser la “Última comprobación” de la conexión. “Entregar a JobTarget” vuelve a mostrar el resumen para exportarlo, imprimirlo o copiar el secreto. “Reemplazar la credencial” le guía para crear una nueva, o un nuevo secreto para la misma (por ejemplo, si se perdió el secreto o hay que renovarlo). El secreto anterior de una credencial renovada sigue funcionando hasta una semana; revóquelo en Greenhouse en cuanto JobTarget use el nuevo. “Eliminar las credenciales guardadas” borra el secreto del llavero y la configuración de este equipo; no revoca nada en Greenhouse.</translation>
    </message>
    <message>
        <source>Check &amp;every day and tell me if it stops working</source>
        <translation>Comprobar cada &amp;día y avisarme si la conexión deja de funcionar</translation>
    </message>
    <message>
        <source>Turning the daily check on…</source>
        <translation>Activando la comprobación diaria…</translation>
    </message>
    <message>
        <source>Turning the daily check off…</source>
        <translation>Desactivando la comprobación diaria…</translation>
    </message>
    <message>
        <source>No daily check has run yet.</source>
        <translation>Todavía no se ha hecho ninguna comprobación diaria.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2f855a&quot;&gt;●&lt;/span&gt; passed &amp;nbsp; &lt;span style=&quot;color:#e53e3e&quot;&gt;■&lt;/span&gt; failed &amp;nbsp; &lt;span style=&quot;color:#b7791f&quot;&gt;▲&lt;/span&gt; could not check</source>
        <extracomment>The legend of the history&apos;s marks: a circle, a square, a triangle</extracomment>
        <translation>&lt;span style=&quot;color:#2f855a&quot;&gt;●&lt;/span&gt; superada &amp;nbsp; &lt;span style=&quot;color:#e53e3e&quot;&gt;■&lt;/span&gt; no superada &amp;nbsp; &lt;span style=&quot;color:#b7791f&quot;&gt;▲&lt;/span&gt; no se pudo comprobar</translation>
    </message>
    <message>
        <source>The daily check is turned off and its history deleted.</source>
        <translation>La comprobación diaria se desactiva y su historial se elimina.</translation>
    </message>
    <message>
        <source>Tick the missing permission in Greenhouse, then check again.</source>
        <translation>Marque el permiso que falta en Greenhouse y vuelva a comprobar.</translation>
    </message>
</context>
<context>
    <name>jt::ui::HandOffPage</name>
    <message>
        <source>&amp;Include the secret in exports and prints</source>
        <translation>&amp;Incluir el secreto en exportaciones e impresiones</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Copy &amp;secret</source>
        <translation>&amp;Copiar el secreto</translation>
    </message>
    <message>
        <source>Open JobTarget&apos;s &amp;contact page</source>
        <translation>A&amp;brir la página de contacto de JobTarget</translation>
    </message>
    <message>
        <source>Summary for JobTarget</source>
        <translation>Resumen para JobTarget</translation>
    </message>
    <message>
        <source>Give JobTarget the board token and the credential through a secure channel, as Greenhouse recommends — not in a plain e-mail. “Copy secret” puts it on the clipboard for a short time, marked so that clipboard managers do not keep it. Exports leave the secret out unless you tick “Include the secret”.</source>
        <translation>Entregue a JobTarget el token del portal y la credencial por un canal seguro, como recomienda Greenhouse, no en un simple correo electrónico. “Copiar el secreto” lo coloca en el portapapeles durante poco tiempo, marcado para que los gestores de portapapeles no lo guarden. Las exportaciones no incluyen el secreto salvo que marque “Incluir el secreto”.</translation>
    </message>
    <message numerus="yes">
        <source>The secret is on the clipboard; it is cleared in %n s.</source>
        <translation>
            <numerusform>El secreto está en el portapapeles; se borrará en %n segundo.</numerusform>
            <numerusform>El secreto está en el portapapeles; se borrará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo connection works</source>
        <translation>La conexión de demostración funciona</translation>
    </message>
    <message>
        <source>In a real set-up this is what you would give JobTarget.</source>
        <translation>En una configuración real, esto es lo que entregaría a JobTarget.</translation>
    </message>
    <message>
        <source>The connection works but is not stored</source>
        <translation>La conexión funciona, pero no está guardada</translation>
    </message>
    <message>
        <source>Give JobTarget the secret now; this computer will not keep it.</source>
        <translation>Entregue ahora el secreto a JobTarget; este equipo no lo conservará.</translation>
    </message>
    <message>
        <source>The connection works, with a remark</source>
        <translation>La conexión funciona, con una observación</translation>
    </message>
    <message>
        <source>The connection works and is stored</source>
        <translation>La conexión funciona y está guardada</translation>
    </message>
    <message>
        <source>Include the secret?</source>
        <translation>¿Incluir el secreto?</translation>
    </message>
    <message>
        <source>Anyone who gets the exported file or the printout can read your jobs through Greenhouse&apos;s API. Share it only through a secure channel and delete it afterwards.</source>
        <translation>Cualquiera que obtenga el archivo exportado o la copia impresa puede leer sus ofertas a través de la API de Greenhouse. Compártalos solo por un canal seguro y elimínelos después.</translation>
    </message>
    <message>
        <source>Include the secret</source>
        <translation>Incluir el secreto</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md or .json.</source>
        <translation>Elija un archivo con la extensión .pdf, .html, .md o .json.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
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
        <translation>Exportar el resumen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 is the full path of the file written</extracomment>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <extracomment>%1 is the full path of the file, %2 why it could not be written</extracomment>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>P&amp;repared by:</source>
        <translation>P&amp;reparado por:</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>The last check of this connection did not pass</source>
        <translation>La última comprobación de esta conexión no fue correcta</translation>
    </message>
    <message>
        <source>Go back and choose “Check it now” to see what to fix before you give it to JobTarget. The summary below shows each result.</source>
        <translation>Vuelva atrás y elija “Comprobar ahora” para ver qué corregir antes de entregarla a JobTarget. El resumen de abajo muestra cada resultado.</translation>
    </message>
    <message>
        <source>The secret is no longer on the clipboard.</source>
        <translation>El secreto ya no está en el portapapeles.</translation>
    </message>
    <message>
        <source>•••••••• (in exports and prints only)</source>
        <translation>•••••••• (solo en exportaciones e impresiones)</translation>
    </message>
    <message>
        <source>Your name as the summary shows it: your account&apos;s full name unless you change it. What you write here is remembered.</source>
        <translation>Su nombre tal como lo muestra el resumen: el nombre completo de su cuenta, a menos que lo cambie. Lo que escriba aquí se recuerda.</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail (optional):</source>
        <translation>C&amp;orreo de contacto (opcional):</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>Where JobTarget can reach you about this connection; shown in the summary and remembered.</source>
        <translation>Dónde puede contactarle JobTarget sobre esta conexión; se muestra en el resumen y se recuerda.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <extracomment>An example address in the empty contact e-mail field</extracomment>
        <translation>nombre@example.com</translation>
    </message>
</context>
<context>
    <name>jt::ui::JobBoardPage</name>
    <message>
        <source>Job boards your credential can see</source>
        <translation>Portales de empleo visibles para su credencial</translation>
    </message>
    <message>
        <source>Job board token or address</source>
        <translation>Token o dirección del portal de empleo</translation>
    </message>
    <message>
        <source>for example acme, or https://boards.greenhouse.io/acme</source>
        <translation>por ejemplo, acme o https://boards.greenhouse.io/acme</translation>
    </message>
    <message>
        <source>Checking the job board</source>
        <translation>Comprobando el portal de empleo</translation>
    </message>
    <message>
        <source>Where to find it: Configure → Dev Center → Configuring Your Job Board → Your Board Token. The address of your job board ends with it too.</source>
        <translation>Dónde encontrarlo: Configure → Dev Center → Configuring Your Job Board → Your Board Token. La dirección de su portal de empleo también termina con él.</translation>
    </message>
    <message>
        <source>&amp;Open job board settings</source>
        <translation>A&amp;brir la configuración del portal de empleo</translation>
    </message>
    <message>
        <source>Dev Center, Configuring Your Job Board, Your Board Token</source>
        <translation>Dev Center, Configuring Your Job Board, Your Board Token</translation>
    </message>
    <message>
        <source>JobTarget publishes the live jobs of exactly one Greenhouse job board. The check reads the board&apos;s public job list and looks a few of its jobs up with your credential, to make sure the board belongs to the same Greenhouse account.</source>
        <translation>JobTarget difunde las ofertas publicadas de un único portal de empleo de Greenhouse. La comprobación lee la lista pública de ofertas del portal y consulta algunas de ellas con su credencial para asegurarse de que el portal pertenece a la misma cuenta de Greenhouse.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Board token: %1</source>
        <translation>Token del portal: %1</translation>
    </message>
    <message>
        <source>✓ Its jobs belong to the same Greenhouse account as your credential.</source>
        <translation>✓ Sus ofertas pertenecen a la misma cuenta de Greenhouse que su credencial.</translation>
    </message>
    <message>
        <source>✗ Its jobs belong to another Greenhouse account.</source>
        <translation>✗ Sus ofertas pertenecen a otra cuenta de Greenhouse.</translation>
    </message>
    <message>
        <source>⚠ It has no live jobs, so whether it belongs to your account cannot be checked.</source>
        <translation>⚠ No tiene ofertas publicadas, así que no se puede comprobar si pertenece a su cuenta.</translation>
    </message>
    <message>
        <source>⚠ Whether it belongs to your account could not be decided (%1).</source>
        <extracomment>%1 is a reason such as &quot;the job look-up did not succeed&quot;</extracomment>
        <translation>⚠ No se pudo determinar si pertenece a su cuenta (%1).</translation>
    </message>
    <message>
        <source>the job look-up was not possible</source>
        <translation>la consulta de puestos no fue posible</translation>
    </message>
    <message numerus="yes">
        <source>Live jobs: %n</source>
        <translation>
            <numerusform>%n oferta publicada</numerusform>
            <numerusform>%n ofertas publicadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k this board</source>
        <translation>&amp;Comprobar este portal</translation>
    </message>
    <message>
        <source>Cance&amp;l check</source>
        <translation>Cance&amp;lar la comprobación</translation>
    </message>
    <message>
        <source>Boards your credential can &amp;see:</source>
        <translation>&amp;Portales de empleo visibles para su credencial:</translation>
    </message>
    <message>
        <source>Board token or the &amp;address of your job board:</source>
        <translation>&amp;Token o dirección de su portal de empleo:</translation>
    </message>
    <message>
        <source>%1 (%2), not published</source>
        <translation>%1 (%2), no publicado</translation>
    </message>
</context>
<context>
    <name>jt::ui::PermissionChecklist</name>
    <message>
        <source>Required permissions</source>
        <translation>Permisos necesarios</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>jt::ui::SavePage</name>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Goes into &quot;The secret is stored in %1, which protects it with your login.&quot;</extracomment>
        <translation>el Llavero de macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <extracomment>Goes into &quot;The secret is stored in %1, which protects it with your login.&quot;</extracomment>
        <translation>el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>your desktop&apos;s keyring (GNOME Keyring or KWallet)</source>
        <extracomment>Goes into &quot;The secret is stored in %1, which protects it with your login.&quot;</extracomment>
        <translation>el llavero de su entorno de escritorio (GNOME Keyring o KWallet)</translation>
    </message>
    <message>
        <source>&amp;Save in the keychain</source>
        <translation>&amp;Guardar en el llavero</translation>
    </message>
    <message>
        <source>The secret is stored in %1, which protects it with your login. The Client ID, the board token and the result of the last check are kept in this app&apos;s settings: they are not secret. Nothing is ever written to a plain file.</source>
        <translation>El secreto se guarda en %1, que lo protege con su inicio de sesión. El Client ID, el token del portal y el resultado de la última comprobación se conservan en la configuración de esta aplicación: no son secretos. Nunca se escribe nada en un archivo normal.</translation>
    </message>
    <message>
        <source>With the connection stored, this app can check it again later, and you can copy the secret for JobTarget on the next page.</source>
        <translation>Con la conexión guardada, esta aplicación puede volver a comprobarla más adelante, y usted puede copiar el secreto para JobTarget en la página siguiente.</translation>
    </message>
    <message>
        <source>Saving in the keychain</source>
        <translation>Guardando en el llavero</translation>
    </message>
    <message>
        <source>If no keychain is available, the assistant says why and how to fix it. It never stores the secret anywhere else: without a keychain, give JobTarget the secret now, from the next page, and keep no copy.</source>
        <translation>Si no hay ningún llavero disponible, el asistente indica el motivo y cómo solucionarlo. Nunca guarda el secreto en otro lugar: sin llavero, entregue ahora el secreto a JobTarget desde la página siguiente y no guarde ninguna copia.</translation>
    </message>
    <message>
        <source>Demo: nothing was stored, your keychain was not touched. In a real set-up the secret would now be in the keychain.</source>
        <translation>Demo: no se ha guardado nada y no se ha tocado su llavero. En una configuración real, el secreto estaría ahora en el llavero.</translation>
    </message>
    <message>
        <source>Stored. The secret is in the keychain; this app can check the connection again at any time.</source>
        <translation>Guardado. El secreto está en el llavero; esta aplicación puede volver a comprobar la conexión en cualquier momento.</translation>
    </message>
</context>
<context>
    <name>jt::ui::SecretField</name>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste from the clipboard</source>
        <translation>Pegar desde el portapapeles</translation>
    </message>
    <message>
        <source>Hide the secret (Alt+R)</source>
        <translation>Ocultar el secreto (Alt+R)</translation>
    </message>
    <message>
        <source>Show the secret (Alt+R)</source>
        <translation>Mostrar el secreto (Alt+R)</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Ocultar el secreto</translation>
    </message>
    <message>
        <source>The secret is shown</source>
        <translation>El secreto se muestra</translation>
    </message>
    <message>
        <source>The secret is hidden</source>
        <translation>El secreto está oculto</translation>
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
        <translation>Está practicando con un Greenhouse simulado en este equipo. No se envía nada a Greenhouse ni a JobTarget.</translation>
    </message>
    <message>
        <source>Demo mode: practicing with a simulated Greenhouse</source>
        <translation>Modo de demostración: práctica con un Greenhouse simulado</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ayuda: %1</translation>
    </message>
    <message numerus="yes">
        <source>Greenhouse asked us to slow down. Trying again in %n s…</source>
        <translation>
            <numerusform>Greenhouse nos pidió que redujéramos el ritmo. Nuevo intento en %n segundo…</numerusform>
            <numerusform>Greenhouse nos pidió que redujéramos el ritmo. Nuevo intento en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Reintentando ahora…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation>El llavero está bloqueado</translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation>El llavero no respondió</translation>
    </message>
    <message>
        <source>The stored connection is incomplete</source>
        <translation>La conexión guardada está incompleta</translation>
    </message>
    <message>
        <source>The settings could not be written</source>
        <translation>No se pudieron escribir los ajustes</translation>
    </message>
    <message>
        <source>Another save is under way</source>
        <translation>Hay otro guardado en curso</translation>
    </message>
    <message>
        <source>The keychain could not be used</source>
        <translation>No se pudo usar el llavero</translation>
    </message>
    <message>
        <source>No connection is stored</source>
        <translation>No hay ninguna conexión guardada</translation>
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
        <translation>Mostrar u ocultar la ayuda de este paso (F1)</translation>
    </message>
    <message>
        <source>This is only practice: nothing of it is kept.</source>
        <translation>Esto es solo una práctica: no se conserva nada.</translation>
    </message>
    <message>
        <source>The secret is not stored on this computer. Give it to JobTarget before you close, or set the connection up again later with a new credential.</source>
        <translation>El secreto no está guardado en este equipo. Entrégueselo a JobTarget antes de cerrar o vuelva a configurar la conexión más adelante con una credencial nueva.</translation>
    </message>
    <message>
        <source>Your progress is kept: next time the assistant continues at “%1”. The secret is not kept; you will enter it again.</source>
        <extracomment>%1 is the title of a step, such as &quot;Enter the credential&quot;</extracomment>
        <translation>Su progreso se conserva: la próxima vez, el asistente continuará en “%1”. El secreto no se conserva; tendrá que volver a introducirlo.</translation>
    </message>
    <message>
        <source>Stop setting up JobTarget?</source>
        <translation>¿Dejar de configurar JobTarget?</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>the window&apos;s title: %1 the step (&quot;Your JobTarget connection&quot;), %2 the application&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>jt::ui::StepList</name>
    <message>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Paso %1 de %2: %3, %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>needs a change</source>
        <translation>necesita un cambio</translation>
    </message>
</context>
<context>
    <name>jt::ui::WelcomePage</name>
    <message>
        <source>&amp;Set up JobTarget</source>
        <translation>&amp;Configurar JobTarget</translation>
    </message>
    <message>
        <source>&amp;Practice with demo data</source>
        <translation>&amp;Practicar con datos de demostración</translation>
    </message>
    <message>
        <source>JobTarget publishes every live job of your Greenhouse job board on its job sites. To read your jobs it needs two things from Greenhouse: an API credential with a few read-only permissions, and the token of your job board.</source>
        <translation>JobTarget difunde todas las ofertas publicadas de su portal de empleo de Greenhouse en sus sitios de empleo. Para leer sus ofertas necesita dos cosas de Greenhouse: una credencial de API con algunos permisos de solo lectura y el token de su portal de empleo.</translation>
    </message>
    <message>
        <source>This assistant walks you through Greenhouse&apos;s screens and checks each step live with Greenhouse, so you finish knowing the connection works.</source>
        <translation>Este asistente le guía por las pantallas de Greenhouse y comprueba cada paso en directo con Greenhouse, para que termine sabiendo que la conexión funciona.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You need:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a Greenhouse account with the developer permission “Can manage ALL organization&apos;s API Credentials” (the next step helps you get it);&lt;/li&gt;&lt;li&gt;about 10 minutes.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Necesita:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;una cuenta de Greenhouse con el permiso de desarrollador “Can manage ALL organization&apos;s API Credentials” (el siguiente paso le ayuda a conseguirlo);&lt;/li&gt;&lt;li&gt;unos 10 minutos.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>Runs every step against a simulated Greenhouse on this computer.</source>
        <translation>Ejecuta cada paso con un Greenhouse simulado en este equipo.</translation>
    </message>
    <message>
        <source>Choose “Practice with demo data” to see every step, including what happens when a permission is missing or a secret is wrong, without touching your Greenhouse account.</source>
        <translation>Elija “Practicar con datos de demostración” para ver cada paso, incluido lo que ocurre cuando falta un permiso o un secreto es incorrecto, sin tocar su cuenta de Greenhouse.</translation>
    </message>
    <message>
        <source>&amp;Continue where you stopped: %1</source>
        <translation>&amp;Reanudar donde lo dejó: %1</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>No se pudo iniciar la demostración</translation>
    </message>
    <message>
        <source>The simulated Greenhouse could not listen on this computer.</source>
        <translation>El Greenhouse simulado no pudo aceptar conexiones en este equipo.</translation>
    </message>
    <message>
        <source>Check or update the &amp;existing connection</source>
        <translation>Comprobar o actualizar la conexión &amp;existente</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This build of jobtarget-setup has no wizard. Use “jobtarget-setup verify --help” or “jobtarget-setup summary --help”.</source>
        <translation>Esta versión de jobtarget-setup no tiene asistente. Use “jobtarget-setup verify --help” o “jobtarget-setup summary --help”.</translation>
    </message>
    <message>
        <source>See “jobtarget-setup --help”.</source>
        <translation>Consulte «jobtarget-setup --help».</translation>
    </message>
    <message>
        <source>jobtarget-setup is already running, or there is no session bus to take its name on.</source>
        <translation>jobtarget-setup ya se está ejecutando, o no hay ningún bus de sesión en el que registrar su nombre.</translation>
    </message>
</context>
</TS>

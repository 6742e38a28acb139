// `verify --save`, `verify --from-keychain` and `summary` as processes: a real keychain (the test command
// runs the suite inside a private Secret Service), settings in a throw-away HOME, the simulated Greenhouse in
// this process. Ends with a sweep: the secret is nowhere in what was written or printed.

#include "AppProcess.h"
#include "UnderWine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using jt::sim::SimulatedGreenhouse;
using namespace jt::test;

namespace {
const QByteArray Secret = SimulatedGreenhouse::ClientSecret;
} // namespace

class TestStoredCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void saveThenCheckFromKeychain();
    void fromKeychainWithNothingStored();
    void fromKeychainIsOneSecretSource();
    void failedCheckStoresNothing();
    void saveNeedsABoardAndKeepsTheStoredOne();
    void replacingSaysWhatToRevoke();
    void badInputOutranksNothingStored();
    void saveWithoutKeychainExits7();
    void saveWithUnwritableSettingsStoresNothing();
    void damagedStoredValueSendsNothing_data();
    void damagedStoredValueSendsNothing();
    void settingsAreOwnerOnly();
    void summaryInEveryFormat();
    void summaryWithoutStoredConnection();
    void summaryPaperIsTheRegionsNotTheLanguages_data();
    void summaryPaperIsTheRegionsNotTheLanguages();
    void summaryWritesOnlyRegularFiles();
    void summaryOptionsAreCheckedLikeVerify();
    void messagesInTheChosenLanguage();

private:
    // Runs `jobtarget-setup <arguments>`; `secret` goes into JOBTARGET_SETUP_SECRET.
    Outcome run(const QStringList &arguments, const QByteArray &secret = {},
                const QStringList &environment = {});
    Outcome save();
    QString settingsFile() const;

    std::unique_ptr<SimulatedGreenhouse> m_sim;
    std::unique_ptr<QTemporaryDir> m_home;
    QList<Outcome> m_transcripts;
};

void TestStoredCli::initTestCase() {
    m_sim = std::make_unique<SimulatedGreenhouse>();
    QVERIFY(m_sim->start());
#ifdef Q_OS_LINUX
    QVERIFY2(
        !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "no session bus: run the suite through tests/run-with-keyring.sh (the README's test command does)");
#endif
}

void TestStoredCli::init() {
    m_sim->scenario() = {};
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_transcripts.clear();
#ifdef Q_OS_WIN
    clearKeyring(); // and the settings: on Windows the user's, not HOME's (AppProcess.h)
#endif
}

// Each test has its own HOME, hence its own settings: a secret left in the shared test keyring by an earlier
// test is never "stored" for the next one.
// Whatever a test did, the secret is nowhere in the files written under HOME (settings, exports made without
// the opt-in) nor in any output.
void TestStoredCli::cleanup() {
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.contains(QLatin1String("with-secret")))
            continue; // the one export that opted in
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Secret), qPrintable(QStringLiteral("the secret is in ") + path));
    }
    for (const Outcome &outcome : std::as_const(m_transcripts))
        QVERIFY2(!outcome.out.contains(Secret) && !outcome.err.contains(Secret),
                 outcome.describe().constData());
}

Outcome TestStoredCli::run(const QStringList &arguments, const QByteArray &secret,
                           const QStringList &environment) {
    AppProcess app(arguments, appEnvironment(m_home->path(), *m_sim, secret, environment));
    Outcome outcome = app.finish();
    m_transcripts.append(outcome);
    return outcome;
}

Outcome TestStoredCli::save() {
    return run({QStringLiteral("verify"), QStringLiteral("--save"), QStringLiteral("--client-id"),
                QString::fromLatin1(SimulatedGreenhouse::ClientId), QStringLiteral("--board-token"),
                QStringLiteral("https://boards.greenhouse.io/acme"), QStringLiteral("--format"),
                QStringLiteral("json")},
               Secret);
}

QString TestStoredCli::settingsFile() const {
    return settingsFileUnder(m_home->path());
}

void TestStoredCli::saveThenCheckFromKeychain() {
    const Outcome saved = save();
    VERIFY_EXITED(saved, 0);
    QCOMPARE(saved.json().value(QStringLiteral("saved")).toBool(), true);
    QVERIFY(saved.json().value(QStringLiteral("ok")).toBool());
    QVERIFY2(QFile::exists(settingsFile()), qPrintable(settingsFile()));

    // Everything from the store: kind, Client ID, board, and the secret from the keychain.
    m_sim->clearSeen();
    const Outcome checked = run({QStringLiteral("verify"), QStringLiteral("--from-keychain"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_EXITED(checked, 0);
    const QJsonObject json = checked.json();
    QCOMPARE(json.value(QStringLiteral("board")).toObject().value(QStringLiteral("token")).toString(),
             QStringLiteral("acme"));
    QCOMPARE(json.value(QStringLiteral("credential")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("accepted"));
    QVERIFY(!m_sim->seen().isEmpty()); // really checked with Greenhouse

    // An option given explicitly wins over the stored one.
    const Outcome otherBoard =
        run({QStringLiteral("verify"), QStringLiteral("--from-keychain"), QStringLiteral("--board-token"),
             QStringLiteral("othercorp"), QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_EXITED(otherBoard, 5);
}

void TestStoredCli::fromKeychainWithNothingStored() {
    const Outcome outcome = run({QStringLiteral("verify"), QStringLiteral("--from-keychain"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_EXITED(outcome, 7);
    QVERIFY(
        outcome.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("No connection")));
}

void TestStoredCli::fromKeychainIsOneSecretSource() {
    VERIFY_EXITED(save(), 0);
    const Outcome both = run({QStringLiteral("verify"), QStringLiteral("--from-keychain")}, Secret);
    VERIFY_EXITED(both, 2);
    QVERIFY(both.err.contains("one way only"));
}

void TestStoredCli::failedCheckStoresNothing() {
    const Outcome outcome =
        run({QStringLiteral("verify"), QStringLiteral("--save"), QStringLiteral("--client-id"),
             QString::fromLatin1(SimulatedGreenhouse::ClientId), QStringLiteral("--board-token"),
             QStringLiteral("acme")},
            "not-the-right-secret-123456");
    VERIFY_EXITED(outcome, 3);
    const Outcome checked = run({QStringLiteral("verify"), QStringLiteral("--from-keychain")});
    VERIFY_EXITED(checked, 7); // nothing was stored
}

void TestStoredCli::saveNeedsABoardAndKeepsTheStoredOne() {
    VERIFY_EXITED(save(), 0);
    const Outcome noBoard =
        run({QStringLiteral("verify"), QStringLiteral("--save"), QStringLiteral("--client-id"),
             QString::fromLatin1(SimulatedGreenhouse::ClientId)},
            Secret);
    VERIFY_EXITED(noBoard, 2);
    QVERIFY(noBoard.err.contains("--board-token"));
    const Outcome checked = run({QStringLiteral("verify"), QStringLiteral("--from-keychain")});
    VERIFY_EXITED(checked, 0); // the connection stored before is untouched
}

// `verify --save` over a stored connection with another secret says what to revoke, as the wizard's Replace
// does: a rotated secret (the same Client ID) keeps working for up to a week, which the simulator plays;
// another credential until it is revoked. Saving the same secret again says nothing.
void TestStoredCli::replacingSaysWhatToRevoke() {
    m_sim->scenario().secretRotated = true;
    const QString clientId = QString::fromLatin1(SimulatedGreenhouse::ClientId);
    const auto saveText = [this](const char *id, const QByteArray &secret) {
        return run({QStringLiteral("verify"), QStringLiteral("--save"), QStringLiteral("--client-id"),
                    QString::fromLatin1(id), QStringLiteral("--board-token"), QStringLiteral("acme")},
                   secret);
    };
    VERIFY_EXITED(save(), 0);
    const QByteArray rotated = SimulatedGreenhouse::RotatedClientSecret;
    const Outcome again = saveText(SimulatedGreenhouse::ClientId, Secret);
    VERIFY_EXITED(again, 0);
    QVERIFY2(!again.out.contains("revoke"), again.describe().constData());

    const Outcome rotation = saveText(SimulatedGreenhouse::ClientId, rotated);
    VERIFY_EXITED(rotation, 0);
    QVERIFY2(rotation.out.contains("The old secret keeps working for up to a week") &&
                 rotation.out.contains(clientId.toUtf8()),
             rotation.describe().constData());
    QVERIFY(!rotation.out.contains(rotated) && !rotation.err.contains(rotated));
    // Both secrets work during the week; the stored one is the new one.
    VERIFY_EXITED(run({QStringLiteral("verify"), QStringLiteral("--client-id"), clientId}, Secret), 0);
    m_sim->clearSeen();
    VERIFY_EXITED(run({QStringLiteral("verify"), QStringLiteral("--from-keychain")}), 0);
    QVERIFY(!m_sim->seen().isEmpty());
    const QByteArray rotatedBasic = "Basic " + (clientId.toUtf8() + ':' + rotated).toBase64();
    bool sentRotated = false;
    for (const jt::sim::SeenRequest &request : m_sim->seen())
        sentRotated = sentRotated || request.authorization == rotatedBasic;
    QVERIFY(sentRotated);

    const Outcome other =
        saveText(SimulatedGreenhouse::OtherClientId, SimulatedGreenhouse::OtherClientSecret);
    VERIFY_EXITED(other, 0);
    QVERIFY2(other.out.contains("revoke the old one") &&
                 other.out.contains(QByteArray("the credential with Client ID ") + clientId.toUtf8()),
             other.describe().constData());
}

void TestStoredCli::badInputOutranksNothingStored() {
    const Outcome outcome = run({QStringLiteral("verify"), QStringLiteral("--from-keychain"),
                                 QStringLiteral("--timeout"), QStringLiteral("0")});
    VERIFY_EXITED(outcome, 2); // input is the first stage, the keychain the last
}

void TestStoredCli::saveWithoutKeychainExits7() {
#ifdef Q_OS_WIN
    QSKIP("Windows' Credential Manager is part of the system: there is no session without a keychain");
#endif
    const Outcome outcome =
        run({QStringLiteral("verify"), QStringLiteral("--save"), QStringLiteral("--client-id"),
             QString::fromLatin1(SimulatedGreenhouse::ClientId), QStringLiteral("--board-token"),
             QStringLiteral("acme"), QStringLiteral("--format"), QStringLiteral("json")},
            Secret,
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/jobtarget-test-bus"),
             QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")});
    VERIFY_EXITED(outcome, 7);
    const QJsonObject json = outcome.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("saved")).toBool(true), false);
    QVERIFY(!json.value(QStringLiteral("keychain_error")).toString().isEmpty());
    // The checks themselves passed and are reported; nothing fell back to a file.
    QCOMPARE(json.value(QStringLiteral("board")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("found"));
    QFile settings(settingsFile());
    QVERIFY(!settings.exists() ||
            (settings.open(QIODevice::ReadOnly) && !settings.readAll().contains("acme")));
}

// The settings cannot be written (here: the config folder is a file; a full disk alike). This printed
// "Stored in the keychain." and exited 0 with the secret in the keychain and no settings: now exit 7 with
// the reason, and the keychain put back as it was (empty), so nothing half-stored is left.
void TestStoredCli::saveWithUnwritableSettingsStoresNothing() {
    clearKeyring();
    QVERIFY(!keyringHolds(Secret)); // earlier tests share the keyring
#ifdef Q_OS_WIN
    // The user's settings file is a folder (Windows takes the settings' place from the profile).
    QVERIFY(QDir().mkpath(settingsFile()));
    const QStringList unwritable;
#else
    const QString notAFolder = m_home->filePath(QStringLiteral("config-is-a-file"));
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QStringList unwritable{QStringLiteral("XDG_CONFIG_HOME=") + notAFolder};
#endif
    const Outcome outcome =
        run({QStringLiteral("verify"), QStringLiteral("--save"), QStringLiteral("--client-id"),
             QString::fromLatin1(SimulatedGreenhouse::ClientId), QStringLiteral("--board-token"),
             QStringLiteral("acme"), QStringLiteral("--format"), QStringLiteral("json")},
            Secret, unwritable);
    VERIFY_EXITED(outcome, 7);
    const QJsonObject json = outcome.json();
    QCOMPARE(json.value(QStringLiteral("saved")).toBool(true), false);
    QVERIFY2(json.value(QStringLiteral("keychain_error"))
                 .toString()
                 .contains(QStringLiteral("settings could not be written")),
             outcome.describe().constData());
    // The keychain holds nothing of it: a later save with working settings starts clean, and the secret
    // was put back out.
    const Outcome after = run({QStringLiteral("verify"), QStringLiteral("--from-keychain"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_EXITED(after, 7);
    QVERIFY2(!after.out.contains(Secret) && !after.err.contains(Secret), after.describe().constData());
    QVERIFY2(!keyringHolds(Secret), "the secret stayed in the keychain without its settings");
}

// A stored value is checked as the same value typed would be: a board token "../../v3/jobs" became the
// request path /v1/v3/jobs, a token with markup or kilobytes of right-to-left text reached a notification.
// Now the stored connection is damaged (exit 7, the value named and never shown), and nothing is sent.
void TestStoredCli::damagedStoredValueSendsNothing_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    const auto row = [](const char *tag, const char *key, const QString &value, const char *named) {
        QTest::newRow(tag) << QString::fromLatin1(key) << value << QString::fromLatin1(named);
    };
    row("board token that is a path", "boardToken", QStringLiteral("../../v3/jobs"), "job board token");
    row("board token with markup", "boardToken", QStringLiteral("<a href=x>acme</a>"), "job board token");
    QString rightToLeft(QChar(0x202e));
    while (rightToLeft.toUtf8().size() < 5000)
        rightToLeft += QString::fromUtf8("\xd7\x90\xd7\x91");
    row("board token of 5 KB right-to-left text", "boardToken", rightToLeft, "job board token");
    row("Client ID with a colon", "clientId", QStringLiteral("jobtarget-4417:x"), "Client ID");
    row("user ID that is no number", "userId", QStringLiteral("1 OR 1=1"), "Site Admin user ID");
    row("credential kind v9", "kind", QStringLiteral("v9"), "credential kind");
    row("time of the last check", "verifiedAt", QStringLiteral("not-a-date"), "time of the last check");
}

void TestStoredCli::damagedStoredValueSendsNothing() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, named);
    VERIFY_EXITED(save(), 0);
    // Planted as a person or another program would edit the file: written in place. (QSettings' own write
    // renames a new file over it, which Windows refuses while any process has the file open; under a loaded
    // Wine that refusal lasted 10 s once.) Written again until it takes, and why not said if it never does.
    const QString planted = m_home->filePath(QStringLiteral("planted.ini"));
    QFile::remove(planted);
    QVERIFY(QFile::copy(settingsFile(), planted));
    {
        QSettings settings(planted, QSettings::IniFormat);
        settings.setValue(QStringLiteral("connection/") + key, value);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    QFile source(planted);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray content = source.readAll();
    QString whyNot;
    const auto plant = [&] {
        QFile target(settingsFile());
        if (target.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
            target.write(content) == content.size() && target.flush())
            return true;
        whyNot = target.errorString();
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(plant(), qPrintable(whyNot), 30000);
    m_sim->clearSeen();
    const Outcome checked = run({QStringLiteral("verify"), QStringLiteral("--from-keychain"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_EXITED(checked, 7);
    const QString error = checked.json().value(QStringLiteral("error")).toString();
    QVERIFY2(error.startsWith(QStringLiteral("The stored connection is damaged; save it again.")) &&
                 error.contains(named) && !error.contains(value),
             checked.describe().constData());
    const QByteArray firstSeen = m_sim->seen().isEmpty() ? QByteArray() : m_sim->seen().first().target;
    QVERIFY2(m_sim->seen().isEmpty(), QByteArray("the simulator saw " + firstSeen).constData());

    const Outcome summary = run({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("md"),
                                 QStringLiteral("--output"), QStringLiteral("-")});
    VERIFY_EXITED(summary, 7);
    QVERIFY2(QString::fromUtf8(summary.err).contains(QStringLiteral("The stored connection is damaged")),
             summary.describe().constData());
    QVERIFY(summary.out.isEmpty());

    // Saving again mends it.
    VERIFY_EXITED(save(), 0);
    VERIFY_EXITED(run({QStringLiteral("verify"), QStringLiteral("--from-keychain")}), 0);
}

// The settings name the credential and hold its secret's fingerprint: readable by their owner only (0600),
// in a folder of the owner's only (0700), also after a later save replaced the file.
void TestStoredCli::settingsAreOwnerOnly() {
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    QSKIP("Windows: the settings file lies in the profile (%APPDATA%), whose inherited access list already "
          "excludes other users (macOS: the user's own preferences folder); not narrowed further");
#else
    VERIFY_EXITED(save(), 0);
    const auto modeOf = [](const QString &path) {
        struct stat status {};
        return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777) : -1;
    };
    QCOMPARE(modeOf(settingsFile()), 0600);
    QCOMPARE(modeOf(QFileInfo(settingsFile()).absolutePath()), 0700);
    VERIFY_EXITED(save(), 0);
    QCOMPARE(modeOf(settingsFile()), 0600);
    QCOMPARE(modeOf(QFileInfo(settingsFile()).absolutePath()), 0700);
#endif
}

void TestStoredCli::summaryInEveryFormat() {
    VERIFY_EXITED(save(), 0);
    for (const QString &format :
         {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("pdf")}) {
        const QString path = m_home->filePath(QStringLiteral("summary.") + format);
        const Outcome outcome = run({QStringLiteral("summary"), QStringLiteral("--format"), format,
                                     QStringLiteral("--output"), path});
        VERIFY_EXITED(outcome, 0);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        VERIFY_NOT_OWNER_ONLY(path); // no secret: the folder's usual access
        if (format == QLatin1String("pdf"))
            QVERIFY(bytes.startsWith("%PDF-"));
        else
            QVERIFY2(bytes.contains("acme") && bytes.contains(SimulatedGreenhouse::ClientId),
                     qPrintable(path));
    }
    // Only with the explicit flag, and then readable by the owner alone.
    const QString withSecret = m_home->filePath(QStringLiteral("with-secret.md"));
    const Outcome outcome = run({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("md"),
                                 QStringLiteral("--output"), withSecret, QStringLiteral("--include-secret")});
    VERIFY_EXITED(outcome, 0);
    QFile file(withSecret);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(Secret));
    // Mode 0600; on Windows an access list that only the owner is on.
    VERIFY_OWNER_ONLY(withSecret);
}

// The paper is where the admin is: English chosen with --lang on a British system prints on A4, on an
// American one on Letter (the PDF's page box, in points).
void TestStoredCli::summaryPaperIsTheRegionsNotTheLanguages_data() {
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("mediaBox");
    const QByteArray a4("/MediaBox [0 0 595"), letter("/MediaBox [0 0 612");
    QTest::newRow("English in Britain") << "en_GB.UTF-8"
                                        << "en" << a4;
    QTest::newRow("English in the US") << "en_US.UTF-8"
                                       << "en" << letter;
    QTest::newRow("French in Canada") << "fr_CA.UTF-8"
                                      << "fr" << letter;
    QTest::newRow("German in Germany") << "de_DE.UTF-8"
                                       << "de" << a4;
}

void TestStoredCli::summaryPaperIsTheRegionsNotTheLanguages() {
#ifdef Q_OS_WIN
    QSKIP("Windows takes the region from the user's settings, not from LC_ALL: not set from a test");
#endif
    QFETCH(QString, system);
    QFETCH(QString, language);
    QFETCH(QByteArray, mediaBox);
    VERIFY_EXITED(save(), 0);
    const QString path = m_home->filePath(QStringLiteral("paper.pdf"));
    QFile::remove(path);
    const Outcome outcome =
        run({QStringLiteral("summary"), QStringLiteral("--lang"), language, QStringLiteral("--output"), path},
            {}, {QStringLiteral("LC_ALL=") + system});
    VERIFY_EXITED(outcome, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY2(pdf.contains(mediaBox), pdf.mid(pdf.indexOf("/MediaBox"), 40).constData());
}

void TestStoredCli::summaryWithoutStoredConnection() {
    const Outcome outcome = run({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("md"),
                                 QStringLiteral("--output"), m_home->filePath(QStringLiteral("x.md"))});
    VERIFY_EXITED(outcome, 7);
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("x.md"))));
}

// A symlink planted where the summary goes (in a shared folder: to the admin's SSH key, say) is never
// followed, a FIFO, device or folder never replaced: exit 2, and the target is untouched.
void TestStoredCli::summaryWritesOnlyRegularFiles() {
    VERIFY_EXITED(save(), 0);
    const QString victim = m_home->filePath(QStringLiteral("victim.txt"));
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    const QString folder = m_home->filePath(QStringLiteral("summary-folder.md"));
    QVERIFY(QDir().mkpath(folder));
#ifdef Q_OS_WIN
    // Windows has no FIFOs in its file system and its null device is NUL; QFile::link makes a shortcut
    // (.lnk) there, a plain file that nothing follows, and symbolic links need an administrator.
    const QStringList refused{folder, QStringLiteral("NUL")};
#else
    const QString link = m_home->filePath(QStringLiteral("summary-link.md"));
    QVERIFY(QFile::link(victim, link));
    const QString fifo = m_home->filePath(QStringLiteral("summary-fifo.md"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QStringList refused{link, fifo, folder, QStringLiteral("/dev/null")};
#endif
    for (const QString &path : refused) {
        const Outcome outcome =
            run({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("md"),
                 QStringLiteral("--output"), path, QStringLiteral("--include-secret")});
        VERIFY_EXITED(outcome, 2);
        QVERIFY2(!outcome.err.contains(Secret), outcome.describe().constData());
    }
    QFile file(victim);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
#ifndef Q_OS_WIN
    QVERIFY(QFileInfo(link).isSymLink());
#endif
    QVERIFY(QFileInfo(folder).isDir());
}

// The same rules as verify: an unknown option is named by position, never quoted; an option twice is refused.
void TestStoredCli::summaryOptionsAreCheckedLikeVerify() {
    const QString output = m_home->filePath(QStringLiteral("s.md"));
    const Outcome unknown = run({QStringLiteral("summary"), QStringLiteral("--output"), output,
                                 QStringLiteral("--") + QString::fromLatin1(Secret)});
    VERIFY_EXITED(unknown, 2);
    QVERIFY2(!unknown.err.contains(Secret) && unknown.err.contains("Argument 3"),
             unknown.describe().constData());
    const Outcome typo = run({QStringLiteral("summary"), QStringLiteral("--outptu"), output});
    VERIFY_EXITED(typo, 2);
    QVERIFY2(typo.err.contains("--output?") && !typo.err.contains("outptu"), typo.describe().constData());
    const Outcome twice = run({QStringLiteral("summary"), QStringLiteral("--output"), output,
                               QStringLiteral("--output=") + output});
    VERIFY_EXITED(twice, 2);
    QVERIFY2(twice.err.contains("given twice"), twice.describe().constData());
    QVERIFY(!QFile::exists(output));
}

// --lang picks the shipped translation: the same refusal, in German, French and Spanish (the JSON's words
// stay).
void TestStoredCli::messagesInTheChosenLanguage() {
    const QStringList arguments{QStringLiteral("verify"), QStringLiteral("--from-keychain"),
                                QStringLiteral("--format"), QStringLiteral("json")};
    const Outcome english = run(arguments);
    VERIFY_EXITED(english, 7);
    const QString englishError = english.json().value(QStringLiteral("error")).toString();
    QVERIFY(englishError.startsWith(QStringLiteral("No connection is stored yet")));
    QSet<QString> seen{englishError};
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}) {
        const Outcome translated = run(arguments + QStringList{QStringLiteral("--lang"), language});
        VERIFY_EXITED(translated, 7);
        const QString error = translated.json().value(QStringLiteral("error")).toString();
        QVERIFY2(!error.isEmpty() && !seen.contains(error),
                 qPrintable(language + QStringLiteral(": ") + error));
        QVERIFY(
            error.contains(QStringLiteral("jobtarget-setup verify --save"))); // a command is not translated
        seen.insert(error);
    }
}

QTEST_GUILESS_MAIN(TestStoredCli)
#include "tst_stored_cli.moc"

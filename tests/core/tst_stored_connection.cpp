// The stored connection's settings read back (ConnectionSettings, ConnectionStore): every value is checked by
// the rule its typed input follows, so that a damaged or edited settings file reaches neither a request nor a
// notification, and the admin is told which value (never the value itself). And the file is its owner's only.

#include "platform/OwnerOnlyFile.h"
#include "store/ConnectionStore.h"
#include "store/StoredConnection.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace jt;

namespace {

const QString Secret = QStringLiteral("stored-connection-test-secret-7Hq2");

StoredConnection wholeConnection(CredentialKind kind = CredentialKind::HarvestV3) {
    StoredConnection connection;
    connection.kind = kind;
    if (kind == CredentialKind::HarvestV3) {
        connection.clientId = QStringLiteral("jobtarget-4417");
        connection.userId = QStringLiteral("12345");
    }
    connection.boardToken = QStringLiteral("acme");
    connection.boardName = QStringLiteral("Acme Robotics & Sons");
    connection.secretFingerprint = StoredConnection::fingerprintOf(Secret);
    connection.verifiedAt = QDateTime(QDate(2026, 11, 28), QTime(17, 40), Qt::UTC);
    connection.report = QJsonObject{{QStringLiteral("ok"), true}};
    return connection;
}

QString rightToLeftKilobytes() {
    QString text(QChar(0x202e));
    while (text.toUtf8().size() < 5000)
        text += QString::fromUtf8("\xd7\x90\xd7\x91\xe2\x81\xa7"); // alef, bet, a right-to-left isolate
    return text;
}

// A keychain that holds one secret and counts how often it is read.
class CountingKeychain final : public KeychainBackend {
public:
    explicit CountingKeychain(int *reads)
        : m_reads(reads) {}
    void write(const QString &, const QString &, const QString &secret, Done done) override {
        m_secret = secret;
        QTimer::singleShot(0, [done] { done({}); });
    }
    void read(const QString &, const QString &, Done done) override {
        ++*m_reads;
        QTimer::singleShot(0, [done, secret = m_secret] { done({KeychainCode::NoError, {}, secret}); });
    }
    void remove(const QString &, const QString &, Done done) override {
        QTimer::singleShot(0, [done] { done({}); });
    }

private:
    int *m_reads;
    QString m_secret = Secret;
};

} // namespace

class TestStoredConnection : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString path() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(path(), QSettings::IniFormat);
    }

    void cleanup() {
        m_settings.reset();
        m_dir.reset();
    }

    void wholeConnectionsLoad_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("v3") << int(CredentialKind::HarvestV3);
        QTest::newRow("v1") << int(CredentialKind::HarvestV1);
    }
    void wholeConnectionsLoad() {
        QFETCH(int, kind);
        const StoredConnection saved = wholeConnection(CredentialKind(kind));
        ConnectionSettings settings(*m_settings);
        QVERIFY(settings.save(saved));
        const auto loaded = settings.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->kind, saved.kind);
        QCOMPARE(loaded->clientId, saved.clientId);
        QCOMPARE(loaded->userId, saved.userId);
        QCOMPARE(loaded->boardToken, saved.boardToken);
        QCOMPARE(loaded->boardName, saved.boardName);
        QCOMPARE(loaded->secretFingerprint, saved.secretFingerprint);
        QCOMPARE(loaded->verifiedAt, saved.verifiedAt);
        QCOMPARE(loaded->report, saved.report);
        QVERIFY(!settings.isDamaged());
        QVERIFY(settings.damagedValue().isEmpty());
    }

    // Each value that breaks the rule of its typed input: not loaded, named, and the value never in the
    // message.
    void damagedValuesAreRefusedAndNamed_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        const auto row = [](const char *tag, const char *key, const QString &value, const char *named) {
            QTest::newRow(tag) << QString::fromLatin1(key) << value << QString::fromLatin1(named);
        };
        const char *token = "job board token";
        row("token that is a path", "boardToken", QStringLiteral("../../v3/jobs"), token);
        row("token with markup", "boardToken", QStringLiteral("<b>acme</b>"), token);
        row("token of 5 KB right-to-left text", "boardToken", rightToLeftKilobytes(), token);
        row("token in capitals (never stored so)", "boardToken", QStringLiteral("ACME"), token);
        row("token as an address", "boardToken", QStringLiteral("https://boards.greenhouse.io/acme"), token);
        row("token with a line break", "boardToken", QStringLiteral("acme\nx"), token);
        const char *clientId = "Client ID";
        row("Client ID with a colon", "clientId", QStringLiteral("jobtarget:4417"), clientId);
        row("Client ID with a direction override", "clientId",
            QStringLiteral("jobtarget-4417") + QChar(0x202e), clientId);
        row("Client ID of 5 KB", "clientId", QString(5000, u'a'), clientId);
        row("Client ID with spaces around", "clientId", QStringLiteral(" jobtarget-4417"), clientId);
        row("user ID that is no number", "userId", QStringLiteral("12a"), "Site Admin user ID");
        row("user ID as an address", "userId",
            QStringLiteral("https://app.greenhouse.io/account/users/12345"), "Site Admin user ID");
        row("credential kind v2", "kind", QStringLiteral("v2"), "credential kind");
        row("board name with a terminal escape", "boardName", QStringLiteral("Acme\x1b]0;owned\a"),
            "job board name");
        row("board name of 5 KB", "boardName", rightToLeftKilobytes(), "job board name");
        row("fingerprint of another shape", "secretFingerprint", QStringLiteral("md5:0123456789abcdef"),
            "fingerprint of the secret");
        row("time that is no time", "verifiedAt", QStringLiteral("yesterday"), "time of the last check");
        row("result that is no JSON", "report", QStringLiteral("{\"ok\": tru"), "result of the last check");
        row("result that is a list", "report", QStringLiteral("[1, 2]"), "result of the last check");
    }
    void damagedValuesAreRefusedAndNamed() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, named);
        ConnectionSettings settings(*m_settings);
        QVERIFY(settings.save(wholeConnection()));
        m_settings->setValue(QStringLiteral("connection/") + key, value);
        m_settings->sync();

        QVERIFY(!settings.load());
        QVERIFY(settings.isDamaged());
        QCOMPARE(settings.damagedValue(), named);

        int reads = 0;
        SecretStore secrets(std::make_unique<CountingKeychain>(&reads), QStringLiteral("test"));
        ConnectionStore store(secrets, settings);
        QVERIFY(!store.stored());
        const KeychainResult why = store.whyNoneStored();
        QCOMPARE(why.problem, KeychainProblem::Incomplete); // saving again mends it, as a cut-short save
        QVERIFY2(why.message.startsWith(QStringLiteral("The stored connection is damaged; save it again.")),
                 qPrintable(why.message));
        QVERIFY2(why.message.contains(named), qPrintable(why.message));
        QVERIFY2(!why.message.contains(value), qPrintable(why.message));

        // Loading says the same, and the keychain is not even asked.
        std::optional<ConnectionStore::Loaded> loaded;
        store.load([&loaded](ConnectionStore::Loaded result) { loaded = std::move(result); });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(!loaded->connection);
        QVERIFY(loaded->secret.isEmpty());
        QCOMPARE(loaded->keychain.problem, KeychainProblem::Incomplete);
        QCOMPARE(loaded->keychain.message, why.message);
        QCOMPARE(reads, 0);
    }

    // A value a legacy API key never has: a v1 connection with a Client ID was not saved so.
    void legacyKeyWithAClientIdIsDamaged() {
        ConnectionSettings settings(*m_settings);
        QVERIFY(settings.save(wholeConnection(CredentialKind::HarvestV1)));
        m_settings->setValue(QStringLiteral("connection/clientId"), QStringLiteral("jobtarget-4417"));
        m_settings->sync();
        QVERIFY(!settings.load());
        QCOMPARE(settings.damagedValue(), QStringLiteral("Client ID"));
    }

    // A value missing is a write cut short: incomplete, said with the words the contract names.
    void missingValuesAreIncomplete_data() {
        QTest::addColumn<QString>("key");
        for (const char *key : {"kind", "clientId", "boardToken", "secretFingerprint", "verifiedAt"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void missingValuesAreIncomplete() {
        QFETCH(QString, key);
        ConnectionSettings settings(*m_settings);
        QVERIFY(settings.save(wholeConnection()));
        m_settings->remove(QStringLiteral("connection/") + key);
        m_settings->sync();
        QVERIFY(!settings.load());
        QVERIFY(settings.isDamaged());
        QVERIFY(settings.damagedValue().isEmpty());
        int reads = 0;
        SecretStore secrets(std::make_unique<CountingKeychain>(&reads), QStringLiteral("test"));
        ConnectionStore store(secrets, settings);
        QCOMPARE(store.whyNoneStored().message, SecretStore::messageFor(KeychainProblem::Incomplete));
    }

    void nothingStoredIsNotDamaged() {
        ConnectionSettings settings(*m_settings);
        QVERIFY(!settings.load());
        QVERIFY(!settings.isDamaged());
        QVERIFY(settings.damagedValue().isEmpty());
    }

    // The settings hold the secret's fingerprint and where it is used: readable by their owner only, from
    // the first save on, after QSettings replaced the file with each write, and after removing.
    void settingsFileIsOwnerOnly() {
#ifdef Q_OS_WIN
        QSKIP(
            "Windows: the settings file lies in the profile (%APPDATA%), whose inherited access list already "
            "excludes other users; not narrowed further (README, Platforms)");
#endif
        {
            // A file there before (the wizard's progress), with the usual mode.
            QFile before(path());
            QVERIFY(before.open(QIODevice::WriteOnly));
            before.write("[progress]\nstep=3\n");
            before.close();
            QVERIFY(before.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther));
            QVERIFY(!isOwnerOnly(path()));
        }
        m_settings = std::make_unique<QSettings>(path(), QSettings::IniFormat);
        ConnectionSettings settings(*m_settings);
        QVERIFY(settings.save(wholeConnection()));
        QVERIFY(isOwnerOnly(path()));
        StoredConnection other = wholeConnection();
        other.boardToken = QStringLiteral("othercorp");
        QVERIFY(settings.save(other));
        QVERIFY(isOwnerOnly(path()));
        QCOMPARE(m_settings->value(QStringLiteral("progress/step")).toInt(), 3); // the rest is kept
        settings.clear();
        QVERIFY(isOwnerOnly(path()));

        // A first save, with no file yet.
        const QString fresh = m_dir->filePath(QStringLiteral("fresh/settings.ini"));
        QSettings freshSettings(fresh, QSettings::IniFormat);
        ConnectionSettings freshConnection(freshSettings);
        QVERIFY(freshConnection.save(wholeConnection()));
        QVERIFY(isOwnerOnly(fresh));
    }
};

QTEST_GUILESS_MAIN(TestStoredConnection)
#include "tst_stored_connection.moc"

// The Greenhouse clients one by one: token handling, board discovery, the board's job list.
#include "SimFixture.h"
#include "greenhouse/HarvestV3Client.h"
#include "greenhouse/JobBoardClient.h"
#include "net/ServerText.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace jt;
using namespace jt::sim;
using namespace jt::test;

class ClientsTest : public QObject {
    Q_OBJECT
    SimulatedGreenhouse *m_sim = nullptr;

    template <typename Result, typename Start> static Result await(Start start) {
        std::optional<Result> result;
        start([&result](Result value) { result = std::move(value); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            QTest::qFail("no result within 20 s", __FILE__, __LINE__); // never a default that might pass
        return result.value_or(Result{});
    }

private slots:
    void init() {
        m_sim = new SimulatedGreenhouse(this);
        QVERIFY(m_sim->start());
    }
    void cleanup() {
        delete m_sim;
        m_sim = nullptr;
    }

    void tokenExpiryFields() {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc());
        const auto expiry = [&](const char *json) {
            return now.secsTo(HarvestV3Client::expiryOf(QJsonDocument::fromJson(json).object(), now));
        };
        QCOMPARE(expiry(R"({"expires_in": 900})"), 900);
        QCOMPARE(expiry(R"({"expires_in": "900"})"), 900);
        QCOMPARE(expiry(R"({"expires_at": "2027-01-15T08:15:00Z"})"), 900);
        QCOMPARE(expiry(R"({"expires_at": "2027-01-15T08:15:00.000Z"})"), 900);
        QCOMPARE(expiry(R"({"expires": 900})"), 900);
        QCOMPARE(expiry(R"({"expires": 1800000900})"), 900); // seen as an epoch time too
        QCOMPARE(expiry(R"({"expires_at": "nonsense"})"), 3600);
        QCOMPARE(expiry(R"({})"), 3600);
        // Numbers no token can have are never cast (1e30 to an integer is undefined behaviour): a negative
        // one is ignored, a huge lifetime is capped at a day (found by fuzzing: it was ignored, and a past
        // "expires" beside it made the fresh token expired on arrival).
        QCOMPARE(expiry(R"({"expires_in": 1e30})"), 86400);
        QCOMPARE(expiry(R"({"expires_in": 483303333160, "expires": "01374092143"})"), 86400);
        QCOMPARE(expiry(R"({"expires_in": 172800})"), 86400);
        QCOMPARE(expiry(R"({"expires_in": -5, "expires": 1e300})"), 3600);
        QCOMPARE(expiry(R"({"expires_in": "900.0"})"), 900);
    }

    void tokenIsReused() {
        HttpTransport transport(quickTransport());
        HarvestV3Client client(&transport, endpointsOf(*m_sim),
                               QString::fromLatin1(SimulatedGreenhouse::ClientId),
                               QString::fromLatin1(SimulatedGreenhouse::ClientSecret), QString());
        for (int i = 0; i < 3; ++i) {
            const auto outcome = await<CredentialOutcome>([&](auto done) { client.authenticate(done); });
            QCOMPARE(outcome.status, CredentialStatus::Accepted);
        }
        const auto &permission = requiredPermissions(CredentialKind::HarvestV3).first();
        const auto probe = await<ProbeOutcome>([&](auto done) { client.probe(permission, done); });
        QCOMPARE(probe.status, PermissionStatus::Granted);
        QCOMPARE(m_sim->tokensIssued(), 1);
        // The secret went only to the token endpoint, as Basic auth; Harvest saw only the bearer token.
        for (const SeenRequest &seen : m_sim->seen()) {
            if (seen.api == Api::Harvest)
                QVERIFY(seen.authorization.startsWith("Bearer "));
            QVERIFY(!seen.target.contains(SimulatedGreenhouse::ClientSecret));
            QVERIFY(!seen.body.contains(SimulatedGreenhouse::ClientSecret));
        }
    }

    void boardDiscovery() {
        HttpTransport transport(quickTransport());
        HarvestV3Client client(&transport, endpointsOf(*m_sim),
                               QString::fromLatin1(SimulatedGreenhouse::ClientId),
                               QString::fromLatin1(SimulatedGreenhouse::ClientSecret), QString());
        auto listing = await<BoardListing>([&](auto done) { client.listBoards(done); });
        QVERIFY(listing.available);
        QStringList tokens;
        for (const VisibleBoard &board : listing.boards)
            tokens << board.token;
        QVERIFY(tokens.contains(QStringLiteral("acme")));
        QVERIFY(!tokens.contains(QStringLiteral("othercorp")));
        // Read as Greenhouse's v3 reference has it: the name is company_name, a live board is live (it was
        // "not active" when only "active" counted), the internal board is never offered.
        QVERIFY(!tokens.contains(QString::fromLatin1(SimulatedGreenhouse::InternalBoardToken)));
        const auto acme = std::find_if(listing.boards.cbegin(), listing.boards.cend(),
                                       [](const VisibleBoard &board) { return board.token == u"acme"; });
        QCOMPARE(acme->name, QStringLiteral("Acme Robotics"));
        QVERIFY(acme->live);
        m_sim->scenario().draftBoards = {QStringLiteral("quietco")};
        listing = await<BoardListing>([&](auto done) { client.listBoards(done); });
        for (const VisibleBoard &board : listing.boards)
            QCOMPARE(board.live, board.token != u"quietco");
        m_sim->scenario().draftBoards.clear();
        QVERIFY(m_sim->seen().last().target.contains("per_page=500")); // Greenhouse's maximum

        // Names arrive scrubbed; a "token" that is not one is not offered.
        m_sim->scenario().extraBoards = {
            QJsonObject{{QStringLiteral("url_token"), QStringLiteral("bad\x1b[2J")},
                        {QStringLiteral("name"), QStringLiteral("Bad")}},
            QJsonObject{
                {QStringLiteral("url_token"), QStringLiteral("Ok-Board_2")},
                {QStringLiteral("name"), QStringLiteral("A\x1b]0;t\x07\u202Eb\u2067c\u200Bd\uFEFF\r\ne")}}};
        listing = await<BoardListing>([&](auto done) { client.listBoards(done); });
        QCOMPARE(listing.boards.last().token, QStringLiteral("ok-board_2"));
        QCOMPARE(listing.boards.last().name, QStringLiteral("A]0;tbcd e"));
        for (const VisibleBoard &board : listing.boards)
            QVERIFY(!board.token.startsWith(QLatin1String("bad")));
        m_sim->scenario().extraBoards.clear();

        m_sim->scenario().jobBoardsScopeGranted = false;
        listing = await<BoardListing>([&](auto done) { client.listBoards(done); });
        QVERIFY(!listing.available);
        QVERIFY(listing.boards.isEmpty());
    }

    // More ids than Greenhouse takes in one filter are asked in groups of 50, per_page=500 each (the
    // simulator answers 422 beyond either, as a strict server): one of this account's jobs in the last
    // group is found.
    void jobLookUpInGroupsOfFifty() {
        HttpTransport transport(quickTransport());
        HarvestV3Client client(&transport, endpointsOf(*m_sim),
                               QString::fromLatin1(SimulatedGreenhouse::ClientId),
                               QString::fromLatin1(SimulatedGreenhouse::ClientSecret), QString());
        QList<qint64> ids;
        for (qint64 id = 1; id <= 119; ++id)
            ids << id; // no such jobs
        ids << 4170001001;
        m_sim->clearSeen();
        const auto outcome = await<SameAccountOutcome>([&](auto done) { client.lookupJobs(ids, done); });
        QCOMPARE(outcome.sameAccount, std::optional<bool>(true));
        int lookUps = 0;
        for (const SeenRequest &seen : m_sim->seen()) {
            if (!seen.target.startsWith("/v3/jobs?"))
                continue;
            ++lookUps;
            const QUrlQuery query(QString::fromLatin1(seen.target.mid(seen.target.indexOf('?') + 1)));
            QVERIFY(query.queryItemValue(QStringLiteral("ids")).split(QLatin1Char(',')).size() <= 50);
            QCOMPARE(query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("500"));
        }
        QCOMPARE(lookUps, 3);
        const auto none =
            await<SameAccountOutcome>([&](auto done) { client.lookupJobs(ids.mid(0, 119), done); });
        QCOMPARE(none.sameAccount, std::optional<bool>(false));
    }

    void boardJobs() {
        HttpTransport transport(quickTransport());
        JobBoardClient client(&transport, endpointsOf(*m_sim));
        const auto info =
            await<BoardInfo>([&](auto done) { client.fetchBoard(QStringLiteral("acme"), done); });
        QCOMPARE(info.lookup, BoardLookup::Found);
        QCOMPARE(info.name, QStringLiteral("Acme Robotics"));
        const auto jobs =
            await<BoardJobs>([&](auto done) { client.fetchJobs(QStringLiteral("acme"), done); });
        QCOMPARE(jobs.lookup, BoardLookup::Found);
        QCOMPARE(jobs.jobs.size(), 13); // 12 jobs and a prospect post
        QVERIFY(!jobs.jobs.first().title.isEmpty());
        const auto missing =
            await<BoardInfo>([&](auto done) { client.fetchBoard(QStringLiteral("nope"), done); });
        QCOMPARE(missing.lookup, BoardLookup::NotFound);
    }

    // The one scrubber: controls, direction overrides and isolates, invisible characters.
    void serverTextIsScrubbed() {
        QCOMPARE(plainServerValue(QStringLiteral("\x1b[31mRed\x1b[0m \u202Egnp.exe\u202C\u200B\a")),
                 QStringLiteral("[31mRed[0m gnp.exe"));
        QCOMPARE(plainServerValue(QStringLiteral("  two\r\nlines\u2028  ")), QStringLiteral("two lines"));
        QCOMPARE(plainServerValue(QStringLiteral("Zürich – 東京")), QStringLiteral("Zürich – 東京"));
        QCOMPARE(safeServerText("{\"message\": \"Bad\\u001b]0;x\\u0007 \\u2066thing\\u2069\"}", {}),
                 QStringLiteral("Bad]0;x thing"));
        QCOMPARE(scrubEchoes(QStringLiteral("key\u200Babc123 \u0085!"), {"abc123"}),
                 QStringLiteral("key… !"));
    }

    void jobParsingAndSampling() {
        QVERIFY(!JobBoardClient::parseJobs("<html>Sign in</html>"));
        QVERIFY(!JobBoardClient::parseJobs(R"({"jobs": {}})"));
        QCOMPARE(JobBoardClient::parseJobs(R"({"jobs": [], "meta": {"total": 0}})")->size(), 0);
        const auto jobs = JobBoardClient::parseJobs(
            R"({"jobs":[{"id":1,"internal_job_id":null,"title":" Talent  pool "},{"id":2,"internal_job_id":11},
                {"id":3,"internal_job_id":11},{"id":4,"internal_job_id":12},{"id":5,"internal_job_id":13},
                {"id":6,"internal_job_id":14}]})");
        QVERIFY(jobs);
        QCOMPARE(jobs->first().title, QStringLiteral("Talent pool"));
        QCOMPARE(jobs->first().internalJobId, 0);
        // Prospect posts (no job id) are skipped, duplicates counted once, the sample spread over the board.
        QCOMPARE(JobBoardClient::sampleJobIds(*jobs, 3), (QList<qint64>{11, 12, 14}));
        QCOMPARE(JobBoardClient::sampleJobIds(jobs->mid(0, 3), 3), (QList<qint64>{11}));
        // A sample of one is the first job (this divided by zero), of none is empty.
        QCOMPARE(JobBoardClient::sampleJobIds(*jobs, 1), (QList<qint64>{11}));
        QCOMPARE(JobBoardClient::sampleJobIds(*jobs, 0), QList<qint64>());
        // Ids that are not whole numbers a JSON number holds exactly are no ids (not a cast of 1e30).
        const auto odd = JobBoardClient::parseJobs(
            R"({"jobs":[{"id":1e30,"internal_job_id":-1e300},{"id":"7","internal_job_id":2.5},
                {"id":9007199254740993,"internal_job_id":"12"}]})");
        QVERIFY(odd);
        QCOMPARE(odd->at(0).postId, 0);
        QCOMPARE(odd->at(0).internalJobId, 0);
        QCOMPARE(odd->at(1).postId, 7);
        QCOMPARE(odd->at(1).internalJobId, 0);
        QCOMPARE(odd->at(2).internalJobId, 12);
    }
};

QTEST_GUILESS_MAIN(ClientsTest)
#include "tst_clients.moc"

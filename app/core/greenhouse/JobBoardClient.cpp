#include "JobBoardClient.h"

#include "net/JsonNumber.h"

#include "net/ByteSize.h"
#include "net/ServerText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jt {

using namespace byte_size;

namespace {
// A board's job list without content is about 0.5 KB a job: 8 MB is some 16,000 jobs, more than the largest
// boards have. The cap bounds memory too: the answer and its parsed JSON are held at once, and JSON of many
// tiny objects takes some ten times its size once parsed.
constexpr qint64 MaxBoardBytes = 8_MiB;

bool isGreenhouseNotFound(const HttpResponse &response) {
    return response.answered() && response.status == 404 && QJsonDocument::fromJson(response.body).isObject();
}
} // namespace

JobBoardClient::JobBoardClient(HttpTransport *transport, GreenhouseEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoints(std::move(endpoints)) {}

void JobBoardClient::fetchBoard(const QString &token, std::function<void(BoardInfo)> done) {
    HttpRequest request;
    request.url = GreenhouseEndpoints::join(m_endpoints.boards, QStringLiteral("/v1/boards/%1").arg(token));
    request.maxBodyBytes = 4_MiB;
    HttpCall *call = m_transport->send(std::move(request));
    connect(call, &HttpCall::finished, this, [call, done = std::move(done)] {
        const HttpResponse &response = call->response();
        BoardInfo info;
        info.problem = response.problem;
        info.detail = response.detail;
        if (isGreenhouseNotFound(response)) {
            info.lookup = BoardLookup::NotFound;
        } else if (response.answered()) {
            const QJsonObject board = QJsonDocument::fromJson(response.body).object();
            const QJsonValue name = board.value(QLatin1String("name"));
            if (response.status == 200 && name.isString()) {
                info.lookup = BoardLookup::Found;
                info.name = plainServerValue(name.toString());
            } else {
                info.problem = NetworkProblem::UnexpectedAnswer;
                info.detail =
                    QStringLiteral("HTTP %1 without the board Greenhouse sends").arg(response.status);
            }
        }
        done(info);
    });
}

void JobBoardClient::fetchJobs(const QString &token, std::function<void(BoardJobs)> done) {
    HttpRequest request;
    request.url =
        GreenhouseEndpoints::join(m_endpoints.boards, QStringLiteral("/v1/boards/%1/jobs").arg(token));
    request.maxBodyBytes = MaxBoardBytes;
    HttpCall *call = m_transport->send(std::move(request));
    connect(call, &HttpCall::finished, this, [call, done = std::move(done)] {
        const HttpResponse &response = call->response();
        BoardJobs result;
        result.problem = response.problem;
        result.detail = response.detail;
        if (isGreenhouseNotFound(response)) {
            result.lookup = BoardLookup::NotFound;
        } else if (response.answered()) {
            const auto jobs = response.status == 200 ? parseJobs(response.body) : std::nullopt;
            if (jobs) {
                result.lookup = BoardLookup::Found;
                result.jobs = *jobs;
            } else {
                result.problem = NetworkProblem::UnexpectedAnswer;
                result.detail =
                    QStringLiteral("HTTP %1 without the job list Greenhouse sends").arg(response.status);
            }
        }
        done(result);
    });
}

std::optional<QList<BoardJob>> JobBoardClient::parseJobs(const QByteArray &body) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue jobsValue = document.object().value(QLatin1String("jobs"));
    if (!document.isObject() || !jobsValue.isArray())
        return std::nullopt;
    const QJsonArray array = jobsValue.toArray();
    QList<BoardJob> jobs;
    jobs.reserve(array.size());
    // An id is a positive whole number; anything else (found by fuzzing: -4) is no id.
    const auto idOf = [](const QJsonValue &value) {
        return std::max<qint64>(0, jsonInteger(value).value_or(0));
    };
    for (const QJsonValue value : array) {
        const QJsonObject job = value.toObject();
        BoardJob parsed;
        parsed.postId = idOf(job.value(QLatin1String("id")));
        parsed.internalJobId = idOf(job.value(QLatin1String("internal_job_id")));
        parsed.title = plainServerValue(job.value(QLatin1String("title")).toString());
        parsed.location = plainServerValue(
            job.value(QLatin1String("location")).toObject().value(QLatin1String("name")).toString());
        jobs.append(std::move(parsed));
    }
    return jobs;
}

QList<qint64> JobBoardClient::sampleJobIds(const QList<BoardJob> &jobs, int count) {
    QList<qint64> distinct;
    for (const BoardJob &job : jobs) {
        if (job.internalJobId > 0 && !distinct.contains(job.internalJobId))
            distinct.append(job.internalJobId);
        if (distinct.size() > 64)
            break; // enough to spread a sample over
    }
    if (distinct.size() <= count || count <= 1)
        return distinct.mid(0, qMax(count, 0)); // a sample of one is the first; none of none
    QList<qint64> sample;
    for (int i = 0; i < count; ++i)
        sample.append(distinct.at(i * (distinct.size() - 1) / (count - 1)));
    return sample;
}

} // namespace jt

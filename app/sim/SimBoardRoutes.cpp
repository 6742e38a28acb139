// The simulated Job Board API (boards-api.greenhouse.io): public, no auth, ETag support.

#include "SimData.h"
#include "SimPrivate.h"

#include <QCryptographicHash>

namespace jt::sim {

namespace {

SimHttpResponse boardError(const QString &error) {
    return jsonResponse(404, QJsonObject{{QStringLiteral("status"), 404}, {QStringLiteral("error"), error}});
}

// Adds the ETag, or turns the answer into a bodiless 304 when the client already has this version.
SimHttpResponse withETag(SimHttpResponse response, const SimHttpRequest &request) {
    const QByteArray etag =
        "\"" + QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex().left(24) + "\"";
    if (request.header("if-none-match") == etag) {
        response.status = 304;
        response.body.clear();
    }
    response.setHeader("ETag", etag);
    return response;
}

} // namespace

SimHttpResponse SimulatedGreenhouse::Private::handleBoards(const SimHttpRequest &request) {
    const QList<QByteArray> segments = pathSegments(request.path);
    if (request.method != "GET" || segments.size() < 3 || segments.size() > 5 || segments[0] != "v1" ||
        segments[1] != "boards" || (segments.size() >= 4 && segments[3] != "jobs")) {
        return boardError(QStringLiteral("Not found"));
    }
    const SimData &data = SimData::instance();
    const SimBoard *board = data.board(QString::fromUtf8(segments[2]));
    if (segments.size() == 3) {
        if (!board)
            return boardError(QStringLiteral("Job board not found"));
        return withETag(jsonResponse(200, QJsonObject{{QStringLiteral("name"), board->name},
                                                      {QStringLiteral("content"), board->content}}),
                        request);
    }
    // Greenhouse answers an unknown board on /jobs with this misleading text; so do we.
    if (!board)
        return boardError(QStringLiteral("Job not found"));
    const bool withContent =
        queryOf(request).queryItemValue(QStringLiteral("content")) == QLatin1String("true");

    if (segments.size() == 5) {
        for (qsizetype i : board->livePosts) {
            if (QByteArray::number(data.posts[i].id) == segments[4])
                return withETag(jsonResponse(200, boardJobJson(data.posts[i], true)), request);
        }
        return boardError(QStringLiteral("Job not found"));
    }

    // The data never changes, so each board's list is serialized once (bigboard's is a few MB).
    // scenario.boardCopies: every live job listed that many times over (bigboard: 20,000 jobs at 4).
    const int copies = qMax(1, scenario.boardCopies);
    const QString key = board->token + (withContent ? QStringLiteral("|content") : QStringLiteral("|plain")) +
                        QLatin1Char('|') + QString::number(copies);
    auto cached = boardJobsCache.constFind(key);
    if (cached == boardJobsCache.cend()) {
        QJsonArray jobs;
        for (int copy = 0; copy < copies; ++copy) {
            for (qsizetype i : board->livePosts)
                jobs.append(boardJobJson(data.posts[i], withContent));
        }
        const QJsonObject body{{QStringLiteral("jobs"), jobs},
                               {QStringLiteral("meta"), QJsonObject{{QStringLiteral("total"), jobs.size()}}}};
        cached = boardJobsCache.insert(key, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    SimHttpResponse response;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.body = *cached;
    return withETag(std::move(response), request);
}

} // namespace jt::sim

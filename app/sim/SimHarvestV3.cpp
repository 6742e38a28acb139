// The simulated Harvest v3: OAuth bearer tokens, scopes, cursor pagination, bare JSON arrays.

#include "SimData.h"
#include "SimPrivate.h"

#include <algorithm>
#include <functional>

namespace jt::sim {

namespace {

struct Listing {
    qsizetype count = 0;
    std::function<QJsonObject(qsizetype)> item;
};

// What a cursor remembers: which list, where the next page starts, its size and the first request's filter.
struct Cursor {
    QByteArray endpoint;
    qsizetype offset = 0;
    int perPage = 100;
    QByteArray filter; // comma-separated ids, may be empty
};

QByteArray encodeCursor(const Cursor &cursor) {
    const QByteArray raw = cursor.endpoint + '|' + QByteArray::number(cursor.offset) + '|' +
                           QByteArray::number(cursor.perPage) + '|' + cursor.filter;
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<Cursor> decodeCursor(const QString &text) {
    const auto raw = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!raw)
        return std::nullopt;
    const QList<QByteArray> parts = (*raw).split('|');
    if (parts.size() != 4 || !isDigits(parts[1]) || !isDigits(parts[2]))
        return std::nullopt;
    return Cursor{parts[0], qsizetype(parts[1].toLongLong()), parts[2].toInt(), parts[3]};
}

SimHttpResponse unprocessable(const QString &error) {
    return messageResponse(422, QStringLiteral("Unprocessable Content"), {error});
}

// "1,2,3" -> sorted, de-duplicated ids; nullopt if anything is not an id.
std::optional<QList<qint64>> parseIds(const QByteArray &csv) {
    QList<qint64> ids;
    if (csv.isEmpty())
        return ids;
    for (const QByteArray &part : csv.split(',')) {
        const QByteArray trimmed = part.trimmed();
        if (!isDigits(trimmed))
            return std::nullopt;
        ids.append(trimmed.toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Listing listJobs(const SimData &data, const QList<qint64> &ids) {
    if (ids.isEmpty())
        return {data.jobs.size(), [&data](qsizetype i) {
                    return v3JobJson(data.jobs[i]);
                }};
    QList<const SimJob *> found;
    for (qint64 id : ids) {
        if (const SimJob *job = data.job(id))
            found.append(job);
    }
    return {found.size(), [found](qsizetype i) {
                return v3JobJson(*found[i]);
            }};
}

Listing listPosts(const SimData &data, const QList<qint64> &jobIds) {
    QList<qsizetype> indexes;
    if (jobIds.isEmpty()) {
        indexes = data.accountPosts;
    } else {
        for (qint64 id : jobIds)
            indexes += data.postsByJob.value(id);
    }
    return {indexes.size(), [&data, indexes](qsizetype i) {
                return v3PostJson(data.posts[indexes[i]]);
            }};
}

Listing listOpenings(const SimData &data, const QList<qint64> &jobIds) {
    QList<std::pair<qsizetype, qsizetype>> refs;
    if (jobIds.isEmpty()) {
        refs = data.allOpenings;
    } else {
        for (qint64 id : jobIds) {
            const auto it = data.jobIndex.constFind(id);
            if (it == data.jobIndex.cend())
                continue;
            for (qsizetype o = 0; o < data.jobs[*it].openings.size(); ++o)
                refs.append({*it, o});
        }
    }
    return {refs.size(), [&data, refs](qsizetype i) {
                const SimJob &job = data.jobs[refs[i].first];
                return v3OpeningJson(job, job.openings[refs[i].second]);
            }};
}

// GET /v3/job_boards as Greenhouse's v3 reference has it: id, url_token,
// company_name (no "name"), status "live" or "draft", internal. The account also has its employees' internal
// board, which JobTarget must never be offered.
QJsonObject v3BoardJson(qint64 id, const QString &token, const QString &company, bool draft, bool internal) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("url_token"), token},
            {QStringLiteral("company_name"), company},
            {QStringLiteral("status"), draft ? QStringLiteral("draft") : QStringLiteral("live")},
            {QStringLiteral("internal"), internal},
            {QStringLiteral("created_at"), QStringLiteral("2024-02-01T09:00:00.000Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-02T15:30:00.000Z")}};
}

Listing listBoards(const SimData &data, const SimScenario &scenario) {
    QList<QJsonObject> boards;
    for (const SimBoard &board : data.boards) {
        if (board.inAccount && !scenario.unlistedBoards.contains(board.token))
            boards.append(v3BoardJson(board.id, board.token, board.name,
                                      scenario.draftBoards.contains(board.token), false));
    }
    if (!scenario.unlistedBoards.contains(QString::fromLatin1(SimulatedGreenhouse::InternalBoardToken)))
        boards.append(v3BoardJson(SimulatedGreenhouse::InternalBoardId,
                                  QString::fromLatin1(SimulatedGreenhouse::InternalBoardToken),
                                  QStringLiteral("Acme Robotics"), false, true));
    boards += scenario.extraBoards;
    return {boards.size(), [boards](qsizetype i) {
                return boards[i];
            }};
}

} // namespace

// Every v3 answer carries the window's X-RateLimit-* headers. With scenario.v3RequestsPerWindow the budget is
// real: a request beyond it gets 429 with Retry-After until the window resets, as Greenhouse answers one.
SimHttpResponse SimulatedGreenhouse::Private::handleV3(const SimHttpRequest &request) {
    // A budget set by the scenario starts a window of its own, whatever the traffic before it used.
    const bool strict = scenario.v3RequestsPerWindow > 0;
    const int limit = strict ? scenario.v3RequestsPerWindow : DefaultV3Window.limit;
    const int windowSeconds = strict ? scenario.v3WindowSeconds : DefaultV3Window.windowSeconds;
    if (strict != v3Window.strict || limit != v3Window.limit || windowSeconds != v3Window.windowSeconds)
        v3Window = RateWindow{limit, windowSeconds, 0, 0, strict};
    if (v3Window.strict) {
        if (v3Window.exhausted()) {
            ++throttled;
            SimHttpResponse response = messageResponse(429, QStringLiteral("Too Many Requests"));
            const qint64 resetMs = v3Window.startMs + qint64(v3Window.windowSeconds) * 1000;
            response.setHeader(
                "Retry-After",
                QByteArray::number((resetMs - QDateTime::currentMSecsSinceEpoch() + 999) / 1000));
            response.setHeader("X-RateLimit-Limit", QByteArray::number(v3Window.limit));
            response.setHeader("X-RateLimit-Remaining", "0");
            response.setHeader("X-RateLimit-Reset", QByteArray::number(resetMs / 1000));
            return response;
        }
    }
    SimHttpResponse response = routeV3(request);
    v3Window.addHeaders(response);
    return response;
}

SimHttpResponse SimulatedGreenhouse::Private::routeV3(const SimHttpRequest &request) {
    const QByteArray authorization = request.header("authorization");
    const QByteArray token =
        authorization.left(7).toLower() == "bearer " ? authorization.mid(7).trimmed() : QByteArray();
    const auto issued = tokens.constFind(token);
    if (token.isEmpty() || issued == tokens.cend() || QDateTime::currentDateTimeUtc() >= issued->expiresAt) {
        return messageResponse(401, QStringLiteral("Unauthorized"),
                               {QStringLiteral("Token could not be decoded or has expired")});
    }

    const QList<QByteArray> segments = pathSegments(request.path);
    const QByteArray endpoint = segments.value(1);
    const QHash<QByteArray, QString> scopes{{"jobs", QStringLiteral("harvest:jobs:list")},
                                            {"job_posts", QStringLiteral("harvest:job_posts:list")},
                                            {"openings", QStringLiteral("harvest:openings:list")},
                                            {"job_boards", QStringLiteral("harvest:job_boards:list")}};
    if (segments.size() != 2 || request.method != "GET" || !scopes.contains(endpoint))
        return messageResponse(404, QStringLiteral("Resource not found"));

    if (issued->subject == QLatin1String(BasicUserId)) {
        if (scenario.nonAdminSubjectGetsEmptyLists)
            return jsonResponse(200, QJsonArray());
        return messageResponse(403, QStringLiteral("Forbidden"),
                               {QStringLiteral("The user for this token is not a Site Admin")});
    }
    // Checked on every request, so removing a scope takes effect at once, even for live tokens.
    const QString scope = scopes.value(endpoint);
    if (scenario.missingPermissions.contains(scope) ||
        (endpoint == "job_boards" && !scenario.jobBoardsScopeGranted)) {
        return messageResponse(403, QStringLiteral("Forbidden"),
                               {QStringLiteral("The credential does not have the scope %1").arg(scope)});
    }

    const QUrlQuery query = queryOf(request);
    Cursor cursor;
    cursor.endpoint = endpoint;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        if (query.queryItems().size() != 1)
            return unprocessable(QStringLiteral("cursor must be the only query parameter"));
        const auto decoded = decodeCursor(query.queryItemValue(QStringLiteral("cursor")));
        if (!decoded || decoded->endpoint != endpoint || decoded->perPage < 1 || decoded->perPage > 500)
            return unprocessable(QStringLiteral("cursor is invalid"));
        cursor = *decoded;
    } else {
        if (query.hasQueryItem(QStringLiteral("per_page"))) {
            const QByteArray perPage = query.queryItemValue(QStringLiteral("per_page")).toLatin1();
            if (!isDigits(perPage) || perPage.toInt() < 1 || perPage.toInt() > 500)
                return unprocessable(QStringLiteral("per_page must be an integer between 1 and 500"));
            cursor.perPage = perPage.toInt();
        }
        const QString filterName = endpoint == "jobs" ? QStringLiteral("ids") : QStringLiteral("job_ids");
        cursor.filter = query.queryItemValue(filterName, QUrl::FullyDecoded).toLatin1();
        const auto filterIds = parseIds(cursor.filter);
        if (!filterIds)
            return unprocessable(
                QStringLiteral("%1 must be a comma-separated list of integers").arg(filterName));
        // As a strict server: Greenhouse documents at most 50 ids per filter.
        if (cursor.filter.count(',') + 1 > 50)
            return unprocessable(QStringLiteral("%1 accepts at most 50 ids").arg(filterName));
    }

    const SimData &data = SimData::instance();
    const QList<qint64> ids = parseIds(cursor.filter).value_or(QList<qint64>());
    Listing listing;
    if (endpoint == "jobs")
        listing = listJobs(data, ids);
    else if (endpoint == "job_posts")
        listing = listPosts(data, ids);
    else if (endpoint == "openings")
        listing = listOpenings(data, ids);
    else
        listing = listBoards(data, scenario);

    QJsonArray page;
    const qsizetype end = qMin(listing.count, cursor.offset + cursor.perPage);
    for (qsizetype i = cursor.offset; i < end; ++i)
        page.append(listing.item(i));
    SimHttpResponse response = jsonResponse(200, page);
    if (end < listing.count) {
        Cursor next = cursor;
        next.offset = end;
        const QByteArray url =
            harvest->baseUrl().toEncoded() + "/v3/" + endpoint + "?cursor=" + encodeCursor(next);
        response.setHeader("Link", '<' + url + ">; rel=\"next\"");
    }
    return response;
}

} // namespace jt::sim

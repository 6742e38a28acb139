// The simulated legacy Harvest v1: Basic-auth API key, per-endpoint permissions, page/per_page pagination
// with an RFC 8288 Link header.

#include "SimData.h"
#include "SimPrivate.h"

namespace jt::sim {

namespace {

SimHttpResponse validationError(const QString &field, const QString &message) {
    const QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("field"), field}};
    return jsonResponse(422, QJsonObject{{QStringLiteral("message"), QStringLiteral("Validation error")},
                                         {QStringLiteral("errors"), QJsonArray{error}}});
}

// A boolean filter such as live=true; absent means "don't filter".
std::optional<bool> flag(const QUrlQuery &query, const QString &name) {
    if (!query.hasQueryItem(name))
        return std::nullopt;
    return query.queryItemValue(name).toLower() == QLatin1String("true");
}

} // namespace

SimHttpResponse SimulatedGreenhouse::Private::handleV1(const SimHttpRequest &request) {
    SimHttpResponse response = routeV1(request);
    v1Window.addHeaders(response);
    return response;
}

SimHttpResponse SimulatedGreenhouse::Private::routeV1(const SimHttpRequest &request) {
    // Authentication comes first, even for paths that do not exist.
    const auto credentials = basicCredentials(request.header("authorization"));
    if (!credentials || credentials->first != QLatin1String(HarvestKey))
        return messageResponse(401, QStringLiteral("Invalid Basic Auth credentials"));

    const QList<QByteArray> segments = pathSegments(request.path);
    const auto notFound = [] {
        return messageResponse(404, QStringLiteral("Resource not found"));
    };
    if (request.method != "GET" || segments.size() < 2 || segments.size() > 4)
        return notFound();
    QString permission;
    qint64 jobId = 0;
    if (segments.size() == 2 && segments[1] == "jobs") {
        permission = QStringLiteral("jobs.list");
    } else if (segments.size() == 2 && segments[1] == "job_posts") {
        permission = QStringLiteral("job_posts.list");
    } else if (segments[1] == "jobs" && isDigits(segments[2])) {
        jobId = segments[2].toLongLong();
        const QByteArray tail = segments.value(3);
        if (segments.size() == 3)
            permission = QStringLiteral("jobs.retrieve");
        else if (tail == "job_posts")
            permission = QStringLiteral("job_posts.list_for_job");
        else if (tail == "job_post")
            permission = QStringLiteral("job_posts.retrieve_for_job");
        else if (tail == "openings")
            permission = QStringLiteral("openings.list_for_job");
    }
    if (permission.isEmpty())
        return notFound();

    // The permission check comes before any lookup: a key without it learns nothing about the ids.
    if (scenario.missingPermissions.contains(permission)) {
        return messageResponse(scenario.v1MissingAnsweredAs401 ? 401 : 403,
                               QStringLiteral("This API Key does not have permission for this endpoint"));
    }

    const SimData &data = SimData::instance();
    const QUrlQuery query = queryOf(request);
    if (jobId == 0) {
        // The two list endpoints, paginated.
        int perPage = 100;
        int pageNumber = 1;
        if (query.hasQueryItem(QStringLiteral("per_page"))) {
            const QByteArray text = query.queryItemValue(QStringLiteral("per_page")).toLatin1();
            if (!isDigits(text) || text.toInt() < 1 || text.toInt() > 500)
                return validationError(QStringLiteral("per_page"),
                                       QStringLiteral("must be between 1 and 500"));
            perPage = text.toInt();
        }
        if (query.hasQueryItem(QStringLiteral("page"))) {
            const QByteArray text = query.queryItemValue(QStringLiteral("page")).toLatin1();
            if (!isDigits(text) || text.toInt() < 1 || text.size() > 9)
                return validationError(QStringLiteral("page"), QStringLiteral("must be a positive integer"));
            pageNumber = text.toInt();
        }
        // Count every match (for rel="last") but serialize only the requested page.
        QJsonArray page;
        qsizetype total = 0;
        const qsizetype first = qsizetype(pageNumber - 1) * perPage;
        auto take = [&](const auto &makeJson) {
            if (total >= first && total < first + perPage)
                page.append(makeJson());
            ++total;
        };
        if (permission == QLatin1String("jobs.list")) {
            const QString status = query.queryItemValue(QStringLiteral("status"));
            for (const SimJob &job : data.jobs) {
                if (status.isEmpty() || job.status == status)
                    take([&job] { return v1JobJson(job); });
            }
        } else {
            const std::optional<bool> live = flag(query, QStringLiteral("live"));
            const std::optional<bool> active = flag(query, QStringLiteral("active"));
            for (qsizetype i : data.accountPosts) {
                const SimPost &post = data.posts[i];
                if ((!live || post.live == *live) && (!active || post.active == *active))
                    take([&post] { return v1PostJson(post); });
            }
        }
        SimHttpResponse response = jsonResponse(200, page);
        const int last = int(qMax<qsizetype>(1, (total + perPage - 1) / perPage));
        if (last > 1 || pageNumber > 1) {
            auto link = [&](int number, const char *rel) {
                QUrlQuery linkQuery;
                linkQuery.addQueryItem(QStringLiteral("page"), QString::number(number));
                linkQuery.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
                for (const auto &[name, value] : query.queryItems(QUrl::FullyEncoded)) {
                    if (name != QLatin1String("page") && name != QLatin1String("per_page"))
                        linkQuery.addQueryItem(name, value);
                }
                QUrl url = harvest->baseUrl();
                url.setPath(QString::fromUtf8(request.path));
                url.setQuery(linkQuery.query(QUrl::FullyEncoded), QUrl::StrictMode);
                return '<' + url.toEncoded() + ">; rel=\"" + rel + '"';
            };
            QList<QByteArray> links;
            if (pageNumber < last)
                links.append(link(pageNumber + 1, "next"));
            if (pageNumber > 1)
                links.append(link(qMin(pageNumber - 1, last), "prev"));
            links.append(link(last, "last"));
            response.setHeader("Link", links.join(','));
        }
        return response;
    }

    const SimJob *job = data.job(jobId);
    if (!job)
        return notFound();
    if (permission == QLatin1String("jobs.retrieve"))
        return jsonResponse(200, v1JobJson(*job));
    const QList<qsizetype> posts = data.postsByJob.value(job->id);
    if (permission == QLatin1String("job_posts.list_for_job")) {
        const std::optional<bool> active = flag(query, QStringLiteral("active"));
        QJsonArray array;
        for (qsizetype i : posts) {
            if (!active || data.posts[i].active == *active)
                array.append(v1PostJson(data.posts[i]));
        }
        return jsonResponse(200, array);
    }
    if (permission == QLatin1String("job_posts.retrieve_for_job")) {
        // The job's public post: prefer a live external one, like Greenhouse's "the" job post.
        const SimPost *best = nullptr;
        for (qsizetype i : posts) {
            const SimPost &post = data.posts[i];
            if (post.external && (!best || (post.live && !best->live)))
                best = &post;
        }
        return best ? jsonResponse(200, v1PostJson(*best)) : notFound();
    }
    const QString status = query.queryItemValue(QStringLiteral("status"));
    QJsonArray openings;
    for (const SimOpening &opening : job->openings) {
        if (status.isEmpty() || status == QLatin1String("all") ||
            opening.open == (status == QLatin1String("open")))
            openings.append(v1OpeningJson(opening));
    }
    return jsonResponse(200, openings);
}

} // namespace jt::sim

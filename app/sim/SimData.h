#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace jt::sim {

struct SimOpening {
    qint64 id = 0;
    QString openingId; // the customer's own label, e.g. "ACME-3-1"
    bool open = true;
    QString openedAt;
    QString closedAt; // empty while open
};

struct SimJob {
    qint64 id = 0;
    QString name;
    QString requisitionId;
    QString status; // open, closed, draft
    qint64 departmentId = 0;
    QString departmentName;
    qint64 officeId = 0;
    QString officeName;
    QString createdAt;
    QString openedAt;
    QString closedAt;
    QString updatedAt;
    QList<SimOpening> openings;
};

struct SimPost {
    qint64 id = 0;
    qint64 jobId = 0;      // 0 = prospect post (internal_job_id null)
    bool inAccount = true; // false: a post of another Greenhouse account (othercorp)
    QString title;
    QString location;
    bool live = true;
    bool active = true;
    bool internal = false;
    bool external = true;
    qint64 boardId = 0;
    QString boardToken;
    QString requisitionId;
    QString createdAt;
    QString updatedAt;
    QString firstPublishedAt; // empty if never published
};

struct SimBoard {
    qint64 id = 0;
    QString token; // lower case
    QString name;
    QString content;
    bool inAccount = true;
    QList<qsizetype> livePosts; // indexes into SimData::posts, in board order
};

// The simulated Greenhouse account and the other boards on the Job Board API. Built once per process,
// deterministically (same ids every run), and never changed afterwards.
struct SimData {
    QList<SimJob> jobs; // sorted by id
    QHash<qint64, qsizetype> jobIndex;
    QList<SimPost> posts;          // every post, this account's and othercorp's
    QList<qsizetype> accountPosts; // indexes of this account's posts (what Harvest lists), sorted by id
    QHash<qint64, QList<qsizetype>> postsByJob;
    QList<std::pair<qsizetype, qsizetype>> allOpenings; // (job index, opening index), in job order
    QList<SimBoard> boards;

    const SimJob *job(qint64 id) const;
    const SimBoard *board(const QString &token) const; // case-insensitive

    static const SimData &instance();
};

// Response shapes, as in the fact sheet.
QJsonObject v1JobJson(const SimJob &job);
QJsonObject v1PostJson(const SimPost &post);
QJsonObject v1OpeningJson(const SimOpening &opening);
QJsonObject v3JobJson(const SimJob &job);
QJsonObject v3PostJson(const SimPost &post);
QJsonObject v3OpeningJson(const SimJob &job, const SimOpening &opening);
QJsonObject boardJobJson(const SimPost &post, bool withContent);

} // namespace jt::sim

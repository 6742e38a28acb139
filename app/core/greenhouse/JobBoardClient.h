#pragma once

#include "Endpoints.h"
#include "net/HttpTransport.h"

#include <QList>
#include <QObject>
#include <functional>

namespace jt {

struct BoardJob {
    qint64 postId = 0;
    qint64 internalJobId = 0; // the Harvest job id; 0 for prospect posts
    QString title;
    QString location;
};

enum class BoardLookup { Found, NotFound, Unreachable };

struct BoardInfo {
    BoardLookup lookup = BoardLookup::Unreachable;
    QString name;
    NetworkProblem problem = NetworkProblem::None;
    QString detail;
};

struct BoardJobs {
    BoardLookup lookup = BoardLookup::Unreachable;
    QList<BoardJob> jobs;
    NetworkProblem problem = NetworkProblem::None;
    QString detail;
};

// Greenhouse's public Job Board API (no credential).
class JobBoardClient : public QObject {
    Q_OBJECT
public:
    JobBoardClient(HttpTransport *transport, GreenhouseEndpoints endpoints, QObject *parent = nullptr);

    void fetchBoard(const QString &token, std::function<void(BoardInfo)> done);
    void fetchJobs(const QString &token, std::function<void(BoardJobs)> done);

    // Parsing of the /jobs answer; public for the benchmark.
    static std::optional<QList<BoardJob>> parseJobs(const QByteArray &body);
    // Up to `count` distinct Harvest job ids spread over the board, for the same-account check.
    static QList<qint64> sampleJobIds(const QList<BoardJob> &jobs, int count = 3);

private:
    HttpTransport *m_transport;
    GreenhouseEndpoints m_endpoints;
};

} // namespace jt

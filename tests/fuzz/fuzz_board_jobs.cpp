// The Job Board API's job list (JobBoardClient): ids are whole and positive (never 1e30 cast to an
// integer), and a sample of n jobs to look up holds at most n distinct ids of the list, for any n.

#include "FuzzCheck.h"
#include "greenhouse/JobBoardClient.h"

#include <QSet>

using namespace jt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto jobs = JobBoardClient::parseJobs(fuzz::bytes(data, size));
    if (!jobs)
        return 0;
    QSet<qint64> ids;
    for (const BoardJob &job : *jobs) {
        FUZZ_CHECK(job.postId >= 0 && job.internalJobId >= 0);
        FUZZ_CHECK(fuzz::showsOnlySafeCharacters(job.title, false));
        if (job.internalJobId > 0)
            ids.insert(job.internalJobId);
    }
    for (int count = -1; count <= 6; ++count) {
        const QList<qint64> sample = JobBoardClient::sampleJobIds(*jobs, count);
        FUZZ_CHECK(sample.size() <= qMax(count, 0));
        FUZZ_CHECK(QSet<qint64>(sample.cbegin(), sample.cend()).size() == sample.size());
        for (const qint64 id : sample)
            FUZZ_CHECK(ids.contains(id));
    }
    return 0;
}

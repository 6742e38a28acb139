#include "SimData.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <algorithm>

namespace jt::sim {

namespace {

constexpr qint64 AcmeBoardId = 4001;
constexpr qint64 QuietBoardId = 4002;
constexpr qint64 BigBoardId = 4003;
constexpr qint64 OtherBoardId = 9001;

struct Department {
    qint64 id;
    const char *name;
};
struct Office {
    qint64 id;
    const char *name;
};

const Department Departments[] = {
    {44010, "Engineering"}, {44011, "Manufacturing"}, {44012, "Product"},          {44013, "Sales"},
    {44014, "Operations"},  {44015, "People"},        {44016, "Customer Success"}, {44017, "Finance"},
    {44018, "Clinical"}};
const Office Offices[] = {{47010, "Boston, MA"},   {47011, "Pittsburgh, PA"}, {47012, "Austin, TX"},
                          {47013, "Remote (US)"},  {47014, "Toronto, ON"},    {47015, "Chicago, IL"},
                          {47016, "Denver, CO"},   {47017, "Atlanta, GA"},    {47018, "Seattle, WA"},
                          {47019, "New York, NY"}, {47020, "Phoenix, AZ"},    {47021, "Columbus, OH"}};

QString stamp(qint64 minutes) {
    static const QDateTime base(QDate(2026, 9, 1), QTime(9, 0), QTimeZone::utc());
    return base.addSecs(minutes * 60).toString(Qt::ISODate);
}

QJsonValue orNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Adds one job of this account with its openings and one external post on `board`.
void addJob(SimData &data, const SimBoard &board, qint64 id, qint64 postId, const QString &title,
            const QString &requisition, const QString &status, const Department &department,
            const Office &office, qint64 minutes, int openingCount) {
    SimJob job;
    job.id = id;
    job.name = title;
    job.requisitionId = requisition;
    job.status = status;
    job.departmentId = department.id;
    job.departmentName = QString::fromLatin1(department.name);
    job.officeId = office.id;
    job.officeName = QString::fromLatin1(office.name);
    job.createdAt = stamp(minutes - 2880);
    job.openedAt = status == QLatin1String("draft") ? QString() : stamp(minutes - 1440);
    job.closedAt = status == QLatin1String("closed") ? stamp(minutes + 20160) : QString();
    job.updatedAt = stamp(minutes);
    for (int i = 0; i < openingCount; ++i) {
        SimOpening opening;
        opening.id = id + 1000000000 + qint64(i) * 100000;
        opening.openingId = requisition + QLatin1Char('-') + QString::number(i + 1);
        opening.open = status != QLatin1String("closed");
        opening.openedAt = job.openedAt.isEmpty() ? job.createdAt : job.openedAt;
        opening.closedAt = opening.open ? QString() : job.closedAt;
        job.openings.append(opening);
    }
    SimPost post;
    post.id = postId;
    post.jobId = id;
    post.title = title;
    post.location = job.officeName;
    post.live = status == QLatin1String("open");
    post.active = status != QLatin1String("closed");
    post.boardId = board.id;
    post.boardToken = board.token;
    post.requisitionId = requisition;
    post.createdAt = job.createdAt;
    post.updatedAt = job.updatedAt;
    post.firstPublishedAt = post.live ? job.openedAt : QString();
    data.jobs.append(job);
    data.posts.append(post);
}

SimData build() {
    SimData data;
    auto board = [](qint64 id, const char *token, const char *name, const char *content, bool inAccount) {
        SimBoard b;
        b.id = id;
        b.token = QString::fromLatin1(token);
        b.name = QString::fromLatin1(name);
        b.content = QString::fromLatin1(content);
        b.inAccount = inAccount;
        return b;
    };
    const SimBoard acme = board(AcmeBoardId, "acme", "Acme Robotics",
                                "<p>Acme Robotics builds the robots that run modern warehouses.</p>", true);
    const SimBoard quiet = board(QuietBoardId, "quietco", "Quiet Co",
                                 "<p>Quiet Co is not hiring right now. Check back soon.</p>", true);
    const SimBoard big =
        board(BigBoardId, "bigboard", "Big Board Inc",
              "<p>Big Board Inc staffs hospitals and clinics across North America.</p>", true);
    const SimBoard other = board(OtherBoardId, "othercorp", "Other Corp",
                                 "<p>Other Corp is a different company with its own Greenhouse.</p>", false);

    // acme: 12 live jobs, realistic enough to read in a screenshot.
    const struct {
        const char *title;
        int department;
        int office;
    } acmeJobs[] = {{"Robotics Software Engineer", 0, 0},    {"Senior Controls Engineer", 0, 1},
                    {"Mechanical Design Engineer", 0, 1},    {"Embedded Firmware Engineer", 0, 3},
                    {"Computer Vision Engineer", 0, 0},      {"Field Service Technician", 6, 2},
                    {"Manufacturing Test Technician", 1, 1}, {"Product Manager, Autonomy", 2, 0},
                    {"Technical Sales Engineer", 3, 5},      {"Supply Chain Analyst", 4, 2},
                    {"Recruiting Coordinator", 5, 3},        {"Customer Success Manager", 6, 4}};
    int n = 0;
    for (const auto &spec : acmeJobs) {
        addJob(data, acme, 4170001001 + n, 4970001001 + n, QString::fromLatin1(spec.title),
               QStringLiteral("ACME-%1").arg(101 + n), QStringLiteral("open"), Departments[spec.department],
               Offices[spec.office], qint64(n) * 97, 1 + n % 2);
        ++n;
    }
    // A second, unpublished post for two acme jobs: Harvest lists it, the public board does not.
    for (int i : {0, 4}) {
        SimPost post = data.posts[i];
        post.id = 4970001050 + i;
        post.location = QString::fromLatin1(Offices[8].name);
        post.live = false;
        post.firstPublishedAt.clear();
        data.posts.append(post);
    }
    // quietco: only closed and draft jobs, so its board has nothing live.
    addJob(data, quiet, 4170002001, 4970002001, QStringLiteral("Office Manager"), QStringLiteral("QC-7"),
           QStringLiteral("closed"), Departments[4], Offices[9], 300, 1);
    addJob(data, quiet, 4170002002, 4970002002, QStringLiteral("Bookkeeper"), QStringLiteral("QC-8"),
           QStringLiteral("closed"), Departments[7], Offices[9], 400, 1);
    addJob(data, quiet, 4170002003, 4970002003, QStringLiteral("Content Writer"), QStringLiteral("QC-9"),
           QStringLiteral("draft"), Departments[2], Offices[3], 500, 1);

    // bigboard: 5,000 live jobs, cheap to make: a role list crossed with levels and cities.
    const char *roles[] = {"Registered Nurse",
                           "Medical Assistant",
                           "Physical Therapist",
                           "Pharmacist",
                           "Radiology Technician",
                           "Phlebotomist",
                           "Nurse Practitioner",
                           "Respiratory Therapist",
                           "Surgical Technologist",
                           "Patient Care Coordinator",
                           "Billing Specialist",
                           "Lab Technician",
                           "Occupational Therapist",
                           "Case Manager",
                           "Sonographer",
                           "Dietitian",
                           "Home Health Aide",
                           "Clinical Educator",
                           "Unit Secretary",
                           "Paramedic"};
    const char *levels[] = {"", "Senior ", "Lead ", "Travel ", "Per Diem "};
    constexpr int roleCount = int(sizeof roles / sizeof *roles);
    constexpr int levelCount = int(sizeof levels / sizeof *levels);
    constexpr int officeCount = int(sizeof Offices / sizeof *Offices);
    for (int i = 0; i < 5000; ++i) {
        const QString title = QString::fromLatin1(levels[(i / roleCount) % levelCount]) +
                              QString::fromLatin1(roles[i % roleCount]);
        addJob(data, big, 4180000001 + i, 4980000001 + i, title,
               QStringLiteral("BB-%1").arg(i + 1, 5, 10, QLatin1Char('0')), QStringLiteral("open"),
               Departments[8], Offices[(i * 7) % officeCount], 1000 + i, 1);
    }
    const qsizetype accountPostCount = data.posts.size();

    // acme's prospect post: on the board, attached to no job.
    SimPost prospect;
    prospect.id = 4970001099;
    prospect.jobId = 0;
    prospect.title = QStringLiteral("General Application - Join our talent community");
    prospect.location = QString::fromLatin1(Offices[0].name);
    prospect.boardId = acme.id;
    prospect.boardToken = acme.token;
    prospect.createdAt = prospect.updatedAt = prospect.firstPublishedAt = stamp(50);
    data.posts.append(prospect);

    // othercorp: live posts whose job ids exist in another account only.
    const char *otherTitles[] = {"Barista",   "Store Manager",    "Delivery Driver",
                                 "Line Cook", "Shift Supervisor", "Dishwasher"};
    for (int i = 0; i < 6; ++i) {
        SimPost post;
        post.id = 7110000001 + i;
        post.jobId = 7100000001 + i;
        post.inAccount = false;
        post.title = QString::fromLatin1(otherTitles[i]);
        post.location = QString::fromLatin1(Offices[11 - i].name);
        post.boardId = other.id;
        post.boardToken = other.token;
        post.requisitionId = QStringLiteral("OC-%1").arg(i + 1);
        post.createdAt = post.updatedAt = post.firstPublishedAt = stamp(60 + i);
        data.posts.append(post);
    }

    for (qsizetype i = 0; i < data.jobs.size(); ++i)
        data.jobIndex.insert(data.jobs[i].id, i);
    for (qsizetype i = 0; i < data.jobs.size(); ++i) {
        for (qsizetype o = 0; o < data.jobs[i].openings.size(); ++o)
            data.allOpenings.append({i, o});
    }
    for (qsizetype i = 0; i < accountPostCount; ++i)
        data.accountPosts.append(i);
    std::sort(data.accountPosts.begin(), data.accountPosts.end(),
              [&data](qsizetype a, qsizetype b) { return data.posts[a].id < data.posts[b].id; });
    for (qsizetype i : std::as_const(data.accountPosts))
        data.postsByJob[data.posts[i].jobId].append(i);

    data.boards = {acme, quiet, big, other};
    for (SimBoard &b : data.boards) {
        for (qsizetype i = 0; i < data.posts.size(); ++i) {
            const SimPost &post = data.posts[i];
            if (post.boardId == b.id && post.live && post.external)
                b.livePosts.append(i);
        }
    }
    return data;
}

QJsonObject named(qint64 id, const QString &name) {
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

} // namespace

const SimJob *SimData::job(qint64 id) const {
    const auto it = jobIndex.constFind(id);
    return it == jobIndex.cend() ? nullptr : &jobs[*it];
}

const SimBoard *SimData::board(const QString &token) const {
    const QString wanted = token.toLower();
    for (const SimBoard &b : boards) {
        if (b.token == wanted)
            return &b;
    }
    return nullptr;
}

const SimData &SimData::instance() {
    static const SimData data = build();
    return data;
}

QJsonObject v1OpeningJson(const SimOpening &opening) {
    return QJsonObject{
        {QStringLiteral("id"), opening.id},
        {QStringLiteral("opening_id"), opening.openingId},
        {QStringLiteral("status"), opening.open ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("opened_at"), orNull(opening.openedAt)},
        {QStringLiteral("closed_at"), orNull(opening.closedAt)},
        {QStringLiteral("application_id"), QJsonValue::Null},
        {QStringLiteral("close_reason"), QJsonValue::Null}};
}

QJsonObject v1JobJson(const SimJob &job) {
    QJsonArray openings;
    for (const SimOpening &opening : job.openings)
        openings.append(v1OpeningJson(opening));
    QJsonObject office = named(job.officeId, job.officeName);
    office.insert(QStringLiteral("location"), QJsonObject{{QStringLiteral("name"), job.officeName}});
    return QJsonObject{
        {QStringLiteral("id"), job.id},
        {QStringLiteral("name"), job.name},
        {QStringLiteral("requisition_id"), job.requisitionId},
        {QStringLiteral("notes"), QJsonValue::Null},
        {QStringLiteral("confidential"), false},
        {QStringLiteral("status"), job.status},
        {QStringLiteral("created_at"), job.createdAt},
        {QStringLiteral("opened_at"), orNull(job.openedAt)},
        {QStringLiteral("closed_at"), orNull(job.closedAt)},
        {QStringLiteral("updated_at"), job.updatedAt},
        {QStringLiteral("is_template"), false},
        {QStringLiteral("departments"), QJsonArray{named(job.departmentId, job.departmentName)}},
        {QStringLiteral("offices"), QJsonArray{office}},
        {QStringLiteral("openings"), openings},
        {QStringLiteral("custom_fields"), QJsonObject()}};
}

QJsonObject v1PostJson(const SimPost &post) {
    return QJsonObject{{QStringLiteral("id"), post.id},
                       {QStringLiteral("title"), post.title},
                       {QStringLiteral("location"), QJsonObject{{QStringLiteral("name"), post.location}}},
                       {QStringLiteral("internal"), post.internal},
                       {QStringLiteral("external"), post.external},
                       {QStringLiteral("active"), post.active},
                       {QStringLiteral("live"), post.live},
                       {QStringLiteral("first_published_at"), orNull(post.firstPublishedAt)},
                       {QStringLiteral("job_id"), post.jobId},
                       {QStringLiteral("content"), QStringLiteral("<p>About the role.</p>")},
                       {QStringLiteral("internal_content"), QJsonValue::Null},
                       {QStringLiteral("created_at"), post.createdAt},
                       {QStringLiteral("updated_at"), post.updatedAt}};
}

QJsonObject v3JobJson(const SimJob &job) {
    return QJsonObject{{QStringLiteral("id"), job.id},
                       {QStringLiteral("name"), job.name},
                       {QStringLiteral("requisition_id"), job.requisitionId},
                       {QStringLiteral("status"), job.status},
                       {QStringLiteral("confidential"), false},
                       {QStringLiteral("department_id"), job.departmentId},
                       {QStringLiteral("office_ids"), QJsonArray{job.officeId}},
                       {QStringLiteral("created_at"), job.createdAt},
                       {QStringLiteral("opened_at"), orNull(job.openedAt)},
                       {QStringLiteral("closed_at"), orNull(job.closedAt)},
                       {QStringLiteral("updated_at"), job.updatedAt}};
}

QJsonObject v3PostJson(const SimPost &post) {
    return QJsonObject{{QStringLiteral("id"), post.id},
                       {QStringLiteral("title"), post.title},
                       {QStringLiteral("job_id"), post.jobId},
                       {QStringLiteral("job_board_id"), post.boardId},
                       {QStringLiteral("location"), QJsonObject{{QStringLiteral("name"), post.location}}},
                       {QStringLiteral("live"), post.live},
                       {QStringLiteral("active"), post.active},
                       {QStringLiteral("internal"), post.internal},
                       {QStringLiteral("external"), post.external},
                       {QStringLiteral("first_published_at"), orNull(post.firstPublishedAt)},
                       {QStringLiteral("created_at"), post.createdAt},
                       {QStringLiteral("updated_at"), post.updatedAt}};
}

QJsonObject v3OpeningJson(const SimJob &job, const SimOpening &opening) {
    return QJsonObject{{QStringLiteral("id"), opening.id},
                       {QStringLiteral("job_id"), job.id},
                       {QStringLiteral("opening_id"), opening.openingId},
                       {QStringLiteral("open"), opening.open},
                       {QStringLiteral("opened_at"), orNull(opening.openedAt)},
                       {QStringLiteral("closed_at"), orNull(opening.closedAt)}};
}

QJsonObject boardJobJson(const SimPost &post, bool withContent) {
    QJsonObject json{
        {QStringLiteral("id"), post.id},
        {QStringLiteral("internal_job_id"), post.jobId ? QJsonValue(post.jobId) : QJsonValue()},
        {QStringLiteral("title"), post.title},
        {QStringLiteral("updated_at"), post.updatedAt},
        {QStringLiteral("requisition_id"), orNull(post.requisitionId)},
        {QStringLiteral("location"), QJsonObject{{QStringLiteral("name"), post.location}}},
        {QStringLiteral("absolute_url"),
         QStringLiteral("https://boards.greenhouse.io/%1/jobs/%2").arg(post.boardToken).arg(post.id)},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("metadata"), QJsonValue::Null}};
    if (withContent)
        json.insert(QStringLiteral("content"), QStringLiteral("&lt;p&gt;About the role.&lt;/p&gt;"));
    return json;
}

} // namespace jt::sim

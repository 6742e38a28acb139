#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace jt {

class HandoffSummary;

// The hand-off summary's text formats. All three say the same things from the same model; values from
// outside (a board name from Greenhouse) are escaped for the format, so nothing in them becomes markup.
class HandoffText {
    Q_DECLARE_TR_FUNCTIONS(HandoffText)

public:
    static QString markdown(const HandoffSummary &summary);
    // A complete standalone page (UTF-8). Addresses are links that wrap only after / . - ? & (<wbr>), never
    // after "https://".
    static QString html(const HandoffSummary &summary);
    // The HTML that the paged document lays out: long addresses get break opportunities (zero-width spaces
    // after / . - ? &, a word joiner after "://") and the practice notice is left to every page's header.
    // Nobody copies from it.
    static QString pagedHtml(const HandoffSummary &summary);
    static QJsonObject json(const HandoffSummary &summary);

private:
    static QString page(const HandoffSummary &summary, bool paged);
};

} // namespace jt

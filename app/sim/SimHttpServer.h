#pragma once

#include "SimulatedGreenhouse.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>
#include <functional>
#include <optional>
#include <utility>

namespace jt::sim {

struct SimHttpRequest {
    QByteArray method;
    QByteArray target;                     // as sent: path and query
    QByteArray path;                       // target without the query
    QByteArray query;                      // after '?', still percent-encoded
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct SimHttpResponse {
    enum class Action {
        Answer,      // send the response
        Close,       // close the connection without a byte
        NeverAnswer, // keep the connection open and silent
    };
    Action action = Action::Answer;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // Date, Content-Length and Connection are added
    QByteArray body;
    // A body too big to hold: its size and a source of its bytes (offset, at most maxBytes).
    qint64 streamedSize = -1;
    std::function<QByteArray(qint64 offset, qint64 maxBytes)> streamed;
    // Send only this many body bytes (Content-Length still announces the whole body), then close.
    qint64 truncateAfter = -1;
    int delayMs = 0;
    // A server that trickles: the body goes out one byte every dripMs (each byte resets a silence timer).
    int dripMs = 0;
    // Transfer-Encoding: chunked instead of Content-Length; with `streamed` and streamedSize < 0 the body
    // never ends.
    bool chunked = false;

    void setHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};

// A small HTTP/1.1 server for the simulator: keep-alive, one request at a time per connection, optional TLS.
// Responses can be delayed, withheld, cut short or streamed; nothing here ever blocks the event loop.
class SimHttpServer : public QTcpServer {
    Q_OBJECT
public:
    using Handler = std::function<SimHttpResponse(const SimHttpRequest &)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    // Call before listen(); every connection then speaks HTTPS only.
    void setTls(const SimTls &tls);
    bool isTls() const { return m_tls.has_value(); }
    // scheme://address:port, no trailing slash.
    QUrl baseUrl() const;
    // Drops every open connection (listening is left to close()).
    void closeConnections();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Handler m_handler;
    std::optional<SimTls> m_tls;
};

} // namespace jt::sim

#include "SimHttpServer.h"

#include "net/ByteSize.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <limits>

namespace jt::sim {

using namespace byte_size;

namespace {

constexpr qsizetype MaxHeadBytes = 64_KiB;
constexpr qint64 MaxRequestBody = 4_MiB;
constexpr qint64 ChunkBytes = 64_KiB;
// Keeps a huge body from landing in the socket's buffer all at once: refill only below this.
constexpr qint64 MaxBacklog = 256_KiB;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate() {
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

// One client connection: parses requests one after another and writes their answers.
class SimConnection : public QObject {
public:
    SimConnection(QTcpSocket *socket, const SimHttpServer::Handler *handler, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_handler(handler) {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &SimConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &SimConnection::pump);
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, &SimConnection::pump);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        // Whatever the error (the peer left, a failed handshake), this connection is over.
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { closeNow(); });
    }

    void closeNow() {
        m_state = State::Closing;
        m_socket->abort();
        deleteLater();
    }

private:
    enum class State { Reading, Answering, Silent, Closing };

    void onReadyRead() {
        if (m_state == State::Silent || m_state == State::Closing) {
            m_socket->readAll(); // nobody will ever look at it
            return;
        }
        m_buffer += m_socket->readAll();
        if (m_state == State::Reading)
            parseNext();
    }

    void parseNext() {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > MaxHeadBytes)
                rejectAndClose(431);
            return;
        }
        SimHttpRequest request;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            rejectAndClose(400);
            return;
        }
        request.method = requestLine[0];
        request.target = requestLine[1];
        const qsizetype q = request.target.indexOf('?');
        request.path = q < 0 ? request.target : request.target.left(q);
        request.query = q < 0 ? QByteArray() : request.target.mid(q + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
        }
        if (request.headers.contains("transfer-encoding")) {
            rejectAndClose(501); // the simulated clients always send Content-Length
            return;
        }
        bool ok = true;
        const QByteArray lengthText = request.header("content-length");
        const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0 || length > MaxRequestBody) {
            rejectAndClose(ok && length > 0 ? 413 : 400);
            return;
        }
        if (m_buffer.size() < headEnd + 4 + length)
            return; // the body is still on its way
        request.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);

        const QByteArray connectionHeader = request.header("connection").toLower();
        m_keepAlive = requestLine[2] == "HTTP/1.1" ? !connectionHeader.contains("close")
                                                   : connectionHeader.contains("keep-alive");
        m_state = State::Answering;
        SimHttpResponse response = (*m_handler)(request);
        if (m_state == State::Closing)
            return; // the handler shut the server down (a test's slot did), nothing left to answer
        if (response.action == SimHttpResponse::Action::NeverAnswer) {
            m_state = State::Silent;
            return;
        }
        if (response.delayMs > 0) {
            // The connection is the timer's context: a connection that died meanwhile just never answers.
            const int delayMs = response.delayMs; // read before the lambda takes the response over
            QTimer::singleShot(delayMs, this, [this, response = std::move(response)]() mutable {
                deliver(std::move(response));
            });
        } else {
            deliver(std::move(response));
        }
    }

    void rejectAndClose(int status) {
        SimHttpResponse response;
        response.status = status;
        m_keepAlive = false;
        m_state = State::Answering;
        deliver(std::move(response));
    }

    void deliver(SimHttpResponse response) {
        if (m_state == State::Closing)
            return;
        if (response.action == SimHttpResponse::Action::Close) {
            m_state = State::Closing;
            m_socket->disconnectFromHost();
            return;
        }
        m_response = std::move(response);
        const bool endless = m_response.streamed && m_response.streamedSize < 0;
        m_bodySize = endless               ? std::numeric_limits<qint64>::max()
                     : m_response.streamed ? m_response.streamedSize
                                           : m_response.body.size();
        m_bodyLimit = m_response.truncateAfter >= 0 ? qMin(m_response.truncateAfter, m_bodySize) : m_bodySize;
        m_bodySent = 0;
        const bool truncated = m_bodyLimit < m_bodySize;

        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' +
                          reasonPhrase(m_response.status) + "\r\n";
        head += "Date: " + httpDate() + "\r\n";
        for (const auto &[name, value] : std::as_const(m_response.headers))
            head += name + ": " + value + "\r\n";
        // A truncated answer announces keep-alive like a healthy one: the cut must come as a surprise.
        if (m_response.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (m_response.status != 304)
            head += "Content-Length: " + QByteArray::number(m_bodySize) + "\r\n";
        head += m_keepAlive ? QByteArray("Connection: keep-alive\r\n") : QByteArray("Connection: close\r\n");
        head += "\r\n";
        m_closeAfter = !m_keepAlive || truncated;
        m_socket->write(head);
        if (m_response.status == 304)
            m_bodyLimit = 0;
        pump();
    }

    qint64 backlog() const {
        qint64 pending = m_socket->bytesToWrite();
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
            pending += ssl->encryptedBytesToWrite();
        return pending;
    }

    void writeBody(qint64 size) {
        const QByteArray piece = m_response.streamed
                                     ? m_response.streamed(m_bodySent, size)
                                     : QByteArray(m_response.body.constData() + m_bodySent, size);
        if (m_response.chunked)
            m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else
            m_socket->write(piece);
        m_bodySent += size;
    }

    void pump() {
        if (m_state != State::Answering || m_bodySent < 0)
            return;
        if (m_response.dripMs > 0) { // one byte now, the next when the timer says so
            if (m_dripping || m_bodySent >= m_bodyLimit)
                return;
            m_dripping = true;
            writeBody(1);
            QTimer::singleShot(m_response.dripMs, this, [this] {
                m_dripping = false;
                pump();
            });
            return;
        }
        while (m_bodySent < m_bodyLimit && backlog() < MaxBacklog)
            writeBody(qMin(ChunkBytes, m_bodyLimit - m_bodySent));
        if (m_bodySent < m_bodyLimit)
            return; // bytesWritten brings us back
        if (m_response.chunked)
            m_socket->write("0\r\n\r\n");
        m_bodySent = -1; // finished; ignore further bytesWritten for this response
        m_response = SimHttpResponse();
        if (m_closeAfter) {
            m_state = State::Closing;
            m_socket->disconnectFromHost(); // flushes what is queued first
            return;
        }
        m_state = State::Reading;
        // Queued: a client that pipelines must not make us recurse once per request.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_state == State::Reading && !m_buffer.isEmpty())
                    parseNext();
            },
            Qt::QueuedConnection);
    }

    QTcpSocket *m_socket;
    const SimHttpServer::Handler *m_handler;
    QByteArray m_buffer;
    State m_state = State::Reading;
    bool m_keepAlive = true;
    bool m_closeAfter = false;
    SimHttpResponse m_response;
    qint64 m_bodySize = 0;
    qint64 m_bodyLimit = 0;
    qint64 m_bodySent = -1;
    bool m_dripping = false; // a drip timer is pending
};

} // namespace

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler)) {}

SimHttpServer::~SimHttpServer() {
    closeConnections();
}

void SimHttpServer::setTls(const SimTls &tls) {
    m_tls = tls;
}

QUrl SimHttpServer::baseUrl() const {
    QHostAddress host = serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(serverPort());
    return url;
}

void SimHttpServer::closeConnections() {
    // Connections are our only QObject children besides what QTcpServer keeps internally.
    const QList<QObject *> kids = children();
    for (QObject *child : kids) {
        if (auto *connection = dynamic_cast<SimConnection *>(child))
            connection->closeNow();
    }
}

void SimHttpServer::incomingConnection(qintptr socketDescriptor) {
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(socketDescriptor)) {
            delete ssl;
            return;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> chain{m_tls->certificate};
        for (const QSslCertificate &certificate : std::as_const(m_tls->chain)) {
            if (certificate != m_tls->certificate)
                chain.append(certificate);
        }
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(m_tls->key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(config);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }
    new SimConnection(socket, &m_handler, this);
}

} // namespace jt::sim

#pragma once
// A real HTTP/1.1 server on 127.0.0.1 (ephemeral port) inside the test
// process, for browser tests: fixed responses, slow ones, and ones that
// stall half-way through the body. Each connection gets one response and is
// closed (Connection: close).
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace confman::test {

class LoopbackHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray reason = "OK";
        QByteArray contentType = "text/html; charset=utf-8";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;     // wait this long before answering at all
        bool stall = false;  // send headers and half the body, then nothing more

        static Response html(const QByteArray &body, int status = 200, const QByteArray &reason = "OK");
    };

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    bool listen(); // 127.0.0.1, any free port
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const; // http://127.0.0.1:<port><path>

    void route(const QString &path, const Response &response); // exact path, query ignored
    // Requests seen so far, as "GET /path" (query kept).
    QStringList requests() const { return m_requests; }
    int hits(const QString &path) const; // requests for path (query ignored)

    // A port on 127.0.0.1 with nothing listening (bound once, then closed).
    static quint16 closedPort();

signals:
    void requestSeen(const QString &line);

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QString &path);

    QTcpServer m_server;
    QMap<QString, Response> m_routes;
    QStringList m_requests;
    QList<QPointer<QTcpSocket>> m_stalled; // kept open until the server dies
};

} // namespace confman::test

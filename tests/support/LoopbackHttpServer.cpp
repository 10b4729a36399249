#include "tests/support/LoopbackHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace confman::test {

LoopbackHttpServer::Response LoopbackHttpServer::Response::html(const QByteArray &body, int status,
                                                                const QByteArray &reason)
{
    Response r;
    r.status = status;
    r.reason = reason;
    r.body = body;
    return r;
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onConnection);
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    for (const QPointer<QTcpSocket> &s : std::as_const(m_stalled)) {
        if (s)
            s->abort();
    }
}

bool LoopbackHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void LoopbackHttpServer::route(const QString &path, const Response &response)
{
    m_routes.insert(path, response);
}

int LoopbackHttpServer::hits(const QString &path) const
{
    int n = 0;
    for (const QString &r : m_requests) {
        const QString p = r.section(QLatin1Char(' '), 1).section(QLatin1Char('?'), 0, 0);
        if (p == path)
            ++n;
    }
    return n;
}

quint16 LoopbackHttpServer::closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

void LoopbackHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        socket->setProperty("buffer", QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    if (socket->property("answered").toBool())
        return;
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    // Wait for a request body (form posts) before answering.
    const QByteArray head = buffer.left(end);
    qsizetype contentLength = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + contentLength) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("answered", true);
    const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
    const QString method = QString::fromLatin1(requestLine.value(0));
    const QString target = QString::fromLatin1(requestLine.value(1));
    const QString line = method + QLatin1Char(' ') + target;
    m_requests.append(line);
    emit requestSeen(line);
    respond(socket, target.section(QLatin1Char('?'), 0, 0));
}

void LoopbackHttpServer::respond(QTcpSocket *socket, const QString &path)
{
    const Response r = m_routes.value(path, Response::html("<html><head><title>Not Found</title></head>"
                                                           "<body>not found</body></html>",
                                                           404, "Not Found"));
    auto send = [this, r](QTcpSocket *s) {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n";
        out += "Content-Type: " + r.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += "Cache-Control: no-store\r\nConnection: close\r\n";
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "\r\n";
        if (r.stall) {
            out += r.body.left(r.body.size() / 2);
            s->write(out);
            s->flush();
            m_stalled.append(s);
            return;
        }
        out += r.body;
        s->write(out);
        s->disconnectFromHost();
    };
    if (r.delayMs <= 0) {
        send(socket);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(r.delayMs, this, [guard, send] {
        if (guard)
            send(guard.data());
    });
}

} // namespace confman::test

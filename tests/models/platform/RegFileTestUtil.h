#pragma once
// Writing .reg files the way regedit does, byte by byte, for tests.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace confman::test {

// "Windows Registry Editor Version 5.00" body → UTF-16LE, BOM, CRLF.
inline QByteArray regV5(const QString &body)
{
    QString text = QStringLiteral("Windows Registry Editor Version 5.00\n\n") + body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QByteArray out("\xFF\xFE", 2);
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

// "REGEDIT4" body → Latin-1 bytes (the test's ANSI), CRLF.
inline QByteArray regV4(const QString &body)
{
    QString text = QStringLiteral("REGEDIT4\n\n") + body;
    text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return text.toLatin1();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace confman::test

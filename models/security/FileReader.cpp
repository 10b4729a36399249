#include "models/security/FileReader.h"

#include <QFile>
#include <QFileInfo>

namespace confman::security {

Result<QByteArray> readCappedFile(const QString &path, qint64 maxSize)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return Result<QByteArray>::failure(ErrorKind::FileNotFound,
                                           QStringLiteral("file not found: %1").arg(path));
    if (!info.isFile())
        return Result<QByteArray>::failure(ErrorKind::FileUnreadable,
                                           QStringLiteral("not a regular file: %1").arg(name));
    if (info.size() > maxSize)
        return Result<QByteArray>::failure(
            ErrorKind::FileTooLarge,
            QStringLiteral("file too large: %1 is %2 bytes, the limit is %3 bytes")
                .arg(name).arg(info.size()).arg(maxSize));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            ErrorKind::FileUnreadable,
            QStringLiteral("cannot read %1: %2").arg(name, f.errorString()));
    // Read at most one byte over the cap: the file may grow after the stat.
    QByteArray data = f.read(maxSize + 1);
    if (data.size() > maxSize)
        return Result<QByteArray>::failure(
            ErrorKind::FileTooLarge,
            QStringLiteral("file too large: %1 is over the limit of %2 bytes").arg(name).arg(maxSize));
    if (data.isEmpty() && f.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(
            ErrorKind::FileUnreadable,
            QStringLiteral("cannot read %1: %2").arg(name, f.errorString()));
    if (data.trimmed().isEmpty())
        return Result<QByteArray>::failure(ErrorKind::EmptyFile,
                                           QStringLiteral("empty file: %1").arg(name));
    return data;
}

SecurityError inFile(SecurityError error, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!error.message.contains(name))
        error.message = name + QStringLiteral(": ") + error.message;
    return error;
}

} // namespace confman::security

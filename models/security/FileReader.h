#pragma once
// Reads a whole file with the size cap every loader here applies, so a huge
// or special file is refused before any parsing.
#include "models/security/SecurityError.h"

#include <QByteArray>
#include <QString>

namespace confman::security {

Result<QByteArray> readCappedFile(const QString &path, qint64 maxSize = kMaxFileSize);

// "bundle.pfx: <message>" unless the message names the file already.
SecurityError inFile(SecurityError error, const QString &path);

} // namespace confman::security

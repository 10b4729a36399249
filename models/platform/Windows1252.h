#pragma once
// Windows-1252 ("ANSI" on western Windows), the text of REGEDIT4 files.
#include <QByteArray>
#include <QString>

namespace confman::platform {

QString fromWindows1252(const QByteArray &bytes);
// Characters outside Windows-1252 become '?', as WideCharToMultiByte does.
QByteArray toWindows1252(const QString &text);

} // namespace confman::platform

#pragma once
// Writes a hive as regedit exports it: "Windows Registry Editor Version 5.00",
// UTF-16LE with BOM, CRLF, hex data wrapped with ",\" at about 80 columns.
#include "models/platform/RegTree.h"

namespace confman::platform {

class RegFileWriter
{
public:
    static QByteArray write(const RegTree &tree, Hive hive);
};

} // namespace confman::platform

#pragma once
// Reads Windows .reg files as regedit writes them:
//  - "Windows Registry Editor Version 5.00": UTF-16LE with BOM and CRLF (UTF-8
//    with that header is accepted too); hex(2)/hex(7) bytes are UTF-16LE.
//  - "REGEDIT4": ANSI (Windows-1252, or UTF-8 when the file is valid UTF-8);
//    hex(2)/hex(7) bytes are ANSI.
// Grammar: [KEY], [-KEY], "name"="text" (\\ and \" escapes), @= (default
// value), "name"=-, dword:XXXXXXXX, hex:..., hex(N):..., hex data continued
// with a trailing backslash, ; comments, blank lines.
// A malformed line is reported (file, line, reason) and skipped; the rest of
// the file still applies. Input is hostile: sizes and depths are capped.
#include "models/platform/Registry.h"

#include <QList>

namespace confman::platform {

struct RegFileIssue
{
    QString file;
    int line = 0; // 1-based; 0 = the whole file
    QString reason;
    QString toString() const; // "file:line: reason"
};

enum class RegFileFormat { Unknown, Version5, Regedit4 };

struct RegFileOp
{
    enum Kind { CreateKey, DeleteKeyTree, SetValue, DeleteValue };
    Kind kind = CreateKey;
    Hive hive = Hive::LocalMachine;
    QString key; // relative to the hive root
    QString name;
    RegistryValue value;
    int line = 0;
};

struct RegFileContent
{
    bool readable = false; // false: not a .reg file at all, nothing applies
    RegFileFormat format = RegFileFormat::Unknown;
    QList<RegFileOp> ops;
    QList<RegFileIssue> issues;
};

class RegFileParser
{
public:
    static constexpr qsizetype kMaxFileBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kMaxValueBytes = 1024 * 1024;
    static constexpr int kMaxKeyDepth = 512;     // Windows' limit
    static constexpr int kMaxKeyNameLength = 255; // per component, Windows' limit
    static constexpr int kMaxValueNameLength = 16383;
    static constexpr int kMaxIssues = 200;

    static RegFileContent parse(const QByteArray &bytes, const QString &fileName);
    static RegFileContent parseFile(const QString &path);
};

} // namespace confman::platform

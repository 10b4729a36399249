#pragma once
// The Windows registry as Confman sees it: two hives (HKLM, HKCU), keys
// named by backslash-separated paths compared case-insensitively, typed
// values. Backends: WinRegistry (Win32) and RegFileRegistry (.reg files).
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace confman::platform {

enum class Hive { LocalMachine, CurrentUser };

// Win32 REG_* type numbers; other numbers (hex(N) in .reg files) are kept as
// raw bytes under their number.
enum class RegType : quint32 {
    None = 0,
    String = 1,       // REG_SZ
    ExpandString = 2, // REG_EXPAND_SZ (stored unexpanded)
    Binary = 3,       // REG_BINARY
    DWord = 4,        // REG_DWORD
    MultiString = 7,  // REG_MULTI_SZ
    QWord = 11,       // REG_QWORD
};

QString regTypeName(RegType type); // "REG_SZ", ..., "REG_0x1a" for others

// One typed value. Only the member matching `type` is meaningful.
struct RegistryValue
{
    RegType type = RegType::None;
    QString text;      // String, ExpandString
    QStringList texts; // MultiString
    quint64 number = 0; // DWord, QWord
    QByteArray bytes;   // Binary, None and unknown types: the raw data

    static RegistryValue string(const QString &s);
    static RegistryValue expandString(const QString &s);
    static RegistryValue dword(quint32 v);
    static RegistryValue qword(quint64 v);
    static RegistryValue binary(const QByteArray &b);
    static RegistryValue multiString(const QStringList &l);

    // Decode raw registry data. utf16: strings are UTF-16LE (Win32 and v5
    // .reg files); otherwise single-byte ANSI (REGEDIT4 .reg files, read as
    // Windows-1252). Strings end at the first NUL. Returns nullopt with a
    // reason when the data cannot be of that type (a DWORD not 4 bytes long).
    static std::optional<RegistryValue> fromRaw(quint32 type, const QByteArray &data, bool utf16,
                                                QString *reason = nullptr);
    // The Win32 data bytes (UTF-16LE strings, NUL-terminated).
    QByteArray toRaw() const;

    bool isString() const { return type == RegType::String || type == RegType::ExpandString; }
    bool operator==(const RegistryValue &o) const = default;
};

class Registry
{
public:
    virtual ~Registry() = default;

    // name: the value name; empty = the key's default value ("@" in .reg).
    virtual std::optional<RegistryValue> value(Hive hive, const QString &key,
                                               const QString &name) const = 0;
    virtual bool keyExists(Hive hive, const QString &key) const = 0;
    // Names as stored (original case). Order is not meaningful.
    virtual QStringList subKeys(Hive hive, const QString &key) const = 0;
    virtual QStringList valueNames(Hive hive, const QString &key) const = 0;

    // Creates the key (and its parents) when missing. On failure returns false
    // and, when error is given, says why.
    virtual bool setValue(Hive hive, const QString &key, const QString &name,
                          const RegistryValue &value, QString *error = nullptr) = 0;
    // Deleting a value that does not exist succeeds.
    virtual bool deleteValue(Hive hive, const QString &key, const QString &name,
                             QString *error = nullptr) = 0;
};

QString hiveName(Hive hive); // "HKEY_LOCAL_MACHINE" / "HKEY_CURRENT_USER"

} // namespace confman::platform

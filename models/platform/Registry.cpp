#include "models/platform/Registry.h"

#include "models/platform/Windows1252.h"

#include <QtEndian>

namespace confman::platform {

QString regTypeName(RegType type)
{
    switch (type) {
    case RegType::None: return QStringLiteral("REG_NONE");
    case RegType::String: return QStringLiteral("REG_SZ");
    case RegType::ExpandString: return QStringLiteral("REG_EXPAND_SZ");
    case RegType::Binary: return QStringLiteral("REG_BINARY");
    case RegType::DWord: return QStringLiteral("REG_DWORD");
    case RegType::MultiString: return QStringLiteral("REG_MULTI_SZ");
    case RegType::QWord: return QStringLiteral("REG_QWORD");
    }
    return QStringLiteral("REG_0x%1").arg(quint32(type), 0, 16);
}

QString hiveName(Hive hive)
{
    return hive == Hive::LocalMachine ? QStringLiteral("HKEY_LOCAL_MACHINE")
                                      : QStringLiteral("HKEY_CURRENT_USER");
}

RegistryValue RegistryValue::string(const QString &s)
{
    RegistryValue v;
    v.type = RegType::String;
    v.text = s;
    return v;
}

RegistryValue RegistryValue::expandString(const QString &s)
{
    RegistryValue v;
    v.type = RegType::ExpandString;
    v.text = s;
    return v;
}

RegistryValue RegistryValue::dword(quint32 n)
{
    RegistryValue v;
    v.type = RegType::DWord;
    v.number = n;
    return v;
}

RegistryValue RegistryValue::qword(quint64 n)
{
    RegistryValue v;
    v.type = RegType::QWord;
    v.number = n;
    return v;
}

RegistryValue RegistryValue::binary(const QByteArray &b)
{
    RegistryValue v;
    v.type = RegType::Binary;
    v.bytes = b;
    return v;
}

RegistryValue RegistryValue::multiString(const QStringList &l)
{
    RegistryValue v;
    v.type = RegType::MultiString;
    v.texts = l;
    return v;
}

namespace {

// Text up to the first NUL; an odd trailing byte of UTF-16 is dropped.
QString decodeText(const QByteArray &data, bool utf16)
{
    if (!utf16) {
        const qsizetype nul = data.indexOf('\0');
        return fromWindows1252(nul < 0 ? data : data.left(nul));
    }
    QString out;
    const qsizetype units = data.size() / 2;
    out.reserve(units);
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t u = char16_t(quint8(data[2 * i])) | char16_t(quint8(data[2 * i + 1]) << 8);
        if (u == 0)
            break;
        out.append(QChar(u));
    }
    return out;
}

QStringList decodeMulti(const QByteArray &data, bool utf16)
{
    // Split into units, then strings separated by NUL; an empty string ends
    // the list (REG_MULTI_SZ cannot hold empty strings).
    QStringList out;
    QString current;
    const qsizetype step = utf16 ? 2 : 1;
    bool any = false;
    for (qsizetype i = 0; i + step <= data.size(); i += step) {
        char16_t u = utf16 ? char16_t(quint8(data[i]) | (quint8(data[i + 1]) << 8))
                           : char16_t(quint8(data[i]));
        if (u == 0) {
            if (current.isEmpty())
                return out;
            out.append(current);
            current.clear();
            any = false;
            continue;
        }
        if (utf16)
            current.append(QChar(u));
        else
            current.append(fromWindows1252(QByteArray(1, char(u))));
        any = true;
    }
    if (any)
        out.append(current);
    return out;
}

} // namespace

std::optional<RegistryValue> RegistryValue::fromRaw(quint32 type, const QByteArray &data, bool utf16,
                                                    QString *reason)
{
    RegistryValue v;
    v.type = RegType(type);
    switch (RegType(type)) {
    case RegType::String:
    case RegType::ExpandString:
        v.text = decodeText(data, utf16);
        return v;
    case RegType::MultiString:
        v.texts = decodeMulti(data, utf16);
        return v;
    case RegType::DWord:
        if (data.size() != 4) {
            if (reason)
                *reason = QStringLiteral("a REG_DWORD needs 4 bytes, got %1").arg(data.size());
            return std::nullopt;
        }
        v.number = qFromLittleEndian<quint32>(data.constData());
        return v;
    case RegType::QWord:
        if (data.size() != 8) {
            if (reason)
                *reason = QStringLiteral("a REG_QWORD needs 8 bytes, got %1").arg(data.size());
            return std::nullopt;
        }
        v.number = qFromLittleEndian<quint64>(data.constData());
        return v;
    default:
        v.bytes = data;
        return v;
    }
}

namespace {
void appendUtf16(QByteArray &out, const QString &s)
{
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
}
} // namespace

QByteArray RegistryValue::toRaw() const
{
    QByteArray out;
    switch (type) {
    case RegType::String:
    case RegType::ExpandString:
        appendUtf16(out, text);
        out.append(2, '\0');
        return out;
    case RegType::MultiString:
        for (const QString &s : texts) {
            appendUtf16(out, s);
            out.append(2, '\0');
        }
        out.append(2, '\0');
        return out;
    case RegType::DWord: {
        out.resize(4);
        qToLittleEndian<quint32>(quint32(number), out.data());
        return out;
    }
    case RegType::QWord:
        out.resize(8);
        qToLittleEndian<quint64>(number, out.data());
        return out;
    default:
        return bytes;
    }
}

} // namespace confman::platform

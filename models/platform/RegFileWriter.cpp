#include "models/platform/RegFileWriter.h"

namespace confman::platform {

namespace {

QString escaped(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return out;
}

bool hasControl(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() < 0x20)
            return true;
    }
    return false;
}

QString hexData(const QString &lead, const QByteArray &bytes)
{
    QString out = lead;
    qsizetype column = lead.size();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        out += QStringLiteral("%1").arg(quint8(bytes[i]), 2, 16, QLatin1Char('0'));
        column += 2;
        if (i + 1 < bytes.size()) {
            out += QLatin1Char(',');
            ++column;
            if (column > 75) {
                out += QLatin1String("\\\r\n  ");
                column = 2;
            }
        }
    }
    return out;
}

QString valueLine(const QString &name, const RegistryValue &v)
{
    const QString lead = name.isEmpty() ? QStringLiteral("@=")
                                        : QStringLiteral("\"%1\"=").arg(escaped(name));
    if (v.type == RegType::String && !hasControl(v.text))
        return lead + QLatin1Char('"') + escaped(v.text) + QLatin1Char('"');
    if (v.type == RegType::DWord)
        return lead + QStringLiteral("dword:%1").arg(quint32(v.number), 8, 16, QLatin1Char('0'));
    const QString prefix = v.type == RegType::Binary
                               ? QStringLiteral("hex:")
                               : QStringLiteral("hex(%1):").arg(quint32(v.type), 0, 16);
    return hexData(lead + prefix, v.toRaw());
}

} // namespace

QByteArray RegFileWriter::write(const RegTree &tree, Hive hive)
{
    QString text = QStringLiteral("Windows Registry Editor Version 5.00\r\n");
    const QString root = hiveName(hive);
    for (const QString &key : tree.keys()) {
        text += QStringLiteral("\r\n[%1\\%2]\r\n").arg(root, key);
        QStringList names = tree.valueNames(key);
        names.sort(Qt::CaseInsensitive);
        for (const QString &name : names)
            text += valueLine(name, *tree.value(key, name)) + QStringLiteral("\r\n");
    }
    text += QStringLiteral("\r\n");
    QByteArray out("\xFF\xFE", 2);
    out.reserve(2 + text.size() * 2);
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

} // namespace confman::platform

#include "models/platform/RegFileParser.h"

#include "models/platform/Windows1252.h"

#include <QFile>
#include <QStringDecoder>

namespace confman::platform {

QString RegFileIssue::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
    return QStringLiteral("%1: %2").arg(file, reason);
}

namespace {

const QString kV5Header = QStringLiteral("Windows Registry Editor Version 5.00");
const QString kV4Header = QStringLiteral("REGEDIT4");

QString decodeUtf16(const QByteArray &bytes, qsizetype from, bool littleEndian)
{
    QString out;
    const qsizetype units = (bytes.size() - from) / 2;
    out.reserve(units);
    for (qsizetype i = 0; i < units; ++i) {
        const auto a = quint8(bytes[from + 2 * i]);
        const auto b = quint8(bytes[from + 2 * i + 1]);
        out.append(QChar(littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b)));
    }
    return out;
}

class Parser
{
public:
    Parser(const QString &fileName, RegFileContent &out) : m_file(fileName), m_out(out) {}

    void run(const QByteArray &bytes)
    {
        if (bytes.size() > RegFileParser::kMaxFileBytes) {
            issue(0, QStringLiteral("file larger than %1 bytes; ignored").arg(RegFileParser::kMaxFileBytes));
            return;
        }
        const QString text = decode(bytes);
        m_lines = text.split(QLatin1Char('\n'));
        for (QString &l : m_lines) {
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
        }
        qsizetype i = 0;
        // The header is the first non-blank line.
        while (i < m_lines.size() && m_lines.at(i).trimmed().isEmpty())
            ++i;
        const QString header = i < m_lines.size() ? m_lines.at(i).trimmed() : QString();
        if (header == kV5Header) {
            m_out.format = RegFileFormat::Version5;
        } else if (header == kV4Header) {
            m_out.format = RegFileFormat::Regedit4;
        } else {
            issue(int(i) + 1, QStringLiteral("not a .reg file: the first line must be \"%1\" or \"%2\"")
                                  .arg(kV5Header, kV4Header));
            return;
        }
        m_out.readable = true;
        for (++i; i < m_lines.size(); ++i)
            i = parseLine(i);
    }

private:
    QString decode(const QByteArray &bytes)
    {
        if (bytes.startsWith("\xFF\xFE")) {
            if ((bytes.size() - 2) % 2 != 0)
                issue(0, QStringLiteral("odd number of bytes in a UTF-16 file; the last byte is ignored"));
            return decodeUtf16(bytes, 2, true);
        }
        if (bytes.startsWith("\xFE\xFF")) {
            return decodeUtf16(bytes, 2, false);
        }
        if (bytes.startsWith("\xEF\xBB\xBF"))
            return QString::fromUtf8(bytes.mid(3));
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString s = utf8(bytes);
        if (!utf8.hasError())
            return s;
        return fromWindows1252(bytes);
    }

    void issue(int line, const QString &reason)
    {
        if (m_out.issues.size() < RegFileParser::kMaxIssues) {
            m_out.issues.append(RegFileIssue{m_file, line, reason});
        } else if (m_out.issues.size() == RegFileParser::kMaxIssues) {
            m_out.issues.append(RegFileIssue{m_file, line, QStringLiteral("too many problems; the rest are not reported")});
        }
    }

    // Returns the index of the last physical line consumed.
    qsizetype parseLine(qsizetype i)
    {
        const int lineNo = int(i) + 1;
        const QString line = m_lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')))
            return i;
        if (line.contains(QChar(0))) {
            issue(lineNo, QStringLiteral("NUL character in the line"));
            return skipContinuation(i);
        }
        if (line.startsWith(QLatin1Char('['))) {
            parseKey(line, lineNo);
            return i;
        }
        if (line.startsWith(QLatin1Char('"')) || line.startsWith(QLatin1Char('@')))
            return parseValue(i, line, lineNo);
        issue(lineNo, QStringLiteral("unrecognized line"));
        return i;
    }

    // A bad line ending in a backslash still owns its continuation lines.
    qsizetype skipContinuation(qsizetype i)
    {
        while (m_lines.at(i).trimmed().endsWith(QLatin1Char('\\')) && i + 1 < m_lines.size())
            ++i;
        return i;
    }

    void parseKey(const QString &line, int lineNo)
    {
        m_keyValid = false;
        if (!line.endsWith(QLatin1Char(']'))) {
            issue(lineNo, QStringLiteral("key line without a closing ']'"));
            return;
        }
        QString path = line.mid(1, line.size() - 2);
        const bool remove = path.startsWith(QLatin1Char('-'));
        if (remove)
            path.remove(0, 1);
        const QStringList parts = path.split(QLatin1Char('\\'));
        if (parts.size() > RegFileParser::kMaxKeyDepth + 1) {
            issue(lineNo, QStringLiteral("key nested deeper than %1 levels").arg(RegFileParser::kMaxKeyDepth));
            return;
        }
        const QString root = parts.first().trimmed().toUpper();
        Hive hive;
        if (root == QLatin1String("HKEY_LOCAL_MACHINE") || root == QLatin1String("HKLM")) {
            hive = Hive::LocalMachine;
        } else if (root == QLatin1String("HKEY_CURRENT_USER") || root == QLatin1String("HKCU")) {
            hive = Hive::CurrentUser;
        } else {
            issue(lineNo, QStringLiteral("unsupported root key \"%1\"; its section is skipped").arg(parts.first().left(64)));
            return;
        }
        for (qsizetype p = 1; p < parts.size(); ++p) {
            if (parts.at(p).isEmpty()) {
                issue(lineNo, QStringLiteral("empty key name in the path"));
                return;
            }
            if (parts.at(p).size() > RegFileParser::kMaxKeyNameLength) {
                issue(lineNo, QStringLiteral("key name longer than %1 characters").arg(RegFileParser::kMaxKeyNameLength));
                return;
            }
        }
        RegFileOp op;
        op.kind = remove ? RegFileOp::DeleteKeyTree : RegFileOp::CreateKey;
        op.hive = hive;
        op.key = parts.mid(1).join(QLatin1Char('\\'));
        op.line = lineNo;
        m_out.ops.append(op);
        // Values under a [-KEY] section are not applied (as regedit does).
        m_keyValid = !remove;
        m_deletedSection = remove;
        m_hive = hive;
        m_key = op.key;
    }

    // Reads a quoted string starting at pos (at the opening quote). Returns
    // false on an unterminated string; pos ends after the closing quote.
    static bool readQuoted(const QString &line, qsizetype &pos, QString &out)
    {
        ++pos;
        while (pos < line.size()) {
            const QChar c = line.at(pos);
            if (c == QLatin1Char('"')) {
                ++pos;
                return true;
            }
            if (c == QLatin1Char('\\') && pos + 1 < line.size()) {
                const QChar n = line.at(pos + 1);
                if (n == QLatin1Char('\\') || n == QLatin1Char('"')) {
                    out.append(n);
                    pos += 2;
                    continue;
                }
                if (n == QLatin1Char('n')) {
                    out.append(QLatin1Char('\n'));
                    pos += 2;
                    continue;
                }
            }
            out.append(c);
            ++pos;
        }
        return false;
    }

    qsizetype parseValue(qsizetype i, const QString &line, int lineNo)
    {
        QString name;
        qsizetype pos = 0;
        if (line.startsWith(QLatin1Char('@'))) {
            pos = 1;
        } else if (!readQuoted(line, pos, name)) {
            issue(lineNo, QStringLiteral("unterminated value name"));
            return skipContinuation(i);
        }
        while (pos < line.size() && line.at(pos).isSpace())
            ++pos;
        if (pos >= line.size() || line.at(pos) != QLatin1Char('=')) {
            issue(lineNo, QStringLiteral("'=' expected after the value name"));
            return skipContinuation(i);
        }
        ++pos;
        while (pos < line.size() && line.at(pos).isSpace())
            ++pos;
        const QString data = line.mid(pos);
        const qsizetype last = data.startsWith(QLatin1String("hex"), Qt::CaseInsensitive)
                                   ? skipContinuation(i) : i;
        if (!m_keyValid) {
            issue(lineNo, m_deletedSection ? QStringLiteral("value in a deleted key's section; ignored")
                                           : QStringLiteral("value outside a valid [key] section; ignored"));
            return last;
        }
        if (name.size() > RegFileParser::kMaxValueNameLength) {
            issue(lineNo, QStringLiteral("value name longer than %1 characters").arg(RegFileParser::kMaxValueNameLength));
            return last;
        }
        RegFileOp op;
        op.hive = m_hive;
        op.key = m_key;
        op.name = name;
        op.line = lineNo;
        QString reason;
        if (data == QLatin1String("-")) {
            op.kind = RegFileOp::DeleteValue;
        } else if (data.startsWith(QLatin1Char('"'))) {
            QString text;
            qsizetype p = 0;
            if (!readQuoted(data, p, text)) {
                issue(lineNo, QStringLiteral("unterminated string"));
                return last;
            }
            if (!data.mid(p).trimmed().isEmpty()) {
                issue(lineNo, QStringLiteral("unexpected text after the string"));
                return last;
            }
            if (text.size() > RegFileParser::kMaxValueBytes) {
                issue(lineNo, QStringLiteral("string longer than %1 characters").arg(RegFileParser::kMaxValueBytes));
                return last;
            }
            op.kind = RegFileOp::SetValue;
            op.value = RegistryValue::string(text);
        } else if (data.startsWith(QLatin1String("dword:"), Qt::CaseInsensitive)) {
            const QString digits = data.mid(6).trimmed();
            bool ok = false;
            const uint v = digits.toUInt(&ok, 16);
            if (!ok || digits.isEmpty() || digits.size() > 8 || digits.startsWith(QLatin1Char('+'))
                || digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
                issue(lineNo, QStringLiteral("dword: needs 1 to 8 hexadecimal digits"));
                return last;
            }
            op.kind = RegFileOp::SetValue;
            op.value = RegistryValue::dword(v);
        } else if (data.startsWith(QLatin1String("hex"), Qt::CaseInsensitive)) {
            if (!parseHex(i, last, data, op, reason)) {
                issue(lineNo, reason);
                return last;
            }
        } else {
            issue(lineNo, QStringLiteral("unrecognized value data"));
            return last;
        }
        m_out.ops.append(op);
        return last;
    }

    bool parseHex(qsizetype first, qsizetype last, const QString &data, RegFileOp &op, QString &reason)
    {
        quint32 type = quint32(RegType::Binary);
        qsizetype colon = data.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            reason = QStringLiteral("':' expected after hex");
            return false;
        }
        const QString prefix = data.left(colon).trimmed();
        if (prefix.compare(QLatin1String("hex"), Qt::CaseInsensitive) != 0) {
            if (!prefix.startsWith(QLatin1String("hex("), Qt::CaseInsensitive) || !prefix.endsWith(QLatin1Char(')'))) {
                reason = QStringLiteral("hex or hex(N) expected");
                return false;
            }
            const QString n = prefix.mid(4, prefix.size() - 5);
            bool ok = false;
            type = n.toUInt(&ok, 16);
            if (!ok || n.isEmpty() || n.size() > 8) {
                reason = QStringLiteral("bad type number in %1").arg(prefix.left(20));
                return false;
            }
        }
        // Join the continuation lines: each ends the previous with '\'.
        QString hex = data.mid(colon + 1);
        for (qsizetype k = first + 1; k <= last; ++k) {
            hex = hex.trimmed();
            if (hex.endsWith(QLatin1Char('\\')))
                hex.chop(1);
            if (hex.size() > 3 * RegFileParser::kMaxValueBytes + 16) {
                reason = QStringLiteral("hex data longer than %1 bytes").arg(RegFileParser::kMaxValueBytes);
                return false;
            }
            if (m_lines.at(k).trimmed().isEmpty()) {
                reason = QStringLiteral("hex data continued onto a blank line or past the end of the file");
                return false;
            }
            hex += m_lines.at(k).trimmed();
        }
        hex = hex.trimmed();
        if (hex.endsWith(QLatin1Char('\\'))) {
            reason = QStringLiteral("hex data continued past the end of the file");
            return false;
        }
        QByteArray bytes;
        if (!hex.isEmpty()) {
            const QStringList parts = hex.split(QLatin1Char(','));
            if (parts.size() > RegFileParser::kMaxValueBytes + 1) {
                reason = QStringLiteral("hex data longer than %1 bytes").arg(RegFileParser::kMaxValueBytes);
                return false;
            }
            bytes.reserve(parts.size());
            for (qsizetype k = 0; k < parts.size(); ++k) {
                const QString b = parts.at(k).trimmed();
                if (b.isEmpty() && k == parts.size() - 1)
                    break; // a trailing comma
                bool ok = false;
                const uint v = b.toUInt(&ok, 16);
                if (!ok || b.isEmpty() || b.size() > 2 || b.startsWith(QLatin1Char('+'))) {
                    reason = QStringLiteral("bad hex byte \"%1\"").arg(b.left(8));
                    return false;
                }
                bytes.append(char(v));
            }
        }
        const bool utf16 = m_out.format == RegFileFormat::Version5;
        auto value = RegistryValue::fromRaw(type, bytes, utf16, &reason);
        if (!value)
            return false;
        op.kind = RegFileOp::SetValue;
        op.value = *value;
        return true;
    }

    QString m_file;
    RegFileContent &m_out;
    QStringList m_lines;
    bool m_keyValid = false;
    bool m_deletedSection = false;
    Hive m_hive = Hive::LocalMachine;
    QString m_key;
};

} // namespace

RegFileContent RegFileParser::parse(const QByteArray &bytes, const QString &fileName)
{
    RegFileContent out;
    Parser(fileName, out).run(bytes);
    return out;
}

RegFileContent RegFileParser::parseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        RegFileContent out;
        out.issues.append(RegFileIssue{path, 0, QStringLiteral("cannot read: %1").arg(f.errorString())});
        return out;
    }
    if (f.size() > kMaxFileBytes) {
        RegFileContent out;
        out.issues.append(RegFileIssue{path, 0, QStringLiteral("file larger than %1 bytes; ignored").arg(kMaxFileBytes)});
        return out;
    }
    return parse(f.read(kMaxFileBytes + 1), path);
}

} // namespace confman::platform

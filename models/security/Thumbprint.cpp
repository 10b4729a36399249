#include "models/security/Thumbprint.h"

namespace confman::security {

namespace {
// Characters that separate hex pairs or that Windows' certificate dialog
// silently copies along with the thumbprint.
bool isIgnorable(QChar c)
{
    const char16_t u = c.unicode();
    if (c.isSpace() || u == u':' || u == u'-' || u == u'.')
        return true;
    switch (u) {
    case 0x00A0: // NBSP
    case 0x00AD: // soft hyphen
    case 0x200B: case 0x200C: case 0x200D: // zero-width space / (non-)joiner
    case 0x200E: case 0x200F: // LRM, RLM
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: // dashes
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E: // bidi embeddings
    case 0x2066: case 0x2067: case 0x2068: case 0x2069: // bidi isolates
    case 0x2060: // word joiner
    case 0xFEFF: // BOM / zero-width no-break space
        return true;
    default:
        return c.category() == QChar::Other_Format;
    }
}
} // namespace

Result<Thumbprint> Thumbprint::parse(const QString &text)
{
    QByteArray hex;
    hex.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isIgnorable(c))
            continue;
        const char16_t u = c.unicode();
        const bool isHex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')
                           || (u >= u'A' && u <= u'F');
        if (!isHex)
            return Result<Thumbprint>::failure(
                ErrorKind::InvalidThumbprint,
                QStringLiteral("not a thumbprint: '%1' at position %2 is not a hex digit")
                    .arg(c).arg(i + 1));
        hex.append(char(u));
    }
    if (hex.isEmpty())
        return Result<Thumbprint>::failure(ErrorKind::InvalidThumbprint,
                                           QStringLiteral("the thumbprint is empty"));
    if (hex.size() % 2 != 0)
        return Result<Thumbprint>::failure(
            ErrorKind::InvalidThumbprint,
            QStringLiteral("not a thumbprint: %1 hex digits is an odd number").arg(hex.size()));
    const QByteArray bytes = QByteArray::fromHex(hex);
    if (bytes.size() != 20 && bytes.size() != 32)
        return Result<Thumbprint>::failure(
            ErrorKind::InvalidThumbprint,
            QStringLiteral("not a thumbprint: %1 bytes; a SHA-1 thumbprint has 20, a SHA-256 one 32")
                .arg(bytes.size()));
    return Thumbprint(bytes);
}

Result<QString> Thumbprint::normalize(const QString &text)
{
    auto t = parse(text);
    if (!t)
        return t.error();
    return t->toString();
}

QString Thumbprint::toString() const
{
    return QString::fromLatin1(m_bytes.toHex(' '));
}

QString Thumbprint::toCompactString() const
{
    return QString::fromLatin1(m_bytes.toHex());
}

} // namespace confman::security

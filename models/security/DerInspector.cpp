#include "models/security/DerInspector.h"

namespace confman::security {

namespace {
struct Walker
{
    const unsigned char *p;
    qsizetype size;
    std::optional<SecurityError> defect;

    void malformed(qsizetype at, const QString &what)
    {
        defect = SecurityError{ErrorKind::Malformed,
                               QStringLiteral("malformed DER at byte %1: %2").arg(at).arg(what)};
    }
    void truncated(qsizetype at, qsizetype needed)
    {
        defect = SecurityError{
            ErrorKind::Truncated,
            QStringLiteral("truncated DER at byte %1 (the structure needs %2 bytes)").arg(at).arg(needed)};
    }

    // Walks the elements in [pos, end); returns false on the first defect.
    bool walk(qsizetype pos, qsizetype end, int depth, bool firstOnly = false)
    {
        if (depth > 64) {
            malformed(pos, QStringLiteral("nested too deeply"));
            return false;
        }
        while (pos < end) {
            const qsizetype start = pos;
            const unsigned char tag = p[pos++];
            if ((tag & 0x1f) == 0x1f) { // high tag number form
                int n = 0;
                while (pos < end && (p[pos] & 0x80) && n < 4) {
                    ++pos;
                    ++n;
                }
                if (pos >= end) {
                    return fail(start, end, pos + 1);
                }
                ++pos;
            }
            if (pos >= end)
                return fail(start, end, pos + 1);
            const unsigned char first = p[pos++];
            qsizetype len = 0;
            if (first < 0x80) {
                len = first;
            } else if (first == 0x80) {
                malformed(pos - 1, QStringLiteral("indefinite length is not DER"));
                return false;
            } else {
                const int n = first & 0x7f;
                if (n > 4) {
                    malformed(pos - 1, QStringLiteral("length field of %1 bytes").arg(n));
                    return false;
                }
                if (pos + n > end)
                    return fail(start, end, pos + n);
                for (int i = 0; i < n; ++i)
                    len = (len << 8) | p[pos++];
            }
            if (len > end - pos)
                return fail(start, end, pos + len);
            if ((tag & 0x20) && !walk(pos, pos + len, depth + 1))
                return false;
            pos += len;
            if (firstOnly)
                break;
        }
        return true;
    }

    // An element at `start` needs bytes up to `needEnd` but its parent ends
    // at `end`: truncation when the parent is the whole input, else nesting.
    bool fail(qsizetype start, qsizetype end, qsizetype needEnd)
    {
        if (end == size)
            truncated(size, needEnd);
        else
            malformed(start, QStringLiteral("an element runs past the end of its parent"));
        return false;
    }
};
} // namespace

std::optional<SecurityError> findDerDefect(const QByteArray &data)
{
    if (data.isEmpty())
        return SecurityError{ErrorKind::EmptyFile, QStringLiteral("empty file")};
    Walker w{reinterpret_cast<const unsigned char *>(data.constData()), data.size(), {}};
    // Only the first top-level element counts: trailing bytes are ignored by
    // the decoders, as OpenSSL's own tools do.
    w.walk(0, data.size(), 0, true);
    return w.defect;
}

} // namespace confman::security

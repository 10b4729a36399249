#include "models/platform/Windows1252.h"

namespace confman::platform {

namespace {
// 0x80..0x9F; 0 = undefined in Windows-1252 (kept as the C1 control code).
constexpr char16_t kHigh[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};
} // namespace

QString fromWindows1252(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b <= 0x9F && kHigh[b - 0x80] != 0)
            out.append(QChar(kHigh[b - 0x80]));
        else
            out.append(QChar(char16_t(b)));
    }
    return out;
}

QByteArray toWindows1252(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        char mapped = '?';
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            mapped = char(u);
        } else {
            for (int i = 0; i < 32; ++i) {
                if (kHigh[i] != 0 && kHigh[i] == u) {
                    mapped = char(0x80 + i);
                    break;
                }
            }
            if (mapped == '?' && u >= 0x80 && u <= 0x9F && kHigh[u - 0x80] == 0)
                mapped = char(u);
        }
        out.append(mapped);
    }
    return out;
}

} // namespace confman::platform

#include "models/config/KeyValueString.h"

namespace confman {

namespace {

bool isBlank(QChar c) { return c.isSpace(); }

} // namespace

ParseResult<QVector<KeyValuePair>> splitKeyValuePairs(const QString &text)
{
    using Result = ParseResult<QVector<KeyValuePair>>;
    if (text.isEmpty())
        return Result::failure(1, QStringLiteral("the string is empty"));
    // Control characters first: a line break or NUL in a value would be
    // written into configuration files verbatim.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.category() == QChar::Other_Control && c != QLatin1Char(' '))
            return Result::failure(int(i + 1), QStringLiteral("control character"));
    }

    Result result;
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (start <= n) {
        qsizetype end = text.indexOf(QLatin1Char(';'), start);
        if (end < 0)
            end = n;
        const bool afterDelimiter = start > 0;
        const bool beforeDelimiter = end < n;
        if (end == start) {
            if (start == n)
                return Result::failure(int(n), QStringLiteral("trailing ';'"));
            return Result::failure(int(start + 1), QStringLiteral("empty pair before ';'"));
        }
        if (isBlank(text.at(start)))
            return Result::failure(int(start + 1), afterDelimiter ? QStringLiteral("space after ';'")
                                                                  : QStringLiteral("leading space"));
        const qsizetype eq = text.indexOf(QLatin1Char('='), start);
        if (eq < 0 || eq >= end)
            return Result::failure(int(end + 1), QStringLiteral("missing '=' after `%1`")
                                                     .arg(text.mid(start, end - start)));
        if (eq == start)
            return Result::failure(int(start + 1), QStringLiteral("empty key before '='"));
        if (isBlank(text.at(eq - 1)))
            return Result::failure(int(eq), QStringLiteral("space before '='"));
        const QString key = text.mid(start, eq - start);
        if (eq + 1 == end)
            return Result::failure(int(eq + 1), QStringLiteral("empty value for `%1`").arg(key));
        if (isBlank(text.at(eq + 1)))
            return Result::failure(int(eq + 2), QStringLiteral("space after '='"));
        if (isBlank(text.at(end - 1)))
            return Result::failure(int(end), beforeDelimiter ? QStringLiteral("space before ';'")
                                                             : QStringLiteral("trailing space"));
        for (const auto &seen : std::as_const(result.value))
            if (seen.key == key)
                return Result::failure(int(start + 1), QStringLiteral("duplicate key `%1`").arg(key));
        result.value.append(KeyValuePair{key, text.mid(eq + 1, end - eq - 1), int(start + 1), int(eq + 2)});
        start = end + 1;
        if (end == n)
            break;
    }
    return result;
}

} // namespace confman

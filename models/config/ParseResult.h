#pragma once
// The outcome of parsing one of the small configuration strings (S5, S7):
// the parsed value, or where and why the text is wrong.
#include <QString>

#include <optional>

namespace confman {

struct ParseError
{
    int column = 0;  // 1-based position of the offending character (UTF-16 units)
    QString message; // what is wrong, without the position, e.g. "space before ';'"

    // "space before ';' at column 7", as shown to the user.
    QString describe() const { return QStringLiteral("%1 at column %2").arg(message).arg(column); }
    friend bool operator==(const ParseError &, const ParseError &) = default;
};

template<typename T>
struct ParseResult
{
    T value{};                        // meaningful only when ok()
    std::optional<ParseError> error;

    bool ok() const { return !error.has_value(); }
    static ParseResult failure(int column, const QString &message) { return ParseResult{T{}, ParseError{column, message}}; }
};

} // namespace confman

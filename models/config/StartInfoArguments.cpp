#include "models/config/StartInfoArguments.h"

#include "models/config/NetworkAddress.h"
#include "models/config/TransportParams.h"

namespace confman {

QStringList StartInfoArguments::split(const QString &arguments, bool *unterminated)
{
    QStringList tokens;
    QString current;
    bool inToken = false;
    QChar quote; // the open quote character, null when outside quotes
    for (const QChar c : arguments) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inToken = true; // "" is an (empty) argument of its own
        } else if (c.isSpace()) {
            if (inToken)
                tokens << current;
            current.clear();
            inToken = false;
        } else {
            current += c;
            inToken = true;
        }
    }
    if (inToken)
        tokens << current;
    if (unterminated)
        *unterminated = !quote.isNull();
    return tokens;
}

StartInfoArguments StartInfoArguments::parse(const QString &arguments)
{
    StartInfoArguments result;
    bool unterminated = false;
    const QStringList tokens = split(arguments, &unterminated);
    const auto note = [&result](const QString &problem) {
        if (result.problem.isEmpty())
            result.problem = problem;
    };
    if (unterminated)
        note(QStringLiteral("a quote is not closed"));

    bool seenPort = false;
    bool seenAddress = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        const bool isPort = token == kPortOption;
        if (!isPort && token != kAddressOption)
            continue;
        bool &seen = isPort ? seenPort : seenAddress;
        if (seen) {
            note(QStringLiteral("%1 is given more than once").arg(token));
            continue;
        }
        seen = true;
        if (i + 1 >= tokens.size()) {
            note(QStringLiteral("%1 has no value").arg(token));
            continue;
        }
        const QString value = tokens.at(++i);
        if (isPort) {
            result.port = parsePortNumber(value);
            if (!result.port)
                note(QStringLiteral("%1 `%2` is not a port number (1..65535)").arg(token, value));
        } else if (isIpAddressOrHostName(value)) {
            result.address = value;
        } else {
            note(QStringLiteral("%1 `%2` is not an IP address or host name").arg(token, value));
        }
    }
    return result;
}

QString StartInfoArguments::describe() const
{
    QStringList parts;
    if (port)
        parts << QStringLiteral("port %1").arg(*port);
    if (!address.isEmpty())
        parts << QStringLiteral("address %1").arg(address);
    return parts.join(QStringLiteral(", "));
}

} // namespace confman

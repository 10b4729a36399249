#include "models/config/TransportParams.h"

#include "models/config/KeyValueString.h"
#include "models/config/NetworkAddress.h"

namespace confman {

std::optional<int> parsePortNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

ParseResult<TransportParams> TransportParams::parse(const QString &text)
{
    using Result = ParseResult<TransportParams>;
    const auto split = splitKeyValuePairs(text);
    if (!split.ok())
        return Result{TransportParams{}, split.error};
    Result result;
    bool havePort = false;
    for (const auto &pair : split.value) {
        if (pair.key == QLatin1String("port")) {
            const auto port = parsePortNumber(pair.value);
            if (!port)
                return Result::failure(pair.valueColumn,
                                       QStringLiteral("port must be a number from 1 to 65535, not `%1`")
                                           .arg(pair.value));
            result.value.port = *port;
            havePort = true;
        } else if (pair.key == QLatin1String("address")) {
            if (!isIpAddressOrHostName(pair.value))
                return Result::failure(pair.valueColumn,
                                       QStringLiteral("address `%1` is not an IP address or host name")
                                           .arg(pair.value));
            result.value.address = pair.value;
        } else {
            return Result::failure(pair.keyColumn,
                                   QStringLiteral("unknown key `%1` (expected port or address)").arg(pair.key));
        }
    }
    if (!havePort)
        return Result::failure(1, QStringLiteral("port=<n> is missing"));
    return result;
}

QString TransportParams::serialize() const
{
    QString out = QStringLiteral("port=%1").arg(port);
    if (!address.isEmpty())
        out += QStringLiteral(";address=") + address;
    return out;
}

QString TransportParams::describe() const
{
    if (address.isEmpty())
        return QStringLiteral("port %1").arg(port);
    return QStringLiteral("port %1, address %2").arg(port).arg(address);
}

} // namespace confman

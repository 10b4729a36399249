#pragma once
// SPEC S7: a connection's Transport Protocol Parameters,
// `port=<n>[;address=<ip or host>]` (the client's own local port/address).
// Same delimiters as S5 (KeyValueString.h). `port` is required, 1..65535,
// decimal digits only; `address` is an IPv4/IPv6 address or host name.
// The empty string means "not set"; parse("") is an error so callers decide.
#include "models/config/ParseResult.h"

namespace confman {

struct TransportParams
{
    int port = 0;
    QString address; // empty = any local address

    static ParseResult<TransportParams> parse(const QString &text);
    QString serialize() const; // "port=5000" or "port=5000;address=10.0.0.1"
    // "port 5000, address 10.0.0.1" for messages.
    QString describe() const;

    friend bool operator==(const TransportParams &, const TransportParams &) = default;
};

// Parses a port number as the configuration writes it: digits only, 1..65535.
std::optional<int> parsePortNumber(const QString &text);

} // namespace confman

#pragma once
// Syntax checks for the addresses the configuration holds (host address,
// S7 address). Pure text checks: nothing is resolved, so validation never
// touches the network and gives the same answer everywhere.
#include <QStringView>

namespace confman {

bool isIpv4Address(QStringView text);     // dotted quad, no leading zeros ("10.0.0.1")
bool isIpv6Address(QStringView text);     // RFC 4291 text form, "::" and a trailing IPv4 allowed, no brackets/zone
bool isIpAddress(QStringView text);
// RFC 1123 host name or FQDN: labels of letters, digits and '-' (not at either
// end), 1..63 characters each, 253 in all, one optional trailing dot; the last
// label is not all digits (so "10.0.0.300" is neither an IP nor a name).
bool isHostName(QStringView text);
bool isIpAddressOrHostName(QStringView text);

} // namespace confman

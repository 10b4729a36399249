#include "models/config/NetworkAddress.h"

#include <QList>

#include <algorithm>
#include <optional>

namespace confman {

namespace {

bool isAsciiDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// Groups of an IPv6 address between colons: 1..4 hex digits each.
bool hexGroupsValid(const QList<QStringView> &groups)
{
    for (const auto g : groups) {
        if (g.isEmpty() || g.size() > 4)
            return false;
        for (const QChar c : g)
            if (!isHexDigit(c))
                return false;
    }
    return true;
}

// Counts the 16-bit groups of one side of "::" (an IPv4 tail counts two).
std::optional<int> ipv6SideGroups(QStringView side, bool mayEndInIpv4)
{
    if (side.isEmpty())
        return 0;
    QList<QStringView> groups = side.split(QLatin1Char(':'));
    int extra = 0;
    if (mayEndInIpv4 && groups.last().contains(QLatin1Char('.'))) {
        if (!isIpv4Address(groups.last()))
            return std::nullopt;
        groups.removeLast();
        extra = 2;
    }
    if (!hexGroupsValid(groups))
        return std::nullopt;
    return int(groups.size()) + extra;
}

} // namespace

bool isIpv4Address(QStringView text)
{
    const auto parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const auto p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        for (const QChar c : p)
            if (!isAsciiDigit(c))
                return false;
        if (p.size() > 1 && p.front() == QLatin1Char('0'))
            return false; // "010" would be octal to some resolvers
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

bool isIpv6Address(QStringView text)
{
    if (text.size() < 2 || text.size() > 45)
        return false;
    const auto doubleColon = text.indexOf(u"::");
    if (doubleColon < 0) {
        const auto n = ipv6SideGroups(text, true);
        return n && *n == 8;
    }
    if (text.indexOf(u"::", doubleColon + 1) >= 0)
        return false; // "::" at most once
    const QStringView left = text.left(doubleColon);
    const QStringView right = text.mid(doubleColon + 2);
    // A single ':' at either outer end ("1::2:" or ":1::2") is malformed; split() catches it as an empty group.
    const auto l = ipv6SideGroups(left, false);
    const auto r = ipv6SideGroups(right, true);
    return l && r && *l + *r <= 7;
}

bool isIpAddress(QStringView text) { return isIpv4Address(text) || isIpv6Address(text); }

bool isHostName(QStringView text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text.isEmpty() || text.size() > 253)
        return false;
    const auto labels = text.split(QLatin1Char('.'));
    for (const auto label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        if (label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
            return false;
        for (const QChar c : label)
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('-'))
                return false;
    }
    const auto last = labels.last();
    return !std::all_of(last.begin(), last.end(), isAsciiDigit);
}

bool isIpAddressOrHostName(QStringView text) { return isIpAddress(text) || isHostName(text); }

} // namespace confman

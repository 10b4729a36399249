#pragma once
// SPEC S7: the client-side port as Start Info command-line arguments,
// `-transport-port <n>` and `-transport-address <ip>`. The argument string is
// split the way a shell / the Windows command line would: blanks separate,
// double or single quotes group (and are removed), so a quoted
// "-transport-port 5000" is one ordinary argument, not the option.
#include <QString>
#include <QStringList>

#include <optional>

namespace confman {

struct StartInfoArguments
{
    static inline const QString kPortOption = QStringLiteral("-transport-port");
    static inline const QString kAddressOption = QStringLiteral("-transport-address");

    std::optional<int> port; // valid -transport-port value
    QString address;         // valid -transport-address value, empty when absent
    QString problem;         // first problem found ("-transport-port has no value"), empty when none

    bool definesValues() const { return port.has_value() || !address.isEmpty(); }
    // "port 5000, address 10.0.0.1" for messages.
    QString describe() const;

    static StartInfoArguments parse(const QString &arguments);
    // Quoting-aware split; `unterminated` is set when a quote is left open.
    static QStringList split(const QString &arguments, bool *unterminated = nullptr);
};

} // namespace confman

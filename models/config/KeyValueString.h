#pragma once
// The shared grammar of the transport string (S5) and the Transport Protocol
// Parameters (S7): `key=value` pairs separated by ';', no spaces around
// either delimiter, values may hold inner spaces (a Windows thumbprint).
//
// Decisions (SPEC leaves them open):
// - A trailing ';' is an error ("trailing ';'"): the strings are short,
//   hand-typed, and a stray delimiter usually means a missing pair.
// - Only the first '=' of a pair separates; later ones belong to the value.
// - Empty values, empty keys, duplicate keys, control characters and
//   leading/trailing spaces of the whole string are errors.
#include "models/config/ParseResult.h"

#include <QVector>

namespace confman {

struct KeyValuePair
{
    QString key;
    QString value;
    int keyColumn = 0;   // 1-based
    int valueColumn = 0; // 1-based
};

// Splits `text` (non-empty) into pairs; keys are not interpreted.
ParseResult<QVector<KeyValuePair>> splitKeyValuePairs(const QString &text);

} // namespace confman

#pragma once
// What validation says about an object: an error refuses the save, a warning
// does not but must be shown (Problems panel, the dialog's tab).
#include "models/config/ObjectTypes.h"

#include <QString>
#include <QVector>

namespace confman {

enum class Severity { Warning, Error };

struct Finding
{
    Severity severity = Severity::Error;
    QString code;    // stable machine-readable id, e.g. "port.duplicate-on-host"
    QString message; // one sentence for the user; names the field and the rule
    ObjectRef object; // the object to open to fix it
    QString field;   // dotted path of the field, e.g. "name", "ports[secure].port", "connections[2].portId"
    QString objectName; // display name of `object` (for lists of findings)

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Finding &, const Finding &) = default;
};

using Findings = QVector<Finding>;
inline bool hasErrors(const Findings &f)
{
    for (const auto &x : f)
        if (x.isError())
            return true;
    return false;
}

} // namespace confman

#include "models/config/Application.h"

namespace confman {

const Port *ServerInfo::port(const QString &portId) const
{
    for (const auto &p : ports)
        if (p.id == portId)
            return &p;
    return nullptr;
}

} // namespace confman

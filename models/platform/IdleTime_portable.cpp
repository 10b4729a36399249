// makeSystemIdleTime everywhere but Windows: X11 on xcb, else nothing.
#include "models/platform/IdleTime.h"

namespace confman {

std::unique_ptr<IdleTime> makeSystemIdleTime(const QString &guiPlatformName)
{
    if (guiPlatformName == QLatin1String("xcb"))
        if (auto x11 = makeX11IdleTime())
            return x11;
    return makeNoIdleTime();
}

} // namespace confman

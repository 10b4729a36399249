// Windows: GetLastInputInfo covers input to every application of the session.
#include "models/platform/IdleTime.h"

#include <windows.h>

namespace confman {

namespace {

class WindowsIdleTime final : public IdleTime
{
public:
    std::optional<std::int64_t> idleMilliseconds() const override
    {
        LASTINPUTINFO info{};
        info.cbSize = sizeof(info);
        if (!GetLastInputInfo(&info))
            return std::nullopt;
        // Both are 32-bit tick counts: unsigned subtraction survives the wrap after 49.7 days.
        const DWORD idle = GetTickCount() - info.dwTime;
        return std::int64_t(idle);
    }
    QString backendName() const override { return QStringLiteral("windows"); }
};

} // namespace

std::unique_ptr<IdleTime> makeSystemIdleTime(const QString &)
{
    return std::make_unique<WindowsIdleTime>();
}

} // namespace confman

#pragma once
// How long the user has not touched keyboard or mouse anywhere on the
// desktop (SPEC S3: activity in other applications counts too). Backends:
// Windows GetLastInputInfo (IdleTime_win.cpp), the X11 screen-saver
// extension loaded at run time (IdleTimeX11.cpp, no link dependency) and a
// "none" fallback that knows nothing, so the caller relies on its own events.
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace confman {

class IdleTime
{
public:
    virtual ~IdleTime() = default;
    // Milliseconds since the last input on the desktop; nullopt when the
    // platform cannot tell (then only Confman's own events count).
    virtual std::optional<std::int64_t> idleMilliseconds() const = 0;
    virtual QString backendName() const = 0; // "windows", "x11", "none" (for the log)
};

// Knows nothing: idleMilliseconds() is always nullopt.
std::unique_ptr<IdleTime> makeNoIdleTime();
// The X11 backend when libX11/libXss load and a display opens, else nullptr.
std::unique_ptr<IdleTime> makeX11IdleTime();
// The best backend for this platform. `guiPlatformName` is
// QGuiApplication::platformName() (models/ has no QtGui): X11 is only tried
// on "xcb", Windows always uses GetLastInputInfo, everything else gets "none".
std::unique_ptr<IdleTime> makeSystemIdleTime(const QString &guiPlatformName);

} // namespace confman

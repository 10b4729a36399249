// X11 screen-saver extension (XScreenSaverQueryInfo), loaded at run time with
// QLibrary so Confman neither links against nor requires libX11/libXss: when
// they are missing, or no display opens, there is simply no X11 backend.
#include "models/platform/IdleTime.h"

#include <QLibrary>

namespace confman {

#if defined(Q_OS_WIN)

std::unique_ptr<IdleTime> makeX11IdleTime()
{
    return nullptr;
}

#else

namespace {

// Layout of XScreenSaverInfo (X11/extensions/scrnsaver.h); only `idle` is read.
struct XScreenSaverInfoLayout
{
    unsigned long window;
    int state;
    int kind;
    unsigned long tilOrSince;
    unsigned long idle;
    unsigned long eventMask;
};
struct Display;

using XOpenDisplayFn = Display *(*)(const char *);
using XCloseDisplayFn = int (*)(Display *);
using XDefaultRootWindowFn = unsigned long (*)(Display *);
using XFreeFn = int (*)(void *);
using XScreenSaverQueryExtensionFn = int (*)(Display *, int *, int *);
using XScreenSaverAllocInfoFn = XScreenSaverInfoLayout *(*)();
using XScreenSaverQueryInfoFn = int (*)(Display *, unsigned long, XScreenSaverInfoLayout *);

bool loadVersioned(QLibrary &lib, const char *name, int version)
{
    lib.setFileNameAndVersion(QString::fromLatin1(name), version);
    if (lib.load())
        return true;
    lib.setFileName(QString::fromLatin1(name)); // the unversioned development link
    return lib.load();
}

class X11IdleTime final : public IdleTime
{
public:
    ~X11IdleTime() override
    {
        if (m_info)
            m_free(m_info);
        if (m_display)
            m_closeDisplay(m_display);
    }

    bool init()
    {
        if (!loadVersioned(m_x11, "X11", 6) || !loadVersioned(m_xss, "Xss", 1))
            return false;
        auto open = reinterpret_cast<XOpenDisplayFn>(m_x11.resolve("XOpenDisplay"));
        m_closeDisplay = reinterpret_cast<XCloseDisplayFn>(m_x11.resolve("XCloseDisplay"));
        m_rootWindow = reinterpret_cast<XDefaultRootWindowFn>(m_x11.resolve("XDefaultRootWindow"));
        m_free = reinterpret_cast<XFreeFn>(m_x11.resolve("XFree"));
        auto queryExtension = reinterpret_cast<XScreenSaverQueryExtensionFn>(m_xss.resolve("XScreenSaverQueryExtension"));
        auto allocInfo = reinterpret_cast<XScreenSaverAllocInfoFn>(m_xss.resolve("XScreenSaverAllocInfo"));
        m_queryInfo = reinterpret_cast<XScreenSaverQueryInfoFn>(m_xss.resolve("XScreenSaverQueryInfo"));
        if (!open || !m_closeDisplay || !m_rootWindow || !m_free || !queryExtension || !allocInfo || !m_queryInfo)
            return false;
        m_display = open(nullptr);
        if (!m_display)
            return false;
        int eventBase = 0, errorBase = 0;
        if (!queryExtension(m_display, &eventBase, &errorBase))
            return false;
        m_info = allocInfo();
        return m_info != nullptr;
    }

    std::optional<std::int64_t> idleMilliseconds() const override
    {
        if (!m_queryInfo(m_display, m_rootWindow(m_display), m_info))
            return std::nullopt;
        return std::int64_t(m_info->idle);
    }
    QString backendName() const override { return QStringLiteral("x11"); }

private:
    QLibrary m_x11;
    QLibrary m_xss;
    XCloseDisplayFn m_closeDisplay = nullptr;
    XDefaultRootWindowFn m_rootWindow = nullptr;
    XFreeFn m_free = nullptr;
    XScreenSaverQueryInfoFn m_queryInfo = nullptr;
    Display *m_display = nullptr;
    XScreenSaverInfoLayout *m_info = nullptr;
};

} // namespace

std::unique_ptr<IdleTime> makeX11IdleTime()
{
    auto idle = std::make_unique<X11IdleTime>();
    if (!idle->init())
        return nullptr;
    return idle;
}

#endif

} // namespace confman

#pragma once
// The security banner's settings (SPEC S2.1/S2.2), resolved once at start from
// a Registry for one application type (Confman: 19).
//
// Keys (HKLM):  SOFTWARE\GCTI\Unilogin\Banner            defaults for all applications
//               SOFTWARE\GCTI\Unilogin\Banner\<type>     per type; each value falls back to the default key
//               SOFTWARE\GCTI\Unilogin\Banner\URLs\<seq> URL list for all applications
//               SOFTWARE\GCTI\Unilogin\Banner\<type>\<seq> per-type URL list; when it has any entry
//                                                        it replaces the default list
// A per-type value that is invalid is ignored (reported) and the default key's
// value is used, then the built-in default.
// Acknowledgement (HKCU): DWORD Acknowledged=1 under ...\Banner (AckMode 0, all
// applications) or ...\Banner\<type> (AckMode 1); AckMode 2 ignores both.
// A legacy banner bitmap is not supported: no URL means no banner.
#include "models/platform/Registry.h"

#include <QList>
#include <QProcessEnvironment>
#include <QUrl>

#include <optional>

namespace confman::banner {

inline constexpr int kConfmanAppType = 19;

struct BannerUrl
{
    QString url; // after %VAR% expansion
    int seq = 0;
    QUrl toUrl() const; // absolute local paths and UNC paths become file: URLs
    bool operator==(const BannerUrl &) const = default;
};

struct IgnoredValue
{
    QString key;    // full path, e.g. HKEY_LOCAL_MACHINE\SOFTWARE\GCTI\Unilogin\Banner\19
    QString value;  // value name (or subkey name for URL entries)
    QString reason;
};

struct BannerSettings
{
    int appType = kConfmanAppType;
    QList<BannerUrl> urls;       // banner documents, in trial order
    QList<BannerUrl> errorPages; // ErrorPage=1 entries, in trial order
    bool ackMandatory = false;
    int ackMode = 0;               // 0 all applications, 1 this type, 2 every time
    int showUpTimeoutMs = 3000;
    int noCompleteTimeoutMs = 2000; // 0: no check
    std::optional<QString> title;   // nullopt: the HTML <title>, else the URL
    std::optional<int> height;      // document area; nullopt: fit the content
    std::optional<int> width;
    bool acknowledged = false; // a stored acknowledgement that applies to ackMode
    QList<IgnoredValue> ignored;

    bool enabled() const { return !urls.isEmpty(); }
    // No banner document configured, or acknowledged earlier.
    bool skipBanner() const { return !enabled() || acknowledged; }
    bool checkboxOffered() const { return ackMode == 0 || ackMode == 1; }

    // Reads everything once. env: where %NAME% is looked up.
    static BannerSettings resolve(const platform::Registry &registry, int appType = kConfmanAppType,
                                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // Stores "do not show again" for this ackMode (HKCU). AckMode 2 stores
    // nothing and returns false with a reason.
    bool storeAcknowledgement(platform::Registry &registry, QString *error = nullptr) const;
};

// Registry paths (relative to the hive root).
QString bannerKey();                 // SOFTWARE\GCTI\Unilogin\Banner
QString bannerTypeKey(int appType);  // SOFTWARE\GCTI\Unilogin\Banner\<appType>

// %NAME% replaced from env; unknown names are left as written.
QString expandEnvironment(const QString &text, const QProcessEnvironment &env);

} // namespace confman::banner

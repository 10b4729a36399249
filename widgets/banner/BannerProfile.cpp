#include "widgets/banner/BannerProfile.h"

#include <QLoggingCategory>
#include <QWebEngineDownloadRequest>

Q_LOGGING_CATEGORY(lcBannerProfile, "confman.banner")

namespace confman::widgets {

QWebEngineProfile *makeBannerProfile(QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent); // no storage name: off the record
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    QObject::connect(profile, &QWebEngineProfile::downloadRequested, profile,
                     [](QWebEngineDownloadRequest *download) {
                         qCWarning(lcBannerProfile).noquote()
                             << QStringLiteral("banner download refused: %1").arg(download->url().toString());
                         download->cancel();
                     });
    return profile;
}

} // namespace confman::widgets

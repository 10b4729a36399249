#pragma once
// The banner's browser profile: off the record (no cookies, cache or history
// on disk, nothing shared with any other page), downloads refused.
#include <QWebEngineProfile>

namespace confman::widgets {

// A new private profile owned by parent.
QWebEngineProfile *makeBannerProfile(QObject *parent);

} // namespace confman::widgets

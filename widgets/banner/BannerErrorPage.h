#pragma once
// The built-in error page (resources/banner/error.html) with the error text
// HTML-escaped into it: the text may come from a hostile server (a reason
// phrase), so it is never handed to a script or written unescaped.
#include <QString>

namespace confman::widgets {

QString builtInErrorPageHtml(const QString &errorText);

} // namespace confman::widgets

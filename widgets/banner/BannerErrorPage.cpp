#include "widgets/banner/BannerErrorPage.h"

#include <QFile>

namespace confman::widgets {

QString builtInErrorPageHtml(const QString &errorText)
{
    static const QLatin1String marker("@ERROR_TEXT@");
    QString page;
    QFile file(QStringLiteral(":/banner/error.html"));
    if (file.open(QIODevice::ReadOnly))
        page = QString::fromUtf8(file.readAll());
    if (!page.contains(marker)) // resources not linked in: a bare page still says what failed
        page = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Terms of use unavailable"
                              "</title></head><body><p>The terms of use could not be displayed.</p>"
                              "<p>Error: <span id=\"error\">@ERROR_TEXT@</span></p></body></html>");
    // Bounded and without control characters, then escaped.
    QString clean;
    for (QChar c : errorText.left(500)) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            clean.append(c);
    }
    page.replace(marker, clean.toHtmlEscaped());
    return page;
}

} // namespace confman::widgets

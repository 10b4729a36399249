#include "models/banner/BannerAcceptanceLog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBannerAcceptance, "confman.banner")

namespace confman::banner {

QString BannerAcceptance::toString() const
{
    return QStringLiteral("banner accepted by %1 at %2: %3 (AckMode %4%5)")
        .arg(userAccount, time.toString(Qt::ISODateWithMs), url)
        .arg(ackMode)
        .arg(doNotShowAgain ? QStringLiteral(", do not show again") : QString());
}

void LoggingAcceptanceLog::record(const BannerAcceptance &acceptance)
{
    qCInfo(lcBannerAcceptance).noquote() << acceptance.toString();
}

void RecordingAcceptanceLog::record(const BannerAcceptance &acceptance)
{
    m_log.record(acceptance);
    m_acceptances.append(acceptance);
}

QString currentUserAccount()
{
    const QString windowsUser = qEnvironmentVariable("USERNAME");
    if (!windowsUser.isEmpty()) {
        const QString domain = qEnvironmentVariable("USERDOMAIN");
        return domain.isEmpty() ? windowsUser : domain + QLatin1Char('\\') + windowsUser;
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("(unknown)") : user;
}

} // namespace confman::banner

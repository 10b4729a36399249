#pragma once
// Where banner acceptances are recorded (who, when, which document, mode).
#include <QDateTime>
#include <QString>

namespace confman::banner {

struct BannerAcceptance
{
    QString userAccount;
    QDateTime time; // UTC
    QString url;
    int ackMode = 0;
    bool doNotShowAgain = false;
    QString toString() const;
};

class BannerAcceptanceLog
{
public:
    virtual ~BannerAcceptanceLog() = default;
    virtual void record(const BannerAcceptance &acceptance) = 0;
};

// Default sink: an info line in the "confman.banner" logging category.
class LoggingAcceptanceLog : public BannerAcceptanceLog
{
public:
    void record(const BannerAcceptance &acceptance) override;
};

QString currentUserAccount(); // USERDOMAIN\USERNAME on Windows, $USER elsewhere

} // namespace confman::banner

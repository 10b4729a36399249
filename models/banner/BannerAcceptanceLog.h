#pragma once
// Where banner acceptances are recorded (who, when, which document, mode).
#include <QDateTime>
#include <QString>
#include <QVector>

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

// Logs like LoggingAcceptanceLog and keeps the acceptances, so the start-up
// can add them to the store's audit trail once the store is open (the banner
// comes before the store, SPEC S2).
class RecordingAcceptanceLog : public BannerAcceptanceLog
{
public:
    void record(const BannerAcceptance &acceptance) override;
    const QVector<BannerAcceptance> &acceptances() const { return m_acceptances; }

private:
    LoggingAcceptanceLog m_log;
    QVector<BannerAcceptance> m_acceptances;
};

QString currentUserAccount(); // USERDOMAIN\USERNAME on Windows, $USER elsewhere

} // namespace confman::banner

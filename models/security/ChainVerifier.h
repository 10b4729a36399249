#pragma once
// Verifies a certificate against trusted CA certificates (plus optional
// untrusted intermediates) at a given time, and builds its certification
// path as far as the given certificates allow.
#include "models/security/Certificate.h"

#include <QDateTime>
#include <QVector>

namespace confman::security {

struct ChainResult
{
    bool ok = false;
    QString reason;       // OpenSSL's text when !ok ("unable to get local issuer certificate", ...)
    int errorDepth = -1;  // 0 = the certificate itself, 1 = its issuer, ...
    // Leaf first, anchor last. On failure: the part that could be built.
    QVector<Certificate> path;
};

class ChainVerifier
{
public:
    ChainVerifier(QVector<Certificate> trusted, QVector<Certificate> intermediates = {});

    // ignoreTime: check trust and signatures only (CertificateChecks reports
    // expiry separately so each problem is one finding).
    ChainResult verify(const Certificate &cert, const QDateTime &at = QDateTime::currentDateTimeUtc(),
                       bool ignoreTime = false) const;

    const QVector<Certificate> &trusted() const { return m_trusted; }
    const QVector<Certificate> &intermediates() const { return m_intermediates; }

private:
    QVector<Certificate> m_trusted;
    QVector<Certificate> m_intermediates;
};

} // namespace confman::security

#pragma once
// INTERNAL to models/security: splits PEM text into its blocks (skipping any
// text between them) and names what a set of blocks holds.
#include "models/security/SecurityError.h"

#include <QByteArray>
#include <QVector>

namespace confman::security {

struct PemBlock
{
    QByteArray label;  // "CERTIFICATE", "PRIVATE KEY", ...
    QByteArray header; // "Proc-Type: 4,ENCRYPTED ..." for legacy encrypted keys
    QByteArray der;

    bool isCertificate() const;
    bool isPrivateKey() const;
    bool isEncryptedKey() const;
};

bool looksLikePem(const QByteArray &data);
// All blocks, or Truncated/Malformed for a block that is cut off or not base64.
Result<QVector<PemBlock>> readPemBlocks(const QByteArray &data);
// "a private key", "a certificate request", ... for a file with no certificate.
QString describeContents(const QVector<PemBlock> &blocks);

} // namespace confman::security

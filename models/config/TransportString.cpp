#include "models/config/TransportString.h"

#include "models/config/KeyValueString.h"

namespace confman {

namespace {

const QString kTls = QStringLiteral("tls");

} // namespace

ParseResult<TransportString> TransportString::parse(const QString &text)
{
    using Result = ParseResult<TransportString>;
    if (text.isEmpty())
        return Result{};
    const auto split = splitKeyValuePairs(text);
    if (!split.ok())
        return Result{TransportString{}, split.error};

    Result result;
    const KeyValuePair *tlsPair = nullptr;
    const KeyValuePair *certificatePair = nullptr;
    const KeyValuePair *firstCertificateField = nullptr;
    for (const auto &pair : split.value) {
        if (pair.key == kTls) {
            if (pair.value != QLatin1String("0") && pair.value != QLatin1String("1"))
                return Result::failure(pair.valueColumn,
                                       QStringLiteral("tls must be 0 or 1, not `%1`").arg(pair.value));
            result.value.tls = pair.value == QLatin1String("1");
            tlsPair = &pair;
            continue;
        }
        if (pair.key == kCertificateOption) {
            result.value.certificate.certificate = pair.value;
            certificatePair = &pair;
        } else if (pair.key == kCertificateKeyOption) {
            result.value.certificate.certificateKey = pair.value;
        } else if (pair.key == kTrustedCaOption) {
            result.value.certificate.trustedCa = pair.value;
        } else {
            return Result::failure(pair.keyColumn,
                                   QStringLiteral("unknown key `%1` (expected tls, certificate, certificate-key or "
                                                  "trusted-ca)")
                                       .arg(pair.key));
        }
        if (!firstCertificateField)
            firstCertificateField = &pair;
    }
    if (!tlsPair)
        return Result::failure(1, QStringLiteral("tls=0 or tls=1 is missing"));
    if (!result.value.tls && firstCertificateField)
        return Result::failure(firstCertificateField->keyColumn,
                               QStringLiteral("`%1` needs tls=1").arg(firstCertificateField->key));
    if (firstCertificateField && !certificatePair)
        return Result::failure(firstCertificateField->keyColumn,
                               QStringLiteral("`%1` needs a certificate").arg(firstCertificateField->key));
    return result;
}

QString TransportString::serialize() const
{
    QString out = tls ? QStringLiteral("tls=1") : QStringLiteral("tls=0");
    const auto append = [&out](const QString &key, const QString &value) {
        if (!value.isEmpty())
            out += QLatin1Char(';') + key + QLatin1Char('=') + value;
    };
    append(kCertificateOption, certificate.certificate);
    append(kCertificateKeyOption, certificate.certificateKey);
    append(kTrustedCaOption, certificate.trustedCa);
    return out;
}

} // namespace confman

#include "models/config/Host.h"

namespace confman {

CertificateFields certificateFieldsFrom(const OptionSections &options)
{
    CertificateFields f;
    f.certificate = options.value(kSecuritySection, kCertificateOption, {});
    f.certificateKey = options.value(kSecuritySection, kCertificateKeyOption, {});
    f.trustedCa = options.value(kSecuritySection, kTrustedCaOption, {});
    return f;
}

void setCertificateFields(OptionSections &options, const CertificateFields &fields)
{
    const auto put = [&](const QString &key, const QString &value) {
        if (value.isEmpty())
            options.remove(kSecuritySection, key);
        else
            options.set(kSecuritySection, key, value);
    };
    put(kCertificateOption, fields.certificate);
    put(kCertificateKeyOption, fields.certificateKey);
    put(kTrustedCaOption, fields.trustedCa);
}

} // namespace confman

#pragma once
// Turning a certificate chosen in the store browser into the fields of S4.1
// (thumbprint on Windows hosts; certificate, key and CA paths on UNIX hosts)
// and checking an assignment against S4.5 before it is made. No widgets
// here: the dialogs call these and show the result.
#include "models/config/Application.h"
#include "models/config/Finding.h"
#include "models/config/Host.h"
#include "models/itemmodels/CertificateListModel.h"
#include "models/security/CertificateChecks.h"

namespace confman::security {
class PasswordProvider;
}

namespace confman {

struct CertificateChoice
{
    CertificateFields fields;
    security::Certificate certificate;
    QStringList notes; // why a field was left empty, one sentence each
};

// row: a readable row of a CertificateListModel over `sources`.
CertificateChoice chooseCertificate(const CertificateRow &row, const QVector<security::CertificateSource *> &sources,
                                    OsType hostOs);

// Server vs GUI requirements (S4.5) by application type; a host's default
// certificate serves its server applications.
security::ApplicationKind applicationKindOf(AppType type);

// S4.5 findings for assigning `fields` on `host`: reads the certificate,
// key and CA files (UNIX) or looks the thumbprint up in `sources` (Windows).
// What cannot be read is a finding too, never a crash.
Findings checkAssignment(const CertificateFields &fields, const Host &host, security::ApplicationKind kind,
                         const QVector<security::CertificateSource *> &sources,
                         security::PasswordProvider *passwords = nullptr);

// One line per finding, errors first ("Error: ...", "Warning: ...").
QString describeFindings(const Findings &findings);

} // namespace confman

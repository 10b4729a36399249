#pragma once
// The two steps every certificate field set shares (S4.1-S4.3, S4.5):
// browse (the picker for the host) and confirm (run the S4.5 checks; errors
// need an explicit "Assign anyway", asked through MessageBox so tests answer).
#include "models/config/Host.h"
#include "models/security/CertificateChecks.h"
#include "models/security/CertificateSource.h"

#include <optional>

class QWidget;

namespace confman::security {
class PasswordProvider;
}

namespace confman {

struct AssignedCertificate
{
    CertificateFields fields;
    QString summary; // why a field is empty and what the checks found, for the dialog to show ("" when all is well)
};

class CertificateAssigner
{
public:
    // Opens "Select certificate on host <name>" and, when one is chosen and
    // confirmed, returns its fields. nullopt: cancelled or not confirmed.
    static std::optional<AssignedCertificate> browse(QWidget *parent, const Host &host, security::ApplicationKind kind);

    // Checks fields typed or changed by hand with the remembered certificate
    // folders; false when the checks found errors and the user did not assign anyway.
    static bool confirm(QWidget *parent, const CertificateFields &fields, const Host &host,
                        security::ApplicationKind kind, QString *summary = nullptr);

    // The shared step: the findings; errors ask "Assign anyway?".
    static bool confirm(QWidget *parent, const CertificateFields &fields, const Host &host,
                        security::ApplicationKind kind, const QVector<security::CertificateSource *> &sources,
                        security::PasswordProvider *passwords, QString *summary);
};

} // namespace confman

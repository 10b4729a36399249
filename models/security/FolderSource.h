#pragma once
// The portable certificate store: one folder (not recursive) of PEM, CRT,
// CER, DER, PFX and P12 files. Every regular file is an entry; files that
// hold no certificate (keys, CSRs, damaged files) carry the reason, and key
// files are marked as such (CertificateEntry::isKeyOnly).
#include "models/security/CertificateSource.h"
#include "models/security/PrivateKey.h"

#include <QHash>

namespace confman::security {

class PasswordProvider;

class FolderSource : public CertificateSource
{
public:
    // passwords: asked for encrypted PKCS#12 bundles and keys; may be null
    // (such files are then listed as "protected by a password").
    explicit FolderSource(QString folder, PasswordProvider *passwords = nullptr);

    QString folder() const { return m_folder; }
    QString displayName() const override;
    QVector<CertificateEntry> entries() override;
    QString findPrivateKeyFile(const Certificate &cert) override;
    QString findIssuerFile(const Certificate &cert) override;

    // The files the folder holds, sorted by name (what entries() walks).
    QStringList filePaths() const;
    // Reads one file as entries() does.
    CertificateEntry readEntry(const QString &path);

private:
    CertificateEntry readPkcs12(CertificateEntry entry, const QByteArray &data);

    QString m_folder;
    PasswordProvider *m_passwords = nullptr;
    // Keys of the bundles opened while listing, so finding a key never asks
    // for the same password twice. In memory only.
    QHash<QString, PrivateKey> m_bundleKeys;
};

} // namespace confman::security

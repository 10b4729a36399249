#include "models/security/FolderSource.h"

#include "models/security/FileReader.h"
#include "models/security/PasswordProvider.h"
#include "models/security/Pkcs12Bundle.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace confman::security {

std::optional<Certificate> CertificateSource::findByThumbprint(const Thumbprint &thumbprint)
{
    const bool sha1 = thumbprint.bytes().size() == 20;
    for (const CertificateEntry &e : entries())
        for (const Certificate &c : e.certificates)
            if ((sha1 ? c.sha1() : c.sha256()) == thumbprint)
                return c;
    return std::nullopt;
}

namespace {
bool isPkcs12Name(const QString &name)
{
    return name.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive)
           || name.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive);
}
constexpr int kMaxPasswordAttempts = 3;
} // namespace

FolderSource::FolderSource(QString folder, PasswordProvider *passwords)
    : m_folder(std::move(folder)), m_passwords(passwords)
{
}

QString FolderSource::displayName() const
{
    return QDir::toNativeSeparators(m_folder);
}

QStringList FolderSource::filePaths() const
{
    const QDir dir(m_folder);
    // System: FIFOs, sockets and broken links are listed too, with a reason.
    QStringList names = dir.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
    std::sort(names.begin(), names.end());
    QStringList paths;
    paths.reserve(names.size());
    for (const QString &n : names)
        paths << dir.filePath(n);
    return paths;
}

QVector<CertificateEntry> FolderSource::entries()
{
    QVector<CertificateEntry> out;
    const QStringList paths = filePaths();
    out.reserve(paths.size());
    for (const QString &p : paths)
        out.append(readEntry(p));
    return out;
}

CertificateEntry FolderSource::readEntry(const QString &path)
{
    CertificateEntry entry;
    entry.filePath = path;
    entry.fileName = QFileInfo(path).fileName();
    auto data = readCappedFile(path);
    if (!data) {
        entry.error = data.error();
        return entry;
    }
    if (isPkcs12Name(entry.fileName))
        return readPkcs12(std::move(entry), data.value());
    auto certs = Certificate::fromData(data.value());
    if (certs) {
        entry.certificates = std::move(certs).value();
        return entry;
    }
    // A bundle under another extension (.der, .cer) is still a bundle.
    if (certs.errorKind() == ErrorKind::NotACertificate && Pkcs12Bundle::looksLikePkcs12(data.value()))
        return readPkcs12(std::move(entry), data.value());
    entry.error = inFile(certs.error(), path);
    entry.isKeyOnly = certs.errorKind() == ErrorKind::NotACertificate && PrivateKey::isKeyOnlyFile(data.value());
    return entry;
}

CertificateEntry FolderSource::readPkcs12(CertificateEntry entry, const QByteArray &data)
{
    auto bundle = Pkcs12Bundle::fromData(data, QString(), entry.fileName);
    for (int attempt = 1; !bundle && m_passwords && attempt <= kMaxPasswordAttempts
                          && (bundle.errorKind() == ErrorKind::PasswordRequired
                              || bundle.errorKind() == ErrorKind::WrongPassword);
         ++attempt) {
        const std::optional<QString> pw = m_passwords->password(entry.filePath, attempt);
        if (!pw) {
            entry.error = SecurityError{ErrorKind::Cancelled,
                                        QStringLiteral("no password given for %1").arg(entry.fileName)};
            return entry;
        }
        bundle = Pkcs12Bundle::fromData(data, *pw, entry.fileName);
    }
    if (!bundle) {
        entry.error = bundle.error();
        return entry;
    }
    entry.certificates = bundle->certificates();
    entry.hasPrivateKey = bundle->hasPrivateKey();
    if (entry.hasPrivateKey)
        m_bundleKeys.insert(entry.filePath, bundle->privateKey());
    return entry;
}

QString FolderSource::findPrivateKeyFile(const Certificate &cert)
{
    for (auto it = m_bundleKeys.cbegin(); it != m_bundleKeys.cend(); ++it)
        if (it->matches(cert))
            return it.key();
    QStringList encrypted;
    const QStringList paths = filePaths();
    for (const QString &path : paths) {
        if (isPkcs12Name(path))
            continue;
        auto data = readCappedFile(path);
        if (!data || !data->contains("PRIVATE KEY")) // PEM keys only; cheap prefilter
            continue;
        if (PrivateKey::isEncrypted(data.value())) {
            encrypted << path;
            continue;
        }
        auto key = PrivateKey::fromData(data.value());
        if (key && key->matches(cert))
            return path;
    }
    // Encrypted keys last: each costs the user a password.
    for (const QString &path : std::as_const(encrypted)) {
        if (!m_passwords)
            break;
        auto data = readCappedFile(path);
        if (!data)
            continue;
        for (int attempt = 1; attempt <= kMaxPasswordAttempts; ++attempt) {
            const std::optional<QString> pw = m_passwords->password(path, attempt);
            if (!pw)
                break;
            auto key = PrivateKey::fromData(data.value(), *pw);
            if (key) {
                if (key->matches(cert))
                    return path;
                break;
            }
            if (key.errorKind() != ErrorKind::WrongPassword)
                break;
        }
    }
    // Bundles not listed yet (entries() not called): open them now.
    for (const QString &path : paths) {
        if (!isPkcs12Name(path) || m_bundleKeys.contains(path))
            continue;
        readEntry(path);
        if (auto it = m_bundleKeys.constFind(path); it != m_bundleKeys.cend() && it->matches(cert))
            return path;
    }
    return {};
}

QString FolderSource::findIssuerFile(const Certificate &cert)
{
    for (const QString &path : filePaths()) {
        if (isPkcs12Name(path))
            continue; // bundles hold leaf certificates; reading them may ask for passwords
        auto data = readCappedFile(path);
        if (!data)
            continue;
        auto certs = Certificate::fromData(data.value());
        if (!certs)
            continue;
        for (const Certificate &c : certs.value())
            if (c.isIssuerOf(cert) && !(c == cert && !cert.isSelfIssued()))
                return path;
    }
    return {};
}

} // namespace confman::security

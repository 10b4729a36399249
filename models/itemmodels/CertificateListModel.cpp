#include "models/itemmodels/CertificateListModel.h"

#include "models/itemmodels/ItemRoles.h"

#include <QColor>

namespace confman {

using security::Certificate;

CertificateListModel::CertificateListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CertificateListModel::setSources(const QVector<security::CertificateSource *> &sources)
{
    m_sources = sources;
    reload();
}

void CertificateListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (int s = 0; s < m_sources.size(); ++s) {
        for (const security::CertificateEntry &entry : m_sources.at(s)->entries()) {
            if (entry.isKeyOnly)
                continue; // a certificate's key (Certificate Key), not an unreadable certificate
            if (!entry.ok() || entry.certificates.isEmpty()) {
                CertificateRow row;
                row.filePath = entry.filePath;
                row.fileName = entry.fileName;
                row.sourceIndex = s;
                row.error = entry.error ? entry.error->message : tr("The file holds no certificate.");
                m_rows.append(row);
                continue;
            }
            for (const Certificate &cert : entry.certificates)
                m_rows.append(CertificateRow{cert, entry.filePath, entry.fileName, s, entry.hasPrivateKey, {}});
        }
    }
    endResetModel();
}

void CertificateListModel::setReferenceTime(const QDateTime &utc)
{
    m_now = utc;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole, ExpiryStateRole});
}

int CertificateListModel::rowOfThumbprint(const security::Thumbprint &sha1) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).ok() && m_rows.at(i).certificate.sha1() == sha1)
            return i;
    return -1;
}

CertificateListModel::ExpiryState CertificateListModel::expiryState(int row) const
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QDateTime notAfter = m_rows.at(row).certificate.notAfter();
    if (!notAfter.isValid() || notAfter < now)
        return ExpiryState::Expired;
    if (notAfter < now.addDays(kExpiringSoonDays))
        return ExpiryState::ExpiringSoon;
    return ExpiryState::Valid;
}

QString CertificateListModel::intendedPurposes(const Certificate &cert)
{
    if (!cert.hasExtendedKeyUsageExtension())
        return tr("<All>");
    static const QHash<QString, QString> names{
        {QStringLiteral("serverAuth"), tr("Server Authentication")},
        {QStringLiteral("clientAuth"), tr("Client Authentication")},
        {QStringLiteral("emailProtection"), tr("Secure Email")},
        {QStringLiteral("codeSigning"), tr("Code Signing")},
        {QStringLiteral("timeStamping"), tr("Time Stamping")},
        {QStringLiteral("OCSPSigning"), tr("OCSP Signing")},
    };
    QStringList shown;
    for (const QString &eku : cert.extendedKeyUsage())
        shown.append(names.value(eku, eku));
    return shown.join(QStringLiteral(", "));
}

int CertificateListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CertificateListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString CertificateListModel::text(const CertificateRow &row, int column) const
{
    if (!row.ok()) {
        switch (column) {
        case IssuedToColumn: return row.fileName;
        case IssuedByColumn: return tr("Cannot be read: %1").arg(row.error);
        default: return {};
        }
    }
    const Certificate &c = row.certificate;
    switch (column) {
    case IssuedToColumn: return c.issuedTo();
    case IssuedByColumn: return c.issuedBy();
    case ExpirationColumn: {
        const QDateTime t = c.notAfter();
        return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd")) : tr("(invalid date)");
    }
    case PurposesColumn: return intendedPurposes(c);
    case FriendlyNameColumn: return c.friendlyName();
    case ThumbprintColumn: return c.sha1().toString();
    }
    return {};
}

QVariant CertificateListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CertificateRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (!row.ok())
            return tr("%1 cannot be read: %2").arg(row.filePath, row.error);
        return row.certificate.subject() + QLatin1Char('\n') + row.filePath;
    case Qt::ForegroundRole:
        if (!row.ok())
            return QColor(Qt::gray);
        switch (expiryState(index.row())) {
        case ExpiryState::Expired: return QColor(0xc6, 0x28, 0x28);      // red
        case ExpiryState::ExpiringSoon: return QColor(0xb2, 0x6a, 0x00); // amber, readable on white
        case ExpiryState::Valid: break;
        }
        return {};
    case FilePathRole:
        return row.filePath;
    case ErrorRole:
        return row.error;
    case ExpiryStateRole:
        return row.ok() ? QVariant(int(expiryState(index.row()))) : QVariant();
    case FilterHaystackRole: {
        QStringList parts{row.fileName};
        for (int c = 0; c < ColumnCount; ++c)
            parts.append(text(row, c));
        return parts.join(QLatin1Char('\n')).toLower();
    }
    }
    return {};
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IssuedToColumn: return tr("Issued To");
    case IssuedByColumn: return tr("Issued By");
    case ExpirationColumn: return tr("Expiration");
    case PurposesColumn: return tr("Intended Purposes");
    case FriendlyNameColumn: return tr("Friendly Name");
    case ThumbprintColumn: return tr("Thumbprint");
    }
    return {};
}

Qt::ItemFlags CertificateListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Unreadable files are listed to say why, never to be chosen.
    return m_rows.at(index.row()).ok() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace confman

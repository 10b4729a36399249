#pragma once
// The rows of the certificate store browser (S4.4): one per certificate of
// every entry of the given sources, and one per file that could not be read
// (greyed, not selectable, the reason in the Issued By column and tooltip).
// Files holding only a private key are not rows: the picker reads them to
// fill Certificate Key.
// Expired certificates are red, those expiring within 30 days amber.
#include "models/security/CertificateSource.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace confman {

struct CertificateRow
{
    security::Certificate certificate; // null for an unreadable file
    QString filePath;
    QString fileName;
    int sourceIndex = -1;              // into the model's sources
    bool hasPrivateKey = false;        // a PKCS#12 bundle with its key
    QString error;                     // why the file could not be read ("" when it could)

    bool ok() const { return error.isEmpty(); }
};

class CertificateListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IssuedToColumn, IssuedByColumn, ExpirationColumn, PurposesColumn, FriendlyNameColumn,
                  ThumbprintColumn, ColumnCount };
    enum Role { FilePathRole = Qt::UserRole + 100, ErrorRole, ExpiryStateRole };
    enum class ExpiryState { Valid, ExpiringSoon, Expired };
    static constexpr int kExpiringSoonDays = 30;

    explicit CertificateListModel(QObject *parent = nullptr);

    // Not owned; they must outlive the model (or be replaced first).
    void setSources(const QVector<security::CertificateSource *> &sources);
    const QVector<security::CertificateSource *> &sources() const { return m_sources; }
    // Reads every source again.
    void reload();
    // The time expiry colours are computed against (now by default; tests fix it).
    void setReferenceTime(const QDateTime &utc);

    const CertificateRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOfThumbprint(const security::Thumbprint &sha1) const; // -1 if not listed
    ExpiryState expiryState(int row) const;

    // "Server Authentication, Client Authentication", "<All>" without an EKU extension.
    static QString intendedPurposes(const security::Certificate &cert);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString text(const CertificateRow &row, int column) const;

    QVector<security::CertificateSource *> m_sources;
    QVector<CertificateRow> m_rows;
    QDateTime m_now;
};

} // namespace confman

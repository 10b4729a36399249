#pragma once
// Every field of one certificate (S4.4 details view), the way Windows'
// certificate dialog arranges them: General (issued to / by, validity,
// purposes), Details (each field) and Certification Path (the chain as far
// as the given sources can build it, as a tree).
#include "models/security/CertificateSource.h"

#include <QDialog>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace confman {

class CertificateDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDetailsDialog(const security::Certificate &cert, const QVector<security::CertificateSource *> &sources,
                             QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *fieldsTree() const { return m_fields; }
    QTreeWidget *pathTree() const { return m_path; }
    QLabel *pathStatus() const { return m_pathStatus; }
    // The Details tab's value of a field ("" if absent), e.g. "Serial number".
    QString fieldValue(const QString &name) const;

private:
    QWidget *buildGeneral(const security::Certificate &cert);
    QWidget *buildDetails(const security::Certificate &cert);
    QWidget *buildPath(const security::Certificate &cert, const QVector<security::CertificateSource *> &sources);

    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_fields = nullptr;
    QTreeWidget *m_path = nullptr;
    QLabel *m_pathStatus = nullptr;
};

} // namespace confman

#include "widgets/certificates/CertificatePropertiesDialog.h"

#include "widgets/certificates/CertificateAssigner.h"
#include "widgets/certificates/CertificateFieldsEditor.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace confman {

CertificatePropertiesDialog::CertificatePropertiesDialog(const CertificateFields &fields, const Host &host,
                                                         security::ApplicationKind kind, QWidget *parent)
    : QDialog(parent), m_initial(fields)
{
    setWindowTitle(tr("Certificate Properties"));
    m_editor = new CertificateFieldsEditor(false);
    m_editor->setContext(host, kind);
    m_editor->setFields(fields);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertificatePropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);
}

CertificateFields CertificatePropertiesDialog::fields() const { return m_editor->fields(); }

void CertificatePropertiesDialog::accept()
{
    const CertificateFields f = fields();
    if (f != m_initial && f != m_editor->browsedFields()) {
        QString summary;
        if (!CertificateAssigner::confirm(this, f, m_editor->host(), m_editor->kind(), &summary)) {
            m_editor->setNote(summary);
            return;
        }
    }
    QDialog::accept();
}

} // namespace confman

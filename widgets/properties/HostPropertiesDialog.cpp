#include "widgets/properties/HostPropertiesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace confman {

HostPropertiesDialog::HostPropertiesDialog(Store &store, Host host, QWidget *parent)
    : QDialog(parent), m_store(store), m_host(std::move(host))
{
    setWindowTitle(tr("Host Properties"));
    m_tabs = new QTabWidget(this);
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    m_name = new QLineEdit;
    m_address = new QLineEdit;
    m_osType = new QComboBox;
    for (OsType os : allOsTypes())
        m_osType->addItem(osTypeName(os), int(os));
    m_lcaPort = new QLineEdit;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("IP &address or DNS name:"), m_address);
    form->addRow(tr("&OS type:"), m_osType);
    form->addRow(tr("&LCA port:"), m_lcaPort);
    m_tabs->addTab(general, tr("General"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HostPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HostPropertiesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &HostPropertiesDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    loadFields();
}

void HostPropertiesDialog::loadFields()
{
    m_name->setText(m_host.name);
    m_address->setText(m_host.address);
    m_osType->setCurrentIndex(m_osType->findData(int(m_host.osType)));
    m_lcaPort->setText(QString::number(m_host.lcaPort));
}

Host HostPropertiesDialog::editedHost() const
{
    Host h = m_host;
    h.name = m_name->text();
    h.address = m_address->text();
    h.osType = OsType(m_osType->currentData().toInt());
    bool ok = false;
    const int port = m_lcaPort->text().trimmed().toInt(&ok);
    h.lcaPort = ok ? port : -1;
    return h;
}

bool HostPropertiesDialog::apply()
{
    const Host h = editedHost();
    const SaveResult r = m_store.save(h);
    if (!r.ok)
        return false;
    m_host = h;
    m_host.id = r.id;
    m_host.version = r.version;
    Q_EMIT saved(ObjectRef{ObjectKind::Host, r.id});
    return true;
}

void HostPropertiesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace confman

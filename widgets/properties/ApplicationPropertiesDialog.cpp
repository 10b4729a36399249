#include "widgets/properties/ApplicationPropertiesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace confman {

ApplicationPropertiesDialog::ApplicationPropertiesDialog(Store &store, Application app, QWidget *parent)
    : QDialog(parent), m_store(store), m_app(std::move(app))
{
    setWindowTitle(tr("Application Properties"));
    m_tabs = new QTabWidget(this);
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    m_name = new QLineEdit(m_app.name);
    m_type = new QComboBox;
    for (AppType t : allAppTypes())
        m_type->addItem(appTypeName(t), int(t));
    m_type->setCurrentIndex(m_type->findData(int(m_app.type)));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    m_tabs->addTab(general, tr("General"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApplicationPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApplicationPropertiesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &ApplicationPropertiesDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
}

Application ApplicationPropertiesDialog::editedApplication() const
{
    Application a = m_app;
    a.name = m_name->text();
    a.type = AppType(m_type->currentData().toInt());
    return a;
}

bool ApplicationPropertiesDialog::apply()
{
    const Application a = editedApplication();
    const SaveResult r = m_store.save(a);
    if (!r.ok)
        return false;
    m_app = a;
    m_app.id = r.id;
    m_app.version = r.version;
    Q_EMIT saved(ObjectRef{ObjectKind::Application, r.id});
    return true;
}

void ApplicationPropertiesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace confman

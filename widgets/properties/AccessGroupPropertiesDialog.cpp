#include "widgets/properties/AccessGroupPropertiesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace confman {

namespace {

const ObjectKind kGridKinds[] = {ObjectKind::Host, ObjectKind::Application, ObjectKind::Person,
                                 ObjectKind::AccessGroup};

QString folderPath(const QVector<Folder> &folders, const Folder &f)
{
    QStringList parts{f.name};
    DbId parent = f.parentId;
    for (int guard = 0; parent != 0 && guard < 64; ++guard) { // a loop in bad data must not hang the dialog
        const auto it = std::find_if(folders.begin(), folders.end(), [&](const Folder &x) { return x.id == parent; });
        if (it == folders.end())
            break;
        parts.prepend(it->name);
        parent = it->parentId;
    }
    return parts.join(QStringLiteral(" / "));
}

} // namespace

AccessGroupPropertiesDialog::AccessGroupPropertiesDialog(PersonStore &persons, const Store &store, AccessGroup group,
                                                         QWidget *parent)
    : QDialog(parent), m_persons(persons), m_store(store), m_group(std::move(group))
{
    setObjectName(QStringLiteral("accessGroupPropertiesDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneralTab(), tr("General"));
    m_tabs->addTab(buildMembersTab(), tr("Members"));
    m_tabs->addTab(buildPermissionsTab(), tr("Permissions"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccessGroupPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccessGroupPropertiesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &AccessGroupPropertiesDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    loadFields(m_group);
}

QWidget *AccessGroupPropertiesDialog::buildGeneralTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("generalTab"));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_default = new QCheckBox(tr("&Default group: new Persons join it when no-default-access is 1"), page);
    m_default->setObjectName(QStringLiteral("isDefault"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_default);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        setWindowTitle(text.trimmed().isEmpty() ? tr("New Access Group")
                                                : tr("Access Group %1 — Properties").arg(text.trimmed()));
    });
    return page;
}

QWidget *AccessGroupPropertiesDialog::buildMembersTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("membersTab"));
    m_members = new QListWidget(page);
    m_members->setObjectName(QStringLiteral("members"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_members);
    return page;
}

QWidget *AccessGroupPropertiesDialog::buildPermissionsTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("permissionsTab"));
    const auto &rights = allPermissionList();
    const QVector<Folder> folders = m_store.folders();
    QStringList rowNames;
    for (ObjectKind kind : kGridKinds) {
        m_rows.append({kind, 0});
        rowNames.append(tr("All %1").arg(objectKindPluralName(kind)));
        for (const Folder &f : folders)
            if (f.contains == kind) {
                m_rows.append({kind, f.id});
                rowNames.append(QStringLiteral("%1 / %2").arg(objectKindPluralName(kind), folderPath(folders, f)));
            }
    }
    m_grid = new QTableWidget(int(m_rows.size()), int(rights.size()), page);
    m_grid->setObjectName(QStringLiteral("permissionGrid"));
    QStringList columnNames;
    for (Permission p : rights)
        columnNames.append(permissionName(p));
    m_grid->setHorizontalHeaderLabels(columnNames);
    m_grid->setVerticalHeaderLabels(rowNames);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int r = 0; r < m_grid->rowCount(); ++r)
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(QStringLiteral("%1: %2").arg(rowNames.at(r), columnNames.at(c)));
            m_grid->setItem(r, c, item);
        }
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Rights of the members, on a whole kind of object or on one folder and "
                                    "everything below it:"),
                                 page));
    layout->addWidget(m_grid);
    return page;
}

int AccessGroupPropertiesDialog::permissionRow(ObjectKind kind, DbId folderId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kind == kind && m_rows.at(i).folderId == folderId)
            return i;
    return -1;
}

int AccessGroupPropertiesDialog::permissionColumn(Permission p)
{
    const auto &rights = allPermissionList();
    return int(std::find(rights.begin(), rights.end(), p) - rights.begin());
}

void AccessGroupPropertiesDialog::loadFields(const AccessGroup &g)
{
    m_name->setText(g.name);
    m_default->setChecked(g.isDefault);
    m_members->clear();
    for (const Person &p : m_persons.persons()) {
        auto *item = new QListWidgetItem(p.displayName(), m_members);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(g.members.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    const auto &rights = allPermissionList();
    for (int r = 0; r < m_rows.size(); ++r) {
        Permissions granted;
        for (const PermissionGrant &grant : g.permissions)
            if (grant.kind == m_rows.at(r).kind && grant.folderId == m_rows.at(r).folderId)
                granted |= grant.rights;
        for (int c = 0; c < int(rights.size()); ++c)
            m_grid->item(r, c)->setCheckState(granted.testFlag(rights[c]) ? Qt::Checked : Qt::Unchecked);
    }
    if (g.name.isEmpty())
        setWindowTitle(tr("New Access Group"));
}

AccessGroup AccessGroupPropertiesDialog::editedGroup() const
{
    AccessGroup g = m_group;
    g.name = m_name->text().trimmed();
    g.isDefault = m_default->isChecked();
    g.members.clear();
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            g.members.append(m_members->item(i)->data(Qt::UserRole).toLongLong());
    std::sort(g.members.begin(), g.members.end());
    // Keep grants the grid does not show (other kinds, folders gone meanwhile).
    g.permissions.erase(std::remove_if(g.permissions.begin(), g.permissions.end(),
                                       [this](const PermissionGrant &grant) {
                                           return permissionRow(grant.kind, grant.folderId) >= 0;
                                       }),
                        g.permissions.end());
    const auto &rights = allPermissionList();
    for (int r = 0; r < m_rows.size(); ++r) {
        Permissions granted;
        for (int c = 0; c < int(rights.size()); ++c)
            if (m_grid->item(r, c)->checkState() == Qt::Checked)
                granted |= rights[c];
        if (granted)
            g.permissions.append(PermissionGrant{m_rows.at(r).kind, m_rows.at(r).folderId, granted});
    }
    return g;
}

void AccessGroupPropertiesDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool AccessGroupPropertiesDialog::apply()
{
    const AccessGroup g = editedGroup();
    const SaveResult r = m_persons.save(g);
    if (!r) {
        QString why = r.error;
        for (const Finding &f : r.findings)
            if (f.isError()) {
                why = f.message;
                break;
            }
        if (r.conflict)
            why = tr("Someone else changed or deleted this Access Group meanwhile. Close the dialog and open it "
                     "again.");
        showMessage(why.isEmpty() ? tr("The Access Group could not be saved.") : why);
        return false;
    }
    m_group = m_persons.accessGroup(r.id).value_or(g);
    showMessage({});
    loadFields(m_group);
    Q_EMIT saved({ObjectKind::AccessGroup, r.id});
    return true;
}

void AccessGroupPropertiesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace confman

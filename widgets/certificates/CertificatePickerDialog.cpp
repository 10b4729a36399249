#include "widgets/certificates/CertificatePickerDialog.h"

#include "models/itemmodels/CertificateFilterProxy.h"
#include "models/itemmodels/CertificateListModel.h"
#include "models/security/CertificateFolders.h"
#include "models/security/FolderSource.h"
#include "widgets/certificates/CertificateDetailsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace confman {

using security::CertificateFolders;

namespace {
std::function<void(CertificatePickerDialog &)> g_runHook;
QString g_nextFolder;
} // namespace

CertificatePickerDialog::CertificatePickerDialog(const Host &host, QWidget *parent)
    : QDialog(parent), m_host(host), m_passwords(this)
{
    setWindowTitle(tr("Select certificate on host %1").arg(host.name));

    m_folderList = new QListWidget;
    m_folderList->setMaximumHeight(72);
    m_folderList->setAccessibleName(tr("Certificate folders"));
    m_addFolder = new QPushButton(tr("&Add folder..."));
    m_removeFolder = new QPushButton(tr("&Remove folder"));
    auto *folderButtons = new QVBoxLayout;
    folderButtons->addWidget(m_addFolder);
    folderButtons->addWidget(m_removeFolder);
    folderButtons->addStretch(1);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderList, 1);
    folderRow->addLayout(folderButtons);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search issued to, issued by, purposes, thumbprint..."));
    m_search->setClearButtonEnabled(true);
    m_showAll = new QCheckBox(tr("Show &all certificates"));
    m_showAll->setToolTip(tr("Also list certificates that do not name %1").arg(host.address.isEmpty() ? host.name : host.address));
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showAll);

    m_model = new CertificateListModel(this);
    m_proxy = new CertificateFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setHostNames({host.name, host.address});
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CertificateListModel::IssuedToColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Certificates"));

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_details = new QPushButton(tr("&Details..."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->addButton(m_details, QDialogButtonBox::HelpRole);

    auto *layout = new QVBoxLayout(this);
    auto *foldersLabel = new QLabel(tr("Certificate &folders:"));
    foldersLabel->setBuddy(m_folderList);
    layout->addWidget(foldersLabel);
    layout->addLayout(folderRow);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateState();
    });
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setShowAll(on);
        updateState();
    });
    connect(m_addFolder, &QPushButton::clicked, this, &CertificatePickerDialog::chooseFolder);
    connect(m_removeFolder, &QPushButton::clicked, this, [this] {
        if (auto *item = m_folderList->currentItem())
            removeFolder(item->text());
    });
    connect(m_folderList, &QListWidget::currentRowChanged, this, &CertificatePickerDialog::updateState);
    connect(m_details, &QPushButton::clicked, this, &CertificatePickerDialog::showDetails);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertificatePickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsSelectable)
            accept();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CertificatePickerDialog::updateState);

    m_folders = CertificateFolders::folders();
    rebuildSources();
    resize(1180, 560);
}

CertificatePickerDialog::~CertificatePickerDialog()
{
    m_model->setSources({}); // the sources go first
}

void CertificatePickerDialog::setRunHook(std::function<void(CertificatePickerDialog &)> hook) { g_runHook = std::move(hook); }

void CertificatePickerDialog::setNextFolder(const QString &folder) { g_nextFolder = folder; }

bool CertificatePickerDialog::run()
{
    if (g_runHook) {
        g_runHook(*this);
        return result() == QDialog::Accepted;
    }
    return exec() == QDialog::Accepted;
}

QStringList CertificatePickerDialog::folders() const { return m_folders; }

QVector<security::CertificateSource *> CertificatePickerDialog::sources() const
{
    QVector<security::CertificateSource *> result;
    for (const auto &s : m_sources)
        result.append(s.get());
    return result;
}

void CertificatePickerDialog::rebuildSources()
{
    m_model->setSources({});
    m_sources.clear();
    m_folderList->clear();
    for (const QString &folder : m_folders) {
        m_sources.push_back(std::make_unique<security::FolderSource>(folder, &m_passwords));
        auto *item = new QListWidgetItem(folder, m_folderList);
        if (!QFileInfo(folder).isDir()) {
            item->setForeground(Qt::gray);
            item->setToolTip(tr("This folder does not exist (any more)."));
        }
    }
    m_model->setSources(sources());
    m_table->resizeColumnsToContents();
    // Long reasons and purposes are cut (tooltips hold them) so the thumbprint stays in view.
    for (int c = 0; c < CertificateListModel::ThumbprintColumn; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, 220));
    updateState();
}

bool CertificatePickerDialog::addFolder(const QString &folder)
{
    if (!QFileInfo(folder).isDir()) {
        m_status->setText(tr("%1 is not a folder.").arg(folder));
        return false;
    }
    CertificateFolders::add(folder);
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (m_folders.contains(path))
        return false;
    m_folders.append(path);
    rebuildSources();
    return true;
}

bool CertificatePickerDialog::removeFolder(const QString &folder)
{
    if (!m_folders.removeAll(folder))
        return false;
    CertificateFolders::remove(folder);
    rebuildSources();
    return true;
}

void CertificatePickerDialog::chooseFolder()
{
    QString folder;
    if (!g_nextFolder.isNull()) {
        folder = g_nextFolder;
        g_nextFolder = QString();
    } else {
        folder = QFileDialog::getExistingDirectory(this, tr("Add Certificate Folder"));
    }
    if (!folder.isEmpty())
        addFolder(folder);
}

int CertificatePickerDialog::selectedSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const int row = m_proxy->mapToSource(rows.first()).row();
    return row >= 0 && m_model->rowAt(row).ok() ? row : -1;
}

void CertificatePickerDialog::updateState()
{
    const bool selected = selectedSourceRow() >= 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selected);
    m_details->setEnabled(selected);
    m_removeFolder->setEnabled(m_folderList->currentRow() >= 0);
    if (m_folders.isEmpty()) {
        m_status->setText(tr("No certificate folder yet: use Add folder... to list the certificates of a folder."));
        return;
    }
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_status->setText(m_proxy->showAll()
                          ? tr("%n of %1 listed.", nullptr, shown).arg(total)
                          : tr("%n of %1 listed: those naming %2 or %3 (Show all lists every one).", nullptr, shown)
                                .arg(total)
                                .arg(m_host.name, m_host.address));
}

CertificateDetailsDialog *CertificatePickerDialog::showDetails()
{
    const int row = selectedSourceRow();
    if (row < 0)
        return nullptr;
    auto *dialog = new CertificateDetailsDialog(m_model->rowAt(row).certificate, sources(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CertificatePickerDialog::accept()
{
    const int row = selectedSourceRow();
    if (row < 0)
        return;
    m_choice = chooseCertificate(m_model->rowAt(row), sources(), m_host.osType);
    QDialog::accept();
}

} // namespace confman

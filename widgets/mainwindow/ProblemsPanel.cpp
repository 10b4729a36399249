#include "widgets/mainwindow/ProblemsPanel.h"

#include "models/itemmodels/ProblemsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace confman {

ProblemsPanel::ProblemsPanel(Store &store, QWidget *parent) : QWidget(parent)
{
    m_model = new ProblemsModel(store, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("problemsList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->resizeSection(ProblemsModel::SeverityColumn, 80);
    m_view->header()->resizeSection(ProblemsModel::ObjectColumn, 220);
    m_view->header()->setStretchLastSection(true);
    m_summary = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openObject(m_model->objectAt(index.row()));
    });
    connect(m_model, &ProblemsModel::reloaded, this, &ProblemsPanel::updateSummary);
    updateSummary();
}

void ProblemsPanel::updateSummary()
{
    const int n = m_model->rowCount();
    m_summary->setText(n == 0 ? tr("No problems found in the configuration.")
                              : tr("%n problem(s); double-click one to open the object.", nullptr, n));
    Q_EMIT countChanged(n);
}

} // namespace confman

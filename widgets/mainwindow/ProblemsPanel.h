#pragma once
// The Problems dock: every warning of the configuration, kept current by
// ProblemsModel; double-click or Enter opens the object concerned.
#include "models/config/ObjectTypes.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace confman {

class ProblemsModel;
class Store;

class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(Store &store, QWidget *parent = nullptr);

    ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void openObject(confman::ObjectRef ref);
    void countChanged(int problems);

private:
    void updateSummary();

    ProblemsModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace confman

#include "widgets/properties/ReadOnlyMode.h"

#include "models/store/Store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTextEdit>
#include <QVBoxLayout>

namespace confman {

namespace {

const char *kReadOnlyProperty = "confmanReadOnly";
const char *kViewOnlyProperty = "confmanViewOnly";

// Dialogs enable their buttons as the selection changes; a disabled control
// of a read-only dialog stays disabled whatever the dialog's code does later.
class KeepDisabled : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::EnabledChange) {
            auto *w = static_cast<QWidget *>(watched);
            if (w->isEnabled())
                w->setEnabled(false);
        }
        return QObject::eventFilter(watched, event);
    }
};

bool isPartOfTabBar(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QTabBar *>(p))
            return true;
    return false;
}

} // namespace

EditRight EditRight::of(const Store &store, ObjectKind kind, DbId folderId, bool isNew)
{
    const Permission needed = isNew ? Permission::Create : Permission::Change;
    if (store.rightsOn(kind, folderId).testFlag(needed))
        return {};
    return {false, QObject::tr("You do not have the %1 permission on %2 in this folder.")
                       .arg(permissionName(needed), objectKindPluralName(kind))};
}

bool ReadOnlyMode::apply(const EditRight &right, QDialog *dialog, QDialogButtonBox *buttons, QVBoxLayout *layout)
{
    if (right.allowed)
        return true;
    const QString tip = right.reason;
    auto *keeper = new KeepDisabled(dialog);
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (buttons && (w == buttons || buttons->isAncestorOf(w)))
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            if (qobject_cast<QComboBox *>(line->parentWidget()))
                continue; // an editable combo box's line: the combo is disabled below
            line->setReadOnly(true);
            line->setToolTip(tip);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            spin->setReadOnly(true);
            spin->setToolTip(tip);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            plain->setReadOnly(true);
            plain->setToolTip(tip);
        } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
            text->setReadOnly(true);
            text->setToolTip(tip);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        } else if (qobject_cast<QComboBox *>(w)
                   || (qobject_cast<QAbstractButton *>(w) && !isPartOfTabBar(w)
                       && !w->property(kViewOnlyProperty).toBool())) {
            // Disabled widgets show no tooltip of their own: the notice says why.
            w->setToolTip(tip);
            w->setEnabled(false);
            w->installEventFilter(keeper);
        }
    }
    if (buttons) {
        buttons->setStandardButtons(QDialogButtonBox::Close);
        buttons->button(QDialogButtonBox::Close)->setToolTip(tip);
        QObject::connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, dialog, &QDialog::reject);
    }
    if (layout) {
        auto *notice = new QLabel(QObject::tr("Read only: %1").arg(right.reason), dialog);
        notice->setObjectName(QStringLiteral("readOnlyNotice"));
        notice->setWordWrap(true);
        notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 4px; }"));
        layout->insertWidget(0, notice);
    }
    dialog->setProperty(kReadOnlyProperty, true);
    return false;
}

bool ReadOnlyMode::isReadOnly(const QDialog *dialog)
{
    return dialog && dialog->property(kReadOnlyProperty).toBool();
}

void ReadOnlyMode::markViewOnly(QWidget *button)
{
    button->setProperty(kViewOnlyProperty, true);
}

} // namespace confman

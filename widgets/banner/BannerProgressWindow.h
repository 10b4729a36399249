#pragma once
// The intermediate window (SPEC S2.2 ShowUpTimeout): "Downloading terms of
// use... Please wait..." with Cancel. Cancel, Escape or closing it cancels.
#include <QDialog>

class QLabel;
class QPushButton;

namespace confman::widgets {

class BannerProgressWindow : public QDialog
{
    Q_OBJECT
public:
    explicit BannerProgressWindow(QWidget *parent = nullptr);

    QPushButton *cancelButton() const { return m_cancel; }
    QString message() const;

signals:
    void cancelled();

protected:
    void reject() override; // Escape, the close button, Cancel

private:
    QLabel *m_label = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace confman::widgets

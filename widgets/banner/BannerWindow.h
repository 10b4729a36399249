#pragma once
// The security banner window (SPEC S2.3). It only forwards what its web view
// reports to a BannerFlow and shows the flow's BannerView (see the window
// contract in models/banner/BannerFlow.h): every timeout and fallback rule
// lives in the flow. Accept / Reject / Exit are Qt buttons outside the page,
// so nothing in the (untrusted) document can press them.
#include "models/banner/BannerFlow.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QScreen;
class QWebEngineLoadingInfo;
class QWebEngineProfile;
class QWebEngineView;

namespace confman::widgets {

class BannerPage;
class BannerProgressWindow;

class BannerWindow : public QWidget
{
    Q_OBJECT
public:
    // flow: not owned; must outlive the window. Call flow->start() after this.
    explicit BannerWindow(banner::BannerFlow *flow, QWidget *parent = nullptr);
    ~BannerWindow() override;

    // QSettings key of the document-area size the user left the window at.
    static QString sizeSettingsKey();

    banner::BannerView shownView() const { return m_shown; }
    QWebEngineView *view() const { return m_view; }
    BannerPage *page() const { return m_page; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *exitButton() const { return m_exit; }
    QCheckBox *doNotShowAgainBox() const { return m_doNotShowAgain; }
    BannerProgressWindow *progressWindow() const { return m_progress; }
    QScreen *targetScreen() const;

signals:
    // The document (or an error page) is on screen.
    void displayed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void render(const banner::BannerView &view);
    void requestLoad(const QUrl &url);
    void stopLoad();
    bool isCurrentLoad(const QUrl &url) const;
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void onLoadProgress(int percent);
    void onFinished();
    void showDocumentWindow(const banner::BannerView &view);
    void applyInitialSize();
    void fitToContent();
    void setDocumentSize(QSize size);
    void placeOnScreen();
    void rememberSize();
    QSize chromeSize() const; // the window around the document area

    QPointer<banner::BannerFlow> m_flow;
    QWebEngineProfile *m_profile = nullptr;
    BannerPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QWidget *m_buttonRow = nullptr;
    QCheckBox *m_doNotShowAgain = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_exit = nullptr;
    BannerProgressWindow *m_progress = nullptr;
    banner::BannerView m_shown;
    QUrl m_requested;
    bool m_expectingStart = false; // a flow-requested load was issued, its start not seen yet
    bool m_active = false;         // events of the current load go to the flow
    bool m_sized = false;          // the window got its size for this run
    bool m_documentShown = false;
};

} // namespace confman::widgets

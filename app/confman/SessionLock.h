#pragma once
// What locking the session means (SPEC S3). On lock(reason) — usually the
// InactivityGuard's idle() — every visible Confman top-level window is hidden
// (main window, modeless and window-modal dialogs, unsaved edits and all),
// its geometry and state remembered. A dialog that may be running its own
// event loop (exec()) cannot be hidden without ending that loop, so it is
// minimized and covered instead. Then the ReloginDialog appears on the screen
// the user works on. The lock never waits for a dialog to close.
//
// The right password of the logged-in user restores every window exactly as
// it was; Cancel asks "Close Confman?" and on Yes calls the quit callback
// (unsaved edits are discarded, the store is untouched). Each lock and its
// reason go to the log (category confman.session) and the audit trail; wrong
// passwords are throttled and audited by the Authenticator. The store
// connection is kept throughout.
//
// The timeout is the option `security/inactivity-timeout` (minutes, 0, absent
// or invalid = off) of the Application the user logged in as, re-read
// whenever that Application is saved, so a change applies at once.
#include "models/auth/Authenticator.h"

#include <QObject>
#include <QPointer>
#include <QRect>

#include <functional>
#include <memory>

class QWidget;

namespace confman {

class InactivityGuard;
class ReloginDialog;

inline const QString kInactivityTimeoutSection = QStringLiteral("security");
inline const QString kInactivityTimeoutOption = QStringLiteral("inactivity-timeout");

class SessionLock : public QObject
{
    Q_OBJECT
public:
    // The Authenticator must have a logged-in user; `store` is the store the
    // GUI saves through (its objectSaved() drives the option).
    SessionLock(Authenticator &auth, AuditLog &audit, Store &store, InactivityGuard &guard,
                QObject *parent = nullptr);
    ~SessionLock() override;

    // Tests shorten "a minute"; the product keeps 60000.
    void setMillisecondsPerMinute(qint64 ms) { m_msPerMinute = ms; }
    // Called on Cancel + Yes instead of exiting directly (tests inject their own).
    void setQuitCallback(std::function<void()> quit) { m_quit = std::move(quit); }

    // Minutes from an option value: nullopt for absent, invalid or negative.
    static std::optional<int> parseTimeoutMinutes(const std::optional<QString> &value);
    // The option's minutes now (0 = off).
    int timeoutMinutes() const;

    bool isLocked() const { return m_locked; }
    ReloginDialog *reloginDialog() const { return m_relogin.get(); }

public Q_SLOTS:
    void lock(const QString &reason);
    // Re-reads the option and sets the guard's timeout.
    void applyTimeoutOption();

Q_SIGNALS:
    void locked(const QString &reason);
    void unlocked();
    void quitRequested();

private:
    struct HiddenWindow
    {
        QPointer<QWidget> window;
        QRect geometry;
        Qt::WindowStates state;
        QPointer<QWidget> cover; // set when minimized and covered instead of hidden
    };
    void restore();
    void cancelRequested();
    void objectSaved(ObjectRef ref);

    Authenticator &m_auth;
    AuditLog &m_audit;
    Store &m_store;
    InactivityGuard &m_guard;
    DbId m_applicationId = 0;
    qint64 m_msPerMinute = 60000;
    std::function<void()> m_quit;
    std::unique_ptr<ReloginDialog> m_relogin;
    QVector<HiddenWindow> m_hidden;
    QPointer<QWidget> m_activeWindow;
    QPointer<QWidget> m_focusWidget;
    bool m_locked = false;
};

} // namespace confman

#pragma once
// SPEC S8 for Confman's own log: every qDebug/qInfo/qWarning/qCritical
// message passes through the `log-filter` / `log-filter-data` options of the
// Application Confman logged in as (LogFilter::filterMessage on its key=value
// tokens) before it reaches the handler that was installed before, so the
// log file, the console and any test capture see the filtered text only.
// Values of keys named like passwords are always hidden (LogFilter).
//
// The options are read again whenever that Application is saved
// (Store::objectSaved) or the store changed behind our back
// (Store::externallyChanged), so an edit applies at once.
//
// One Qt message handler exists per process: installations nest, and each
// must be destroyed in the reverse order of its creation (RAII). Messages
// from any thread are filtered; the rules are swapped under a lock.
#include "models/auth/LogFilter.h"
#include "models/store/Store.h"

#include <QObject>
#include <QtGlobal>

#include <memory>

namespace confman {

class LogMessageFilter : public QObject
{
    Q_OBJECT
public:
    // Installs the message handler at once; the destructor puts the previous one back.
    LogMessageFilter(Store &store, DbId applicationId, QObject *parent = nullptr);
    ~LogMessageFilter() override;
    LogMessageFilter(const LogMessageFilter &) = delete;
    LogMessageFilter &operator=(const LogMessageFilter &) = delete;

    DbId applicationId() const { return m_applicationId; }
    LogFilter currentFilter() const; // the rules messages go through now

public Q_SLOTS:
    // Reads the Application's options again (an Application that is gone
    // leaves the rules as they were: the password rule always applies).
    void reload();

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void objectSaved(ObjectRef ref);

    Store &m_store;
    const DbId m_applicationId;
    LogFilter m_filter; // guarded by the handler's lock
    QtMessageHandler m_previous = nullptr;
    LogMessageFilter *m_outer = nullptr; // the installation this one nests in
};

// What the lead calls after a successful login; keep the result alive for
// the session and destroy it before the store.
std::unique_ptr<LogMessageFilter> installLogFilter(Store &store, DbId applicationId);

} // namespace confman

#include "models/auth/LogMessageFilter.h"

#include <mutex>

namespace confman {

namespace {

// Qt has one message handler per process, so the active installation is global.
std::mutex g_mutex;                     // guards g_active, g_previous and every m_filter
LogMessageFilter *g_active = nullptr;   // the innermost installation
QtMessageHandler g_previous = nullptr;  // the handler before the outermost installation

} // namespace

LogMessageFilter::LogMessageFilter(Store &store, DbId applicationId, QObject *parent)
    : QObject(parent), m_store(store), m_applicationId(applicationId)
{
    reload();
    connect(&m_store, &Store::objectSaved, this, &LogMessageFilter::objectSaved);
    connect(&m_store, &Store::externallyChanged, this, &LogMessageFilter::reload);
    const std::lock_guard lock(g_mutex);
    m_outer = g_active;
    g_active = this;
    // A nested installation only replaces the rules: the handler is already ours.
    if (!m_outer)
        g_previous = qInstallMessageHandler(&LogMessageFilter::handleMessage);
}

LogMessageFilter::~LogMessageFilter()
{
    const std::lock_guard lock(g_mutex);
    if (g_active != this)
        return; // destroyed out of order: leave the newer installation alone
    g_active = m_outer;
    if (!m_outer)
        qInstallMessageHandler(g_previous);
}

LogFilter LogMessageFilter::currentFilter() const
{
    const std::lock_guard lock(g_mutex);
    return m_filter;
}

void LogMessageFilter::reload()
{
    const auto app = m_store.application(m_applicationId);
    if (!app)
        return;
    LogFilter filter(app->options); // built outside the lock: reading the store may log
    const std::lock_guard lock(g_mutex);
    m_filter = std::move(filter);
}

void LogMessageFilter::objectSaved(ObjectRef ref)
{
    if (ref.kind == ObjectKind::Application && ref.id == m_applicationId)
        reload();
}

void LogMessageFilter::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogFilter filter;
    QtMessageHandler previous = nullptr;
    {
        // Copies (implicitly shared) so filtering and the previous handler run unlocked.
        const std::lock_guard lock(g_mutex);
        if (g_active)
            filter = g_active->m_filter;
        previous = g_previous;
    }
    // Without an active installation (a stale handler chained by someone
    // else) the default LogFilter still hides password values.
    const QString filtered = filter.filterMessage(message);
    if (previous)
        previous(type, context, filtered);
}

std::unique_ptr<LogMessageFilter> installLogFilter(Store &store, DbId applicationId)
{
    return std::make_unique<LogMessageFilter>(store, applicationId);
}

} // namespace confman

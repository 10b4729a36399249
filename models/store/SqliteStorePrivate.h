#pragma once
// Internals shared by SqliteStore's source files: the transaction guards and
// small query helpers. Not part of the store's interface.
#include "models/store/SqliteStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace confman {

namespace sqlite {

inline QString kindName(ObjectKind kind) { return objectKindName(kind); }

inline QString tableOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Folder: return QStringLiteral("folders");
    case ObjectKind::Host: return QStringLiteral("hosts");
    case ObjectKind::Application: return QStringLiteral("applications");
    default: return {};
    }
}

inline QString nameOf(QSqlDatabase &db, ObjectKind kind, DbId id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(tableOf(kind)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

inline QVector<DbId> ids(QSqlQuery &q)
{
    QVector<DbId> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

inline Finding refusal(const QString &code, const QString &message, ObjectRef ref, const QString &name,
                const QString &field = {})
{
    return Finding{Severity::Error, code, message, ref, field, name};
}

} // namespace sqlite

// One write transaction (BEGIN IMMEDIATE) or, nested, a savepoint. Rolls back
// unless committed; signals queued inside are emitted after the outermost commit.
class SqliteStore::Transaction
{
public:
    explicit Transaction(SqliteStore &store) : m_store(store), m_level(store.m_depth), m_mark(store.m_pending.size())
    {
        QSqlQuery q(m_store.m_db);
        if (q.exec(m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_level))) {
            m_open = true;
            ++m_store.m_depth;
        } else {
            m_error = SqliteStore::tr("The store cannot be written now (%1). Try again.").arg(q.lastError().text());
        }
    }
    ~Transaction()
    {
        if (m_open)
            rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_open; }
    QString error() const { return m_error; }

    bool commit(QString *error)
    {
        m_open = false;
        --m_store.m_depth;
        QSqlQuery q(m_store.m_db);
        if (m_level > 0)
            return q.exec(QStringLiteral("RELEASE sp%1").arg(m_level));
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = SqliteStore::tr("The change could not be saved (%1).").arg(q.lastError().text());
            QSqlQuery(m_store.m_db).exec(QStringLiteral("ROLLBACK"));
            m_store.m_pending.clear();
            return false;
        }
        const auto pending = std::exchange(m_store.m_pending, {});
        for (const auto &signal : pending) {
            if (signal.removed)
                Q_EMIT m_store.objectRemoved(signal.ref);
            else
                Q_EMIT m_store.objectSaved(signal.ref);
        }
        return true;
    }

    void rollback()
    {
        m_open = false;
        --m_store.m_depth;
        QSqlQuery q(m_store.m_db);
        if (m_level > 0) {
            q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
            q.exec(QStringLiteral("RELEASE sp%1").arg(m_level));
        } else {
            q.exec(QStringLiteral("ROLLBACK"));
        }
        m_store.m_pending.resize(m_mark);
    }

private:
    SqliteStore &m_store;
    int m_level;
    qsizetype m_mark;
    bool m_open = false;
    QString m_error;
};

// Reads made of several queries see one snapshot of the file.
class SqliteStore::ReadTransaction
{
public:
    explicit ReadTransaction(const SqliteStore &store) : m_store(const_cast<SqliteStore &>(store))
    {
        if (m_store.m_depth == 0 && QSqlQuery(m_store.m_db).exec(QStringLiteral("BEGIN"))) {
            m_open = true;
            ++m_store.m_depth;
        }
    }
    ~ReadTransaction()
    {
        if (m_open) {
            --m_store.m_depth;
            QSqlQuery(m_store.m_db).exec(QStringLiteral("COMMIT"));
        }
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    SqliteStore &m_store;
    bool m_open = false;
};

} // namespace confman

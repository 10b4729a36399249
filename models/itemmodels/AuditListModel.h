#pragma once
// The History view (issue 5, S8 audit trail): PersonStore::audit(query) as
// rows, oldest first: When (local time), Who, Action, Object, Application,
// Details. refresh() re-reads; when the rows shown are still the start of
// the trail (the usual case: entries are only ever appended) only the new
// entries are inserted, so a view keeps its selection and scroll position.
#include "models/store/AuditEntry.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace confman {

class PersonStore;

class AuditListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, ActionColumn, ObjectColumn, ApplicationColumn, DetailsColumn, ColumnCount };

    explicit AuditListModel(PersonStore &persons, AuditQuery query = {}, QObject *parent = nullptr);

    const AuditQuery &query() const { return m_query; }
    void setQuery(const AuditQuery &query); // re-reads everything

    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    const QVector<AuditEntry> &entries() const { return m_entries; }
    // Every user name that appears, sorted ("" left out).
    QStringList users() const;

    // "Host cfg-1", "" for entries without an object.
    static QString objectText(const AuditEntry &entry);
    // The local time as shown in the When column.
    static QString whenText(const QDateTime &at);

Q_SIGNALS:
    void refreshed();

private:
    QString haystack(const AuditEntry &entry) const;

    PersonStore &m_persons;
    AuditQuery m_query;
    QVector<AuditEntry> m_entries;
    QStringList m_haystacks; // lowercase text of every column, per row
};

// Narrows the History view to one user and / or a text (case insensitive,
// any column). The order stays the model's (oldest first).
class AuditFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setUser(const QString &user); // "" = every user
    QString user() const { return m_user; }
    void setText(const QString &text);
    QString text() const { return m_text; }

    // The source entries of the rows that pass, in view order (for export).
    QVector<AuditEntry> visibleEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_user;
    QString m_text;
    QString m_needle;
};

} // namespace confman

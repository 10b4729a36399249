#pragma once
// The tabs of a properties dialog, each with its findings strip, and the
// routing of validation findings to them: a finding goes to the tab owning
// its field ("name" -> General, "ports[secure].port" -> Server Info); on a
// refusal the first error's tab is selected and its field focused and outlined.
#include "models/config/Finding.h"

#include <QPointer>
#include <QStringList>
#include <QTabWidget>

#include <functional>

namespace confman {

class FindingsStrip;

class PropertiesTabs : public QTabWidget
{
    Q_OBJECT
public:
    // Returns the widget of a field path for focusing, or nullptr.
    using FieldLocator = std::function<QWidget *(const QString &field)>;

    explicit PropertiesTabs(QWidget *parent = nullptr);

    // Adds `content` under a findings strip. `fields` are the field path
    // prefixes the tab owns; the first tab takes what no tab claims.
    int addPage(QWidget *content, const QString &title, const QStringList &fields);
    void setPageVisible(QWidget *content, bool visible);
    bool isPageVisible(QWidget *content) const;
    int indexOfPage(QWidget *content) const;
    FindingsStrip *stripOf(QWidget *content) const;

    void setLocator(FieldLocator locator) { m_locator = std::move(locator); }
    // Shows `findings` (replacing what was shown). With errors, selects the
    // first error's tab and focuses its field.
    void showFindings(const Findings &findings);
    void clearFindings() { showFindings({}); }

    static bool fieldMatches(const QString &field, const QString &prefix);

private:
    struct Page
    {
        QWidget *content = nullptr;
        QWidget *page = nullptr;
        FindingsStrip *strip = nullptr;
        QStringList fields;
    };
    const Page *pageFor(const QString &field) const;
    void highlight(QWidget *w);

    QVector<Page> m_pages;
    FieldLocator m_locator;
    QVector<QPointer<QWidget>> m_highlighted;
};

} // namespace confman

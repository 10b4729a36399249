#include "widgets/properties/PropertiesTabs.h"

#include "widgets/properties/FindingsStrip.h"

#include <QAbstractItemView>
#include <QVBoxLayout>

namespace confman {

namespace {
const char *kInvalidProperty = "confmanInvalid";
const char *kOldStyleProperty = "confmanOldStyle";
}

PropertiesTabs::PropertiesTabs(QWidget *parent) : QTabWidget(parent) {}

int PropertiesTabs::addPage(QWidget *content, const QString &title, const QStringList &fields)
{
    auto *page = new QWidget;
    auto *strip = new FindingsStrip(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(strip);
    layout->addWidget(content, 1);
    m_pages.append({content, page, strip, fields});
    return addTab(page, title);
}

int PropertiesTabs::indexOfPage(QWidget *content) const
{
    for (const auto &p : m_pages)
        if (p.content == content)
            return indexOf(p.page);
    return -1;
}

void PropertiesTabs::setPageVisible(QWidget *content, bool visible)
{
    const int i = indexOfPage(content);
    if (i >= 0)
        setTabVisible(i, visible);
}

bool PropertiesTabs::isPageVisible(QWidget *content) const
{
    const int i = indexOfPage(content);
    return i >= 0 && isTabVisible(i);
}

FindingsStrip *PropertiesTabs::stripOf(QWidget *content) const
{
    for (const auto &p : m_pages)
        if (p.content == content)
            return p.strip;
    return nullptr;
}

bool PropertiesTabs::fieldMatches(const QString &field, const QString &prefix)
{
    if (!field.startsWith(prefix))
        return false;
    if (field.size() == prefix.size())
        return true;
    const QChar next = field.at(prefix.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

const PropertiesTabs::Page *PropertiesTabs::pageFor(const QString &field) const
{
    for (const auto &p : m_pages)
        for (const auto &prefix : p.fields)
            if (fieldMatches(field, prefix))
                return &p;
    return m_pages.isEmpty() ? nullptr : &m_pages.first();
}

void PropertiesTabs::highlight(QWidget *w)
{
    if (!w->property(kInvalidProperty).toBool()) {
        w->setProperty(kOldStyleProperty, w->styleSheet());
        w->setProperty(kInvalidProperty, true);
        w->setStyleSheet(w->styleSheet() + QStringLiteral(" border: 2px solid #c0392b;"));
    }
    m_highlighted.append(w);
}

void PropertiesTabs::showFindings(const Findings &findings)
{
    for (const auto &w : std::as_const(m_highlighted)) {
        if (!w)
            continue;
        w->setStyleSheet(w->property(kOldStyleProperty).toString());
        w->setProperty(kInvalidProperty, false);
    }
    m_highlighted.clear();

    QHash<const Page *, Findings> byPage;
    for (const auto &f : findings)
        byPage[pageFor(f.field)].append(f);
    for (const auto &p : m_pages)
        p.strip->setFindings(byPage.value(&p));

    const Finding *firstError = nullptr;
    for (const auto &f : findings) {
        if (!f.isError())
            continue;
        if (!firstError)
            firstError = &f;
        if (m_locator)
            if (QWidget *w = m_locator(f.field))
                highlight(w);
    }
    if (!firstError)
        return;
    if (const Page *p = pageFor(firstError->field)) {
        setTabVisible(indexOf(p->page), true);
        setCurrentWidget(p->page);
    }
    if (m_locator)
        if (QWidget *w = m_locator(firstError->field))
            w->setFocus(Qt::OtherFocusReason);
}

} // namespace confman

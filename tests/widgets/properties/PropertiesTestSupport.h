#pragma once
// A real SQLite store in a temp folder, seeded with the demo configuration,
// and small helpers to drive the properties dialogs like a user would.
#include "models/store/DemoConfiguration.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"
#include "widgets/properties/FindingsStrip.h"
#include "widgets/properties/PropertiesTabs.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

namespace confman::test {

class DemoStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        store = SqliteStore::open(dir.file(QStringLiteral("config.sqlite")), &error);
        ASSERT_TRUE(store) << error.toStdString();
        const auto seeded = seedDemoConfiguration(*store);
        ASSERT_TRUE(seeded.ok) << seeded.error.toStdString();
    }

    Host host(const QString &name) const
    {
        const auto id = store->hostIdByName(name);
        EXPECT_TRUE(id) << name.toStdString();
        return id ? store->host(*id).value_or(Host{}) : Host{};
    }
    Application app(const QString &name) const
    {
        const auto id = store->applicationIdByName(name);
        EXPECT_TRUE(id) << name.toStdString();
        return id ? store->application(*id).value_or(Application{}) : Application{};
    }

    TempDir dir;
    std::unique_ptr<SqliteStore> store;
};

inline void click(QAbstractButton *button)
{
    ASSERT_TRUE(button);
    ASSERT_TRUE(button->isEnabled()) << button->text().toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
}

inline void clickButton(QDialogButtonBox *box, QDialogButtonBox::StandardButton which) { click(box->button(which)); }

// Replaces the text of a line edit by typing, as a user selecting all and typing over it.
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline QString stripText(PropertiesTabs *tabs, QWidget *page)
{
    auto *strip = tabs->stripOf(page);
    return strip && !strip->isHidden() ? strip->text() : QString(); // shown, even when its tab is not current
}

} // namespace confman::test

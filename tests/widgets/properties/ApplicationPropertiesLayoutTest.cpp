// Nothing on the Server Info tab of a demo T-Server is cut off at the
// dialog's minimum size. With CONFMAN_SCREENSHOT_DIR set (run under Xvfb with
// QT_QPA_PLATFORM=xcb) the tab is also saved as application-properties.png.
#include "tests/widgets/properties/PropertiesTestSupport.h"
#include "widgets/properties/ApplicationPropertiesDialog.h"
#include "widgets/properties/ServerInfoTab.h"

#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>

using namespace confman;
using namespace confman::test;

namespace {
class ApplicationPropertiesLayoutTest : public DemoStoreTest
{
};
} // namespace

TEST_F(ApplicationPropertiesLayoutTest, serverInfoOfATServerFitsAtMinimumSize)
{
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("TServer_SIP")));
    dialog.tabs()->setCurrentIndex(dialog.tabs()->indexOfPage(dialog.serverInfoTab()));
    dialog.resize(dialog.minimumSize());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(50); // one round of layout and paint before measuring/grabbing

    auto *table = dialog.serverInfoTab()->portsTable();
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible()) << "port columns are cut off";
    EXPECT_FALSE(table->verticalScrollBar()->isVisible()) << "the three demo ports do not fit";
    for (auto *button : dialog.serverInfoTab()->findChildren<QPushButton *>())
        EXPECT_GE(button->width(), button->minimumSizeHint().width()) << button->text().toStdString();
    EXPECT_GE(dialog.width(), dialog.minimumSizeHint().width());
    EXPECT_GE(dialog.height(), dialog.minimumSizeHint().height());

    const QString dir = qEnvironmentVariable("CONFMAN_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.serverInfoTab()->portsTable()->selectRow(2);
        QDir().mkpath(dir);
        ASSERT_TRUE(dialog.grab().save(QDir(dir).filePath(QStringLiteral("application-properties.png"))));
    }
}

// The picker at its opening size: every column readable without scrolling
// sideways, the host's certificates listed. With CONFMAN_SCREENSHOT_DIR set,
// also saves certificate-picker.png there (docs/screenshots).
#include "models/itemmodels/CertificateFilterProxy.h"
#include "models/security/CertificateFolders.h"
#include "tests/widgets/certificates/CertificateFolderFixture.h"
#include "widgets/certificates/CertificatePickerDialog.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace confman;

TEST(CertificatePickerLayout, OpensWithEveryColumnVisibleAndTheHostsCertificatesListed)
{
    QSettings().remove(QStringLiteral("certificates"));
    test::CertificateFolderFixture pki;
    ASSERT_TRUE(security::CertificateFolders::add(pki.dir.path()));
    Host host;
    host.name = QStringLiteral("cfg-01");
    host.address = QStringLiteral("cfg-01.contoso.example");
    host.osType = OsType::Linux;
    CertificatePickerDialog picker(host);
    picker.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&picker));
    QTableView *table = picker.table();
    table->selectRow(0);
    QStringList shown;
    for (int r = 0; r < picker.proxy()->rowCount(); ++r)
        shown.append(picker.proxy()->index(r, 0).data().toString());
    EXPECT_EQ(shown.count(QStringLiteral("cfg-01.contoso.example")), 4) << shown.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible());
    for (int c = 0; c < table->model()->columnCount(); ++c)
        EXPECT_GE(table->horizontalHeader()->sectionSize(c), table->horizontalHeader()->sectionSizeHint(c)) << c;
    if (const QByteArray dir = qgetenv("CONFMAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        EXPECT_TRUE(picker.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/certificate-picker.png")));
    }
    QSettings().remove(QStringLiteral("certificates"));
}

#include "tests/widgets/properties/PropertiesTestSupport.h"
#include "widgets/properties/ConflictDialog.h"
#include "widgets/properties/HostPropertiesDialog.h"
#include "widgets/properties/NumberEdit.h"
#include "widgets/properties/OptionsEditor.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>

using namespace confman;
using namespace confman::test;

namespace {

class HostPropertiesDialogTest : public DemoStoreTest
{
};

QTableWidgetItem *optionValueItem(OptionsEditor *editor, const QString &key)
{
    auto *table = editor->optionTable();
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == key)
            return table->item(row, 1);
    return nullptr;
}

} // namespace

TEST_F(HostPropertiesDialogTest, okSavesWhatWasTypedAndCloses)
{
    HostPropertiesDialog dialog(*store, host(QStringLiteral("cfg-01")));
    QSignalSpy saved(&dialog, &HostPropertiesDialog::saved);
    dialog.show();
    retype(dialog.nameEdit(), QStringLiteral("cfg-01a"));
    retype(dialog.addressEdit(), QStringLiteral("10.20.1.99"));
    retype(dialog.lcaPortEdit(), QStringLiteral("5001"));
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());
    ASSERT_EQ(saved.count(), 1);
    const Host stored = host(QStringLiteral("cfg-01a"));
    EXPECT_EQ(stored.address, QStringLiteral("10.20.1.99"));
    EXPECT_EQ(stored.lcaPort, 5001);
    EXPECT_FALSE(store->hostIdByName(QStringLiteral("cfg-01")));
}

TEST_F(HostPropertiesDialogTest, duplicateNameIsRefusedNamedAndFocusedAndStoreUnchanged)
{
    const Host before = host(QStringLiteral("cfg-01"));
    HostPropertiesDialog dialog(*store, before);
    dialog.show();
    dialog.tabs()->setCurrentIndex(1);
    retype(dialog.nameEdit(), QStringLiteral("cfg-02"));
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const QString message = stripText(dialog.tabs(), dialog.generalTab());
    EXPECT_TRUE(message.contains(QStringLiteral("Name"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("unique"))) << message.toStdString();
    EXPECT_EQ(dialog.tabs()->currentIndex(), dialog.tabs()->indexOfPage(dialog.generalTab()));
    EXPECT_EQ(dialog.focusWidget(), dialog.nameEdit());
    EXPECT_EQ(host(QStringLiteral("cfg-01")), before);
}

TEST_F(HostPropertiesDialogTest, outOfRangeLcaPortIsNotClampedButRefused)
{
    const Host before = host(QStringLiteral("cfg-01"));
    HostPropertiesDialog dialog(*store, before);
    dialog.show();
    retype(dialog.lcaPortEdit(), QStringLiteral("70000"));
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.lcaPortEdit()->text(), QStringLiteral("70000"));
    const QString message = stripText(dialog.tabs(), dialog.generalTab());
    EXPECT_TRUE(message.contains(QStringLiteral("LCA Port"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("70000"))) << message.toStdString();
    EXPECT_EQ(dialog.focusWidget(), dialog.lcaPortEdit());
    EXPECT_EQ(host(QStringLiteral("cfg-01")), before);

    // Fixing the value lets the same dialog save.
    retype(dialog.lcaPortEdit(), QStringLiteral("4998"));
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(host(QStringLiteral("cfg-01")).lcaPort, 4998);
}

TEST_F(HostPropertiesDialogTest, emptyLcaPortIsRefusedWithAMessage)
{
    const Host before = host(QStringLiteral("cfg-01"));
    HostPropertiesDialog dialog(*store, before);
    dialog.show();
    retype(dialog.lcaPortEdit(), QString());
    clickButton(dialog.buttons(), QDialogButtonBox::Apply);
    EXPECT_TRUE(stripText(dialog.tabs(), dialog.generalTab()).contains(QStringLiteral("LCA Port")));
    EXPECT_EQ(host(QStringLiteral("cfg-01")), before);
}

TEST_F(HostPropertiesDialogTest, newHostApplyTwiceDoesNotConflictWithItself)
{
    HostPropertiesDialog dialog(*store, Host{});
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("media-01"));
    QTest::keyClicks(dialog.addressEdit(), QStringLiteral("10.20.3.1"));
    clickButton(dialog.buttons(), QDialogButtonBox::Apply);
    ASSERT_TRUE(store->hostIdByName(QStringLiteral("media-01")));
    EXPECT_NE(dialog.originalHost().id, 0);

    retype(dialog.addressEdit(), QStringLiteral("10.20.3.2"));
    clickButton(dialog.buttons(), QDialogButtonBox::Apply);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(host(QStringLiteral("media-01")).address, QStringLiteral("10.20.3.2"));
    EXPECT_EQ(store->hostSummaries().size(), 5);
}

TEST_F(HostPropertiesDialogTest, defaultCertificateAndAnnexMirrorEachOther)
{
    HostPropertiesDialog dialog(*store, host(QStringLiteral("cfg-01")));
    dialog.show();
    retype(dialog.certificateEdit(), QStringLiteral("/etc/pki/new.pem"));
    EXPECT_EQ(dialog.annexEditor()->options().value(kSecuritySection, kCertificateOption),
              QStringLiteral("/etc/pki/new.pem"));

    // Now edit the annex value in its table: the General field follows.
    dialog.tabs()->setCurrentIndex(1);
    dialog.annexEditor()->selectSection(kSecuritySection);
    QTableWidgetItem *item = optionValueItem(dialog.annexEditor(), kTrustedCaOption);
    ASSERT_TRUE(item);
    auto *table = dialog.annexEditor()->optionTable();
    table->setCurrentItem(item);
    table->editItem(item);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    ASSERT_TRUE(editor);
    retype(editor, QStringLiteral("/etc/pki/other-ca.pem"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.trustedCaEdit()->text() == QStringLiteral("/etc/pki/other-ca.pem"); }));

    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    const CertificateFields stored = host(QStringLiteral("cfg-01")).defaultCertificate();
    EXPECT_EQ(stored.certificate, QStringLiteral("/etc/pki/new.pem"));
    EXPECT_EQ(stored.trustedCa, QStringLiteral("/etc/pki/other-ca.pem"));
}

TEST_F(HostPropertiesDialogTest, clearingTheCertificateFieldsRemovesTheAnnexOptions)
{
    HostPropertiesDialog dialog(*store, host(QStringLiteral("cfg-01")));
    dialog.show();
    retype(dialog.certificateEdit(), QString());
    retype(dialog.certificateKeyEdit(), QString());
    retype(dialog.trustedCaEdit(), QString());
    EXPECT_FALSE(dialog.annexEditor()->options().contains(kSecuritySection, kCertificateOption));
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    EXPECT_TRUE(host(QStringLiteral("cfg-01")).defaultCertificate().isEmpty());
}

TEST_F(HostPropertiesDialogTest, conflictReloadShowsTheirsAndOverwriteSavesMine)
{
    const Host start = host(QStringLiteral("cfg-01"));
    HostPropertiesDialog first(*store, start);
    HostPropertiesDialog second(*store, start);
    first.show();
    second.show();
    retype(first.addressEdit(), QStringLiteral("10.9.9.9"));
    clickButton(first.buttons(), QDialogButtonBox::Ok);
    ASSERT_EQ(first.result(), QDialog::Accepted);

    retype(second.lcaPortEdit(), QStringLiteral("4100"));
    ConflictDialog::setNextChoice(ConflictDialog::Choice::Reload);
    clickButton(second.buttons(), QDialogButtonBox::Ok);
    EXPECT_TRUE(second.isVisible());
    EXPECT_TRUE(ConflictDialog::lastChangedFields().contains(QStringLiteral("IP Address")));
    EXPECT_EQ(second.addressEdit()->text(), QStringLiteral("10.9.9.9")); // theirs
    EXPECT_EQ(second.lcaPortEdit()->text(), QString::number(start.lcaPort)); // mine dropped
    EXPECT_EQ(host(QStringLiteral("cfg-01")).lcaPort, start.lcaPort);

    // After a reload the dialog has the current version: saving works without a conflict.
    retype(second.lcaPortEdit(), QStringLiteral("4101"));
    clickButton(second.buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(second.result(), QDialog::Accepted);
    EXPECT_EQ(host(QStringLiteral("cfg-01")).lcaPort, 4101);
    EXPECT_EQ(host(QStringLiteral("cfg-01")).address, QStringLiteral("10.9.9.9"));

    // A third, stale dialog overwrites.
    HostPropertiesDialog stale(*store, start);
    stale.show();
    retype(stale.addressEdit(), QStringLiteral("10.1.1.1"));
    ConflictDialog::setNextChoice(ConflictDialog::Choice::Overwrite);
    clickButton(stale.buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(stale.result(), QDialog::Accepted);
    const Host after = host(QStringLiteral("cfg-01"));
    EXPECT_EQ(after.address, QStringLiteral("10.1.1.1"));
    EXPECT_EQ(after.lcaPort, start.lcaPort); // the stale copy's value, as Overwrite says
}

TEST_F(HostPropertiesDialogTest, conflictCancelKeepsEditsAndStore)
{
    const Host start = host(QStringLiteral("cfg-01"));
    HostPropertiesDialog first(*store, start);
    HostPropertiesDialog second(*store, start);
    retype(first.addressEdit(), QStringLiteral("10.9.9.9"));
    ASSERT_TRUE(first.apply());
    second.show();
    retype(second.addressEdit(), QStringLiteral("10.8.8.8"));
    ConflictDialog::setNextChoice(ConflictDialog::Choice::Cancel);
    clickButton(second.buttons(), QDialogButtonBox::Ok);
    EXPECT_TRUE(second.isVisible());
    EXPECT_EQ(second.addressEdit()->text(), QStringLiteral("10.8.8.8"));
    EXPECT_EQ(host(QStringLiteral("cfg-01")).address, QStringLiteral("10.9.9.9"));
}

TEST_F(HostPropertiesDialogTest, cancelDiscardsEdits)
{
    const Host before = host(QStringLiteral("cfg-01"));
    HostPropertiesDialog dialog(*store, before);
    dialog.show();
    retype(dialog.nameEdit(), QStringLiteral("renamed"));
    clickButton(dialog.buttons(), QDialogButtonBox::Cancel);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(host(QStringLiteral("cfg-01")), before);
}

TEST(OptionsEditorTest, refusesInvalidAndDuplicateNamesAndKeepsTheOldOne)
{
    OptionsEditor editor;
    OptionSections options;
    options.set(QStringLiteral("log"), QStringLiteral("verbose"), QStringLiteral("all"));
    options.set(QStringLiteral("log"), QStringLiteral("expire"), QStringLiteral("20"));
    editor.setOptions(options);
    editor.show();

    auto *table = editor.optionTable();
    auto *nameItem = table->findItems(QStringLiteral("verbose"), Qt::MatchExactly).value(0);
    ASSERT_TRUE(nameItem);
    nameItem->setText(QStringLiteral("a=b"));
    EXPECT_TRUE(editor.problemText().contains(QStringLiteral("'='"))) << editor.problemText().toStdString();
    EXPECT_EQ(nameItem->text(), QStringLiteral("verbose"));
    nameItem->setText(QStringLiteral("expire"));
    EXPECT_TRUE(editor.problemText().contains(QStringLiteral("already used")));
    EXPECT_EQ(editor.options(), options);

    // A valid rename moves the value.
    nameItem->setText(QStringLiteral("level"));
    EXPECT_TRUE(editor.problemText().isEmpty());
    EXPECT_EQ(editor.options().value(QStringLiteral("log"), QStringLiteral("level")), QStringLiteral("all"));
    EXPECT_FALSE(editor.options().contains(QStringLiteral("log"), QStringLiteral("verbose")));
}

TEST(OptionsEditorTest, addAndRemoveSectionsAndOptionsWithTheButtons)
{
    OptionsEditor editor;
    editor.show();
    QSignalSpy changed(&editor, &OptionsEditor::changed);
    click(editor.addSectionButton());
    ASSERT_EQ(editor.sectionList()->count(), 1);
    auto *section = editor.sectionList()->item(0);
    section->setText(QStringLiteral("bad\nname"));
    EXPECT_TRUE(editor.problemText().contains(QStringLiteral("line break")));
    section->setText(QStringLiteral("security"));
    EXPECT_EQ(editor.currentSection(), QStringLiteral("security"));
    click(editor.addOptionButton());
    ASSERT_EQ(editor.optionTable()->rowCount(), 1);
    editor.optionTable()->item(0, 0)->setText(QStringLiteral("inactivity-timeout"));
    editor.optionTable()->item(0, 1)->setText(QStringLiteral("15"));
    EXPECT_EQ(editor.options().value(QStringLiteral("security"), QStringLiteral("inactivity-timeout")),
              QStringLiteral("15"));
    editor.optionTable()->selectRow(0);
    click(editor.removeOptionButton());
    EXPECT_FALSE(editor.options().contains(QStringLiteral("security"), QStringLiteral("inactivity-timeout")));
    click(editor.removeSectionButton());
    EXPECT_TRUE(editor.options().isEmpty());
    EXPECT_GE(changed.count(), 5);
}

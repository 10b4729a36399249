// SPEC S8: the Log Filter tab of an Application - every filter form through
// the live preview, refusals naming the valid forms, and OK writing the
// options into the store.
#include "models/auth/LogFilter.h"
#include "tests/widgets/properties/PropertiesTestSupport.h"
#include "widgets/properties/ApplicationPropertiesDialog.h"
#include "widgets/properties/LogFilterEditor.h"
#include "widgets/properties/OptionsEditor.h"

#include <QLabel>
#include <QPointer>
#include <QTableWidget>

using namespace confman;
using namespace confman::test;

namespace {

const QString kValidFormsNamed = QStringLiteral(
    "copy, hide, skip, hide-first,<n>, hide-last,<n>, tag, tag(<prefix>,<postfix>)");

// Types into a cell's editor like a user and presses Return.
void editCell(QTableWidget *table, int row, int column, const QString &text)
{
    auto openEditor = [table] {
        QPointer<QLineEdit> found;
        for (auto *e : table->viewport()->findChildren<QLineEdit *>())
            if (e->isVisible())
                found = e;
        return found;
    };
    QPointer<QLineEdit> editor = openEditor(); // Add Key opens the name's editor itself
    if (!editor) {
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
        editor = openEditor();
    }
    ASSERT_TRUE(editor);
    retype(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call, then closes the editor.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !editor || !editor->isVisible(); }));
    QCoreApplication::processEvents();
}

int rowOfKey(QTableWidget *table, const QString &key)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == key)
            return row;
    return -1;
}

// Adds a per-key filter the way a user does: Add Key, type the name, then the filter.
void addKeyFilter(LogFilterEditor &editor, const QString &key, const QString &filter)
{
    click(editor.addKeyButton());
    auto *table = editor.keyTable();
    const int row = table->currentRow();
    ASSERT_GE(row, 0);
    editCell(table, row, 0, key);
    const int renamed = rowOfKey(table, key);
    ASSERT_GE(renamed, 0) << editor.problemText().toStdString();
    editCell(table, renamed, 1, filter);
}

class LogFilterEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    }
    QString preview() const { return editor.previewText(); }
    void typeDefault(const QString &text) { retype(editor.defaultEdit(), text); }

    LogFilterEditor editor;
};

} // namespace

TEST_F(LogFilterEditorTest, SampleStartsWithTheUsualSecretsAndPasswordIsHiddenByDefault)
{
    EXPECT_EQ(editor.sampleEdit()->text(), LogFilterEditor::defaultSample());
    EXPECT_TRUE(editor.sampleEdit()->text().contains(QStringLiteral("password=secret")));
    EXPECT_EQ(preview(), QStringLiteral("login user=jsmith password=**** card=4111111111111111 dn=5551234 result=ok"));
    EXPECT_EQ(editor.problemText(), QString());
}

TEST_F(LogFilterEditorTest, EveryDefaultFormShowsInThePreviewAsTyped)
{
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("copy"), QStringLiteral("login user=jsmith password=**** card=4111111111111111 dn=5551234 result=ok")},
        {QStringLiteral("hide"), QStringLiteral("login user=**** password=**** card=**** dn=**** result=****")},
        {QStringLiteral("skip"), QStringLiteral("login")},
        {QStringLiteral("hide-first,3"),
         QStringLiteral("login user=***ith password=**** card=***1111111111111 dn=***1234 result=**")},
        {QStringLiteral("hide-last,4"),
         QStringLiteral("login user=js**** password=**** card=411111111111**** dn=555**** result=**")},
        {QStringLiteral("tag"),
         QStringLiteral("login user=<#jsmith#> password=**** card=<#4111111111111111#> dn=<#5551234#> result=<#ok#>")},
        {QStringLiteral("tag([,])"),
         QStringLiteral("login user=[jsmith] password=**** card=[4111111111111111] dn=[5551234] result=[ok]")},
        {QStringLiteral("tag(>>,<<)"),
         QStringLiteral("login user=>>jsmith<< password=**** card=>>4111111111111111<< dn=>>5551234<< result=>>ok<<")},
    };
    for (const auto &[form, expected] : cases) {
        typeDefault(form);
        EXPECT_EQ(preview(), expected) << form.toStdString();
        EXPECT_EQ(editor.options().value(kLogFilterSection, kDefaultFilterTypeOption), form);
        EXPECT_EQ(editor.problemText(), QString()) << form.toStdString();
    }
    // Emptying the field removes the option: absent means copy.
    typeDefault(QString());
    EXPECT_FALSE(editor.options().contains(kLogFilterSection, kDefaultFilterTypeOption));
    EXPECT_EQ(preview(), QStringLiteral("login user=jsmith password=**** card=4111111111111111 dn=5551234 result=ok"));
}

TEST_F(LogFilterEditorTest, PerKeyFiltersOverrideTheDefaultInThePreview)
{
    typeDefault(QStringLiteral("hide"));
    addKeyFilter(editor, QStringLiteral("user"), QStringLiteral("copy"));
    addKeyFilter(editor, QStringLiteral("card"), QStringLiteral("hide-first,12"));
    addKeyFilter(editor, QStringLiteral("dn"), QStringLiteral("skip"));
    addKeyFilter(editor, QStringLiteral("result"), QStringLiteral("tag"));
    addKeyFilter(editor, QStringLiteral("password"), QStringLiteral("copy")); // never shown anyway
    EXPECT_EQ(preview(), QStringLiteral("login user=jsmith password=**** card=************1111 result=<#ok#>"));
    EXPECT_EQ(editor.options().value(kLogFilterDataSection, QStringLiteral("card")), QStringLiteral("hide-first,12"));
    EXPECT_EQ(editor.options().value(kLogFilterDataSection, QStringLiteral("dn")), QStringLiteral("skip"));
    const int passwordRow = rowOfKey(editor.keyTable(), QStringLiteral("password"));
    ASSERT_GE(passwordRow, 0);
    EXPECT_TRUE(editor.keyTable()->item(passwordRow, 2)->text().startsWith(QStringLiteral("hide (always")));

    // Removing an override: the default applies to that key again.
    editor.keyTable()->setCurrentCell(rowOfKey(editor.keyTable(), QStringLiteral("dn")), 0);
    click(editor.removeKeyButton());
    EXPECT_EQ(preview(), QStringLiteral("login user=jsmith password=**** card=************1111 dn=**** result=<#ok#>"));
    EXPECT_FALSE(editor.options().contains(kLogFilterDataSection, QStringLiteral("dn")));
}

TEST_F(LogFilterEditorTest, EditedSampleIsFilteredAsTyped)
{
    typeDefault(QStringLiteral("hide-last,2"));
    retype(editor.sampleEdit(), QStringLiteral("call ani=5550001 Passphrase=opensesame"));
    EXPECT_EQ(preview(), QStringLiteral("call ani=55500** Passphrase=****"));
}

TEST_F(LogFilterEditorTest, InvalidDefaultIsRefusedNamingTheValidFormsNeverClamped)
{
    for (const QString &bad : {QStringLiteral("hide-first,0"), QStringLiteral("hide-first,-2"),
                               QStringLiteral("hide-last,abc"), QStringLiteral("hide-last,"),
                               QStringLiteral("hide-first,1000000"), QStringLiteral("mask"), QStringLiteral("HIDE"),
                               QStringLiteral("tag(,)"), QStringLiteral("tag([)"), QStringLiteral("tag(a,b,c)")}) {
        typeDefault(bad);
        const QString problem = editor.problemText();
        EXPECT_TRUE(problem.contains(QStringLiteral("\"%1\" is refused").arg(bad))) << problem.toStdString();
        EXPECT_TRUE(problem.contains(kValidFormsNamed)) << problem.toStdString();
        ASSERT_EQ(editor.problems().size(), 1) << bad.toStdString();
        // Kept exactly as typed (not clamped to a valid count, not replaced by copy) and shown as such.
        EXPECT_EQ(editor.defaultEdit()->text(), bad);
        EXPECT_EQ(editor.options().value(kLogFilterSection, kDefaultFilterTypeOption), bad);
        EXPECT_FALSE(preview().contains(QStringLiteral("jsmith"))) << preview().toStdString();
        EXPECT_TRUE(preview().contains(QStringLiteral("no preview"))) << preview().toStdString();
    }
    typeDefault(QStringLiteral("hide-first,999999"));
    EXPECT_EQ(editor.problemText(), QString());
    EXPECT_TRUE(editor.problems().isEmpty());
    EXPECT_EQ(preview(), QStringLiteral("login user=****** password=**** card=**************** dn=******* result=**"));
}

TEST_F(LogFilterEditorTest, InvalidPerKeyFilterAndKeyNamesArePutBackWithTheReason)
{
    addKeyFilter(editor, QStringLiteral("card"), QStringLiteral("hide-last,4"));
    auto *table = editor.keyTable();
    const int row = rowOfKey(table, QStringLiteral("card"));
    ASSERT_GE(row, 0);

    editCell(table, row, 1, QStringLiteral("hide-last,0"));
    EXPECT_EQ(table->item(row, 1)->text(), QStringLiteral("hide-last,4"));
    EXPECT_EQ(editor.options().value(kLogFilterDataSection, QStringLiteral("card")), QStringLiteral("hide-last,4"));
    EXPECT_TRUE(editor.problemText().contains(QStringLiteral("Filter \"hide-last,0\" for key \"card\" is refused")))
        << editor.problemText().toStdString();
    EXPECT_TRUE(editor.problemText().contains(kValidFormsNamed));

    addKeyFilter(editor, QStringLiteral("dn"), QStringLiteral("skip"));
    for (const QString &badKey : {QStringLiteral("card"), QStringLiteral("my key"), QStringLiteral("a=b"), QString()}) {
        const int dnRow = rowOfKey(table, QStringLiteral("dn"));
        ASSERT_GE(dnRow, 0) << badKey.toStdString();
        editCell(table, dnRow, 0, badKey);
        EXPECT_GE(rowOfKey(table, QStringLiteral("dn")), 0) << badKey.toStdString();
        EXPECT_TRUE(editor.problemText().contains(QStringLiteral("Key name \"%1\" is refused").arg(badKey)))
            << editor.problemText().toStdString();
        EXPECT_EQ(editor.options().value(kLogFilterDataSection, QStringLiteral("dn")), QStringLiteral("skip"));
        EXPECT_EQ(editor.options().sections().value(kLogFilterDataSection).size(), 2);
    }
    // Refusals of table edits are reasons shown, not standing problems: nothing invalid was taken.
    EXPECT_TRUE(editor.problems().isEmpty());
}

TEST_F(LogFilterEditorTest, InvalidValuesArrivingFromTheOptionsAreNamed)
{
    OptionSections options;
    options.set(kLogFilterSection, kDefaultFilterTypeOption, QStringLiteral("mask"));
    options.set(kLogFilterDataSection, QStringLiteral("card"), QStringLiteral("hide-first,x"));
    options.set(QStringLiteral("security"), QStringLiteral("inactivity-timeout"), QStringLiteral("15"));
    editor.setOptions(options);
    EXPECT_EQ(editor.defaultEdit()->text(), QStringLiteral("mask"));
    const QStringList problems = editor.problems();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("\"mask\" is refused")));
    EXPECT_TRUE(problems.at(1).contains(QStringLiteral("\"hide-first,x\" for key \"card\" is not valid")));
    // Fixing the default in the field leaves the other sections alone.
    typeDefault(QStringLiteral("hide"));
    EXPECT_EQ(editor.problems().size(), 1);
    EXPECT_EQ(editor.options().value(QStringLiteral("security"), QStringLiteral("inactivity-timeout")),
              QStringLiteral("15"));
}

namespace {

class LogFilterDialogTest : public DemoStoreTest
{
protected:
    static void openLogFilterTab(ApplicationPropertiesDialog &dialog)
    {
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        dialog.tabs()->setCurrentIndex(dialog.tabs()->indexOfPage(dialog.logFilterEditor()));
    }
};

} // namespace

TEST_F(LogFilterDialogTest, OkWritesTheLogFilterOptionsIntoTheApplication)
{
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("StatServer")));
    openLogFilterTab(dialog);
    LogFilterEditor *editor = dialog.logFilterEditor();
    retype(editor->defaultEdit(), QStringLiteral("hide-last,4"));
    addKeyFilter(*editor, QStringLiteral("user"), QStringLiteral("copy"));
    // The Options tab shows the same copy.
    EXPECT_EQ(dialog.optionsEditor()->options().value(kLogFilterDataSection, QStringLiteral("user")),
              QStringLiteral("copy"));
    EXPECT_EQ(app(QStringLiteral("StatServer")).options.value(kLogFilterSection, kDefaultFilterTypeOption),
              std::nullopt); // nothing saved before OK
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);

    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const Application stored = app(QStringLiteral("StatServer"));
    EXPECT_EQ(stored.options.value(kLogFilterSection, kDefaultFilterTypeOption), QStringLiteral("hide-last,4"));
    EXPECT_EQ(stored.options.value(kLogFilterDataSection, QStringLiteral("user")), QStringLiteral("copy"));
    EXPECT_EQ(LogFilter(stored.options).filterMessage(QStringLiteral("user=jsmith dn=5551234")),
              QStringLiteral("user=jsmith dn=555****"));
}

TEST_F(LogFilterDialogTest, ConfmansOwnGuiApplicationHasTheTabToo)
{
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("default")));
    openLogFilterTab(dialog);
    EXPECT_TRUE(dialog.tabs()->isPageVisible(dialog.logFilterEditor()));
    retype(dialog.logFilterEditor()->defaultEdit(), QStringLiteral("hide"));
    clickButton(dialog.buttons(), QDialogButtonBox::Apply);
    EXPECT_EQ(app(QStringLiteral("default")).options.value(kLogFilterSection, kDefaultFilterTypeOption),
              QStringLiteral("hide"));
    // Apply reloads the tab from the stored application.
    EXPECT_EQ(dialog.logFilterEditor()->defaultEdit()->text(), QStringLiteral("hide"));
}

TEST_F(LogFilterDialogTest, InvalidDefaultRefusesOkOnTheLogFilterTab)
{
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("StatServer")));
    openLogFilterTab(dialog);
    retype(dialog.logFilterEditor()->defaultEdit(), QStringLiteral("hide-first,0"));
    dialog.tabs()->setCurrentIndex(0); // the user wanders off, then presses OK
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);

    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.tabs()->currentWidget(), dialog.tabs()->widget(dialog.tabs()->indexOfPage(dialog.logFilterEditor())));
    const QString strip = stripText(dialog.tabs(), dialog.logFilterEditor());
    EXPECT_TRUE(strip.contains(QStringLiteral("\"hide-first,0\" is refused"))) << strip.toStdString();
    EXPECT_TRUE(strip.contains(kValidFormsNamed)) << strip.toStdString();
    EXPECT_FALSE(app(QStringLiteral("StatServer")).options.contains(kLogFilterSection, kDefaultFilterTypeOption));
}

TEST_F(LogFilterDialogTest, InvalidValueTypedOnTheOptionsTabIsShownAndRefused)
{
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("StatServer")));
    openLogFilterTab(dialog);
    addKeyFilter(*dialog.logFilterEditor(), QStringLiteral("card"), QStringLiteral("hide"));

    // The same option, edited as raw text on the Options tab.
    dialog.tabs()->setCurrentIndex(dialog.tabs()->indexOfPage(dialog.optionsEditor()));
    OptionsEditor *options = dialog.optionsEditor();
    options->selectSection(kLogFilterDataSection);
    auto *table = options->optionTable();
    ASSERT_EQ(table->rowCount(), 1);
    editCell(table, 0, 1, QStringLiteral("hide-all"));
    ASSERT_EQ(dialog.logFilterEditor()->problems().size(), 1);
    EXPECT_TRUE(dialog.logFilterEditor()->problemText().contains(QStringLiteral("\"hide-all\" for key \"card\"")));

    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(app(QStringLiteral("StatServer")).options.contains(kLogFilterDataSection, QStringLiteral("card")));

    // Corrected on the Log Filter tab, it saves.
    auto *keys = dialog.logFilterEditor()->keyTable();
    editCell(keys, rowOfKey(keys, QStringLiteral("card")), 1, QStringLiteral("hide-first,4"));
    EXPECT_TRUE(dialog.logFilterEditor()->problems().isEmpty()) << dialog.logFilterEditor()->problemText().toStdString();
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(app(QStringLiteral("StatServer")).options.value(kLogFilterDataSection, QStringLiteral("card")),
              QStringLiteral("hide-first,4"));
}

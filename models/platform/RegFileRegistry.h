#pragma once
// The portable Registry: .reg files.
//  - HKLM: every *.reg file of one folder, applied in file-name order (later
//    files override earlier ones, [-KEY] and "name"=- delete). Read-only here:
//    administrators deploy files in the folder.
//  - HKCU: one .reg file (v5 format), rewritten atomically on every change.
// Keys of the other hive found in a file are reported and skipped.
// Loading never fails as a whole: unreadable files and malformed lines are
// reported in issues() (and logged) and the rest applies.
#include "models/platform/RegFileParser.h"
#include "models/platform/RegTree.h"
#include "models/platform/Registry.h"

namespace confman::platform {

class RegFileRegistry : public Registry
{
public:
    // machineDir: the HKLM folder; userHiveFile: the HKCU file (may not exist).
    RegFileRegistry(const QString &machineDir, const QString &userHiveFile);

    // $CONFMAN_REGISTRY_DIR, else /etc/confman/registry.d
    static QString defaultMachineDir();
    // QStandardPaths::AppConfigLocation + "/user.reg"
    static QString defaultUserHiveFile();

    QString machineDir() const { return m_machineDir; }
    QString userHiveFile() const { return m_userFile; }
    QStringList machineFiles() const { return m_machineFiles; } // in the order applied
    QList<RegFileIssue> issues() const { return m_issues; }

    std::optional<RegistryValue> value(Hive hive, const QString &key, const QString &name) const override;
    bool keyExists(Hive hive, const QString &key) const override;
    QStringList subKeys(Hive hive, const QString &key) const override;
    QStringList valueNames(Hive hive, const QString &key) const override;
    bool setValue(Hive hive, const QString &key, const QString &name, const RegistryValue &value,
                  QString *error = nullptr) override;
    bool deleteValue(Hive hive, const QString &key, const QString &name, QString *error = nullptr) override;

private:
    void loadMachine();
    void loadUser();
    void apply(const RegFileContent &content, Hive hive, RegTree &tree, const QString &file);
    bool canWrite(Hive hive, QString *error) const;
    bool saveUser(QString *error);
    const RegTree &tree(Hive hive) const { return hive == Hive::LocalMachine ? m_machine : m_user; }

    QString m_machineDir;
    QString m_userFile;
    QStringList m_machineFiles;
    RegTree m_machine;
    RegTree m_user;
    QList<RegFileIssue> m_issues;
    bool m_userWritable = true; // false when an existing user file could not be read
};

} // namespace confman::platform

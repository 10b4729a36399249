#pragma once
// Small helpers shared by the Validator's rule files (not a public API).
#include "models/config/Application.h"
#include "models/config/Finding.h"

namespace confman::validation {

// Collects findings about one object so each rule is one line.
class FindingSink
{
public:
    FindingSink(Findings &out, ObjectRef object, QString objectName)
        : m_out(out), m_object(object), m_objectName(std::move(objectName))
    {
    }

    void error(const QString &code, const QString &field, const QString &message)
    {
        add(Severity::Error, code, field, message);
    }
    void warning(const QString &code, const QString &field, const QString &message)
    {
        add(Severity::Warning, code, field, message);
    }

private:
    void add(Severity severity, const QString &code, const QString &field, const QString &message)
    {
        Finding f{severity, code, message, m_object, field, m_objectName};
        if (!m_out.contains(f)) // the same pair problem can be found from both sides
            m_out.append(f);
    }

    Findings &m_out;
    ObjectRef m_object;
    QString m_objectName;
};

// "ports[secure]" / "ports[2]" when the id is empty.
inline QString portField(const Port &port, qsizetype index)
{
    return port.id.isEmpty() ? QStringLiteral("ports[%1]").arg(index) : QStringLiteral("ports[%1]").arg(port.id);
}

} // namespace confman::validation

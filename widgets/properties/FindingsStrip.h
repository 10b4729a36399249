#pragma once
// The strip at the top of a properties tab listing what validation says
// about the fields on that tab: errors (the save was refused) in red,
// warnings (saved, but worth a look) in amber. Hidden when there is nothing.
#include "models/config/Finding.h"

#include <QFrame>

class QLabel;

namespace confman {

class FindingsStrip : public QFrame
{
    Q_OBJECT
public:
    explicit FindingsStrip(QWidget *parent = nullptr);

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }
    QString text() const; // the messages as shown, for tests and accessibility

private:
    QLabel *m_label = nullptr;
    Findings m_findings;
};

} // namespace confman

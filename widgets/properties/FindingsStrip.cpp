#include "widgets/properties/FindingsStrip.h"

#include <QHBoxLayout>
#include <QLabel>

namespace confman {

FindingsStrip::FindingsStrip(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_label);
    setVisible(false);
}

void FindingsStrip::setFindings(const Findings &findings)
{
    m_findings = findings;
    QStringList lines;
    for (const auto &f : findings)
        lines << (f.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(f.message);
    m_label->setText(lines.join(QLatin1Char('\n')));
    const bool errors = hasErrors(findings);
    setStyleSheet(errors ? QStringLiteral("confman--FindingsStrip { background: #fdecea; border: 1px solid #c0392b; }"
                                          " QLabel { color: #7b1c12; }")
                         : QStringLiteral("confman--FindingsStrip { background: #fff6dc; border: 1px solid #c99a06; }"
                                          " QLabel { color: #5c4500; }"));
    setVisible(!findings.isEmpty());
}

QString FindingsStrip::text() const { return m_label->text(); }

} // namespace confman

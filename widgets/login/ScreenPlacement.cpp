#include "widgets/login/ScreenPlacement.h"

#include <QCursor>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace confman {

QScreen *workingScreen()
{
    if (QScreen *s = QGuiApplication::screenAt(QCursor::pos()))
        return s;
    return QGuiApplication::primaryScreen();
}

void placeOnScreen(QWidget *window, QScreen *screen)
{
    if (!window)
        return;
    if (!screen)
        screen = workingScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    QSize size = window->size().isValid() && !window->size().isEmpty() ? window->size() : window->sizeHint();
    size = size.expandedTo(window->minimumSizeHint()).boundedTo(area.size());
    QRect frame(QPoint(0, 0), size);
    frame.moveCenter(area.center());
    // moveCenter can land half a pixel outside on odd sizes; clamp every edge.
    frame.moveLeft(std::max(area.left(), std::min(frame.left(), area.right() - frame.width() + 1)));
    frame.moveTop(std::max(area.top(), std::min(frame.top(), area.bottom() - frame.height() + 1)));
    if (window->windowHandle())
        window->windowHandle()->setScreen(screen);
    window->setGeometry(frame);
}

} // namespace confman

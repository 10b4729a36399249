// confman: the administration GUI. GuiStartup does the work (banner, store,
// login, main window) so tests can run the same start-up in-process.
#include "app/confman/GuiStartup.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // WebEngine (the security banner) needs a shared context set before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    confman::GuiStartup::applyIdentity();
    confman::GuiStartup startup(QApplication::arguments());
    if (!startup.start())
        return startup.exitCode();
    return app.exec();
}

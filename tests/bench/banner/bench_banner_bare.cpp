// The reference for the banner start-up benchmark: the least a program can do
// to show a local HTML file in a QWebEngineView. Exits 0 once it is loaded.
#include <QApplication>
#include <QUrl>
#include <QWebEngineView>

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QWebEngineView view;
    QObject::connect(&view, &QWebEngineView::loadFinished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    view.resize(800, 600);
    view.show();
    view.load(QUrl::fromLocalFile(QString::fromLocal8Bit(argv[1])));
    return app.exec();
}

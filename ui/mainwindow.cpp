#include "mainwindow.h"

namespace MailOps {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

} // namespace MailOps

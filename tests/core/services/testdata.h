#pragma once

#include <QFile>
#include <QString>

// Reads a recorded file from tests/data/services; empty when missing, which
// the tests turn into a failure with the file's name.
inline QByteArray servicesTestData(const QString &name)
{
    QFile f(QStringLiteral(MAILOPS_TEST_DATA_DIR "/services/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

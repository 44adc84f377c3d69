#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace MailOps {

// Compares output with a file under tests/data/golden/: what the CLI and the
// GUI print is kept there, so a change of wording shows in review as a diff
// of that file. MAILOPS_UPDATE_GOLDEN=1 writes the files instead.
class Golden final
{
public:
    static QString path(const QString &name)
    {
        return QStringLiteral(MAILOPS_TEST_DATA_DIR "/golden/") + name;
    }

    static bool matches(const QString &name, const QString &actual)
    {
        QFile f(path(name));
        if (qEnvironmentVariableIntValue("MAILOPS_UPDATE_GOLDEN") == 1) {
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            f.write(actual.toUtf8());
            return true;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("golden file %s is missing; run with MAILOPS_UPDATE_GOLDEN=1", qPrintable(path(name)));
            return false;
        }
        const QString expected = QString::fromUtf8(f.readAll());
        if (expected == actual)
            return true;
        // The line that differs first, for the log.
        const QStringList a = actual.split(QLatin1Char('\n'));
        const QStringList e = expected.split(QLatin1Char('\n'));
        for (int i = 0; i < qMax(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                qWarning("%s line %d:\n  expected: %s\n  actual:   %s", qPrintable(name), i + 1,
                    qPrintable(e.value(i)), qPrintable(a.value(i)));
                break;
            }
        }
        return false;
    }
};

} // namespace MailOps

#define MAILOPS_COMPARE_GOLDEN(name, actual)                                                                 \
    QVERIFY2(MailOps::Golden::matches(QStringLiteral(name), (actual)), name)

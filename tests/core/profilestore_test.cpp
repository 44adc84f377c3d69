#include "settings/profilestore.h"

#include <QtTest>

using namespace MailOps;

class ProfileStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "profilestore_test.moc"

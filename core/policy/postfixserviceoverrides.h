#pragma once

#include "policy/policysnapshot.h"
#include "policy/postfixmastercf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace MailOps {

// What each smtpd service of master.cf changes about acceptance with its -o
// overrides (restrictions, reject codes, mynetworks, SASL, TLS, the content
// filter), beside the main.cf value it replaces. The same overrides come from
// master.cf's text or from `postconf -P` ("submission/inet/name = value").
// A plain value, usable on any thread.
class PostfixServiceOverrides final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PostfixServiceOverrides)

public:
    struct Entry
    {
        QString service; // "submission/inet"
        QString name; // "smtpd_client_restrictions"
        QString value; // as the service has it
        QString mainValue; // main.cf's; empty when main.cf leaves the default
        bool mainSet = false;
        bool operator==(const Entry &other) const = default;
    };

    // The overrides as `postconf -P` prints them; lines that are not
    // service/type/name = value are skipped.
    static QList<PostfixMasterCf::Override> fromPostconfP(const QByteArray &output);

    // The acceptance overrides of the snapshot's smtpd services, in master.cf order.
    static QList<Entry> of(const PolicySnapshot &snapshot);
    // The same from postconf -P output, beside the snapshot's main.cf.
    static QList<Entry> of(const PolicySnapshot &snapshot, const QList<PostfixMasterCf::Override> &overrides);

    // Whether a parameter decides what a service accepts.
    static bool isAcceptance(const QString &name);
    // "submission/inet: smtpd_client_restrictions = permit_sasl_authenticated,reject
    // (main.cf: permit_mynetworks, reject_unknown_client_hostname)"
    static QString text(const Entry &entry);
};

} // namespace MailOps

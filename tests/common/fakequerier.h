#pragma once

#include "dns/dnsquerier.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace MailOps {

// A DNS in a table, for unit tests: answers from records added here, NXDOMAIN
// for unknown names, NODATA for known names without the type asked, and any
// Error set with fail(). Answers per server can differ (propagation tests).
// Thread-safe; an optional delay makes answers arrive in some order.
class FakeQuerier final : public DnsQuerier
{
public:
    void add(const QString &name, DnsType type, DnsRecord record, const DnsServer &server = {})
    {
        QMutexLocker lock(&m_mutex);
        record.name = normalizedDnsName(name);
        record.type = type;
        m_records[key(server, name, type)].append(record);
        m_names.insert(server.toString() + QLatin1Char('|') + normalizedDnsName(name));
    }
    void a(const QString &name, const QString &address, const DnsServer &server = {})
    {
        DnsRecord r;
        r.address = QHostAddress(address);
        r.data = address;
        add(name, r.address.protocol() == QAbstractSocket::IPv6Protocol ? DnsType::AAAA : DnsType::A, r,
            server);
    }
    void txt(const QString &name, const QString &text, const DnsServer &server = {})
    {
        DnsRecord r;
        // Long texts are split into 255-byte strings as a zone file would.
        const QByteArray bytes = text.toLatin1();
        for (qsizetype i = 0; i < bytes.size() || i == 0; i += 255)
            r.strings.append(bytes.mid(i, 255));
        r.data = QLatin1Char('"') + text + QLatin1Char('"');
        add(name, DnsType::TXT, r, server);
    }
    void mx(const QString &name, quint16 preference, const QString &target)
    {
        DnsRecord r;
        r.preference = preference;
        r.target = normalizedDnsName(target);
        r.data = QString::number(preference) + QLatin1Char(' ') + target;
        add(name, DnsType::MX, r);
    }
    void ptr(const QString &address, const QString &target)
    {
        DnsRecord r;
        r.target = normalizedDnsName(target);
        r.data = target;
        add(reverseName(QHostAddress(address)), DnsType::PTR, r);
    }
    void ns(const QString &zone, const QString &host)
    {
        DnsRecord r;
        r.target = normalizedDnsName(host);
        r.data = host;
        add(zone, DnsType::NS, r);
    }
    void soa(const QString &zone, quint32 serial, const DnsServer &server = {})
    {
        DnsRecord r;
        r.soaSerial = serial;
        r.soaMname = QStringLiteral("ns1.") + zone;
        r.data = QStringLiteral("ns1.%1. hostmaster.%1. %2 3600 600 86400 300").arg(zone).arg(serial);
        add(zone, DnsType::SOA, r, server);
    }
    void fail(const QString &name, DnsType type, Error::Code code, const DnsServer &server = {})
    {
        QMutexLocker lock(&m_mutex);
        m_errors.insert(key(server, name, type), code);
    }
    void setDelayMs(int ms)
    {
        m_delayMs = ms;
        m_pool.setMaxThreadCount(200);
    }
    ~FakeQuerier() override { m_pool.waitForDone(); }
    int queries() const { return m_queries.loadRelaxed(); }
    QStringList asked() const
    {
        QMutexLocker lock(&m_mutex);
        return m_asked;
    }

    QFuture<Result<DnsAnswer>> ask(const DnsQuestion &q) override
    {
        m_queries.ref();
        if (m_delayMs > 0) {
            // Like a real resolver: the answer comes later, on another thread.
            return QtConcurrent::run(&m_pool, [this, q] {
                QThread::msleep(m_delayMs);
                return answer(q);
            });
        }
        return QtFuture::makeReadyFuture(answer(q));
    }
    QString describe() const override { return QStringLiteral("fake DNS"); }

private:
    static QString key(const DnsServer &server, const QString &name, DnsType type)
    {
        return server.toString() + QLatin1Char('|') + normalizedDnsName(name) + QLatin1Char('|')
            + QString::number(int(type));
    }

    Result<DnsAnswer> answer(const DnsQuestion &q)
    {
        QMutexLocker lock(&m_mutex);
        const QString name = normalizedDnsName(q.name);
        m_asked.append(name + QLatin1Char(' ') + dnsTypeName(q.type));
        // A server-specific entry wins; otherwise every server agrees.
        for (const DnsServer &s : { q.server, DnsServer {} }) {
            const QString k = key(s, name, q.type);
            if (m_errors.contains(k))
                return Result<DnsAnswer>::failure(
                    m_errors.value(k), QStringLiteral("fake: %1 %2 fails").arg(name, dnsTypeName(q.type)));
            if (m_records.contains(k)) {
                DnsAnswer a;
                a.qname = name;
                a.qtype = q.type;
                a.server = q.server;
                a.answers = m_records.value(k);
                return a;
            }
            if (m_names.contains(s.toString() + QLatin1Char('|') + name))
                return Result<DnsAnswer>::failure(Error::Code::NoData,
                    QStringLiteral("%1 exists but has no %2 records (NODATA)")
                        .arg(name, dnsTypeName(q.type)));
            if (q.server.isNull())
                break;
        }
        return Result<DnsAnswer>::failure(
            Error::Code::NxDomain, QStringLiteral("%1 does not exist (NXDOMAIN)").arg(name));
    }

    mutable QMutex m_mutex;
    QHash<QString, QList<DnsRecord>> m_records;
    QHash<QString, Error::Code> m_errors;
    QSet<QString> m_names;
    QStringList m_asked;
    QAtomicInt m_queries;
    int m_delayMs = 0;
    QThreadPool m_pool;
};

} // namespace MailOps

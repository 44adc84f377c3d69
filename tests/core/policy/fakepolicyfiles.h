#pragma once

#include "faketransport.h"

#include <QStringList>
#include <functional>
#include <map>
#include <optional>

namespace MailOps {

// A gateway's file system for a FakeTransport: the commands PolicyGateway
// runs (cat, dd of=, cp -p, mv -f, touch, mktemp, mkdir, rm -rf, postconf,
// postfix check/reload, postmap, stat, tail) act on `files`, so a whole read,
// validate, write and reload runs without a gateway. `fault` is asked first
// and may answer instead (an error, a failing exit code, a slow script).
class FakePolicyFiles
{
public:
    using Answer = FakeTransport::Answer;

    std::map<QString, QByteArray> files;
    QString configDir = QStringLiteral("/etc/postfix");
    QString mailLog = QStringLiteral("/var/log/mail.log");
    QString stage = QStringLiteral("/tmp/mailops-policy.Ab12Cd34");
    std::function<std::optional<Answer>(const QStringList &argv)> fault;
    QStringList unknown; // commands the fake did not understand

    void attach(FakeTransport *transport)
    {
        transport->responder
            = [this](const QStringList &argv, const QByteArray &in) { return answer(argv, in); };
    }

    QByteArray file(const QString &name) const
    {
        const auto it
            = files.find(name.startsWith(QLatin1Char('/')) ? name : configDir + QLatin1Char('/') + name);
        return it == files.end() ? QByteArray() : it->second;
    }
    void setFile(const QString &name, const QByteArray &content)
    {
        files[name.startsWith(QLatin1Char('/')) ? name : configDir + QLatin1Char('/') + name] = content;
    }
    bool exists(const QString &path) const { return files.find(path) != files.end(); }

    static Answer ok(const QByteArray &out = {}) { return Answer { out, {}, 0, {}, {} }; }
    static Answer failed(const QByteArray &err, int code = 1) { return Answer { {}, err, code, {}, {} }; }
    static Answer dropped()
    {
        return Answer { {}, {}, 0, {},
            Error { Error::Code::ConnectionRefused, QStringLiteral("ssh: connection closed") } };
    }

    Answer answer(const QStringList &argv, const QByteArray &in)
    {
        if (fault) {
            if (const std::optional<Answer> a = fault(argv))
                return *a;
        }
        const QString program = argv.value(0);
        const QString last = argv.value(argv.size() - 1);
        if (program == u"cat") {
            if (!exists(last))
                return failed("cat: " + last.toUtf8() + ": No such file or directory\n");
            return ok(files[last]);
        }
        if (program == u"dd") {
            files[argv.value(1).mid(3)] = in;
            return ok();
        }
        if (program == u"cp") {
            const QString from = argv.value(argv.size() - 2);
            if (!exists(from))
                return failed("cp: cannot stat '" + from.toUtf8() + "': No such file or directory\n");
            files[last] = files[from];
            return ok();
        }
        if (program == u"mv") {
            const QString from = argv.value(argv.size() - 2);
            if (!exists(from))
                return failed("mv: cannot stat '" + from.toUtf8() + "': No such file or directory\n");
            files[last] = files[from];
            files.erase(from);
            return ok();
        }
        if (program == u"touch") {
            files.try_emplace(last);
            return ok();
        }
        if (program == u"mktemp")
            return ok(stage.toUtf8() + '\n');
        if (program == u"mkdir")
            return ok();
        if (program == u"rm") {
            for (auto it = files.begin(); it != files.end();) {
                if (it->first == last || it->first.startsWith(last + QLatin1Char('/')))
                    it = files.erase(it);
                else
                    ++it;
            }
            return ok();
        }
        if (program == u"postconf") {
            if (argv.value(1) == u"-h" && argv.value(2) == u"config_directory")
                return ok(configDir.toUtf8() + '\n');
            return ok();
        }
        if (program == u"postmap")
            return ok();
        if (program == u"postfix") {
            if (last == u"reload")
                files[mailLog] += "Jan  1 00:00:00 mx1 postfix/master[1]: reload -- version 3.7.11\n";
            return ok();
        }
        if (program == u"stat")
            return ok(QByteArray::number(file(last).size()) + '\n');
        if (program == u"tail") {
            const qsizetype from = argv.value(2).mid(1).toLongLong() - 1;
            return ok(file(last).mid(from));
        }
        unknown << argv.join(QLatin1Char(' '));
        return failed("unknown command\n", 127);
    }
};

} // namespace MailOps

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace MailOps {

// main.cf read the way Postfix reads it: comments, continuation lines,
// "name = value", the last definition winning, $name expansion as postconf -x
// does it, and byte-exact edits for one-click fixes. A plain value, usable on
// any thread; parsing never fails: lines it cannot read become problems().
class PostfixMainCf final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::PostfixMainCf)

public:
    struct Entry
    {
        QString name;
        QString value; // continuation lines joined by one space, trimmed
        int line = 0; // 1-based first physical line
        int lastLine = 0; // last physical line of the logical line
        qsizetype begin = 0; // byte offset of the first line
        qsizetype end = 0; // byte offset just before the last line's line ending
    };

    struct Problem
    {
        enum class Kind
        {
            Syntax,
            Duplicate
        };
        Kind kind = Kind::Syntax;
        int line = 0;
        QString name; // the parameter, when the line names one
        QString message; // translated, one sentence
    };

    struct MapReference
    {
        QString parameter; // "smtpd_client_restrictions"
        QString type; // "cidr"; for proxy:hash:/x, "hash"
        QString name; // "/etc/postfix/client.cidr", "{ a=b }" for inline
        QString sourceFile; // the text file to snapshot; empty: not a file
        bool operator==(const MapReference &other) const = default;
    };

    static PostfixMainCf parse(const QByteArray &text);

    const QByteArray &text() const { return m_text; }
    const QList<Entry> &entries() const { return m_entries; }
    const QList<Problem> &problems() const { return m_problems; }
    // Every parameter defined, once, in the order of first definition.
    QStringList names() const { return m_names; }

    bool has(const QString &name) const { return m_last.contains(name); }
    // The raw value of the last definition; empty when absent.
    QString value(const QString &name) const;
    // The first line of the last definition; 0 when absent.
    int lineOf(const QString &name) const;
    // First lines of every definition, in file order (more than one: duplicates).
    QList<int> definitionLines(const QString &name) const;

    // The value as `postconf -x` prints it. Names neither defined here nor in
    // defaults expand to nothing. ok is false when the nesting limit was hit
    // (a = $b, b = $a) or the result grew absurdly; the text is then partial.
    QString expanded(
        const QString &name, const QHash<QString, QString> &defaults = {}, bool *ok = nullptr) const;
    // Expands any text with this file's parameters ("$config_directory/x").
    QString expand(QStringView text, const QHash<QString, QString> &defaults = {}, bool *ok = nullptr) const;

    // This file's bytes with the last definition of name replaced by
    // "name = value" (its continuation lines too), every other byte kept;
    // appended at the end when name is not defined.
    QByteArray withValue(const QString &name, const QString &value) const;
    // This file's bytes without any definition of name.
    QByteArray withoutParameter(const QString &name) const;

    // Postfix list splitting: whitespace and commas separate, "{ ... }"
    // groups (braces included) stay one item.
    // One physical line of a Postfix configuration file (main.cf and
    // master.cf alike) from `pos`: where its text starts after blanks, where
    // it ends before LF, CRLF or a lone CR, and where the next one begins.
    struct PhysicalLine
    {
        qsizetype start = 0;
        qsizetype end = 0;
        qsizetype next = 0;
    };
    static PhysicalLine physicalLine(const QByteArray &text, qsizetype pos);

    enum class Separators
    {
        WhitespaceAndCommas, // main.cf lists
        Whitespace // master.cf fields
    };
    static QStringList splitList(QStringView value, Separators separators = Separators::WhitespaceAndCommas);

    // Every type:name table the (expanded) parameter values reference.
    QList<MapReference> mapReferences(const QHash<QString, QString> &defaults = {}) const;
    // The tables one value references, as if it were parameter's value.
    static QList<MapReference> mapReferencesIn(const QString &parameter, QStringView expandedValue);

private:
    struct Expansion;
    bool rawValue(QStringView name, const Expansion &x, QString *value) const;
    QString expandName(QStringView name, Expansion &x, int depth) const;
    void expandInto(QString &out, QStringView text, Expansion &x, int depth) const;
    QByteArray lineEnding() const;

    QByteArray m_text;
    QList<Entry> m_entries;
    QList<Problem> m_problems;
    QStringList m_names;
    QHash<QString, qsizetype> m_last; // name -> index in m_entries
};

} // namespace MailOps

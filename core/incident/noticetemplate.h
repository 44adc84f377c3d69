#pragma once

#include "common/result.h"
#include "incident/noticekind.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace MailOps {

// A notice template: Markdown with placeholders, its first line optionally
// "Subject: ..." (the subject, itself a template).
//
//   {{name}}              the value of `name` ([a-z][a-z0-9_]*; spaces inside
//                         the braces are allowed)
//   {{#name}}...{{/name}} the part between, only when `name` has a value
//   {{^name}}...{{/name}} the part between, only when `name` has none
//
// A placeholder opens and closes on one line; "{{" always starts one. An
// unknown name (not among the names the template is parsed against), an
// unclosed "{{", a malformed name or a section that is never closed or closed
// out of order is a Problem with its line and column, and a template with
// problems never renders: render() fails with the list, so nothing reaches a
// reader as "{{services_down}}". Shipped templates come from the resources
// (":/notices/<language>/<audience>-<phase>.md"); a file of the same name
// under "<data dir>/notices/<language>/" replaces one.
class NoticeTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(MailOps::NoticeTemplate)

public:
    struct Problem
    {
        int line = 0; // 1-based, in the template's source
        int column = 0; // 1-based, in UTF-16 code units
        QString message;

        QString toString() const; // "line 3, column 7: ..."
        bool operator==(const Problem &other) const = default;
    };

    // What a template gives when rendered.
    struct Rendered
    {
        QString subject;
        QString body; // Markdown
    };

    // Where load() found a template.
    enum class Origin
    {
        Shipped,
        User
    };

    NoticeTemplate() = default;
    static NoticeTemplate parse(const QString &source, const QSet<QString> &knownNames);

    // The template the user's data directory holds for this kind and
    // language, else the shipped one (English when the language has none).
    // An Error only when neither can be read.
    static Result<NoticeTemplate> load(const NoticeKind &kind, const QString &language,
        const QSet<QString> &knownNames, const QString &userDir = defaultUserDir());
    // "<AppDataLocation>/notices".
    static QString defaultUserDir();
    // The languages templates are shipped in.
    static QStringList shippedLanguages();

    QString source() const { return m_source; }
    Origin origin() const { return m_origin; }
    QString originPath() const { return m_originPath; }
    bool isValid() const { return m_problems.isEmpty(); }
    const QList<Problem> &problems() const { return m_problems; }
    // The names used, in order of first use.
    QStringList names() const { return m_names; }

    // Fails with every problem, one a line, when the template has any, or
    // when a name it uses has no entry in `values` (an empty value is a
    // value: a section on it is left out).
    Result<Rendered> render(const QHash<QString, QString> &values) const;

private:
    struct Node
    {
        enum class Type
        {
            Text,
            Value,
            Section,
            Inverted
        };
        Type type = Type::Text;
        QString text; // Text: the text; others: the name
        int line = 0;
        int column = 0;
        QList<Node> children;
    };

    void renderNodes(const QList<Node> &nodes, const QHash<QString, QString> &values, QString *out,
        QList<Problem> *missing) const;

    QString m_source;
    Origin m_origin = Origin::Shipped;
    QString m_originPath;
    QList<Node> m_nodes;
    QList<Problem> m_problems;
    QStringList m_names;
};

} // namespace MailOps

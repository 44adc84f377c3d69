#include "audiencecheck.h"

#include <QSet>
#include <QVarLengthArray>

namespace MailOps {

namespace {

struct Token
{
    qsizetype offset = 0;
    qsizetype length = 0;
    int line = 0;
    int column = 0;
    bool hasLetter = false;
    bool sentenceEnd = false; // a sentence ends after this token
};

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_')
        || c == QLatin1Char(':') || c == QLatin1Char('/') || c == QLatin1Char('@') || c == QLatin1Char('\'')
        || c == QLatin1Char('%') || c == QLatin1Char('[') || c == QLatin1Char(']');
}

bool isTrimmed(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(':') || c == QLatin1Char('\'')
        || c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('[') || c == QLatin1Char(']')
        || c == QLatin1Char('_');
}

bool isDigits(QStringView s, int minLen, int maxLen)
{
    if (s.size() < minLen || s.size() > maxLen)
        return false;
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool isIpv4(QStringView s)
{
    int parts = 0;
    for (const QStringView p : s.split(QLatin1Char('.'))) {
        if (!isDigits(p, 1, 3) || p.toInt() > 255)
            return false;
        ++parts;
    }
    return parts == 4;
}

bool isIpv6(QStringView s)
{
    if (s.count(QLatin1Char(':')) < 2)
        return false;
    const bool compressed = s.contains(QStringLiteral("::"));
    bool hexDigit = false;
    for (const QChar c : s) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex && c != QLatin1Char(':') && c != QLatin1Char('.'))
            return false;
        hexDigit = hexDigit || hex;
    }
    // "10:30:00" is a time: a full address has eight groups.
    return hexDigit && (compressed || s.count(QLatin1Char(':')) >= 5);
}

bool isEnhancedCode(QStringView s)
{
    const QList<QStringView> parts = s.split(QLatin1Char('.'));
    return parts.size() == 3 && parts.at(0).size() == 1
        && (parts.at(0).at(0) == QLatin1Char('2') || parts.at(0).at(0) == QLatin1Char('4')
            || parts.at(0).at(0) == QLatin1Char('5'))
        && isDigits(parts.at(1), 1, 3) && isDigits(parts.at(2), 1, 3);
}

bool isReplyCode(QStringView s)
{
    return isDigits(s, 3, 3) && (s.at(0) == QLatin1Char('4') || s.at(0) == QLatin1Char('5'));
}

bool isHostName(QStringView s)
{
    if (s.contains(QLatin1Char('@')) || s.contains(QLatin1Char('/')) || s.contains(QLatin1Char(':')))
        return false;
    static const QSet<QString> tlds { QStringLiteral("com"), QStringLiteral("org"), QStringLiteral("net"),
        QStringLiteral("de"), QStringLiteral("at"), QStringLiteral("ch"), QStringLiteral("uk"),
        QStringLiteral("eu"), QStringLiteral("io"), QStringLiteral("info"), QStringLiteral("biz"),
        QStringLiteral("example"), QStringLiteral("test"), QStringLiteral("invalid"), QStringLiteral("local"),
        QStringLiteral("lan"), QStringLiteral("internal"), QStringLiteral("arpa"), QStringLiteral("fr"),
        QStringLiteral("nl"), QStringLiteral("us") };
    const QList<QStringView> labels = s.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QStringView l : labels) {
        if (l.isEmpty() || l.front() == QLatin1Char('-') || l.back() == QLatin1Char('-'))
            return false;
        for (const QChar c : l)
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
                return false;
    }
    const QStringView tld = labels.constLast();
    for (const QChar c : tld)
        if (!c.isLetter())
            return false;
    if (tld.size() < 2)
        return false;
    return labels.size() >= 3 || tlds.contains(tld.toString().toLower());
}

int syllables(QStringView word, bool german)
{
    int count = 0;
    bool inVowel = false;
    for (const QChar ch : word) {
        const QChar c = ch.toLower();
        const char16_t u = c.unicode();
        const bool vowel = u == 'a' || u == 'e' || u == 'i' || u == 'o' || u == 'u' || u == 'y'
            || (u >= 0xe0 && u <= 0xfc && QStringView(u"äöüéèàâêîôû").contains(c));
        if (vowel && !inVowel)
            ++count;
        inVowel = vowel;
    }
    // English drops a final silent e ("gateway" keeps its two, "message" has two).
    if (!german && count > 1 && word.size() > 2 && word.back().toLower() == QLatin1Char('e')
        && word.at(word.size() - 2).toLower() != QLatin1Char('l'))
        --count;
    return qMax(1, count);
}

struct PartPhrases
{
    AudienceCheck::Part part;
    QStringList phrases;
};

// Lower case, compared with the lowered draft; UTF-16 literals keep the umlauts.
const QList<PartPhrases> &partPhrases()
{
    static const QList<PartPhrases> all {
        { AudienceCheck::Part::WhatHappened,
            { QStringLiteral("what happened"), QStringLiteral("what is happening"),
                QStringLiteral("what's happening"), QStringLiteral("summary"),
                QStringLiteral("was ist passiert"), QStringLiteral("was ist geschehen"),
                QStringLiteral("zusammenfassung"), QStringLiteral("worum es geht") } },
        { AudienceCheck::Part::WhoIsAffected,
            { QStringLiteral("who is affected"), QStringLiteral("affected"), QStringLiteral("impact"),
                QStringLiteral("wer ist betroffen"), QStringLiteral("betroffen"),
                QStringLiteral("auswirkung") } },
        { AudienceCheck::Part::WhatWeAreDoing,
            { QStringLiteral("what we are doing"), QStringLiteral("what we're doing"),
                QStringLiteral("what we did"), QStringLiteral("what we have done"),
                QStringLiteral("was wir tun"), QStringLiteral("was wir getan"),
                QStringLiteral("was wir unternehmen") } },
        { AudienceCheck::Part::WhatYouCanDo,
            { QStringLiteral("what you can do"), QStringLiteral("what you should do"),
                QStringLiteral("what you need to do"), QStringLiteral("was sie tun können"),
                QStringLiteral("was sie tun sollten"), QStringLiteral("was können sie tun") } },
        { AudienceCheck::Part::NextUpdate,
            { QStringLiteral("next update"), QStringLiteral("next notice"), QStringLiteral("nächste update"),
                QStringLiteral("nächstes update"), QStringLiteral("nächste meldung"),
                QStringLiteral("nächste information"), QStringLiteral("nächste nachricht") } },
    };
    return all;
}

bool hasTime(QStringView line)
{
    for (qsizetype i = 1; i + 2 < line.size(); ++i) {
        if (line.at(i) != QLatin1Char(':') && line.at(i) != QLatin1Char('.'))
            continue;
        if (line.at(i - 1).isDigit() && line.at(i + 1).isDigit() && line.at(i + 2).isDigit())
            return true;
    }
    return false;
}

} // namespace

AudienceCheck::AudienceCheck(JargonList jargon, const QString &language)
    : m_jargon(std::move(jargon))
    , m_language(language)
{
}

double AudienceCheck::targetFor(NoticeKind::Audience audience)
{
    switch (audience) {
    case NoticeKind::Audience::Management:
        return 50;
    case NoticeKind::Audience::Partners:
        return 30;
    case NoticeKind::Audience::EndUsers:
        break;
    }
    return 60;
}

QString AudienceCheck::partText(Part part)
{
    switch (part) {
    case Part::WhatHappened:
        return tr("what happened");
    case Part::WhoIsAffected:
        return tr("who is affected");
    case Part::WhatWeAreDoing:
        return tr("what we are doing");
    case Part::WhatYouCanDo:
        return tr("what you can do");
    case Part::NextUpdate:
        break;
    }
    return tr("when the next update comes");
}

QString AudienceCheck::kindText(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::Jargon:
        return tr("jargon");
    case Finding::Kind::Address:
        return tr("IP address");
    case Finding::Kind::HostName:
        return tr("host name");
    case Finding::Kind::StatusCode:
        break;
    }
    return tr("status code");
}

QString AudienceCheck::Finding::advice() const
{
    return replaceable() ? AudienceCheck::tr("say \"%1\"").arg(suggestion) : suggestion;
}

QStringList AudienceCheck::Report::problems() const
{
    QStringList out;
    for (const Finding &f : findings)
        out << tr("line %1, column %2: \"%3\" (%4): %5")
                   .arg(f.line)
                   .arg(f.column)
                   .arg(f.text, kindText(f.kind), f.suggestion);
    if (!readability.ok())
        out << tr("hard to read: %1 reading ease %2, the target is %3; use shorter sentences and words")
                   .arg(readability.formula)
                   .arg(qRound(readability.score))
                   .arg(qRound(readability.target));
    for (const Part p : missing)
        out << tr("missing: %1").arg(partText(p));
    if (nextUpdateTimeMissing)
        out << tr("partners need the time of the next update (hh:mm)");
    return out;
}

AudienceCheck::Report AudienceCheck::check(const QString &draft, const NoticeKind &kind) const
{
    Report report;
    const bool german = m_language == QLatin1String("de");
    const QStringView text(draft);
    const qsizetype n = text.size();

    // One pass: tokens with their positions, sentence ends, block starts.
    QList<Token> tokens;
    tokens.reserve(n / 5 + 1);
    int line = 1;
    qsizetype lineStart = 0;
    bool lineIsBlock = false; // a heading or list item: its end ends a sentence
    qsizetype i = 0;
    auto endSentence = [&] {
        if (!tokens.isEmpty())
            tokens.last().sentenceEnd = true;
    };
    auto atLineStart = [&] {
        qsizetype j = lineStart;
        while (j < n && (text.at(j) == QLatin1Char(' ') || text.at(j) == QLatin1Char('\t')))
            ++j;
        const QChar c = j < n ? text.at(j) : QChar();
        lineIsBlock = c == QLatin1Char('#') || c == QLatin1Char('>')
            || ((c == QLatin1Char('-') || c == QLatin1Char('*') || c == QLatin1Char('+')) && j + 1 < n
                && text.at(j + 1) == QLatin1Char(' '))
            || (c.isDigit() && j + 1 < n && text.at(j + 1) == QLatin1Char('.'));
        // A new block ends the sentence before it.
        if (lineIsBlock)
            endSentence();
    };
    atLineStart();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            if (lineIsBlock)
                endSentence();
            // A blank line ends a paragraph.
            qsizetype j = i + 1;
            while (j < n && (text.at(j) == QLatin1Char(' ') || text.at(j) == QLatin1Char('\t')))
                ++j;
            if (j >= n || text.at(j) == QLatin1Char('\n'))
                endSentence();
            ++line;
            ++i;
            lineStart = i;
            atLineStart();
            continue;
        }
        if (c == QLatin1Char('!') || c == QLatin1Char('?')) {
            endSentence();
            ++i;
            continue;
        }
        if (!isTokenChar(c)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isTokenChar(text.at(end)))
            ++end;
        qsizetype s = i;
        qsizetype e = end;
        bool fullStop = false;
        while (s < e && isTrimmed(text.at(s)))
            ++s;
        while (e > s && isTrimmed(text.at(e - 1))) {
            if (text.at(e - 1) == QLatin1Char('.') && (e == end) && (end >= n || text.at(end).isSpace()))
                fullStop = true;
            --e;
        }
        // "DNSBL's": the possessive is not part of the word.
        if (e - s > 2 && text.at(e - 2) == QLatin1Char('\'') && text.at(e - 1).toLower() == QLatin1Char('s'))
            e -= 2;
        if (e > s) {
            Token t;
            t.offset = s;
            t.length = e - s;
            t.line = line;
            t.column = int(s - lineStart) + 1;
            for (qsizetype k = s; k < e && !t.hasLetter; ++k)
                t.hasLetter = text.at(k).isLetter();
            tokens << t;
        }
        if (fullStop)
            endSentence();
        i = end;
    }
    endSentence();

    // Readability.
    Readability &r = report.readability;
    r.formula = german ? QStringLiteral("Amstad") : QStringLiteral("Flesch");
    r.target = targetFor(kind.audience);
    for (const Token &t : std::as_const(tokens)) {
        const QStringView w = text.sliced(t.offset, t.length);
        if (w.contains(QStringLiteral("://")))
            continue;
        ++r.words;
        r.syllables += t.hasLetter ? syllables(w, german) : 1;
        if (t.sentenceEnd)
            ++r.sentences;
    }
    if (r.words > 0) {
        const double asl = double(r.words) / qMax(1, r.sentences);
        const double asw = double(r.syllables) / r.words;
        r.score = german ? 180.0 - asl - 58.5 * asw : 206.835 - 1.015 * asl - 84.6 * asw;
        r.score = qBound(0.0, r.score, 100.0);
    }

    // Jargon.
    if (kind.wantsPlainWords()) {
        QList<QString> lower;
        lower.reserve(tokens.size());
        for (const Token &t : std::as_const(tokens))
            lower << text.sliced(t.offset, t.length).toString().toLower();
        auto finding = [&](Finding::Kind k, qsizetype first, qsizetype last, const QString &suggestion) {
            const Token &a = tokens.at(first);
            const Token &b = tokens.at(last);
            report.findings << Finding { k, a.offset, b.offset + b.length - a.offset, a.line, a.column,
                text.sliced(a.offset, b.offset + b.length - a.offset).toString(), suggestion };
        };
        for (qsizetype k = 0; k < tokens.size(); ++k) {
            const QString &w = lower.at(k);
            if (w.contains(QStringLiteral("://")) || w.startsWith(QLatin1String("mailto:"))
                || w.contains(QLatin1Char('@')))
                continue;
            if (const QList<JargonList::Entry> *entries = m_jargon.startingWith(w)) {
                bool matched = false;
                for (const JargonList::Entry &entry : *entries) {
                    const qsizetype words = entry.words.size();
                    if (k + words > tokens.size())
                        continue;
                    bool all = true;
                    for (qsizetype m = 1; m < words && all; ++m)
                        all = lower.at(k + m) == entry.words.at(m) && !tokens.at(k + m - 1).sentenceEnd;
                    if (!all)
                        continue;
                    finding(Finding::Kind::Jargon, k, k + words - 1, entry.suggestion);
                    k += words - 1;
                    matched = true;
                    break;
                }
                if (matched)
                    continue;
            }
            // Addresses, codes and host names all hold a digit, a dot or a colon.
            bool shaped = false;
            for (const QChar ch : w)
                shaped = shaped || ch.isDigit() || ch == QLatin1Char('.') || ch == QLatin1Char(':');
            if (!shaped)
                continue;
            const QStringView view(w);
            if (isIpv4(view) || isIpv6(view)) {
                finding(Finding::Kind::Address, k, k,
                    tr("leave the address out, or say which system it is (\"our mail server\")"));
            } else if (isEnhancedCode(view)) {
                finding(Finding::Kind::StatusCode, k, k,
                    tr("say what it means (\"the other server asked us to try again later\")"));
            } else if (isReplyCode(view)) {
                static const QSet<QString> around { QStringLiteral("code"), QStringLiteral("error"),
                    QStringLiteral("reply"), QStringLiteral("smtp"), QStringLiteral("fehler"),
                    QStringLiteral("fehlercode"), QStringLiteral("antwort") };
                const bool before = k > 0 && around.contains(lower.at(k - 1));
                const bool next = k + 1 < tokens.size() && isEnhancedCode(lower.at(k + 1));
                if (before || next)
                    finding(Finding::Kind::StatusCode, k, k,
                        tr("say what it means (\"the other server refused the message\")"));
            } else if (isHostName(view)) {
                finding(Finding::Kind::HostName, k, k,
                    tr("say which system it is in words (\"our mail server\", \"the partner's mail "
                       "server\")"));
            }
        }
    }

    // The parts a notice needs.
    const QString lowered = draft.toLower();
    for (const PartPhrases &pp : partPhrases()) {
        if (kind.phase == NoticeKind::Phase::Resolved
            && (pp.part == Part::NextUpdate || pp.part == Part::WhatYouCanDo))
            continue;
        qsizetype at = -1;
        for (const QString &phrase : pp.phrases) {
            at = lowered.indexOf(phrase);
            if (at >= 0)
                break;
        }
        if (at < 0) {
            report.missing << pp.part;
            continue;
        }
        if (pp.part == Part::NextUpdate && kind.audience == NoticeKind::Audience::Partners) {
            // The line that names it and the one after (a heading, then its text).
            const qsizetype from = lowered.lastIndexOf(QLatin1Char('\n'), at) + 1;
            qsizetype to = lowered.indexOf(QLatin1Char('\n'), at);
            for (int extra = 0; extra < 2 && to >= 0; ++extra) {
                qsizetype next = lowered.indexOf(QLatin1Char('\n'), to + 1);
                const bool blank
                    = QStringView(lowered).sliced(to + 1, (next < 0 ? n : next) - to - 1).trimmed().isEmpty();
                to = next;
                if (!blank)
                    break;
            }
            report.nextUpdateTimeMissing
                = !hasTime(QStringView(lowered).sliced(from, (to < 0 ? n : to) - from));
        }
    }
    return report;
}

} // namespace MailOps

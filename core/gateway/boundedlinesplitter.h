#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace MailOps {

// Cuts a byte stream fed in arbitrary chunks into lines (without the '\n'),
// holding at most one partial line, itself bounded: a longer line is dropped
// as it streams in and reported once to onTooLong. Lines whole inside one
// chunk are handed over without a copy. Used by the queue and mailq parsers.
class BoundedLineSplitter final
{
public:
    explicit BoundedLineSplitter(qsizetype maxLine) : m_maxLine(maxLine) { }

    void setMaxLineLength(qsizetype bytes) { m_maxLine = bytes; }
    qsizetype maxLineLength() const { return m_maxLine; }
    // 1-based number of the line last handed over or reported.
    qint64 lineNumber() const { return m_lineNo; }

    template<typename OnLine, typename OnTooLong>
    void feed(QByteArrayView chunk, OnLine &&onLine, OnTooLong &&onTooLong)
    {
        while (!chunk.isEmpty()) {
            const qsizetype nl = chunk.indexOf('\n');
            const QByteArrayView piece = nl < 0 ? chunk : chunk.first(nl);
            if (m_skipping) {
                // The rest of an oversized line: drop it without buffering.
            } else if (m_partial.size() + piece.size() > m_maxLine) {
                m_skipping = true;
                m_partial.clear();
                m_partial.squeeze();
            } else if (nl >= 0 && m_partial.isEmpty()) {
                ++m_lineNo;
                onLine(piece);
                chunk = chunk.sliced(nl + 1);
                continue;
            } else {
                m_partial.append(piece);
            }
            if (nl < 0)
                return;
            ++m_lineNo;
            if (m_skipping) {
                m_skipping = false;
                onTooLong();
            } else {
                onLine(QByteArrayView(m_partial));
                m_partial.clear();
            }
            chunk = chunk.sliced(nl + 1);
        }
    }

    // The last line, when the input did not end with a newline.
    template<typename OnLine, typename OnTooLong>
    void finish(OnLine &&onLine, OnTooLong &&onTooLong)
    {
        if (m_skipping) {
            ++m_lineNo;
            m_skipping = false;
            onTooLong();
        } else if (!m_partial.isEmpty()) {
            ++m_lineNo;
            onLine(QByteArrayView(m_partial));
        }
        m_partial.clear();
        m_partial.squeeze();
    }

private:
    QByteArray m_partial;
    qsizetype m_maxLine;
    qint64 m_lineNo = 0;
    bool m_skipping = false;
};

} // namespace MailOps

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace MailOps {

// Cuts a byte stream fed in arbitrary chunks into lines (without the '\n'),
// holding at most one partial line, itself bounded. A longer line is reported
// once to onTooLong and then, by the mode, dropped as it streams in (a queue
// listing: half a JSON object is no entry) or handed over cut to its first
// maxLine bytes (a log line: its head still says what happened). Lines whole
// inside one chunk are handed over without a copy. Used by the queue and
// mailq parsers and by the mail-log readers.
class BoundedLineSplitter final
{
public:
    enum class TooLong
    {
        Drop,
        KeepHead
    };

    explicit BoundedLineSplitter(qsizetype maxLine, TooLong mode = TooLong::Drop)
        : m_maxLine(maxLine)
        , m_mode(mode)
    {
    }

    void setMaxLineLength(qsizetype bytes) { m_maxLine = bytes; }
    qsizetype maxLineLength() const { return m_maxLine; }
    // 1-based number of the line last handed over or reported.
    qint64 lineNumber() const { return m_lineNo; }
    // Forgets a partial line, e.g. when the file under it was truncated.
    void reset()
    {
        m_partial.clear();
        m_cutting = false;
    }

    template<typename OnLine, typename OnTooLong>
    void feed(QByteArrayView chunk, OnLine &&onLine, OnTooLong &&onTooLong)
    {
        while (!chunk.isEmpty()) {
            const qsizetype nl = chunk.indexOf('\n');
            const QByteArrayView piece = nl < 0 ? chunk : chunk.first(nl);
            if (m_cutting) {
                // The rest of an oversized line: dropped without buffering.
            } else if (m_partial.size() + piece.size() > m_maxLine) {
                m_cutting = true;
                if (m_mode == TooLong::KeepHead) {
                    m_partial.append(piece.first(m_maxLine - m_partial.size()));
                } else {
                    m_partial.clear();
                    m_partial.squeeze();
                }
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
            endLine(onLine, onTooLong);
            chunk = chunk.sliced(nl + 1);
        }
    }

    // The last line, when the input did not end with a newline.
    template<typename OnLine, typename OnTooLong> void finish(OnLine &&onLine, OnTooLong &&onTooLong)
    {
        if (m_cutting || !m_partial.isEmpty())
            endLine(onLine, onTooLong);
        m_partial.squeeze();
    }

private:
    template<typename OnLine, typename OnTooLong> void endLine(OnLine &onLine, OnTooLong &onTooLong)
    {
        ++m_lineNo;
        if (m_cutting) {
            m_cutting = false;
            onTooLong();
            if (m_mode == TooLong::Drop) {
                m_partial.clear();
                return;
            }
        }
        onLine(QByteArrayView(m_partial));
        m_partial.clear();
    }

    QByteArray m_partial;
    qsizetype m_maxLine;
    TooLong m_mode;
    qint64 m_lineNo = 0;
    bool m_cutting = false;
};

} // namespace MailOps

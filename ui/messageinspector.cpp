#include "messageinspector.h"

#include "message/scannedmessagemodel.h"
#include "textviewer.h"
#include "theme.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <cstring>

namespace MailOps {

namespace {

using Severity = MessageDefect::Severity;
using Code = MessageDefect::Code;

enum DefectColumn
{
    LineColumn,
    SeverityColumn,
    CodeColumn,
    DetailsColumn
};
enum ItemRole
{
    LineRole = Qt::UserRole + 1,
    OffsetRole,
    SeverityRole,
    PreciseRole
};

constexpr int kMaxHeaderField = 80;

// The theme's severity colours blended into the palette's base colour, so
// the text keeps the palette's own colour and stays readable in light and
// dark themes.
QColor tint(const QPalette &palette, Severity severity, bool strong = false)
{
    QColor accent;
    switch (severity) {
    case Severity::Error:
        accent = Theme::colour(Theme::Severity::Critical, palette);
        break;
    case Severity::Warning:
        accent = Theme::colour(Theme::Severity::Warning, palette);
        break;
    case Severity::Info:
        accent = Theme::colour(Theme::Severity::Info, palette);
        break;
    }
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const qreal a = strong ? 0.45 : (dark ? 0.28 : 0.2);
    return QColor::fromRgbF(float(base.redF() * (1 - a) + accent.redF() * a),
        float(base.greenF() * (1 - a) + accent.greenF() * a),
        float(base.blueF() * (1 - a) + accent.blueF() * a));
}

void paintLabel(QLabel *label, const QPalette &from, const QColor &background)
{
    QPalette p = label->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, from.color(QPalette::Text));
    label->setPalette(p);
    label->setAutoFillBackground(true);
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return MessageInspector::tr("error");
    case Severity::Warning:
        return MessageInspector::tr("warning");
    case Severity::Info:
        return MessageInspector::tr("info");
    }
    return {};
}

QString shortened(const QString &s, int max = kMaxHeaderField)
{
    return s.size() > max ? s.left(max - 1) + QChar(0x2026) : s;
}

// Whether a defect is about one character rather than its whole line.
bool isPrecise(Code code)
{
    return code == Code::NulByte || code == Code::BareCr || code == Code::BareLf;
}

// Control characters as the Unicode control pictures ("␀", "␍"), so a NUL or
// a bare CR is seen where the linter found it. Many fonts (DejaVu, the Debian
// default) have no control pictures; then symbols they do have stand in.
// Always one character for one, so byte offsets still map to columns.
// Characters that QTextDocument takes as block breaks are replaced too, or
// line numbers would shift.
QChar controlSymbol(char16_t u, bool pictures)
{
    if (pictures)
        return QChar(char16_t(u == 0x7f ? 0x2421 : u == 0x0a ? 0x240a : 0x2400 + u));
    switch (u) {
    case 0x00:
        return QChar(char16_t(0x2205)); // "∅"
    case 0x0d:
        return QChar(char16_t(0x21b5)); // "↵"
    case 0x0a:
        return QChar(char16_t(0x2193)); // "↓"
    default:
        return QChar::ReplacementCharacter;
    }
}

void makeVisible(QString &line, bool pictures)
{
    for (QChar &c : line) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f)
            c = controlSymbol(u, pictures);
        else if (u == 0x2028 || u == 0x2029)
            c = pictures ? QChar(char16_t(0x2424)) : QChar(char16_t(0x00b6));
        else if (u == 0xfdd0 || u == 0xfdd1)
            c = QChar::ReplacementCharacter;
    }
}

} // namespace

MessageInspector::MessageInspector(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_suspect(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_banner(new QLabel(this))
    , m_viewer(new TextViewer(this))
    , m_defects(new QTreeWidget(this))
{
    m_header->setObjectName(QStringLiteral("messageHeader"));
    m_suspect->setObjectName(QStringLiteral("suspectLabel"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_banner->setObjectName(QStringLiteral("wholeMessageBanner"));
    m_viewer->setObjectName(QStringLiteral("rawViewer"));
    m_defects->setObjectName(QStringLiteral("defectList"));

    for (QLabel *label : { m_header, m_suspect, m_banner, m_status }) {
        label->setTextFormat(Qt::PlainText); // sender and defect texts come from the message
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_header->setContentsMargins(4, 2, 4, 0);
    m_suspect->setMargin(4);
    m_banner->setMargin(4);
    m_status->setMargin(8);
    m_status->setAlignment(Qt::AlignCenter);

    m_defects->setColumnCount(4);
    m_defects->setHeaderLabels({ tr("Line"), tr("Severity"), tr("Defect"), tr("Details") });
    m_defects->setRootIsDecorated(false);
    m_defects->setUniformRowHeights(true);
    m_defects->setAllColumnsShowFocus(true);
    m_defects->header()->setStretchLastSection(true);
    for (int c : { LineColumn, SeverityColumn, CodeColumn })
        m_defects->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *textPane = new QWidget(m_splitter);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(2);
    textLayout->addWidget(m_banner);
    textLayout->addWidget(m_viewer, 1);
    m_splitter->addWidget(textPane);
    m_splitter->addWidget(m_defects);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_status);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addWidget(m_suspect);
    layout->addWidget(m_stack, 1);

    connect(m_defects, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { showDefect(item); });
    connect(m_defects, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { showDefect(item); });

    clear();
}

MessageInspector::~MessageInspector() = default;

void MessageInspector::clear()
{
    m_message = {};
    m_raw.clear();
    m_lines.clear();
    m_shownBytes = 0;
    m_defects->clear();
    m_viewer->clear();
    m_viewer->setExtraSelections({});
    m_banner->hide();
    showHeader();
    showStatus(tr("No message selected."), false);
}

void MessageInspector::setLoading(const ScannedMessage &message)
{
    m_message = message;
    m_raw.clear();
    m_lines.clear();
    m_defects->clear();
    m_viewer->setExtraSelections({});
    m_viewer->clear();
    showHeader();
    showStatus(message.entry.queueId.isEmpty() ? tr("Loading…")
                                               : tr("Loading message %1…").arg(message.entry.queueId),
        false);
}

void MessageInspector::setError(const QString &error)
{
    showStatus(error, true);
}

void MessageInspector::showStatus(const QString &text, bool error)
{
    m_statusIsError = error;
    m_status->setText(text);
    m_stack->setCurrentWidget(m_status);
    applyColours();
}

void MessageInspector::showHeader()
{
    const QueueEntry &e = m_message.entry;
    if (e.queueId.isEmpty() && e.sender.isEmpty() && e.recipients.isEmpty()) {
        m_header->hide();
        m_suspect->hide();
        return;
    }
    QStringList parts;
    parts.append(tr("Queue id %1").arg(e.queueId));
    if (!e.queueName.isEmpty())
        parts.append(e.queueName);
    parts.append(tr("from %1").arg(e.sender.isEmpty() ? QStringLiteral("<>") : shortened(e.sender)));
    if (!e.recipients.isEmpty()) {
        const QString first = shortened(e.recipients.first().address);
        parts.append(e.recipients.size() == 1 ? tr("to %1").arg(first)
                                              : tr("to %1 +%2").arg(first).arg(e.recipients.size() - 1));
    }
    const qint64 size
        = e.messageSize > 0 ? e.messageSize : qMax(m_message.report.bytes, qint64(m_raw.size()));
    if (size > 0)
        parts.append(QLocale().formattedDataSize(size));
    const QString summary = ScannedMessageModel::defectSummary(m_message.report);
    if (!summary.isEmpty())
        parts.append(summary);
    m_header->setText(parts.join(QStringLiteral(" · ")));
    m_header->show();
    if (m_message.suspect) {
        m_suspect->setText(m_message.suspectReason.isEmpty()
                ? tr("Poison suspect")
                : tr("Poison suspect: %1").arg(shortened(m_message.suspectReason, 300)));
        m_suspect->show();
    } else {
        m_suspect->hide();
    }
}

void MessageInspector::setMessage(const ScannedMessage &message, const QByteArray &raw)
{
    m_message = message;
    m_raw = raw;
    m_lines.clear();
    m_defects->clear();
    // Emptied first: a new syntax would otherwise highlight the old text again.
    m_viewer->setExtraSelections({});
    m_viewer->clear();

    const QFontMetrics metrics(m_viewer->font());
    m_controlPictures
        = metrics.inFontUcs4(0x2400) && metrics.inFontUcs4(0x240d) && metrics.inFontUcs4(0x240a);

    // Like the linter, the first line decides whether the message uses CRLF.
    const char *p = raw.constData();
    const qsizetype n = raw.size();
    const char *firstLf = n > 0 ? static_cast<const char *>(std::memchr(p, '\n', size_t(n))) : nullptr;
    const bool crlf = firstLf && firstLf > p && firstLf[-1] == '\r';
    // Room for the notes, so that TextViewer never cuts again.
    const qsizetype budget = TextViewer::maxChars - 256;

    QString text;
    text.reserve(std::min<qsizetype>(n, budget) + 256);
    qsizetype pos = 0;
    while (pos < n && text.size() < budget && m_lines.size() < maxLines) {
        const char *lf = static_cast<const char *>(std::memchr(p + pos, '\n', size_t(n - pos)));
        qsizetype end = lf ? qsizetype(lf - p) : n;
        const bool hadCr = lf && end > pos && p[end - 1] == '\r';
        if (hadCr)
            --end;
        const qsizetype length = end - pos;
        qsizetype keep = std::min<qsizetype>({ length, maxLineChars, budget - text.size() });
        // Never cut a UTF-8 sequence in half: the line would fall back to Latin-1.
        if (keep < length) {
            for (int back = 0; back < 3 && keep > 0 && (uchar(p[pos + keep]) & 0xc0) == 0x80; ++back)
                --keep;
        }
        const QByteArrayView bytes(p + pos, keep);
        const bool utf8 = bytes.isValidUtf8();
        QString line = utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
        makeVisible(line, m_controlPictures);
        if (!m_lines.isEmpty())
            text += u'\n';
        m_lines.append(ShownLine { pos, utf8 });
        text += line;
        const int cut = length - keep > INT_MAX ? INT_MAX : int(length - keep);
        if (keep < length)
            text += tr("  [… %n more bytes on this line]", nullptr, cut);
        else if (crlf && lf && !hadCr)
            text += controlSymbol(0x0a, m_controlPictures); // the bare LF the linter found
        pos = lf ? qsizetype(lf - p) + 1 : n;
    }
    m_shownBytes = pos;
    if (pos < n)
        text += u'\n' + tr("[… %1 more bytes not shown]").arg(QLocale().formattedDataSize(n - pos));

    m_viewer->setContent(text, QStringLiteral("Email"));
    fillDefects();
    showHeader();
    m_stack->setCurrentWidget(m_splitter);
    m_statusIsError = false;
    applyColours();
}

int MessageInspector::columnOf(qint64 line, qint64 offset) const
{
    if (line < 1 || line > m_lines.size() || offset < 0)
        return 0;
    const ShownLine &shown = m_lines.at(line - 1);
    const qint64 bytes = std::clamp<qint64>(offset - shown.start, 0, maxLineChars);
    if (!shown.utf8)
        return int(bytes);
    return int(QString::fromUtf8(
        QByteArrayView(m_raw).sliced(shown.start, std::min<qint64>(bytes, m_raw.size() - shown.start)))
                   .size());
}

void MessageInspector::fillDefects()
{
    const LintReport &report = m_message.report;
    QStringList whole;
    QList<QTreeWidgetItem *> items;
    QMap<int, int> listed; // code -> defects listed
    QMap<int, Severity> codeSeverity;
    for (const MessageDefect &d : report.defects) {
        ++listed[int(d.code)];
        codeSeverity[int(d.code)] = std::min(codeSeverity.value(int(d.code), d.severity), d.severity);
        auto *item = new QTreeWidgetItem;
        const bool shown = d.line >= 1 && d.line <= m_lines.size();
        item->setText(LineColumn, d.line > 0 ? QString::number(d.line) : tr("message"));
        item->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(SeverityColumn, severityText(d.severity));
        item->setText(CodeColumn, MessageDefect::codeName(d.code));
        QString details = d.message;
        if (d.line > 0 && !shown)
            details += tr(" (beyond the part shown)");
        else if (d.code == Code::NulByte)
            details += tr(", shown as %1").arg(controlSymbol(0x00, m_controlPictures));
        else if (d.code == Code::BareCr)
            details += tr(", shown as %1").arg(controlSymbol(0x0d, m_controlPictures));
        else if (d.code == Code::BareLf)
            details += tr(", shown as %1").arg(controlSymbol(0x0a, m_controlPictures));
        if (!d.partPath.isEmpty())
            details += tr(" (part %1)").arg(d.partPath);
        item->setText(DetailsColumn, details);
        item->setToolTip(DetailsColumn, details);
        item->setData(0, LineRole, shown ? d.line : qint64(0));
        item->setData(0, OffsetRole, d.offset);
        item->setData(0, SeverityRole, int(d.severity));
        item->setData(0, PreciseRole, isPrecise(d.code) || (d.offset >= 0 && columnOf(d.line, d.offset) > 0));
        items.append(item);
        if (d.line == 0)
            whole.append(d.message);
    }
    // The linter lists the first few of each code and counts the rest.
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const qint64 more = report.counts[it.key()] - it.value();
        if (more <= 0)
            continue;
        auto *item = new QTreeWidgetItem;
        item->setText(SeverityColumn, severityText(codeSeverity.value(it.key())));
        item->setText(CodeColumn, MessageDefect::codeName(Code(it.key())));
        const int notListed = more > INT_MAX ? INT_MAX : int(more);
        item->setText(DetailsColumn, tr("%n more not listed", nullptr, notListed));
        item->setData(0, LineRole, qint64(0));
        item->setData(0, OffsetRole, qint64(-1));
        item->setData(0, SeverityRole, int(codeSeverity.value(it.key())));
        item->setData(0, PreciseRole, false);
        items.append(item);
    }
    if (!m_message.fetched && !m_message.fetchError.isEmpty())
        whole.prepend(m_message.fetchError);
    m_defects->addTopLevelItems(items);
    m_defects->setVisible(!items.isEmpty());

    if (whole.isEmpty()) {
        m_banner->hide();
    } else {
        m_banner->setText(tr("Whole message: %1").arg(whole.join(QStringLiteral("; "))));
        m_banner->show();
    }
}

void MessageInspector::applyColours()
{
    const QPalette &pal = palette();
    paintLabel(m_suspect, pal, tint(pal, Severity::Error, true));
    if (m_statusIsError) {
        paintLabel(m_status, pal, tint(pal, Severity::Error));
    } else {
        m_status->setAutoFillBackground(false);
        m_status->setPalette(QPalette());
    }

    Severity bannerSeverity = Severity::Info;
    for (const MessageDefect &d : m_message.report.defects) {
        if (d.line == 0)
            bannerSeverity = std::min(bannerSeverity, d.severity);
    }
    paintLabel(m_banner, pal, tint(pal, bannerSeverity));

    for (int i = 0; i < m_defects->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_defects->topLevelItem(i);
        item->setBackground(SeverityColumn, tint(pal, Severity(item->data(0, SeverityRole).toInt())));
    }

    // One tinted band per line, the worst severity winning; a stronger mark
    // on the very character when the defect is about one.
    QTextDocument *doc = m_viewer->document();
    QMap<qint64, Severity> worst;
    QList<QTextEdit::ExtraSelection> marks;
    for (const MessageDefect &d : m_message.report.defects) {
        if (d.line < 1 || d.line > m_lines.size())
            continue;
        const auto it = worst.constFind(d.line);
        worst.insert(d.line, it == worst.constEnd() ? d.severity : std::min(*it, d.severity));
    }
    for (auto it = worst.cbegin(); it != worst.cend(); ++it) {
        QTextEdit::ExtraSelection band;
        band.cursor = QTextCursor(doc->findBlockByNumber(int(it.key() - 1)));
        band.format.setBackground(tint(pal, it.value()));
        band.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(band);
    }
    for (const MessageDefect &d : m_message.report.defects) {
        if (d.line < 1 || d.line > m_lines.size() || !isPrecise(d.code))
            continue;
        const QTextBlock block = doc->findBlockByNumber(int(d.line - 1));
        const int column = std::min(columnOf(d.line, d.offset), std::max(0, block.length() - 2));
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.cursor.setPosition(block.position() + column);
        mark.cursor.setPosition(block.position() + column + 1, QTextCursor::KeepAnchor);
        mark.format.setBackground(tint(pal, d.severity, true));
        marks.append(mark);
    }
    m_viewer->setExtraSelections(marks);
}

void MessageInspector::showDefect(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const qint64 line = item->data(0, LineRole).toLongLong();
    QTextCursor cursor(m_viewer->document());
    if (line >= 1 && line <= m_lines.size()) {
        const QTextBlock block = m_viewer->document()->findBlockByNumber(int(line - 1));
        cursor = QTextCursor(block);
        if (item->data(0, PreciseRole).toBool()) {
            const int column = std::min(
                columnOf(line, item->data(0, OffsetRole).toLongLong()), std::max(0, block.length() - 2));
            cursor.setPosition(block.position() + column);
            cursor.setPosition(block.position() + column + 1, QTextCursor::KeepAnchor);
        } else {
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
    }
    m_viewer->setTextCursor(cursor);
    m_viewer->centerCursor();
}

void MessageInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

} // namespace MailOps

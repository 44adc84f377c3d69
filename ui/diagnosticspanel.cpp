#include "diagnosticspanel.h"

#include "diagnostics/checktreemodel.h"
#include "diagnostics/guidedrun.h"
#include "session/gatewaysession.h"
#include "textviewer.h"
#include "verdictproxymodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace MailOps {

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CheckTreeModel(this))
    , m_proxy(new VerdictProxyModel(CheckTreeModel::Verdict, this))
{
    setObjectName(QStringLiteral("panel_diagnostics"));
    m_proxy->setSourceModel(m_model);

    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setPlaceholderText(tr("Domain that does not receive mail, e.g. example.org"));
    m_domain->setClearButtonEnabled(true);
    m_senderIp = new QLineEdit(this);
    m_senderIp->setObjectName(QStringLiteral("senderIpEdit"));
    m_senderIp->setPlaceholderText(tr("optional: sending IP"));
    m_helo = new QLineEdit(this);
    m_helo->setObjectName(QStringLiteral("heloEdit"));
    m_helo->setPlaceholderText(tr("optional: sender's HELO name"));

    m_runButton = new QPushButton(tr("&Why is mail not arriving?"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setText(tr("Copy evidence report"));
    m_copyButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *copyMenu = new QMenu(m_copyButton);
    copyMenu->addAction(tr("As plain text"), this, [this] { copyReport(QStringLiteral("text")); });
    copyMenu->addAction(tr("As Markdown"), this, [this] { copyReport(QStringLiteral("markdown")); });
    copyMenu->addAction(tr("As JSON"), this, [this] { copyReport(QStringLiteral("json")); });
    m_copyButton->setMenu(copyMenu);
    connect(m_copyButton, &QToolButton::clicked, this, [this] { copyReport(QStringLiteral("text")); });

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_domain, 3);
    targetRow->addWidget(m_senderIp, 1);
    targetRow->addWidget(m_helo, 1);
    targetRow->addWidget(m_runButton);
    targetRow->addWidget(m_cancelButton);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m checks"));
    m_progress->setMaximumHeight(18);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setMargin(8);
    m_verdict->setText(tr("Enter a domain and start the run. Every check shows up here as it goes."));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("checkTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(CheckTreeModel::Title, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CheckTreeModel::Verdict, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CheckTreeModel::Summary, QHeaderView::Stretch);

    m_detailTitle = new QLabel(this);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence = new TextViewer(this);
    m_evidence->setObjectName(QStringLiteral("evidenceViewer"));
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailTitle);
    detailsLayout->addWidget(m_evidence, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_copyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(targetRow);
    layout->addWidget(m_verdict);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_runButton, &QPushButton::clicked, this, &DiagnosticsPanel::startRun);
    connect(m_domain, &QLineEdit::returnPressed, this, &DiagnosticsPanel::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &DiagnosticsPanel::cancelRun);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &DiagnosticsPanel::showSelected);
    setRunning(false);
    m_copyButton->setEnabled(false);
}

void DiagnosticsPanel::setSession(GatewaySession *session)
{
    const bool wasRunning = isRunning();
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = session ? session->guidedRun() : nullptr;
    if (wasRunning) {
        // The old gateway's run ends with its session; nothing of it is shown
        // as if it were the new one's.
        setRunning(false);
        m_verdict->setText(tr("The run was stopped: the gateway profile changed."));
        m_verdict->setStyleSheet(QString());
    }
    if (!m_run)
        return;
    m_profile = session->profile();
    if (m_domain->text().isEmpty() && m_profile == GatewayProfile::lab())
        m_domain->setText(QStringLiteral("mailops.test"));
    connect(m_run, &GuidedRun::itemUpdated, this, [this](const CheckItem &item) {
        m_model->upsert(item);
        const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOf(item.id));
        m_tree->expand(idx.parent());
        if (m_tree->currentIndex().isValid() && m_tree->currentIndex().siblingAtColumn(0) == idx)
            showSelected();
    });
    connect(m_run, &GuidedRun::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_run, &GuidedRun::finished, this, &DiagnosticsPanel::onFinished);
}

bool DiagnosticsPanel::isRunning() const
{
    return m_run && m_run->isRunning();
}

void DiagnosticsPanel::setDomain(const QString &domain)
{
    m_domain->setText(domain);
}

QString DiagnosticsPanel::verdictText() const
{
    return m_verdict->text();
}

void DiagnosticsPanel::startRun()
{
    const QString domain = m_domain->text().trimmed().toLower();
    if (domain.isEmpty()) {
        m_verdict->setText(tr("Enter the domain whose mail does not arrive."));
        m_domain->setFocus();
        return;
    }
    if (!m_run) {
        m_verdict->setText(tr("No gateway profile is loaded yet."));
        return;
    }
    if (m_run->isRunning())
        m_run->cancel();
    m_model->clear();
    m_evidence->clear();
    m_detailTitle->clear();
    m_progress->setValue(0);
    m_verdict->setText(tr("Checking %1…").arg(domain.toHtmlEscaped()));
    m_verdict->setStyleSheet(QString());
    GuidedRun::Options o = GuidedRun::Options::forProfile(m_profile, domain);
    o.senderIp = m_senderIp->text().trimmed();
    o.helo = m_helo->text().trimmed();
    setRunning(true);
    m_run->start(o);
}

void DiagnosticsPanel::cancelRun()
{
    if (!isRunning())
        return;
    m_run->cancel();
}

void DiagnosticsPanel::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running || m_progress->value() > 0);
}

void DiagnosticsPanel::onFinished(const EvidenceReport &report)
{
    m_report = report;
    setRunning(false);
    m_copyButton->setEnabled(true);
    const CheckItem::Verdict overall = report.overall();
    QString html = QStringLiteral("<b style='color:%1'>%2</b> ")
                       .arg(VerdictProxyModel::colour(int(overall)).name(),
                           CheckItem::verdictLabel(overall).toHtmlEscaped());
    if (report.conclusions.isEmpty()) {
        html += tr("No problem found by these checks for %1.").arg(report.target.toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul style='margin:0'>");
        for (const EvidenceReport::Conclusion &c : report.conclusions) {
            html += QStringLiteral("<li><b style='color:%1'>%2</b> %3<br/><span>%4</span></li>")
                        .arg(VerdictProxyModel::colour(int(c.severity)).name(),
                            CheckItem::verdictLabel(c.severity).toHtmlEscaped(), c.headline.toHtmlEscaped(),
                            c.explanation.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_verdict->setText(html);
    m_verdict->setStyleSheet(
        QStringLiteral("QLabel#verdictLabel { border: 2px solid %1; border-radius: 4px; }")
            .arg(VerdictProxyModel::colour(int(overall)).name()));
    // Put the evidence of the worst finding in front of the admin.
    const QString first
        = report.conclusions.isEmpty() || report.conclusions.constFirst().evidenceIds.isEmpty()
        ? QString()
        : report.conclusions.constFirst().evidenceIds.constFirst();
    const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOf(first));
    if (idx.isValid()) {
        m_tree->setCurrentIndex(idx);
        m_tree->scrollTo(idx);
    }
}

void DiagnosticsPanel::showSelected()
{
    const QModelIndex idx = m_proxy->mapToSource(m_tree->currentIndex());
    if (!idx.isValid())
        return;
    const CheckItem *item = m_model->item(idx.data(CheckTreeModel::IdRole).toString());
    if (!item)
        return;
    m_detailTitle->setText(
        QStringLiteral("<b>%1</b> — %2<br/>%3")
            .arg(item->title.toHtmlEscaped(), CheckItem::verdictLabel(item->verdict).toHtmlEscaped(),
                item->summary.toHtmlEscaped()));
    m_evidence->setContent(item->evidence, item->evidenceSyntax);
}

void DiagnosticsPanel::copyReport(const QString &format)
{
    QString text;
    if (format == QLatin1String("markdown"))
        text = m_report.toMarkdown();
    else if (format == QLatin1String("json"))
        text = QString::fromUtf8(QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented));
    else
        text = m_report.toText();
    QApplication::clipboard()->setText(text);
}

} // namespace MailOps

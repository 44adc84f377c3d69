#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <utility>

namespace MailOps {

// Runs `onResult(result)` on `context`'s thread when `future` ends with a
// result, or `onCanceled()` when it ends without one. Nothing runs once
// `context` is gone: the watcher is its child and dies with it.
//
// Used instead of QFuture::then(context, ...), which in Qt 6.4 asserts when
// the future ends after its context was destroyed: a session that ends
// while a poll is on the wire would abort the console.
template<typename T, typename OnResult, typename OnCanceled>
void whenFinished(const QFuture<T> &future, QObject *context, OnResult onResult, OnCanceled onCanceled)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, onResult = std::move(onResult), onCanceled = std::move(onCanceled)]() mutable {
            watcher->deleteLater();
            const QFuture<T> f = watcher->future();
            if (f.isCanceled() || f.resultCount() < 1)
                onCanceled();
            else
                onResult(f.result());
        });
    watcher->setFuture(future);
}

template<typename T, typename OnResult>
void whenFinished(const QFuture<T> &future, QObject *context, OnResult onResult)
{
    whenFinished(future, context, std::move(onResult), [] {});
}

} // namespace MailOps

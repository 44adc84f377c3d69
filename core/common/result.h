#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace MailOps {

// Either a value or an Error, after std::expected (C++23, not in GCC 12's
// C++20 mode). Accessing the wrong side is a programming error and asserts.
template<typename T> class Result
{
public:
    // Default-constructible so results can travel through QVariant and queued
    // signals; a default Result is an error that says no result came.
    Result()
        : m_data(Error { Error::Code::Other, QStringLiteral("no result") })
    {
    }
    Result(const T &value)
        : m_data(value)
    {
    }
    Result(T &&value)
        : m_data(std::move(value))
    {
    }
    Result(const Error &error)
        : m_data(error)
    {
    }
    Result(Error &&error)
        : m_data(std::move(error))
    {
    }

    static Result failure(Error::Code code, const QString &message)
    {
        return Result(Error { code, message });
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<T>(m_data);
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return std::get<T>(m_data);
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::get<T>(std::move(m_data));
    }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    T valueOr(T fallback) const { return ok() ? std::get<T>(m_data) : std::move(fallback); }

    const Error &error() const
    {
        Q_ASSERT(!ok());
        return std::get<Error>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

// For operations that yield nothing but can fail.
struct Ok
{
};
using Status = Result<Ok>;

} // namespace MailOps

#pragma once

#include <QString>

namespace MailOps {

// tr() for code that is not a QObject: the text in `context` ("MailOps::SpfRecord"),
// else in "MailOps", which is where lupdate files tr() calls made from free
// functions inside the namespace. Thread-safe (QCoreApplication::translate).
QString translateIn(const char *context, const char *text);

} // namespace MailOps

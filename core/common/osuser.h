#pragma once

#include <QString>

namespace MailOps {

// The login name of the effective user, as `id -un` prints it ($USER can be
// stale under sudo): who wrote a policy version or an incident note.
QString osUserName();

} // namespace MailOps

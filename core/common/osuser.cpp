#include "osuser.h"

#include <pwd.h>
#include <unistd.h>

namespace MailOps {

QString osUserName()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace MailOps

#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "mailops.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "mailops.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDns, "mailops.dns", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "mailops.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGateway, "mailops.gateway", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "mailops.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLog, "mailops.log", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPolicy, "mailops.policy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIncident, "mailops.incident", QtInfoMsg)

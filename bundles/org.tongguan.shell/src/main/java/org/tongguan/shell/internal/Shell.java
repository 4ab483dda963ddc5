package org.tongguan.shell.internal;

import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserService;
import org.tongguan.core.time.TimeDisplay;

/** What the shell's own pages need, handed to them by the instantiator (no static lookups). */
record Shell(Contributions contributions, UserService users, AccessPolicy policy, ShellI18n i18n, TimeDisplay time) {
}

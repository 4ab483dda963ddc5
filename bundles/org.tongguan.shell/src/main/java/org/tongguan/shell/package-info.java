/** What areas use to plug into the shell: view contributions, the signed-in user, showing broken rules. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.tongguan.shell;

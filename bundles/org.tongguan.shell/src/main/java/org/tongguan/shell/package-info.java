/** What areas use to plug into the shell: view contributions, menu nodes, the signed-in user, showing broken rules. */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.tongguan.shell;

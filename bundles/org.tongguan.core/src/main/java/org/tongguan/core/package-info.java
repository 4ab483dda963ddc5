/** Platform API shared by every area: rule violations and their messages. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.tongguan.core;

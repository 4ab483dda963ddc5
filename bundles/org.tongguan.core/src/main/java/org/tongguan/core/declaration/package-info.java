/** What every declaration document shares: its states and the one lifecycle that moves it between them. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tongguan.core.declaration;

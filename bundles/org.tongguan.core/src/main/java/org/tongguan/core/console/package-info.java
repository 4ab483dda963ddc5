/** Helpers for the areas' Karaf console commands, so every command behaves the same for a scripting administrator. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tongguan.core.console;

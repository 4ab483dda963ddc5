/**
 * The one document editor and query page every area's declaration documents use: an area describes its documents
 * ({@link org.tongguan.core.declaration.DocumentType}) and contributes two small pages extending
 * {@link org.tongguan.shell.document.DocumentEntryPage} and {@link org.tongguan.shell.document.DocumentQueryPage}.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.tongguan.shell.document;

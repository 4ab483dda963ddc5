/**
 * The one document editor and query page every area's declaration documents use: an area describes its documents
 * and their pages ({@link org.tongguan.core.declaration.DocumentType#pages()}) and the shell serves each page with
 * a {@link org.tongguan.shell.document.DocumentEntryPage} or a {@link org.tongguan.shell.document.DocumentQueryPage}.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.tongguan.shell.document;

/**
 * The shared base of the ledger books ({@link org.tongguan.ledger.MovementBook}s): the approved ledgers projected from
 * their documents, their rows and the movements of the lists under them, in three tables a book maps with its own
 * entities ({@link org.tongguan.ledger.book.BookLedger}, {@link org.tongguan.ledger.book.BookItem},
 * {@link org.tongguan.ledger.book.BookMove}), and what every book does with them
 * ({@link org.tongguan.ledger.book.AbstractBook}). A book for a new kind of ledger (H 区内, 出境加工账册 …) is only its
 * differences: its tables, its 监管方式, and what it counts other than 进 − 出.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tongguan.ledger.book;

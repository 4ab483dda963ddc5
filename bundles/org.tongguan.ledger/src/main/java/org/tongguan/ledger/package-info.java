/**
 * The 加工贸易账册 area's API for the areas whose documents move a ledger (核注清单): the registry of books by
 * ledger-number kind ({@link org.tongguan.ledger.LedgerRegistry}, {@link org.tongguan.ledger.MovementBook}), the
 * approved 加工贸易账册 with their balances and what a list does to them ({@link org.tongguan.ledger.LedgerBook}), and
 * how a 监管方式 moves a balance ({@link org.tongguan.ledger.MovementKind}).
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.tongguan.ledger;

/**
 * The real 金关二期 wire formats, as the e-port client imports and delivers them: the business messages a clerk's
 * documents become ({@link org.tongguan.core.customs.wire.ImportLayout}, {@link org.tongguan.core.customs.wire.ImportMessages}),
 * the client's first answer {@code CommonResponeMessage} and customs' {@code Package} receipts
 * ({@link org.tongguan.core.customs.wire.WireReader}; written by
 * {@link org.tongguan.core.customs.wire.ReceiptWriter} for the simulator, the copies named in
 * {@link org.tongguan.core.customs.wire.ReceiptCopy}), multi-pocket receipts assembled
 * ({@link org.tongguan.core.customs.wire.PocketAssembler}), and the one table from {@code manageResult} to lifecycle
 * event ({@link org.tongguan.core.customs.wire.ReceiptOutcomes}). What is proven by public samples and what is derived
 * is written down in {@code docs/wire-formats.md}.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.tongguan.core.customs.wire;

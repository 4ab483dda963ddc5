/**
 * The customs simulator's API: areas register a {@link org.tongguan.customs.simulator.CustomsRule} per message type
 * they send, and the simulator answers every declared message of that type with the rule's
 * {@link org.tongguan.customs.simulator.Verdict}, taking customs numbers from a
 * {@link org.tongguan.customs.simulator.NumberSource}.
 *
 * <h2>What the simulator does</h2>
 * It works on the e-port client's folders (the filebox transport's {@code <root>/<type>/OutBox}, {@code SentBox},
 * {@code InBox}), playing both the e-port client and customs. For each complete message in an {@code OutBox} it
 * moves the file to {@code SentBox}, verifies the envelope and writes into {@code InBox}:
 * <ol>
 * <li>at once, the client's answer {@code CommonResponeMessage} in {@code Successed_<message file>}: {@code SeqNo} a
 * new (or, for a business id sent before, the same) 预录入统一编号, {@code EtpsPreentNo}, {@code CheckInfo} 处理成功,
 * {@code DealFlag} 0 — or in {@code Failed_<message file>}, without {@code SeqNo}, {@code DealFlag} -1 and the reason
 * as {@code CheckInfo}, when the envelope is malformed, its signature does not verify or the rule finds what the
 * client itself refuses at import ({@link org.tongguan.customs.simulator.Verdict#refused}: a required table body or
 * field);</li>
 * <li>after the configured delay, for a declared message ({@code DelcareFlag} 1) the client imported, customs'
 * receipt with the rule's verdict: an unsigned {@code Package} as the real ones are (docs/wire-formats.md §3), of the
 * type {@link org.tongguan.core.customs.wire.ReceiptType#answering} names for the message type (INV201, SAS221, EMS201,
 * EMS211, EMS221, BWS201), written by {@link org.tongguan.core.customs.wire.ReceiptWriter}: {@code HdeApprResult}
 * ({@code etpsPreentNo} the 预录入统一编号, {@code businessId} the document's customs number, {@code tmsCnt},
 * {@code typecd}, {@code manageResult} as {@code ReceiptOutcomes} has the verdict for that receipt type,
 * {@code manageDate} {@code yyyy-MM-dd HH:mm:ss} Beijing time, {@code rmk} the result in words), each check as
 * {@code CheckInfo/note} "[code] text", and customs' copy of the document (e.g. {@code EtArcrpBsc}: the message's
 * header fields by key, the number the rule assigned, the 预录入统一编号 and the 企业内部编号). A staged message
 * ({@code DelcareFlag} 0, 暂存) gets only the answer; a message type with no known receipt gets the answer only.</li>
 * <li>after the delay again, when the rule approved and asked for it ({@link org.tongguan.customs.simulator.Verdict#released()},
 * as the 核注清单 and 核放单 rules do), the release the receipt type's marks say
 * ({@link org.tongguan.core.customs.wire.ReceiptType#marks}): the 核扣 INV211, customs' copy with {@code vrfdedMarkcd} 2
 * 已核扣 (INV201 had 1 预核扣); the 过卡 SAS223, with {@code HdeApprResult} 1 and {@code stucd} 2 已过卡 at its time.</li>
 * </ol>
 * Customs' receipts are named by their {@code message_id} as customs makes them ({@code CUS0000E010000}, the time,
 * an 11-digit serial), {@code file_name} that id with the family's extension ({@code .INV}, {@code .EMS}), one
 * pocket each. Every answer and receipt a message is owed is written when the message is taken and journaled in the
 * data folder before the message leaves {@code OutBox}; after a crash and a restart the simulator writes those it
 * still owes, each once (a receipt written twice has one content). A
 * {@link org.tongguan.core.customs.ReceiptRequest} file in an {@code OutBox} (申请回执补发) is answered by writing again
 * the receipts of the message it names that were written before, with the same bytes; the request then goes to
 * {@code SentBox} ({@code FailBox} when it is not a request). Files are written as dot-files in {@code InBox} and
 * renamed atomically, so a reader never sees half of one.
 *
 * <h2>Check codes of the simulator itself</h2>
 * <ul>
 * <li>{@code 0001} 报文格式错误 — the envelope is not well-formed or lacks an element ({@code Failed_}, -1);</li>
 * <li>{@code 0002} 找不到签名证书 — no certificate for the envelope's {@code KeyName} ({@code Failed_}, -1);</li>
 * <li>{@code 0003} 签名验证失败 — the content was changed or another card signed it ({@code Failed_}, -1);</li>
 * <li>{@code 0000} 无此报文类型的审核规则，转人工 — no {@code CustomsRule} for the message type (receipt, 转人工);</li>
 * <li>{@code 9999} 审核规则出错，转人工 — the rule threw or returned nothing (receipt, 转人工).</li>
 * </ul>
 */
@org.osgi.annotation.versioning.Version("0.6.0")
package org.tongguan.customs.simulator;

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
 * <li>at once, the import receipt (入库回执) {@code Receipt_<message_id>_1.xml}: {@code DealFlag} 0 with a new (or,
 * for a business id sent before, the same) 预录入统一编号, or {@code DealFlag} -1 with the reason when the envelope is
 * malformed or its signature does not verify;</li>
 * <li>after the configured delay, for a declared message ({@code DelcareFlag} 1) that passed, the business receipt
 * (审批回执) {@code Receipt_<message_id>_2.xml} with the rule's verdict. A staged message ({@code DelcareFlag} 0,
 * 暂存) gets only the import receipt.</li>
 * <li>after the delay again, when the rule approved and asked for it ({@link org.tongguan.customs.simulator.Verdict#released()},
 * as the 核注清单 rule does), the release receipt (核扣回执) {@code Receipt_<message_id>_3.xml}: the list's 预核扣 becomes
 * 已核扣.</li>
 * </ol>
 * Every receipt a message is owed is sealed when the message is taken and journaled in the data folder before the
 * message leaves {@code OutBox}; after a crash and a restart the simulator writes those it still owes, each once (a
 * receipt written twice has one content). A {@link org.tongguan.core.customs.ReceiptRequest} file in an
 * {@code OutBox} (申请回执补发) is answered by writing again the receipts of the message it names that were written
 * before, with the same bytes; the request then goes to {@code SentBox} ({@code FailBox} when it is not a request).
 *
 * <h2>Receipt files</h2>
 * Both receipts are envelopes as {@link org.tongguan.core.customs.Envelopes#seal} makes them, signed with the
 * simulator's customs card, with {@code DelcareFlag} 1. Their {@code EnvelopInfo}: {@code business_id} and the
 * swapped {@code sender_id}/{@code receiver_id} of the message answered, {@code message_id} = the answered message's
 * id + {@code _1} or {@code _2}, {@code file_name} = the receipt's file name, {@code message_type} = the answered
 * type with its three trailing digits replaced by {@code 201} (import receipt) or {@code 211} (business receipt),
 * e.g. {@code QYZZ101} → {@code QYZZ201}, {@code QYZZ211} (a type without three trailing digits gets them appended).
 * The file is written as a dot-file in {@code InBox} and renamed atomically, so a reader never sees half of it.
 *
 * <p>Import receipt, business message:
 * <pre>{@code
 * <CommonResponeMessage>
 *   <SeqNo>900020250000000001</SeqNo>          (empty when DealFlag is -1)
 *   <EtpsPreentNo>QP0001</EtpsPreentNo>
 *   <CheckInfo><Code>0003</Code><Text>…</Text></CheckInfo>   (zero or more)
 *   <DealFlag>0</DealFlag>                     (0 入库成功, -1 入库失败)
 * </CommonResponeMessage>
 * }</pre>
 *
 * <p>Business receipt, business message:
 * <pre>{@code
 * <HdeApprResult>
 *   <EtpsPreentNo>QP0001</EtpsPreentNo>
 *   <BusinessId>QP0001</BusinessId>            (the answered envelope's business_id)
 *   <TmsCnt>0</TmsCnt>                         (the message's chgTmsCnt, 0 without one)
 *   <Typecd>1</Typecd>                         (the message's dclTypecd, empty without one)
 *   <ManageResult>3</ManageResult>             (1 通过, 2 转人工, 3 退单)
 *   <ManageDate>20250314093000</ManageDate>    (yyyyMMddHHmmss, Beijing time)
 *   <Rmk>退单</Rmk>                            (the result in words)
 *   <CheckInfo><Code>3349</Code><Text>加工账册资质: 商务部前置审批开关开启, 企业必须申报表体</Text></CheckInfo>
 *   <AssignedNumber kind="emsNo">E90000000001</AssignedNumber>    (zero or more)
 * </HdeApprResult>
 * }</pre>
 * <p>Release receipt (message type with {@code 202}, {@code message_id} + {@code _3}), business message:
 * <pre>{@code
 * <HdeReleaseResult>
 *   <EtpsPreentNo>INVT000000000123</EtpsPreentNo>
 *   <BusinessId>INVT000000000123</BusinessId>
 *   <ManageDate>20250314093001</ManageDate>
 *   <Rmk>已核扣</Rmk>
 * </HdeReleaseResult>
 * }</pre>
 * {@code EtpsPreentNo} is the text of the first {@code EtpsPreentNo} or {@code etpsPreentNo} element of the business
 * message, or its envelope's {@code business_id} without one. The customs district of the numbers is the message's
 * {@code masterCuscd}, {@code dclPlcCuscd} or {@code impexpPortcd} (the first present, 4 digits), {@code 0000}
 * without one.
 *
 * <h2>Check codes of the simulator itself</h2>
 * <ul>
 * <li>{@code 0001} 报文格式错误 — the envelope is not well-formed or lacks an element (import receipt, -1);</li>
 * <li>{@code 0002} 找不到签名证书 — no certificate for the envelope's {@code KeyName} (import receipt, -1);</li>
 * <li>{@code 0003} 签名验证失败 — the content was changed or another card signed it (import receipt, -1);</li>
 * <li>{@code 0000} 无此报文类型的审核规则，转人工 — no {@code CustomsRule} for the message type (business receipt,
 * 转人工);</li>
 * <li>{@code 9999} 审核规则出错，转人工 — the rule threw or returned nothing (business receipt, 转人工).</li>
 * </ul>
 */
@org.osgi.annotation.versioning.Version("0.5.0")
package org.tongguan.customs.simulator;

/**
 * The filebox transport: the e-port client's folders, {@code <root>/<业务类型>/}:
 * <ul>
 * <li>{@code OutBox}: what the product queues — signed messages, and receipt requests (below); written
 * {@code .<name>.tmp}, forced and renamed, so a reader never sees half a file;</li>
 * <li>{@code SentBox}, {@code FailBox}: where the e-port client moves what it sent or could not send; a message in
 * {@code FailBox} makes its document 申报失败, and 重新发送 moves it back to {@code OutBox} as it was signed;</li>
 * <li>{@code InBox}: receipts from customs, each content delivered once, then moved to {@code InBox/processed/};
 * a receipt refused for good (not well-formed, a DOCTYPE, an envelope that does not open or verify) goes to
 * {@code InBox/refused/} with {@code <name>.reason.txt} beside it (the reason, in Chinese);</li>
 * <li>{@code <root>/processed-receipts.log}: the SHA-256 of every receipt delivered.</li>
 * </ul>
 *
 * <h2>Receipt request (申请回执补发)</h2>
 * When a document waits for a receipt longer than the product allows, the clerk may ask the e-port side to send the
 * receipts of its latest message again. The transport queues in that type's {@code OutBox}, as it queues a message,
 * the file {@code ReceiptRequest_<message id>.xml} (a used name gets {@code _2}, {@code _3}, … as messages do),
 * unsigned UTF-8 XML ({@link org.tongguan.core.customs.ReceiptRequest} writes and reads it):
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <ReceiptRequest>
 *   <BusinessId>QP0001</BusinessId>              the message's envelope business_id (企业内部编号)
 *   <MessageId>QP0001-1</MessageId>              its envelope message_id: whose receipts are asked for
 *   <FileName>EMS101_QP0001_1.xml</FileName>    the file name it was sent under
 *   <RequestedAt>2025-03-14T01:30:00Z</RequestedAt>
 * </ReceiptRequest>
 * }</pre>
 * The e-port side answers by writing into {@code InBox} again, with their bytes, the receipts of that message it has
 * sent before, and moves the request to {@code SentBox} ({@code FailBox} when it is not a request). A receipt already
 * delivered is recognised by its content and not delivered again; one that never arrived is delivered as any other.
 */
package org.tongguan.transport.filebox.internal;

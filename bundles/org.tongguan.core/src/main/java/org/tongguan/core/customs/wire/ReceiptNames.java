package org.tongguan.core.customs.wire;

/**
 * The element names of what the e-port client delivers: its first answer and customs' receipts, misspellings kept
 * (customs'). {@link WireReader}, {@link CustomsReceipt} and {@link PocketAssembler} read by them,
 * {@link ReceiptWriter} writes by them.
 */
final class ReceiptNames {
    static final String ANSWER = "CommonResponeMessage"; // [sic]
    static final String SEQ_NO = "SeqNo";
    static final String ETPS_PREENT_NO = "EtpsPreentNo";
    static final String CHECK_INFO = "CheckInfo";
    static final String DEAL_FLAG = "DealFlag";
    /** {@code DealFlag} of an imported message; anything else (-1) is a failed import. */
    static final String IMPORTED = "0";
    static final String NOT_IMPORTED = "-1";
    static final String SUCCEEDED = "Successed_"; // [sic], the answer's file name
    static final String FAILED = "Failed_";

    static final String SIGNATURE = "Signature";
    static final String OBJECT = "Object";
    static final String PACKAGE = "Package";
    static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final String ENVELOPE = "EnvelopInfo"; // [sic]
    static final String VERSION = "version";
    static final String BUSINESS_ID = "business_id";
    static final String MESSAGE_ID = "message_id";
    static final String FILE_NAME = "file_name";
    static final String MESSAGE_TYPE = "message_type";
    static final String SENDER_ID = "sender_id";
    static final String RECEIVER_ID = "receiver_id";
    static final String SEND_TIME = "send_time";
    static final String DATA = "DataInfo";
    static final String POCKET = "PocketInfo";
    static final String POCKET_ID = "pocket_id";
    static final String POCKET_TOTAL = "total_pocket_qty";
    static final String POCKET_CURRENT = "cur_pocket_no";
    static final String BUSINESS_DATA = "BussinessData"; // [sic]
    static final String DECLARE_FLAG = "DelcareFlag"; // [sic]

    /** The approval result and its fields, in the schema's order. */
    static final String APPROVAL = "HdeApprResult";
    static final String A_ETPS_PREENT_NO = "etpsPreentNo";
    static final String A_BUSINESS_ID = "businessId";
    static final String A_TMS_CNT = "tmsCnt";
    static final String A_TYPECD = "typecd";
    static final String A_MANAGE_RESULT = "manageResult";
    static final String A_MANAGE_DATE = "manageDate";
    static final String A_RMK = "rmk";
    /** A 检查信息 of a receipt: {@code CheckInfo{note}}. */
    static final String NOTE = "note";
    /** INV202's result. */
    static final String INV_APPROVAL = "InvApprResult";

    private ReceiptNames() {
    }
}

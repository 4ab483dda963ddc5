package org.tongguan.core.declaration;

/** What can happen to a declaration document: a clerk's action or a customs receipt. */
public enum DocumentEvent {
    /** 修改 / 暂存 again: the clerk changes the document. */
    EDIT,
    /** 删除. */
    DELETE,
    /** 申报: signed and handed to the customs transport. */
    DECLARE,
    /** The e-port client could not send it (FailBox), or the import check refused it (DealFlag -1). */
    SEND_FAILED,
    /** Import receipt: 入库成功 (DealFlag 0). */
    IMPORT_ACCEPTED,
    /** Business receipt 1: 审批通过. */
    APPROVE,
    /** Business receipt 2: 转人工. */
    TO_MANUAL,
    /** Business receipt 3: 退单. */
    RETURN,
    /** 变更 of an approved document: a new version starts as a draft with 变更次数 + 1. */
    CHANGE,
    /** Release receipt (核扣 / 放行) of an approved document: it stays approved; e.g. a list's 预核扣 becomes 已核扣. */
    RELEASE,
    /**
     * 申请回执补发: the document has waited too long for a receipt; the e-port side is asked to send its receipts
     * again. The state stays as it is.
     */
    REQUEST_RECEIPTS,
    /**
     * 重新发送: the document's signed message never reached customs (still in the outbox, or the e-port client could
     * not send it); it goes again as it was signed. 申报失败 becomes 已申报 again.
     */
    RESEND;

    /** Message key of the event's name ({@code event.APPROVE} = 审批通过回执 …) in the core texts. */
    public String messageKey() {
        return "event." + name();
    }
}

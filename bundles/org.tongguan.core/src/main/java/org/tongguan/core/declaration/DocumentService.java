package org.tongguan.core.declaration;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.tongguan.core.security.UserContext;

/**
 * The one service behind every declaration document of every area: 暂存, items, import, attachments, 申报 (signed and
 * sent), receipts, 变更, query and delete, each checked against the {@link DocumentType}'s rules, the one
 * {@link Lifecycle} and the {@link org.tongguan.core.security.AccessPolicy}, in one transaction.
 *
 * <p>Every call that changes a document takes the {@code version} the caller read and fails with
 * {@link org.tongguan.core.ConcurrentEditException} when someone else changed it since; it returns the document as
 * it is now (with its new version). Broken rules are {@link org.tongguan.core.ValidationException}s naming the field
 * (item fields as {@code <tab>.<key>}), refused moves {@link org.tongguan.core.RuleViolation}s, missing rights
 * {@link org.tongguan.core.AccessDeniedException}s; nothing is written then.
 */
@ProviderType
public interface DocumentService {
    /** The document types installed now, by id. */
    List<DocumentType> types();

    Optional<DocumentType> type(String typeId);

    /** 暂存 of a new document: validates the header and stores it as 暂存. */
    Document create(UserContext who, String typeId, Map<String, String> header);

    /** 暂存 of a changed header (修改), in 暂存, 申报失败 or 海关退单; the document is 暂存 afterwards. */
    Document saveHeader(UserContext who, long id, long version, Map<String, String> header);

    Document get(UserContext who, long id);

    /** The document's version now (cheap: for a page that waits for receipts to move it). */
    long version(UserContext who, long id);

    List<DocumentSummary> query(UserContext who, DocumentQuery query);

    long count(UserContext who, DocumentQuery query);

    /** Adds ({@code itemId} null) or changes a row of a tab; computed fields are computed, 序号 assigned. */
    Document saveItem(UserContext who, long id, long version, String tab, Long itemId, Map<String, String> values);

    Document deleteItems(UserContext who, long id, long version, String tab, List<Long> itemIds);

    /**
     * 导入: reads the rows of an xlsx laid out as {@link #template} makes it and adds them to the tab, all or none.
     * Every bad row is reported with its row number, column and rule.
     */
    ImportResult importItems(UserContext who, long id, long version, String tab, InputStream xlsx, Locale locale);

    /** The import template of a tab: one heading row with the entered columns' labels in {@code locale}. */
    byte[] template(String typeId, String tab, Locale locale);

    /** 暂存 of a 随附单据: kept as 待上传; its type and size are checked against the type's rules. */
    Document addAttachment(UserContext who, long id, long version, String kind, String number, String fileName,
            byte[] content);

    /** 上传: the attachment becomes 已上传 and goes with the next 申报. */
    Document uploadAttachment(UserContext who, long id, long version, long attachmentId);

    Document deleteAttachment(UserContext who, long id, long version, long attachmentId);

    /** 下载: the file's bytes. */
    byte[] attachmentContent(UserContext who, long id, long attachmentId);

    /**
     * 复制 of a whole document: a new 暂存 of the same type with the same header, rows and enterprise; what customs or
     * the system assigned (预录入统一编号, 业务编号, dates, 变更次数) and the attachments are not copied.
     */
    Document copy(UserContext who, long id);

    /** 删除 of the whole document, in 暂存, 申报失败 or 海关退单. */
    void delete(UserContext who, long id, long version);

    /**
     * 申报 ({@code declare} true, DelcareFlag 1) or 发送 (false, DelcareFlag 0: stored by customs without declaring):
     * checks the whole document, builds its message, signs it with the card and sends it. 申报 moves it to 已申报;
     * 发送 leaves the state as it is.
     *
     * @param cardNo the card medium signing it; it must belong to the document's enterprise
     * @param pin opens the card; not kept (none when the e-port client signs, see {@link #clientSigns})
     */
    Document declare(UserContext who, long id, long version, String cardNo, char[] pin, boolean declare);

    /**
     * 申报 of several documents, each as {@link #declare} does and in its own transaction (one that fails leaves the
     * others declared): checked and sealed side by side, as many at once as there are processors, and handed to the
     * transport in groups, durably together.
     *
     * @param versions document id → the version the caller saw, in the order to declare them
     * @return the documents not declared, each with the reason {@link #declare} would have thrown; empty when all were
     */
    Map<Long, RuntimeException> declareAll(UserContext who, Map<Long, Long> versions, String cardNo, char[] pin);

    /**
     * Whether the e-port client signs the messages of this install ({@link
     * org.tongguan.core.customs.CustomsTransport#clientSigns}): 申报 then needs the card's number only, and the PIN is
     * neither asked nor used.
     */
    boolean clientSigns();

    /**
     * 申请回执补发 of a document that has waited for a receipt longer than the install allows (已申报 or 入库成功: the
     * receipt wait; 转人工: the longer wait for an officer): the transport asks the e-port side to send the receipts of
     * its latest message again. The wait starts again.
     */
    Document requestReceipts(UserContext who, long id, long version);

    /**
     * 重新发送 of a document whose signed message never reached customs: still in the outbox, or put in the e-port
     * client's FailBox. It goes again as it was signed (no card needed); 申报失败 becomes 已申报 again.
     */
    Document resend(UserContext who, long id, long version);

    /**
     * The follow-ups of a document waiting on its way to customs that the service would accept from this user now:
     * {@link DocumentEvent#REQUEST_RECEIPTS} once the receipts are overdue, {@link DocumentEvent#RESEND} when the
     * message never reached customs; empty otherwise (and for a user who may not change the document).
     */
    java.util.Set<DocumentEvent> followUps(UserContext who, long id);

    /** 变更 of an approved document: back to 暂存 with 变更次数 + 1. */
    Document change(UserContext who, long id, long version);

    /**
     * One of the type's {@link DocumentType#actions()} (e.g. 核销结果确认), in one of its states: the type records it
     * in the header (and what the area keeps); the state stays as it is.
     */
    Document perform(UserContext who, long id, long version, String action);

    /** How the system reached the figures of a row it computed (the type's {@link DocumentType#explain}). */
    Optional<RowExplanation> explain(UserContext who, long id, String tab, long itemId, Locale locale);

    /** Every receipt of the document, newest first. */
    List<Receipt> receipts(UserContext who, long id);

    /** The business message the document would be declared with (what 申报 signs), UTF-8 XML. */
    byte[] message(UserContext who, long id);
}

package org.tongguan.core.declaration;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import org.tongguan.core.security.GrantSource;
import org.tongguan.core.security.Role;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
import org.tongguan.core.customs.wire.CustomsReceipt;
import org.tongguan.core.customs.wire.ImportLayout;

/**
 * The description of one kind of declaration document (企业资质申请, 加工贸易账册, 核注清单 …), registered by its area as
 * an OSGi service. The core's one {@link DocumentService} stores, checks, declares and receipts every type from this
 * description, and the shell's one document editor and query page show it; an area writes no screen and no state
 * machine of its own.
 */
@ConsumerType
public interface DocumentType extends GrantSource {
    /** Unique id, lower-case letters and digits, e.g. {@code qyzz}; also the prefix of the 企业内部编号. */
    String id();

    /** The area's texts: labels of the fields, tabs, options and the title. */
    Messages messages();

    /** The document's name, e.g. 企业资质申请. */
    String titleKey();

    /**
     * The permissions of the type: {@code <permission>.view} to query, see and print, {@code <permission>.edit} to
     * create, change, import, delete, declare and change after approval; e.g. {@code ledger.qyzz}.
     */
    String permission();

    /** The permission to query, see and print documents of the type: {@code <permission>.view}. */
    default String viewPermission() {
        return permission() + ".view";
    }

    /** The permission to create, change, import, delete and declare documents of the type: {@code <permission>.edit}. */
    default String editPermission() {
        return permission() + ".edit";
    }

    /**
     * What the standard roles get when the type is first installed: 关务人员 may see and edit, 业务人员 may see.
     */
    @Override
    default Map<String, Set<String>> defaultGrants() {
        return Map.of(Role.CLERK, Set.of(viewPermission(), editPermission()),
                Role.BUSINESS, Set.of(viewPermission()));
    }

    /**
     * How its message is written for the e-port client (docs/wire-formats.md): the message type, the header and row
     * elements; each tab's {@link ItemTab#rowElement()} is a row of it.
     */
    ImportLayout layout();

    /** The customs message type, e.g. {@code EMS101}: its {@link #layout()}'s. */
    default String messageType() {
        return layout().messageType();
    }

    /** The e-port client's folder of the business, e.g. {@code EMS}. */
    String businessType();

    /** The header fields, in display order. */
    List<FieldSpec> header();

    /** The item tabs, in display order. */
    List<ItemTab> tabs();

    /** The header key holding the 海关编码 of the enterprise the document belongs to (it decides who may see it). */
    String enterpriseKey();

    /** The header key of the 预录入统一编号 customs assigns with the import receipt, or null. */
    default String seqNoKey() {
        return "seqNo";
    }

    /** The header key filled with the 录入日期 at the first 暂存, or null. */
    default String inputDateKey() {
        return null;
    }

    /** The header key of the 变更次数, raised by 变更, or null when the type cannot be changed after approval. */
    default String changeCountKey() {
        return null;
    }

    /** The header key shown as the document's 业务编号 (e.g. the 档案库编号 or 账册编号), or null. */
    default String businessNoKey() {
        return null;
    }

    /** What the type takes as 随附单据; {@link AttachmentRules#NONE} for none. */
    default AttachmentRules attachments() {
        return AttachmentRules.NONE;
    }

    /**
     * Header rules beyond the fields' own, checked at every 暂存 (e.g. one date after another); may also fill
     * read-only fields the system derives from others (e.g. the 经营单位 of the ledger a 报核 names), before the
     * document's enterprise is taken from {@link #enterpriseKey()}.
     */
    default void validateHeader(Map<String, String> header, Validator v) {
    }

    /** Rules of the whole document, checked at 申报 (e.g. at least one 料件). */
    default void validateDeclaration(Document document, Validator v) {
    }

    /**
     * 变更 of an approved document: adjust its header for the change (e.g. 申报类型 2 变更申请). The change count is raised
     * by the service itself.
     */
    default void onChange(Map<String, String> header) {
    }

    /**
     * Customs approved the document: put what customs assigned into the header ({@code numbers}: kind → number, e.g.
     * {@code etArcrpNo}, {@code emsNo}, as customs' copy names them) and the approval date where the type keeps it.
     *
     * @param afterChange whether the approval is of a 变更 (change count above 0)
     */
    default void onApproved(Map<String, String> header, Map<String, String> numbers, LocalDate date,
            boolean afterChange) {
    }

    /**
     * Completes and checks the rows of a tab beyond their fields' own rules: made once per operation (a row saved,
     * an import, a 申报) and asked for every row of it; the service reports its errors with the row.
     *
     * @param header the document's header as stored
     * @param rows the document's stored rows of any tab (rows marked 删除 left out)
     */
    default RowCheck rowCheck(String tab, Map<String, String> header, DocumentRows rows) {
        return RowCheck.NONE;
    }

    /**
     * Rules of the whole document checked at every 暂存 (header, row, import, delete of rows), on the document as it
     * will be stored; an error refuses the change. E.g. a 核注清单 that would take a ledger balance below zero.
     */
    default void validateDraft(Document document, Validator v) {
    }

    /**
     * The rows of the tabs the system makes ({@link ItemTab#derived()}), by tab key, made again at every 暂存 of the
     * header from the document as stored (its rows still the old ones, so what the clerk entered in them can be kept).
     * A tab left out of the answer keeps its rows.
     */
    default Map<String, List<Map<String, String>>> deriveItems(Document document) {
        return Map.of();
    }

    /**
     * Something happened to the document ({@link DocumentEvent#DECLARE}, a receipt, a failed send, 变更,
     * {@link DocumentEvent#RELEASE}): called in the same transaction, after the document is stored as it is now, so
     * the area can keep what it derives from the document (a ledger's approved rows, a list's balance movements) in
     * step with it. Not called for {@link DocumentEvent#EDIT} and {@link DocumentEvent#DELETE}. A type that overrides
     * this overrides {@link #observesEvents} too, or receipts and failed sends are not told to it.
     *
     * @param from the state before the event (the same as {@code document.state()} when the event moved nothing)
     */
    default void after(Document document, DocumentEvent event, DocumentState from) {
    }

    /**
     * Whether the type has its own {@link #after}: when not, the engine does not read the whole document for it (a
     * receipt or a failed send touches only the header). A type that overrides {@code after} returns true.
     */
    default boolean observesEvents() {
        return false;
    }

    /**
     * The release receipt (核扣 / 放行) of an approved document: put what it means into the header (e.g. 核扣标志 2
     * 已核扣).
     */
    default void onReleased(Map<String, String> header, LocalDate date) {
    }

    /**
     * A customs receipt of the document's latest message, applied: what the type keeps of it in the header beyond the
     * lifecycle's move and {@link #onApproved} / {@link #onReleased} (which come first), e.g. a 核放单's 过卡状态 and
     * 过卡时间 from customs' copy in SAS223, or a 查验处置 (SAS224) that moves nothing. Told of every customs receipt,
     * whether it moves the document or not (a result the table does not know included); not of the e-port client's
     * first answer. In the receipt's transaction; the header's query keys follow.
     *
     * @param receipt the whole receipt: its type, {@code HdeApprResult}, 检查信息 and customs' copy of the document
     */
    default void onReceipt(Map<String, String> header, CustomsReceipt receipt) {
    }

    /** The steps of the type beyond the lifecycle, e.g. 核销结果确认. */
    default List<DocumentAction> actions() {
        return List.of();
    }

    /**
     * Does one of {@link #actions()} to a stored document in one of the action's states: changes the header in place
     * (what the step records) and whatever the area keeps; refuses with errors in {@code v} or a
     * {@link org.tongguan.core.RuleViolation}.
     */
    default void perform(String action, Document document, Map<String, String> header, Validator v) {
        throw new IllegalArgumentException("no action " + action + " for " + id());
    }

    /** How the system reached the figures of a row it computed, or empty when the row has nothing to explain. */
    default Optional<RowExplanation> explain(Document document, String tab, Document.Item row, Locale locale) {
        return Optional.empty();
    }

    /** Whether the rows of the tab can be explained ({@link #explain}). */
    default boolean explains(String tab) {
        return false;
    }

    /**
     * Header keys its 数据查询 offers as criteria besides the common ones (a code is matched whole, a text by its
     * beginning), e.g. 进出口标志 and 备案编号 of a 核注清单.
     */
    default List<String> queryKeys() {
        return List.of();
    }

    /** The type's pages in the side menu (数据录入 and 数据查询), served by the shell; none by default. */
    default List<DocumentPage> pages() {
        return List.of();
    }

    /** The tab of that key. */
    default Optional<ItemTab> tab(String key) {
        return tabs().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The header field of that key. */
    default Optional<FieldSpec> headerField(String key) {
        return header().stream().filter(f -> f.key().equals(key)).findFirst();
    }
}

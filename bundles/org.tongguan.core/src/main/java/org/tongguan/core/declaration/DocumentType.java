package org.tongguan.core.declaration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;

/**
 * The description of one kind of declaration document (企业资质申请, 加工贸易账册, 核注清单 …), registered by its area as
 * an OSGi service. The core's one {@link DocumentService} stores, checks, declares and receipts every type from this
 * description, and the shell's one document editor and query page show it; an area writes no screen and no state
 * machine of its own.
 */
@ConsumerType
public interface DocumentType {
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

    /** The customs message type, e.g. {@code QYZZ101}. */
    String messageType();

    /** The e-port client's folder of the business, e.g. {@code EMS}. */
    String businessType();

    /** The root element of the business message, e.g. {@code QyzzMessage}. */
    String messageRoot();

    /** The element of the header in the business message, e.g. {@code Head}. */
    default String headerElement() {
        return "Head";
    }

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

    /** Header rules beyond the fields' own, checked at every 暂存 (e.g. one date after another). */
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
     * {@code archiveNo}, {@code emsNo}) and the approval date where the type keeps it.
     *
     * @param afterChange whether the approval is of a 变更 (change count above 0)
     */
    default void onApproved(Map<String, String> header, Map<String, String> numbers, LocalDate date,
            boolean afterChange) {
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

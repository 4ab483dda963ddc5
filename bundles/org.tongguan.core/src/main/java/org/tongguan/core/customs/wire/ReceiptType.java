package org.tongguan.core.customs.wire;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customs receipt type the product reads and the simulator writes: its message type, customs' copy of the document
 * in it, and whether it carries the approval result {@code HdeApprResult} (INV211 核扣 does not). Receipts of INV,
 * EMS and BWS come in the xmldsig namespace, those of SAS in none (the samples; the pilot's EMS schemas agree).
 *
 * <p>{@link #answering} is the one place that names which receipts answer which of the product's message types.
 */
public record ReceiptType(String type, ReceiptCopy copy, boolean approval) {
    public ReceiptType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(copy, "copy");
    }

    /** 核注清单审核回执 (GX, XA samples; EMS/INV201.xsd). */
    public static final ReceiptType INV201 = new ReceiptType("INV201", ReceiptCopy.BOND_INVT, true);
    /** 核注清单核扣回执: customs' copy with {@code vrfdedMarkcd} 2, no approval (GX INV211.xml; EMS/INV211.xsd). */
    public static final ReceiptType INV211 = new ReceiptType("INV211", ReceiptCopy.BOND_INVT, false);
    /** 核放单审核回执 (GX, XA samples; SAS/SAS221.xsd). */
    public static final ReceiptType SAS221 = new ReceiptType("SAS221", ReceiptCopy.SAS_PASSPORT, true);
    /** 企业资质审核回执 (EMS/EMS201.xsd; no public sample). */
    public static final ReceiptType EMS201 = new ReceiptType("EMS201", ReceiptCopy.ET_ARCRP, true);
    /** 加工贸易账册审核回执 (EMS/EMS211.xsd; no public sample). */
    public static final ReceiptType EMS211 = new ReceiptType("EMS211", ReceiptCopy.EMS_PUTREC, true);
    /** 报核审核回执 (EMS/EMS221.xsd; no public sample). */
    public static final ReceiptType EMS221 = new ReceiptType("EMS221", ReceiptCopy.EMS_CHGOFF, true);
    /** 物流账册审核回执 (EMS/BWS201.xsd; no public sample). */
    public static final ReceiptType BWS201 = new ReceiptType("BWS201", ReceiptCopy.BWS, true);
    /** 出境加工账册审核回执 (proposed: no public schema; the EMS211/BWS201 pattern, docs/wire-formats.md). */
    public static final ReceiptType OPL201 = new ReceiptType("OPL201", ReceiptCopy.OPL, true);

    /**
     * The receipts customs answers a declared message with: the approval and, for a 核注清单, the 核扣 that follows it.
     *
     * @param release the receipt after an approval, or null when none follows
     */
    public record Answers(ReceiptType approval, ReceiptType release) {
        public Answers {
            Objects.requireNonNull(approval, "approval");
        }
    }

    /** The product's message types → customs' receipts. The one place naming them. */
    private static final Map<String, Answers> ANSWERS = Map.of(
            "INV101", new Answers(INV201, INV211),
            "SAS121", new Answers(SAS221, null),
            "EMS101", new Answers(EMS201, null), // 企业资质
            "EMS111", new Answers(EMS211, null), // 加工贸易账册
            "EMS121", new Answers(EMS221, null), // 报核
            "BWS101", new Answers(BWS201, null),
            "OPL101", new Answers(OPL201, null)); // 出境加工账册 (proposed)

    /** The receipts answering a message of {@code messageType}, if customs answers it with one the product knows. */
    public static Optional<Answers> answering(String messageType) {
        return Optional.ofNullable(ANSWERS.get(messageType));
    }

    /** Whether its {@code Package} is in the xmldsig namespace (INV, EMS, BWS) rather than in none (SAS). */
    public boolean xmldsig() {
        return !type.startsWith("SAS");
    }

    /** The {@code file_name} extension customs gives it: the family ({@code ….INV}, {@code ….SAS}). */
    public String family() {
        return type.substring(0, 3);
    }
}

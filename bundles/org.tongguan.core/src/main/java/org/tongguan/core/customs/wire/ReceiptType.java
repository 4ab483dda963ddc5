package org.tongguan.core.customs.wire;

import java.time.Instant;
import java.time.LocalDateTime;
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
public record ReceiptType(String type, ReceiptCopy copy, boolean approval, boolean checksFirst) {
    public ReceiptType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(copy, "copy");
    }

    /**
     * A receipt type whose {@code CheckInfo} lines come where its family's schemas put them: after the approval result
     * for INV and EMS (xmldsig), after customs' copy for SAS (SAS221.xsd; SAS211.xsd).
     */
    public ReceiptType(String type, ReceiptCopy copy, boolean approval) {
        this(type, copy, approval, !type.startsWith("SAS"));
    }

    /** 核注清单审核回执 (GX, XA samples; EMS/INV201.xsd). */
    public static final ReceiptType INV201 = new ReceiptType("INV201", ReceiptCopy.BOND_INVT, true);
    /** 核注清单核扣回执: customs' copy with {@code vrfdedMarkcd} 2, no approval (GX INV211.xml; EMS/INV211.xsd). */
    public static final ReceiptType INV211 = new ReceiptType("INV211", ReceiptCopy.BOND_INVT, false);
    /** 核放单审核回执 (GX, XA samples; SAS/SAS221.xsd). */
    public static final ReceiptType SAS221 = new ReceiptType("SAS221", ReceiptCopy.SAS_PASSPORT, true);
    /** 业务申报表审核回执 (SAS/SAS201.xsd; no public sample): its checks before the copy, as the schema has them. */
    public static final ReceiptType SAS201 = new ReceiptType("SAS201", ReceiptCopy.SAS_DCL, true, true);
    /** 出入库单审核回执 (SAS/SAS211.xsd; no public sample). */
    public static final ReceiptType SAS211 = new ReceiptType("SAS211", ReceiptCopy.SAS_STOCK, true);
    /**
     * 核放单过卡回执: the vehicle passed the gate ({@code stucd} 2 单卡, 3/4 双卡, with {@code passTime}); GX and XA
     * samples; SAS/SAS223.xsd.
     */
    public static final ReceiptType SAS223 = new ReceiptType("SAS223", ReceiptCopy.SAS_PASSPORT, true);
    /** 核放单查验处置回执 (GX sample, which shares SAS221's copy; no schema). */
    public static final ReceiptType SAS224 = new ReceiptType("SAS224", ReceiptCopy.SAS_PASSPORT, true);
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
     * The receipts customs answers a declared message with: the approval and, for a 核注清单, the 核扣 that follows it,
     * for a 核放单 the 过卡 at the gate.
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
            "SAS101", new Answers(SAS201, null), // 业务申报表
            "SAS111", new Answers(SAS211, null), // 出入库单
            "SAS121", new Answers(SAS221, SAS223),
            "EMS101", new Answers(EMS201, null), // 企业资质
            "EMS111", new Answers(EMS211, null), // 加工贸易账册
            "EMS121", new Answers(EMS221, null), // 报核
            "BWS101", new Answers(BWS201, null),
            "OPL101", new Answers(OPL201, null)); // 出境加工账册 (proposed)

    /** The receipts answering a message of {@code messageType}, if customs answers it with one the product knows. */
    public static Optional<Answers> answering(String messageType) {
        return Optional.ofNullable(ANSWERS.get(messageType));
    }

    /**
     * What customs' copy says in a receipt of this type that approves (通过) or releases the document, beyond the
     * document's own fields, as the samples have it: INV201 预核扣 ({@code vrfdedMarkcd} 1), INV211 已核扣 (2); SAS221
     * 已审批 ({@code stucd} 1, {@code emapvMarkcd} 1 通过); SAS223 已过卡 ({@code stucd} 2 of a single gate, its
     * {@code passTime}); none for the others. For whoever writes receipts (the simulator, tests).
     *
     * @param at when customs decided: a 过卡's time
     */
    public Map<String, String> marks(Instant at) {
        return switch (type) {
            case "INV201" -> Map.of("vrfdedMarkcd", "1");
            case "INV211" -> Map.of("vrfdedMarkcd", "2");
            case "SAS221" -> Map.of("stucd", "1", "emapvMarkcd", "1");
            case "SAS223" -> Map.of("stucd", "2", "emapvMarkcd", "1", "passTime", LocalDateTime.ofInstant(at,
                    ImportMessages.CUSTOMS_ZONE).format(CustomsReceipt.MANAGE_DATE));
            default -> Map.of();
        };
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

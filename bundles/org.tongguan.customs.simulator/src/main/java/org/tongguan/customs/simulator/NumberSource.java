package org.tongguan.customs.simulator;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The numbers customs assigns. Every number is new: the counters are kept on disk, so a number is never handed out
 * twice, also across restarts (a crash may skip some, as customs numbers have gaps; a clean stop skips none). The
 * year in a number is the current year in Beijing time.
 *
 * <table>
 * <caption>Kinds and formats</caption>
 * <tr><th>kind</th><th>format</th><th>example</th></tr>
 * <tr><td>{@value #SEQ_NO} 预录入统一编号</td><td>18 digits: district (4) + year (4) + sequence (10), one sequence per
 * district and year</td><td>{@code 900020250000000001}</td></tr>
 * <tr><td>{@value #ARCHIVE_NO} 档案库编号</td><td>12 digits: district (4) + year (2) + sequence (6), one sequence per
 * district and year (the simulator's own format; the real one is not public)</td><td>{@code 900025000001}</td></tr>
 * <tr><td>{@value #EMS_NO} 账册编号 (加工贸易账册)</td><td>12 characters: {@code E} + district (4) + sequence (7), one
 * sequence per district</td><td>{@code E90000000001}</td></tr>
 * <tr><td>{@value #BWS_NO} 账册编号 (物流账册)</td><td>12 characters: {@code T} + district (4) + {@code W} + sequence
 * (6), one sequence per district (T and a 6th character D or W are what customs' own check of a 物流账册 number asks;
 * the simulator always writes W)</td><td>{@code T9000W000001}</td></tr>
 * <tr><td>{@value #OPL_NO} 出境加工账册编号</td><td>12 characters: {@code O} + district (4) + sequence (7), one
 * sequence per district (proposed: the real format is not public)</td><td>{@code O90000000001}</td></tr>
 * <tr><td>{@value #BOND_INVT_NO} 核注清单编号 ({@link #nextListNo})</td><td>18 characters: {@code QD} + district (4)
 * + year (2) + {@code I}/{@code E} + sequence (9), one sequence per district and year shared by I and E</td>
 * <td>{@code QD311124E000000001}</td></tr>
 * <tr><td>{@value #SAS_DCL_NO} 业务申报表编号</td><td>10 characters: {@code S} + district (4) + sequence (5), one
 * sequence per district (the shape of the pilot's only example, {@code S490500369}; production's is not public)</td>
 * <td>{@code S900000001}</td></tr>
 * <tr><td>{@value #SAS_STOCK_NO} 出入库单编号 ({@link #nextStockNo})</td><td>18 characters: {@code X} + district (4) +
 * {@code I}/{@code E} + date (yyMMdd) + sequence (6), one sequence per district and day shared by I and E (XA's 2019
 * 过卡回执: {@code X9008I190128000001})</td><td>{@code X9000I250314000001}</td></tr>
 * <tr><td>{@value #PASSPORT_NO} 核放单编号 ({@link #nextPassportNo})</td><td>24 characters: {@code Z} + district (4)
 * + {@code I}/{@code E} + date {@code yyMMdd} + sequence (12), one sequence per district and day shared by I and E
 * (GX's samples: {@code Z3111I240728000000000003})</td><td>{@code Z3111I240728000000000003}</td></tr>
 * </table>
 */
@ProviderType
public interface NumberSource {
    /** 预录入统一编号. */
    String SEQ_NO = "seqNo";
    /** 档案库编号. */
    String ARCHIVE_NO = "archiveNo";
    /** 账册编号 of a 加工贸易账册 (E). */
    String EMS_NO = "emsNo";
    /** 账册编号 of a 物流账册 (T). */
    String BWS_NO = "bwsNo";
    /** 出境加工账册编号 (O; proposed format). */
    String OPL_NO = "oplNo";
    /** 核注清单编号; taken with {@link #nextListNo}, which needs the I/E mark. */
    String BOND_INVT_NO = "bondInvtNo";
    /** 业务申报表编号. */
    String SAS_DCL_NO = "sasDclNo";
    /** 出入库单编号; taken with {@link #nextStockNo}, which needs the I/E mark. */
    String SAS_STOCK_NO = "sasStockNo";
    /** 核放单编号; taken with {@link #nextPassportNo}, which needs the 进出区 mark. */
    String PASSPORT_NO = "passportNo";

    /**
     * The next number of {@code kind} ({@value #SEQ_NO}, {@value #ARCHIVE_NO}, {@value #EMS_NO}, {@value #BWS_NO},
     * {@value #SAS_DCL_NO} or {@value #OPL_NO}) for the customs district.
     *
     * @param customsDistrict the 4-digit 关区 code, e.g. {@code 9000}
     * @throws IllegalArgumentException for another kind (also {@value #BOND_INVT_NO}: use {@link #nextListNo}) or a
     *         district that is not 4 digits
     * @throws IllegalStateException when the sequence is used up or the counters cannot be stored
     */
    String next(String kind, String customsDistrict);

    /**
     * The next 核注清单编号 ({@value #BOND_INVT_NO}).
     *
     * @param customsDistrict the 4-digit 关区 code
     * @param impExp {@code I} (进口) or {@code E} (出口)
     * @throws IllegalArgumentException for another mark or a district that is not 4 digits
     * @throws IllegalStateException when the sequence is used up or the counters cannot be stored
     */
    String nextListNo(String customsDistrict, char impExp);

    /**
     * The next 出入库单编号 ({@value #SAS_STOCK_NO}).
     *
     * @param customsDistrict the 4-digit 关区 code
     * @param stockType {@code I} (进区) or {@code E} (出区)
     * @throws IllegalArgumentException for another mark or a district that is not 4 digits
     * @throws UnsupportedOperationException from a source that hands out no such numbers
     */
    default String nextStockNo(String customsDistrict, char stockType) {
        throw new UnsupportedOperationException("this source hands out no sasStockNo");
    }

    /**
     * The next 核放单编号 ({@value #PASSPORT_NO}), dated today (Beijing). A number source that assigns none (a rule's
     * test double) need not implement it.
     *
     * @param customsDistrict the 4-digit 关区 code
     * @param ioType {@code I} (进区) or {@code E} (出区)
     * @throws IllegalArgumentException for another mark or a district that is not 4 digits
     * @throws IllegalStateException when the sequence is used up or the counters cannot be stored
     * @throws UnsupportedOperationException when this source assigns no 核放单编号
     */
    default String nextPassportNo(String customsDistrict, char ioType) {
        throw new UnsupportedOperationException("this number source assigns no passportNo");
    }

    /**
     * The 账册编号 a ledger's filing gets at its approval: a new one of {@code kind} for the district when the message
     * has none (备案), none when it has one (变更).
     *
     * @param current the number the message carries, empty when none
     * @param district the message's 主管海关 ({@link #district})
     */
    default Map<String, String> ledgerNumber(String kind, String current, String district) {
        return current == null || current.isEmpty() ? Map.of(kind, next(kind, district(district))) : Map.of();
    }

    /** A message's 关区 as the numbers take it: its 4 digits, {@code 0000} when it has none. */
    static String district(String code) {
        return code != null && code.matches("[0-9]{4}") ? code : "0000";
    }
}

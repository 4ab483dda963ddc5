package org.tongguan.delegation;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * 授权子系统: the e-port subsystems a grant names (manual 004 §1.1), each with the permissions of the product's
 * document types that belong to it. A type's permission is {@code <prefix>.view} (query, see, print) or
 * {@code <prefix>.edit} (新增, 暂存, 删除, 申报, 变更); a grant of a subsystem lets the agent's operators use those of
 * its types, for the granting enterprise only.
 *
 * <ul>
 * <li>{@link #NEMS} 加工贸易账册: 企业资质申请 ({@code ledger.qyzz}), 加工贸易账册 备案/变更 ({@code ledger.ems}), 账册报核
 * ({@code ledger.dcr});</li>
 * <li>{@link #NPTS} 加工贸易手册: no document type of the product yet (a grant is kept and takes effect when an area
 * brings the 手册's types);</li>
 * <li>{@link #BWL} 物流账册: 物流账册 备案/变更 ({@code logistics.bws});</li>
 * <li>{@link #NBHL} 货物流转: no document type of the product yet;</li>
 * <li>{@link #INV} 核注清单: 保税核注清单 进口/出口, under a 加工贸易账册 or a 物流账册 ({@code invt.list}).</li>
 * </ul>
 */
public enum Subsystem {
    NEMS("ledger.qyzz", "ledger.ems", "ledger.dcr"),
    NPTS,
    BWL("logistics.bws"),
    NBHL,
    INV("invt.list");

    /** The suffix of the permission to query, see and print a type's documents. */
    public static final String VIEW = ".view";
    /** The suffix of the permission to create, change, delete and declare a type's documents. */
    public static final String EDIT = ".edit";

    private final Set<String> prefixes;

    Subsystem(String... prefixes) {
        this.prefixes = Set.of(prefixes);
    }

    /** The permission prefixes of its document types ({@code DocumentType.permission()}). */
    public Set<String> permissionPrefixes() {
        return prefixes;
    }

    /** The key of its name in the area's texts: 加工贸易账册 … */
    public String key() {
        return "delegation.subsystem." + name();
    }

    /** The subsystem whose document types the permission ({@code <prefix>.view|.edit}) is of, if any. */
    public static Optional<Subsystem> of(String permission) {
        if (permission == null || !(permission.endsWith(VIEW) || permission.endsWith(EDIT))) {
            return Optional.empty();
        }
        String prefix = permission.substring(0, permission.lastIndexOf('.'));
        return Arrays.stream(values()).filter(s -> s.prefixes.contains(prefix)).findFirst();
    }
}

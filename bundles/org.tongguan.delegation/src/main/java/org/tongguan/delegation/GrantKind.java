package org.tongguan.delegation;

/**
 * 授权类型 (manual 004 §1.1, default 操作权; the legacy QP codes 110 操作权 and 101/111 are of objects the product
 * does not have): what the agent's operators may do with the granting enterprise's documents of the subsystem.
 */
public enum GrantKind {
    /** 操作权: query, 暂存 and 申报 (the types' {@code .view} and {@code .edit} permissions). */
    OPERATE,
    /** 查询权: query, see and print only ({@code .view}). */
    QUERY;

    /** Whether it lets the holder use {@code permission} (a {@code .view} or {@code .edit} permission). */
    public boolean covers(String permission) {
        return this == OPERATE || permission.endsWith(Subsystem.VIEW);
    }

    public String key() {
        return "delegation.kind." + name();
    }
}

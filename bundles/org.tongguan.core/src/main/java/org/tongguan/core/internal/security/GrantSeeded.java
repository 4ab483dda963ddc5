package org.tongguan.core.internal.security;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A default grant already given once: the role keeps or loses it as administrators decide from then on. */
@Entity
@Table(name = "TG_GRANT_SEEDED")
@IdClass(GrantSeeded.Key.class)
public class GrantSeeded {
    @Id
    @Column(name = "ROLE_CODE")
    private String roleCode;
    @Id
    @Column(name = "PERMISSION")
    private String permission;

    protected GrantSeeded() {
    }

    GrantSeeded(String roleCode, String permission) {
        this.roleCode = roleCode;
        this.permission = permission;
    }

    /** The primary key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String roleCode;
        private String permission;

        public Key() {
        }

        Key(String roleCode, String permission) {
            this.roleCode = roleCode;
            this.permission = permission;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roleCode, k.roleCode) && Objects.equals(permission, k.permission);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roleCode, permission);
        }
    }
}

package org.tongguan.core.security;

import java.util.HashSet;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/** A role (系统管理员, 关务人员, 业务人员, …) and the permissions it grants (menu entries and operations). */
@Entity
@Table(name = "TG_ROLE")
public class Role {
    public static final String ADMIN = "ADMIN";
    public static final String CLERK = "CLERK";
    public static final String BUSINESS = "BUSINESS";

    @Id
    @Column(name = "CODE", length = 32)
    private String code;
    @Column(name = "NAME_ZH", length = 60, nullable = false)
    private String nameZh;
    @Column(name = "NAME_EN", length = 60, nullable = false)
    private String nameEn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TG_ROLE_PERMISSION", joinColumns = @JoinColumn(name = "ROLE_CODE"))
    @Column(name = "PERMISSION", length = 80)
    private Set<String> permissions = new HashSet<>();
    @Version
    @Column(name = "VERSION")
    private long version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public Set<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(Set<String> permissions) {
        this.permissions = permissions;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package org.tongguan.core.enterprise;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** An enterprise of the registry: 海关编码 (10), 社会信用代码 (18), name, address, phone. */
@Entity
@Table(name = "TG_ENTERPRISE")
public class Enterprise {
    @Id
    @SequenceGenerator(name = "TG_ENTERPRISE_SEQ", sequenceName = "TG_ENTERPRISE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_ENTERPRISE_SEQ")
    @Column(name = "ID")
    private Long id;
    @Column(name = "CUSTOMS_CODE", length = 10, nullable = false, unique = true)
    private String customsCode;
    @Column(name = "CREDIT_CODE", length = 18, nullable = false, unique = true)
    private String creditCode;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Column(name = "ADDRESS", length = 200)
    private String address;
    @Column(name = "PHONE", length = 30)
    private String phone;
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "VERSION")
    private long version;

    public Enterprise() {
    }

    /** A detached copy, for editing without touching the shown row. */
    public Enterprise copy() {
        Enterprise e = new Enterprise();
        e.id = id;
        e.customsCode = customsCode;
        e.creditCode = creditCode;
        e.name = name;
        e.address = address;
        e.phone = phone;
        e.updatedAt = updatedAt;
        e.version = version;
        return e;
    }

    public Long getId() {
        return id;
    }

    public String getCustomsCode() {
        return customsCode;
    }

    public void setCustomsCode(String customsCode) {
        this.customsCode = customsCode;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    @Override
    public String toString() {
        return customsCode + " " + creditCode + " " + name + " | " + address + " | " + phone;
    }
}

package org.tongguan.core.security;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A person who signs in: roles, the enterprises it acts for, the card media it holds, its password state and lockout.
 */
@Entity
@Table(name = "TG_USER")
public class UserAccount {
    @Id
    @SequenceGenerator(name = "TG_USER_SEQ", sequenceName = "TG_USER_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_USER_SEQ")
    @Column(name = "ID")
    private Long id;
    @Column(name = "USERNAME", length = 40, nullable = false, unique = true)
    private String username;
    @Column(name = "DISPLAY_NAME", length = 60, nullable = false)
    private String displayName;
    @Column(name = "PASSWORD_HASH", length = 200, nullable = false)
    private String passwordHash;
    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;
    @Column(name = "FAILED_ATTEMPTS", nullable = false)
    private int failedAttempts;
    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;
    @Column(name = "ENABLED", nullable = false)
    private boolean enabled = true;
    @Column(name = "LOCALE", length = 10)
    private String locale;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TG_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "ROLE_CODE", length = 32)
    private Set<String> roles = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TG_USER_ENTERPRISE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "CUSTOMS_CODE", length = 10)
    private Set<String> enterprises = new HashSet<>();
    /**
     * The card media (法人卡, 操作员卡) the person holds, by card number: the cards it works with as the e-port's card
     * sign-in would, e.g. an operator card an enterprise's 委托授权 names.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TG_USER_CARD", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "CARD_NO", length = 32)
    private Set<String> cards = new HashSet<>();
    @Version
    @Column(name = "VERSION")
    private long version;

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public void setFailedAttempts(int failedAttempts) {
        this.failedAttempts = failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles;
    }

    public Set<String> getEnterprises() {
        return enterprises;
    }

    public void setEnterprises(Set<String> enterprises) {
        this.enterprises = enterprises;
    }

    public Set<String> getCards() {
        return cards;
    }

    public void setCards(Set<String> cards) {
        this.cards = cards;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

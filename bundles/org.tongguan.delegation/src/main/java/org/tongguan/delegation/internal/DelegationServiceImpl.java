package org.tongguan.delegation.internal;

import static org.tongguan.delegation.internal.DelegationTexts.MESSAGES;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.Validator;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.enterprise.EnterpriseRules;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Refusal;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.delegation.DelegationService;
import org.tongguan.delegation.Grant;
import org.tongguan.delegation.GrantKind;
import org.tongguan.delegation.OperatorGrant;
import org.tongguan.delegation.OperatorRight;
import org.tongguan.delegation.Subsystem;

/**
 * The grants of 委托授权 on the database, checked on the server: the card medium is one the user holds, of an
 * enterprise it acts for, a 法人卡 for entering grants; each change in one transaction with its audit line.
 */
@Component(service = DelegationService.class)
public class DelegationServiceImpl implements DelegationService {
    private final JpaTemplate jpa;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final EnterpriseRegistry registry;
    private final Signer signer;
    private final Clock clock;
    private final ZoneId zone;

    @Activate
    public DelegationServiceImpl(@Reference(target = "(osgi.unit.name=tongguan-delegation)") JpaTemplate jpa,
            @Reference AccessPolicy policy, @Reference AuditLog audit, @Reference EnterpriseRegistry registry,
            @Reference Signer signer, @Reference TimeDisplay time,
            @Reference(target = "(schema.bundle=org.tongguan.delegation)") SchemaReady schema) {
        this(jpa, policy, audit, registry, signer, Clock.systemUTC(), time.zone());
    }

    /** Outside OSGi (tests); DS tells its constructor by the number of arguments, so this one has fewer. */
    public DelegationServiceImpl(JpaTemplate jpa, AccessPolicy policy, AuditLog audit, EnterpriseRegistry registry,
            Signer signer, Clock clock, ZoneId zone) {
        this.jpa = jpa;
        this.policy = policy;
        this.audit = audit;
        this.registry = registry;
        this.signer = signer;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<Grant> given(UserContext who, String cardNo) {
        CardMedium card = card(who, cardNo, EDIT, true);
        return Transactions.read(jpa, em -> em.createQuery("SELECT g FROM GrantEntity g WHERE g.grantorCode = :e"
                + " ORDER BY g.id DESC", GrantEntity.class).setParameter("e", card.enterpriseCode()).getResultList()
                .stream().map(GrantEntity::value).toList());
    }

    @Override
    public Grant save(UserContext who, String cardNo, Grant in) {
        CardMedium card = card(who, cardNo, EDIT, true);
        String agentCode = in.agentCode() == null ? null : in.agentCode().trim();
        return Transactions.write(jpa, String.valueOf(agentCode), em -> {
            Enterprise grantor = registry.lookup(card.enterpriseCode())
                    .orElseThrow(() -> new RuleViolation(MESSAGES, "delegation.grantor.unknown",
                            card.enterpriseCode()));
            Enterprise agent = validate(em, card.enterpriseCode(), agentCode, in);
            GrantEntity g;
            String before = null;
            if (in.id() == null) {
                g = new GrantEntity();
                g.grantorCode = grantor.getCustomsCode();
            } else {
                g = given(em, card.enterpriseCode(), in.id(), in.version());
                before = g.describe();
            }
            g.grantorCreditCode = grantor.getCreditCode();
            g.grantorName = grantor.getName();
            g.agentCode = agent.getCustomsCode();
            g.agentCreditCode = agent.getCreditCode();
            g.agentName = agent.getName();
            g.subsystem = in.subsystem();
            g.kind = in.kind() == null ? GrantKind.OPERATE : in.kind();
            g.validFrom = in.validFrom();
            g.validTo = in.validTo();
            g.grantedOn = today();
            g.grantorCard = card.cardNo();
            g.updatedAt = clock.instant();
            if (in.id() == null) {
                em.persist(g);
            }
            em.flush();
            audit.record(who, in.id() == null ? AuditAction.CREATE : AuditAction.CHANGE, GRANT_RECORD,
                    String.valueOf(g.id), g.grantorCode, before, g.describe());
            return g.value();
        });
    }

    /** The rules of a 企业间授权 as entered; the agent enterprise from the registry. */
    private Enterprise validate(EntityManager em, String grantor, String agentCode, Grant in) {
        Validator v = new Validator(MESSAGES);
        Messages.Text agentLabel = new Messages.Text(MESSAGES, "delegation.field.agentCode");
        Enterprise agent = null;
        if (v.text("agentCode", agentLabel, agentCode, true, 10)) {
            if (!EnterpriseRules.CUSTOMS_CODE.matcher(agentCode).matches()) {
                v.error("agentCode", "field.enterpriseCode", agentLabel);
            } else if (agentCode.equals(grantor)) {
                v.error("agentCode", "delegation.agent.self", agentCode);
            } else {
                agent = registry.lookup(agentCode).orElse(null);
                if (agent == null) {
                    v.error("agentCode", "delegation.agent.unknown", agentCode);
                }
            }
        }
        if (in.subsystem() == null) {
            v.error("subsystem", "field.required", new Messages.Text(MESSAGES, "delegation.field.subsystem"));
        }
        if (in.validFrom() == null || in.validTo() == null) {
            v.error(in.validFrom() == null ? "validFrom" : "validTo", "field.required",
                    new Messages.Text(MESSAGES, in.validFrom() == null ? "delegation.field.validFrom"
                            : "delegation.field.validTo"));
        } else if (in.validTo().isBefore(in.validFrom())) {
            v.error("validTo", "delegation.valid.order", TimeDisplay.date(in.validFrom()),
                    TimeDisplay.date(in.validTo()));
        } else if (in.validTo().isBefore(today())) {
            v.error("validTo", "delegation.valid.past", TimeDisplay.date(in.validTo()), TimeDisplay.date(today()));
        }
        if (agent != null && in.subsystem() != null) {
            boolean taken = em.createQuery("SELECT g.id FROM GrantEntity g WHERE g.grantorCode = :g AND g.agentCode = :a"
                    + " AND g.subsystem = :s", Long.class).setParameter("g", grantor).setParameter("a", agentCode)
                    .setParameter("s", in.subsystem()).getResultList().stream().anyMatch(id -> !id.equals(in.id()));
            if (taken) {
                v.error("subsystem", "delegation.grant.exists", agentCode,
                        new Messages.Text(MESSAGES, in.subsystem().key()));
            }
        }
        v.throwIfAny();
        return agent;
    }

    @Override
    public void delete(UserContext who, String cardNo, long grantId, long version) {
        CardMedium card = card(who, cardNo, EDIT, true);
        Transactions.write(jpa, String.valueOf(grantId), em -> {
            GrantEntity g = given(em, card.enterpriseCode(), grantId, version);
            // the 企业内授权 under it go with it (manual 004 §1.1 注 3)
            for (OperatorGrantEntity o : operatorsOf(em, g.id)) {
                audit.record(who, AuditAction.DELETE, OPERATOR_RECORD, String.valueOf(o.id), g.agentCode,
                        o.describe(), null);
                em.remove(o);
            }
            em.flush();
            audit.record(who, AuditAction.DELETE, GRANT_RECORD, String.valueOf(g.id), g.grantorCode, g.describe(),
                    null);
            em.remove(g);
            return null;
        });
    }

    @Override
    public List<Grant> received(UserContext who, String cardNo) {
        CardMedium card = card(who, cardNo, EDIT, true);
        return Transactions.read(jpa, em -> em.createQuery("SELECT g FROM GrantEntity g WHERE g.agentCode = :e"
                + " ORDER BY g.grantorCode, g.subsystem", GrantEntity.class).setParameter("e", card.enterpriseCode())
                .getResultList().stream().map(GrantEntity::value).toList());
    }

    @Override
    public List<OperatorGrant> operators(UserContext who, String cardNo, long grantId) {
        CardMedium card = card(who, cardNo, EDIT, true);
        return Transactions.read(jpa, em -> {
            GrantEntity g = received(em, card.enterpriseCode(), grantId);
            return operatorsOf(em, g.id).stream().map(OperatorGrantEntity::value).toList();
        });
    }

    @Override
    public List<OperatorGrant> addOperators(UserContext who, String cardNo, long grantId, List<OperatorGrant> rows) {
        CardMedium card = card(who, cardNo, EDIT, true);
        return Transactions.write(jpa, String.valueOf(grantId), em -> {
            GrantEntity g = received(em, card.enterpriseCode(), grantId);
            List<OperatorGrantEntity> existing = operatorsOf(em, g.id);
            boolean all = existing.stream().anyMatch(o -> o.allOperators);
            Set<String> named = new HashSet<>();
            existing.stream().filter(o -> !o.allOperators).forEach(o -> named.add(o.cardNo));
            Validator v = new Validator(MESSAGES);
            List<OperatorGrantEntity> added = new ArrayList<>();
            int row = 0;
            for (OperatorGrant in : rows) {
                row++;
                OperatorGrantEntity o = new OperatorGrantEntity();
                o.grantId = g.id;
                o.allOperators = in.allOperators();
                if (in.allOperators()) {
                    if (all) {
                        v.error("allOperators", "delegation.operators.allTwice", row);
                    }
                    all = true;
                } else {
                    String no = in.cardNo() == null ? "" : in.cardNo().trim();
                    o.cardNo = no;
                    checkOperatorCard(v, row, no, g.agentCode, named);
                    named.add(no);
                }
                added.add(o);
            }
            if (all && !named.isEmpty()) {
                v.error("allOperators", "delegation.operators.allAndNamed");
            }
            v.throwIfAny();
            for (OperatorGrantEntity o : added) {
                em.persist(o);
                em.flush();
                audit.record(who, AuditAction.CREATE, OPERATOR_RECORD, String.valueOf(o.id), g.agentCode, null,
                        o.describe());
            }
            return operatorsOf(em, g.id).stream().map(OperatorGrantEntity::value).toList();
        });
    }

    /** A named operator card: one of the agent enterprise's 操作员卡, named once under the grant. */
    private void checkOperatorCard(Validator v, int row, String no, String agent, Set<String> named) {
        if (no.isEmpty()) {
            v.error("cardNo", "delegation.operators.cardRequired", row);
            return;
        }
        CardMedium c = signer.card(no).orElse(null);
        if (c == null) {
            v.error("cardNo", "delegation.operators.cardUnknown", row, no);
        } else if (!c.enterpriseCode().equals(agent) || c.type() != CardType.OPERATOR) {
            v.error("cardNo", "delegation.operators.cardNotOperator", row, no, agent);
        } else if (named.contains(no)) {
            v.error("cardNo", "delegation.operators.cardTwice", row, no);
        }
    }

    @Override
    public void deleteOperator(UserContext who, String cardNo, long operatorGrantId, long version) {
        CardMedium card = card(who, cardNo, EDIT, true);
        Transactions.write(jpa, String.valueOf(operatorGrantId), em -> {
            OperatorGrantEntity o = em.find(OperatorGrantEntity.class, operatorGrantId);
            if (o == null) {
                throw new RuleViolation(MESSAGES, "delegation.operators.notFound", operatorGrantId);
            }
            GrantEntity g = received(em, card.enterpriseCode(), o.grantId);
            if (o.version != version) {
                throw new RuleViolation(MESSAGES, "delegation.changed", g.grantorCode);
            }
            audit.record(who, AuditAction.DELETE, OPERATOR_RECORD, String.valueOf(o.id), g.agentCode, o.describe(),
                    null);
            em.remove(o);
            return null;
        });
    }

    @Override
    public List<OperatorRight> rights(UserContext who, String cardNo, Subsystem subsystem) {
        CardMedium card = card(who, cardNo, VIEW, false);
        return Transactions.read(jpa, em -> {
            List<OperatorRight> rows = new ArrayList<>();
            List<GrantEntity> grants = em.createQuery("SELECT g FROM GrantEntity g WHERE g.agentCode = :e"
                    + " ORDER BY g.grantorCode, g.subsystem", GrantEntity.class)
                    .setParameter("e", card.enterpriseCode()).getResultList();
            for (GrantEntity g : grants) {
                if (subsystem != null && g.subsystem != subsystem) {
                    continue;
                }
                for (OperatorGrantEntity o : operatorsOf(em, g.id)) {
                    rows.add(new OperatorRight(o.allOperators ? null : o.cardNo, g.grantorCode, g.grantorName,
                            g.subsystem, g.kind, g.validFrom, g.validTo));
                }
            }
            return rows;
        });
    }

    /**
     * The card medium the user works with: one it holds (the system: any), known to the card registry, of an
     * enterprise it acts for with {@code permission}, and a 法人卡 when {@code legalPerson}. A card not held or not a
     * 法人卡 is refused and audited as every refusal, with the manual's message.
     */
    private CardMedium card(UserContext who, String cardNo, String permission, boolean legalPerson) {
        if (cardNo == null || cardNo.isBlank()) {
            throw new RuleViolation(MESSAGES, "delegation.card.required");
        }
        if (!who.system() && !policy.cards(who).contains(cardNo)) {
            policy.refused(who, permission, null, Refusal.CARD);
            throw new RuleViolation(MESSAGES, "delegation.card.notHeld", cardNo);
        }
        CardMedium card = signer.card(cardNo).orElseThrow(() -> new RuleViolation("signing.unknownCard", cardNo));
        policy.check(who, permission, card.enterpriseCode());
        if (legalPerson && card.type() != CardType.LEGAL_PERSON) {
            policy.refused(who, permission, card.enterpriseCode(), Refusal.CARD);
            throw new RuleViolation(MESSAGES, "delegation.card.notLegalPerson");
        }
        return card;
    }

    /** A grant the enterprise gave, as the clerk read it. */
    private static GrantEntity given(EntityManager em, String grantor, long id, long version) {
        GrantEntity g = em.find(GrantEntity.class, id);
        if (g == null || !g.grantorCode.equals(grantor)) {
            throw new RuleViolation(MESSAGES, "delegation.grant.notFound", id);
        }
        if (g.version != version) {
            throw new RuleViolation(MESSAGES, "delegation.changed", g.agentCode);
        }
        return g;
    }

    /** A grant the enterprise received. */
    private static GrantEntity received(EntityManager em, String agent, long id) {
        GrantEntity g = em.find(GrantEntity.class, id);
        if (g == null || !g.agentCode.equals(agent)) {
            throw new RuleViolation(MESSAGES, "delegation.grant.notFound", id);
        }
        return g;
    }

    private static List<OperatorGrantEntity> operatorsOf(EntityManager em, long grantId) {
        return em.createQuery("SELECT o FROM OperatorGrantEntity o WHERE o.grantId = :g ORDER BY o.id",
                OperatorGrantEntity.class).setParameter("g", grantId).getResultList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}

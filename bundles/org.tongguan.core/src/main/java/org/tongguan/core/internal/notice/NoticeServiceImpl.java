package org.tongguan.core.internal.notice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.tongguan.core.Messages;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeQuery;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.UserContext;

/**
 * Notices in the core's database; users holding {@link Permissions#NOTICE_VIEW} read those of the enterprises they act
 * for, and nothing else.
 */
@Component(service = NoticeService.class)
public class NoticeServiceImpl implements NoticeService {
    /** Reading, marking read and starring a notice: for the enterprise of the notice. */
    static final String READ = Permissions.NOTICE_VIEW;
    /** Keys looked up in one query when publishing once: well inside every database's limit of parameters. */
    private static final int KEYS_PER_QUERY = 500;

    private final JpaTemplate jpa;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public NoticeServiceImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference AccessPolicy policy,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema) {
        this(jpa, policy);
    }

    /** Outside OSGi (tests); DS tells its constructor by the number of arguments, so this one has fewer. */
    public NoticeServiceImpl(JpaTemplate jpa, AccessPolicy policy) {
        this.jpa = jpa;
        this.policy = policy;
        this.clock = Clock.systemUTC();
    }

    @Override
    public long publish(String enterpriseCode, Notice.Kind kind, String source, Messages.Of title, Messages.Of text) {
        return Transactions.write(jpa, "", em -> {
            NoticeEntity n = persist(em, null, enterpriseCode, kind, source, null, title, text);
            em.flush();
            return n.id;
        });
    }

    @Override
    public List<Long> publishOnce(List<Once> notices) {
        for (Once n : notices) {
            if (n.key() == null || n.key().isBlank() || n.key().length() > 120) {
                throw new IllegalArgumentException("a notice key of 1 to 120 characters: " + n.key());
            }
        }
        if (notices.isEmpty()) {
            return List.of();
        }
        // the unique constraint on the key stands behind this look: two publishers racing, one of them fails
        return Transactions.write(jpa, "", em -> {
            Set<String> published = new HashSet<>();
            List<String> keys = notices.stream().map(Once::key).distinct().toList();
            for (int i = 0; i < keys.size(); i += KEYS_PER_QUERY) {
                published.addAll(em.createQuery("SELECT n.key FROM NoticeEntity n WHERE n.key IN :k", String.class)
                        .setParameter("k", keys.subList(i, Math.min(keys.size(), i + KEYS_PER_QUERY)))
                        .getResultList());
            }
            List<NoticeEntity> created = new ArrayList<>();
            for (Once n : notices) {
                if (published.add(n.key())) {
                    created.add(persist(em, n.key(), n.enterpriseCode(), n.kind(), n.source(), n.documentId(),
                            n.title(), n.text()));
                }
            }
            em.flush();
            return created.stream().map(e -> e.id).toList();
        });
    }

    private NoticeEntity persist(EntityManager em, String key, String enterpriseCode, Notice.Kind kind, String source,
            Long documentId, Messages.Of title, Messages.Of text) {
        NoticeEntity n = new NoticeEntity();
        n.key = key;
        n.enterpriseCode = enterpriseCode;
        n.kind = kind;
        n.source = cut(source, 60);
        n.documentId = documentId;
        n.title = cut(title.get(Messages.DEFAULT_LOCALE), 200);
        n.text = cut(text.get(Messages.DEFAULT_LOCALE), 4000);
        n.titleEn = cut(title.get(Locale.ENGLISH), 200);
        n.textEn = cut(text.get(Locale.ENGLISH), 4000);
        n.createdAt = clock.instant();
        em.persist(n);
        return n;
    }

    @Override
    public List<Notice> list(UserContext who, NoticeQuery query) {
        Optional<Set<String>> enterprises = readable(who, query.enterpriseCode());
        if (enterprises.isPresent() && enterprises.get().isEmpty()) {
            return List.of();
        }
        return Transactions.read(jpa, em -> {
            List<String> where = new java.util.ArrayList<>();
            enterprises.ifPresent(e -> where.add("n.enterpriseCode IN :e"));
            if (query.kind() != null) {
                where.add("n.kind = :k");
            }
            if (query.unreadOnly()) {
                where.add("n.readAt IS NULL");
            }
            if (query.starredOnly()) {
                where.add("n.starred = :starred"); // a parameter: Derby compares no BOOLEAN with a literal
            }
            var q = em.createQuery("SELECT n FROM NoticeEntity n" + (where.isEmpty() ? "" : " WHERE "
                    + String.join(" AND ", where)) + " ORDER BY n.createdAt DESC, n.id DESC", NoticeEntity.class)
                    .setMaxResults(Math.max(1, Math.min(query.limit(), 1000)));
            enterprises.ifPresent(e -> q.setParameter("e", e));
            if (query.kind() != null) {
                q.setParameter("k", query.kind());
            }
            if (query.starredOnly()) {
                q.setParameter("starred", Boolean.TRUE);
            }
            return q.getResultList().stream().map(NoticeEntity::notice).toList();
        });
    }

    @Override
    public Map<Notice.Kind, Long> unread(UserContext who) {
        Optional<Set<String>> enterprises = readable(who, null);
        Map<Notice.Kind, Long> counts = new EnumMap<>(Notice.Kind.class);
        for (Notice.Kind k : Notice.Kind.values()) {
            counts.put(k, 0L);
        }
        if (enterprises.isPresent() && enterprises.get().isEmpty()) {
            return counts;
        }
        Transactions.read(jpa, em -> {
            var q = em.createQuery("SELECT n.kind, COUNT(n) FROM NoticeEntity n WHERE n.readAt IS NULL"
                    + (enterprises.isPresent() ? " AND n.enterpriseCode IN :e" : "") + " GROUP BY n.kind",
                    Object[].class);
            enterprises.ifPresent(e -> q.setParameter("e", e));
            q.getResultList().forEach(r -> counts.put((Notice.Kind) r[0], ((Number) r[1]).longValue()));
            return null;
        });
        return counts;
    }

    @Override
    public Notice get(UserContext who, long id) {
        return Transactions.read(jpa, em -> {
            NoticeEntity n = em.find(NoticeEntity.class, id);
            if (n == null) {
                throw new RuleViolation("notice.notFound", id);
            }
            policy.check(who, READ, n.enterpriseCode);
            return n.notice();
        });
    }

    @Override
    public void markRead(UserContext who, long id) {
        change(who, id, n -> {
            if (n.readAt == null) {
                n.readAt = clock.instant();
            }
        });
    }

    @Override
    public void star(UserContext who, long id, boolean starred) {
        change(who, id, n -> n.starred = starred);
    }

    private void change(UserContext who, long id, java.util.function.Consumer<NoticeEntity> work) {
        Transactions.write(jpa, "", em -> {
            NoticeEntity n = em.find(NoticeEntity.class, id);
            if (n == null) {
                throw new RuleViolation("notice.notFound", id);
            }
            policy.check(who, READ, n.enterpriseCode);
            work.accept(n);
            return null;
        });
    }

    /**
     * The enterprises whose notices the user may read: that one (refused, and the refusal audited, when the user may
     * not), or all it acts for; empty for a system caller or an administrator acting for every enterprise.
     */
    private Optional<Set<String>> readable(UserContext who, String enterpriseCode) {
        if (enterpriseCode != null) {
            policy.check(who, READ, enterpriseCode);
            return Optional.of(Set.of(enterpriseCode));
        }
        policy.check(who, READ);
        if (who.system() || policy.allEnterprises(who)) {
            return Optional.empty();
        }
        return Optional.of(policy.enterprises(who).stream().filter(e -> policy.permits(who, READ, e))
                .collect(Collectors.toUnmodifiableSet()));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

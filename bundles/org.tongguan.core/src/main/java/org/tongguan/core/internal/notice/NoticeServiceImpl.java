package org.tongguan.core.internal.notice;

import java.util.Locale;
import org.tongguan.core.Messages;
import java.time.Clock;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Refusal;
import org.tongguan.core.security.UserContext;

/** Notices in the core's database; users read those of the enterprises they act for. */
@Component(service = NoticeService.class)
public class NoticeServiceImpl implements NoticeService {
    /** Reading notices needs no permission beyond acting for the enterprise: every user of it gets them. */
    static final String READ = Permissions.NOTICE_VIEW;

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
            NoticeEntity n = new NoticeEntity();
            n.enterpriseCode = enterpriseCode;
            n.kind = kind;
            n.source = cut(source, 60);
            n.title = cut(title.get(Messages.DEFAULT_LOCALE), 200);
            n.text = cut(text.get(Messages.DEFAULT_LOCALE), 4000);
            n.titleEn = cut(title.get(Locale.ENGLISH), 200);
            n.textEn = cut(text.get(Locale.ENGLISH), 4000);
            n.createdAt = clock.instant();
            em.persist(n);
            em.flush();
            return n.id;
        });
    }

    @Override
    public List<Notice> list(UserContext who, String enterpriseCode, Notice.Kind kind, boolean unreadOnly,
            int limit) {
        mayRead(who, enterpriseCode);
        return Transactions.read(jpa, em -> {
            var q = em.createQuery("SELECT n FROM NoticeEntity n WHERE n.enterpriseCode = :e"
                    + (kind == null ? "" : " AND n.kind = :k") + (unreadOnly ? " AND n.readAt IS NULL" : "")
                    + " ORDER BY n.createdAt DESC, n.id DESC", NoticeEntity.class)
                    .setParameter("e", enterpriseCode).setMaxResults(Math.max(1, Math.min(limit, 1000)));
            if (kind != null) {
                q.setParameter("k", kind);
            }
            return q.getResultList().stream().map(NoticeEntity::notice).toList();
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
            mayRead(who, n.enterpriseCode);
            work.accept(n);
            return null;
        });
    }

    private void mayRead(UserContext who, String enterpriseCode) {
        if (!who.system() && !policy.allEnterprises(who) && !policy.enterprises(who).contains(enterpriseCode)) {
            throw policy.refused(who, READ, enterpriseCode, Refusal.ENTERPRISE);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

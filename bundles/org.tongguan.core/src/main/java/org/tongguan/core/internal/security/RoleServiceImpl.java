package org.tongguan.core.internal.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.ConcurrentEditException;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.RoleService;
import org.tongguan.core.security.UserContext;

@Component(service = RoleService.class)
public class RoleServiceImpl implements RoleService {
    private final JpaTemplate jpa;
    private final AccessPolicy policy;
    private final AuditLog audit;

    @Activate
    public RoleServiceImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference AccessPolicy policy, @Reference AuditLog audit,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema) {
        this.jpa = jpa;
        this.policy = policy;
        this.audit = audit;
    }

    @Override
    public List<Role> list() {
        return Transactions.read(jpa, em -> em.createQuery("SELECT r FROM Role r ORDER BY r.code", Role.class)
                .getResultList());
    }

    @Override
    public Role setPermissions(UserContext who, String roleCode, Set<String> permissions, long expectedVersion) {
        policy.check(who, Permissions.ADMIN_ROLES);
        if (Role.ADMIN.equals(roleCode)) {
            throw new RuleViolation("role.adminFixed");
        }
        return Transactions.write(jpa, roleCode, em -> {
            Role r = em.find(Role.class, roleCode);
            if (r == null) {
                throw new RuleViolation("role.notFound", roleCode);
            }
            if (r.getVersion() != expectedVersion) {
                throw new ConcurrentEditException(r.getCode());
            }
            String before = new TreeSet<>(r.getPermissions()).toString();
            Set<String> next = new HashSet<>(permissions);
            next.remove(Permissions.ALL);
            r.setPermissions(next);
            // an element-collection change alone does not raise the version: touch it so concurrent edits collide
            r.setVersion(r.getVersion() + 1);
            em.flush();
            audit.record(who, AuditAction.CHANGE, "role", roleCode, before, new TreeSet<>(next).toString());
            return r;
        });
    }
}

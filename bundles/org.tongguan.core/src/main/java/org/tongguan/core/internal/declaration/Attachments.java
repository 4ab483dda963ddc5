package org.tongguan.core.internal.declaration;

import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.Validator;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.Document.AttachmentStatus;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.UserContext;
import javax.persistence.EntityManager;

/** 随附单据: files a document carries (kind, number, the file itself), checked by the type's rules. */
final class Attachments {
    private final Engine engine;

    Attachments(Engine engine) {
        this.engine = engine;
    }

    Document addAttachment(UserContext who, long id, long version, String kind, String number,
            String fileName, byte[] content) {
        return engine.change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            AttachmentRules r = type.attachments();
            if (!r.accepted()) {
                throw new RuleViolation("attachment.none");
            }
            Validator v = new Validator(Engine.CORE);
            if (kind == null || !r.kinds().isEmpty() && !r.kinds().containsKey(kind)) {
                v.error("attachment.kind", "attachment.kind.required");
            }
            String name = fileName == null ? "" : fileName.strip();
            if (!r.extensions().contains(AttachmentRules.extension(name))) {
                v.error("attachment.file", "attachment.type", String.join(", ", new java.util.TreeSet<>(r.extensions())));
            } else if (content == null || content.length == 0) {
                v.error("attachment.file", "attachment.empty");
            } else if (content.length > r.maxBytes()) {
                v.error("attachment.file", "attachment.tooLarge", r.maxBytes() / 1024);
            }
            v.text("attachment.number", new Messages.Key("attachment.field.number"), number, false, 64);
            v.throwIfAny();
            AttachmentEntity a = new AttachmentEntity();
            a.documentId = d.id;
            a.kind = kind;
            a.number = number == null || number.isBlank() ? null : number.strip();
            a.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
            a.size = content.length;
            a.sha256 = Store.sha256(content);
            a.status = AttachmentStatus.PENDING;
            a.addedAt = engine.clock.instant();
            em.persist(a);
            em.flush();
            AttachmentFileEntity f = new AttachmentFileEntity();
            f.attachmentId = a.id;
            f.content = content.clone();
            em.persist(f);
        });
    }

    Document uploadAttachment(UserContext who, long id, long version, long attachmentId) {
        return engine.change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            AttachmentEntity a = attachment(em, d, attachmentId);
            if (a.status == AttachmentStatus.UPLOADED) {
                throw new RuleViolation("attachment.alreadyUploaded");
            }
            a.status = AttachmentStatus.UPLOADED;
        });
    }

    Document deleteAttachment(UserContext who, long id, long version, long attachmentId) {
        return engine.change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            AttachmentEntity a = attachment(em, d, attachmentId);
            AttachmentFileEntity f = em.find(AttachmentFileEntity.class, a.id);
            if (f != null) {
                em.remove(f);
            }
            em.remove(a);
        });
    }

    byte[] attachmentContent(UserContext who, long id, long attachmentId) {
        return Transactions.read(engine.jpa, em -> {
            DocumentEntity d = Store.find(em, id);
            engine.policy.check(who, engine.requireType(d.typeId).viewPermission(), d.enterpriseCode);
            AttachmentEntity a = attachment(em, d, attachmentId);
            return em.find(AttachmentFileEntity.class, a.id).content.clone();
        });
    }

    private static AttachmentEntity attachment(EntityManager em, DocumentEntity d, long attachmentId) {
        AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
        if (a == null || a.documentId != d.id) {
            throw new RuleViolation("attachment.notFound", attachmentId);
        }
        return a;
    }
}

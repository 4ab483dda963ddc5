package org.tongguan.core.declaration;

import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ConsumerType;
import org.tongguan.core.Messages;
import org.tongguan.core.customs.wire.ImportLayout;

/**
 * The usual {@link DocumentType}: what the type is, given once as a {@link Description}; the area's class adds only
 * the rules it has (its hooks).
 */
@ConsumerType
public abstract class AbstractDocumentType implements DocumentType {
    /**
     * What a document type is.
     *
     * @param id see {@link DocumentType#id()}
     * @param layout how its message is written; every tab's row element is a row of it
     * @param enterpriseKey the header key of the enterprise the document belongs to
     * @param inputDateKey the 录入日期 key, or null
     * @param changeCountKey the 变更次数 key, or null when the type is not changed after approval
     * @param businessNoKey the 业务编号 key, or null
     * @param attachments what it takes as 随附单据
     * @param queryKeys header keys its 数据查询 offers as criteria
     * @param pages its pages in the side menu
     */
    public record Description(String id, Messages messages, String titleKey, String permission, ImportLayout layout,
            String businessType, String enterpriseKey, List<FieldSpec> header, List<ItemTab> tabs,
            String inputDateKey, String changeCountKey, String businessNoKey, AttachmentRules attachments,
            List<String> queryKeys, List<DocumentPage> pages) {
        /** A description without pages yet (see {@link #withPages}). */
        public Description(String id, Messages messages, String titleKey, String permission, ImportLayout layout,
                String businessType, String enterpriseKey, List<FieldSpec> header, List<ItemTab> tabs,
                String inputDateKey, String changeCountKey, String businessNoKey, AttachmentRules attachments,
                List<String> queryKeys) {
            this(id, messages, titleKey, permission, layout, businessType, enterpriseKey, header, tabs, inputDateKey,
                    changeCountKey, businessNoKey, attachments, queryKeys, List.of());
        }

        public Description {
            Objects.requireNonNull(id, "id");
            messages = Objects.requireNonNull(messages, "messages").over(Messages.CORE);
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(enterpriseKey, "enterpriseKey");
            header = List.copyOf(header);
            tabs = List.copyOf(tabs);
            attachments = attachments == null ? AttachmentRules.NONE : attachments;
            for (ItemTab t : tabs) {
                if (layout.row(t.rowElement()).isEmpty()) {
                    throw new IllegalArgumentException(id + ": tab " + t.key() + " writes its rows as "
                            + t.rowElement() + ", not a row of " + layout.messageType());
                }
            }
            if (attachments.accepted() && layout.attachments() == null) {
                throw new IllegalArgumentException(id + ": " + layout.messageType() + " carries no attachments");
            }
            queryKeys = List.copyOf(queryKeys);
            pages = List.copyOf(pages);
        }

        /** The same description with these pages. */
        public Description withPages(DocumentPage... pages) {
            return new Description(id, messages, titleKey, permission, layout, businessType, enterpriseKey, header,
                    tabs, inputDateKey, changeCountKey, businessNoKey, attachments, queryKeys,
                    List.of(pages));
        }
    }

    private final Description d;

    protected AbstractDocumentType(Description description) {
        this.d = description;
    }

    @Override
    public final String id() {
        return d.id();
    }

    @Override
    public final Messages messages() {
        return d.messages();
    }

    @Override
    public final String titleKey() {
        return d.titleKey();
    }

    @Override
    public final String permission() {
        return d.permission();
    }

    @Override
    public final ImportLayout layout() {
        return d.layout();
    }

    @Override
    public final String businessType() {
        return d.businessType();
    }

    @Override
    public final List<FieldSpec> header() {
        return d.header();
    }

    @Override
    public final List<ItemTab> tabs() {
        return d.tabs();
    }

    @Override
    public final String enterpriseKey() {
        return d.enterpriseKey();
    }

    @Override
    public final String inputDateKey() {
        return d.inputDateKey();
    }

    @Override
    public final String changeCountKey() {
        return d.changeCountKey();
    }

    @Override
    public final String businessNoKey() {
        return d.businessNoKey();
    }

    @Override
    public final AttachmentRules attachments() {
        return d.attachments();
    }

    @Override
    public final List<String> queryKeys() {
        return d.queryKeys();
    }

    @Override
    public final List<DocumentPage> pages() {
        return d.pages();
    }
}

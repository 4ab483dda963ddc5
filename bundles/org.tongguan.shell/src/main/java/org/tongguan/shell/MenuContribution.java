package org.tongguan.shell;

import java.util.List;
import org.tongguan.core.Messages;

/**
 * The menu nodes an area brings (its groups and their 数据录入 / 数据查询 sub-groups), registered as an OSGi service;
 * the shell shows a node while it holds a page the user may open.
 */
public interface MenuContribution {
    List<MenuNode> nodes();

    /** The texts of the nodes' titles. */
    Messages messages();
}

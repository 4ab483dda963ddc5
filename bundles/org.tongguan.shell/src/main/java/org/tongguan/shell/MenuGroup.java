package org.tongguan.shell;

/** The side menu's groups, one per business area, in menu order. */
public enum MenuGroup {
    LEDGER("menu.group.ledger"),
    INVENTORY("menu.group.invt"),
    OUTWARD("menu.group.outward"),
    LOGISTICS("menu.group.logistics"),
    DELEGATION("menu.group.delegation"),
    MESSAGES("menu.group.messages"),
    ENTERPRISE("menu.group.enterprise"),
    SYSTEM("menu.group.system");

    private final String titleKey;

    MenuGroup(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }
}

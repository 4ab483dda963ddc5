package org.tongguan.core.code;

/** The customs code tables shipped with the core bundle, each with its Chinese title and resource file name. */
public enum CodeTableId {
    SUPERVISION_MODE("监管方式", "supervision_modes.csv"),
    CURRENCY("币制", "currencies.csv"),
    UNIT("计量单位", "units.csv"),
    COUNTRY("国别(地区)", "countries.csv"),
    CUSTOMS_DISTRICT("关区", "customs_districts.csv"),
    LEVY_KIND("征免性质", "levy_kinds.csv"),
    LEVY_MODE("征免方式", "levy_modes.csv"),
    TRANSPORT_MODE("运输方式", "transport_modes.csv");

    private final String titleZh;
    private final String resource;

    CodeTableId(String titleZh, String resource) {
        this.titleZh = titleZh;
        this.resource = resource;
    }

    /** The table's name as customs prints it, e.g. 监管方式. */
    public String titleZh() {
        return titleZh;
    }

    /** File name of the CSV under {@code /org/tongguan/core/codes/}. */
    public String resource() {
        return resource;
    }
}

package org.tongguan.delegation;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.tongguan.core.security.UserContext;

/**
 * 委托授权 (manual 004). Every call names the card medium the user works with ({@code cardNo}, one of those it holds,
 * {@code AccessPolicy.cards}); the card's enterprise is the one acting: the granting enterprise in 企业间授权, the
 * agent in 企业内授权 and 查看操作员权限. Entering grants needs a 法人卡 ({@code delegation.card.notLegalPerson}:
 * 非法人卡，不允许操作!) and the permission {@link #EDIT}; reading them {@link #VIEW}. Refusals are audited by the
 * access policy; every change is audited (record types {@value #GRANT_RECORD}, {@value #OPERATOR_RECORD}) in the
 * transaction that makes it, and a change of what another saved meanwhile is refused.
 *
 * <p>Broken rules are {@link org.tongguan.core.RuleViolation}s naming the field, value and rule in the clerk's
 * language; nothing is written then.
 */
@ProviderType
public interface DelegationService {
    /** 企业间授权录入 and 企业内授权录入. */
    String EDIT = "delegation.edit";
    /** 查看操作员权限. */
    String VIEW = "delegation.view";
    String GRANT_RECORD = "grant";
    String OPERATOR_RECORD = "operatorGrant";

    /** The grants the card's enterprise gave (企业间授权录入's list), newest first. */
    List<Grant> given(UserContext who, String cardNo);

    /**
     * 保存 of a 企业间授权: a new one ({@code id} null) or a change of one the card's enterprise gave. The granting
     * enterprise is the 法人卡's; 代理企业编号 must be a registered enterprise other than it (its 社会信用代码 and
     * name are taken from the registry); 权限有效期 from ≤ to, and to not in the past; one grant per agent and
     * subsystem.
     */
    Grant save(UserContext who, String cardNo, Grant grant);

    /** 删除 of one 企业间授权 the card's enterprise gave, and with it every 企业内授权 under it. */
    void delete(UserContext who, String cardNo, long grantId, long version);

    /** The grants the card's enterprise received (企业内授权录入's list), by granting enterprise. */
    List<Grant> received(UserContext who, String cardNo);

    /** The 企业内授权 under a grant the card's enterprise received. */
    List<OperatorGrant> operators(UserContext who, String cardNo, long grantId);

    /**
     * 保存 of the rows added (添加) under a grant the card's enterprise received, together: all operators (no card
     * number), or named operator cards of the agent enterprise, each once; all operators excludes named ones.
     */
    List<OperatorGrant> addOperators(UserContext who, String cardNo, long grantId, List<OperatorGrant> rows);

    /** 删除 of one 企业内授权 row. */
    void deleteOperator(UserContext who, String cardNo, long operatorGrantId, long version);

    /**
     * 查看操作员权限: the card's enterprise's operators granted the subsystem (all subsystems for null), one row per
     * 企业内授权 (an all-operators one with no card number).
     */
    List<OperatorRight> rights(UserContext who, String cardNo, Subsystem subsystem);
}

/**
 * The 委托授权 area's API: grants of an enterprise to an agent enterprise for a subsystem ({@link
 * org.tongguan.delegation.Grant}, 企业间授权), the agent's operators who use them ({@link
 * org.tongguan.delegation.OperatorGrant}, 企业内授权), and what each operator may do ({@link
 * org.tongguan.delegation.OperatorRight}, 查看操作员权限), kept by the {@link org.tongguan.delegation.DelegationService}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tongguan.delegation;

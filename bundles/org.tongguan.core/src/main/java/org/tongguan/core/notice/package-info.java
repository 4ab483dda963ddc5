/**
 * Notices and warnings for an enterprise's clerks (消息中心: 通知 and 预警): areas publish them (a receipt, a ledger
 * balance under its 预警值), the 消息中心 shows them.
 */
@org.osgi.annotation.versioning.Version("0.4.0")
package org.tongguan.core.notice;

package org.tongguan.customs.simulator;

import org.osgi.annotation.versioning.ConsumerType;
import org.tongguan.core.customs.SignedMessage;

/**
 * Whiteboard service: how the simulated customs judges one message type. An area registers one per message type it
 * sends (e.g. the ledger area for {@code EMS101} 企业资质申请 and {@code EMS111} 账册); the simulator asks it for the
 * business receipt of every declared message of that type. A message type without a rule is answered 转人工 with
 * check {@code 0000}.
 */
@ConsumerType
public interface CustomsRule {
    /** The message type this rule judges, as in {@code EnvelopInfo/message_type}, e.g. {@code INV101}. */
    String messageType();

    /**
     * The verdict on a declared message whose signature was verified. Must be deterministic: the same message and
     * the same numbers give the same verdict. A rule that throws (or returns null) makes the receipt 转人工 with check
     * {@code 9999}.
     *
     * @param numbers where to take the numbers customs assigns on approval ({@link NumberSource#EMS_NO}, …); they
     *        are used up when taken, so take them only for an approval
     */
    Verdict judge(SignedMessage message, NumberSource numbers);
}

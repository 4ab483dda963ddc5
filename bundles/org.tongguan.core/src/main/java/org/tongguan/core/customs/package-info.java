/**
 * The exchange with customs: signing messages with a card medium ({@code Signer}), the signed envelope customs
 * expects, and the transport that sends messages and brings receipts back ({@code CustomsTransport}).
 */
@org.osgi.annotation.versioning.Version("0.4.0")
package org.tongguan.core.customs;

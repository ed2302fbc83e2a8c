package it.albopec.mailbox;

/** What moved a mailbox from one state to another; recorded in its dated history. */
public enum MailboxAction {
    /** The member was in a pre-load list sent to the provider. */
    PRELOADED,
    /** The member registered on the provider's portal. */
    REQUESTED,
    PAYMENT_RECEIVED,
    DOCUMENTS_RECEIVED,
    ACTIVATED,
    TEST_MESSAGE_RECEIVED,
    /** A new term starting from the old expiry date. */
    RENEWED,
    /** The daily job: automatic renewal (card/PayPal, or the Order pays). */
    RENEWED_AUTOMATICALLY,
    /** The daily job: 90 days before expiry. */
    EXPIRING,
    /** The daily job: the term ended without renewal. */
    EXPIRED,
    /** The daily job: 90 days after expiry, the provider deletes the mailbox. */
    DELETED,
    /** The Order closed it: transfer, strike-off, or a decision of the Order. */
    DEACTIVATED
}

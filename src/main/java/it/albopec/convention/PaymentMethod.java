package it.albopec.convention;

/**
 * How a member pays the provider, with its effect (seed OMCEO-BZ-0041): card and PayPal activate the mailbox in
 * real time and renew it automatically; bollettino and bank transfer activate it only once the provider has
 * received the payment (usually 2–3 working days) and never renew automatically.
 */
public enum PaymentMethod {
    CARD(true),
    PAYPAL(true),
    BOLLETTINO(false),
    BANK_TRANSFER(false);

    /** Upper bound of "di norma 2/3 giorni" for payments the provider must first receive. */
    public static final int OFFLINE_ACTIVATION_WORKING_DAYS = 3;

    private final boolean online;

    PaymentMethod(boolean online) {
        this.online = online;
    }

    public boolean renewsAutomatically() {
        return online;
    }

    public boolean activatesInRealTime() {
        return online;
    }

    /** Working days between payment and activation: 0 in real time, otherwise up to three. */
    public int activationWorkingDays() {
        return online ? 0 : OFFLINE_ACTIVATION_WORKING_DAYS;
    }
}

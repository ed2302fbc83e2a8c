package it.albopec.convention;

/**
 * How a member pays the provider, with its effect (seed OMCEO-BZ-0041): card and PayPal activate the mailbox in
 * real time and renew it automatically; bollettino and bank transfer activate it only once the provider has
 * received the payment and never renew automatically. How long that takes is the convention's rule in the Order's
 * words ({@link ConventionDetails#offlinePaymentActivation()}: Bolzano "di norma 2/3 giorni"), not the method's.
 */
public enum PaymentMethod {
    CARD(true),
    PAYPAL(true),
    BOLLETTINO(false),
    BANK_TRANSFER(false);

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
}

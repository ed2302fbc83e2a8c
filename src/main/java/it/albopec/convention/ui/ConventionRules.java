package it.albopec.convention.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionInstructions;
import it.albopec.convention.PaymentMethod;
import it.albopec.provider.ProviderDetails;

/**
 * Every rule of a convention in plain words of the user's language, then the instructions members read: what a
 * secretary checks against the Order's letter, and what a member will be told.
 */
class ConventionRules extends Composite<Div> {

    ConventionRules(ConventionDetails convention, Optional<ProviderDetails> provider, java.time.LocalDate today) {
        Locale locale = getLocale();
        var rules = new Div();
        rules.addClassName("convention-rules");

        rule(rules, "convention.rule.status", status(convention, locale, today));
        rule(rules, "convention.rule.provider", provider(convention, provider));
        rule(rules, "convention.rule.fee", convention.fee()
                .<Component>map(fee -> new Span(text("convention.rule.feeValue", LocalFormat.money(fee, convention.currency(), locale),
                        convention.termMonths(), LocalFormat.money(convention.costPerYear().orElseThrow(), convention.currency(), locale))))
                .orElseGet(() -> notSet(text("convention.rule.feeNotSet"))));
        rule(rules, "convention.rule.term", text("convention.rule.termValue", convention.termMonths()));
        rule(rules, "convention.rule.payer", text(convention.renewsAtTheOrdersExpense()
                ? "convention.rule.payerOrder" : "convention.rule.payerMember", convention.termMonths()));
        rule(rules, "convention.rule.paymentMethods", paymentMethods(convention));
        rule(rules, "convention.rule.activationTimes", activationTimes(convention));
        if (convention.allows(PaymentMethod.CARD)) {
            rule(rules, "convention.rule.cardExpiry", text("convention.rule.cardExpiryValue", convention.termMonths()));
        }
        rule(rules, "convention.rule.afterExpiry", afterExpiry(convention));
        rule(rules, "convention.rule.documents", text(convention.requiresSignedFormAndId()
                ? "convention.rule.documentsRequired" : "convention.rule.documentsNone",
                provider.map(ProviderDetails::signedFormFax).orElse("—")));
        rule(rules, "convention.rule.testMessage", convention.requiresTestMessage()
                ? text("convention.rule.testMessageRequired", convention.testMessageAddress())
                : text("convention.rule.testMessageNone"));
        rule(rules, "convention.rule.leadTime", convention.leadTimeDays() == null
                ? text("convention.rule.leadTimeNone") : text("convention.rule.leadTimeDays", convention.leadTimeDays()));
        rule(rules, "convention.rule.password", password(convention));
        rule(rules, "convention.rule.consents", consents(convention));
        rule(rules, "convention.rule.mailboxes", text(convention.oneMailboxPerMember()
                ? "convention.rule.oneMailbox" : "convention.rule.manyMailboxes"));
        rule(rules, "convention.rule.leaving", text(convention.mailboxDeactivatedOnLeaving()
                ? "convention.rule.leavingDeactivated" : "convention.rule.leavingNotStated"));
        rule(rules, "convention.rule.validity", validity(convention, locale));

        getContent().add(new H3(text("convention.detail.rules")), rules, instructions(convention, locale));
    }

    private Component status(ConventionDetails convention, Locale locale, java.time.LocalDate today) {
        if (!convention.isDisabled()) {
            return new Div(badge(text("convention.status.ACTIVE"), "active"), new Span(" — " + text(convention.isAcceptingRequests(today)
                    ? "convention.rule.acceptingRequests" : "convention.rule.outsideValidity")));
        }
        return new Div(badge(text("convention.status.DISABLED"), "disabled"), new Span(" " + text("convention.rule.disabledBy",
                convention.disabledOn() == null ? "—" : LocalFormat.date(convention.disabledOn(), locale),
                convention.disabledBy(), convention.disabledReason())));
    }

    private Component provider(ConventionDetails convention, Optional<ProviderDetails> provider) {
        if (provider.isEmpty()) {
            return new Span(convention.providerName());
        }
        ProviderDetails p = provider.get();
        var list = new UnorderedList();
        list.add(new ListItem(p.name() + " — " + text("convention.rule.portal", p.portalUrl())));
        if (p.customerAreaUrl() != null) {
            list.add(new ListItem(text("convention.rule.customerArea", p.customerAreaUrl())));
        }
        if (p.loginPattern() != null) {
            list.add(new ListItem(text("convention.rule.login", p.loginPattern())));
        }
        if (!p.helpdeskPhones().isEmpty()) {
            // "gratuito" only beside the numbers the Orders' instructions call free (Bolzano), not Foggia's
            list.add(new ListItem(text("convention.rule.helpdesk", String.join(" · ", p.helpdeskPhones().stream()
                    .map(phone -> p.isFree(phone) ? phone + " (" + text("convention.rule.free") + ")" : phone).toList()))));
        }
        return list;
    }

    private Component paymentMethods(ConventionDetails convention) {
        if (convention.renewsAtTheOrdersExpense()) {
            return new Span(text("convention.rule.paymentByOrder"));
        }
        var list = new UnorderedList();
        for (PaymentMethod method : PaymentMethod.values()) {
            if (convention.allows(method)) {
                String effect;
                if (convention.activatesInRealTime(method)) {
                    effect = text("convention.rule.effectOnline");
                } else if (method.activatesInRealTime()) {
                    // Foggia: card and PayPal wait for the signed form and identity document like every other payment
                    effect = text("convention.rule.effectAfterDocuments");
                } else {
                    effect = text("convention.rule.effectOffline");
                }
                var name = new Span(text("convention.method." + method) + ": ");
                name.addClassName("convention-term");
                list.add(new ListItem(name, new Span(effect)));
            }
        }
        return list;
    }

    /** The Order's words for how long activation takes, with what starts the count and how days are counted. */
    private Component activationTimes(ConventionDetails convention) {
        var list = new UnorderedList();
        if (convention.offlinePaymentActivation() != null) {
            list.add(new ListItem(activationTime("convention.rule.activationAfterPayment", convention.offlinePaymentActivation())));
        }
        if (convention.documentsActivation() != null) {
            list.add(new ListItem(activationTime("convention.rule.activationAfterDocuments", convention.documentsActivation())));
        }
        if (list.getChildren().findAny().isEmpty()) {
            return new Span(text(convention.renewsAtTheOrdersExpense() ? "convention.rule.activationByOrder" : "convention.rule.activationNotStated"));
        }
        return list;
    }

    private String activationTime(String key, it.albopec.convention.ActivationTime time) {
        String words = time.words() == null ? String.valueOf(time.days()) : time.words();
        return text(key, words, text(time.workingDays() ? "convention.rule.workingDays" : "convention.rule.calendarDays", time.days()));
    }

    /** How long renewal is possible after expiry, and what the Order says happens then (in its own words). */
    private Component afterExpiry(ConventionDetails convention) {
        var box = new Div();
        if (convention.renewalDaysAfterExpiry() == null) {
            box.add(new Span(text("convention.rule.afterExpiryGeneral", ConventionDetails.PROVIDER_GENERAL_RENEWAL_DAYS)));
        } else if (convention.expiredMailboxUnrecoverable()) {
            box.add(new Span(text("convention.rule.afterExpiryUnrecoverable")));
            if (convention.expiredViewableWords() != null) {
                box.add(new Span(" " + text("convention.rule.afterExpiryViewable", convention.expiredViewableWords())));
            }
        } else {
            box.add(new Span(text("convention.rule.afterExpiryDays", convention.renewalDaysAfterExpiry())));
        }
        if (convention.afterExpiryWords() != null) {
            var quote = new Paragraph(text("convention.rule.inTheOrdersWords", convention.afterExpiryWords()));
            quote.addClassName("convention-quote");
            box.add(quote);
        }
        return box;
    }

    private Component password(ConventionDetails convention) {
        var policy = convention.passwordPolicy();
        if (!policy.isStated()) {
            return new Span(text("convention.rule.passwordNone"));
        }
        var parts = new StringBuilder();
        if (policy.alphanumeric()) {
            parts.append(text("convention.rule.passwordAlphanumeric"));
        }
        if (policy.minLength() != null || policy.maxLength() != null) {
            if (!parts.isEmpty()) {
                parts.append(", ");
            }
            parts.append(text("convention.rule.passwordLength",
                    policy.minLength() == null ? "1" : policy.minLength(), policy.maxLength() == null ? "∞" : policy.maxLength()));
        }
        if (policy.example() != null) {
            parts.append(" ").append(text("convention.rule.passwordExample", policy.example()));
        }
        return new Span(parts.toString());
    }

    private Component consents(ConventionDetails convention) {
        if (convention.consents().isEmpty()) {
            return new Span(text("convention.rule.consentsNone"));
        }
        var list = new OrderedList();
        for (String consent : convention.consents()) {
            var item = new ListItem(consent);
            if (isUnfinished(consent)) {
                // Bolzano writes only the start ("Dichiaro di aver preso visione…"): the full text is the provider's
                item.add(new Span(" "), badge(text("convention.rule.consentToFillIn"), "not-set"));
            }
            list.add(item);
        }
        return new Div(new Span(text("convention.rule.consentsCount", convention.consents().size())), list);
    }

    /** A declaration the Order quotes only by its start, ending with an ellipsis. */
    static boolean isUnfinished(String consent) {
        String trimmed = consent.strip();
        return trimmed.endsWith("…") || trimmed.endsWith("...");
    }

    private Component validity(ConventionDetails convention, Locale locale) {
        var from = convention.validFrom();
        var until = convention.validUntil();
        if (from == null && until == null) {
            return new Span(text("convention.rule.validityNone"));
        }
        if (until == null) {
            return new Span(text("convention.rule.validityFrom", LocalFormat.date(from, locale)));
        }
        if (from == null) {
            return new Span(text("convention.rule.validityUntil", LocalFormat.date(until, locale)));
        }
        return new Span(text("convention.rule.validityValue", LocalFormat.date(from, locale), LocalFormat.date(until, locale)));
    }

    private Component instructions(ConventionDetails convention, Locale locale) {
        var box = new Div();
        box.addClassName("convention-instructions");
        Optional<ConventionInstructions> shown = convention.instructionsFor(locale);
        box.add(new H3(text("convention.detail.instructions")));
        if (shown.isEmpty()) {
            box.add(new Paragraph(text("convention.detail.noInstructions")));
            return box;
        }
        ConventionInstructions instructions = shown.get();
        if (!instructions.language().equals(locale.getLanguage())) {
            var fallback = new Paragraph(text("convention.detail.fallback", text("convention.language." + locale.getLanguage()),
                    text("convention.language." + instructions.language())));
            fallback.addClassName("convention-note");
            box.add(fallback);
        }
        var steps = new OrderedList();
        steps.addClassName("convention-steps");
        instructions.steps().forEach(step -> steps.add(multiline(step)));
        box.add(steps);
        if (!instructions.warnings().isEmpty()) {
            box.add(new H3(text("convention.detail.warnings")));
            var warnings = new UnorderedList();
            warnings.addClassName("convention-warnings");
            instructions.warnings().forEach(w -> warnings.add(multiline(w)));
            box.add(warnings);
        }
        return box;
    }

    private static ListItem multiline(String text) {
        var item = new ListItem(text);
        item.getStyle().set("white-space", "pre-line");
        return item;
    }

    private void rule(Div rules, String labelKey, Object value) {
        var label = new Span(text(labelKey));
        label.addClassName("convention-rule-label");
        Component content = value instanceof Component c ? c : new Span(String.valueOf(value));
        var valueBox = new Div(content);
        valueBox.addClassName("convention-rule-value");
        rules.add(label, valueBox);
    }

    private static Component notSet(String text) {
        return badge(text, "not-set");
    }

    /** A small coloured label; the colours are in styles/convention.css. */
    static Span badge(String text, String kind) {
        var span = new Span(text);
        span.addClassNames("convention-badge", "convention-badge-" + kind);
        return span;
    }

    private String text(String key, Object... args) {
        return getTranslation(key, args);
    }
}

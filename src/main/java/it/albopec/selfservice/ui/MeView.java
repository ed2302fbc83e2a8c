package it.albopec.selfservice.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import it.albopec.base.UserLanguage;
import it.albopec.base.ui.UserFeedback;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionInstructions;
import it.albopec.convention.PasswordPolicy;
import it.albopec.convention.Payer;
import it.albopec.mailbox.MailboxDetails;
import it.albopec.member.MemberDetails;
import it.albopec.provider.ProviderDetails;
import it.albopec.security.AppRoles;
import it.albopec.selfservice.MailboxStatus;
import it.albopec.selfservice.MemberPage;
import it.albopec.selfservice.SelfService;
import it.albopec.selfservice.StatusLine;
import jakarta.annotation.security.RolesAllowed;

/**
 * The member's own page, for a phone as much as a desk: where their PEC stands in plain words with a countdown, what
 * to do next under their Order's convention, what it costs, and their data with the contact details they may correct.
 * It reads only the signed-in member (the service takes no id), in the member's language.
 */
@Route(value = "me", autoLayout = false)
@RolesAllowed(AppRoles.MEMBER)
@StyleSheet("styles/selfservice.css")
public class MeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** "di norma 2/3 giorni" (Bolzano): the upper bound told to members paying by bollettino or bank transfer. */
    private static final int OFFLINE_ACTIVATION_WORKING_DAYS = 3;

    private final SelfService service;
    private final AuthenticationContext authentication;

    public MeView(SelfService service, AuthenticationContext authentication) {
        this.service = service;
        this.authentication = authentication;
        addClassName("me-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the language the member chose last time (also the language of their e-mails) wins over the browser's
        service.language().map(Locale::of).filter(l -> !l.getLanguage().equals(UI.getCurrent().getLocale().getLanguage()))
                .ifPresent(l -> {
                    UserLanguage.choose(l);
                    UI.getCurrent().setLocale(l);
                });
        render();
    }

    private void render() {
        removeAll();
        MemberPage page = service.page();
        add(header(page));
        var content = new Div();
        content.addClassName("me-content");
        page.obligation().ifPresent(obligation -> content.add(obligation(obligation)));
        content.add(status(page), costs(page), nextSteps(page), helpdesk(page), data(page));
        add(content);
    }

    private Component header(MemberPage page) {
        var order = new Span(page.order().displayName(getLocale()));
        order.addClassName("me-order");
        var language = new Select<String>();
        language.setItems(page.languages());
        language.setItemLabelGenerator(l -> switch (l) {
            case "de" -> "Deutsch";
            case "en" -> "English";
            default -> "Italiano";
        });
        language.setValue(page.languages().contains(getLocale().getLanguage()) ? getLocale().getLanguage() : page.languages().getFirst());
        language.setAriaLabel(getTranslation("base.language"));
        language.addClassName("me-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UserFeedback.attempt(() -> {
                    service.chooseLanguage(e.getValue());
                    UserLanguage.choose(Locale.of(e.getValue()));
                    UI.getCurrent().getPage().reload();
                }, this::render);
            }
        });
        var logout = new Button(getTranslation("base.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var tools = new Div(language, logout);
        tools.addClassName("me-tools");
        MemberDetails m = page.member();
        var title = new H1(getTranslation("selfservice.me.title"));
        var who = new Paragraph(getTranslation("selfservice.me.greeting", m.givenName() + " " + m.surname()));
        who.addClassName("me-who");
        var header = new Header(order, tools, title, who);
        header.addClassName("me-header");
        return header;
    }

    /** What the Order requires of the member while their digital-domicile case is open, and by when (DL 76/2020 art. 37). */
    private Component obligation(it.albopec.compliance.MemberObligation obligation) {
        var section = section("compliance.me.title", "me-obligation");
        var text = new Paragraph(getTranslation(obligation.instructionKey(), getTranslation("compliance.reason." + obligation.reason().name()),
                date(obligation.deadline()), date(obligation.councilMeeting())));
        text.addClassName("me-obligation-text");
        section.add(text);
        return section;
    }

    private Component status(MemberPage page) {
        var section = section("selfservice.section.status", "me-status");
        StatusLine headline = MailboxStatus.headline(page.mailbox(), page.outlook(), page.today());
        var state = paragraph(headline);
        state.addClassName("me-state");
        section.add(state);
        page.mailbox().filter(b -> b.pecAddress() != null).ifPresent(b -> section.add(new Paragraph(
                getTranslation("selfservice.me.address", b.pecAddress()))));
        page.mailbox().filter(b -> b.providerLogin() != null).ifPresent(b -> section.add(new Paragraph(
                getTranslation("selfservice.me.login", b.providerLogin()))));
        for (StatusLine line : MailboxStatus.warnings(page.mailbox())) {
            var p = paragraph(line);
            section.add(p);
            if (line.messageKey().equals("selfservice.warning.card")) {
                page.provider().map(ProviderDetails::customerAreaUrl).filter(u -> u != null && !u.isBlank())
                        .ifPresent(url -> section.add(link(url, getTranslation("selfservice.me.customerArea"))));
            }
        }
        testMessage(page, section);
        return section;
    }

    /** Prato: send a test message from the new mailbox to the Order's PEC, and say here that you did. */
    private void testMessage(MemberPage page, Section section) {
        MailboxDetails box = page.mailbox().filter(MailboxDetails::testMessageMissing).orElse(null);
        if (box == null) {
            return;
        }
        String address = page.convention().map(ConventionDetails::testMessageAddress).filter(a -> a != null && !a.isBlank())
                .orElse(page.order().secretariatPec());
        var box1 = new Div(new Paragraph(getTranslation("selfservice.test.missing", address)));
        box1.addClassNames("me-line", "tone-warning");
        if (page.testMessageDeclaredOn().isPresent()) {
            box1.add(new Paragraph(getTranslation("selfservice.test.declared", date(page.testMessageDeclaredOn().get()))));
        } else {
            var sent = new Button(getTranslation("selfservice.test.iSentIt"), e -> {
                if (UserFeedback.attempt(service::declareTestMessageSent, this::render)) {
                    UserFeedback.success(getTranslation("selfservice.test.thanks"));
                    render();
                }
            });
            sent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            sent.addClassName("me-test-sent");
            box1.add(sent);
        }
        section.add(box1);
    }

    private Component costs(MemberPage page) {
        var section = section("selfservice.section.costs", "me-costs");
        page.convention().ifPresentOrElse(c -> {
            if (c.payer() == Payer.ORDER) {
                section.add(new Paragraph(getTranslation("selfservice.costs.order", c.termMonths())));
            } else if (c.fee().isPresent()) {
                String next = page.mailbox().filter(b -> b.state().isValidPec() && b.expiresOn() != null)
                        .map(b -> getTranslation("selfservice.costs.next", date(b.expiresOn()))).orElse("");
                section.add(new Paragraph(getTranslation("selfservice.costs.member", money(c.fee().get(), c.currency()), c.termMonths(),
                        money(c.costPerYear().orElseThrow(), c.currency())) + next));
            } else {
                section.add(new Paragraph(getTranslation("selfservice.costs.notSet")));
            }
            // the member's own next charge, as the Order's finance staff hold it (a term the member pays)
            page.nextCharge().filter(charge -> charge.payer() == Payer.MEMBER && charge.amount() != null).ifPresent(charge -> {
                var line = new Paragraph(getTranslation(charge.overdue() ? "selfservice.costs.chargeOverdue" : "selfservice.costs.charge",
                        money(charge.amount(), charge.currency()), date(charge.periodStart()), date(charge.periodEnd()), date(charge.dueOn())));
                line.addClassName(charge.overdue() ? "me-charge-overdue" : "me-charge");
                section.add(line);
            });
        }, () -> section.add(new Paragraph(getTranslation("selfservice.costs.noConvention"))));
        return section;
    }

    private Component nextSteps(MemberPage page) {
        var section = section("selfservice.section.next", "me-next");
        if (page.convention().isEmpty()) {
            section.add(new Paragraph(getTranslation("selfservice.next.noConvention", page.order().displayName(getLocale()))));
            return section;
        }
        ConventionDetails c = page.convention().get();
        section.add(new Paragraph(getTranslation("selfservice.next.code", c.code())));
        page.provider().map(ProviderDetails::portalUrl).filter(u -> u != null && !u.isBlank())
                .ifPresent(url -> section.add(new Paragraph(new Span(getTranslation("selfservice.next.portal") + " "), link(url, url))));
        c.instructionsFor(getLocale()).ifPresent(instructions -> steps(instructions, section));
        PasswordPolicy policy = c.passwordPolicy();
        if (policy.isStated()) {
            section.add(subheading("selfservice.next.password"));
            section.add(new Paragraph(passwordRule(policy)));
        }
        if (!c.consents().isEmpty()) {
            section.add(subheading("selfservice.next.consents"));
            var list = new UnorderedList();
            c.consents().forEach(consent -> list.add(new ListItem(consent)));
            section.add(list);
        }
        if (c.payer() == Payer.MEMBER && !c.paymentMethods().isEmpty()) {
            section.add(subheading("selfservice.next.payment"));
            var list = new UnorderedList();
            c.paymentMethods().stream().sorted(Comparator.naturalOrder()).forEach(method -> list.add(new ListItem(
                    getTranslation("selfservice.payment." + method.name()) + ": "
                            + getTranslation(method.activatesInRealTime() ? "selfservice.payment.online" : "selfservice.payment.offline",
                            OFFLINE_ACTIVATION_WORKING_DAYS))));
            section.add(list);
        }
        if (c.requiresSignedFormAndId()) {
            section.add(subheading("selfservice.next.documents"));
            String fax = page.provider().map(ProviderDetails::signedFormFax).filter(f -> f != null && !f.isBlank()).orElse("—");
            section.add(new Paragraph(getTranslation("selfservice.next.documentsText", fax)));
            page.provider().map(ProviderDetails::customerAreaUrl).filter(u -> u != null && !u.isBlank())
                    .ifPresent(url -> section.add(link(url, getTranslation("selfservice.me.customerArea"))));
        }
        if (c.requiresTestMessage()) {
            String address = c.testMessageAddress() != null && !c.testMessageAddress().isBlank() ? c.testMessageAddress()
                    : page.order().secretariatPec();
            section.add(subheading("selfservice.next.testMessage"));
            section.add(new Paragraph(getTranslation("selfservice.next.testMessageText", address)));
        }
        return section;
    }

    private void steps(ConventionInstructions instructions, Section section) {
        if (!instructions.steps().isEmpty()) {
            section.add(subheading("selfservice.next.steps"));
            var list = new OrderedList();
            instructions.steps().forEach(step -> list.add(new ListItem(step)));
            section.add(list);
        }
        if (!instructions.warnings().isEmpty()) {
            section.add(subheading("selfservice.next.warnings"));
            var list = new UnorderedList();
            instructions.warnings().forEach(w -> list.add(new ListItem(w)));
            section.add(list);
        }
    }

    private String passwordRule(PasswordPolicy policy) {
        var parts = new StringBuilder();
        if (policy.alphanumeric()) {
            parts.append(getTranslation("selfservice.next.passwordAlphanumeric"));
        }
        if (policy.minLength() != null || policy.maxLength() != null) {
            if (!parts.isEmpty()) {
                parts.append(", ");
            }
            parts.append(getTranslation("selfservice.next.passwordLength", policy.minLength() == null ? "—" : policy.minLength(),
                    policy.maxLength() == null ? "—" : policy.maxLength()));
        }
        if (policy.example() != null) {
            parts.append(" ").append(getTranslation("selfservice.next.passwordExample", policy.example()));
        }
        return parts.toString();
    }

    private Component helpdesk(MemberPage page) {
        var section = section("selfservice.section.help", "me-help");
        page.provider().ifPresent(p -> {
            section.add(new Paragraph(getTranslation("selfservice.help.provider", p.name())));
            var list = new UnorderedList();
            p.helpdeskPhones().forEach(phone -> {
                var item = new ListItem(new Anchor("tel:" + phone.replaceAll("[^+0-9]", ""), phone));
                if (p.isFree(phone)) {
                    item.add(new Span(" " + getTranslation("selfservice.help.free")));
                }
                list.add(item);
            });
            section.add(list);
        });
        var order = page.order();
        section.add(new Paragraph(getTranslation("selfservice.help.order", order.displayName(getLocale()),
                order.phone() == null ? "—" : order.phone(), order.generalEmail() == null ? "—" : order.generalEmail())));
        return section;
    }

    private Component data(MemberPage page) {
        MemberDetails m = page.member();
        var section = section("selfservice.section.data", "me-data");
        var facts = new Div();
        facts.addClassName("me-facts");
        fact(facts, "selfservice.data.name", m.givenName() + " " + m.surname());
        fact(facts, "selfservice.data.fiscalCode", m.fiscalCode());
        fact(facts, "selfservice.data.birth", date(m.birthDate()) + (m.birthplaceName() == null ? "" : ", " + m.birthplaceName()));
        if (m.mediciChirurghiNumber() != null) {
            fact(facts, "selfservice.data.medici", getTranslation("selfservice.data.number", m.mediciChirurghiNumber(), date(m.mediciChirurghiDate())));
        }
        if (m.odontoiatriNumber() != null) {
            fact(facts, "selfservice.data.odontoiatri", getTranslation("selfservice.data.number", m.odontoiatriNumber(), date(m.odontoiatriDate())));
        }
        fact(facts, "selfservice.data.status", getTranslation("member.status." + m.status().name()));
        section.add(facts);

        section.add(subheading("selfservice.data.contact"));
        var email = new EmailField(getTranslation("selfservice.data.email"));
        email.setValue(m.email() == null ? "" : m.email());
        email.setWidthFull();
        email.setMaxLength(254);
        var phone = new TextField(getTranslation("selfservice.data.phone"));
        phone.setValue(m.phone() == null ? "" : m.phone());
        phone.setWidthFull();
        phone.setMaxLength(40);
        var save = new Button(getTranslation("selfservice.data.save"), e -> {
            if (UserFeedback.attempt(() -> service.updateContact(m.version(), email.getValue(), phone.getValue()), this::render)) {
                UserFeedback.success(getTranslation("selfservice.data.saved"));
                render();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("me-save-contact");
        var form = new Div(email, phone, save);
        form.addClassName("me-contact-form");
        section.add(new Paragraph(getTranslation("selfservice.data.contactHint")), form);
        return section;
    }

    private void fact(Div facts, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("me-fact-label");
        var text = new Span(value);
        text.addClassName("me-fact-value");
        var row = new Div(label, text);
        row.addClassName("me-fact");
        facts.add(row);
    }

    private Section section(String titleKey, String className) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.addClassNames("me-section", className);
        return section;
    }

    private Component subheading(String key) {
        var h = new com.vaadin.flow.component.html.H3(getTranslation(key));
        h.addClassName("me-subheading");
        return h;
    }

    private Paragraph paragraph(StatusLine line) {
        Object[] args = Arrays.stream(line.arguments()).map(a -> a instanceof LocalDate d ? date(d) : a).toArray();
        var p = new Paragraph(getTranslation(line.messageKey(), args));
        p.addClassNames("me-line", "tone-" + line.tone().name().toLowerCase(Locale.ROOT));
        return p;
    }

    private Anchor link(String url, String text) {
        var a = new Anchor(url, text);
        a.setTarget(AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener noreferrer");
        return a;
    }

    private String date(LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
    }

    private String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(getLocale());
        format.setCurrency(Currency.getInstance(currency == null ? "EUR" : currency));
        return format.format(amount);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfservice.me.title") + " · " + getTranslation("base.appName");
    }
}

package it.albopec.convention;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.albopec.base.DemoDataStep;
import it.albopec.provider.DemoProviders;
import it.albopec.security.DemoOrders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The three conventions exactly as the seeds describe them, with the members' instructions in the Orders' own
 * words (Bolzano in Italian and German). Where a seed is silent the value stays unset: Prato and Foggia give
 * no fee, no seed gives validity dates.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class ConventionDemoData implements DemoDataStep {

    static final String PRATO = "OMCEO-PO-0035";
    static final String FOGGIA = "OMCEO-FG-0053";
    static final String BOLZANO = "OMCEO-BZ-0041";
    /** Seed OMCEO-FG-0053, step 5, word by word. */
    static final String FOGGIA_AFTER_EXPIRY = "la PEC scadrà e non potrà più essere recuperata per l’utilizzo, semmai con "
            + "richiesta al gestore solo visualizzata per 24/48 ore onde recuperare eventuali importanti comunicazioni inviate o "
            + "ricevute. Sarà poi necessario registrarsi nuovamente per ottenere un nuovo indirizzo PEC.";

    private final ConventionService conventions;
    private final List<DemoOrders> demoOrders;
    private final List<DemoProviders> demoProviders;

    ConventionDemoData(ConventionService conventions, List<DemoOrders> demoOrders, List<DemoProviders> demoProviders) {
        this.conventions = conventions;
        this.demoOrders = demoOrders;
        this.demoProviders = demoProviders;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        Long aruba = demoProviders.stream().flatMap(p -> p.demoProviderIds().values().stream()).findFirst().orElse(null);
        if (aruba == null) {
            return;
        }
        for (DemoOrders orders : demoOrders) {
            Map<String, Long> ids = orders.demoOrderIds();
            ensure(ids, "PO", prato(aruba), pratoInstructions());
            ensure(ids, "FG", foggia(aruba), foggiaInstructions());
            ensure(ids, "BZ", bolzano(aruba), bolzanoInstructions());
        }
    }

    private void ensure(Map<String, Long> orderIds, String province, ConventionForm form, Map<String, ConventionInstructions> texts) {
        Long orderId = orderIds.get(province);
        if (orderId != null) {
            conventions.ensure(orderId, province, form, texts);
        }
    }

    /**
     * Seed OMCEO-PO-0035: "tutte le caselle Pec in convenzione verranno rinnovate automaticamente - ogni 3 (tre)
     * anni a spese dell'Ordine"; a test message to segreteria.po@pec.omceo.it; the Order deactivates the mailbox
     * of members who transfer or are struck off. No fee is given.
     */
    static ConventionForm prato(long providerId) {
        var form = new ConventionForm();
        form.setCode(PRATO);
        form.setProviderId(providerId);
        form.setFee(null);
        form.setTermMonths(36);
        form.setPayer(Payer.ORDER);
        form.setTestMessageRequired(true);
        form.setTestMessageAddress("segreteria.po@pec.omceo.it");
        form.setOneMailboxPerMember(true);
        form.setMailboxDeactivatedOnLeaving(true);
        return form;
    }

    /**
     * Seed OMCEO-FG-0053: the member pays ("varie modalità", the card named; Aruba's convention portal offers the
     * four methods Bolzano lists); new members wait "circa 7/8 giorni" (the upper bound, so nobody is sent to the
     * portal too early); password alphanumeric, 8–20 characters, e.g. Daniela1966; signed form and identity
     * document by fax to 0575/862026 and as PDF in the customer area; the PEC lasts 3 years. No fee is given.
     */
    static ConventionForm foggia(long providerId) {
        var form = new ConventionForm();
        form.setCode(FOGGIA);
        form.setProviderId(providerId);
        form.setFee(null);
        form.setTermMonths(36);
        form.setPayer(Payer.MEMBER);
        form.setPaymentMethods(EnumSet.allOf(PaymentMethod.class));
        form.setSignedFormAndIdRequired(true);
        form.setLeadTimeDays(8);
        form.setPasswordMinLength(8);
        form.setPasswordMaxLength(20);
        form.setPasswordAlphanumeric(true);
        form.setPasswordExample("Daniela1966");
        form.setOneMailboxPerMember(true);
        // step 5: an expired mailbox cannot be renewed at all, only read on request for 24/48 hours
        form.setRenewalDaysAfterExpiry(0);
        form.setExpiredViewableWords("24/48 ore");
        form.setAfterExpiryWords(FOGGIA_AFTER_EXPIRY);
        // step 6: "in genere 2/3 gg lavorativi, per i pagamenti con carta di credito" after the fax arrives
        form.setDocumentsActivationDays(3);
        form.setDocumentsActivationWorking(true);
        form.setDocumentsActivationWords("in genere 2/3 gg lavorativi");
        return form;
    }

    /**
     * Seed OMCEO-BZ-0041: "la PEC in convenzione ha una durata di 3 anni ed il canone triennale è di 17,08€";
     * card, PayPal, bollettino or bank transfer; three "Dichiaro di aver preso visione…" to tick; "ogni iscritto
     * potrà richiedere una sola casella".
     */
    static ConventionForm bolzano(long providerId) {
        var form = new ConventionForm();
        form.setCode(BOLZANO);
        form.setProviderId(providerId);
        form.setFee(new BigDecimal("17.08"));
        form.setTermMonths(36);
        form.setPayer(Payer.MEMBER);
        form.setPaymentMethods(EnumSet.allOf(PaymentMethod.class));
        // the seed gives only the start of the three declarations: the full texts are the provider's, to fill in
        form.setConsents(String.join("\n", "Dichiaro di aver preso visione…", "Dichiaro di aver preso visione…",
                "Dichiaro di aver preso visione…"));
        form.setOneMailboxPerMember(true);
        // "i tempi di attivazione vengono prolungati fino al momento della ricezione da parte di Aruba del pagamento
        // (di norma 2/3 giorni)": calendar days, as the Order writes "giorni"
        form.setOfflineActivationDays(3);
        form.setOfflineActivationWorking(false);
        form.setOfflineActivationWords("di norma 2/3 giorni");
        return form;
    }

    static Map<String, ConventionInstructions> pratoInstructions() {
        return Map.of("it", new ConventionInstructions("it", 0, List.of(
                "Accedere al portale Aruba PEC - Convenzioni.",
                "Inserire il codice convenzione OMCEO-PO-0035.",
                "Nella pagina successiva inserire codice fiscale, cognome e nome.",
                "Il sistema verificherà che i dati inseriti corrispondano realmente a un iscritto all'Ordine dei Medici Chirurghi e Odontoiatri della Provincia di Prato.",
                "Inserire i dati richiesti.",
                "Il sistema chiederà a questo punto la creazione di una password necessaria per l'accesso alla casella.",
                """
                La richiesta della casella Pec viene salvata e Aruba provvede a inviare due e-mail:
                a) la prima e-mail riguarda le credenziali per accedere all'area clienti di Aruba: login e link per la creazione di una password, che non è quella creata al punto 6;
                b) la seconda e-mail conferma l'attivazione della casella Pec."""), List.of(
                "Al termine di tutto il percorso si potrà accedere alla propria casella Pec inserendo, come richiesto, negli appositi spazi l'indirizzo Pec e la password scelta al momento della registrazione (vedi punto 6).",
                "L'iscritto dovrà trasmettere una mail di prova, utilizzando la propria casella Pec, alla mail dell'Ordine: segreteria.po@pec.omceo.it",
                "Attenzione: le mail inviate tramite Pec hanno validità legale solo se mittente e destinatario sono indirizzi Pec.",
                "Attenzione: tutte le caselle Pec in convenzione verranno rinnovate automaticamente ogni 3 (tre) anni a spese dell'Ordine.",
                "Assistenza clienti Aruba PEC: tel. 0575 0505.",
                "Agli iscritti che chiederanno il trasferimento ad altro Ordine o la cancellazione dall'albo, l'Ordine provvederà alla disattivazione della casella Pec.",
                "La segreteria è a disposizione per qualsiasi chiarimento in merito.")));
    }

    static Map<String, ConventionInstructions> foggiaInstructions() {
        return Map.of("it", new ConventionInstructions("it", 0, List.of(
                "Accedere alla pagina della convenzione sul portale Aruba PEC.",
                "Digitare il \"Codice Convenzione\" OMCEO-FG-0053.",
                "Inserire il proprio codice fiscale, cognome e nome: il sistema effettuerà una verifica in base ai nominativi precaricati dall'Ordine. Qualora il Professionista sia presente si potrà procedere con la sottoscrizione. Per i Nuovi Iscritti all'Ordine serve attendere circa 7/8 giorni dalla data di Iscrizione all'Albo prima di poter effettuare la registrazione: sono i tempi utili per comunicare i dati da parte dell'Ordine ad Aruba e aggiornare il server di quest'ultimo con i nuovi dati ricevuti.",
                "Inserire i dati richiesti e creare una password alfanumerica, minimo 8 - massimo 20 caratteri (es: Daniela1966). Durante la registrazione viene richiesto un normale indirizzo e-mail valido, che sarà poi utilizzato dal gestore per l'invio delle notifiche di attivazione, dei documenti utili per il completamento dell'attivazione e dei promemoria di scadenza della PEC utili per i rinnovi.",
                "Il pagamento può essere effettuato con varie modalità. Se si sceglie la carta di credito, per velocità di attivazione o semplicità di rinnovo, si tenga presente che, qualora la carta scada nell'arco dei 3 anni di attivazione della PEC, servirà inserire i nuovi dati di pagamento nel più breve tempo possibile nella sezione Area Clienti, con user e password ricevuti da Aruba in fase di prima registrazione.",
                "Completata la registrazione, per la definitiva attivazione è fondamentale inviare il modello di sottoscrizione che Aruba invia tramite e-mail, con allegato un documento di riconoscimento valido (carta di identità, patente di guida o passaporto), al FAX n. 0575/862026. Il documento che si trasmette per fax va precaricato nell'area clienti in PDF, per una più veloce attivazione (in genere 2/3 gg lavorativi, per i pagamenti con carta di credito)."), List.of(
                "Carta di credito in scadenza: se non si comunicano i nuovi dati della carta, Aruba farà dei tentativi di pagamento che non andranno a buon fine; la PEC scadrà e non potrà più essere recuperata per l'utilizzo, ma solo visualizzata per 24/48 ore su richiesta al gestore, per recuperare eventuali comunicazioni importanti inviate o ricevute. Sarà poi necessario registrarsi nuovamente per ottenere un nuovo indirizzo PEC.",
                "Per ogni supporto da parte di Aruba contattare l'help desk ai numeri 0575/0500 o 0575/0504.")));
    }

    static Map<String, ConventionInstructions> bolzanoInstructions() {
        var texts = new LinkedHashMap<String, ConventionInstructions>();
        texts.put("it", new ConventionInstructions("it", 0, List.of(
                "Accedere al portale: https://www.pec.it/",
                "Inserire il codice convenzione: OMCEO-BZ-0041",
                "Inserire i dati richiesti nelle varie caselle (il sistema verificherà che i dati inseriti corrispondano realmente ad un iscritto all'Ordine dei Medici Chirurghi e Odontoiatri della Provincia; ogni iscritto potrà richiedere una sola casella).",
                "Inserire i dati richiesti. Si dovrà inserire un indirizzo mail dove ricevere comunicazioni da parte di Aruba (es. di pagamento, password, varie).",
                "Verrà richiesto di scegliere una password che rispetti determinati parametri.",
                "Spuntare i tre campi \"Dichiaro di aver preso visione…\" (la PEC in convenzione ha una durata di 3 anni ed il canone triennale è di 17,08 €. Non ci sono costi aggiuntivi).",
                "Selezionare la modalità di pagamento preferita (tra carta di credito, Paypal, bollettino o bonifico bancario).",
                """
                Durante la registrazione si ricevono le seguenti e-mail:
                • comunicazione della Login personale (es. 1234567@aruba.it) dove è presente un link per scegliere la password di riferimento; questi dati sono necessari per effettuare l'accesso nell'area clienti;
                • riepilogo e conferma dell'ordine."""), List.of(
                "ATTENZIONE: NON cliccare sopra a DISABILITA in quanto la convenzione verrà cancellata.",
                "ATTENZIONE: si consiglia di pagare tramite carta di credito oppure Paypal, in quanto l'attivazione della casella PEC avviene in tempo reale e in fase di scadenza della PEC è garantito il rinnovo automatico. Invece, pagando con bollettino o bonifico bancario, i tempi di attivazione vengono prolungati fino al momento della ricezione da parte di Aruba del pagamento (di norma 2/3 giorni) ed inoltre, in fase di scadenza non è previsto il rinnovo automatico della PEC.",
                "La casella PEC viene attivata solamente dopo la ricezione del pagamento.",
                "N.B.: per effettuare il primo accesso all'area clienti del sito https://www.pec.it/ verrà richiesto di inserire la login Aruba (es. 1234567@aruba.it) e la password scelta nell'e-mail ricevuta in precedenza.",
                "Il servizio clienti (gratuito) è raggiungibile al numero 0575/05 05 o al numero 02/500 41 305.")));
        texts.put("de", new ConventionInstructions("de", 0, List.of(
                "Das Portal https://www.pec.it/ aufrufen.",
                "Den Konventionscode OMCEO-BZ-0041 eingeben.",
                "Die angeforderten Daten in die verschiedenen Felder eingeben (das System prüft, ob die Daten tatsächlich zu einem Mitglied der Ärzte- und Zahnärztekammer der Provinz gehören; jedes Mitglied kann nur ein Postfach beantragen).",
                "Die angeforderten Daten eingeben. Dabei ist eine E-Mail-Adresse anzugeben, an die Aruba Mitteilungen sendet (z. B. zu Zahlung, Passwort und Sonstigem).",
                "Es wird verlangt, ein Passwort zu wählen, das bestimmte Vorgaben erfüllt.",
                "Die drei Felder „Dichiaro di aver preso visione…“ („Ich erkläre, Einsicht genommen zu haben…“) ankreuzen (die PEC in Konvention läuft 3 Jahre, die Gebühr für drei Jahre beträgt 17,08 €. Es fallen keine weiteren Kosten an).",
                "Die gewünschte Zahlungsart wählen (Kreditkarte, PayPal, Posterlagschein oder Banküberweisung).",
                """
                Während der Registrierung erhalten Sie folgende E-Mails:
                • die Mitteilung Ihres persönlichen Logins (z. B. 1234567@aruba.it) mit einem Link, über den Sie Ihr Passwort wählen; diese Daten brauchen Sie für den Zugang zum Kundenbereich;
                • die Zusammenfassung und Bestätigung der Bestellung."""), List.of(
                "ACHTUNG: NICHT auf DISABILITA (Deaktivieren) klicken, da die Konvention sonst gelöscht wird.",
                "ACHTUNG: Wir empfehlen die Zahlung mit Kreditkarte oder PayPal, da das PEC-Postfach dann sofort aktiviert und bei Ablauf automatisch verlängert wird. Bei Zahlung mit Posterlagschein oder Banküberweisung verzögert sich die Aktivierung bis zum Eingang der Zahlung bei Aruba (in der Regel 2–3 Tage), und bei Ablauf wird die PEC nicht automatisch verlängert.",
                "Das PEC-Postfach wird erst nach Eingang der Zahlung aktiviert.",
                "Hinweis: Für den ersten Zugang zum Kundenbereich der Website https://www.pec.it/ werden das Aruba-Login (z. B. 1234567@aruba.it) und das in der zuvor erhaltenen E-Mail gewählte Passwort verlangt.",
                "Der Kundendienst (kostenlos) ist unter 0575/05 05 oder 02/500 41 305 erreichbar.")));
        return texts;
    }
}

package it.albopec.notification;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import it.albopec.mailbox.MailboxLifecycle;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, the members' reminders and the ADMIN's summary, written to the outbox for all Orders at once:
 * <ul>
 * <li>a mailbox that does not renew by itself expires in 60 days, then in 15 days;</li>
 * <li>the payment card expires before the automatic renewal (Foggia: the renewal fails and the mailbox is lost), from
 * 60 days before the renewal;</li>
 * <li>the mailbox expired and can still be renewed until its deletion date;</li>
 * <li>Prato's test message has not arrived 15 days after activation;</li>
 * <li>the activation waits for the signed form and identity document (Foggia).</li>
 * </ul>
 * Each reminder's dedup key names its event (kind, mailbox, the date it is about), so a reminder is stored once however
 * often the job runs, on however many nodes; a job that missed days catches up with the reminders still due. Texts come
 * from the notification bundles in the member's language (their account's choice, Italian otherwise).
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    /** Days before expiry of the first and the second reminder of a mailbox that does not renew by itself. */
    public static final int FIRST_REMINDER_DAYS = 60;
    public static final int SECOND_REMINDER_DAYS = 15;
    /** Prato: days after activation after which a missing test message is reminded. */
    public static final int TEST_MESSAGE_DAYS = 15;

    /** The convention's days to renew after expiry (Foggia 0), the provider's general rule where it says nothing. */
    private static final String RENEWAL_DAYS = "(SELECT COALESCE(c.renewal_days_after_expiry, " + MailboxLifecycle.RENEWAL_GRACE_DAYS
            + ") FROM convention c WHERE c.id = b.convention_id)";
    private static final String MEMBER_COLUMNS = "SELECT b.id AS mailbox_id, b.order_id, b.expires_on, b.card_valid_until, b.activated_on, "
            + "b.state_since, b.pec_address, " + RENEWAL_DAYS + " AS renewal_days, m.email, m.given_name, m.surname, COALESCE(u.language, 'it') AS language, "
            + "o.name AS order_name, o.name_de AS order_name_de FROM mailbox b JOIN member m ON m.id = b.member_id "
            + "JOIN medical_order o ON o.id = b.order_id LEFT JOIN app_user u ON u.member_id = m.id "
            + "WHERE m.status IN ('ACTIVE', 'SUSPENDED') AND m.email IS NOT NULL AND m.email <> '' AND ";
    private static final String VALID = "b.state IN ('ACTIVE', 'EXPIRING')";

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final I18NProvider translations;
    private final Clock clock;
    private final String publicUrl;

    Reminders(JdbcTemplate jdbc, Outbox outbox, I18NProvider translations, Clock clock,
              @Value("${albopec.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.translations = translations;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Scheduled(cron = "${albopec.notification.reminder-cron:0 0 7 * * *}", zone = "Europe/Rome")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void daily() {
        run(LocalDate.now(clock));
    }

    /** Writes the reminders due on {@code today}; returns how many new messages each kind stored. */
    @Transactional
    public Map<String, Integer> run(LocalDate today) {
        var stored = new LinkedHashMap<String, Integer>();
        Date day = Date.valueOf(today);
        stored.put("EXPIRING_60", member("EXPIRING_60", "expires_on", VALID + " AND b.auto_renewal = FALSE "
                + "AND b.expires_on > DATE_ADD(?, INTERVAL " + SECOND_REMINDER_DAYS + " DAY) "
                + "AND b.expires_on <= DATE_ADD(?, INTERVAL " + FIRST_REMINDER_DAYS + " DAY)", today, day, day));
        stored.put("EXPIRING_15", member("EXPIRING_15", "expires_on", VALID + " AND b.auto_renewal = FALSE "
                + "AND b.expires_on > ? AND b.expires_on <= DATE_ADD(?, INTERVAL " + SECOND_REMINDER_DAYS + " DAY)", today, day, day));
        stored.put("CARD", member("CARD", "card_valid_until", VALID + " AND b.auto_renewal = TRUE AND b.card_valid_until IS NOT NULL "
                + "AND b.card_valid_until < b.expires_on AND b.expires_on > ? "
                + "AND b.expires_on <= DATE_ADD(?, INTERVAL " + FIRST_REMINDER_DAYS + " DAY)", today, day, day));
        stored.put("EXPIRED", member("EXPIRED", "expires_on", "b.state = 'EXPIRED' AND " + RENEWAL_DAYS + " > 0 "
                + "AND DATE_ADD(b.expires_on, INTERVAL " + RENEWAL_DAYS + " DAY) > ?", today, day));
        stored.put("TEST_MESSAGE", member("TEST_MESSAGE", "activated_on", VALID + " AND b.test_message_required = TRUE "
                + "AND b.test_message_received_on IS NULL AND b.activated_on <= DATE_SUB(?, INTERVAL " + TEST_MESSAGE_DAYS + " DAY)", today, day));
        stored.put("DOCUMENTS", member("DOCUMENTS", "state_since", "b.state = 'AWAITING_DOCUMENTS' AND b.state_since <= ?", today, day));
        stored.put("SUMMARY", summaries(today));
        log.info("Reminders for {}: {}", today, stored);
        return stored;
    }

    private int member(String kind, String eventColumn, String where, LocalDate today, Object... args) {
        int[] stored = {0};
        jdbc.query(MEMBER_COLUMNS + where, rs -> {
            Locale locale = Locale.of(rs.getString("language"));
            LocalDate expires = date(rs.getDate("expires_on"));
            LocalDate deletion = expires == null ? null : MailboxLifecycle.deletionDate(expires, rs.getInt("renewal_days"));
            String orderName = "de".equals(locale.getLanguage()) && rs.getString("order_name_de") != null
                    ? rs.getString("order_name_de") : rs.getString("order_name");
            LocalDate card = date(rs.getDate("card_valid_until"));
            Object[] textArgs = {rs.getString("given_name") + " " + rs.getString("surname"), orderName, format(expires, locale),
                    expires == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(today, expires), format(deletion, locale),
                    format(card, locale), nullToEmpty(rs.getString("pec_address")), publicUrl + "/me"};
            String subject = translations.getTranslation("notification.reminder." + kind + ".subject", locale, textArgs);
            String body = translations.getTranslation("notification.reminder." + kind + ".body", locale, textArgs)
                    + "\n\n" + translations.getTranslation("notification.reminder.footer", locale, textArgs);
            String dedup = "reminder:" + kind + ":mailbox:" + rs.getLong("mailbox_id") + ":" + rs.getDate(eventColumn);
            if (outbox.enqueue(new OutboxDraft(rs.getLong("order_id"), rs.getString("email"), locale.getLanguage(), subject, body,
                    "REMINDER_" + kind, dedup, false))) {
                stored[0]++;
            }
        }, args);
        return stored[0];
    }

    /** One summary a day to each ADMIN of each Order who has an e-mail address. */
    private int summaries(LocalDate today) {
        Date day = Date.valueOf(today);
        int stored = 0;
        List<Map<String, Object>> admins = jdbc.queryForList("SELECT u.id, u.order_id, u.email, COALESCE(u.language, 'it') AS language, "
                + "o.name, o.name_de FROM app_user u JOIN medical_order o ON o.id = u.order_id WHERE u.role = 'ADMIN' AND u.enabled = TRUE "
                + "AND u.email IS NOT NULL AND u.email <> ''");
        for (Map<String, Object> admin : admins) {
            long orderId = ((Number) admin.get("order_id")).longValue();
            Map<String, Object> f = jdbc.queryForMap("SELECT "
                    + "SUM(" + VALID + " AND b.auto_renewal = FALSE AND b.expires_on > ? AND b.expires_on <= DATE_ADD(?, INTERVAL 60 DAY)) AS expiring, "
                    + "SUM(" + VALID + " AND b.auto_renewal = TRUE AND b.card_valid_until < b.expires_on AND b.expires_on <= DATE_ADD(?, INTERVAL 60 DAY)) AS card, "
                    + "SUM(b.state = 'EXPIRED') AS expired, "
                    + "SUM(" + VALID + " AND b.test_message_required = TRUE AND b.test_message_received_on IS NULL "
                    + "AND b.activated_on <= DATE_SUB(?, INTERVAL " + TEST_MESSAGE_DAYS + " DAY)) AS test_message, "
                    + "SUM(b.state = 'AWAITING_DOCUMENTS') AS documents FROM mailbox b WHERE b.order_id = ?", day, day, day, day, orderId);
            long failed = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE order_id = ? AND state = 'FAILED'", Long.class, orderId);
            long sentYesterday = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE order_id = ? AND state = 'SENT' "
                    + "AND sent_at >= ? AND sent_at < ?", Long.class, orderId, Date.valueOf(today.minusDays(1)), day);
            Locale locale = Locale.of((String) admin.get("language"));
            String orderName = "de".equals(locale.getLanguage()) && admin.get("name_de") != null ? (String) admin.get("name_de") : (String) admin.get("name");
            Object[] args = {orderName, format(today, locale), number(f.get("expiring")), number(f.get("card")), number(f.get("expired")),
                    number(f.get("test_message")), number(f.get("documents")), failed, sentYesterday, publicUrl};
            String subject = translations.getTranslation("notification.summary.subject", locale, args);
            String body = translations.getTranslation("notification.summary.body", locale, args);
            if (outbox.enqueue(new OutboxDraft(orderId, (String) admin.get("email"), locale.getLanguage(), subject, body, "SUMMARY",
                    "summary:order:" + orderId + ":user:" + admin.get("id") + ":" + today, false))) {
                stored++;
            }
        }
        return stored;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String format(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

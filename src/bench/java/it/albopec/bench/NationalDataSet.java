package it.albopec.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The whole country in one database: ~106 Orders (one of {@value #BIG_ORDER_MEMBERS} members, the others of 1k–9k),
 * {@value #MEMBERS} members and about as many convention mailboxes in the states and dates a real day finds them
 * in. Rows are written as CSV and loaded with {@code LOAD DATA LOCAL INFILE} on the benchmark's own connection
 * (bulk rows bypass the services; their codici fiscali are unique but not valid).
 *
 * <p>Relative to {@code today}, among the mailboxes of registered members: ~3% ACTIVE ending within 90 days (→ EXPIRING),
 * ~1% ending by today without automatic renewal (→ EXPIRED), ~1% ending by today that renew by card, PayPal or
 * at the Order's expense, ~0.5% EXPIRED for 90 days (→ DELETED); the rest in states the job leaves alone
 * (ACTIVE, EXPIRING, EXPIRED, DELETED, the request states). Some members have an older DELETED mailbox before
 * their current one, members who left mostly have a DEACTIVATED one, and a few of Prato-like Orders still an
 * open one (→ DEACTIVATED).
 */
final class NationalDataSet {

    static final int ORDERS = 106;
    static final int MEMBERS = Integer.getInteger("bench.members", 500_000);
    static final int BIG_ORDER_MEMBERS = Integer.getInteger("bench.bigOrderMembers", 30_000);
    /** The Order of {@value #BIG_ORDER_MEMBERS} members and its administrator. */
    static final String BIG_ORDER = "RM";
    static final String BIG_ORDER_ADMIN = "admin.rm";

    private static final String[] SURNAMES = {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
            "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo",
            "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parisi",
            "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini", "Grasso", "Valentini", "Messina", "Sala",
            "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna", "Farina", "Rizzi", "Monti", "Cattaneo", "Moroni", "Silvestri",
            "Mattei", "Testa", "Pace", "Amato", "Bellini", "Orlando", "Gruber", "Pichler", "Huber", "Hofer", "Kofler", "Mair"};
    private static final String[] SYLLABLES = {"ba", "be", "bi", "ca", "ce", "ci", "co", "da", "de", "di", "fa", "fe", "ga", "gi",
            "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "pa", "pe", "pi", "ra", "re", "ri", "ro", "sa", "se",
            "si", "ta", "te", "ti", "to", "va", "ve", "vi", "za", "zi"};
    private static final String[] MALE = {"Marco", "Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Andrea",
            "Paolo", "Stefano", "Roberto", "Alessandro", "Luca", "Matteo", "Davide", "Lorenzo", "Michele", "Pietro", "Franz", "Lukas"};
    private static final String[] FEMALE = {"Maria", "Anna", "Giulia", "Francesca", "Chiara", "Sara", "Laura", "Elena", "Paola",
            "Silvia", "Valentina", "Federica", "Alessandra", "Martina", "Giovanna", "Roberta", "Elisa", "Monica", "Eva", "Anna Lena"};
    private static final String[] METHODS = {"CARD", "CARD", "CARD", "CARD", "PAYPAL", "PAYPAL", "BOLLETTINO", "BOLLETTINO",
            "BOLLETTINO", "BANK_TRANSFER"};

    final LocalDate today;
    final long bigOrderId;
    final int members;
    final int mailboxes;
    /** Codice fiscale prefixes (6 letters) and surname prefixes that occur in the big Order, for the grid filters. */
    final List<String> bigOrderFiscalCodePrefixes;
    final List<String> bigOrderSurnamePrefixes;

    private NationalDataSet(LocalDate today, long bigOrderId, int members, int mailboxes, List<String> fiscalCodePrefixes,
                            List<String> surnamePrefixes) {
        this.today = today;
        this.bigOrderId = bigOrderId;
        this.members = members;
        this.mailboxes = mailboxes;
        this.bigOrderFiscalCodePrefixes = fiscalCodePrefixes;
        this.bigOrderSurnamePrefixes = surnamePrefixes;
    }

    /** Fills the (migrated, empty) schema; {@code adminPasswordHash} is stored for the big Order's ADMIN. */
    static NationalDataSet generate(BenchDatabase database, LocalDate today, String adminPasswordHash) throws Exception {
        var random = new Random(20261125L);
        Path dir = Files.createTempDirectory("albopec-national");
        try (Connection c = database.bulkConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET foreign_key_checks = 0");
                s.execute("SET unique_checks = 0");
                s.execute("INSERT INTO provider (name, portal_url, login_pattern) VALUES ('Aruba', 'https://www.pec.it', '1234567@aruba.it')");
            }
            List<String> codes = provinceCodes();
            int[] sizes = orderSizes(random);
            boolean[] orderPays = new boolean[ORDERS];
            long[] orderIds = new long[ORDERS];
            long[] conventionIds = new long[ORDERS];
            try (PreparedStatement order = c.prepareStatement(
                    "INSERT INTO medical_order (province_code, name, languages) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement convention = c.prepareStatement("INSERT INTO convention (order_id, code, provider_id, fee, term_months, "
                         + "payer, test_message_required, signed_form_and_id_required, mailbox_deactivated_on_leaving, valid_from) "
                         + "VALUES (?, ?, (SELECT MIN(id) FROM provider), 17.08, 36, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement user = c.prepareStatement("INSERT INTO app_user (username, password_hash, display_name, role, order_id) "
                         + "VALUES (?, ?, ?, 'ADMIN', ?)")) {
                for (int o = 0; o < ORDERS; o++) {
                    order.setString(1, codes.get(o));
                    order.setString(2, "Ordine dei Medici Chirurghi e degli Odontoiatri " + codes.get(o));
                    order.setString(3, codes.get(o).equals("BZ") ? "it,de" : "it");
                    order.executeUpdate();
                    orderIds[o] = generatedKey(order);
                    orderPays[o] = o != 0 && o % 3 == 1; // about a third pay for their members' boxes, like Prato
                    convention.setLong(1, orderIds[o]);
                    convention.setString(2, String.format(Locale.ROOT, "OMCEO-%s-%04d", codes.get(o), 10 + o));
                    convention.setString(3, orderPays[o] ? "ORDER" : "MEMBER");
                    convention.setBoolean(4, orderPays[o]);
                    convention.setBoolean(5, !orderPays[o]);
                    convention.setBoolean(6, orderPays[o]);
                    convention.setObject(7, today.minusYears(8));
                    convention.executeUpdate();
                    conventionIds[o] = generatedKey(convention);
                    user.setString(1, "admin." + codes.get(o).toLowerCase(Locale.ROOT));
                    user.setString(2, adminPasswordHash);
                    user.setString(3, "Segreteria " + codes.get(o));
                    user.setLong(4, orderIds[o]);
                    user.executeUpdate();
                }
            }

            Path memberCsv = dir.resolve("member.csv");
            Path mailboxCsv = dir.resolve("mailbox.csv");
            Set<String> fcPrefixes = new LinkedHashSet<>();
            Set<String> surnamePrefixes = new LinkedHashSet<>();
            long memberId = 0;
            long mailboxId = 0;
            try (BufferedWriter m = Files.newBufferedWriter(memberCsv, StandardCharsets.UTF_8);
                 BufferedWriter b = Files.newBufferedWriter(mailboxCsv, StandardCharsets.UTF_8)) {
                for (int o = 0; o < ORDERS; o++) {
                    String province = codes.get(o).toLowerCase(Locale.ROOT);
                    for (int i = 0; i < sizes[o]; i++) {
                        memberId++;
                        boolean female = random.nextBoolean();
                        String surname = random.nextInt(100) < 55 ? SURNAMES[skewed(random, SURNAMES.length)] : syntheticSurname(random);
                        String given = female ? FEMALE[random.nextInt(FEMALE.length)] : MALE[random.nextInt(MALE.length)];
                        LocalDate born = LocalDate.of(1945 + (int) (memberId % 50), 1, 1).plusDays(random.nextInt(365));
                        String fc = fiscalCode(surname, given, memberId);
                        LocalDate registered = born.plusYears(26).plusDays(random.nextInt(1500));
                        if (registered.isAfter(today)) {
                            registered = today.minusDays(random.nextInt(300) + 1);
                        }
                        int p = random.nextInt(1000);
                        String status = p < 930 ? "ACTIVE" : p < 945 ? "SUSPENDED" : p < 965 ? "TRANSFERRED" : p < 985 ? "STRUCK_OFF" : "DECEASED";
                        int section = random.nextInt(100);
                        String medici = section < 88 ? Integer.toString(1000 + i) : null;
                        String odonto = section >= 85 ? Integer.toString(1000 + i) : null;
                        String email = (given + "." + surname).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + memberId + "@example.org";
                        row(m, memberId, 0, orderIds[o], fc, surname, given, female ? "F" : "M", born, "H501", null, email, null,
                                medici, medici == null ? null : registered, odonto, odonto == null ? null : registered, registered,
                                status, status.equals("ACTIVE") ? registered : today.minusDays(random.nextInt(700) + 1), null, null);
                        if (o == 0 && fcPrefixes.size() < 20 && random.nextInt(500) == 0) {
                            fcPrefixes.add(fc.substring(0, 6));
                        }
                        if (o == 0 && surnamePrefixes.size() < 20 && random.nextInt(500) == 0) {
                            surnamePrefixes.add(surname.substring(0, Math.min(3, surname.length())));
                        }
                        mailboxId = mailboxes(b, random, today, mailboxId, memberId, orderIds[o], conventionIds[o], orderPays[o],
                                status, surname, given, province);
                    }
                }
            }
            load(c, memberCsv, "member", "id, version, order_id, fiscal_code, surname, given_name, sex, birth_date, birthplace_code, "
                    + "birthplace_name, email, phone, medici_number, medici_date, odontoiatri_number, odontoiatri_date, "
                    + "registration_date, status, status_date, status_reason, destination_order");
            load(c, mailboxCsv, "mailbox", "id, version, order_id, member_id, convention_id, pec_address, provider_login, "
                    + "payment_method, auto_renewal, card_valid_until, term_months, test_message_required, documents_required, "
                    + "deactivate_on_leaving, eligible_on, requested_on, payment_received_on, documents_received_on, activated_on, "
                    + "expires_on, test_message_received_on, state, state_since");
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE member, mailbox");
            }
            return new NationalDataSet(today, orderIds[0], (int) memberId, (int) mailboxId, List.copyOf(fcPrefixes),
                    List.copyOf(surnamePrefixes));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Writes the member's mailboxes (none, one, or an older deleted one and the current one); returns the last id. */
    private static long mailboxes(BufferedWriter out, Random random, LocalDate today, long id, long memberId, long orderId,
                                  long conventionId, boolean orderPays, String memberStatus, String surname, String given,
                                  String province) throws IOException {
        boolean registered = memberStatus.equals("ACTIVE") || memberStatus.equals("SUSPENDED");
        int p = random.nextInt(1000);
        String address = (given + "." + surname).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "." + memberId + "@pec.omceo" + province + ".it";
        if (!registered) {
            if (p < 200) {
                return id; // left before ever having one
            }
            // mostly already deactivated; a few Prato-like mailboxes still open, for the job's safety net
            String state = orderPays && p > 960 ? "ACTIVE" : "DEACTIVATED";
            LocalDate expires = today.plusDays(100 + random.nextInt(900));
            write(out, ++id, orderId, memberId, conventionId, address, orderPays, random, state, expires, today.minusDays(random.nextInt(600) + 1));
            return id;
        }
        if (p < 40) {
            return id; // no mailbox yet
        }
        if (p < 80) { // an older mailbox, deleted, before the current one
            LocalDate oldExpiry = today.minusDays(400 + random.nextInt(1500));
            write(out, ++id, orderId, memberId, conventionId, "old." + address, orderPays, random, "DELETED", oldExpiry, oldExpiry.plusDays(90));
        }
        int q = random.nextInt(1000);
        String state;
        LocalDate expires;
        Boolean autoRenewal = null; // null: as the payment method says
        if (q < 30) { // ACTIVE, ends within 90 days: → EXPIRING
            state = "ACTIVE";
            expires = today.plusDays(1 + random.nextInt(90));
        } else if (q < 40) { // ends by today, no automatic renewal: → EXPIRED
            state = random.nextBoolean() ? "EXPIRING" : "ACTIVE";
            expires = today.minusDays(random.nextInt(5));
            autoRenewal = false;
        } else if (q < 50) { // ends by today and renews by itself
            state = "EXPIRING";
            expires = today.minusDays(random.nextInt(5));
            autoRenewal = true;
        } else if (q < 55) { // expired 90 days ago: → DELETED
            state = "EXPIRED";
            expires = today.minusDays(90 + random.nextInt(5));
        } else if (q < 95) { // already EXPIRING
            state = "EXPIRING";
            expires = today.plusDays(1 + random.nextInt(89));
        } else if (q < 125) { // already EXPIRED, still renewable
            state = "EXPIRED";
            expires = today.minusDays(1 + random.nextInt(88));
        } else if (q < 155) {
            state = "DELETED";
            expires = today.minusDays(100 + random.nextInt(800));
        } else if (q < 175) {
            state = "ELIGIBLE";
            expires = null;
        } else if (q < 190) {
            state = "REQUESTED";
            expires = null;
        } else if (q < 200) {
            state = orderPays ? "REQUESTED" : random.nextBoolean() ? "AWAITING_PAYMENT" : "AWAITING_DOCUMENTS";
            expires = null;
        } else {
            state = "ACTIVE";
            expires = today.plusDays(91 + random.nextInt(36 * 30 - 91));
        }
        write(out, ++id, orderId, memberId, conventionId, address, orderPays, random, state, expires, autoRenewal);
        return id;
    }

    private static void write(BufferedWriter out, long id, long orderId, long memberId, long conventionId, String address,
                              boolean orderPays, Random random, String state, LocalDate expires, Object stateSinceOrAuto) throws IOException {
        LocalDate stateSince = stateSinceOrAuto instanceof LocalDate d ? d : null;
        Boolean forcedAuto = stateSinceOrAuto instanceof Boolean a ? a : null;
        String method = orderPays ? null : METHODS[random.nextInt(METHODS.length)];
        if (forcedAuto != null && !orderPays) {
            method = forcedAuto ? (random.nextBoolean() ? "CARD" : "PAYPAL") : (random.nextBoolean() ? "BOLLETTINO" : "BANK_TRANSFER");
        }
        boolean auto = orderPays || "CARD".equals(method) || "PAYPAL".equals(method);
        LocalDate card = null;
        if ("CARD".equals(method)) {
            // most cards outlive the next term; some expire inside it (that breaks the renewal)
            LocalDate base = expires == null ? LocalDate.now() : expires;
            card = YearMonth.from(base.plusMonths(forcedAuto != null || random.nextInt(10) > 0 ? 40 : -3)).atEndOfMonth();
        }
        boolean working = expires != null;
        LocalDate activated = working ? expires.minusMonths(36) : null;
        LocalDate requested = working ? activated.minusDays(3) : LocalDate.now().minusDays(random.nextInt(60) + 1);
        LocalDate eligible = requested.minusDays(10);
        if (stateSince == null) {
            stateSince = switch (state) {
                case "ELIGIBLE" -> eligible;
                case "REQUESTED", "AWAITING_PAYMENT", "AWAITING_DOCUMENTS" -> requested;
                case "EXPIRING" -> expires.minusDays(90).isAfter(LocalDate.now()) ? LocalDate.now() : expires.minusDays(90);
                case "EXPIRED" -> expires;
                default -> activated == null ? requested : activated;
            };
        }
        boolean hasAddress = working || state.equals("DEACTIVATED");
        row(out, id, 0, orderId, memberId, conventionId, hasAddress ? address : null, hasAddress ? (1_000_000 + id) + "@aruba.it" : null,
                method, auto, card, 36, orderPays, !orderPays, orderPays, eligible, requested, working && !orderPays ? activated : null,
                null, activated, expires, working && orderPays ? activated.plusDays(2) : null, state, stateSince);
    }

    private static void row(BufferedWriter out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values[i];
            out.write(v == null ? "\\N" : v instanceof Boolean bool ? (bool ? "1" : "0") : v.toString());
        }
        out.write('\n');
    }

    private static void load(Connection c, Path csv, String table, String columns) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            int rows = s.executeUpdate("LOAD DATA LOCAL INFILE '" + csv.toAbsolutePath() + "' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' (" + columns + ")");
            System.err.printf(Locale.ROOT, "[bench] %d rows into %s in %.1f s%n", rows, table, (System.nanoTime() - start) / 1e9);
        }
    }

    /** A unique, well-formed but not valid codice fiscale: the name parts as usual, the member id in the rest. */
    private static String fiscalCode(String surname, String given, long id) {
        String letters = (consonants(surname) + "XXX").substring(0, 3) + (consonants(given) + "XXX").substring(0, 3);
        String digits = String.format(Locale.ROOT, "%09d", id);
        return letters + digits.substring(0, 2) + "ABCDEHLMPRST".charAt((int) (id % 12)) + digits.substring(2, 4) + "Z"
                + digits.substring(4, 7) + (char) ('A' + id % 26);
    }

    private static String consonants(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^B-DF-HJ-NP-TV-Z]", "");
    }

    private static String syntheticSurname(Random random) {
        var s = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        s.append(random.nextBoolean() ? "ni" : "tti");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Common surnames are much more common: an index skewed towards 0. */
    private static int skewed(Random random, int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }

    private static int[] orderSizes(Random random) {
        int[] sizes = new int[ORDERS];
        sizes[0] = BIG_ORDER_MEMBERS;
        double[] weights = new double[ORDERS];
        double total = 0;
        for (int o = 1; o < ORDERS; o++) {
            weights[o] = 1 + 8 * random.nextDouble();
            total += weights[o];
        }
        int rest = MEMBERS - BIG_ORDER_MEMBERS;
        int given = 0;
        for (int o = 1; o < ORDERS; o++) {
            sizes[o] = o == ORDERS - 1 ? rest - given : (int) (rest * weights[o] / total);
            given += sizes[o];
        }
        return sizes;
    }

    /** RM (the big Order) first, then the three of the seeds, then made-up two-letter codes. */
    private static List<String> provinceCodes() {
        var codes = new LinkedHashSet<String>(List.of(BIG_ORDER, "PO", "FG", "BZ"));
        for (char a = 'A'; a <= 'Z' && codes.size() < ORDERS; a++) {
            for (char b = 'A'; b <= 'Z' && codes.size() < ORDERS; b += 3) {
                codes.add("" + a + b);
            }
        }
        return new ArrayList<>(codes);
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (var keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}

package it.albopec.member;

import java.sql.Date;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import it.albopec.base.DemoDataStep;
import it.albopec.security.DemoOrders;
import it.kamaladafrica.codicefiscale.City;
import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.Person;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few hundred members per demo Order with valid codici fiscali computed from their data (a few omocodic),
 * names with accents and apostrophes, German names in Bolzano, both sections and every status. A fixed seed
 * makes the data the same on every start; an Order that already has members is left alone.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class MemberDemoData implements DemoDataStep {

    private static final Logger log = LoggerFactory.getLogger(MemberDemoData.class);
    static final int MEMBERS_PER_ORDER = 300;

    private static final List<String> SURNAMES = List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
            "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi",
            "Moretti", "D'Angelo", "Dell'Acqua", "Lucà", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara",
            "Martini", "Leone", "Longo", "Gentile", "Vitale", "Serra", "Coppola", "De Santis", "D'Amico", "Marchetti", "Parisi",
            "Fabbri", "Grasso", "Valentini", "Sala", "De Angelis", "Pellegrini", "Palumbo", "Farina", "Monti", "Cattaneo", "Amato",
            "Testa", "Carbone", "Giuliani", "Benedetti", "Barone", "Caputo", "Guerra", "Palmieri", "Bernardi", "Fiore", "De Rosa",
            "Basile", "Donati", "Vitali", "Neri", "Milani", "Pagano", "Sorrentino", "D'Agostino", "Orlando", "Dell'Orto", "Niccolai",
            "Cecchi", "Bardazzi", "Lo Muzio", "Di Gioia", "Capozzi", "Ciavarella", "Trotta", "D'Errico", "Pastore", "Forestiero",
            "Nicolò", "Fabbrì", "Mazzù", "Dall'Olio");
    private static final List<String> MALE_NAMES = List.of("Marco", "Giuseppe", "Giovanni", "Francesco", "Antonio", "Alessandro",
            "Andrea", "Luca", "Matteo", "Niccolò", "Lorenzo", "Davide", "Stefano", "Paolo", "Nicola", "Michele", "Raffaele",
            "Pasquale", "Salvatore", "Gianluca", "Fabrizio", "Simone", "Riccardo", "Tommaso", "Filippo", "Gianmarco", "Pier Luigi");
    private static final List<String> FEMALE_NAMES = List.of("Maria", "Anna", "Giulia", "Francesca", "Chiara", "Sara", "Laura",
            "Valentina", "Alessandra", "Elena", "Federica", "Silvia", "Martina", "Paola", "Lucia", "Roberta", "Ilaria", "Beatrice",
            "Benedetta", "Noemi", "Rosaria", "Angela", "Teresa", "Maria Grazia", "Anna Rita");
    private static final List<String> GERMAN_SURNAMES = List.of("Müller", "Gruber", "Pichler", "Hofer", "Huber", "Mair", "Kofler",
            "Oberhofer", "Steiner", "Egger", "Thaler", "Wieser", "Moser", "Plattner", "Obexer", "Kerschbaumer", "Unterhofer",
            "Pircher", "Gasser", "Mayr", "Schwienbacher", "Tschöll", "Kaserer", "Rainer", "Überbacher", "Weiß", "Mößner");
    private static final List<String> GERMAN_MALE_NAMES = List.of("Johann", "Josef", "Michael", "Thomas", "Andreas", "Stefan",
            "Florian", "Lukas", "Matthias", "Martin", "Georg", "Jakob", "Jürgen");
    private static final List<String> GERMAN_FEMALE_NAMES = List.of("Anna", "Maria", "Barbara", "Elisabeth", "Magdalena",
            "Katharina", "Theresia", "Verena", "Sabine", "Julia", "Lena", "Jördis");
    /** Birthplaces of each Order's province (first the chief town), then elsewhere in Italy and abroad. */
    private static final Map<String, List<String>> LOCAL_PLACES = Map.of(
            "PO", List.of("G999", "B794", "F572", "G754", "L537", "L775"),
            "FG", List.of("D643", "I158", "C514", "E885", "E716", "H926", "L858"),
            "BZ", List.of("A952", "F132", "B160", "B220", "E421", "A332", "M067"));
    private static final List<String> OTHER_PLACES = List.of("H501", "F205", "D612", "F839", "A662", "G713", "L378", "L219",
            "Z112", "Z102", "Z133", "Z129", "Z100");
    private static final List<String> DOMAINS = List.of("gmail.com", "libero.it", "virgilio.it", "tiscali.it", "alice.it");
    private static final List<String> DESTINATIONS = List.of("OMCeO di Firenze", "OMCeO di Roma", "OMCeO di Milano", "OMCeO di Bari",
            "OMCeO di Trento");

    private final List<DemoOrders> demoOrders;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MemberDemoData(List<DemoOrders> demoOrders, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.demoOrders = demoOrders;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        CityProvider cities = CityProvider.ofDefault();
        for (DemoOrders orders : demoOrders) {
            for (var order : orders.demoOrderIds().entrySet()) {
                Long count = jdbc.queryForObject("SELECT COUNT(*) FROM member WHERE order_id = ?", Long.class, order.getValue());
                if (count != null && count > 0) {
                    continue;
                }
                transaction.executeWithoutResult(tx -> insert(order.getKey(), order.getValue(), cities));
            }
        }
    }

    private void insert(String province, long orderId, CityProvider cities) {
        var random = new Random(province.hashCode() * 31L + 2026);
        LocalDate today = LocalDate.now(clock);
        List<City> local = places(LOCAL_PLACES.getOrDefault(province, List.of("H501")), cities);
        List<City> other = places(OTHER_PLACES, cities);
        Set<String> codes = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        int mediciNumber = 1200;
        int odontoiatriNumber = 80;
        while (rows.size() < MEMBERS_PER_ORDER) {
            boolean german = "BZ".equals(province) && random.nextInt(100) < 65;
            boolean female = random.nextBoolean();
            String surname = pick(random, german ? GERMAN_SURNAMES : SURNAMES);
            String givenName = pick(random, german ? (female ? GERMAN_FEMALE_NAMES : GERMAN_MALE_NAMES) : (female ? FEMALE_NAMES : MALE_NAMES));
            LocalDate birthDate = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(48 * 365));
            City birthplace = random.nextInt(100) < 70 ? pick(random, local) : pick(random, other);
            CodiceFiscale code = CodiceFiscale.of(Person.builder().lastname(surname).firstname(givenName).birthDate(birthDate)
                    .city(birthplace).isFemale(female).build());
            if (random.nextInt(100) < 2) {
                code = code.toOmocodeLevel(1 + random.nextInt(2));
            }
            if (!codes.add(code.getValue())) {
                continue;
            }
            int sections = random.nextInt(100);
            boolean medico = sections < 88;
            boolean odontoiatra = sections >= 80;
            LocalDate registered = birthDate.plusYears(25).plusDays(random.nextInt(5 * 365));
            if (registered.isAfter(today)) {
                registered = today.minusDays(random.nextInt(300) + 10);
            }
            if (rows.size() % 60 == 59) {
                // a few new members, registered after the last list sent to the provider (they must wait)
                registered = today.minusDays(rows.size() % 11);
            }
            LocalDate mediciDate = medico ? registered : null;
            LocalDate odontoiatriDate = odontoiatra ? (medico ? registered.plusYears(1 + random.nextInt(6)) : registered) : null;
            if (odontoiatriDate != null && odontoiatriDate.isAfter(today)) {
                odontoiatriDate = registered;
            }
            int s = random.nextInt(100);
            MemberStatus status = s < 84 ? MemberStatus.ACTIVE : s < 88 ? MemberStatus.SUSPENDED : s < 92 ? MemberStatus.TRANSFERRED
                    : s < 97 ? MemberStatus.STRUCK_OFF : MemberStatus.DECEASED;
            LocalDate statusDate = status == MemberStatus.ACTIVE ? registered
                    : registered.plusDays(random.nextLong(Math.max(1, today.toEpochDay() - registered.toEpochDay())));
            String destination = status == MemberStatus.TRANSFERRED ? pick(random, DESTINATIONS) : null;
            String reason = switch (status) {
                case ACTIVE -> null;
                case SUSPENDED -> "Sospensione per mancato pagamento della quota";
                case TRANSFERRED -> "Trasferimento all'" + destination + " su richiesta dell'iscritto";
                case STRUCK_OFF -> "Cancellazione dall'albo su richiesta dell'iscritto";
                case DECEASED -> "Decesso";
            };
            rows.add(new Object[] {orderId, code.getValue(), surname, givenName, female ? "F" : "M", Date.valueOf(birthDate),
                    birthplace.getBelfiore(), birthplace.getName(), email(random, givenName, surname), "3" + (300_000_000 + random.nextInt(99_999_999)),
                    medico ? String.valueOf(mediciNumber++) : null, mediciDate == null ? null : Date.valueOf(mediciDate),
                    odontoiatra ? String.valueOf(odontoiatriNumber++) : null, odontoiatriDate == null ? null : Date.valueOf(odontoiatriDate),
                    Date.valueOf(mediciDate != null ? mediciDate : odontoiatriDate), status.name(), Date.valueOf(statusDate), reason, destination});
        }
        jdbc.batchUpdate("INSERT INTO member (order_id, fiscal_code, surname, given_name, sex, birth_date, birthplace_code, birthplace_name, "
                + "email, phone, medici_number, medici_date, odontoiatri_number, odontoiatri_date, registration_date, status, status_date, "
                + "status_reason, destination_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("INSERT INTO member_status_change (order_id, member_id, from_status, to_status, effective_date, reason, destination_order, "
                + "username, at) SELECT order_id, id, 'ACTIVE', status, status_date, status_reason, destination_order, 'system', ? "
                + "FROM member WHERE order_id = ? AND status <> 'ACTIVE'", java.sql.Timestamp.from(clock.instant()), orderId);
        log.info("Demo register of {}: {} members", province, rows.size());
    }

    private static List<City> places(List<String> codes, CityProvider cities) {
        var places = new ArrayList<City>();
        for (String code : codes) {
            try {
                City city = cities.findByBelfiore(code);
                if (city != null) {
                    places.add(city);
                }
            } catch (RuntimeException unknown) {
                log.warn("Unknown Belfiore code {} in the demo data", code);
            }
        }
        return places;
    }

    private static String email(Random random, String givenName, String surname) {
        String local = ascii(givenName) + "." + ascii(surname);
        return local + (random.nextInt(4) == 0 ? String.valueOf(random.nextInt(90) + 10) : "") + "@" + pick(random, DOMAINS);
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}

package it.albopec.inipec;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One line of the INI-PEC feed.
 *
 * <p>The format, as DESIGN.md (module "compliance") describes the file each Order sends to INI-PEC: a
 * {@code ;}-separated text file, one member per line, no header line, the fields in this order:
 * <ol>
 *   <li>PEC address</li>
 *   <li>given name</li>
 *   <li>surname</li>
 *   <li>registration number (the register's; the Medici Chirurghi number, the Odontoiatri one for dentists only)</li>
 *   <li>codice fiscale</li>
 *   <li>state: {@code insert}, {@code update} or {@code delete}</li>
 *   <li>registration date</li>
 *   <li>cancellation date (empty unless the member left the register)</li>
 * </ol>
 * Our choices where that description is silent: dates as {@code dd/MM/yyyy}, an absent value as an empty field,
 * UTF-8 without byte-order mark, lines ended by CR LF. A {@code ;} or a line break inside a value (none is expected
 * in a name, code or address) is written as a space, so that a value never shifts the fields after it.
 */
public record IniPecLine(String pecAddress, String givenName, String surname, String registrationNumber, String fiscalCode, State state,
                         LocalDate registrationDate, LocalDate cancellationDate) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String SEPARATOR = ";";
    static final String LINE_END = "\r\n";

    /** What the index must do with the address. */
    public enum State {
        INSERT("insert"), UPDATE("update"), DELETE("delete");

        private final String code;

        State(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The line as written in the file, without its line end. */
    public String format() {
        return Stream.of(pecAddress, givenName, surname, registrationNumber, fiscalCode, state.code(), date(registrationDate),
                        date(cancellationDate))
                .map(IniPecLine::field).collect(Collectors.joining(SEPARATOR));
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static String field(String value) {
        return value == null ? "" : value.replace(';', ' ').replace('\r', ' ').replace('\n', ' ').trim();
    }
}

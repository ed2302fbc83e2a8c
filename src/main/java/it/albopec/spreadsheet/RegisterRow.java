package it.albopec.spreadsheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.albopec.member.MemberForm;
import it.albopec.member.RegisterSection;
import it.albopec.member.Sex;

/**
 * One row of a register sheet turned into a {@link MemberForm}, as people fill cells in: dates as real dates or
 * typed (dd/MM/yyyy, d/M/yy, yyyy-MM-dd, dd.MM.yyyy), impossible dates refused and never shifted (31/02 is an
 * error), registration numbers kept as text with their leading zeros, sex and section in Italian, English or German.
 */
final class RegisterRow {

    private static final List<DateTimeFormatter> DATES = List.of(
            strict("d/M/uuuu"), strict("d.M.uuuu"), strict("d-M-uuuu"), strict("uuuu-M-d"),
            new DateTimeFormatterBuilder().appendPattern("d/M/").appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.of(1930, 1, 1))
                    .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));

    /** The form, and every problem found reading the cells; the member rules are checked later by the service. */
    record Parsed(MemberForm form, List<ImportProblem> problems) {}

    private RegisterRow() {}

    static Parsed parse(SheetReader.SheetRow row, Map<ImportField, Integer> mapping) {
        var problems = new ArrayList<ImportProblem>();
        for (int column : row.brokenFormulas()) {
            problems.add(ImportProblem.of(column, "spreadsheet.error.formula"));
        }
        var form = new MemberForm();
        form.setFiscalCode(text(row, mapping, ImportField.FISCAL_CODE));
        form.setSurname(text(row, mapping, ImportField.SURNAME));
        form.setGivenName(text(row, mapping, ImportField.GIVEN_NAME));
        form.setSex(sex(row, mapping, problems));
        form.setBirthDate(date(row, mapping, ImportField.BIRTH_DATE, problems));
        // the comune or country as the register writes it, or its code; the register resolves it against the codice fiscale
        form.setBirthplace(text(row, mapping, ImportField.BIRTHPLACE));
        form.setBirthplaceProvince(text(row, mapping, ImportField.PROVINCE));
        form.setEmail(text(row, mapping, ImportField.EMAIL));
        form.setPhone(text(row, mapping, ImportField.PHONE));
        form.setMediciChirurghiNumber(text(row, mapping, ImportField.MEDICI_NUMBER));
        form.setMediciChirurghiDate(date(row, mapping, ImportField.MEDICI_DATE, problems));
        form.setOdontoiatriNumber(text(row, mapping, ImportField.ODONTOIATRI_NUMBER));
        form.setOdontoiatriDate(date(row, mapping, ImportField.ODONTOIATRI_DATE, problems));
        String number = text(row, mapping, ImportField.REGISTRATION_NUMBER);
        if (number != null) {
            LocalDate date = date(row, mapping, ImportField.REGISTRATION_DATE, problems);
            RegisterSection section = section(row, mapping, problems);
            if (section == RegisterSection.ODONTOIATRI) {
                form.setOdontoiatriNumber(number);
                form.setOdontoiatriDate(date);
            } else if (section == RegisterSection.MEDICI_CHIRURGHI) {
                form.setMediciChirurghiNumber(number);
                form.setMediciChirurghiDate(date);
            }
        }
        return new Parsed(form, problems);
    }

    /** The cell's text, trimmed; null when blank or not mapped. */
    static String text(SheetReader.SheetRow row, Map<ImportField, Integer> mapping, ImportField field) {
        Integer column = mapping.get(field);
        if (column == null) {
            return null;
        }
        String text = row.cell(column).replace('\u00A0', ' ').strip();
        return text.isEmpty() ? null : text;
    }

    private static Sex sex(SheetReader.SheetRow row, Map<ImportField, Integer> mapping, List<ImportProblem> problems) {
        String text = text(row, mapping, ImportField.SEX);
        if (text == null) {
            return null;
        }
        return switch (ImportField.normalize(text)) {
            case "m", "maschio", "maschile", "male", "man", "mann", "maennlich", "uomo" -> Sex.M;
            case "f", "femmina", "femminile", "female", "woman", "donna", "w", "weiblich", "frau" -> Sex.F;
            default -> {
                problems.add(ImportProblem.of(mapping.get(ImportField.SEX), "spreadsheet.error.sex", text));
                yield null;
            }
        };
    }

    private static RegisterSection section(SheetReader.SheetRow row, Map<ImportField, Integer> mapping, List<ImportProblem> problems) {
        String text = text(row, mapping, ImportField.SECTION);
        if (text == null) {
            return RegisterSection.MEDICI_CHIRURGHI;
        }
        String s = ImportField.normalize(text);
        if (s.startsWith("odont") || s.startsWith("dent") || s.startsWith("zahn") || s.equals("o") || s.equals("od")) {
            return RegisterSection.ODONTOIATRI;
        }
        if (s.startsWith("medic") || s.startsWith("physic") || s.startsWith("doctor") || s.startsWith("aerzt") || s.startsWith("arzt")
                || s.equals("m") || s.equals("mc")) {
            return RegisterSection.MEDICI_CHIRURGHI;
        }
        problems.add(ImportProblem.of(mapping.get(ImportField.SECTION), "spreadsheet.error.section", text));
        return null;
    }

    private static LocalDate date(SheetReader.SheetRow row, Map<ImportField, Integer> mapping, ImportField field, List<ImportProblem> problems) {
        String text = text(row, mapping, field);
        if (text == null) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            problems.add(ImportProblem.of(mapping.get(field), "spreadsheet.error.date", text));
        }
        return date;
    }

    /** A date as typed, or null when it is not one (31/02/1980 is not one: never shifted to March). */
    static LocalDate parseDate(String text) {
        String t = text.strip();
        if (EIGHT_DIGITS.matcher(t).matches()) {
            return parseWith(t, BASIC_ISO); // 19800305
        }
        if (SERIAL.matcher(t).matches()) {
            // a real date cell formatted as "General" shows Excel's serial number (days since 1900)
            int serial = Integer.parseInt(t);
            return serial < 1 || serial > 80_000 ? null : org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serial).toLocalDate();
        }
        // the format the text's separators suggest first (ISO dates of a 30k-row sheet would otherwise cost three
        // exceptions each), then the others
        if (ISO.matcher(t).matches()) {
            LocalDate iso = parseWith(t, DATES.get(3));
            if (iso != null) {
                return iso;
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(t, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static final DateTimeFormatter BASIC_ISO = strict("uuuuMMdd");
    private static final java.util.regex.Pattern EIGHT_DIGITS = java.util.regex.Pattern.compile("\\d{8}");
    private static final java.util.regex.Pattern SERIAL = java.util.regex.Pattern.compile("\\d{1,5}");
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

    private static LocalDate parseWith(String text, DateTimeFormatter format) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }
}

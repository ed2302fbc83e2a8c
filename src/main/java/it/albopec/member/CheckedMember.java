package it.albopec.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import it.albopec.base.FiscalCode;
import org.jspecify.annotations.Nullable;

/**
 * A member's data that passed every rule of the register ({@link MemberCheck}): normalised, the codice fiscale parsed,
 * the birthplace as written resolved to its Belfiore code. Only {@link MemberCheck} makes one, so a method taking it
 * ({@link MemberService#previewChecked}, {@link MemberService#writeChecked}) never checks the rules again. An import
 * keeps it between its dry run and its apply as {@link #stored()} text, given back by {@link #fromStored}.
 */
public final class CheckedMember {

    private static final char UNIT = '\u001F';

    private final String fiscalCode;
    private final String surname;
    private final String givenName;
    private final Sex sex;
    private final LocalDate birthDate;
    private final String birthplaceCode;
    private final @Nullable String email;
    private final @Nullable String phone;
    private final @Nullable String mediciChirurghiNumber;
    private final @Nullable LocalDate mediciChirurghiDate;
    private final @Nullable String odontoiatriNumber;
    private final @Nullable LocalDate odontoiatriDate;

    private CheckedMember(String fiscalCode, String surname, String givenName, Sex sex, LocalDate birthDate, String birthplaceCode,
                          @Nullable String email, @Nullable String phone, @Nullable String mediciChirurghiNumber,
                          @Nullable LocalDate mediciChirurghiDate, @Nullable String odontoiatriNumber, @Nullable LocalDate odontoiatriDate) {
        this.fiscalCode = fiscalCode;
        this.surname = surname;
        this.givenName = givenName;
        this.sex = sex;
        this.birthDate = birthDate;
        this.birthplaceCode = birthplaceCode;
        this.email = email;
        this.phone = phone;
        this.mediciChirurghiNumber = mediciChirurghiNumber;
        // a section without a number has no date, as the register stores it
        this.mediciChirurghiDate = mediciChirurghiNumber == null ? null : mediciChirurghiDate;
        this.odontoiatriNumber = odontoiatriNumber;
        this.odontoiatriDate = odontoiatriNumber == null ? null : odontoiatriDate;
    }

    /** By {@link MemberCheck} only, once every rule holds. */
    static CheckedMember of(MemberForm form, FiscalCode code, Birthplace birthplace) {
        return new CheckedMember(code.value(), form.getSurname(), form.getGivenName(), form.getSex(), form.getBirthDate(), birthplace.code(),
                form.getEmail(), form.getPhone(), form.getMediciChirurghiNumber(), form.getMediciChirurghiDate(), form.getOdontoiatriNumber(),
                form.getOdontoiatriDate());
    }

    public String fiscalCode() { return fiscalCode; }
    public String surname() { return surname; }
    public String givenName() { return givenName; }
    public Sex sex() { return sex; }
    public LocalDate birthDate() { return birthDate; }
    /** The Belfiore code the birthplace as written resolved to. */
    public String birthplaceCode() { return birthplaceCode; }
    public @Nullable String email() { return email; }
    public @Nullable String phone() { return phone; }
    public @Nullable String mediciChirurghiNumber() { return mediciChirurghiNumber; }
    public @Nullable LocalDate mediciChirurghiDate() { return mediciChirurghiDate; }
    public @Nullable String odontoiatriNumber() { return odontoiatriNumber; }
    public @Nullable LocalDate odontoiatriDate() { return odontoiatriDate; }

    /** The values as a form (birthplace by its code): what the entity and the comparison with the register take. */
    MemberForm form() {
        var form = new MemberForm();
        form.setFiscalCode(fiscalCode);
        form.setSurname(surname);
        form.setGivenName(givenName);
        form.setSex(sex);
        form.setBirthDate(birthDate);
        form.setBirthplaceCode(birthplaceCode);
        form.setEmail(email);
        form.setPhone(phone);
        form.setMediciChirurghiNumber(mediciChirurghiNumber);
        form.setMediciChirurghiDate(mediciChirurghiDate);
        form.setOdontoiatriNumber(odontoiatriNumber);
        form.setOdontoiatriDate(odontoiatriDate);
        return form;
    }

    /**
     * The checked values as one line of text (fields separated by U+001F, which no checked value holds: the
     * {@code PlainText} constraint refuses control characters), for a dry run to keep until its apply.
     */
    public String stored() {
        var out = new StringBuilder(160);
        for (Object value : new Object[] {fiscalCode, surname, givenName, sex.name(), birthDate, birthplaceCode, email, phone,
                mediciChirurghiNumber, mediciChirurghiDate, odontoiatriNumber, odontoiatriDate}) {
            if (!out.isEmpty()) {
                out.append(UNIT);
            }
            if (value != null) {
                out.append(value);
            }
        }
        return out.toString();
    }

    /**
     * The values a dry run kept with {@link #stored()}, checked by {@link MemberCheck} then: for the apply of that dry
     * run only, which must not check the rules again (the register's verdict of the dry run holds; what may have changed
     * since — the member in the register — is compared by {@link MemberService#writeChecked}).
     *
     * @throws IllegalArgumentException the text is not what {@link #stored()} wrote
     */
    public static CheckedMember fromStored(String stored) {
        var values = new ArrayList<String>(12);
        int from = 0;
        for (int i = 0; i <= stored.length(); i++) {
            if (i == stored.length() || stored.charAt(i) == UNIT) {
                values.add(stored.substring(from, i));
                from = i + 1;
            }
        }
        if (values.size() != 12 || values.get(0).isEmpty()) {
            throw new IllegalArgumentException("not a checked member: " + values.size() + " fields");
        }
        return new CheckedMember(values.get(0), values.get(1), values.get(2), Sex.valueOf(values.get(3)), LocalDate.parse(values.get(4)),
                values.get(5), text(values.get(6)), text(values.get(7)), text(values.get(8)), date(values.get(9)), text(values.get(10)),
                date(values.get(11)));
    }

    private static @Nullable String text(String s) {
        return s.isEmpty() ? null : s;
    }

    private static @Nullable LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    @Override
    public String toString() {
        return "CheckedMember[" + fiscalCode + "]";
    }

    static List<String> codes(List<CheckedMember> members) {
        return members.stream().map(CheckedMember::fiscalCode).distinct().toList();
    }
}
